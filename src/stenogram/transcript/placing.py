"""Placing the body's items into the document: a paragraph or stage in its turn or between
turns, paragraphs cut by a page joined, and the passes after the body (the closing line, inserted
documents, quotations, language marks).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from stenogram.transcript.blocks import (
    bare_stage,
    credit_line,
    dashed_event,
    group_quotes,
    short_closing,
)
from stenogram.transcript.config import Config
from stenogram.transcript.events import SLASHED, stage_type
from stenogram.transcript.frontmatter import archival, parse_archive
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.inline import Node, TurnBreak
from stenogram.transcript.model import (
    Block,
    BlockStage,
    Division,
    Document,
    Furniture,
    Gap,
    Inline,
    Join,
    Para,
    Quote,
    SpeakerLabel,
    Stage,
    Time,
    Turn,
)
from stenogram.transcript.persons import Registry
from stenogram.transcript.reader import TERMINAL
from stenogram.transcript.regexcache import regex
from stenogram.transcript.units import PARENTHESIS, Unit

_REFERENCE_WORDS = 20  # an archival reference's words at most, with its repository and physical note

if TYPE_CHECKING:
    from stenogram.transcript.candidate import Candidate
    from stenogram.transcript.labels import LabelMatcher
    from stenogram.transcript.reader import Source

_SPEECH_NUMBERS = 3  # turns numbered in a row at the least: fewer may each open a printed page
_PUNCTUATION_ONLY = regex(r"[\s.,;:!?]*")
# The dash the Chilean and Argentine records set before an event on its own line
# ("--(Aplausos en tribunas).", "—(Risas)."): the stage's mark, no speech.
_DASH_ONLY = regex(r"\s*(?:-{1,3}|[—–])\s*")


# "[English]", "(Français)", "IsiZulu:": a language's name in brackets or before a colon, alone
_LANGUAGE_MARK = regex(r"[\[(]\s*(?P<bracketed>[^\W\d_]+)\s*\.?\s*[\])]|(?P<named>[^\W\d_]+)[ \t]*:")


def _language_mark(text: str, config: Config) -> str | None:
    """The language code *text* marks where it is a mark of the language spoken alone (see
    ``[languages.marks]``): "" for a mark of translation, back to the record's own language;
    None where it is none."""
    mark = _LANGUAGE_MARK.fullmatch(text.strip())
    return config.language_marks.get((mark["bracketed"] or mark["named"]).casefold()) if mark else None


def _first_words(turn: Turn) -> str:
    """The words a turn's first paragraph opens with, up to its first note."""
    first = next((item for item in turn.blocks if isinstance(item, Para)), None)
    return next((node for node in first.content if isinstance(node, str)), "").lstrip() if first else ""


# An item of a numbered list opening a paragraph ("V. Los Órganos …", "2. …", "b) …"): the item
# above may end on a conjunction ("…, y") and still end its paragraph
_LIST_ITEM = regex(r"(?:[IVXLCDM]{1,6}|\d{1,3}|[a-z])[.)]\s")
_RULE = regex(r"[_\-–—=*·.\s]{3,}")  # a rule printed under an inserted document: "______"


def _archive_reference(item: object, config: Config) -> str:
    """The text of *item* if it is a short paragraph of an archival reference alone: a fond and a
    file (see :func:`archival`), no more words than a reference prints, nothing before the fond
    but the repository's name."""
    if not isinstance(item, Para) or not all(isinstance(node, str) for node in item.content):
        return ""
    text = " ".join("".join(node for node in item.content if isinstance(node, str)).split())
    if len(text.split()) > _REFERENCE_WORDS or not archival(text, config):
        return ""
    # it opens with the fond or the repository's name in capitals and its stop ("РГАСПИ. Ф. 17.
    # …"), never a sentence that cites one ("Прошу запросить в ЦГАОР: Ф. 7. Д. 45.")
    fond = config.archive["fond"].search(text)
    lead = text[: fond.start()].rstrip() if fond else ""
    named = all(word[:1].isupper() or not word[:1].isalpha() for word in lead.split())
    return text if not lead or (named and lead[-1] in ".,") else ""


