"""A reviewer's check of round 49's meeting-software exports (hunt49a), each over-catch with its
negative and the range's positive beside it: a saved live transcript's note in square brackets
with its clock over the next name and clock ("[Technical Difficulties] 18:00:40" / "[Ada
Lindqvist] 18:01:12"), which the clock made a person's turn; and a Teams web transcript whose
page prints no tile over a change of speaker, where the first tile's name ate the same speaker's
later entries after another's as the page's furniture."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers

# 1. A note in brackets with its clock, in a run of bracketed names with their clocks


def test_bracketed_note_of_two_words_with_clock_is_no_turn() -> None:
    """ "[Technical Difficulties] 18:00:40" / "[Ada Lindqvist] 18:01:12": capitalised words in
    brackets with the clock after them and another bracket and clock on the next line are the
    hall's note in a run, as "[Proceedings Suspended]" / "[Proceedings Resumed]" are without the
    clock: no turn, the note's words kept in the speech; the names with speech below stay labels."""
    root = tabled_tei("en-board-zoom-transcript-bracketed-note-clock.txt")
    speech = turn_paragraphs(root)
    assert not any(s.startswith(("[Technical", "[Meeting")) for s in turn_speakers(root))
    assert any("Technical Difficulties" in p and "18:00:40" in p for p in speech)
    assert any("Meeting Recessed" in p for p in speech)
    assert outside_turns(root) == ["Zoom recording transcript (saved automatically)"]


def test_bracketed_name_and_clock_still_label_beside_notes() -> None:
    """The range's shape beside the note: "[Helen Park] 18:03:12" with its speech on the next
    line is the label, the clock its time, while "[Pause] 18:04:00" over the next name is not."""
    root = text_tei(
        "Planning board – live transcript\n"
        "[Helen Park] 18:03:12\n"
        "Good evening, the board is in session.\n"
        "[Audio Unavailable] 18:04:00\n"
        "[Ravi Menon] 18:04:20\n"
        "Thank you. I have two questions on the setback.\n"
    )
    assert turn_speakers(root) == ["[Helen Park] 18:03:12", "[Ravi Menon] 18:04:20"]


# 2. A Teams web transcript without a tile over every change of speaker


def test_web_transcript_entry_of_another_speaker_ends_the_tiles_run() -> None:
    """ "Dana Whitfield" / "0 minutes 3 seconds0:03" over Dana's entry, then Omar's entry and
    Dana's again with no tile between: each change of name is a turn, Dana's later entries no
    furniture of the first tile; her own next entry under her label is the page's, so "within 1
    hour 30 minutes" / "Dana Whitfield 0 minutes 26 seconds" / "of the close …" runs on."""
    root = tabled_tei("en-committee-teams-web-transcript-no-tile.txt")
    assert turn_speakers(root)[2:4] == [
        "Dana Whitfield 0 minutes 19 seconds",
        "Omar Haddad 0 minutes 31 seconds",
    ]
    assert (
        "Great, thanks. The funder wants it back within 1 hour 30 minutes of the close of business on Friday."
        in turn_paragraphs(root)
    )


def test_sentence_ending_in_a_duration_is_no_entry() -> None:
    """A speech line ending in a duration spelt in units ("we sat for 3 hours 10 minutes") is
    no speaker's entry: under a tile the next entry of the same speaker is still the page's, the
    sentence run on in one paragraph and no turn opened at the duration."""
    root = text_tei(
        "Transcript\n\n"
        "Lena Ortiz\n"
        "0 minutes 2 seconds0:02\n"
        "Lena Ortiz 0 minutes 2 seconds\n"
        "Last month the board sat for 3 hours 10 minutes\n"
        "Lena Ortiz 0 minutes 9 seconds\n"
        "and no one could stay for the budget.\n"
        "Sam Keller 0 minutes 15 seconds\n"
        "Agreed, let's keep to the time.\n"
    )
    assert turn_speakers(root)[:1] == ["Lena Ortiz 0 minutes 2 seconds"]
    assert turn_paragraphs(root)[0].startswith(
        "Last month the board sat for 3 hours 10 minutes and no one could stay for the budget."
    )
