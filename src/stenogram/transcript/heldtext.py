"""The record's text as the parse holds it past its first readings, and as the lossless check
holds it to the writing's end: its UTF-8 where that is the smaller (a record partly in Cyrillic or
Greek, whose decoded text takes two bytes a letter), in pieces of a few kilobytes, else the text.
The decoded text beside the paragraphs, then beside the document model, had held the record twice
through every stage of a conversion; it is let go once the reader has split it into lines, and
what the reading and the parse ask of the whole text they ask of this (:class:`HeldText`), a
piece at a time."""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate, islice
from typing import overload

# A pattern's matches in a run of lines from a place on, as ``pattern.finditer(run, begin)`` finds them.
Scan = Callable[[str, int], Iterator[re.Match[str]]]
# A line read backwards from its last character other than white space to its start.
_LINE_BACK = re.compile(r"\S[^\n]*")
_PIECE = 1 << 13  # characters of the text a piece of its UTF-8 holds (:class:`Utf8Pieces`)


class Utf8Pieces:
    """A text's UTF-8 held as pieces of a few kilobytes (:data:`_PIECE` characters each), read
    as one run of bytes: what the lossless check asks of it (its length, a byte, a slice, the
    next newline). One buffer of the whole UTF-8 is a block the allocator takes afresh from the
    system, beside the decoded text and the document model still held when it is made: it set
    the command's resident peak. Pieces this small fill the room the parse freed instead."""

    __slots__ = ("_pieces", "_starts")

    def __init__(self, text: str) -> None:
        self._pieces = [text[at : at + _PIECE].encode("utf-8") for at in range(0, len(text), _PIECE)]
        self._starts = array("q", accumulate(map(len, self._pieces), initial=0))

    def __len__(self) -> int:
        return self._starts[-1]

    def size(self) -> int:
        """The bytes the pieces take, their objects' too."""
        return (
            sum(map(sys.getsizeof, self._pieces)) + sys.getsizeof(self._pieces) + sys.getsizeof(self._starts)
        )

    def _piece(self, at: int) -> int:
        """The index of the piece that holds byte *at*."""
        return bisect_right(self._starts, at) - 1

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> bytes: ...

    def __getitem__(self, index: int | slice) -> int | bytes:
        starts, pieces = self._starts, self._pieces
        if isinstance(index, int):
            if not 0 <= index < starts[-1]:
                raise IndexError(index)
            piece = self._piece(index)
            return pieces[piece][index - starts[piece]]
        start, stop, _ = index.indices(starts[-1])
        if start >= stop:
            return b""
        first, last = self._piece(start), self._piece(stop - 1)
        if first == last:
            return pieces[first][start - starts[first] : stop - starts[first]]
        parts = [pieces[first][start - starts[first] :], *pieces[first + 1 : last]]
        parts.append(pieces[last][: stop - starts[last]])
        return b"".join(parts)

    def find(self, byte: bytes, start: int = 0) -> int:
        """The offset of the next *byte* (one byte: a newline) from *start*, or -1."""
        starts, pieces = self._starts, self._pieces
        if start >= starts[-1]:
            return -1
        piece = self._piece(start)
        found = pieces[piece].find(byte, start - starts[piece])
        while found < 0:
            piece += 1
            if piece == len(pieces):
                return -1
            found = pieces[piece].find(byte)
        return starts[piece] + found

    def index(self, byte: bytes, start: int = 0) -> int:
        """:meth:`find`, raising ValueError where *byte* does not follow."""
        found = self.find(byte, start)
        if found < 0:
            raise ValueError(byte)
        return found

    def pieces(self) -> Iterator[bytes]:
        """The pieces in order, each whole characters."""
        return iter(self._pieces)

    def decode(self, encoding: str = "utf-8") -> str:
        """The text."""
        return b"".join(self._pieces).decode(encoding)


def held(text: str) -> str | Utf8Pieces:
    """*text* as the check holds it to the writing's end: its UTF-8 where that is the smaller (a
    record partly in Cyrillic or Greek, whose decoded text takes two bytes a letter), in pieces
    (:class:`Utf8Pieces`), else the text (in ASCII, Latin-1 or ideographs the text is as small)."""
    if text.isascii():
        return text
    data = Utf8Pieces(text)
    return data if data.size() < sys.getsizeof(text) else text


def unheld(data: str | bytes | Utf8Pieces) -> str:
    """The text :func:`held` holds (or a slice of it)."""
    return data if isinstance(data, str) else data.decode("utf-8")


