"""Regular expressions compiled once a machine, not once a process.

The configuration's vocabularies are a few hundred patterns, some of 20,000 characters, and
Python's ``re`` parses and compiles each in Python: about half a second every time a process
starts, more than converting a short record takes. What ``re`` compiles a pattern to (the
engine's code, a list of integers, and its groups) is kept in the user's cache, in a file
named for the interpreter's version and its engine's, and handed to the engine directly the
next time: the very ``re.Pattern`` that ``re.compile`` builds from the same code. Whatever
does not fit (another interpreter, a damaged file, code the engine refuses) is compiled by
``re.compile``, and a cache that cannot be written is no cache. The texts the patterns are
written from, where building one costs more than reading it (a character class of every
capital of the Basic Multilingual Plane, a walk over 65,536 code points; a vocabulary's trie),
are kept beside them by the same rule.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import marshal
import re
import sys
from array import array
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from stenogram.errors import UsageError
from stenogram.files import cache_dir, write_atomic

# the engine and the compiler behind re.compile, which its public API does not expose
_sre: Any = importlib.import_module("_sre")
_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")

# flags, code (as bytes), groups less one, name → group, group → name: _sre.compile's arguments
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_ENTRY_FIELDS = 5
_Key = tuple[str, int]
_Digest = tuple[bytes, int]  # the file's key: the pattern's digest (not its text) and its flags

# the engine's code a cache file keeps of other processes' patterns, beside this one's: the newest
_MOST_BYTES = 4_000_000
_TYPECODE = next((code for code in "IL" if array(code).itemsize == _sre.CODESIZE), "")
_ENABLED = sys.implementation.name == "cpython" and bool(_TYPECODE)

_patterns: dict[_Key, re.Pattern[str]] = {}  # this process's, as re's own (bounded) cache would
_stored: dict[_Digest, _Entry] | None = None  # the cache file's, read at the first pattern
_used: dict[_Digest, _Entry] = {}  # the entries this process compiled or took from the file
_new: list[_Digest] = []  # the patterns compiled here that the file lacked
_TEXTS_MOST = 64  # pattern texts a file keeps beyond this process's
_texts: dict[str, str] | None = None  # the texts file's, read at the first text asked
_texts_used: dict[str, str] = {}  # the texts this process built or took from the file
_texts_new: list[str] = []  # the texts built here that the file lacked


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its code read from the cache where it was kept."""
    key = (pattern, int(flags))
    found = _patterns.get(key)
    if found is None:
        found = _patterns[key] = _build(key)
    return found


def pattern_text(key: str, build: Callable[[], str]) -> str:
    """The text *build* makes (a character class, a trie), kept under *key* (what names its
    input) where it was built before by this interpreter, whose Unicode tables the file's name
    fixes."""
    found = _texts_used.get(key) or _text_table().get(key)
    if not isinstance(found, str):
        found = build()
        if not _texts_new:
            atexit.register(_save_texts)
        _texts_new.append(key)
    _texts_used[key] = found
    return found


def cache_file() -> Path:
    """The file of this interpreter's and engine's compiled patterns."""
    version = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return cache_dir("patterns") / f"{version}.marshal"


def _build(key: _Key) -> re.Pattern[str]:
    if not _ENABLED:
        return re.compile(*key)
    digest = (hashlib.blake2b(key[0].encode("utf-8", "surrogatepass"), digest_size=16).digest(), key[1])
    entry = _table().get(digest)
    if entry is not None:
        try:
            flags, code, groups, names, indexed = entry
            built: re.Pattern[str] = _sre.compile(
                key[0], flags, array(_TYPECODE, code).tolist(), groups, names, indexed
            )
        except (TypeError, ValueError, RuntimeError, OverflowError):  # a damaged entry
            pass
        else:
            _used[digest] = entry
            return built
    compiled = re.compile(*key)  # the pattern's errors are re.compile's
    try:
        _used[digest] = _entry(*key)
    except Exception:  # an interpreter whose compiler differs: no cache
        return compiled
    if not _new:
        atexit.register(_save)
    _new.append(digest)
    return compiled


def _entry(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands the engine for *pattern*."""
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    names: dict[str, int] = dict(tree.state.groupdict)
    indexed: list[str | None] = [None] * tree.state.groups
    for name, index in names.items():
        indexed[index] = name
    return (
        int(flags | tree.state.flags),
        array(_TYPECODE, map(int, code)).tobytes(),
        tree.state.groups - 1,
        names,
        tuple(indexed),
    )


def _table() -> dict[_Digest, _Entry]:
    global _stored
    if _stored is None:
        _stored = _read(cache_file())
    return _stored


def _read(path: Path) -> dict[Any, Any]:
    """The table a cache file holds; an empty one where it is missing or damaged."""
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _save() -> None:
    """Write this process's patterns to the cache file, last, after the newest of the file's
    others whose code fits in :data:`_MOST_BYTES` (the file holds its entries oldest first).
    A vocabulary's pattern compiles to some 250 kB of code, and each configuration or version
    that changes a word of it leaves another: kept by their count, such entries had made the
    file 49 MB, which every process reads whole before its first pattern (0.1 s of CPU, where
    its own patterns are 2.5 MB)."""
    others: list[tuple[_Digest, _Entry]] = []
    room = _MOST_BYTES
    for digest, entry in reversed(_table().items()):
        whole = isinstance(entry, tuple) and len(entry) == _ENTRY_FIELDS and isinstance(entry[1], bytes)
        size = len(entry[1]) if whole else -1
        if digest in _used or size < 0:
            continue  # this process's, last; or a damaged entry, dropped
        room -= size
        if room < 0:
            break
        others.append((digest, entry))
    table = dict(reversed(others))
    table.update(_used)
    with suppress(UsageError):  # a read-only home: no cache
        write_atomic(cache_file(), marshal.dumps(table))


def texts_file() -> Path:
    """The file of this interpreter's pattern texts, beside its patterns."""
    return cache_file().with_suffix(".texts")


def _text_table() -> dict[str, str]:
    global _texts
    if _texts is None:
        _texts = _read(texts_file())
    return _texts


def _save_texts() -> None:
    """Write this process's texts to the texts file, with the file's others while few."""
    table = {**_text_table(), **_texts_used}
    if len(table) > _TEXTS_MOST + len(_texts_used):
        table = dict(_texts_used)
    with suppress(UsageError):  # a read-only home: no cache
        write_atomic(texts_file(), marshal.dumps(table))
