"""The forty-second round's review of an office's head noun, a report's heading with its colon
and a participant's word matched whole: an office's word used as a sentence's adjective before a
preposition (`Chief among them: the cost …`) is no label, the French council's line naming whose
speech follows keeps its label with its colon (`Intervention du Maire :`), and a body of
participants is named by the word's plural, genitive or definite endings (`der Aktionärinnen`,
`for aktionærerne`). Each in an invented sample or line, with a line of the same shape that
keeps its reading."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.config import default_config
from stenogram.transcript.scoring import _participants_body


def test_chief_among_them_is_a_sentence_and_chief_dalton_a_label() -> None:
    """ "Chief among them: the cost …" goes on in lower case after a preposition: the
    councillor's sentence, kept in her turn; "Chief Dalton:" is the chief's label."""
    root = tabled_tei("en-council-chief-among-them.txt")
    assert "Chief among them: the cost of the new engine, which has doubled since the tender." in texts(
        root, "//t:sp[2]/t:p"
    )


def test_an_office_with_a_preposition_and_its_speech_in_capitals_stays_a_label() -> None:
    """The rule asks only a line going on in lower case: "Officer in charge: I was …", an
    office in charge printed once, is still the officer's label."""
    root = text_tei(
        "PORT AUTHORITY INQUIRY\nDay 2, 14 May 2025\n\n"
        "Chairman: Who was on the quay that night?\n"
        "Officer in charge: I was, with two deckhands. The crane swung loose at ten past nine.\n"
        "Chairman: Thank you.\n"
    )
    assert turn_ids(root) == ["chairman", "officer-in-charge", "chairman"]


def test_an_intervention_s_line_with_its_colon_alone_is_that_speaker_s_label() -> None:
    """ "Intervention du Maire :" alone over the mayor's answer is his turn: the heading takes
    the line only with no colon, so no report's heading refuses it, and the speech is no line of
    the turn before."""
    root = tabled_tei("fr-conseil-intervention-du-maire-colon.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Les prix n'ont pas changé")
    assert not root.xpath("//t:body//t:head", namespaces={"t": "http://www.tei-c.org/ns/1.0"})


def test_a_report_s_heading_with_its_colon_alone_is_still_a_heading() -> None:
    """The negative: "Report by the Treasurer:" alone over the report stays no turn, its text
    kept, and the treasurer's own label under a member's question stays one."""
    root = text_tei(
        "ANNUAL GENERAL MEETING OF THE RIVERSIDE BOWLS CLUB\nHeld on 2 March 2025\n\n"
        "THE CHAIR:\nWelcome. We begin with the reports.\n\n"
        "Report by the Treasurer:\nThe club ended the year with a surplus.\n\n"
        "MR. HOLT:\nWill the fees rise?\n\n"
        "THE TREASURER:\nNo, not this year.\n"
    )
    assert turn_ids(root) == ["the-chair", "mr-holt", "the-treasurer"]
    assert "Report by the Treasurer: The club ended the year with a surplus." in texts(root, "//t:body//t:p")


def test_a_participant_s_word_names_a_body_in_its_inflected_forms() -> None:
    """The plural, the genitive and the definite endings of ``participant_endings``: the German
    feminine plural, the Danish definite plural and the English possessive name a body of
    participants as the bare plural does; a longer word that only opens with one does not."""
    config = default_config()
    assert _participants_body(["der", "Aktionärinnen"], config)
    assert _participants_body(["for", "aktionærerne"], config)
    assert _participants_body(["of", "the", "shareholders'"], config)
    assert not _participants_body(["de", "la", "agrupación", "socialista"], config)
    assert not _participants_body(["of", "the", "membership"], config)
