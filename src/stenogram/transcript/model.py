"""The document model: what the parser understood of a transcript, before any TEI.

Plain dataclasses, no behaviour. The parser builds them, the TEI encoder reads them; nothing
else passes between those stages. Inline content is a list of strings and inline nodes, in
reading order; every character of the source that is not furniture is somewhere in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(slots=True)
class Said:
    """Words of another voice inside a stage direction: ``VOICES. Right``."""

    who: str
    label: str
    content: list[Inline]


@dataclass(slots=True)
class Stage:
    """A stage direction; ``type`` is one of noise, laughter, applause, interjection, other."""

    type: str
    content: list[Inline]
    who: str | None = None


@dataclass(slots=True)
class Supplied:
    """Text an editor supplied in square brackets: ``[?]``, ``[KAGANOVICH]``."""

    text: str


@dataclass(slots=True)
class Gap:
    """Text the source does not give: ``[illegible]``, ``[two pages missing]``."""

    reason: str
    desc: str


@dataclass(slots=True)
class Note:
    """An editorial note printed in brackets: ``[Text abridged. - Ed.]``."""

    text: str


@dataclass(slots=True)
class Time:
    """A time stamp of the recording, printed in the text: ``[00:01:30]``."""

    text: str


@dataclass(slots=True)
class Stray:
    """A bracket character with no partner, kept and flagged for the editor."""

    char: str


@dataclass(slots=True)
class Join:
    """Where two paragraphs split by a page break were joined."""

    line: int


Inline = str | Said | Stage | Supplied | Gap | Note | Stray | Join | Time


@dataclass(slots=True)
class Para:
    """A paragraph of running text; ``line`` is its first line in the source. Most paragraphs
    are one plain string: ``held`` keeps such a one as the string, no list around it (88 bytes
    a paragraph, a tenth of a long record's model); ``content`` reads either as the nodes."""

    held: list[Inline] | str
    line: int
    lang: str | None = None  # the language the record marks it spoken in, where not its own

    @property
    def content(self) -> list[Inline]:
        """The paragraph's nodes (a new list of the one string where it is held as one)."""
        held = self.held
        return [held] if isinstance(held, str) else held


@dataclass(slots=True)
class BlockStage:
    """A stage direction standing as a paragraph of its own."""

    stage: Stage
    line: int


@dataclass(slots=True)
class Quote:
    """Testimony or a document read out over several paragraphs, between quotation marks; or,
    of ``type`` "inserted", a document the record inserts that no one speaks (a hearing's
    prepared statement), standing between turns."""

    paras: list[Para]
    line: int
    type: str | None = None


@dataclass(slots=True)
class SpeakerLabel:
    """A turn's label as printed; ``supplied`` when the editor bracketed it."""

    text: str
    name: str
    punct: str
    supplied: bool = False
    role: str | None = None
    time: str = ""  # a time stamp printed before the label
    page: str = ""  # the printed edition's page before the label ("[612]"): a page break
    stage: str = ""  # an event in brackets between the name and its colon, as printed ("(applausi)")
    stage_type: str = ""  # its kind ("applause")


Block = Para | BlockStage | Quote


class Turn:
    """One speaker's turn: the label and what follows until the next label. Most turns hold one
    paragraph: ``held`` keeps such a one as the block, no list around it (some 90 bytes a turn,
    a tenth of a long record's model). ``items`` is the list to read and change (made of the one
    block when asked, and kept); ``blocks`` reads them without making one."""

    __slots__ = ("held", "line", "speaker", "who")
    held: list[Block] | Block

    def __init__(self, who: str, speaker: SpeakerLabel, items: list[Block], line: int) -> None:
        self.who = who
        self.speaker = speaker
        self.line = line
        self.items = items

    @property
    def items(self) -> list[Block]:
        """The turn's blocks as its own list, to change in place."""
        held = self.held
        if isinstance(held, list):
            return held
        self.held = items = [held]
        return items

    @items.setter
    def items(self, items: list[Block]) -> None:
        self.held = items[0] if len(items) == 1 else items

    @property
    def blocks(self) -> Sequence[Block]:
        """The turn's blocks, to read: the one block without a list made around it."""
        held = self.held
        return held if isinstance(held, list) else (held,)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Turn):
            return NotImplemented
        mine, theirs = (
            (self.who, self.speaker, tuple(self.blocks), self.line),
            (other.who, other.speaker, tuple(other.blocks), other.line),
        )
        return mine == theirs

    def __repr__(self) -> str:
        blocks = list(self.blocks)
        return f"Turn(who={self.who!r}, speaker={self.speaker!r}, items={blocks!r}, line={self.line!r})"


@dataclass(slots=True)
class Division:
    """A part of the body, opened by a printed heading (or the start of the text)."""

    head: str | None
    items: list[Turn | Para | BlockStage | Quote]
    line: int = 0


