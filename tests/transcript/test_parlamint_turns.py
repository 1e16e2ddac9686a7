"""The 28 parliaments' sample sittings, rendered to the plain text their printed record shows
(``benchmarks/bench_accuracy.py``), keep every turn: each label ParlaMint prints is found, and
nothing else is, in every layout and cut into excerpts of one speech. The benchmark measures; this
holds the line, so that a rule made for one record cannot quietly cost another parliament a turn."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_accuracy import LAYOUTS, Timer, run_parliaments


@pytest.mark.parametrize("size", [0, 1])  # whole sittings; excerpts of one speech
def test_every_parliament_keeps_every_turn(corpus: Path, size: int) -> None:
    rows = run_parliaments(corpus.parent, LAYOUTS if size == 0 else ("blank",), Timer(), None, size)
    assert len(rows) == 28
    missed = {country: round(row.turn_f1, 3) for country, row in rows.items() if row.turn_f1 < 1.0}
    assert missed == {}
    assert all(row.failed == 0 for row in rows.values())
