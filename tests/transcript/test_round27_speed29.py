"""The twenty-seventh round's speed work: the same answers, asked for with less work."""

from __future__ import annotations

import importlib
import pkgutil
import re

import stenogram.transcript


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