@dataclass(frozen=True)
class NamePart:
    """A piece of a person's name as written: ``kind`` is the TEI element that holds it
    (``surname``, ``forename``, ``roleName``, ``nameLink``) or ``None`` for what lies between
    the parts (spaces, a bracket, a description after a comma); ``initial`` for a forename
    printed as an initial; ``type`` of a roleName: ``honorific`` (Mr., Dr.), ``office`` or
    ``nobility`` (Graf, Frhr.)."""

    kind: str | None
    text: str
    initial: bool = False
    type: str | None = None


@dataclass
class Person:
    """A distinct speaker (``group`` for voices from the hall) and the label forms printed;
    ``parts`` are the parts of ``name`` (none where it has no surname: a role, a group);
    ``chair`` when a label or role names the office of whoever chairs the sitting."""

    id: str
    name: str
    labels: list[str]
    group: bool = False
    role: str | None = None
    sex: str | None = None
    birth: str | None = None
    death: str | None = None
    wikidata: str | None = None
    note: str | None = None
    turns: int = 0
    known: bool = False
    parts: tuple[NamePart, ...] = ()
    chair: bool = False
    affiliation: str | None = None  # the party a label names: "(DIE LINKE)", "[SPD]"


@dataclass
class Archive:
    """An archival reference: repository, fond/opis/delo, folios and the physical note."""

    text: str
    repository: str | None = None
    fond: str | None = None
    opis: str | None = None
    delo: str | None = None
    folio_from: str | None = None
    folio_to: str | None = None
    folios: str | None = None
    physical: str | None = None
    settlement: str | None = None  # where the repository is, from the table of repositories
    country: str | None = None


@dataclass
class Published:
    """A published source read into its parts; ``spans`` locate each part in ``text``, so the
    header can keep the line as printed and mark the parts inside it."""

    text: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (part, start, end)


@dataclass
class Copy:
    """The copy this text was made from (a web page) and, for a translation, what it renders:
    the first link of the source chain copy ← translation ← published edition ← archive."""

    url: str | None = None
    retrieved: str | None = None  # ISO date
    retrieved_text: str | None = None  # the date as printed or configured
    translated: bool = False
    language: str | None = None  # of the original, when this text is a translation
    translator: str | None = None
    translation_of: str | None = None  # the original's title
    note: str | None = None


@dataclass
class FrontLine:
    """A line of front matter, kept verbatim in ``text/front``; ``kind`` says what it gave."""

    kind: str  # title, byline, source, archive, date, presiding, time, place, imprint, other, …
    text: str
    line: int
    when: str | None = None  # a date's day (ISO)
    place: str | None = None  # the place printed before a date: "Berlin" of "Berlin, 14. März 2024"


@dataclass
class Furniture:
    """A line removed as page furniture, with the pattern that removed it; or, where *part* is
    set, the furniture's text alone taken from its line (a web copy's photo caption glued before
    the label, a page's link glued to a line's end, the page number beside the head an excerpt
    opens with), the rest of the line the record's."""

    line: int
    text: str
    pattern: str
    part: bool = False

    def kept(self, line: str) -> str:
        """What of *line* (its own) the record keeps: nothing, or the line with the furniture's
        text set to spaces (the columns of the rest unmoved)."""
        if not self.part:
            return ""
        at = self.place(line)
        return line[:at] + " " * len(self.text) + line[at + len(self.text) :] if at >= 0 else line

    def place(self, text: str, start: int = 0, end: int | None = None) -> int:
        """Where the part stands in its line, *text* from *start* to *end*: at the line's end where
        it ends the line (a link, a page's number: the same figures may stand in the words before),
        else its first place; -1 where it is not there."""
        end = len(text) if end is None else end
        stop = len(text[start:end].rstrip()) + start
        if text.endswith(self.text, start, stop):
            return stop - len(self.text)
        return text.find(self.text, start, end)


@dataclass
class Origin:
    """The file a transcript was extracted from (a web page, Word, PDF) and what it told."""

    format: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    pages: int = 0
    hyphens: int = 0
    notes: int = 0  # footnotes, encoded as editorial notes
    left: list[tuple[str, str, str]] = field(default_factory=list)  # (where, text, kind) left out


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
class Document:
    """A whole transcript as understood: metadata, front matter, body, persons, and findings."""

    name: str
    lang: str
    title: str | None = None
    author: str | None = None
    author_ref: str | None = None  # the person's id, when the author is a speaker
    date: str | None = None
    date_text: str | None = None
    source: str | None = None
    archive: Archive | None = None
    published: Published | None = None
    copy: Copy | None = None
    place: str | None = None
    symbol: str | None = None  # the printed document's code: "S/PV.9312", "AS (2017) CR 28"
    front: list[FrontLine] = field(default_factory=list)
    body: list[Division] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    layout: str = "blank-line"
    encoding: str = "utf-8"
    warnings: list[tuple[int, str]] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    origin: Origin | None = None
    labels: list[LabelScore] = field(default_factory=list)  # the label model's table, for --explain
