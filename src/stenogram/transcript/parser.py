"""Parsing: the reader's raw paragraphs → the document model.

Order of work: label candidates are collected from the whole text (:mod:`stenogram.transcript.labels`)
and decided on evidence (:mod:`stenogram.transcript.turn_labels`); the record's head before the
first turn is read into header facts (:mod:`stenogram.transcript.head`); then every paragraph becomes
a heading, the start of a turn, or running text of the current turn, with its inline content
parsed (:mod:`stenogram.transcript.inline`). A paragraph cut by a page break (it ends
mid-sentence, the next begins in lower case) is joined. The parser's questions of examinations,
of who presides and of the floor given, and its placing of each item, are in the modules named
so (:mod:`~stenogram.transcript.examinations`, :mod:`~stenogram.transcript.presiding`,
:mod:`~stenogram.transcript.floor`, :mod:`~stenogram.transcript.placing`).
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from pathlib import PurePath

from stenogram.transcript.blocks import (
    bare_stage,
    item_heading,
    item_title,
    short_heading,
    spaced_heading,
)
from stenogram.transcript.candidate import (
    ANSWERED,
    BRACKETED,
    WORD,
    Candidate,
    is_party,
    label_key,
)
from stenogram.transcript.config import Config
from stenogram.transcript.endnotes import place_notes
from stenogram.transcript.events import stage_type
from stenogram.transcript.examinations import Examinations, heading_person
from stenogram.transcript.floor import CAPTION_NOTE, FloorGiving
from stenogram.transcript.frontmatter import (
    front_kind,
    month_first,
)
from stenogram.transcript.head import HeadReading
from stenogram.transcript.inline import InlineContext, Node, parse_inline
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.labels.patterns import (
    CAPTION_MARK,
    OPENING_SPAN,
    capitals_alone,
    capitals_spaced,
    dotted_clocks,
    gives_the_floor,
    names_unmarked,
    typed_in_capitals,
    typed_in_lower_case,
    wordspace_after_labels,
)
from stenogram.transcript.language import LANGUAGE_SPAN, detect_language
from stenogram.transcript.lines import LineLabels, asked_letters
from stenogram.transcript.listed import Listed, cards, listed_blocks, shaped
from stenogram.transcript.model import (
    BlockStage,
    Division,
    Document,
    Furniture,
    Para,
    Person,
    SpeakerLabel,
    Stage,
    Time,
    Turn,
)
from stenogram.transcript.names import chairs, division_number, numbered_item
from stenogram.transcript.persons import Registry
from stenogram.transcript.placing import Placing
from stenogram.transcript.presiding import Presiding
from stenogram.transcript.reader import (
    PHOTO_CAPTION,
    SENTENCE_STOPS,
    TERMINAL,
    RawPara,
    Source,
    marked_label_cut,
)
from stenogram.transcript.regexcache import regex
from stenogram.transcript.scoring import SENTENCE_GAP, voices
from stenogram.transcript.turn_labels import TurnLabels, bracket_carried, opens_inside_carried
from stenogram.transcript.units import (
    PARENTHESIS,
    SourceLines,
    Unit,
    UnitTexts,
    join_lines,
    joined_text,
    line_texts,
)

_RUNNING_HEAD = regex(r"\(([^\W\d_][^()\n:!?]{1,80}?)\)")
# The country after the running speaker's comma: "USSR", "United Kingdom", "Republic of Korea"
_PLACE_WORDS = 6  # words at most of a country a running speaker's head names after the comma
_STAGE_SPAN = 5  # paragraphs a bracketed stage direction may run over
_PAGE_TOP_LINES = 6  # lines under a page's running head that are still its top
_SCATTERED_WORDS = 8  # one-word paragraphs at most of an interjection's scattered words, less one
_SCATTERED_LETTERS = 30  # letters of one scattered word at most
_FLOOR_WORDS = 8  # words of a turn's speech that hold the floor, past a short interjection
_PARTICLE_LETTERS = 4  # letters of a particle after an event's word at most: "FROM", "DO", "ON"
_FLOOR_TURNS = 8  # members' turns looked back over for the one holding the floor
# A clock in brackets glued to the stage direction after it, one paragraph: "(10:15)(Recess.)",
# "[10.15 a.m.] (The hearing resumed.)".
_CLOCKED_NOTE = regex(r"(?P<clock>[(\[][^()\[\]]{3,16}[)\]])[ \t]*(?P<note>[(\[].*)")
_CUT_BRACKET = 40  # characters of an interjection in square brackets on either side of a cut
# The number that opens an item or a list's entry ("5.", "5.1.", "12)")
_LIST_NUMBER = regex(r"(\d{1,3}(?:\.\d{1,3})*)[.)]\s")
# A caption's clock opening a line of a video's transcript copied from a web page, the words
# after it glued or after a space ("00:14At the risk …", "01:02 Bonjour à tous"): minutes and
# seconds, an hour perhaps, in brackets perhaps; the words open with a letter, no clock's word
# ("10:02 Uhr."), and no colon of a label follows near ("0:00:43 Jane Doe: …" is a label's time).
_CAPTION_CLOCK = regex(r"[ \t]*(?P<clock>\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?)[ \t]?(?=[^\W\d_])")
_CAPTION_LINES = 3  # such lines that make a text a video's transcript
_CAPTION_LABEL = 60  # characters after the clock a label's colon may close
# The captioner's mark of a change of speaker opening a paragraph, and the paragraphs it opens that
# make a text live captions, where none names the speaker (">> THANK YOU. ANY QUESTIONS?").
_CAPTION_OPENS = regex(rf"[ \t]*{CAPTION_MARK}[ \t]+\S")
_CAPTION_ITEM = regex(rf"[ \t]*{CAPTION_MARK}>[ \t]+\S")  # the captions' mark of a new item or story
_CAPTIONS = 2
# The hour and minute alone on a line with a stop between them, as the Austrian Nationalrat's
# record prints the time above each speech ("9.06").
_TIME_WITH_STOP = regex(r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[.:][0-5]\d)?")
# The hour and minute in four digits in parentheses, a bullet before them in a web copy, as the
# Canadian House's and its committees' evidence print the time between speeches ("● (0915)"),
# or after a black square, as the Malaysian Hansard's margin ("■1010").
_FOUR_DIGIT_TIME = regex(r"(?:[●•]\s*)?\((?:[01]\d|2[0-3])[0-5]\d\)|■\s?(?:[01]\d|2[0-3])[0-5]\d")
# The hour and minute with the hour's sign between them, in parentheses between bullets, as the
# Québec Assemblée nationale's Journal des débats prints the time between speeches ("• (10 h 30) •").
_BULLETED_HOUR_SIGN = regex(r"[●•]\s*\((?:[01]?\d|2[0-3])\s?h\s?[0-5]\d\)\s*[●•]?")
# The whole of a line that heads an examination by naming an office alone ("検察官").
_WHOLE_LINE = regex(r"(?P<name>.+)")
# An office with its holder in brackets that heads an examination ("検察官（森下）"): the holder asks.
_HELD_LINE = regex(r"[^(（]+[(（]\s*(?P<name>[^)）]+?)\s*[)）]")
# An office alone in brackets that heads an examination ("（検察官）", "(검사)", "【公诉人】").
_BRACKETED_LINE = regex(r"[(（\[【〔]\s*(?P<name>[^)）\]】〕]+?)\s*[)）\]】〕]")
_LONG_WORD = regex(r"[^\W\d_]{4,}")  # a word title case capitalises: "the", "for", "in" stay small
# The number of a question printed before it, its member's name not repeated ("41. And then?").
_QUESTION_NUMBER = regex(r"[ \t]*\d{1,5}\.[ \t]+\S")
_CLOCK_OPENERS = "[(●•■"  # what a clock alone on its line opens with, if not its hour's figure
_WORDED_CLOCK = 16  # characters of a clock alone with its word before it, at most ("klockan 13.05")


# An Australian court's or royal commission's answer printed after the question on its line
# ("MR SMITH:   And you saw him on 4 May?---Yes, I did."): three hyphens after the question's stop,
# no more: a longer run fills the line to its margin, as a Latin American minute closes a paragraph
# ("…que figuran en el recuadro.----------"), and nobody answers.
_ANSWER_AFTER = regex(r"(?<=[?.!])-{3}(?!-)[ \t]*(?=\S)")
# A rule of dashes across the page, an ornament in it perhaps, that sets off the next item of the
# sitting from the last turn ("————◇—————", the Diet's).
_ITEM_RULE = regex(r"[-‐–—―─━_=*·◇◆○●□■\s]{3,}")
# Markdown's thematic break alone on its line, and a list's item below it: a Markdown transcript's
# notes after its last turn ("---" / "- Tom to send the schedule"), no speaker's words.
_MARKDOWN_RULE = regex(r"-{3,}|\*{3,}|_{3,}")
_MARKDOWN_ITEM = regex(r"(?:[-*+]|\d{1,2}[.)])[ \t]+\S")


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


def _next_item(text: str, below: str) -> bool:
    """Whether *below* is numbered as the item after *text* at its level ("1. Agriculture" /
    "2. Fisheries"): a list counted on, not an item's heading over its sub-item ("5. Voting time"
    / "5.1. Agreement on …")."""
    first, second = _LIST_NUMBER.match(text), _LIST_NUMBER.match(below)
    if first is None or second is None:
        return False
    above, under = first.group(1).split("."), second.group(1).split(".")
    return len(above) == len(under) and above[:-1] == under[:-1] and int(under[-1]) == int(above[-1]) + 1


# The units the body's reading looks back at: the one before (an item's heading under a line);
# any before it is freed once read, the model growing as the lines go.
_LOOKED_BACK = 1
_HEAD_LINE_SPAN = 40  # characters of a head's short line between a listed block and a label below
_HEADING_LETTERS = 4  # letters at least of an item's heading run onto the turn above it
_RUN_ON_WORDS = 2  # words at least of such a heading run into the sentence's own line
_NAME_LINE_WORDS = (2, 6)  # the words of a listed member's name with its form of address: "Hon. X Y"
_HEADING_WORD = regex(r"[^\W\d_]{2,}")  # a word of a heading run in before a label ("NA")
_SPENT = Unit("", [(0, "")])  # what stands for a unit freed


class _Parser(HeadReading, TurnLabels, Examinations, Presiding, FloorGiving, Placing):
    def __init__(self, source: Source, config: Config, lang: str | None) -> None:
        self.source = source
        self.config = config
        text, opening = source.held, source.held.head(OPENING_SPAN)
        self.matcher = LabelMatcher(
            config,
            text.characters + 1_000_000,
            wordspace_after_labels(text),
            typed_in_lower_case(text, config.offices),
            gives_the_floor(text, config.floor_clause),
            dotted_clocks(opening),
            names_unmarked(opening),
            capitals_spaced(opening, config.offices),
            capitals_alone(opening, config),
            typed_in_capitals(opening),
        )
        self.doc = Document(
            name=PurePath(source.name).name,
            lang=lang or detect_language(text.head(LANGUAGE_SPAN), config),
            furniture=list(source.furniture),
            layout=source.layout,
            encoding=source.encoding,
        )
        self.matcher.common = config.language_words.get(self.doc.lang, frozenset())
        self.registry = Registry(config, self.doc.lang)
        self.registry.learn_accents(text)
        self.accepted: set[str] = set()
        self._printed: Counter[str] = Counter()  # how often each candidate is printed, by its key
        self._stopped: dict[str, Candidate] = {}  # believed labels by their printed name, no stop
        self._stopped_letters: frozenset[str] = frozenset()  # the pair's letters printed with a stop
        self._colon_addressed: dict[str, Candidate] = {}  # believed labels addressed, with a colon
        # believed labels' printings reporting speech or announcing a text
        self._reported: frozenset[str] = frozenset()
        self._offices_under: dict[str, set[str]] = {}  # office lines under names alone, by the name
        self._unshaped: tuple[Unit, ...] | None = None  # the head's units, none a listed block
        self._witness_label: str | None = None  # "THE WITNESS", the record's label for whoever answers
        self._run_in: set[str] = set()  # headings in CAPITALS refused as labels run into narration
        self._hall_voices: frozenset[str] = frozenset()  # hall words believed for their noted printings
        self._odd_headings: set[str] = set()  # lines in CAPITALS refused as labels of an odd shape
        self.lines = LineLabels(config, self.matcher)
        self.lines.asked_letters = asked_letters(text, config)
        self.lines.numbered_text = text
        self._examinations: dict[str, bool] = {}  # lines that head an examination, by their text
        self._head_kinds: dict[str, str | None] = {}  # the kind of each line asked as the head's
        self._roll: dict[str, str] = {}  # the kind of each line of a court's roll in the head
        # the lines an excerpt's running head opens on, its page number taken off by the reader
        self._paged_openings = frozenset(
            item.line for item in source.furniture if item.part and item.pattern == "page-number"
        )
        self._line_openings: dict[tuple[Candidate, str, str], bool] = {}  # see _opens_line
        self._chairs_below: dict[str, bool] = {}  # see _chair_holds_below
        # the lines the labels' decision read otherwise or found labels inside, and the paragraphs
        # it read no line of (see _none_inside)
        self._inside_again: set[tuple[int, int]] = set()
        self._inside_unread: set[int] = set()
        self._quoted_lines: set[int] = set()  # lines inside a quotation read out (see quotation_step)
        self._chair_calls: set[str] = set()  # an office and its holder over the holder's own label
        self._whole_lines: set[str] = set()  # labels whole on their lines over a sentence with a colon
        self._exchanged_lines: frozenset[str] = frozenset()  # an exchange's turns one a line (no fields)
        self._chair_unnamed = False  # the last paragraph took the chair for an office it named alone
        self._ended: Turn | None = None  # the turn an event of the sitting ended: words after it resume it
        self._answerer = ""  # who answers the question a question's heading named: "ANSWER" is theirs
        self._spoken_keys: set[str] | None = None  # the labels that open a speech beside them
        self._captioned = False  # live captions: their mark opens paragraphs (see _body)
        self._asked_dash = ""  # an interview's dash before each question (see _body)
        # one label object for the turns that print it alike (none is changed once made): a
        # record's thousand "NORA." are one
        self._labels: dict[tuple[str, str, str, str | None, str, str, str, str], SpeakerLabel] = {}
        # what the labels' decision and the dates ask of the whole text
        self._voices = voices(text)
        self._month_first = month_first(text, config) if self.doc.lang == "en" else None
        # what the field's rules ask of the whole source (see _speaks_below, _chair_surname) once
        # its paragraphs are freed: every line's text, and each paragraph's of one line
        self._source_lines = SourceLines(text, source.paragraphs)

    # -- labels ---------------------------------------------------------------------------
    # -- paragraphs ----------------------------------------------------------------------------
    def _units(self, paragraphs: list[RawPara]) -> list[Unit]:
        """Split paragraphs at inner lines that open a turn; merge stage brackets left open."""
        pieces: list[Sequence[tuple[int, str]]] = []
        front = True  # no turn yet: the lines above are the title's
        for at_para, para in enumerate(paragraphs):
            current: list[tuple[int, str]] = []
            pairs = list(para.lines)  # each line's text made once
            texts = [text for _, text in pairs]
            front = front and self._label(texts[0], texts[0]) is None
            marker = self.lines.paragraph_marker(texts)
            for index, pair in enumerate(pairs):
                number, line = pair
                cand = self._label(line) if index else None
                if index and cand is None:
                    clocked = self._named_inside(texts, index)
                    cand = clocked if clocked and clocked.key in self.accepted else None
                alone = (
                    self._alone_inside(
                        texts[index - 1], line, texts[index + 1] if index + 1 < len(texts) else ""
                    )
                    if index and cand is None
                    else None
                )
                cand = cand or alone
                titled = front and at_para == 0 and self._titled_label(line, index, texts, paragraphs)
                cand = titled or cand
                if index and cand is None:  # a label wrapped over two or three lines
                    below = texts[index + 1 : index + 3]
                    wraps = self.lines.wraps(line, below)
                    cand = next(filter(None, (self._label(joined) for joined, _, _ in wraps)), None)
                if (
                    cand
                    and (
                        titled
                        # "Q45" / "Chair: …": the question's number a copy cut onto its own line
                        # is the label's marker, as the reader joined them, no title above it
                        or (
                            front
                            and self._opens_front(cand, line)
                            and not marked_label_cut(texts[index - 1], line, self.config)
                        )
                        or self._opens_line(cand, texts[index - 1], line)
                        or self._believed_run_in(cand, texts[index - 1], line)
                        or cand is alone
                    )
                    and not opens_inside_carried(texts, index)
                ):
                    ran_on = (
                        self.heading_ran_on(current[-1][1]) if current and cand.punct in (":", "：") else 0
                    )
                    if ran_on:  # "… a second time. ADJOURNMENT" / the label: the heading its own piece
                        number_above, above = current.pop()
                        current.append((number_above, above[:ran_on].rstrip()))
                        pieces.append(current)
                        current = [(number_above, above[ran_on:])]
                    pieces.append(current)
                    current, front = [], False
                elif (
                    index == 1
                    and not line.lstrip()[:1].islower()  # "Intervention de M. X" / "lors du …" goes on
                    and self.matcher.is_heading(texts[0])
                    and self.announced_name(texts[0])
                ):
                    pieces.append(current)  # "Intervention de M. le Maire" / "Mes chers collègues, …"
                    current = []
                elif index and self._heads_examination(line):
                    pieces += [current, [(number, line)]]  # "BY MR. SMITH:" heads what follows
                    current = []
                    continue
                elif 0 < index == len(texts) - 1 and self._heading_last(
                    texts[index - 1], line, paragraphs, at_para
                ):
                    pieces += [current, [(number, line)]]  # "ADJOURNMENT" over the next turn
                    current = []
                    continue
                elif index == len(texts) - 1 and (at := self._heading_run_on(line, paragraphs, at_para)):
                    current.append((number, line[:at].rstrip()))
                    pieces += [current, [(number, line[at:])]]  # "… carried. SECOND READING OF …"
                    current = []
                    continue
                elif index and self._chat_action(line):
                    pieces += [current, [(number, line)]]  # "* bwong waves": the chat's action, its own
                    current = []
                    continue
                elif len(texts) > 1 and self._clock(line) and self._clock_apart(para.lines, index):
                    pieces += [current, [(number, line)]]  # "09:31" between two lines: the clock's own
                    current = []
                    continue
                if at_para and not index and (run_in := self._run_in_at(line)):
                    pieces.append([(number, line[:run_in].rstrip())])  # "RETURN OF WRITS" heads …
                    pair = (number, line[run_in:])  # … "The Clerk informed the House …"
                    line = pair[1]
                # A label in CAPITALS after a sentence, inside the line: flattened text.
                start = 0
                following = texts[index + 1] if index + 1 < len(texts) else ""
                inside = (
                    []
                    if self._none_inside(at_para, index)
                    else self._midline_labels(line, following, marker, bracket_carried(texts, index))
                )
                for at in inside:
                    for split in filter(None, (self._heading_before(line, start, at), at)):
                        current.append((number, line[start:split].rstrip()))
                        pieces.append(current)
                        current, start = [], split
                current.append((number, line[start:]) if start else pair)  # the same line, not a copy
            whole = len(current) == len(para.lines) and current[0] == para.lines[0] and current[-1] == pair
            pieces.append(para.lines if whole else current)  # a paragraph not split: its own lines
        plain = [Unit(joined_text(lines), lines) for lines in pieces if lines]
        plain = self._cards([unit for unit in plain if not self._running_head(unit)])
        plain = self._caption_clocks(plain)
        plain = [part for unit in plain for part in self._clock_unglued(unit)]
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
        return _scattered_words(units)

    def _caption_clocks(self, plain: list[Unit]) -> list[Unit]:
        """The paragraphs with the clock that opens each line of a video's transcript set on a
        line of its own, the hour between the captions, not a word of them: where three lines or
        more in a row so open (see :data:`_CAPTION_CLOCK`); a clock over each speech, a line of
        the speech between two, is the speech's (a parliament's "14:01 Name" over its words)."""
        found: dict[int, re.Match[str]] = {}
        run: list[tuple[int, re.Match[str]]] = []
        # each line asked as it comes (a list of every line's answer was a tenth of the peak)
        for number, text in (line for unit in plain for line in unit.lines):
            clock = self._caption_clock(text)
            if clock is not None:
                run.append((number, clock))
                continue
            if len(run) >= _CAPTION_LINES:
                found.update(run)
            run = []
        if len(run) >= _CAPTION_LINES:
            found.update(run)
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

    def _clock_unglued(self, unit: Unit) -> list[Unit]:
        """*unit*, or where it is a clock in brackets glued to a stage direction ("(10:15)(Recess.)",
        "[10.15 a.m.] (The hearing resumed.)") the two, each a paragraph of its own, as a record
        prints them on two lines: the time of the sitting and its event, no words of a speech."""
        found = _CLOCKED_NOTE.fullmatch(unit.text.strip()) if len(unit.lines) == 1 else None
        if found is None or not self._clock(found["clock"][1:-1]) or not PARENTHESIS.fullmatch(found["note"]):
            return [unit]
        return [Unit(found[part], [(unit.line, found[part])]) for part in ("clock", "note")]

    def _caption_clock(self, text: str) -> re.Match[str] | None:
        """The caption's clock opening *text*, if the words after it are a caption's."""
        clock = _CAPTION_CLOCK.match(text)
        if clock is None:
            return None
        words = text[clock.end() :]
        mark = self.config.clock_marks.match(words.casefold())
        if ":" in words[:_CAPTION_LABEL] or (mark and not words[mark.end() : mark.end() + 1].isalpha()):
            return None
        if "\t" in words.strip(" \t")[:_CAPTION_LABEL]:
            return (
                None  # a table's row, the speaker's cell after the clock's: "00:00:05<tab>Vorsitzende<tab>…"
            )
        return clock

    def _cards(self, plain: list[Unit]) -> list[Unit]:
        """The paragraphs with each card's name joined by its affiliation, the first line of the
        paragraph under it (see :func:`listed.cards`): the two then a listed speech's block."""
        names = set(cards(UnitTexts(plain), self.config))
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
                out.append(Unit(joined_text(lines), lines))
        return out

    def _heading_last(self, above: str, line: str, paragraphs: list[RawPara], at_para: int) -> bool:
        """Whether *line*, the last of a turn's paragraph under a sentence's stop, is the heading of
        the next item run onto that turn, as a flattened Hansard keeps it (" … I now call on the
        Minister." / "MISCELLANEOUS PROVISIONS (TAXATION) BILL, 2026" / then "The Minister of
        Finance (Hon. X): …"): a line of its own in CAPITALS with no stop, no label, a label
        opening the next paragraph, and the chair's turn it closes, who calls the item; words in
        CAPITALS a member or a witness ends his turn with are his ("… their banner said one
        thing only." / "WE WANT WATER")."""
        text = line.strip()
        if text.isascii() and not text.isupper():
            return False  # a letter in lower case, or none: asked in one call before the letters
        letters = [char for char in text if char.isalpha()]
        if (
            len(letters) < _HEADING_LETTERS
            or not all(char.isupper() for char in letters)
            or text[-1:] in TERMINAL
            or above.rstrip()[-1:] not in ".?!"
            or at_para + 1 >= len(paragraphs)
            or self._label(line) is not None
        ):
            return False
        opening = paragraphs[at_para].lines.texts[0]
        said = self._label(opening, opening)
        if said is None or not chairs(said.name, self.config):
            return False
        below = paragraphs[at_para + 1].lines.texts[0]
        cand = self._label(below, below)
        return cand is not None and cand.key in self.accepted

    def _titled_label(
        self, line: str, index: int, texts: list[str], paragraphs: list[RawPara]
    ) -> Candidate | None:
        """The believed label alone on *line*, the last of the text's first paragraph, with no
        punctuation, under its title with no blank line between, the speech in the next
        paragraph: it opens the first turn, a label the record prints alone on its line elsewhere
        too ("Q3 2026 Earnings Call Transcript" / "Operator" / blank / "Greetings, and welcome …")."""
        if not 0 < index == len(texts) - 1 or len(paragraphs) < 2:
            return None
        if texts[index - 1].rstrip()[-1:] in TERMINAL:
            return None
        cand = self.matcher.bare(line)
        if cand is None or cand.punct or line[cand.end :].strip() or cand.key not in self.accepted:
            return None
        return cand

    def _heading_run_on(self, line: str, paragraphs: list[RawPara], at_para: int) -> int:
        """Where the next item's heading starts that a flattened Hansard ran into the last sentence
        of the chair's turn on its line ("… the motion is carried. SECOND READING OF THE FINANCE
        BILL", a label opening the next paragraph): words in CAPITALS after a sentence's stop to
        the line's end, as :meth:`_heading_last` reads a line of its own; 0 where none."""
        for gap in SENTENCE_GAP.finditer(line):
            tail = line[gap.end() :]
            if any(char.islower() for char in tail):
                continue
            word = line[: gap.start()].rsplit(maxsplit=1)[-1:]
            abbreviated = not word or word[0].casefold() in self.config.abbreviations or word[0].isupper()
            if abbreviated or len(tail.split()) < _RUN_ON_WORDS:
                return 0  # "… the Hon. MR. SMITH", "… said MR. X. AYES": a name's stop, no sentence's
            return gap.end() if self._heading_last(line[: gap.end()], tail, paragraphs, at_para) else 0
        return 0

    def _run_in_at(self, line: str) -> int:
        """Where the narration starts after an item's heading in CAPITALS that opens the line,
        refused as a label for it ("RETURN OF WRITS The Clerk informed the House …", see the
        weight ``run_in``): the heading a paragraph of its own, as printed on its line; 0 where
        the line opens with none. Asked below the first paragraph: a head flattened to one line
        opens with the house's name so ("PARLIAMENT OF UGANDA Wednesday, …"), its title."""
        cand = self.lines.candidate(line)
        return cand.end if cand is not None and cand.key in self._run_in else 0

    def _heading_before(self, line: str, start: int, at: int) -> int:
        """Where a heading in CAPITALS starts that a flattened record ran in between a sentence's
        stop and the label at *at* ("… inayofuata. MASWALI NA MAJIBU Mhe. X: …", the Bunge's):
        two words or more in CAPITALS (a script without case has none), after a sentence's stop
        that is no abbreviation's nor a name's in CAPITALS, as :meth:`_heading_run_on` reads one
        at a line's end; or the hall's event so printed, a word or more ("… I thank you. APPLAUSE
        MR. X: …"), which is set apart as a stage; 0 where none."""
        gaps = list(SENTENCE_GAP.finditer(line, start, at))
        if not gaps:
            return 0
        gap = gaps[-1]
        tail = line[gap.end() : at]
        word = line[: gap.start()].rsplit(maxsplit=1)[-1:]
        abbreviated = not word or word[0].casefold() in self.config.abbreviations or word[0].isupper()
        if abbreviated or not tail.isupper():
            return 0
        event = bare_stage(tail.strip(), self.config, alone=False)
        return gap.end() if event or len(_HEADING_WORD.findall(tail)) >= _RUN_ON_WORDS else 0

    def _item_heading(self, units: list[Unit], index: int, spoken: bool, chained: bool = False) -> bool:
        """Whether the line at *index* heads the item the sitting takes up next: a heading's
        line (``item_heading``) after a finished paragraph or a rule, with a label below it, or a
        second heading's line and then a label. A speech's last words with no stop have a
        paragraph of the speech above them that a stop does not end, or no label below. A
        bilingual record heads the item in both its languages, a line each (the Senedd's
        "Teyrnged er cof am X" / "Obituary Tribute to X"), and a record of one language in title
        case, the item and its subject or stage ("Questions to the Minister for Health" /
        "Waiting Times in Hospitals"), never two lines of a sentence's case (a verse the speaker
        quotes)."""
        if index + 1 >= len(units) or len(lines := units[index].lines) > 2:
            return False
        text = self._unclocked(units[index].text)
        # a heading in CAPITALS a hard wrap cut after a comma ("ORAL ARGUMENT OF JOHN ROE, JR.," /
        # "ON BEHALF OF PETITIONER"): a heading if its next line is one, above a label
        wrapped = not chained and text.endswith(",") and text.isupper() and item_heading(text.rstrip(",."))
        colon = False
        if len(lines) == 2:
            if chained or not all(item_heading(line) for line in line_texts(lines)):
                return False
            # in two languages, each told, or in title case: two lines of one language in
            # sentence case are a speech's verse or list; title case under a colon is the text a
            # speech announces and reads ("… in letters a foot high:" / "Private Property" / …)
            languages = {detect_language(line, self.config) for line in line_texts(lines)}
            titled = all(map(_titled, line_texts(lines))) and not _announced(units, index)
            if (len(languages) < 2 or "und" in languages) and not titled:
                return False
        elif not item_heading(text) and not wrapped:
            above = units[index - 1].text if index else ""
            if not (colon := self._colon_item(text, chained, above)):
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
        if wrapped:
            return self._item_heading(units, index + 1, spoken, chained=True)
        if colon:  # "Arbitrator's award:" over a turn: its colon announces no words of the speech
            # the turn with its words on the label's paragraph: names alone under the colon are
            # the list it announces ("Call participants:" / "X -- Chief Executive Officer")
            opened = self._opens_turn(units[index + 1], spoken)
            return opened is not None and bool(units[index + 1].text[opened.end :].strip())
        if spaced_heading(text):  # letter-spaced: a heading whatever follows it
            return True
        after = units[index + 1]
        if self._clock(after.text) and index + 2 < len(units):  # "12.06.20" alone over the label
            after = units[index + 2]
        if self._opens_turn(after, spoken) is not None:
            return True
        return not chained and self._item_heading(units, index + 1, spoken, chained=True)

    def _colon_item(self, text: str, chained: bool, above: str) -> bool:
        """Whether *text*, a line alone, is an item's heading with its colon ("Arbitrator's
        award:", "7. Response to the Council:"): the words before the colon a heading's
        (:func:`item_heading`) and few, the first no sentence's opener, question's verb or
        clause's word of the record's language ("The question is:", "I quote:", "Does the Member
        accept:" announce the speech's own words; "Rådmand for teknik og
        miljø Anne Vind sagde følgende:", a sentence's many words, reports them). Asked only
        where a turn opens right under it (see :meth:`_item_heading`); *above* is the paragraph
        over it, whose case sets a line in CAPITALS apart ("ORDERS OF THE DAY:")."""
        line = text.strip()
        if chained or not line.endswith((":", "：")):
            return False
        if not item_heading(line[:-1].rstrip()):
            return False
        lang = self.doc.lang or ""
        sentence = (
            self.config.openers.get(lang, frozenset())
            | self.config.question_verbs.get(lang, frozenset())
            | self.config.clause_words.get(lang, frozenset())
        )
        numbered = _ITEM_NUMBER.match(line) or _ITEM_LETTER.match(line)
        if numbered and numbered.group().strip(" \t.)").casefold() in self.config.any_openers | sentence:
            numbered = None  # "I quote:", "A reply:": a pronoun's or an article's letter, no item's
        words = line[numbered.end() if numbered else 0 : -1].split()
        if not 0 < len(words) <= _COLON_ITEM_WORDS or words[0].casefold() in sentence:
            return False
        # an item's number or letter, a date's figures ("ADJOURNED TO MONDAY, 13 OCTOBER:"),
        # three words or more in CAPITALS under a paragraph in mixed case ("ORDERS OF THE DAY:",
        # where "IN REPLY:" may be a lead-in a speaker shouts) or the paper of whoever
        # made it ("Arbitrator's award:", "Treasurer's report:"): a speaker's lead-in printed
        # alone is the same short line with its colon and none of these ("My answer:", "In
        # reply:", "Zur Sache:", "Ma réponse :", "我的回答："), the speech's own words before
        # another member's turn
        return (
            numbered is not None
            or any(char.isdigit() for char in line)
            or (
                len(words) >= _CAPITALS_ITEM_WORDS
                and line.isupper()
                and not above.isupper()
                and any(char.islower() for char in above)
            )
            or (len(words) > 1 and _POSSESSIVE_END.search(words[0]) is not None)
        )

    def _holder_before_speech(
        self, cand: Candidate, unit: Unit, below: list[Unit], spoken: bool
    ) -> Candidate:
        """*cand*, the chair's office alone with its stop before a surname and initials run onto
        the speech ("ГОЛОВУЮЧИЙ. Стефанюк Р.О. Продовжуємо …", a Rada copy one paragraph a line),
        read on to that holder where the next turn is another person's: the member the chair
        calls so speaks next ("ГОЛОВУЮЧИЙ. Бондар В.П. Будь ласка, …" / "БОНДАР В.П. …"), the
        holder of the chair does not; nor where the chair's words after the name call the next
        turn's member by the label's surname ("ГОЛОВУЮЧИЙ. Бондар В.П. Немає. Петренко О.М., будь
        ласка." / "ПЕТРЕНКО О.М. …"): the first name is a member called too, who did not answer."""
        held = self.matcher.holder_run_on(cand, unit.text)
        if held.role is None or not below:
            return cand
        after = self._opens_turn(below[0], spoken)
        surname = held.role.split()[0].casefold()
        if after is None or surname in (word.casefold() for word in WORD.findall(after.name)):
            return cand
        called = {word.casefold() for word in WORD.findall(unit.text[held.end :])}
        if any(len(word) > 1 and word.casefold() in called for word in WORD.findall(after.name)):
            return cand
        return held

    def _question_heading(self, text: str) -> bool:
        """Whether *text* is a question's heading that names who asks and who answers ("Ms X
        question to PREMIER, Mr Y"), under a subject's heading too."""
        return "\n" not in text and self.question_asked(text) is not None

    def _sworn_listed(self, division: Division, text: str) -> bool:
        """Whether *text*, a name under its form of address alone on its line, is one of the
        members a procedural line ending in a colon lists under it ("The following Members took
        and subscribed the Oath of Loyalty:" / "Hon. X" / "Hon. Y"): a stage of the proceedings
        as that line is, no heading nor words of the chair's turn."""
        last = division.items[-1] if division.items else None
        if not isinstance(last, BlockStage) or last.stage.type != "other" or not self._name_line(text):
            return False
        above = "".join(node for node in last.stage.content if isinstance(node, str)).strip()
        announced = above.endswith(":") and self.config.procedural.match(above) is not None
        return announced or self._name_line(above)

    def _name_line(self, text: str) -> bool:
        """Whether *text* is a short name under its form of address with no stop ("Hon. X Y")."""
        words = text.split()
        return (
            _NAME_LINE_WORDS[0] <= len(words) <= _NAME_LINE_WORDS[1]
            and text.rstrip()[-1] not in TERMINAL + ":"
            and self.config.titles.fullmatch(words[0].casefold()) is not None
        )

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
            or self._opened(text)
            or self._verb_second(text)
        )

    def _opened(self, text: str) -> bool:
        """Whether *text* opens with a sentence opener ("Dank u wel", a speech's last words) that
        counts no item of the order of the day: an ordinal before a division's word is the item's
        heading ("Primer punto del orden del día", "Segon punt. Aprovació de l'acta"), but not when
        a number follows the word, the ordinal's place taken ("Now session two is cancelled", a
        speech's last line: "session" and "part" are divisions only with their number)."""
        opener = self.config.opener_at_start.match(text)
        if opener is None:
            return False
        after = text[opener.end() :].split(maxsplit=2)
        if not after or after[0].rstrip(".:").casefold() not in self.config.divisions:
            return True
        return len(after) > 1 and division_number(after[1].rstrip(".:,"), self.config)

    def _verb_second(self, text: str) -> bool:
        """Whether *text*, in a language that writes its nouns with a capital, has a word in lower
        case second that no heading holds there: a sentence's verb, narration with no stop
        ("Götzl belehrt den Zeugen", a trial's live report), no item's heading."""
        lower = self.config.heading_lower_words.get(self.doc.lang)
        words = text.split()
        return bool(
            lower and len(words) >= 3 and words[1].isalpha() and words[1].islower() and words[1] not in lower
        )

    def _minutes_field(self, line: str, turn: Turn) -> bool:
        """Whether *line*, a paragraph's first, is a field of the minutes' decisions (``decided``)
        alone with its colon, as a council's or committee's minutes set one over what an item
        decided, under its turns. Words after the colon may be a speaker's sentence ("Decision:
        the board has to choose …"), and a turn ending in a colon announces what its speaker
        reads out ("Ich verlese den Beschlussvorschlag:" / "Beschluss:"): either is the turn's.
        A field of two words or more, the record's formula, is the minutes' with its finding
        after it on the line ("Dosya incelendi: Bilirkişi raporunun … görüldü.", "Result of the
        vote: 12 in favour"): no speaker says it so."""
        if not turn.blocks:
            return False
        field, last = line.strip(), turn.blocks[-1]
        announced = isinstance(last, Para) and isinstance(last.held, str) and last.held.rstrip()[-1:] in ":："
        head = _FORMULA_HEAD.match(field)
        if field[-1:] not in ":：" and head is not None and len(head.group("head").split()) > 1:
            field = head.group()
        return (
            field[-1:] in ":："
            and not announced
            and field[:1].isalpha()  # "(Enst.: Vedlegges protokollen.)": an event in brackets, a stage
            and len(field) <= _FIELD_SPAN
            and label_key(field[:-1].strip()) in self.config.decided
        )

    def _notes_after(self, unit: Unit, below: list[Unit]) -> bool:
        """Whether *unit* is Markdown's thematic break alone ("---") over a list's item that no
        label opens and no stop ends ("- Tom to send the schedule by Friday") or a Markdown heading
        ("## Next steps"): the notes a meeting's Markdown export prints after its last turn, which
        end the turn above. A speech's numbered points or a dialogue's lines go on past a page's
        rule as sentences ("2. The library hours should stay as they are.", "- Did you open the
        door?"), the turn's words still."""
        if len(unit.lines) != 1 or not _MARKDOWN_RULE.fullmatch(unit.text.strip()) or not below:
            return False
        first = below[0].first_line.strip()
        if first[:1] == "#":  # "---" / "## Next steps": the section's heading ends the turn, the rule too
            return self.matcher.is_heading(first)
        # "2. The library hours should stay as they are.", "- Did you open it?": a sentence, speech
        return (
            bool(_MARKDOWN_ITEM.match(first))
            and first[-1] not in SENTENCE_STOPS
            and self._opens_turn(below[0]) is None
        )

    def _furniture(self, unit: Unit, kind: str, text: str | None = None) -> None:
        """Record *unit*, or the *text* of its first line, as the page's furniture of *kind*, no
        words of the record."""
        furniture = Furniture(unit.line, unit.text if text is None else text, kind)
        self.source.furniture.append(furniture)
        self.doc.furniture.append(furniture)
        self.doc.furniture.sort(key=lambda item: item.line)

    def _running_head(self, unit: Unit) -> bool:
        """A line that only repeats a speaker's name in parentheses (``(Präsident Dr. Beispiel)``,
        the running head at a page top) is page furniture, recorded as such, not a stage. The
        United Nations' older verbatim records print the speaker's country after a comma there,
        shortened ("(Mr. Malinov, USSR)" under "Mr. MALINOV (Union of Soviet Socialist
        Republics):"): the name before the comma repeats the label."""
        found = _RUNNING_HEAD.fullmatch(unit.text.strip())
        if len(unit.lines) > 1 or not found:
            return False
        keys = [set(key.split()) for key in self.accepted]
        words = set(label_key(found.group(1)).split())
        head, _, place = found.group(1).partition(",")
        # the country a few capitalised words, no second comma: "(The Speaker, Ms X, in the
        # Chair.)" is the chair's note; nor a form of address opening them, a person named after
        # the office, "(The Deputy Speaker, Mrs X)" the chair's note of who takes it
        country = self._country(place)
        named = set(label_key(head).split()) if country else set()
        if not any(len(part) >= 2 and any(part <= key for key in keys) for part in (words, named)):
            return False
        self._furniture(unit, "running-head")
        return True

    def _country(self, place: str) -> bool:
        """Whether *place* reads as a country: a few capitalised words and the links a place's
        name takes between them (the vocabularies' genitive links, portfolio joins and articles:
        "United Kingdom of Great Britain and Northern Ireland"), no form of address opening them
        ("Mrs X" names a person)."""
        words = place.split()
        links = self.config.genitive_links | self.config.portfolio_joins | self.config.articles
        return (
            0 < len(words) <= _PLACE_WORDS
            and words[0][:1].isupper()
            and all(word[:1].isupper() or word in links for word in words[1:])
            and not self.config.titles.fullmatch(words[0].casefold())
        )

    def _speaker_again(self, cand: Candidate, unit: Unit, below: list[Unit], turn: Turn) -> bool:
        """Whether *cand* is the current speaker's name printed again alone on its line with no
        colon at a page's top, under the page's running head: the margin's running speaker of a
        PDF's page (the Sejm's "Poseł X" over the speech going on), furniture, no new turn. A
        copy may set the name apart by blank lines, the sentence going on in lower case below."""
        if cand.punct.strip() or not turn.blocks:  # most labels: a colon's
            return False
        if len(unit.lines) < 2 and not (below and below[0].text[:1].islower()):
            return False
        if unit.lines[0][1].strip() != cand.printed.strip():
            return False
        return label_key(cand.name) == label_key(turn.speaker.name) and self._page_top(unit)

    def _outside_turns(self, unit: Unit) -> bool:
        """Whether *unit* stands outside the turns, where the source says its text does (a
        message's own words after the record it quotes or between its quoted blocks)."""
        return unit.line in self.source.outside

    def _odd_heading_line(self, unit: Unit) -> bool:
        """Whether *unit* is one line in CAPITALS, its stop after it and nothing more, that the
        labels refused for its odd shape among the record's ("SUPPLY--CONSIDERED IN COMMITTEE."
        among "MR. X:" turns): the item's heading, as the line would be with no stop."""
        if len(unit.lines) > 1 or not self._odd_headings:
            return False
        cand = self.lines.candidate(unit.text)
        return bool(
            cand and cand.upper and cand.key in self._odd_headings and not unit.text[cand.end :].strip()
        )

    def _page_top(self, unit: Unit) -> bool:
        """Whether *unit* opens a few lines under a line removed as a page's furniture. A web
        viewer's number of the speech below ("002・三宅信夫") opens a speech, no page."""
        above = [item for item in self.doc.furniture if item.line < unit.line]
        if not above:
            return False
        nearest = max(above, key=lambda item: item.line)
        return nearest.pattern != "speech-number" and unit.line - nearest.line <= _PAGE_TOP_LINES

    def _open_stage_brackets(self, text: str) -> bool:
        return any(o in text and text.count(o) > text.count(c) for o, c in self.config.stage_brackets)

    # -- body ----------------------------------------------------------------------------
    def _body(self, units: list[Unit]) -> None:
        division = Division(None, [], units[0].line if units else 0)
        self.doc.body.append(division)
        turn: Turn | None = None
        ctx = InlineContext(self.config, self.matcher, lambda n: label_key(n) in self.accepted, self._who)
        ctx.square_stages = any(opener in self.source.held for opener, _ in self.config.stage_brackets)
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
        questions = self.config.asking_keys  # also in CAPITALS
        asking: Turn | None = None  # the last labelled turn: who asks the questions answered after "?---"
        member: Turn | None = None  # the last labelled turn that is no answer in brackets: who asks
        interrupted: str | None = None  # who spoke last, not the chair: whom "Puhuja:" names
        # the members' last turns, not the chair's: the last that spoke at length holds the floor,
        # whom the Diário's "O Orador:" names after other members' short interjections ("Não é
        # verdade!"); its words are counted when asked, its paragraphs below the label read by then
        spoken_turns: deque[tuple[str, Turn]] = deque(maxlen=_FLOOR_TURNS)
        rubric: Turn | None = None  # the chair's turn the headings below cut, its speech going on under them
        blocks = self._listed(units)
        # the units a block takes after its first (a video minute's role line, its name again)
        taken = {at + step for at, block in blocks.items() for step in range(1, block.span)}
        ends = {at + block.span - 1 for at, block in blocks.items()}
        spoken = False  # a turn came before: no field of the head follows
        titled = -1  # the index of the item's title under the hour that ended a turn
        # the items' titles printed above, less their numbers: each added as its division is made
        titles: set[str] = set()
        labels = self._unit_labels(units)  # read of every unit before the units read go (below)
        self._captioned = sum(bool(_CAPTION_OPENS.match(unit.text)) for unit in units) >= _CAPTIONS
        self._asked_dash = self._asked_dash_of(units, labels)
        for index, unit in enumerate(units):
            if index >= _LOOKED_BACK + 1:  # a unit read is freed, its text and lines, as the turns grow
                units[index - _LOOKED_BACK - 1] = _SPENT
            ctx.line = unit.line
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
            elif self._office_over_questions(units, index):  # "検察官" / "問　…": the office asks
                heading = _HELD_LINE.fullmatch(unit.text.strip())
                if heading:  # "検察官（森下）": the holder in that office, as the label would be read
                    self.registry.resolve(
                        unit.text.strip()[: heading.start("name")].rstrip(" \t(（"), heading["name"]
                    )
                heading = (
                    heading
                    or _BRACKETED_LINE.fullmatch(unit.text.strip())
                    or _WHOLE_LINE.fullmatch(unit.text.strip())
                )
            if heading:  # "Vernehmung des Zeugen X durch den Vorsitzenden" names both
                named = heading_person(heading)  # none: the caller asks, or another side, unnamed
                if examined := heading.groupdict().get("examined"):  # "Examination of X by Mr. Y:"
                    witness = self.registry.as_printed(examined.strip())
                examiner = self._in_role(self.registry.as_printed(named)) if named else None
                implied = False
                crossed = label_key(unit.text) in self.config.crossed
                examiner = examiner or (None if crossed else caller)
                untaken = self._untaken_role(examiner) if examiner else None
            if sworn:  # "… PREVIOUSLY SWORN, WAS EXAMINED FURTHER AS FOLLOWS BY MR. X:" names both
                witness = self.registry.as_printed(heading_person(sworn))
                caller = self._examined_by(unit.text.strip())
                examiner = caller or examiner
                heading = heading or sworn
            # the speech under a listed speech's block: its first word is no label ("Voorzitter. …")
            cand = None if heading or index - 1 in ends else self._turn_opened(unit, labels[index], spoken)
            # right under a heading a field may name who comes before it, as in the head
            # ("Examination of witness" / "Witness: Professor Jane Holt.", committee evidence); a
            # member with his seat in brackets opens his turn there ("Mr X (Seat): On a point …");
            # a line all in capitals gives no case to tell names from a speech ("DIRECT
            # EXAMINATION" / "THE COURT: GO AHEAD.", a typed or captioned record), and a label
            # that has spoken is a speaker calling the next ("Panel Two" / "Chair: Dr X Y."): the turn's
            headed = division.head is not None and not division.items and not unit.first_line.isupper()
            if headed and cand is not None and cand.role is None and self._field_unit(cand, unit):
                cand = cand if self._has_spoken(cand) else None
            if cand is not None and cand.role is None and cand.punct == "." and cand.upper:
                cand = self._holder_before_speech(cand, unit, units[index + 1 : index + 2], spoken)
            # the line naming who presides ("Presiding A. I. Ivanov.") is no label
            presides = len(unit.lines) == 1 and cand is not None
            if presides and self.config.presiding.fullmatch(unit.text.strip()):
                cand = None
            if turn is not None and self._question_under(unit.text, turn, division, questions):
                examiner, implied = turn.speaker.name, False  # "Q Thank you, …" under a member's name
            narration = self._narration_below(cand, unit, units[index + 1 : index + 2]) if cand else None
            if cand is not None and narration is not None:  # "THE CHAIR" / "X took the Chair at 2.30 pm."
                division = Division(cand.printed.strip(), [], unit.line)
                self.doc.body.append(division)
                titles.add(_title_words(division.head or ""))
                turn = None
                if narration:  # on the heading's lines below it, in its paragraph
                    division.items.append(BlockStage(Stage("other", [narration]), unit.lines[-1][0]))
                    presiding = self._presiding([narration], presiding)
                continue
            if cand is not None and (
                self._roll_ends(cand, unit, units[index + 1 : index + 3])
                or self._roles_listed(unit)
                or self._list_heading(cand, unit, units[index + 1 : index + 2])
                or self._items_heading(
                    cand, unit, units[index + 1 : index + 2], units[max(index - 1, 0) : index]
                )
            ):
                cand = None
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
            if cand and turn is not None and not turn.blocks and self._hails_chair(cand, unit):
                cand = None  # "Mr. Johnson:" / "Mr. Speaker: I rise …": the speech's salutation
            # the layout's heading (<h3>), or a short line with no stop before the first turn or
            # after an event of the sitting that ended one
            hinted = (
                capitals_heading
                or unit.text.strip() in self.source.heading_hints
                or index == titled
                or self._question_heading(unit.text)
                or (
                    (turn is None or turn is self._ended)
                    and short_heading(unit.text)
                    and not front_kind(unit.text, self.config)
                    and not self._verb_second(unit.text)
                )
            )
            if (
                cand is None
                and _ITEM_RULE.fullmatch(unit.text.strip())
                and self._item_heading(units, index + 1, spoken)
            ):
                self._furniture(unit, "rule")  # the rule over the item's heading: no words of a turn
                continue
            again = _title_words(unit.text) if cand is None and turn is not None and not turn.blocks else ""
            if again and again in titles:
                self._furniture(unit, "heading-again")  # the page's heading once more under the label
                continue
            if cand is None and _ITEM_NUMBER.match(unit.text.strip()):
                titles.add(_title_words(unit.text))
            # an item's heading between two turns, in Mixed case or a script without case; not
            # right under a label alone on its line, whose speech it is however short ("Speaker 2
            # (00:45):" / "Probably pretty much everybody"); one in CAPITALS there is the item the
            # clerk reads out ("KATIBU WA BUNGE:" / "MASWALI NA MAJIBU")
            awaited = turn is not None and not turn.blocks
            after_turn = turn is not None or (division.head is not None and not division.items)
            hinted = hinted or (
                cand is None
                and after_turn
                and not awaited
                and self._item_heading(units, index, spoken, chained=turn is None)
            )
            # "COMMITTEE ADJOURNS" in capitals: the record's procedural line, a stage, no heading;
            # nor is an hour with its time of day and zone in capitals ("1:11 P.M. EST", a briefing's)
            # captions mark a new item with three chevrons, a change of speaker with two (">>> ITEM
            # FOUR. A RESOLUTION …" / ">> THANK YOU. …"): the item's heading where no label follows
            hinted = hinted or (
                cand is None and self._captioned and _CAPTION_ITEM.match(unit.text) is not None
            )
            # a numbered question alone with its colon after an answer ("Frage 2:"): the item's
            # heading, the question's asker and the witness under their own labels below
            hinted = hinted or (
                cand is None
                and after_turn
                and not awaited
                and len(unit.lines) == 1
                and index + 1 < len(units)
                and numbered_item(unit.text, self.config)
            )
            headed = cand is None and (
                hinted or self.matcher.is_heading(unit.text) or self._odd_heading_line(unit)
            )
            # nor is the hall's event in CAPITALS a flattened record ran in before a label
            # ("… to the House. APPLAUSE FROM GOVERNMENT BENCHES THE SPEAKER: …"): a stage
            event = headed and _whose_event(unit.text) and bare_stage(unit.text, self.config, alone=False)
            headed = headed and not self._clock(unit.text) and not event
            # nor is a quoting message's own line after the record ("Best," / "Tomas"): its signature
            headed = headed and not self._outside_turns(unit)
            # nor is the captioner's mark of a change of speaker before a note alone in CAPITALS
            # (">> [ INAUDIBLE ]", ">> [ GAVEL ]"): a speaker's turn or the hall's sound
            headed = headed and CAPTION_NOTE.match(unit.text.strip()) is None
            # nor is a table's cell, a row's head over its figures ("ANO" / "54" / "0" / "3")
            headed = headed and unit.line not in self.source.cells
            if cand is None and self._sworn_listed(division, unit.text):
                division.items.append(BlockStage(Stage("other", [unit.text.strip()]), unit.line))
                continue
            if cand is None and (heading or (headed and not self.config.procedural.match(unit.text.strip()))):
                title = (self._unclocked(unit.text) if hinted else "") or unit.text
                if title != unit.text:  # the clock glued before it: the hour, between the turns
                    clock = unit.text.strip()[: -len(title)].strip()
                    division.items.append(BlockStage(Stage("other", [Time(clock)]), unit.line))
                cut = turn if turn is not None and turn.blocks else rubric
                division = Division(title, [], unit.line)
                self.doc.body.append(division)
                titles.add(_title_words(title))
                turn = self._under_title() if index == titled else None
                rubric = None
                below = units[index + 1 : index + 2]
                if turn is None and cut is not None:
                    turn, rubric = self._under_rubric(cut, division, title, below, spoken)
                if turn is None and cut is not None and heading and not heading_person(heading):
                    turn = self._answered_under(cut, division, below, spoken)
                if turn is None and self.config.statement_heads:
                    turn = self._statement_turn(title, units[index + 1 : index + 3], division, unit.line)
                if turn is None:
                    turn = self._question_turn(title, below, division, unit.line)
                if turn is None:
                    turn = self._announced_turn(title, below, division, unit.line)
                continue
            rubric = None
            if cand is None and turn is not None and turn.blocks and self._hour_over_label(units, index):
                division.items.append(BlockStage(Stage("other", [Time(unit.text.strip())]), unit.line))
                self._ended = turn
                self.doc.decisions.append(f"line {unit.line}: the hour over a label, between turns")
                continue
            if cand is None and turn is not None and turn.blocks and self._hour_of_item(units, index, spoken):
                division.items.append(BlockStage(Stage("other", [Time(unit.text.strip())]), unit.line))
                self._ended, titled = turn, index + 1
                self.doc.decisions.append(f"line {unit.line}: the hour over an item's title, between turns")
                continue
            if cand is None and turn is not None and self._minutes_field(unit.first_line, turn):
                # "Beschluss:", "Resolved:", "التوصية :" after the turns of an item: the minutes'
                # own record of what was decided, no one's words, up to the next label
                turn = self._ended = None
                self.doc.decisions.append(f"line {unit.line}: a field of the minutes, after the turns")
            if (
                cand is None
                and turn is not None
                and turn.blocks
                and self._notes_after(unit, units[index + 1 : index + 2])
            ):
                turn = self._ended = None  # "---" / "- Tom to send …": the notes' list, no one's words
                self.doc.decisions.append(f"line {unit.line}: a Markdown rule over a list, after the turns")
            if cand is None and turn is not None and self._outside_turns(unit):
                turn = self._ended = None  # "I think that answer hurt them.": the quoting message's
                self.doc.decisions.append(
                    f"line {unit.line}: the message's own words, outside the quoted turns"
                )
            given = None if cand else self._floor_given(unit.text, units[index + 1 : index + 2])
            if given:  # "La Presidencia concede el uso de la palabra al honorable Senador X:"
                turn = self._give_floor(given, unit, units[index + 1 : index + 3], division)
                continue
            handed = None if cand else self._handed_floor(turn, unit.text, units[index + 1 : index + 2])
            if handed:  # "Andreev. Comrade Stalin has the final word." over the speech, no label
                turn = self._handed_turn(handed, unit, division)
            text = unit.text[len(turn.speaker.text) :].lstrip() if handed and turn else unit.text
            if cand is not None and self._asks_in(cand, turn, division, questions):
                # "MR. HOLLOWAY:" alone on its line over "Q.   Please continue": his question, in his turn
                examiner = turn.speaker.name  # type: ignore[union-attr]
                self.registry.printed_as(self.registry.resolve(examiner), cand.name)
                cand = None
            below = units[index + 1 : index + 2]
            if cand is not None and turn is not None and self._speaker_again(cand, unit, below, turn):
                self._furniture(unit, "running-speaker", unit.lines[0][1])
                text, cand = unit.text[cand.end :].lstrip(), None
                if not text:
                    continue
            if cand is not None:
                by = self.config.examiner.fullmatch(cand.role or "")
                # a truth commission's "EXAMINATION BY ADV VENTER: Thank you …": the heading is the label
                by = by or (self.config.examiner.fullmatch(cand.name) if " " in cand.name else None)
                if by:  # "Q.   (BY MR. SMITH) …": the question names who asks
                    examiner, implied = heading_person(by), False
                elif (examiner is None or implied) and self._paired_question(cand, questions):
                    taker = self._floor_taker(spoke, witness, renewed=examiner is not None or lettered)
                    # a heading naming the witness alone ("Vernehmung des Zeugen X") names no one who asks
                    taker = taker or (None if examiner else self._unnamed_examiner(cand))
                    examiner, implied = (taker, True) if taker else (examiner, implied)
                asker = examiner if examiner and (by or (cand.short and cand.key in questions)) else None
                # questions someone asks are a witness's to answer, unnamed where no line named one
                unnamed = examiner or self._answer_first(cand, lettered) or self._answers_asked(cand, turn)
                answerer = witness or (self._unnamed_witness(cand.name) if unnamed else None)
                asker = asker or (answerer if answerer and self._answers(cand, answerer) else None)
                if not asker and interrupted and cand.key in self.config.resuming:
                    asker = _floor_holder(spoken_turns) or interrupted  # "Puhuja:": the speaker goes on
                # a note on the speech in brackets ("(VIA VIDEO)", "(BY TELEPHONE)") is no party
                affiliation = cand.affiliation.casefold()
                noted = self.config.language_notes.fullmatch(affiliation) is not None
                party = "" if asker or noted or self.config.offices.search(affiliation) else cand.affiliation
                role = None if asker or cand.held == party else cand.held
                staged = self._staged_role(cand)  # "TRANQUILLI (applausi):": the hall's, no role
                role, party = (None, "") if staged else (role, party)
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
                # letters spaced out, "P R E S I D E N T E .", "т о в. ЛАВРОВ.", or a justified
                # line's ideographs ("林 健 鋒 議 員 ："): a form of the label as printed; a
                # justified line's wider spaces between words are none ("Tuan  Haji  Rosli:")
                spaced = cand.printed.replace(" ", "").rstrip(".:：") == cand.name.replace(" ", "")
                spaced = spaced and " ".join(cand.printed.split()).rstrip(" .:：") != cand.name
                if spaced and cand.name not in cand.printed:
                    self.registry.printed_as(person, cand.printed.rstrip(" .:："))
                if cand.name not in cand.printed and (broken := _broken_form(cand)):
                    self.registry.printed_as(person, broken)  # "Bundesminis-terin Dr. X", its line's end
                stage = staged or ("", "")
                printed = cand.printed[len(cand.page) :]
                key = (printed, cand.name, cand.punct, cand.role, cand.time, cand.page, *stage)
                label = self._labels.get(key)
                if label is None:
                    label = SpeakerLabel(
                        *key[:3],
                        role=cand.role,
                        time=cand.time,
                        page=cand.page.strip(),
                        stage=stage[0],
                        stage_type=stage[1],
                    )
                    self._labels[key] = label
                turn = asking = Turn(person.id, label, [], unit.line)
                if not person.chair and not cand.short:
                    spoken_turns.append((interrupted or cand.name, turn))
                member = member if cand.punct == ANSWERED else turn
                division.items.append(turn)
                text = speech
                if not text.strip():
                    continue
            # "――それはいつ頃ですか。" / "はい、…": the interviewer asks, the guest answers
            asked = (
                self._asked_turn(text, turn, division, unit) if cand is None and self._asked_dash else None
            )
            if asked is not None:
                turn, text = asked
                self._place(parse_inline(text, ctx), division, turn, unit, True)
                continue
            change = self._caption_change(text, turn) if cand is None else None
            if change is not None:  # ">> I HAVE ONE.": the captions' next speaker, unnamed
                turn = self._unnamed_turn(change.group(), division, unit)
                text = text[change.end() :].lstrip()
            labelled = cand is not None or change is not None
            if not labelled and member is not None and turn is not None and _numbered_question(turn, text):
                turn = self._resumed(member, division, unit)  # "41. And then?" under "(Sir John Smith) Yes."
            # the dashes looked for first: the pattern, read from each character, finds none in most
            answer = _ANSWER_AFTER.search(text) if asking is not None and "---" in text else None
            if asking is not None and answer is not None:  # "…?---Yes, I did.": the witness answers
                if turn is not asking and not labelled:
                    turn = self._resumed(asking, division, unit)
                self._place(parse_inline(text[: answer.start()], ctx), division, turn, unit, labelled)
                turn = self._answer(witness, answer.group().strip(), division, unit)
                text, labelled = text[answer.end() :], True
            acted = not labelled and self._chat_action(text)
            nodes: list[Node] = [Stage("other", [text.strip()])] if acted else parse_inline(text, ctx)
            turn = self._place(nodes, division, turn, unit, labelled)
        self.doc.warnings.extend(ctx.warnings)

    def _staged_role(self, cand: Candidate) -> tuple[str, str] | None:
        """The event of the hall in the brackets between a label's name and its colon, as printed,
        and its kind ("TRANQUILLI (applausi):", "BORDIGA (vivi applausi):", a congress's record):
        what the hall did as the speaker rose, no role of the speaker's; None where the brackets
        name no such event, or the clock stands in the label too, or they hold a party whose
        name ends with a cry's mark ("Jan Peeters (Groen!):", "Ana Kovač (Možemo!) –")."""
        role = (cand.role or "").strip()
        party = role.casefold() in self.config.bracket_parties
        kind = stage_type(role, self.config) if role and not cand.time and not party else None
        if kind is None or kind == "other":
            return None
        bracket = re.search(rf"[(\[]\s*{re.escape(role)}\s*[)\]]", cand.printed)
        return (bracket.group(), kind) if bracket else None

    def _listed(self, units: list[Unit]) -> dict[int, Listed]:
        """The units that are the blocks of listed speeches (see :mod:`listed`), by index. The
        head asks of all the units, the body of those after the head: where none of all was
        shaped as a block (most records), the body's, the same units to the end, are not swept
        again. The head's units are held only until the body asks: it frees each as it reads it."""
        kept, self._unshaped = self._unshaped, ()
        tail = kept[len(kept) - len(units) :] if kept and len(units) <= len(kept) else ()
        if (
            units
            and len(tail) == len(units)
            and all(unit is held for unit, held in zip(units, tail, strict=True))
        ):
            return {}
        paragraphs = UnitTexts(units)
        swept = shaped(paragraphs, self.config)
        if kept is None and not any(swept):
            self._unshaped = tuple(units)
        captioned = {item.line for item in self.source.furniture if item.pattern == PHOTO_CAPTION}
        photographed = {at for at, unit in enumerate(units) if unit.line in captioned} if captioned else set()
        blocks = listed_blocks(paragraphs, self.config, swept, photographed)
        # a speech under a listed block never opens with a label of its own, its colon or dash
        # after it: where one does, right under the block or under one more short line of it, the
        # blocks are a page's head printed again over each page ("Supremo Tribunal Federal" /
        # "Debate" / "ADI 4.650 / DF" over "O SENHOR MINISTRO X (RELATOR) - …", a court
        # judgment's PDF)
        if any(self._labelled_below(units, at + block.span) for at, block in blocks.items()):
            return {}
        # nor are blocks with no speech under them, the first label with its colon or dash below
        # them all: the head's lines over the labels ("Deutscher Bundestag" / "Ausschuss für …",
        # "Gesetzentwurf der Bundesregierung" / "Entwurf eines Gesetzes …" over "Vorsitzender X:
        # …", a committee's hearing)
        if blocks and self._head_over_labels(units, min(blocks), max(blocks)):
            return {}
        return blocks

    def _has_spoken(self, cand: Candidate) -> bool:
        """Whether a turn before has opened under the label *cand* names."""
        return any(
            isinstance(item, Turn) and label_key(item.speaker.name) == cand.key
            for division in self.doc.body
            for item in division.items
        )

    def _head_over_labels(self, units: list[Unit], first: int, last: int) -> bool:
        """Whether the first unit that opens with a label and its colon or dash comes after the
        block at *last*, and no unit from the block at *first* up to it ends a sentence."""
        for at, unit in enumerate(units):
            cand = self._opens_turn(unit, True)
            if cand is not None and cand.punct.strip() not in ("", "."):
                return at > last
            if at >= first and unit.text.rstrip()[-1:] in TERMINAL:
                return False
        return False

    def _labelled_below(self, units: list[Unit], below: int) -> bool:
        """Whether the unit at *below*, or the one after it under a short line of a head with no
        stop, opens with a label and its colon or dash (see :meth:`_listed`)."""
        for at in range(below, min(below + 2, len(units))):
            cand = self._opens_turn(units[at], True)
            if cand is not None:
                return cand.punct.strip() not in ("", ".")
            text = units[at].text.strip()
            if len(units[at].lines) > 1 or len(text) > _HEAD_LINE_SPAN or text[-1:] in TERMINAL:
                return False
        return False

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

    def _who(self, name: str, affiliation: str = "") -> str:
        return self.registry.resolve(name, affiliation=affiliation).id

    @staticmethod
    def _clock_apart(lines: Sequence[tuple[int, str]], index: int) -> bool:
        """Whether the clock on line *index* stands apart from the lines around it: not last
        under a name and a role with no stop, as a council's video record closes a speaker's
        block with the time ("Ivana Horvat" / "Predsjednica Gradskog vijeća" / "09:14")."""
        return index + 1 < len(lines) or index == 0 or lines[index - 1][1].rstrip()[-1:] in TERMINAL

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

    def _office_over_questions(self, units: list[Unit], index: int) -> bool:
        """Whether the line at *index* is an office alone, no label the record believes, right
        over a believed question's label, as a Japanese, Korean or Chinese court's record of an
        examination sets who asks ("検察官" / "問　…", "검사" / "문 : …", "公诉人" / "问：…"):
        the examination's heading, each question below that office's."""
        unit = units[index]
        text = unit.text.strip()
        if len(unit.lines) != 1 or index + 1 >= len(units):
            return False
        # the office asked first: its openings refuse a line of speech at once, where the key
        # read every word of it
        asking = self.config.asking_keys
        if self.config.offices.fullmatch(text.casefold()) is None or label_key(text) in self.accepted:
            # an office and its holder, a label printed once: asked only over a question's letter
            first = units[index + 1].text.lstrip()[:1].casefold()
            opens = (
                first in self.config.asking_initials
                if len(first) == 1
                else any(key.startswith(first) for key in asking)  # "" or a letter folded to two ("ß")
            )
            if not opens or not self._examiner_heading(text):
                return False
        below = self._label(units[index + 1].text)
        return below is not None and below.key in asking and below.key in self.accepted

    def _examiner_heading(self, text: str) -> bool:
        """Whether *text* is a believed label alone on its line that names an office and its
        holder, printed once ("検察官（森下）", "검사 김태호"), or the office alone in brackets
        ("（検察官）", as each examination's heading prints it again): over a question's label it
        says who asks, as the office alone does (see :meth:`_office_over_questions`), no turn."""
        cand = self.lines.candidate(text) or self.matcher.bare(text)
        if cand is None or cand.key not in self.accepted or text[cand.end :].strip():
            return False
        name = cand.name.casefold()
        # the office alone in brackets, each printing; an office with its holder inside the
        # brackets ("【公诉人 刘洋】") is an office and its holder printed once, as below
        if _BRACKETED_LINE.fullmatch(text) and not cand.role and self.config.offices.fullmatch(name):
            return True
        if self._printed[cand.key] != 1:
            return False
        if cand.role:  # the office, its holder in brackets
            return self.config.offices.fullmatch(name) is not None
        office = self.config.offices.match(name)  # the office, its holder's name after it
        return office is not None and name[office.end() :].strip() != ""

    def _chat_action(self, line: str) -> bool:
        """Whether *line* is a chat's action, a star and a nick the log prints in angle brackets
        before its speeches ("* bwong waves" beside "<bwong> sorry, late."), its clock perhaps
        before it: the hall's event, no one's words; a list's star before another word is none."""
        if "* " not in line[:_CHAT_ACTION_AT]:  # asked of every line: most hold no star near its start
            return False
        stamp = self.config.timestamp.match(line) if line.lstrip()[:1] != "*" else None
        action = _CHAT_ACTION.match(line, stamp.end() if stamp else 0)
        return action is not None and self._label(f"<{action.group('nick')}> …") is not None

    def _clock(self, text: str) -> bool:
        """Whether *text* is a time alone ("16:00:32", "[09:00]"), as ``[labels] timestamp``
        reads one before a label, or an hour and minute with a stop between ("9.06"), the time
        of day after it perhaps ("11.32 am", ``[labels] clock_marks``), or the Malaysian
        margin's stamp ("■1010"). Asked of
        every line of a paragraph: one that opens with a letter is none, asked no pattern."""
        text = text.strip()
        if len(text) <= _WORDED_CLOCK and (word := self.config.clock_words.match(text)):
            text = text[word.end() :]  # "Kl. 13:05": the word for the clock before its hour
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
            or _BULLETED_HOUR_SIGN.fullmatch(text) is not None
        )

    def run(self) -> Document:
        paragraphs = self.lines.rejoin_cut_labels(self.source.paragraphs, self.source.layout)
        self.matcher.hold_over_speech(
            _capitals_colon_lines(paragraphs), (line for para in paragraphs for _, line in para.lines)
        )
        self._decide_labels(paragraphs)
        units = self._front(self._units(paragraphs))
        # the units hold the lines now, each freed once the body has read it
        del paragraphs
        self._source_lines.settle()
        self.source.paragraphs = []
        self._body(units)
        self._closing()
        if notes := place_notes(self.doc):
            self.doc.decisions.append(f"{notes} paragraphs of an edition's notes, kept as notes")
        self._insertions()
        self._quotes()
        self._repeated_headings()
        self._closing_roll()
        self._capital_headings()
        self._signed_last()
        self._silent_turns()
        self._numbered_speeches()
        self._marked_languages()
        self._spaced_as_printed()
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


