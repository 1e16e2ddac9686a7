"""The record's head: the title and the lines of its kinds above the first turn."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from stenogram.transcript.candidate import LETTER, cased, label_key, lower_case, uncased
from stenogram.transcript.events import stage_type
from stenogram.transcript.frontmatter import (
    archival,
    chain_kind,
    dateline_place,
    dates_the_meeting,
    find_date,
    front_kind,
    parse_archive,
    strip_lead,
)
from stenogram.transcript.heldfields import held_block, held_field
from stenogram.transcript.labels.patterns import CAPTION_MARK, MEMBER_WORDS, NAME_WORD
from stenogram.transcript.model import FrontLine
from stenogram.transcript.names import chair_office_alone, office_or_title
from stenogram.transcript.reader import SENTENCE_STOPS, columns
from stenogram.transcript.regexcache import regex
from stenogram.transcript.salutations import opens_with
from stenogram.transcript.scoring import LEADERS
from stenogram.transcript.units import BLOCK_LINE, BRACKETED_ONLY, PARENTHESIS, Unit, join_lines, joined_text

if TYPE_CHECKING:
    from stenogram.transcript.candidate import Candidate
    from stenogram.transcript.config import Config
    from stenogram.transcript.labels import LabelMatcher
    from stenogram.transcript.lines import LineLabels
    from stenogram.transcript.listed import Listed
    from stenogram.transcript.model import Document
    from stenogram.transcript.reader import Source

_DATE_SPAN = 2000  # characters before the first turn searched for the date of the meeting
_YEAR = regex(
    r"(?<!\d)(?<!\d\.)(?:1[6-9]|20)\d\d(?!\.?\d)"
)  # a year in figures, no part of a date in figures
_SESSION = regex(r"/(?:\d\d){1,2}(?!\d)")  # a session's second year after its first: "2022/23"
_SESSION_TURN = 7  # the month from which a session's day is in its first year (it opens in the autumn)
_DATE_LINE = 60  # columns of a line that gives a date and no more ("Wednesday 5 February 2020")
_DATE_PLACE_WORDS = 6  # words of the place after a date's line and a comma ("…, au Palais de la Paix,")
_DATE_PLACE = 30  # … and its columns (a sentence in Chinese after the day and a comma is no place)
# a stop after a word, then the capital or figure that opens the next sentence; the word read from
# its first letter on (a search from each letter inside it had read on to its end)
_SENTENCE_END = regex(
    r"(?P<word>(?<![^\W\d_])[^\W\d_]+|(?<![\d.,])\d+)[.!?…]+[\"'”»)]*\s+(?=[\"'“«(]?[^\W_])"
)
_BRACKETED = regex(r"\([^()]*\)|\[[^\[\]]*\]")
# A note of the hall closing a paragraph after its words: "… amendements. (Applaudissements …)".
_NOTE_AT_END = regex(r"(?<=\S)\s*(?:\([^()]*\)|\[[^\[\]]*\])$")
# The full stops of the Han and Arabic scripts, which no title ends with, and the fewest words a
# sentence of a spaced script without case ends with its full stop after.
_CASELESS_STOPS = "。！？؟"
_CASELESS_SENTENCE = 3
# A company's form after its name, its initials each with its stop ending a line ("… Vlietgroep
# N.V.", "S.A.", "S.p.A.", "e.V."), whose stop ends no sentence; not a place's after its comma
# ("Washington, D.C.", a dateline's)
_COMPANY_FORM = regex(r"(?<=[^\W\d_])\s+(?:[^\W\d_]{1,2}\.){2,}$")
_SENTENCE_WORDS = 4  # words of a sentence of speech at least, more than a title's phrase has
_SHORT_SENTENCE = 3  # words of a short one beside it
_TITLE_LINES = 4  # lines of a title printed over a line of its head's kinds
_WORDED_LINES = 12  # … or of a title printed a word or two a line, at most
_LINE_WORDS = 2  # words of such a line ("OF THE")
_INITIALS = regex(r"(?:[^\W\d_]\.[ ]?){2,}")  # a name in initials alone: "T.C.", "U.S.S.R."
# A surname with its initials before or after it, a whole line: "Ю.В.Соколов", "Соколов Ю.В."
# The initials on either side and the surname with its apostrophe or hyphen, as a head's author
# line prints it; generic.py's _SURNAME_INITIALS reads the surname first only, lines.py's
# _INITIALLED searches a label's words.
_INITIALLED_NAME = regex(r"(?:[^\W\d_]\.[ ]?){1,2}[^\W\d_][\w’'-]+|[^\W\d_][\w’'-]+ (?:[^\W\d_]\.[ ]?){1,2}")
_WORD_RUN = 3  # paragraphs of one word each at the record's start, at least, that print its title
_ROSTER_TAIL = 60  # characters after a roster line's dot leaders: a country, a name
_SPAN_TAIL = 30  # characters before a span's "to" read for its first day ("vom 5. November")
# The particles in lower case a place's name may set between its words ("Palais des Nations",
# "Palace of Westminster"); no preposition of a sentence ("Sitting at Lindau", "Heard on …").
_PLACE_PARTICLES = frozenset(
    ["de", "des", "du", "la", "le", "of", "the", "del", "di", "da", "do", "der", "am"]
)
_PLACE_WORDS = 4  # words of a line beside a date that names the place ("Washington, D.C.")
_HEAD_LINE = 200  # characters of a line of a record's head read for its kind (a time, the chair)
# … and of one naming the chair with the secretaries who assist ("Lucrările ședinței au fost
# conduse de …, asistat de …"), read for its kind, though a paragraph so long ends the head
_KIND_LINE = 320
_AGENDA_ITEMS = 6  # items at most an agenda lists over the first speaker's name
# The kinds of a head's line that stand alone: a line with no kind after one is no part of it
# ("The House met at half-past Two o'clock" / "Prayers"), as it is of a source's line the wrap cut.
_ALONE = frozenset(["title", "presiding", "time", "imprint", "field"])
# The kinds of a head's line that `[head]` names by their words, in the order tried: a line that
# names the chair and the hour ("(Posiedzenie o godz. 10 min 02 otwiera marszałek Sejmu X)")
# says first who presides.
_HEAD_RULE = regex(r"(?:[-_=*][ ]?){3,}")  # a rule that closes the head, before the first turn ("- - -")
_HEAD_KINDS = ("presiding", "time", "list", "place", "imprint", "source", "record", "caption", "agenda")
# The kinds of `[head]` written as the head's other lines: the record's name, a caption's parties,
# the agenda's heading.
_OTHER_KINDS = frozenset(["record", "caption", "agenda"])

# A field of the head with its value, the names of who holds an office at the sitting ("Griffier :
# J.P.E.M. Huijs", "Wethouders: S. Pauw, A.J. Bijman"): a few words, a colon, a short value with
# no sentence in it.
_FIELD = regex(r"[^\W\d_][\w'’.-]*(?:[ -][\w'’.-]+){0,3}[ \t]?[:：][ \t]*(?P<value>\S[^!?:：]{0,100})")
# A field's heading alone on its line, a few words and a colon, its value below ("Вопрос:").
_FIELD_HEADING = regex(r"(?:[^\W\d_]+[ ]?){1,4}[:：]")
# A line of the head's numbered fields, each a name and a figure after its colon, one or more on
# the line ("DÖNEM : 20          YASAMA YILI : 2", "CİLT : 15", a Turkish record's term, year of
# the legislature and volume): facts of the series, no line of the title (a ``div`` of the front).
_NUMBERED_FIELDS = regex(r"(?:[^\W\d_]+(?:[ ][^\W\d_]+){0,2}[ \t]*[:：][ \t]*\d{1,4}(?:[ \t]+|$))+")
# What stands between a date's weekday and its day ("Tuesday, 3 March", "Donnerstag, den 14. März").
_DAY_LEAD = regex(r"[,.]?[ \t]+(?:[^\W\d_]{1,3}[ \t]+)?")
_COLON = regex("[:：]")
_SENTENCE_LINES = 3  # lines of a sentence a hard wrap cut in the head, at least, read as the body's
_FIELD_WORDS = 12  # words of a field's value at most: the names it lists, not a speech
_SPEAKER_AHEAD = 12  # paragraphs under a head's field read for the label of the name it gives
_STACKED_FIELDS = 8  # fields set one a line under the head's line, read up to at most
_OFFICE_WORDS = 8  # words of the office after the name's comma in a witness's field, at most

# The kinds of a head's line under a listed speech's block that say the block is the roll's: the
# roll's names, the day.
_ROLL_OR_DAY = frozenset(["list", "date"])
_ENTRY_DASHES = frozenset("-–—")  # a roll's entry between its name and its role: "Nora X - CEO"
_CAST_ENTRIES = (2, 12)  # entries of a cast the head lists under no heading, at least and at most
_CAST_WORDS = 8  # words of who holds the office after an entry's dash, at most: a rank and a name
# A cast's entry: an office of a word or a few, its spaced dash, who holds it.
_CAST_LINE = regex(r"[^\W\d_][^\s:：]*(?:[ ][^\s:：—–-]+){0,3}[ ][-–—][ ](?P<value>\S.*)")
_JOINER = 3  # letters of a small word between a cast's names, at most: "П. С. Лебедев и К. А. Орлов"


def _holder(value: str) -> bool:
    """Whether *value*, after a cast's dash, reads as who holds the office, a rank in small
    letters and a name ("армвоенюрист В. В. Ульрих.", "военюрист 2-го ранга И. М. Зайцев.",
    "Judge Amy Carter"), unlike the words of a turn set off by its dash ("Начнём, товарищи.",
    "Я готов доложить.", "Добрый вечер, Иван Петрович.", "Good evening and welcome."): up to
    a comma (a rank may follow it, "Батнер А. А., военюрист 1-го ранга."), from its first
    capital on capitals only, a short word joining two names aside, two of them at least where
    no rank stands before; a script without case is not read so."""
    if not cased(value):
        return True
    words = value.split(",")[0].rstrip(".").split()
    first = next((i for i, word in enumerate(words) if word[:1].isupper()), len(words))
    names = words[first:]
    if not names or not names[-1][:1].isupper():
        return False
    if any(lower_case(word[:1]) and len(word) > _JOINER for word in names):
        return False
    return first > 0 or sum(word[:1].isupper() for word in names) >= 2


# The kinds of a head's line its words or shape name, on the text's first line too (a date there
# is the title's).
_NEVER_TURNS = frozenset(["archive", "presiding", "time", "place", "imprint", "source", "list", "field"])


# A document's code alone on its line: short words in capitals and figures, one with a figure
# ("AS (2017) CR 19", "S/PV.4552", "A/78/PV.12"), no word of a title ("HOUSE OF COMMONS 1923").
_CODE = regex(
    r"(?=.*\d)(?:[(\[]?(?:[A-Z]{1,4}|[A-Z0-9]*\d[A-Z0-9]*)(?:[./-](?:[A-Z]{1,4}|[A-Z0-9]*\d[A-Z0-9]*))*[)\]]?(?:\s+|$))+"
)

# The run of spaces a layout sets between a head's line and what it prints in the right margin
# (the document's code, its status): wider than a sentence's spaces.
_MARGIN = regex(r"[ \t]{3,}")
_RIGHT_MARGIN = regex(r"(?<=\S)[ \t]{3,}(?P<right>\S[^\t]{0,20}?)$")  # a line's last column

# A rule printed between a title's lines ("____" under the day and over the proceedings' name, as
# South Africa's Hansard sets it): no words of the title.
_RULE_LINE = regex(r"[_\-–—=*·~\s]{3,}")
# A comma and a field's name of one to three words and its colon after it: where a line of the
# head may hold a second field ("Vorsitzende: Dr. Anna Beispiel, Schriftführer: Max Muster").
_FIELD_AFTER_COMMA = regex(r"(?<=,)[ \t]+(?=(?:[^\W\d_][^\W\d_.]*[ \t]?){1,3}[:：][ \t]*\S)")
_PARTED_FIELDS = frozenset(["presiding", "list"])  # the fields a line of two is parted into
# The head's kinds whose value after the colon may be speech, the field's name a label
_SPOKEN_KINDS = frozenset(["list", "presiding"])
_ASKED = frozenset("!?¡¿！？؟")  # the marks of a question or a call, in no roll's names
_CLAUSE_WORDS = 3  # words in lower case after a vocative's comma that make its sentence


# What may stand before the first word of a sentence an excerpt cuts: the dots of the cut, a dash,
# quotation marks ("… à lui paraître urgente")
# An item of the order paper and its number where an excerpt begins: a number of two levels
# ("2.18 Deputy X of the Chief Minister regarding …", Jersey's questions), or an item's number
# with its first sub-item's after it ("7. LEAVE TO INTRODUCE 7.1. A Bill …", Tynwald's Keys);
# no title, as "145. löggjafarþing" and "12. Sitzung" are, nor a date ("1.10.2022").
_ITEM_NUMBERED = regex(
    r"(?P<item>\d{1,3})\.(?:\d{1,3}\.?[ \t]+[^\W\d]|[ \t].*?(?<!\S)(?P=item)\.\d{1,3}\.?[ \t])"
)
_CUT_LEAD = " \t.…-–—\"'«»„“‘’"


# The marks of a heading in Markdown before a title's line (a web copy saved as Markdown):
# printed in the front, no words of the title the header names.
_MARKDOWN_HEADING = regex(r"#{1,6}[ \t]+(?=\S)")


def _worded_title(units: list[Unit]) -> list[Unit]:
    """*units* with the run of one-word paragraphs that opens them, three or more, as one
    paragraph: a title printed a word a line with blank lines between ("STENOGRAPHIC" /
    "RECORD" / "OF" / "THE" / "SITTING"), whose words no other line of a head is alone."""
    run = len(list(itertools.takewhile(lambda unit: _word_line(unit.text), units)))
    if run < _WORD_RUN or run == len(units):
        return units
    lines = [line for unit in units[:run] for line in unit.lines]
    return [Unit(joined_text(lines), lines), *units[run:]]


def _word_line(text: str, words: int = 1) -> bool:
    """Whether *text* is a line of at most *words* words, all of letters of a script with case,
    which spaces its words (a line of Chinese is one such word however long)."""
    return len(text.split()) <= words and all(
        char.isupper() or char.islower() for char in text if not char.isspace()
    )


def _unruled(texts: list[str]) -> list[str]:
    """*texts*, a title's lines, without the rules printed between them (all of them where they are
    nothing else)."""
    return [text for text in texts if not _RULE_LINE.fullmatch(text.strip())] or texts


def _ruled_under(texts: list[str]) -> tuple[list[str], int]:
    """*texts*, a title's lines as printed, less the rules that close it ("Transcript of remarks"
    / "*****", a title underlined), and how many those are: furniture of the page, as the rule
    over an item's heading is; a rule between the title's lines stays printed among them."""
    rules = len(list(itertools.takewhile(lambda text: _RULE_LINE.fullmatch(text.strip()), reversed(texts))))
    return (texts[:-rules], rules) if 0 < rules < len(texts) else (texts, 0)


def _unmargined(texts: list[str]) -> tuple[list[str], str | None]:
    """*texts*, a header block's title lines, less what the layout sets in the right margin
    after a wide run of spaces where one of those is the document's code ("United Nations
    S/PV.9312" / "Security Council   Provisional"), and that code: the record's symbol, the rest
    its status ("Provisional", "Official Records"), neither the title's words."""
    columns = [_MARGIN.split(text.strip(), maxsplit=1) for text in texts]
    codes = [
        parts[1]
        for parts in columns
        if len(parts) > 1 and _CODE.fullmatch(parts[1]) and any(char.isalpha() for char in parts[1])
    ]
    if not codes:
        return texts, None
    return [parts[0] for parts in columns], codes[0]


