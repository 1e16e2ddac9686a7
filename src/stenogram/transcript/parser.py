"""Parsing: the reader's raw paragraphs → the document model.

Order of work: label candidates are collected from the whole text and decided on evidence
(:mod:`stenogram.transcript.labels`); front matter before the first turn is read into header facts
(:mod:`stenogram.transcript.frontmatter`); then every paragraph becomes a heading, the start of a turn, or
running text of the current turn, with its inline content parsed (:mod:`stenogram.transcript.inline`). A
paragraph cut by a page break (it ends mid-sentence, the next begins in lower case) is joined.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath

from stenogram.transcript.config import Config
from stenogram.transcript.frontmatter import (
    dates_the_meeting,
    find_date,
    front_kind,
    parse_archive,
    strip_lead,
)
from stenogram.transcript.inline import InlineContext, TurnBreak, parse_inline
from stenogram.transcript.labels import Candidate, LabelMatcher, decide, label_key
from stenogram.transcript.model import (
    BlockStage,
    Division,
    Document,
    FrontLine,
    Gap,
    Join,
    Para,
    Quote,
    SpeakerLabel,
    Stage,
    Turn,
)
from stenogram.transcript.persons import Registry
from stenogram.transcript.reader import RawPara, Source

_TERMINAL = '.!?…:;»”")]'
_PARENTHESIS = re.compile(r"\((?:[^()]|\([^()]*\))*\)[.]?")
_STAGE_SPAN = 5  # paragraphs a bracketed stage direction may run over
_QUOTE_SPAN = 5  # paragraphs a quotation read out may run over
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass
class Unit:
    """One paragraph of text and the source lines ``(number, text)`` it was joined from."""

    text: str
    lines: list[tuple[int, str]]

    @property
    def line(self) -> int:
        return self.lines[0][0]

    @property
    def first_line(self) -> str:
        return self.lines[0][1]


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one text; a hyphen at a line end keeps its place, unspaced."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif re.search(r"[^\W\d_]-$", text) and line[:1].islower():
            text += line
        else:
            text += " " + line
    return text


def detect_language(text: str, config: Config) -> str:
    """The language whose commonest words make up most of *text* (``und`` when none does)."""
    words = _WORDS.findall(text[:200_000].casefold())
    if not words:
        return "und"
    counts = Counter(words)
    share = {
        code: sum(counts[w] for w in common) / len(words) for code, common in config.language_words.items()
    }
    best = max(sorted(share), key=lambda code: share[code])
    return best if share[best] >= 0.05 else "und"


class _Parser:
    def __init__(self, source: Source, config: Config, lang: str | None) -> None:
        self.source = source
        self.config = config
        self.matcher = LabelMatcher(config)
        self.registry = Registry(config)
        self.doc = Document(
            name=PurePath(source.name).name,
            lang=lang or detect_language(source.text, config),
            furniture=list(source.furniture),
            layout=source.layout,
            encoding=source.encoding,
        )
        self.accepted: set[str] = set()
        self.bare_accepted: set[str] = set()

    # -- labels ---------------------------------------------------------------------------
    def _decide_labels(self, paragraphs: list[RawPara]) -> None:
        candidates: list[Candidate] = []
        for para in paragraphs:
            for number, (_, line) in enumerate(para.lines):
                cand = self._candidate(line)
                if number and (cand is None or not cand.upper):
                    continue  # inside a paragraph only a label in CAPITALS opens a turn
                if cand and not self.matcher.is_heading(line) and not front_kind(line, self.config):
                    candidates.append(cand)
        decision = decide(candidates, self.source.text, self.config, self.registry.configured_keys())
        self.accepted = decision.accepted
        self.doc.decisions.extend(decision.notes)
        self._decide_bare_labels(paragraphs)

    def _decide_bare_labels(self, paragraphs: list[RawPara]) -> None:
        """Names in CAPITALS alone on a line, followed by speech, are labels when they recur."""
        bare: Counter[str] = Counter()
        names: dict[str, str] = {}
        strong: dict[str, bool] = {}
        for index, para in enumerate(paragraphs):
            cand = self.matcher.bare(para.lines[0][1])
            if cand is None or cand.key in self.config.stopwords:
                continue
            following = paragraphs[index + 1].lines[0][1] if index + 1 < len(paragraphs) else ""
            if len(para.lines) > 1 or (
                following and not self.matcher.bare(following) and not self.matcher.is_heading(following)
            ):
                bare[cand.key] += 1
                names[cand.key] = cand.name
                strong[cand.key] = cand.strong
        for key, count in sorted(bare.items()):
            if count >= 2 or key in self.accepted:
                self.bare_accepted.add(key)
                self.doc.decisions.append(f"label: {names[key]!r} (alone on its line, {count} turns)")
        if len(self.bare_accepted) >= 2:  # the document's style: a name with an office or seat, once
            for key, count in sorted(bare.items()):
                if key not in self.bare_accepted and strong[key]:
                    self.bare_accepted.add(key)
                    self.doc.decisions.append(
                        f"label: {names[key]!r} (alone on its line, once, in the document's style)"
                    )

    def _candidate(self, text: str) -> Candidate | None:
        """The label candidate of *text*: a one-letter Q./A. label unless a name in CAPITALS
        starts there (``В. М. МОЛОТОВ.`` is Molotov, ``A. Yes.`` is an answer)."""
        cand = self.matcher.candidate(text)
        short = self.matcher.short_label(text)
        if short and (cand is None or not cand.upper):
            return short
        return cand

    def _label(self, text: str, first_line: str | None = None) -> Candidate | None:
        if first_line is not None:
            bare = self.matcher.bare(first_line)
            if bare and bare.key in self.bare_accepted and text.startswith(first_line):
                return bare
        cand = self._candidate(text)
        if cand and cand.key in self.accepted and not self.matcher.is_heading(text):
            return cand
        if cand and cand.short:  # a one-letter label not accepted: perhaps an initial of a name
            cand = self.matcher.candidate(text)
            if cand and cand.key in self.accepted and not self.matcher.is_heading(text):
                return cand
        return None

    # -- paragraphs ----------------------------------------------------------------------------
    def _units(self, paragraphs: list[RawPara]) -> list[Unit]:
        """Split paragraphs at inner lines that open a turn; merge stage brackets left open."""
        pieces: list[list[tuple[int, str]]] = []
        for para in paragraphs:
            current = [para.lines[0]]
            for number, line in para.lines[1:]:
                cand = self._label(line)
                if cand and cand.upper:
                    pieces.append(current)
                    current = []
                current.append((number, line))
            pieces.append(current)
        plain = [Unit(join_lines([text for _, text in lines]), lines) for lines in pieces]
        units: list[Unit] = []
        index = 0
        while index < len(plain):
            unit = plain[index]
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

    def _open_stage_brackets(self, text: str) -> bool:
        return any(text.count(o) > text.count(c) for o, c in self.config.stage_brackets)

    # -- front matter ----------------------------------------------------------------------
    def _front(self, units: list[Unit]) -> list[Unit]:
        """Take the title and the header-fact lines before the first turn; return the rest."""
        rest: list[Unit] = []
        title = self.doc.title
        first_turn = next((i for i, u in enumerate(units) if self._label(u.text, u.first_line)), len(units))
        for index, unit in enumerate(units):
            if index >= first_turn:
                rest.append(unit)
                continue
            lines = unit.lines
            kinds = [front_kind(text, self.config) for _, text in lines]
            if any(kinds):
                self._front_lines(lines, kinds)
            elif (
                self.doc.title is None
                and not self.doc.front
                and not rest
                and len(unit.text) <= 300
                and len(lines) <= 3
            ):
                self.doc.title = unit.text
                self.doc.front.append(FrontLine("title", unit.text, unit.line))
            else:
                rest.append(unit)
        if not rest:  # nothing but front matter: it is the text, kept in the body
            self.doc.title, self.doc.front = title, []
            return list(units)
        texts = [self.doc.title or ""]
        texts += [f.text for f in self.doc.front if f.kind != "title" and dates_the_meeting(f.kind)]
        texts += [u.text for u in rest[:3] if not self._label(u.text, u.first_line)]
        for text in texts:
            found = find_date(text, self.config)
            if found:
                self.doc.date, self.doc.date_text = found
                break
        return rest

    def _front_lines(self, lines: list[tuple[int, str]], kinds: list[str | None]) -> None:
        for (number, text), kind in zip(lines, kinds):
            if kind is None and self.doc.front and self.doc.front[-1].kind != "title":
                self.doc.front[-1].text += " " + text
                continue
            self.doc.front.append(FrontLine(kind or "other", text, number))
        for front in self.doc.front:
            if front.kind == "source" and self.doc.source is None:
                self.doc.source = strip_lead(front.text, self.config, "source")
            elif front.kind == "archive" and self.doc.archive is None:
                self.doc.archive = parse_archive(strip_lead(front.text, self.config, "archive"), self.config)
            elif front.kind == "byline" and self.doc.author is None:
                self.doc.author = re.sub(r"^(?:by|автор:)\s+", "", front.text, flags=re.I).strip()

    # -- body ----------------------------------------------------------------------------
    def _body(self, units: list[Unit]) -> None:
        division = Division(None, [], units[0].line if units else 0)
        self.doc.body.append(division)
        turn: Turn | None = None
        ctx = InlineContext(self.config, self.matcher, lambda n: label_key(n) in self.accepted, self._who)
        ctx.square_stages = any(opener in self.source.text for opener, _ in self.config.stage_brackets)
        for unit in units:
            ctx.line = unit.line
            cand = self._label(unit.text, unit.first_line)
            if cand is None and self.matcher.is_heading(unit.text):
                division = Division(unit.text, [], unit.line)
                self.doc.body.append(division)
                turn = None
                continue
            text = unit.text
            if cand is not None:
                person = self.registry.resolve(cand.name, cand.role)
                person.turns += 1
                label = SpeakerLabel(cand.printed, cand.name, cand.punct, role=cand.role, time=cand.time)
                turn = Turn(person.id, label, [], unit.line)
                division.items.append(turn)
                text = unit.text[cand.end :]
                if not text.strip():
                    continue
            nodes = parse_inline(text, ctx)
            turn = self._place(nodes, division, turn, unit, cand is not None)
        self.doc.warnings.extend(ctx.warnings)

    def _who(self, name: str) -> str:
        return self.registry.resolve(name).id

    def _place(self, nodes, division: Division, turn: Turn | None, unit: Unit, labelled: bool) -> Turn | None:
        """Put a paragraph's nodes into the current turn, starting turns at bracketed labels."""
        segments: list[list] = [[]]
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
            item = self._item(segment, unit.line)
            if item is None:
                continue
            container = turn.items if turn is not None else division.items
            if index == 0 and not labelled and self._join(container, item, unit):
                continue
            container.append(item)
        return turn

    def _item(self, segment: list, line: int) -> Para | BlockStage | None:
        meaningful = [n for n in segment if not (isinstance(n, str) and not n.strip())]
        if not meaningful:
            return None
        if isinstance(meaningful[0], Stage) and all(
            isinstance(n, str) and re.fullmatch(r"[\s.,;:!?]*", n) for n in meaningful[1:]
        ):
            stage = meaningful[0]
            tail = "".join(n.strip() for n in meaningful[1:])
            if tail:
                stage.content.append(tail)
            return BlockStage(stage, line)
        text = "".join(meaningful) if all(isinstance(n, str) for n in meaningful) else ""
        if _PARENTHESIS.fullmatch(text.strip()):  # a paragraph of its own in parentheses
            return BlockStage(Stage("other", [text.strip()]), line)
        while segment and isinstance(segment[0], str) and not segment[0].strip():
            segment.pop(0)
        if segment and isinstance(segment[0], str):
            segment[0] = segment[0].lstrip()
        if segment and isinstance(segment[-1], str):
            segment[-1] = segment[-1].rstrip()
        return Para(segment, line)

    def _join(self, container: list, item: Para | BlockStage, unit: Unit) -> bool:
        """Join *item* to the paragraph before it when a page break had cut a sentence."""
        if not container or not isinstance(container[-1], Para) or not isinstance(item, Para):
            return False
        previous = container[-1]
        last = previous.content[-1] if previous.content else ""
        first = item.content[0] if item.content else ""
        if not isinstance(last, str) or not isinstance(first, str):
            return False
        if not last.rstrip() or last.rstrip()[-1] in _TERMINAL or not first[:1].islower():
            return False
        previous.content[-1] = last.rstrip() + " "
        previous.content.append(Join(unit.line))
        previous.content.extend(item.content)
        self.doc.warnings.append(
            (
                unit.line,
                f"joined to the paragraph before (line {previous.line}): a page break seems to cut the sentence",
            )
        )
        return True

    def _quotes(self) -> None:
        """Wrap paragraphs read out between quotation marks that open and close them in a Quote."""
        for division in self.doc.body:
            for turn in division.items:
                if isinstance(turn, Turn):
                    turn.items = _group_quotes(turn.items, self.doc.decisions)

    def _silent_turns(self) -> None:
        """A label with no words after it: the turn says so with a gap, and the report warns."""
        for division in self.doc.body:
            for turn in division.items:
                if isinstance(turn, Turn) and not turn.items:
                    turn.items.append(Para([Gap("not-recorded", "")], turn.line))
                    self.doc.warnings.append((turn.line, f"the turn of {turn.speaker.text!r} has no words"))

    def run(self) -> Document:
        paragraphs = self.source.paragraphs
        self._decide_labels(paragraphs)
        units = self._front(self._units(paragraphs))
        self._body(units)
        self._quotes()
        self._silent_turns()
        self.doc.persons = self.registry.people
        if not self.doc.persons:
            self.doc.warnings.append((0, "no speaker labels found: the text is encoded as paragraphs"))
        return self.doc


