"""The twenty-seventh round's speed work: the same answers, asked for with less work."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import stenogram.transcript
from stenogram.tei.convert import convert_text

_SAMPLES = Path(__file__).parents[1] / "data" / "labels"


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every pattern the converter's modules hold at their import."""
    found = []
    for info in pkgutil.walk_packages(stenogram.transcript.__path__, "stenogram.transcript."):
        module = importlib.import_module(info.name)
        found += [
            (f"{info.name}.{name}", value)
            for name, value in vars(module).items()
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str)
        ]
    return found


def test_module_patterns_read_from_the_cache_are_those_compiled() -> None:
    """Each module's patterns, read from the patterns' cache at its import, are what
    ``re.compile`` builds: the same text, flags and engine's code (a pattern's equality)."""
    patterns = _module_patterns()
    assert len(patterns) > 300
    for name, pattern in patterns:
        assert pattern == re.compile(pattern.pattern, pattern.flags), name


def test_a_record_s_labels_compile_no_long_pattern_anew() -> None:
    """Reading the labels of an English and a French excerpt ("Mr. JONES:", "M. le président.")
    compiles no long pattern through ``re``'s own cache, which compiles it again in every
    process (the offices after a form of address, 3,000 characters, some 8 ms): the patterns'
    cache gives it."""
    re.purge()
    for name in ("en-excerpt.txt", "fr-excerpt.txt"):
        text = (_SAMPLES / name).read_text(encoding="utf-8")
        assert b"<sp " in convert_text(text, name).tei
    re.search("(?:seen)", "")  # one pattern known to be in the cache: the cache is read right
    compiled = [part for key in re._cache for part in key if isinstance(part, str)]
    assert "(?:seen)" in compiled
    assert not [pattern for pattern in compiled if len(pattern) > 1000]
