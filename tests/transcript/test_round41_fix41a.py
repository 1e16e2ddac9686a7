"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a record typed wholly in capitals with its labels alone over the speech, a
speech-to-text excerpt opening with a quoted letter under its name and clock, a surname with its
stop over a blank line among colon labels, a head's field naming co-chairs, a numbered question's
heading after an answer, a name in CAPITALS alone over a field's heading."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts

_TYPED = [
    "HOUSE OF ASSEMBLY",
    "SITTING OF TUESDAY, 4 MARCH 1952",
    "MR. SPEAKER",
    "THE HOUSE WILL NOW TAKE UP THE ROADS BILL. THE HONOURABLE MEMBER FOR EASTWOOD HAS THE FLOOR.",
    "MR. JONES",
    "I THANK THE SPEAKER. THIS BILL WILL COST THE COLONY A GREAT DEAL OF MONEY, AND I SHALL VOTE AGAINST IT.",
    "MR. BROWN",
    "WILL THE HONOURABLE MEMBER GIVE WAY?",
    "MR. JONES",
    "NO, I WILL NOT.",
    "MR. SPEAKER",
    "ORDER. THE HONOURABLE MEMBER FOR EASTWOOD MAY CONTINUE.",
]


def test_a_record_typed_in_capitals_with_its_labels_alone() -> None:
    """ "MR. SPEAKER" / "THE HOUSE WILL NOW TAKE UP THE ROADS BILL.": where the record types its
    speech in capitals, the capitals after a label make no heading and no label of the speech's
    first words; the form of address and the name alone on the line are the label."""
    root = tabled_tei("en-assembly-typed-capitals-labels-alone.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("I THANK THE SPEAKER.")
    assert texts(root, "//t:body//t:head") == ["ROADS BILL SECOND READING"]


def test_a_typed_record_one_paragraph_a_line_joins_no_label_to_its_speech() -> None:
    """The same record with no blank lines: "MR. JONES" / "NO, I WILL NOT." is a label and its
    speech, no label "MR. JONES NO, I WILL NOT." cut over two lines."""
    root = text_tei("\n".join(_TYPED) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "MR. SPEAKER",
        "MR. JONES",
        "MR. BROWN",
        "MR. JONES",
        "MR. SPEAKER",
    ]
    assert texts(root, "//t:sp[4]/t:p") == ["NO, I WILL NOT."]


def test_a_typed_record_s_own_lines_in_capitals_stay_no_labels() -> None:
    """In a record typed in capitals, a sentence alone on its line with its stop ("THE EVENING
    RATE GOES AWAY ENTIRELY.") and a line adding words to an office ("COURT ADJOURNS") stay the
    record's lines, no labels: only a form of address or an office whole alone is one."""
    paragraphs = [
        "COURT: YES, MR DLAMINI.",
        "MR DLAMINI: M'LORD, THE STATE CALLS ITS NEXT WITNESS.",
        "COURT: WE WILL TAKE HIM AFTER THE ADJOURNMENT.",
        "COURT ADJOURNS",
        "COURT RESUMES ON 18 MARCH 2025.",
        "COURT: PROCEED, MR DLAMINI.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["COURT:", "MR DLAMINI:", "COURT:", "COURT:"]


def test_a_name_over_its_clock_above_a_quoted_letter_is_a_label() -> None:
    """ "Sigrún Jónsdóttir  0:02" over "„Forseti Íslands gjörir kunnugt:": a name set off from the
    recording's clock is the speech's label whatever its paragraph opens with, no title."""
    root = tabled_tei("is-althingi-stt-quoted-letter-clock.txt")
    assert not root.xpath("//t:titlePart", namespaces=NS)
    assert texts(root, "//t:sp/t:p")[0] == "„Forseti Íslands gjörir kunnugt:"


def test_a_heading_with_its_hour_over_a_quoted_letter_stays_a_heading() -> None:
    """ "Afternoon Sitting 14:30", one space before the hour, over a quotation: a heading's time,
    no speaker's clock."""
    paragraphs = [
        "Afternoon Sitting 14:30\n„The President makes known:",
        "that the sitting is adjourned.“",
        "Chair: We resume.",
        "Member Hale: Thank you.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert "Afternoon Sitting" not in " ".join(texts(root, "//t:sp/t:speaker"))


def test_a_surname_with_its_stop_over_a_blank_line_among_colon_labels() -> None:
    """ "BRADSHAW." / blank line / "I should like to ask …" among "Chairman:" and "Holt:": a
    word the record never uses in lower case and no item of business, a surname's label."""
    root = tabled_tei("en-committee-surname-stop-blank-line.txt")
    assert texts(root, "//t:sp[5]/t:p")[0].startswith("I should like to ask")


def test_a_topic_word_with_its_stop_over_a_blank_line_stays_a_heading() -> None:
    """ "SUPPLY." / blank line / a paragraph, among colon labels, where the record speaks of "the
    supply" in lower case: the item's heading, no speaker."""
    paragraphs = [
        "Chairman: The supply of timber is the first matter.",
        "Holt: The supply has fallen by a third.",
        "Chairman: We shall come back to it.",
        "SUPPLY.",
        "The committee considered the estimates for the year.",
        "Chairman: The first vote is for the forests.",
        "Holt: It is unchanged.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert "SUPPLY." not in texts(root, "//t:sp/t:speaker")


def test_the_co_chairs_named_on_the_first_line_are_a_field() -> None:
    """ "Co-Chairs: Smith, Jones." over "Smith:" turns: the plural names who hold the chair, a
    field of the head, no turn of a speaker "Co-Chairs"."""
    root = tabled_tei("en-working-group-co-chairs-field.txt")
    assert "Co-Chairs: Smith, Jones." in texts(root, "//t:front//t:p")


def test_the_chair_calling_two_members_stays_a_turn() -> None:
    """ "Chair: Smith, Jones." in the singular, after a turn: the chair calls them, a turn."""
    paragraphs = [
        "Chair: Good morning. Two members wish to speak.",
        "Chair: Smith, Jones.",
        "Smith: Thank you.",
        "Jones: Thank you.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Chair:", "Chair:", "Smith:", "Jones:"]


def test_a_numbered_question_after_an_answer_is_a_heading() -> None:
    """ "Frage 2:" alone after the witness's answer: the item's heading, no words of his turn."""
    root = tabled_tei("de-ausschuss-frage-numbered-heading.txt")
    assert texts(root, "//t:body//t:head") == ["Frage 1:", "Frage 2:"]
    assert texts(root, "(//t:sp)[2]/t:p") == ["Ich war von 2015 bis 2019 Leiter der Bauaufsicht."]


def test_a_question_put_with_its_number_in_a_speech_stays_speech() -> None:
    """ "Question 3: when was the notice served?" goes on with its words: a speech's sentence, no
    heading; a speech's list item "Article 5:" ending its own line under a sentence stays too."""
    paragraphs = [
        "Chair: We come to the questions.",
        "Member Hale: Question 3: when was the notice served?",
        "Witness Ross: In May.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Chair:", "Member Hale:", "Witness Ross:"]
    assert not root.xpath("//t:body//t:head", namespaces=NS)


def test_a_name_alone_over_a_field_s_heading_is_a_label_of_one_line() -> None:
    """ "MR. VANCE" / "Before the Panel:": the form of address and the name in CAPITALS are the
    label whole; the phrase below opens his speech, no second line of his label."""
    root = tabled_tei("en-panel-name-alone-over-field-heading.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Before the Panel:")


def test_an_office_over_its_holder_s_name_stays_one_label() -> None:
    """ "Minister of Finance" / "Andrew Dale: …": an office whose holder a narrow column set on
    the next line stays one label of two lines."""
    paragraphs = [
        "Chair: I call the Minister.",
        "Minister of Finance\nAndrew Dale: Thank you. The budget is balanced.",
        "Chair: Thank you.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp[2]/t:speaker") == ["Minister of Finance Andrew Dale:"]


def test_a_numbered_question_under_a_label_alone_is_no_line_of_the_label() -> None:
    """ "THE CHAIR" / "Question 2: when did you learn …?": the numbered question opens the chair's
    speech, no label "THE CHAIR Question 2:" cut over two lines; "Question 3:" alone after the
    witness's answer is the item's heading."""
    root = tabled_tei("en-inquiry-numbered-question-under-chair.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == ["Question 2: when did you learn of the overrun?"]
    assert texts(root, "//t:body//t:head") == ["Question 3:"]
