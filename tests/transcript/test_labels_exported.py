"""Labels as machines export them: with the recording's clock after them, as transcription
services print the hearings and council meetings they transcribe from video, and in the first
cell of a table copied from a web page (samples written for these tests)."""

from __future__ import annotations

import pytest
from lxml import etree

from stenogram.tei.convert import convert_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}

# One label a paragraph, the clock after the colon, the speech below (a service's layout).
COLON_THEN_CLOCK = """City Council Regular Meeting – March 3, 2021

Mayor Garcia: (00:04)
Good evening, everyone. I call this meeting to order. Clerk, please call the roll.

City Clerk: (00:11)
Councilmember Zendejas.

Councilmember Zendejas: (00:13)
Here.

Mayor Garcia: (00:20)
Thank you. We'll move to public comment. Our first speaker is Ms. Alvarez.

Maria Alvarez: (00:31)
Thank you, Mayor. I live on Fourth Street and I want to talk about the speed bumps.
"""

# The clock inside the label, before its colon.
CLOCK_BEFORE_COLON = """Senate Judiciary Committee Hearing Transcript

Chairman Durbin (00:00):
The committee will come to order. Today we consider the nomination.

Senator Grassley (00:41):
Thank you, Mr. Chairman. I want to welcome the nominee.

Judge Jackson (01:15):
Thank you, Senator. It is an honor to be here.
"""

# A name and the clock alone on a line, no punctuation: each person printed once or twice.
NAME_THEN_CLOCK = """Planning Commission Meeting

Maria Alvarez  0:02
Good evening. Let's begin with the minutes.

John Park  0:09
I move to approve the minutes as written.

Lisa Wong  0:14
Second.

Maria Alvarez  0:16
All in favor? Motion carries. Next item.
"""

# Headings with the time of the sitting are no labels, though a clock follows them.
TIMED_HEADINGS = """Afternoon Sitting 14:30

The House resumed at half past two. Members took their seats and the Clerk read the order of
the day, which was the second reading of the Budget Bill.

The Minister of Finance rose to move the second reading and spoke for an hour on the estimates.

Mr. Brown replied for the Opposition at some length.

Evening Sitting 19:00

The debate continued into the evening without a division.

The House adjourned at ten o'clock.
"""


def _turns(text: str) -> list[tuple[str, str, str]]:
    """(who, the speaker element's text, its time) of every turn."""
    root = etree.fromstring(convert_text(text.encode(), "meeting.txt").tei)
    return [
        (
            sp.get("who"),
            "".join(sp.find("t:speaker", NS).itertext()),
            sp.findtext("t:speaker/t:time", default="", namespaces=NS),
        )
        for sp in root.iterfind(".//t:sp", NS)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            COLON_THEN_CLOCK,
            [
                ("#mayor-garcia", "Mayor Garcia: (00:04)", "(00:04)"),
                ("#city-clerk", "City Clerk: (00:11)", "(00:11)"),
                ("#councilmember-zendejas", "Councilmember Zendejas: (00:13)", "(00:13)"),
                ("#mayor-garcia", "Mayor Garcia: (00:20)", "(00:20)"),
                ("#maria-alvarez", "Maria Alvarez: (00:31)", "(00:31)"),
            ],
        ),
        (
            CLOCK_BEFORE_COLON,
            [
                ("#chairman-durbin", "Chairman Durbin (00:00):", "(00:00)"),
                ("#senator-grassley", "Senator Grassley (00:41):", "(00:41)"),
                ("#judge-jackson", "Judge Jackson (01:15):", "(01:15)"),
            ],
        ),
        (
            NAME_THEN_CLOCK,
            [
                ("#maria-alvarez", "Maria Alvarez  0:02", "0:02"),
                ("#john-park", "John Park  0:09", "0:09"),
                ("#lisa-wong", "Lisa Wong  0:14", "0:14"),
                ("#maria-alvarez", "Maria Alvarez  0:16", "0:16"),
            ],
        ),
    ],
)
def test_the_clock_after_a_label_is_its_time_and_the_speech_starts_below(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _turns(text) == expected


def test_a_clock_in_the_labels_parentheses_is_no_role_of_the_person() -> None:
    root = etree.fromstring(convert_text(CLOCK_BEFORE_COLON.encode(), "hearing.txt").tei)
    roles = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role")
        for p in root.iterfind(".//t:person", NS)
    }
    assert roles == {"chairman-durbin": "chair", "senator-grassley": None, "judge-jackson": None}


def test_the_speech_under_a_clocked_label_keeps_no_clock() -> None:
    root = etree.fromstring(convert_text(NAME_THEN_CLOCK.encode(), "meeting.txt").tei)
    first = root.find(".//t:sp/t:p", NS)
    assert first is not None and first.text == "Good evening. Let's begin with the minutes."


def test_headings_with_the_time_of_a_sitting_are_no_labels() -> None:
    assert _turns(TIMED_HEADINGS) == []


# A table of two columns copied from a web page: its header row, then a name and a speech a row.
TABLE_ROWS = (
    "Speaker\tStatement\n"
    "Councillor Ahmed\tI move that the report be received.\n"
    "Councillor Byrne\tSeconded.\n"
    "The Lord Mayor\tThose in favour? Carried. We move to item six, the budget.\n"
    "Councillor Ahmed\tThank you, Lord Mayor. The figures are on page four.\n"
)


def test_a_name_in_a_tables_first_cell_labels_the_speech_in_the_next() -> None:
    assert _turns(TABLE_ROWS) == [
        ("#councillor-ahmed", "Councillor Ahmed", ""),
        ("#councillor-byrne", "Councillor Byrne", ""),
        ("#the-lord-mayor", "The Lord Mayor", ""),
        ("#councillor-ahmed", "Councillor Ahmed", ""),
    ]
    root = etree.fromstring(convert_text(TABLE_ROWS.encode(), "council.txt").tei)
    assert "Speaker\tStatement" in "".join(root.find("t:text", NS).itertext())  # the header row is kept
    assert [p.text for p in root.iterfind(".//t:sp/t:p", NS)][1] == "Seconded."


def test_a_cell_that_is_no_name_labels_nothing() -> None:
    text = "Revenue\t1,200\nExpenditure\t1,150\n\nThe accounts were approved without debate.\n"
    assert _turns(text) == []
