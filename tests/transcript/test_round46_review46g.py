"""The forty-sixth round's rules narrowed where real records of the same shape read otherwise
(invented samples; labels in turns.toml, persons in ids.toml): a number's sign and its number
("Nr. 5:") a speaker where printed again, a provision's number cited once; "Mr. Chairman:" and
"Mrs. Chairman:" two chairs, no abbreviation of each other; a caller heard once among the dash
turns of a web copy ("-Mary Lyons:" among "-Host:" and "-Caller:")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.config import default_config
from stenogram.transcript.identity import abbreviated_chairs


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


def test_a_numbered_speaker_printed_again_is_a_label() -> None:
    """ "Nr. 5:" and "Nr. 7:" of a meeting's list of speakers each speak twice: two persons."""
    root = tabled_tei("de-verein-nummern-redner-wiederholt.txt")
    assert turn_ids(root).count("nr-5") == 2 and turn_ids(root).count("nr-7") == 2
    assert "Danke für die Auskunft." in _said(root)


def test_a_number_cited_once_stays_text() -> None:
    """Negative: "Nr.12:" once and "Art. 5:" twice (a provision's word) are items of a text read."""
    root = text_tei(
        "Stadtrat Nordheim\n\nVorsitzender Braun: Ich lese die Änderungen der Satzung vor.\n"
        "Art. 5: Die Gebühren werden jährlich angepasst.\nNr.12: Die Anlage ist beigefügt.\n"
        "Frau Lenz: Ich stimme zu.\nArt. 5: Die Anpassung erfolgt zum ersten Januar.\n"
        "Vorsitzender Braun: Dann ist das so beschlossen.\n"
    )
    assert set(_speakers(root)) == {"Vorsitzender Braun:", "Frau Lenz:"}
    assert any(p.startswith("Nr.12: Die Anlage") for p in _said(root))


def test_mr_and_mrs_chairman_are_two_chairs() -> None:
    """ "Mrs. Chairman:" takes the chair from "Mr. Chairman:": "Mr." abbreviates no "Mrs."."""
    root = tabled_tei("en-assembly-mr-mrs-chairman.txt")
    assert {"mr-chairman", "mrs-chairman"} <= set(turn_ids(root))


def test_abbreviated_chair_words_still_their_full_words() -> None:
    """Negative: the chair's office and a form of address in full beside their abbreviations."""
    found = abbreviated_chairs(
        [
            "Señor Presidente",
            "Sr. Pdte.",
            "Presidente",
            "Pdte.",
            "Mr. Chairman",
            "Mrs. Chairman",
            "Ms. Chair",
            "Mrs. Chair",
        ],
        default_config(),
    )
    assert found == {"Sr. Pdte.": "Señor Presidente", "Pdte.": "Presidente"}


def test_a_caller_heard_once_among_dash_turns() -> None:
    """ "-Mary Lyons:" once where "-Host:" and "-Caller:" open the record's turns with the dash."""
    root = tabled_tei("en-phonein-dash-caller-once.txt")
    assert "mary-lyons" in turn_ids(root)
    assert "Can I add that the 14 is just as bad?" in _said(root)


def test_dash_glued_names_each_once_stay_text() -> None:
    """Negative: two names glued to a dash, each once, no dash label recurring: letters quoted."""
    root = text_tei(
        "Ward newsletter\n\nCHAIR ADEYEMI: Welcome back. Here is what residents wrote to us.\n"
        "-Ama Owusu: The bus stop needs a shelter.\n-Kofi Boateng: The lights are out again.\n"
        "CHAIR ADEYEMI: We will look at both.\nMS. OKONJO: Thank you.\n"
    )
    assert set(_speakers(root)) == {"CHAIR ADEYEMI:", "MS. OKONJO:"}
