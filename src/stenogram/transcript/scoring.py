"""The scored model of speaker labels: which label candidates are real.

A capitalised word followed by a full stop opens many ordinary sentences ("Yes. I think …"), and a
record may print each label once, so no single piece of evidence decides. Every candidate key
(:mod:`stenogram.transcript.labels` finds them) gets a score from named features whose weights
are data (``[labels.weights]``): its shape (CAPITALS, a colon, a role in parentheses, an office),
where it stands (alone on its line, first in the body, announced by the turn before), how the
document uses it (recurring, as a voice in a parenthesis, as an ordinary word, as a sentence
opener). Candidates printed in one shape are believed together. The overrides ``always``/``never``
and the edition's persons win. Every decision is reported with its score and features.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise, takewhile

from stenogram.transcript.blocks import credit
from stenogram.transcript.candidate import (
    ANGLED,
    ANSWERED,
    ENCLOSED,
    ENUMERATOR,
    LETTER,
    ORDINAL,
    ORDINAL_MARKS,
    PSEUDONYM_LABEL,
    SMALL,
    SQUARED,
    UPPER,
    WORD,
    Candidate,
    bracketed,
    cased,
    label_key,
    lower_case,
    ocr_key,
    uncased,
)
from stenogram.transcript.config import Config
from stenogram.transcript.frontmatter import find_date
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.identity import lettered, signature
from stenogram.transcript.labels.patterns import (
    ACRONYM_LETTER,
    BOLD_ITEM,
    CLIP_RANGE,
    CLOCK,
    FIRST_ITEM,
    NUMBER_SIGNS,
    PERSON_CODE,
    POSSESSIVE,
    STARRED_NAME,
    initial_letter,
    set_solid,
)
from stenogram.transcript.labels.shapes import addressee_pattern, mixed, numbered_speaker, vouched_role
from stenogram.transcript.lines import paragraph_end
from stenogram.transcript.model import LabelScore
from stenogram.transcript.names import (
    DIVISION_NUMBER,
    PARTICLE_LENGTH,
    chairs,
    division_number,
    former_narrated,
    joined_title,
    last_address,
    less_former,
    monotonic,
    numbered_seat,
    office_ends,
    office_or_title,
    particled,
    portfolio_closed,
    portfolio_office,
    postnominal,
    seat_for,
    surname_in_capitals,
)
from stenogram.transcript.reader import SENTENCE_STOPS, TERMINAL, page_numbered
from stenogram.transcript.regexcache import regex
from stenogram.transcript.salutations import SALUTATION_WORDS, opens_with, saluting
from stenogram.transcript.units import Lines

AFTER = 40  # characters of what follows a label that the model reads


# The endings of an occurrence's speech, by the number it keeps (see Occurrence).
_ENDINGS = ("sentence", "speech", "short", "roll", "")
_CLAUSE_CAPITALS_WORDS = 2  # a clause's pronouns or verbs in a name in CAPITALS that make it a sentence


class _Mark:
    """One of an occurrence's yes-or-no marks, read as its bit of the packed number."""

    __slots__ = ("bit",)

    def __init__(self, bit: int) -> None:
        self.bit = bit

    def __get__(self, occurrence: Occurrence, owner: type | None = None) -> bool:
        return bool(occurrence._marks & self.bit)


class Occurrence:
    """One place where a candidate opens a paragraph or line, with what surrounds it (slotted: a
    record has one for every place of every candidate). The texts around it are read where the
    paragraphs hold them (a copy of each had been a third of a record's memory at the decision):
    what follows the label and the line above it as places in a paragraph's joined text, the end
    of the paragraph before as its lines. Its five marks and its speech's ending are one number
    (a slot each had cost 32 bytes an occurrence, a megabyte of the 4 MB input's decision);
    nothing changes an occurrence once made.

    *alone*: nothing else on its line (the speech follows below); *first*: the first paragraph
    of the body; *after_in*: the text that holds what follows the label, from *after_at* on;
    *held_before*: the end of the paragraph before, or that paragraph's lines; *ending*: its
    speech's, "speech" (long), "sentence", "short" (no final stop), "roll" (names one a line,
    each stopped) or "" (none); *inner*: on a line inside a paragraph, not at its start;
    *under*: right under a label alone on its line, the first words of its speech; *rest*: the
    rest of its own line (its length where the text after the label starts with it: a copy of
    it kept had been a fortieth of the 4 MB input's decision, the occurrences' longest texts);
    *above_in*: the line right above, or the lines that hold it as line
    *above_line* (a place in their joined text; two more slots and their numbers had been a
    tenth of an occurrence); *captioned*: its line bore the caption of the
    speaker's photo, taken off as the page's furniture (the mark of a label a web copy prints)."""

    __slots__ = (
        "_marks",
        "_rest",
        "above_in",
        "above_line",
        "after_at",
        "after_in",
        "cand",
        "held_before",
    )

    def __init__(
        self,
        cand: Candidate,
        alone: bool = False,
        first: bool = False,
        after_in: str = "",
        held_before: str | Lines = "",
        ending: str = "sentence",
        inner: bool = False,
        under: bool = False,
        rest: str = "",
        above_in: str | Lines = "",
        after_at: int = 0,
        above_line: int = -1,
        captioned: bool = False,
    ) -> None:
        self.cand = cand
        self._marks = (
            bool(alone)
            | bool(first) << 1
            | bool(inner) << 2
            | bool(under) << 3
            | bool(captioned) << 4
            | _ENDINGS.index(ending) << 5
        )
        self.after_in = after_in
        self.held_before = held_before
        self._rest: str | int = len(rest) if rest and after_in.startswith(rest, after_at) else rest
        self.above_in = above_in
        self.after_at = after_at
        self.above_line = above_line

    alone = _Mark(1)
    first = _Mark(2)
    inner = _Mark(4)
    under = _Mark(8)
    captioned = _Mark(16)

    @property
    def ending(self) -> str:
        return _ENDINGS[self._marks >> 5]

    @property
    def above(self) -> str:
        """The line right above: a hard wrap may have cut it mid-sentence."""
        held = self.above_in
        return held if isinstance(held, str) else held.text(self.above_line)

    @property
    def rest(self) -> str:
        """The rest of the label's own line."""
        rest = self._rest
        return rest if isinstance(rest, str) else self.after_in[self.after_at : self.after_at + rest]

    @property
    def after(self) -> str:
        """The first characters of what follows the label."""
        return self.after_in[self.after_at : self.after_at + AFTER]

    @property
    def before(self) -> str:
        """The end of the paragraph before (an announcement, an open quotation)."""
        held = self.held_before
        return held if isinstance(held, str) else paragraph_end(held)


@dataclass
class LabelDecision:
    """Which candidate keys are accepted as labels, and the table of every decision."""

    accepted: set[str]
    table: list[LabelScore]

    @property
    def notes(self) -> list[str]:
        return [row.note() for row in self.table]


# Initials with a surname: "Коваленко О.П.", "K. Feldmans", "ІВАНЧУК А.В.", hyphened ("E.-J.
# Truuväli"), glued to it ("А.Белоусова") or supplied by an edition in square brackets ("[M.]
# Miková"); in Devanagari a
# letter or two and their vowel sign before the abbreviation sign, which the Indian houses' PDF
# copies print as a zero ("वी0 हनुमंत राव", "एस0 एस0 अहलुवालिया", "डा॰").
_DEVANAGARI_INITIAL = r"(?:[\u0905-\u0939][\u093e-\u094c]?){1,2}[0\u0966\u0970]"


@cache
def initials_in_name(digraphs: tuple[str, ...]) -> re.Pattern[str]:
    """Initials in a name, the first perhaps one of the two-letter *digraphs* ("Sh. Qodirov"):
    compiled once a configuration's initials."""
    letter = initial_letter(digraphs)
    return regex(
        rf"(?:^|\s)(?:\[?{letter}\.(?:[\s-]?[{UPPER}]\.)*\]?|{_DEVANAGARI_INITIAL}(?:\s?{_DEVANAGARI_INITIAL})*)(?:\s|$|(?=[{UPPER}][{SMALL}]))"
    )


def _lettered_item(name: str, config: Config) -> bool:
    """Whether *name*, opened by one letter and its stop, goes on as an agenda's lettered item
    does ("B. Approval of the minutes", "C. Road salt contract"): a word in lower case after it
    that is no name's particle nor article, no office nor form of address, and no capital after
    it ("A. van Dijk", "A. dela Cruz" are names); the letter no form of address ("M. l'abbé X",
    "M. le ministre des finances")."""
    first, _, rest = name.partition(" ")
    if len(first) != 2 or first[1] != "." or not first[0].isupper() or config.titles.fullmatch(first):
        return False
    words = rest.split()
    if not words:
        return False  # the letter alone ("B."): no item's title after it
    return any(
        word.islower()
        and not following[:1].isupper()  # "A. dela Cruz": a particle however spelt before a surname
        and word not in config.particles
        and word not in config.articles
        and config.offices.search(word) is None
        and not config.titles.fullmatch(word)
        for word, following in zip(words, [*words[1:], ""], strict=True)
    )


# A speech that is one quotation from its opening mark to the paragraph's end, its stop perhaps
# after the closing mark: the direct speech a council's minutes give after who said it ("El Sr.
# Presidente expresó: “Buenas tardes. …”.", an Argentine deliberative council's acta), or
# opened with no closing mark where a sentence ends the text held, the quotation going on in the
# next paragraph (a typed copy parts its paragraphs so: "… expresó: “Gracias, señor Presidente.").
_WHOLLY_QUOTED = regex(r"\s*[“«„\"][^”»\"]+(?:[”»\"][.;]?|[.!?])\s*")
# Text in CAPITALS after a "label": the label is the first half of a heading; an initial or a form
# of address of one letter may stand between its words ("PRÉSIDENCE DE M. LE BARON DE X.").
_HEADING_AFTER = regex(
    rf"[\W\d_]*[{UPPER}]{{2,}}(?:(?:[\W\d_]|(?<![^\W\d_])[{UPPER}]\.)+[{UPPER}]{{2,}}){{2}}"
)
# Dot leaders, as a roster or a table of contents runs them between a name and its place
# ("Mr. X . . . . . (Brazil)", "Albania ........ Mr. Y"): never in a speech's first line.
LEADERS = regex(r"(?:\.\s?){5,}|…{3,}")
_LEADER_DOTS, _LEADER_ELLIPSES = 5, 3  # the least of each that LEADERS reads as leaders
# Leaders a hard wrap cut, ending the label's line or opening the line below ("Members: Albania
# ........" / "Mr. Y Westria ....."): longer than the dots a speech trails off with.
_CUT_LEADERS = regex(r"(?:\.\s?){10,}|…{5,}")
# The recording's clock opening the lines under a name alone ("0:14" / "Good afternoon, …").
_LONE_CLOCK = regex(rf"(?P<clock>{CLOCK})[ \t\n]")
# An hour and minute on the five minutes ("09:00", "18:25"): a programme's, a schedule's or an
# agenda's hours all are; a recording's clocks, counting seconds, hardly ever all.
_ROUND_HOUR = regex(r"\d{1,2}:[0-5][05]")
# A note in brackets with the dots that run into it or out of it ("......(व्यवधान)",
# "...(Interruptions)..."), or dots that end the line.
_NOTED = regex(
    r"(?:(?:\.\s?){3,}|…+)?\((?P<inside>[^()\n]{1,60})\)(?:(?:\.\s?){3,}|…+)?|(?:(?:\.\s?){3,}|…+)\s*$"
)
_REPORTED_OPENING = regex(r"([a-z]+)(?=,|[ \t]+[a-z])")  # "said, he …", "wished to …"
_LONG_WORD = regex(r"[^\W\d_]{2,}")  # two letters or more ("1a", an ordinal, is none)


_YEAR = regex(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")  # a year in figures, as a date prints it
_DATED_REST = 40  # characters of a heading's date after it on its line


def weekday_dated(text: str, config: Config) -> bool:
    """Whether *text* is a short date opening with its weekday ("Monday, June 24th, 1878."): a
    sitting's day, no one's speech. Asked of every label's rest of its line and of lines below
    labels, most a speech's: its length is asked first, before the text is split into words."""
    if len(text) > _DATED_REST:
        return False
    weekday = config.head.get("weekday")
    first = text.split(",")[0].split()[:1]
    return bool(_YEAR.search(text) and weekday and first and weekday.fullmatch(first[0]))


def _heading_rest(rest: str, config: Config) -> bool:
    """Whether *rest*, the rest of a "label's" line, is the rest of a heading: two words or more
    in CAPITALS, none in lower case, no final stop ("XIV СЪЕЗД ВКП(б). СТЕНОГРАФИЧЕСКИЙ ОТЧЕТ
    237", "LEGISLATURA XXVII — 1a SESSIONE — DISCUSSIONI — TORNATA DEL 5 MAGGIO 1925": a page's
    head over the first speech of an OCR's excerpt), or a short date in CAPITALS with its year,
    a title's ("… ПЛЕНУМА ЦК ВКП (Б). 18 МАРТА 1946 Г."), or a short date opening with its
    weekday, a sitting's (a court's session under its room: "NEW COURT.—Monday, June 24th, 1878.")."""
    if weekday_dated(rest, config):
        return True
    # the words read one by one, up to the first not in CAPITALS: asked of every occurrence's
    # rest, a speech's whole line where it follows the label, whose words had all been found
    # before the first, in lower case, refused it
    words = 0
    for word in _LONG_WORD.finditer(rest):
        if not word.group().isupper():
            return False
        words += 1
    return (words >= 2 and rest[-1:] not in TERMINAL) or (
        words > 0 and len(rest) <= _DATED_REST and _YEAR.search(rest) is not None
    )


def _continued_heading(after: str, config: Config) -> bool:
    """Whether *after*, what follows a "label", opens with a line of words in CAPITALS and the
    note in brackets that the item goes on (``continued_notes``), nothing after it on the line:
    a heading's second line, the label's line its first ("REPORTS OF THE CHAIRMAN OF THE
    GOVERNING BODY AND OF THE DIRECTOR-GENERAL:" / "DISCUSSION (cont.)", an agenda item taken up
    again in the ILO's record). A speech opens with no such note."""
    found = _CONTINUED_HEAD.match(after) if after[:1].isupper() else None
    return found is not None and found.group("note").strip().casefold() in config.continued_notes


# a line of words in CAPITALS closed by a note in brackets ("DISCUSSION (cont.)", "DÉBAT (suite)")
_CONTINUED_HEAD = regex(
    rf"[{UPPER}]{{2,}}(?:[ \-][{UPPER}]{{2,}}){{0,6}}[ \t]*"
    r"[(\[](?P<note>[^()\[\]\n]{2,20})[)\]][ \t]*(?:\n|$)"
)
_VOICE = regex(r"\((?P<name>[^()\n:.!?]{2,60}?)\s?[.:](?=\s)")
_QUOTES = (("«", "»"), ("“", "”"), ("„", "“"))
_FULL_LINE = 50  # characters of a line a hard wrap has cut (a heading is shorter)
_TITLE_LINE = 160  # characters of a copy's title line at most ("Речь X об … в Государственной думе …")
# the year closing a title's line, its last word or the one before it ("… 12 марта 1908 года"):
# a speech cut by a dash or OCR's lost stop ("… 3 июня 1907 года дан новый закон —") closes on none
_TITLE_DATE = regex(r"(?<!\S)\d{4}(?:[ \t]+\S+)?[ \t]*$")


# What ends a label as a colon does: a colon (ASCII or full-width), the space that sets it off
# (see labels.shapes.spaced_off), the tab after a table's first cell, the full-width bracket that
# closes a label enclosed in them ("【裁判長】"), the round one after a witness's name ("(Sir John
# Smith) Yes.").
_COLON_LIKE = frozenset({":", "：", "\u3000", "\t", *ENCLOSED, ANSWERED})
# Evidence that the candidate is not a name at all: it is then not believed for its shape alone.
_SHORT_REPLY = frozenset(["unfinished", "lower_after"])  # the marks of a short reply in lower case
_OFFICE_POSSESSIVE = regex(r"(?<!\w)['’]s\b")  # "'s" an office's word removed left: its possessive
_DEPOSED_WORDS = (2, 3)  # words of a witness's name opening his deposition on an inner line
_SHAPE_BLOCKERS = frozenset(
    {
        "opener",
        "clause",
        "sentence",
        "wordy",
        "whole",
        "silent",
        "unfinished",
        "roll",
        "heading",
        "spaced",
        "unopened",
        "division",
        "figure",
        "place",
        "bulleted",
        "itemized",
        "firm",  # believed only beside the dashed roles it is printed like (see _firms_beside_roles)
    }
)
# A list's bullet alone on the line over an item, as a PDF's text sets the glyph apart ("─"); no
# dash nor hyphen, which alone on a line parts one turn from the next in a web copy ("—").
_BULLETS = frozenset("─━•・●▪*")
_UNCASED_MEMBER_WORDS = (2, 4)  # words of a name in a script without case: "عبد الرحمن محمد الخطيب"
# The most words of a label in a script without case: an honorific, an office of a few words and a
# name ("معالي وزير الدولة لشؤون مجلس النواب", "மாண்புமிகு திரு. எ. வ. வேலு").
_UNCASED_NAME_WORDS = 7
_ACRONYM_SENTENCE_WORDS = 4  # words in lower case after a label's opening CAPITALS that make it a sentence
_BRACKETED_NOTE = regex(r"[(\[（][^()\[\]（）]*[)\]）]")  # a note in a label's brackets: "(continuing)"
_HOLDER_NAME_WORDS = 3  # words of a holder's name after the form of address at most


def _field_heading(occurrences: list[Occurrence], config: Config) -> bool:
    """Whether the one printing in *occurrences*, alone on its line with its colon, heads a
    field whose value goes on under it, the colon's phrase carried on by an article or a
    particle (:meth:`Config.carries_phrase`: "Imputato:"
    / "del reato p. e p. dall'art. 640 c.p., perché …", a sentence's heading naming the charge):
    a speech under its label opens as a sentence does. A label printed more often is weighed by
    its other printings, as a record typed in lower case prints each; one in CAPITALS or under a
    form of address is a speaker's ("MR. SMITH:" / "and so I say …"), and so is one opening the
    body, an excerpt's first turn ("Zeuge:" / "ja, das stimmt.")."""
    if len(occurrences) != 1:
        return False
    occurrence = occurrences[0]
    cand = occurrence.cand
    if occurrence.first or cand.upper or cand.title or not occurrence.alone:
        return False
    return _punct(cand) == ":" and config.carries_phrase(occurrence.after)


# The list's second item, after the first's words in what the model reads after a label: a heading
# heads a list, where a member's one numbered question ("Stephen Kinnock:" / "1. What …") is a speech.
# It opens its line or follows the first item's stop or semicolon, or, where the items' lines were
# joined (a title with no stop: "1. Τις διατάξεις του Ν. 3852/2010 2. Την απόφαση …"), opens a
# capitalised word after one that is no short word in lower case: a "2." after a preposition is a
# date's day ("am 2. Mai"), one before a word in lower case a section cited ("section 2. of the policy").
_SECOND_ITEM = regex(r"(?:\n|[.;:!?][ \t]+)[ \t]*2[ \t]?[.)\-–—](?:\s|$)")
_JOINED_SECOND = regex(r"(?P<before>\S+)[ \t]+2[ \t]?[.)\-–—][ \t]+(?P<next>\w)")
_LINK_LETTERS = 3  # letters of a preposition before a date's day ("am", "vom", "le", "of")
# A first item that is a sentence of speech: six words or more to a sentence's stop ("1- Bütçenin
# yatırım kalemlerinde ciddi bir daralma görüyoruz."), where an agenda's item is a title ("1- Yoklama").
_SPOKEN_ITEM = regex(r"[ \t]*1[ \t]?[.)\-–—][ \t]+(?:\S+\s+){5,}?\S*[.?!…](?:\s|$)")
# Characters of what follows a heading read for its list's second item: an item longer than the
# model's reading (AFTER) puts the second past it ("1. Der Gemeinderat beschließt die Änderung …").
_LIST_READ = 400


def _list_heading(occurrences: list[Occurrence], words: list[str], holder: bool) -> bool:
    """Whether the one printing in *occurrences*, alone on its line with its colon, heads a
    numbered list below it ("GÜNDEM:" / "1- Yoklama", "Кун тартиби:" / "1. …"): an agenda's or a
    protocol's heading in any case, where a speech under its label opens as a sentence does. A
    label that names someone, by an office, a form of address or the floor the turn above gave it
    (*holder*) or as a name's capitalised *words* ("Leyla DEMİRTAŞ:"), is a speaker reading out
    his points ("1- …", "2- …"). Capitalised words in Mixed case over one numbered item alone are
    a member's question in the order paper's numbering ("Stephen Kinnock:" / "1. What
    discussions …"): such words head a list only where its second item follows ("Beschlussempfehlung
    Bauausschuss:" / "1. Der Gemeinderat beschließt …" / "2. …"), read past the model's 40
    characters. Any other label over one item that is a sentence of speech, no second item after
    it, is a speaker opening with his first point ("SÖZCÜ:" / "1- Komisyonumuz raporu … kabul
    etmiştir.")."""
    if len(occurrences) != 1 or holder or _name_words(words):
        return False
    occurrence = occurrences[0]
    following = occurrence.after_in[occurrence.after_at : occurrence.after_at + _LIST_READ]
    if not occurrence.alone or _punct(occurrence.cand) != ":" or FIRST_ITEM.match(following) is None:
        return False
    if _SECOND_ITEM.search(following) is not None or any(
        map(_joined_second, _JOINED_SECOND.finditer(following))
    ):
        return True
    return not _capitalised_words(words) and _SPOKEN_ITEM.match(following) is None


def _joined_second(found: re.Match[str]) -> bool:
    """Whether *found*, a "2." between two words of the text after a heading, opens the list's
    second item on a line the reading joined to the first's: a capitalised word after it, and no
    short word in lower case before it (a date's preposition), nor a capitalised word or an
    abbreviation with its stop, which name the part a speech cites ("Part 2. The …", "art. 2.
    Ustawa …", "Schedule 2. It …")."""
    before = found["before"]
    short_link = before.isalpha() and before.islower() and len(before) <= _LINK_LETTERS
    cited = before[:1].isupper() or before.endswith(".")
    return found["next"].isupper() and not short_link and not cited


def _capitalised_words(words: list[str]) -> bool:
    """Whether *words* are two or more, each capitalised, in Mixed case: a name's ("Stephen
    Kinnock") as well as a heading's ("Beschlussempfehlung Bauausschuss")."""
    return len(words) > 1 and all(word[:1].isupper() for word in words) and any(map(mixed, words))


def _name_words(words: list[str]) -> bool:
    """Whether *words* are a name's as a record prints its members: two or more, each
    capitalised, the forename in Mixed case and the surname in CAPITALS ("Leyla DEMİRTAŞ",
    "Murat AKSOY"); a heading is in CAPITALS whole ("KOMİSYON RAPORU:") or in Mixed case whole
    ("Beschlussempfehlung Bauausschuss:", as a name in Mixed case nobody announced is)."""
    return _capitalised_words(words) and any(len(word) > 1 and word.isupper() for word in words)


def _shape(cand: Candidate) -> tuple[bool, str, bool, bool]:
    """The printed shape of a label: CAPITALS, its punctuation, a role, a form of address."""
    # a label that ends with its initials ("Нилов Я. Е.") ends with their stop, as "ИВАНОВ." does
    punct = ":" if cand.punct in (":", "：") else "clock" if _clock_after(cand) else _punct(cand)
    return (cand.upper or _surname_first(cand.name), punct, bool(cand.role), cand.addressed)


_DASHES = frozenset("-–—")


def _stop_dashed_member(cand: Candidate, longest: dict[tuple[bool, str, bool, bool], int]) -> bool:
    """Whether *cand* is a form of address and a surname before a stop and a dash ("Sr. Ibarra.-")
    where believed labels end with that stop and dash and a role in brackets ("Sra. Presidenta
    (Bravo).-"): the record's stop marks its members' labels as its chair's, the bracket aside."""
    upper, punct, role, addressed = _shape(cand)
    return (
        addressed
        and not role
        and len(punct) > 1
        and punct[0] == "."
        and len(cand.name.split()) <= 3
        and any(shape[:2] == (upper, punct) and shape[3] for shape in longest)
    )


def _surname_beside_addressed(
    cand: Candidate, row: LabelScore, longest: dict[tuple[bool, str, bool, bool], int], evidence: _Evidence
) -> bool:
    """Whether *cand* is one capitalised word with its stop, printed twice or more, where the
    believed labels of its punctuation are forms of address or offices with a name ("Lord Chief
    Justice X." / "Sir George Y." / "Oates."): an old trial's report names the witness and the
    prisoner by the surname alone beside the bench and the counsel it titles. The caller asks
    that the candidate printed right before each of its places is such a label or such a
    surname (the word answers them, as a speaker does); a word the text uses in lower case or
    opens its sentences with is no name, and one it never names after a forename or a form of
    address ("Call Ralph Cooke.") is a reply's or a place's ("Nobody.", "Chelsea.")."""
    upper, punct, role, addressed = _shape(cand)
    word = cand.name.casefold()
    return (
        not addressed
        and not upper
        and not role
        and row.count >= 2
        and " " not in word
        and punct == "."
        and (upper, punct, role, True) in longest
        and word not in evidence.openers
        and not evidence.used_in_lower_case([word])
        and evidence.named(word)
    )


def _plain_dashed(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is a plain name before a dash, its words capitalised in Mixed case with no
    form of address, office or role ("Məhərrəmov -", "Brandt –"): it shares a label's shape only
    with another such name, not with the chair's office printed so ("Rəis -", "The PRESIDENT –"),
    or a paragraph's first word before a dash ("Europe – This is …") would be believed with it."""
    words = cand.name.split()
    return (
        cand.punct in _DASHES
        and not (cand.title or cand.role or cand.upper)
        and all(word[:1].isupper() and not any(c.isupper() for c in word[1:]) for word in words)
        and not config.offices.match(cand.name.casefold())
    )


def _dashed_title(cand: Candidate, occurrences: list[Occurrence]) -> bool:
    """Whether *cand*, in CAPITALS before a dash, is the record's title printed once at its
    start: its place or body and date follow the dash on a short line with no final stop ("ACTA
    DE ASAMBLEA COMUNITARIA — San Miguel, 12 de marzo de 2024"), as no speech ends."""
    return cand.punct in _DASHES and len(occurrences) == 1 and occurrences[0].first


def _colon_dated_title(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, with its colon, is the record's title printed once at its start, its date
    alone after the colon ("PM press conference: 11 April 2023", "Press briefing: March 3, 2024"):
    no speech is a date and nothing more; a question's or an answer's word may answer so."""
    return (
        not cand.short
        and _punct(cand) in _COLON_LIKE
        and len(occurrences) == 1
        and occurrences[0].first
        and _date_alone(occurrences[0].rest, config)
    )


# A sitting's line: a few words, a day in figures and the word after it, perhaps after "de" (a
# month's name where the word is one), its year and a short word after it, no comma ("Audience du
# 4 novembre.", "Sitzung vom 4. Mai 1925.", "Заседание 5 марта 1938 года"); a speech's date
# goes on ("Le 4 novembre, j'étais à Lyon.").
_SITTING_DAY = regex(
    r"(?:[^\W\d_]+[ \t]+){1,3}\d{1,2}(?:er|\.)?[ \t]+(?:de[ \t]+)?(?P<month>[^\W\d_]{3,12})"
    r"(?:[ \t]+(?:de[ \t]+)?\d{4})?(?:[ \t]+[^\W\d_]{1,5}\.?)?\.?"
)


def _dated_below(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, in CAPITALS with its stop alone on the body's first line and printed once,
    is the record's title over its sitting's date: the court's or the house's name, a short line
    naming a day of a month under it and nothing more ("COUR D'ASSISES DE SEINE-ET-OISE." /
    "Audience du 4 novembre.", "SCHWURGERICHT MÜNCHEN I." / "Sitzung vom 4. Mai 1925."), as no
    speech opens a record; nor does a chair's label or one under a form of address."""
    if not (cand.upper and _punct(cand) == "." and len(occurrences) == 1) or cand.title:
        return False
    if chairs(cand.name, config):
        return False  # "PRÄSIDENT." / "Am 4. Mai war ich in Berlin.": the chair's first answer
    found = occurrences[0]
    day = _SITTING_DAY.fullmatch(found.after_in[found.after_at :].strip())
    return found.first and found.alone and day is not None and day["month"].casefold() in config.months


# A day's number in figures, perhaps with its ordinal's letters or stop ("9TH", "13", "3."), and
# the words on either side of it, a comma or a stop after the word before it. The number is whole:
# no day's digit is read out of a clock or a longer number ("Anna March 10:15", "BILL 123 MAY").
_DAY_BETWEEN = regex(
    r"(?:([^\W\d_]+)[.,]?[ \t]+)?(?<![\w.])(?:[12]?\d|3[01])(?!\d)(?:st|nd|rd|th|er|e|º|ª)?\.?(?![\w.,:]\w)"
    r"(?:[ \t]+(?:of[ \t]+|de[ \t]+)?([^\W\d_]+))?",
    re.IGNORECASE,
)


# A figure that is no ordinal before its noun ("alle 10.", "u 10 sati", "at 10.05"): "9. sjednica",
# "Die 27. Sitzung" number the sitting the chair opens himself.
_HOUR_FIGURE = regex(r"\d+(?!\d|\.\s+\w)")


def _opened_below(cand: Candidate, occurrences: list[Occurrence], config: Config, lang: str) -> bool:
    """Whether *cand*, an office's colon before its holder printed once alone on the body's first
    line, names the sitting's officer in the head over the narration of the sitting opened, one
    sentence with its language's verb and the hour in figures (``opening_verbs``: "PRESIDENTE: on.
    MARIO ROSSI" / "La seduta comincia alle 10."): the chair's turns open under his office alone
    below. The head's line is a paragraph of its own: a label whose speech runs on the line right
    under it ("ALCALDE: X" / "Siendo las 10:15 horas, se abre la sesión.") opens the chair's turn."""
    verbs = config.opening_verbs.get(lang)
    if not verbs or len(occurrences) != 1 or not cand.role or not cand.printed.startswith(cand.role):
        return False
    found = occurrences[0]
    if not (found.first and found.alone and found.ending == "sentence") or found.after_at:
        return False
    below = found.after_in.partition("\n\n")[0]
    # the hour in figures: the chair's own words open it with none ("Dichiaro aperta la seduta.")
    hour = _HOUR_FIGURE.search(below) is not None
    return hour and not verbs.isdisjoint(word.casefold() for word in WORD.findall(below))


_BRACKETED = regex(r"\([^()]*\)")  # a bracket's words, left out where a label's own are asked


def _day_named(printed: str, config: Config) -> bool:
    """Whether *printed*, a label's words, name a day: a day's number beside a month's name or a
    weekday's ("HEARING RESUMED ON THURSDAY, 9TH OCTOBER:", "ADJOURNED TO MONDAY, 3 MAY:", a
    court's heading over the turns of its day): no one's label. Only a label with a figure is
    asked, so that the names of a long record cost nothing."""
    if not any(char.isdigit() for char in printed):
        return False
    weekday = config.head.get("weekday")
    for match in _DAY_BETWEEN.finditer(printed):
        for word in match.groups():
            folded = (word or "").casefold()
            if len(folded) > 2 and (folded in config.months or (weekday and weekday.fullmatch(folded))):
                return True
    return False


_HOUSE_LINE = 60  # the characters under a title read for the house's name


def _housed_below(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, in CAPITALS with its stop alone on the body's first line and printed once,
    is the record's title over the house's name in CAPITALS on the line under it ("THE
    CONGRESSIONAL GLOBE." / "SENATE.", "HANDELINGEN." / "TWEEDE KAMER. Zitting van …"), as
    :func:`_dated_below` reads a title over its date: no speech opens by naming a house so."""
    if not (cand.upper and _punct(cand) == "." and len(occurrences) == 1):
        return False
    found = occurrences[0]
    if (
        re.sub(r"(?i)^the\b", "", cand.title).strip()
        or not (found.first and found.alone)
        or chairs(cand.name, config)
    ):
        return False
    line = found.after_in[found.after_at : found.after_at + _HOUSE_LINE].lstrip().partition("\n")[0]
    house = line.partition(". ")[0].strip().rstrip(".")
    return (
        len(house.split()) <= _HOUSE_WORDS
        and house.isupper()
        and not any(char.isdigit() for char in house)
        and config.offices.search(house.casefold()) is None
        and config.chambers.search(house.casefold()) is not None
    )


_CAPTION_LINES = 200  # characters under a caption's party that hold its side and the versus under it


def _party_over_caption(occurrences: list[Occurrence], config: Config) -> bool:
    """Whether the "label", printed once alone on its line, is a party of a case's caption: the
    line under it is the party's side ("HALDANE MINING CORP." / "Claimant,", "JOHN DOE," /
    "Plaintiff,", an arbitration's or a court's cover; the reader may have joined "v." to it) and
    the versus stands next to the side or over the party, as no speech has it: a speech that
    opens by addressing a party goes on with its words ("THE COURT:" / "Plaintiff, you may
    proceed."), and counsel naming whom they represent goes on without a versus ("MR. X" /
    "Plaintiff." / "Daniel X, Your Honor.")."""
    caption = config.head.get("caption")
    if caption is None or len(occurrences) != 1 or not occurrences[0].alone:
        return False
    found = occurrences[0]
    window = found.after_in[found.after_at : found.after_at + _CAPTION_LINES]  # not the paragraph's rest
    below, _, further = window.strip().partition("\n")
    side, _, versus = below.partition(" ")  # "Claimant, v.": the reader joined the caption's lines
    if caption.fullmatch(side) is not None and caption.fullmatch(versus) is not None:
        return True
    above = found.above.split()[-1:]
    after = further.strip().partition("\n")[0].split()[:1]
    return caption.fullmatch(below) is not None and any(
        word.casefold() in config.versus for word in above + after
    )


_RUBRIC_WORDS = 6  # words of a case's rubric after its dash ("VOL QUALIFIÉ. — DEUX ACCUSÉS.")


def _rubric_after_dash(cand: Candidate, occurrences: list[Occurrence]) -> bool:
    """Whether *cand*, in CAPITALS before a dash, printed once with no form of address, heads a
    report of a case: what follows the dash is its rubric, a few words in CAPITALS with a stop
    and nothing after them in the paragraph ("AFFAIRE DE LA RUE X. — ASSASSINAT.", a court
    chronicle's case over the president's questions), where a speech goes on in lower case.
    Under a question it is the answer, in a record printed in CAPITALS throughout ("LE
    PRÉSIDENT. — VOUS ÉTIEZ LÀ ?" / "DUPONT. — NON."): no case is headed under a question."""
    if not (cand.upper and not cand.title and _punct(cand)[-1:] in _DASHES and len(occurrences) == 1):
        return False
    found = occurrences[0]
    rest = found.rest.strip()
    words = _LONG_WORD.findall(rest)
    return (
        not found.alone
        and not _ASKED_END.search(found.above)
        and found.after_in[found.after_at :].strip() == rest
        and 0 < len(words) <= _RUBRIC_WORDS
        and all(word.isupper() for word in words)
        and rest.endswith(".")
    )


def _sitting_title(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, in CAPITALS before a dash with no form of address (see
    :func:`_dashed_title`), is the record's title: the court, chamber or sitting named after the
    dash on a short line with its number or date and no final stop ("NOTES D'AUDIENCE —
    Tribunal correctionnel, 10e chambre", "VERBALE — Consiglio comunale di Pavia, seduta del 3
    maggio"); a wrap's line is longer, and a surname's speech that a narrow wrap cut short names
    the house with no number ("MODIGLIANI — Onorevoli colleghi, la Camera" / "deve …"), or with
    its number where the sentence goes on in lower case below ("ROSSI — Signor Presidente, la
    seduta n. 12" / "si è chiusa senza voto."). The chamber may be named before the dash too, in
    the title itself ("DIARIO DE SESIONES DE LAS CORTES DE X — PLENO — Núm. 12"): an office,
    which a chair's label naming the chamber holds, makes no title (see the caller). The name
    before the dash counts only where the sitting's kind stands between it and a second dash, as
    a title sets it: a name printed alone before one dash may be a surname that begins as a house
    does ("CAMERANI — Signor Presidente, sul comma 2", "MARIO CAMERANI — …", "HOUSEMAN — …"), and
    an office between the dashes is the surname's ("CAMERANI — RELATORE — …")."""
    if not (cand.upper and not cand.title and _dashed_title(cand, occurrences)):
        return False
    occurrence = occurrences[0]
    rest = occurrence.rest
    if len(rest) >= _FULL_LINE or rest[-1:] in TERMINAL or not any(char.isdigit() for char in rest):
        return False
    at = occurrence.after_in.find(rest, occurrence.after_at)
    if at >= 0 and occurrence.after_in[at + len(rest) : at + len(rest) + _FULL_LINE].lstrip()[:1].islower():
        return False
    printed = cand.printed[len(cand.name) :] if cand.printed.startswith(cand.name) else ""
    kind = printed.strip().strip("".join(_DASHES)).strip()  # what stands between the two dashes
    dashed = sum(char in _DASHES for char in printed) > 1 and not config.offices.match(kind.casefold())
    named = cand.name if dashed else ""
    return config.chambers.search(f"{named} {printed} {rest}".casefold()) is not None


def _first_line_title(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, printed once with its stop on the record's first line, nothing above it,
    is run into the record's title: a copy's heading naming the speech, the house and the date on
    a short line with no final stop ("Речь П. А. Столыпина в Государственной думе 10 мая 1907
    года", a name's initials cutting it), as :func:`_sitting_title` reads the rest of a title's
    line; a speech the first label opens goes on as a sentence, or names no house and no date, or
    a dash or OCR's lost stop ends it on other words than the date's year."""
    if len(occurrences) != 1 or _punct(cand) != ".":
        return False
    occurrence = occurrences[0]
    if occurrence.alone or occurrence.inner or occurrence.held_before or occurrence.above_in:
        return False
    rest = occurrence.rest
    if len(rest) >= _TITLE_LINE or rest[-1:] in TERMINAL or not _TITLE_DATE.search(rest):
        return False
    at = occurrence.after_in.find(rest, occurrence.after_at)
    if at < 0 or occurrence.after_in[at + len(rest) : at + len(rest) + _FULL_LINE].strip():
        return False  # the paragraph goes on below: a speech wrapped, no title's line
    return config.chambers.search(rest.casefold()) is not None


# A date in figures as a letterhead's column prints it ("2019-11-25", "25.11.2019", "25/11/2019"),
# and the gaps between a head's columns: a tab, or a run of spaces.
_NUMERIC_DATE = regex(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}")
_COLUMN_GAP = regex(r"\t+|[ \u3000]{2,}")
_TITLE_COLUMNS = 3  # the columns after the title's first: the record's name, its date, its number


def _column_title(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, set off by a gap and printed once on the record's first line, nothing
    above it, is the record's title printed in columns: after it only a word naming the record
    (``record_headings``: "Protokoll", "Minutes") and a date, each in its column, nothing below in
    its paragraph ("KOMMUNFULLMÄKTIGE        Protokoll        2019-11-25", a Swedish council's
    letterhead): no speech is a document's name and a date alone."""
    if len(occurrences) != 1 or _punct(cand) not in ("\u3000", "\t"):
        return False
    occurrence = occurrences[0]
    if not occurrence.first or occurrence.inner or occurrence.held_before or occurrence.above_in:
        return False
    rest = occurrence.rest.strip()
    at = occurrence.after_in.find(rest, occurrence.after_at)
    if not rest or at < 0 or occurrence.after_in[at + len(rest) : at + len(rest) + _FULL_LINE].strip():
        return False  # the paragraph goes on below: a speech's first line
    columns = [column.strip() for column in _COLUMN_GAP.split(rest) if column.strip()]
    return len(columns) <= _TITLE_COLUMNS and all(
        column.casefold() in config.record_headings
        or _NUMERIC_DATE.fullmatch(column) is not None
        or _date_alone(column, config)
        for column in columns
    )


# A spaced dash between a name and its office, or between the office's firm and its word.
_SPACED_DASH = regex(r"[ \t](?:--|[–—])[ \t]")
_DASHED_NAME_WORDS = (2, 4)  # the words of a person's name before the dash


def _dashed_office(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is a person's name, a few capitalised words and no office among them, with
    an office or a participant's word (``participants``) after a spaced dash, last where the firm
    stands between ("Jane Whitaker -- Chief Financial Officer", "Priya Raman -- Northgate
    Securities -- Analyst"), as a web copy of an earnings call prints each speaker."""
    if not cand.role or not _SPACED_DASH.search(cand.printed):
        return False
    return _named_office(cand.name, _SPACED_DASH.split(cand.role)[-1], config)


def _named_office(name: str, last: str, config: Config) -> bool:
    """Whether *name* is a few capitalised words and no office among them and *last*, the part
    after the last spaced dash, an office or a participant's word (see :func:`_dashed_office`)."""
    words = name.split()
    if not (_DASHED_NAME_WORDS[0] <= len(words) <= _DASHED_NAME_WORDS[1]) or not all(
        word[:1].isupper() for word in words
    ):
        return False
    if config.offices.search(name.casefold()) is not None:
        return False
    last = last.strip().casefold()
    return config.offices.match(last) is not None or last in config.participants


def dashed_office_line(line: str, config: Config) -> bool:
    """Whether *line* opens with a name and its office after a spaced dash ("Peter Castellan --
    Chairman", see :func:`_dashed_office`), its speech after it perhaps."""
    parts = _SPACED_DASH.split(line.strip())
    return len(parts) > 1 and _named_office(parts[0], parts[-1], config)


def _dashed_office_below(occurrence: Occurrence, config: Config) -> bool:
    """Whether the line right under *occurrence*, alone on its line, is itself a name and its
    dashed office ("Opening Remarks -- Chairman" over "Peter Castellan -- Chairman"): the upper
    line opens no speech, a section's heading over the speaker's label."""
    return occurrence.alone and dashed_office_line(occurrence.after, config)


def _house_sitting(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, printed once with its stop on the record's first line, is a house's name,
    alone or with its country's adjective, over the rest of the line naming the sitting as a
    part's heading does ("Государственная Дума. Засѣданіе 12.", "Deutscher Bundestag. 12.
    Sitzung."): the record's title in any case, no speaker. An office's words make a chair's
    label naming the house ("Председатель Государственной Думы. Слово имеет …"), and a speech's
    first words after the name are no sitting's heading."""
    if len(occurrences) != 1 or _punct(cand) != "." or cand.role:
        return False
    occurrence = occurrences[0]
    if not occurrence.first or occurrence.alone or occurrence.inner:
        return False
    name = cand.name.casefold()
    office = config.offices.search(name)
    if len(name.split()) > _HOUSE_WORDS or not config.chambers.search(name):
        return False
    if office is not None and not _housed_office(name, office, config):
        return False
    rest = occurrence.rest.strip()
    return any(char.isdigit() for char in rest) and config.headings.fullmatch(rest) is not None


def _barred_title(
    cand: Candidate, occurrences: list[Occurrence], spoken_bars: frozenset[tuple[str, bool]]
) -> bool:
    """Whether *cand*, before a bar, is a web page's title over each place it is printed: the
    page's name after the bar on a short line with no final stop or comma ("Chambre des Députés |
    Compte rendu analytique", "Deutscher Bundestag | Plenarprotokoll 20/45"), where the speech
    after a member's bar ("M. X (CSV) | Merci, …") is a sentence or a line a wrap cut. A name
    under its form of address or with its party in brackets is a member's, whatever her short
    answer ("Mme X (LSAP) | Absolument pas"). On the record's first line the title may be a
    headline's length ("LIVE UPDATES | Supreme Court Bench hears … – Day 2", a live page's)
    where no other candidate printed in its case speaks after its bar (*spoken_bars* holds those
    that do, and whether each is in capitals): where others do, the bar marks the turns of a chat
    or a forum's copy, its first speaker's welcome long and unstopped ("Moderator | Welcome
    everyone to the live Q and A on …" over "Priya | Will …?"); a headline in CAPITALS over
    turns in Mixed case is the page's title still ("LIVE UPDATES | …" over "Desai | …")."""
    if not _barred(cand):
        return False
    headline = all(key == cand.key or upper != cand.upper for key, upper in spoken_bars)
    return all(_titled_after_bar(o.rest, o.first and headline) for o in occurrences)


def _barred(cand: Candidate) -> bool:
    """Whether *cand* is printed before a bar read as its colon, with no title nor role a
    member's label has."""
    return cand.printed.endswith("|") and not cand.title and not cand.role


def _titled_after_bar(rest: str, headline: bool) -> bool:
    """Whether *rest*, after a bar, is a page's title: a few words (a headline's many where
    *headline*) with a capital first, no comma and no final stop."""
    words = _LONG_WORD.findall(rest)
    most, longest = (_BARRED_HEADLINE_WORDS, _BARRED_HEADLINE) if headline else (_TITLED_WORDS[1], _FULL_LINE)
    return (
        1 <= len(words) <= most
        and len(rest) < longest
        and rest[-1:] not in TERMINAL
        and "," not in rest
        and words[0][:1].isupper()
    )


_SPACED_LETTERS = 3  # letters set apart by spaces that make a word spaced out, no initials
_INITIALS = 4  # initials without stops before a surname ("M G E WILEY")
_NAMED_AFTER_INITIALS = 2  # words after them: the surname, or a forename and the surname ("আ হ ম মুস্তফা কামাল")
_TITLED_WORDS = (2, 6)  # words of a heading's rest after its dash ("Regular Meeting")
_BARRED_HEADLINE_WORDS = 16  # words of a web page's headline after its bar, the record's first line
_BARRED_HEADLINE = 120  # characters of that headline


def _titled(rest: str) -> bool:
    """Whether *rest*, the rest of the line after a dash, is a heading's: a few capitalised words,
    only short ones in lower case between them, no final stop ("Riverton Town Council - Regular
    Meeting" over a head's lines that the blank-line layout joined to it), where a speech after
    a dash is a sentence."""
    words = _LONG_WORD.findall(rest)
    return (
        _TITLED_WORDS[0] <= len(words) <= _TITLED_WORDS[1]
        and rest[-1:] not in TERMINAL
        and words[0][:1].isupper()
        and all(word[:1].isupper() or len(word) <= PARTICLE_LENGTH for word in words)
    )


# A date alone after a heading's dash: the day, its month in a word or a number, the year and
# perhaps the year's abbreviated word ("19. novembar 2002.g.", "3 March 1998", "14.05.1999"), or
# its month first, as an American title dates its meeting ("April 18, 2024").
_DATE_REST = regex(
    r"(?:\d{1,2}\.?\s*(?:[^\W\d_]{3,12}|\d{1,2}\.)\s*\d{4}(?:\.?\s?[^\W\d_]{1,6}\.?)?"
    r"|[^\W\d_]{3,12}\.?\s\d{1,2},?\s\d{4})\.?"
)


def _titled_or_dated(rest: str, config: Config) -> bool:
    """Whether *rest*, the rest of the line after a dash, is a heading's (:func:`_titled`) or a
    date alone, perhaps after its weekday, as a trial's day heads its record ("STO ČETRNAESTI DAN
    - 19. novembar 2002.g.", the hundred and fourteenth day) and a council's video its meeting
    ("City Council Regular Meeting - Thursday, April 18, 2024"): no speech is a date and nothing
    more, but a word other than the weekday before it makes it an answer's ("Since March 3,
    2024.", "Dana 19. novembra 2002.")."""
    return _titled(rest) or _date_alone(rest, config)


def _date_alone(rest: str, config: Config) -> bool:
    """Whether *rest* is a date alone, perhaps after its weekday (see :func:`_titled_or_dated`)."""
    date = rest.strip()
    first, weekday = _FIRST_WORD.match(date), config.head.get("weekday")
    if first and weekday and weekday.fullmatch(first.group(1)):
        date = date[first.end() :].removeprefix(",").lstrip()  # "Thursday, April 18, 2024"
    return _DATE_REST.fullmatch(date) is not None


def _surname_first(name: str) -> bool:
    """Whether *name* is a surname in CAPITALS before given names in Mixed case ("GALLO
    Raffaele", as the Italian regional councils print their members): printed as a name in
    CAPITALS is, beside the chair's "PRESIDENTE" (not an abbreviation before a title: "RA Dr. Vogel",
    nor hyphened initials before a surname: "E.-J. Truuväli")."""
    words = name.split()
    return (
        len(words) >= 2
        and len(words[0]) >= 3
        and words[0].isupper()
        and "." not in words[0]
        and all(word.isalpha() and word[:1].isupper() and not word.isupper() for word in words[1:])
    )


_GREEK_LETTER = regex(r"[\u0370-\u03ff\u1f00-\u1fff]")  # monotonic and polytonic Greek
_NOT_CUT = frozenset(TERMINAL) | frozenset("0123456789")  # a sentence's end, a date's


def _spaced_out(name: str) -> bool:
    """Whether *name* is a word set out letter by letter, three letters at least ("A P P E A R A N C
    E S"), not a surname's initials before it without stops ("Mr M G E WILEY", as South Africa's
    Hansards print a member), nor the initials before a forename and a surname, as Bangladesh's
    Sangsad prints them ("আ হ ম মুস্তফা কামাল", "এ কে এম রহমান"): a heading, no name."""
    words = name.split()
    run = 0
    for at, word in enumerate([*words, ""]):
        if len(word) == 1:
            run += 1
            continue
        named = len(words) - at <= _NAMED_AFTER_INITIALS and all(len(rest) > 1 for rest in words[at:])
        initials = run <= _INITIALS and named and len(word) > 1
        if run >= _SPACED_LETTERS and not initials:
            return True
        run = 0
    return False


def _spaced_office(name: str, config: Config) -> bool:
    """Whether *name*, its letters set apart by spaces, is an office or the chair's office once
    they are joined ("재 판 장" is "재판장")."""
    joined = "".join(name.split())
    return bool(config.chairs.fullmatch(joined)) or office_ends(joined, config)


def _cut(before: str) -> bool:
    """Whether the line before a candidate, a long one, ends mid-sentence in words in lower or
    Mixed case: a hard-wrapped line cut the sentence there ("… On a point of order, Mr" /
    "Speaker. I …"); a short line with no stop is a heading, unless a comma ends it, as no
    heading's line ends ("Je vous remercie," / "M. le député. Maintenant …"); a long one ending
    in a number is the head's date line ("Compte rendu de la séance du mercredi 15 mars 2023")."""
    last = before.rstrip()
    if last.endswith(";") and _GREEK_LETTER.match(last[-2:-1]):
        return False  # "… ζητοῦμεν πρῶτον;": the Greek question mark, NFC's semicolon, ends it
    if last.endswith((",", ";")):
        return True
    return len(last) >= _FULL_LINE and last[-1] not in _NOT_CUT and not last.isupper()


def _announced_above(before: str, config: Config, lang: str) -> bool:
    """Whether the line before a candidate alone on its line ends with no stop in the word of the
    record's narration announcing the text that follows (``announcing_words``: "… mando para a
    mesa a seguinte" / "Proposta:" / "Proponho …"): the sentence goes on into the candidate, the
    noun of the text it announces over the text, no one's label (a label with its speech on its
    line is no such noun). A verb of saying there is a speech's last word, printed with no stop."""
    words = before.split()
    return bool(words) and words[-1].casefold() in config.announcing_words.get(lang, frozenset())


def _heads_sitting(line: str, config: Config) -> bool:
    """Whether *line*, with no stop at its end, names who presides or who is heard: a head's or
    a hearing's heading, no sentence a wrap cut."""
    return bool(config.presiding.fullmatch(line) or config.witness.fullmatch(line))


def _ends_examination_heading(occurrence: Occurrence, config: Config) -> bool:
    """Whether *occurrence*, a line's start, ends the heading the line above opens: an
    examination's, its last words carried on by a wrap ("… WAS EXAMINED BY MR. X AS" /
    "FOLLOWS:")."""
    joined = f"{occurrence.above.strip()} {occurrence.cand.printed.strip()}"
    return bool(config.witness.fullmatch(joined) or config.examiner.fullmatch(joined))


# the vowels a Romance or English plural's "-s" follows ("constituyente-s", "justice-s")
_PLURAL_VOWELS = frozenset("aeiouáéíóú")


def _office_plural(word: str, config: Config) -> bool:
    """Whether *word* is an office's or a form of address's plural ("Constituyentes",
    "Diputados", "Senadores"): no office itself, its singular one; a configured group is none."""
    folded = word.casefold()
    if config.groups.fullmatch(folded) or config.offices.fullmatch(folded):
        return False
    if folded in config.plural_titles and folded.endswith(config.plural_endings):
        # a Slavic plural of the house's members' word, its singular before the ending whole
        # ("депутат-ы", "депутат-и", "товарищ-и"): only the listed words, no other office's
        # plural that speaks through one of its own ("Аудиторы:", "Члены комиссии:")
        return any(
            config.offices.fullmatch(folded[: -len(ending)])
            or config.titles.fullmatch(folded[: -len(ending)])
            for ending in config.plural_endings
            if folded.endswith(ending)
        )
    if not folded.endswith("s"):
        return False
    # the singular a vowel's "-s" leaves, whole ("constituyente-s"), or an office's stem before
    # "-es" or "-os" ("senador-es", "diputad-os"): a stem before "-as", "-is" or a consonant's
    # "-s" is a Baltic singular ("Atstov-as:", "Tiesnes-is:", "Deputāt-s:", the holder's label)
    singulars = [folded[:-1]] if folded[-2:-1] in _PLURAL_VOWELS else []
    singulars += [folded[:-2]] if folded[-2:] in ("es", "os") else []
    return any(config.offices.fullmatch(one) or config.titles.fullmatch(one) for one in singulars)


_ADDRESSED_WORDS = 4  # words at least of the sentence after a vocative's colon: no voices' cry


def _opens_sentence(after: str) -> bool:
    """Whether *after*, the words after a salutation's colon, open a sentence of the speech: four
    words or more before its first stop or comma, no exclamation's mark first ("Hoy venimos a
    pedir …"; "¡Muy bien!", "Bravo !", "Muy bien, que hable ya." and "Sí, sí, sí." are the voices
    of the hall, a short cry before its comma)."""
    sentence = re.split(r"[.!?…,;]", after, maxsplit=1)[0]
    return after[:1] not in '¡¿(«"“[' and len(sentence.split()) >= _ADDRESSED_WORDS


def _quotation_open(text: str) -> bool:
    return any(
        opener in text and text.count(opener) > text.count(closer)
        for opener, closer in _QUOTES
        if opener != closer
    )


_CASE_ENDING = 3  # letters of a case ending after a surname ("Жұмабаевқа", "Жұмабаева")
_QUESTION_MARKS = "?？؟"  # a question's marks, the line above a vote's answer ends with
# An editor's note in square brackets opening a speech, and the space after it.
_EDITORS_OPENING = regex(r"\[[^\[\]\n]{1,30}\][ \t]+")
_STAGE_ONLY = regex(r"\((?P<verb>[^\W\d_]+)\b[^()\n]{0,80}\)\.?")  # "(verliest das Protokoll.)"
_NAMES_SENTENCED = 2  # such names that take turns, the fewest believed
_NAME_WORDS = (2, 3)  # words of a bare name in a script without case that a sentence after believes
# A sentence's stop and the space after it, where a heading run onto its line may start.
SENTENCE_GAP = regex(r"[.?!][ \t]+(?=\S)")
_HALL_MEMBER_WORDS = 8  # "Un représentant de l'association des actionnaires": one of the hall and its body
_QUALIFIER_WORDS = 3  # words after one of the hall's word describing it: "Une citoyenne tirée au sort"
_SEAT_WORDS = 3  # an office, its link and the seat's word before the seat's number at least
_BODY_LINK_REACH = 3  # words before the participants' word where the body's link is: "of the minority"
_SALUTED_ASKED = 8  # a label's first occurrences asked for a salutation: it matters where it is printed once
# A salutation closed by its exclamation, as a speech opens ("Товарищи! …", "Towarzysze
# delegaci! …"); one with its comma runs on into a sentence, as a speech's later paragraph may.
_EXCLAIMED = regex(r"\s*[^\W\d_][^,.;:!?\n]{0,60}!")
_SEARCHES = 64  # words searched for in the whole text before its words are read once instead
# A word and the word after it, each word of the text read once as the first ("Ralph Cooke",
# "Mr. Tilden"): a surname after its forename or a form of address.
_NAMED = regex(r"(?<![\w'’-])([^\W\d_][\w'’-]*\.?)(?=[ \t]+([^\W\d_][\w'’-]*))")
# A word in brackets after a capitalised word and a space, a party's short name after a member's
# name ("Ana Rita Bessa (CDS-PP)", "Bruno Dias (PCP)").
_AFFILIATION = regex(r"(?<=[^\W\d_])[ \t]\(([^\W\d_]{2,10}(?:[-/][^\W\d_]{1,10})?)\)")


def voices(text: HeldText) -> frozenset[str]:
    """The keys of the names a record sets inside parentheses before a stop or a colon ("(Anna
    Berg:"), the voices its stage directions name: read a run of lines at a time, each after the
    last line of the one before (such a name's stop may stand on the next line)."""
    return frozenset(map(label_key, {m.group("name") for m in text.matches(_VOICE.finditer, 1)}))


class _Evidence:
    """What the whole document says about candidates, computed once: ordinary words in lower
    case, voices inside parentheses (:func:`voices`), and the sentence openers of its language.
    The text is read a run of lines at a time (:meth:`HeldText.chunks`): no word it asks of it
    spans a line's end."""

    def __init__(self, text: HeldText, voiced: frozenset[str], config: Config, lang: str) -> None:
        self._text = text
        self._lower: dict[str, bool] = {}
        self._words: frozenset[str] | None = None  # the text's words, once many are asked about
        self.voices = voiced
        self.office_words = config.office_words
        self.clocks = 0  # labels printed with the recording's clock after them
        self.chatted = False  # nicks in angle brackets open half the labels' lines or more, twice at least
        self.colon_reported = False  # colons print the labels, a reporter's verb after a name twice as seldom
        self.clips = 0  # names alone over a clip's clock range and its speech
        self.clocked_below = 0  # names alone over the recording's clock alone and its speech
        self.clocked_again = False  # one of them so printed twice or more: a speaker's, no item's
        self.printed: frozenset[str] = frozenset()  # the keys of every candidate printed
        # a participant's word with its name or place in brackets labels a turn ("CALLER (Mary,
        # Leeds):"): the record names its callers so, none by a name and where it is from
        self.participants_bracketed = False
        self.parts: frozenset[str] = frozenset()  # the Roman numerals of an outline's parts
        self.marks: frozenset[str] = frozenset()  # the marks of an outline's lettered headings
        self.sentenced = 0  # names in a script without case each with a sentence after it
        # the names an enclosed office prints with its holder ("[新闻发言人 王晓梅]")
        self.holders: frozenset[str] = frozenset()
        # the keys of candidates a speech follows after a bar, and whether each is in capitals
        self.spoken_bars: frozenset[tuple[str, bool]] = frozenset()
        self.typed = False  # the record types its speech in capitals: no heading's evidence
        # a bold label after a list's mark printed twice ("- **Dana**: …" again): notes' turns
        self.items_again = False
        self.openers = config.record_openers.get(lang, config.any_openers)
        self.lang = lang
        self.suffixes = config.address_suffixes.get(lang, ())  # "君" of "森下君": as "Mr." before a name
        self._prepositions = config.place_prepositions
        self._places: frozenset[str] | None = None
        self._affiliations: frozenset[str] | None = None
        self._titles = config.titles
        self._named: frozenset[str] | None = None

    def a_place(self, word: str) -> bool:
        """Whether the text sets *word* after a preposition of place ("aus Berlin"), read once."""
        if self._places is None:
            words = "|".join(map(re.escape, self._prepositions)) or "(?!)"
            # the prepositions' first letters looked ahead for first: one test refuses most places,
            # where the word's bound and the alternation had been tried at each word's start
            firsts = "".join(sorted({re.escape(preposition[:1]) for preposition in self._prepositions}))
            ahead = f"(?i:(?=[{firsts}]))" if firsts and all(self._prepositions) else ""
            after = re.compile(rf"{ahead}(?<![^\W\d_])(?i:{words})[ \t]+([^\W\d_][\w'’-]*)")
            self._places = frozenset(
                found.group(1)
                for chunk in self._text.chunks()
                for found in after.finditer(chunk)
                if found.group(1)[0].isupper()
            )
        return word in self._places

    def an_affiliation(self, word: str) -> bool:
        """Whether the text sets *word*, in CAPITALS, alone in brackets after a name ("Deputado
        João Oliveira (PCP)"): a party's short name, read once, at the first word asked."""
        if self._affiliations is None:
            self._affiliations = frozenset(
                found.group(1)
                for chunk in self._text.chunks()
                for found in _AFFILIATION.finditer(chunk)
                if found.group(1).isupper()
            )
        return word in self._affiliations

    def named(self, word: str) -> bool:
        """Whether the text names *word* (in lower case) after a capitalised forename or a form of
        address ("Call Ralph Cooke.", "Mr. Tilden, stand up", "The Trial of Stephen Marsh"), as a
        person's surname stands: a reply's word opening two answers ("Nobody.") is named so
        nowhere. Read once, at the first word asked."""
        if self._named is None:
            self._named = frozenset(
                found.group(2).casefold()
                for chunk in self._text.chunks()
                for found in _NAMED.finditer(chunk)
                if found.group(1)[0].isupper()
                and found.group(2)[0].isupper()
                and (
                    not found.group(1).endswith(".")
                    or self._titles.fullmatch(found.group(1).casefold()) is not None
                )
            )
        return word in self._named

    def used_in_lower_case(self, words: list[str]) -> bool:
        return bool(words) and all(self._in_lower_case(word.casefold()) for word in words)

    def _in_lower_case(self, word: str) -> bool:
        """Whether *word* (in lower case) stands in the text as a word of its own (as
        :data:`WORD` reads words: "well-being" is no "well"). Found with ``str.find``, which
        is fast, for the few words a short record's candidates have; a name's word is in no
        sentence, so each search runs to the text's end, and past :data:`_SEARCHES` words the
        text's own words are read once instead (as many searches cost as much as that)."""
        if word not in self._lower:
            if self._words is None and len(self._lower) >= _SEARCHES:
                self._words = frozenset(word for chunk in self._text.chunks() for word in WORD.findall(chunk))
            if self._words is not None:
                self._lower[word] = lower_case(word[:1]) and word in self._words
                return self._lower[word]
            chunks = self._text.chunks() if lower_case(word[:1]) else iter(())
            self._lower[word] = any(_alone_in(chunk, word) for chunk in chunks)
        return self._lower[word]


def _alone_in(text: str, word: str) -> bool:
    """Whether *word* stands in *text* as a word of its own (see :func:`_joined`)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (_joined(text, at - 1, -1) or _joined(text, end, 1)):
            return True
        at = text.find(word, end)
    return False


def _joined(text: str, at: int, step: int) -> bool:
    """Whether the character of *text* at *at* continues the word beside it (a letter, or a
    hyphen or apostrophe with a letter beyond it); *step* −1 looks left, +1 right."""
    if not 0 <= at < len(text):
        return False
    if LETTER.match(text, at):
        return True
    beyond = at + step
    return text[at] in "-'’" and 0 <= beyond < len(text) and LETTER.match(text, beyond) is not None


def _unclocked(cand: Candidate) -> str:
    """The label as printed without the clock printed before it ("14:15 Mart Helme" → "Mart Helme")."""
    if cand.time and cand.printed.startswith(cand.time):
        return cand.printed[len(cand.time) :].lstrip()
    return cand.printed


def _clock_after(cand: Candidate) -> bool:
    """Whether the recording's clock is printed after the label's name ("Speaker 1  0:02")."""
    return bool(cand.time) and not cand.printed.startswith(cand.time)


def _clip_below(occurrence: Occurrence) -> bool:
    """Whether a name alone on its line stands over a clip's clock range and a speech below it
    (:data:`CLIP_RANGE`), as a web archive of speeches prints each row: the label's own mark
    where it recurs; a schedule's item over its hours has no speech under them."""
    if not occurrence.alone or occurrence.ending not in ("speech", "sentence"):
        return False
    after = occurrence.after_in[occurrence.after_at :].lstrip()
    clock = CLIP_RANGE.match(after)
    return clock is not None and after[clock.end() : clock.end() + 1] in ("\n", " ")


def _addressed_alone(occurrence: Occurrence, config: Config) -> bool:
    """Whether *occurrence* is alone on its line with no stop and a label's shape without its
    capitals: a form of address before a name ("MR. JONES") or an office whole after its article
    ("THE CHAIRMAN"), as a record typed in capitals prints its labels over the speech; a line
    that adds words to an office ("COURT ADJOURNS [11:15]") or a sentence with its stop ("THE
    EVENING RATE GOES AWAY ENTIRELY.") is the record's own line."""
    cand = occurrence.cand
    if not occurrence.alone or cand.punct.strip():
        return False
    name = cand.name.casefold()
    return bool(cand.title and config.titles.fullmatch(cand.title.casefold())) or bool(
        config.offices.fullmatch(config.past_article(name))
    )


def _clock_below(occurrence: Occurrence) -> str:
    """The recording's clock opening the next line where a name alone on its line stands over it
    and a speech below it, as a speech-to-text service's page copied prints each turn ("Maria
    Lopez" / "0:03" / "Good morning, …"), else "": the label's own mark where a speaker so printed
    takes the floor again and the clocks count seconds (see :func:`decide`); a programme's items
    over their hours are each printed once, or again on the hour's five minutes ("Pause" / "10:30")."""
    if not occurrence.alone or occurrence.ending not in ("speech", "sentence"):
        return ""
    after = occurrence.after.lstrip()  # the first characters read, never the paragraph's rest
    if not after[:1].isdigit():  # the cheap test first: a speech opens with a word
        return ""
    clock = _LONE_CLOCK.match(after)
    return clock.group("clock") if clock else ""


def _speaker_shaped(cand: Candidate, config: Config) -> bool:
    """Whether *cand* reads as a speaker's label by its own words: a form of address or an office
    in it ("Councilmember Dana Reyes"), a service's numbered speaker ("Speaker 1"), or a name of
    two words or more, each with its capital ("Maria Lopez"); an item's or a post's one word
    ("Pause", "Update") is none."""
    name = cand.name
    words = name.split()
    return bool(
        cand.title
        or config.offices.search(name.casefold())
        or numbered_speaker(name, config)
        or (len(words) >= 2 and all(word[:1].isupper() for word in words))
    )


def clock_set_off(cand: Candidate, config: Config) -> bool:
    """Whether the clock after the name is set off by two spaces or a tab, as a speech-to-text
    service exports it ("Karen Hale  0:02"): the label's own mark, as a colon would be; a
    heading's time follows its words with one space ("Afternoon Sitting 14:30"). After the
    service's word for a speaker it could not name and its number, one space or brackets set it
    off as well ("Speaker 1 0:02", "話者1 00:00", "Pembicara 1 [00:00:05]"): no heading's."""
    head = cand.printed[: -len(cand.time)] if cand.time and cand.printed.endswith(cand.time) else ""
    return head.endswith(("  ", "\t")) or (bool(head) and numbered_speaker(cand.name, config))


def _capital_after(name: str, occurrences: list[Occurrence], evidence: _Evidence) -> bool:
    """Whether a capital or an opening quote follows the label, or, in a script without case,
    the sentence that stands for one, where two names or more so printed take turns: one alone
    is as likely a phrase before a quoted text ("نص المادة: تلتزم الحكومة …", the article's
    text)."""
    return any(c.isupper() or c in "«“„\"'" for o in occurrences for c in _first_said(o.after)) or (
        evidence.sentenced >= _NAMES_SENTENCED and _sentence_after_uncased(name, occurrences)
    )


def _stage_act(after: str, config: Config) -> str:
    """Whose act *after*, all that follows a label, narrates where it is a stage in brackets
    opening with a verb of the record's narration: "acting", the member named, who says nothing,
    as an assembly's record prints the reading of a text ("(verliest das Protokoll.)", "(Reads the
    resolution.)"); "read_out", another named after the verb, the label the text read; "" where
    it is no such stage."""
    found = _STAGE_ONLY.fullmatch(after.strip())
    if found is None or found.group("verb").casefold() not in config.narration:
        return ""
    return "read_out" if _other_doer(found.group(0)[found.end("verb") :], config) else "acting"


def _other_doer(rest: str, config: Config) -> bool:
    """Whether the words after a stage's verb name its doer, an office or a person ("(verliest der
    Schriftführer.)", "(lecture par le secrétaire)", "(Read by the Clerk.)"): another does the act,
    and the label before it names the text read, no speaker."""
    words = [word.strip(".,;:)") for word in rest.split()[:3]]
    if words and words[0].casefold() in config.stage_agents:
        return True
    if words and words[0].casefold() in config.articles:
        words = words[1:]
    return bool(words) and config.offices.fullmatch(words[0]) is not None


def _first_said(after: str) -> str:
    """The first character of the speech after a label, past an editor's note in square brackets
    opening it ("Осинцев. [Вписано от руки:] Я снимаю …", the edition's word on the hand)."""
    bracket = _EDITORS_OPENING.match(after)
    return after[bracket.end() : bracket.end() + 1] if bracket else after[:1]


def _sentence_after_uncased(name: str, occurrences: list[Occurrence]) -> bool:
    """Whether a name of two or three words in a script without case opens each paragraph it is
    printed in, its punctuation after it, and a sentence follows it on its line ("أحمد الخالدي:
    أود أن أشير …."): the evidence a capital after the label gives in a cased script, which a web
    copy's excerpt printing each bare name once has no other of. Four words or more are as likely
    a sentence announcing what follows ("მე მინდა ვთქვა შემდეგი: …", "I want to say this: …")."""
    return (
        _NAME_WORDS[0] <= len(name.split()) <= _NAME_WORDS[1]
        and not cased(name)
        and all(
            not (o.inner or o.alone)
            and o.cand.punct.strip()
            and o.ending in ("speech", "sentence")
            and o.after[:1].isalpha()
            and not cased(o.after[:1])
            for o in occurrences
        )
    )


def _punct(cand: Candidate) -> str:
    """The label's punctuation; "." also where the name's last initial gives it (ІВАНЧУК А.В.),
    inside Markdown's bold too (``**ІВАНЧУК А.В.**``)."""
    return cand.punct or ("." if cand.printed.rstrip("*_").endswith(".") else "")


# A note that refers the reader elsewhere ("see col 000.", "See Votes and Proceedings").
_REFERENCE = regex(r"(?i)(?:see|vide)\s+\w")
# A tally's word or two and its count, perhaps after a colon or a dash: "Против 2", "za – 32"
_WORD_COUNT = r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*[:\u2013\u2014-]?[ \t]*\d+"
# A figure opening what follows a label, no clock's, and no sentence's subject ("15 lat temu …"):
# a count with two words at most before its comma, semicolon, bracket or end ("31 membres ;",
# "27, proti: 0", "11 (PP y Vox)."), a sum after its currency's sign with two words at most
# before its semicolon, bracket, end or the next item's bullet and name ("- Current account:
# $8,412 - Hall hire: $1,250", a treasurer's report's items; a sum and its comma open a speech
# that goes on: "OKORO: $3 million, Madam Mayor, is what …", as no tally counts in money), or a
# list's first number with its dash or bracket ("1.- Aprobación del acta", "1) …"); a number and
# its stop alone opens a member's numbered question too ("Stephen Kinnock: 1. What discussions …");
# or a tally whose counts follow their words, two counts or more, its stop or its paragraph ending
# with them ("За 20, Против 2.", "za 15, proti 8, zdržalo sa 4"), a council's vote line; a speech
# citing "Член 5, став 3" goes on after them, on its line or the next, wrapped.
_FIGURE_OPENS = regex(
    rf"{_WORD_COUNT}(?:[ \t]*[,;][ \t]*{_WORD_COUNT})+(?:[ \t]*\.[ \t]*(?:\n|$)|[ \t]*(?:\n[ \t]*\n|$))"
    r"|\s*(?:\d+(?:[.,\u00a0 ]\d{3})*(?![\d:])(?:[ \t]+[^\W\d_]+){0,2}[ \t]*(?:[,;(]|\.?[ \t]*(?:\n|$))"
    r"|[$€£¥₹₽][ \t]?\d+(?:[.,\u00a0 ]\d{3})*(?![\d:])(?:[ \t]+[^\W\d_]+){0,2}"
    r"[ \t]*(?:[;(]|\.?[ \t]*(?:\n|$)|[-–•*][ \t]+[^\W\d_][^:\n]{0,60}:)"
    r"|\d{1,2}(?:\.-|\))[ \t]+[^\W\d_])"
)
# A file's number alone, its figures joined by slashes or hyphens ("13/654321-26", "417/25")
_FILE_NUMBER = regex(r"\d+(?:[/-]\d+)+")
# A question's end: its mark, or a semicolon after a Greek word (the Greek question mark is the
# semicolon once the text is normalised: "… πόσα χρόνια εργάζεστε;").
_ASKED_END = regex(rf"(?:[{_QUESTION_MARKS}]|[\u0370-\u03ff\u1f00-\u1fff][»”\"')]*;)\s*$")
# A tally's line: another count after a comma or semicolon, bare or after its word and colon or
# dash ("9, proti: 0", "12 za, 1 przeciw"), or a list item's semicolon at the line's end ("19
# membres ;"); an answer's figure goes on in words ("1998, I think.", "12, maybe 13.").
_TALLY_LINE = regex(
    r"[^\n]*?[,;][ \t]*(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*[:\u2013\u2014-][ \t]*)?\d"
    r"|[^\n]*;[ \t]*(?:\n|$)"
)


@dataclass(slots=True)
class _Marks:
    """What a key's printings show after their labels and on the rest of their lines, read once
    a printing for the features that ask it of every printing (see :func:`_features`), where each
    had read the printing's text again, and summed over the printings as they are read: a record
    of each printing's marks, held until the last feature had asked it, had been a tuple and a copy
    of the first characters after the label (:data:`AFTER`) a printing of the key printed most, 2.6 MB of
    the 4 MB input's decision at its peak. *headed*: some printing's words in CAPITALS after it
    are a heading's (``_HEADING_AFTER``), unless the record types its speech so and the label
    stands alone over them (:func:`_addressed_alone`), or the rest of its line is a heading's
    (:func:`_heading_rest`); *reported*: every printing is the reporter's (the candidate's verb,
    or the verb under a name alone: :func:`_reported_under`); *refers*: some printing's text is
    a note referring the reader elsewhere ("See col 000."); *acts*: the stages their texts
    narrate (:func:`_stage_act`); *lettered*: a letter opens what follows some printing that
    refers nowhere; *small*: each such letter a small one."""

    headed: bool = False
    reported: bool = True
    refers: bool = False
    acts: set[str] = field(default_factory=set)
    lettered: bool = False
    small: bool = True

    @classmethod
    def read(cls, occurrences: list[Occurrence], typed: bool, config: Config) -> _Marks:
        marks = cls()
        for o in occurrences:
            after = o.after
            if not marks.headed:
                capitals = _HEADING_AFTER.match(after) is not None
                marks.headed = (capitals and not (typed and _addressed_alone(o, config))) or _heading_rest(
                    o.rest, config
                )
            if marks.reported:
                marks.reported = bool(o.cand.reported) or (o.alone and _reported_under(after, config))
            refers = _REFERENCE.match(after) is not None
            marks.refers = marks.refers or refers
            marks.acts.add(_stage_act(after, config))
            start = after[:1]
            if start.isalpha() and not refers:
                marks.lettered = True
                marks.small = marks.small and lower_case(start)
        return marks


def _chair_so_labelled(other: str, key: str, config: Config) -> bool:
    """Whether *other*, another label's key, names whom the salutation *key* addresses: the
    salutation at its end ("o sr presidente" for "sr presidente"), or, the salutation being a form
    of address and an office, another label with that whole office after a form of address, an
    article or none ("sr presidente" for "señor presidente", as the Argentine record labels its
    chair "Sr. Presidente (X).-" over a speech's paragraph "Señor presidente: vamos a …"). The
    office whole and so introduced: "the speaker" names no deputy addressed ("Madam Deputy
    Speaker:"), nor "mr deputy speaker" the Speaker ("Mr. Speaker:"), each its own label."""
    if other.endswith(" " + key):
        return True
    office = key.split()[1:]
    if not office or other == key:
        return False
    words = other.split()
    size = len(office)
    return any(
        words[at : at + size] == office and (at == 0 or _introduces(words[at - 1], config))
        for at in range(len(words) - size + 1)
    )


def _introduces(word: str, config: Config) -> bool:
    """Whether *word*, before an office in a label's key, only introduces it: an article, a form
    of address, an abbreviation or an initial ("the", "mr", "sr", "c" of "El C. Presidente"),
    no office's part that makes it another's ("deputy", "vice")."""
    return (
        len(word) == 1
        or word in config.articles
        or word in config.abbreviations
        or config.titles.fullmatch(word) is not None
    )


def _features(
    key: str, occurrences: list[Occurrence], runs: int, evidence: _Evidence, config: Config
) -> dict[str, float]:
    """The weighted features of one candidate key over all its occurrences; *runs* counts them
    apart from repeats with no other label-like candidate between (a chair's "Next." twice in
    one turn is not a recurring label)."""
    w = config.weights
    cand = occurrences[0].cand
    # the key's printed forms, each the one candidate its printings share (a label printed a
    # thousand times is a few): what a form alone tells is read once a form, not once a printing
    forms = list({id(o.cand): o.cand for o in occurrences}.values())
    # its printings that open the body (one at most), asked for by several features
    firsts = [o for o in occurrences if o.first]
    puncts = {_punct(form) for form in forms}
    # a word letter-spaced for emphasis read set solid ("Bronsart v o n Schellendorff"): no run
    # of one-letter words in lower case, no heading's spaced letters; the label stays as printed
    name = set_solid(ORDINAL_MARKS.sub("", cand.name))
    words = WORD.findall(name)
    letters = sum(c.isalpha() for c in name)
    caseless = uncased(name)  # asked below up to three times
    found: dict[str, float] = {}
    if puncts & _COLON_LIKE:
        found["colon"] = w["colon"]
    # "[Verdachte]:", "[getuige 1]:": a publisher's stand-in for a person's name, no sentence,
    # a capitalised speech after it; one before a figure is an item of a list the line above
    # announced ("te weten:" / "[benadeelde 1]: € 1.250,- …"), no turn
    pseudonym = (
        cand.punct == ":"
        and PSEUDONYM_LABEL.fullmatch(cand.printed) is not None
        and _capital_after(name, occurrences, evidence)
    )
    # "<jdoe> first topic: …": a chat's nick, one token whatever its case, no sentence's words
    angled = cand.punct == ANGLED
    if pseudonym:
        found["pseudonym"] = w["pseudonym"]
    elif angled:
        found["angled"] = w["angled"]
    elif puncts & {"–", "-", "—", "ـ", ". –", ". -", ". —"}:
        found["dash"] = w["dash"]
    elif "." in puncts or ";" in puncts:
        # the semicolon OCR reads for a label's colon or stop ("Mr. HANLON ;", "Poseł Grabski ;"),
        # which the reader takes only after a surname in CAPITALS or an office and a surname
        found["period"] = w["period"]
    leading_capitals = bool(words) and words[0].isupper() and len(words[0]) >= 2
    # the first word after the forms of address and an article: "The SPEAKER pro tempore", "Mr.
    # SMITH of Texas", "El RELATOR"
    titles, articles = config.titles, config.articles
    core = next((word for word in words if not (titles.fullmatch(word) or word.casefold() in articles)), "")
    # the name after the office in Mixed case: "Председательствующий т. СУСЛОВ"
    named = next((word for word in words if len(word) > 1 and not office_or_title(word, config)), "")
    # a surname in CAPITALS after its forenames before a dash: "Gülten UÇAR- …"
    surnamed = puncts <= _DASHES and surname_in_capitals(words, config)
    if (cand.upper and letters >= 2) or (
        puncts != {" "}  # an office's abbreviation ("Předseda PSP …") prints no name in CAPITALS
        and (leading_capitals or any(w.isupper() and len(w) >= 2 for w in (core, named)) or surnamed)
    ):
        found["capitals"] = w["capitals"]
    # a form of address abbreviated in CAPITALS before a name in Mixed case ("KH. Hasan pernah
    # berkata:", "BB. Santos ang nagsabi:") opens no name in CAPITALS: its words in lower case
    # are a sentence's as after any form of address
    first = name.split(maxsplit=1)[0].casefold() if leading_capitals else ""
    addressing = titles.fullmatch(first) or (first.endswith(".") and first[:-1] in config.abbreviations)
    if leading_capitals and len(words) > 1 and not words[1].isupper() and addressing:
        leading_capitals = False
    # a note in the label's brackets sets the name off as a role does, though it names none
    # ("VOGT (Geht zum Pult) Die …", "Mr X (spoke in French):")
    # a date in the brackets is none: a head's line of the sitting's day ("יום רביעי, … (2 באוגוסט
    # 1989).", its day of the Hebrew calendar before the civil date); nor is a division and its
    # number after a dash, a court's section under its name ("TRIBUNALE DI X — SEZIONE II PENALE")
    if any(
        (
            form.role
            and not _dated(form.role, config)
            and not _cited(form.role, config)
            and not _division(" ".join(form.role.split()[:2]), config)
            # a body's name and acronym heading its minutes is set alone with no punctuation;
            # a member's label with a party its initials match has its colon or stop
            # ("PAULO SANTOS SILVA (PS).")
            and not (not form.punct.strip() and _abbreviation_of(form.name, form.role))
        )
        or _noted(form, config)
        for form in forms
    ):
        found["role"] = w["role"]
        if all(_dashed_role(form) and not vouched_role(form, config) for form in forms):
            found["firm"] = w["firm"]  # "Lena Hansen – Commerzbank:", "Mill Lane – Footpath Repairs:"
        if any(form.party and form.role != form.party for form in forms):
            found["seat_party"] = w["seat_party"]  # two facts of a member: "(Northtown) (Con)"
    title = re.sub(r"(?i)^the\b", "", cand.title).strip()
    whole = not name[len(cand.title) : len(cand.title) + 1].isalpha()  # not "DR" of "DRAMATIS"
    if not title and _chamber_name(words, config):
        pass  # "CÁMARA DE DIPUTADOS", "HOUSE OF REPRESENTATIVES": the office names the body
    elif (
        (title and whole)
        or (
            (office_at := config.offices.search(name.casefold())) is not None
            # another language's abbreviated office ("P.M. The meeting resumed …" in English)
            and not (office_at.start() == 0 and config.foreign_office(office_at.group(), evidence.lang))
            and not _housed_office(name.casefold(), office_at, config)
            and not _departed_office(name.casefold(), office_at, config, evidence.lang)
            # an office's possessive names what is the holder's, not the holder ("MAYOR'S
            # REPORT"), but for the holder's own words that the record sets under it (the Old
            # Bailey's "Prisoner's Defence. I found the watch …": ``defence_heads``)
            and not (
                name.casefold().startswith(POSSESSIVE, office_at.end())
                and name.casefold()[office_at.end() + 2 :].strip() not in config.defence_heads
            )
            and not _linked_office(cand, puncts, config)
        )
        or _adjectived_office(name.casefold(), config, evidence.lang)
        or joined_title(name, config)
        or numbered_speaker(name, config)  # "Sprecher 1", "話者1": an office, as "Speaker 1" is
        # one of the hall unnamed, a meeting's member or shareholder ("Un adhérent", "A member"):
        # the record names the voice by what it is there, as it names an office
        or _hall_member(words, config, evidence.lang)
        # an old trial's office abbreviated word by word, each word with its stop ("Att. Gen.",
        # "Sol. Gen.", "Cl. of Cr."), as its reports print it before the speech on the line
        or ("." in name and config.abbreviated_office_in(evidence.lang).fullmatch(name + ".") is not None)
        # a member the record leaves unnamed, printed as asterisks ("*** :", "M. *** :")
        or ("*" in name and regex(STARRED_NAME).fullmatch(name) is not None)
        # an office its letters spaced out to fill a form's column ("재 판 장 :"), as it is joined
        or (caseless and " " in name and _spaced_out(name) and _spaced_office(name, config))
    ):
        found["office"] = w["office"]
    elif any(name.endswith(suffix) and len(name) > len(suffix) for suffix in evidence.suffixes):
        found["office"] = w["office"]  # "森下君:": the form of address after the name, a title
    if (
        "." in name
        and config.any_abbreviated_office.fullmatch(name + ".") is not None
        and config.abbreviated_office_in(evidence.lang).fullmatch(name + ".") is None
    ):
        # another language's abbreviated office alone, read on a line of this one: "P.M. The
        # meeting resumed at two o'clock." is the afternoon's note in English, no prosecutor
        found["foreign_office"] = w["foreign_office"]
    if _lone_foreign_office(name, config, evidence.lang):
        found["foreign_office"] = w["foreign_office"]
    if title and _titled_noun(name, cand, config.titled_compounds.get(evidence.lang, frozenset())):
        found["titled_noun"] = w["titled_noun"]  # "Ibu kota:": the capital city, a field
    # a cased script's square brackets hold a person only with the speech after them on the line
    squared_person = cand.punct == SQUARED and cased(name)
    # a nick in angle brackets is a label by its shape in a record that prints its labels so
    # (``chatted``), elsewhere only as an office ("<CHAIR>") or beside its holder
    if (
        cand.punct in ENCLOSED
        and not squared_person
        and not (angled and evidence.chatted)
        and "office" not in found
        and name not in evidence.holders
    ):
        found["enclosed"] = w["enclosed"]  # "【鈴木】": a name by the shape of believed labels only
    announced = _announced(words, occurrences, config)
    # a label alone on its line over a speech or a sentence; one with its stop only where it
    # names someone (:func:`_named_alone`), asked only of such a label: most end with a colon
    ended = [o for o in occurrences if o.alone and o.ending]
    valued = _field_heading(occurrences, config) or _list_heading(
        occurrences, words, "office" in found or bool(title or announced)
    )
    if valued:
        found["unfinished"] = w["unfinished"]
    elif any(_punct(o.cand) != "." for o in ended) or (
        ended and _named_alone(name, words, title, whole, announced, occurrences, config)
    ):
        found["alone"] = w["alone"]
    elif not cand.upper and not cand.role and all(o.alone for o in occurrences) and "." in puncts:
        found["whole"] = w["whole"]
    elif (
        len(words) == 1
        and puncts == {"."}
        and any(_saluted_alone(o, config) for o in occurrences[:_SALUTED_ASKED])
    ):
        # the same surname run in before its speech, as a copy joins each label to its line
        # ("Кто желает выступить?" / "Прохоров. Товарищи! …")
        found["called"] = w["called"]
    elif (
        len(words) == 1 and puncts == {"."} and any(asked_by_name(o.cand.name, o.above) for o in occurrences)
    ):
        # under the question that asks him by name, the surname run in before his answer
        # ("Товарищ Молотов, вы хотите ответить?" / "Молотов. Я отвечу …")
        found["asked"] = w["asked"]
    dated_title = _colon_dated_title(cand, occurrences, config)
    if all(o.ending == "" for o in occurrences):
        found["silent"] = w["silent"]
    elif (
        all(o.ending in ("", "short") for o in occurrences)
        and ("capitals" not in found or _dashed_title(cand, occurrences))
        # a speech-to-text service's speaker and number with the recording's clock over a reply
        # however short ("Speaker 2  00:00:12" / "Okay"), as its export prints each voice's turn
        and not (numbered_speaker(cand.name, config) and all(form.time for form in forms))
    ) or (
        (_dashed_title(cand, occurrences) and _titled_or_dated(occurrences[0].rest, config)) or dated_title
    ):
        found["unfinished"] = w["unfinished"]
    elif all(o.ending == "roll" for o in occurrences):
        found["roll"] = w["roll"]  # "Partido Socialista (PS):" over its members, no speaker
    # a hearing's heading over a witness's statement names an office too: "STATEMENT OF HON. X, …"
    stated = name.casefold().startswith(config.statement_heads)
    # words in capitals after the label are a heading's, unless the record types its speech so
    # and a label's shape stands alone on its line over them ("MR. SPEAKER" / "THE HOUSE WILL NOW
    # TAKE UP THE BILL."; see _addressed_alone)
    marks = _Marks.read(occurrences, evidence.typed, config)  # what follows each label, read once
    headed = marks.headed
    headed = headed or ("office" not in found and _rubric_after_dash(cand, occurrences))
    headed = headed or _dated_below(cand, occurrences, config) or _housed_below(cand, occurrences, config)
    # a section's heading over the speaker's label, both a name and an office after a spaced dash
    # ("Opening Remarks -- Chairman" / "Peter Castellan -- Chairman"): the upper line opens no speech
    headed = headed or all(_dashed_office_below(o, config) for o in occurrences)
    # "ADJOURNED TO MONDAY, 3 MAY:", a court's day; a form of address names someone, and a date
    # in brackets is a speech's ("M. X (14 mars 2024) —"), and the sitting's clock before a name is
    # no day's number: "14:15 Mart Helme" names no 15th of March, a web copy's clock before a name
    headed = headed or (not cand.title and _day_named(_BRACKETED.sub("", _unclocked(cand)), config))
    # the label's own words a part's heading ("Сессія VI. Засѣданіе 21-е.", the session's number
    # before the sitting's on an old record's title line): no name is a session's or an act's
    headed = headed or config.headings.fullmatch(cand.printed.strip()) is not None
    headed = headed or _party_over_caption(occurrences, config)
    titled = "office" not in found and (
        _sitting_title(cand, occurrences, config)
        or _first_line_title(cand, occurrences, config)
        or _house_sitting(cand, occurrences, config)
        or _column_title(cand, occurrences, config)
    )
    if stated or headed or titled or _barred_title(cand, occurrences, evidence.spoken_bars):
        found["heading"] = w["heading"]
    if _opened_below(cand, occurrences, config, evidence.lang):
        found["opened_head"] = w["opened_head"]
    if _house(cand, words, puncts, occurrences, config) or (
        len(occurrences) == 1 and puncts <= {".", ""} and _house_named(cand, words, config)
    ):
        found["chamber"] = w["chamber"]
        if _rubric_after_dash(cand, occurrences):
            found["heading"] = w["heading"]  # "SUPREME COURT. — CRIMINAL SITTINGS.": its rubric
    # the first words with no punctuation after them are as likely a title in CAPITALS
    # ("PARLIAMENT OF UGANDA Thursday, …" flattened): a label printed so must recur
    if any(o.cand.punct.strip() for o in firsts):
        found["first"] = w["first"]
        if any(o.ending == "speech" for o in firsts):
            found["speech"] = w["speech"]  # a speech whose only label is its first word
    # "MR. SMITH said, …": the reporter's verb in lower case opens the speech, after the name on
    # its line or under it alone on its own ("Viscount Sandon" / "wished to put a question …", as
    # the web copies of the historic Hansard set each member's name above the report of him)
    reported = marks.reported
    if reported:
        found["reported"] = w["reported"]
    # a note referring the reader elsewhere is no speech's first words, capitalised or not
    # ("ANNOUNCEMENTS, TABLINGS AND COMMITTEE REPORTS – See col 000.")
    acts = marks.acts
    if reported or cand.punct == ANGLED:  # a chat's lines are typed in lower case
        pass
    elif (marks.lettered or marks.refers) and marks.small:
        found["lower_after"] = w["lower_after"]
        if puncts <= {"", " "} and all(_announces_text(o.rest, config) for o in occurrences):
            found["narration"] = w["narration"]
        elif (
            puncts == {":"}
            and not cand.role
            and not firsts
            and " ".join(words).casefold() in config.salutations
            and any(_chair_so_labelled(other, key, config) for other in evidence.printed)
        ):
            # "Sr. Presidente: o país espera …": the chair addressed as a paragraph of the speech
            # opens, its colon's sentence going on in lower case, as the Portuguese record prints
            # the vocative under the label that names the chair with its article ("O Sr. Presidente:").
            # Only where the record so labels the chair: in an excerpt with no such label the words
            # are the chair's own label ("Chair: welcome everyone, …", "Voorzitter: ik open …"), as
            # they are on the body's first paragraph, no turn before it to address the chair in
            found["vocative"] = w["vocative"]
        elif (
            puncts == {":"}
            and not cand.role
            and not firsts
            and len(words) == 1
            and all(lower_case(o.after[:1]) for o in occurrences)
            and _office_plural(words[0], config)
        ):
            # "Constituyentes: el pueblo nos mira.": an office's plural alone, its colon's sentence
            # going on in lower case, inside a turn: the hall addressed, no voice of a group
            # (those the record prints so answer with a capital: "Diputados: ¡Muy bien!")
            found["vocative"] = w["vocative"]
    elif _capital_after(name, occurrences, evidence) and not dated_title:
        # a month's name opening a title's date is no sentence's capital ("… Conference: May 16, 2024")
        found["capital_after"] = w["capital_after"]
    elif not firsts and acts == {"acting"}:
        # "Biedermann: (verliest das Protokoll.)": the member's act the turn before called for;
        # the record's first line has no turn before it, a rubric ("Prayers: (read by …)")
        found["acting"] = w["acting"]
    if acts == {"read_out"}:
        found["read_out"] = w["read_out"]
    # the text's first label set off from its clock, alone above its speech, needs no other: an
    # excerpt of one speech exported by a speech-to-text service ("Karen Hale  0:02")
    if (
        (evidence.clocks >= 2 and any(_clock_after(form) for form in forms))
        or any(o.alone and o.ending and clock_set_off(o.cand, config) for o in firsts)
        or (evidence.clips >= 2 and any(_clip_below(o) for o in occurrences))
        or (
            evidence.clocked_below >= 2
            and evidence.clocked_again
            and any(_clock_below(o) for o in occurrences)
        )
    ):
        found["clock"] = w["clock"]
    if runs >= 2:
        found["recurring"] = w["recurring"]
    elif (
        not puncts - {""}
        and not reported
        and not (
            "clock" in found
            and all(clock_set_off(o.cand, config) or _clip_below(o) or _clock_below(o) for o in occurrences)
        )
        # nor a speech-to-text service's speaker and number, its clock before it or none ("00:00:03
        # Speaker 1", "Orador 2" over the speech): no heading's words
        and not numbered_speaker(cand.name, config)
        # an office with its holder's name in parentheses is no heading, printed once or more:
        # the Catalan record sets its chair and clerks alone so ("El secretari general (X i Y)")
        and not ("office" in found and all(_holder_in_parentheses(form) for form in forms))
        # nor is an office or a name under its form of address alone above a speech that opens
        # with the dialogue dash, as Spanish parliaments' web copies print each label ("El señor
        # PRESIDENTE" / "—Buenos días, …"), where a heading has neither above its item
        # ("DICTÁMENES DE COMISIONES" / "—Dictamen de la Comisión de Hacienda …")
        and not ("office" in found and all(o.alone and o.after.startswith("—") for o in occurrences))
        # nor a member's numbered seat after a marker with the member's name in its brackets, as
        # a Japanese assembly's copy sets each label on its own line ("〇１２番(石原大輔君)")
        and not all(form.prefix and form.role and numbered_seat(form.name, config) for form in forms)
        # nor one of the hall the record does not name, above the question ("Un actionnaire")
        and not _hall_member(words, config, evidence.lang)
        # nor a name with its office after a spaced dash, as a web copy of an earnings call
        # prints each speaker alone over the speech, once ("Jane Whitaker -- Chief Financial
        # Officer"); a heading's dash sets off no office ("Prepared Remarks -- Third Quarter")
        and not all(_dashed_office(form, config) for form in forms)
    ):
        found["bare"] = w["bare"]
    sign = _NUMBER_SIGN_END.search(name)
    if sign and all(_case_number(sign.group(), o.rest) for o in occurrences):
        found["numbered"] = w["numbered"]  # "PROCEDIMENTO PENALE N. 2211/19": a case's number
    elif initials_in_name(config.digraph_initials).search(name) and not _lettered_item(name, config):
        found["initials"] = w["initials"]
    if announced:
        found["announced"] = w["announced"]
    if key in evidence.voices:
        found["voice"] = w["voice"]
    # the label's words less its office's, read only where no word in CAPITALS opens it: both
    # rules below that ask them need none (the office's alternation, tried at each character of
    # the name, was a tenth of the features' time)
    untitled, plain = name, list[str]()
    if not leading_capitals:
        untitled = _less_title(name, config)
        # a namesake's number is no word ("Марков 2-й": the ending of "2-й" no word in lower case)
        words_of = evidence.office_words.sub(" ", _without_office(untitled, config))
        # and the possessive's ending the office's word leaves is the office's ("Prisoner's
        # Defence", the Old Bailey's heading of what the accused said), no word in lower case
        words_of = _OFFICE_POSSESSIVE.sub(" ", words_of) if "'" in words_of or "’" in words_of else words_of
        # "Sophie in 't Veld (Renew). –", "Mevrouw in 't Veld:": the name's particles where the
        # label prints a form of address before the name or the member's group or office after
        # it; a heading's capitalised words have none ("Wonen in de Binnenstad. –", "Feest op de
        # Dam:": a sentence's "in de", "op de")
        if config.compound_particles is not None and (cand.title or cand.role or cand.party):
            words_of = config.compound_particles.sub(" ", words_of)
        plain = WORD.findall(ORDINAL.sub(" ", ACRONYM_LETTER.sub("", words_of)))  # "ВКП(б)": no "б"
    # an office whose holder the parentheses name: its capitalised words name a body, no person
    # ("El president de la Comissió d’Economia (X)"), whatever the speech says in lower case
    held = "office" in found and (
        _holder_in_parentheses(cand) or _portfolio_named(name, config) or _office_addressed(name, config)
    )
    if not cand.upper and not leading_capitals and not held:
        # an article opening the label ("Die Präsidentin. –") is no name used in lower case, nor
        # an indefinite one before a participant of the hall ("Un actionnaire individuel :" beside
        # "… un vote …"); before any other office it opens a sentence reporting what one said
        # ("Un ministre a répondu :", "En ledamot skrev:"), or is no article ("En nombre del …:");
        # nor the participant's word opening one of the hall with no article ("Member of the public:")
        hall = _hall_member(words, config, evidence.lang)
        unnamed = config.indefinite_articles | {words[0].casefold()} if hall else frozenset()
        capitalised = [
            x
            for x in plain
            if x[0].isupper()
            and x.casefold() not in config.particles
            and x.casefold() not in config.articles
            and x.casefold() not in unnamed
            # a question's word before the brackets naming who asks ("Question [X, Reuters]:",
            # NATO's transcripts) is the pair's, whatever the speech asks "a question" about
            and not (cand.role and x.casefold() in config.short_words)
        ]
        # a form of address before an office in lower case is no name, whatever the text does with
        # it in lower case ("Herr talmannen:" beside "… herr statsministern …", the Riksdag's
        # record); beside a surname it stays one of the words asked, as the surname alone, a word
        # of the speech too, is no evidence ("Mr. Brown:" beside "… the brown barn …")
        if len(words) > 1 and all(config.titles.fullmatch(x.casefold()) for x in capitalised):
            capitalised = []
        seat = name.split()
        if capitalised and len(seat) > _SEAT_WORDS and seat[-1].isdigit() and seat_for(seat, config):
            # the ward or the district a seat's number closes is no name ("Councillor for Ward 2"
            # beside "… my ward …")
            capitalised = [x for x in capitalised if x != seat[-2]]
        if evidence.used_in_lower_case(capitalised):
            found["lower_case_word"] = w["lower_case_word"] * (1 if len(capitalised) == 1 else 0.6)
    if len(words) == 1 and not (cand.title or cand.role or "office" in found) and evidence.a_place(words[0]):
        found["place"] = w["place"]  # "Berlin – Die Stadt hat …" beside "… die Zahlen aus Berlin"
    if not (cand.title or cand.role or "office" in found) and _member_placed(
        words, occurrences, evidence, config
    ):
        found["placed"] = w["placed"]  # "Simon aus Trier. …": a member named by his constituency
    # one word in CAPITALS with its stop, which the text prints in brackets after members' names:
    # their party's short name, a wrap setting it at a line's start ("… Secretário-Geral do" /
    # "PCP. Em declaração política, …", a two-column record's copy), no speaker
    if (
        len(words) == 1
        and cand.upper
        and puncts == {"."}
        and not (cand.title or cand.role or "office" in found)
        and evidence.an_affiliation(words[0])
    ):
        found["affiliation"] = w["affiliation"]
    head, comma, _ = name.partition(",")
    # an opener in CAPITALS with its colon, opening two or more paragraphs, is a label: the
    # reporters' "QUESTION:" of a press briefing, an interview's "ANSWER:"
    shouted = "capitals" in found and "colon" in found and runs >= 2
    # so is one with its asker's outlet or post in brackets before the colon ("Question [Reuters]:",
    # a press conference's), as no sentence's first word is
    bracketed = cand.printed.rstrip(" \t:：").endswith(("]", ")", "）"))
    shouted = shouted or bool(cand.role and bracketed and "colon" in found and len(words) == 1)
    if not shouted and (
        key in evidence.openers
        or (words and " ".join(words[:2]).casefold() in evidence.openers and not cand.role)
        or (comma and label_key(head) in evidence.openers)  # "Gràcies, presidenta."
        # the chair addressed before the comma where no capital tells a name: "अध्यक्ष जी, मंत्री
        # जी ने लिखा है:", a speech's sentence announcing what it reads out
        or (comma and not cased(head) and label_key(head) in config.salutations)
        or (not cand.role and _thanking(words, "office" in found, config))  # "Grazie Presidente."
        or (not cand.role and _hall_addressed(words, config, evidence.lang))  # "Compañeros delegados:"
        # one word of the hall's alone, a sentence after its colon inside the text: "Compañeros:
        # La reunión de hoy …", "Diputados: Hoy venimos a …", as a group's voices cry out only
        or (
            len(words) == 1
            and puncts == {":"}
            and not cand.role
            and not firsts
            and _hall_word(words[0], config)
            and all(_opens_sentence(o.after) for o in occurrences)
        )
        # the hall addressed, then the speech's sentence after the comma: "Congress, the
        # Chancellor said in his budget speech:", a delegate's line before a quotation
        or (cand.described and len(words) == 1 and _hall_word(words[0], config))
        # ends with a form of address to the chair: "Zweete Punkt, Här President."
        or (comma and label_key(name.rpartition(",")[2]) in config.salutations)
        or _phrase_opened(cand, words, found, _phrase_words(config, evidence.lang))
    ):
        found["opener"] = w["opener"]
    if any(saluting(o.after, config) for o in occurrences[:_SALUTED_ASKED]):
        found["saluted"] = w["saluted"]  # "Молотов. Товарищи! …": a speech opens after it
    if puncts == {" "} and not reported:  # no punctuation: the speech's first words tell where it ends
        opened = any(opens_with(o.after, evidence.openers) for o in occurrences)
        found["opened" if opened else "unopened"] = w["opened" if opened else "unopened"]
        if not found.keys() & {"office", "role", "initials"} and _linked_phrase(words, config):
            found["run_in"] = w["run_in"]  # "RETURN OF WRITS The Clerk informed …": a heading
    # a label with no punctuation has no words in lower case but its office's: a sentence would
    # go on in them, so they are no evidence of one
    if not leading_capitals and not pseudonym and not angled and puncts != {" "}:
        # a stop closes a sentence as well as a label, and a label's speech opens with a capital:
        # a portfolio before an office only where no stop closes it and a capital follows
        # ("… көтерген министр Д.Жұмабаев.", "… хэлсэн сайд Б.Бат: ирэх жил …" are sentences)
        portfolio = "." not in puncts and "capital_after" in found
        # a department's name may end a label its colon closes, its holder unnamed
        unheld = config.language_words.get(evidence.lang, frozenset()) if puncts <= {":", "："} else None
        # a preposition after the office with the line going on in lower case: a sentence's
        # adjective ("Chief among them: the cost …"), where "Officer in charge: I was …" is a label
        lowered = "lower_after" in found
        phrases = config.phrase_openers.get(evidence.lang, frozenset()) if lowered else frozenset()
        # a finite verb's endings in the record's language where a capital opens the speech after
        finite = config.verb_endings.get(evidence.lang, ()) if "capital_after" in found else ()
        past = config.past_endings.get(evidence.lang, ()) if finite else ()
        clauses = _clause_vocabulary(config, evidence.lang)
        body = _body(
            untitled,
            config,
            portfolio=portfolio,
            unheld=unheld,
            phrases=phrases,
            verbs=finite,
            past=past,
            clauses=clauses,
            adjectives=config.adjective_endings.get(evidence.lang, ()),
        )
        ordinary = _sentence_words(plain, _abbreviated(name) | body | _authorship(name, config), config)
        if held:  # an office whose holder the parentheses name: its articles and the words that
            # join its portfolio are no sentence's ("An tAire Stáit ag an Roinn X (Deputy Y):")
            ordinary = [
                word
                for word in ordinary
                if word.casefold() not in config.office_links and word.casefold() not in config.articles
            ]
            if _holder_in_parentheses(cand) and _portfolio_in_lower_case(name, config):
                ordinary = []  # "Ministeren for fødevarer, landbrug og fiskeri (X):"
        # a thematic mandate's topic after its office, the colon closing it ("Special Rapporteur
        # on the right to food: Thank you, …"): the office's words
        if ordinary and portfolio and puncts <= {":", "："} and _mandate_topic(name, config):
            ordinary = []
        # a State speaking for a group, its name before the words saying so, its speech thanking
        # or addressing the chair ("Norland on behalf of the Nordic-Baltic group: Thank you, …")
        if (
            ordinary
            and "saluted" in found
            and puncts <= {":", "："}
            and _speaks_for_group(name, config, evidence.lang)
        ):
            ordinary = []
        # the word describing one of the hall is its own ("Un actionnaire individuel")
        if ordinary and not _hall_member(words, config, evidence.lang):
            found["sentence"] = w["sentence"] * len(ordinary)
        # a script without case has no word in lower case: any word of its name may narrate, and
        # its language's commonest words are a sentence's ("نکات به شرح زیر است:")
        narrated = name.split() if caseless else ordinary
        common = _common_words(narrated, config, evidence.lang) if caseless and "office" not in found else []
        if common:  # an office's conjunction is its own ("وزیر امور اقتصادی و دارایی")
            found["sentence"] = w["sentence"] * len(common)
        # a letter read into the record opens with its salutation ("Dear Mr. Speaker:")
        if (
            (any(word.casefold() in config.narration for word in narrated) and not _asker_puts(name, config))
            or _office_narrates(untitled, config)
            or name.casefold().startswith(config.letter_salutations)
            or (caseless and name.endswith(config.narration_endings))  # "…内容如下："
        ):
            found["narration"] = w["narration"]
            # the verb of saying its only word in lower case, the quotation after it on its line
            # or on the lines below it alone: who said it, not a text announced above its reading
            # ("The Clerk read the following:")
            if len(narrated) == 1 and all(
                _WHOLLY_QUOTED.fullmatch(o.after_in, o.after_at) for o in occurrences
            ):
                found["quoted"] = w["quoted"]
    elif (
        leading_capitals
        and not cand.upper
        and (run := _acronym_sentence(name, config, lowered="lower_after" in found))
    ):
        found["sentence"] = w["sentence"] * run  # "NPR transcripts are created on a rush deadline …."
    elif leading_capitals and not cand.upper and comma and former_narrated(name.partition(",")[2], config):
        # a name in CAPITALS, an office held once after its comma and a verb after the office's
        # own ("ROSSI, ex ministro, ha detto:"): a sentence describing him, as _without_office reads
        # one in Mixed case
        verbs = [
            word for word in WORD.findall(name.partition(",")[2].partition(",")[2]) if lower_case(word[0])
        ]
        found["sentence"] = w["sentence"] * len(verbs)
    clause_words = _clause_vocabulary(config, evidence.lang)
    if not cand.upper and _clause_described(cand, clause_words):
        found["clause"] = w["clause"]  # "Herr König, eines ist doch klar:": a sentence addressing him
        # the words after the comma a clause, no role vouching for a label ("M. Martin, qui exerce
        # depuis 1998 :", a report's sentence before the quotation)
        found.pop("role", None)
    elif caseless and _clause_held(name, clause_words):
        found["clause"] = w["clause"]  # "我想再問局長：": a member's sentence asking the office's holder
    elif (
        not cand.upper
        and "sentence" in found
        and _clause_opened(words, clause_words, config.question_verbs.get(evidence.lang, frozenset()))
    ):
        found["clause"] = w["clause"]  # "Could the Minister inform this Parliament:": a question put
    elif cand.upper and _clause_capitals(name, clause_words, config):
        found["clause"] = w["clause"]  # "I WANT TO ASK YOU ABOUT THE REPORT:": captions' sentence
    elif not cand.upper and "sentence" in found and _clause_predicate(words, clause_words, config):
        found["clause"] = w["clause"]  # "Le maire s'alarme :": the office a sentence's subject
    elif not cand.upper and cand.role and _chaired_clause(name, cand.role, config):
        found["clause"] = w["clause"]  # "Chủ trì cuộc họp, Bộ trưởng cho biết:": a report's sentence
        found.pop("role", None)
    elif not cand.upper and cand.described and _occasioned(name, config.occasion_words.get(evidence.lang)):
        found["clause"] = w["clause"]  # "Last Tuesday, Department of Health:": a report's occasion
        found.pop("role", None)
    if _division(name, config) or (name and ENUMERATOR.fullmatch(name) and not puncts & _COLON_LIKE):
        found["division"] = w["division"]  # "II. Las administraciones …": an item of a text read
    elif cand.role and f"({cand.role})" in cand.printed and _division(f"{name} ({cand.role})", config):
        found["division"] = w["division"]  # "البند (3): التصديق …": an agenda's item, its figure in brackets
        found.pop("role", None)
    elif _counted(name, evidence.printed):
        found["division"] = w["division"]  # "I: Jane Roe, …" / "II: John Doe, …": a head's panels
    elif _unanswered_question(name, config, evidence.printed):
        found["division"] = w["division"]  # "Frage 1: Wann erfuhren Sie …?": a question read out
    elif _numbered_question(cand, config):
        found["division"] = w["division"]  # "2.1 Deputy X regarding the site:": question time's item
    elif _outline_part(cand, occurrences, evidence.parts):
        found["division"] = w["division"]  # "I. INSTALACIÓN DE LA AUDIENCIA:" / "II. ALEGATOS …:"
        found.pop("initials", None)  # the numeral "I.", no initial of a name
    elif not (cand.role or cand.title) and _lettered_heading(occurrences, evidence.marks):
        found["division"] = w["division"]  # "A. Vorbemerkung:" / "B. Sachverhalt:": an outline's
        found.pop("initials", None)  # the letter "A.", no initial of a name
    # one the speech before gave the floor answers with a figure ("Das Wort hat Herr Lenz." /
    # "Lenz: 12 Millionen Euro."): no tally's word is called by name
    if not announced and _figured(cand, name, "office" in found, occurrences, config, evidence.lang):
        found["figure"] = w["figure"]
    # a script without case (Arabic, Devanagari, Thai …) shows no sentence by its lower case: by
    # its length ("میں یہ کہنا چاہتا ہوں کہ جناب اسپیکر نے کہا تھا:" is no name); nor does a line
    # in CAPITALS that is its whole paragraph with its stop (an item of the order of the day:
    # "ВТОРО ГЛАСУВАНЕ НА ЗАКОНОПРОЕКТА ЗА ИЗМЕНЕНИЕ … НА ЗАКОНА ЗА …")
    spoken = _holder_words(name, config) if caseless and "office" in found else len(name.split())
    heading = cand.upper and puncts == {"."} and all(o.alone for o in occurrences)
    if spoken > _UNCASED_NAME_WORDS and (heading or caseless):
        found["wordy"] = w["wordy"] * (spoken - _UNCASED_NAME_WORDS)
    if "sentence" in found or "wordy" in found:
        # a speech follows the narration that gives the floor too ("La Presidencia concede el uso
        # de la palabra al … Senador X:" / "Gracias, señor Presidente."): its salutation says that
        # a speech begins, not that the sentence above it is a label
        found.pop("saluted", None)
    # "Mevrouw Kant (SP):" / "Voorzitter. Ik verzoek …": an address in Mixed case opening the
    # speech, with its form of address too ("O Sr. Nelson Peralta:" / "Sr. Presidente, Sr.as …"),
    # and the chair so addressed with a colon ("Mr. Johnson:" / "Mr. Speaker: I rise …")
    # a hearing's heading above it names the person heard, no label ("Audition de M. X, …")
    if (
        all(o.under for o in occurrences)
        and not (cand.upper or cand.role)
        and _address(cand, puncts, config)
        and not all(_heads_sitting(o.above.strip(), config) for o in occurrences)
    ):
        found["under_label"] = w["under_label"]
    # a witness named in CAPITALS with his stop after an answer's full stop opens his deposition
    # in a copy that runs the report's paragraphs together, line by line ("… under the table." /
    # "JAMES HOOK. I am the landlord …", an Old Bailey report's OCR): no wrapped line's words
    # (a name's two or three words, the deposition after it on its line; no court's name). Only
    # where the record prints an answer's letter: in prose with no question and answer the same
    # line is a run-in heading or a dateline ("… was adopted." / "UNITED NATIONS. Next the …")
    deposed = cand.upper and not cand.title and puncts == {"."} and "chamber" not in found
    deposed = deposed and not config.answering_keys.isdisjoint(evidence.printed)
    deposed = deposed and _DEPOSED_WORDS[0] <= len(words) <= _DEPOSED_WORDS[1]
    if all(o.inner and not o.cand.prefix for o in occurrences) and not (
        deposed
        and all(not o.alone and o.above.strip() and o.above.rstrip()[-1] in ".!?" for o in occurrences)
    ):
        found["inner"] = w["inner"]
    # the head's line naming the chair ends no sentence, though its stop is missing
    # ("Председательствует народный депутат СССР Нишанов Р. Н" / "Нишанов Р. Н. Товарищи …"),
    # nor does the heading of a hearing naming the person heard ("Audition de M. X, directeur de
    # l'Office …" / "M. le président Jean Dupuis.")
    cut = (_cut(o.above) and not _heads_sitting(o.above.strip(), config) for o in occurrences)
    # one word in CAPITALS with no office nor form of address continues the sentence too, an
    # acronym a wrap set at a line's start ("… our allies in" / "NATO." / "The alliance …"), the
    # whole line: a speech after it on its line is a label's ("… the question of" / "GRANT. Yes, …")
    acronym = cand.upper and " " not in name and "office" not in found and all(o.alone for o in occurrences)
    if puncts == {"."} and (acronym or not cand.upper) and not cand.role and all(cut):
        found["cut"] = w["cut"]
    if not (cand.role or "office" in found) and all(
        o.alone and _announced_above(o.above, config, evidence.lang) for o in occurrences
    ):
        found["announcing"] = w["announcing"]
    if not (cand.role or "office" in found) and all(
        _ends_examination_heading(o, config) for o in occurrences
    ):
        found["heading_end"] = w["heading_end"]
    if not found.get("recurring") and any(_quotation_open(o.before) for o in occurrences):
        found["quotation"] = w["quotation"]
    # a script without case spaces an office's letters out to fill a form's column ("재 판 장 :",
    # "변 호 인 :", a Korean court's record): the office, no heading
    if _spaced_out(name) and not cand.role and not (caseless and _spaced_office(name, config)):
        found["spaced"] = w["spaced"]
    if any(PERSON_CODE.search(form.printed) for form in forms) or any(
        (o.cand.prefix and not _list_item(o) and not _dash_valued(o)) or o.captioned for o in occurrences
    ):
        found["marker"] = w["marker"]  # "○議長", a photo's caption, "X {BIO 18830412 <GO>}"
    # each printing under a bullet alone on the line above, no office nor form of address nor
    # role: a list's item ("─" / "港 鐵 ： 只 要 …", an annex's list of operators), no speaker
    if not (cand.role or cand.title or "office" in found) and all(
        o.before.strip() in _BULLETS and o.before.strip() for o in occurrences
    ):
        found["bulleted"] = w["bulleted"]
    # each numbered one after the line above, no office nor form of address nor role: a list's
    # next item ("1. Landscaping shall be maintained." / "2. Hours: 7 a.m. to 9 p.m.")
    if not (cand.role or cand.title or "office" in found) and all(_numbered_item(o) for o in occurrences):
        found["itemized"] = w["itemized"]
    if _roster(occurrences, config):
        found["leaders"] = w["leaders"]
    if all(_holders_joined(form.printed, config, occurrences) for form in forms):
        found["holders_joined"] = w["holders_joined"]  # "Der Minister und der Staatssekretär sagten:"
    if (
        (cand.role or "").isupper()
        and cand.name[:1].islower()
        and all(_officer_listed(o) for o in occurrences)
    ):
        found["officers"] = w["officers"]  # "PREDSJEDNIK: dr. X" / "TAJNIK: mr. Y": a head's officers
    # a place with the day in its brackets before a dash, each printing: a news story's dateline
    # ("GENEVA (5 March 2025) - The Council …"), no one's label; the brackets of most are asked
    # for no date. A place has no form of address nor office: "M. Dupont (14 mars 2024) —" is a
    # member's label with the day of his speech
    if not (cand.title or "office" in found) and all(
        _punct(form) in _DASHES and form.role and _dated(form.role, config) for form in forms
    ):
        found["dateline"] = w["dateline"]
    return found


def _hall_member(words: list[str], config: Config, lang: str) -> bool:
    """Whether *words* name one of the hall the record leaves unnamed: an indefinite article and
    a participant's word, perhaps a word describing it ("Un actionnaire", "Une actionnaire
    individuelle", "A shareholder"), as a meeting's verbatim sets the asker alone on its line;
    or the body of participants it speaks for after it, its last word theirs ("Un représentant
    de l'association des actionnaires", a group's voice), where a verb after the body would
    report what one said ("Un représentant des actionnaires a répondu :"). A participant's
    phrase of words capitalised at its start and nothing else is such a voice with no article,
    as a Q&A's transcript names the asker ("Audience member:", "Member of the public:")."""
    if not 2 <= len(words) <= _HALL_MEMBER_WORDS:
        return False
    capitalised = words[0][:1].isupper() and words[0][1:].islower()
    if capitalised and " ".join(words).casefold() in config.participants:
        return True
    if capitalised and _participant_placed(words, config, lang):
        return True
    if words[0].casefold() not in config.indefinite_articles:
        return False
    size = _participant_words(words[1:], config)
    if not size:
        return False
    qualifier = words[1 + size :]
    if len(qualifier) <= _QUALIFIER_WORDS and not _clause_words(qualifier, config, lang):
        return True  # "Une citoyenne tirée au sort", no "Une habitante m'a dit"
    return _participants_body(words[2:], config)


def _participant_placed(words: list[str], config: Config, lang: str) -> bool:
    """Whether *words*, capitalised at their start, are a participant's word and where the
    participant is from or sits, after a link in lower case ("Resident of Hill Street", "Parent
    at the school", "Anwohner aus der Südstadt"): a link of place (``place_links``,
    ``place_prepositions``) before a capitalised place, or any link an article follows, and a
    short qualifier with no clause's word ("Resident asked the mayor" reports); a member's seat
    after "for" is an office's ("Member for Ward 3"); a noun in lower case after the link says
    what kind, no place ("Guest of honour", "Member of staff": a phrase a sentence opens with)."""
    size = _participant_words(words, config)
    qualifier = words[size:] if size else []
    if not 2 <= len(qualifier) <= _QUALIFIER_WORDS + 1 or not qualifier[0].islower():
        return False
    link, place = qualifier[0], qualifier[1]
    placed = place.casefold() in config.articles or (
        (link in config.place_links or link in config.place_prepositions) and place[:1].isupper()
    )
    return placed and not _clause_words(qualifier, config, lang)


def _participant_words(words: list[str], config: Config) -> int:
    """How many of *words* a participant's word or phrase opens with ("habitante", "member of
    the public"): 0 where none."""
    if words[0].casefold() in config.participants:
        return 1
    text = " ".join(words).casefold() + " "
    phrases = config.participant_phrases.get(text.partition(" ")[0], ())
    return next((len(word.split()) for word in phrases if text.startswith(word + " ")), 0)


def _clause_words(words: list[str], config: Config, lang: str) -> bool:
    """Whether *words*, after one of the hall's word, hold a verb of saying, a conjunction that
    opens a reported clause or a clause's pronoun or verb of the text's language *lang* ("Une
    habitante m'a dit", "A member of the public asked", "Un intervenant a rappelé que"): a
    sentence reporting what one said, as a qualifier ("tirée au sort", "from the floor") holds
    none. Another language's are a qualifier's words ("du" of "Un habitant du quartier", the
    German "you"; "am" of "Ein Anwohner am Hafen"); all languages' where the text's is unknown.
    A capitalised word in a label in Mixed case is a name's ("Son" of "Una vecina de Son
    Gotleu", a quarter of Palma), no verb."""
    clause = config.clause_words.get(lang)
    pooled = [clause] if clause is not None else list(config.clause_words.values())
    for word in words:
        if word[:1].isupper() and not word.isupper():
            continue  # a place's or a body's name in Mixed case: "Una vecina de Son Gotleu"
        folded = word.casefold()
        tail = folded.rpartition("'")[2].rpartition("’")[2]  # "m'a": its verb
        if (
            folded in config.narration
            or folded in config.subordinators
            or tail in config.narration
            or any(folded in found for found in pooled)
        ):
            return True
    return False


def _participants_body(words: list[str], config: Config) -> bool:
    """Whether *words*, after one of the hall's word, end with the participants' own word after a
    link naming whose the body is, an article and a describing word perhaps between ("… de
    l'association des petits actionnaires", "… of the shareholders"): a link naming to whom ("…
    du ministère a répondu aux actionnaires :", "… told the shareholders:") reports a speech."""
    last = words[-1].casefold()
    if not any(
        last.startswith(word) and last[len(word) :] in config.participant_endings
        for word in config.participants
        if " " not in word
    ):
        return False  # "… del grupo socialista": no "socia" and its plural, a word of its own
    return any(word.casefold() in config.genitive_links for word in words[-1 - _BODY_LINK_REACH : -1])


def _figured(
    cand: Candidate, name: str, office: bool, occurrences: list[Occurrence], config: Config, lang: str
) -> bool:
    """Whether each printing of a word or two with no office, form of address nor role opens a
    figure after it: a vote's tally ("Pro: 27, proti: 0, zdržel se: 4.", "- Votent pour : 31
    membres ;") or a heading over its list's first item ("TABLA:" / "1.- Aprobación del acta"),
    no speaker; or is a field whose whole value on its line is a file's number or a date
    ("Parketnummer: 13/654321-26", "Uitspraak: 4 december 2026."), a court record's head or foot:
    one word, under no question ("Aroha Ngata: March 3, 1987." answers one). A single letter is
    an answer's ("A: 1998."), a speech its person's, and so is a figure under a question (see
    :func:`_answers_question`)."""
    if cand.role or cand.title or office or len(name) < 2:
        return False
    return all(
        (_FIGURE_OPENS.match(o.after) and not _answers_question(o))
        or (" " not in name and _field_value(o.after, config, lang) and not _asks_open(o.above))
        for o in occurrences
    )


def _asks_open(above: str) -> bool:
    """Whether the line above ends a question, by its mark or left open in a word in lower case
    with no stop ("Councillor Voss: And the start date" / "Petrakis: January 1, 2027."): the
    date or the number below answers it, no field's value under a record's heading."""
    words = above.split()
    return bool(_ASKED_END.search(above)) or (bool(words) and words[-1].isalpha() and words[-1].islower())


def _field_value(after: str, config: Config, lang: str) -> bool:
    """Whether the rest of the label's line is a file's number or a date and no more
    ("13/654321-26", "4 december 2026."): a field's value, where a speech has words."""
    value = after.partition("\n")[0].strip().removesuffix(".")
    if _FILE_NUMBER.fullmatch(value):
        return True
    found = find_date(value, config, lang) if value else None
    return found is not None and found[1] == value


def _answers_question(occurrence: Occurrence) -> bool:
    """Whether *occurrence* stands right under a question and its figure is no tally's line: the
    one asked answers with a count or a year ("How long have you farmed it?" / "HARGREAVES: 20
    years.", "Quanti dipendenti?" / "ROSSETTI: 250, presidente."), where a vote's tally under the
    chair's call counts on ("Kdo je pro?" / "Pro: 9, proti: 0, …", "Qui est pour ?" / "- Votent
    pour : 19 membres ;")."""
    return _ASKED_END.search(occurrence.above) is not None and not _TALLY_LINE.match(occurrence.after)


def _linked_office(cand: Candidate, puncts: set[str], config: Config) -> bool:
    """Whether *cand*, in CAPITALS with no punctuation, names its first office only after a
    word of another kind and a joining word, no form of address before it ("PROCÈS-VERBAL
    D'AUDITION DE TÉMOIN", "EXAMINATION OF WITNESS"): a document's kind or its part, a heading's
    words, no holder's ("LE MINISTRE", "DE VOORZITTER": an article only before the office)."""
    if puncts != {""} or not cand.upper:
        return False
    folded = cand.name.casefold()
    found = config.offices.search(folded)
    before = folded[: found.start()].split() if found else []
    return (
        len(before) >= 2
        and before[-1] in config.joining_words
        and any(word not in config.joining_words for word in before)
        and not any(config.titles.fullmatch(word) for word in before)
    )


def _bold_item(cand: Candidate) -> bool:
    """Whether *cand* is a bold label after a Markdown list's mark ("- **Dana**: …"). Notes
    exported as Markdown print a conversation's turns so, its speakers coming back, but far more
    often a summary's topics ("- **Budget**: The council agreed …") or the owners of its actions
    ("- **Priya**: Send the revised budget.") in the very shape, each once: such a label is
    believed only where one of them is printed twice."""
    return cand.printed[:1] in "-*+•0123456789" and BOLD_ITEM.match(cand.printed) is not None


def _named_section(occurrence: Occurrence) -> bool:
    """Whether *occurrence* is a name as a Markdown heading ("### Jane Doe") whose text below
    opens with a word of that name ("Jane Doe is the director …", "Doe has led …"): a section
    written about one (a panel's speakers, a report's members), where a speech under its
    speaker's heading does not open naming him."""
    if occurrence.cand.printed.lstrip()[:1] != "#" or not occurrence.alone:
        return False
    words = occurrence.cand.name.casefold().split()
    first = occurrence.after.lstrip().split(maxsplit=1)[:1]
    word = first[0].casefold().rstrip(",.;:") if first else ""
    return bool(words) and (word.removesuffix("'s").removesuffix("’s") in (words[0], words[-1]))


def _list_item(occurrence: Occurrence) -> bool:
    """Whether *occurrence*'s dash before it goes on a list, the line right above opening with
    the same dash: the officials a secretary reads out one a line ("-El Secretario de
    Gobernación" / "-El Director General de Petróleos" / "Es cuanto, presidente."), no mark of a
    label as the dash a record prints before each label is."""
    dash = occurrence.cand.prefix[:1]
    return dash in "-–—" and occurrence.above.lstrip().startswith(dash)


_LIST_NUMBER = regex(r"\s*(\d{1,3})([.)])\s")  # a list's number before its item: "2. ", "3) "


def _numbered_item(occurrence: Occurrence) -> bool:
    """Whether *occurrence* opens with a list's number one past the number the line right above
    opens with, in the same form, that line an item with no colon: the next item of a numbered
    list (a staff report's conditions, "1. Landscaping shall be maintained." / "2. Hours: 7 a.m.
    to 9 p.m."), no speaker. Turns a record numbers one a line each print their colon ("1.
    Okafor: I move …" / "2. Driscoll: Second.")."""
    number = _LIST_NUMBER.match(occurrence.cand.printed)
    above = _LIST_NUMBER.match(occurrence.above)
    return bool(
        number
        and above
        and above[2] == number[2]
        and int(above[1]) + 1 == int(number[1])
        and ":" not in occurrence.above
    )


def _dash_valued(occurrence: Occurrence) -> bool:
    """Whether *occurrence*'s dash before it opens a list's item whose value goes on in lower case
    after its colon ("– Предложения: ремонт дороги, освещение."): no mark of a label, though the
    record's turns open with the dash."""
    return occurrence.cand.prefix[:1] in _DASHES and _spoken_after(occurrence).lstrip()[:1].islower()


_HOUSE_WORDS = 4  # words of a house's name printed as a record's title: "CHAMBRE DES DÉPUTÉS"
_BODY_WORDS_LEAST, _BODY_WORDS_MORE = 3, 2  # "KELSO TOWN COUNCIL" to "STOKE ST GREGORY PARISH COUNCIL"
_HOUSE_PLACE = regex(r"[^\W\d_]*\s+(?:of|for)\s+[^\W\d_]")  # "… COUNCIL OF CEYLON": the place after
# the place after a council's word with no chamber's before it: "of", as a house is named ("STATE
# COUNCIL OF CEYLON"), never "for", OCR's "COUNCIL FOR THE PROSECUTION", counsel's label
_HOUSE_OF = regex(r"[^\W\d_]*\s+of\s+[^\W\d_]")


_BODY_OPENING = regex(r"[^\W\d_]+(?=\s)")  # a name's first word, a body's word that is no office's


def _linked_place(rest: str, config: Config) -> bool:
    """Whether *rest*, what follows a body's word, names its seat with a genitive link after at
    most one word of its kind ("TRIBUNAL CORRECTIONNEL DE LYON", "CORTE D'ASSISE DI NAPOLI",
    "COURT OF KING'S BENCH"); "for" names whom counsel acts for ("COUNCIL FOR THE CROWN")."""
    words = rest.split()
    return any(
        len(words) > at + 1 and words[at] in config.genitive_links and words[at] != "for" for at in (0, 1)
    )


def _body_word(office: str, config: Config) -> bool:
    """Whether the last word of *office* names a body too (``body_offices``: "COUNCIL")."""
    return office.rsplit(maxsplit=1)[-1] in config.body_offices


def _house(
    cand: Candidate, words: list[str], puncts: set[str], occurrences: list[Occurrence], config: Config
) -> bool:
    """Whether *cand* names the house, not a speaker: in CAPITALS, a few words, one of them a
    chamber's ("ASSEMBLÉE NATIONALE.", "ГОСУДАРСТВЕННАЯ ДУМА.", "HOUSE OF LORDS."), with a stop
    or none, no form of address, role or office: the title over an old record's first sitting. An
    office a chamber's word qualifies, the place it sits for after it, is the house ("LEGISLATIVE
    COUNCIL OF CEYLON"), and so is an office's word that names a body too (``body_offices``)
    with no place after it ("LEGISLATIVE COUNCIL." over "The Council met at 2.30 p.m."); any
    other office without the place is a speaker's ("HOUSE LEADER.", "LEGISLATIVE ASSISTANT.").
    Such a body's word closing three words or more is the house too ("LITTLE HOLBROOK PARISH
    COUNCIL", a council's minutes), and so is the body's word the place follows, no chamber's
    word before it ("STATE COUNCIL OF CEYLON"), or that its record's word closes after a
    chamber's ("BENGAL LEGISLATIVE COUNCIL PROCEEDINGS", "GOLD COAST LEGISLATIVE COUNCIL
    DEBATES", the title over a colonial council's sitting), and so is the body's word its
    sitting's word follows ("CITY COUNCIL REGULAR MEETING")."""
    # a court's name and its rubric after a dash ("SUPREME COURT. — CRIMINAL SITTINGS.")
    rubric = _rubric_after_dash(cand, occurrences)
    if (
        cand.title
        or not cand.upper
        or (puncts - {".", ""} and not rubric)
        or any(o.cand.role for o in occurrences)
    ):
        return False
    name = cand.name.casefold()
    # a body's word that is no office opens the court's name ("TRIBUNAL DE POLICE DE ROUEN.")
    office = config.offices.search(name)
    if office is None and (opening := _BODY_OPENING.match(name)) and opening.group() in config.body_offices:
        office = opening
    closing_body = office is not None and office.end() == len(name) and _body_word(office.group(), config)
    after = name[office.end() :].split() if office is not None else []
    placed = office is not None and _HOUSE_PLACE.match(name[office.end() :]) is not None
    recorded = bool(after) and all(word in config.business_words for word in after)
    chambered = office is not None and bool(config.chambers.search(name[: office.start()]))
    named_of = office is not None and (
        _HOUSE_OF.match(name[office.end() :]) is not None or _linked_place(name[office.end() :], config)
    )
    qualified = (chambered and (closing_body or placed or recorded)) or (
        office is not None and _body_word(office.group(), config) and named_of
    )
    # "LITTLE HOLBROOK PARISH COUNCIL": the body's word closing its place's name and its kind; an
    # article before it makes the body the complement of who speaks ("MEMBER OF THE COURT.",
    # "FRIEND OF THE COURT.", an office the vocabulary does not list), no body's name
    before = name[: office.start()].split() if office is not None else []
    owned = bool(before) and before[-1] in config.articles
    # the body's word and its sitting's after it ("CITY COUNCIL REGULAR MEETING", "COUNTY COURT
    # SITTING"): the record's title, as a label names no sitting
    sitting = (
        office is not None
        and _body_word(office.group(), config)
        and any(config.chambers.match(a) for a in after)
    )
    bodied = ((closing_body or sitting) and not owned) or (chambered and recorded)
    # two words name the body only over the record, printed once on its first line, alone or
    # before its rubric ("SUPREME COURT.", "DISTRICT COURT. — CIVIL SITTINGS."), where "DEFENSE
    # COUNCIL." before a speech, or further on, is counsel's label misspelt
    lone = len(occurrences) == 1 and occurrences[0].first and (occurrences[0].alone or rubric)
    least = _BODY_WORDS_LEAST - lone
    bodied = bodied and least <= len(words) <= _HOUSE_WORDS + _BODY_WORDS_MORE
    # a body's seat after its kind takes the words a body's name closed by its word does, the
    # body's word opening the name ("TRIBUNAL DE POLICE DE ROUEN", "CORTE D'ASSISE DI NAPOLI");
    # a heading naming it further on ("MESSAGES FROM THE COUNCIL OF STATE") is no house
    seated = qualified and office is not None and office.start() == 0
    seated = seated and len(words) <= _HOUSE_WORDS + _BODY_WORDS_MORE
    if not (bodied or seated or 1 <= len(words) <= _HOUSE_WORDS) or (
        office is not None and not (qualified or bodied)
    ):
        return False
    return bodied or qualified or any(config.chambers.match(word.casefold()) for word in words)


_HOUSE_STEM = 5  # the fewest letters of a chamber's word that one more letter may inflect ("Senate")


def _house_named(cand: Candidate, words: list[str], config: Config) -> bool:
    """Whether *cand* is a house's name alone in Mixed case, a word of ``chambers`` whole or with
    one letter more after a stem of five ("Дума.", "Rada.", "Sénat.", "Senate."), no office, form
    of address nor role: printed once with its stop, a speech's paragraph opening with the body it
    speaks of or to ("Дума. Я обращаюсь …"), as no house speaks as one; the hall's voices
    ("Голоса.") and a chair's office ("Председатель.") are no chamber's words, and a surname
    longer than a short chamber's word ("Dumas") is none either. A speaker so named recurs, or
    takes a colon ("Rada:"), which the caller asks first."""
    if len(words) != 1 or cand.upper or cand.title or cand.role or not words[0][:1].isupper():
        return False
    word = words[0].casefold()
    if word == words[0] or config.offices.match(word):
        return False  # a script without case, or an office
    stem = config.chambers.match(word)
    return stem is not None and (
        stem.end() == len(word) or (stem.end() >= _HOUSE_STEM and len(word) - stem.end() == 1)
    )


def _enclosed_holder(cand: Candidate, config: Config) -> str:
    """The name after the office of *cand*, a label enclosed in brackets, an office and a name
    ("[新闻发言人 王晓梅]"): the same name enclosed alone later ("[王晓梅]") is that holder's label,
    not a heading's words; "" where *cand* is none such."""
    office, _, holder = cand.name.rpartition(" ")
    if cand.punct not in ENCLOSED or not office or not office_ends(office, config):
        return ""
    return holder


def _tallied(occurrences: list[Occurrence]) -> bool:
    """Whether a figure opens the rest of every occurrence's line: a meeting's count of those
    present under the group's word ("Members: 64 present", "Shareholders: 1,204 present or
    represented"), a field, no voice of the hall."""
    return all(o.rest.lstrip()[:1].isdigit() for o in occurrences)


def _roster(occurrences: list[Occurrence], config: Config) -> bool:
    """Whether dot leaders run on the line of every occurrence: a roster's field. Dots that run
    into a note of an event ("सभापति : पहले बात तो सुन लीजिये।......(व्यवधान)", the Indian
    record's interruption) or end its line ("सभापति जी,......") trail off a speech: no leaders.
    Leaders are five dots or three ellipses at least, and a note's removal adds none: a line
    with fewer is asked no more. A hard wrap may cut them at the line's end or carry them to
    the line below: ten dots or five ellipses in what follows the label are leaders still."""
    return all(
        (
            (o.rest.count(".") >= _LEADER_DOTS or o.rest.count("…") >= _LEADER_ELLIPSES)
            and LEADERS.search(_NOTED.sub(lambda m: _unnoted(m, config), o.rest))
        )
        or _CUT_LEADERS.search(o.after)
        for o in occurrences
    )


def _holders_joined(printed: str, config: Config, occurrences: list[Occurrence]) -> bool:
    """Whether *printed*, a label's line up to its colon, is two holders each named by one word
    after its article or possessive, joined by "and" of some language (``portfolio_joins``),
    and a verb of saying after them (``narration``) or, with none, the line alone, what they said
    quoted under it: "Der Minister und der Staatssekretär sagten:", "The witness and her counsel
    said:", "A kormány és a miniszter:", a sentence's subject reporting what both said. With no
    verb and the speech on its line ("The Chairman and the Secretary: We confirm the minutes.",
    "Le président et le rapporteur : Nous proposons …") it is a joint label, as are those that
    name their persons ("Mr. X and Mr. Y (together):") or one holder of two offices ("The
    Chairman and Chief Executive:")."""
    words = printed.rstrip().rstrip(":：").split()
    reported = bool(words) and words[-1].casefold() in config.narration
    if reported:
        words.pop()
    if len(words) != _JOINED_WORDS or words[2].casefold() not in config.portfolio_joins:
        return False
    article, determiner = words[0].casefold(), words[3]
    return (
        article in config.articles
        and determiner.islower()
        and determiner.isalpha()
        and len(determiner) <= _DETERMINER_LETTERS
        and words[1].isalpha()
        and words[4].isalpha()
        and (reported or all(o.alone for o in occurrences))
    )


_JOINED_WORDS = 5  # "The witness and her counsel": an article, a holder, "and", a determiner, a holder
_DETERMINER_LETTERS = 5  # an article or a possessive before the second holder: "the", "her", "seine"


def _officer_listed(occurrence: Occurrence) -> bool:
    """Whether the line right above the office's holder read alone on its line after the office's
    colon, or right below it, is another office in CAPITALS, its colon and a holder
    ("PREDSJEDNIK: dr. ŽARKO DOMLJAN" / "TAJNIK: mr. IVAN MARIĆ"): a head's officers, listed."""
    if not occurrence.alone:
        return False
    below = occurrence.after  # under a label alone on its line, what follows opens the next line
    return any(
        _officer_line(*line.partition(":"))
        for line in (occurrence.above, below.split("\n", 1)[0])
        if line.strip()
    )


def _officer_line(office: str, colon: str, holder: str) -> bool:
    """Whether a line parted at its first colon is an office in CAPITALS and its holder's name
    alone, no stop after it ("TAJNIK: mr. IVAN MARIĆ"); the chair's office and a speech after it
    ("PREDSJEDNIK: Hvala. Riječ ima …") is a turn's line."""
    holder = holder.strip()
    return bool(
        colon
        and holder
        and holder[-1] not in ".!?"
        and len(holder.split()) <= _OFFICER_HOLDER_WORDS
        and office.strip().isupper()
        and len(office.split()) <= _OFFICER_WORDS
    )


_OFFICER_WORDS = 4  # the most words of an office in CAPITALS a head lists with its holder
_OFFICER_HOLDER_WORDS = 5  # the most words of its holder: "prof. dr. sc. IVAN MARIĆ"


def _unnoted(found: re.Match[str], config: Config) -> str:
    """The note *found* (see :data:`_NOTED`) with its dots, as a space where it names an event,
    and the dots that end a line."""
    if found.group("inside") is None:
        return " "  # dots that end the line lead to nothing: a speech trailing off
    inside = found.group("inside").strip()
    return " " if any(stage.regex.match(inside) for stage in config.stages) else found.group()


def _address(cand: Candidate, puncts: set[str], config: Config) -> bool:
    """Whether *cand*, printed with *puncts*, may be the address that opens a speech: a name
    with its stop ("Voorzitter."), or the chair addressed with a colon too (see
    :func:`addresses_chair`)."""
    return puncts == {"."} or (puncts <= {".", ":", "："} and addresses_chair(cand, config))


def addresses_chair(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is the chair's office with a form of address and no name, in Mixed case
    and with no role ("Mr. Speaker:", "Madam Chair:"; not "Präsident Otto Wirth:"): under a
    label alone on its line, the speech's salutation. A few words: a sentence that opens with the
    salutation and runs to its stop ("Signor Presidente, illustro brevemente …") is the speech."""
    return (
        len(cand.name.split()) <= SALUTATION_WORDS
        and not (cand.upper or cand.role)
        and cand.addressed
        and chairs(cand.name, config)
        and signature(cand.name, config) is None
    )


# The Roman numerals a list counts its items in, in order ("I" … "XXXIX", as ENUMERATOR reads).
_ONES = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
_NUMERALS = tuple(tens + ones for tens in ("", "X", "XX", "XXX") for ones in _ONES)[1:]


def _counted(name: str, printed: frozenset[str]) -> bool:
    """Whether *name* is a Roman numeral after the first whose numeral before it is also printed
    as a label: a list's items counted with their colons (a select committee's panels of
    witnesses, "I: …" / "II: …"), where "I:" alone may be an interviewer's letter."""
    at = _NUMERALS.index(name) if name in _NUMERALS else 0
    return at > 0 and label_key(_NUMERALS[at - 1]) in printed


def _outline_part(cand: Candidate, occurrences: list[Occurrence], parts: frozenset[str]) -> bool:
    """Whether *cand*, in CAPITALS with no form of address or role, names a part of a record's
    outline under its Roman numeral: after "II." or a later numeral on its line ("II.
    ALEGATOS DE APERTURA:"), or after "I." where "II." opens a part in its shape too (*parts*,
    see :func:`_outline_numerals`) ("I. INSTALACIÓN DE LA AUDIENCIA:"), as an acta of a hearing
    sets out what was done; "I. IVANOV:" is a speaker's initial, alone or under an agenda whose
    "II. Orden del día" is a heading in lower case. In Mixed case only "I." and its colon are
    asked, where "II." opens a heading with its colon too ("I. Zur Person:" / "II. Zur Sache:"),
    and only as a heading prints it: alone on its line, in more than a surname's one word ("I.
    Hartmann:" is a judge's initial and name, over the outline's "II. Zur Sache:" too)."""
    if cand.title or cand.role:
        return False
    numeral, _, words = cand.name.partition(" ")
    if not cand.upper:
        # "I. Zur Person:" over "II. Zur Sache:", each alone with its colon: a statement read out
        # under its outline's headings in Mixed case, where "I. Ivanov:" over no "II.…:" speaks
        heading = len(words.split()) > 1 and all(o.alone for o in occurrences)
        return numeral == "I." and heading and cand.punct == ":" and f"{_NUMERALS[1]}:" in parts
    if numeral == "I." and words and _NUMERALS[1] in parts:
        return True
    return all(_outline_numeral(o) in _NUMERALS[1:] for o in occurrences)


def _outline_numeral(occurrence: Occurrence) -> str:
    """The Roman numeral printed before *occurrence* on its line ("II" of "II. ALEGATOS:"), or
    "" where none is."""
    return occurrence.above.strip().removesuffix(".") if occurrence.inner else ""


def _outline_numerals(occurrences: list[Occurrence]) -> frozenset[str]:
    """The Roman numerals that open a part's name in CAPITALS with no form of address or role on
    their line ("II. ALEGATOS DE APERTURA:"): an outline's parts, where "II." over a heading in
    lower case ("II. Orden del día") numbers an agenda's item under which speakers talk. Those
    before a heading in Mixed case ending its line with a colon ("II. Zur Sache:") are given with
    the colon ("II:"), the parts of an outline in Mixed case (:func:`_colon_heading`)."""
    plain = [o for o in occurrences if o.cand.upper and not (o.cand.title or o.cand.role)]
    capitals = {_outline_numeral(o) for o in plain}
    return frozenset(capitals | {f"{o.cand.name}:" for o in occurrences if _colon_heading(o)}) - {""}


_OUTLINE_HEADING_WORDS = 6  # words of an outline's heading after its numeral: "II. Zur Sache:"
# An outline's lettered or numbered heading: a capital letter, a Roman numeral or a number, its
# stop, one word and the colon ending its line ("A. Vorbemerkung:", "I. Einleitung:", "1. Background:").
_LETTERED_HEADING = regex(r"[ \t]*(?P<mark>[A-Z]|[IVX]{1,5}|\d{1,2})\.[ \t]+[^\W\d_][\w-]*[ \t]*:")


_OUTLINE_TURNS = 2  # labels with their speech on their line that show a record's turns run so


def _outline_marks(occurrences: list[Occurrence]) -> frozenset[str]:
    """The marks of the lettered or numbered headings alone on their lines
    (:data:`_LETTERED_HEADING`): an outline's where a mark's neighbour is among them too. Only
    where the record's other labels run on with their speech on their lines, more of them so
    than alone: there the headings alone stand apart from its turns ("A. Vorbemerkung:" over
    "Vorsitzende Richterin Dr. Keller: Die Sitzung …"); where the turns stand alone over their
    speech as these do, an initial and a surname is a party's label ("A. Müller:" / "B.
    Schmidt:", "J. Smith:" / "K. Jones:") and none is marked."""
    marks: set[str] = set()
    inline = alone = 0
    for o in occurrences:
        if o.cand.punct != ":":
            continue
        found = _LETTERED_HEADING.fullmatch(o.cand.printed) if o.alone else None
        if found is not None:
            marks.add(found.group("mark"))
        elif o.alone:
            alone += 1
        else:
            inline += 1
    return frozenset(marks) if inline >= _OUTLINE_TURNS and inline > alone else frozenset()


def _mark_neighbours(mark: str) -> tuple[str, ...]:
    """The marks either side of *mark* in its series: "A" / "C" beside "B", "1" / "3" beside "2",
    "I" / "III" beside "II"."""
    if mark in _NUMERALS:
        at = _NUMERALS.index(mark)
        roman = tuple(_NUMERALS[i] for i in (at - 1, at + 1) if 0 <= i < len(_NUMERALS))
    else:
        roman = ()
    if mark.isdigit():
        return (str(int(mark) - 1), str(int(mark) + 1), *roman)
    return (chr(ord(mark) - 1), chr(ord(mark) + 1), *roman) if len(mark) == 1 else roman


def _lettered_heading(occurrences: list[Occurrence], marks: frozenset[str]) -> bool:
    """Whether each printing of a candidate is an outline's lettered or numbered heading alone on
    its line, one word after its mark ("A. Vorbemerkung:" beside "B. Sachverhalt:", "1.
    Background:" beside "2. Discussion:"), the mark's neighbour in the series heading another
    line so: a division of the text, no initial of a name ("A. Müller:" heads no series)."""
    for o in occurrences:
        found = _LETTERED_HEADING.fullmatch(o.cand.printed) if o.alone and o.cand.punct == ":" else None
        if found is None or marks.isdisjoint(_mark_neighbours(found.group("mark"))):
            return False
    return True


def _colon_heading(occurrence: Occurrence) -> bool:
    """Whether *occurrence* is a Roman numeral past "I" with its stop, a few words and a colon
    after it ending its line ("II. Zur Sache:"): a part of an outline in Mixed case."""
    rest = occurrence.rest.strip()
    return (
        occurrence.cand.name in _NUMERALS[1:]
        and occurrence.cand.punct == "."
        and rest.endswith(":")
        and len(rest.split()) <= _OUTLINE_HEADING_WORDS
    )


def _unanswered_question(name: str, config: Config, printed: frozenset[str]) -> bool:
    """Whether *name* is the asking word of a pair with a number ("Frage 1", "Pregunta 2") where
    no answering word is printed as a label: a question of a commission's order of evidence or of
    a questionnaire read out, the witness answering under his own label. Beside "Antwort:" the
    numbered question is the examination's own."""
    word, _, number = name.partition(" ")
    if label_key(word) not in config.asking_keys or not DIVISION_NUMBER.fullmatch(number.strip()):
        return False
    return config.answering_keys.isdisjoint(printed)


def _numbered_question(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is a numbered question's heading of question time: a number opens its line
    before the asker's name ("2.1", "12."), and a word naming the question's subject follows the
    name in lower case (*question_topics*: "2.1 Deputy X of St. Helier regarding the hospital
    site:", "2.4 The Connétable of St. Y of the Minister for Health regarding …:"), the item the
    answers below it are given under ("The Minister for Health:", "Deputy X:"); a numbered asker
    with no subject ("1. Hon X (Party) to the Prime Minister: Does he …") asks it himself. The
    subject follows the asker and his seat directly: a word of it in a description after the
    name's comma describes the speaker ("1. Mary Doe, relative of the deceased:", a numbered
    witness; "3. Mr. X, about whom …")."""
    printed = cand.printed.lstrip()
    if not printed[:1].isdigit() or cand.name[:1].isdigit() or not config.question_topics:
        return False
    words = cand.name.partition(",")[0].split()[1:]
    return any(word.islower() and word.casefold() in config.question_topics for word in words)


_ABBREVIATED_BODY_WORDS = 3  # words at least of a body's name its abbreviation follows
_ABBREVIATION = regex(r"[^\W\d_]{2,10}")


def _abbreviation_of(name: str, role: str) -> bool:
    """Whether *role* in CAPITALS abbreviates *name*, the name of a body of three words or more in
    CAPITALS: each of its pieces opens one of the name's words in turn, the first word's first, by
    its initial or its first syllable ("NATIONAL UNION OF MINEWORKERS (NUM)", "CHAMA CHA
    WAFANYAKAZI WA KILIMO (CHAWAKI)", a union's or association's name heading its minutes): the
    body's name and its acronym, no person and party ("JANE DOE (SNP)")."""
    words = name.split()
    if not (
        len(words) >= _ABBREVIATED_BODY_WORDS
        and role.isupper()
        and name.isupper()
        and _ABBREVIATION.fullmatch(role)
        and role[0] == words[0][0]
    ):
        return False
    letters = role.casefold()
    folded = [word.casefold() for word in words]
    failed: set[tuple[int, int]] = set()  # each place of the letters and the words tried once

    def spelled(at: int, word: int) -> bool:  # letters[at:] from words[word:] on, in order
        if at == len(letters):
            return True
        if (at, word) in failed:
            return False
        # the first piece opens the first word; a later one any word after the last (no "OF")
        for i in range(word, len(folded) if word else 1):
            piece = folded[i]
            reach = 0
            while reach < len(piece) and at + reach < len(letters) and piece[reach] == letters[at + reach]:
                reach += 1
                if spelled(at + reach, i + 1):
                    return True
        failed.add((at, word))
        return False

    return spelled(0, 0)


def _division(name: str, config: Config) -> bool:
    """Whether *name* is a division of a text and its number ("Article 2", "Art. 1", "Статья IV"): a
    bill's or an agenda's text read into the record, never a speaker ("Speaker 2" is none)."""
    word, _, number = name.partition(" ")
    return word.rstrip(".").casefold() in config.divisions and division_number(number, config)


def _announces_text(rest: str, config: Config) -> bool:
    """Whether *rest*, the line after a name with no punctuation, narrates that its bearer moved
    or read a text printed below it ("Pandit X (U. P.) moved the following resolution :-"), as a
    congress's report does between turns printed with colons: the record's narration, its verb
    in lower case and a word of a text announced before the closing colon, no speech."""
    words = WORD.findall(rest)
    verb = words[0] if words else ""
    return (
        verb.islower()
        and (verb in config.reported or verb in config.narration)
        and rest.rstrip(" -–—").endswith((":", "："))
        and any(word.casefold() in config.narration for word in words[1:])
    )


def _announced_in_capitals(cand: Candidate, config: Config) -> bool:
    """Whether *cand*, a name in CAPITALS run on in lower case to its colon, narrates that its
    bearer moved or read a text printed below it ("MR. X moved the following resolution:—", "THE
    CLERK read the following letter:"), as a report in CAPITALS prints its narration between
    turns: the same words as after a name with no punctuation (:func:`_announces_text`)."""
    first = WORD.search(cand.name)
    if first is None or len(first.group()) < 2 or not first.group().isupper():
        return False
    lowered = next((word for word in WORD.finditer(cand.printed) if word.group().islower()), None)
    return lowered is not None and _announces_text(cand.printed[lowered.start() :], config)


def _reported_under(speech: str, config: Config) -> bool:
    """Whether *speech* opens with the reporter's verb in lower case ("said, he …", "wished to
    …", "presented a petition …"): the report of the member named alone on the line above."""
    verb = _REPORTED_OPENING.match(speech)
    return verb is not None and verb.group(1) in config.reported


def called_above(name: str, above: str) -> bool:
    """Whether the line above ends by calling *name*, the chair's call to the next speaker
    ("Слово имеет тов. Каменский." / "Каменский. Товарищи! …" in hard-wrapped lines), or asks
    him by name in its last sentence ("Товарищ Молотов, вы хотите ответить?" / "Молотов. Я
    отвечу …"): he answers."""
    called = above.rstrip().rstrip(".!").casefold()
    if called.endswith(name.casefold()) and not called[-len(name) - 1 : -len(name)].isalpha():
        return True
    return asked_by_name(name, above)


def asked_by_name(name: str, above: str) -> bool:
    """Whether the last sentence of the line *above* is a question that addresses *name*
    ("Товарищ Молотов, вы хотите ответить?"): the line under it that *name* opens is his answer."""
    if above.rstrip()[-1:] != "?":
        return False
    asked = SENTENCE_GAP.split(above.casefold())[-1]
    at = asked.find(f"{name.casefold()},")
    return at >= 0 and not asked[at - 1 : at].isalpha()


def _saluted_alone(occurrence: Occurrence, config: Config) -> bool:
    """Whether *occurrence*, a word alone, stands over a speech that opens by addressing the hall
    with no sentence ended above it, a speech's first label under a heading or none ("Wrzosek."
    / "Towarzysze! …"), or under the chair's question, the speech addressing the hall with its
    exclamation ("Кто желает выступить?" / "Прохоров." / "Товарищи! …"); a word of a speech
    between two of its paragraphs ("Niestety." / "Towarzysze, …", "Молодцы." / "Товарищи! …")
    has a sentence of his above it. The chair's call asks and exclaims nowhere on its line; a
    speech's own question has the speech's exclamations ("Товарищи! … Кто за это отвечает?" /
    "Никто." / "Товарищи! …"), and a pause of the hall is no name ("Пауза.")."""
    if not saluting(occurrence.after, config):
        return False
    above = occurrence.above.rstrip()
    if not above or above[-1] not in TERMINAL:
        return True
    asked = above[-1:] in _QUESTION_MARKS and not any(mark in above for mark in "!！")
    paused = any(stage.regex.match(occurrence.cand.name) for stage in config.stages)
    return asked and not paused and _EXCLAIMED.match(occurrence.after) is not None


def _record_heading(cand: Candidate, config: Config) -> bool:
    """Whether *cand*, in CAPITALS with its colon and no form of address nor role, names the
    record or its business in the words of a record's heading (``record_headings``, particles
    and articles between them), two of them at least: a title run into the next heading ("JOURNAL
    OF THE HOUSE" / "PROCEEDINGS OF THE DAY:"), "ORDERS OF THE DAY:", no one's voice; an office
    among them ("REPORT OF THE CHAIR:") is the label's."""
    name = cand.name.strip()
    if cand.title or cand.role or _punct(cand) not in _COLON_LIKE or not name.isupper():
        return False
    words = [word.strip(".,;–—-").casefold() for word in name.split()]
    content = [word for word in words if word not in config.particles and word not in config.articles]
    return len(content) >= 2 and all(word in config.record_headings for word in content)


def _housed_office(folded: str, office: re.Match[str], config: Config) -> bool:
    """Whether the *office* found in *folded* (a name in lower case) lies inside a word of
    ``chambers`` there: the members' word in the house's own name ("Haus der Abgeordneten",
    "Abgeordnetenhaus", "képviselőház"), which names the house, no office of a speaker. A house
    word that is the office and no more is the office still: the Swiss federal councillor
    ("Bundesrat Berset:") is named by the word that names his council."""
    return any(
        house.start() <= office.start() and office.end() <= house.end() and house.group() != office.group()
        for house in config.chambers.finditer(folded)
    )


def _adjectived_office(folded: str, config: Config, lang: str) -> bool:
    """Whether *folded* (a name in lower case) opens with an office of several words whose words
    the record's language's adjectives stand between (``adjective_endings``, where the adjective
    comes before its noun): "Начальник Главного финансового управления Юсупов Б.Т." is the
    office "начальник управления" of a department its adjectives name, printed once."""
    adjectives = config.adjective_endings.get(lang, ())
    words = folded.split()
    if not adjectives or len(words) < 3:
        return False
    kept = [words[0]]
    for word in words[1:]:
        if len(kept) < len(words) - 1 and len(word) >= _ADJECTIVE_STEM and word.endswith(adjectives):
            continue
        kept.append(word)
    if len(kept) == len(words):
        return False
    office = config.offices.match(" ".join(kept))
    # the office spans the word the adjectives stood before, its second at least
    return office is not None and office.group().count(" ") >= 1 and office.end() > len(kept[0])


def _departed_office(folded: str, office: re.Match[str], config: Config, lang: str) -> bool:
    """Whether the *office* found in *folded* (a name in lower case) opens a word of the record's
    language's ``department_words``: a department's name ("SECRETARIA-GERAL DA MESA", the
    Brazilian Senate's secretariat), no office's holder ("Secretário-Geral")."""
    return folded.startswith(config.department_words.get(lang, ()), office.start())


def _chamber_name(words: list[str], config: Config) -> bool:
    """Whether *words* open with a chamber and a particle: the name of a house ("CÁMARA DE
    DIPUTADOS", "House of Representatives", "Chambre des députés") printed over a record, whose
    members' office after the particle makes it no speaker's office."""
    return (
        len(words) >= 3
        and config.chambers.match(words[0].casefold()) is not None
        and words[1].casefold() in config.particles
    )


_FIELD_WORD = 6  # letters of a field's word that a phrase keeps ("agenda", not "re" or "nb")
_FIELD_IDEOGRAPHS = 2  # characters of a field's word closing a name in a script with no spaces
_PAGE_WORD = 3  # letters of the word for page at least: "Pág.", "стр."; "С." is as likely an initial
_PAGE_NUMBER = regex(r"\d{1,5}(?!\S)")


def _paged(occurrence: Occurrence, config: Config) -> bool:
    """Whether *occurrence* ends on the word for page that a number follows, as a running head
    runs on where a copy lost the gap before its page ("H. CÁMARA DE SENADORES Pág. 7 SESIÓN
    …"): the page-number furniture reads the two, and no speech opens with a page's number."""
    cand = occurrence.cand
    word = cand.printed.rsplit(None, 1)[-1] if cand.printed.strip() else ""
    number = _PAGE_NUMBER.match(occurrence.after)
    if number is None or sum(c.isalpha() for c in word) < _PAGE_WORD or not word.endswith("."):
        return False
    return page_numbered(f"{word} {number.group()}", config)


# A short value with no colon, a gap of a tab or spaces, and another field's capitalised name and
# colon with its value: a form's row of fields ("Sessão: 112.4.57.O   Hora: 15:02   Fase: PE"); a
# secretary's tally read in columns opens the speech with its own field ("Votos a favor: 14   En
# contra: 3"), a colon before the gap.
_FIELD_AFTER = regex(
    r"\s*(?P<value>\S[^\t:]{0,30}?)(?:\t|\s{3,})(?P<field>[^\W\d_][\w.º]*(?: \w+){0,2}) ?:[ \t]*\S"
)
# A sentence's end after a word, where a field's value (a code, a number, an hour) has none: a
# short speech before another label in a copy's second column ("Yes.        MR. HALE: …") or
# before a question it names ("Thank you, Chair.   Question:   when …?").
_SENTENCE_ENDED = regex(r"(?:[^\W\d_]{2}\.|[!?…])$")


def _field_row(occurrence: Occurrence) -> bool:
    """Whether the rest of *occurrence*'s line holds another field after a short value and a
    wide gap, as a transcription office's head sets its fields side by side ("CÂMARA DOS
    DEPUTADOS - DETAQ" / "Sessão: 112.4.57.O   Hora: 15:02   Fase: PE"): a speech opens with
    its words, not with a value and, past a tab or a run of spaces, the next field's name; a
    value that ends a sentence is a speech's ("Yes.", "Thank you, Chair.")."""
    found = _FIELD_AFTER.match(occurrence.rest)
    return (
        found is not None
        and found["field"][0].isupper()
        and _SENTENCE_ENDED.search(found["value"].rstrip()) is None
    )


def _holder_field(occurrence: Occurrence, config: Config, clause_words: frozenset[str]) -> bool:
    """Whether *occurrence* is a field naming who holds a role, as a deliberation's extract or
    minutes' head prints it ("Rapporteur : M. ADJOVI Pascal, président de la commission",
    "Secrétaire de séance : Mme KABORE Awa"): a role bare of article and form of address, a form
    of address and a name after its colon, and no sentence nor note in its paragraph; the chair
    giving the floor ends a sentence ("Président : M. Diallo, vous avez la parole."), a member's
    speech does ("Mnr X: Agb Speaker, … [Tussenwerpsels.]"). A field sits among the head's
    lines, never under a sentence: the chair's "Das Wort hat der Berichterstatter." over
    "Berichterstatter: Abg. Müller" and the speech, or a secretary's roll call between the
    members' answers ("Secrétaire : M. Diop" under "M. Sow : Présent."), are turns."""
    cand = occurrence.cand
    words = occurrence.rest.split()
    return (
        not cand.title
        and len(words) > 1
        and config.offices.match(cand.name.casefold()) is not None
        and not any(word[:1].isupper() for word in cand.name.split()[1:])  # no name after the role
        and not any(_SENTENCE_ENDED.search(word) or word[-1:] in ")]" for word in words[1:])
        and " ".join(occurrence.after_in[occurrence.after_at :].split()) == " ".join(words)
        and cand.name[:1].isupper()
        and cand.name.split()[0].casefold() not in config.particles
        and _punct(cand) in _COLON_LIKE
        and bool(config.titles.fullmatch(words[0].casefold()))
        and not _SENTENCE_ENDED.search(occurrence.above.rstrip())
        and _holder_named(words[1:], config, clause_words)
    )


def _holder_named(words: list[str], config: Config, clause_words: frozenset[str]) -> bool:
    """Whether *words*, a field's value after its form of address, are a holder's name in
    capitals (its particles aside) with at most a description after a comma ("DOSSOU Félix,
    président de la commission", "KONE Ibrahim, élu du district nord"): a pronoun or verb of the
    record's language, one of its *clause_words*, after the comma makes the value a turn's
    sentence, its stop lost ("Rapporteur : M. Sall, nous avons terminé l'examen du dossier"), and
    an office in the name's place is the hall's chair addressed over a speech ("Waziri:
    Mheshimiwa Spika")."""
    name, _, described = " ".join(words).partition(",")
    named = name.split()
    return (
        bool(named)
        and config.offices.match(named[0].casefold()) is None
        and all(word[:1].isupper() or word.casefold() in config.particles for word in named)
        and not any(word.casefold() in clause_words for word in described.split())
    )


def _numbered_business(cand: Candidate, config: Config, answered: bool = False, once: bool = True) -> bool:
    """Whether *cand* is an item of business numbered before its colon, named by the business's
    own words alone ("4. Petitions:", "6. Bills:", "7. Reports and Motions:"), as a house's
    Votes and Proceedings number what it did, or numbered after them with the sign of a number
    ("Issue No. 1 :", "Point No. 2:", the issues a court frames and decides): no office, title
    or role names anyone, no voice. A question numbered so is a heading where no label of the
    record answers it as its pair does (*answered*: "QUESTION NO. 1: Where do you live?" over
    "ANSWER: In Springfield.", a deposition's turns). A number's sign and its number alone
    ("Nr.12:") is an item cited where printed *once*; printed again, it numbers a speaker ("Nr. 5:"
    of a meeting's list of speakers, who speaks twice), as no item of a text is cited twice."""
    if cand.role or cand.title or _punct(cand) not in _COLON_LIKE:
        return False
    if (cited := _PROVISION_NUMBER.fullmatch(cand.name.strip())) is not None:
        # "Art.5:", "§ 3:": a provision's number alone, a text's reference; "Nr.12:" an item's
        if cited["word"] is None:
            return once
        return config.provisions.match(cand.name.strip()) is not None
    provision = config.provisions.match(cand.name.strip())
    if provision is not None and _PROVISION_TAIL.fullmatch(cand.name.strip(), provision.end()):
        return True  # a provision of two words and its number ("Standing Order 51:", a House's rule)
    if not cand.printed.lstrip()[:1].isdigit():
        numbered = _NUMBERED_AFTER.fullmatch(cand.name.strip()) if cand.name[-1:].isdigit() else None
        if numbered is None:
            return False
        # numbered after them, the item's words may be a field's ("Issue No. 1 :", "Point No. 2:")
        words = label_key(numbered["words"]).split()
        if words and words[-1] in config.asking_keys:
            return not answered  # "PARLIAMENTARY QUESTION NO 12:", "MISTOQSIJA NRU 1234:": a heading
        items = [word for word in words if word in config.business_words or word in config.never]
        return bool(items) and all(word in items or word in config.particles for word in words)
    words = cand.key.split()
    return any(word in config.business_words for word in words) and all(
        word in config.business_words or word in config.particles for word in words
    )


def _none_field(occurrence: Occurrence, config: Config) -> bool:
    """Whether the occurrence is a field's word and its value given as none in lower case, the
    rest of its line ("Реплика: няма.", "Objections: none."): no form of address nor office
    names a speaker, whose speech would be the word alone."""
    cand = occurrence.cand
    if cand.title or cand.role or _punct(cand) not in _COLON_LIKE or config.offices.match(cand.key):
        return False
    value = occurrence.rest.strip().rstrip(".!")
    return value.islower() and value in config.none_values


def _reported_action(occurrence: Occurrence, config: Config) -> bool:
    """Whether the occurrence is a name and a reporter's verb in lower case (``reported``) with
    its stop alone on its line ("Mrs. Lee moved.", "MR. GRANT seconded."): the minutes report
    what the member did, no label whose speech is the verb. A verb a record prints its labels
    with (``floor_verbs``: "Mr. X said:") is left to them."""
    cand = occurrence.cand
    words = cand.name.split()
    verb = words[-1] if len(words) >= 2 else ""
    return (
        _punct(cand) == "."
        and occurrence.alone
        and verb.islower()
        and verb in config.reported
        and verb not in config.floor_verbs
    )


_ROLE_OPENS = regex(r"[,(\[]")  # what opens a label's role after its name: a comma, a bracket


def _procedure_heading(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is a line of the sitting's procedure before its colon, the words of a
    procedural closing (``closing``) in it ("ADJOURNED TO MONDAY, 13 OCTOBER:", the day it
    resumes after the comma): no form of address nor office opens it, so that no one is named
    whose speech follows. The words are read up to a comma or a bracket: after one they are a
    label's role ("SMITH (moving the adjournment):", "HALE, on the adjournment:", a member's
    motion), the name before them the speaker's."""
    if cand.title or _punct(cand) not in _COLON_LIKE:
        return False
    head = _ROLE_OPENS.split(cand.printed, 1)[0]
    if config.offices.match(cand.key) or config.closing.search(head) is None:
        return False
    return not any(config.titles.fullmatch(word) for word in cand.key.split()[:1])


# An agenda item's mark opening a line: a letter, a Roman numeral or a number (perhaps in
# brackets, perhaps of parts: "4.2"), then its stop or bracket, or a typed gap ("B    …").
_ITEM_MARK = regex(
    r"\(?(?:[^\W\d_]|[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*)(?:[.)][ \t]+|[ \t]{2,}|\t)(?=[^\W\d_])"
)

_INITIAL_MARK = regex(r"[^\W\d_]\.[ \t]")  # a capital and its stop, one space: an initial's shape too


def _item_marked(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is an agenda item's mark and its title before the colon ("B    Approval
    of the minutes:", "(c) Report of the Treasurer:", "II. Budget:"): after the mark a noun
    phrase, no name: a word in lower case that no name's particle nor a link is, a heading of
    the vocabulary (``[headings] pattern``), or the business's own words alone. A letter alone
    ("A:", a dialogue's) or after a word ("Witness A:") is none, nor an initial before a surname
    ("B. Smith:") or a name's described office after its comma ("J. Smith, minister:")."""
    if cand.role or _punct(cand) not in _COLON_LIKE:
        return False
    mark = _ITEM_MARK.match(cand.printed)
    if mark is None:
        return False
    rest = cand.printed[mark.end() :].strip().rstrip(":：").strip()
    words = rest.split()
    if not words or not words[0][:1].isupper() or any(bracket in rest for bracket in ",()[]"):
        return False
    if config.headings.fullmatch(f"{rest}:") is not None:
        return True
    business = all(label_key(word) in config.business_words for word in words)
    # a capital letter and its stop is an initial as much as a mark ("A. Müller zur
    # Geschäftsordnung:"): only the business's own words follow it as an item's title
    if _INITIAL_MARK.fullmatch(mark.group()) and mark.group()[0].isupper():
        return business
    # a form of address is no item's mark ("M. Lenoir (interrompant) :"), nor opens its title,
    # nor an office ("101. Mr X to the Premier:", "14. Senator X to the Minister:", a numbered
    # question's asker); a name in CAPITALS is a name's
    addressed = (mark.group().strip(), words[0])
    if any(config.titles.fullmatch(word.casefold()) for word in addressed):
        return False
    if config.offices.match(rest.casefold()):
        return False
    if _participant_words(words, config):
        return False  # "a) Parent at the school:", "3. Resident of Hill Street:": who asks, lettered
    if any(len(word) > 1 and word.isupper() for word in words):
        return False
    # a number alone counts a list's speakers or its questions as much ("3. Parent at the primary
    # school:", "12. Smith to the Treasurer:", "1. Müller führt aus:"): only the business's own
    # words head an item after it; after a letter, a Roman numeral or an outline's number of
    # parts ("4.2 Any other business:") the noun phrase does
    if mark.group().strip(" \t.()").isdigit():
        return business
    links = config.particles | config.articles | config.genitive_links | config.portfolio_joins
    return business or any(word.islower() and word not in links for word in words[1:])


# A number's sign, or one word (a provision's: "Art.", "§"), and the number glued or spaced after it.
_PROVISION_NUMBER = regex(
    rf"(?:(?i:{NUMBER_SIGNS})\.|(?P<word>[^\W\d_]+\.?|§{{1,2}}))[ \t]?\d{{1,4}}[a-z]?", re.IGNORECASE
)
_PROVISION_TAIL = regex(r"\d{0,3}[a-z]?")  # the rest of a provision's number after its first figure
_DEFINITE_GENITIVE = ("ets", "ens")  # a Nordic body's definite genitive ("Byrådets", "Kommunens")
_FIELD_PHRASE = 4  # words of a field's name qualified ("Revised agenda", "Sechste Sitzung des II.")


def _headed_field(name: str, config: Config) -> bool:
    """Whether *name* is a record's title in CAPITALS run on into a field's word in Mixed case
    after it, a one-line copy's head ("DIARIO DE SESIONES DEL SENADO Sumario:"): the field's
    name, its case apart from the title's, no label."""
    *title, last = name.split()
    return (
        len(title) > 1
        and len(last) >= _FIELD_WORD
        and last[0].isupper()
        and last[1:].islower()
        and label_key(last) in config.never
        and all(word.isupper() for word in title)
    )


def _ordinal_sitting(cand: Candidate, config: Config) -> bool:
    """Whether *cand* names a sitting by its ordinal (`[head] session`: "FOURTH MEETING (PUBLIC).",
    "SECOND SITTING."), as a conference's or a council's minutes head each meeting with what it
    was in brackets ("(PRIVATE, THEN PUBLIC)"): a heading, never a speaker, whatever the brackets
    hold."""
    session = config.head.get("session")
    return session is not None and session.match(cand.name.strip()) is not None


def _field_phrase(cand: Candidate, config: Config) -> bool:
    """Whether *cand* names a field by a word never a label, qualified by a word or two before
    or after it ("Veröffentlichte Tagesordnung:", "Ordre du jour complémentaire :", "Revised
    agenda:"), or a sitting's heading that ends in a stop like a label ("Sechste Sitzung des II.
    Kongresses …": the word inside), with no office, form of address or role that would make it
    someone's label, nor a group's ("Вопрос из зала:"). A script with no spaces and no case
    closes the body's name with the field's word ("程序委員會意見:", the committee's opinion),
    an office's word inside."""
    words = cand.key.split()
    if len(words) == 1 and not cand.role and not any(c.isupper() or c.islower() for c in cand.key):
        return any(
            len(word) >= _FIELD_IDEOGRAPHS and cand.key != word and cand.key.endswith(word)
            for word in config.never
        )
    if _headed_field(cand.name, config):
        return True
    if len(words) < 2 or cand.role or cand.title:
        return False
    *qualifying, last = cand.name.split()
    if last.isdigit() and " ".join(qualifying).casefold() in config.participants:
        return False  # "Teilnehmer 1:", "Participant 2:": one numbered participant, no field
    if not qualifying and label_key(last).split()[-1] not in config.never:
        return False  # "Podcast-Host:", "Interview-Gast:": one compound, what its last part names
    closing = len(last) >= _FIELD_WORD and label_key(last) in config.never
    if closing and qualifying and _possessive(qualifying[-1], config):
        return True  # "HIS WORSHIP THE MAYOR'S REPORT:": the field is the office's, a heading
    if (
        closing
        and label_key(last) in config.decided
        and cand.upper
        and not any(
            word.casefold() in config.any_language_words or office_or_title(word, config)
            for word in qualifying
        )
    ):
        # a council's name in CAPITALS run into its verb of deciding, the minutes' formula over
        # the decision ("JELGAVAS VALSTSPILSĒTAS PAŠVALDĪBAS DOME NOLEMJ:", a Latvian council's):
        # the body's nouns alone; a particle or an office before the word names who speaks to
        # it ("MOVER OF THE RESOLUTION:", "RAPPORTEUR ON THE DECISION:", a congress's roles)
        return True
    if len(words) > _FIELD_PHRASE:
        return False
    if config.groups.fullmatch(cand.name.strip()):
        return False  # "Вопрос из зала:": the hall asking, a group's voice, no field
    # the field's own word closing the phrase may read as an office ("Written evidence from
    # witnesses:"); one that opens it qualifies an office after it ("PRESIDING OFFICER>>"); a
    # body's words right before a field's word that closes the phrase qualify the field ("City
    # Council Meeting Minutes"), unless a form of address or an article makes them a person's,
    # or a particle makes the field the office's ("Le Président de séance"), or an office right
    # before it is the person's whom it describes ("Commissioner Presiding"), as is any word
    # before a field's word that is a chair's ("Member Presiding": the member in the chair)
    if closing and config.chairs_listed.match(label_key(last)):
        return False
    if closing and _office_of_sitting(qualifying, last, config):
        return False
    if closing and not office_or_title(qualifying[-1], config):
        linked = qualifying[-1].casefold() in config.particles or qualifying[0].casefold() in config.articles
        return not linked and not any(config.titles.fullmatch(word) for word in qualifying)
    if any(office_or_title(word, config) for word in qualifying) or (
        office_or_title(last, config) and label_key(last) not in config.never
    ):
        return False
    return any(len(word) >= _FIELD_WORD and word in config.never for word in words)


def _office_of_sitting(qualifying: list[str], last: str, config: Config) -> bool:
    """Whether a field's word closing a phrase (*last*) in lower case, with the lower-case words
    before it, qualifies an office that opens the phrase, in the genitive of a Slavic record or
    after a particle ("Секретар судового засідання", "Секретарь судебного заседания", "Secretary
    of the sitting"): the office of who keeps the sitting's record, a person's label; a body's
    words in capitals before the field's word stay the field's ("City Council Meeting Minutes")."""
    return (
        len(qualifying) >= 2
        and office_or_title(qualifying[0], config)
        and config.offices.match(qualifying[0].casefold()) is not None
        and all(lower_case(word[:1]) for word in [*qualifying[1:], last])
    )


def _colon_heading_alone(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand* is a heading of the vocabulary (``[headings] pattern``) printed with its
    colon alone on its line each time, over what it heads ("REPORT OF THE CHAIR:", "Report of
    the Treasurer:" / "Income for the year was …"): the office inside names who reports, no
    speaker, as the heading with no colon does; the record's label of the office stays one
    ("THE CHAIR:"). Asked only of a name with a space in it that opens with a capital, and of
    the name with its colon: a heading the pattern takes only without one is a label with it
    ("Intervention du Maire :" over the mayor's speech)."""
    name = cand.name.strip()
    return (
        " " in name
        and name[:1].isupper()
        and _punct(cand) == ":"
        and all(o.alone for o in occurrences)
        and config.headings.fullmatch(f"{name}:") is not None
    )


def _narrated(name: str, config: Config) -> bool:
    """Whether *name*, a group's shape, goes on after its first words with a verb of saying in
    lower case (``narration``: "Un membre demande :", "Un membre dit :", "Ein Mitglied fragt:"):
    the minutes report what one of the hall said, no voice's label; "Un membre :" and "Plusieurs
    membres à gauche :" name the voice."""
    return any(word.islower() and word in config.narration for word in name.split()[2:])


def _possessive(word: str, config: Config) -> bool:
    """Whether *word* is an office's or a body's possessive before a field's word: the English
    "MAYOR'S", or a Nordic definite genitive of the office's word ("Byrådets udvalg:", the
    council's committees heading their list), whose field is no holder's."""
    folded = word.casefold()
    if folded.endswith(POSSESSIVE):
        return True
    return folded.endswith(_DEFINITE_GENITIVE) and config.offices.fullmatch(folded[:-3]) is not None


def _quoting_verb(cand: Candidate, config: Config) -> bool:
    """Whether *cand*, in a script without case, ends with a verb of saying glued before its
    colon (``quoting``: "物业经理说：", "……他说："): a speech quoting someone, no label; a role's
    verb of asking or explaining ("审判长问：", "主席說明：") is none of these."""
    name = cand.name.strip()
    return (
        _punct(cand) in _COLON_LIKE
        and not any(c.isupper() or c.islower() for c in name)
        and any(name.endswith(verb) and name != verb for verb in config.quoting)
    )


# A capitalised word after an elided article or particle, part of a body's name ("la Mesa
# d’Edat", "l'Assemblée"), or after a noun class's prefix or a mutation glued to it (the Xhosa
# and Zulu "uNomvula", "kaMasipala", the Irish "tUachtarán"): no word of a sentence.
_ELIDED_NAME = regex(rf"[^\W\d_]{{1,4}}['’][{UPPER}]|[{SMALL}]{{1,3}}[{UPPER}][{SMALL}]")


def _sentence_words(plain: list[str], stopped: frozenset[str], config: Config) -> list[str]:
    """The words in lower case of a label's *plain* words that no label has: not a particle, an
    article, an abbreviation, an office, a title of nobility or a form of address. A form of
    address after such a word is one of the sentence too ("La Presidencia concede el uso de la
    palabra al honorable Senador X:"), as one before the name is not ("El señor García:"), nor
    one after the label's last name in a language that prints it there (the Basque "jauna",
    "andreak")."""
    ordinary: list[str] = []
    for at, word in enumerate(plain):
        folded = word.casefold()
        if (
            lower_case(word[0])
            and not (at == len(plain) - 1 and folded in config.address_after)  # "Irakaslea X jauna:"
            and folded not in config.particles
            and folded + "'" not in config.articles  # "l'" of "M. l'adjoint"
            and not (at == 0 and monotonic(folded) in config.articles)  # "ὁ κ. πρόεδρος:", its article
            and folded not in stopped
            and not config.offices.match(folded)
            and not (config.titles.fullmatch(word) and not ordinary)
            and folded not in config.nobility  # "M. le comte de X": his title, no sentence's word
            and not _ELIDED_NAME.match(word)
        ):
            ordinary.append(word)
    return ordinary


def _acronym_sentence(name: str, config: Config, lowered: bool) -> int:
    """How many words in lower case no label has go on after *name*'s first word in CAPITALS,
    outside its brackets and before a comma, where they are a sentence's run: a notice or a report
    opening with an acronym ("NPR transcripts are created on a rush deadline by a contractor.")
    reads as a label in CAPITALS would, whose words in lower case are few ("Mr. SMITH of Texas",
    "MR. SPEAKER pro tempore", "HON. MEMBERS (continuing)") or describe the name after its comma
    ("VADÁSZ IMRE, a mezőgazdasági bizottság alelnöke:"); 0 where they are that few. The run goes
    on from the acronym itself, its subject's noun after an article ("THE UN envoy arrived …"):
    an office or a form of address first, or a particle after the first word, opens a label whose
    office or name the words in lower case describe ("ПРЕДСЕДАТЕЛЬ комиссии по бюджету и
    налогам:", "SENATOR HAYES on behalf of the committee on rules:"), unless what follows its
    colon goes on in lower case (*lowered*), a sentence's colon, no label's ("MEMBERS are
    reminded that the meeting is streamed: please speak …")."""
    plain = WORD.findall(_BRACKETED_NOTE.sub(" ", name).partition(",")[0])
    if plain and plain[0].casefold() in config.articles:
        plain = plain[1:]
    described = (
        len(plain) < 2
        or office_or_title(plain[0], config)
        or not _sentence_words(plain[1:2], frozenset(), config)
    )
    if described and not lowered:
        return 0
    ordinary = _sentence_words(plain, frozenset(), config)
    return len(ordinary) if len(ordinary) >= _ACRONYM_SENTENCE_WORDS else 0


def _holder_words(name: str, config: Config) -> int:
    """The words of *name*, an office's label in a script without case, that may read as a
    clause: from the form of address of its holder on where a short name ends it and the label
    opens with a form of address or the office, a ministry's portfolio before the office naming
    no clause ("मा. कृषि तथा पशुपन्छी विकास मन्त्री श्री रामनाथ अधिकारी", Nepal's House); all of
    them where a sentence goes on after the name, or opens before the office ("मेरो प्रश्न माननीय
    … मन्त्री श्री X :", "أود أن أوجه سؤالي إلى معالي وزير … السيد X:", a member's question)."""
    words = name.split()
    address = last_address(words, config)
    opened = bool(config.titles.fullmatch(words[0].casefold()) or config.offices.match(name.casefold()))
    held = len(words) - address if address and opened else len(words)
    return held if held <= _HOLDER_NAME_WORDS + 1 else len(words)


def _linked_phrase(words: list[str], config: Config) -> bool:
    """Whether *words* join a phrase by a word that links a place or a portfolio ("RETURN OF
    WRITS", "COMMISSION TO OPEN PARLIAMENT"): a heading's words, where no office, form of address
    nor role makes them a label's ("Mr. BROWN of Ohio")."""
    return any(
        word.casefold() in config.place_links or word.casefold() in config.office_links
        for word in words[1:-1]
    )


def _without_office(name: str, config: Config) -> str:
    """*name* without the office printed after its comma ("M. Jean Dupont, ministre de
    l'intérieur et des outre-mer", "Name, Bundesminister für Wirtschaft"): the words in lower
    case of a portfolio describe the person, they make no sentence, and so do the words saying
    the person held it once (``former_offices``: "X, ancien président-directeur général d'EDF",
    "X, ehemaliger Staatssekretär im …"), where no word in lower case follows the office's own
    comma: one does in a sentence that describes someone so ("Mein Vorgänger, ehemaliger
    Staatssekretär im Ministerium, schrieb dazu:"). An office that opens the name ("Sēdes
    vadītāja") is left to :attr:`Config.office_words`."""
    head, comma, tail = name.partition(",")
    office = tail.strip().casefold()
    held = less_former(office, config) if comma else ""
    if held:
        if former_narrated(tail, config):
            return name
        office = held
    return head if comma and config.offices.match(office) else name


def _asker_puts(name: str, config: Config) -> bool:
    """Whether *name* is a question paper's asker and the words putting the question to its
    addressee after him (``question_put``: "Mr Quayle to ask the Minister for Health"), the
    put's verb an infinitive after its "to": the asker's label, where the printed question read
    out with no asker before it ("To ask the Chief Minister:") or a report of the question in
    the past ("The Chairman asked the Minister of Finance:", its first word narration's) narrate."""
    put = addressee_pattern(config.question_put).search(f"{name}:")
    if put is None or not name[: put.start()].strip():
        return False
    first = put.group().split(maxsplit=1)[0]
    return first.casefold() not in config.narration


def _office_narrates(name: str, config: Config) -> bool:
    """Whether the office after *name*'s comma, which :func:`_without_office` leaves out of the
    sentence's words, runs on into a verb of saying in lower case ("Interviene D. X, representante
    del estamento de clubes, quien manifiesta su malestar …", a Spanish acta's narration): the
    words of a portfolio describe the person, a verb of saying after them tells what was said."""
    office = name[len(_without_office(name, config)) :]
    return any(word in config.narration for word in WORD.findall(office) if word.islower())


# The most words in lower case after an office that name its body in the genitive
_BODY_WORDS = 3
# The most words before an office that address the person: a title and an article ("M. le")
_ADDRESS_WORDS = 2


# The most words of a form of address that opens a label ("Đồng chí", "Dato' Sri", "The Rt Hon")
_TITLE_WORDS = 3


def _less_title(name: str, config: Config) -> str:
    """*name* without the form of address of two words or more that opens it, a name or an office
    after it ("Đồng chí Giám đốc Sở Xây dựng", the comrade of a Vietnamese council's minutes; "Tan
    Sri X"): its words in lower case are the title's, no sentence's, and the text's "đồng chí" in
    lower case no sign that its capitalised word is one."""
    words = name.split()
    for count in range(min(_TITLE_WORDS, len(words) - 1), 1, -1):
        if config.titles.fullmatch(" ".join(words[:count]).casefold()):
            return " ".join(words[count:])
    return name


def _addressing(word: str, config: Config) -> bool:
    """Whether *word*, before an office, addresses its holder: a form of address or an article
    ("M." and "le" of "M. le ministre")."""
    return bool(config.titles.fullmatch(word)) or word.casefold() in config.articles


def _body(
    name: str,
    config: Config,
    portfolio: bool,
    unheld: frozenset[str] | None = None,
    phrases: frozenset[str] = frozenset(),
    verbs: tuple[str, ...] = (),
    past: tuple[str, ...] = (),
    clauses: frozenset[str] = frozenset(),
    adjectives: tuple[str, ...] = (),
) -> frozenset[str]:
    """The words in lower case right after the office that opens *name*, where only a name or
    nothing follows them: the body whose office it is, in the genitive ("Předseda finančního
    výboru", "Skarbnik miasta", "Заместитель главы администрации Петрова") or its holder's standing
    ("Le Président par intérim"), no sentence. A particle or a word of the narration among them
    ("Министр ответил:"), or a word in lower case after the name, makes them one. A deputy's
    word before the office is the office's ("Naibu Waziri wa Fedha"), and the links alone in lower
    case between the capitalised areas of a portfolio after the body are its too ("Waziri wa
    Kilimo na Mifugo", "M. le ministre délégué auprès du Chef du Gouvernement"). With *portfolio*,
    the words in lower case of a portfolio before the office are its body too, and so are those of
    one after it whose areas its language's "and" joins. *unheld*: see :func:`_department`.
    *phrases*, the record's language's prepositions (``phrase_openers``), given where the line
    goes on in lower case after the colon: opening those words they make the office's word an
    adjective opening a sentence ("Chief among them: the cost of fuel."), no body in the genitive;
    a link naming whose the office is stays one ("Ledamot av styrelsen"). *verbs*, the record's
    language's endings of a finite verb (``verb_endings``), given where a capital opens the speech
    after the label: a word of the run so ending is a sentence's verb ("Председатель предоставил
    слово Иванову."), and where none does, areas its "and" joins are a portfolio before a bare
    surname whatever stop closes it ("Министр торговли и промышленности Тимашев."), unless a word
    of the run ends as *past* does (``past_endings``): a past's feminine or plural a genitive noun
    may share, two acts of a woman or of several ("Министр вышла и поблагодарила Смирнову.").
    *clauses*, the record's language's pronouns and verbs (``clause_words``): one among the words
    makes them a sentence's predicate ("The rapporteur is right:", "Le rapporteur est clair :"),
    as a narration's verb does. *adjectives*, the record's language's endings of an adjective after
    its noun (``adjective_endings``): see :func:`_areas_portfolio`."""
    words = name.split()
    # a form of address and an article before the office ("M. le ministre de l'instruction
    # publique", the French chambers' minister): its portfolio's particles make no sentence
    addressed = len(list(takewhile(lambda word: _addressing(word, config), words[:_ADDRESS_WORDS])))
    addressed = addressed if words and config.titles.fullmatch(words[0]) else 0
    if addressed == 1 < len(words) and _office_or_address(words, config):
        addressed = 0  # a form of address that is the office itself ("Minister práce, … a rodiny SR X")
    # an article alone before it: "Le Président par intérim", "The Chairman of the Committee"
    article = not addressed and len(words) > 2 and words[0].casefold() in config.articles
    words = words[addressed or int(article) :]
    # a deputy's or an acting holder's word before the office ("Naibu Waziri wa Fedha"): the office's
    qualified = len(words) > 2 and words[0].casefold() in config.chair_qualifiers
    if qualified and config.offices.match(words[1].casefold()):
        words = words[1:]
    department = _department(words, config, unheld)
    if department:
        return department
    # "Хүнс, хөдөө аж ахуйн сайд Г.Ганболд": its portfolio's words
    office = portfolio_office(words, config) if portfolio else 0
    if office:
        return frozenset(word.casefold() for word in words[:office] if lower_case(word[0]))
    if portfolio and portfolio_closed(words, config):  # "Sog‘liqni saqlash boshqarmasi boshlig‘i:"
        return frozenset(word.casefold() for word in words if lower_case(word[0]))
    if len(words) < 2 or not config.offices.match(words[0].casefold()) or words[0].endswith(","):
        return frozenset()  # after a comma: "Presidente, gracias." is a sentence
    if adjectives and (areas := _areas_portfolio(words[1:], config, adjectives, clauses)) is not None:
        return areas  # "Ministre de l'Intérieur, de la Sécurité publique et de l'Administration du …"
    run = list(takewhile(lambda word: lower_case(word[0]), words[1:]))
    if run and run[0].casefold() in phrases - config.genitive_links:
        return frozenset()
    rest = words[1 + len(run) :]
    # a rank before the holder ends as a verb may ("Министр обороны маршал Устинов.")
    if verbs and any(_finite(word, verbs) and not office_or_title(word, config) for word in run):
        return frozenset()  # "Министр вышел и поблагодарил Смирнова."
    if portfolio and _linked_portfolio(run, rest, config):
        return frozenset(word.casefold() for word in run)
    particles = [word for word in run if word.casefold() in config.particles]
    # the portfolio's capitalised areas joined by its links ("Waziri wa Kilimo na Mifugo"), the
    # office addressed or not: each word in lower case a link, a capital closing them
    links = _portfolio_links(rest, config)
    if any(word.casefold() in config.narration or _clause_of(word, clauses) for word in run) or (
        links is None and any(lower_case(word[0]) for word in rest)
    ):
        return frozenset()
    crowded = len(run) - (len(particles) if addressed else 0) > _BODY_WORDS
    # a portfolio of areas joined only where a capital opens the speech after it and no stop ends
    # it, or any stop where the language tells a verb by its ending and none is among them; the
    # endings a past's feminine or plural shares with a genitive noun ("поблагодарила", "отдела")
    # refuse no body, but no such word joins areas before a bare surname on the ending's word alone
    verbed = bool(verbs) and not any(_finite(word, past) for word in run)
    joined = (portfolio or verbed) and _joined_portfolio(run, rest, config, verbed=verbed)
    # the body in the genitive its link opens, closing the name ("Le représentant du conseil
    # départemental", "El presidente de la comisión"): whose the office is, no sentence; read only
    # where the particles would refuse the words
    if (crowded or (particles and not addressed)) and not (
        joined or (not rest and _genitive_body(run, config))
    ):
        return frozenset()
    return frozenset(word.casefold().rstrip(",") for word in run) | (links or frozenset())


def _areas_portfolio(
    words: list[str], config: Config, adjectives: tuple[str, ...], clauses: frozenset[str]
) -> frozenset[str] | None:
    """The words in lower case of *words*, those after an office, where they are its portfolio
    of capitalised areas, each opened by its links and perhaps closed by its adjective ("de
    l'Intérieur, de la Sécurité publique et de l'Administration du territoire", "de l'Éducation
    nationale, chargée de l'Instruction civique", "d'État chargé du Développement et de la
    Coordination de l'action gouvernementale"): a link first (a particle, an article, a word joining
    an office to its portfolio) or an area elided after its link ("d'État"); a capitalised area
    after links only; a noun in lower case only right after a genitive link or its article ("du
    territoire"); and a word in lower case after an area or such a noun, no comma between, that
    ends as the language's adjective does (*adjectives*) and is no word of the narration nor of a
    clause, with more such after its comma or its "and" ("de l'Enseignement primaire, secondaire
    et de l'Alphabétisation", "de l'Enseignement technique et professionnel"). A verb ("Le
    Ministre de la Justice a répondu :", "… explique :") or a name after an area leaves them to
    the other readings: None. So does one such word alone after one area, the last before the
    colon ("de la Santé publique", "de la Santé applique", "… critique", "… considère"): a
    French verb ends as the adjective does there, and the office's other readings weigh it; and
    a word that opens with an elided pronoun ("s'explique"), a clause."""
    links = config.particles | config.articles | config.office_links | config.genitive_links
    body: set[str] = set()
    state, areas, comma = "start", 0, False
    named, said = 0, 0  # the areas named after a link, the adjectives after them
    for word in words:
        bare = word.rstrip(",")
        if not bare:
            return None
        folded = bare.casefold()
        elided = _ELIDED_NAME.match(bare)
        if folded in links:
            if state == "adjective" and folded in config.portfolio_joins:
                state = "and"  # "primaire et secondaire": another adjective may follow
            elif folded in config.genitive_links or (state == "genitive" and folded in config.articles):
                state = "genitive"
            else:
                state = "link"
            body.add(folded)
        elif not lower_case(bare[0]) or (elided and not lower_case(bare[elided.end() - 1])):
            if state not in ("link", "genitive", "and") and not (state == "start" and elided):
                return None
            named += state != "start"
            state, areas = "area", areas + 1
        elif state == "genitive":
            state = "noun"  # "du territoire", "de l'action"
            body.add(folded)
        elif (
            ((state in ("area", "noun") and not comma) or (state == "adjective" and comma) or state == "and")
            and len(folded) >= _ADJECTIVE_STEM
            and folded.endswith(adjectives)
            and folded not in config.narration
            and not _clause_of(folded, clauses)
        ):
            state, said = "adjective", said + 1
            body.add(folded)
        else:
            return None
        comma = word.endswith(",")
    if state == "adjective" and named == said == 1:
        return None  # "de la Santé publique" or "de la Santé applique": the other readings'
    return frozenset(body) if areas and state in ("area", "noun", "adjective") else None


_ADJECTIVE_STEM = 5  # letters at least of an adjective after its noun: "local", "publique"


def _clause_of(word: str, clauses: frozenset[str]) -> bool:
    """Whether *word* is one of a language's *clauses* (``clause_words``), or opens with one that
    drops its last "e" before an apostrophe, as French elides it: the reflexive "se" of "Le maire
    s'alarme :", the "je" of "j'ai" (a sentence), as "se" alone is ("La ministre se demande :")."""
    folded = word.casefold()
    elided = _ELIDED.match(folded)
    return folded in clauses or (elided is not None and f"{elided.group(1)}e" in clauses)


_ELIDED = regex(r"([^\W\d_]{1,2})['’][^\W\d_]")  # "s'alarme": the pronoun, its apostrophe


_GENITIVE_BODY_WORDS = 3  # the most words of a body in the genitive, its links and articles aside
_GENITIVE_BODY_PARTS = 2  # the most parts of it, each opened by its link: "de la commission de discipline"


def _genitive_body(run: list[str], config: Config) -> bool:
    """Whether *run*, the words in lower case closing a name after its office, is the body whose
    the office is in the genitive: a link naming whose (``genitive_links``) opens it, an article
    perhaps after the link, then one or two words; a second part so opened may follow ("du
    conseil départemental", "de la chambre", "du ministère public", "de l'ordre", "de la
    commission de discipline"). A word of the narration or a clause's among them has been refused
    before."""
    if not run or run[0].casefold() not in config.genitive_links:
        return False
    joins = config.particles | config.genitive_links
    parts: list[int] = []
    at = 0
    while at < len(run):
        if run[at].casefold() not in config.genitive_links:
            return False  # "du jury a tranché": a verb's auxiliary, no link naming whose
        at += 1
        if at < len(run) and run[at].casefold() in config.articles:
            at += 1
        words = len(list(takewhile(lambda word: word.casefold() not in joins, run[at : at + 2])))
        if not words:
            return False
        parts.append(words)
        at += words
    return len(parts) <= _GENITIVE_BODY_PARTS and sum(parts) <= _GENITIVE_BODY_WORDS


def _portfolio_links(rest: list[str], config: Config) -> frozenset[str] | None:
    """The words in lower case of the capitalised portfolio and superior after an office's body,
    addressed or not, where each only links them ("M. le ministre délégué auprès du Chef du
    Gouvernement chargé des Relations avec le Parlement", "Waziri wa Kilimo na Mifugo"): a
    particle, an article or a word that joins an office to its portfolio; None where another
    word in lower case (a sentence's verb) is among them or a capital does not end them."""
    lowered = [word.casefold() for word in rest if lower_case(word[0]) and not _ELIDED_NAME.match(word)]
    joining = config.particles | config.articles | config.office_links
    if not rest or lower_case(rest[-1][0]) or any(word not in joining for word in lowered):
        return None
    return frozenset(lowered)


def _office_or_address(words: list[str], config: Config) -> bool:
    """Whether the form of address that opens *words* alone is an office that no office follows:
    a title that names the office itself ("Minister"), its portfolio after it. An article before
    it ("The Minister then told the House") leaves it a form of address."""
    return bool(config.offices.match(words[0].casefold())) and not config.offices.match(words[1].casefold())


def _finite(word: str, verbs: tuple[str, ...]) -> bool:
    """Whether *word* ends in one of a language's endings of a finite verb (*verbs*) after two
    letters of its stem at least: "поблагодарил", "вышел", no "дел" nor "сил" of a portfolio."""
    folded = word.casefold()
    return any(folded.endswith(end) and len(folded) - len(end) >= _VERB_STEM for end in verbs)


_VERB_STEM = 2  # the fewest letters of a verb's stem before its ending


def _joined_portfolio(run: list[str], rest: list[str], config: Config, verbed: bool = False) -> bool:
    """Whether *run*, the words in lower case after an office, is a portfolio of two areas or more
    joined by its language's "and" inside it, its holder's capitalised names after it ("Ministr
    práce a sociálních věcí ČR Marian Jurečka", "Министр труда и социальной защиты Российской
    Федерации Котяков А. О.", "Minister práce, sociálnych vecí a rodiny SR Milan Krajniak"): the
    body whose office it is, no sentence. Its only particles are those joins, none first nor last,
    and its holder is named bare: an office or a form of address among the names makes them
    another person whom a sentence names ("The Chair welcomed members and noted apologies from
    Councillor Brant."). Two words joined ("vstal a oslovil") are as likely a sentence's two verbs
    as two areas: after them the names are three words or more, the state's or the holder's
    initials among them as such records print a minister, where two bare names are the person the
    verbs reach ("Ministr vstal a oslovil Petra Svobodu: …", "Министр вышел и поблагодарил Ивана
    Смирнова: …"); a longer portfolio is a department's name before two ("Министър на труда и
    социалната политика Иванка Шалапатова:"). Where the record's language tells a finite verb by
    its ending (*verbed*, none in the run), two areas joined are a portfolio before a bare
    surname too ("Министр торговли и промышленности Тимашев.")."""
    joins = [at for at, word in enumerate(run) if word.casefold() in config.particles]
    return (
        bool(joins)
        and len(run) <= _DEPARTMENT_WORDS
        and (len(rest) > _HOLDER_WORDS or len(run) > _JOINED_PAIR or (verbed and bool(rest)))
        and all(0 < at < len(run) - 1 and run[at].casefold() in config.portfolio_joins for at in joins)
        and not any(office_or_title(word, config) for word in rest)
    )


_DEPARTMENT_WORDS = 8  # the most words of a department's name between an office and its holder
_MANDATE_OFFICE = 4  # words of a mandate's office before the link to its topic, at most
_LINKED_WORDS = 5  # the most words of a portfolio in lower case its link opens, the link among them
_LINKED_HOLDER = 4  # the most words of the holder's name after it, its particles among them


def _linked_portfolio(run: list[str], rest: list[str], config: Config) -> bool:
    """Whether *run*, the words in lower case after an office, is its portfolio opened by the
    word that links it and *rest* its holder's bare name, as Nordic and Dutch councils and
    governments print the office ("Rådmand for teknik og miljø Anne Vind", "Kommunalråd för miljö
    och teknik Anna Berg", "Wethouder voor ruimtelijke ordening Jan de Vries"): the body whose
    office it is, no sentence, as the English "Minister for Health and Social Care" is. A few
    words only, joined by the language's "and" or a link, none last; no narration among them; the
    name two capitalised words or more, its particles between them, no office nor form of address
    among them, and nothing in lower case after it: "… Anne Vind om følgende" is a sentence."""
    links = config.particles | config.office_links
    capitalised = [word for word in rest if not lower_case(word[0])]
    return (
        1 < len(run) <= _LINKED_WORDS
        and run[0].casefold() in links
        and run[-1].casefold() not in links | config.portfolio_joins
        and not any(word.casefold() in config.narration for word in run)
        and all(word.casefold() in config.portfolio_joins for word in run[1:] if word.casefold() in links)
        and _HOLDER_WORDS <= len(capitalised) <= len(rest) <= _LINKED_HOLDER
        and not lower_case(rest[-1][0])
        and all(word.casefold() in config.particles for word in rest if lower_case(word[0]))
        and not any(office_or_title(word, config) for word in rest)
    )


_JOINED_PAIR = 3  # two words and their join: a portfolio of two areas, or a sentence's two verbs


def _department(words: list[str], config: Config, unheld: frozenset[str] | None = None) -> frozenset[str]:
    """The words in lower case of a department's name between the office that opens a label and
    its holder's capitalised names, the name opening with a department's word ("Bộ trưởng Bộ Kế
    hoạch và Đầu tư Nguyễn Văn Phúc", a Vietnamese minister): the portfolio, no sentence. A
    department's name may end the label, its holder unnamed ("Bộ trưởng Bộ Giáo dục và Đào tạo:",
    "Giám đốc Sở Xây dựng:", the office answering a question) where a colon closes it, *unheld*
    the commonest words of the record's language (else None): none of its words in lower case is
    one of them but the "and" of its areas ("Bộ trưởng Bộ Tài chính cho biết:" is a sentence)."""
    text = " ".join(words).casefold()
    office = config.offices.match(text)
    if office is None or text[office.end() : office.end() + 1] not in ("", " "):
        return frozenset()
    rest = words[len(text[: office.end()].split()) :]
    holder = list(takewhile(lambda word: word[:1].isupper(), reversed(rest)))
    body = rest[: len(rest) - len(holder)]
    if not 0 < len(body) <= _DEPARTMENT_WORDS or 0 < len(holder) < _HOLDER_WORDS:
        return frozenset()
    if not holder and (
        unheld is None or any(word.casefold() in unheld - config.portfolio_joins for word in body)
    ):
        return frozenset()
    if not (" ".join(body).casefold() + " ").startswith(config.departments):
        return frozenset()
    if any(word.casefold() in config.narration for word in body):
        return frozenset()
    return frozenset(word.casefold() for word in body if lower_case(word[0]))


_STOPPED_WORD = regex(r"(?<![^\W\d_])([^\W\d_]+)\.")


def _authorship(name: str, config: Config) -> frozenset[str]:
    """The words after *name*'s last comma where they say it tabled an item of business (see
    :meth:`Config.tabled_item`: "La señora López Martín, autora de la pregunta"): a description
    of the speaker, as "…, diputada" is, whose item ("pregunta") is no verb."""
    _, comma, tail = name.rpartition(", ")
    return frozenset(tail.casefold().split()) if comma and config.tabled_item(tail) else frozenset()


def _abbreviated(name: str) -> frozenset[str]:
    """The words of *name* printed as abbreviations, with their stop ("Obrońca adw. Piotr
    Nowak", "Председательствующий т. СУСЛОВ", "Гос. обв."): a label is read past a stop only
    after an initial or an abbreviation. In lower case they are a title or a degree inside the
    label, not words of a sentence."""
    return frozenset(found.group(1).casefold() for found in _STOPPED_WORD.finditer(name))


def _asked(found: list[Occurrence], occurrences: list[Occurrence], config: Config) -> bool:
    """Whether the one-letter label of *found* is a briefing's question (see ``asked``): printed
    with no stop two or more times, each followed by a label with a name (or by the record's end),
    never by a letter; or printed once, as an excerpt pastes one question, between two turns of
    the same named briefer ("MS. X: …" / "Q … ?" / "MS. X: …"). So is a pair's question letter
    or word printed with a stop and a dash, as a Spanish government's press conference prints the
    reporters before each named answer ("P.- …" / "Portavoz.- …"), printed once between two
    named labels so printed ("Secretario de Estado.- …" / "Pregunta.- …" / "Portavoz.- …")."""
    questions = {pair[0] for pair in config.short_labels}
    dashed = found[0].cand.name in questions and all(_stop_dash(o.cand.punct) for o in found)
    # no stop, no colon: "Q Thanks, Jen.", "Q — most likely to respond to?" (a question resumed)
    if not dashed and (
        found[0].cand.name not in config.asked or any(o.cand.punct in ".:" for o in found if o.cand.punct)
    ):
        return False
    after = {id(o): later for o, later in pairwise(occurrences)}
    if len(found) == 1:
        return _between_briefer(found[0], occurrences) or (dashed and _between_dashed(found[0], occurrences))
    return all(not after[id(o)].cand.short for o in found if id(o) in after)


def _between_dashed(question: Occurrence, occurrences: list[Occurrence]) -> bool:
    """Whether the one *question* printed stands between two named labels (no letter, no pair's
    word), the nearest candidates before and after it that end with a stop and a dash, as it
    does: a reporter's turn between the government's."""
    at = next((i for i, o in enumerate(occurrences) if o is question), 0)
    before = next((o for o in reversed(occurrences[:at]) if _stop_dash(o.cand.punct)), None)
    after = next((o for o in occurrences[at + 1 :] if _stop_dash(o.cand.punct)), None)
    return all(o is not None and not o.cand.short for o in (before, after))


def _stop_dash(punct: str) -> bool:
    """Whether *punct* is a stop and a dash, a Spanish record's label's end ("P.-", "Portavoz.-")."""
    return len(punct) >= 2 and punct[0] == "." and punct[-1] in "-–—"


def _questioned(found: list[Occurrence], occurrences: list[Occurrence], config: Config) -> bool:
    """Whether the question's word of a pair printed with its colon ("Question:", "Q:",
    "Pregunta:") is a briefing's question, answered by a named label: each printing asks (a
    question mark on its line, a capital after the colon) and a named label with its colon
    follows it ("Question: Marta, has …?" / "Spokesperson: …" of a noon briefing, printed once
    in an excerpt); printed more than once, one printing asking is enough, as an interview's
    first question greets. In CAPITALS between two turns of one briefer it need not ask: a
    reporter's remark ("MR X: …" / "QUESTION: Happy birthday." / "MR X: …"). Its opener's word
    is then no sentence's: a sentence so opened is the speaker's own, not a paragraph the next
    label answers. Printed with its number alone on its line right over a named label ("Question
    12:" over "Mr X: …?"), it is the question paper's item the member asks under, no reporter's."""
    asking = config.asking_keys
    if found[0].cand.key not in asking or any(_punct(o.cand) not in _COLON_LIKE for o in found):
        return False
    # a recorder's credit under the last answer is no label answering or asked
    labels = (o for o in occurrences if not credit(o.cand.key, config))
    nexts = {id(o): later for o, later in pairwise(labels)}
    after = {key: later.cand for key, later in nexts.items()}
    if any(o.alone and _item_numbered(o.cand) and _label_under(o, after.get(id(o))) for o in found):
        return False
    answered = all(
        o.after[:1].isupper()  # "Question: is the budget final? It is not." opens a sentence
        and (
            (id(o) in after and not after[id(o)].short and _punct(after[id(o)]) in _COLON_LIKE)
            # an interview's last question, answered before, may thank and end the record
            or (len(found) > 1 and o is found[-1] and id(o) not in after)
        )
        for o in found
    )
    # a question of several paragraphs asks at its last, the end of the paragraph above its answer
    # ("Вопрос: Добрый день! Агентство X." / "Как Вы оцениваете …?" / "В.Путин: …")
    asks = [
        "?" in _spoken_after(o)
        or (o.cand.upper and _answered_by_briefer(o, occurrences))
        or (id(o) in nexts and nexts[id(o)].before.rstrip().endswith("?"))
        for o in found
    ]
    # an interview's questions, two or more, may greet or thank ("Q: Senator, good morning." /
    # "SP X: Good morning." / "Q: … To what do you attribute this?"): one of them asks
    return answered and (all(asks) or (len(found) > 1 and any(asks)))


def _label_under(question: Occurrence, label: Candidate | None) -> bool:
    """Whether *label*, the next label after *question* alone on its line, opens the line right
    under it: the question paper's numbered item over the member who asks it."""
    return label is not None and question.after.lstrip().startswith(label.printed.strip())


def _between_briefer(question: Occurrence, occurrences: list[Occurrence]) -> bool:
    """Whether the one *question* printed asks (a question mark on its line) and is answered by
    a named label (no letter) that also printed before it: the briefer, asked and answering
    ("Q Fever cases rose …" between two turns of a chair asks nothing: text). A letter set off
    by a typed gap may ask at the end of its paragraph, its question run on below its line
    ("Q    Two quick ones, then:" / "first, will the President sign it?")."""
    if not _answered_by_briefer(question, occurrences):
        return "?" in _spoken_after(question) and _last_asked(question, occurrences)
    if "?" in _spoken_after(question):
        return True
    answer = occurrences[next(i for i, o in enumerate(occurrences) if o is question) + 1]
    return _gapped(question) and answer.before.rstrip().endswith("?")


def _last_asked(question: Occurrence, occurrences: list[Occurrence]) -> bool:
    """Whether the one *question*, its letter set off by a typed gap ("Q    Will the President
    …?"), is the excerpt's last label, right after a named label with its colon: a briefing's
    transcript cut after a reporter's question, the answer not copied."""
    if question is not occurrences[-1] or len(occurrences) < 2:
        return False
    before = occurrences[-2].cand
    return _gapped(question) and not before.short and _punct(before) in _COLON_LIKE


def _gapped(question: Occurrence) -> bool:
    """Whether *question*'s letter is set off from its words by a typed gap ("Q    Will …?"),
    as a briefing's transcript prints it; one space may open a word ("Q fever")."""
    return question.cand.end > len(question.cand.printed) + 1


def _spoken_after(o: Occurrence) -> str:
    """The words *o*'s label opens: the rest of its line, or the paragraph under it where the
    label stands alone on its line (a copy may set every label above its words: "Вопрос:" /
    "Когда откроется мост?"), where a question's mark is read as on the label's line."""
    return o.after_in[o.after_at :] if o.alone and not o.rest else o.rest


def _answered_by_briefer(question: Occurrence, occurrences: list[Occurrence]) -> bool:
    """Whether a named label (no letter) that also printed before *question* follows it."""
    at = next((i for i, o in enumerate(occurrences) if o is question), 0)
    if not 0 < at < len(occurrences) - 1:
        return False
    later = occurrences[at + 1]
    return not later.cand.short and any(o.cand.key == later.cand.key for o in occurrences[:at])


def _paired(
    cand: Candidate, by_key: dict[str, list[Occurrence]], occurrences: list[Occurrence], config: Config
) -> tuple[bool, str] | None:
    """Whether the question or answer label *cand* is believed with its pair: both recur, or
    they follow each other once. A letter of two pairs ("A" answers "Q" and German "F") is
    believed with either. A word of a pair printed without the other ("QUESTION:" of a press
    briefing, answered by named labels) is weighed as any label would be: None."""
    if _initial(cand) and _lettered_list(occurrences):
        return False, "a list's letter: options read out after a lead-in's colon, in the alphabet's order"
    if len(cand.name) == 1 and _punct(cand) in _DASHES and _lettered_items(by_key[cand.key], config):
        return False, "a list's letter: the line above opens with another letter before its dash"
    pairs = [p for p in config.short_labels if cand.key in map(label_key, p)] or [(cand.name,)]
    recurring = [p for p in pairs if all(len(by_key.get(label_key(word), ())) >= 2 for word in p)]
    accepted = bool(recurring) or any(_adjacent(occurrences, p) for p in pairs)
    if not accepted and _shortened_pair(cand, occurrences, config):
        return True, "question and answer labels, one shortened, asked and answered"
    if not accepted and _examined(cand, occurrences, config):
        return True, "a question asked under the examination's heading"
    if not accepted and _answering(cand, occurrences, config):
        return True, "an answer to the question of the named label above it"
    if not accepted and _sworn_answer(cand, occurrences, config):
        return True, "an answer under the line that brings the witness in"
    if not accepted and _answering_role_letters(cand, occurrences, config):
        return True, "an answer to the question a role's letter asks right above it"
    if not accepted and _lettered_as_others(cand, by_key, occurrences, config):
        return True, "a surname's letter, as the record prints another's recurring"
    if not accepted and _abbreviated_before(cand, occurrences):
        return True, "the letter a label printed in brackets after its name at its first turn"
    if not accepted and _initials_alternating(occurrences, config):
        return True, "a speaker's initial: letters of no question-and-answer pair take turns"
    if not accepted and _item_numbered(cand):
        return False, "a numbered question or answer with no label of its pair: an item read out"
    if not accepted and len(cand.name) > 1:
        return None
    how = "each recur" if recurring else "follow each other" if accepted else "must each recur"
    return accepted, f"question and answer labels {'/'.join((recurring or pairs)[0])} {how}"


# A question's or an answer's number after its word or letter, before its stop or colon.
_ITEM_NUMBER = regex(rf"[ ]?(?:(?i:n|{NUMBER_SIGNS})\.?[ ]?)?[0-9０-９]{{1,3}}[ \t]*[.:：]")


def _item_numbered(cand: Candidate) -> bool:
    """Whether *cand*, a word or a letter of a pair, is printed with its item's number ("Frage 1:",
    "QUESTION NO. 1:", "Q1."): a list's item where its pair's other word answers no turn."""
    at = cand.printed.find(cand.name)
    return at >= 0 and _ITEM_NUMBER.match(cand.printed, at + len(cand.name)) is not None


# A line that opens with one letter and a spaced dash: an item of a lettered list ("ث - …").
_LETTER_ITEM = regex(r"\s*(?P<letter>[^\W\d_])[ \t]+[-–—][ \t]")


def _lettered_items(found: list[Occurrence], config: Config) -> bool:
    """Whether a pair's letter before a spaced dash, at each of its places *found*, is an item of
    a lettered list: the line above opens with a letter of no pair before the same dash, as an
    outline or a list of attachments goes on in the alphabet's order ("ب - …" / "ج - …", "ز - …"
    / "س - …"); a question's and its answer's letters take turns with each other alone, a list
    in one answer set apart by no other."""
    paired = {word for pair in config.short_labels for word in pair if len(word) == 1}
    items = (_LETTER_ITEM.match(occurrence.above) for occurrence in found)
    return all(item is not None and item.group("letter") not in paired for item in items)


def _initials_alternating(occurrences: list[Occurrence], config: Config) -> bool:
    """Whether the record's one-letter labels with a colon are its speakers' initials: two
    letters or more, no two of them a question-and-answer pair, one recurring, and each letter's
    turn followed by another's (a tape's transcript: "P:" the President, "H:" Haldeman, "P:";
    the Spanish "P:" asks only where its "R:" answers), a label of its own perhaps between
    them (an Austrian court's record: "R:" the judge, "B:" the accused, "StA:" asks, "B:")."""
    letters = [o.cand.key for o in occurrences if _initial(o.cand)]
    distinct = set(letters)
    if len(distinct) < 2 or len(letters) == len(distinct):
        return False
    if any(len(distinct & {label_key(word) for word in pair}) > 1 for pair in config.short_labels):
        return False
    keys = [o.cand.key for o in occurrences]
    return all(first != second for first, second in pairwise(keys) if first in distinct)


def _lettered_list(occurrences: list[Occurrence]) -> bool:
    """Whether the record's one-letter labels with a colon are a list a speaker reads out: its
    letters in runs of two or more, each run going on in the alphabet's order ("A:", "B:") from
    the same letter, right after a lead-in that ends with a colon ("The board has two options
    before it:" / "A: Keep Route 7 …" / "B: Move Route 7 …", read again later), printed twice
    or more, one run at least after the speaker's own words ("Staff recommend the first. To
    repeat the two choices:"), no label's. A conversation's "A:" and "B:" take turns back and
    forth, no run after a lead-in; a focus group's "A:" and "B:" answer each question a
    moderator's label asks ("Moderator: And the second question, about the fares:"), every run
    after a label's words."""
    runs: list[list[Occurrence]] = []
    spoken = False  # a run after words no label opens: a lead-in of the speaker's own
    last = -2
    for index, occurrence in enumerate(occurrences):
        if not _initial(occurrence.cand):
            continue
        if index == last + 1 and runs:
            runs[-1].append(occurrence)
        else:
            runs.append([occurrence])
            lead = occurrences[index - 1] if index else None
            spoken = spoken or not (lead and _punct(lead.cand) in _COLON_LIKE and lead.after.strip())
        last = index
    if not spoken:
        return False
    if len(runs) < 2 or any(len(run) < 2 for run in runs):
        return False
    if len({run[0].cand.key for run in runs}) > 1:
        return False
    ascending = all(
        ord(second.cand.name) == ord(first.cand.name) + 1 for run in runs for first, second in pairwise(run)
    )
    return ascending and all(
        (run[0].above if run[0].inner else run[0].before).rstrip().endswith(":") for run in runs
    )


def _played(cand: Candidate) -> bool:
    """Whether *cand*, a recording's word ("[Video Clip]:", "VIDEO CLIP:"), is printed as a
    transcript sets a clip apart, in brackets or in capitals: "Video: available on the council's
    website", in Mixed case and bare, is a field of the minutes' head, no clip played."""
    return cand.printed.startswith(("[", "(")) or cand.name.isupper()


def _initial(cand: Candidate) -> bool:
    """Whether *cand* is one capital letter with a colon ("P:", "H:")."""
    return len(cand.name) == 1 and cand.name.isupper() and _punct(cand) == ":"


def _lettered_as_others(
    cand: Candidate, by_key: dict[str, list[Occurrence]], occurrences: list[Occurrence], config: Config
) -> bool:
    """Whether *cand*, one letter printed once, stands for the one surname printed before it
    that opens with it, where the record so prints another person's letter in two turns or more:
    a court reporter's notes name each speaker in full once, then by the letter ("Kernbach:" …
    "K:" … "K:", the witness "Roth:" then "R:" once; see :func:`~identity.lettered`)."""
    letters = lettered((o.cand.name for o in occurrences), config)
    others = (name for name in letters if label_key(name) != cand.key)
    return cand.name in letters and any(len(by_key.get(label_key(name), ())) >= 2 for name in others)


def _abbreviated_before(cand: Candidate, occurrences: list[Occurrence]) -> bool:
    """Whether *cand*, one letter, is what a label printed before its first printing sets in
    brackets after the name as its short form, a broadcast's transcript naming each voice in full
    once ("Moderator (M): …", "Anja Weber (AW): …") and by the letters after ("M: …")."""
    first = next((i for i, o in enumerate(occurrences) if o.cand.key == cand.key), 0)
    return any(o.cand.role == cand.name for o in occurrences[:first])


def _examined(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, the question's letter of a pair printed without its answer, asks right
    under the heading that names the examiner ("BY DR. FRANKLIN:" / "Q. Will you state your
    name?"): an excerpt cut before the answer; each printing asks (a question mark on its line)
    or, its letter stopped, opens a sentence: a tribunal's first question greets the witness
    ("QUESTIONED BY MS X:" / "Q. Good morning, Mr Witness." / "THE WITNESS: …")."""
    asking = config.asking_keys
    found = [o for o in occurrences if o.cand.key == cand.key]
    return (
        cand.key in asking
        and bool(found)
        and all(
            ("?" in o.rest or (_punct(o.cand) in (".", ":") and o.rest.lstrip()[:1].isupper()))
            and config.examiner.fullmatch(o.before.strip())
            for o in found
        )
    )


def _answering(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, the answer's letter of a pair printed without its question, answers each
    time a question a named label asks right above it ("MR WONG: Madam, what is your name?" /
    "A: Chan Siu-ling.", a court's transcript whose counsel asks under his own label, the page's
    "Q." missing): the answer's colon and a capital after it, the question on the line above.
    A letter the next letter follows is an item of a list the speaker reads out after a
    question ("… what should the depot become?" / "A: A public library." / "B: A pool.")."""
    answering = config.answering_keys
    found = [(at, o) for at, o in enumerate(occurrences) if o.cand.key == cand.key]
    listed = chr(ord(cand.name[-1]) + 1) if len(cand.name) == 1 else ""
    return (
        cand.key in answering
        and bool(found)
        and all(
            at > 0
            and not occurrences[at - 1].cand.short
            and _asked_above(o, occurrences[at - 1])
            and _punct(o.cand) in _COLON_LIKE
            and o.after[:1].isupper()
            and not (at + 1 < len(occurrences) and occurrences[at + 1].cand.name == listed)
            for at, o in found
        )
    )


def _answering_role_letters(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, the answer's letter of a pair printed without its question ("答："), answers
    each time a question that a role abbreviated to one character asks on the line right above
    ("审：案发当天你在哪里？" / "答：在单位加班。", "公：…？" the prosecutor's, "辩：…？" the
    defence's): a Chinese court's record that prints its examiners by their letters, no "问："."""
    found = [at for at, o in enumerate(occurrences) if o.cand.key == cand.key]
    return (
        cand.key in config.answering_keys
        and bool(found)
        and all(
            at > 0
            and occurrences[at - 1].cand.name in config.role_letters
            and _punct(occurrences[at - 1].cand) in (":", "：")
            and occurrences[at - 1].rest.rstrip().endswith(("?", "？"))
            for at in found
        )
    )


def _sworn_answer(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, the answer's letter of a pair printed without its question, answers each
    time right under the line that brings a witness in ("(PW3 affirmed in Punti)" / "A. I work
    as …", a court's transcript whose excerpt leaves out the question the witness answers first),
    a capital after it: the witness's answer, as under a question's."""
    found = [o for o in occurrences if o.cand.key == cand.key]
    return (
        cand.key in config.answering_keys
        and bool(found)
        and all(o.after[:1].isupper() and config.witness.fullmatch(o.before.strip()) for o in found)
    )


def _asked_above(answer: Occurrence, question: Occurrence) -> bool:
    """Whether the named label *question* before *answer* asks on the line right above it: on the
    label's own line, or, the answer alone on its line over its words, on the line above the
    answer's, the question's last (a copy may set every label above its words)."""
    return question.rest.rstrip().endswith("?") or (answer.alone and answer.above.rstrip().endswith("?"))


def _shortened_pair(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand* is one of a question and its answer printed each once with a pair's words
    shortened differently ("Q: Has the minister seen it?" / "Answer: Yes, she has."): each word
    the start of its pair's (Q of Question), the question asking (a question mark on its line),
    both with their colon and a capital after it. No pair of the table, but a press briefing's."""
    for first, second in pairwise(occurrences):
        if cand.key not in (first.cand.key, second.cand.key) or first.cand.key == second.cand.key:
            continue
        if not (first.cand.short and second.cand.short and "?" in first.rest):
            continue
        if any(_punct(o.cand) not in _COLON_LIKE or not o.after[:1].isupper() for o in (first, second)):
            continue
        if any(
            label_key(ask).startswith(first.cand.key) and label_key(answer).startswith(second.cand.key)
            for ask, answer in ((pair[0], pair[-1]) for pair in config.short_labels)
        ):
            return True
    return False


def _adjacent(occurrences: list[Occurrence], pair: tuple[str, ...]) -> bool:
    """Whether the one-letter labels of *pair* open consecutive paragraphs at least once: a
    question and its answer (``Q. …`` then ``A. …``), or an answer and the next question, where
    counsel's first question was printed under counsel's name (``MR X: …``, ``A. …``, ``Q. …``),
    each printed once. Each pair of keys is asked as two members of *keys*, no set made for
    each pair of occurrences (a record's every one is read)."""
    keys = {label_key(letter) for letter in pair}
    if len(keys) < 2:
        return False
    return any(
        first.cand.key != second.cand.key and first.cand.key in keys and second.cand.key in keys
        for first, second in pairwise(occurrences)
    )


# The reason a word of the hall's is believed where a note in brackets says how it answers.
HALL_VOICE = "the hall's word with a note on its answer in brackets: the hall's voice"


def hall_voiced(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is one word of the hall's (a salutation of one word or the members' plural:
    "Товарищи", "Коллеги", "Diputados") with a note in brackets on how it speaks ("Товарищи
    (хором):", "Депутаты (с мест):"): the hall's voice, as no vocative is printed with such a note,
    though the same word before a sentence addresses the hall ("Товарищи: план выполнен …")."""
    name = cand.name.strip()
    return " " not in name and _hall_word(name, config) and _noted(cand, config)


def addressed_printing(cand: Candidate, after: str, config: Config) -> bool:
    """Whether *cand*, a printing of a word of the hall's believed only for its printings with a
    note (:func:`hall_voiced`), has none and a sentence after its colon: the speech's vocative
    ("Товарищи: мы должны …", "Депутаты: прошу вас …", a speaker's "I" in it, never the hall's;
    "Compañeros: La reunión de hoy …"), unless what follows is cries with its capital, the
    hall's again ("Товарищи: Да здравствует наша великая партия!", "Депутаты: Поддерживаем
    предложение комиссии без всяких поправок!"), as a speech states or asks something too."""
    speech = after.strip()
    return (
        _punct(cand) in _COLON_LIKE
        and not hall_voiced(cand, config)
        and _opens_sentence(speech)
        and not (speech[:1].isupper() and _CRIES.fullmatch(speech) is not None)
    )


# Cries, each closed by its exclamation, the whole of what follows a label: the hall's voice
# ("Да здравствует товарищ Сталин! Ура!"); a speech's paragraph states or asks something too.
_CRIES = regex(r"(?:[^.!?…]+!+\s*)+")


# One word and its stop or exclamation, alone after a label: a vote's answer ("за!", "Aye.").
_ONE_WORD = regex(r"\s*(?P<word>[^\W\d_]+)[.!]?\s*")


def _vote_answered(found: list[Occurrence], config: Config) -> bool:
    """Whether every printing of a word of the hall's (:func:`_hall_word`: "Депутаты", "Members",
    "Diputados"; "Abgeordnete: Ja!" its office believes) has its colon and one word after it that
    answers a vote (``vote_answers``: "Депутаты: за!", "Members: Aye."): the members answering
    the chair, the hall's voice, though in lower case after its colon; before a sentence the word
    addresses the hall ("Депутаты: сегодня мы должны …")."""
    name = found[0].cand.name.strip()
    if " " in name or found[0].cand.role or not _hall_word(name, config):
        return False
    for occurrence in found:
        answer = _ONE_WORD.fullmatch(occurrence.after)
        if _punct(occurrence.cand) not in _COLON_LIKE or not answer:
            return False
        if answer.group("word").casefold() not in config.vote_answers:
            return False
    return True


_PLACED_WORDS = (1, 2)  # words of a member's name, and of his place, around the word that links them


def _member_placed(
    words: list[str], occurrences: list[Occurrence], evidence: _Evidence, config: Config
) -> bool:
    """Whether *words* are a surname (a forename before it or none), a word that links a place
    to a name and says where from (in ``place_links`` and ``place_prepositions`` both: "aus"),
    and the place's one or two capitalised words, the speech on the label's line: "Simon aus
    Trier. …", "Moritz Mohl aus Stuttgart: …", the Frankfurt assembly's members named by their
    constituencies. A word the text prints in lower case, or a sentence's opener, opens no name;
    nor does a title alone on its line ("Briefe aus Berlin."). The genitive "of" links no
    untitled name to its place, only a titled one ("Mr. BROWN of Ohio", "Lord Smith of
    Finsbury"), but any two nouns of a heading run into its text ("Point of Order. Mr.
    Speaker, …", "Minutes of Proceedings. The meeting …")."""
    linked = [
        at
        for at, word in enumerate(words)
        if at and word.islower() and word in config.place_links and word in config.place_prepositions
    ]
    if len(linked) != 1 or all(o.alone for o in occurrences) or evidence.participants_bracketed:
        return False  # "News from Leeds: The council …" where "CALLER (Mary, Leeds):" names the callers
    at = linked[0]
    named, place = words[:at], words[at + 1 :]
    if len(named) not in _PLACED_WORDS or len(place) not in _PLACED_WORDS:
        return False
    if not all(word[:1].isupper() and not word.isupper() for word in named + place):
        return False
    return named[0].casefold() not in evidence.openers and not evidence.used_in_lower_case(named[:1])


def _placed_heading(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand* is a capitalised word or two, a preposition of place (``place_prepositions``)
    and the place, alone on its line each time over the text below ("Grüße aus Wien:" / "Die
    Wiener …", "Letters from London:"): a heading's noun and where it comes from. A member named
    by his constituency prints his speech on the label's line ("Vogt aus Gießen: Meine Herren!",
    see :func:`_member_placed`); a name's particle ("Charles de Gaulle :", "Vogler von Gießen:")
    is no preposition of place, nor is an office or a form of address opening the words."""
    if cand.title or cand.role or not all(o.alone for o in occurrences):
        return False
    words = cand.name.split()
    linked = [at for at, word in enumerate(words) if at and word in config.place_prepositions]
    if len(linked) != 1 or config.offices.match(cand.key):
        return False
    named, place = words[: linked[0]], words[linked[0] + 1 :]
    if len(named) not in _PLACED_WORDS or len(place) not in _PLACED_WORDS:
        return False
    if not all(word[:1].isupper() and not word.isupper() for word in named + place):
        return False
    if len(named) == 1 and _punct(cand) in _COLON_LIKE and _caller(named[0].casefold(), config):
        return False  # "Caller from Ohio:", "Maria aus Köln:": a phone-in's caller and their town
    # a member's seat all the same where the chair gave him the floor on the line above ("Das
    # Wort hat der Abgeordnete Venedey." / "Venedey aus Köln:", "Слово имеет делегат Петров." /
    # "Петров из Тулы:") or where his speech below opens by addressing the hall ("Товарищи! …",
    # "Meine Herren! …"): a congress record printing each label alone on its line over the speech
    return not any(_named_above(named[0], o.above) or saluting(o.after, config) for o in occurrences)


def _caller(word: str, config: Config) -> bool:
    """Whether *word*, before a place, is a person's: a participant's word ("caller",
    "listener", "Anrufer") or a forename the vocabulary knows ("Maria", "David")."""
    return word in config.participants or word in config.given_names or word in config.double_given_names


def _named_above(word: str, above: str) -> bool:
    """Whether the line *above* holds *word* as a word's start (a case's ending may follow it:
    "товарища Петрова"), as the chair names the member he gives the floor to."""
    at = above.find(word)
    while at >= 0:
        if not (at and LETTER.match(above, at - 1)):
            return True
        at = above.find(word, at + 1)
    return False


def _noted(cand: Candidate, config: Config) -> bool:
    """Whether *cand* prints a note on its speech in brackets after the name ("(spoke in
    French)", "(Geht zum Pult)"), which the label keeps and the person's role does not."""
    return not cand.role and any(config.language_notes.match(text) for text in bracketed(cand.printed))


def _named_alone(
    name: str,
    words: list[str],
    title: str,
    whole: bool,
    announced: str,
    occurrences: list[Occurrence],
    config: Config,
) -> bool:
    """Whether the label *name* (its *words*, its form of address *title*, printed *whole*; how
    the turn before gave it the floor, *announced*: see :func:`_announced`) names someone when
    printed alone with its stop. "Thank you." alone is a sentence, "Маленков." alone after "Слово
    имеет т. Маленков" a label, and so is an office that opens it ("Sēdes vadītājs.", the
    Saeima's chair printed once) and so is a name after its form of address or with its initials
    ("Ms. Hallworth.", "Р. Т. Пятрайтис.", a copy setting each label on its line above the
    speech): "Thank you." has none; so is a surname alone whose speech below opens by addressing
    the hall ("Прохоров." / "Товарищи! …"), as no one word of a sentence is followed, where no
    sentence ends above it."""
    cand = occurrences[0].cand
    after_title = name[len(cand.title) :].strip()
    return (
        announced == "name"
        or (len(words) == 1 and any(_saluted_alone(o, config) for o in occurrences[:_SALUTED_ASKED]))
        or (len(words) == 1 and _gives_floor(occurrences, config))
        or bool(config.offices.match(after_title.casefold()))
        # the office alone with its article ("De voorzitter."), never a sentence it opens ("The
        # Taoiseach should resign.")
        or bool(config.offices.fullmatch(config.past_article(after_title).casefold()))
        # and the office's whole word after a form of address and its article ("Mme la présidente.",
        # a copy setting the chair's label on its line above the speech)
        or (bool(title) and bool(config.office_words.fullmatch(config.past_article(after_title).casefold())))
        # no words after a comma: "Sergeant THOMAS REID, sworn." brings a witness in
        or ("," not in name and bool(title) and whole and after_title[:1].isupper())
        or (
            "," not in name
            and bool(initials_in_name(config.digraph_initials).search(name))
            and all(word[:1].isupper() for word in words)
        )
    )


def _titled_office_alone(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand* is a form of address, a name and an office after its one comma, alone on its
    line at each printing ("Mme Claire X, rapporteure.", "M. Paul Y, directeur général de Z.")."""
    _, comma, held = cand.name.partition(",")
    office = config.offices.match(config.past_article(held.strip()).casefold()) if comma else None
    return bool(cand.title) and office is not None and "," not in held and all(o.alone for o in occurrences)


def _gives_floor(occurrences: list[Occurrence], config: Config) -> bool:
    """Whether a surname alone on its line with its stop ("Varenko." / "The floor is given to
    Comrade Lysak.") speaks, two times or more, giving the floor below it: the chair, no sentence
    of one word ("Carried."), which gives no one the floor, nor the hall's answer to the vote the
    line above asks ("Who is in favour?" / "Adopted." / "The floor is given to …"), the chair's
    speech going on below it."""
    return len(occurrences) >= 2 and any(
        o.alone and o.above.rstrip()[-1:] not in _QUESTION_MARKS and config.announcements.search(o.after)
        for o in occurrences
    )


def _under_heading(occurrence: Occurrence, config: Config) -> bool:
    """Whether *occurrence* opens its paragraph right under a section heading between turns (an
    earnings call's "Question-and-Answer Session", its colon or none, "SCENE II"): the heading
    ended the speech above, so the label printed again under it opens a turn of its own, as it
    did when a heading with its colon stood there as a label-like candidate."""
    return not occurrence.inner and config.headings.match(occurrence.above.strip()) is not None


def _announced(words: list[str], occurrences: list[Occurrence], config: Config) -> str:
    """How the turn before one of the *occurrences* gives the floor to the name of *words*:
    "name" when every word of it is in the announcement ("Слово имеет т. Маленков" before
    "Маленков."), "surname" when its surname is ("Buyurun Sayın Sırakaya." after "… Zafer
    Sırakaya’ya aittir" is the chair's sentence), "" when it is not announced. A word's stem is
    enough: "Коваленку" names Коваленко. A name of two surnames is announced by its forename and
    first surname, the second left out and capitalised ("Té la paraula la senyora Laia Soler."
    over "Laia Soler i Fabra"): "name" too, where the speech below answers the floor given
    (:func:`_answers_floor`)."""
    stems = [word.casefold()[: max(4, len(word) - 2)] for word in words if len(word) >= 3]
    if not stems:
        return ""
    # the second surname capitalised, no word after the name's comma ("…, sworn.")
    second = [word for word in words if len(word) >= 3][-1]
    first = stems[:-1] if len(stems) > _FIRST_SURNAME_STEMS and second[0].isupper() else []
    for o in occurrences:
        before = o.before  # the paragraph's end, read from its lines once
        folded = before.casefold()
        if stems[-1] not in folded and not (first and first[-1] in folded):
            continue  # no announcement before it can name it (the cheap test first)
        found = config.announcements.search(before)
        tail = before[found.end() :].casefold() if found else ""
        if found and stems[-1] in tail:
            return "name" if all(stem in tail for stem in stems) else "surname"
        if found and first and all(stem in tail for stem in first) and _answers_floor(o.after, config):
            return "name"
    return ""


def _answers_floor(speech: str, config: Config) -> bool:
    """Whether *speech*, below a name announced by its forename and first surname, opens by
    thanking or addressing the chair, as the member given the floor does ("Gràcies, presidenta.");
    a line naming someone else so, a place or a body after the two words ("Pablo Ruiz Castilla." /
    "Es el nombre del centro …"), is the speech's."""
    return opens_with(speech, config.thanks) or saluting(speech, config)


_FIRST_SURNAME_STEMS = 2  # a forename and two surnames at least, the first two announced


def decide(
    occurrences: list[Occurrence],
    text: HeldText,
    voiced: frozenset[str],
    config: Config,
    configured: set[str],
    lang: str = "und",
    paragraphs: int = 0,
    typed: bool = False,
) -> LabelDecision:
    """Score every candidate key on the evidence of the whole document and decide.

    Pass one scores each key alone; pass two adds the ``shape`` weight to keys printed in the
    shape of a key already believed (unless the key is plainly no name: a sentence opener, a
    sentence, a heading), so that labels of one shape are believed together; where none of a
    shape is believed, two or more keys of it that open half of the document's *paragraphs* or
    more (those that are more than a label alone) gain ``dialogue``: speakers taking turns
    ("Рыков. …" / "Сталин. …"). *typed*: the record types its speech in capitals, which then
    make no heading of the words after a label.
    """
    by_key: dict[str, list[Occurrence]] = {}
    runs: Counter[str] = Counter()
    seen: dict[str, int] = {}  # key → index of its last occurrence
    before: dict[str, set[str]] = {}  # key → the keys of the candidates printed right before it
    strong = -1  # index of the last label-like occurrence (CAPITALS, a role, a colon)
    for index, occurrence in enumerate(occurrences):
        cand = occurrence.cand
        by_key.setdefault(cand.key, []).append(occurrence)
        before.setdefault(cand.key, set()).add(occurrences[index - 1].cand.key if index else "")
        if (
            seen.get(cand.key, -1) < 0
            or any(occurrences[i].cand.key != cand.key for i in (strong,) if i > seen[cand.key])
            or _under_heading(occurrence, config)
        ):
            runs[cand.key] += 1
        seen[cand.key] = index
        if cand.upper or cand.role or _punct(cand) in _COLON_LIKE:
            strong = index
    evidence = _Evidence(text, voiced, config, lang)
    evidence.typed = typed
    evidence.printed = frozenset(by_key)
    evidence.participants_bracketed = any(
        o.cand.role and label_key(o.cand.name) in config.participants for o in occurrences
    )
    evidence.parts = _outline_numerals(occurrences)
    evidence.marks = _outline_marks(occurrences)
    evidence.sentenced = sum(_sentence_after_uncased(found[0].cand.name, found) for found in by_key.values())
    items = Counter(o.cand.key for o in occurrences if _bold_item(o.cand))
    evidence.items_again = any(count >= 2 for count in items.values())
    # a transcription service prints the clock after every label: one clock alone proves nothing
    evidence.clocks = sum(_clock_after(o.cand) for o in occurrences)
    # a chat's or a meeting log's nicks open most of its lines; a record labelled with colons
    # prints a word in angle brackets at a line's head as its editor's or a mail's
    # ("<Tape change> The discussion …", "<John Carter> wrote:")
    angled = sum(o.cand.punct == ANGLED for o in occurrences)
    evidence.chatted = angled >= 2 and angled * 2 >= sum(_punct(o.cand) in _COLON_LIKE for o in occurrences)
    evidence.clips = sum(_clip_below(o) for o in occurrences)
    # a record labelled with colons quotes or narrates another's words at a line's head in the
    # reporter's third person ("Sr. GARCÍA señaló, en esta tribuna, que …", "Mr. GARCIA stated,
    # from that Dispatch Box, that …"): the third person is a label where the record labels so
    reported = sum(bool(o.cand.reported) for o in occurrences)
    evidence.colon_reported = reported * 2 < sum(_punct(o.cand) in _COLON_LIKE for o in occurrences)
    below = [(o.cand, clock) for o in occurrences if (clock := _clock_below(o))]
    evidence.clocked_below = len(below)
    again = Counter(cand.key for cand, _ in below)
    # a speaker's name again over a clock counting seconds: a schedule's "News" / "18:00" twice,
    # or minutes' "Unterbrechung" / "19:07" twice, is no speaker
    evidence.clocked_again = any(
        again[cand.key] >= 2 and _speaker_shaped(cand, config) for cand, _ in below
    ) and not all(_ROUND_HOUR.fullmatch(clock) for _, clock in below)
    evidence.holders = frozenset(_enclosed_holder(o.cand, config) for o in occurrences) - {""}
    evidence.spoken_bars = frozenset(
        (o.cand.key, o.cand.upper)
        for o in occurrences
        if _barred(o.cand) and not _titled_after_bar(o.rest, headline=False)
    )
    always = {label_key(label) for label in config.always}
    answered = not config.answering_keys.isdisjoint(by_key)  # "ANSWER:" printed: a numbered question a turn
    table: list[LabelScore] = []
    scored: list[LabelScore] = []
    for key, found in sorted(by_key.items()):
        cand = found[0].cand
        row = LabelScore(key, cand.name, len(found), {}, False)
        table.append(row)
        asked = cand.short and (_asked(found, occurrences, config) or _questioned(found, occurrences, config))
        pair = _paired(cand, by_key, occurrences, config) if cand.short and not asked else None
        if key in configured or key in always:
            row.accepted, row.reason = True, "configured: always a label"
        elif key in config.recordings and _punct(cand) in _COLON_LIKE and _played(cand):
            row.accepted, row.reason = True, "a recording played: its words a turn of no person"
        elif pair and pair[0]:  # "Ответ:" is never a label alone, but is one after its "Вопрос:"
            row.accepted, row.reason = pair
        elif asked:  # a briefing's "Вопрос:", asking, a named label answering: a field's name alone
            row.accepted, row.reason = True, "a reporter's question, a named label answering each"
        elif key in config.never:
            row.reason = "configured: never a label"
        elif any(hall_voiced(o.cand, config) for o in found):
            row.accepted, row.reason = True, HALL_VOICE
        elif _vote_answered(found, config):
            row.accepted, row.reason = True, "the members' word and a vote's answer: the hall answering"
        elif not evidence.items_again and all(_bold_item(o.cand) for o in found):
            row.reason = "a list's bold item, none printed twice: a summary's topics or actions' owners"
        elif all(_named_section(o) for o in found):
            row.reason = (
                "a Markdown heading naming one over a text opening with the name: about one, no speech"
            )
        elif credit(key, config):
            row.reason = "a recorder's or transcriber's credit: the record's front or back matter"
        elif all(_numbered_business(o.cand, config, answered, len(found) == 1) for o in found):
            row.reason = "a numbered item of business: the record's heading, no voice"
        elif _placed_heading(cand, found, config):
            row.reason = "a word and its place alone on its line over the text: a heading, no member's seat"
        elif all(_none_field(o, config) for o in found):
            row.reason = "a field whose value is none, alone after its colon: no speaker's"
        elif all(_reported_action(o, config) for o in found):
            row.reason = "a name and a reporter's verb alone with its stop: the minutes' reported action"
        elif all(_procedure_heading(o.cand, config) for o in found):
            row.reason = "a line of the sitting's procedure (its adjourning, closing): the record's, no voice"
        elif all(_item_marked(o.cand, config) for o in found):
            row.reason = "an agenda item's mark before a noun phrase: the item's heading, no voice"
        elif all(_identifier_field(o, config) for o in found):
            row.reason = "a field giving an identifier: the code after its colon, no speech"
        elif key in config.language_marks:  # "IsiZulu:" alone: the language the speaker turns to
            row.reason = "a mark of the language spoken"
        elif _field_phrase(cand, config):
            row.reason = "a field's name: a word never a label, qualified"
        elif evidence.colon_reported and all(o.cand.reported for o in found):
            row.reason = "a name and a reporter's verb in a record labelled with colons: quoted or narrated"
        elif _record_heading(cand, config):
            row.reason = "a record's heading in CAPITALS: the record's or its business's words, no voice"
        elif _colon_heading_alone(cand, found, config):
            row.reason = "a heading with its colon alone on its line: the office inside reports, no speaker"
        elif all(o.alone and _continued_heading(o.after, config) for o in found):
            row.reason = "a heading's first line, its second below with the note that the item goes on"
        elif _ordinal_sitting(cand, config):
            row.reason = "a sitting named by its ordinal: the record's heading"
        elif _announced_in_capitals(cand, config):
            row.reason = "a text announced: its mover or reader in CAPITALS, the record's narration"
        elif _quoting_verb(cand, config):
            row.reason = "a quotation's verb of saying: narration inside a speech"
        elif all(_paged(o, config) for o in found):
            row.reason = "a running head: the word for page and its number after it"
        elif all(_field_row(o) for o in found):
            row.reason = "a form's row of fields: another field and its colon after the value"
        elif all(_holder_field(o, config, config.clause_words.get(lang, frozenset())) for o in found):
            row.reason = "a field naming a role's holder: a form of address and a name, no sentence"
        elif all(_saluting_stop(o, config) for o in found):
            row.reason = "a salutation's first word, its stop the abbreviation's: the hall addressed"
        elif all(_caption_column(o) for o in found):
            row.reason = "a caption's party, the column of its brackets after it: the front matter's"
        elif all(_degree_stop(o.cand, config) for o in found):
            row.reason = "a name and its degree after a comma, the stop the degree's: an appearance, no label"
        elif cand.title and cand.name == cand.title and cand.name[:1].islower():
            row.reason = "a title in lower case alone: a wrapped sentence's word, naming no one"
        # "Members: Albania …… Mr. X" a roster's, "Members: 64 present" a count's field; "Hon.
        # Members, I have to inform you of the following:" the chair addressing the hall
        elif (
            config.groups.match(cand.name)
            and not _narrated(cand.name, config)
            and not _roster(found, config)
            and not _tallied(found)
            and not all(addresses_hall(o.cand, config, lang) for o in found)
        ):
            row.accepted, row.reason = True, "a group of voices"
        elif pair:
            row.accepted, row.reason = pair
        else:
            row.features = _features(key, found, runs[key], evidence, config)
            row.accepted = row.score >= config.threshold
            scored.append(row)
    _firms_beside_roles(scored, by_key, config)
    # the shapes believed, with the most words a believed label of each has: one word more is
    # still that shape ("Giorgi Beridze:" beside "Chairman:"), a sentence ending in a colon is not
    # (the only sign of one in a script without capitals); every printing of a believed label
    # counts, as a speaker's first label may carry a role the later ones drop ("Рудаков
    # (Донбасс)." then "Рудаков.")
    longest: dict[tuple[bool, str, bool, bool], int] = {}
    for row in scored:
        for cand in {found.cand for found in by_key[row.key]} if row.accepted else ():
            longest[_shape(cand)] = max(longest.get(_shape(cand), 0), len(cand.name.split()))
    plain_believed = any(row.accepted and _plain_dashed(by_key[row.key][0].cand, config) for row in scored)
    called = _called_shapes(scored, by_key, config)
    # every believed label printed with its stop set off by a space, and three candidates at least
    # so printed ("JOHN X . I am …" / "ELIZABETH Y . I keep …" / "Prisoner's Defence . I found …")
    stops = [_spaced_stop(by_key[row.key][0].cand) for row in scored if row.accepted]
    spaced = sum(_spaced_stop(by_key[row.key][0].cand) for row in scored) if stops and all(stops) else 0
    spaced_stops = spaced >= _SPACED_STOPS
    # the surnames an old trial prints alone beside the titled labels believed, and those labels:
    # each such surname answers one of them or another such surname ("Tilden." / "Marsh.")
    answering = {row.key for row in scored if row.accepted} | {
        row.key
        for row in scored
        if not row.accepted and _surname_beside_addressed(by_key[row.key][0].cand, row, longest, evidence)
    }
    for row in scored:
        cand = by_key[row.key][0].cand
        # a form of address, a name and the office after its comma alone on the line with its stop
        # ("Mme Claire X, rapporteure." over her question) is whole as a sentence would be, but
        # no sentence where believed labels are printed so
        wholly = _SHAPE_BLOCKERS & row.features.keys() == {"whole"} and _titled_office_alone(
            cand, by_key[row.key], config
        )
        against = not wholly and not _SHAPE_BLOCKERS.isdisjoint(row.features)
        against = against or (_shape(cand) in called and _uncalled_word(cand, row))
        # a court's name, its body's word an office's, is printed as a witness's name is ("1264
        # CENTRAL CRIMINAL COURT. [Sept. 18," an OCR's running head beside "JAMES HOOK. I am …"):
        # no one's ("SEC. DUMALAG.", a surname a chamber's stem opens, keeps its shape)
        against = against or {"chamber", "office"} <= row.features.keys()
        words = len(cand.name.split())
        # an office's or a name's particles that no vocabulary lists make no sentence where
        # labels of its shape are believed ("Loea ki he Pule'anga:" beside "Fakamaau:")
        joined, capitalised = particled(cand.name, config)
        if (
            joined
            and not cand.upper
            and "lower_case_word" not in row.features  # "Vote on Amendment:" beside the text's "vote"
            and cand.name.split()[0].casefold() not in evidence.openers  # "Next is Tom:"
            and not evidence.used_in_lower_case(cand.name.split()[:1])
            and _shape(cand) in longest
            and _SHAPE_BLOCKERS.isdisjoint(row.features.keys() - {"sentence"})
        ):
            row.features.pop("sentence", None)
            against, words = False, capitalised
        alike = words <= longest.get(_shape(cand), -1) + 1
        alike = alike or (_shape(cand) in longest and _uncased_name(cand, config, lang))
        alike = alike or _stop_dashed_member(cand, longest)
        alike = alike or (
            before[row.key] <= answering - {row.key}
            and _surname_beside_addressed(cand, row, longest, evidence)
        )
        alike = alike or (spaced_stops and _spaced_stop(cand) and _worded_after(by_key[row.key][0]))
        if not plain_believed and _plain_dashed(cand, config):
            alike = False  # "Europe – This is …" beside "The PRESIDENT –": a name needs a name's company
        if all(_dash_valued(o) for o in by_key[row.key]):
            alike = False  # "– Предложения: ремонт дороги, …" beside "— Председатель:": a dash list's item
        if _spaced_stop(cand) and all(o.rest.strip() and not _worded_after(o) for o in by_key[row.key]):
            alike = (
                False  # "Confined Six Months . Whipped .": the court's sentence, no word in lower case after
            )
        if not row.accepted and not against and alike and row.score > 0:
            row.features["shape"] = config.weights["shape"]
            if config.offices.match((cand.role or "").casefold()):  # "Matovič, Igor, poslanec NR SR" alone
                row.features.pop("bare", None)  # printed as believed names with their office
            row.accepted = row.score >= config.threshold
    _dialogue(scored, by_key, paragraphs, text, config)
    _names_alone(scored, by_key, config)
    _hailed_names(scored, by_key, config)
    _saluted_holders(scored, by_key, config)
    _chair_alone_among(scored, by_key, config)
    _saluted_surnames(scored, by_key, config)
    _stopped_surnames(scored, by_key, config)
    _roles_between_answers(scored, by_key, occurrences, {row.key for row in table if row.accepted}, config)
    _named_holders(scored, by_key, config)
    _exchange_names(scored, by_key, occurrences, config)
    _dash_opened_names(scored, by_key, config)
    # the believed labels by their case and punctuation: a plain surname ("Neal:") shares the
    # shape of "Judge Raulston:", the form of address aside, not that of "Mrs. HALE."
    believed = Counter(_shape(by_key[row.key][0].cand)[:2] for row in scored if row.accepted)
    # speakers named by their initials ("JFK:", "RFK:") name persons as a surname does: no shape
    # a surname printed once beside them ("McNamara:") is odd against
    heads = [by_key[row.key][0].cand for row in scored if row.accepted]
    named = Counter(_shape(cand)[:2] for cand in heads if not _initialism(cand))
    inline = sum(row.accepted and not any(o.alone for o in by_key[row.key]) for row in scored)
    # labels ending with a stop alone, and with a stop and a dash ("El señor X.-")
    stopped = sum(count for (_, punct), count in believed.items() if punct == ".")
    dashed = sum(count for (_, punct), count in believed.items() if len(punct) > 1 and punct[0] == ".")
    # labels ending with a dash alone, their speech after it on their line ("PRESIDENTE - Prego.")
    spoken_dashes = sum(
        row.accepted
        and by_key[row.key][0].cand.punct in _DASHES
        and not any(o.alone for o in by_key[row.key])
        for row in scored
    )
    # the names a roll holds, each alone on its line with its stop, refused as a roll's rows
    rolled = {by_key[row.key][0].cand.printed.strip() for row in scored if "roll" in row.features}
    # the items of a list a speech sets one a line after a marker and a space, refused as lines
    # with no sentence after them ("○　学校　改修" / "○　道路　整備")
    listed = {
        o.cand.printed.strip()
        for row in scored
        if "unfinished" in row.features and not row.accepted
        for o in by_key[row.key]
        if o.cand.prefix
    }
    # where the first believed label stands among the occurrences, and each occurrence's place,
    # read once where a surname with its stop over a blank line asks whether a turn is above it
    believed_keys = {row.key for row in scored if row.accepted}
    spoken_from = next(
        (i for i, o in enumerate(occurrences) if o.cand.key in believed_keys), len(occurrences)
    )
    places: dict[int, int] = {}

    def after_turn(occurrence: Occurrence) -> bool:
        if not places:
            places.update((id(o), i) for i, o in enumerate(occurrences))
        return places[id(occurrence)] > spoken_from

    # the believed labels that are bare names, no form of address, role nor office, with their
    # colon or printed more than once ("Holt:"): a record that names its speakers so may print one
    # more surname alone with its stop (two words so are no evidence of each other: "BUDGET.")
    bare_keys = {
        row.key
        for row in scored
        if row.accepted
        and ("period" not in row.features or row.count > 1)
        and "office" not in row.features
        and not (by_key[row.key][0].cand.title or by_key[row.key][0].cand.role)
    }
    for row in scored:
        cand = by_key[row.key][0].cand
        surnamed = not bare_keys <= {row.key}
        odd = _odd_word(cand, row) or _odd_heading(
            row, by_key[row.key], evidence, config, after_turn, surnamed
        )
        if row.accepted and odd and sum(named.values()) - named[_shape(cand)[:2]] >= 2:
            row.features["odd_shape"] = config.weights["odd_shape"]
            row.accepted = row.score >= config.threshold
        if row.accepted and _odd_stop(cand, row) and dashed >= 2 and dashed >= stopped:
            row.features["odd_stop"] = config.weights["odd_stop"]
            row.accepted = row.score >= config.threshold
        if row.accepted and spoken_dashes >= 2 and _odd_dashed_role(by_key[row.key], row, config):
            row.features["odd_stop"] = config.weights["odd_stop"]
            row.accepted = row.score >= config.threshold
        if row.accepted and inline and _apart(by_key[row.key], row, config, evidence.lang, inline):
            row.features["apart"] = config.weights["apart"]
            row.accepted = row.score >= config.threshold
        if row.accepted and rolled and _roll_end(by_key[row.key], row, rolled):
            row.features["roll"] = config.weights["roll"]
            row.accepted = row.score >= config.threshold
        if row.accepted and listed and _list_end(by_key[row.key], row, listed):
            row.features["unfinished"] = config.weights["unfinished"]
            row.accepted = row.score >= config.threshold
    _quotings(scored, by_key, config)
    _misread(scored, by_key, config)
    _calling(scored, by_key, occurrences, config)
    _inflected_holders(scored, by_key, config)
    _news_lead(scored, by_key, occurrences, text, config)
    _headline_over_turns(scored, by_key, occurrences, config)
    _hall_alone(table, by_key, config)
    _unmarked_among(scored, by_key, config)
    return LabelDecision({row.key for row in table if row.accepted}, table)


def _thanking(words: list[str], office: bool, config: Config) -> bool:
    """Whether *words* open with thanks in any language and go on to whom they thank, no comma
    between ("Grazie Presidente.", "Danke Herr Präsident."): a speech's first sentence, alone on
    its line where each line is a paragraph, no label. Whom they thank is an office (*office*)
    or a salutation: a name whose first word is a word of thanks elsewhere is a person's
    ("Rahmat Hidayat:", "Tack Wing Chan:")."""
    for count in range(1, min(3, len(words) - 1) + 1):
        if label_key(" ".join(words[:count])) in config.thanks:
            return office or label_key(" ".join(words[count:])) in config.salutations
    return False


def _hall_addressed(words: list[str], config: Config, lang: str) -> bool:
    """Whether *words* are, or open with, a salutation of the hall whose first word is neither an
    office nor a form of address ("Compañeros delegados:", "Compañeras y compañeros:", "Товарищи
    депутаты:", "Genossen Delegierte:"): a speech's first line to a congress, no label, whatever
    office its members hold; the chair's office so printed ("Chair Smith:", "Voorzitter Jansen:")
    and a title ("Sir John Smith:") name who speaks, as does a form of address of several words
    that is a salutation too, before a name ("Yang Berhormat Tuan X:", the Malay honourable of
    a Malayan council's member); a word in lower case after it is no name but the hall's
    ("Yang Berhormat sekalian:", "Yang Berhormat para Menteri:"), a speech's line addressing the
    members, nor is a noun of *lang* doubled as its plural (:func:`_reduplicated`), which opens
    a salutation of its own ("Bapak-Bapak dan Ibu-Ibu Anggota Dewan:"). One word alone
    may be a group's voice ("Delegados:")."""
    named = (config.offices, config.chairs, config.titles)
    if len(words) < 2 or any(vocabulary.fullmatch(words[0].casefold()) for vocabulary in named):
        return False
    # a word doubled by its hyphen is the Malay and Indonesian plural, no name: "Yang Berhormat
    # Ahli-Ahli Dewan:", the members of the House addressed, first or after the salutation
    # ("Bapak-Bapak dan Ibu-Ibu Anggota Dewan:")
    doubled = config.doubled_nouns.get(lang, frozenset())
    if _reduplicated(words[0], doubled):
        return True
    for count in range(min(SALUTATION_WORDS, len(words)), 0, -1):
        saluted = [word.casefold() for word in words[:count]]
        if " ".join(saluted) in config.salutations:
            named_next = count < len(words) and not (
                words[count][:1].islower() or _reduplicated(words[count], doubled)
            )
            if named_next and config.titles.fullmatch(" ".join(saluted)):
                return False
            return not _office_saluted(saluted, config)
    return False


def _titled_noun(name: str, cand: Candidate, compounds: frozenset[str]) -> bool:
    """Whether *name*, no role after it, is a common noun of the record's language that a form
    of address opens (*compounds*, of ``titled_compounds``): "Ibu kota:", the Malay and
    Indonesian capital city, a field, no one addressed. The nouns are listed, since the same
    form of address before a profession or an office in lower case names a person ("Ibu guru:",
    "Bapak camat:"), as another language's does ("Pan profesor:")."""
    return not cand.role and name[:1].isupper() and label_key(name) in compounds


def _reduplicated(word: str, nouns: frozenset[str]) -> bool:
    """Whether *word* is one word twice joined by a hyphen ("Ahli-Ahli", "Saudara-saudara"), the
    plural Malay and Indonesian make by doubling a noun: its second half in lower case, or a
    noun of the language's *nouns* (``doubled_nouns``); a syllable capitalised twice and not
    listed is a name's ("Lim-Lim", "Mei-Mei"), as a Chinese-Malaysian member is printed."""
    first, hyphen, second = word.partition("-")
    if not (hyphen and len(first) > 1 and first.casefold() == second.casefold()):
        return False
    return second[:1].islower() or first.casefold() in nouns


def _hall_word(word: str, config: Config) -> bool:
    """Whether *word* alone addresses the hall: a salutation of one word, no office nor form of
    address ("Compañeros", "Genossen", "Camarades"), or the plural of the house's members'
    office (``plural_titles``: "Diputados", "Senadores", "Concejales"). Another office's plural
    names a body that speaks through one of its own, printed as its label over its report
    ("Auditores:", "Interventores:"), no hall addressed."""
    folded = word.casefold()
    if folded in config.salutations:
        named = (config.offices, config.chairs, config.titles)
        return not any(vocabulary.fullmatch(folded) for vocabulary in named)
    return folded in config.plural_titles and _office_plural(word, config)


# asked of a label's person too: a word of the hall's printed as a label is the hall, a group
hall_word = _hall_word


def _office_saluted(saluted: list[str], config: Config) -> bool:
    """Whether the salutation *saluted* names an office in a word or its last words ("Sr.
    Presidente", "היושב ראש", "الأخ الرئيس"): the chair or the bench addressed, which a record
    prints as its holder's label ("היושב ראש יואב כהן:", "Sr. Presidente:"), no hall."""
    tails = [" ".join(saluted[start:]) for start in range(len(saluted))]
    return any(config.offices.fullmatch(part) or config.chairs.fullmatch(part) for part in saluted + tails)


def _phrase_words(config: Config, lang: str) -> frozenset[str]:
    """The first words of *lang* that open a phrase or an instruction, never a label: its
    prepositions and possessives, and the verbs an amendment's text gives its instruction with
    ("Remplacer les mots :" / "« six mois »" / "par les mots :" / "« un an »")."""
    return config.phrase_openers.get(lang, frozenset()) | config.instruction_verbs.get(lang, frozenset())


def _phrase_opened(
    cand: Candidate, words: list[str], found: dict[str, float], openers: frozenset[str]
) -> bool:
    """Whether *cand*, in Mixed case with no form of address, office nor role, opens with a
    preposition or a possessive of its language, capitalised: a phrase of place, time or topic
    opening a sentence ("Im Bildungsbereich: Digitalisierung.", "Zu den Aufgaben: Ich …"), where
    a label opens with a name, an office or its article."""
    if cand.upper or cand.title or cand.role or "office" in found or len(words) < 2:
        return False
    return words[0][:1].isupper() and words[0].casefold() in openers


def _chaired_clause(name: str, role: str, config: Config) -> bool:
    """Whether *name*, a chair's word and words in lower case after it, and *role*, the words
    after its comma, make a report's sentence: the chairing its clause, an office capitalised
    the subject after the comma, a word in lower case after the office its verb ("Chủ trì cuộc
    họp, Bộ trưởng cho biết:", "Chủ trì buổi làm việc, Phó Thủ tướng yêu cầu:"), where the
    chair's label names its holder after the office ("Chủ trì, Phó Thủ tướng Trần Văn A:")."""
    rest = name.split()[1:]
    if not rest or not rest[-1][:1].islower() or not chairs(name, config) or not role[:1].isupper():
        return False
    office = config.offices.match(role.casefold())
    after = role[office.end() :].split() if office else []
    return bool(after) and after[0][:1].islower() and after[0].casefold() not in config.office_links


def _occasioned(name: str, words: frozenset[str] | None) -> bool:
    """Whether *name*, the words before a label's comma, opens with a word of when or where
    (*words*, ``occasion_words``) and goes on: a report's sentence opening with its occasion before
    the body it names ("Last Tuesday, Department of Health:", "À Lyon, Ministère de la Culture :"),
    no name before its office."""
    first, _, rest = name.strip().partition(" ")
    return bool(words and rest and first.casefold() in words)


def _clause_vocabulary(config: Config, lang: str) -> frozenset[str]:
    """The record's language's clause words (``clause_words``), its relative and reflexive
    pronouns (``clause_pronouns``) with them."""
    return config.clause_words.get(lang, frozenset()) | config.clause_pronouns.get(lang, frozenset())


def _clause_opened(words: list[str], clause_words: frozenset[str], question_verbs: frozenset[str]) -> bool:
    """Whether *words* open with a pronoun or a finite verb of the record's language, capitalised,
    and a word in lower case after it: a sentence's subject (*clause_words*) or a question's verb
    before the office it names (*question_verbs*: "Could the Minister inform this Parliament:",
    "Will the Minister state:", a written question over its parts), where a label opens with a
    name, an office or its article. Asked only where words in lower case that no name holds
    follow (``sentence``); a forename so spelt ("Will de Vries:") has a particle after it, none."""
    if len(words) < _CLAUSE_OPENED_WORDS or not (words[0][:1].isupper() and words[0][1:].islower()):
        return False
    first = words[0].casefold()
    return (first in clause_words or first in question_verbs) and words[1].islower()


def _clause_predicate(words: list[str], clause_words: frozenset[str], config: Config) -> bool:
    """Whether a word in lower case after the first of *words* is a pronoun or a finite verb of
    the record's language (*clause_words*), or opens with a pronoun elided before its apostrophe
    (:func:`_clause_of`), and no article nor particle: the name or office before it a sentence's
    subject ("Le maire s'alarme :", "La ministre se demande :"), where a label's words after an
    office are its body, its portfolio or its holder's name. Asked only where words in lower case
    that no name holds follow (``sentence``)."""
    return any(
        word.islower()
        and word.casefold() not in config.articles
        and word.casefold() not in config.particles
        and _clause_of(word, clause_words)
        for word in words[1:]
    )


_CLAUSE_OPENED_WORDS = 3  # a clause's word, a word in lower case, the office or name it speaks of


def _clause_described(cand: Candidate, clause_words: frozenset[str]) -> bool:
    """Whether the words after *cand*'s comma hold a pronoun or a verb of a clause, printed in
    lower case: a sentence goes on after an address ("Liebe Frau Kamm, ich sage auch deutlich:"),
    as no description of an office, a seat or a party does. After a first word in lower case a
    noun capitalised as German writes it counts too ("Frau Kern, einen kleinen Moment. -"), never
    an acronym in CAPITALS, a portfolio's ("Mr Patel, minister for IT:" is no "it")."""
    if not (cand.role and cand.described):
        return False
    lowered = cand.role[:1].islower()
    return any(
        (word.islower() or (lowered and word[1:].islower())) and word.casefold() in clause_words
        for word in WORD.findall(cand.role)
    )


def addresses_hall(cand: Candidate, config: Config, lang: str) -> bool:
    """Whether *cand* is a group of the hall and a clause after its comma, in lower case with a
    pronoun or a verb of *lang* ("Hon. Members, I have therefore ruled as follows:", "Hon.
    Members, you will recall that …:"): the chair addressing the members, no voice of theirs.
    The role after a comma is asked first: the groups' pattern, a long alternation, had been
    tried on every label the body reads, most with no role."""
    return (
        bool(cand.role)
        and cand.described
        and config.groups.match(cand.name) is not None
        and _clause_described(cand, config.clause_words.get(lang, frozenset()))
    )


# A character of the Han script: a clause's pronoun so written is one of a name's characters.
_HAN_WORD = regex(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _clause_held(name: str, clause_words: frozenset[str]) -> bool:
    """Whether *name*, in the Han script that sets no space between words, holds a clause's
    pronoun among its characters ("我想再問局長", "I would ask the director again"): a sentence
    up to its colon that names an office, as no label names its speaker by "I" or "you". In
    another script without case a word of them does, the verb of saying after a titled name
    ("জনাব করিম হোসেন বলেনঃ", Mr Karim Hossain said:) reporting him."""
    return any(word in name for word in clause_words if _HAN_WORD.fullmatch(word)) or any(
        word in clause_words for word in name.split()
    )


def _clause_capitals(name: str, clause_words: frozenset[str], config: Config) -> bool:
    """Whether *name*, in CAPITALS, holds two of its language's pronouns or verbs of a clause
    (``clause_words``) outside its brackets, neither a title nor an office: a sentence up to its
    colon, as captions in CAPITALS print the speech ("I WANT TO ASK YOU ABOUT THE REPORT:"), where
    capitals show no name; no label names its speaker by "I" and "you". A word right before an
    office qualifies it, no clause's ("IT DIRECTOR WILL SMITH:", the "IT" of its portfolio)."""
    if not clause_words:
        return False
    words = [word.casefold() for word in WORD.findall(_BRACKETED_NOTE.sub(" ", name))]
    said = {
        word
        for at, word in enumerate(words)
        if word in clause_words
        and not (config.titles.fullmatch(word) or config.offices.fullmatch(word) or word in config.articles)
        and not (at + 1 < len(words) and config.offices.match(" ".join(words[at + 1 :])))
    }
    return len(said) >= _CLAUSE_CAPITALS_WORDS


def _common_words(words: list[str], config: Config, lang: str) -> list[str]:
    """The words of *words* that are among the commonest of the language *lang* (its detection
    words: "به", "است", "في", "के"), not a title nor an office: in a script without case, a
    sentence's words, never a name's."""
    common = config.language_words.get(lang, frozenset())
    # the link of an office to its body, right before the office that ends the name ("बचाव पक्ष के
    # वकील", "विपक्ष के नेता"): the office's genitive, no sentence's word
    linked = len(words) - 2 if len(words) > 2 and config.offices.match(words[-1].casefold()) else -1
    return [
        word
        for at, word in enumerate(words)
        if word.casefold() in common
        and at != linked
        and not (config.titles.fullmatch(word) or config.offices.fullmatch(word.casefold()))
    ]


def _uncased_name(cand: Candidate, config: Config, lang: str) -> bool:
    """Whether *cand*, in a script without case, has a name's length and its colon, as a member
    printed once beside a believed office is ("رئیس:" … "علی اکبر کریمی:"): such a script shows no
    sentence by its capitals, so that its labels are believed together whatever their length to a
    name's, unless a word of it is one of its language's commonest (a sentence's: "أود أن أقول:"),
    not a title nor an office. A language whose commonest words are not listed cannot tell a
    sentence of four words so ("მე მინდა ვთქვა შემდეგი:"), and gains nothing."""
    words = cand.name.split()
    return (
        uncased(cand.name)
        and lang in config.language_words  # without its commonest words, a sentence looks the same
        and _punct(cand) in _COLON_LIKE
        and _UNCASED_MEMBER_WORDS[0] <= len(words) <= _UNCASED_MEMBER_WORDS[1]
        and not _common_words(words, config, lang)
    )


def _dated(role: str, config: Config) -> bool:
    """Whether the brackets' *role* is a calendar date ("6 ביולי 1989"); only one with a digit
    is asked, so that the names and parties of a long record cost nothing."""
    return any(ch.isdigit() for ch in role) and find_date(role, config) is not None


def _calling(
    scored: list[LabelScore],
    by_key: dict[str, list[Occurrence]],
    occurrences: list[Occurrence],
    config: Config,
) -> None:
    """Give ``calling`` to a believed name printed once with its stop where the next believed
    label names the same person with a colon ("Pan poseł Michał Wawer, Konfederacja." / "Bardzo
    proszę." / "Poseł Michał Wawer:"): the chair calling the member, whose own label opens the
    speech below; no one's label twice in a row. Asked only where such a name is believed."""
    called = {
        row.key for row in scored if row.accepted and row.count == 1 and by_key[row.key][0].cand.punct == "."
    }
    if not called:
        return
    believed = {row.key for row in scored if row.accepted}
    following: Occurrence | None = None  # the next believed label, read from the end
    for occurrence in reversed(occurrences):
        key = occurrence.cand.key
        if key in called and following is not None and _same_named(occurrence.cand, following.cand):
            row = next(row for row in scored if row.key == key)
            row.features["calling"] = config.weights["calling"]
            row.accepted = row.score >= config.threshold
        if key in believed:
            following = occurrence


def _inflected_holders(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Give ``inflected`` to a believed name printed once, opening with no office, whose holder
    is another believed label's holder with a case ending and the same initials ("Отчёт
    министра Д.Жұмабаева", "Сұрақ министр Д.Жұмабаевқа" beside "Оқу-ағарту министрі
    Д.Жұмабаев"): a heading naming the minister in a sentence's frame, no one's label."""
    holders = {_holder(by_key[row.key][0].cand) for row in scored if row.accepted} - {("", "")}
    for row in scored:
        cand = by_key[row.key][0].cand
        initials, surname = _holder(cand)
        if not row.accepted or row.count != 1 or not surname or config.offices.match(cand.name.casefold()):
            continue
        if any(
            initials == known
            and surname != base
            and surname.startswith(base)
            and len(surname) - len(base) <= _CASE_ENDING
            and surname[len(base) :].islower()
            for known, base in holders
        ):
            row.features["inflected"] = config.weights["inflected"]
            row.accepted = row.score >= config.threshold


def _holder(cand: Candidate) -> tuple[str, str]:
    """The initials and surname that end *cand*'s name set close ("Д.Жұмабаев" → "Д.",
    "Жұмабаев"), else two empty strings."""
    initials, stop, surname = cand.name.rpartition(" ")[2].rpartition(".")
    return (initials + stop, surname) if initials and surname[:1].isupper() else ("", "")


def _same_named(called: Candidate, label: Candidate) -> bool:
    """Whether *label*, with its colon, names no one but the person *called* names: its words
    (an office, the name) all among the called name's, another key."""
    words = {word.casefold() for word in called.name.replace(",", " ").split()}
    named = [word.casefold() for word in label.name.split()]
    return (
        _punct(label) in _COLON_LIKE
        and label.key != called.key
        and len(named) >= 2
        and all(word in words for word in named)
    )


def _cited(role: str, config: Config) -> bool:
    """Whether the brackets' *role* cites a provision by its number ("בהתאם לסעיף 10 לתקנון",
    "gemäß § 12 GO", "under Rule 45"): an agenda item's reference, no role nor seat; only one
    with a digit is asked."""
    return any(ch.isdigit() for ch in role) and config.provisions.search(role) is not None


def _misread(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Give ``misread`` to a key printed once that OCR's reading of a believed label's letters
    makes (``ocr_key``: "Prasident:" beside "Präsident:", "Mr. SMlTH." beside "Mr. SMITH."),
    where its shape says nothing against a label."""
    believed = {ocr_key(row.key) for row in scored if row.accepted}
    for row in scored:
        if row.accepted or row.count != 1 or row.score <= 0 or not _SHAPE_BLOCKERS.isdisjoint(row.features):
            continue
        if ocr_key(row.key) in believed:
            row.features["misread"] = config.weights["misread"]
            row.accepted = row.score >= config.threshold


def _news_lead(
    scored: list[LabelScore],
    by_key: dict[str, list[Occurrence]],
    occurrences: list[Occurrence],
    held: HeldText,
    config: Config,
) -> None:
    """Give ``news_lead`` to the text's only believed label, printed once on its first line, where
    a news article pasted as an excerpt opens so: a headline quoting an office, its words short with
    no final stop on a line of their own, the office named again in the article's prose below
    ("Minister: \"No new taxes\"" / "The Finance Minister, Anne Roberts, told …"). A record's turn
    has a second label beside it, a speech ended by its stop, or a first line as long as the
    lines a wrap made below it. A dateline's place before a dash ("ANKARA – …") is left a label:
    a surname printed once before the only speech of an excerpt looks the same
    ("VASSEUR — Je le conteste fermement.")."""
    believed = [row for row in scored if row.accepted]
    if len(believed) != 1 or believed[0].count != 1 or not occurrences:
        return
    row, lead = believed[0], by_key[believed[0].key][0]
    cand, text = lead.cand, held.text()  # one label printed once: an excerpt, read whole
    if lead is not occurrences[0] or not text.lstrip().startswith(cand.printed.strip()):
        return
    if _headline(lead, text, config):
        row.features["news_lead"] = config.weights["news_lead"]
        row.accepted = row.score >= config.threshold


def _hall_alone(table: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Refuse the text's only believed label where it is the hall addressed with its colon,
    printed once, no office nor form of address ("同志们：", "Товарищи:", "Comrades:" opening a
    speech printed alone): the speech's first words, no speaker; a record's turns have other
    labels beside it."""
    believed = [row for row in table if row.accepted]
    if len(believed) != 1 or believed[0].count != 1:
        return
    row = believed[0]
    found = by_key.get(row.key, [])
    cand = found[0].cand if len(found) == 1 else None
    if cand is None or cand.role or cand.title or _punct(cand) not in (":", "："):
        return
    words = WORD.findall(cand.name)
    saluted = [word.casefold() for word in words]
    if len(words) == 1 and not _hall_word(words[0], config):
        return
    if len(words) > 1 and (" ".join(saluted) not in config.salutations or _office_saluted(saluted, config)):
        return
    row.accepted = False
    row.reason = "the hall addressed, the record's only label printed once: the speech's opening"


def _unmarked_among(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Refuse a label printed once alone on its line with only its colon, no marker, office,
    role nor form of address, where two or more believed labels carry the record's marker and
    their speech on their line (a question's number is no marker) and no other believed label
    lacks one: minutes that mark each turn ("○議長（…）", "○박지훈 의원") print no speaker bare,
    so the line is the speech's lead-in to a list below it ("利用者の声は次のとおりです:",
    "주요 내용은 다음과 같습니다:"). A bare name with its speech on its line is a speaker whose
    marker the copy lost ("Anders Halvorsen: Thank you." among ">> Chair Okafor:" turns)."""
    believed = [row for row in scored if row.accepted]
    marked = sum(_symbol_marked(by_key[row.key][0].cand) and not by_key[row.key][0].alone for row in believed)
    bare = [row for row in believed if not by_key[row.key][0].cand.prefix]
    if marked < 2 or not bare or not all(_bare_colon(row, by_key[row.key]) for row in bare):
        return
    for row in bare:
        row.features["unmarked"] = config.weights["unmarked"]
        row.accepted = row.score >= config.threshold


def _symbol_marked(cand: Candidate) -> bool:
    """Whether *cand*'s prefix is a marker of symbols alone ("○", "◆", OCR's "〇"), no number of a turn or a
    question ("Q37 Chair:" over the witnesses' bare names)."""
    return bool(cand.prefix.strip()) and not any(char.isalpha() or char.isdecimal() for char in cand.prefix)


def _bare_colon(row: LabelScore, found: list[Occurrence]) -> bool:
    """Whether *row* is printed once alone on its line with its colon and nothing else that
    names a speaker: no office, role nor form of address."""
    cand = found[0].cand
    return (
        row.count == 1
        and found[0].alone
        and not (cand.role or cand.title)
        and _punct(cand) in (":", "：")
        and not {"office", "role", "title"} & row.features.keys()
    )


def _headline(lead: Occurrence, text: str, config: Config) -> bool:
    """Whether *lead*, after its colon, is a headline's few words with no final stop (its
    quotation perhaps) over an article whose prose names the label's office again."""
    cand = lead.cand
    first, _, below = text.lstrip().partition("\n")
    words = first[len(cand.printed.strip()) :].strip().rstrip(_CLOSING_QUOTES)
    if _punct(cand) not in (":", "：") or not words or len(words.split()) > _HEADLINE_WORDS:
        return False
    # a headline is a paragraph of its own or shorter than the article's line below it; a
    # hard-wrapped speech's first line is about as long as the line the wrap made below it
    under = below.partition("\n")[0].strip()
    if under and len(first.strip()) * _HEADLINE_SHORTER > len(under):
        return False
    # the office without a form of address before it ("Hon. Minister"), or the form of address
    # that is one ("Minister")
    named = [word for word in cand.name.split() if not config.titles.fullmatch(word)] or cand.name.split()
    office = " ".join(named).casefold()
    return (
        words[-1] not in _FINAL_STOPS
        and config.offices.match(office) is not None
        and office in below.casefold()
    )


def _headline_over_turns(
    scored: list[LabelScore],
    by_key: dict[str, list[Occurrence]],
    occurrences: list[Occurrence],
    config: Config,
) -> None:
    """Give ``news_lead`` to a phrase in Mixed case printed once before a colon on the record's
    first line, where a press copy of a hearing's exchanges opens with its headline ("Prozess
    gegen ehemaligen Bürgermeister: Das sagten die Beteiligten", "Retssag mod tidligere
    borgmester: Her er de vigtigste udsagn"): the phrase opens with no office nor form of address
    and has a word in lower case that is no name's particle nor an office's, as a sentence's
    subject does, its words after the colon are a headline's with no final stop, and two or more
    labels believed below close their speeches with their stops. A turn's label so printed opens
    with an office or a name ("Raadsman mr. X:", "Jan van der Berg:"), its only words in lower
    case an office's ("Rättens ordförande:"), or a participant's word ("Member of the public:",
    "Ein Zuhörer aus Köln:", an indefinite article before it perhaps), or its speech ends. A
    headline's preposition that is a name's particle too is left ("Dom i Østre Landsret:",
    Catalan's "i")."""
    if not occurrences:
        return
    lead = occurrences[0]
    cand = lead.cand
    if not lead.first or lead.alone or cand.upper or _punct(cand) not in (":", "："):
        return
    if _stopped(lead.rest):
        return
    row = next((row for row in scored if row.key == cand.key), None)
    if row is None or not row.accepted or row.count != 1:
        return
    words = cand.name.split()
    # a word in lower case that is no name's particle nor an office's: "gegen", "mod", not "van
    # der" of a name nor "ordförande" of "Rättens ordförande", "member" of "Audience member"
    if not any(
        word.islower()
        and (word not in config.particles or (len(word) == 1 and _joins_no_surnames(words[at + 1 :])))
        and config.offices.search(word) is None
        for at, word in enumerate(words[1:], 1)
    ):
        return
    if config.titles.fullmatch(words[0]) or config.offices.match(cand.name.casefold()) is not None:
        return
    # a participant's word opens a voice of the hall, a person and no headline's topic, its
    # speech perhaps unstopped: "Member of the public:", "Ein Zuhörer aus Köln:", "Mitglied des Rates X:"
    person = words[1:] if words[0].casefold() in config.indefinite_articles and len(words) > 1 else words
    if _participant_words(person, config):
        return
    if not _HEADLINE_MIN <= len(lead.rest.split()) <= _HEADLINE_WORDS:
        return
    others = [by_key[other.key][0] for other in scored if other.accepted and other is not row]
    stopped = [found for found in others if _stopped(found.rest)]
    if len(stopped) >= 2 and len(stopped) * 2 > len(others):
        row.features["news_lead"] = config.weights["news_lead"]
        row.accepted = row.score >= config.threshold


def _joins_no_surnames(after: list[str]) -> bool:
    """Whether the words *after* a particle of one letter are no surname it joins: a name's
    conjunction or a farm's preposition goes on with one surname ("Puig i Cadafalch", "Ortega
    y Gasset", "Jóhan í Dali"), a phrase's preposition with a place's name of two words or more
    ("Dom i Vestre Landsret", "Sag i Retten i Holbæk", a Danish headline's court)."""
    return bool(after) and after[0][:1].isupper() and sum(word[:1].isupper() for word in after) >= 2


def _stopped(line: str) -> bool:
    """Whether *line* ends with a final stop, inside its closing quotation mark perhaps."""
    end = line.rstrip().rstrip(_CLOSING_QUOTES)
    return end[-1:] in _FINAL_STOPS


# words of a headline after the office it quotes ("Minister: \"No new taxes\""), its final stops
# and the quotation marks that may close it
_HEADLINE_WORDS = 12
_HEADLINE_MIN = 4  # a headline over turns: a greeting ("Guten Morgen") is shorter
_HEADLINE_SHORTER = 1.5  # the line below a headline is longer by this factor at least
_FINAL_STOPS = frozenset(".!?;…。！？؟")
_CLOSING_QUOTES = "\"'”’»“„«›"


def _dashed_role(cand: Candidate) -> bool:
    """Whether *cand* is printed as a name, a spaced dash and a role up to its colon ("Peter Lang
    – Finance Director:", "Lena Hansen – Commerzbank:")."""
    role, printed = cand.role or "", cand.printed.rstrip()
    if not (role and printed.endswith((":", "：")) and printed.startswith(cand.name)):
        return False
    dash = printed[len(cand.name) : len(printed) - 1].rstrip()
    return dash.endswith(role) and dash[: -len(role)].strip() in _ROLE_DASHES


_ROLE_DASHES = _DASHES | {"--"}  # a dash typed as two hyphens too


def _firms_beside_roles(
    scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config
) -> None:
    """Believe a plain name, its spaced dash and a firm's name up to the colon, which no
    vocabulary vouches for (``firm``: "Lena Hansen – Commerzbank:", an analyst and her bank),
    where a label so printed with a role the vocabularies know is believed ("Dr. Martin Vogel –
    Finanzvorstand:", "Jane Moss — Shareholder:"): the record prints its speakers so, the
    analyst printed once as the executive she asks, where the turn above announces her (see
    :func:`_firm_announced`) or she asks again. Alone, or beside labels of other shapes, the two
    halves are as likely a heading's ("Mill Lane – Footpath Repairs:"), which no turn announces.
    Where a label of a name and a firm's or a party's name is believed by itself, printed again,
    the record prints its speakers so and the others printed once are believed too ("Marco X –
    Lega:" twice beside "Giulia Y – Azione:" once, a debate's)."""
    anchors = [row for row in scored if row.accepted and _dashed_role(by_key[row.key][0].cand)]
    if not anchors:
        return
    shaped = any("firm" in row.features for row in anchors)
    for row in scored:
        if row.accepted or "firm" not in row.features:
            continue
        found = by_key[row.key]
        if shaped or len(found) >= 2 or any(_firm_announced(o.cand, o.before, config) for o in found):
            row.features.pop("firm")
            row.accepted = row.score >= config.threshold


_ANNOUNCED_FIRM_SPAN = 4  # words after the surname the firm's opens within: "… Brückner von der DZ Bank."


def _firm_announced(cand: Candidate, before: str, config: Config) -> bool:
    """Whether *before*, the end of the turn above, announces *cand*, a name, its dash and a firm
    ("Lena Hansen – Commerzbank:"), as a call's operator does: the surname a whole word, a form of
    address right before it ("… von Frau Hansen.") or a word of the firm a few words after it ("…
    from Lena Hansen with Commerzbank."). A chair naming a street or a region the heading below
    opens with names no person ("… the path along Mill Lane." over "Mill Lane – Footpath
    Repairs:"), unless the heading's other half follows it (left: "the Mill Lane footpath")."""
    words = re.findall(r"[^\W\d_]+", before.casefold())
    surname = cand.name.split()[-1].casefold()
    firm = {word.casefold() for word in re.findall(r"[^\W\d_]+", cand.role or "")} - config.portfolio_joins
    return any(
        word == surname
        and (
            (at > 0 and config.titles.fullmatch(words[at - 1]) is not None)
            or not firm.isdisjoint(words[at + 1 : at + 1 + _ANNOUNCED_FIRM_SPAN])
        )
        for at, word in enumerate(words)
    )


def _saluted_holders(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Believe an office and a name in full alone on its line, every word capitalised, above a
    speech that opens by addressing the chair, though it is printed once with no punctuation and
    no name of its shape is believed ("Ltl Jörgen Pettersson" / "Tack, fru talman! …"): a
    heading over a speech names no holder so. Asked last, as names alone in turns count the
    ``bare`` ones among them."""
    for row in scored:
        if row.accepted or not {"bare", "office", "saluted"} <= row.features.keys():
            continue
        words = by_key[row.key][0].cand.name.split()
        if len(words) > _HOLDER_WORDS and all(word[:1].isupper() for word in words):
            row.features.pop("bare")
            row.accepted = row.score >= config.threshold


# words of an office's holder, in brackets or after the office: "(Gareth Collingwood)", "(Mr Ellery)"
_HOLDER_WORDS = 2


def _chair_alone_among(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Believe the chair's office of one word alone on its line with no punctuation, above a
    speech of whole sentences, though printed once, where two or more labels of another shape
    are believed: the office the Nordic minutes print bare over the chair's words ("Ordföranden"
    / "Talmannen" / "Puheenjohtaja" / "Formanden", then the speech on the next line) between
    delegates printed with their club and colon ("Anna Berg, IFK Göteborg:"). A heading over
    its item names a subject, never the one who chairs; a word that only opens the line below
    (a wrapped sentence's) is a sentence's, which ``under_label`` and the openers keep out; nor
    is the office over the record's narration of the sitting, which the head reads as its time
    or its chair ("Chairman" / "The committee met at ten o'clock …"), nor over minutes that name
    the office again in their first words, the holder in the third person ("Chairman" / "The
    Chairman welcomed members …", "Vorsitzender" / "Der Vorsitzende dankte …", "Président" /
    "Le président rappelle …"): a heading over what the chair did, no one speaking."""
    if sum(row.accepted for row in scored) < _CHAIR_AMONG:
        return
    for row in scored:
        if row.accepted or not {"bare", "office", "alone"} <= row.features.keys():
            continue
        found = by_key[row.key]
        name = found[0].cand.name
        if len(name.split()) != 1 or not chairs(name, config) or not name[:1].isupper() or name.isupper():
            continue
        if all(
            o.alone
            and not o.inner
            and o.ending in ("speech", "sentence")
            and not _sitting_narrated(o.after, config)
            and not _office_narrated(o.after, config)
            for o in found
        ):
            row.features.pop("bare")
            row.accepted = row.score >= config.threshold


_CHAIR_AMONG = 2  # labels believed beside the chair's bare office, at least


def _sitting_narrated(text: str, config: Config) -> bool:
    """Whether *text* opens with the record's narration of its sitting, when it met or who took
    the chair ("The committee met at ten o'clock …", the head's ``time`` and ``presiding``)."""
    line = text.lstrip()[:_NARRATED_SPAN]
    return any(kind in config.head and config.head[kind].match(line) for kind in ("time", "presiding"))


_NARRATED_SPAN = 200  # characters of the text below the chair's office its narration is read in


def _office_narrated(text: str, config: Config) -> bool:
    """Whether *text* names the chair's office among its first words, the subject of minutes
    that tell what the chair did ("The Chairman welcomed …", "Der Vorsitzende dankte …", "The
    retiring President thanked …"): the chair speaking under his office never names it so."""
    words = text.lstrip()[:_NARRATED_SPAN].split(maxsplit=_NARRATED_WORDS)[:_NARRATED_WORDS]
    return any(chairs(word.strip(_WORD_MARKS), config) for word in words)


_NARRATED_WORDS = 3  # words opening the text below an office its narration names the office in
_WORD_MARKS = ".,;:!?\"'“”()"  # what a word of the text below carries beside its letters


def _roles_between_answers(
    scored: list[LabelScore],
    by_key: dict[str, list[Occurrence]],
    occurrences: list[Occurrence],
    believed: set[str],
    config: Config,
) -> None:
    """Believe one word that is wholly an office, alone on its line and printed once, below the
    first of an examination's believed question-and-answer turns ("답 …" / "재판장" / "증인은 …
    관계입니까." / "답 …", the presiding judge breaking in on a Korean court's record): a role
    among the turns, no heading, which stands above them, nor one over the questions it asks.
    So is a role abbreviated to one character with its colon (``role_letters``: "问：" / "答：" /
    "审：", a Chinese court's), however often printed, where a question, an answer or another
    such role follows it, or nothing does."""
    paired = config.short_keys & believed
    if not paired:
        return
    start = next((at for at, o in enumerate(occurrences) if o.cand.key in paired), len(occurrences))
    for row in scored:
        if row.accepted:
            continue
        found = by_key[row.key][0]
        name = found.cand.name
        lettered = name in config.role_letters and found.cand.punct in (":", "：")
        if not lettered and (row.count != 1 or not {"bare", "office", "alone"} <= row.features.keys()):
            continue
        if lettered:
            at = next(at for at, o in enumerate(occurrences) if o is found)
            # a role among the turns is asked or answered after, or ends the record ("审：证人可以
            # 退庭。"): a list's "原：100元" / "现：120元" in an answer prints its items under
            # letters of no role
            following = occurrences[at + 1].cand if at + 1 < len(occurrences) else None
            if at > start and (
                following is None or following.key in paired or following.name in config.role_letters
            ):
                row.accepted = True
            continue
        if " " in name or not config.offices.fullmatch(name.casefold()):
            continue
        if found.after[:1] and label_key(found.after[:1]) in paired:
            continue  # "弁護人" / "問　その時、…": the examiner's heading over the questions he asks
        if next(at for at, o in enumerate(occurrences) if o is found) > start:
            row.features.pop("bare")
            row.accepted = row.score >= config.threshold


_SPACED_STOPS = 3  # candidates printed with a spaced stop that make it the record's print of labels


def _spaced_stop(cand: Candidate) -> bool:
    """Whether *cand*, capitalised words, is printed with its stop set off by a space ("JOHN
    HARDWICKE . I am a constable …", "Prisoner's Defence . I found …"): the Old Bailey's
    printing of its witnesses and the accused's defence, which an OCR keeps; where every believed
    label is printed so, a label of that print whatever its case."""
    words = cand.name.split()
    return (
        cand.printed.rstrip().endswith(" .")
        and 1 <= len(words) <= _SPACED_STOP_WORDS
        and all(word[:1].isupper() for word in words)
    )


_SPACED_STOP_WORDS = 4  # a witness's forename, surname and a name's particle, or a defence's heading


def _worded_after(found: Occurrence) -> bool:
    """Whether the rest of *found*'s line, after a label printed with a spaced stop, holds a
    sentence's word in lower case ("Prisoner's Defence . I found it …"): the court's sentence so
    printed, its words all capitalised, has none after it ("Confined Six Months . Whipped .")."""
    return any(lower_case(word[0]) for word in found.rest.split())


def _called_shapes(
    scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config
) -> frozenset[tuple[bool, str, bool, bool]]:
    """The shapes whose every believed label that names no office was announced by the turn
    before ("Слово имеет тов. Жихарев." / "Жихарев. Товарищи! …"): a record whose chair calls
    each speaker by name before the floor is theirs."""
    shapes: dict[tuple[bool, str, bool, bool], bool] = {}
    for row in scored:
        cand = by_key[row.key][0].cand
        if row.accepted and not config.offices.match(cand.name.casefold()):
            shape = _shape(cand)
            shapes[shape] = shapes.get(shape, True) and "announced" in row.features
    return frozenset(shape for shape, all_called in shapes.items() if all_called)


def _uncalled_word(cand: Candidate, row: LabelScore) -> bool:
    """Whether *cand* is one word and its stop before a salutation of the hall, printed once and
    called by no turn before it ("Довольно. Товарищи! …" under the applause of the speech the chair
    gave the floor to): where the chair calls the record's speakers by name (``_called_shapes``),
    the called speaker going on, no name of its shape."""
    return (
        row.count == 1
        and " " not in cand.name
        and _punct(cand) == "."
        and "saluted" in row.features
        and "announced" not in row.features
    )


def _dash_opened(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is a bare name glued to the dash that opens its line, with no form of address
    or office among its first words and no known forename opening it after a hyphen: one word
    ("–Иванов:"), or a name whose forename no list holds ("-Kwame Mensah:"). "—Juan Pérez:" after
    a long dash, "-Juan Pérez:" after a known forename are read as names alone."""
    printed = cand.printed.lstrip()
    if cand.prefix not in _DASHES or not printed[1:2].isalpha() or cand.title:
        return False
    words = cand.name.split()
    if not words or any(office_or_title(word.casefold(), config) for word in words[:2]):
        return False
    return len(words) == 1 or (cand.prefix == "-" and words[0].casefold() not in config.given_names)


def _dash_opened_names(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Refuse the believed names glued to a dash (:func:`_dash_opened`) where the dash opens no
    turns of the record: a web copy printing each turn as a dash line names its speakers twice or
    more ("-Kwame Mensah: …" / "-Ama Owusu: …" / "-Kwame Mensah: …"), two labels after the dash at
    least, one of them recurring; there a caller heard once ("-Mary Lyons: …" among "-Host:" and
    "-Caller:") speaks as they do. A list's items ("-Key Partners: The city …", "-Timeline: …")
    or lines of dialogue are each printed once."""
    dashed = [row for row in scored if row.accepted and by_key[row.key][0].cand.prefix in _DASHES]
    opened = len(dashed) > 1 and any(row.count > 1 for row in dashed)
    for row in dashed:
        if not all(_dash_opened(o.cand, config) for o in by_key[row.key]):
            continue
        if not opened:
            row.accepted = False
            row.reason = "a name glued to a dash where the dash opens no turns: a list's item or dialogue"


def _stop_or_dash(shape: tuple[bool, str, bool, bool]) -> tuple[bool, str, bool, bool]:
    """*shape* with a dash after the name read as the stop: a protocol's secretary ends its
    surnames' labels with either ("Зуев — Семян не хватает …", "Миронова." / "Товарищи, …")."""
    upper, punct, role, addressed = shape
    return (upper, "." if punct.strip() in _DASHES else punct, role, addressed)


def _saluted_surnames(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Believe one capitalised word with its stop alone on its line above a speech that opens by
    addressing the hall, printed once in a short excerpt beside names of one word and a stop (or
    a dash: :func:`_stop_or_dash`) believed with their speech on their line ("Петров. Слово
    имеет …" / "Андреев." / "Товарищи, …"): a surname, as those are, set on its own line with the
    speech's lines under it. A word of a speech set as a paragraph of its own between two of its
    paragraphs ("Niestety." / blank line / "Towarzysze, …") stays ``whole``, and any word the
    text uses in lower case or opens sentences with is refused before."""
    inline = {
        _stop_or_dash(_shape(by_key[row.key][0].cand))
        for row in scored
        if row.accepted and not any(o.alone for o in by_key[row.key])
    }
    for row in scored:
        if row.accepted or not {"whole", "saluted"} <= row.features.keys():
            continue
        cand = by_key[row.key][0].cand
        if (
            len(cand.name.split()) != 1
            or _stop_or_dash(_shape(cand)) not in inline
            or cand.title
            or cand.role
        ):
            continue
        below = by_key[row.key][0].after_at > 0  # the speech on the lines under it, one paragraph
        if below and (_SHAPE_BLOCKERS - {"whole"}).isdisjoint(row.features) and row.count == 1:
            row.features.pop("whole")
            row.features["alone"] = config.weights["alone"]
            row.features["shape"] = config.weights["shape"]
            row.accepted = row.score >= config.threshold


def _stopped_surnames(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Believe one capitalised word with its stop alone on its line under a sentence's end, its
    speech on the lines below, printed once in a record whose every believed label stands so
    alone with its stop, two or more, its speech under it as theirs ("Председательствующий." /
    "Петров." / … / "заседании." / "Сидоров." / "Я не согласен …", a copy with no blank lines):
    a surname as the record prints its speakers'. Under a line cut mid-sentence the word ends
    that sentence ("… pan minister" / "Lis."); set as a paragraph of its own where the labels
    head theirs, a blank line under it, it is a sentence ("Никто." / blank line / "Товарищи! …");
    beside labels that open their speech on their line it is none."""
    believed = [by_key[row.key] for row in scored if row.accepted]
    alone = [found for found in believed if all(o.alone and _punct(o.cand) == "." for o in found)]
    if len(alone) < _STOPPED_ALONE or len(alone) < len(believed):
        return
    for row in scored:
        if row.accepted or row.count != 1 or "whole" not in row.features:
            continue
        found = by_key[row.key][0]
        cand = found.cand
        if len(cand.name.split()) != 1 or cand.title or cand.role or _punct(cand) != ".":
            continue
        # under a question the word is its answer or the vote's outcome ("Кто против?" / "Никто.")
        if not (found.alone and found.ending and found.above.rstrip()[-1:] in _STATED):
            continue
        # its speech under it as the believed labels' is, in their paragraph or in the next: a
        # word set as a paragraph of its own where they head theirs is the speech's ("Никто.")
        if any((o.after_at > 0) != (found.after_at > 0) for label in alone for o in label):
            continue
        if (_SHAPE_BLOCKERS - {"whole"}).isdisjoint(row.features) and cand.name[:1].isupper():
            row.features.pop("whole")
            row.features["alone"] = config.weights["alone"]
            row.features["shape"] = config.weights["shape"]
            row.accepted = row.score >= config.threshold


_STOPPED_ALONE = 2  # believed labels alone with their stop that vouch for a surname so printed once
_STATED = "".join(stop for stop in SENTENCE_STOPS if stop not in _QUESTION_MARKS)  # no question's end


def _bare_name(cand: Candidate) -> bool:
    """Whether *cand* is one capitalised word in Mixed case before its colon, with no role or form
    of address: a name alone, as a short exchange prints each speaker ("Петров:", "Smith:")."""
    name = cand.name
    return (
        _punct(cand) in _COLON_LIKE
        and len(name.split()) == 1
        and name[:1].isupper()
        and not cand.upper
        and not cand.role
        and not cand.title
    )


def _exchange_names(
    scored: list[LabelScore],
    by_key: dict[str, list[Occurrence]],
    occurrences: list[Occurrence],
    config: Config,
) -> None:
    """Believe a name alone with its colon whose only marks against it are a short reply in lower
    case with no stop (``unfinished``, ``lower_after``), where every believed label is such a name
    and each of its printings stands among theirs, after the first, no other candidate beside it:
    a short exchange one turn a line ("Петров: согласен" / "Иванов: нет, я против" / "Петров:
    тогда голосуем") replies so. A head's fields stand above the first turn, a list of terms and
    definitions one under another, each beside another unbelieved line of its shape."""
    believed = {row.key for row in scored if row.accepted}
    if not believed or not all(_bare_name(by_key[key][0].cand) for key in believed):
        return
    at = {id(occurrence): index for index, occurrence in enumerate(occurrences)}
    first = min(at[id(by_key[key][0])] for key in believed)
    for row in scored:
        found = by_key[row.key]
        against = {name for name, weight in row.features.items() if weight < 0}
        if row.accepted or not against <= _SHORT_REPLY or not all(_bare_name(o.cand) for o in found):
            continue
        if row.count == 1 and found[0].cand.prefix in _DASHES:
            continue  # "– Предложения: ремонт дороги, …" once among dash lines: a list's item
        if all(at[id(o)] > first and _among(at[id(o)], occurrences, believed) for o in found):
            for name in against:
                row.features.pop(name)
            row.features["shape"] = config.weights["shape"]
            row.accepted = row.score >= config.threshold


def _lone_foreign_office(name: str, config: Config, lang: str) -> bool:
    """Whether *name* opens with an office of another language's records (``language_offices``)
    and goes on with words that name no other office: the Latvian press's "Preses paziņojums:" is
    no Dutch synod's chair, where "Preses sekretāre X:" is the press secretary's label (the word
    alone, "Preses:", only loses the office)."""
    folded = name.casefold()
    office_at = config.offices.match(folded)
    return (
        office_at is not None
        and config.foreign_office(office_at.group(), lang, config.language_offices)
        and bool(folded[office_at.end() :].strip())
        and config.offices.search(folded, office_at.end()) is None
    )


def _among(index: int, occurrences: list[Occurrence], believed: set[str]) -> bool:
    """Whether the candidates right above and below the one at *index*, where there are any, are
    all believed labels."""
    return all(
        occurrences[at].cand.key in believed for at in (index - 1, index + 1) if 0 <= at < len(occurrences)
    )


def _named_holders(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Believe a name alone on its line that a believed label names in its brackets as an
    office's holder ("The Minister of State, Department for Transport (Gareth Collingwood)"), as a
    web copy of Hansard prints the minister's later turns under the name alone: the person
    recurs as a label, no heading. Only an office's brackets name its holder: a member's hold the
    seat ("Anna Berg (Northtown)"), which a petition's heading alone is no turn of; and a holder
    is named in two words at least, where a portfolio in one ("The Minister of State (Health)")
    alone on its line is the heading of its questions."""
    held = {
        label_key(found.cand.role)
        for row in scored
        if row.accepted
        for found in by_key[row.key]
        if found.cand.role
        and len(found.cand.role.split()) >= _HOLDER_WORDS
        and found.cand.name.casefold() != found.cand.role.casefold()
        and config.offices.search(found.cand.name.casefold())
    }
    for row in scored:
        if row.accepted or row.key not in held or "bare" not in row.features:
            continue
        if _SHAPE_BLOCKERS.isdisjoint(row.features) and all(o.alone for o in by_key[row.key]):
            row.features.pop("bare")
            row.features["recurring"] = config.weights["recurring"]  # the person's second label
            row.accepted = row.score >= config.threshold


def _dialogue(
    scored: list[LabelScore],
    by_key: dict[str, list[Occurrence]],
    paragraphs: int,
    text: HeldText,
    config: Config,
) -> None:
    """Give ``dialogue`` to the keys of a printed shape none of whose keys is believed but an
    office or a word alone come again (beside the names a roster lists, where the head has one),
    where two or more of them, none of them a word the text uses in lower case or anything but a
    name, open half of the paragraphs or more: a
    record whose labels are weak alone (Mixed case, a full stop or none, each printed once or
    twice) but take turns through the whole text. Such names alone on their line lose ``bare``
    where three or more take turns, or one comes again: headings do not open half of a record
    (but a line printed once at its head may be its title: "Planning Commission Meeting"), unless
    a roll names it with its part ("Anna Weber, Witness")."""
    groups: dict[tuple[bool, str, bool, bool], list[LabelScore]] = {}
    for row in scored:
        # a key not yet believed printed in two shapes takes turns in both: a witness's office
        # in brackets the first time, the name alone after ("X i Y (exdirector general)" / "X i Y")
        printed = [by_key[row.key][0]] if row.accepted else by_key[row.key]
        for shape in dict.fromkeys(_shape(o.cand) for o in printed):
            groups.setdefault(shape, []).append(row)
    for rows in groups.values():
        plain = [
            row
            for row in rows
            # a firm's or a party's name after the dash blocks no turns taken by that shape alone
            # ("Lucía X – Podemos:" / "Andrés Y – Vox:", a debate's; "firm" keeps a heading's
            # halves from a believed label of a name and a known role)
            if _SHAPE_BLOCKERS.isdisjoint(
                row.features.keys() - _particled_sentence(row, by_key, config) - {"firm"}
            )
            and "lower_case_word" not in row.features
            # speeches open with a capital: names before a dash each followed by a word in lower
            # case are minutes' narration ("Radny X – zapytał, czy …"), no one's turns
            and "lower_after" not in row.features
            and (not _lone_word(by_key[row.key][0].cand, config) or _in_roll(by_key[row.key][0].cand, text))
        ]
        # an office or a word believed alone on its line, again under a section heading
        # ("Operator", an earnings call's; a panel's "Moderator") takes turns with the names alone
        # the head's roster lists ("Lena Vogt - Chief Financial Officer"), no headings ("Prepared
        # Remarks"); with no roster, with names alone that take turns by themselves
        believed = [row for row in rows if row.accepted]
        if any(_RECURRING_OFFICE.isdisjoint(row.features) for row in believed):
            continue
        names = [row for row in plain if not row.accepted]
        listed = [row for row in names if _in_roll(by_key[row.key][0].cand, text)] if believed else []
        names = listed or names
        plain = believed + names
        opened = sum(1 for row in plain for o in by_key[row.key] if not o.inner)  # paragraphs they open
        if len(names) < 2 or opened * 2 < max(paragraphs, 2):
            continue
        # names alone that take turns are no headings: three or more, or one of them again
        turns = len(names) >= 3 or any(row.count >= 2 for row in names)
        answered = not turns and _office_answers(plain, by_key, text)
        turns = turns or answered
        for row in names:
            row.features["dialogue"] = config.weights["dialogue"]
            for feature in _particled_sentence(row, by_key, config):
                row.features.pop(feature)
            first = by_key[row.key][0]
            # a title heads it once; a court's role alone in one word ("検察官") is no title, nor
            # is an office beside its holder's one-word name ("의장 한상철", "윤서연 의원")
            title = row.count == 1 and first.first and not _one_office(first.cand, config)
            title = title and not _uncased_holder(first.cand, config)
            # nor is the chair's office alone above the speech that opens the sitting ("Chủ tọa"),
            # or the first of its two languages' names ("Y Llywydd / The Presiding Officer")
            office = first.cand.name.partition(" / ")[0]
            chair = chairs(office, config) and len(office.split()) <= _HOLDER_WORDS
            # nor a name with a member's seat letters after it ("Carys X AS/MS", "Jane Rees MS")
            seated = len(first.cand.name.split()) > 2 and postnominal(first.cand.name.split()[-1], config)
            title = title and not chair and not answered and not seated
            if turns and not (title and not _in_roll(first.cand, text)):
                row.features.pop("bare", None)
            row.accepted = row.score >= config.threshold


_RECURRING_OFFICE = frozenset({"office", "recurring"})  # what believes a label alone beside names alone


def _particled_sentence(
    row: LabelScore, by_key: dict[str, list[Occurrence]], config: Config
) -> frozenset[str]:
    """``sentence`` where it is all that speaks against a key before a dash whose particles in
    lower case join capitalised words of a language no vocabulary lists ("Kọmíṣánnà fún Ètò Ẹ̀kọ́
    –"): the particles are no sentence's words where such heads take turns."""
    cand = by_key[row.key][0].cand
    if cand.punct not in _DASHES or "sentence" not in row.features or not particled(cand.name, config)[0]:
        return frozenset()
    return frozenset({"sentence"}) if _SHAPE_BLOCKERS & row.features.keys() == {"sentence"} else frozenset()


# Where a roll's entry opens: its line, a field's colon, a list's semicolon or the stop of the
# entry before, a forename or a form of address perhaps before the name ("Wilhelm Osterkamp, …").
_ROLL_ENTRY = rf"(?:^|[:;.])[ \t]*(?:[{UPPER}][^\W\d_]*\.?[ \t]+){{0,3}}"


def _in_roll(cand: Candidate, text: HeldText) -> bool:
    """Whether the text names *cand* before a comma, or before a dash opening its line, above the
    line it is first printed alone on, as a record's head roll gives each person with their part
    ("Anna Weber, Witness.", "Helmut Brandauer, Vorsitzender Richter.", an earnings call's "Lena
    Vogt - Chief Financial Officer"), where an entry opens (``_ROLL_ENTRY``): a person, not the
    record's title. A name a sentence or a heading gives before a comma ("Compareixença de X,
    exdirector general …") is none. Each shape is of one line, so the text is read a run of lines
    at a time."""
    name = re.escape(cand.name)
    alone = re.compile(rf"^[ \t]*{name}[ \t]*$", re.MULTILINE)
    rolled = re.compile(rf"{_ROLL_ENTRY}{name},|^[ \t]*{name}[ \t]+[-–—][ \t]+\S", re.MULTILINE)
    for chunk in text.chunks():
        found = alone.search(chunk)
        if rolled.search(chunk[: found.start()] if found else chunk):
            return True
        if found:
            return False
    return False


_ASKER_WORDS = 3  # words of a name in full alone that asks an office: a forename, a surname or two


def _office_answers(plain: list[LabelScore], by_key: dict[str, list[Occurrence]], held: HeldText) -> bool:
    """Whether two names alone, each printed once, take turns as a member and the office she asks,
    the office named in the text besides its label ("Kemi Badenoch" / "… the Prime Minister talks
    about growth … Will he now admit …?" / "The Prime Minister" / "No, I will not …"): a short
    excerpt of a Hansard's web copy, each label printed once, no heading over the narration,
    which asks no question ("Northbridge Interchange" / "The Minister for Transport opened …")."""
    if len(plain) != 2 or any(row.count != 1 for row in plain):
        return False
    offices = [row for row in plain if "office" in row.features]
    if len(offices) != 1:
        return False
    asker = next(row for row in plain if row is not offices[0])
    asked, text = by_key[asker.key][0].cand.name, held.text()  # an excerpt's two turns: read whole
    # she asks: a question in her speech above the office's label, where a heading's narration
    # asks none
    start = max(text.find(asked), 0)
    answer = re.search(rf"(?m)^[ \t]*{re.escape(by_key[offices[0].key][0].cand.name)}[ \t]*$", text[start:])
    speech = text[start : start + answer.start()] if answer else text[start:]
    if not any(mark in speech for mark in _QUESTION_MARKS):
        return False
    words = asked.split()
    if not 2 <= len(words) <= _ASKER_WORDS or not all(word[:1].isupper() for word in words):
        return False
    # a heading's words are the text's in lower case too ("Housing Policy Review"); a name's not
    if any(re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) for word in words):
        return False
    office = by_key[offices[0].key][0].cand.name.casefold().split()
    named = " ".join(office[1:] if len(office) > 1 else office)
    return text.casefold().count(named) >= 2


def _lone_word(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is one word in Mixed case alone on its line with no title, role nor office
    ("Brandauer"): a surname over the speech, as a trial's web copy prints it, or a heading
    ("Anlage"); believed as the record's turns show it only where its head roll names it. A word
    of a script that spaces no words ending in an office is its holder with it ("陈志强议员"), one
    opening with an office the office of its body ("ประธานกรรมการ")."""
    return (
        not cand.punct
        and not cand.upper
        and not cand.title
        and not cand.role
        and len(cand.name.split()) == 1
        and not config.offices.fullmatch(cand.name.casefold())
        and not office_ends(cand.name.casefold(), config)
        and not (uncased(cand.name) and config.offices.match(cand.name.casefold()))  # "ประธานกรรมการ"
    )


def _uncased_holder(cand: Candidate, config: Config) -> bool:
    """Whether *cand*, in a script without case, is two words, one an office and the other its
    holder's name ("의장 한상철", "윤서연 의원"), as a Korean record prints a speaker alone on
    the line above the speech."""
    words = cand.name.split()
    return (
        len(words) == _HOLDER_WORDS
        and uncased(cand.name)
        and any(config.offices.match(word.casefold()) or office_ends(word, config) for word in words)
    )


def _uncased_office_of(name: str, config: Config) -> bool:
    """Whether *name*, in a script without case, is an office and the body it heads, two words
    ("رئیس شورا", the council's chair), as a web copy prints it alone above the speech."""
    return uncased(name) and len(name.split()) == _HOLDER_WORDS and config.offices.match(name) is not None


def _one_office(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is one word that is an office ("検察官", "Prosecutor"), as a record's first
    label alone on its line prints a role: a title over a record has more to say."""
    return len(cand.name.split()) == 1 and bool(config.offices.match(cand.name.casefold()))


def _office_and_name(cand: Candidate, row: LabelScore, config: Config) -> bool:
    """Whether *cand* opens with an office and names its holder after it ("Pääministeri Jussi
    Virtala", "Minister Anna Berg"), which an office alone ("Prime Minister") does not. An
    office's word that names a body too (``body_offices``) is followed by its kind and its seat,
    no holder ("Sąd Rejonowy Gdańsk-Północ", a court's name over its record), unless an office
    follows it, the body's officer then named ("Court Interpreter Maria Lopez")."""
    if "office" not in row.features:
        return False
    name = _qualified_office(cand.name).casefold()
    office = config.offices.match(name)
    if not office:
        return False
    if _body_word(office.group(), config) and not _officer_after(name[office.end() :].lstrip(), config):
        return False  # the body's kind and seat; its officer ("Court Interpreter Maria Lopez") has a holder
    holder = WORD.findall(config.office_words.sub(" ", name))
    return len(holder) >= _HOLDER_WORDS or _holder_in_parentheses(cand)


def _officer_after(rest: str, config: Config) -> bool:
    """Whether *rest*, the words after a body's word, opens with an office printed whole, the
    body's officer ("interpreter maria lopez" after "Court"): a stem inside an inflected word is
    the body's kind ("biskupi", the bishops' court, after "Sąd")."""
    officer = config.offices.match(rest)
    return officer is not None and not rest[officer.end() : officer.end() + 1].isalpha()


def _holder_in_parentheses(cand: Candidate) -> bool:
    """Whether the parentheses after an office name its holder ("La presidenta (Anna Erra i
    Solà)", as the Catalan Parliament's record prints its chair alone above the speech): two
    capitalised words or more, particles in lower case between them. A role after a comma
    describes instead ("PROF. X, President of the Tribunal" in a hearing's list of who sits)."""
    if "(" not in cand.printed:
        return False
    words = (cand.role or "").split()
    capitalised = [word for word in words if word[:1].isupper()]
    return len(capitalised) >= _HOLDER_WORDS and all(word[:1].isupper() or len(word) <= 3 for word in words)


def _mandate_topic(name: str, config: Config) -> bool:
    """Whether *name* is a mandate's office and its topic after the word that opens it ("Special
    Rapporteur on the right to food", "Rapporteuse spéciale sur le droit à l'alimentation",
    "Специальный докладчик по вопросу о праве на питание"): a few words holding an office, the
    link, then a few words in lower case or particles, none of the record's narration."""
    words = name.split()
    link = next(
        (i for i, word in enumerate(words[: _MANDATE_OFFICE + 1]) if word.casefold() in config.mandate_links),
        0,
    )
    topic = words[link + 1 :]
    return (
        link > 0
        and 0 < len(topic) <= _DEPARTMENT_WORDS
        and bool(config.offices.search(" ".join(words[:link]).casefold()))
        and all(word.casefold() not in config.narration for word in topic)
    )


def _speaks_for_group(name: str, config: Config, lang: str) -> bool:
    """Whether *name* is a State's capitalised name of a few words, then its language's words
    saying on whose behalf it speaks (``group_behalf``), then the group in a few words holding no
    narration ("Cuba on behalf of a group of countries"), as a council's webcast labels the
    State: a sentence so saying opens with a pronoun or a verb in lower case after its first word
    ("We speak on behalf of all victims:"), a heading with an item of business ("Statement on
    behalf of the Core Group:"), a speech's thanks one of its language's openers ("Thanks on
    behalf of the Government:"), and a member's own group its possessive or pronoun ("Merci au
    nom de mon groupe :", ``phrase_openers``, ``clause_words``)."""
    split = config.for_group(name, lang)
    if split is None:
        return False
    state, group = split
    openers = config.openers.get(lang, frozenset())
    owned = config.phrase_openers.get(lang, frozenset()) | _clause_vocabulary(config, lang)
    return all(
        word[:1].isupper() and word.casefold() not in config.business_words | openers for word in state
    ) and not any(word.casefold() in config.narration | owned for word in group)


def _portfolio_in_lower_case(name: str, config: Config) -> bool:
    """Whether *name* is an office, after its article maybe, and then only its portfolio in lower
    case, a few words opening with the word that links it ("for", "de") and holding no narration
    ("Ministeren for fødevarer, landbrug og fiskeri", as the Folketing prints a minister above her
    name in parentheses): with its holder named in the parentheses after it, the portfolio's words
    are no sentence's ("Ministeren sagde at vi skulle (X):" stays one)."""
    words = name.split()
    words = words[1:] if len(words) > 2 and words[0].casefold() in config.articles else words
    portfolio = words[1:]
    return (
        bool(words)
        and bool(config.offices.match(words[0].casefold()))
        and 0 < len(portfolio) <= _DEPARTMENT_WORDS
        and portfolio[0].casefold() in config.particles | config.office_links
        and all(lower_case(word[0]) and word.casefold() not in config.narration for word in portfolio)
    )


def _portfolio_named(name: str, config: Config) -> bool:
    """Whether *name* is an office after its article or form of address, a word in lower case
    after it and then its portfolio ("Le Ministre de la Santé", "Madame la Ministre de
    l'Éducation"), or with no article its particle and a body's name (:func:`_particle_and_body`): the
    portfolio's capitalised words name a body, which the speech may name in lower case ("les
    centres de santé"), no person."""
    words = name.split()
    addressed = len(list(takewhile(lambda word: _addressing(word, config), words[:_ADDRESS_WORDS])))
    words = words[addressed:]
    return (
        len(words) >= 3
        and bool(config.offices.match(words[0].casefold()))
        and words[1][:1].islower()
        and (bool(addressed) or _particle_and_body(words[1:], config))
    )


def _particle_and_body(words: list[str], config: Config) -> bool:
    """Whether *words*, after an office that opens a label with no article, are a particle and
    a body's name, every other word capitalised or a particle ("Fiscal del Ministerio Público",
    "Procuradora de la Nación"): the body's words, which the speech may print in lower case
    ("debate oral y público"), name no person."""
    return words[0].casefold() in config.particles and all(
        word[:1].isupper() or word.casefold() in config.particles for word in words[1:]
    )


def _office_addressed(name: str, config: Config) -> bool:
    """Whether *name* is a form of address of two words or more and an office with its body
    after it, no holder's name, as a Vietnamese record labels an office ("Đồng chí Bí thư Tỉnh
    ủy", "Đồng chí Chủ tịch Ủy ban nhân dân tỉnh"): the body's capitalised words name it, which
    the speech may name in lower case ("tỉnh"), no person."""
    less = _less_title(name, config)
    return less != name and bool(config.offices.match(less.casefold()))


def _qualified_office(name: str) -> str:
    """*name* from its first word in lower case, where the capitalised names before it qualify an
    office ("Eesti Panga president Madis Müller": "president Madis Müller"); else all of it. The
    join after an area whose hyphen is suspended is the office's ("Helse- og omsorgsminister")."""
    words = name.split()
    joined = {i for i in range(1, len(words)) if words[i - 1].endswith("-")}
    at = next((i for i, word in enumerate(words) if word[:1].islower() and i not in joined), 0)
    return " ".join(words[at:])


def _holder_over_speech(row: LabelScore, by_key: dict[str, list[Occurrence]], config: Config) -> bool:
    """Whether *row* is an office and its holder's forename and surname, printed once alone over
    a speech ("Pääministeri Matti Meikäläinen" above "Arvoisa puhemies! …"): a label in any
    language beside the record's other labels, however those are printed; a name of two words
    with no office so printed too ("Timo Kivelä kok (vastauspuheenvuoro)"), but not in CAPITALS,
    as a title is printed over a congress's number ("PARTI SOCIALISTE (S. F. I. O.)" / "18e
    CONGRÈS NATIONAL")."""
    found = by_key[row.key]
    cand = found[0].cand
    words = WORD.findall(cand.name.casefold())
    holder = WORD.findall(config.office_words.sub(" ", cand.name.casefold()))
    names = cand.name.split()[-_HOLDER_WORDS:]
    return (
        len(found) == 1
        and len(holder) == _HOLDER_WORDS
        and (len(holder) < len(words) or not cand.upper)
        and all(word[:1].isupper() for word in names)
        and found[0].ending in ("speech", "sentence")
    )


# The first word of the line below a label alone on its line: a question's letter ("問", "F", "Q").
_FIRST_WORD = regex(r"\s*([^\W\d_]+)")


def _over_questions(row: LabelScore, by_key: dict[str, list[Occurrence]], config: Config) -> bool:
    """Whether *row*, printed once alone on its line, stands right above a question's letter of
    a pair printed as labels ("検察官（田村）" / "問　あなたは…", "Staatsanwalt Dr. Reiter" / "F.: Kannten
    Sie …"): who asks the questions below, as an examination's heading names the examiner, in
    an excerpt that prints no other label alone."""
    found = by_key[row.key]
    if len(found) != 1:
        return False
    below = _FIRST_WORD.match(found[0].after_in, found[0].after_at)
    if below is None:
        return False
    question = label_key(below.group(1))
    return any(  # the pair's letters, both printed as labels, are weighed apart from *scored*
        label_key(pair[0]) == question and all(label_key(word) in by_key for word in pair)
        for pair in config.short_labels
    )


def _over_label(
    scored: list[LabelScore], alone: list[LabelScore], by_key: dict[str, list[Occurrence]]
) -> set[str]:
    """The keys of *alone* every printing of which stands right over a believed label's line, no
    speech between: a head's line naming who presides ("Dritter Präsident Ing. Norbert Hofer" /
    "Präsident Ing. Norbert Hofer  0:32" / "Ich eröffne …", a web copy's title block), no turn of
    its own, however it is shaped like the labels below it. A name with no punctuation that goes
    on into words in lower case on its line opens a speech there, no label's line ("Mrs Brown" /
    "Mr Green has told the House …", where "Mr Green" is a label further on): the place must be
    one where the believed label is printed as a label."""
    # a believed label's printing → the texts after it where it is printed as a label's line
    shaped: dict[str, set[str]] = {}
    for row in scored:
        for o in by_key[row.key] if row.accepted else ():
            if o.alone or o.cand.punct or not any(c.islower() for c in o.rest):
                shaped.setdefault(o.cand.printed.strip(), set()).add(" ".join(o.after.split()))
    shaped.pop("", None)
    lengths = sorted({len(text) for text in shaped})

    def same_place(read: str, size: int) -> bool:
        # both readings cut short where they end (*after* holds a few characters only)
        rest = " ".join(read[size:].split())
        return any(rest.startswith(other) or other.startswith(rest) for other in shaped.get(read[:size], ()))

    def opens_label(after: str) -> bool:
        text = after.lstrip()
        return any(text[size : size + 1] in ("", " ", "\n") and same_place(text, size) for size in lengths)

    return {row.key for row in alone if all(opens_label(o.after) for o in by_key[row.key])}


def _names_alone(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Give ``names_alone`` to the names alone on their lines with no punctuation (``bare``)
    that a form of address or a role in parentheses marks as persons, where two or more of
    them are printed, or one beside a label believed in that layout (an office that recurs:
    "The President" / "Mr. Halvorsen (Norway)", the Security Council's web copy): the labels of
    a web copy of a record ("Sir John Smith (Lab)" / "The Prime Minister (Jane Doe)", the
    speech on the lines below), each printed once, which one alone would not tell from a
    heading (an office alone, "Prime Minister", may be one). A surname the turn above announced
    is marked so too ("Председательствующий" / "Слово предоставляется товарищу Иванову." /
    "Иванов" / "Товарищи, …", a plenum's web copy)."""
    alone = [row for row in scored if all(o.alone and not o.cand.punct for o in by_key[row.key])]
    over_label = _over_label(scored, alone, by_key)
    named = [
        row
        for row in alone
        if row.key not in over_label
        and (
            by_key[row.key][0].cand.strong
            or _office_and_name(by_key[row.key][0].cand, row, config)
            or _uncased_name_over_speech(row, by_key)
            or "announced" in row.features  # the turn above gave it the floor ("Слово … Иванову")
        )
        and not _numbered(by_key[row.key][0].cand)
        and _SHAPE_BLOCKERS.isdisjoint(row.features)
        and "lower_case_word" not in row.features
    ]
    believed = [row for row in alone if row.accepted and row not in named]
    if len(named) == 1 and not believed and _holder_over_speech(named[0], by_key, config):
        believed = [row for row in scored if row.accepted]  # "Pääministeri Matti Meikäläinen" / "Ed. X:"
    # the questions' letters below are labels of their own, weighed apart from *scored*: beside
    # them the examiner is no label alone, though the excerpt opens with him ("検察官（田村）" first)
    asks = len(named) == 1 and not believed and _over_questions(named[0], by_key, config)
    if asks:
        believed = [row for row in scored if row.accepted]  # "検察官（田村）" / "問　あなたは…"
    offices = [row for row in alone if row not in named and _office_over_speech(row, by_key, config)]
    # or no name needs it, but an office alone is printed beside names alone already believed
    # ("Operator" / "Q - Jane Roe", an earnings call's questions)
    if not (named or (believed and offices)) or (len(named) + len(believed) + len(offices) < 2 and not asks):
        return
    for row in named + offices:
        if "bare" in row.features and not row.accepted:
            row.features["names_alone"] = config.weights["names_alone"]
            if _uncased_name_over_speech(row, by_key):  # no title nor role to outweigh ``bare``
                row.features.pop("bare")
            row.accepted = row.score >= config.threshold


def _hailed_names(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Give ``names_alone`` to a name with its initials alone on its line, no punctuation, whose
    speech below addresses the hall ("O. N. Bulganin" / "Comrades! …", a congress's report in a
    web copy; "B. Pattabhi Sitaramayya" / "Mr. President, …"): a label though printed once and
    alone in its layout, which a heading's line is not."""
    for row in scored:
        if row.accepted or not {"bare", "initials", "saluted"} <= row.features.keys():
            continue
        if all(o.alone and not o.cand.punct and not o.cand.upper for o in by_key[row.key]):
            row.features["names_alone"] = config.weights["names_alone"]
            row.accepted = row.score >= config.threshold


def _uncased_name_over_speech(row: LabelScore, by_key: dict[str, list[Occurrence]]) -> bool:
    """Whether *row* is a forename and a surname (or three names) in a script without case, alone
    above a speech each time it is printed, nothing else on its line ("ליליה פרישר" under the
    chair's "היו"ר X", a Knesset committee's web copy): no form of address can mark it a person,
    the believed labels of its layout beside it do."""
    found = by_key[row.key]
    cand = found[0].cand
    return (
        uncased(cand.name)
        and not cand.role
        and _HOLDER_WORDS <= len(cand.name.split()) <= _HOLDER_WORDS + 1
        and all(o.ending in ("speech", "sentence") for o in found)
    )


def _office_over_speech(row: LabelScore, by_key: dict[str, list[Occurrence]], config: Config) -> bool:
    """Whether *row* is an office and nothing else ("The Convener", "Chairman", "Predsjedavajući"),
    alone on its line above a speech each time it is printed: in a web copy whose persons' names
    are printed so ("Yvette Burgess (Housing Unit)", "Mr. John Smith", "Jandrić, Marko (HDZ)"),
    the chair's label in the same layout, however few times the excerpt prints it."""
    found = by_key[row.key]
    words = found[0].cand.name.casefold().split()
    name = " ".join(words[1:] if len(words) > 1 and words[0] in config.articles else words)
    # the office's stem and the rest of its word ("Predsjedavajući" of "predsjed"), no more words
    office = config.offices.match(name)
    return (
        not row.accepted
        and "office" in row.features
        # or, in a script without case, an office and its body in two words ("رئیس شورا")
        and ((office is not None and " " not in name[office.end() :]) or _uncased_office_of(name, config))
        and _SHAPE_BLOCKERS.isdisjoint(row.features)
        and "lower_case_word" not in row.features
        and all(o.ending in ("speech", "sentence") for o in found)
    )


# A number in the parentheses after a name, no role of a person's: a committee's or a sitting's
# ("Komisja Zdrowia (nr 18)", "Committee on Health (No. 18)", "Sitzung (Nr. 12)").
_NUMBER_ROLE = regex(rf"(?:(?:{NUMBER_SIGNS})\.?\s*)?\d+[\w/.-]*", re.IGNORECASE)
# The sign of a number that ends a caption's words before the number ("CAUSA N.", "CASE No.",
# "Az. Nr."): no initial of a name.
_NUMBER_SIGN_END = regex(rf"(?<!\S)(?:n|{NUMBER_SIGNS})\.?$", re.IGNORECASE)
# An item's words before the sign of its number and the number ("Issue No. 1", "Point No. 2").
_NUMBERED_AFTER = regex(rf"(?P<words>[^\W\d_][^\d()]*?)\s+(?:{NUMBER_SIGNS})\.?\s*\d+[\w/.-]*", re.IGNORECASE)
# A case's or a file's number: figures parted by a slash, a dash or a stop ("1874/22", "41-B").
_CASE_NUMBER = regex(r"\d+[/.-]\w")


# A field's code after its colon: figures, perhaps after a few capitals and a dash or a space
# ("TRC-02-145", "BO/4412", "AM 1234/96").
_CODE = regex(r"(?:[A-Z]{1,5}[ -]?)?\d")
_NUMBER_SIGN_WORD = regex(rf"(?:{NUMBER_SIGNS})\.?", re.IGNORECASE)


def _identifier_field(occurrence: Occurrence, config: Config) -> bool:
    """Whether *occurrence* is a field giving an identifier: its label's last word after another
    names the identifier (``identifier_words`` or a number's sign: "Witness ID:", "Application
    No.:"), its text opens with the code ("TRC-02-145"), no speech. A form of address anywhere
    before the word makes it a surname, a speaker whose speech opens with a figure ("MR NO: 1990
    was …", "Dr. Alan Number: 12 of us came …")."""
    cand = occurrence.cand
    words = cand.name.split()
    if len(words) < 2 or _punct(cand) not in _COLON_LIKE:
        return False
    last = words[-1]
    if last.rstrip(".").casefold() not in config.identifier_words and not _NUMBER_SIGN_WORD.fullmatch(last):
        return False
    if any(config.titles.fullmatch(word) for word in words[:-1]):
        return False
    return _CODE.match(occurrence.rest) is not None


def _case_number(sign: str, rest: str) -> bool:
    """Whether *rest*, after a label's last word *sign*, the sign of a number ("N.", "No."),
    opens with the number a caption gives: any figure after a sign no initial can be ("No.",
    "Nr."), a case's number after "N." that may be a name's initial ("PETROV N. 1937 was …")."""
    if len(sign.strip(". ")) > 1:
        return rest[:1].isdigit()
    return _CASE_NUMBER.match(rest) is not None


def _numbered(cand: Candidate) -> bool:
    """Whether *cand*'s only mark of a person is a number in its parentheses: a body's heading."""
    role = (cand.role or "").strip()
    return not cand.title and bool(role) and _NUMBER_ROLE.fullmatch(role) is not None


# Features that make a one-word candidate more than a capitalised word with a colon.
# The capitalised words of a heading's phrase in Mixed case (a name has fewer beside its particles).
_PHRASE_WORDS = 3
_APART_INLINE = 2  # believed labels with their speech on their line that set a phrase's heading apart
_NAME_EVIDENCE = frozenset(
    {"capitals", "role", "office", "initials", "announced", "voice", "marker", "recurring"}
)


def _apart(found: list[Occurrence], row: LabelScore, config: Config, lang: str, inline: int) -> bool:
    """Whether a label printed once stands alone on its line above its text, a phrase in Mixed
    case (three capitalised words or more joined by particles, or two after a paper's noun of the
    record's language, `document_nouns`) with nothing but its colon for it: where the record's
    labels carry their speech on their line (two believed so, or one under a paper's heading,
    the vocabulary its evidence), it is a heading over its text ("Beschlussempfehlung
    des Ausschusses für Arbeit und Soziales:", "Beschlussempfehlung des Ausschusses:"), not a name
    ("Karl Wendt:", "Hans von Bülow:")."""
    cand = found[0].cand
    words = WORD.findall(cand.name)
    joined = any(word in config.particles for word in words)
    papered = bool(words) and _paper_noun(words[0], config.document_nouns.get(lang, frozenset()))
    return (
        inline >= (1 if papered else _APART_INLINE)
        and row.count == 1
        and found[0].alone
        and cand.punct in (":", "：")
        and not (cand.upper or cand.addressed)
        and joined
        and (papered or not _name_joined(words, config))
        and sum(word[:1].isupper() for word in words) >= (2 if papered else _PHRASE_WORDS)
        and _NAME_EVIDENCE.isdisjoint(row.features)
    )


def _paper_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether *word* is one of a language's *nouns* for a paper, or a compound ending on one
    ("Beschlussempfehlung", "Ausschussbericht")."""
    folded = word.casefold()
    return any(folded.endswith(noun) for noun in nouns)


def _name_joined(words: list[str], config: Config) -> bool:
    """Whether *words* are joined as a name is: forenames, one run of particles, then the surname
    alone ("Hans Peter von der Heide", "Anna Maria van den Berg"), where a heading joins its
    words again and again ("Beschlussempfehlung des Ausschusses für Arbeit und Soziales")."""
    linked = [word in config.particles for word in words]
    runs = sum(1 for before, now in pairwise([False, *linked]) if now and not before)
    return runs == 1 and not linked[0] and len(words) >= 3 and linked[-2] and not linked[-1]


def _roll_end(found: list[Occurrence], row: LabelScore, rolled: set[str]) -> bool:
    """Whether a name in Mixed case with only its stop, printed once alone on its line, stands
    right under a name refused as a roll's row: the roll's last name, a sentence after it, as the
    chair reads out the speakers enrolled ("Senador Marcos Rogério." / "Senador Jorge Kajuru." /
    "Por gentileza, …"), no speaker."""
    found_once = found[0]
    return (
        row.count == 1
        and found_once.alone
        and _punct(found_once.cand) == "."
        and not (found_once.cand.upper or found_once.cand.role)
        and found_once.above.strip() in rolled
    )


def _list_end(found: list[Occurrence], row: LabelScore, listed: set[str]) -> bool:
    """Whether a label after a marker, printed once with no role, stands right under a list's
    item refused after the same marker, the words after it on its line: the list's last item, the
    speech going on below it ("○　道路　整備" / "○　防災　無線" / "以上でございます。"), no speaker."""
    found_once = found[0]
    cand = found_once.cand
    if row.count != 1 or not cand.prefix or cand.role or not found_once.rest.strip():
        return False
    above = found_once.above.strip()
    return any(item.startswith(cand.prefix) and above.startswith(item) for item in listed)


def _saluting_stop(found: Occurrence, config: Config) -> bool:
    """Whether *found*, one word and its stop, no salutation alone, opens one with the words after
    it, the stop its abbreviation's ("Srs. Deputados, está encerrada a sessão."): the chair
    addressing the hall, no label, however a name's stop reads ("Chair." is a label still)."""
    cand = found.cand
    return (
        cand.printed.rstrip().endswith(".")
        and len(cand.name.split()) == 1
        and label_key(cand.name) not in config.salutations
        and saluting(f"{cand.printed} {found.after}", config)
    )


def _caption_column(found: Occurrence) -> bool:
    """Whether *found* is followed on its line by a closing bracket opened nowhere before it, a
    case's caption setting its parties off from the docket's number by a column of brackets
    ("NORTHERN PLAINS PIPELINE CO.            )    Docket No. RP24-101-000", an American
    agency's or court's hearing): the caption's party, no speech opens with its bracket. The
    column's bracket stands alone, no word glued to it and none opened after it: an Arabic
    record's brackets a PDF's copy mirrors ("السيدة مريم: )تصفيق( شكرا", "… : ) تصفيق ( …")
    close before the stage direction they open, after a label."""
    rest = found.rest.lstrip()
    return (
        rest[:1] == ")" and rest[1:2] in ("", " ", "\t") and "(" not in rest and "(" not in found.cand.printed
    )


def _degree_stop(cand: Candidate, config: Config) -> bool:
    """Whether *cand*, with no colon, ends on a degree or a postnominal after the name's comma
    whose own stop reads as the label's ("JAMES T. ORR, ESQ.", a hearing's appearances under
    "On behalf of …:"; "Ing. Petr Svoboda, Ph.D." signing): the name listed, no turn."""
    printed = cand.printed.rstrip()
    if _punct(cand) != "." or "," not in printed:
        return False
    found = config.postnominals.search(f"{printed}:", printed.rfind(","))
    return found is not None and found.end() == len(printed)


def _odd_heading(
    row: LabelScore,
    found: list[Occurrence],
    evidence: _Evidence,
    config: Config,
    after_turn: Callable[[Occurrence], bool],
    surnamed: bool,
) -> bool:
    """A heading printed once, nothing but its capitals for a name: with a dash and a note in
    lower case after it ("ANNOUNCEMENTS, TABLINGS AND COMMITTEE REPORTS – see col 000.", South
    Africa's Hansard, among "Ms X:" turns), or alone on its line with its stop (an old Hansard's
    item "SUPPLY." over "Considered in Committee.", among "Mr. X:" turns), a blank line under it as
    under a heading: a speech right under it in its own paragraph is a surname's, printed once
    among colon labels ("SMITH." / "I move that the town …", a town meeting's mover); so is a
    single word the record never uses in lower case and no item of business names, under a turn
    and over its speech below the blank line ("BRADSHAW." / "I should like to ask …"), where
    "SUPPLY." is a word of the record's sentences too ("… the supply of …") or names its business,
    or heads the sitting's first item above every turn ("EDUCATION." / "Considered in Committee.").
    Only a record that names another believed speaker by a bare name (*surnamed*: "Holt:") prints a
    surname so; among labels that all carry a form of address or an office ("Mr. LANE:",
    "Präsidentin Weber:") a word alone with its stop is a topic's heading over the speech going on
    ("IRRIGATION." / "The Government has spent …", "HAUSHALT." / "Die Landesregierung …")."""
    named = _NAME_EVIDENCE - {"capitals"}
    if row.count != 1 or not named.isdisjoint(row.features):
        return False
    noted = "dash" in row.features and "lower_after" in row.features
    if noted:
        return True
    if "period" not in row.features or not all(o.alone and not o.after_at for o in found):
        return False
    words = WORD.findall(found[0].cand.name)
    return not (
        surnamed
        and len(words) == 1
        and "capital_after" in row.features
        and words[0].casefold() not in config.business_words
        and not evidence.used_in_lower_case(words)
        and after_turn(found[0])
    )


_QUOTING_OTHERS = 2  # believed labels with no verb of saying that set a quoting label apart
_QUOTE_OPENS = regex(r"\s*[“«„\"]")


def _quotings(scored: list[LabelScore], by_key: dict[str, list[Occurrence]], config: Config) -> None:
    """Refuse (``quoting``) a believed label with a verb of saying, printed once, a quotation
    after it, where two or more labels are believed and none prints a verb: a speech quoting
    someone, not a record naming its speakers so."""
    quoting = [
        row for row in scored if row.accepted and _quoting(by_key[row.key][0].cand, by_key[row.key], config)
    ]
    if not quoting:  # most records: the others' verbs are not asked
        return
    plain = sum(row.accepted and not any(_said(o.cand, config) for o in by_key[row.key]) for row in scored)
    for row in quoting if plain >= _QUOTING_OTHERS else ():
        row.features["quoting"] = config.weights["quoting"]
        row.accepted = row.score >= config.threshold


def reported_printings(occurrences: list[Occurrence], accepted: set[str], config: Config) -> frozenset[str]:
    """The printings of believed labels that a line of speech reports with a verb of saying, its
    words after the colon on its line ("The Mayor said: we will take it up …" inside a
    councillor's turn, "THE MAYOR:" the office's label elsewhere): printed once so in Mixed case,
    the key printed elsewhere with no verb, and two or more believed labels printing none: no
    turn of the office's, a hard wrap setting the speech's sentence at a line's start."""
    said = [
        o
        for o in occurrences
        if o.cand.key in accepted and not o.cand.upper and not o.alone and _said(o.cand, config)
    ]
    if not said:  # most records: the others' verbs are not asked
        return frozenset()
    printed = Counter(o.cand.printed for o in occurrences if o.cand.key in accepted)
    plain = {o.cand.key for o in occurrences if o.cand.key in accepted and not _said(o.cand, config)}
    if len(plain) < _QUOTING_OTHERS:
        return frozenset()
    return frozenset(o.cand.printed for o in said if o.cand.key in plain and printed[o.cand.printed] == 1)


def announcing_printings(occurrences: list[Occurrence], accepted: set[str], config: Config) -> frozenset[str]:
    """The printings of believed labels with no punctuation whose every line narrates that the
    label's bearer moved or read a text printed below it (:func:`_announces_text`): a congress's
    report prints "Pandit X (U. P.) moved the following resolution :-" before the resolution and
    "Pandit X (U. P.) :" before the mover's speech, one key; the narration opens no turn."""
    plain = [o for o in occurrences if o.cand.key in accepted and o.cand.punct in ("", " ")]
    announcing = {o.cand.printed for o in plain if _announces_text(o.rest, config)}
    return frozenset(announcing - {o.cand.printed for o in plain if not _announces_text(o.rest, config)})


def _said(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is printed with a verb of saying after its name ("Mr. X said:"), or ends
    in one of the record's words of narration in lower case ("El ministro dijo:", "The Minister
    stated:", as a council's minutes print "La Concejal X expresó:"); the item its author tabled
    ("…, autora de la pregunta") is none."""
    printed = cand.printed.rstrip(" \t:：").casefold()
    last = cand.name.rsplit(maxsplit=1)[-1] if " " in cand.name.strip() else ""
    narrated = last.islower() and last in config.narration and not _authorship(cand.name, config)
    return narrated or (printed != cand.name.casefold() and printed.endswith(config.floor_verb_ends))


def _quoting(cand: Candidate, occurrences: list[Occurrence], config: Config) -> bool:
    """Whether *cand*, printed once in Mixed case with a verb of saying, opens a quotation after it
    ("The Prime Minister said: "We will not …"" inside "Mr Jones:"'s speech), or its speech on
    its own line ("The Mayor said: we will take it up …", a line of the councillor's speech that
    a hard wrap set at its start): a speaker reporting another, where the record's other labels
    print no verb."""
    if len(occurrences) != 1 or cand.upper or not _said(cand, config):
        return False
    found = occurrences[0]
    if _QUOTE_OPENS.match(found.after_in, found.after_at):
        return True
    # a verb of narration, no court protocol's verb of the floor ("Oskarżony wyjaśnia:")
    verb = cand.printed.rstrip(" \t:：").rsplit(maxsplit=1)[-1].casefold()
    return not found.alone and verb in config.narration


def _odd_stop(cand: Candidate, row: LabelScore) -> bool:
    """Words in CAPITALS with only a full stop, printed once, nothing but their capitals for a
    name ("PUBLICACION OFICIAL." in the head of a Chilean Diario whose turns print "El señor
    X.-"): a heading, where more believed labels end with a stop and a dash than with a stop
    alone ("WALTER PIM ." beside "JAMES ORME (Policeman G 112)." is a name)."""
    evidence = _NAME_EVIDENCE - {"capitals"}
    return row.count == 1 and cand.upper and _punct(cand) == "." and evidence.isdisjoint(row.features)


def _odd_dashed_role(found: list[Occurrence], row: LabelScore, config: Config) -> bool:
    """Words in CAPITALS either side of a spaced dash, printed once alone on their line, read as
    a name and its role ("TRIBUNALE DI MILANO - SEZIONE IV PENALE"), nothing but their capitals
    for a name: where the record's labels print their speech after their dash on their line
    ("PRESIDENTE - Prego, …"), the words after that dash are a heading's second half, no role.
    A form of address or an office in the name or the role is a person's ("MR. X – ANALYST")."""
    cand = found[0].cand
    role = cand.role or ""
    return (
        row.count == 1
        and found[0].alone
        and not cand.punct
        and cand.upper
        and role.isupper()
        and not cand.addressed
        and not _DASHES.isdisjoint(cand.printed)
        and cand.printed.rstrip().endswith(role.rsplit(" – ", 1)[-1])
        and not config.offices.search(role.casefold())
        and (_NAME_EVIDENCE - {"capitals", "role"}).isdisjoint(row.features)
    )


_INITIALISM = 4  # the most letters of a person's initials printed as one word ("JFK", "LBJ")


def _initialism(cand: Candidate) -> bool:
    """Whether *cand* is a person's initials run together in Latin CAPITALS, no vowel among them
    (no first name: "JFK:", "RFK:", "LBJ:", never "BOB:"), no form of address nor role."""
    name = cand.name
    letters = 2 <= len(name) <= _INITIALISM and name.isascii() and name.isalpha() and name.isupper()
    return letters and not set(name) & set("AEIOU") and not cand.strong


def _odd_word(cand: Candidate, row: LabelScore) -> bool:
    """A single word in Mixed case (perhaps numbered), printed once, with nothing but its
    punctuation for it ("Resolutions:", "Recommendation 1:" in a list inside a speech of "Mrs.
    NAME." turns)."""
    words = [word for word in cand.name.split() if not word.isdigit()]  # "Recommendation 1:" too
    return row.count == 1 and len(words) == 1 and _NAME_EVIDENCE.isdisjoint(row.features)
