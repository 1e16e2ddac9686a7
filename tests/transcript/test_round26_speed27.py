"""The twenty-sixth round's second speed pass: the same answers, asked for with less work."""

from __future__ import annotations

import re
from pathlib import Path

from stenogram.transcript.config import default_config

_SAMPLES = sorted((Path(__file__).parents[1] / "data" / "labels").glob("*.txt"))


def _given_back(pattern: str) -> re.Pattern[str]:
    """*pattern* with its possessive repeats of a class read greedily, giving characters back."""
    return re.compile(pattern.replace("]*+", "]*"), re.IGNORECASE)


def test_announcements_read_possessively_find_what_they_found() -> None:
    """The chair's phrases that give the floor, a name's words before "palun" read without
    giving a letter back, find the same announcements in every sample, and in texts made for
    the branch: a name of up to four words, hyphenated, with or without the comma."""
    announcements = default_config().announcements
    assert "]*+" in announcements.pattern
    greedy = _given_back(announcements.pattern)
    made = (
        "Kadri Tamm, palun! Mari-Liis Kask palun. Jaan Juhan Peeter Kask, palun. "
        "Üks kaks kolm neli viis palun. palun palun, Tamm palunu; 3Tamm palun Ann-,palun."
    )
    for text in [made, *(sample.read_text(encoding="utf-8") for sample in _SAMPLES)]:
        found = [match.span() for match in announcements.finditer(text)]
        assert found == [match.span() for match in greedy.finditer(text)]
