"""Round 51 (rev51g, a review of the round's late rules): a name alone over a speech that opens
with a believed label's words, and a member's numbered question citing a part of an Act."""

from __future__ import annotations

from label_samples import text_tei, turn_paragraphs, turn_speakers


def test_name_alone_over_a_speech_opening_with_a_label_is_a_label() -> None:
    """A web copy's labels alone (`Sir John Smith (Lab)`, printed once) over a speech that opens
    with the words of a label believed elsewhere (`The Prime Minister said last week …`): there
    they go on into words in lower case, a sentence, no label's line, so the member's name is
    not a head's line over a label and keeps its turn."""
    tei = text_tei(
        "Engagements\n\n"
        "The Prime Minister\nI have had meetings with ministerial colleagues this morning.\n\n"
        "Sir John Smith (Lab)\nThe Prime Minister said last week that the waiting lists are falling."
        " They are not, and she knows it.\n\n"
        "The Prime Minister\nThe figures show exactly what I said they would show.\n"
    )
    assert turn_speakers(tei) == ["The Prime Minister", "Sir John Smith (Lab)", "The Prime Minister"]
    assert turn_paragraphs(tei)[1].startswith("The Prime Minister said last week")


def test_presiding_line_over_a_label_with_its_clock_stays_no_turn() -> None:
    """The negative: the head's line naming who presides right over the first label, which has
    only its clock after it on its line (`Präsident Ing. Norbert Hofer  0:32`), is still no
    turn: that lower line is a label's."""
    tei = text_tei(
        "58. Sitzung des Nationalrates, Mittwoch, 14. Januar 2015\n\n"
        "Dritter Präsident Ing. Norbert Hofer\n\n"
        "Präsident Ing. Norbert Hofer  0:32\nIch eröffne die 58. Sitzung des Nationalrates.\n\n"
        "Präsident Ing. Norbert Hofer  1:10\nIch verweise auf die Mitteilung.\n"
    )
    assert turn_speakers(tei) == ["Präsident Ing. Norbert Hofer 0:32", "Präsident Ing. Norbert Hofer 1:10"]


def test_numbered_question_citing_a_part_stays_a_label() -> None:
    """A member's name alone with its colon over her numbered question (`Stephen Kinnock:` /
    `1. What … Part 2. The Secretary …`): the `2.` after a capitalised word names the part the
    question cites, no list's second item joined to its first, so the name is no heading."""
    tei = text_tei(
        "Stephen Kinnock:\n1. What steps the Government are taking to implement Part 2. The"
        " Secretary of State promised a timetable in March.\n\n"
        "The Minister of State:\nThe timetable will be published before the summer recess.\n"
    )
    assert turn_speakers(tei) == ["Stephen Kinnock:", "The Minister of State:"]
