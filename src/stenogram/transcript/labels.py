"""Speaker labels: finding candidates at the start of a paragraph and deciding which are real.

A capitalised word followed by a full stop opens many ordinary sentences ("Yes. I think …"), and a
record may print each label once, so no single piece of evidence decides. Every candidate gets a
score from named features whose weights are data (``[labels.weights]``): its shape (CAPITALS, a
colon, a role in parentheses, an office), where it stands (alone on its line, first in the body,
announced by the turn before), how the document uses it (recurring, as a voice in a parenthesis,
as an ordinary word, as a sentence opener). Candidates printed in one shape are believed together.
The overrides ``always``/``never`` and the edition's persons win. Every decision is reported with
its score and features.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from stenogram.transcript.config import Config


def _letter_class(test: Callable[[str], bool]) -> str:
    """A regex character class of every letter in the Basic Multilingual Plane passing *test*."""
    points = [c for c in range(0x10000) if test(chr(c))]
    ranges: list[str] = []
    start = points[0]
    for prev, cur in zip(points, [*points[1:], -1], strict=True):
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
_GROUP_START = re.compile(
    r"(?P<name>[^\W\d_]+(?:[ -/][^\W\d_]+){0,5}?)\s?(?P<punct>[.:])(?:\s+|$|(?<=:)(?=[^\W\d_]))"
)
_KEY_WORD = re.compile(r"[^\W_]+")  # letters and digits: SPEAKER 1 and SPEAKER 2 differ
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# One token of a label read word by word (LabelMatcher._generic): a role or party in parentheses
# or square brackets ("Klaus Beispiel [DIE LINKE]:" names his party, nothing is supplied), a word
# with its full stop, a number before the name ("01.01 Name:"), a comma, a colon, a dash, a stop.
_TOKEN = re.compile(
    r"(?P<space>[ \t]*)(?:(?P<paren>\([^()\n]{1,80}\)|\[[^\[\]\n]{1,80}\])"
    r"|(?P<word>[^\W\d_][\w'’\-]*)(?P<stop>\.)?"
    r"|(?P<number>\d{1,3}(?:\.\d{1,3})*\.?)|(?P<comma>,)|(?P<colon>[:：])|(?P<dash>[-–—])(?=\s|$)|(?P<dot>\.))"
)
_DASH_AFTER = re.compile(r"[ \t]+[-–—](?=\s)")
# A label set off by an ideographic space or two spaces (after a marker): a name of up to three
# words, perhaps a role in (full-width) parentheses.
_SPACED_OFF = re.compile(
    r"(?P<name>[^\W\d_][^\s（()）:：.。,，]{0,24}(?: [^\W\d_][^\s（()）:：.。,，]{0,24}){0,2})"
    r"(?:[（(](?P<role>[^）)\n]{1,40})[）)])?(?P<gap>\u3000+|[ \t]{2,})(?=\S)"
)
# A description after a label that ends in initials or a stop, up to its own stop: the seat,
# faction or office of the parliaments of the former USSR ("Жириновский В. В., фракция ЛДПР.",
# "ЯВОРІВСЬКИЙ В.О., голова Комісії …."). It starts in lower case, so a sentence never is one.
_DESCRIPTION = re.compile(r",[ \t]*(?P<role>[^\W\d_][^.!?\n]{0,150}?)\.(?=\s|$)")
_OPENING_QUOTES = "«“„\"'‘‚"
_GENERIC_SPAN = 160  # characters a label read word by word may take
_LABEL_SPAN = 400  # characters of a text a label candidate is looked for in
_GENERIC_WORDS = 14  # a long office: "The Lord Chancellor and Secretary of State for Justice (…):"


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
    prefix: str = ""  # a marker or number printed before the label ("○", "Anf. 12")

    @cached_property
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

    @cached_property
    def upper(self) -> bool:
        letters = [
            c for c in re.sub(_PARTICLE + r"(?=[^\W\d_])", "", self.name[len(self.title) :]) if c.isalpha()
        ]
        return all(c.isupper() for c in letters)


def _spaced_off(text: str) -> Candidate | None:
    """A label of a few words (a role in parentheses after it) that ends at an ideographic
    space or at two spaces, with no punctuation of its own."""
    found = _SPACED_OFF.match(text)
    if found is None:
        return None
    name, role = found.group("name"), found.group("role")
    return Candidate(name, role, "\u3000", found.end(), text[: found.start("gap")])


def _with_description(found: Candidate, text: str) -> Candidate:
    """*found* with the description that follows it in *text* (see :data:`_DESCRIPTION`) as its
    role, and the speech starting after it; *found* itself where none follows."""
    more = _DESCRIPTION.match(text, len(found.printed))
    if more is None or not more.group("role")[0].islower():
        return found
    speech = more.end()
    while speech < len(text) and text[speech].isspace():
        speech += 1
    return replace(found, role=more.group("role").strip(), punct=".", end=speech, printed=text[: more.end()])


@lru_cache(maxsize=4096)
def label_key(name: str) -> str:
    """The form under which label variants ("KAGANOVICH", "Kaganovich") are one speaker."""
    return " ".join(_KEY_WORD.findall(name.casefold()))


class LabelMatcher:
    """Finds label candidates with the configured forms of address."""

    def __init__(self, config: Config, cache_chars: int = 1_000_000) -> None:
        """*cache_chars* bounds the memory of the cache of candidates (about the input's size)."""
        self.config = config
        self._budget = cache_chars
        titles = config.titles.pattern
        # Forms of address in a row ("The Hon.", "Mme Mme …"): atomic and possessive, so that
        # overlapping titles ("the" and "the hon.") never backtrack exponentially.
        title_run = rf"(?:(?>(?i:{titles}))\s*)++"
        short = "|".join(re.escape(letter) for pair in config.short_labels for letter in pair) or "(?!)"
        self._short = re.compile(rf"(?P<name>{short})(?P<punct>[.:])\s+(?=\S)")
        self._start = re.compile(
            rf"(?P<name>{_OFFICE}|(?P<title>{title_run})?{_NAME})"
            r"(?:\s*\((?P<role>[^()\n]{1,60})\))?"
            r"(?:,\s*(?P<office>[^,:.()\n]{1,50})(?=:))?"
            r"(?P<punct>\s?[.:]|(?<=\.)(?=\s|,\s))"
            rf"(?P<after>\s+|$|(?=\.\.|…)|(?=[{_U}«“\"])|(?<=[{_U}]\.)(?=,\s))",
        )
        self._heading = config.headings
        self._seen: dict[str, Candidate | None] = {}
        self._bare = re.compile(
            rf"(?P<name>(?P<title>{title_run})?{_NAME})"
            r"(?:\s*\((?P<role>[^()\n]{1,60})\))?(?:\s*\([^()\n]{1,60}\))*"
        )
        self._title_only = re.compile(rf"(?i:{titles})\.?")
        literal = sorted({*config.always, *(label for p in config.persons for label in p.labels)}, key=len)
        self._configured = (
            re.compile(
                "(?P<name>"
                + "|".join(r"\s+".join(map(re.escape, label.split())) for label in reversed(literal))
                + r")(?:(?P<punct>\s?[.:：])(?:\s+|$)|\s*$)",
                re.IGNORECASE,
            )
            if literal
            else None
        )

    def candidate(self, text: str) -> Candidate | None:
        """The label candidate at the start of *text*, if its shape is that of a label.

        Only the first :data:`_LABEL_SPAN` characters are read (no label is longer), so the
        cost and the cache are bounded whatever the length of the text."""
        text = text[:_LABEL_SPAN]
        if text in self._seen:
            return self._seen[text]
        stamp = self.config.timestamp.match(text)
        found = self._prefixed(text) or self._candidate(text[stamp.end() :] if stamp else text)
        if found and stamp:
            found = replace(
                found,
                end=found.end + stamp.end(),
                printed=text[: stamp.end()] + found.printed,
                time=stamp.group().strip(),
            )
        if found and found.role is None and found.punct in ("", "."):
            found = _with_description(found, text)
        if found is None and text[:1] in _OPENING_QUOTES and text[1:2].isalpha():
            quoted = self._candidate(text[1:])  # «ИВАНОВ. …, "MR. SMITH: … in a web copy
            if quoted and (quoted.upper or quoted.punct in (":", "：")):
                found = replace(quoted, end=quoted.end + 1, printed=text[0] + quoted.printed)
        if self._budget >= len(text):
            self._budget -= len(text)
            self._seen[text] = found
        return found

    def _prefixed(self, text: str) -> Candidate | None:
        """A label after a marker or number (:attr:`Config.prefix`) printed with it but no part
        of its name; after one, a label may also end at an ideographic space or a run of spaces,
        as the Japanese and Korean records print it (``○議長（尾辻秀久君）　これより…``)."""
        prefix = self.config.prefix.match(text)
        if prefix is None or not prefix.group().strip():
            return None
        rest = text[prefix.end() :]
        inner = self._candidate(rest) or _spaced_off(rest)
        if inner is None:
            return None
        return replace(
            inner,
            end=inner.end + prefix.end(),
            printed=text[: prefix.end()] + inner.printed,
            prefix=prefix.group().strip(),
        )

    def _candidate(self, text: str) -> Candidate | None:
        configured = self._configured.match(text) if self._configured else None
        if configured:
            punct = (configured.group("punct") or "").strip()
            end = configured.end("punct") if punct else configured.end("name")
            return Candidate(configured.group("name"), None, punct, configured.end(), text[:end])
        group = _GROUP_START.match(text)
        if group and self.config.groups.match(group.group("name")):
            return Candidate(
                group.group("name"), None, group.group("punct"), group.end(), text[: group.end("punct")]
            )
        found = self._start.match(text)
        generic = self._generic(text)
        if generic and (
            found is None or (generic.punct != "." and len(generic.printed) > found.end("punct"))
        ):
            return generic
        if not found:
            return None
        name = found.group("name").strip()
        if found.group("punct").strip() == "." and name.split()[-1].casefold() in self.config.abbreviations:
            return None  # "Präsident Mag." stops at an abbreviation, not at the label's end
        if not any(c.isalpha() for c in name):
            return None
        if self._title_only.fullmatch(name):  # an office alone ("PRÄSIDENT:") is read word by word
            return generic if generic and generic.punct in (":", "：") else None
        end = found.end()
        printed = text[: found.end("punct")]
        title = (found.group("title") or "").strip()
        if found.group("name").startswith(tuple("MmMm")) and re.match(_OFFICE, name):
            title = name.split()[0]
        role = found.group("role") or found.group("office")
        return Candidate(name, role, found.group("punct").strip(), end, printed, title)

    def _generic(self, text: str) -> Candidate | None:
        """A label read word by word up to its punctuation, for the shapes the name pattern does
        not know: academic titles (``Präsident Ing. Norbert Hofer:``), offices in lower case
        (``De voorzitter:``), ``Surname, Name:``, a number before it (``01.01 Name (VB):``), a
        dash after it (``BAŞKAN –``). Linear: at most a few tokens are read."""
        pos, words, roles = 0, 0, []
        name_start, name_end, comma = -1, 0, False
        limit = min(len(text), _GENERIC_SPAN)
        punct, end = "", 0
        while pos < limit:
            token = _TOKEN.match(text, pos)
            if token is None:
                return None
            pos = token.end()
            if token.group("paren"):
                if not words:
                    return None
                roles.append(token.group("paren")[1:-1].strip())
            elif token.group("colon") or token.group("dash") or token.group("dot"):
                if not words or (token.group("dash") and not token.group("space")):
                    return None
                if token.group("dash") and not text[name_start:name_end].isupper():
                    return None  # "Meeting – Transcript": only a name in CAPITALS ends with a dash
                if token.group("dot") and not roles:
                    return None
                punct, end = token.group("colon") or token.group("dash") or ".", pos
                break
            elif (
                roles or (token.group("number") and words) or (token.group("comma") and (comma or not words))
            ):
                return None
            elif token.group("comma"):
                comma = True
            elif token.group("word"):
                word = token.group("word")
                if not words and word[0].islower():
                    return None  # a label starts with a capital (or a letter without case)
                words += 1
                if words > _GENERIC_WORDS:
                    return None
                name_start = token.start("word") if name_start < 0 else name_start
                name_end = token.end()
                if token.group("stop") and not (
                    len(word) == 1 or word.casefold() in self.config.abbreviations
                ):
                    name_end, punct, end = token.end("word"), ".", pos
                    break
        if not punct or (end < len(text) and not text[end].isspace() and punct != "："):
            return None
        if punct == ".":
            dash = _DASH_AFTER.match(text, end)
            if dash:
                punct, end = ". " + dash.group().strip(), dash.end()
        name = text[name_start:name_end].rstrip(" ,")
        first = name.split()[0] if name.split() else ""
        title = first if self._title_only.fullmatch(first) and first.casefold() != "the" else ""
        speech = end
        while speech < len(text) and text[speech].isspace():
            speech += 1
        return Candidate(name, roles[0] if roles else None, punct, speech, text[:end], title)

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
        return text.isupper() and text[-1] not in ".:!?,;–—-" and sum(c.isalpha() for c in text) >= 2


# -- the scored model ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Occurrence:
    """One place where a candidate opens a paragraph or line, with what surrounds it."""

    cand: Candidate
    alone: bool = False  # nothing else on its line (the speech follows below)
    first: bool = False  # the first paragraph of the body
    after: str = ""  # the first characters of what follows the label
    before: str = ""  # the end of the paragraph before (an announcement, an open quotation)
    ending: str = "sentence"  # its speech: "speech" (long), "sentence", "short" (no final stop), "" (none)
    inner: bool = False  # on a line inside a paragraph, not at its start


@dataclass
class LabelScore:
    """The decision on one candidate key: its score, the features that made it, and the verdict."""

    key: str
    name: str
    count: int
    features: dict[str, float]
    accepted: bool
    reason: str = ""  # an override that decided, instead of the score

    @property
    def score(self) -> float:
        return round(sum(self.features.values()), 2)

    def note(self) -> str:
        """One line for the report."""
        verdict = "label" if self.accepted else "not a label"
        if self.reason:
            return f"{verdict}: {self.name!r} ({self.reason})"
        parts = ", ".join(f"{name} {weight:+g}" for name, weight in self.features.items() if weight)
        return f"{verdict}: {self.name!r} (score {self.score:g}, {self.count}×: {parts or 'no evidence'})"


@dataclass
class LabelDecision:
    """Which candidate keys are accepted as labels, and the table of every decision."""

    accepted: set[str]
    table: list[LabelScore]

    @property
    def notes(self) -> list[str]:
        return [row.note() for row in self.table]


# Initials with a surname: "Коваленко О.П.", "K. Feldmans", "ІВАНЧУК А.В.".
_INITIALS_IN_NAME = re.compile(rf"(?:^|\s)[{_U}]\.(?:\s?[{_U}]\.)*(?:\s|$)")
# Text in CAPITALS after a "label": the label is the first half of a heading.
_HEADING_AFTER = re.compile(rf"[\W\d_]*[{_U}]{{2,}}(?:[\W\d_]+[{_U}]{{2,}}){{2}}")
_VOICE = re.compile(r"\((?P<name>[^()\n:.!?]{2,60}?)\s?[.:](?=\s)")
_QUOTES = (("«", "»"), ("“", "”"), ("„", "“"))


# Evidence that the candidate is not a name at all: it is then not believed for its shape alone.
_SHAPE_BLOCKERS = frozenset({"opener", "sentence", "whole", "silent", "unfinished", "heading", "spaced"})


def _shape(cand: Candidate) -> tuple[bool, str, bool, bool]:
    """The printed shape of a label: CAPITALS, its punctuation, a role, a form of address."""
    punct = ":" if cand.punct in (":", "：") else cand.punct
    return (cand.upper, punct, bool(cand.role), bool(cand.title))


def _quotation_open(text: str) -> bool:
    return any(text.count(opener) > text.count(closer) for opener, closer in _QUOTES if opener != closer)


class _Evidence:
    """What the whole document says about candidates, computed once: ordinary words in lower
    case, voices inside parentheses, and the sentence openers of its language."""

    def __init__(self, text: str, config: Config, lang: str) -> None:
        self._text = text
        self._lower: set[str] | None = None
        self.voices = {label_key(m.group("name")) for m in _VOICE.finditer(text)}
        self.office_words = config.office_words
        lists = [config.openers[lang]] if lang in config.openers else list(config.openers.values())
        self.openers = frozenset().union(*lists)

    def used_in_lower_case(self, words: list[str]) -> bool:
        if self._lower is None:
            self._lower = {w for w in _WORD.findall(self._text) if w[0].islower()}
        return bool(words) and all(word.casefold() in self._lower for word in words)


def _punct(cand: Candidate) -> str:
    """The label's punctuation; "." also where the name's last initial gives it (ІВАНЧУК А.В.)."""
    return cand.punct or ("." if cand.printed.endswith(".") else "")


def _features(
    key: str, occurrences: list[Occurrence], runs: int, evidence: _Evidence, config: Config
) -> dict[str, float]:
    """The weighted features of one candidate key over all its occurrences; *runs* counts them
    apart from repeats with no other label-like candidate between (a chair's "Next." twice in
    one turn is not a recurring label)."""
    w = config.weights
    cand = occurrences[0].cand
    puncts = {_punct(o.cand) for o in occurrences}
    name = cand.name
    words = _WORD.findall(name)
    letters = sum(c.isalpha() for c in name)
    found: dict[str, float] = {}
    if puncts & {":", "："}:
        found["colon"] = w["colon"]
    elif puncts & {"–", "-", "—", ". –", ". -", ". —"}:
        found["dash"] = w["dash"]
    elif "." in puncts:
        found["period"] = w["period"]
    leading_capitals = bool(words) and words[0].isupper() and len(words[0]) >= 2
    if (cand.upper and letters >= 2) or leading_capitals:
        found["capitals"] = w["capitals"]
    if any(o.cand.role for o in occurrences):
        found["role"] = w["role"]
    title = re.sub(r"(?i)^the\b", "", cand.title).strip()
    whole = not name[len(cand.title) : len(cand.title) + 1].isalpha()  # not "DR" of "DRAMATIS"
    if (title and whole) or config.offices.search(name.casefold()):
        found["office"] = w["office"]
    if any(o.alone and _punct(o.cand) != "." for o in occurrences):  # "Thank you." is a sentence
        found["alone"] = w["alone"]
    elif not cand.upper and not cand.role and all(o.alone for o in occurrences) and "." in puncts:
        found["whole"] = w["whole"]
    if all(o.ending == "" for o in occurrences):
        found["silent"] = w["silent"]
    elif all(o.ending in ("", "short") for o in occurrences) and "capitals" not in found:
        found["unfinished"] = w["unfinished"]
    if any(_HEADING_AFTER.match(o.after) for o in occurrences):
        found["heading"] = w["heading"]
    if any(o.first for o in occurrences if o.cand.punct):
        found["first"] = w["first"]
        if any(o.first and o.ending == "speech" for o in occurrences):
            found["speech"] = w["speech"]  # a speech whose only label is its first word
    starts = [o.after[:1] for o in occurrences if o.after[:1].isalpha()]
    if starts and all(c.islower() for c in starts):
        found["lower_after"] = w["lower_after"]
    elif any(c.isupper() or c in "«“„\"'" for o in occurrences for c in o.after[:1]):
        found["capital_after"] = w["capital_after"]
    if runs >= 2:
        found["recurring"] = w["recurring"]
    elif not puncts - {""}:
        found["bare"] = w["bare"]
    if _INITIALS_IN_NAME.search(name):
        found["initials"] = w["initials"]
    surname = next((word.casefold() for word in reversed(words) if len(word) >= 3), None)
    stem = surname[: max(4, len(surname) - 2)] if surname else None  # "Коваленку" names Коваленко
    for o in occurrences:
        announced = config.announcements.search(o.before)
        if announced and stem and stem in o.before[announced.end() :].casefold():
            found["announced"] = w["announced"]
            break
    if key in evidence.voices:
        found["voice"] = w["voice"]
    plain = _WORD.findall(evidence.office_words.sub(" ", name))  # "Sēdes vadītāja" is an office
    if not cand.upper and not leading_capitals:
        capitalised = [x for x in plain if x[0].isupper() and x.casefold() not in config.particles]
        if evidence.used_in_lower_case(capitalised):
            found["lower_case_word"] = w["lower_case_word"] * (1 if len(capitalised) == 1 else 0.6)
    if key in evidence.openers or (
        words and " ".join(words[:2]).casefold() in evidence.openers and not cand.role
    ):
        found["opener"] = w["opener"]
    if not leading_capitals:
        ordinary = [
            word
            for word in plain
            if word[0].islower()
            and word.casefold() not in config.particles
            and not config.offices.match(word.casefold())
            and not config.titles.fullmatch(word)
        ]
        if ordinary:
            found["sentence"] = w["sentence"] * len(ordinary)
    if all(o.inner and not o.cand.prefix for o in occurrences):  # a marked label opens lines
        found["inner"] = w["inner"]
    if any(_quotation_open(o.before) for o in occurrences) and not found.get("recurring"):
        found["quotation"] = w["quotation"]
    if sum(1 for word in name.split() if len(word) == 1) >= 3 and not cand.role:
        found["spaced"] = w["spaced"]
    if any(o.cand.prefix for o in occurrences):
        found["marker"] = w["marker"]
    return found


def decide(
    occurrences: list[Occurrence], text: str, config: Config, configured: set[str], lang: str = "und"
) -> LabelDecision:
    """Score every candidate key on the evidence of the whole document and decide.

    Pass one scores each key alone; pass two adds the ``shape`` weight to keys printed in the
    shape of a key already believed (unless the key is plainly no name: a sentence opener, a
    sentence, a heading), so that labels of one shape are believed together.
    """
    by_key: dict[str, list[Occurrence]] = {}
    runs: Counter[str] = Counter()
    seen: dict[str, int] = {}  # key → index of its last occurrence
    strong = -1  # index of the last label-like occurrence (CAPITALS, a role, a colon)
    for index, occurrence in enumerate(occurrences):
        cand = occurrence.cand
        by_key.setdefault(cand.key, []).append(occurrence)
        if seen.get(cand.key, -1) < 0 or any(
            occurrences[i].cand.key != cand.key for i in (strong,) if i > seen[cand.key]
        ):
            runs[cand.key] += 1
        seen[cand.key] = index
        if cand.upper or cand.role or _punct(cand) in (":", "："):
            strong = index
    evidence = _Evidence(text, config, lang)
    always = {label_key(label) for label in config.always}
    table: list[LabelScore] = []
    scored: list[LabelScore] = []
    for key, found in sorted(by_key.items()):
        cand = found[0].cand
        row = LabelScore(key, cand.name, len(found), {}, False)
        table.append(row)
        if key in configured or key in always:
            row.accepted, row.reason = True, "configured: always a label"
        elif key in config.never:
            row.reason = "configured: never a label"
        elif config.groups.match(cand.name):
            row.accepted, row.reason = True, "a group of voices"
        elif cand.short:
            pair = next((p for p in config.short_labels if cand.name in p), (cand.name,))
            row.accepted = all(len(by_key.get(label_key(letter), ())) >= 2 for letter in pair)
            row.reason = f"one-letter labels {'/'.join(pair)} {'' if row.accepted else 'must '}each recur"
        else:
            row.features = _features(key, found, runs[key], evidence, config)
            row.accepted = row.score >= config.threshold
            scored.append(row)
    shapes = {_shape(by_key[row.key][0].cand) for row in scored if row.accepted}
    for row in scored:
        against = not _SHAPE_BLOCKERS.isdisjoint(row.features)
        if not row.accepted and not against and _shape(by_key[row.key][0].cand) in shapes and row.score > 0:
            row.features["shape"] = config.weights["shape"]
            row.accepted = row.score >= config.threshold
    return LabelDecision({row.key for row in table if row.accepted}, table)
