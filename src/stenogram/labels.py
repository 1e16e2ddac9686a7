"""Speaker labels: finding candidates at the start of a paragraph and deciding which are real.

A capitalised word followed by a full stop opens many ordinary sentences ("Yes. I think …"), so
a candidate becomes a label only on evidence from the whole document: CAPITALS are a strong
style, believed once the document uses them often; Mixed-case names must recur, must not be
words the text also uses in lower case, and must not be common sentence openers. Every decision
is reported.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .config import Config

_UP = r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]*[A-ZА-ЯЁ]"
_CAP = r"[A-ZА-ЯЁ][a-zа-яё'’\-]+"
_INITIALS = r"(?:[A-ZА-ЯЁ]\.\s?){1,3}"
_NAME = rf"(?:{_INITIALS}\s*)?(?:{_UP}|{_CAP})(?:[ \-](?:{_UP}|{_CAP}|[A-ZА-ЯЁ](?=[ .:])))" + "{0,4}"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True)
class Candidate:
    """A possible label at the start of a text."""

    name: str  # the name as printed, without role and punctuation
    role: str | None
    punct: str
    end: int  # where the speech begins
    printed: str  # the label as printed, up to and including its punctuation
    title: str = ""  # a form of address before the name ("Mr.")

    @property
    def key(self) -> str:
        return label_key(self.name)

    @property
    def upper(self) -> bool:
        letters = [c for c in self.name[len(self.title):] if c.isalpha()]
        return all(c.isupper() for c in letters)


def label_key(name: str) -> str:
    """The form under which label variants ("KAGANOVICH", "Kaganovich") are one speaker."""
    return " ".join(_WORD.findall(name.casefold()))


class LabelMatcher:
    """Finds label candidates with the configured forms of address."""

    def __init__(self, config: Config) -> None:
        self.config = config
        titles = config.titles.pattern
        self._start = re.compile(
            rf"(?P<name>(?:(?P<title>(?i:{titles}))\s*)?{_NAME})"
            r"(?:\s*\((?P<role>[^()\n]{1,60})\))?"
            r"(?P<punct>\s?[.:])"
            r"(?P<after>\s+|$|(?=\.\.|…)|(?=[A-ZА-ЯЁ«“\"]))",
        )
        self._heading = config.headings

    def candidate(self, text: str) -> Candidate | None:
        """The label candidate at the start of *text*, if its shape is that of a label."""
        found = self._start.match(text)
        if not found:
            return None
        name = found.group("name").strip()
        if not any(c.isalpha() for c in name):
            return None
        end = found.end()
        printed = text[: found.end("punct")]
        title = found.group("title") or ""
        return Candidate(name, found.group("role"), found.group("punct").strip(), end, printed, title)

    def is_heading(self, text: str) -> bool:
        """A short line on its own that heads a part of the text (``ACT II``, ``DRAMATIS PERSONAE``)."""
        if "\n" in text or len(text) > 80:
            return False
        if self._heading.match(text):
            return True
        letters = [c for c in text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters) and text[-1] not in ".:!?,;"


def _used_in_lower_case(key: str, text: str) -> bool:
    """Whether a word of *key* occurs in *text* in lower case, i.e. as an ordinary word."""
    return any(re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text) for word in key.split())


@dataclass
class LabelDecision:
    """Which candidate keys are accepted as labels, and why (for the report)."""

    accepted: set[str]
    notes: list[str]


def decide(candidates: list[Candidate], text: str, config: Config, configured: set[str]) -> LabelDecision:
    """Decide on every candidate key from the evidence of the whole document."""
    counts = Counter(c.key for c in candidates)
    # How strongly the document shows the habit of labelling turns: labels in CAPITALS and names
    # that open several paragraphs. A CAPITALS label seen once is believed only past this.
    evidence = sum(1 for c in candidates if c.upper) + sum(n for n in counts.values() if n >= 2)
    accepted: set[str] = set()
    notes: list[str] = []
    by_key: dict[str, Candidate] = {}
    for cand in candidates:
        by_key.setdefault(cand.key, cand)
    upper_keys = {c.key for c in candidates if c.upper}
    for key, cand in sorted(by_key.items()):
        n = counts[key]
        if key in configured:
            accepted.add(key)
            continue
        if config.groups.match(cand.name):
            accepted.add(key)
            continue
        if key in config.stopwords:
            notes.append(f"not a label: {cand.name!r} opens ordinary sentences ({n}×)")
            continue
        if cand.upper:
            if n >= 2 or evidence >= config.style_evidence:
                accepted.add(key)
            else:
                notes.append(f"not a label: {cand.name!r} (once, and the text has too few CAPITAL labels)")
            continue
        if key in upper_keys:
            accepted.add(key)
        elif _used_in_lower_case(key, text):
            notes.append(f"not a label: {cand.name!r} (the text uses it as an ordinary word)")
        elif n >= 2:
            accepted.add(key)
            notes.append(f"label: {cand.name!r} (Mixed case, {n} turns)")
        else:
            notes.append(f"not a label: {cand.name!r} (Mixed case, only once)")
    return LabelDecision(accepted, notes)
