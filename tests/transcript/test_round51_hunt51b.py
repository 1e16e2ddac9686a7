"""Round 51 (hunt51b): US state legislatures, city councils and broadcast transcripts: a
governor's abbreviated title before the name in a news clip's label, a closed caption's marked
turn whose speech in CAPITALS runs over two lines, once read as a court's roll, and a staff
report's numbered condition with a field's colon, once read as a label."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_governor_abbreviated_title_opens_the_label() -> None:
    """`GOV. DAVID OKAFOR (D), NEW MEXICO:`: a broadcast transcript prints the clip of a state's
    governor with the title abbreviated as it prints `SEN.` and `REP.`; the stop after `GOV.` is
    no label's end (`abbreviations`), so the label keeps the title and the name, no heading `GOV.`
    split off above it. `Gov. Okafor` inside the reporter's sentence stays speech."""
    tei = tabled_tei("en-broadcast-news-governor-clip.txt")
    assert any("from Gov. Okafor came late" in p for p in turn_paragraphs(tei))


def test_governor_title_opening_a_sentence_is_no_label() -> None:
    """A line of speech that opens with the title and a name and runs on to a colon inside the
    sentence (`Gov. Okafor told reporters: we will …`) stays in the anchor's turn."""
    tei = text_tei(
        "MORROW: The governor spoke this morning.\n"
        "Gov. Okafor told reporters: we will be back Monday.\n"
        "MORROW: Thank you.\n\n"
        "ARCE: Jane, the call came late.\n"
    )
    assert turn_speakers(tei) == ["MORROW:", "MORROW:", "ARCE:"]
    assert "Gov. Okafor told reporters: we will be back Monday." in turn_paragraphs(tei)


def test_caption_turn_in_capitals_is_no_roll() -> None:
    """`>> COUNCILOR PRUITT: THANK YOU MAYOR I JUST WANT TO RECOGNIZE` / `THE EASTSIDE HIGH
    ROBOTICS TEAM`: a live caption prints everything in CAPITALS with no stops, so the office,
    the colon and a value of capitalised words under which a line of capitalised words goes on
    looked like a court's roll (an office and its holders) and the turn lost its label. The
    captioner's `>>` marks a change of speaker, never a roll's line."""
    tei = tabled_tei("en-council-captions-roll-shaped-turn.txt")
    assert turn_paragraphs(tei)[1].endswith("RECOGNIZE THE EASTSIDE HIGH ROBOTICS TEAM")


def test_roll_in_capitals_without_caption_mark_stays_a_roll() -> None:
    """The nearest shape that is a roll: a court's offices and their holders in CAPITALS with
    no `>>` over the first turn (`PRESIDING JUDGE: HON. MARGARET ELLISON`) open no turn."""
    tei = text_tei(
        "PRESIDING JUDGE: HON. MARGARET ELLISON\n"
        "COURT CLERK: DANIEL FROST\n\n"
        "THE COURT: Please be seated. We are on the record.\n\n"
        "MR. HALE: Good morning, Your Honor.\n\n"
        "THE COURT: Good morning.\n"
    )
    assert turn_speakers(tei) == ["THE COURT:", "MR. HALE:", "THE COURT:"]


def test_numbered_list_item_with_field_colon_is_no_label() -> None:
    """`2. Hours: 7 a.m. to 9 p.m., Monday through Saturday.` under `1. The landscaping plan
    shall be maintained …`: a planning staff report's conditions of approval, numbered one a
    line; the field's colon in the second item, printed once beside believed labels of one
    capitalised word and a name, had made a turn `2. Hours:`. The next item of a numbered list
    with no office, form of address nor role (`itemized`) is none: it stays outside the turns."""
    tei = tabled_tei("en-planning-staff-report-numbered-field.txt")
    assert "2. Hours: 7 a.m. to 9 p.m., Monday through Saturday." in outside_turns(tei)


def test_turns_numbered_one_a_line_keep_their_labels() -> None:
    """The nearest shape that is a label: a record that numbers each turn on its line (`1.
    Okafor: I move …` / `2. Driscoll: Second.`): the item above prints its label's colon, so
    the next number opens a turn, no list's item."""
    tei = text_tei(
        "1. Okafor: I move approval of the minutes.\n"
        "2. Driscoll: Second.\n"
        "3. Okafor: All in favor?\n"
        "4. Driscoll: Aye.\n"
    )
    assert turn_speakers(tei) == ["1. Okafor:", "2. Driscoll:", "3. Okafor:", "4. Driscoll:"]
