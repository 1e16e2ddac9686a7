"""Records whose labels are printed alone on their lines, over lines that only look like a case
caption's: counsel in a court's motions hearing naming whom they represent ("MR. X" /
"Plaintiff." / their name), and a member whose name ends in its initial "V." over a stage in
CAPITALS ("(INTERRUPTIONS)"); an appeals panel's counsel alone over a sentence its colon leads on
to the next line in lower case ("I have three points to make:" / "first, …"). A caption's party has the versus beside its side or over it, and
the other party under a "V." is a name with no speech's marks; the captions themselves stay the
front. Each in an invented sample (names invented; labels in turns.toml, persons in ids.toml),
or a text written here."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_counsel_naming_their_side_keeps_the_turn() -> None:
    """ "MR. HOLLOWAY" alone, printed once, over "Plaintiff." and his own name: the side is his
    answer, no caption's (no "v." beside it or over the name), so each counsel keeps a turn and
    the clerk's speech ends before them."""
    root = tabled_tei("en-court-counsel-side-under-bare-label.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Plaintiff.",
        "Daniel Holloway of Holloway and Price, Your Honor.",
    ]
    assert texts(root, "//t:sp[1]/t:p") == ["Counsel, please state for the record whom you represent."]


def test_a_caption_with_its_versus_under_the_side_is_no_speaker() -> None:
    """ "HALDANE MINING CORP." / "Claimants" / "vs." / "THE STATE OF ORVANIA" / "Respondent": the
    versus under the first party's side and over the second party makes the caption, in a record
    whose labels stand alone on their lines; neither party is a speaker."""
    root = text_tei(
        "PERMANENT COURT OF ARBITRATION\nHALDANE MINING CORP.\nClaimants\nvs.\nTHE STATE OF ORVANIA\n"
        "Respondent\nTRANSCRIPT OF HEARING\nPRESIDENT ARNESEN\nGood morning. We begin with the Claimants.\n"
        "MR. TOLLIVER\nThank you, Mr. President. Our case is short.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["PRESIDENT ARNESEN", "MR. TOLLIVER"]


def test_a_name_ending_in_its_initial_over_a_stage_keeps_its_turn() -> None:
    """ "SHRI ANIL KUMAR V." over "(INTERRUPTIONS)": the "V." is the member's initial, the line
    under it a stage in its brackets, no party of a caption; the member's turn holds the stage
    and the Speaker's first speech ends before the name."""
    root = tabled_tei("en-in-lok-sabha-initial-name-over-capital-stage.txt")
    assert texts(root, "//t:sp[2]/t:stage") == ["(INTERRUPTIONS)"]
    assert texts(root, "//t:sp[1]/t:p") == ["Shri Anil Kumar, you may raise your matter now."]


def test_a_capitals_speech_with_its_commas_under_an_initial_keeps_its_turn() -> None:
    """ "SHRI ANIL KUMAR V." over "MR. CHAIRMAN, SIR, THE FUNDS …": a speech in capitals has its
    commas, which no party's name under a caption's "V." has, so the member keeps the turn."""
    root = text_tei(
        "THE CHAIRMAN\nMr. Kumar, you have the floor.\nSHRI ANIL KUMAR V.\n"
        "MR. CHAIRMAN, SIR, THE FUNDS FOR OUR DISTRICT ARE STILL HELD UP\n"
        "THE CHAIRMAN\nPlease be brief.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["THE CHAIRMAN", "SHRI ANIL KUMAR V.", "THE CHAIRMAN"]


def test_a_sentence_led_on_by_its_colon_is_the_speech_under_a_name_alone() -> None:
    """ "MS. OKAFOR" alone over "I have three points to make:" and "first, the appeal …": the
    line in lower case goes on with the sentence the colon opened, so the name over it is a
    turn holding both lines, not a heading over a list's heading."""
    root = tabled_tei("en-panel-bare-label-colon-sentence-over-lower.txt")
    assert texts(root, "//t:sp[4]/t:p") == [
        "Our answer is short:",
        "the notice was served by hand on the fourth of May.",
    ]


def test_a_name_over_a_field_and_its_lower_case_line_stays_no_turn() -> None:
    """ "JOHN SMITH" over "Summary of evidence:" and "the witness was at the scene.", the head of
    a witness's statement before its questions: the field's colon leads on to its text, but the
    name over them speaks no words, so the first turn stays the question's."""
    root = text_tei(
        "JOHN SMITH\nSummary of evidence:\nthe witness was at the scene.\nQ. Where were you?\nA. At home.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Q.", "A."]