class HeldText:
    """A record's text as :func:`held` holds it from the reading's start, asked what the reading
    and the parse ask of the whole text: its lines, its opening characters, a pattern or a word
    found in it (a piece of whole lines decoded at a time, so a search that no line end can be
    part of finds what it found in the whole text; :meth:`matches` for one that spans a few), its
    lines by their places (offsets of characters, or of bytes where the UTF-8 is held)."""

    __slots__ = ("_newline", "characters", "data")

    def __init__(self, text: str) -> None:
        self.data = held(text)
        self.characters = len(text)
        self._newline: str | bytes = "\n" if isinstance(self.data, str) else b"\n"

    def lines(self) -> list[str]:
        """The text split at its line ends, as ``str.split("\\n")`` splits it: read a run at a
        time, so the decoded text need not be held beside its lines."""
        return list(self.each_line())

    def each_line(self) -> Iterator[str]:
        """The lines :meth:`lines` gives, one at a time, a run of them decoded at a time."""
        last = ""  # the last run's unended line (empty where the text ends with a line end)
        for chunk in self.chunks():
            parts = chunk.split("\n")
            last = parts.pop()
            yield from parts
        yield last

    def head(self, length: int) -> str:
        """The text's first *length* characters: a record's opening, where the parse's start
        looks for its shape (its clocks, its language), decoded alone."""
        data = self.data
        if isinstance(data, str):
            return data[:length]
        runs: list[str] = []
        taken = 0
        for piece in data.pieces():
            if taken >= length:
                break
            runs.append(piece.decode("utf-8"))
            taken += len(runs[-1])
        return "".join(runs)[:length]

    def matches(self, scan: Scan, breaks: int) -> Iterator[re.Match[str]]:
        """The matches *scan* finds in the whole text (``scan(text, begin)`` yielding what
        ``pattern.finditer(text, begin)`` would), read a run of lines at a time, for a pattern
        whose matches cross *breaks* runs of white space holding a line end at most ("(Anna Berg\\n:",
        "December 4,\\n2026"). Each run is read after the lines of the one before that hold its
        last *breaks* lines with a character: a match begun above them that reached past the run
        would cross more; a run with fewer such lines is read with the next (a stretch of blank
        lines is scanned once). A match's places are its run's; its text and groups are the
        text's."""
        carry, begin = "", 0
        pending: list[str] = []  # the runs read after the carried lines, not yet scanned
        chunks = self.chunks()
        chunk = next(chunks, None)
        while chunk is not None:
            following = next(chunks, None)
            pending.append(chunk)
            last = None if following is None else _last_lines(chunk, breaks)
            if following is not None and last is None:
                chunk = following
                continue
            run = "".join([carry, *pending])
            pending.clear()
            cut = len(run) if last is None else len(run) - len(chunk) + last
            for match in scan(run, begin):
                if match.start() >= cut:
                    break
                yield match
                begin = match.end()
            begin = max(begin, cut)
            keep = run.rfind("\n", 0, begin) + 1  # from the start of the line the next scan begins on
            carry, begin, chunk = run[keep:], begin - keep, following

    def chunks(self) -> Iterator[str]:
        """The text in runs of whole lines (the last maybe unended), in order; one run where the
        text itself is held."""
        data = self.data
        if isinstance(data, str):
            yield data
            return
        rest: list[str] = []  # the pieces of a line no piece has ended yet, joined once it ends
        for piece in data.pieces():
            run = piece.decode("utf-8")  # a piece ends at a character's end
            cut = run.rfind("\n") + 1
            if cut:
                yield "".join([*rest, run[:cut]])
                rest = []
            if cut < len(run):
                rest.append(run[cut:])
        if rest:
            yield "".join(rest)

    def search(self, pattern: re.Pattern[str]) -> bool:
        """Whether *pattern*, which matches no line end, is found in the text."""
        return any(pattern.search(chunk) for chunk in self.chunks())

    def __contains__(self, word: str) -> bool:
        """Whether *word*, of one line, is in the text."""
        return any(word in chunk for chunk in self.chunks())

    def text(self) -> str:
        """The whole text: a copy for the moment it is read where its UTF-8 is held; asked only of
        an excerpt (see the labels' decision's news lead and office's answer)."""
        return unheld(self.data)

    def line_end(self, start: int) -> int:
        """The place of the next line end from *start*, or -1."""
        return self.data.find(self._newline, start)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self.data)

    def span(self, start: int, end: int) -> str:
        """The text between two places."""
        return unheld(self.data[start:end])


def _last_lines(run: str, count: int) -> int | None:
    """Where the line opens that starts the last *count* lines of *run* holding a character
    other than white space; None where fewer do. Read in the run reversed, a line from its last
    such character back to its start at a time: a stretch of blank lines is passed over at once."""
    found = next(islice(_LINE_BACK.finditer(run[::-1]), count - 1, None), None)
    return None if found is None else len(run) - found.end()
