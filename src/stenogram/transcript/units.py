"""The paragraphs the parser reads, each with its source lines, and the shapes of a whole one."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from stenogram.transcript.inline import ROUND


class Lines(Sequence[tuple[int, str]]):
    """A paragraph's source lines ``(number, text)``, held as their texts and the first line's
    number (the numbers apart only where they skip one, as a cue's blank lines do): a tuple and
    a number object for each line cost some 84 bytes beyond its text, the bulk of a record's
    memory while it is parsed. Read, a line is its pair, made afresh."""

    __slots__ = ("_first", "_numbers", "_texts")

    def __init__(self, pairs: Iterable[tuple[int, str]]) -> None:
        numbers: list[int] = []
        self._texts: list[str] = []
        for number, text in pairs:
            numbers.append(number)
            self._texts.append(text)
        self._first = numbers[0] if numbers else 0
        counted = all(number == self._first + at for at, number in enumerate(numbers))
        self._numbers: tuple[int, ...] | None = None if counted else tuple(numbers)

    def __len__(self) -> int:
        return len(self._texts)

    @property
    def texts(self) -> list[str]:
        """The lines' texts themselves (not to be changed): a hot loop reads them without
        making a pair a line."""
        return self._texts

    def _count(self) -> Sequence[int]:
        return self._numbers or range(self._first, self._first + len(self._texts))

    @overload
    def __getitem__(self, index: int) -> tuple[int, str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, str] | list[tuple[int, str]]:
        if isinstance(index, slice):
            return list(zip(self._count()[index], self._texts[index], strict=True))
        text = self._texts[index]
        if index == 0:  # a paragraph's first line, whose number the model keeps: that one object
            return self._first, text
        if self._numbers is not None:
            return self._numbers[index], text
        return self._first + (index if index >= 0 else len(self._texts) + index), text

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return zip(self._count(), self._texts, strict=True)

    def __eq__(self, other: object) -> bool:  # as a list of the pairs compares
        return list(self) == list(other) if isinstance(other, Lines | list | tuple) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as a list's

    def __repr__(self) -> str:
        return f"Lines({list(self)!r})"


class SourceLines:
    """Every line of a source's paragraphs, and apart those of the paragraphs of one line, for
    the rules that ask of the whole source once its paragraphs are freed: each line as its place
    in the source's text where it is printed there as it stands (a line the reader cut or joined
    kept as its text). A list of the texts had kept every line alive to the end of the parse, a
    quarter of its peak; the places take 8 bytes a line."""

    __slots__ = ("_lone", "_lone_others", "_others", "_spans", "_text")

    def __init__(self, text: str, paragraphs: Iterable[Lines]) -> None:
        self._text = text
        self._spans, self._lone = array("I"), array("I")  # start, end, start, end, …
        self._others: list[str] = []
        self._lone_others: list[str] = []
        start, line = 0, 1  # the text's line *line* begins at *start*
        for lines in paragraphs:
            for number, held in lines:
                while line < number and start >= 0:
                    start = text.find("\n", start)
                    start, line = (start + 1 if start >= 0 else -1), line + 1
                end = text.find("\n", start) if start >= 0 else -1
                end = len(text) if end < 0 else end
                if start >= 0 and end - start == len(held) and text.startswith(held, start):
                    at = start  # the line as printed, most lines: no copy of it made to compare
                elif start >= 0 and (raw := text[start:end]).strip() == held:
                    at = start + len(raw) - len(raw.lstrip())
                else:
                    at = -1
                if at >= 0:
                    self._spans.extend((at, at + len(held)))
                    if len(lines) == 1:
                        self._lone.extend((at, at + len(held)))
                else:
                    self._others.append(held)
                    if len(lines) == 1:
                        self._lone_others.append(held)

    def texts(self) -> Iterator[str]:
        """Every line's text (not in order)."""
        yield from self._read(self._spans)
        yield from self._others

    def lone(self) -> Iterator[str]:
        """The text of each paragraph of one line (not in order)."""
        yield from self._read(self._lone)
        yield from self._lone_others

    def _read(self, spans: array[int]) -> Iterator[str]:
        text = self._text
        for at in range(0, len(spans), 2):
            yield text[spans[at] : spans[at + 1]]


def line_texts(lines: Sequence[tuple[int, str]]) -> list[str]:
    """The texts of *lines*: a :class:`Lines`' own list (not to be changed), else a new one; a
    rule that reads every paragraph's texts so asks no copy of the record's lines."""
    return lines.texts if isinstance(lines, Lines) else [text for _, text in lines]


@dataclass(slots=True)
class Unit:
    """One paragraph of text and the source lines ``(number, text)`` it was joined from."""

    text: str
    lines: Sequence[tuple[int, str]]

    @property
    def line(self) -> int:
        return self.lines[0][0]

    @property
    def first_line(self) -> str:
        return self.lines[0][1]


def _whole_parenthesis(opener: str, closer: str) -> str:
    """A pattern of one parenthesis with one level of brackets inside, and perhaps a full stop;
    possessive: no backtracking stack."""
    o, c, neither = re.escape(opener), re.escape(closer), f"[^{re.escape(opener + closer)}]"
    return rf"{o}(?:{neither}++|{o}{neither}*+{c})*+{c}[.]?"


# A paragraph of its own in parentheses, of any round kind (the Japanese Diet's 〔…〕 too).
PARENTHESIS = re.compile("|".join(_whole_parenthesis(o, c) for o, c in ROUND.items()))
# A paragraph all in brackets: a note of the record's ("[Open session]"), no line of its head.
BRACKETED_ONLY = re.compile(r"\s*[(\[][^()\[\]\n]*[)\]]")
BLOCK_LINE = 80  # characters of a line under the title in its block (a date, a sitting's number)
