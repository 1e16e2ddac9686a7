"""The same records in the layouts copies really have: hard-wrapped short turns, labels cut by a
wrap (samples in tests/data/layout/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from label_samples import NS, tabled_tei, texts
from stenogram.tei.convert import convert_text

LAYOUT = Path(__file__).resolve().parents[1] / "data" / "layout"


def _speakers(text: str) -> list[str]:
    """The speaker labels of *text*, written here in the layout of a copy."""
    root = etree.fromstring(convert_text(text.encode(), "copy.txt").tei)
    return [str(sp.text) for sp in root.iterfind(".//t:sp/t:speaker", NS)]


def labels(sample: str) -> list[str]:
    """The speaker labels *sample* gives, each printed whole (a time in it is an element)."""
    root = etree.fromstring(convert_text((LAYOUT / sample).read_bytes(), sample).tei)
    return [" ".join("".join(sp.itertext()).split()) for sp in root.iterfind(".//t:sp/t:speaker", NS)]


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # most lines end a sentence (read one a line), but two run to the margin without one: the
        # wrap cut them, and "Dr. Muster. – Bitte" below a cut line is the chair's call, no label
        (
            "de-at-wrapped-short.txt",
            [
                "Präsident Mag. Karl Beispiel:",
                "Abgeordneter Mag. Franz Huber (SPÖ):",
                "Präsident Mag. Karl Beispiel:",
                "Bundesminister für Finanzen Dr. Max Muster:",
            ],
        ),
        # a label longer than a line, cut before a capital ("in the" / "Senate) (14:05):")
        (
            "en-au-wrapped-long-label.txt",
            [
                "Senator GREEN (Tasmania—Leader of the Opposition in the Senate) (14:05):",
                "The PRESIDENT:",
                "Senator BROWN (Queensland—Minister for Finance and the Public Service) (14:06):",
                "The PRESIDENT:",
                "Senator BROWN:",
            ],
        ),
    ],
)
def test_a_line_cut_at_the_margin_wraps_on_before_a_capital(sample: str, expected: list[str]) -> None:
    assert labels(sample) == expected  # the clock of "(14:05):" is a time element inside the label


def test_a_label_whose_parenthesis_the_wrap_cut_ends_with_its_records_stop() -> None:
    # "(2.00" / "pm)—My question": the dash after the parenthesis ends the label, not the line
    assert labels("en-au-dash-cut-time.txt") == [
        "Mr GREEN (Griffith—Leader of the Opposition) (2.00 pm)—",
        "Mr BROWN (Bennelong—Prime Minister) (2.01 pm)—",
        "The SPEAKER—",
    ]


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a name and its role fill the line; the time and the colon wrap onto the next
        (
            "en-au-label-fills-line.txt",
            [
                "The SPEAKER (14:00):",
                "Mr GREEN (Lalor—Leader of the Opposition) (14:01):",
                "The SPEAKER:",
                "Mr BROWN (Cook—Prime Minister) (14:02):",
            ],
        ),
        # a Rada deputy's description runs over three lines to its stop
        (
            "uk-rada-description-wrapped.txt",
            [
                "ГОЛОВУЮЧИЙ.",
                "ПЕТРЕНКО О.О., голова підкомітету Комітету Верховної Ради України з питань бюджету "
                "(одномандатний виборчий округ № 12, Київська область).",
                "ГОЛОСИ ІЗ ЗАЛУ.",
                "ГОЛОВУЮЧИЙ.",
            ],
        ),
    ],
)
def test_a_label_filling_its_line_runs_on_to_its_stop_on_the_next(sample: str, expected: list[str]) -> None:
    assert labels(sample) == expected


def test_a_double_name_the_wrap_cut_at_its_hyphen_is_one_word_again() -> None:
    # "Martín-" / "Castejón": a capital after a hyphen at a line's end continues the name
    assert labels("es-congreso-double-name-cut.txt")[-1] == (
        "El señor PRESIDENTE DEL GOBIERNO (López Martín-Castejón):"
    )


def test_blocks_hard_wrapped_at_one_margin_are_paragraphs_though_most_lines_end_a_sentence() -> None:
    # "Thank you, Mr." / "Chair. Minister, …": the wrap cut the sentence after the form of address
    assert labels("en-ca-committee-wrapped-blocks.txt") == [
        "The Chair (Mr. John Smith (Scarborough—Guildwood, Lib.)):",
        "Mr. Peter Brown (Selkirk—Interlake—Eastman, CPC):",
        "Hon. Anne Green:",
        "Mr. Peter Brown:",
        "The Chair:",
    ]


def test_a_name_announced_in_a_wrapped_paragraph_is_a_label_alone_below_it() -> None:
    # the chair's call "товарищу Петрову Ивану Сергеевичу" stands on a line above the paragraph's last
    assert labels("ru-congress-announced-wrapped.txt") == [
        "Председательствующий.",
        "Петров И. С.",
        "Председательствующий.",
    ]


def test_a_name_with_a_particle_opens_a_turn_inside_a_wrapped_paragraph() -> None:
    # "Rhys ab Owen:" after a finished sentence: "ab" is a name's particle, no word of a sentence
    assert labels("cy-senedd-wrapped-particle.txt") == [
        "Y Llywydd:",
        "Rhys ab Owen:",
        "Prif Weinidog Cymru:",
        "Y Llywydd:",
    ]


def test_abbreviations_in_capitals_a_wrap_set_at_line_starts_are_no_dialogue() -> None:
    """Hard-wrapped speeches whose lines happen to open with an abbreviation in CAPITALS and its
    stop ("the EEA." / "UK. It will …") after a line cut mid-sentence: no turns, for they open
    no paragraph, and two of them do not take turns as a dialogue would."""
    text = (
        "El señor STEPHEN KINNOCK: 1. What discussions he has had with Cabinet\n"
        "colleagues on plans for the House to vote on continued UK membership of\n"
        "the EEA.\n\n"
        "El señor DAVID DAVIS: The United Kingdom will no longer participate in\n"
        "the EEA agreement once we leave the European Union. On exit day the EEA\n"
        "agreement will cease to operate in respect of the\n"
        "UK. It will no longer have any practical relevance to the United Kingdom.\n"
    )
    assert _speakers(text) == [
        "El señor STEPHEN KINNOCK:",
        "El señor DAVID DAVIS:",
    ]


def test_minutes_with_headings_copied_one_paragraph_a_line() -> None:
    """Minutes copied one paragraph a line, the agenda's headings ending in no stop: a line over
    one that opens with a label's shape tells nothing of a wrap, so the text is read one
    paragraph a line and each label opens its turn, the first under the headings too."""
    text = (
        "Niederschrift über die Sitzung des Kreistages\n"
        "Tagesordnungspunkt 5: Haushaltssatzung 2025\n"
        "Landrat Bernd Keller: Ich rufe Tagesordnungspunkt 5 auf.\n"
        "Kreisrätin Julia Sommer: Unsere Fraktion stimmt zu.\n"
        "Tagesordnungspunkt 6: Verschiedenes\n"
        "Landrat Bernd Keller: Gibt es Wortmeldungen?\n"
    )
    assert _speakers(text) == [
        "Landrat Bernd Keller:",
        "Kreisrätin Julia Sommer:",
        "Landrat Bernd Keller:",
    ]


@pytest.mark.parametrize(
    ("sample", "turn", "speech"),
    [
        # "Gracias, presidenta. Señorías, el plan de vivienda" under a name alone ends a sentence
        # inside: the speech's first line the wrap cut, no card's affiliation
        ("es-parlamento-web-name-alone-wrapped.txt", 2, "Gracias, presidenta. Señorías, el plan"),
        # "… What should the council do first?" / "Ruth Calloway (…)" / "It has got worse. …" with
        # no blank lines: the name alone between two paragraphs
        ("en-committee-web-wrapped-names-alone.txt", 2, "It has got worse."),
        # "… Food and Rural" / "Affairs (Baroness Pendleton): The agency …" one line a paragraph:
        # the office cut at the margin, the question above it the record's
        ("en-answers-office-cut-at-margin.txt", 1, "The agency has recruited more"),
    ],
)
def test_a_label_a_hard_wrap_set_apart_or_cut_opens_its_speech(sample: str, turn: int, speech: str) -> None:
    # the labels and persons turns.toml and ids.toml give, and the speech after the label
    tei = tabled_tei(sample)
    assert texts(tei, f"//t:sp[{turn}]/t:p")[0].startswith(speech)
