"""The fortieth round's memory: the record's text held as the conversion holds it (:class:`HeldText`,
its UTF-8 in pieces where that is smaller) from the reading's start, the decoded text let go once it
is split into lines; the parse's first readings (the matcher's scans, the language, the accents,
the voices, the month order) read the held text a run of whole lines at a time, or its opening
alone. A voice or a date wrapped across a run's end is found as in the whole text, and found once.
Every answer is the one the decoded text gave."""

from __future__ import annotations

import sys
import tracemalloc

import pytest

import stenogram.transcript.heldtext as heldtext
from stenogram.transcript.config import load_config
from stenogram.transcript.frontmatter import month_first
from stenogram.transcript.heldtext import HeldText, Utf8Pieces
from stenogram.transcript.reader import read_source
from stenogram.transcript.scoring import voices

CONFIG = load_config()
_PIECE = 600  # characters a piece of the UTF-8 holds in these tests: runs of a few lines


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of a few lines, so that a short record is read in many runs."""
    monkeypatch.setattr(heldtext, "_PIECE", _PIECE)


def _across(wrapped: str, filler: str) -> list[str]:
    """Records in which *wrapped* stands at every place about the first run's end (the lines
    before it of a Cyrillic *filler*, so the UTF-8 is held), with a plain date after it."""
    return [
        f"{filler}\n{'ж' * shift}\n{wrapped} was read.\nOn 5 May 2026 we met.\n" + "Да.\n" * 200
        for shift in range(0, 80, 3)
    ]


def test_a_date_wrapped_across_a_runs_end_is_read_once(small_pieces: None) -> None:
    """A date in words wrapped over lines ("December\\n\\n4,\\n2026") at a run's end is read as the
    whole text reads it: its month first, which outvotes the one plain date after it (day first)
    only if it is found; found twice it would outvote a second one too."""
    filler = "Слово имеет товарищ.\n" * 20
    for text in _across("December\n\n4,\n2026", filler):
        held = HeldText(text)
        assert isinstance(held.data, Utf8Pieces) and len(list(held.chunks())) > 2
        assert month_first(held, CONFIG) is None  # one vote each way, as the whole text reads
        assert month_first(HeldText(text + "On 12 June 2026 we met.\n"), CONFIG) is False
        assert month_first(HeldText(text.replace("5 May", "May 5,")), CONFIG) is True


def test_the_words_of_a_date_on_lines_of_their_own_are_read_across_runs(small_pieces: None) -> None:
    """The most breaks a date crosses: the Igbo words before the month each on a line of its own
    and the year's word ("4\\nnke\\nọnwa\\nDisemba,\\ndel\\n2026"), found where the runs part them;
    a line of other words among its parts makes no date (as in the whole text)."""
    filler = "Слово имеет товарищ.\n" * 20
    for text in _across("4\nnke\nọnwa\nDecember,\ndel\n2026", filler):
        assert month_first(HeldText(text), CONFIG) is False  # two dates, the day first in both
    for text in _across("December\nthe hall\n4, 2026", filler):
        assert month_first(HeldText(text), CONFIG) is False  # the plain date alone


def test_a_voice_whose_stop_is_on_the_next_line_is_found_across_runs(small_pieces: None) -> None:
    """A name in parentheses whose colon the wrap set on the next line ("(Anna Berg\\n:") is a
    voice wherever the runs part its lines; one whose bracket closes first is none."""
    filler = "Слово имеет товарищ.\n" * 20
    for text in _across("(Anna Berg\n: Yes.)", filler):
        assert voices(HeldText(text)) == voices(HeldText(text.replace("\n:", ":")))
        assert len(voices(HeldText(text))) == 1
    for text in _across("(Anna Berg)\n: Yes.", filler):
        assert voices(HeldText(text)) == frozenset()


def test_the_held_text_gives_its_lines_and_opening_as_the_text(small_pieces: None) -> None:
    """Its lines as ``str.split`` splits the text (a last line unended or empty), its opening
    characters as a slice: the reader and the parse's start read these, not the decoded text."""
    for text in ("Слово.\n" * 300, "Слово.\n" * 300 + "Да", "", "Да"):
        held = HeldText(text)
        assert held.lines() == text.split("\n")
        assert [held.head(size) for size in (0, 5, _PIECE, 2000, 10**6)] == [
            text[:size] for size in (0, 5, _PIECE, 2000, 10**6)
        ]
        assert held.characters == len(text)


def test_the_reading_holds_no_block_the_size_of_the_decoded_text() -> None:
    """Once a Cyrillic record is read, no one block of memory as large as its decoded text (two
    bytes a letter) is held: the text is its UTF-8 in pieces, and its lines are the paragraphs'."""
    text = "ПРЕДСЕДАТЕЛЬ. Заседание открыто. Слово имеет депутат Петрова.\n\n" * 4000
    data = text.encode("utf-8")
    read_source(data[:5000], "warm.txt", CONFIG)
    tracemalloc.start()
    try:
        source = read_source(data, "sitting.txt", CONFIG)
        largest = max(trace.size for trace in tracemalloc.take_snapshot().traces)
    finally:
        tracemalloc.stop()
    assert isinstance(source.held.data, Utf8Pieces)
    assert largest < sys.getsizeof(text) // 4


def test_the_parses_first_readings_take_a_small_share_of_the_text() -> None:
    """The voices and the order of the dates read a long Cyrillic record's held text a run at a
    time: their peak is a small share of its decoded size, not a copy of it."""
    text = "ПРЕДСЕДАТЕЛЬ. Заседание открыто (Петрова:\nда). Сегодня 4 декабря 2026 года.\n" * 20000
    held = HeldText(text)
    voices(HeldText(text[:2000]))
    month_first(HeldText(text[:2000]), CONFIG)
    tracemalloc.start()
    try:
        found = voices(held), month_first(held, CONFIG)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == (frozenset({"петрова"}), False)  # "4 декабря 2026": the day first
    assert peak < sys.getsizeof(text) // 20


def test_a_date_over_a_stretch_of_blank_lines_is_read_once(small_pieces: None) -> None:
    """Runs of blank lines alone hold no line a match could start on: they are read with the run
    after them, in one scan (the lines carried again at each run had made such a stretch cost the
    square of its length), and a date whose parts they part is found as the whole text finds it."""
    filler = "Слово имеет товарищ.\n" * 20
    text = f"{filler}December\n{chr(10) * 5000}4, 2026 was read.\nOn 5 May 2026 we met.\n"
    held = HeldText(text)
    assert len(list(held.chunks())) > 5
    assert month_first(held, CONFIG) is None  # one vote each way, as in the whole text
    assert month_first(HeldText(text.replace("On 5 May", "On May 5,")), CONFIG) is True
