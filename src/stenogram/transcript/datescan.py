"""A date pattern's matches in a whole record, asked only where a match may begin.

A pattern whose month is any word (``[^\\W\\d_]+``) is tried by the engine at every word of the
text: on an English record's whole text, to learn the order of its dates, that cost 0.3 s a
megabyte. A date has figures, and the figures are few: the places a match may begin are read
from them, and the pattern is asked only there. Every place a match can begin is among those
asked, in order, so the matches are those ``finditer`` finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from stenogram.transcript.regexcache import regex

_SPACED_FIGURE = regex(r"\s\d")  # a figure after white space: a day after its month
_FIGURES = regex(r"\d+")


def found(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` yields, the pattern asked only at *starts*
    (ascending; every place a match begins among them). No match of *pattern* may be empty."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            end = match.end()
            yield match


def before_days(text: str) -> Iterator[int]:
    """Where a month's word may begin before a day in figures ("December 4, 1936", "Dec. 4"):
    each place of the word, its stop and white space before a figure, a hyphen and a mark
    counted as its letters (the word read back further than a month's is only asked more)."""
    for figure in _SPACED_FIGURE.finditer(text):
        end = figure.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end > 0 and text[end - 1] == ".":
            end -= 1
        start = end
        while start > 0 and _wordlike(text[start - 1]):
            start -= 1
        yield from range(start, end)


def figures(text: str) -> Iterator[int]:
    """Where a run of figures begins: a day's, before its month ("4 December 1936")."""
    return (run.start() for run in _FIGURES.finditer(text))


def before_slashes(text: str) -> Iterator[int]:
    """The two places before each slash, where a day or a month in figures may begin ("12/4/2026")."""
    slash = text.find("/")
    last = -1
    while slash >= 0:
        for start in (slash - 2, slash - 1):
            if start > last:
                last = start
                yield start
        slash = text.find("/", slash + 1)


def _wordlike(char: str) -> bool:
    """A letter, a mark, a hyphen, or any character outside ASCII that is no space: all a
    month's word may hold, and more."""
    return char.isalpha() or char == "-" or not (char.isascii() or char.isspace())
