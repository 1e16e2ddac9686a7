"""Counter-examples to the thirtieth round's merged rules: a note's abbreviated field before a
colon, a Chinese salutation under a comrade's label, a surname that is a party's name, a Title
Case stage over the Speaker's label, a chair's sentence before labels an excerpt cut."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_short_abbreviated_field_before_a_colon_is_no_stray_stop() -> None:
    """ "ANM.: Mødet blev afbrudt …", "BETR.: Lovforslag nr. L 47 …": a note's field, its
    abbreviation's stop; words of the chairman's turn, no labels."""
    tei = tabled_tei("da-udvalg-note-field-stop-colon.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Mødet er åbnet. Vi går til første punkt.",
        "ANM.: Mødet blev afbrudt kl. 10.40 og genoptaget kl. 10.55.",
        "BETR.: Lovforslag nr. L 47 om lokale busruter.",
    ]


def test_a_salutation_ending_in_the_suffix_of_address_is_the_speech() -> None:
    """ "韩立新同志：" / "各位同志：今天的会议…", "亲爱的同志们：…": the salutation opens the
    comrade's speech, no speaker of its own."""
    tei = tabled_tei("zh-party-meeting-salutation-under-label.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["各位同志：今天的会议研究秋收工作。先请大家谈谈意见。"]
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("亲爱的同志们：")


def test_a_surname_that_is_a_party_stays_the_name() -> None:
    """ "Senator Owen Labour" / "The bill does nothing …": a forename and a surname under the
    address, the surname a party's name; the senator's whole name, no party split off."""
    tei = tabled_tei("en-senate-web-surname-party-word.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "The bill does nothing for the regions and I will vote against it."
    ]


def test_a_title_case_stage_over_the_speakers_label_is_a_stage() -> None:
    """ "The Speaker Took The Chair" / "The SPEAKER: Order. …": a stage in Title Case, no office
    and holder; the Speaker's turns stay the Speaker's."""
    tei = tabled_tei("en-hansard-title-case-chair-return.txt")
    assert texts(tei, "//t:stage") == ["The Speaker Took The Chair"]
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Order. Questions to the Minister for Transport."]


def test_a_chairs_sentence_before_cut_labels_is_no_roll_heading() -> None:
    """ "The CHAIR: A quorum is present. The following members have asked to speak:" /
    "Mr. ABERNATHY:" / "Ms. QUINTERO:": the chair's words stay the chair's turn, the labels
    silent turns, no closing roll of participants."""
    tei = tabled_tei("en-hearing-chair-cut-before-roll.txt")
    assert texts(tei, "(//t:sp)[4]/t:p") == [
        "A quorum is present. The following members have asked to speak:"
    ]


def test_a_sentence_ending_on_a_capital_letter_is_no_lettered_role() -> None:
    """ "Irene Varga" / "Yes, I was there, I saw the lorry parked in Bay A" / "It left …": words
    in lower case, a sentence; the witness's speech whole, no role closed by an answer's letter."""
    tei = tabled_tei("en-inquiry-web-sentence-ending-letter.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Yes, I was there, I saw the lorry parked in Bay A It left a little before nine."
    ]
