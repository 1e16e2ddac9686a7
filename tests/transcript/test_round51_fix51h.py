"""Round 51 (fix51h): a common-law court's notes of evidence (India, Kenya, Uganda, Sri Lanka).
The court's question that ends in its question mark ("THE COURT - Who appears for the State?")
is no appearance line of the head; a witness's number with the oath after its dash ("CW1 -
sworn states in English:", "PW2 – affirmed, states:") is the witness's label; an examination's
heading that names no examiner, with its note ("Re-XN: Nil."), is the record's, no label."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_court_notes_sample() -> None:
    """A Ugandan high court's notes: the court asks who appears under its dash label, counsel
    answers, the witness's number and oath head the evidence, and the re-examination's heading
    with "Nil." stays a paragraph of the record between the turns."""
    tei = tabled_tei("en-court-notes-dash-oath.txt")
    assert "Who appears for the State?" in turn_paragraphs(tei)
    assert "Re-XN: Nil." in outside_turns(tei)


def test_question_who_appears_is_a_turn() -> None:
    """An Indian high court's first words under its dash label ask who appears ("THE COURT -
    Who appears for the accused?"): the question mark makes it the court's speech, no
    appearance line, so the court's first turn is kept."""
    tei = text_tei(
        "THE COURT - Who appears for the accused?\n"
        "MR. V. RAGHAVAN - Nobody, My Lord.\n"
        "THE COURT - Has the accused been served?\n"
        "MR. V. RAGHAVAN - Yes, My Lord.\n"
    )
    assert turn_speakers(tei) == ["THE COURT -", "MR. V. RAGHAVAN -", "THE COURT -", "MR. V. RAGHAVAN -"]


def test_appearance_statement_stays_no_turn() -> None:
    """Negative: the record's own appearance line, a statement with no question mark ("Mr. V.
    Raghavan appears for the complainant."), stays a paragraph outside the turns, no label."""
    tei = text_tei(
        "IN THE HIGH COURT OF JUDICATURE AT MADRAS\n"
        "Mr. V. Raghavan appears for the complainant.\n"
        "THE COURT - Who appears for the accused?\n"
        "MR. V. RAGHAVAN - Nobody, My Lord.\n"
        "THE COURT - Has the accused been served?\n"
    )
    assert "Mr. V. Raghavan appears for the complainant." in outside_turns(tei)
    assert turn_speakers(tei)[0] == "THE COURT -"


def test_numbered_witness_oath_after_dash() -> None:
    """A Kenyan court's witness heads the evidence with its number, a dash and the oath, "states"
    after it, up to the colon ("CW1 - sworn states in English:", "DW1 – affirmed, states:"):
    the witness's label, its id the number, the evidence below its turn."""
    tei = text_tei(
        "Court: Hearing to proceed.\n"
        "CW1 - sworn states in English:\n"
        "My name is Joseph Kamau. I was a driver.\n"
        "Court: Next witness.\n"
        "DW1 – affirmed, states:\n"
        "I am the respondent's manager.\n"
    )
    assert turn_speakers(tei) == [
        "Court:",
        "CW1 - sworn states in English:",
        "Court:",
        "DW1 – affirmed, states:",
    ]
    assert turn_ids(tei)[1::2] == ["cw1", "dw1"]


def test_sentence_after_witness_dash_is_no_oath() -> None:
    """Negative: after a witness's dash a sentence that only opens with the oath's word ("PW1 -
    sworn in yesterday, he said:") is no oath role; the line stays speech of the turn above."""
    tei = text_tei(
        "Court: Hearing to proceed.\n"
        "PW1 - sworn in yesterday, he said:\n"
        "I will not come back.\n"
        "Court: Noted.\n"
    )
    assert turn_speakers(tei) == ["Court:", "Court:"]


def test_examination_heading_with_nil_is_no_label() -> None:
    """An examination's heading that names no examiner with its note ("Re-XN: Nil.", "XXN:
    Nil.") is the record's; the turns on either side are the witness's and the court's."""
    tei = text_tei(
        "PW1: I know the accused.\n\nXXN: Nil.\n\nRe-XN: Nil.\n\nCourt: The witness is discharged.\n"
    )
    assert turn_speakers(tei) == ["PW1:", "Court:"]
    assert "Re-XN: Nil." in " ".join(outside_turns(tei) + turn_paragraphs(tei))


def test_answer_nil_stays_a_label() -> None:
    """Negative: the witness's answer "Nil." under its letter ("A: Nil.") is an answer, its
    label kept: only the examination's heading is refused."""
    tei = text_tei("Q: Any previous convictions?\nA: Nil.\nQ: Any pending cases?\nA: None.\n")
    assert turn_speakers(tei) == ["Q:", "A:", "Q:", "A:"]
