"""Where the forty-third round's new rules caught lines of other records, each narrowed with an
invented sample (labels in turns.toml, persons in ids.toml) or line: the chair's bare office over
minutes that name the office again ("Chairman" / "The Chairman welcomed …"), a numbered witness
described after the comma ("1. Mary Doe, relative of the deceased:"), an office, a place and a
day between commas, and an old trial's office letters before a pronoun and a verb ("L. C. J. You
said …")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import LabelMatcher

_MATCHER = LabelMatcher(load_config())


def test_the_chairs_bare_office_over_minutes_naming_it_is_a_heading() -> None:
    """ "Chairman" alone over "The Chairman welcomed members …" among councillors' colon labels:
    the minutes tell what the chair did, no one speaks under the office; the line stays text
    and the councillors keep their labels."""
    root = tabled_tei("en-parish-minutes-chairman-narrated.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Cllr Brown:", "Cllr White:", "Cllr Brown:"]
    assert any("The Chairman welcomed members" in text for text in texts(root, "//t:div/t:p"))


def test_the_chairs_bare_office_over_narration_in_german_and_french() -> None:
    """ "Vorsitzender" / "Der Vorsitzende dankte …" and "Président" / "Le président rappelle …":
    the office named again as the narration's subject, a heading in any language."""
    german = (
        "Niederschrift über die Mitgliederversammlung des Turnvereins Nordheim\n\n"
        "Herr Maier:\nIch eröffne die Versammlung und stelle die Beschlussfähigkeit fest.\n\n"
        "Frau Schulz:\nIch beantrage, den Punkt Finanzen vorzuziehen.\n\n"
        "Herr Maier:\nDagegen spricht nichts. Wir verfahren so.\n\n"
        "Vorsitzender\nDer Vorsitzende dankte allen Helfern des Sommerfestes und berichtete über das Jahr.\n"
    )
    french = (
        "Procès-verbal de l'assemblée générale de l'Amicale des Pêcheurs\n\n"
        "M. Le Gall :\nJe déclare la séance ouverte.\n\n"
        "Mme Kerboul :\nJe souhaite intervenir sur les cotisations.\n\n"
        "M. Le Gall :\nNous y viendrons au point trois.\n\n"
        "Président\nLe président rappelle que les cotisations n'ont pas augmenté depuis quatre ans.\n"
    )
    for text, labels in (
        (german, ["Herr Maier:", "Frau Schulz:", "Herr Maier:"]),
        (french, ["M. Le Gall :", "Mme Kerboul :", "M. Le Gall :"]),
    ):
        assert texts(text_tei(text), "//t:sp/t:speaker") == labels


def test_the_chairs_bare_office_over_its_own_words_still_speaks() -> None:
    """The negative of the narrowing: "Talmannen" over "Vi går över till motionerna.", the chair
    speaking in the first person, is still the chair's label among the delegates."""
    root = tabled_tei("sv-forbund-talmannen-klubb-once.txt")
    assert texts(root, "//t:sp[1]/t:speaker") == ["Talmannen"]


def test_a_numbered_witness_described_after_the_comma_keeps_the_label() -> None:
    """ "1. Mary Doe, relative of the deceased:": the subject's word after the name's comma
    describes the witness, no question's heading; "2.1 Deputy X … regarding …:" with no comma
    before the subject is still one."""
    root = text_tei(
        "INQUEST TOUCHING THE DEATH OF JOHN DOE\n\n1. Mary Doe, relative of the deceased:\n"
        "He was in good health the week before.\n\nThe Coroner:\nWhen did you last see him?\n\n"
        "1. Mary Doe, relative of the deceased:\nOn the Sunday.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "1. Mary Doe, relative of the deceased:",
        "The Coroner:",
        "1. Mary Doe, relative of the deceased:",
    ]
    root = text_tei(
        "2.3 Deputy L. Ferey of St. Saviour regarding bus fares:\nWill the Minister explain the rise?\n\n"
        "The Minister for Infrastructure:\nFuel costs rose by a fifth.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["The Minister for Infrastructure:"]


def test_one_word_between_an_office_and_a_group_is_no_holder() -> None:
    """ "Minister for Health, Dublin, Monday:": a place and a day after the office, a dateline's,
    no holder and party; "Minister for Health, Jane Doe, Labour:" with the holder named whole
    still is."""
    found = _MATCHER.candidate("Minister for Health, Dublin, Monday: Statement follows.")
    assert found is None or (found.name, found.party) != ("Dublin", "Monday")
    found = _MATCHER.candidate("Minister for Health, Jane Doe, Labour: Thank you.")
    assert found is not None and (found.name, found.party) == ("Jane Doe", "Labour")


def test_an_old_trials_office_before_a_pronoun_and_a_verb_still_speaks() -> None:
    """ "L. C. J. You said you were at home …?", "L. C. B. He asked you a plain question …": a
    pronoun opens the office's speech, no surname after initials; the letters keep their labels,
    while "L. C. B. Smith moved that …" stays the minutes' narration."""
    root = tabled_tei("en-trial-lcj-pronoun-verb.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "L. C. J.",
        "Mr. Gurney.",
        "L. C. J.",
        "Witness.",
        "L. C. B.",
        "Mr. Gurney.",
    ]
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("You said you were at home")
    root = tabled_tei("en-society-minutes-initials-verb.txt")
    assert "L. C. B." not in texts(root, "//t:sp/t:speaker")
