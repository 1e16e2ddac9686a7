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
from dataclasses import dataclass, replace
from functools import lru_cache

from stenogram.transcript.config import Config


def _letter_class(test) -> str:
    """A regex character class of every letter in the Basic Multilingual Plane passing *test*."""
    points = [c for c in range(0x10000) if test(chr(c))]
    ranges, start = [], points[0]
    for prev, cur in zip(points, points[1:] + [None]):
        if cur != prev + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = cur
    return "".join(ranges)


# Upper- and lower-case letters of every script (Latin with diacritics, Cyrillic, Greek …).
_U = _letter_class(str.isupper)
_L = _letter_class(lambda c: c.isalpha() and not c.isupper())
# Surname particles printed in lower case inside a name in CAPITALS: McCLURE, DeCONCINI.
_PARTICLE = r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’]|D['’])"
_UP = rf"{_PARTICLE}?[{_U}][{_U}'’\-]*[{_U}]"
_CAP = rf"[{_U}][{_L}'’\-]+"
_INITIALS = rf"(?:[{_U}]\.\s?){{1,3}}"
# Initials after the surname, as Russian and Ukrainian records print them: ИВАНОВ И. И., ЯВОРІВСЬКИЙ В.О.
_TRAILING_INITIALS = rf"(?:\s+[{_U}]\.(?:\s?[{_U}]\.){{0,2}})"
_NAME = (
    rf"(?:{_INITIALS}\s*)?(?:{_UP}|{_CAP})(?:[ \-](?:{_UP}|{_CAP}|[{_U}](?=\s)))"
    + r"{0,4}"
    + rf"(?:{_TRAILING_INITIALS}|(?: \d{{1,3}}(?=[.:])))?"
)
# French: a form of address with an office in lower case (M. le président, Mme la ministre).
_OFFICE = rf"(?i:m\.|mme|mlle|monsieur|madame)\s+(?:le|la|l['’])\s*[{_L}]+(?:[ \-][{_L}'’]+){{0,3}}"
# A group label may have words in lower case ("Голос с места.", "Voice from the floor:").
_GROUP_START = re.compile(r"(?P<name>[^\W\d_]+(?:[ -][^\W\d_]+){0,5}?)\s?(?P<punct>[.:])(?:\s+|$)")
_KEY_WORD = re.compile(r"[^\W_]+")  # letters and digits: SPEAKER 1 and SPEAKER 2 differ
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
    time: str = ""  # a time stamp printed before the label ("[00:01:23]")

    @property
    def key(self) -> str:
        return label_key(self.name)

    @property
    def strong(self) -> bool:
        """A form of address or a role: ``Mr. Smith:``, ``Petrov (presiding).``, ``M. le président.``"""
        return bool(self.role or re.sub(r"(?i)^the\b", "", self.title).strip())

    @property
    def short(self) -> bool:
        """A one-letter label such as the Q. and A. of examination transcripts."""
        return len(self.name) == 1

    @property
    def upper(self) -> bool:
        letters = [
            c for c in re.sub(_PARTICLE + r"(?=[^\W\d_])", "", self.name[len(self.title) :]) if c.isalpha()
        ]
        return all(c.isupper() for c in letters)


@lru_cache(maxsize=4096)
def label_key(name: str) -> str:
    """The form under which label variants ("KAGANOVICH", "Kaganovich") are one speaker."""
    return " ".join(_KEY_WORD.findall(name.casefold()))


class LabelMatcher:
    """Finds label candidates with the configured forms of address."""

    def __init__(self, config: Config) -> None:
        self.config = config
        titles = config.titles.pattern
        short = "|".join(re.escape(letter) for pair in config.short_labels for letter in pair) or "(?!)"
        self._short = re.compile(rf"(?P<name>{short})(?P<punct>[.:])\s+(?=\S)")
        self._start = re.compile(
            rf"(?P<name>{_OFFICE}|(?P<title>(?:(?i:{titles})\s*)+)?{_NAME})"
            r"(?:\s*\((?P<role>[^()\n]{1,60})\))?"
            r"(?:,\s*(?P<office>[^,:.()\n]{1,50})(?=:))?"
            r"(?P<punct>\s?[.:]|(?<=\.)(?=\s|,\s))"
            rf"(?P<after>\s+|$|(?=\.\.|…)|(?=[{_U}«“\"])|(?<=[{_U}]\.)(?=,\s))",
        )
        self._heading = config.headings
        self._seen: dict[str, Candidate | None] = {}
        self._bare = re.compile(
            rf"(?P<name>(?P<title>(?:(?i:{titles})\s*)+)?{_NAME})"
            r"(?:\s*\((?P<role>[^()\n]{1,60})\))?(?:\s*\([^()\n]{1,60}\))*"
        )
        self._title_only = re.compile(rf"(?i:{titles})\.?")

    def candidate(self, text: str) -> Candidate | None:
        """The label candidate at the start of *text*, if its shape is that of a label."""
        if text in self._seen:
            return self._seen[text]
        stamp = self.config.timestamp.match(text)
        found = self._candidate(text[stamp.end() :] if stamp else text)
        if found and stamp:
            found = replace(
                found,
                end=found.end + stamp.end(),
                printed=text[: stamp.end()] + found.printed,
                time=stamp.group().strip(),
            )
        if len(self._seen) < 100_000:
            self._seen[text] = found
        return found

    def _candidate(self, text: str) -> Candidate | None:
        group = _GROUP_START.match(text)
        if group and self.config.groups.match(group.group("name")):
            return Candidate(
                group.group("name"), None, group.group("punct"), group.end(), text[: group.end("punct")]
            )
        found = self._start.match(text)
        if not found:
            return None
        name = found.group("name").strip()
        if not any(c.isalpha() for c in name) or self._title_only.fullmatch(name):
            return None
        end = found.end()
        printed = text[: found.end("punct")]
        title = (found.group("title") or "").strip()
        if found.group("name").startswith(tuple("MmMm")) and re.match(_OFFICE, name):
            title = name.split()[0]
        role = found.group("role") or found.group("office")
        return Candidate(name, role, found.group("punct").strip(), end, printed, title)

    def short_label(self, text: str) -> Candidate | None:
        """A one-letter label (the Q. and A. of examination transcripts) at the start of *text*."""
        found = self._short.match(text)
        if not found:
            return None
        return Candidate(
            found.group("name"), None, found.group("punct"), found.end(), text[: found.end("punct")]
        )

    def bare(self, line: str) -> Candidate | None:
        """A name alone on its line, with no punctuation: in CAPITALS (``HAMLET``), or in Mixed
        case with a form of address, a role or two names (``Mr. Speaker``, ``Angela Rayner``,
        ``The Prime Minister (Boris Johnson)``), as web copies of parliamentary records print."""
        found = self._bare.fullmatch(line.strip())
        if not found or self._heading.match(line.strip()):
            return None
        title = (found.group("title") or "").strip()
        cand = Candidate(found.group("name"), found.group("role"), "", len(line), line, title)
        if cand.upper or title or cand.role or len(cand.name.split()) >= 2:
            return cand
        return None

    def is_heading(self, text: str) -> bool:
        """A short line on its own that heads a part of the text (``ACT II``, ``DRAMATIS PERSONAE``)."""
        if "\n" in text or len(text) > 80:
            return False
        if self._heading.match(text):
            return True
        return text.isupper() and text[-1] not in ".:!?,;" and sum(c.isalpha() for c in text) >= 2


class _LowerCaseWords:
    """The words a text uses in lower case (its ordinary words), collected on first need."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: set[str] | None = None

    def __contains__(self, key: str) -> bool:
        if self._words is None:
            self._words = {w for w in _WORD.findall(self._text) if w[0].islower()}
        return any(word in self._words for word in key.split())


@dataclass
class LabelDecision:
    """Which candidate keys are accepted as labels, and why (for the report)."""

    accepted: set[str]
    notes: list[str]


def decide(candidates: list[Candidate], text: str, config: Config, configured: set[str]) -> LabelDecision:
    """Decide on every candidate key from the evidence of the whole document.

    Strong forms (CAPITALS; a colon after a form of address or a role, ``Mr. Smith (Ohio):``)
    are believed once the document shows the habit of labelling turns. Mixed-case names must
    recur — or, where recurring Mixed-case labels are the document's style, occur once as a
    name the text never uses in lower case.
    """
    counts = Counter(c.key for c in candidates)
    # How strongly the document shows the habit of labelling turns: labels in CAPITALS and names
    # that open several paragraphs. A strong label seen once is believed only past this.
    evidence = sum(1 for c in candidates if c.upper) + sum(n for n in counts.values() if n >= 2)
    by_key: dict[str, Candidate] = {}
    for cand in candidates:
        by_key.setdefault(cand.key, cand)
    upper_keys = {c.key for c in candidates if c.upper}
    mixed_repeated = [
        k for k, c in by_key.items() if not c.upper and counts[k] >= 2 and k not in config.stopwords
    ]
    mixed_style = (
        len(mixed_repeated) >= 2 and sum(counts[k] for k in mixed_repeated) >= 2 * config.style_evidence
    )
    lower_case = _LowerCaseWords(text)
    accepted: set[str] = set()
    notes: list[str] = []
    for key, cand in sorted(by_key.items()):
        n = counts[key]
        if key in configured or config.groups.match(cand.name):
            accepted.add(key)
        elif cand.short:
            pair = next((p for p in config.short_labels if cand.name in p), (cand.name,))
            if all(counts[label_key(letter)] >= 2 for letter in pair):
                accepted.add(key)
            else:
                notes.append(
                    f"not a label: {cand.name!r} (one-letter labels {'/'.join(pair)} must each recur)"
                )
        elif key in config.stopwords:
            notes.append(f"not a label: {cand.name!r} opens ordinary sentences ({n}×)")
        elif cand.upper or cand.strong:
            if n >= 2 or evidence >= config.style_evidence:
                accepted.add(key)
            else:
                notes.append(f"not a label: {cand.name!r} (once, and the text has too few labels)")
        elif key in upper_keys:
            accepted.add(key)
        elif key in lower_case:
            notes.append(f"not a label: {cand.name!r} (the text uses it as an ordinary word)")
        elif n >= 2:
            accepted.add(key)
            notes.append(f"label: {cand.name!r} (Mixed case, {n} turns)")
        elif mixed_style and len(key.split()) <= 2 + bool(cand.title):
            accepted.add(key)
            notes.append(f"label: {cand.name!r} (once, in the document's Mixed-case label style)")
        else:
            notes.append(f"not a label: {cand.name!r} (Mixed case, only once)")
    return LabelDecision(accepted, notes)
