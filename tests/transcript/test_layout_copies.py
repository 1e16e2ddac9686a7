"""The same records in the layouts copies really have: hard-wrapped short turns, labels cut by a
wrap (samples in tests/data/layout/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from label_samples import speakers
from stenogram.tei.convert import convert_text

LAYOUT = Path(__file__).resolve().parents[1] / "data" / "layout"


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # most lines end a sentence (read one a line), but two run to the margin without one: the
        # wrap cut them, and "Dr. Muster. – Bitte" below a cut line is the chair's call, no label
        (
            "de-at-wrapped-short.txt",
            [
                "Präsident Mag. Karl Beispiel:",
                "Abgeordneter Mag. Franz Huber (SPÖ):",
                "Präsident Mag. Karl Beispiel:",
                "Bundesminister für Finanzen Dr. Max Muster:",
            ],
        ),
        # a label longer than a line, cut before a capital ("in the" / "Senate) (14:05):")
        (
            "en-au-wrapped-long-label.txt",
            [
                "Senator GREEN (Tasmania—Leader of the Opposition in the Senate) (14:05):",
                "The PRESIDENT:",
                "Senator BROWN (Queensland—Minister for Finance and the Public Service) (14:06):",
                "The PRESIDENT:",
                "Senator BROWN:",
            ],
        ),
    ],
)
def test_a_line_cut_at_the_margin_wraps_on_before_a_capital(sample: str, expected: list[str]) -> None:
    data = (LAYOUT / sample).read_bytes()
    assert speakers(convert_text(data, sample).tei) == expected