_QUOTE_MARKS = {"“": "”", "«": "»", "„": "“"}


def _para_text(item: object) -> str | None:
    if not isinstance(item, Para):
        return None
    return "".join(n for n in item.content if isinstance(n, str))


def _group_quotes(items: list, decisions: list[str]) -> list:
    """Runs of two to five paragraphs whose first opens a quotation that only the last closes."""
    out: list = []
    index = 0
    while index < len(items):
        text = _para_text(items[index])
        opener = text.lstrip()[:1] if text else ""
        closer = _QUOTE_MARKS.get(opener)
        end = None
        if closer and text.count(opener) - text.count(closer) == 1:
            depth = 1
            for later in range(index + 1, min(index + _QUOTE_SPAN, len(items))):
                following = _para_text(items[later])
                if following is None:
                    break
                if opener != closer:
                    depth += following.count(opener)
                depth -= following.count(closer)
                if depth == 0:
                    if following.rstrip(" .,;:!?…").endswith(closer):
                        end = later
                    break
        if end is None:
            out.append(items[index])
            index += 1
            continue
        paras = items[index : end + 1]
        out.append(Quote(paras, paras[0].line))
        decisions.append(
            f"line {paras[0].line}: {len(paras)} paragraphs between quotation marks encoded as a quotation"
        )
        index = end + 1
    return out


def _join_stage_paragraphs(first: str, second: str) -> str:
    """Two paragraphs inside one bracketed stage direction: their italics marks go."""
    return re.sub(r"_$", "", first.rstrip()) + " " + re.sub(r"^_", "", second.lstrip())


def parse(source: Source, config: Config, lang: str | None = None) -> Document:
    """The document model of a read transcript."""
    return _Parser(source, config, lang).run()