def _given_back(block: Para | BlockStage, closed: str, printed: str) -> bool:
    """Whether the line *closed* was found in *block*'s text, a run of its own, and replaced by
    the line *printed* (see :meth:`Placing._spaced_as_printed`)."""
    if isinstance(block, Para) and isinstance(block.held, str):
        if closed not in block.held:
            return False
        block.held = block.held.replace(closed, printed, 1)
        return True
    nodes = block.stage.content if isinstance(block, BlockStage) else block.content
    for index, node in enumerate(nodes):
        if isinstance(node, str) and closed in node:
            nodes[index] = node.replace(closed, printed, 1)
            return True
    return False


def _stage_text(item: BlockStage) -> str:
    """The words of a stage direction standing as a paragraph."""
    return "".join(node for node in item.stage.content if isinstance(node, str))


def _rule(item: Para) -> bool:
    """Whether *item* is a rule alone ("______", "* * *"), no words."""
    return bool(_RULE.fullmatch("".join(node for node in item.content if isinstance(node, str))))


_ROLL_NAMES = 2  # names at least in a closing roll: one label alone is a silent turn
_ROLL_HEADING_WORDS = 4  # words at most of a roll's heading ("Call participants:"), no sentence


class Placing:
    """The parser's placing of items: what it asks of the rest of the parser is declared below
    for the type checker."""

    if TYPE_CHECKING:
        _ended: Turn | None
        config: Config
        doc: Document
        registry: Registry
        matcher: LabelMatcher
        source: Source

        def _clock(self, text: str) -> bool: ...
        def _opens_turn(self, unit: Unit, spoken: bool = False) -> Candidate | None: ...
        def _resumed(self, turn: Turn, division: Division, unit: Unit) -> Turn: ...

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
            if turn is not None and turn.blocks and self._between_turns(item):
                division.items.append(item)
                self._ended = turn
                self.doc.decisions.append(f"line {unit.line}: an event of the sitting, placed between turns")
                if self._verdict(item):  # the trial is over: no one goes on below it
                    turn = self._ended = None
                continue
            if ended and (isinstance(item, BlockStage) or _section_break(item)):  # the events after it
                division.items.append(item)  # too, and a break of the page ("* * *"), until someone speaks
                continue
            if ended and turn is not None:  # the speaker goes on after the event: a new turn, unlabelled
                turn = self._resumed(turn, division, unit)
            container = turn.items if turn is not None else division.items
            if index == 0 and not labelled and self._join(container, item, unit):
                continue
            if turn is not None and not container:
                turn.items = [item]  # held as the one block, no list: most turns hold one paragraph
            else:
                container.append(item)
        return turn

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

    def _under_rubric(
        self, cut: Turn, division: Division, heading: str, below: list[Unit], spoken: bool
    ) -> tuple[Turn | None, Turn | None]:
        """The turn under *heading*, a rubric of the order of business (``[headings] rubrics``)
        that cut the chair's turn *cut* ("Le Président: …" / "Affaires courantes" / "Déclarations
        de députés" / "Nous passons à la rubrique …", Quebec's Journal des débats): the chair's
        speech goes on with no label under it, a turn of its own in the new *division*; and the
        turn still held for the rubric on the line *below*. None under a label, another heading,
        or where the turn cut is not the chair's."""
        rubrics = self.config.rubrics
        chairs = {person.id for person in self.registry.people if person.chair}
        if not below or rubrics is None or not rubrics.fullmatch(heading.strip()) or cut.who not in chairs:
            return None, None
        if rubrics.fullmatch(below[0].text.strip()):
            return None, cut
        if self.matcher.is_heading(below[0].text) or self._opens_turn(below[0], spoken) is not None:
            return None, None
        return self._resumed(cut, division, below[0]), None

    def _item(self, segment: list[Inline], line: int, narrative: bool = True) -> Para | BlockStage | None:
        """A paragraph's content as a paragraph or a stage of its own. A procedural line is the
        record's only where no label precedes it on its line (*narrative*): "El señor PRESIDENTE:
        Comienza la votación." is the chair's."""
        meaningful = [n for n in segment if not (isinstance(n, str) and not n.strip())]
        if not meaningful:
            return None
        dash = meaningful[0] if isinstance(meaningful[0], str) and _DASH_ONLY.fullmatch(meaningful[0]) else ""
        staged = meaningful[1:] if dash else meaningful
        if (
            staged
            and isinstance(staged[0], Stage)
            and all(isinstance(n, str) and _PUNCTUATION_ONLY.fullmatch(n) for n in staged[1:])
        ):
            stage = staged[0]
            tail = "".join(n.strip() for n in staged[1:] if isinstance(n, str))
            if tail or dash:  # a new stage: the one read may stand for every bracket of its words
                lead = [dash.strip()] if dash else []
                stage = Stage(stage.type, [*lead, *stage.content, *([tail] if tail else [])], stage.who)
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
        oath = self.config.oath_note
        kind = bare_stage(text, self.config, narrative) or (
            "other"
            if narrative
            and (
                self.config.procedural.match(text.strip())
                or dashed_event(text, self.config)
                or (oath is not None and oath.fullmatch(text.strip()) is not None)
            )
            else None
        )
        if kind:
            return BlockStage(Stage(kind, [text.strip()]), line)
        while segment and isinstance(segment[0], str) and not segment[0].strip():
            segment.pop(0)
        if segment and isinstance(segment[0], str):
            segment[0] = segment[0].lstrip()
        if segment and isinstance(segment[-1], str):
            segment[-1] = segment[-1].rstrip()
        # "… divided. [15:42]", or the members' cheer inside the line ("HON. X subscribed to the
        # Oath of Loyalty … and took his seat – [HON. MEMBERS: Hear, hear.] –")
        narrated = not text and all(isinstance(n, str | Time | Stage) for n in meaningful)
        if narrative and narrated and self.config.procedural.match("".join(strings).strip()):
            return BlockStage(Stage("other", segment), line)
        return Para(segment[0] if len(segment) == 1 and isinstance(segment[0], str) else segment, line)

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
                or dashed_event(text, self.config)
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

    def _cut_word(self, text: str) -> bool:
        """Whether *text* ends on a word no sentence ends on, an article, a preposition or a
        conjunction (``[head] title_goes_on``: "… Numbers 3 and" / "4 on today's Order Paper",
        a copy of a PDF that set a blank line after each of its lines): the paragraph below goes
        on with it, whatever its first letter."""
        ends = self.config.head.get("title_goes_on")
        return text.rstrip()[-1:].isalpha() and bool(ends and ends.search(text.rstrip()))

    def _join(self, container: Sequence[object], item: Para | BlockStage, unit: Unit) -> bool:
        """Join *item* to the paragraph before it when a page break had cut a sentence."""
        if not container or not isinstance(container[-1], Para) or not isinstance(item, Para):
            return False
        previous = container[-1]
        last = previous.content[-1] if previous.content else ""
        first = item.content[0] if item.content else ""
        if not isinstance(last, str) or not isinstance(first, str):
            return False
        cut = self._cut_word(last) and not _LIST_ITEM.match(
            first
        )  # "…, y" / "V. Los Órganos …": a list's items
        if not last.rstrip() or last.rstrip()[-1] in TERMINAL or not (first[:1].islower() or cut):
            return False
        if unit.line in self.source.cells:
            return False  # a table's cells a line each ("Poissa" / "kesk" / "21"): no page cut them
        if last.rstrip()[-1] in ",;" and not any(
            previous.line < f.line < unit.line for f in self.doc.furniture
        ):
            return False  # a formula's lines ("De Kamer," / "gehoord de beraadslaging,"): no page cut them
        previous.held = [*previous.content[:-1], last.rstrip() + " ", Join(unit.line), *item.content]
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
        adjourned.)", "(Заседание закрывается.)") stands after the last turn, not inside it; so does
        the file's archival reference an edition prints under the last speech, and a recorder's or
        transcriber's credit under either (``credits``: "Записала Е. Васильева, 12 мая 1998 г.")."""
        division = self.doc.body[-1] if self.doc.body else None
        turn = division.items[-1] if division and division.items else None
        if division is None or not isinstance(turn, Turn) or len(turn.blocks) < 2:
            return
        # who recorded or transcribed the record, credited under its last turn ("Записала Е.
        # Васильева, 12 мая 1998 г.", "Recorded by P. Grant."): back matter, after the closing line
        credits: list[Block] = []
        config = self.config
        while len(turn.blocks) > 1 and isinstance(last := turn.items[-1], Para) and credit_line(last, config):
            credits.insert(0, turn.items.pop())
            self.doc.decisions.append(f"line {last.line}: a recorder's credit, placed after the last turn")
        if len(turn.blocks) > 1:
            self._closing_line(division, turn)
        division.items.extend(credits)

    def _closing_line(self, division: Division, turn: Turn) -> None:
        """The closing line or archival reference last in the last *turn* of *division*, placed after it."""
        last = turn.items[-1]
        reference = _archive_reference(last, self.config)
        if reference:
            # the edition's reference of the file it printed, under the last speech ("РГАСПИ.
            # Ф. 17. Оп. 2. Д. 612. Л. 3–5. Машинопись."): the source's, no one's words
            turn.items.pop()
            division.items.append(last)
            self.doc.archive = self.doc.archive or parse_archive(reference, self.config)
            self.doc.decisions.append(f"line {last.line}: an archival reference, placed after the last turn")
            return
        if isinstance(last, Para) and short_closing(last, self.config):
            # unbracketed ("The meeting rose at 1.10 p.m."): the stenographer's line, no speech
            last = BlockStage(Stage("other", last.content), last.line)
        if isinstance(last, BlockStage):
            text = "".join(n for n in last.stage.content if isinstance(n, str))
            if self.config.closing.search(text):
                turn.items.pop()
                division.items.append(last)
                self.doc.decisions.append(f"line {last.line}: a closing line, placed after the last turn")

    def _spaced_as_printed(self) -> None:
        """A line whose spaced letters the reading set close as a label's (``Source.spaced``) that
        opens no turn is given back as printed: a speech's words letter-spaced for emphasis ("В а
        ж н о   и   д р у г о е.", Sperrsatz) are the speech's, as the source spaced them; a label
        so spaced ("П р е д с е д а т е л ь.") stays set close. Each line is looked for in the
        block it falls in, found by its number among the blocks' first lines."""
        spaced = self.source.spaced
        if not spaced:
            return
        blocks = [
            block
            for division in self.doc.body
            for item in division.items
            for block in (item.blocks if isinstance(item, Turn) else (item,))
        ]
        turns = {item.line for division in self.doc.body for item in division.items if isinstance(item, Turn)}
        starts = [block.line for block in blocks]
        for line, (closed, printed) in sorted(spaced.items()):
            at = bisect.bisect_right(starts, line) - 1
            if line in turns or at < 0:
                continue
            block = blocks[at]
            paras = block.paras if isinstance(block, Quote) else [block]
            if any(_given_back(para, closed.strip(), printed.strip()) for para in paras):
                self.doc.decisions.append(f"line {line}: letters spaced out in no label, kept as printed")

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
                for i, item in enumerate(turn.blocks)
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
                if isinstance(turn, Turn) and len(turn.blocks) > 1:  # one block is no run of them
                    turn.items = group_quotes(turn.items, self.doc.decisions)

    def _numbered_speeches(self) -> None:
        """Numbers in brackets before the labels that rise by one from turn to turn, nearly
        every turn numbered ("[41] THE CHAIR:", "[42] MR. X:"), number the speeches or the
        paragraphs, as a web copy of an inquiry's or a court's record prints them; no printed
        page opens at each turn. The number stays in the label as printed, no page break."""
        turns = [turn for division in self.doc.body for turn in division.items if isinstance(turn, Turn)]
        numbered = [turn for turn in turns if turn.speaker.page.strip("[]").isdigit()]
        if len(numbered) < _SPEECH_NUMBERS or 4 * len(numbered) < 3 * len(turns):
            return
        numbers = [int(turn.speaker.page.strip("[]")) for turn in numbered]
        steps = [after - before for before, after in itertools.pairwise(numbers)]
        if any(step < 1 for step in steps) or 2 * steps.count(1) < len(steps):
            return
        for label in {id(turn.speaker): turn.speaker for turn in numbered}.values():
            label.text, label.page = f"{label.page} {label.text}", ""
        self.doc.decisions.append(f"{len(numbered)} numbers in brackets before labels number the speeches")

    def _repeated_headings(self) -> None:
        """A web copy of a speech prints its label twice: the speech's number and the speaker,
        then the speaker again as the page's heading ("Anf. 12 Anna Berg (S)" / "Anna Berg (S)").
        A label with no words after it, of the person the next label names, that label the end
        of it as printed: one turn, its label the first, no silent turn of its own."""
        merged = False
        lines = _LineCursor(self.source.held)
        for division in self.doc.body:
            kept: list[Turn | Para | BlockStage | Quote] = []
            for item in division.items:
                before = kept[-1] if kept else None
                if (
                    isinstance(item, Turn)
                    and isinstance(before, Turn)
                    and before.who == item.who
                    and not before.blocks
                    and _printed(before.speaker) != _printed(item.speaker)
                    and _printed(before.speaker).endswith(" " + _printed(item.speaker))
                    and " ".join(lines.line(item.line).split()) == _printed(item.speaker)
                ):
                    before.items = item.items
                    heading = Furniture(item.line, _printed(item.speaker), "speaker-heading")
                    self.source.furniture.append(heading)
                    self.doc.furniture.append(heading)
                    self.doc.decisions.append(f"line {item.line}: line {before.line}'s label again, one turn")
                    merged = True
                    continue
                kept.append(item)
            division.items = kept
        if merged:
            self.doc.furniture.sort(key=lambda item: item.line)

    def _closing_roll(self) -> None:
        """Labels alone with no words after them, two or more closing a division under a line that
        ends with its colon, each of a speaker who spoke before ("Call participants:" / "Jane Roe
        -- Chief Executive Officer" / "John Doe -- Acme -- Analyst", the list a web copy of an
        earnings call prints after its last turn): the roll of who took part, no silent turns. Its
        heading and names are paragraphs of the division, every word kept."""
        spoke: set[str] | None = None  # asked only of a record a run of silent turns closes
        for division in self.doc.body:
            items = division.items
            run = 0
            while run < len(items) and isinstance(last := items[-1 - run], Turn) and not last.blocks:
                run += 1
            above = items[-1 - run] if run < len(items) else None
            if run < _ROLL_NAMES or not isinstance(above, Turn) or not above.blocks:
                continue
            heading = above.blocks[-1]
            if not isinstance(heading, Para) or not isinstance(heading.held, str):
                continue
            if heading.held.rstrip()[-1:] not in ":：" or len(heading.held.split()) > _ROLL_HEADING_WORDS:
                continue  # "The following members will speak next:": the chair's sentence, no heading
            if len(above.blocks) < _ROLL_NAMES:
                continue  # the turn's only words: a speech the excerpt cut before the names spoke
            if spoke is None:
                spoke = {
                    turn.who
                    for part in self.doc.body
                    for turn in part.items
                    if isinstance(turn, Turn) and turn.blocks
                }
            listed = [
                turn for turn in items[len(items) - run :] if isinstance(turn, Turn) and turn.who in spoke
            ]
            if len(listed) < run:
                continue
            above.items = above.items[:-1]
            names = [Para(turn.speaker.text, turn.line) for turn in listed]
            division.items = [*items[: len(items) - run], heading, *names]
            self.doc.decisions.append(f"line {heading.line}: a roll of {run} names after the turns, no turns")

    def _capital_headings(self) -> None:
        """A label in CAPITALS with no words after it, of a speaker whose turns with words print
        the label in Mixed case ("THOMAS BRANDT" over "Counsel" / … / "Thomas Brandt", an
        inquiry's transcript naming the witness examined next): the part's heading, a paragraph
        of its division, no silent turn."""
        cased = {
            turn.who
            for division in self.doc.body
            for turn in division.items
            if isinstance(turn, Turn) and turn.blocks and not _printed(turn.speaker).isupper()
        }
        for division in self.doc.body:
            for at, turn in enumerate(division.items):
                if isinstance(turn, Turn) and not turn.blocks and turn.who in cased:
                    printed = _printed(turn.speaker)
                    if printed.isupper() and not turn.speaker.punct:
                        division.items[at] = Para(printed, turn.line)
                        self.doc.decisions.append(f"line {turn.line}: {printed!r} in CAPITALS heads a part")

    def _signed_last(self) -> None:
        """A label alone with no punctuation and no words after it, last in the record, of a
        speaker whose turns with words came before ("Landtagspräsident Albert Frick" under the
        last speech, a parliament's record signed by its chair): the record's signature, a
        paragraph after the last turn, no silent turn. A label with its colon or stop there is a
        turn the excerpt cut, said so as silent."""
        if not self.doc.body or not self.doc.body[-1].items:
            return
        division = self.doc.body[-1]
        last = division.items[-1]
        if not isinstance(last, Turn) or last.blocks or last.speaker.punct:
            return
        # the chair signs, who spoke before; a member's label there is a turn the excerpt cut
        # ("Abg. Thomas Rehak" alone last in a web copy whose labels print no colon)
        if not any(person.chair and person.id == last.who for person in self.registry.people) or not any(
            isinstance(turn, Turn) and turn.blocks and turn.who == last.who
            for part in self.doc.body
            for turn in part.items
        ):
            return
        printed = _printed(last.speaker)
        division.items[-1] = Para(printed, last.line)
        self.doc.decisions.append(f"line {last.line}: {printed!r} alone after the last turn signs the record")

    def _silent_turns(self) -> None:
        """A label with no words after it: the turn says so with a gap, and the report warns."""
        for division in self.doc.body:
            for turn in division.items:
                if isinstance(turn, Turn) and not turn.blocks:
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
                for block in item.blocks if isinstance(item, Turn) else [item]:
                    if isinstance(block, BlockStage):
                        code = _language_mark(_stage_text(block), self.config)
                        current = code if code is not None else current
                    elif isinstance(block, Para) and current and current != self.doc.lang:
                        block.lang = current