def _caseless(char: str) -> bool:
    """Whether *char* is a letter of a script without case ("联合国", "安全理事会"), which opens a
    header block's line as a capital does."""
    return char.isalpha() and not char.isupper() and not char.islower()


def _roster_line(line: str) -> bool:
    """Whether *line* is a roster's field, its value run by dot leaders to a short entry with no
    sentence in it ("Председатель: г-н X . . . . . (Российская Федерация)", "President: Mr. X
    ...... (Northland)"): a recurring office before its colon is no label there."""
    leaders = LEADERS.search(line)
    tail = line[leaders.end() :].strip() if leaders else ""
    return bool(
        leaders
        and any(colon in line[: leaders.start()] for colon in ":：")
        and len(tail) <= _ROSTER_TAIL
        and tail[-1:] not in SENTENCE_STOPS
    )


# A contents page's entry: its title run by dot leaders to its page's number at the line's end
# ("Ministro de Transportes (X) .......... 4", "Hearing held on March 4, 2026....     1"). The
# leaders and the number hold no letter, so an entry is a line with a letter and that end: each
# asked apart, never a pattern trying every split of a long line.
_CONTENTS_END = regex(r"(?:\.[ ]?){5,}[ \t]*\d{1,4}[ \t]*\Z")
_CONTENTS_ENTRIES = 2  # entries at least that make a paragraph the record's contents


def _contents_entry(line: str) -> bool:
    """Whether *line* is a contents page's entry: a title with a letter, its leaders and its page."""
    return "\n" not in line and _CONTENTS_END.search(line) is not None and LETTER.search(line) is not None


def _contents(unit: Unit) -> bool:
    """Whether *unit* is a contents page at the record's head: two entries or more run by dot
    leaders to a page's number, as many as its other lines at least (a section's heading, an
    entry's title the wrap cut). Its names and offices are the contents', no labels."""
    entries = sum(1 for _, text in unit.lines if _contents_entry(text.strip()))
    return entries >= _CONTENTS_ENTRIES and 2 * entries >= len(unit.lines)


def _roll_open(text: str) -> bool:
    """Whether *text*, a roll's line of the head, leaves the roll open to the lines below it: its
    heading alone ("Anwesend:", "For the Prosecution:"), or its names cut by the wrap after a
    comma; not a roll whose names the line ends ("Present: Mayor J. Alder, … T. Moss")."""
    line = text.rstrip()
    field = re.search(r"[:：]\s*(?=\S)", line)
    return field is None or line[-1:] in ",;"


def _field_line(text: str) -> bool:
    """Whether *text*, a line under a line of the head's kinds, is a field of the head with its
    value (see _FIELD): no sentence of a speech, which ends on a word in lower case and its stop."""
    found = _FIELD.fullmatch(text.strip())
    if found is None:
        return False
    value = found.group("value").rstrip()
    words = value.split()
    said = value[-1:] in SENTENCE_STOPS and len(words[-1]) > 3 and lower_case(words[-1][0])
    return len(words) <= _FIELD_WORDS and not said


def _place_like(text: str) -> bool:
    """Whether *text*, a line beside a date's line, names the place: a few capitalised words
    (or a script's without case), a particle between them, with no figure and no stop of a
    sentence ("New York", "Washington, D.C.", "Palais des Nations, Geneva", "纽约")."""
    words = text.split()
    return (
        0 < len(words) <= _PLACE_WORDS
        and all(word[:1].isupper() or _caseless(word[:1]) for word in (words[0], words[-1]))
        and all(word[:1].isupper() or word in _PLACE_PARTICLES for word in words[1:-1])
        and not any(char.isdigit() for char in text)
        and text.rstrip()[-1:] not in "!?:;"
    )


def _place_line(text: str) -> bool:
    """Whether *text*, a paragraph of its own beside the head's day, names the place: place-like
    words (see :func:`_place_like`) with a comma between them ("Москва, Кремль", "Riverside,
    California"); one word alone may be a heading there ("PRAYERS"), and a line ending on its
    comma goes on ("IV. Sitzung des Landtages," / "am 3. Mai 1871.")."""
    line = text.strip()
    return "," in line and not line.endswith(",") and _place_like(line)


def _field_value(text: str, field: re.Pattern[str] | None) -> str:
    """The value of *text*, a head's line, past the name of its field where it prints one, a
    word with a colon or a space after it ("장소 본회의장", "場所　第一委員室", "地点：北京"), not a
    phrase that is the value ("Chamber of the House", "Sala plenaria")."""
    found = field.match(text) if field else None
    name = found.group() if found else ""
    if name[-1:] in (":", "：") or (name[-1:].isspace() and not any(c.isspace() for c in name.strip())):
        return text[len(name) :].strip() or text
    return text


