"""Two shapes of United States records: a hearing's list of witnesses (or a council's roll), one
person a line with the offices after commas, printed right above the opening's first label; and
the Congressional Globe's office with the chair's name in parentheses after a comma, alone above
the chair's words. What only looks so (a note of the chair alone, a sentence naming the office,
a list with no turn after it, a label wrapped over two lines, a name over its office) stays as it
was. Each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


def test_a_witness_list_above_the_opening_is_no_label_over_it() -> None:
    """ "Mr. Tom Lind, President, Farmers Union" / "Chairman MILLS. The subcommittee will come to
    order.", each label printed once: the list's last line is no label the chair's line sits
    under; the chair opens the first turn and no witness is made the excerpt's author."""
    root = tabled_tei("en-us-hearing-witness-list-above-opening.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("The subcommittee will come to order.")
    assert not root.xpath("//t:titleStmt/t:author", namespaces=NS)


def test_a_witness_list_in_capitals_under_its_panel_heading() -> None:
    """ "PANEL I" / "ANNA REYES, DIRECTOR, STATE WATER BOARD" / "TOM LIND, PRESIDENT, FARMERS
    UNION": the list in capitals, under the panel's heading, is no label either."""
    root = tabled_tei("en-us-hearing-witnesses-capitals-panel.txt")
    assert all("FARMERS UNION" not in speaker for speaker in texts(root, "//t:sp/t:speaker"))


def test_a_witness_list_one_a_paragraph_with_blank_lines_between() -> None:
    """The same list with a blank line after each of its lines: each a paragraph of its own."""
    tabled_tei("en-us-hearing-witness-lines-apart.txt")


def test_a_council_roll_with_offices_after_commas_above_the_mayor() -> None:
    """ "Present:" / "Mayor Linda Crane, Presiding" / … / "The MAYOR. The meeting will come to
    order.": the mayor's label keeps its turn, the roll naming who holds the office."""
    tabled_tei("en-us-council-present-roll-commas.txt")


def test_the_globe_office_with_the_chair_in_parentheses_after_a_comma() -> None:
    """ "The PRESIDING OFFICER, (Mr. FOOTE in the chair.)" alone above "The question is on …": a
    label as printed, its parentheses kept, the chair's words its speech."""
    mixed = (
        "Mr. WADE. I ask for the yeas and nays.\n"
        "The PRESIDING OFFICER, (Mr. Foote in the chair)\n"
        "The Secretary will call the roll.\n"
    )
    root = tabled_tei("en-us-globe-presiding-officer-comma-chair.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["The question is on the amendment of the Senator from Ohio."]
    root = text_tei(mixed)
    assert texts(root, "//t:sp/t:speaker") == ["Mr. WADE.", "The PRESIDING OFFICER, (Mr. Foote in the chair)"]
    assert texts(root, "//t:sp[2]/t:p") == ["The Secretary will call the roll."]


def test_the_record_office_with_the_chair_in_parentheses_on_the_speech_line() -> None:
    """ "The PRESIDING OFFICER (Mr. FOOTE in the chair). The question is …" and "The SPEAKER pro
    tempore (Mr. Ryan of Ohio). The gentleman …": labels with their parentheses, as printed."""
    tabled_tei("en-us-record-presiding-officer-chair-inline.txt")
    tabled_tei("en-us-record-speaker-pro-tempore-named.txt")


def test_a_chair_note_alone_and_a_sentence_naming_the_office_are_no_labels() -> None:
    """ "(Mr. FOOTE in the chair.)" and "[Mr. Foote took the chair.]" alone are the record's notes,
    "The Presiding Officer, as the rules require, put the question." its narrative: no turns."""
    root = tabled_tei("en-us-globe-chair-note-alone.txt")
    assert "The Presiding Officer, as the rules require, put the question." in texts(root, "//t:sp[1]/t:p")
    assert texts(root, "//t:sp[1]/t:stage") == ["(Mr. FOOTE in the chair.)", "[Mr. Foote took the chair.]"]


def test_an_attendance_list_with_no_turn_after_it_stays_unlabelled() -> None:
    """A list of persons with their offices and no speech after it: no turn at all."""
    assert texts(sample_tei("en-us-hearing-attendance-list-no-turns.txt"), "//t:sp") == []


def test_a_two_line_label_and_a_name_over_its_office_stay_as_they_were() -> None:
    """A label wrapped after the name's comma ("Helen Marsh," / "Chair of the Board: Good …")
    under a list (its comma ends no line of a list: each turn opens where it did), and a name
    alone over its office and the speech ("Dr. Anna Reyes" / "Director, State Water Board" /
    "Thank you, …"): no line of a list, the name and the office one label as before."""
    wrapped = (
        "Dr. Anna Reyes, Director, State Water Board\n"
        "Mr. Tom Lind, President, Farmers Union\n"
        "Helen Marsh,\n"
        "Chair of the Board:\n"
        "Good morning and welcome to the annual meeting of the trust.\n"
        "Peter Lyle,\n"
        "Chief Executive:\n"
        "Thank you, Helen. It has been a difficult year for the trust.\n"
    )
    assert texts(text_tei(wrapped), "//t:sp/t:p[1]") == [
        "Good morning and welcome to the annual meeting of the trust.",
        "Thank you, Helen. It has been a difficult year for the trust.",
    ]
    over = (
        "HEARING ON WATER RIGHTS\n"
        "Dr. Anna Reyes\n"
        "Director, State Water Board\n"
        "Thank you, Mr. Chairman. The Board has issued eleven orders this year.\n"
        "Mr. Tom Lind\n"
        "President, Farmers Union\n"
        "Thank you. Our members have fallowed a third of their acreage.\n"
    )
    assert texts(text_tei(over), "//t:sp/t:speaker") == [
        "Dr. Anna Reyes Director, State Water Board",
        "Mr. Tom Lind President, Farmers Union",
    ]
