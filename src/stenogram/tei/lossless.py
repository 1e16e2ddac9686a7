"""The lossless guarantee: every character of the input, in order, is in the TEI text.

The check compares like with like: the input's text (less the lines recorded as furniture) and
the text of the TEI ``text`` element, both without white space and without the marks the
converter turns into elements (:data:`MARKUP`). So ``Kagan[ovich]`` and
``Kagan<supplied>ovich</supplied>`` are the same word, and a symbol (``***``, ``§``, ``+``) counts
as much as a letter: nothing may be dropped, added or moved. Run after every conversion.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from lxml import etree

from stenogram.errors import Location, LosslessError
from stenogram.tei.encode import TEI_NS
from stenogram.transcript.heldtext import Utf8Pieces, unheld
from stenogram.transcript.model import Furniture

#: Characters of the input that the converter re-encodes as elements rather than keeping as
#: text, with the element that takes each one's place.
MARKUP: dict[str, str] = {
    "[": "supplied, gap, note or a supplied speaker",
    "]": "supplied, gap, note or a supplied speaker",
    "_": "hi (underscores around emphasised words)",
}
_CHUNK = 1 << 16  # characters (or bytes of UTF-8) compacted at a time
_CONTEXT = 24  # characters shown either side of a difference


def _kept_lines(text: str, furniture: list[Furniture]) -> list[str]:
    """The lines of *text*, those removed as furniture blanked (so line numbers stay)."""
    removed = {item.line: item for item in furniture}
    lines = text.split("\n")
    return [removed[n].kept(line) if n in removed else line for n, line in enumerate(lines, start=1)]


def _compared(text: str) -> str:
    """What the check compares of *text*: no white space, no :data:`MARKUP` marks.

    Read in chunks: ``"".join(text.split())`` over the whole text holds a string for every word
    at once, ten times the text's memory; over a chunk it is four times as fast as a regular
    expression's substitution. The marks go with ``str.replace``: ``str.translate`` looks up
    every character, 20× slower in Cyrillic."""
    return "".join(_compact(text[start : start + _CHUNK]) for start in range(0, len(text), _CHUNK))


def _compact(chunk: str) -> str:
    for mark in MARKUP:
        chunk = chunk.replace(mark, "")
    return "".join(chunk.split())  # str.split() splits at Unicode white space, as isspace()


def _tei_text(root: etree._Element) -> str:
    """The character data of the TEI ``text`` element, in document order."""
    body = root.find(f"{{{TEI_NS}}}text")
    return str(body.xpath("string()")) if body is not None else ""


def _first_difference(expected: str, found: str) -> int:
    """The index of the first character where the two differ (the shorter length if one is a
    prefix of the other); a binary search over slices, linear time in C however long the text."""
    low, high = 0, min(len(expected), len(found))
    while low < high:
        middle = (low + high + 1) // 2
        if expected[low:middle] == found[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _position(text: str, index: int) -> int:
    """Where in *text* the character at *index* of :func:`_compared` (*text*) stands."""
    seen = -1
    for position, char in enumerate(text):
        if not char.isspace() and char not in MARKUP:
            seen += 1
            if seen == index:
                return position
    return len(text)


def _excerpt(text: str, position: int) -> str:
    return " ".join(text[position : position + _CONTEXT].split()) or "the end of the text"


def _expected(data: str | Utf8Pieces, furniture: list[Furniture]) -> Iterator[str]:
    """:func:`_compared` of the text (or its UTF-8, see :func:`held`) less the lines removed as
    furniture, a chunk at a time (no copy of the text, no list of its lines); a chunk of UTF-8
    ends before a character's first byte."""
    utf = not isinstance(data, str)
    newline = b"\n" if utf else "\n"
    runs = []
    line, start, kept = 1, 0, 0  # the line at offset start; the kept text begins at kept
    for number, item in sorted({item.line: item for item in furniture}.items()):
        while line < number:
            start = data.index(newline, start) + 1  # type: ignore[arg-type]
            line += 1
        end = data.find(newline, start)  # type: ignore[arg-type]
        end = len(data) if end < 0 else end
        cut = (start, end)  # all of the line, or the part of it placed
        if item.part and (at := item.place(text := unheld(data[start:end]))) >= 0:
            at = start + (len(text[:at].encode("utf-8")) if utf else at)
            cut = (at, at + (len(item.text.encode("utf-8")) if utf else len(item.text)))
        runs.append((kept, cut[0]))
        kept = cut[1]
    runs.append((kept, len(data)))
    for begin, stop in runs:
        at = begin
        while at < stop:
            end = min(at + _CHUNK, stop)
            while utf and end < stop and data[end] & 0xC0 == 0x80:  # type: ignore[operator]
                end -= 1  # inside a character: the chunk ends before it
            yield _compact(unheld(data[at:end]))
            at = end


