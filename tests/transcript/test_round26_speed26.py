"""The twenty-sixth round's speed work: the same answers, asked for with less work."""

from __future__ import annotations

import marshal
import re
from dataclasses import replace
from pathlib import Path

import pytest

from stenogram.transcript import regexcache
from stenogram.transcript.config import default_config
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.scoring import _Evidence, voices

_SAMPLES = sorted((Path(__file__).parents[1] / "data" / "labels").glob("*.txt"))


def _places_word_by_word(text: str, prepositions: tuple[str, ...]) -> frozenset[str]:
    """The places after a preposition as the search without a look-ahead read them."""
    words = "|".join(map(re.escape, prepositions)) or "(?!)"
    after = re.finditer(rf"(?<![^\W\d_])(?i:{words})[ \t]+([^\W\d_][\w'’-]*)", text)
    return frozenset(found.group(1) for found in after if found.group(1)[0].isupper())


def _places(text: str, prepositions: tuple[str, ...]) -> frozenset[str]:
    config = replace(default_config(), place_prepositions=prepositions)
    evidence = _Evidence(HeldText(text), voices(HeldText(text)), config, "en")
    evidence.a_place("")
    assert evidence._places is not None
    return evidence._places


def test_places_of_every_sample_are_those_read_word_by_word() -> None:
    prepositions = default_config().place_prepositions
    for sample in _SAMPLES:
        text = sample.read_text(encoding="utf-8")
        assert _places(text, prepositions) == _places_word_by_word(text, prepositions), sample.name


@pytest.mark.parametrize(
    "prepositions",
    [
        ("in", "aus"),
        ("À", "Из", "from"),  # capitals in the list: the look-ahead is blind to case too
        ("-an", "[x]"),  # a class's own characters opening a word
        (),  # none: no place
        ("", "in"),  # an empty word matches at every word's start: no look-ahead
    ],
)
def test_places_hold_whatever_the_prepositions(prepositions: tuple[str, ...]) -> None:
    text = "Mr X aus Berlin, à Paris, из Москвы, IN Leeds, from York, -an Ulm, [x] Kiel; Stadt in Bayern."
    assert _places(text, prepositions) == _places_word_by_word(text, prepositions)


_CACHED = [r"MR\. (?P<name>[A-Z]+):", r"\((?P<what>[^()]{1,40})\)", r"Q\.\s*(\d+)", r"Frau Präsidentin!"]


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexcache, "_patterns", {})
    monkeypatch.setattr(regexcache, "_stored", None)
    monkeypatch.setattr(regexcache, "_used", {})
    monkeypatch.setattr(regexcache, "_new", [])


def _kept() -> list[tuple[bytes, int]]:
    return list(marshal.loads(regexcache.cache_file().read_bytes()))


def test_the_cache_keeps_a_process_patterns_and_the_newest_others_that_fit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STENOGRAM_CACHE_DIR", str(tmp_path))
    _new_process(monkeypatch)
    for pattern in _CACHED[:3]:
        regexcache.regex(pattern)
    regexcache._save()
    first, second, third = _kept()
    assert second not in (first, third)
    # a later process reads the first pattern, compiles the fourth: the file's others are the
    # second and the third, and room is left for the code of the newest of them alone
    room = len(marshal.loads(regexcache.cache_file().read_bytes())[third][1])
    _new_process(monkeypatch)
    monkeypatch.setattr(regexcache, "_MOST_BYTES", room)
    regexcache.regex(_CACHED[0])
    assert regexcache.regex(_CACHED[3]).match("Frau Präsidentin!")
    regexcache._save()
    kept = _kept()
    assert kept[:2] == [third, first] and len(kept) == 3  # the second dropped, the process's own last
    _new_process(monkeypatch)
    for pattern in (_CACHED[0], _CACHED[2], _CACHED[3]):
        regexcache.regex(pattern)
    assert regexcache._new == []  # every one read from the file


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    from stenogram.transcript import frontmatter, lines, reader

    return [
        (f"{module.__name__}.{name}", value)
        for module in (reader, frontmatter, lines)
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern) and name.startswith("_")
    ]


@pytest.mark.parametrize(("name", "pattern"), _module_patterns())
def test_module_patterns_from_the_cache_read_every_sample_as_compiled(
    name: str, pattern: re.Pattern[str]
) -> None:
    """The patterns a module compiles at its import through the cache find what ``re.compile``'s
    find on every sample's opening lines."""
    compiled = re.compile(pattern.pattern, pattern.flags)
    assert (pattern.groups, pattern.groupindex) == (compiled.groups, compiled.groupindex), name
    for sample in _SAMPLES[::7]:
        for line in sample.read_text(encoding="utf-8").splitlines()[:12]:
            found = [(m.span(), m.groups()) for m in pattern.finditer(line)]
            assert found == [(m.span(), m.groups()) for m in compiled.finditer(line)], (name, sample.name)


def test_a_damaged_entry_of_the_cache_is_dropped_when_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STENOGRAM_CACHE_DIR", str(tmp_path))
    _new_process(monkeypatch)
    regexcache.cache_file().parent.mkdir(parents=True)
    regexcache.cache_file().write_bytes(marshal.dumps({(b"x" * 16, 0): "no entry", (b"y" * 16, 0): (1, 2)}))
    assert regexcache.regex(_CACHED[0]).match("MR. SMITH:")
    regexcache._save()
    assert len(_kept()) == 1  # the process's own alone
