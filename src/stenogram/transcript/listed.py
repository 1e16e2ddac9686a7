"""Speeches a web page lists one under another: the speaker's name alone on its line, the party,
group or office on the next ("SPD", "Srpska napredna stranka | Predsedava", "The Chancellor of
the Exchequer"), perhaps a time line after it, then the speech as paragraphs of its own. Copied
as text, no punctuation marks the name as a label: the block's shape does, printed over each
speech, so a page takes it for labels only where it prints two such blocks or more."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from stenogram.transcript.config import Config
from stenogram.transcript.reader import TERMINAL

_NAME_WORDS = (2, 5)  # words of a name alone on its line: a forename and a surname at least
_AFFILIATION_WORDS = 10  # "Ausschuss für Arbeit und Soziales, Vorsitzende", "Conservative, Harrowgate West"
_TIME_WORDS = 6  # "10:32, 4 March 2025", "09.14 Uhr"
_LEAST_BLOCKS = 2  # a page lists speeches: one block alone is as likely a heading
_MOST_LINES = 4  # of a block: the name (twice, where a photo's caption gives it), affiliation, time
_NAME_SPAN = 80  # characters of a line that may be a name of five words
_CLOCK_OR_YEAR = re.compile(r"\d{1,2}[:.]\d{2}|(?<!\d)\d{4}(?!\d)")


@dataclass(frozen=True)
class Listed:
    """A speech's block: the name, its affiliation line, the time line (or "")."""

    name: str
    affiliation: str
    time: str


def _name_word(word: str, config: Config) -> bool:
    """A word of a name in Mixed case ("Milić", "Krüger-Lenz", "Dr.", "J.") or a particle."""
    if word.casefold() in config.particles:
        return True
    letters = word.rstrip(".").replace("-", "").replace("'", "").replace("’", "")
    mixed = letters[:1].isupper() and (len(letters) == 1 or any(c.islower() for c in letters[1:]))
    return mixed and letters.isalpha() and (not word.endswith(".") or len(letters) <= 4)


def _name_line(line: str, config: Config) -> bool:
    words = line.split()
    low, high = _NAME_WORDS
    return (
        low <= len(words) <= high
        and all(_name_word(word, config) for word in words)
        and words[0].casefold() not in config.particles
        and sum(word.casefold() in config.particles for word in words) < 2  # "Business of the House"
        and config.offices.search(line.casefold()) is None
    )


def _affiliation_line(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _AFFILIATION_WORDS
        and line[0].isupper()
        and line[-1] not in TERMINAL + ":：,;"
        and _CLOCK_OR_YEAR.search(line) is None  # "Bündnis 90/Die Grünen", never a date
    )


def _time_line(line: str) -> bool:
    return 0 < len(line.split()) <= _TIME_WORDS and _CLOCK_OR_YEAR.search(line) is not None


def listed(lines: Sequence[str], config: Config) -> Listed | None:
    """The block of a listed speech that *lines* (one paragraph's) are, if they are one: a name
    (printed twice where a photo's caption gives it first), its affiliation, perhaps a time."""
    if not lines or len(lines) > _MOST_LINES or len(lines[0]) > _NAME_SPAN:  # most paragraphs
        return None
    lines = [line.strip() for line in lines if line.strip()]
    if len(lines) > 1 and lines[0] == lines[1]:
        lines = lines[1:]
    if not 2 <= len(lines) <= 3 or not _name_line(lines[0], config) or not _affiliation_line(lines[1]):
        return None
    time = lines[2] if len(lines) == 3 else ""
    if time and not _time_line(time):
        return None
    return Listed(lines[0], lines[1], time)


def listed_blocks(paragraphs: Sequence[Sequence[str]], config: Config) -> dict[int, Listed]:
    """The paragraphs (by index) that are the blocks of listed speeches: each followed by a
    paragraph that is none, and at least :data:`_LEAST_BLOCKS` of them."""
    found = {index: listed(lines, config) for index, lines in enumerate(paragraphs)}
    blocks = {
        index: block
        for index, block in found.items()
        if block is not None and index + 1 < len(paragraphs) and found[index + 1] is None
    }
    return blocks if len(blocks) >= _LEAST_BLOCKS else {}
