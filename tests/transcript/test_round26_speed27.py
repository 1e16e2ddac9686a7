"""The twenty-sixth round's second speed pass: the same answers, asked for with less work."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from stenogram.transcript.config import default_config
from stenogram.transcript.labels.matcher import LabelMatcher

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


def test_a_configuration_s_matchers_share_its_patterns() -> None:
    """A record's matcher takes the patterns its configuration's last matcher read; another
    configuration (a label forced) reads its own, and each finds its own labels."""
    config = default_config()
    first, second = LabelMatcher(config), LabelMatcher(config)
    assert first._start is second._start and first._configured is None
    forced = LabelMatcher(replace(config, always=("Die Vorsitzende",)))
    assert forced._configured is not None and forced._configured.match("Die Vorsitzende: Bitte.")
    found = forced.candidate("Die Vorsitzende: Bitte.")
    assert found is not None and found.name == "Die Vorsitzende"
    assert LabelMatcher(config)._configured is None
