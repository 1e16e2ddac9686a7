"""The paragraphs the parser reads, each with its source lines, and the shapes of a whole one."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import overload

from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.inline import ROUND
from stenogram.transcript.regexcache import regex

# The ideographs and kana of Chinese and Japanese, and their full-width punctuation: scripts
# that set no space between words.
_UNSPACED = regex("[\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\uff60]")
_UNSPACED_FIRST = "\u3001"  # the first character :data:`_UNSPACED` matches
_UNSPACED_STOPS = frozenset("。，、！？；：")  # a clause's end in those scripts
_LINE_END_HYPHENS = ("-", "\u00ad")  # a hyphen, or the soft hyphen a copy kept where the line broke
_COLUMN_SHARE = 0.9  # of the paragraph's longest line: a line that long ran to its column's edge


def join_lines(lines: Iterable[str], bounds: array[int] | None = None) -> str:
    """Lines of one paragraph as one text; a hyphen at a line end keeps its place, unspaced,
    before a capital too (a double name the wrap cut: "Pérez-" / "Castejón"). Between two
    ideographs no space is set after a clause's full-width stop ("…いたします。" / "本日の…"),
    nor where a column of prose ran to its edge and wrapped a word ("我感谢特" / "别协调员所作的
    通报。", a PDF's text); a head's short lines stay apart ("…6日" / "附件一"). Each line's
    start and end in the text go into *bounds* where given.

    Each line is compared with the line before it only, and the text joined once: linear."""
    texts = lines if isinstance(lines, list) else list(lines)
    column = 0.0  # the length of a line that ran to the column's edge, worked out when first asked
    parts: list[str] = []
    previous = ""
    at = 0
    for line in texts:
        if parts:
            hyphen = previous.endswith(_LINE_END_HYPHENS) and previous[-2:-1].isalpha() and line[:1].isalpha()
            unspaced = False
            # a letter-spaced copy ("當 局 會" / "否 公 布") stays so; the scripts' letters asked
            # of a line ending below them (most lines: a comparison, no pattern) by their pattern
            if (
                not hyphen
                and previous[-1:] >= _UNSPACED_FIRST
                and _UNSPACED.match(previous[-1:])
                and _UNSPACED.match(line[:1])
                and not previous[-2:-1].isspace()
            ):
                if previous[-1] not in _UNSPACED_STOPS and not column:
                    prose = any(stop in text for text in texts for stop in "。，")
                    column = _COLUMN_SHARE * max(map(len, texts)) if prose else float("inf")
                unspaced = previous[-1] in _UNSPACED_STOPS or len(previous) >= column
            if not (hyphen or unspaced):
                parts.append(" ")
                at += 1
        parts.append(line)
        if bounds is not None:
            bounds.extend((at, at + len(line)))
            at += len(line)
        previous = line
    return "".join(parts)


class Lines(Sequence[tuple[int, str]]):
    """A paragraph's source lines ``(number, text)``, held as their joined text (the unit's own
    text, see :func:`join_lines`), where each line but the last ends in it, and the first line's
    number (the numbers apart only where they skip one, as a cue's blank lines do). A tuple and a
    number object for each line had cost some 84 bytes beyond its text, and the lines' texts
    beside the joined one held the record's text twice: the bulk of its memory while it is
    parsed. A line's end is enough to find the next one's start: the space that joined them
    follows it, or the next line's letter where a hyphen joined them (no line joined so opens
    with a space); a paragraph of two lines, the commonest, holds that one end as a number, not
    an array (80 bytes). Read, a line is its pair, made afresh; a paragraph of one line is that
    line."""

    __slots__ = ("_ends", "_first", "_joined")

    def __init__(self, pairs: Iterable[tuple[int, str]]) -> None:
        listed = pairs if isinstance(pairs, list) else list(pairs)
        numbers = [number for number, _ in listed]
        texts = [text for _, text in listed]
        first = numbers[0] if numbers else 0
        # the numbers counted on from the first compared as one list, no generator read a line
        counted = numbers == list(range(first, first + len(numbers)))
        # the first line's number, or every line's where they skip one: one slot for both (a slot
        # is 8 bytes a paragraph while the labels are decided)
        self._first: int | tuple[int, ...] = first if counted else tuple(numbers)
        self._ends: array[int] | int | None = None  # one line: the joined text is the line
        if len(texts) == 1:
            self._joined = texts[0]
        else:
            bounds = array("I")
            self._joined = join_lines(texts, bounds)
            self._ends = bounds[1] if len(texts) == 2 else bounds[1:-2:2]

    def __len__(self) -> int:
        ends = self._ends
        if ends is None:
            return 1
        return 2 if isinstance(ends, int) else len(ends) + 1

    @property
    def joined(self) -> str:
        """The lines as one text, as :func:`join_lines` joins them."""
        return self._joined

    @property
    def texts(self) -> list[str]:
        """The lines' texts, made afresh: a hot loop reads them without making a pair a line."""
        ends, joined = self._ends, self._joined
        if ends is None:
            return [joined]
        if isinstance(ends, int):  # two lines
            return [joined[:ends], joined[ends + (joined[ends] == " ") :]]
        texts, start = [], 0
        for end in ends:
            texts.append(joined[start:end])
            start = end + (joined[end] == " ")
        texts.append(joined[start:])
        return texts

    def place(self, index: int) -> tuple[int, int]:
        """Where line *index* starts and ends in the joined text."""
        ends, joined = self._ends, self._joined
        if ends is None:
            if index in (0, -1):
                return 0, len(joined)
            raise IndexError(index)
        if isinstance(ends, int):  # two lines
            if index in (-1, 1):
                return ends + (joined[ends] == " "), len(joined)
            if index in (0, -2):
                return 0, ends
            raise IndexError(index)
        last = len(ends)  # the last line's index
        at = index + last + 1 if index < 0 else index
        if not 0 <= at <= last:
            raise IndexError(index)
        start = 0 if at == 0 else ends[at - 1] + (joined[ends[at - 1]] == " ")
        return start, ends[at] if at < last else len(joined)

    @property
    def first(self) -> int:
        """The first line's number."""
        first = self._first
        return first if isinstance(first, int) else first[0]

    @property
    def last(self) -> int:
        """The last line's number, no line's text made: what a paragraph's end is compared with
        the next paragraph's first line for (a blank line between them or none)."""
        first = self._first
        return first + len(self) - 1 if isinstance(first, int) else first[-1]

    def text(self, index: int) -> str:
        """Line *index*'s text, made afresh (a paragraph of one line: that line)."""
        ends, joined = self._ends, self._joined
        if ends is None:
            if index in (0, -1):
                return joined
            raise IndexError(index)
        if index == 0:  # the lines most asked for, the first and the last: one end places each
            return joined[: ends if isinstance(ends, int) else ends[0]]
        if index == -1:
            end = ends if isinstance(ends, int) else ends[-1]
            return joined[end + (joined[end] == " ") :]
        start, end = self.place(index)
        return joined[start:end]

    def _count(self, texts: list[str]) -> Sequence[int]:
        """The lines' numbers, as many as *texts*, the lines' texts (their count not asked again)."""
        first = self._first
        return range(first, first + len(texts)) if isinstance(first, int) else first

    @overload
    def __getitem__(self, index: int) -> tuple[int, str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, str] | list[tuple[int, str]]:
        if isinstance(index, slice):
            texts = self.texts
            return list(zip(self._count(texts)[index], texts[index], strict=True))
        first, ends = self._first, self._ends
        # the first line, which the rules ask of nearly every paragraph (a few hundred thousand
        # times on a long record), read here with no call: its number the one the model keeps
        if index == 0 and type(first) is int:
            joined = self._joined
            return first, joined if ends is None else joined[: ends if isinstance(ends, int) else ends[0]]
        text = self.text(index)
        if not isinstance(first, int):
            return first[index], text
        return first + (index if index >= 0 else len(self) + index), text

    def __iter__(self) -> Iterator[tuple[int, str]]:
        if self._ends is None and type(self._first) is int:  # one line: the pair, no list of texts
            return iter(((self._first, self._joined),))
        texts = self.texts
        return zip(self._count(texts), texts, strict=True)

    def __eq__(self, other: object) -> bool:  # as a list of the pairs compares
        return list(self) == list(other) if isinstance(other, Lines | list | tuple) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as a list's

    def __repr__(self) -> str:
        return f"Lines({list(self)!r})"