def _section_break(item: Para | BlockStage) -> bool:
    """Whether *item* is a paragraph with no letter or digit ("* * *"), a break of the page that
    a record sets around its notes between the turns: no speech that resumes a turn."""
    return isinstance(item, Para) and isinstance(item.held, str) and not any(c.isalnum() for c in item.held)


def _printed(label: SpeakerLabel) -> str:
    """The label *label* as printed, its page or number before it and its white space collapsed."""
    return " ".join(f"{label.page} {label.text}".split())


class _LineCursor:
    """The lines of a text asked by number, mostly in order (a record's turns): each found from
    the last one asked, not from the text's start, so a web copy with a heading above every
    speech is read once, not once a speech."""

    __slots__ = ("_number", "_start", "_text")

    def __init__(self, text: HeldText) -> None:
        self._text = text
        self._number, self._start = 1, 0  # line *_number* begins at *_start*

    def line(self, number: int) -> str:
        """The line numbered *number* (from 1), "" past the text's end."""
        text = self._text
        if number < self._number:
            self._number, self._start = 1, 0
        while self._number < number:
            found = text.line_end(self._start)
            if found < 0:
                return ""
            self._number, self._start = self._number + 1, found + 1
        end = text.line_end(self._start)
        return text.span(self._start, end if end >= 0 else len(text))
