"""What a vocabulary's match can open with: a necessary test cheaper than the pattern.

A vocabulary (the offices, the chair's offices, the forms of address) is an alternation of
hundreds of branches matched without regard to case, and the engine tries them one by one: a
text that opens none of them costs 20-80 µs to refuse. The openings are the few characters every
match begins with, read from the pattern's parse (each letter as the engine folds it), and the
branches that begin with any letter ("Landesminister" of ``[^\\W\\d_]+?minister``) kept as a
pattern of their own. A text whose first characters are no opening and that none of those
branches matches cannot match the vocabulary: its answer is known without it.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from pathlib import Path
from typing import Any

from stenogram.transcript.regexcache import pattern_text, regex

_sre: Any = importlib.import_module("_sre")
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_c: Any = importlib.import_module("re._constants")

SPAN = 4  # the characters of an opening: enough to tell most words apart, few to read
_MOST = 50_000  # openings beyond which a pattern is left without a test
_MOST_TIMES = 64  # a repeat's least count beyond which its openings are not spelt
_COMPLETE, _OPEN, _COVERED = 0, 1, 2  # a head the pattern may end at, one it goes on past, none
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_AT = {
    _c.AT_BEGINNING: "^",
    _c.AT_BEGINNING_STRING: r"\A",
    _c.AT_END: "$",
    _c.AT_END_STRING: r"\Z",
    _c.AT_BOUNDARY: r"\b",
    _c.AT_NON_BOUNDARY: r"\B",
}
_REPEATS = {_c.MAX_REPEAT: "", _c.MIN_REPEAT: "?", _c.POSSESSIVE_REPEAT: "+"}
_FOLDED = re.IGNORECASE | re.UNICODE

Head = tuple[str, int]
# this process's openings by pattern: a configuration loaded again reads them once
_known: dict[tuple[str, int], Openings | None] = {}
# the openings read by the text they are kept as: two patterns may share theirs (a vocabulary's
# and the same offered whole), read once
_read_from: dict[tuple[str, int], Openings | None] = {}
# the openings kept in the cache are this reading's: another reading of patterns, another key
_READING = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=8).hexdigest()


class _Unread(Exception):
    """A construct whose openings are not read (a back reference, a flag set inside)."""


class Openings:
    """The openings of a pattern matched without regard to case (see the module's docstring)."""

    __slots__ = ("_heads", "_lengths", "_lettered")

    def __init__(self, heads: frozenset[str], lettered: re.Pattern[str] | None) -> None:
        self._heads = heads
        self._lengths = sorted({len(head) for head in heads})
        self._lettered = lettered

    def may_match(self, text: str) -> bool:
        """Whether *pattern*.match(*text*) may find a match: False only where it cannot."""
        opening = text[:SPAN]
        # the engine folds a letter as str.lower does in ASCII, one code point for one elsewhere
        if opening.isascii():
            folded = opening.lower()
        else:
            folded = "".join([chr(_sre.unicode_tolower(ord(char))) for char in opening])
        heads = self._heads
        for length in self._lengths:
            if folded[:length] in heads:
                return True
        return self._lettered is not None and self._lettered.match(text) is not None


def openings(pattern: re.Pattern[str]) -> Openings | None:
    """The openings of *pattern* (one matched without regard to case), built once a machine;
    none where they cannot be read or would refuse nothing."""
    key = (pattern.pattern, pattern.flags)
    if key not in _known:
        _known[key] = _read(pattern)
    return _known[key]


def _read(pattern: re.Pattern[str]) -> Openings | None:
    if pattern.flags & _FOLDED != _FOLDED or pattern.flags & re.LOCALE:
        return None
    kept = pattern_text(f"openings\0{_READING}\0{pattern.flags}\0{pattern.pattern}", lambda: _built(pattern))
    if (kept, pattern.flags) in _read_from:  # the offices' and the chairs' patterns open alike
        return _read_from[kept, pattern.flags]
    heads, lettered = json.loads(kept)
    found = None
    if heads is not None:
        found = Openings(frozenset(heads), regex(lettered, pattern.flags) if lettered else None)
    _read_from[kept, pattern.flags] = found
    return found


def _built(pattern: re.Pattern[str]) -> str:
    """The openings of *pattern* as the text they are kept as: ``[heads, lettered]``."""
    lettered: list[str] = []
    try:
        heads = _sequence(_parser.parse(pattern.pattern, pattern.flags).data, lettered, True)
    except (_Unread, RecursionError, AttributeError):
        # AttributeError: an engine whose private tables moved (another Python): no test, the
        # pattern asked of every text as before
        return json.dumps([None, None])
    shown = {head for head, state in heads if state != _COVERED}
    if "" in shown:
        return json.dumps([None, None])
    return json.dumps([sorted(shown), "|".join(f"(?:{text})" for text in lettered)])


def _sequence(items: list[tuple[Any, Any]], lettered: list[str], first: bool) -> set[Head]:
    """The heads of a sequence of items: each item's after the heads before it, to SPAN. An
    item that opens with any letter where a match may open (*first*, all before it empty) puts
    the rest of the sequence in *lettered*."""
    heads: set[Head] = {("", _COMPLETE)}
    for at, (op, av) in enumerate(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # no character taken: its condition is left out (the test asks less)
        pending = {head for head in heads if head[1] == _COMPLETE and len(head[0]) < SPAN}
        if not pending:
            break
        heads -= pending
        opening = first and ("", _COMPLETE) in pending
        ahead = _item(op, av, lettered, opening)
        if ahead is None:  # any letter: the rest of the sequence is a pattern of its own
            if opening:
                lettered.append(_written(items[at:]))
            heads |= {(head, _OPEN) if head else ("", _COVERED) for head, _ in pending}
            continue
        heads |= _joined(pending, ahead)
        if len(heads) > _MOST:
            raise _Unread("too many openings")
    return heads


def _joined(before: set[Head], ahead: set[Head]) -> set[Head]:
    """Each head of *before* (each one the pattern may end at) followed by each of *ahead*."""
    heads: set[Head] = set()
    for head, _ in before:
        for more, state in ahead:
            if state == _COVERED:
                heads.add((head, _OPEN) if head else ("", _COVERED))
            else:
                joined = head + more
                heads.add((joined[:SPAN], _OPEN) if len(joined) >= SPAN else (joined, state))
    return heads


def _item(op: Any, av: Any, lettered: list[str], first: bool) -> set[Head] | None:
    """The heads of one item; None where it opens with any of a class too large to spell."""
    if op is _c.LITERAL:
        return {(char, _COMPLETE) for char in _folds(av)}
    if op is _c.IN:
        chars = _spelt(av)
        return None if chars is None else {(char, _COMPLETE) for char in chars}
    if op in (_c.NOT_LITERAL, _c.ANY):
        return None
    if op is _c.BRANCH:
        return set().union(*(_sequence(branch, lettered, first) for branch in av[1]))
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:
            raise _Unread("flags set inside")
        return _sequence(av[3], lettered, first)
    if op is _c.ATOMIC_GROUP:
        return _sequence(av, lettered, first)
    if op in _REPEATS:
        low, high, body = av
        if _wild(body):  # "[^\W\d_]+?minister": the repeat and what follows it, whole
            return None
        return _repeated(_sequence(body, lettered, first), low, high)
    raise _Unread(str(op))


def _wild(items: list[tuple[Any, Any]]) -> bool:
    """Whether *items* open with a character of a class too large to spell."""
    if not len(items):
        return False
    op, av = items[0]
    return op in (_c.NOT_LITERAL, _c.ANY) or (op is _c.IN and _spelt(av) is None)


def _repeated(body: set[Head], low: int, high: int) -> set[Head]:
    """The heads of *body* repeated *low* to *high* times, to SPAN."""
    heads: set[Head] = {("", _COMPLETE)}
    found: set[Head] = set(heads) if low == 0 else set()
    last = min(high, max(low, SPAN + 1))
    if last > _MOST_TIMES:
        raise _Unread("too many times")
    for times in range(1, last + 1):
        pending = {head for head in heads if head[1] == _COMPLETE and len(head[0]) < SPAN}
        heads = (heads - pending) | _joined(pending, body)
        if times >= low:
            found |= heads
        if len(found) > _MOST:
            raise _Unread("too many openings")
    if high > SPAN + 1:  # more times than were spelt: what went on may go on
        found = {(head, _OPEN if state == _COMPLETE and head else state) for head, state in found}
    return found


def _folds(code: int) -> set[str]:
    """The characters a literal matches, as the engine folds a text's characters."""
    low = _sre.unicode_tolower(code)
    return {chr(low), *map(chr, _compiler._EXTRA_CASES.get(low, ()))}


def _spelt(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The folded characters of a class of literals and short ranges; None for any other."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars |= _folds(av)
        elif op is _c.RANGE and av[1] - av[0] < 16:
            for code in range(av[0], av[1] + 1):
                chars |= _folds(code)
        else:
            return None
    return chars


def _written(items: list[tuple[Any, Any]]) -> str:
    """The pattern text of parsed *items* (their groups no longer capturing)."""
    return "".join(_written_item(op, av) for op, av in items)


def _written_item(op: Any, av: Any) -> str:
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    if op is _c.ANY:
        return "."
    if op is _c.IN:
        return "[" + "".join(_written_member(member, value) for member, value in av) + "]"
    if op is _c.BRANCH:
        return "(?:" + "|".join(map(_written, av[1])) + ")"
    if op is _c.SUBPATTERN:
        return f"(?:{_written(av[3])})"
    if op is _c.ATOMIC_GROUP:
        return f"(?>{_written(av)})"
    if op in _REPEATS:
        low, high, body = av
        bound = "" if high is _c.MAXREPEAT else str(high)
        return f"(?:{_written(body)}){{{low},{bound}}}{_REPEATS[op]}"
    if op is _c.AT and av in _AT:
        return _AT[av]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, body = av
        sign = "=" if op is _c.ASSERT else "!"
        return f"(?{'<' if direction < 0 else ''}{sign}{_written(body)})"
    raise _Unread(str(op))


def _written_member(op: Any, av: Any) -> str:
    if op is _c.NEGATE:
        return "^"
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is _c.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Unread(str(op))