# A source line's marks (:class:`SourceLines`): a paragraph's line printed there as it stands, or
# with white space about it, and a paragraph's one line
_PRINTED, _STRIPPED, _LONE = 1, 2, 4


class SourceLines:
    """Every line of a source's paragraphs, and apart those of the paragraphs of one line, for
    the rules that ask of the whole source once its paragraphs are freed: each line marked by
    its number where it is printed there as it stands, or with white space about it (a line the
    reader cut or joined kept as its text), and read again from the source's text when asked. A
    list of the texts had kept every line alive to the end of the parse, a quarter of its peak;
    their places in the text, two numbers of 4 bytes a line, had been the most of what the body
    held above the head (0.75 MB of a long record's); a mark is a byte a line of the source.
    They are marked when first asked, or when the paragraphs are to be freed (:meth:`settle`):
    not while the labels are decided, the parse's peak of memory, which they had raised by some 4
    bytes a character of the record."""

    __slots__ = ("_first", "_lone_others", "_marks", "_others", "_paragraphs", "_text")

    def __init__(self, text: HeldText, paragraphs: Iterable[Lines]) -> None:
        self._text = text
        self._paragraphs: Iterable[Lines] | None = paragraphs  # read by settle()
        self._marks = bytearray()  # by a line's number: how a paragraph's line is printed there
        self._others: list[str] = []
        self._lone_others: list[str] = []
        self._first: str | None = None  # the first line's text, set by settle()

    def settle(self) -> None:
        """Mark the paragraphs' lines, read once with the source's lines beside them; the
        paragraphs are not held after. A line marked already (a line two paragraphs share) and
        one the source does not print as it stands is kept as its text."""
        paragraphs = self._paragraphs
        if paragraphs is None:
            return
        self._paragraphs = None
        marks = self._marks
        numbered = enumerate(self._text.each_line(), start=1)
        line = 0  # the source's line *line* is *raw* (None past the text's end)
        raw: str | None = ""
        for lines in paragraphs:
            lone = _LONE if len(lines) == 1 else 0
            for number, held in lines:
                if self._first is None:
                    self._first = held
                while line < number:
                    line, raw = next(numbered, (number, None))
                mark = 0
                if number > 0 and line == number and raw is not None:
                    if len(marks) <= number:
                        marks.extend(bytes(number + 1 - len(marks)))
                    if not marks[number]:
                        mark = _PRINTED if raw == held else _STRIPPED if raw.strip() == held else 0
                if mark:
                    marks[number] = mark | lone
                else:
                    self._others.append(held)
                    if lone:
                        self._lone_others.append(held)

    def texts(self) -> Iterator[str]:
        """Every line's text (not in order)."""
        self.settle()
        yield from self._read(_PRINTED | _STRIPPED)
        yield from self._others

    def opens(self, line: str) -> bool:
        """Whether *line* is the source's first line: nothing, not even a title, above it."""
        self.settle()
        return self._first is not None and self._first.strip() == line.strip()

    def lone(self) -> Iterator[str]:
        """The text of each paragraph of one line (not in order)."""
        self.settle()
        yield from self._read(_LONE)
        yield from self._lone_others

    def _read(self, wanted: int) -> Iterator[str]:
        """The source's lines marked *wanted*, as the paragraphs held them."""
        # the marks end at the last line a paragraph holds, the source's lines may run on
        for mark, raw in zip(islice(self._marks, 1, None), self._text.each_line(), strict=False):
            if mark & wanted:
                yield raw if mark & _PRINTED else raw.strip()


