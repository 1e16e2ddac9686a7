"""The twenty-fifth round's speed work: the same answers, asked for with less work."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from stenogram.transcript.language import _WORDS, _prose
from stenogram.transcript.lines import _MARK_SEEN
from stenogram.transcript.parser import _HEADING_LETTERS
from stenogram.transcript.reader import _in_capitals

_SAMPLES = sorted((Path(__file__).parents[1] / "data" / "labels").glob("*.txt"))
_TEXTS = [
    "MR. SPEAKER",
    "Mr. Speaker",
    "THE CHAIR (Ms. Roe)",
    "1234 — 56",
    "",
    "ǅURO ǈUBIĆ",  # letters in title case: capitals all the same
    "ǅuro",
    "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ",
    "Председательствующий",
    "議長（山田太郎君）",
    "ⓐ PAGE",  # a letter in lower case that is no letter to ``isalpha``
    "Ⓐ page",
    "STRAẞE",
    "ÉTÉ – ÉCOLE",
    "MÜLLER (SPD):",
]


def _letter_by_letter(text: str) -> bool:
    return any(c.isupper() for c in text) and not any(c.islower() for c in text)


@pytest.mark.parametrize("text", _TEXTS)
def test_capitals_are_read_as_letter_by_letter(text: str) -> None:
    """The one call's answer is the letters' own, a letter in title case or outside ASCII too."""
    assert _in_capitals(text) == _letter_by_letter(text)


def test_capitals_of_every_sample_line_are_read_as_letter_by_letter() -> None:
    for sample in _SAMPLES:
        for line in sample.read_text(encoding="utf-8").splitlines():
            assert _in_capitals(line.strip()) == _letter_by_letter(line.strip()), (sample.name, line)


@pytest.mark.parametrize(
    "lines",
    [
        ["Words and more", "words — Anna X: Yes"],
        ["Words -", "- and", "more"],
        ["Words >", "> more"],
        ["Words", ">> Mr. X: yes"],
        ["words", "○議長"],
        ["a -\tb", "c"],
        ["a-b", "c–d"],
    ],
)
def test_a_mark_is_found_in_the_lines_joined_as_in_each(lines: list[str]) -> None:
    assert bool(_MARK_SEEN.search("\n".join(lines))) == any(_MARK_SEEN.search(line) for line in lines)


def test_the_language_counts_are_those_of_the_words_read_line_by_line() -> None:
    """The letters counted by taking the words out, and the prose's words read from its joined
    lines, are the counts of every word read one by one."""
    for sample in _SAMPLES:
        text = sample.read_text(encoding="utf-8")
        folded = text.casefold()
        by_word = sum(len(word) * n for word, n in Counter(_WORDS.findall(folded)).items())
        assert len(folded) - len(_WORDS.sub("", folded)) == by_word
        prose, _ = _prose(text.splitlines())
        each = Counter(word for line in prose for word in _WORDS.findall(line))
        assert Counter(_WORDS.findall("\n".join(prose))) == each, sample.name


def test_an_ascii_line_not_in_capitals_is_no_heading_by_its_letters() -> None:
    """The heading run onto a turn refuses in one call an ASCII line ``str.isupper`` refuses: its
    letters, read one by one, are too few or not all capitals either."""
    for sample in _SAMPLES:
        for line in sample.read_text(encoding="utf-8").splitlines():
            text = line.strip()
            if text.isascii() and not text.isupper():
                letters = [char for char in text if char.isalpha()]
                assert len(letters) < _HEADING_LETTERS or not all(char.isupper() for char in letters)
