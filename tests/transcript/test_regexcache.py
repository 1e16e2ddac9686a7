"""Patterns compiled once a machine: what the cache gives is what ``re.compile`` gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stenogram.transcript import regexcache

SAMPLES = ["MR. SMITH: Yes.", "Frau Präsidentin!", "the third day of May", "(Laughter)", "Q. 283", ""]
PATTERNS = [
    (r"(?P<title>MR|MRS)\.\s+(?P<name>[A-Z]+)(?P<punct>:)", 0),
    (r"(?<![^\W\d_])(?:präsident(?:in)?|speaker)(?![^\W\d_])", re.IGNORECASE),
    (r"\((?P<what>[^()]{1,40})\)|Q\.\s*(\d+)", 0),
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A process's state with nothing read yet, the cache in *tmp_path*."""
    monkeypatch.setenv("STENOGRAM_CACHE_DIR", str(tmp_path))
    forget(monkeypatch)
    return tmp_path


def forget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexcache, "_patterns", {})
    monkeypatch.setattr(regexcache, "_stored", None)
    monkeypatch.setattr(regexcache, "_used", {})
    monkeypatch.setattr(regexcache, "_new", [])


def same(built: re.Pattern[str], pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert (built.pattern, built.flags, built.groups, built.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        expected.groupindex,
    )
    for text in SAMPLES:
        found, wanted = built.search(text), expected.search(text)
        assert (found and (found.span(), found.groups())) == (wanted and (wanted.span(), wanted.groups()))


def test_a_pattern_kept_is_read_back_as_re_compiles_it(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for pattern, flags in PATTERNS:
        same(regexcache.regex(pattern, flags), pattern, flags)
    assert len(regexcache._new) == len(PATTERNS)
    regexcache._save()
    assert regexcache.cache_file().is_relative_to(fresh)
    forget(monkeypatch)
    for pattern, flags in PATTERNS:
        same(regexcache.regex(pattern, flags), pattern, flags)
    assert regexcache._new == []  # every one from the file
    assert len(regexcache._used) == len(PATTERNS)


def test_a_damaged_cache_is_no_cache(fresh: Path) -> None:
    regexcache.cache_file().parent.mkdir(parents=True)
    regexcache.cache_file().write_bytes(b"\x00not marshal")
    pattern, flags = PATTERNS[0]
    same(regexcache.regex(pattern, flags), pattern, flags)


def test_a_bad_pattern_is_re_compiles_error(fresh: Path) -> None:
    with pytest.raises(re.error):
        regexcache.regex("(?P<name>unclosed")


def test_a_pattern_text_is_built_once_a_machine(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexcache, "_texts", None)
    monkeypatch.setattr(regexcache, "_texts_used", {})
    monkeypatch.setattr(regexcache, "_texts_new", [])
    built: list[str] = []

    def build() -> str:
        built.append("A-Z")
        return "A-Z"

    assert regexcache.pattern_text("capitals", build) == "A-Z"
    regexcache._save_texts()
    assert regexcache.texts_file().is_relative_to(fresh)
    monkeypatch.setattr(regexcache, "_texts", None)
    monkeypatch.setattr(regexcache, "_texts_used", {})
    assert regexcache.pattern_text("capitals", build) == "A-Z"
    assert built == ["A-Z"]  # the second process read it from the file


def test_a_letter_class_kept_is_the_class_built() -> None:
    from stenogram.transcript.candidate import UPPER, _letter_class

    assert _letter_class(str.isupper) == UPPER
