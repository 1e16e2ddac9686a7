"""Parsing: the reader's raw paragraphs → the document model.

Order of work: label candidates are collected from the whole text (:mod:`stenogram.transcript.labels`)
and decided on evidence (:mod:`stenogram.transcript.turn_labels`); the record's head before the
first turn is read into header facts (:mod:`stenogram.transcript.head`); then every paragraph becomes
a heading, the start of a turn, or running text of the current turn, with its inline content
parsed (:mod:`stenogram.transcript.inline`). A paragraph cut by a page break (it ends
mid-sentence, the next begins in lower case) is joined.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Sequence
from pathlib import PurePath

from stenogram.transcript.blocks import (
    bare_stage,
    group_quotes,
    item_heading,
    item_title,
    short_closing,
    short_heading,
    spaced_heading,
)
from stenogram.transcript.candidate import (
    ANSWERED,
    BRACKETED,
    UNSPACED_WORD,
    UPPER,
    Candidate,
    is_party,
    label_key,
    lower_case,
)
from stenogram.transcript.config import Config
from stenogram.transcript.events import SLASHED, stage_type
from stenogram.transcript.frontmatter import (
    front_kind,
)
from stenogram.transcript.head import HeadReading
from stenogram.transcript.inline import InlineContext, Node, TurnBreak, parse_inline
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.language import detect_language
from stenogram.transcript.lines import LineLabels, join_lines
from stenogram.transcript.listed import Listed, cards, listed_blocks
from stenogram.transcript.model import (
    BlockStage,
    Division,
    Document,
    Furniture,
    Gap,
    Inline,
    Join,
    Para,
    Person,
    Quote,
    SpeakerLabel,
    Stage,
    Time,
    Turn,
)
from stenogram.transcript.names import (
    chair_office,
    chair_office_alone,
    chairs,
    office_after_comma,
    uncased_name,
)
from stenogram.transcript.persons import Registry
from stenogram.transcript.reader import TERMINAL, RawPara, Source
from stenogram.transcript.scoring import addresses_chair
from stenogram.transcript.turn_labels import TurnLabels, name_word
from stenogram.transcript.units import PARENTHESIS, Unit

_RUNNING_HEAD = re.compile(r"\(([^\W\d_][^()\n:!?]{1,80}?)\)")
_STAGE_SPAN = 5  # paragraphs a bracketed stage direction may run over
_CUT_BRACKET = 40  # characters of an interjection in square brackets on either side of a cut
_SWORN_NAME = 60  # characters of a witness's name alone on its line over the oath's words
# A head's parts: "(Az ülés kezdete: 9.02 óra - Elnök: Kovács Béla. Jegyzők: …)"
_HEAD_PARTS = re.compile(r"\s+[-–—]\s+|[;,،؛]\s+|\.\s+(?=[^\W\d_][^\s:：]*\s*[:：])")
# A field of the head and its value: "Voorzitter: Van Dalen", "主持人：王建国"
_HEAD_FIELD = re.compile(r"(?P<field>[^\W\d_][^:：()\d]{0,40}?)\s*[:：]\s*(?P<value>[^\W\d_].*)")
# The entries of a roll of the bench, between its semicolons and commas ("M. Owada, président ; …")
_ROLL_ENTRIES = re.compile(r"\s*[;,]\s*")
# The number that opens an item or a list's entry ("5.", "5.1.", "12)")
_LIST_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)[.)]\s")
# A caption's clock opening a line of a video's transcript copied from a web page, the words
# after it glued or after a space ("00:14At the risk …", "01:02 Bonjour à tous"): minutes and
# seconds, an hour perhaps, in brackets perhaps; the words open with a letter, no clock's word
# ("10:02 Uhr."), and no colon of a label follows near ("0:00:43 Jane Doe: …" is a label's time).
_CAPTION_CLOCK = re.compile(r"[ \t]*(?P<clock>\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?)[ \t]?(?=[^\W\d_])")
_CAPTION_LINES = 3  # such lines that make a text a video's transcript
_CAPTION_LABEL = 60  # characters after the clock a label's colon may close
# Where a name in the head ends: its seat in parentheses, the dotted leaders before it, the
# Arabic comma before the office ("الرئاسة : السيد X، رئيس المجلس."), the Persian verb after it
# ("جلسه … به ریاست آقای X تشکیل شد")
_NAME_END = re.compile(r"\s*(?:[(\[]|\.{2,}|\.(?: \.){2,}|…|،|تشکیل (?:شد|گردید)).*")
# Characters of a chair's name in a field of the head, with the forms of address and the office
# printed before it ("Se. Durchlaucht der Oberstlandmarschall Karl Fürst Auersperg")
_HEAD_NAME = 80
# Words of the chair's speech giving a counsel the witness ("Mr. Lane, you may examine."), and
# of the counsel's name after the form of address
_CALL_WORDS = 16
_CALLED_NAME_WORDS = 3
# A bracket after a name in a list of those present, which may mark the chair: "Hadley (chair)"
_MARK = re.compile(r"\(\s*([^()]{2,40}?)\s*\)")
_PUNCTUATION_ONLY = re.compile(r"[\s.,;:!?]*")
# The hour and minute alone on a line with a stop between them, as the Austrian Nationalrat's
# record prints the time above each speech ("9.06").
_TIME_WITH_STOP = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[.:][0-5]\d)?")
# The hour and minute in four digits in parentheses, a bullet before them in a web copy, as the
# Canadian House's and its committees' evidence print the time between speeches ("● (0915)"),
# or after a black square, as the Malaysian Hansard's margin ("■1010").
_FOUR_DIGIT_TIME = re.compile(r"(?:[●•]\s*)?\((?:[01]\d|2[0-3])[0-5]\d\)|■\s?(?:[01]\d|2[0-3])[0-5]\d")
# The number of a question printed before it, its member's name not repeated ("41. And then?").
_QUESTION_NUMBER = re.compile(r"[ \t]*\d{1,5}\.[ \t]+\S")
_CLOCK_OPENERS = "[(●•■"  # what a clock alone on its line opens with, if not its hour's figure
# A narrative line that gives the floor (see _Parser._floor_given): its length, the words of the
# name after the announcing phrase, the name's first capital, a sentence's end inside it.
_FLOOR_LINE = 300
_FLOOR_NAME_WORDS = 12
_FIRST_CAPITAL = re.compile(rf"(?<![^\W\d_])[{UPPER}]")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


# An Australian court's or royal commission's answer printed after the question on its line
# ("MR SMITH:   And you saw him on 4 May?---Yes, I did."): three hyphens after the question's stop,
# no more: a longer run fills the line to its margin, as a Latin American minute closes a paragraph
# ("…que figuran en el recuadro.----------"), and nobody answers.
_ANSWER_AFTER = re.compile(r"(?<=[?.!])-{3}(?!-)[ \t]*(?=\S)")
_WORD_START = re.compile(r"(?<!\S)(?=\S)")
# Whoever answers after "?---" where no line has sworn a witness in nor a label named them.
_THE_WITNESS = "the witness"
# A rule of dashes across the page, an ornament in it perhaps, that sets off the next item of the
# sitting from the last turn ("————◇—————", the Diet's).
_ITEM_RULE = re.compile(r"[-‐–—―─━_=*·◇◆○●□■\s]{3,}")


def _whose(cand: Candidate, config: Config) -> str:
    """The name a word of a question-and-answer pair prints before its colon, whose question or
    answer it is: a press conference's journalist ("FRAGE HOENIG:", "Frage Hoenig:"); the word
    is the turn's kind, the name its person. A word in lower case after it is a role in the
    genitive ("Pytanie obrońcy:"), no name; an office names no one either."""
    if not cand.paired or len(cand.name) < 2:
        return ""
    at = cand.printed.find(cand.name)
    whose = cand.printed[at + len(cand.name) :].strip().rstrip(":：").strip() if at >= 0 else ""
    words = whose.split()
    if not words or not all(word[:1].isupper() for word in words):
        return ""
    if cand.name.isupper() != whose.isupper() or config.offices.search(whose.casefold()):
        return ""  # "Frage ZDF:" beside "FRAGE:"; "ВОПРОС Судьи:": no journalist's name
    return whose


def _named(heading: re.Match[str]) -> str:
    """The person an examination's heading names: whichever of its pattern's named groups
    matched (the examiner's "name" or "agent", the witness's "name", "called" or "heard"), or
    "" where it names no one (a cross-examination's heading alone, "חקירה נגדית"); the witness an
    examiner's heading names first ("examined") is not the one it names."""
    found = heading.groupdict()
    return next((name for key, name in found.items() if name and key != "examined"), "").strip()


def _less_apposed_chair(value: str, config: Config) -> str:
    """*value*, the rest of the head's sentence that names the chair, less the chair's office
    set after the name by a comma ("… présidée par Mme X, présidente.", "… voorgezeten door de
    heer X, uittredend voorzitter.")."""
    person, comma, office = value.rpartition(",")
    if comma and person.strip() and len(office.split()) <= 3 and config.chairs.search(office.casefold()):
        return person
    return value


def _less_chair_office(named: str, config: Config) -> str:
    """*named* without the chair's office its heading prints after the holder's name, on a line
    of its own that the paragraph joined ("VORSITZ: OTHMAR MUSTER" / "Vizepräsident", "IN THE
    CHAIR: X" / "Vice President")."""
    words = named.split()
    for size in (2, 1):
        if len(words) > size and chair_office_alone(" ".join(words[-size:]), config):
            return " ".join(words[:-size])
    return named


def _office_cut(name: str, config: Config) -> str:
    """*name*, a field's value in a script without case, up to the office printed after the
    name with no comma ("السيد X Y رئيس المجلس الشعبي الوطني"): the first word past the
    form of address and a name's first word that opens an office."""
    words = name.split()
    if any(char.isupper() or char.islower() for char in name):
        return name
    for at in range(2, len(words)):
        if config.chairs.match(words[at]) or config.offices.match(words[at]):
            return " ".join(words[:at])
    return name


def _less_office(named: str, config: Config) -> str:
    """*named*, the chair a head's field, its sentence or a heading names, less the office the
    record prints after the holder's name, in each shape it does: after a comma ("Présidence de
    Mme X, vice-présidente", "… présidée par Mme X, présidente."), alone on the line below
    ("VORSITZ: X" / "Vizepräsident"), or after a name in a script without case, with the chamber
    it presides ("السيد X Y رئيس المجلس الشعبي الوطني")."""
    named = _less_apposed_chair(named, config)
    office = office_after_comma(named, config) if "," in named else None
    named = office[0] if office else named
    return _office_cut(_less_chair_office(named, config), config)


def _next_item(text: str, below: str) -> bool:
    """Whether *below* is numbered as the item after *text* at its level ("1. Agriculture" /
    "2. Fisheries"): a list counted on, not an item's heading over its sub-item ("5. Voting time"
    / "5.1. Agreement on …")."""
    first, second = _LIST_NUMBER.match(text), _LIST_NUMBER.match(below)
    if first is None or second is None:
        return False
    above, under = first.group(1).split("."), second.group(1).split(".")
    return len(above) == len(under) and above[:-1] == under[:-1] and int(under[-1]) == int(above[-1]) + 1


def _unglued(words: list[str], config: Config) -> list[str]:
    """*words* with an office a copy printed glued to the name after it parted from it, as a PDF
    copy loses the space ("priekšsēdētājsAnatolijs Gorbunovs"): a word whose lower-case letter
    is followed by a capital, its head a chair's office."""
    out: list[str] = []
    for word in words:
        cut = next((i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()), 0)
        if cut and config.chairs.search(word[:cut].casefold()):
            out.extend((word[:cut], word[cut:]))
        else:
            out.append(word)
    return out


class _Parser(HeadReading, TurnLabels):
    def __init__(self, source: Source, config: Config, lang: str | None) -> None:
        self.source = source
        self.config = config
        self.matcher = LabelMatcher(config, len(source.text) + 1_000_000)
        self.doc = Document(
            name=PurePath(source.name).name,
            lang=lang or detect_language(source.text, config),
            furniture=list(source.furniture),
            layout=source.layout,
            encoding=source.encoding,
        )
        self.registry = Registry(config, self.doc.lang)
        self.registry.learn_accents(source.text)
        self.accepted: set[str] = set()
        self._printed: Counter[str] = Counter()  # how often each candidate is printed, by its key
        self._stopped: dict[str, Candidate] = {}  # believed labels by their printed name, no stop
        self._witness_label: str | None = None  # "THE WITNESS", the record's label for whoever answers
        self.lines = LineLabels(config, self.matcher)
        self._examinations: dict[str, bool] = {}  # lines that head an examination, by their text
        self._head_kinds: dict[str, str | None] = {}  # the kind of each line asked as the head's
        self._roll: dict[str, str] = {}  # the kind of each line of a court's roll in the head
        self._chair_unnamed = False  # the last paragraph took the chair for an office it named alone
        self._ended: Turn | None = None  # the turn an event of the sitting ended: words after it resume it
        self._spoken_keys: set[str] | None = None  # the labels that open a speech beside them

    # -- labels ---------------------------------------------------------------------------
    # -- paragraphs ----------------------------------------------------------------------------
    def _units(self, paragraphs: list[RawPara]) -> list[Unit]:
        """Split paragraphs at inner lines that open a turn; merge stage brackets left open."""
        pieces: list[list[tuple[int, str]]] = []
        front = True  # no turn yet: the lines above are the title's
        for para in paragraphs:
            current: list[tuple[int, str]] = []
            front = front and self._label(para.lines[0][1], para.lines[0][1]) is None
            for index, pair in enumerate(para.lines):
                number, line = pair
                cand = self._label(line) if index else None
                if index and cand is None:
                    clocked = self._clocked_inside(para.lines[index - 1][1], line)
                    cand = clocked if clocked and clocked.key in self.accepted else None
                if index and cand is None:  # a label wrapped over two or three lines
                    below = [text for _, text in para.lines[index + 1 : index + 3]]
                    wraps = self.lines.wraps(line, below)
                    cand = next(filter(None, (self._label(joined) for joined, _, _ in wraps)), None)
                if cand and (
                    (front and self._opens_front(cand, line))
                    or self._opens_line(cand, para.lines[index - 1][1], line)
                ):
                    pieces.append(current)
                    current, front = [], False
                elif index and self._heads_examination(line):
                    pieces += [current, [(number, line)]]  # "BY MR. SMITH:" heads what follows
                    current = []
                    continue
                elif len(para.lines) > 1 and self._clock(line) and self._clock_apart(para.lines, index):
                    pieces += [current, [(number, line)]]  # "09:31" between two lines: the clock's own
                    current = []
                    continue
                # A label in CAPITALS after a sentence, inside the line: flattened text.
                start = 0
                for at in self._midline_labels(line):
                    current.append((number, line[start:at].rstrip()))
                    pieces.append(current)
                    current, start = [], at
                current.append((number, line[start:]) if start else pair)  # the same line, not a copy
            whole = len(current) == len(para.lines) and current[0] is para.lines[0] and current[-1] is pair
            pieces.append(para.lines if whole else current)  # a paragraph not split: its own list
        plain = [Unit(join_lines([text for _, text in lines]), lines) for lines in pieces if lines]
        plain = self._cards([unit for unit in plain if not self._running_head(unit)])
        plain = self._caption_clocks(plain)
        units: list[Unit] = []
        index = 0
        while index < len(plain):
            unit = plain[index]
            index += 1
            if index < len(plain) and (sworn := self._sworn_below(unit, plain[index])):
                units.append(sworn)  # "MARGARET ELLWOOD," / "called as a witness, … as follows:"
                index += 1
                continue
            if index < len(plain) and _bracket_cut(unit.text, plain[index].text):
                cut = plain[index]  # "… welcome – [HON." / "MEMBERS: Hear, hear.]": a page cut it
                unit = Unit(_join_stage_paragraphs(unit.text, cut.text), [*unit.lines, *cut.lines])
                index += 1
            if not self._open_stage_brackets(unit.text):
                units.append(unit)
                continue
            # A bracketed stage direction running over paragraphs: merge up to its close, if near.
            for end in range(index, min(index + _STAGE_SPAN, len(plain))):
                merged, lines = unit.text, list(unit.lines)
                for later in plain[index : end + 1]:
                    merged = _join_stage_paragraphs(merged, later.text)
                    lines += later.lines
                if not self._open_stage_brackets(merged):
                    unit = Unit(merged, lines)
                    index = end + 1
                    break
            units.append(unit)
        return units

    def _caption_clocks(self, plain: list[Unit]) -> list[Unit]:
        """The paragraphs with the clock that opens each line of a video's transcript set on a
        line of its own, the hour between the captions, not a word of them: where three lines or
        more in a row so open (see :data:`_CAPTION_CLOCK`); a clock over each speech, a line of
        the speech between two, is the speech's (a parliament's "14:01 Name" over its words)."""
        lines = [(number, self._caption_clock(text)) for unit in plain for number, text in unit.lines]
        found: dict[int, re.Match[str]] = {}
        run: list[tuple[int, re.Match[str]]] = []
        for number, clock in [*lines, (0, None)]:
            if clock is not None:
                run.append((number, clock))
                continue
            if len(run) >= _CAPTION_LINES:
                found.update(run)
            run = []
        if not found:
            return plain
        out: list[Unit] = []
        for unit in plain:
            if not all(number in found for number, _ in unit.lines):
                out.append(unit)
                continue
            for number, text in unit.lines:
                clock = found[number]
                out.append(Unit(clock.group("clock"), [(number, clock.group("clock"))]))
                words = text[clock.end() :].strip()
                out.append(Unit(words, [(number, words)]))
        return out

    def _caption_clock(self, text: str) -> re.Match[str] | None:
        """The caption's clock opening *text*, if the words after it are a caption's."""
        clock = _CAPTION_CLOCK.match(text)
        if clock is None:
            return None
        words = text[clock.end() :]
        mark = self.config.clock_marks.match(words.casefold())
        if ":" in words[:_CAPTION_LABEL] or (mark and not words[mark.end() : mark.end() + 1].isalpha()):
            return None
        return clock

    def _cards(self, plain: list[Unit]) -> list[Unit]:
        """The paragraphs with each card's name joined by its affiliation, the first line of the
        paragraph under it (see :func:`listed.cards`): the two then a listed speech's block."""
        names = set(cards([[text for _, text in unit.lines] for unit in plain], self.config))
        if not names:
            return plain
        out: list[Unit] = []
        for at, unit in enumerate(plain):
            lines = unit.lines
            if at - 1 in names:
                joined = [*out[-1].lines, lines[0]]
                out[-1] = Unit(join_lines([text for _, text in joined]), joined)
                lines = lines[1:]
            if lines is unit.lines:
                out.append(unit)
            elif lines:
                out.append(Unit(join_lines([text for _, text in lines]), lines))
        return out

    def _item_heading(self, units: list[Unit], index: int, spoken: bool, chained: bool = False) -> bool:
        """Whether the line at *index* heads the item the sitting takes up next: a heading's
        line (``item_heading``) after a finished paragraph or a rule, with a label below it, or a
        second heading's line and then a label. A speech's last words with no stop have a
        paragraph of the speech above them that a stop does not end, or no label below."""
        if index + 1 >= len(units) or len(units[index].lines) > 1:
            return False
        text = self._unclocked(units[index].text)
        if not item_heading(text):
            return False
        before = units[index - 1].text.rstrip() if index else ""
        if not chained and before and before[-1] not in TERMINAL and not _ITEM_RULE.fullmatch(before):
            return False
        if before.endswith((":", "：")) and text[:1].isdigit():
            return False  # a list's first item, the sentence above announcing it ("three points:")
        below = units[index + 1].text.strip()
        if _next_item(text, below) or (index and _next_item(before, text)):
            return False  # "1. Agriculture" / "2. Fisheries": a speech's list, counted on
        if self._no_heading(text):
            return False
        if spaced_heading(text):  # letter-spaced: a heading whatever follows it
            return True
        after = units[index + 1]
        if self._clock(after.text) and index + 2 < len(units):  # "12.06.20" alone over the label
            after = units[index + 2]
        if self._opens_turn(after, spoken) is not None:
            return True
        return not chained and self._item_heading(units, index + 1, spoken, chained=True)

    def _unclocked(self, text: str) -> str:
        """*text* without the clock a copy of the page glued before it ("12.06.16Antrittsansprache
        der Präsidentin", the Austrian Nationalrat's margin time)."""
        stamp = self.config.timestamp.match(text.strip())
        return text.strip()[stamp.end() :] if stamp else text.strip()

    def _no_heading(self, text: str) -> bool:
        """Whether *text*, a short line between turns, is something else than an item's heading:
        a procedural line or an event of the hall ("Laughter"), a mark of a letter or two, or a
        person's name under a form of address ("M. Luc Gendron", a web page's name above the label)."""
        letters = sum(c.isalpha() for c in text)
        cased = any(c.upper() != c.lower() for c in text)
        return bool(
            letters < (3 if cased else 2)
            or self.config.procedural.match(text)
            or bare_stage(text, self.config)
            or self.config.titles.fullmatch(text.split()[0].casefold())
            or self.config.opener_at_start.match(text)  # a speech's last words: "Dank u wel"
        )

    def _furniture(self, unit: Unit, kind: str) -> None:
        """Record *unit* as the page's furniture of *kind*, no words of the record."""
        furniture = Furniture(unit.line, unit.text, kind)
        self.source.furniture.append(furniture)
        self.doc.furniture.append(furniture)
        self.doc.furniture.sort(key=lambda item: item.line)

    def _running_head(self, unit: Unit) -> bool:
        """A line that only repeats a speaker's name in parentheses (``(Präsident Dr. Beispiel)``,
        the running head at a page top) is page furniture, recorded as such, not a stage."""
        found = _RUNNING_HEAD.fullmatch(unit.text.strip())
        if len(unit.lines) > 1 or not found:
            return False
        words = set(label_key(found.group(1)).split())
        if len(words) < 2 or not any(words <= set(key.split()) for key in self.accepted):
            return False
        self._furniture(unit, "running-head")
        return True

    def _open_stage_brackets(self, text: str) -> bool:
        return any(text.count(o) > text.count(c) for o, c in self.config.stage_brackets)

    # -- body ----------------------------------------------------------------------------
    def _body(self, units: list[Unit]) -> None:
        division = Division(None, [], units[0].line if units else 0)
        self.doc.body.append(division)
        turn: Turn | None = None
        ctx = InlineContext(self.config, self.matcher, lambda n: label_key(n) in self.accepted, self._who)
        ctx.square_stages = any(opener in self.source.text for opener, _ in self.config.stage_brackets)
        ctx.stage_hints = self.source.stage_hints
        examiner: str | None = None  # who asks the questions (Q.) under "BY MR. SMITH:"
        implied = False  # the examiner is only the one who spoke before the questions, no heading's
        # the last two labelled turns' persons, whether a Q or A turn, the speech on the label's
        # line: all the examiner's reading asks of them (none older held through the record)
        spoke: deque[tuple[Person, bool, str]] = deque(maxlen=2)
        lettered = False  # a question's letter asked before with no examiner named: "Q." alone
        untaken: str | None = None  # a role a heading names as asking, no one yet seen in it
        caller: str | None = None  # who asks as the line swearing the witness in says
        witness = self._resumed_witness(units) or self._witness_label  # who answers them (A.)
        presiding = self._presiding([line.text for line in self.doc.front], head=True)
        questions = {label_key(pair[0]) for pair in self.config.short_labels}  # also in CAPITALS
        asking: Turn | None = None  # the last labelled turn: who asks the questions answered after "?---"
        member: Turn | None = None  # the last labelled turn that is no answer in brackets: who asks
        interrupted: str | None = None  # who spoke last, not the chair: whom "Puhuja:" names
        blocks = self._listed(units)
        # the units a block takes after its first (a video minute's role line, its name again)
        taken = {at + step for at, block in blocks.items() for step in range(1, block.span)}
        ends = {at + block.span - 1 for at, block in blocks.items()}
        spoken = False  # a turn came before: no field of the head follows
        titled = -1  # the index of the item's title under the hour that ended a turn
        titles: set[str] = set()  # the items' titles printed above, less their numbers
        for index, unit in enumerate(units):
            ctx.line = unit.line
            titles.add(_title_words(division.head or ""))
            if index in blocks:
                printed = " ".join(later.text for later in units[index : index + blocks[index].span])
                turn = self._listed_turn(blocks[index], unit, printed)
                division.items.append(turn)
                continue
            if index in taken:
                continue
            heading = sworn = None
            if self._heads_examination(unit.text):  # asked once a line: most lines head nothing
                heading = self.config.examiner.fullmatch(unit.text.strip())
                sworn = self.config.witness.fullmatch(unit.text.strip())
            if heading:  # "Vernehmung des Zeugen X durch den Vorsitzenden" names both
                named = _named(heading)  # none: the caller asks, or another side, unnamed
                if examined := heading.groupdict().get("examined"):  # "Examination of X by Mr. Y:"
                    witness = self.registry.as_printed(examined.strip())
                examiner = self._in_role(self.registry.as_printed(named)) if named else None
                implied = False
                crossed = label_key(unit.text) in self.config.crossed
                examiner = examiner or (None if crossed else caller)
                untaken = self._untaken_role(examiner) if examiner else None
            if sworn:  # "… PREVIOUSLY SWORN, WAS EXAMINED FURTHER AS FOLLOWS BY MR. X:" names both
                witness = self.registry.as_printed(_named(sworn))
                caller = self._examined_by(unit.text.strip())
                examiner = caller or examiner
                heading = heading or sworn
            # the speech under a listed speech's block: its first word is no label ("Voorzitter. …")
            cand = None if heading or index - 1 in ends else self._opens_turn(unit, spoken)
            if turn is not None and self._question_under(unit.text, turn, division, questions):
                examiner, implied = turn.speaker.name, False  # "Q Thank you, …" under a member's name
            narration = self._narration_below(cand, unit, units[index + 1 : index + 2]) if cand else None
            if cand is not None and narration is not None:  # "THE CHAIR" / "X took the Chair at 2.30 pm."
                division = Division(cand.printed.strip(), [], unit.line)
                self.doc.body.append(division)
                turn = None
                if narration:  # on the heading's lines below it, in its paragraph
                    division.items.append(BlockStage(Stage("other", [narration]), unit.lines[-1][0]))
                    presiding = self._presiding([narration], presiding)
                continue
            spoken = spoken or cand is not None
            # a line in brackets is of the record's head, and so is a sentence above the first turn
            # naming the chair ("Presidida la sesión por el honorable Senador X, …") or a list of
            # those present marking the chair ("Present: Representatives Kline (presiding), …")
            in_head = bool(BRACKETED.fullmatch(unit.text.strip())) or (
                not spoken and (self._opens_sitting(unit.text) or bool(self._marked_chair(unit.text)))
            )
            presiding = self._presiding([unit.text], presiding, head=in_head)
            if cand and self._called(cand, unit, units[index + 1 : index + 2]):
                cand = None
            capitals_heading = cand is not None and self._capitals_heading(
                units, cand, unit, units[index + 1 : index + 2]
            )
            if capitals_heading:
                cand = None
            if cand and turn is not None and not turn.items and self._hails_chair(cand, unit):
                cand = None  # "Mr. Johnson:" / "Mr. Speaker: I rise …": the speech's salutation
            # the layout's heading (<h3>), or a short line with no stop before the first turn or
            # after an event of the sitting that ended one
            hinted = (
                capitals_heading
                or unit.text.strip() in self.source.heading_hints
                or index == titled
                or (
                    (turn is None or turn is self._ended)
                    and short_heading(unit.text)
                    and not front_kind(unit.text, self.config)
                )
            )
            if (
                cand is None
                and _ITEM_RULE.fullmatch(unit.text.strip())
                and self._item_heading(units, index + 1, spoken)
            ):
                self._furniture(unit, "rule")  # the rule over the item's heading: no words of a turn
                continue
            again = _title_words(unit.text) if cand is None and turn is not None and not turn.items else ""
            if again and again in titles:
                self._furniture(unit, "heading-again")  # the page's heading once more under the label
                continue
            if cand is None and _ITEM_NUMBER.match(unit.text.strip()):
                titles.add(_title_words(unit.text))
            # an item's heading between two turns, in Mixed case or a script without case; not
            # right under a label alone on its line, whose speech it is however short ("Speaker 2
            # (00:45):" / "Probably pretty much everybody"); one in CAPITALS there is the item the
            # clerk reads out ("KATIBU WA BUNGE:" / "MASWALI NA MAJIBU")
            awaited = turn is not None and not turn.items
            after_turn = turn is not None or (division.head is not None and not division.items)
            hinted = hinted or (
                cand is None
                and after_turn
                and not awaited
                and self._item_heading(units, index, spoken, chained=turn is None)
            )
            # "COMMITTEE ADJOURNS" in capitals: the record's procedural line, a stage, no heading
            headed = cand is None and (hinted or self.matcher.is_heading(unit.text))
            if cand is None and (heading or (headed and not self.config.procedural.match(unit.text.strip()))):
                title = (self._unclocked(unit.text) if hinted else "") or unit.text
                if title != unit.text:  # the clock glued before it: the hour, between the turns
                    clock = unit.text.strip()[: -len(title)].strip()
                    division.items.append(BlockStage(Stage("other", [Time(clock)]), unit.line))
                division = Division(title, [], unit.line)
                self.doc.body.append(division)
                turn = self._under_title() if index == titled else None
                continue
            if cand is None and turn is not None and turn.items and self._hour_over_label(units, index):
                division.items.append(BlockStage(Stage("other", [Time(unit.text.strip())]), unit.line))
                self._ended = turn
                self.doc.decisions.append(f"line {unit.line}: the hour over a label, between turns")
                continue
            if cand is None and turn is not None and turn.items and self._hour_of_item(units, index, spoken):
                division.items.append(BlockStage(Stage("other", [Time(unit.text.strip())]), unit.line))
                self._ended, titled = turn, index + 1
                self.doc.decisions.append(f"line {unit.line}: the hour over an item's title, between turns")
                continue
            given = None if cand else self._floor_given(unit.text, units[index + 1 : index + 2])
            if given:  # "La Presidencia concede el uso de la palabra al honorable Senador X:"
                turn = self._give_floor(given, unit, units[index + 1 : index + 3], division)
                continue
            text = unit.text
            if cand is not None and self._asks_in(cand, turn, division, questions):
                # "MR. HOLLOWAY:" alone on its line over "Q.   Please continue": his question, in his turn
                examiner = turn.speaker.name  # type: ignore[union-attr]
                self.registry.printed_as(self.registry.resolve(examiner), cand.name)
                cand = None
            if cand is not None:
                by = self.config.examiner.fullmatch(cand.role or "")
                # a truth commission's "EXAMINATION BY ADV VENTER: Thank you …": the heading is the label
                by = by or (self.config.examiner.fullmatch(cand.name) if " " in cand.name else None)
                if by:  # "Q.   (BY MR. SMITH) …": the question names who asks
                    examiner, implied = _named(by), False
                elif (examiner is None or implied) and self._paired_question(cand, questions):
                    taker = self._floor_taker(spoke, witness, renewed=examiner is not None or lettered)
                    taker = taker or (None if examiner or witness else self._unnamed_examiner(cand))
                    examiner, implied = (taker, True) if taker else (examiner, implied)
                asker = examiner if examiner and (by or (cand.short and cand.key in questions)) else None
                # questions someone asks are a witness's to answer, unnamed where no line named one
                answerer = witness or (self._unnamed_witness(cand.name) if examiner else None)
                asker = asker or (answerer if answerer and self._answers(cand, answerer) else None)
                if not asker and interrupted and cand.key in self.config.resuming:
                    asker = interrupted  # "Puhuja:": the speaker the chair interrupted goes on
                party = (
                    ""
                    if asker or self.config.offices.search(cand.affiliation.casefold())
                    else cand.affiliation
                )
                role = None if asker or cand.held == party else cand.held
                unprinted = bool(asker) and not witness and asker == answerer and asker != cand.name
                unprinted = unprinted or (bool(asker) and asker == self._unnamed_examiner(cand))
                person = self.registry.resolve(
                    asker or _whose(cand, self.config) or cand.name,
                    role,
                    party,
                    presiding,
                    as_label=not unprinted,
                )
                person.turns += 1
                if not person.chair and not cand.short:
                    interrupted = asker or cand.name
                if untaken and not asker and not cand.short and not person.chair:
                    # "Questions from COUNSEL TO THE INQUIRY" / "MS ASHBY:  Mr Corran, …": she asks
                    examiner, untaken = cand.name, None
                if asker:  # "Q", "A", "THE WITNESS": forms of the examiner's and the witness's too
                    self.registry.printed_as(person, cand.name)
                speech = unit.text[cand.end :]  # one copy, the turn's text and the examiner's clue
                spoke.append((person, bool(asker) or cand.short, speech))
                lettered = lettered or (not asker and cand.short and cand.key in questions)
                if verb := self._verb_after(cand):  # "审判长问：": a form of the presiding judge's
                    self.registry.printed_as(person, cand.name + verb)
                if cand.unopened:  # "議長伏屋嘉弘君)": a form of the label as printed
                    self.registry.printed_as(person, f"{cand.name}{cand.role}")
                label = SpeakerLabel(
                    cand.printed[len(cand.page) :],
                    cand.name,
                    cand.punct,
                    role=cand.role,
                    time=cand.time,
                    page=cand.page.strip(),
                )
                turn = asking = Turn(person.id, label, [], unit.line)
                member = member if cand.punct == ANSWERED else turn
                division.items.append(turn)
                text = speech
                if not text.strip():
                    continue
            labelled = cand is not None
            if not labelled and member is not None and turn is not None and _numbered_question(turn, text):
                turn = self._resumed(member, division, unit)  # "41. And then?" under "(Sir John Smith) Yes."
            answer = _ANSWER_AFTER.search(text) if asking is not None else None
            if asking is not None and answer is not None:  # "…?---Yes, I did.": the witness answers
                if turn is not asking and not labelled:
                    turn = self._resumed(asking, division, unit)
                self._place(parse_inline(text[: answer.start()], ctx), division, turn, unit, labelled)
                turn = self._answer(witness, answer.group().strip(), division, unit)
                text, labelled = text[answer.end() :], True
            nodes = parse_inline(text, ctx)
            turn = self._place(nodes, division, turn, unit, labelled)
        self.doc.warnings.extend(ctx.warnings)

    def _floor_taker(
        self, spoke: Sequence[tuple[Person, bool, str]], witness: str | None, renewed: bool
    ) -> str | None:
        """Who asks the questions that follow a labelled turn where no heading names an examiner
        ("検察官：はい。" over "問　…"): whoever spoke last, unless a question or answer came last
        (the same examination goes on), the chair (a ruling between the questions) or the witness
        (who answered the chair's questions before). Where questions came before (*renewed*:
        another examination, or the same letters with no examiner named), only one the chair gave
        the floor to takes it over ("裁判長：弁護人、どうぞ。" / "弁護人：はい。"), no counsel's
        objection nor the court ruling on it ("THE COURT: Overruled."). Where the last speaker
        gives the witness to a counsel by name ("THE COURT: Mr. Lane, you may examine."), that
        counsel asks."""
        if not spoke or spoke[-1][1]:
            return None
        if counsel := self._called_counsel(spoke[-1][2], witness):
            return counsel
        if spoke[-1][0].chair:
            return None
        person = spoke[-1][0]
        named: str = person.labels[0] if person.labels else person.name
        forms = {label_key(form) for form in person.labels} | {label_key(person.name)}
        called = {" ".join(form.split()[:words]) for form in forms for words in (1, 2)}  # "Świadek X"
        if called & self.config.witnesses or (witness and label_key(witness) in forms):
            return None
        if renewed and (len(spoke) < 2 or not spoke[-2][0].chair):
            return None
        return named

    def _called_counsel(self, speech: str, witness: str | None) -> str | None:
        """The counsel the chair's short *speech* gives the witness to, addressed by a form of
        address and the name ("Mr. Lane, you may examine.", "Your witness, Ms. Ortega."), as
        the record prints that person's label where one came before; None where the speech calls
        no one so (a ruling: "Overruled.") or names the *witness*."""
        calls = self.config.examine_calls
        words = speech.split()
        if calls is None or not 0 < len(words) <= _CALL_WORDS or not calls.search(speech.casefold()):
            return None
        for at, word in enumerate(words):
            if not (word[:1].isupper() and self.config.titles.fullmatch(word.casefold())):
                continue
            name: list[str] = []
            for after in words[at + 1 : at + 1 + _CALLED_NAME_WORDS]:
                if not after[:1].isupper():
                    break
                name.append(after.rstrip(",.;:!?"))
                if after[-1] in ",.;:!?":
                    break
            called = " ".join([word, *name])
            if not name or (witness and label_key(witness).endswith(label_key(" ".join(name)))):
                continue
            key = label_key(called)
            known = next((p for p in self.registry.people if key in map(label_key, p.labels)), None)
            return known.labels[0] if known else called
        return None

    def _paired_question(self, cand: Candidate, questions: set[str]) -> bool:
        """Whether *cand* is a question's letter whose answer's letter the record prints too
        ("問" with "答", "Q." with "A."): an examination's, not a press briefing's lone "Q"."""
        if not (cand.short and cand.key in questions):
            return False
        return any(
            label_key(pair[0]) == cand.key and label_key(pair[-1]) in self.accepted
            for pair in self.config.short_labels
        )

    def _verb_after(self, cand: Candidate) -> str:
        """The verb of asking or answering a court's record glues after *cand*'s role
        ("审判长问：", "被告人答："), if its label prints one."""
        said = cand.printed.rstrip().rstrip(":：")
        if not said.endswith(self.config.asks_answers):  # most labels: no verb, asked once
            return ""
        return next(
            (verb for verb in self.config.asks_answers if said.endswith(cand.name + verb)),
            "",
        )

    def _hails_chair(self, cand: Candidate, unit: Unit) -> bool:
        """Whether *cand* is the chair addressed (see :func:`addresses_chair`), or the line is
        that address alone, a dash after it ("Mr Ahmed Ibrahim 10:25 a.m." / "Mr Speaker —", a
        member cut short): read as a name alone on its line, it names no one."""
        if addresses_chair(cand, self.config):
            return True
        line = unit.text.strip()
        inner = None if cand.punct or "\n" in line else self.matcher.candidate(line)
        dashed = inner is not None and inner.punct in ("-", "–", "—") and inner.end == len(line)
        return dashed and inner is not None and addresses_chair(inner, self.config)

    @staticmethod
    def _asks_in(cand: Candidate, turn: Turn | None, division: Division, questions: set[str]) -> bool:
        """Whether *cand* is a question's letter ("Q.") right under a label alone on its line
        (*turn*, still empty, the division's last): a tribunal's counsel resuming the
        questions after an objection. The question is that turn's, its letter kept in its text."""
        return (
            cand.short
            and cand.key in questions
            and turn is not None
            and not turn.items
            and bool(division.items)
            and division.items[-1] is turn
        )

    def _question_under(self, text: str, turn: Turn, division: Division, questions: set[str]) -> bool:
        """Whether *text* opens with a question's letter right under *turn*'s label alone on its
        line, the turn still empty: a committee's member asks, the letter marking the question
        in the member's own turn ("Jane Roe Labour, Northtown" / "Q Thank you, …", a public bill
        committee's evidence on the web), so the letter alone later is that member's question."""
        short = self.matcher.short_label(text)
        return (
            short is not None
            and short.key in questions
            and not turn.items
            and bool(division.items)
            and division.items[-1] is turn
        )

    def _answer(self, witness: str | None, marker: str, division: Division, unit: Unit) -> Turn:
        """The turn of whoever answers a question after "?---", its marker printed as its label:
        the witness a line swore in, else the record's label for the witness, else the witness
        unnamed."""
        name = witness or self._witness_label or self._unnamed_witness(marker)
        person = self.registry.resolve(name, as_label=bool(witness or self._witness_label))
        person.turns += 1
        turn = Turn(person.id, SpeakerLabel(marker, name, ""), [], unit.line)
        division.items.append(turn)
        return turn

    def _unnamed_witness(self, mark: str) -> str:
        """The name of a witness whom no line names and no label prints, answering under *mark*
        ("A", "R", "答", "---"): the record's language's word for a witness (``witness_word``),
        else the mark as printed, else the English word. It is no label the record prints."""
        lang = self.doc.lang or ""
        if label_key(mark) == "a" and "q" in self.accepted:  # the common-law reporter's "Q." and "A."
            lang = "en"  # though a short excerpt's many "A." make it read as Czech or Slovak
        word = self.config.witness_word.get(lang, "")
        word = word[:1].upper() + word[1:]  # a name's first capital: "Le témoin"
        return word or (mark.strip() if any(char.isalpha() for char in mark) else _THE_WITNESS)

    def _unnamed_examiner(self, cand: Candidate) -> str | None:
        """The name of whoever asks the questions where no line names an examiner and no label
        before the first question prints one (*cand* the question's letter, "Q."): the record's
        language's word (``examiner_word``), else None and the letter stays the name. A question
        that names whose it is ("Pytanie obrońcy:") keeps its label."""
        at = cand.printed.find(cand.name)
        if at < 0 or cand.printed[at + len(cand.name) :].strip(" .:：\t—–-"):
            return None
        lang = self.doc.lang or ""
        if cand.key == "q" and "a" in self.accepted:  # the common-law reporter's "Q." and "A."
            lang = "en"  # as for the witness: a short excerpt's "A." may read as another language
        word = self.config.examiner_word.get(lang, "")
        return word[:1].upper() + word[1:] if word else None

    def _resumed(self, turn: Turn, division: Division, unit: Unit) -> Turn:
        """A new turn of *turn*'s person with no printed label, from *unit* on: the question
        after a witness's answer is the examiner's again, the answer after it the witness's."""
        again = Turn(turn.who, SpeakerLabel("", turn.speaker.name, ""), [], unit.line)
        division.items.append(again)
        return again

    def _give_floor(self, given: str, unit: Unit, following: list[Unit], division: Division) -> Turn | None:
        """The turn a line giving the floor to *given* opens, the line a stage above it; none
        where the next line gives the floor again ("Palabras del honorable Senador X." / "Con
        la venia de la Presidencia hace uso de la palabra el honorable Senador X:"): that one opens it."""
        division.items.append(BlockStage(Stage("other", [unit.text.strip()]), unit.line))
        if self._floor_given(following[0].text, following[1:]):
            return None
        person = self.registry.resolve(given)
        person.turns += 1
        turn = Turn(person.id, SpeakerLabel("", given, ""), [], unit.line)
        division.items.append(turn)
        self.doc.decisions.append(f"line {unit.line}: the floor given to {given!r} opens a turn")
        return turn

    def _floor_given(self, text: str, following: list[Unit]) -> str | None:
        """Whom a narrative line gives the floor to, where it ends with a colon and the speech
        follows with no label of its own (the Colombian Gaceta's "La Presidencia concede el uso
        de la palabra al honorable Senador X:", "Con la venia de la Presidencia hace uso de la
        palabra el honorable Senador X:"): the name after the last announcing phrase (``[labels]
        announcements``), from its first capital, of a few words with at most one in lower case
        beside a name's particles ("Ministro de Hacienda, doctor Andrés Villa")."""
        line = text.strip()
        if "\n" in line or len(line) > _FLOOR_LINE or not following:
            return None
        last = self._floor_phrase(line)
        after = _FIRST_CAPITAL.search(line, last) if last >= 0 else None
        if after is None or self._label(following[0].text, following[0].first_line):
            return None
        name = line[after.start() : -1].strip()
        words = name.split()
        lower = [w for w in words if lower_case(w[0]) and w.casefold() not in self.config.particles]
        if len(words) > _FLOOR_NAME_WORDS or len(lower) > 1 or _SENTENCE_END.search(name):
            return None
        return name

    def _floor_phrase(self, line: str) -> int:
        """Where the phrase that gives the floor ends in *line*: the last announcement of a line
        ending with a colon, or the head of a line ending with a full stop or a colon ("Palabras
        del …", "Intervención del …:", ``[labels] speech_heads``); -1 where there is none."""
        head = self.config.speech_heads.match(line) if line.endswith((".", ":")) else None
        if line.endswith(":"):
            found = max((found.end() for found in self.config.announcements.finditer(line)), default=-1)
            return found if found >= 0 or head is None else head.end()
        return head.end() if head else -1

    def _sworn_below(self, unit: Unit, below: Unit) -> Unit | None:
        """*unit* and *below* as one line that brings a witness in, where *unit* is the witness's
        name alone with its comma and *below* the oath's words in lower case ("MARGARET
        ELLWOOD," / "called as a witness, having been duly sworn, was examined and testified as
        follows:"), as a deposition sets them; None for any other two units."""
        text = unit.text.strip()
        if len(unit.lines) != 1 or not text.endswith(",") or len(text) > _SWORN_NAME:
            return None
        if not lower_case(below.text.lstrip()[:1]):
            return None
        joined = f"{text} {below.text.strip()}"
        return Unit(joined, [*unit.lines, *below.lines]) if self._heads_examination(joined) else None

    def _resumed_witness(self, units: list[Unit]) -> str | None:
        """The witness the record's first witness line names where it says the evidence goes on
        ("WITNESS: F (Resumed)", after a break in the day's hearing): the witness was being
        examined above it too, and "THE WITNESS:" there is that person, not another."""
        for unit in units:
            if not self._heads_examination(unit.text):
                continue
            sworn = self.config.witness.fullmatch(unit.text.strip())
            if sworn is None:
                continue
            if not self.config.witness_resumed.search(unit.text):
                return None
            return self.registry.as_printed(_named(sworn)) or None
        return None

    def _heads_examination(self, text: str) -> bool:
        """Whether *text* heads an examination: it says who asks ("BY MR. SMITH:") or who is
        sworn to answer ("DR AMELIA HART (sworn)"); no turn, and no front matter."""
        if text not in self._examinations:  # asked of a line in every pass: answered once
            line = text.strip()
            heads = self.config.examiner.fullmatch(line) or self.config.witness.fullmatch(line)
            self._examinations[text] = bool(heads)
        return self._examinations[text]

    def _untaken_role(self, examiner: str) -> str | None:
        """*examiner*, where an examination's heading names a role no label of the record prints
        and no form of address opens ("Questions from COUNSEL TO THE INQUIRY"): the next to speak
        under a label of their own, neither the chair nor the witness, is the one who asks."""
        key = label_key(examiner)
        if key in self.accepted or self.config.titles.match(examiner) or key in self.config.witnesses:
            return None
        return None if any(key in map(label_key, p.labels) for p in self.registry.people) else examiner

    def _in_role(self, examiner: str) -> str:
        """The label of whoever last spoke in the role an examination's heading names
        ("Questions from COUNSEL TO THE INQUIRY" after "MR SMITH (Counsel to the Inquiry):"),
        else *examiner* as the heading prints it."""
        wanted = " ".join(examiner.casefold().split())
        for person in reversed(self.registry.spoken):
            if person.role and " ".join(person.role.casefold().split()) == wanted:
                return person.labels[0]
        return examiner

    def _examined_by(self, sworn: str) -> str | None:
        """Who examines the witness a *sworn* line brings in, where its end names them as an
        examination's heading does ("… WAS EXAMINED FURTHER AS FOLLOWS BY MR. COUGHLAN:", "…,
        לאחר שהוזהר כחוק, משיב לשאלות ב"כ המאשימה:"); tried at each word, a sworn line is rare."""
        for found in _WORD_START.finditer(sworn, 1):
            by = self.config.examiner.match(sworn, found.start())
            if by and _named(by):
                return self.registry.as_printed(_named(by))
        return None

    def _answers(self, cand: Candidate, witness: str) -> bool:
        """Whether *cand* is *witness* speaking under another label: an answer's letter (the
        second of a `short` pair) or the record's label for whoever is examined ("THE WITNESS:"),
        unless that label is *witness* itself (and keeps its own holder, "WITNESS (Mr. Grey)")."""
        answers = {label_key(pair[-1]) for pair in self.config.short_labels}
        if cand.short or cand.key in answers:  # "R. -", "RISPOSTA -": the answer's word before a dash
            return cand.key in answers
        return cand.key in self.config.witnesses and cand.key != label_key(witness)

    def _listed(self, units: list[Unit]) -> dict[int, Listed]:
        """The units that are the blocks of listed speeches (see :mod:`listed`), by index."""
        return listed_blocks([[text for _, text in unit.lines] for unit in units], self.config)

    def _listed_turn(self, block: Listed, unit: Unit, printed: str) -> Turn:
        """The turn a listed speech's block opens: the name the label, the affiliation line its
        role (the party where it is shaped as one), the whole block (*printed*) in ``speaker``; a
        listed party's seat the role ("Labour, Northtown"), the party alone none; a video
        minute's role before its party ("raadslid CDA") the role."""
        if block.party:
            person = self.registry.resolve(block.name, block.role or block.seat or None, block.party)
        else:
            party = block.affiliation if is_party(block.affiliation) else ""
            person = self.registry.resolve(block.name, block.affiliation, party)
        person.turns += 1
        # the block, less its time (a voice of the hall's has no affiliation: "An hon. member")
        self.registry.printed_as(person, f"{block.name} {block.affiliation}".strip())
        label = SpeakerLabel(printed, block.name, "", role=block.affiliation, time=block.time)
        return Turn(person.id, label, [], unit.line)

    def _presiding(self, texts: list[str], before: str = "", head: bool = False) -> str:
        """Who the last of *texts* that says who takes the chair puts there ("Presidenza del
        presidente ROSSI", also in the front matter, as a record's title may be), else *before*.
        A heading that names the office alone names its holder in the bracket below it ("(Веде
        засідання Перший заступник Голови Верховної Ради України)" / "(ПАРУБІЙ А.В.)"). Lines of
        the *head* (the front matter, a paragraph in brackets) name the chair in a field too
        ("Voorzitter: Van Dalen") or after the words that open the sitting ("… otwiera
        marszałek Sejmu Jan Nowacki")."""
        for at, text in enumerate(texts):
            found = self.config.presiding.fullmatch(text.strip())
            named = next((name.strip() for name in found.groupdict().values() if name), "") if found else ""
            if head and not found:
                named = self._head_chair(text)
            fielded = text.strip().endswith((":", "：")) or (
                bool(UNSPACED_WORD.fullmatch(text.strip())) and chair_office_alone(text, self.config)
            )
            if head and not found and not named and fielded and at + 1 < len(texts):
                # a court's roll prints the chair's office alone over its holder's line, and a
                # city's minutes the field's name with no colon ("主席" / "林志遠")
                field = text.strip() if text.strip().endswith((":", "：")) else f"{text.strip()}:"
                named = self._head_chair(f"{field} {texts[at + 1].strip()}")
            below = BRACKETED.fullmatch(text.strip().removesuffix(".")) if self._chair_unnamed else None
            if below and len(below.group(1).split()) >= 2 and self.registry.names_person(below.group(1)):
                named = below.group(1).strip()
            named = named if named and self._person_named(named) else ""
            named = _less_office(named, self.config)
            before = named or before
            self._chair_unnamed = bool(found) and not named
        return before

    def _opens_sitting(self, text: str) -> bool:
        """Whether *text* is the head's sentence that names the chair opening the sitting
        (``[head] presiding``), wherever the head's reading left it."""
        opened = self.config.head.get("presiding")
        return bool(opened and opened.match(text.strip().strip("()[]").strip()))

    def _person_named(self, text: str) -> bool:
        """Whether *text*, a heading's or a field's name, names a person: no office alone."""
        return self.registry.names_person(text) or uncased_name(text, self.config)

    def _two_holders(self, name: str) -> bool:
        """Whether *name*, a head's field's value, is two persons parted by a slash, each a name
        ("Mr. Lavrov/Mr. Nebenzia", a Security Council whose presidency passed from the
        minister to the ambassador), never one name with a slash in it."""
        first, slash, second = name.partition("/")
        return bool(slash) and all(
            part.strip() and self._person_named(part.strip()) for part in (first, second)
        )

    def _head_chair(self, text: str) -> str:
        """The person a line of the record's head names as the chair: the value of a field
        whose name is the chair's office ("Elnök: Kovács Béla", "President: Mr. Arvelo Tamsin
        (Northland)"), or the words after those that open the sitting ("(Posiedzenie … otwiera
        marszałek Sejmu Jan Nowacki)"); "" where it names none ("[Mr Speaker in the Chair]")."""
        line = text.strip()
        if line[:1] in "([":  # the head's line in brackets, not a name's mark: "Jane Roe (Chair)"
            # the bracket alone, not the heading a flattened copy ran on after it ("[MR. SPEAKER in
            # the Chair] LEAVE OF ABSENCE")
            line = line[1 : line.rfind(")" if line[0] == "(" else "]")].strip("()[]").strip()
        if marked := self._marked_chair(line):
            return marked
        values = []
        parts = [part.strip() for part in _HEAD_PARTS.split(line)]
        for at, part in enumerate(parts):
            field = _HEAD_FIELD.fullmatch(part)
            listed = at + 1 < len(parts) and not _HEAD_FIELD.fullmatch(parts[at + 1])
            if field and not listed and chairs(field.group("field"), self.config):  # not "Speakers: X, Y"
                values.append((field.group("field"), field.group("value")))
        opened = self.config.head["presiding"].match(line) if "presiding" in self.config.head else None
        if opened and not values:
            values.append((line[: opened.end()], line[opened.end() :]))
        for field_name, value in values:
            name = _less_office(_NAME_END.sub("", value).strip().rstrip(".").strip(), self.config)
            if self._two_holders(name):
                return ""  # "President: Mr. X/Mr. Y": the presidency passed in the sitting, no one holder
            if name and len(name) <= _HEAD_NAME and self._person_named(name):
                if ":" in field_name:  # "Before the Commissioner:" names the office its label prints
                    self.registry.chair_field(field_name.rsplit(":", 1)[0])
                return name
        if opened and not values[1:]:
            return self._held_in_sentence(line[opened.end() :])
        return self._bench_chair(line)

    def _bench_chair(self, line: str) -> str:
        """The chair a roll of the bench names first, by the office before or after the name
        ("Present: President Owada; Vice-President Tomka; Judges …", "Présents : M. Owada,
        président ; M. Tomka, vice-président ; …"): a court's president, whom "The PRESIDENT:"
        names below; "" where the roll's first entry holds no chair's office."""
        roll = self.config.head.get("list")
        field = _HEAD_FIELD.fullmatch(line) if roll and roll.match(line) else None
        if field is None:
            return ""
        entries = [entry.strip() for entry in _ROLL_ENTRIES.split(field.group("value"), maxsplit=2)]
        first = entries[0]
        if entries[1:] and chair_office_alone(entries[1], self.config):
            name = first  # "M. Owada, président"
        elif (office := chair_office(first, self.config)) and chairs(first, self.config):
            end = first.casefold().find(office) + len(office)
            if not first[end : end + 1].isspace():  # "Vorsitzender Richter …": a longer word
                return ""
            name = first[end:].strip()  # "President Owada"
        else:
            return ""
        name = _less_office(_NAME_END.sub("", name).strip(), self.config)
        return name if name and len(name) <= _HEAD_NAME and self._person_named(name) else ""

    def _marked_chair(self, line: str) -> str:
        """The member a list of those present marks as the chair with the office alone in
        brackets after the name ("Members present: Senators Hadley (chair), Ortiz and Brandt.",
        "Anwesend: Dr. Eva Roth (Vorsitz), Max Brunner"): the name's words back to the list's
        comma or colon or a word of no name, less the form of address printed once for all
        ("Senators"); "" where no member is so marked."""
        for found in _MARK.finditer(line):
            if not chair_office_alone(found.group(1), self.config):
                continue
            words: list[str] = []
            for word in reversed(line[: found.start()].split()):
                if word[-1] in ",:;：" or not name_word(word, self.config.particles):
                    break
                words.insert(0, word)
            while words and words[0].casefold() in self.config.plural_titles:
                words.pop(0)
            name = " ".join(words)
            if words and words[0][:1].isupper() and self._person_named(name):
                return name
        return ""

    def _held_in_sentence(self, text: str) -> str:
        """The name in *text*, the rest of the head's sentence that names the chair, after the
        office it holds ("Latvijas Republikas 13.Saeimas priekšsēdētāja Laima Kalniņa.",
        "domnul Vasile Cojocaru, Președintele Parlamentului, asistat de …", "Seimo Pirmininko
        pavaduotojai A. VAITKEVIČIUS ir R. ŽILINSKIENĖ"): the first run of capitalised words
        before the first comma past the last word of a chair's office in it; "" where there is none."""
        run: list[str] = []
        for word in _unglued(text.split(",")[0].split(), self.config):
            if self.config.chairs.search(word.casefold()) or any(char.isdigit() for char in word):
                run = []  # the office and the house it names: "13.Saeimas priekšsēdētāja"
            elif not word[:1].isupper():
                if len(run) >= 2:
                    break
                run = []
            else:
                run.append(word)
        name = " ".join(run).rstrip(".")
        return name if len(run) >= 2 and self._person_named(name) else ""

    def _called(self, cand: Candidate, unit: Unit, following: list[Unit]) -> bool:
        """Whether *cand*, a name in Mixed case with a full stop that is its whole paragraph,
        is the chair calling the next speaker ("Mr. Clement." before "MR. CLEMENT: …"): no
        turn, for no speech follows it before the next label or heading. So is a name alone
        with no punctuation over the line that heads the examination ("David Grey" / "Questioned
        by Ms Lane"), as an inquiry's transcript prints the witness called: a heading."""
        after = following[0] if following else None
        if not cand.punct and not unit.text[cand.end :].strip():
            return after is not None and self._heads_examination(after.text)
        if cand.upper or cand.role or cand.punct != "." or unit.text[cand.end :].strip():
            return False
        return after is None or bool(
            self._label(after.text, after.first_line)
            or self.matcher.is_heading(after.text)
            or self._heads_examination(after.text)
        )

    def _capitals_heading(
        self, units: list[Unit], cand: Candidate, unit: Unit, following: list[Unit]
    ) -> bool:
        """Whether *cand*, a line in CAPITALS with its stop or none that is its whole paragraph
        and names no form of address, office or role, heads an item ("OATH OF ALLEGIANCE.",
        "PETITIONS.", the Congressional Globe's; "IZAMIENTO DE BANDERAS"): a label follows it,
        or the record's narration of what the house did ("The Senate resumed the consideration
        of …"), no speech of its own; and it opens no speech anywhere in the record ("STALIN."
        silent once, "STALIN. Yes." later)."""
        if not cand.upper or cand.role or cand.title or cand.punct not in (".", "") or len(unit.lines) > 1:
            return False
        if unit.text[cand.end :].strip() or not following or self._office_named(cand.name):
            return False
        if cand.key in self._speaking(units):
            return False
        after = following[0]
        if self._label(after.text, after.first_line) is not None:
            return True
        words = after.text.split()[:2]
        if len(words) == 2 and len(words[0]) <= 3 and words[1][:1].isupper():  # "The Senate", "Le Sénat"
            words = words[1:]
        return bool(words) and self.config.chambers.match(words[0].casefold()) is not None

    def _narration_below(self, cand: Candidate, unit: Unit, following: list[Unit]) -> str | None:
        """The record's narration of an event of the sitting that *cand*, a line in CAPITALS
        alone with no punctuation, heads ("" where it is the next paragraph), or None where it
        heads a speech: a synod's "THE CHAIR" over "Miss X (London) took the Chair at 10.30
        am.", "WORSHIP" over "The Revd X led the Synod in an act of worship." (``[labels]
        procedural`` or ``presiding``, the whole paragraph)."""
        if not cand.upper or cand.role or cand.punct.strip():
            return None
        if unit.first_line.strip() != cand.printed.strip():  # its line is the label alone
            return None
        below = unit.text[cand.end :].strip()
        narration = below or (following[0].text.strip() if following else "")
        narrated = self.config.procedural.match(narration) or self.config.presiding.fullmatch(narration)
        return below if narration and narrated else None

    def _office_named(self, name: str) -> bool:
        """Whether *name*, a line in CAPITALS, names an office's holder: the office opens it
        ("THE PRIME MINISTER.") or follows a name and its comma ("JOHN ROE, MINISTER OF LABOUR.");
        a body named inside a heading is none ("MESSAGES FROM THE COUNCIL OF STATE.")."""
        words = name.casefold().split()
        if words[:1] == ["the"]:
            words = words[1:]
        return bool(self.config.offices.match(" ".join(words))) or (
            "," in name and bool(self.config.offices.search(name.casefold()))
        )

    def _speaking(self, units: list[Unit]) -> set[str]:
        """The keys of the labels that open a speech on their own line somewhere in *units*,
        read once, when a line in CAPITALS first asks."""
        if self._spoken_keys is None:
            self._spoken_keys = set()
            for unit in units:
                cand = self._label(unit.text, unit.first_line)
                if cand is not None and unit.text[cand.end :].strip():
                    self._spoken_keys.add(cand.key)
        return self._spoken_keys

    def _who(self, name: str, affiliation: str = "") -> str:
        return self.registry.resolve(name, affiliation=affiliation).id

    def _place(
        self, nodes: list[Node], division: Division, turn: Turn | None, unit: Unit, labelled: bool
    ) -> Turn | None:
        """Put a paragraph's nodes into the current turn, starting turns at bracketed labels."""
        segments: list[list[Inline]] = [[]]
        breaks: list[TurnBreak] = []
        for node in nodes:
            if isinstance(node, TurnBreak):
                breaks.append(node)
                segments.append([])
            else:
                segments[-1].append(node)
        for index, segment in enumerate(segments):
            if index > 0:
                label = breaks[index - 1].speaker
                if segment and isinstance(segment[0], str) and segment[0][:1] in ".:":
                    label.punct = segment[0][0]
                    segment[0] = segment[0][1:].lstrip()
                    if not segment[0]:
                        segment.pop(0)
                person = self.registry.resolve(label.name)
                person.turns += 1
                turn = Turn(person.id, label, [], unit.line)
                division.items.append(turn)
                self.doc.decisions.append(f"line {unit.line}: bracketed label [{label.name}] starts a turn")
            item = self._item(segment, unit.line, narrative=index > 0 or not labelled)
            if item is None:
                continue
            ended = turn is not None and turn is self._ended
            if turn is not None and turn.items and self._between_turns(item):
                division.items.append(item)
                self._ended = turn
                self.doc.decisions.append(f"line {unit.line}: an event of the sitting, placed between turns")
                if self._verdict(item):  # the trial is over: no one goes on below it
                    turn = self._ended = None
                continue
            if ended and isinstance(item, BlockStage):  # the events after it too, until someone speaks
                division.items.append(item)
                continue
            if ended and turn is not None:  # the speaker goes on after the event: a new turn, unlabelled
                turn = self._resumed(turn, division, unit)
            container = turn.items if turn is not None else division.items
            if index == 0 and not labelled and self._join(container, item, unit):
                continue
            container.append(item)
        return turn

    @staticmethod
    def _clock_apart(lines: list[tuple[int, str]], index: int) -> bool:
        """Whether the clock on line *index* stands apart from the lines around it: not last
        under a name and a role with no stop, as a council's video record closes a speaker's
        block with the time ("Ivana Horvat" / "Predsjednica Gradskog vijeća" / "09:14")."""
        return index + 1 < len(lines) or index == 0 or lines[index - 1][1].rstrip()[-1:] in TERMINAL

    def _under_title(self) -> Turn | None:
        """The turn whose words go on, with no label, under an item's title printed below the
        hour: the chair's last (the chair takes up the item and gives the floor), else the
        turn the hour ended."""
        chairs = {person.id for person in self.registry.people if person.chair}
        last = next(
            (
                item
                for division in reversed(self.doc.body)
                for item in reversed(division.items)
                if isinstance(item, Turn) and item.who in chairs
            ),
            None,
        )
        self._ended = last or self._ended
        return self._ended

    def _hour_of_item(self, units: list[Unit], index: int, spoken: bool) -> bool:
        """Whether the line at *index* is the hour alone over the title of the item taken up
        next ("15.10 val." / "Seimo nutarimo projektas Nr. XIVP-1234 (pateikimas)", the
        Lithuanian Seimas's): both stand between turns, no words of the speech before. An hour
        over more of a speech ("3.45 pm" in a Hansard) has a sentence under it, or a label."""
        if index + 1 >= len(units) or not self._clock(units[index].text):
            return False
        below = units[index + 1]
        return item_title(below.text) and self._opens_turn(below, spoken) is None

    def _hour_over_label(self, units: list[Unit], index: int) -> bool:
        """Whether the line at *index* is a clock alone right over a label ("9.08.26", the
        Austrian Nationalrat's margin time; "3.45 pm" in a Hansard): the hour the next speech
        begins, between the turns, no words of the speech above."""
        return (
            index + 1 < len(units)
            and len(units[index].lines) == 1
            and self._clock(units[index].text)
            and self._opens_turn(units[index + 1], True) is not None
        )

    def _clock(self, text: str) -> bool:
        """Whether *text* is a time alone ("16:00:32", "[09:00]"), as ``[labels] timestamp``
        reads one before a label, or an hour and minute with a stop between ("9.06"), the time
        of day after it perhaps ("11.32 am", ``[labels] clock_marks``), or the Malaysian
        margin's stamp ("■1010"). Asked of
        every line of a paragraph: one that opens with a letter is none, asked no pattern."""
        text = text.strip()
        if not text[:1].isdigit() and text[:1] not in _CLOCK_OPENERS:
            return False
        hour = _TIME_WITH_STOP.match(text)
        rest = text[hour.end() :].strip() if hour else None
        return (
            self.config.timestamp.fullmatch(text + " ") is not None
            or (
                rest is not None
                and (not rest or self.config.clock_marks.fullmatch(rest.casefold()) is not None)
            )
            or _FOUR_DIGIT_TIME.fullmatch(text) is not None
        )

    def _item(self, segment: list[Inline], line: int, narrative: bool = True) -> Para | BlockStage | None:
        """A paragraph's content as a paragraph or a stage of its own. A procedural line is the
        record's only where no label precedes it on its line (*narrative*): "El señor PRESIDENTE:
        Comienza la votación." is the chair's."""
        meaningful = [n for n in segment if not (isinstance(n, str) and not n.strip())]
        if not meaningful:
            return None
        if isinstance(meaningful[0], Stage) and all(
            isinstance(n, str) and _PUNCTUATION_ONLY.fullmatch(n) for n in meaningful[1:]
        ):
            stage = meaningful[0]
            tail = "".join(n.strip() for n in meaningful[1:] if isinstance(n, str))
            if tail:  # a new stage: the one read may stand for every bracket of its words
                stage = Stage(stage.type, [*stage.content, tail], stage.who)
            return BlockStage(stage, line)
        strings = [n for n in meaningful if isinstance(n, str)]
        text = "".join(strings) if len(strings) == len(meaningful) else ""
        if PARENTHESIS.fullmatch(text.strip()):  # a paragraph of its own in parentheses
            return BlockStage(Stage("other", [text.strip()]), line)
        if slashed := SLASHED.fullmatch(text.strip()):  # "/INTONIRANJE HIMNE/" alone
            return BlockStage(
                Stage(stage_type(slashed["note"], self.config) or "other", [text.strip()]), line
            )
        if _language_mark(text, self.config) is not None:  # "[English]", "IsiZulu:", "Translation:" alone
            return BlockStage(Stage("other", [text.strip()]), line)
        described = self.config.descriptions
        if described and described.match(text.strip()):  # "AUDIO DESCRIPTION: Jury leaving."
            rest = text.strip().split(":", 1)[1]
            return BlockStage(Stage(stage_type(rest.strip(), self.config) or "other", [text.strip()]), line)
        if self._clock(text):  # "16:00:32" alone: the record's clock, no speech
            return BlockStage(Stage("other", [Time(text.strip())]), line)
        if len(meaningful) == 1 and isinstance(meaningful[0], Time):  # "[10:15]", read as a time
            return BlockStage(Stage("other", meaningful), line)
        kind = bare_stage(text, self.config, narrative) or (
            "other" if narrative and self.config.procedural.match(text.strip()) else None
        )
        if kind:
            return BlockStage(Stage(kind, [text.strip()]), line)
        while segment and isinstance(segment[0], str) and not segment[0].strip():
            segment.pop(0)
        if segment and isinstance(segment[0], str):
            segment[0] = segment[0].lstrip()
        if segment and isinstance(segment[-1], str):
            segment[-1] = segment[-1].rstrip()
        timed = not text and all(isinstance(n, str | Time) for n in meaningful)  # "… divided. [15:42]"
        if narrative and timed and self.config.procedural.match("".join(strings).strip()):
            return BlockStage(Stage("other", segment), line)
        return Para(segment, line)

    def _between_turns(self, item: Para | BlockStage) -> bool:
        """Whether *item* is an event of the sitting rather than of a speech: the record's own
        procedural line, a closing, or a bracket naming the sitting suspended, resumed or closed,
        the chair changing hands or a vote taken (``[labels] sitting``). A hall's event (applause,
        laughter, noise, a voice) belongs to the speech it interrupts."""
        if not isinstance(item, BlockStage) or item.stage.type != "other":
            return False
        text = "".join(
            n.text if isinstance(n, Time) else n for n in item.stage.content if isinstance(n, str | Time)
        )
        text = text.strip()  # "12.00 hrs", a clock read as the record's time, marks the hour too
        inner = text.strip("()[]〔〕（）_ .")
        return bool(
            inner
            and (
                self.config.procedural.match(text)
                or self.config.sitting.match(inner)
                or self.config.closing.search(inner)
            )
        )

    def _verdict(self, item: Para | BlockStage) -> bool:
        """Whether *item* is a trial's verdict ("NOT GUILTY ."), after which no turn goes on."""
        verdicts = self.config.verdicts
        if verdicts is None or not isinstance(item, BlockStage):
            return False
        return verdicts.match(_stage_text(item).strip()) is not None

    def _join(self, container: Sequence[object], item: Para | BlockStage, unit: Unit) -> bool:
        """Join *item* to the paragraph before it when a page break had cut a sentence."""
        if not container or not isinstance(container[-1], Para) or not isinstance(item, Para):
            return False
        previous = container[-1]
        last = previous.content[-1] if previous.content else ""
        first = item.content[0] if item.content else ""
        if not isinstance(last, str) or not isinstance(first, str):
            return False
        if not last.rstrip() or last.rstrip()[-1] in TERMINAL or not first[:1].islower():
            return False
        if last.rstrip()[-1] in ",;" and not any(
            previous.line < f.line < unit.line for f in self.doc.furniture
        ):
            return False  # a formula's lines ("De Kamer," / "gehoord de beraadslaging,"): no page cut them
        previous.content[-1] = last.rstrip() + " "
        previous.content.append(Join(unit.line))
        previous.content.extend(item.content)
        self.doc.warnings.append(
            (
                unit.line,
                f"joined to the paragraph before (line {previous.line}): "
                "a page break seems to cut the sentence",
            )
        )
        return True

    def _closing(self) -> None:
        """A procedural closing line at the end ("(Whereupon, at 4:12 p.m., the hearing was
        adjourned.)", "(Заседание закрывается.)") stands after the last turn, not inside it."""
        division = self.doc.body[-1] if self.doc.body else None
        turn = division.items[-1] if division and division.items else None
        if division is None or not isinstance(turn, Turn) or len(turn.items) < 2:
            return
        last = turn.items[-1]
        if isinstance(last, Para) and short_closing(last, self.config):
            # unbracketed ("The meeting rose at 1.10 p.m."): the stenographer's line, no speech
            last = BlockStage(Stage("other", last.content), last.line)
        if isinstance(last, BlockStage):
            text = "".join(n for n in last.stage.content if isinstance(n, str))
            if self.config.closing.search(text):
                turn.items.pop()
                division.items.append(last)
                self.doc.decisions.append(f"line {last.line}: a closing line, placed after the last turn")

    def _insertions(self) -> None:
        """A document the record inserts after a bracketed line that says it follows ("[The
        prepared statement of Ms. Doe follows:]", an American hearing's; ``inserted``) is no
        one's words, least of all those of the turn it is printed in: the line and the
        paragraphs after it in that turn, up to a rule ("______") or the next turn, stand
        between turns, the paragraphs as an inserted quotation."""
        for division in self.doc.body:
            items: list[Turn | Para | BlockStage | Quote] = []
            for item in division.items:
                items.append(item)
                if isinstance(item, Turn):
                    items.extend(self._inserted(item))
            division.items = items

    def _inserted(self, turn: Turn) -> list[Para | BlockStage | Quote]:
        """What *turn* prints after its words that the record inserts (see :meth:`_insertions`),
        taken out of it: the line that says so, the document, and what follows its rule."""
        at = next(
            (
                i
                for i, item in enumerate(turn.items)
                if i
                and isinstance(item, BlockStage)
                and self.config.inserted.search(_stage_text(item).strip())
            ),
            None,
        )
        if at is None:
            return []
        notice, rest = turn.items[at], turn.items[at + 1 :]
        ruled = [f.line for f in self.doc.furniture if f.pattern == "separator-rule"]  # removed rules
        lines = [notice.line, *(item.line for item in rest)]
        end = next(
            (
                i
                for i, item in enumerate(rest)
                if not isinstance(item, Para) or _rule(item) or any(lines[i] < r < item.line for r in ruled)
            ),
            len(rest),
        )
        paras = [item for item in rest[:end] if isinstance(item, Para)]
        if not paras:
            return []
        turn.items = turn.items[:at]
        self.doc.decisions.append(
            f"line {paras[0].line}: {len(paras)} paragraphs the record inserts, a quotation between turns"
        )
        return [notice, Quote(paras, paras[0].line, "inserted"), *rest[end:]]

    def _quotes(self) -> None:
        """Wrap paragraphs read out between quotation marks that open and close them in a Quote."""
        for division in self.doc.body:
            for turn in division.items:
                if isinstance(turn, Turn):
                    turn.items = group_quotes(turn.items, self.doc.decisions)

    def _silent_turns(self) -> None:
        """A label with no words after it: the turn says so with a gap, and the report warns."""
        for division in self.doc.body:
            for turn in division.items:
                if isinstance(turn, Turn) and not turn.items:
                    turn.items.append(Para([Gap("not-recorded", "")], turn.line))
                    self.doc.warnings.append((turn.line, f"the turn of {turn.speaker.text!r} has no words"))

    def _addressing_speaker(self, ids: set[str]) -> set[str]:
        """The ids among *ids* of the speakers a turn of whose opens by addressing a Speaker
        ("Mr Speaker, …", "Speaker, …", "Mheshimiwa Spika, …"): no chair of the sitting."""
        words = "|".join(map(re.escape, sorted(self.config.speaker_chairs)))
        if not words or not ids:
            return set()
        opening = re.compile(rf"(?:[^\W\d_][\w.'’]*\s+){{0,3}}?(?:{words})\b", re.IGNORECASE)
        found: set[str] = set()
        for division in self.doc.body:
            for turn in division.items:
                if isinstance(turn, Turn) and turn.who in ids and opening.match(_first_words(turn)):
                    found.add(turn.who)
        return found

    def run(self) -> Document:
        paragraphs = self.lines.rejoin_cut_labels(self.source.paragraphs, self.source.layout)
        self._decide_labels(paragraphs)
        units = self._front(self._units(paragraphs))
        self._body(units)
        self._closing()
        self._insertions()
        self._quotes()
        self._silent_turns()
        self._marked_languages()
        self.registry.unseat(self._addressing_speaker(self.registry.state_chairs()))
        self.registry.unseat_visiting_heads()
        self.doc.persons = self.registry.people
        for person in self.doc.persons:  # the registry's joins, said so that an editor can undo one
            if not person.known and len({label_key(label) for label in person.labels}) > 1:
                forms = " = ".join(repr(label) for label in person.labels)
                self.doc.decisions.append(f"person: {forms} are one person ({person.id})")
        if not self.doc.persons:
            self.doc.warnings.append((0, "no speaker labels found: the text is encoded as paragraphs"))
        return self.doc

    def _marked_languages(self) -> None:
        """The language of each paragraph after a mark of the language spoken, a bracketed note
        alone on its line ("[English]", "[Français]", the Canadian Hansard as spoken), up to the
        next mark, where it is not the record's own; a mark of translation ("[Translation]")
        returns to the record's own language, into which the speech was translated."""
        if not self.config.language_marks:
            return
        current: str | None = None
        for division in self.doc.body:
            for item in division.items:
                for block in item.items if isinstance(item, Turn) else [item]:
                    if isinstance(block, BlockStage):
                        code = _language_mark(_stage_text(block), self.config)
                        current = code if code is not None else current
                    elif isinstance(block, Para) and current and current != self.doc.lang:
                        block.lang = current


# "[English]", "(Français)", "IsiZulu:": a language's name in brackets or before a colon, alone
_LANGUAGE_MARK = re.compile(r"[\[(]\s*(?P<bracketed>[^\W\d_]+)\s*\.?\s*[\])]|(?P<named>[^\W\d_]+)[ \t]*:")


def _language_mark(text: str, config: Config) -> str | None:
    """The language code *text* marks where it is a mark of the language spoken alone (see
    ``[languages.marks]``): "" for a mark of translation, back to the record's own language;
    None where it is none."""
    mark = _LANGUAGE_MARK.fullmatch(text.strip())
    return config.language_marks.get((mark["bracketed"] or mark["named"]).casefold()) if mark else None


def _first_words(turn: Turn) -> str:
    """The words a turn's first paragraph opens with, up to its first note."""
    first = next((item for item in turn.items if isinstance(item, Para)), None)
    return next((node for node in first.content if isinstance(node, str)), "").lstrip() if first else ""


_RULE = re.compile(r"[_\-–—=*·.\s]{3,}")  # a rule printed under an inserted document: "______"


# The number an item's heading opens with: "§ 1", "1 §", "12.", "3)".
_ITEM_NUMBER = re.compile(r"(?:§\s*\d+[a-z]?|\d+[a-z]?\s*§|\d{1,3}[.)])\s+")


def _title_words(text: str) -> str:
    """An item's title less its number, in lower case, its white space collapsed: what a
    parliament's web page sets over each speech again ("§ 2  Partiledardebatt" / "Anf. 2
    Statsminister X (S):" / "Partiledardebatt"), a title's words no speech has alone."""
    title = " ".join(text.split())
    title = title[number.end() :] if (number := _ITEM_NUMBER.match(title)) else title
    return title.casefold() if len(title) > 3 else ""


def _numbered_question(turn: Turn, text: str) -> bool:
    """Whether *text*, no label before it, is a numbered question after a witness's answer in
    brackets ("(Sir John Smith) Yes." / "41. And then?"), as the Commons' minutes of evidence
    printed the questions of the member who asked last: his or hers again."""
    return turn.speaker.punct == ANSWERED and _QUESTION_NUMBER.match(text) is not None


def _stage_text(item: BlockStage) -> str:
    """The words of a stage direction standing as a paragraph."""
    return "".join(node for node in item.stage.content if isinstance(node, str))


def _rule(item: Para) -> bool:
    """Whether *item* is a rule alone ("______", "* * *"), no words."""
    return bool(_RULE.fullmatch("".join(node for node in item.content if isinstance(node, str))))


def _bracket_cut(text: str, below: str) -> bool:
    """Whether *text* ends with a square bracket opened a few words before its end and *below*
    closes it in its first words: an interjection the page or a blank line cut ("You are most
    welcome – [HON." / "MEMBERS: Hear, hear.]")."""
    opened = text.rfind("[")
    closed = below.find("]")
    return (
        opened >= 0
        and "]" not in text[opened:]
        and len(text) - opened <= _CUT_BRACKET
        and 0 <= closed <= _CUT_BRACKET
        and "[" not in below[:closed]
    )


def _join_stage_paragraphs(first: str, second: str) -> str:
    """Two paragraphs inside one bracketed stage direction: their italics marks go."""
    return re.sub(r"_$", "", first.rstrip()) + " " + re.sub(r"^_", "", second.lstrip())


def parse(source: Source, config: Config, lang: str | None = None) -> Document:
    """The document model of a read transcript."""
    return _Parser(source, config, lang).run()
