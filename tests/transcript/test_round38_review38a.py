"""What the last rules must leave as it was: a sitting's head that prints the hour the House met
under the chair's name, a speech's short first sentence before a question it names past a wide
gap, the second column of a scanned court record, a council's minutes naming a member under an
item's heading and again in the sentence below, and an English speech that ends with "on.";
each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_the_hour_the_house_met_under_the_chair_s_name_in_the_head_is_no_speech() -> None:
    """ "Second Sitting" / "Speaker Ruth Obiora" / "The House met at half past two o'clock." is
    the sitting's head, not a title over the chair's first speech: the head's note of the
    opening hour is no turn, the turns are the labelled ones below."""
    root = tabled_tei("en-sitting-head-chair-over-opening-hour.txt")
    inside = " ".join(texts(root, "//t:sp"))
    assert "The House met at" not in inside


def test_a_short_sentence_before_a_question_named_past_a_gap_is_a_speech() -> None:
    """A tab-separated copy of turns whose speech names its question after a run of spaces
    ("MS PIKE:\\tThank you, Chair.   Question:   when …?"): the sentence's stop before the gap
    says it is a speech, not a form's value beside the next field; every line its own turn."""
    root = tabled_tei("en-panel-tab-copy-question-after-gap.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Thank you, Chair. Question: when will the report be ready?"]


def test_a_scanned_court_record_s_second_column_keeps_the_first_column_s_turn() -> None:
    """ "THE COURT: Yes.        MR. HALLORAN: Thank you, Your Honor." as a scan of two columns
    reads them into one line: the court's short answer ends its sentence before the gap, so it
    is the court's turn, not a field's value; the second column's label opens its own."""
    root = tabled_tei("en-court-two-column-scan-turns.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Yes."]


def test_an_english_speech_ending_with_on_and_its_stop_opens_no_label() -> None:
    """ "The lights went on." and "We must carry on." end sentences; the Italian form of address
    "On." does not make the line after them a label ("On the first night …" stays the speech)."""
    root = tabled_tei("en-committee-speech-ending-on.txt")
    assert texts(root, "//t:sp[2]/t:p")[-1].endswith("On the first night nobody noticed them.")


def test_a_minute_naming_its_member_again_under_an_item_s_heading_is_no_turn() -> None:
    """ "Main Street Project" / "Councillor Ben Ashdown" / "Councillor Ashdown asked about …" and
    "Tribute" / "Mrs Joan Rossiter" / "Mrs Rossiter's service …": the sentence under the name
    narrates that person in the third person, so neither name opens a turn and the headings
    stay the minutes' text."""
    root = tabled_tei("en-council-minutes-item-over-member-named.txt")
    outside = " ".join(texts(root, "//t:text//t:p[not(ancestor::t:sp)]"))
    for line in ("Councillor Ashdown asked about the cost", "Tribute", "Mrs Rossiter's service"):
        assert line in outside