class LosslessCheck:
    """The check fed the TEI text a piece at a time, in document order (a written batch of
    items, or the whole ``text`` element), so that no piece need outlive its writing.

    The input's text is held as its UTF-8 where that is smaller (:func:`held`), read a chunk at a
    time: the decoded text of a record partly in Cyrillic or Greek takes two bytes a letter, and
    held to the writing's end it had been a quarter of the memory the writing holds.

    Each piece is compared at once with the input's text at the same place, itself compacted only
    as far as the pieces have come; the first that differs raises :class:`LosslessError` at its
    line and column, quoting both from there."""

    def __init__(self, text: str | Utf8Pieces, furniture: list[Furniture], name: str) -> None:
        self.data = text  # the text, or its UTF-8 (:func:`held`)
        self.furniture = furniture
        self.name = name
        self.expected = _expected(self.data, furniture)
        self.ahead = ""  # the input's compacted text not yet matched
        self.at = 0  # characters of it matched so far

    def _read(self, size: int) -> None:
        """Compact the input until *size* characters are ahead, or it ends."""
        parts, length = [self.ahead], len(self.ahead)
        while length < size:
            chunk = next(self.expected, None)
            if chunk is None:
                break
            parts.append(chunk)
            length += len(chunk)
        self.ahead = "".join(parts)

    def feed(self, piece: str) -> None:
        """Compare the next *piece* of the TEI text."""
        found = _compared(piece)
        self._read(len(found))
        if self.ahead.startswith(found):
            self.ahead = self.ahead[len(found) :]
            self.at += len(found)
            return
        index = _first_difference(self.ahead[: len(found)], found)
        got = _excerpt(piece, _position(piece, index))
        if index >= len(self.ahead):
            raise LosslessError(f"conversion would invent text: {got!r} at the end", Location(self.name))
        self._lost(self.at + index, got)

    def close(self) -> None:
        """Every character of the input was found: raise if the TEI text ended too soon."""
        self._read(1)
        if self.ahead:
            self._lost(self.at, _excerpt("", 0))

    def _lost(self, index: int, got: str) -> None:
        lines = _kept_lines(unheld(self.data), self.furniture)
        ends = list(accumulate(len(_compared(line)) for line in lines))
        number = bisect_right(ends, index)
        column = _position(lines[number], index - (ends[number - 1] if number else 0))
        raise LosslessError(
            f"conversion would lose or move text: the input has {_excerpt(lines[number], column)!r} "
            f"where the TEI has {got!r} (white space and the marks {''.join(MARKUP)} not compared)",
            Location(self.name, number + 1, column + 1),
        )


def check_lossless(text: str, furniture: list[Furniture], root: etree._Element, name: str) -> None:
    """Raise :class:`LosslessError` at the line and column of the first character where input
    and the TEI tree *root* differ, quoting both from there."""
    check = LosslessCheck(text, furniture, name)
    check.feed(_tei_text(root))
    check.close()