# A chat's action: a star, the nick and what it does ("* bwong waves").
_CHAT_ACTION_AT = 24  # characters of a line its star stands in, a clock before it perhaps
_CHAT_ACTION = regex(r"[ \t]*\*[ \t]+(?P<nick>[^\W_][^<>\s=\"'/]{0,30})[ \t]+\S")
_FIELD_SPAN = 40  # characters of a minutes' field before its colon
# A minutes' field and its colon opening a line, its finding after it ("Dosya incelendi: …").
_FORMULA_HEAD = regex(r"(?P<head>[^\W\d_][^:：]{0,38}?)[ \t]?[:：](?=[ \t]+\S)")
# The number an item's heading opens with: "§ 1", "1 §", "12.", "3)".
_ITEM_NUMBER = regex(r"(?:§\s*\d+[a-z]?|\d+[a-z]?\s*§|\d{1,3}[.)])\s+")
# An item's capital letter before its title, a stop or a bracket after it or the title's
# capital: "C. Road salt contract:", "B Approval of the minutes:".
_ITEM_LETTER = regex(r"(?-i:[A-Z])(?:[.)][ \t]+|[ \t]+(?=(?-i:[A-Z])))")
_POSSESSIVE_END = regex(r"[^\W\d_]['’]s$")  # a noun's genitive: "Arbitrator's", "Treasurer’s"
_CAPITALS_ITEM_WORDS = 3  # words at least of an item's line with its colon in CAPITALS alone
_COLON_ITEM_WORDS = 6  # words of an item's line with its colon at most: "ADJOURNED TO MONDAY, 13 OCTOBER:"


