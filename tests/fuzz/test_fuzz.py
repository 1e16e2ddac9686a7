"""The converter over seeded hostile transcripts (:mod:`fuzz.hostile`), judged by :mod:`fuzz.verdict`.

The same examples run on every machine (seeds 0 to ``EXAMPLES - 1``, at the small scale), so a
failure here is a reproducible seed: ``transcript(seed)`` gives its bytes. Longer runs, with
inputs up to a megabyte and hangs timed, are ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import pytest

from fuzz.hostile import FORBIDDEN, transcript
from fuzz.verdict import GOOD, judge
from stenogram.transcript.reader import decode

EXAMPLES = 200


@pytest.mark.parametrize("seed", range(EXAMPLES))
def test_a_hostile_transcript_is_converted_faithfully_or_refused_honestly(seed: int) -> None:
    data = transcript(seed)
    verdict = judge(data)
    assert verdict.outcome in GOOD, f"seed {seed}: {verdict.outcome}: {verdict.detail}"
    forbidden = any(char in decode(data, "fuzz.txt")[0] for char in FORBIDDEN)
    assert (verdict.outcome == "refused") == forbidden, f"seed {seed}: {verdict.detail}"
