"""Shapes of sub-national legislatures and local boards, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml): a board's meeting named by its kind over the
turns with a dash after it, a county supervisor by the office and by "SUP.", a county
commission's abbreviated chairman and commissioners, a state senator named by the district's
ordinal, a roll call's yea and nay lists after their dash, and a member's supplementary cut off
with a dash glued to its word."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_meeting_named_by_its_kind_heads_the_minutes() -> None:
    """ "REGULAR MEETING - VERBATIM EXCERPT" under the board's name: the meeting's heading, its
    dash no member's and his role's; the turns below are the commissioners'."""
    root = tabled_tei("en-county-board-regular-meeting-dash-heading.txt")
    assert not texts(root, "//t:person[@xml:id='regular-meeting']")
    assert texts(root, "//t:sp[1]/t:p") == ["Item four. Mr. Tolliver, go ahead."]


def test_a_meeting_by_its_kind_with_a_colon_stays_a_heading() -> None:
    """Negative: "SPECIAL CALLED MEETING:" alone over the turns names no one, nor does a field
    naming the supervisorial district."""
    assert _speakers(
        "SPECIAL CALLED MEETING:\nMAYOR BROWN: We are convened.\nCOUNCILMAN DAY: Thank you.\n"
    ) == [
        "MAYOR BROWN:",
        "COUNCILMAN DAY:",
    ]


def test_a_county_supervisor_by_sup_and_by_the_office() -> None:
    """ "SUP. HAHN:", "SUP. HORVATH, CHAIR:": the supervisor's abbreviation is the label's, no
    label of its own ended at its stop; "Supervisor Ferreira:" names the office."""
    root = tabled_tei("en-county-supervisors-sup-abbreviated.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["THANK YOU, MADAM CHAIR. I MOVE ITEM 9."]
    root = tabled_tei("en-county-supervisors-office-mixed.txt")
    assert texts(root, "//t:person[@xml:id='supervisor-ferreira']/t:persName/t:roleName[@type='office']") == [
        "Supervisor"
    ]


def test_a_supervisorial_district_field_stays_the_heading() -> None:
    """Negative: "Supervisorial District 3: Westfield, Orchard Park" in the front is a field."""
    root = tabled_tei("en-county-supervisors-sup-abbreviated.txt")
    assert not [name for name in texts(root, "//t:person/t:persName[@type='label']") if "District" in name]


def test_a_county_commissions_abbreviated_offices() -> None:
    """ "Chm. Halvorsen:", "Comm. Oduya:", "Commr. Bellamy:", "Cmsr. Tran:": the abbreviated
    office opens the label, its stop no label's end; inside a speech "the planning comm. last
    month" ends no sentence and opens no turn."""
    root = tabled_tei("en-county-commission-abbreviated-offices.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "We'll take the landfill item first. We sent it to the planning comm. last month."
    ]


def test_a_state_senator_named_by_the_districts_ordinal() -> None:
    """ "SENATOR ABERCROMBIE OF THE 27TH:": the district's ordinal after "of the" is the label's
    word, the whole a label."""
    root = tabled_tei("en-state-senate-district-ordinal.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Thank you, Mr. President.")


def test_an_ordinal_of_a_date_opens_no_label() -> None:
    """Negative: an ordinal not after "of the" is a date's ("THE TRIBUNAL RESUMED AS FOLLOWS ON
    THURSDAY, 9TH OCTOBER:" over the turns), and "MINUTES OF THE 14TH:" names the minutes, no one."""
    text = "    THE TRIBUNAL RESUMED AS FOLLOWS ON THURSDAY, 9TH OCTOBER:\n\nCHAIR: Welcome.\nMR. LEE: Thanks.\nCHAIR: Go on.\n"
    assert _speakers(text) == ["CHAIR:", "MR. LEE:", "CHAIR:"]
    assert _speakers("MINUTES OF THE 14TH:\nCHAIR: Welcome.\nMR. LEE: Thanks.\nCHAIR: Next.\n") == [
        "CHAIR:",
        "MR. LEE:",
        "CHAIR:",
    ]


def test_a_roll_calls_yea_and_nay_lists() -> None:
    """ "YEA - Ashby, Carrow …", "NAY - Dunleavy …": the vote's lists under the roll call's
    heading, no voice; so are the colon's forms ("YEA: …"), inside the Speaker's turn."""
    root = tabled_tei("en-state-house-roll-yea-nay-dash.txt")
    assert texts(root, "//t:div/t:p") == [
        "YEA - Ashby, Carrow, Elwell, Guthrie.",
        "NAY - Dunleavy, Fairbanks.",
        "ABSENT - Hollis.",
    ]
    assert _speakers(
        "THE SPEAKER: The clerk will record.\nYEA: Abdi, Ankeles.\nNAY: Foster.\nTHE SPEAKER: Passed.\n"
    ) == [
        "THE SPEAKER:",
        "THE SPEAKER:",
    ]


def test_a_supplementary_cut_off_by_its_dash() -> None:
    """ "Ingrid Haldane: Supplementary—", printed once: the dash glued to the word cuts the
    member off, a speech's end, no field's short value."""
    root = tabled_tei("en-nz-house-supplementary-cut-off.txt")
    assert texts(root, "//t:sp[5]/t:p") == ["Supplementary—"]


def test_a_field_with_a_short_value_stays_a_field() -> None:
    """Negative: "Chair: Cr Hohaia—" in the front, its value a name, names no speaker there."""
    assert _speakers(
        "Chair: Cr Hohaia—\nMinutes: Ms Lee\n\nCr Bell: I move the motion.\nCr Hohaia: Seconded.\n"
    ) == [
        "Cr Bell:",
        "Cr Hohaia:",
    ]