# The longest line an office, its colon and its holder's name in CAPITALS may fill
_HELD_LINE_CHARS = 100


def _capitals_colon_lines(paragraphs: list[RawPara]) -> Iterator[tuple[str, str]]:
    """Each short line in CAPITALS with a colon in *paragraphs* ("KETUA: SUHARTOYO") and the
    line below it, in its paragraph or opening the next ("" at the end)."""
    for index, para in enumerate(paragraphs):
        for number, (_, line) in enumerate(para.lines):
            if ":" not in line or len(line) > _HELD_LINE_CHARS or not line.isupper():
                continue
            if number + 1 < len(para.lines):
                yield line.strip(), para.lines[number + 1][1].strip()
            elif index + 1 < len(paragraphs) and paragraphs[index + 1].lines:
                yield line.strip(), paragraphs[index + 1].lines[0][1].strip()


def _title_words(text: str) -> str:
    """An item's title less its number, in lower case, its white space collapsed: what a
    parliament's web page sets over each speech again ("§ 2  Partiledardebatt" / "Anf. 2
    Statsminister X (S):" / "Partiledardebatt"), a title's words no speech has alone."""
    title = " ".join(text.split())
    title = title[number.end() :] if (number := _ITEM_NUMBER.match(title)) else title
    return title.casefold() if len(title) > 3 else ""