class HeadReading:
    """The parser's reading of the record's head: what it asks of the rest of the parser is
    declared below for the type checker."""

    if TYPE_CHECKING:
        config: Config
        matcher: LabelMatcher
        doc: Document
        source: Source
        lines: LineLabels
        _head_kinds: dict[str, str | None]  # the kind of each line asked as the head's
        _roll: dict[str, str]  # the kind of each line of a court's roll in the head
        _paged_openings: frozenset[int]  # the lines an excerpt's running head opens on
        # whether an English record prints a date in figures with the month first (an American
        # record's) or the day first, None where nothing tells (see month_first): read at the
        # parse's start
        _month_first: bool | None

        def _label(self, text: str, first_line: str | None = None) -> Candidate | None: ...
        def _field(self, cand: Candidate, line: str, stacked: bool = False) -> bool: ...
        def _opens_turn(self, unit: Unit, spoken: bool = False) -> Candidate | None: ...
        def _floor_given(self, text: str, following: list[Unit]) -> str | None: ...
        def announced_name(self, title: str) -> str | None: ...
        def _in_roll(self, units: list[Unit], index: int) -> bool: ...
        def _bare_paragraph(self, unit: Unit) -> bool: ...
        def _name_over_label(self, units: list[Unit], index: int) -> bool: ...
        def _heads_examination(self, text: str) -> bool: ...
        def _listed(self, units: list[Unit]) -> dict[int, Listed]: ...
        def _clock(self, text: str) -> bool: ...
        def _names_line(self, text: str) -> bool: ...
        def _full_name(self, text: str) -> bool: ...
        def _furniture(self, unit: Unit, kind: str) -> None: ...

    @functools.cached_property
    def _dates(self) -> dict[str, tuple[str, str] | None]:
        """The date found in each text asked (see :meth:`_find_date`)."""
        return {}

    def _find_date(self, text: str) -> tuple[str, str] | None:
        """The first date in *text*, read in the record's language and order of a date's figures;
        read once a text: the head's readers ask it of the same lines again (on the 28 sittings, 369
        questions of 147 texts)."""
        dates = self._dates
        if text not in dates:
            dates[text] = find_date(text, self.config, self.doc.lang, self._month_first)
        return dates[text]

    def _front(self, units: list[Unit]) -> list[Unit]:
        """Take the record's head before the first turn: the title and each line of a kind (a
        source, an archive, a date, the chair, the opening time, the hall) with the short lines
        between them; return the rest."""
        rest: list[Unit] = []
        title = self.doc.title
        units = self._date_rejoined(_worded_title(units))
        listed = self._listed(units)  # a listed speech's block opens a turn too
        first_turn = next(
            (
                i
                for i, u in enumerate(units)
                # a line giving the floor opens a turn under it ("Intervención del … Senador X:")
                if (i in listed and not self._listed_roll(units, i + listed[i].span - 1))
                or (
                    self._opens_turn(u)
                    and not self._never_turn(u)
                    and not self._chair_banner(units, i)
                    and not self._in_roll(units, i)
                    and not self._over_roll(units, i)
                    and not self._roster_entry(units, i)
                    and not self._cast_entry(units, i)
                    and not self._field_over_name(units, i)
                    and not self._name_over_label(units, i)
                    and not self._stacked_field(units, i)
                    and not self._held_fields(units, i)
                    and not self._field_of_speaker(units, i)
                )
                or self._floor_given(u.text, units[i + 1 : i + 2])
                # a heading naming whose speech follows opens it ("Intervention de M. le Maire")
                or (self.matcher.is_heading(u.text) and self.announced_name(u.text) is not None)
            ),
            len(units),
        )
        repeated = next((i for i in range(1, first_turn) if self._roll_repeated(units, i)), None)
        if repeated is not None:
            first_turn = repeated
            del self._roll[units[repeated].text.strip()]  # a label from here on, no roll's line
        block = self._title_block(units, first_turn)
        head_end = self._head_end(units, first_turn)
        if repeated is not None:  # the roll, the agenda and its item above the name: the head's
            head_end = max(head_end, repeated)
        for index, unit in enumerate(units):
            examination = self._heads_examination(unit.text)
            if index >= first_turn or rest or examination:  # front matter is the leading run, never
                rest.append(unit)  # reordered; "BY MR. SMITH:" opens the body: it names who asks
                continue
            unit = self._unclocked_unit(unit)
            if self._chair_banner(units, index):
                lines = unit.lines
                self._front_lines(
                    lines, ["presiding", *(self._head_kind(text) or "other" for _, text in lines[1:])]
                )
                continue
            if 0 < index < block:
                kind = self._head_kind(unit.text) or self._under_day(unit.text)
                self._front_lines([(unit.line, unit.text)], [kind or "other"])
                continue
            if self._cast_entry(units, index):  # "Секретарь — военюрист А. А. Батнер.": the cast's
                self._front_lines(unit.lines, ["list"] * len(unit.lines))
                continue
            if index and self._wrapped_sentence(unit):
                rest.append(unit)  # "En la Villa de X a" / "DIECISIETE DE …" / "siendo las …": the body's
                continue
            lines = self._flat_head(self._date_unwrapped(unit.lines))
            kinds = [front_kind(lines[0][1], self.config) or self._named_kind(lines[0][1])]
            kinds += [self._head_kind(text) for _, text in lines[1:]]
            if len(lines) > len(unit.lines):  # the flattened head's cut: what follows its date is no date's
                kinds[2:] = [kind or "other" for kind in kinds[2:]]
            heads = len(lines) <= 3 or self._header_block(lines) or self._titled_block(lines, kinds)
            if kinds[0] is None and self.doc.title is None and self._untitled() and heads:
                # A title, perhaps with a date on the next line: two facts, not one title.
                head = next((i for i, kind in enumerate(kinds) if kind), len(lines))
                # the spaces a layout sets between the parts of a head's line are one
                printed = _unruled([text for _, text in lines[:head]])
                texts, symbol = _unmargined(printed) if self._header_block(lines) else (printed, None)
                text = re.sub(" {2,}", " ", join_lines(texts))
                titled = re.sub(" {2,}", " ", join_lines([self._unpaged(line) for line in texts]))
                # the text opens mid-sentence, in lower case, whatever ends it ("à lui paraître
                # urgente … (Sourires au centre.)"): an excerpt, no title there
                cut = index == 0 and lower_case(text.lstrip(_CUT_LEAD)[:1])
                # an excerpt opening with the record's note of the sitting, unbracketed ("The
                # meeting was suspended at 11.30 a.m. …"): the body's stage, as between two turns
                noted = index == 0 and self.config.procedural.match(text) is not None
                # a live caption's change of speaker (">> THANK YOU. …"): the first turn, unnamed
                noted = noted or text.startswith(f"{CAPTION_MARK} ")
                if (
                    cut
                    or noted
                    or len(text) > 300
                    or self.config.opening.search(text)
                    or self._clock(text)
                    or _ITEM_NUMBERED.match(text) is not None
                    or PARENTHESIS.fullmatch(text.strip())
                    or BRACKETED_ONLY.fullmatch(text)
                    or (
                        self._speech_cut_above(text) and not self._front_before(units[index + 1 : first_turn])
                    )
                ):
                    # the record's first line, its clock ("09:00"), an item and its number, or a
                    # paragraph in brackets, which the body reads as a stage direction ("(allgemeine
                    # Unruhe – …)", "(10.00 am)", "[Dem Vorsitzenden wird …]" where an excerpt
                    # begins), the end of a speech cut above: never the title;
                    # in the head, the line of its kind (the opening time)
                    if index < head_end and not (cut or noted) and not self._speech_cut_above(text):
                        self._front_lines(lines, [self._head_kind(t) or "other" for _, t in lines])
                    else:
                        rest.append(unit)
                    continue
                self.doc.title, self.doc.symbol = _MARKDOWN_HEADING.sub("", titled, count=1), symbol
                shown, rules = _ruled_under([text for _, text in lines[:head]])
                self.doc.front.append(FrontLine("title", re.sub(" {2,}", " ", join_lines(shown)), unit.line))
                for number, text in lines[head - rules : head]:
                    self._furniture(Unit(text, [(number, text)]), "rule")
                if head < len(lines):
                    self._front_lines(lines[head:], kinds[head:])
                continue
            kinds[:1] = [
                kinds[0]
                or self._head_kind(lines[0][1])
                or self._under_day(lines[0][1])
                or self._above_day(units[index : index + 2])
            ]
            if any(kinds):
                self._front_lines(lines, kinds)
            elif any(LEADERS.search(text) for _, text in lines):  # a roster: "Members: Albania …… Mr. X"
                self._front_lines(lines, ["list"] * len(lines))
            elif index < head_end and (
                not BRACKETED_ONLY.fullmatch(unit.text) or self._dated_below(units[index + 1 : first_turn])
            ):
                # a line of the head between its facts: "Prayers", "Serial No. 12"; a note in
                # brackets ("[Open session]") is the record's, as the lines below it; the lines
                # under a roll's heading are the roll's, each its own ("Anwesend:" / "RM Anna
                # Beispiel (CDU)" / "RM Max Muster (SPD)", "For the Prosecution:" / "Mr. Daniel Osei")
                if self._under_roll():
                    self._front_lines(lines, ["list"] * len(lines))
                elif self._head_field(unit.first_line):  # each field its line, its names' wrap joined
                    self._front_lines(lines, ["other", *[None] * (len(lines) - 1)])
                else:
                    self._front_lines([(unit.line, unit.text)], ["other"])
            else:
                rest.append(unit)
        if not rest:  # nothing but front matter: it is the text, kept in the body
            self.doc.title, self.doc.front = title, []
            return list(units)
        self._name_coded_title()
        # a date under a cover's field for the day ("On" / "24th April 1990") is the sitting's,
        # before any the title names (an inquest's "… DISASTER ON THE 15TH APRIL, 1989")
        field = self.config.head.get("day_field")
        texts = [
            below.text
            for above, below in itertools.pairwise(self.doc.front)
            if field and below.kind == "date" and field.fullmatch(above.text.strip().rstrip(":"))
        ]
        texts += [self.doc.title or ""]
        texts += [f.text for f in self.doc.front if f.kind != "title" and dates_the_meeting(f.kind)]
        opening = [u.text for u in itertools.takewhile(lambda u: not self._label(u.text, u.first_line), rest)]
        before = itertools.accumulate((len(text) for text in opening), initial=0)  # characters before each
        # the first of them, and past them a date alone on its line, as a hearing's cover prints it
        # far down ("JULY 20, 2005")
        for text, at in zip(opening, before, strict=False):  # *before* has one more: the end
            if at < _DATE_SPAN or self._date_line(text.strip()):
                texts.append(text)
        # past them the running heads taken off as furniture, which print the sitting's date on
        # every page ("Reichstag. — 112. Sitzung. Mittwoch den 4. Dezember 1929.      3517"): an
        # excerpt of one page may print it nowhere else
        texts += [item.text for item in self.doc.furniture if item.pattern == "running-head"]
        first = None  # the first date, taken if every date closes a span
        for text in texts:
            found = self._find_date(text[:_DATE_SPAN])
            first = first or (found and self._span_start(text, found))
            if found and not self._span_end(text, found[1]) and not self._span_opens(text, found[1]):
                first = found
                break
        first = first or self._yearless_date(texts)
        if first:
            self.doc.date, self.doc.date_text = first
        self.doc.place = self.doc.place or self._head_place()
        return rest

    def _yearless_date(self, texts: list[str]) -> tuple[str, str] | None:
        """The day and month of a line of *texts* that prints no year ("Måndagen den 5 Maj",
        "Lördagen den 30 mars, e. m."), in the year a short line above it prints ("1890. Andra
        Kammaren. N:o 38."), as the Swedish Riksdag's protocols head each sitting; a session's
        two years ("Riksdagens protokoll 2022/23:45") give a month before July to the second,
        the session opening in the autumn. ``None`` where no such pair stands in the head."""
        year, session = 0, False
        for text in texts:
            line = " ".join(text.split())
            if not year:
                printed = _YEAR.search(line) if len(line) <= _HEAD_LINE else None
                if printed:
                    year, session = int(printed.group()), bool(_SESSION.match(line, printed.end()))
                continue
            if len(line) > _DATE_LINE:
                continue
            day = line.split(",")[0]
            found = self._find_date(f"{day} {year}")
            if found and found[1].endswith(str(year)):
                if session and int(found[0][5:7]) < _SESSION_TURN:
                    return f"{year + 1}{found[0][4:]}", found[1].removesuffix(str(year)).rstrip(" .,")
                return found[0], found[1].removesuffix(str(year)).rstrip(" .,")
        return None

    def _date_rejoined(self, units: list[Unit]) -> list[Unit]:
        """*units* with a short paragraph of the head that ends a date the paragraph above cut
        joined to it ("… DE MARZO DE DOS MIL" / "VEINTITRÉS.", a copy that set each line of the
        head a paragraph): one fact, the date, whose last word had opened a turn as a label with
        its stop. Read over the head's span only."""
        joined: list[Unit] = []
        span = 0
        for index, unit in enumerate(units):
            span += len(unit.text)
            if span > _DATE_SPAN:
                return [*joined, *units[index:]]
            above = joined[-1] if joined else None
            if (
                above is not None
                and len(above.text) <= _HEAD_LINE
                and len(unit.text) <= _HEAD_LINE
                and self.config.cuts_date(above.lines[-1][1], unit.first_line)
            ):
                lines = [*above.lines, *unit.lines]
                joined[-1] = Unit(joined_text(lines), lines)
            else:
                joined.append(unit)
        return joined

    def _date_unwrapped(self, lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
        """*lines* with a line that breaks inside a date joined to the next ("… DE OCTUBRE DE DOS
        MIL" / "DOCE."): one fact, the date, which the wrapped line had read as the year two
        thousand and the rest as another line of the head."""
        joined = list(lines[:1])
        for line, text in lines[1:]:
            if self.config.cuts_date(joined[-1][1], text):
                joined[-1] = (joined[-1][0], f"{joined[-1][1].rstrip()} {text.lstrip()}")
            else:
                joined.append((line, text))
        return joined

    def _flat_head(self, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """*lines*, where they are one line, the head a web copy flattened ("Plenary sitting No. 12
        Tuesday, 3 March 2015 Chair: Ms X, Speaker"), cut before the weekday that opens its date
        and after the date: the title, the date and what follows, each a line of its own, as the
        printed head sets them. A date a word in lower case leads to ("Sitting of Tuesday, …",
        "gehouden op donderdag …"), or a dateline's place before its comma ("Berlin, Donnerstag,
        den …"), is no such cut."""
        weekday, goes_on = self.config.head.get("weekday"), self.config.head.get("title_goes_on")
        found = self._find_date(lines[0][1]) if len(lines) == 1 and weekday else None
        if found is None or weekday is None:
            return lines
        number, text = lines[0]
        at = text.find(found[1])
        day = next((m for m in weekday.finditer(text, 0, at) if _DAY_LEAD.fullmatch(text, m.end(), at)), None)
        title = text[: day.start()].rstrip() if day else ""
        if (
            day is None
            or len(title.split()) < _LINE_WORDS
            or not title[-1:].isalnum()
            or text[day.start() - 1 : day.start()] not in (" ", "\t")
            or lower_case(title.split()[-1][0])
            or (goes_on and goes_on.search(title))  # in capitals too: "TORNATA DI", "SEANCE DU"
        ):
            return lines
        end = at + len(found[1])
        tail = text[end:].strip()
        parts = [title, text[day.start() : end], *([tail] if tail and text[end : end + 1].isspace() else [])]
        if len(parts) == 2 and tail:  # the date's words run on: "… 2015." keeps its stop
            parts[1] = text[day.start() :].strip()
        return [(number, part) for part in parts]

    def _name_coded_title(self) -> None:
        """Where the title is a document's code ("AS (2017) CR 19", "S/PV.4552"), the record's
        title is that code with the title's lines printed under it ("2017 ORDINARY SESSION" /
        "(Third part)" / "Nineteenth sitting"), which name the sitting; the code is its symbol."""
        front = self.doc.front
        at = next((i for i, line in enumerate(front) if line.kind == "title"), None)
        if at is None or not _CODE.fullmatch(front[at].text.strip()):
            return
        under = list(itertools.takewhile(lambda line: line.kind == "other", front[at + 1 :]))
        if any(char.isalpha() for char in front[at].text):  # a code, not a date ("1996-03-14")
            self.doc.symbol = self.doc.symbol or front[at].text.strip()
        if under:
            self.doc.title = " ".join([front[at].text.strip(), *(line.text.strip() for line in under)])

    def _unclocked_unit(self, unit: Unit) -> Unit:
        """*unit* with the margin clock a copy of the page glued before its first line set on a
        line of its own ("09.05.02Beginn der Sitzung: 9.05 Uhr", the Austrian Nationalrat's): the
        clock is no word of the line whose kind its words name."""
        first = unit.first_line
        stamp = self.config.timestamp.match(first) if first[:1].isdigit() else None
        if stamp is None or ":" in stamp.group() or not first[stamp.end() :].strip():
            return unit
        lines = [(unit.line, stamp.group().strip()), (unit.line, first[stamp.end() :]), *unit.lines[1:]]
        return Unit(unit.text.replace(first, "\n".join(text for _, text in lines[:2]), 1), lines)

    def _span_end(self, text: str, words: str) -> bool:
        """Whether the date *words* of *text* close a span ("14th February to 26th February,
        1946"): a volume's or a session's, not the sitting's day."""
        until = self.config.head.get("until")
        at = text.find(words)
        return bool(until and at > 0 and until.search(text[:at]))

    def _span_opens(self, text: str, words: str) -> bool:
        """Whether the date *words* of *text* open a span whose last day is printed in full after
        it ("(6 mars 1979 au 18 juin 1980)", a session's under its number): the session's first
        day, not the sitting's, which a line below may give."""
        until = self.config.head.get("until")
        rest = text[text.find(words) + len(words) :]
        after = self._find_date(rest) if until else None
        return bool(until and after and until.search(rest[: rest.find(after[1])]))

    def _span_start(self, text: str, found: tuple[str, str]) -> tuple[str, str]:
        """The date *found* in *text*, or where it closes a span the span's first day, which
        prints its month or its year only with the last ("vom 5. November bis 12. Dezember 1922",
        "5 to 12 December 1922"): a congress's or a session's record opens on its first day."""
        iso, words = found
        until = self.config.head.get("until")
        at = text.find(words)
        cut = until.search(text[:at]) if until and at > 0 else None
        if cut is None:
            return found
        before = text[: cut.start()].rstrip()
        tail = before[-_SPAN_TAIL:]
        start = self._find_date(f"{tail} {iso[:4]}")
        if start and start[1].rstrip().endswith(iso[:4]) and start[0] <= iso:
            return start[0], start[1].removesuffix(iso[:4]).rstrip()
        # a day alone before a word's "to" ("5 to 12 December"), not before a dash, which a
        # running head sets between its day's number and its date ("DAY 5 – 14 MARCH 2019")
        day = re.search(r"(?<!\d)(\d{1,2})\.?$", tail)
        worded = any(char.isalpha() for char in cut.group())
        if day and worded and 0 < int(day.group(1)) < int(iso[8:]):
            return f"{iso[:8]}{int(day.group(1)):02d}", day.group(1)
        return found

    def _head_place(self) -> str | None:
        """The place the head prints: before the date of a dateline, or a line naming the hall;
        a line "Place: …" of the source chain names it for certain (read with the chain)."""
        if any(line.kind == "place" and chain_kind(line.text, self.config) for line in self.doc.front):
            return None
        for line in self.doc.front:
            if line.place:
                return line.place
            if line.kind == "place" and not _COLON.search(line.text.strip()[-1:]):
                # its stop goes, not an abbreviation's ("Washington, D.C."); a field's heading
                # alone, its value below ("Held at:", "Held at:   Tenue à:"), names no place
                text = _field_value(line.text.strip().strip("()[]"), self.config.head.get("place"))
                return text[:-1] if text.endswith(".") and not text[-2:-1].isupper() else text
        return None

    def _unpaged(self, text: str) -> str:
        """*text*, a title's line, less the page's number a copy keeps in its right margin after
        a wide run of spaces (the head's ``margin_page``: "Fővárosi Törvényszék      3. oldal")."""
        page = self.config.head.get("margin_page")
        found = _RIGHT_MARGIN.search(text.strip())
        if page is None or found is None or not page.fullmatch(found.group("right")):
            return text
        return text.strip()[: found.start()]

    def _header_block(self, lines: list[tuple[int, str]]) -> bool:
        """Whether *lines*, one paragraph, are a record's header block: short lines, each opening
        with a capital or a figure, none a sentence, and one of them the date ("Security Council"
        / "9000th meeting" / "Monday, 3 April 2023, 10 a.m." / "New York")."""
        texts = [" ".join(text.split()) for _, text in lines]  # a layout's runs of spaces are one
        dated = [bool(self._date_line(text)) for text in texts]
        return any(dated) and all(
            len(text) <= BLOCK_LINE
            and (text[:1].isupper() or text[:1].isdigit() or _caseless(text[:1]))
            and (date or text[-1:] not in SENTENCE_STOPS)
            for text, date in zip(texts, dated, strict=True)
        )

    def _wrapped_sentence(self, unit: Unit) -> bool:
        """Whether *unit*, a paragraph of the head read one a line, is one sentence a hard wrap
        cut over three lines or more, a date among them: an acta's opening ("En la Villa de X a" /
        "DIECISIETE DE OCTUBRE DE DOS MIL" / "DOCE," / "siendo las 19.00 horas, se reunieron" / …
        "citados."), no line of the head and no date's line with the rest run on to it. Its first
        line ends no sentence and has no kind, a line below opens in lower case, its stop ends it."""
        texts = [text.strip() for _, text in unit.lines]
        return (
            len(texts) >= _SENTENCE_LINES
            and texts[0][-1:] not in SENTENCE_STOPS
            and texts[-1][-1:] in SENTENCE_STOPS
            and any(lower_case(text[:1]) for text in texts[1:])
            and self._head_kind(texts[0]) is None
            and sum(text[-1:] in SENTENCE_STOPS for text in texts) == 1
        )

    def _speech_cut_above(self, text: str) -> bool:
        """Whether *text*, an excerpt's first paragraph, reads as the end of a speech cut above it:
        two sentences of speech or more (see :meth:`_spoken_sentences`), a sentence ended by its
        stop that opens in lower case, or one in Mixed case with no number in it ("Vielen Dank.",
        "Paldies."; see :meth:`_spoken_word`), unlike a title ("HOUSE OF
        COMMONS.", "Vormittagssitzung.", "… 5. März 2020.", a company's "… Vlietgroep N.V.")."""
        text = text.strip()
        caption = self.config.head.get("caption")
        if caption and caption.match(text):  # "UNITED STATES OF AMERICA v. JULIUS X, et al."
            return False
        if self._spoken_sentences(text):  # however it ends: a copy may drop the last stop
            return True
        # the hall's note after the last sentence is no title's end: "… amendements.
        # (Applaudissements sur des travées …)"; a title's own note is no event ("Compte rendu
        # intégral. (Séance du 3 mai 2011)", "Official Report. (Hansard)")
        note = _NOTE_AT_END.search(text)
        if note and note.start() and stage_type(note.group().strip()[1:-1], self.config):
            text = text[: note.start()]
        # a script without case: the Han or Arabic full stop ends a sentence, never a title
        # ("所以我們支持這項議案。"), as three words or more ended by a stop do ("ولهذا نرفض هذا
        # المشروع."); a line naming the house or its sitting is the title, its stop printed
        # ("مجلس النواب - محضر الجلسة العادية الثانية.")
        if (
            uncased(text)
            and not any(char.isdigit() for char in text)
            and not self.config.chambers.search(text.casefold())
            and (
                text[-1:] in _CASELESS_STOPS or (text[-1:] == "." and len(text.split()) >= _CASELESS_SENTENCE)
            )
        ):
            return True
        if text[-1:] not in SENTENCE_STOPS or not any(lower_case(char) for char in text):
            return False
        if _COMPANY_FORM.search(text):
            return False  # "Notulen van de Algemene Vergadering van X N.V.": a company's title
        if lower_case(text[0]):
            return True
        if any(char.isdigit() for char in text):  # a sitting's number or date: "…, 8 августа."
            return False
        if len(text.split()) == 1:  # one word: a sentence opener ("Paldies."), not a heading
            return self._spoken_word(text)
        return True

    def _spoken_sentences(self, text: str) -> bool:
        """Whether *text*, a paragraph, holds two sentences of speech or more, figures or not ("In
        1998 we were told the same. That is money we do not have."): each of several words, half
        of them or more in lower case, ended by a stop after a word (no abbreviation) or after a
        year that follows a word in lower case ("… bis spätestens 2024. Welche …"), as no title's phrases
        are ("Sitzung vom 3. Mai 1911", "Deutscher Bundestag. Stenografischer Bericht.")."""
        # the record's notes in brackets are no speech: "… 41. ülése 1946. (Az ülés … kezdődött.)"
        text = _BRACKETED.sub(" ", text)
        cuts = [0]
        for found in _SENTENCE_END.finditer(text):
            word = found.group("word")
            if word.isdigit():  # a year or a sum ending the sentence: "… bis spätestens 2024. Welche …"
                before = text[: found.start()].split()[-1:]
                ended = len(word) >= 2 and bool(before) and before[0].isalpha() and lower_case(before[0][0])
            else:
                ended = lower_case(word[-1]) and self.config.stop_ends_sentence(word)
            if ended:
                cuts.append(found.end())
        cuts.append(len(text))
        spoken: list[int] = []  # the words of each sentence of speech
        for start, end in itertools.pairwise(cuts):
            words = [word for word in text[start:end].split() if any(char.isalpha() for char in word)]
            lower = sum(lower_case(word.lstrip(_CUT_LEAD)[:1]) for word in words)
            if len(words) >= _SHORT_SENTENCE and 2 * lower >= len(words):
                spoken.append(len(words))
        # a short one beside a longer ("Danke, das genügt. Ich beantrage für uns eine Pause …")
        return len(spoken) >= 2 and max(spoken) >= _SENTENCE_WORDS

    def _spoken_word(self, word: str) -> bool:
        """Whether *word*, with its stop, is a sentence of a speech rather than a heading: a
        sentence opener of some language (a short excerpt's language may be misread: "Благодаря."
        read as Russian, "Gràcies." as Italian), or a word the record's speeches say again
        before more words on the line ("Faleminderit." above "…: Faleminderit, zoti kryetar."),
        as no title's word is said."""
        if label_key(word) in self.config.any_openers:
            return True
        bare = word.rstrip(SENTENCE_STOPS)
        said = re.compile(rf"(?<![^\W\d_]){re.escape(bare)}[,.!?;][ \t]+\S", re.IGNORECASE)
        return bool(bare) and self.source.held.search(said)

    def _front_before(self, units: Sequence[Unit]) -> bool:
        """Whether a line of front matter (a source, an archive, a date) stands among *units*."""
        return any(
            front_kind(text, self.config) or self._date_line(text) for unit in units for _, text in unit.lines
        )

    def _untitled(self) -> bool:
        """Whether the head may still take its title: nothing but a source or an archival
        reference above it ("РГАСПИ. Ф. 17. …" / "Стенограмма")."""
        return all(line.kind in ("source", "archive") for line in self.doc.front)

    def _titled_block(self, lines: list[tuple[int, str]], kinds: list[str | None]) -> bool:
        """Whether *lines*, the first paragraph, are a title of a few short lines over a line of
        the head's kinds ("DIARIO DE SESIONES …" / "Sesión plenaria núm. 42" / "celebrada el
        martes, 12 de marzo de 2024"), or of more lines of a word or two each, as a narrow column
        prints it ("STENOGRAPHIC" / "RECORD" / "OF THE" / "PLENARY" / "SITTING"): the title is the
        lines above that line."""
        head = next((i for i, kind in enumerate(kinds) if kind), len(lines))
        above = [text for _, text in lines[:head]]
        worded = head <= _WORDED_LINES and all(_word_line(text, _LINE_WORDS) for text in above)
        return (
            head > 0 and (head <= _TITLE_LINES or worded) and all(len(text) <= BLOCK_LINE for text in above)
        )

    def _head_kind(self, text: str) -> str | None:
        """The kind of *text*, a line of the record's head above its first turn: a kind of front
        matter, a date, an archival reference by its shape ("РГАСПИ. Ф. 17. Оп. 2. Д. 573"), the
        heading or field that names the chair ("Présidence de M. X", "Voorzitter: Van Dalen"),
        the sitting's opening time ("Beginn: 9.00 Uhr", "Se abre la sesión a las nueve"), the
        hall, the printer's imprint; None for another line. Each line is asked in more than one
        pass over the head (a text with no turn is all head): answered once."""
        if text not in self._head_kinds:
            self._head_kinds[text] = self._read_head_kind(text)
        return self._head_kinds[text]

    def _read_head_kind(self, text: str) -> str | None:
        kind = front_kind(text, self.config) or self._date_line(text)
        line = text.strip()
        if not kind and line in self._roll:  # a roll's line, however long its list of names
            return self._roll[line]
        if kind or len(line) > _KIND_LINE:
            return kind
        bare = line.lstrip("([")
        if archival(bare, self.config):
            return "archive"
        if self.config.presiding.fullmatch(line):
            return "presiding"
        cand = self.lines.candidate(line)
        if cand and self._field(cand, line) and self.config.chairs.search(cand.name.casefold()):
            return "presiding"
        found = next(
            (kind for kind in _HEAD_KINDS if kind in self.config.head and self.config.head[kind].match(bare)),
            None,
        )
        if found in _SPOKEN_KINDS and self._roll_spoken(bare):
            # "Counsel Assisting: Commander, when did you …?": counsel's turn; "COMMISSIONER: Mr
            # Mokoena, what did he tell you?": the chair's, no field naming the chair
            found = None
        if found == "place" and self._find_date(line):
            return "date"  # the hall and the day: "Сесійний зал … України. 26 травня 1994 року"
        if found is None and self._hall_after_building(bare):
            return "date"
        if found:
            return "other" if found in _OTHER_KINDS else found  # the record's name: the title's line
        gap_field = self.config.head.get("gap_field")
        if _NUMBERED_FIELDS.fullmatch(line) or (gap_field and gap_field.match(line)):
            return "field"
        if self.config.opening.search(line) and self._label(line) is None:
            return "time"  # the chair's own "M. le président. La séance est ouverte." is a turn
        return None

    def _roll_spoken(self, line: str) -> bool:
        """Whether the value after the colon of *line*, a roll's heading and its value by the
        words of `[head] list` ("Counsel Assisting: Ms L. Dunn SC and Mr K. Lee", "Present: …"),
        is speech, the heading the label of a turn: a question or a call ("Counsel Assisting:
        And what did you do then?"), thanks ("Thank you, Commissioner."), or a
        vocative alone before its comma and a clause in lower case, a pronoun's capital allowed
        ("Commander, when did you first learn of it.", "Commissioner, I call the next
        witness."), an office or a form of address ("Hale, with her learned friend Mr
        Ng." names counsel). A roll names counsel, their titles and who instructs them ("Mr A.
        Smith SC, instructed by …", "Gegenwärtig: Richterin am Amtsgericht X als …", "Present:
        President X; Vice-President Y", the offices no salutation): it asks and thanks no one."""
        parts = _COLON.split(line, maxsplit=1)
        value = parts[1].strip() if len(parts) > 1 else ""
        words = value.split()
        if not words:
            return False
        if any(mark in _ASKED for mark in value) or opens_with(value, self.config.thanks):
            return True
        vocative, clause = words[0], words[1 : 1 + _CLAUSE_WORDS]
        called = vocative.removesuffix(",")  # an office or a form of address, no counsel's surname
        return (
            vocative.endswith(",")
            and vocative[:1].isupper()
            and (office_or_title(called, self.config) or label_key(called) in self.config.salutations)
            and len(clause) == _CLAUSE_WORDS
            and all(word[:1].islower() or word.casefold() in self.config.any_clause_words for word in clause)
            and value[-1] in SENTENCE_STOPS
        )

    def _named_kind(self, text: str) -> str | None:
        """The kind of *text*, the text's first line, when its words or shape name one; a date
        there is the title's ("Tweede Kamer. 12de Vergadering. 3 November 1918")."""
        kind = self._head_kind(text)
        return kind if kind in _NEVER_TURNS else None

    def _chair_banner(self, units: list[Unit], index: int) -> bool:
        """Whether *units[index]* is the chair's office alone on its line, with no stop, over a
        heading with its hour, as a web copy of Ghana's Hansard prints who presides under the
        sitting's date ("MR FIRST DEPUTY SPEAKER" / "PRAYERS 12:33 p.m."): the head's, no turn."""
        unit = units[index]
        bare = self.matcher.bare(unit.first_line.strip())
        if bare is None or bare.punct or bare.time or not chair_office_alone(bare.name, self.config):
            return False
        if len(unit.lines) > 1:
            below = unit.lines[1][1]
        elif index + 1 < len(units):
            below = units[index + 1].first_line
        else:
            return False
        return self.matcher.is_heading(below.strip())

    def _roll_repeated(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index*, above the first turn, is a name alone that a roll above
        printed as one of its lines, under the agenda's items and over a paragraph of no roll: a
        committee's protocol prints its members as its labels are ("נוכחים" / "מאיר כהן" / … /
        "סדר היום" / … / "מאיר כהן" / "אני מבין …"), so the name's second printing opens the
        first turn."""
        unit = units[index]
        text = unit.text.strip()
        if index < 2 or index + 1 >= len(units) or len(unit.lines) != 1 or text not in self._roll:
            return False
        agenda = self.config.head.get("agenda")
        heading = next(
            (
                at
                for at in range(index - 2, max(index - 2 - _AGENDA_ITEMS, -1), -1)
                if agenda is not None and agenda.match(units[at].text.strip())
            ),
            None,
        )
        if heading is None or any(item.text.strip() in self._roll for item in units[heading + 1 : index]):
            return False  # no agenda's heading a few items above, or a name of the roll under it
        if units[index + 1].first_line.strip() in self._roll:
            return False  # the roll goes on below it
        if self._label(unit.text, unit.first_line) is None:
            return False
        return any(text in (line.strip() for _, line in above.lines) for above in units[:heading])

    def _over_roll(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index*, above the first turn, is a label alone, its whole
        paragraph, over a roll's heading ("D. MANUEL X." / "CONCEJALES:", an acta's margin set
        one line a paragraph): the name of the field above it, no speech of its own."""
        unit = units[index]
        cand = self._opens_turn(unit)
        below = units[index + 1] if index + 1 < len(units) else None
        return (
            cand is not None
            and below is not None
            and unit.text.strip() == cand.printed.strip()
            and self._head_kind(below.first_line) == "list"
        )

    def _roster_entry(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index*, above the first turn, is an entry of a roll headed alone
        on its line, a name, its dash and its role or firm on one short line, under the heading
        or another such entry ("Executives" / "Nora X - Chief Executive Officer" / "Analysts" /
        "Ben Y - Varden & Co.", an earnings call's roster): the head's list, no turn."""
        for at in range(index, -1, -1):
            unit = units[at]
            if len(unit.lines) != 1 or len(unit.text) > BLOCK_LINE:
                return False
            if at < index and self._head_kind(unit.text) == "list":
                return _roll_open(unit.text)
            cand = self._opens_turn(unit)
            if cand is None or cand.punct.strip() not in _ENTRY_DASHES:
                return False
        return False

    def _cast_entry(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index*, above the first turn, is an entry of the cast the head
        lists one a line under no heading, an office, its dash and who holds it, or a paragraph of
        such entries, the first turn set off below them by its colon ("Председательствующий —
        армвоенюрист В. В. Ульрих." / "Секретарь — военюрист А. А. Батнер." / "Подсудимый
        Бухарин: Граждане судьи, …", a trial's bench and parties), the first entry an office
        a label's shape reads: the head's list, no turn; where the turns below take the dash too,
        the lines are turns."""
        low, high = _CAST_ENTRIES
        entries = self._dash_entries(units[index])
        if not entries:
            return False
        start = index
        while start > 0 and entries <= high and (above := self._dash_entries(units[start - 1])):
            start, entries = start - 1, entries + above
        end = index + 1
        while end < len(units) and entries <= high and (below := self._dash_entries(units[end])):
            end, entries = end + 1, entries + below
        if not low <= entries <= high or end == len(units):
            return False
        if self._label(units[start].first_line.strip()) is None:
            return False  # "Procès de Riom – Audience du 10 mars": the title's dash, no office's
        turn = self._opens_turn(units[end])
        return turn is not None and _COLON.fullmatch(turn.punct.strip()) is not None

    def _dash_entries(self, unit: Unit) -> int:
        """How many lines *unit* holds, each a short line of an office of a few words, its spaced
        dash and a few words after it with no question nor exclamation (a cast's entry, where the
        turns take no dash: "Члены суда — диввоенюристы X и Y."); 0 where a line is none."""
        for _, text in unit.lines:
            found = _CAST_LINE.fullmatch(text.strip()) if len(text) <= BLOCK_LINE else None
            value = found.group("value") if found else "?"
            if len(value.split()) > _CAST_WORDS or any(stop in value for stop in "?!"):
                return 0
            if not _holder(value):
                return 0  # "Председатель — Начнём, товарищи." / "Иванов — Я готов.": turns by the dash
        return len(unit.lines)

    def _field_over_name(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index*, above the first turn, opens with an office and its colon
        alone on the line over a name alone with no punctuation ("Conference Chair:" / "MAUREEN
        X", a head's lines set close): the field naming who holds the office, no speech, for no
        speech is a name alone."""
        unit = units[index]
        cand = self._opens_turn(unit)
        if (
            cand is None
            or not _COLON.fullmatch(cand.punct.strip())
            or unit.first_line.strip() != cand.printed.strip()
        ):
            return False
        below = (
            unit.lines[1][1]
            if len(unit.lines) > 1
            else units[index + 1].first_line
            if index + 1 < len(units)
            else ""
        )
        name = self.matcher.bare(below.strip())
        words = below.split()
        return (
            name is not None
            and not name.punct
            and not name.time
            and name.printed.strip() == below.strip()
            and MEMBER_WORDS[0] <= len(words) <= MEMBER_WORDS[1]
            and all(NAME_WORD.fullmatch(word) for word in words)
        )

    def _stacked_field(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index*, above the first turn, is one of two fields or more set one
        a line under the record's name or its case's line, each a word or a few and its colon and a
        short value with no stop ("الدعوى رقم: 1452 لسنة 2024" / "المدعي: خالد منصور" / "المدعى عليها:
        شركة …", a labour court's case and its parties): the caption's parties, no turn, though
        the party speaks below under the same word. A speech's reply ends with its stop; a short
        one has none ("TRANSCRIPT" / "MR SMITH: Yes" / "MS JONES: No", "محضر جلسة" / "س: …" /
        "ج: نعم"), so the fields hang from the case's own line, a field of the record's kind
        set first among them, with no blank line between."""
        if not self._unstopped_field(units[index]):
            return False
        above, top = index - 1, max(index - _STACKED_FIELDS, 0)
        while above >= top and self._unstopped_field(units[above]):
            above -= 1
        fields = index - above + int(index + 1 < len(units) and self._unstopped_field(units[index + 1]))
        if above < 0 or fields < 2 or self._head_kind(units[above].text) != "other":
            return False
        case = units[above + 1]
        set_together = all(units[k + 1].line == units[k].line + 1 for k in range(above + 1, index))
        return case is not units[index] and self._head_kind(case.text) == "other" and set_together

    def _held_fields(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index*, above the first turn, opens with a line of a block of
        fields each naming an office's holder and no more (``held_block``: "Председатель
        собрания: тов. Сидоров." / "Секретарь: тов. Кузнецова."), the block's lines one paragraph
        or each its own with no blank line between; the lines the paragraph goes on with are the
        head's when no stop ends them ("Protokolant: sekr. sąd. Anna Nowak" / "przy udziale
        prokuratora X"), a speech's sentence ends with its stop."""
        unit = units[index]
        texts = [text for _, text in unit.lines]
        above = units[index - 1] if index else None
        below = units[index + 1] if index + 1 < len(units) else None
        before = [above.lines[-1][1]] if above and above.lines[-1][0] + 1 == unit.line else []
        after = [below.first_line] if below and len(texts) == 1 and below.line == unit.line + 1 else []
        block, lang = [*before, *texts[:1], *after], self.doc.lang or ""
        if len(texts) > 1 and held_field(texts[1], self.config, lang):
            block = [*before, *texts]
            return all(held_block(block, k, self.config, lang) for k in range(len(before), len(block)))
        return held_block(block, len(before), self.config, lang) and all(
            text.rstrip()[-1:] not in SENTENCE_STOPS for text in texts[1:]
        )

    def _field_of_speaker(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index*, above the first turn, is a field naming a witness with
        the office after the name's comma, the name then printed as a label in the next few
        paragraphs ("Witness: Rebecca X, Parliamentary and Health Service Ombudsman." / "Q1 Chair:
        …" / "Rebecca X: Thank you …", a select committee's oral evidence): the head's field, the
        witness's voice below it."""
        unit = units[index]
        found = _FIELD.fullmatch(unit.first_line.strip())
        if found is None or len(unit.lines) > 1:
            return False
        name, comma, office = found.group("value").partition(",")
        words, described = name.split(), office.strip().rstrip(".").split()
        if not comma or not MEMBER_WORDS[0] <= len(words) <= MEMBER_WORDS[1]:
            return False
        if not all(NAME_WORD.fullmatch(word) for word in words) or not 0 < len(described) <= _OFFICE_WORDS:
            return False
        # the office's words capitalised but for the words joining them ("Parliamentary and
        # Health Service Ombudsman"): the chair giving the floor goes on in lower case ("Spika:
        # Onorebol X, yu gat toktok.", "Председательствующий: Свидетель X, расскажите …")
        joining = self.config.joining_words
        if not all(word[:1].isupper() or word.casefold() in joining for word in described):
            return False
        # the field's own word no voice: a chair's word or one printed as a label below is the
        # chair's turn calling the witness ("Chair: Rebecca X, Ombudsman." / "Rebecca X: Thank
        # you, Chair." / "Chair: …")
        key = found.string[: found.start("value")].rstrip(" \t:：")
        if self.config.chairs.search(key.casefold()):
            return False
        label = re.compile(rf"{re.escape(name.strip())}[ \t]*[:：]")
        voiced = re.compile(rf"{re.escape(key)}[ \t]*[:：]")
        ahead = units[index + 1 : index + 1 + _SPEAKER_AHEAD]
        below = [self._unprefixed(later.first_line.strip()) for later in ahead]
        return any(label.match(line) for line in below) and not any(voiced.match(line) for line in below)

    def _unprefixed(self, line: str) -> str:
        """*line* less what a record prints before its label (``prefix``: a select committee's
        question number, "Q12 Chair: …"; a speech's number, "Anf. 12 …")."""
        found = self.config.prefix.match(line)
        return line[found.end() :] if found else line

    def _unstopped_field(self, unit: Unit) -> bool:
        """Whether *unit* is one line, a field's name and its short value with no stop at its end,
        a name or a title: no word in lower case but the words joining others ("Q: Where were you
        born" is a question that lost its stop)."""
        text = unit.text.strip()
        if len(unit.lines) > 1 or text[-1:] in SENTENCE_STOPS or not _field_line(text):
            return False
        value = re.split("[:：]", text, maxsplit=1)[-1].split()
        joining = self.config.joining_words
        return all(not lower_case(word[:1]) or word.casefold() in joining for word in value)

    def _listed_roll(self, units: list[Unit], index: int) -> bool:
        """Whether the listed speech's block ending at *index* (a name over its office), above the first
        turn, is a roll's entry: the paragraph under it is another name alone, a roll's names or
        the head's day on its line, no speech ("Alex Beispiel" / "LOCATION" over "The Burns Room",
        "Ms X QC" / "Counsel appearing for the Board" over "Mr Y and Ms Z"); the chair's opening
        sentence is his speech ("… la séance est ouverte.")."""
        below = units[index + 1] if index + 1 < len(units) else None
        return below is not None and (
            self._bare_paragraph(below)
            or (len(below.lines) == 1 and self._head_kind(below.text) in _ROLL_OR_DAY)
        )

    def _never_turn(self, unit: Unit) -> bool:
        """Whether *unit*, above the first turn, opens with a line of the head that no label is,
        though its first words have a label's shape ("Председательствует Председатель … Смирнов.",
        "РГАСПИ. Ф. 17. …"): its shape or words say so, not an opening sentence, which the
        chair's first turn may say ("ELNÖK: … az ülést megnyitom")."""
        line = unit.first_line.strip()
        bare = line.lstrip("([")
        return bool(
            self._paged_opening(unit)
            or _roster_line(line)
            or archival(bare, self.config)
            or self.config.presiding.fullmatch(line)
            or any(self.config.head[kind].match(bare) for kind in _HEAD_KINDS if kind in self.config.head)
            or self._hall_after_building(bare)
        )

    def _paged_opening(self, unit: Unit) -> bool:
        """Whether *unit* opens with the running head an excerpt's first line prints, whose page
        number the reader took off (the sitting's date ending its words): the head's, though its
        house's name has a label's shape ("TWEEDE KAMER. 42ste VERGADERING. — 14 FEBRUARI 1935.
        1117", "REICHSTAG. — 12. SITZUNG. Dienstag den 5. Mai 1925. 237"); not a speaker's label with
        its colon, whose speech ends with the date a page number follows ("De VOORZITTER: Ik open
        de vergadering van 14 februari 1935. 2")."""
        if unit.line not in self._paged_openings:
            return False
        cand = self._label(unit.first_line.strip())
        return not (cand and cand.punct in (":", "："))

    def _roll_lines(self, unit: Unit) -> bool:
        """Whether *unit*'s lines may go on with a roll of who is present above them: short lines,
        none a sentence nor a heading ("P R O C E E D I N G S" opens the record below the roll)."""
        return all(
            len(text) <= BLOCK_LINE
            and text.rstrip()[-1:] not in SENTENCE_STOPS
            and not self.matcher.is_heading(text)
            for _, text in unit.lines
        )

    def _head_end(self, units: list[Unit], first_turn: int) -> int:
        """Where the record's head ends: after its last line of a kind (a date, the chair, the
        opening time …) among the short paragraphs that open the text above its first turn, so
        that the lines between (a cover's "HEARING" / "BEFORE THE") are the head's too; a
        paragraph of speech or a long one ends the head where it stands."""
        end = 0
        roll = False  # under a roll's heading ("Anwesend:", "Court Reporters:"): its lines are the head's
        bare = False  # under a roll's heading with no colon ("出席議員"), perhaps past the chair's line
        chair = ""  # the head's sentence naming the chair, while the wrap may go on with it
        day = False  # the paragraph above is the head's line of the day or the hour
        agenda = False  # under the agenda's heading ("סדר היום", "Ordre du jour"): its items are the head's
        heading = self.config.head.get("agenda")
        for index, unit in enumerate(units[:first_turn]):
            kinds = [self._head_kind(text) for _, text in unit.lines]
            if agenda and end == index and not any(kinds) and len(unit.text) <= _HEAD_LINE:
                end = index + 1
                continue
            agenda = bool(heading and heading.match(unit.lines[-1][1].strip()))
            if day and end == index and len(unit.lines) == 1 and not any(kinds):
                kinds = [self._day_follower(unit.text)]  # "14 марта 2024 года" / "16:00" / "Москва, Кремль"
            day = len(unit.lines) == 1 and self._day_line(kinds[0], unit.text)
            if chair and end == index and self._goes_on(chair, unit.lines[0][1]):
                end = index + 1  # "Lucrările sînt prezidate de … Președintele" / "Parlamentului, …"
                chair += " " + unit.text.strip()
                continue
            chair = unit.text.strip() if kinds[-1:] == ["presiding"] else ""
            if any(kinds) or _roster_line(unit.first_line.strip()):  # "Members: Albania …… Mr. X"
                end = index + 1
                # the chair's line among the names of a roll headed with no colon ("出席議員" / "議長　森川
                # 晃" / "副議長 …") leaves it open
                opened = kinds[-1] == "list" and _roll_open(unit.lines[-1][1])
                bare = (opened and not _COLON.search(unit.lines[-1][1])) or (bare and kinds == ["presiding"])
                roll = opened or (roll and bare)
                continue
            if roll and (self._roll_lines(unit) or self._roster_entry(units, index)):
                end = index + 1  # "Ben Y - Varden & Co.": an entry, its firm's stop no sentence's
                continue
            if _contents(unit):  # "Ministro X ........ 4" / "Mociones": the record's contents
                end = index + 1
                continue
            if end == index and self._field_over_name(units, index):
                end = index + 1  # "Conference Chair:" / "MAUREEN X"
                continue
            if (
                end == index
                and index
                and self._head_field(unit.first_line)
                and all(self._names_line(text) for _, text in unit.lines[1:])
            ):
                end = index + 1  # "Voorzitter: X" / "Griffier : Y" / "Wethouders : Z, W"
                continue
            if end >= index - 1 and self._field_of_speaker(units, index):
                end = index + 1  # "Questions 1 - 24" / "Witness: Rebecca X, Ombudsman."
                continue
            if end == index and self._stacked_field(units, index):
                end = index + 1  # "الدعوى رقم: 1452 …" / "المدعي: X" / "المدعى عليها: Y"
                continue
            if end >= index - 1 and self._opens_turn(unit) and self._held_fields(units, index):
                # "Председатель собрания: тов. Сидоров." / "Секретарь: тов. Кузнецова.", which the
                # label's reading took for a turn: the head's (the fields it reads as none stay put)
                end = index + 1
                continue
            roll = False  # the roll ends where a line of another shape stands
            if end >= index - 1 and index and self._cut_above(units[index - 1], unit):
                # the first line (the title's) or the head's, its wrap cut: "Désignation de
                # présidents des" / "commissions permanentes de" / "l'Assemblée nationale"
                end = index + 1
                continue
            if end == index and _HEAD_RULE.fullmatch(unit.text.strip()):
                end = index + 1  # the rule under the head's fields ("NAME: …" / "DAY: 2" / "-----")
            elif len(unit.text) > _HEAD_LINE or (
                self._speech_cut_above(unit.text) and not self._lead(units, index)
            ):
                break
            elif BRACKETED_ONLY.fullmatch(unit.text) and not self._dated_below(units[index + 1 : first_turn]):
                break  # a note of the record's ("[Open session]"), unless the day is still to come
        return end

    def _lead(self, units: list[Unit], index: int) -> bool:
        """Whether *units[index]*, a sentence right under the title, is the head's lead, the one
        sentence a web page prints to say what the event was, over the day's line alone
        ("Заседание Совета …" / "Владимир Путин провёл заседание Совета …" / "14 марта 2024
        года"): no end of a speech."""
        below = units[index + 1 : index + 2]
        return (
            index == 1
            and not self._spoken_sentences(units[index].text)
            and len(below) == 1
            and len(below[0].lines) == 1
            and self._head_kind(below[0].text) == "date"
        )

    def _cut_above(self, above: Unit, unit: Unit) -> bool:
        """Whether *unit*, a short paragraph of no kind of its own, goes on the head's paragraph
        *above*, which its wrap cut on an article, a preposition or a conjunction (``[head]
        title_goes_on``), a blank line between them in a copy of the page: a title's lines."""
        ends = self.config.head.get("title_goes_on")
        line = unit.first_line.strip()
        return bool(
            ends
            and ends.search(above.text.rstrip())
            and len(unit.text) <= _HEAD_LINE
            and line[-1:] not in SENTENCE_STOPS
            and not self._speech_cut_above(unit.text)
        )

    def _under_roll(self) -> bool:
        """Whether the head's last lines are a roll's, the chair named among its names ("出席議員" /
        "議長　森川　晃"): a line of no kind below is the roll's too ("副議長　田村　一郎")."""
        lines = list(itertools.dropwhile(lambda line: line.kind == "presiding", reversed(self.doc.front)))
        if len(lines) == len(self.doc.front):
            return bool(lines) and lines[0].kind == "list"
        roll = list(itertools.takewhile(lambda line: line.kind == "list", lines))
        return bool(roll) and not _COLON.search(roll[-1].text)  # its heading, no field: "出席議員"

    def _head_field(self, text: str) -> bool:
        """Whether *text* is a field of the head naming who holds an office ("Griffier : P.
        Huijs", "Wethouders: de heer K. Smulders") with no stop but after a name in full
        ("Secretaría: Jaquelina X."), no agenda's item ("Item 4: Budget amendment") nor a roll's
        sentence ("Members in attendance: Senators X, Y.")."""
        value = re.split("[:：]", text, maxsplit=1)[-1]
        full = value.strip().endswith(".") and self._full_name(value.strip()[:-1])
        return _field_line(text) and (self._names_line(value) or full)

    def _dated_below(self, units: Sequence[Unit]) -> bool:
        """Whether a date's line stands among *units*, the short paragraphs above the first turn
        below a line in brackets: that line is the head's ("2017 ORDINARY SESSION" / "(Third part)"
        / "Nineteenth sitting" / "Monday 26 June 2017 at 11.30 a.m."), not a note of the sitting,
        which the record prints under its day."""
        for unit in units:
            if len(unit.text) > _HEAD_LINE or self._speech_cut_above(unit.text):
                return False
            if any(self._head_kind(text) == "date" for _, text in unit.lines):
                return True
        return False

    def _title_block(self, units: list[Unit], first_turn: int) -> int:
        """How many units open the text as one block of short lines under the title, set off from
        the text by a blank line, where each line is a unit (one paragraph a line): the title's
        block, its other lines front matter ("令和五年一月二十五日", a date in a calendar not read
        as one), none of them a sentence; 0 where there is no such block."""
        end = 1
        while (
            end < first_turn
            and units[end].line == units[end - 1].lines[-1][0] + 1
            and len(units[end].text) <= BLOCK_LINE
            and not self.config.opening.search(units[end].text)
            and not self._clock(units[end].text)
            and (units[end].text.rstrip()[-1:] not in SENTENCE_STOPS or self._date_line(units[end].text))
        ):
            end += 1
        after = units[end].line if end < len(units) else None
        set_off = after is None or after > units[end - 1].lines[-1][0] + 1
        return end if end > 1 and set_off and len(units[0].lines) == 1 else 0

    def _date_line(self, text: str) -> str | None:
        """``date`` for a short line that gives a date ("Wednesday 5 February 2020"), as wide as
        such a line in Latin letters (a Chinese or Japanese character takes two columns: a
        sentence that names a day, "被告人は、令和四年五月一日、東京都内において…", is none); the
        place or the hour after the day and a comma, where the line ends, is no part of its width
        ("held on Wednesday 13 September 2023, at 10 a.m., at the Peace Palace,", a court's
        cover; "Reichstag. 41. Sitzung. Donnerstag, den 9. März 1911, nachmittags 1 Uhr.")."""
        text = " ".join(text.split())  # the spaces a layout sets between a place and its date are one
        dated, comma, place = text.rstrip(",").rpartition(",")
        placed = (
            comma
            and text[-1:] in ",."  # the line ends there, no wrap of a longer sentence
            and text.count("(") == text.count(")")  # nor of a bracket's: "(Αθήνα, σήμερα στις … 9.08΄,"
            and len(place.split()) <= _DATE_PLACE_WORDS
            and columns(place) <= _DATE_PLACE
        )
        for words in (text, dated if placed else ""):
            if words and len(words) <= _DATE_LINE and columns(words) <= _DATE_LINE and self._find_date(words):
                return "date"
        return None

    def _front_lines(self, lines: Sequence[tuple[int, str]], kinds: list[str | None]) -> None:
        kinds = [
            kind or (self._beside_kind(lines[at][1]) if self._beside_date(kinds, at) else None)
            for at, kind in enumerate(kinds)
        ]
        lines, kinds = self._fields_parted(lines, kinds)
        roll = False  # a line of the roll's above in this paragraph: its lines below are the roll's
        ruled = False  # a rule right above: the line under it goes on no line above the rule
        for (number, text), kind in zip(lines, kinds, strict=False):
            roll = roll or kind == "list"
            if kind is None and roll:
                kind = "list"  # a line of the roll under its heading: one who sits or appears
            rule = bool(_RULE_LINE.fullmatch(text.strip()))
            if kind is None and (rule or ruled):
                kind = "other"  # "THURSDAY, 14 MARCH 2019" / "____" / "PROCEEDINGS OF …": three lines
            ruled = rule
            if kind in (None, "other") and self._chair_goes_on(text):
                self.doc.front[-1].text += " " + text.strip()  # the chair's sentence the wrap cut
                continue
            if kind in (None, "other") and self._title_goes_on(text):
                title = self.doc.front[-1]  # the title's line the wrap cut, a blank line between
                title.text = join_lines([title.text, text.strip()])
                self.doc.title = join_lines([self.doc.title or "", text.strip()]).strip()
                continue
            if kind is None and (self._head_field(text) or _FIELD_HEADING.fullmatch(text.strip())):
                # a field of its own, no line the wrap cut: "Griffier: X" / "Wethouders: Y", or a
                # field's heading over its value ("10.09.2013" / "Вопрос:" / "О проекте …")
                kind = "other"
            if kind is None and self.doc.front and self.doc.front[-1].kind not in _ALONE:
                self.doc.front[-1].text += " " + text  # a source's line the wrap cut
                continue
            self.doc.front.append(self._front_line(kind or "other", text, number))
        for front in self.doc.front:
            if front.kind == "source" and self.doc.source is None:
                self.doc.source = strip_lead(front.text, self.config, "source")
            elif front.kind == "archive" and self.doc.archive is None:
                self.doc.archive = parse_archive(strip_lead(front.text, self.config, "archive"), self.config)
            elif front.kind == "byline" and self.doc.author is None:
                self.doc.author = re.sub(r"^(?:by|автор:)\s+", "", front.text, flags=re.I).strip()

    def _fields_parted(
        self, lines: Sequence[tuple[int, str]], kinds: list[str | None]
    ) -> tuple[list[tuple[int, str]], list[str | None]]:
        """*lines* and their *kinds*, a line of two fields of the head each in its own
        (``Vorsitzende: Dr. Anna Beispiel, Schriftführer: Max Muster``): the chair's field and
        the roll's after a comma, each naming its persons as on lines of their own; the comma
        stays with the first, each part verbatim."""
        parted: list[tuple[int, str]] = []
        parted_kinds: list[str | None] = []
        for (number, text), kind in zip(lines, kinds, strict=False):
            while kind in _PARTED_FIELDS and (at := self._second_field(text)) is not None:
                parted.append((number, text[:at].rstrip()))
                parted_kinds.append(kind)
                text, kind = text[at:], self._head_kind(text[at:]) or "list"
            parted.append((number, text))
            parted_kinds.append(kind)
        return parted, parted_kinds

    def _second_field(self, text: str) -> int | None:
        """Where a second field of the head begins in *text* after a comma, one of a kind in
        _PARTED_FIELDS or one that names who holds an office (``…, Schriftführer: Max Muster``,
        a roll's field); None where none does."""
        for comma in _FIELD_AFTER_COMMA.finditer(text):
            rest = text[comma.end() :]
            if self._head_kind(rest) in _PARTED_FIELDS or self._head_field(rest):
                return comma.end()
        return None

    def _chair_goes_on(self, text: str) -> bool:
        """Whether *text*, a line with no kind of its own, goes on the sentence of the head's
        line above it that names the chair, which the wrap cut: that sentence ("Lucrările sînt
        prezidate de domnul X, Președintele" / "Parlamentului, asistat de …", "Pirmininkauja
        Seimo Pirmininko pavaduotojai" / "A. VAITKEVIČIUS ir R. ŽILINSKIENĖ") has no stop yet,
        and it ends on a comma or a word in lower case, or this line opens in lower case or ends
        the sentence, or it is the holder's name alone with the initials ("Председательствующий –
        Председатель Законодательного Собрания" / "Ю.В.Соколов"). A heading that names the chair
        ("PRÉSIDENCE DE M. X") is no sentence."""
        last = self.doc.front[-1] if self.doc.front else None
        return last is not None and last.kind == "presiding" and self._goes_on(last.text, text)

    def _title_goes_on(self, text: str) -> bool:
        """Whether *text*, a line with no kind of its own right under the title, goes on the
        title its wrap cut, a blank line between them in a copy of the page: the title ends on an
        article, a preposition or a conjunction, a comma or a hyphen (``[head] title_goes_on``:
        "Verbatim Report of the Proceedings of the" / "Standing Committee on Public Accounts"), or
        the line opens in lower case ("Stenographic record of the" / "plenary session"), or the
        title is one word in capitals and so is the line, a title of two words printed a word a
        line ("VERBATIM" / "RECORD", see :func:`_worded_title` for more), or the title is only
        initials, the state's above the institution's name ("T.C." / "TÜRKİYE BÜYÜK MİLLET
        MECLİSİ")."""
        last = self.doc.front[-1] if self.doc.front else None
        line = text.strip()
        if last is None or last.kind != "title" or not line or self._head_kind(line) is not None:
            return False
        ends = self.config.head.get("title_goes_on")
        worded = all(_word_line(words) and words.isupper() for words in (last.text.strip(), line))
        initials = _INITIALS.fullmatch(last.text.strip()) is not None
        return bool(ends and ends.search(last.text.rstrip())) or lower_case(line[0]) or worded or initials

    def _goes_on(self, above: str, text: str) -> bool:
        """Whether *text* goes on *above*, the head's sentence naming the chair (see
        :meth:`_chair_goes_on`)."""
        opened = self.config.head.get("presiding")
        if opened is None or self._head_kind(text) is not None:
            return False
        above, line = above.rstrip(), text.strip()
        if not line or above[-1:] in SENTENCE_STOPS or not opened.match(above.lstrip("([")):
            return False
        words = above.split()
        return (
            above.endswith(",")
            or lower_case(words[-1][0])
            or lower_case(line[0])
            or (line[-1:] in SENTENCE_STOPS and len(line) <= _HEAD_LINE)
            or (_INITIALLED_NAME.fullmatch(line) is not None and line[0].isupper())
        )

    def _hall_after_building(self, line: str) -> bool:
        """Whether *line* names the building in a short sentence of its own, then the hall and the
        day ("Здание Государственной Думы. Зал заседаний. 7 ноября 2023 года. 12 часов."): the
        head's line of the day, as the hall and the day alone are, never a label and its speech."""
        hall = self.config.head.get("place")
        building, stop, rest = line.partition(". ")
        if not (hall and stop) or len(building.split()) > _PLACE_WORDS:
            return False
        return bool(hall.match(rest) and self._find_date(rest))

    def _beside_kind(self, text: str) -> str | None:
        """The kind of *text*, a line of no kind of its own beside a date's line: a session named
        by its ordinal ("FIRST MEETING", "MKUTANO WA TANO") is a line of the title, a few
        capitalised words the place."""
        session = self.config.head.get("session")
        if session and session.match(text.strip()):
            return "other"
        return "place" if _place_like(text) else None

    @staticmethod
    def _beside_date(kinds: list[str | None], at: int) -> bool:
        """Whether the line *at* stands right above or below a date's line of its paragraph."""
        return "date" in (kinds[at - 1] if at else None, kinds[at + 1] if at + 1 < len(kinds) else None)

    def _under_day(self, text: str) -> str | None:
        """The kind of *text*, a paragraph of one line right under the head's line of the day or
        its hour alone (see :meth:`_day_follower`); None under another line."""
        above = self.doc.front[-1] if self.doc.front else None
        return self._day_follower(text) if above and self._day_line(above.kind, above.text) else None

    def _above_day(self, units: Sequence[Unit]) -> str | None:
        """``place`` for the first of *units*, a line of a few capitalised words with a comma
        between over a paragraph that is the date's line alone, as a court's cover prints them
        ("Riverside, California" / "Wednesday, June 29, 2011"); None for another line."""
        first, *below = units
        dated = bool(below) and len(below[0].lines) == 1 and self._head_kind(below[0].text) == "date"
        place = len(first.lines) == 1 and _place_line(first.text) and not self._title_goes_on(first.text)
        return "place" if dated and place else None

    def _day_line(self, kind: str | None, text: str) -> bool:
        """Whether *text*, a line of the head of the *kind* read, gives the day, or the hour
        alone ("16:00"), not a sentence that says when the sitting began."""
        return kind == "date" or (kind == "time" and self._clock(text))

    def _day_follower(self, text: str) -> str | None:
        """The kind of *text*, a paragraph of one line under the head's line of the day or its
        hour ("14 марта 2024 года" / "16:00" / "Москва, Кремль", each line a paragraph): the hour
        alone, or the place, a few capitalised words with a comma between (see
        :func:`_place_like`; one word alone may be a heading there: "PRAYERS")."""
        if self._clock(text):
            return "time"
        return "place" if _place_line(text) else None

    def _front_line(self, kind: str, text: str, number: int) -> FrontLine:
        """A line of the head; a date's with its day and the place printed before it."""
        line = FrontLine(kind, text, number)
        if kind == "date":
            found = self._find_date(text)
            hall = self.config.head.get("place")
            if found:
                line.when = found[0]
                hall_named = bool(hall and hall.match(text)) or self._hall_after_building(text)
                line.place = dateline_place(text, found[1], self.config, hall_named)
        return line
