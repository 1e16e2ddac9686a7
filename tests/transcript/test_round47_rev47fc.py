"""Round 47's shapes narrowed, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml) beside a line of the shape that stays a label: a list's letter before a
one-word topic or before a sentence in lower case is a point of a speech, no asker; a
participant's word and a noun in lower case after "of" says what kind, no place; a letter read
out and where it comes from is no caller."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_a_speechs_lettered_points_stay_in_the_speech() -> None:
    """ "a) Staffing: the vacancies …", "b) Minister: the letter …" inside a member's speech:
    the points of the speech, no labels; "a) Mrs Alison Pryce:" and "b) Tenant of Orchard
    Court: When …" above stay the lettered askers."""
    root = tabled_tei("en-committee-lettered-points-and-askers.txt")
    speakers = turn_speakers(root)
    assert speakers[1] == "a) Mrs Alison Pryce:"
    assert speakers[3] == "b) Tenant of Orchard Court:"
    assert not any(speaker.startswith(("a) Staffing", "b) Minister", "c) Budget")) for speaker in speakers)
    said = " ".join(turn_paragraphs(root))
    assert "b) Minister: the letter we sent in December" in said
    assert turn_ids(root)[6] == "councillor-dunmore"


def test_a_lettered_one_word_office_before_its_speech_in_capitals_is_no_asker() -> None:
    """ "b) Minister: The letter …" a point of a list: one word after the letter, no name nor
    form of address; "c) Ms Ann Hale: The …" a lettered asker."""
    root = text_tei(
        "PUBLIC QUESTIONS\n\nChair: Two questions.\n\nb) Minister: The letter has had no reply.\n\n"
        "c) Ms Ann Hale: The bins were not collected.\n\nChair: Thank you.\n"
    )
    assert turn_speakers(root) == ["Chair:", "c) Ms Ann Hale:", "Chair:"]


def test_a_participants_word_and_a_noun_in_lower_case_after_of_is_no_voice() -> None:
    """ "Guest of honour: The Lord Lieutenant …", "Member of staff: Ms Patel …": notices read
    by the chair; "Resident of Mill Lane:" a voice told by where it lives."""
    root = tabled_tei("en-public-meeting-notices-of-honour-and-staff.txt")
    assert turn_speakers(root)[:3] == ["Chair:", "Chair:", "Resident of Mill Lane:"]
    assert turn_paragraphs(root)[1].startswith("Guest of honour: The Lord Lieutenant")


def test_a_letter_read_out_and_where_it_comes_from_is_no_caller() -> None:
    """ "Letter from London: Dear sir, …" printed once with its text on the line: a letter's
    heading; "Jo from Hull:" the caller."""
    root = tabled_tei("en-radio-phone-in-letter-read-out.txt")
    assert "Letter from London:" not in turn_speakers(root)
    assert turn_ids(root)[2] == "jo-from-hull"
    assert turn_paragraphs(root)[1].startswith("Letter from London: Dear sir,")


def test_a_second_set_of_interrogatories_numbered_from_one_stays_a_pair() -> None:
    """ "Q1." … "Q2." then "Q1." … "Q2." again under a second set's heading: the numbers went on
    before they start again, items of two sets, the examiner and the witness; "P1:" / "R1:" /
    "P1:", a code printed again right after its partner, stays a participant's."""
    root = tabled_tei("en-interrogatories-two-sets-numbered-from-one.txt")
    assert turn_speakers(root)[4:6] == ["Q1.", "A1."]
    assert set(turn_ids(root)) == {"the-examiner", "the-witness"}
    assert turn_paragraphs(root)[4].startswith("Were you present")
    coded = tabled_tei("en-interview-study-numbered-participant-pairs.txt")
    assert turn_ids(coded)[:3] == ["p1", "r1", "p1"]