def _whose_event(text: str) -> bool:
    """Whether *text*, a heading's line in CAPITALS opening with an event's word, may be the
    event: the word alone or a particle after it that says whose ("APPLAUSE FROM GOVERNMENT
    BENCHES"); a heading names a thing after the word ("NOISE ABATEMENT BILL")."""
    words = text.split()
    return len(words) == 1 or len(words[1].strip(".,")) <= _PARTICLE_LETTERS


def _floor_holder(turns: Sequence[tuple[str, Turn]]) -> str | None:
    """Who of the members' last *turns* holds the floor: the last to speak at length, a
    paragraph or more below the label counted too ("A Sr.ª X (PSD): — Sr. Presidente, Srs.
    Deputados:" / "Esta proposta …"), past the short interjections after it."""
    for name, turn in reversed(turns):
        said = (node for block in turn.blocks if isinstance(block, Para) for node in block.content)
        if sum(len(node.split()) for node in said if isinstance(node, str)) >= _FLOOR_WORDS:
            return name
    return None


def _numbered_question(turn: Turn, text: str) -> bool:
    """Whether *text*, no label before it, is a numbered question after a witness's answer in
    brackets ("(Sir John Smith) Yes." / "41. And then?"), as the Commons' minutes of evidence
    printed the questions of the member who asked last: his or hers again."""
    return turn.speaker.punct == ANSWERED and _QUESTION_NUMBER.match(text) is not None


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


