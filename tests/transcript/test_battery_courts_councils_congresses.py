"""Short excerpts of trials, councils, university senates and congresses in the languages of
Europe and of India (2–5 turns, most labels printed once; samples in tests/data/labels/, the
names invented): a congress's delegate unnamed, by the branch that sent him; a court's
prosecutor by an abbreviation in camel case; a corporator's office before the form of address
with its stop; a students' representative by office and name; a university senate's degrees and
ranks and a priest's title abbreviated inside a label; and the heads dated by Austria's January
and by a Greek day's ordinal, a shareholders' meeting's title ending with the company's form
(heads.toml, read by test_record_heads.py)."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_congress_s_unnamed_delegates_by_their_branch_are_labels() -> None:
    # the labels and persons turns.toml and ids.toml give; the delegate speaks no one else's words
    tei = tabled_tei("fr-ci-congres-delegue-anonyme.txt")
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Et la caisse de solidarité, combien reste-t-il dedans ?"]


def test_an_abbreviation_in_camel_case_opens_its_label_and_hides_none() -> None:
    # the labels and persons turns.toml and ids.toml give: "StA Dr. X:", not "A Dr. X:"
    tei = tabled_tei("de-landgericht-sta-camel.txt")
    assert tei.xpath("count(//t:person[@xml:id='a-dr-reuter'])", namespaces=NS) == 0
    # a label glued to the sentence's last word before it still opens its turn
    glued = text_tei(
        "Präsident Dr. Max Muster: Ich eröffne die Sitzung am 3. Mai 2011Präsident Dr. Max Muster: Bitte.\n"
    )
    assert texts(glued, "//t:sp/t:speaker") == ["Präsident Dr. Max Muster:"] * 2


@pytest.mark.parametrize(
    ("sample", "once"),
    [
        ("en-in-corporation-corporator-smt.txt", "corporator-smt-rekha-jadhav"),
        ("it-senato-accademico-rappresentante.txt", "il-rappresentante-degli-studenti-luca-ferri"),
    ],
)
def test_an_office_printed_once_before_its_holder_is_a_label(sample: str, once: str) -> None:
    # the labels and persons turns.toml and ids.toml give; the holder's turn is its own
    tei = tabled_tei(sample)
    assert tei.xpath(f"count(//t:sp[@who='#{once}'])", namespaces=NS) == 1


@pytest.mark.parametrize(
    ("sample", "holder", "speech"),
    [
        # the honorific in capitals and the degrees in lower case are the label's, not a sentence
        (
            "pl-senat-uczelni-jm-rektor.txt",
            "jm-rektor-prof-dr-hab-marek-wilczynski",
            "Otwieram posiedzenie. Przechodzimy do punktu trzeciego.",
        ),
        # the ranks abbreviated after the office's comma, each stop no label's end
        (
            "ro-senat-universitar-prof-univ.txt",
            "conf-univ-dr-ioana-patru",
            "Facultatea propune un nou program de master.",
        ),
        (
            "pt-sinodo-padre-abreviado.txt",
            "pe-rui-matos",
            "Obrigado. Proponho que as paróquias pequenas partilhem o mesmo conselho económico.",
        ),
    ],
)
def test_a_senate_s_or_a_synod_s_degrees_and_ranks_abbreviated_are_the_label_s(
    sample: str, holder: str, speech: str
) -> None:
    # the labels and persons turns.toml and ids.toml give; the holder's first turn is the speech
    tei = tabled_tei(sample)
    assert texts(tei, f"(//t:sp[@who='#{holder}'])[1]/t:p") == [speech]
