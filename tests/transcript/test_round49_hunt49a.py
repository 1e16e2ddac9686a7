"""Shapes of meeting software's exports pasted as plain text, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml): a live transcript saved from a video
meeting, each speaker's name in square brackets and the clock of the day after it alone on a
line over the speech ("[Helen Park] 18:03:12"); and a saved chat's message indented under its
clock and sender ("20:11:05 De X à Tout le monde:" / "<tab>Bonsoir, …"), which no longer makes
a short chat of even lines read as one hard-wrapped paragraph; and a Teams or Stream transcript
copied from its web page, the speaker's tile over each run of entries ("MK" / "Mia Knudsen" / "0
minutes 5 seconds0:05") and each entry's name with the clock spelt ("Mia Knudsen 0 minutes 5
seconds"); and a video's automatic captions in lower case with no stops, the captioner's mark
opening each change of speaker (">> trustee okafor" / ">> present")."""

from __future__ import annotations

from label_samples import NS, outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers

# 1. A saved live transcript: the name in square brackets and the clock after it


def test_bracketed_name_and_clock_alone_over_the_speech() -> None:
    """ "[Gwendolyn Ashby] 19:02:07": the name in its brackets is the label, the clock its time,
    as "[Ingrid X]" alone is one and "Karen Hale  0:02" is; the hall's laughter in brackets with
    its clock stays a note of the speech above it, and the saved file's title stays outside."""
    root = tabled_tei("en-commission-live-transcript-bracketed-name-clock.txt")
    assert turn_speakers(root)[3] == "[Bisi Oyelaran] 19:03:22"
    assert "[Laughter] 19:04:02" in turn_paragraphs(root)
    assert outside_turns(root) == ["Live transcript saved from the meeting (automatic)"]
    assert root.xpath("string(//t:sp[1]/t:speaker/t:time)", namespaces=NS) == "19:02:07"


def test_bracketed_note_and_clock_is_no_label() -> None:
    """ "[Recess] 10:15 AM" and "[Continued] 11:02": a note of the minutes in brackets before the
    hour names no person, so no turn opens; the lines stay the record's."""
    root = text_tei(
        "Minutes of the special meeting\n"
        "[Recess] 10:15 AM\n"
        "The board reconvened after a short break.\n"
        "[Continued] 11:02\n"
        "The chair asked whether the item could be deferred.\n"
    )
    assert turn_speakers(root) == []
    assert "The board reconvened after a short break." in outside_turns(root)


# 2. A saved chat: the message indented under its clock and sender


def test_saved_chat_message_indented_under_its_sender() -> None:
    """A short saved chat whose lines run to one width: the messages' tab is no indented first
    line of a typed paragraph, so each line is read as its own and the first sender under the
    title is a label, not the title's wrapped end."""
    root = tabled_tei("fr-reunion-chat-enregistre-message-indente.txt")
    assert turn_paragraphs(root)[0] == "Bonsoir, je partage le plan du parc dans un instant."


def test_indented_paragraphs_with_a_clock_line_stay_wrapped() -> None:
    """A typed record of indented paragraphs hard-wrapped, one of whose lines opens with an hour
    and ends in a colon at its paragraph's start: the line below it runs on at the margin, so the
    page is still read as wrapped paragraphs, its sentences joined."""
    root = text_tei(
        "    The council met at the town hall. The mayor opened the sitting and\n"
        "read the notices of the week, which the clerk had posted on the door\n"
        "of the hall, as the rules require of every sitting of the council.\n"
        "    19:40 The council resumed and heard the following reports:\n"
        "the treasurer's statement of accounts, and the report of the works\n"
        "committee on the state of the roads in the northern district.\n"
    )
    assert turn_speakers(root) == []
    assert any("following reports: the treasurer's statement" in p for p in outside_turns(root))


# 3. A Teams transcript copied from its web page: the tile and the clock spelt


def test_web_transcript_entry_with_its_clock_spelt_is_the_label() -> None:
    """ "Callum Ostrowski 0 minutes 14 seconds": the name and the clock spelt in the language's
    units (`spelled_clock_units`) are the label and its time; the tile over it (the avatar's
    initials, the name, the clock glued to its figures) is the page's, and a later entry of the
    same speaker under it is too, so a sentence cut across two entries runs on in one paragraph."""
    root = tabled_tei("en-committee-teams-web-transcript-spelled-clock.txt")
    assert turn_speakers(root)[1] == "Callum Ostrowski 0 minutes 14 seconds"
    speech = turn_paragraphs(root)
    assert any("within 2 hours 30 minutes of the board's vote" in p for p in speech)
    assert "Callum, you have the figures?" in speech
    assert not any("0:14" in p or p in ("CO", "EF") for p in speech + outside_turns(root))


def test_spelled_duration_in_minutes_is_no_label() -> None:
    """A recess's length and a speaking time spelt in units at a line's end ("Recess 1 hour 30
    minutes", "Total speaking time 12 minutes 40 seconds") name no speaker: the lines stay the
    record's, with no tile over them."""
    root = text_tei(
        "Minutes of the regular meeting\n\n"
        "Mayor Hart: The meeting will come to order.\n"
        "Recess 1 hour 30 minutes\n"
        "The council resumed at three.\n"
        "Mayor Hart: We are back.\n"
        "Councillor Diaz: Thank you.\n"
        "Total speaking time 12 minutes 40 seconds\n"
    )
    assert turn_speakers(root) == ["Mayor Hart:", "Mayor Hart:", "Councillor Diaz:"]
    assert "Recess 1 hour 30 minutes" in turn_paragraphs(root)
    assert "Total speaking time 12 minutes 40 seconds" in turn_paragraphs(root)


# 4. Automatic captions with no stops: the mark opens a paragraph


def test_unpunctuated_captions_mark_is_no_wrapped_line() -> None:
    """ ">> roll call please" / ">> trustee okafor": captions copied with no stops end no line
    with one, yet a line opening with the captioner's mark is the next speaker's, never the wrap
    of the line above; a line without the mark still runs on the sentence above it ("… so let's" /
    "go ahead and get started")."""
    root = tabled_tei("en-council-auto-captions-chevron-lower-unpunctuated.txt")
    speech = turn_paragraphs(root)
    assert speech[:3] == [
        "all right it's seven o'clock so let's go ahead and get started",
        "roll call please",
        "trustee okafor",
    ]
    assert speech[-1] == "thank you we have a quorum the first item is the public hearing on the water rates"