def _scattered_words(units: list[Unit]) -> list[Unit]:
    """The units with a run of paragraphs of one word each after an interjection on its own
    lines joined to it: a justified PDF's text gives the words of a wide line one or two to a
    line, the interjection's bracket closed above them ("(Zuruf des" / "(GRÜNE))" / "Abgeordneten"
    / "Dr." / "Sepp" / "Dürr"); they are its words, never headings nor paragraphs of their own."""
    joined: list[Unit] = []
    index = 0
    while index < len(units):
        unit = units[index]
        end = index + 1
        while end < len(units) and end - index <= _SCATTERED_WORDS and _one_word(units[end]):
            end += 1
        if 2 < end - index <= _SCATTERED_WORDS and _interjection_last(unit):
            text, lines = unit.text, list(unit.lines)
            for word in units[index + 1 : end]:
                text, lines = _join_stage_paragraphs(text, word.text), [*lines, *word.lines]
            unit = Unit(text, lines)
        else:
            end = index + 1
        joined.append(unit)
        index = end
    return joined


def _one_word(unit: Unit) -> bool:
    """Whether *unit* is one line of one word, no sentence's nor label's end after it."""
    if len(unit.lines) != 1:  # a paragraph of more lines is refused before its text is read
        return False
    word = unit.text.strip()
    return (
        0 < len(word) <= _SCATTERED_LETTERS
        and not any(char.isspace() for char in word)
        and word[0].isalpha()
        and word[-1] not in "!?:;,"
    )


