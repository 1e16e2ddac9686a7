"""The twentieth round's speed of the work after the label decision: each shortcut gives what
the slower way gave (the date patterns' matches, the order of an English record's dates, the
language's letters, a word's accents)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from stenogram.transcript import datescan
from stenogram.transcript.config import load_config
from stenogram.transcript.frontmatter import _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _SLASHED, month_first
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.language import _counted
from stenogram.transcript.persons import _marked

DATA = Path(__file__).resolve().parents[1] / "data"
# each pattern with where its matches may begin
SCANS = (
    (_MONTH_DAY_YEAR, datescan.before_days),
    (_DAY_MONTH_YEAR, datescan.figures),
    (_SLASHED, datescan.before_slashes),
)
# the pieces of an invented text: months, figures of several scripts, spaces of several kinds,
# combining marks, hyphens, stops and slashes, and whole dates
PIECES = (
    "December", "Dec", "mai", "De\u0301c", "-", ".", " ", "\n", "\u00a0", "\u3000", "\t", "4", "12",
    "1936", "2026", "٤", "٢٠٢٠", "/", ",", "th", "de ", "ቀን ", "1°", "x", "_", "é", "e\u0301", "10:30",
    "½", "Ⅷ", "December 4, 2026", "4 December 2026", "12/4/2026", "Dec. 4 ", " 2026",
)  # fmt: skip


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in matches]


@pytest.mark.parametrize(("pattern", "starts"), SCANS, ids=("month-day", "day-month", "slashed"))
def test_scan_finds_what_finditer_finds_in_the_samples(
    pattern: re.Pattern[str], starts: Callable[[str], Iterator[int]]
) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(DATA.rglob("*.txt"))]
    found = 0
    for text in texts:
        expected = _spans(pattern.finditer(text))
        assert _spans(datescan.found(pattern, text, starts(text))) == expected
        found += len(expected)
    assert found  # the samples hold such dates


@pytest.mark.parametrize(("pattern", "starts"), SCANS, ids=("month-day", "day-month", "slashed"))
def test_scan_finds_what_finditer_finds_in_invented_texts(
    pattern: re.Pattern[str], starts: Callable[[str], Iterator[int]]
) -> None:
    chosen = random.Random(20)
    found = 0
    for _ in range(5_000):
        text = "".join(chosen.choice(PIECES) for _ in range(chosen.randint(1, 25)))
        expected = _spans(pattern.finditer(text))
        assert _spans(datescan.found(pattern, text, starts(text))) == expected, text
        found += len(expected)
    assert found > 100  # the pieces make dates


def test_month_first_by_the_dates_in_words() -> None:
    config = load_config()
    assert month_first(
        HeldText("Hearing of December 4, 2026.\n\nMr. Dale: On March 3, 2025 we met.\n"), config
    )
    assert (
        month_first(HeldText("Sitting of 4 December 2026.\n\nMr. Dale: On 3 March 2025 we met.\n"), config)
        is False
    )
    assert month_first(HeldText("Filed 12/14/2026; heard 1/15/2026.\n"), config)
    assert month_first(HeldText("Filed 14/12/2026.\n"), config) is False
    assert month_first(HeldText("No date here at all: 12 members, 4/5 of them.\n"), config) is None


def test_counted_letters_only_those_the_text_holds() -> None:
    counted = _counted("Привіт, їжак і єнот", frozenset("іїєыё"))
    assert dict(counted) == {"і": 2, "ї": 1, "є": 1}


def test_a_word_in_ascii_carries_no_mark() -> None:
    assert not _marked("Papadakis")
    assert _marked("Παπαδάκης")
    assert _marked("Re\u0301my")