def line_texts(lines: Sequence[tuple[int, str]]) -> list[str]:
    """The texts of *lines*."""
    return lines.texts if isinstance(lines, Lines) else [text for _, text in lines]


def joined_text(lines: Sequence[tuple[int, str]]) -> str:
    """The texts of *lines* as one: a :class:`Lines`' own joined text, no copy of it made."""
    return lines.joined if isinstance(lines, Lines) else join_lines([text for _, text in lines])


_RECENT = 8  # units whose texts a UnitTexts keeps


class UnitTexts(Sequence[list[str]]):
    """Each unit's line texts, made when a rule asks (the listed speeches', the cards'): a list
    of every unit's texts would hold the record's lines once more. The last few asked are kept,
    since a rule reads a unit with its neighbours."""

    __slots__ = ("_recent", "_units")

    def __init__(self, units: Sequence[Unit]) -> None:
        self._units = units
        self._recent: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self._units)

    def __iter__(self) -> Iterator[list[str]]:
        return (line_texts(unit.lines) for unit in self._units)

    @overload
    def __getitem__(self, index: int) -> list[str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[list[str]]: ...

    def __getitem__(self, index: int | slice) -> list[str] | list[list[str]]:
        if isinstance(index, slice):
            return [line_texts(unit.lines) for unit in self._units[index]]
        recent = self._recent
        texts = recent.get(index)
        if texts is None:
            if len(recent) >= _RECENT:
                del recent[next(iter(recent))]
            texts = recent[index] = line_texts(self._units[index].lines)
        return texts


@dataclass(slots=True)
class Unit:
    """One paragraph of text and the source lines ``(number, text)`` it was joined from."""

    text: str
    lines: Sequence[tuple[int, str]]

    @property
    def line(self) -> int:
        lines = self.lines
        return lines.first if isinstance(lines, Lines) else lines[0][0]

    @property
    def first_line(self) -> str:
        lines = self.lines
        return lines.text(0) if isinstance(lines, Lines) else lines[0][1]


def _whole_parenthesis(opener: str, closer: str) -> str:
    """A pattern of one parenthesis with one level of brackets inside, and perhaps a full stop;
    possessive: no backtracking stack."""
    o, c, neither = re.escape(opener), re.escape(closer), f"[^{re.escape(opener + closer)}]"
    return rf"{o}(?:{neither}++|{o}{neither}*+{c})*+{c}[.]?"


# A paragraph of its own in parentheses, of any round kind (the Japanese Diet's 〔…〕 too).
PARENTHESIS = regex("|".join(_whole_parenthesis(o, c) for o, c in ROUND.items()))
# A paragraph all in brackets: a note of the record's ("[Open session]"), no line of its head.
BRACKETED_ONLY = regex(r"\s*[(\[][^()\[\]\n]*[)\]]")
BLOCK_LINE = 80  # characters of a line under the title in its block (a date, a sitting's number)