def _interjection_last(unit: Unit) -> bool:
    """Whether *unit* ends with a bracket opened at the start of one of its last lines, left open
    at that line's end and closed at the unit's, a bracket inside it that the text moved to a
    line of its own: an interjection printed over lines of its own, as a justified page's wide
    line whose words the text scattered ("(Zuruf des" / "(GRÜNE))"). A whole interjection over
    two lines ("(Beifall bei der CSU und den" / "FREIEN WÄHLERN)") lost no words: one-word
    paragraphs after it are the speech's, a list read out."""
    texts = [text.strip() for _, text in unit.lines[-_STAGE_SPAN:]]
    if not texts[-1].endswith(")"):
        return False
    for start in range(len(texts) - 2, -1, -1):
        tail, first = " ".join(texts[start:]), texts[start]
        opened = first.startswith("(") and first.count("(") > first.count(")")
        if opened and tail.count("(") == tail.count(")"):
            return tail.count("(") > 1 and texts[-1].startswith("(")
    return False


def _join_stage_paragraphs(first: str, second: str) -> str:
    """Two paragraphs inside one bracketed stage direction: their italics marks go."""
    return re.sub(r"_$", "", first.rstrip()) + " " + re.sub(r"^_", "", second.lstrip())


def parse(source: Source, config: Config, lang: str | None = None) -> Document:
    """The document model of a read transcript; the parse takes *source*'s paragraphs (left
    empty: their lines are freed as the turns are made)."""
    return _Parser(source, config, lang).run()


def _titled(line: str) -> bool:
    """Whether *line* is in title case, each word of four letters or more capitalised, as a
    heading sets it ("Income Tax Amendment Bill" / "Second Reading"); a verse or a sentence sets
    its words after the first in lower case ("Do not go gentle into that good night")."""
    words = _LONG_WORD.findall(line)
    return bool(words) and all(word[0].isupper() for word in words)


def _announced(units: list[Unit], index: int) -> bool:
    """Whether the paragraph above *index* ends with a colon, announcing what is read below it."""
    return index > 0 and units[index - 1].text.rstrip().endswith((":", "："))


_INNER_HYPHEN = regex(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _broken_form(cand: Candidate) -> str | None:
    """The name of *cand* as printed where a hyphen at its line's end broke one of its words,
    which the name reads whole ("Bundesminis-terin Dr. X" of "Bundesministerin Dr. X"): a form
    of the label the person's list gives; None where the name is printed otherwise."""
    printed = cand.printed
    for found in _INNER_HYPHEN.finditer(printed):
        at = (printed[: found.start()] + printed[found.end() :]).find(cand.name)
        if 0 <= at < found.start() < at + len(cand.name):
            return printed[at : at + len(cand.name) + 1]
    return None
