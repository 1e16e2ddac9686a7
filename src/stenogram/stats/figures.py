"""Figures per speaker and per document, counted from sittings read back from TEI.

What counts, so that the numbers can be cited:

- a speaker is a registry id named by a turn's ``@who`` (a turn naming no one counts under its
  printed label); a turn naming several counts for each;
- words are the runs of non-space characters of the turn's paragraphs, without those of the
  stage directions and notes inside them (as the HTML edition counts them, so that its persons
  section and charts show these numbers); paragraphs are the turn's ``p``/``ab``/``l``/``seg``;
- an interjection is a stage direction inside a turn that names a voice (``stage/@who``, a
  ``said/@who`` within it): made by that voice, received by the turn's speaker; a turn of one
  voice between two turns of the same other speaker (an interrupted speech) is one too;
- stage directions during a turn are all those inside it or standing in it, by type.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from stenogram.errors import StenogramError
from stenogram.tei.reading import STAGES, Block, Sitting, Turn

#: XML white space (a no-break space joins two words, as in XPath's tokenize).
_SPACE = re.compile(r"[ \t\n\r]+")
#: The blocks of a turn that are what the speaker said.
SPOKEN = frozenset(["p", "ab", "l", "seg"])
#: The name of the corpus-wide rows.
CORPUS = "(corpus)"


@dataclass
class SpeakerFigures:
    """What one speaker did in one document (or the corpus)."""

    document: str
    who: str
    name: str
    turns: int = 0
    words: int = 0
    paragraphs: int = 0
    share: float = 0.0
    interjections_made: int = 0
    interjections_received: int = 0
    stages: Counter[str] = field(default_factory=Counter)

    def add(self, other: SpeakerFigures) -> None:
        """Add *other*'s counts to these (the share is recomputed by the caller)."""
        self.turns += other.turns
        self.words += other.words
        self.paragraphs += other.paragraphs
        self.interjections_made += other.interjections_made
        self.interjections_received += other.interjections_received
        self.stages.update(other.stages)


@dataclass
class DocumentFigures:
    """The totals of one document."""

    document: str
    title: str
    date: str | None
    speakers: int
    turns: int
    words: int
    paragraphs: int
    interjections: int
    stages: Counter[str]


def words(text: str) -> int:
    """The number of words in *text*: its runs of characters between XML white space."""
    return len(_SPACE.split(text.strip(" \t\n\r"))) if text.strip(" \t\n\r") else 0


def spoken(block: Block) -> str:
    """The text of *block* without the stage directions and notes in it (what was said)."""
    text = block.text
    for aside in (*(i.text for i in block.interjections), *block.notes):
        text = text.replace(aside, "", 1)
    return text


def voices(turn: Turn) -> tuple[str, ...]:
    """Who speaks *turn*: its registry ids, else its printed label."""
    return turn.who or ((turn.speaker,) if turn.speaker else ("(unnamed)",))


def interruptions(sitting: Sitting) -> Iterable[tuple[str, str]]:
    """``(who interjects, into whose turn)`` for every interjection of *sitting*, in order."""
    turns = list(sitting.turns())
    for turn in turns:
        for block in turn.blocks:
            for interjection in block.interjections:
                for made in interjection.who:
                    for owner in voices(turn):
                        if made != owner:
                            yield made, owner
    for before, between, after in zip(turns, turns[1:], turns[2:], strict=False):
        if voices(before) == voices(after) and not set(voices(between)) & set(voices(before)):
            for made in voices(between):
                for owner in voices(before):
                    yield made, owner


def speaker_figures(sitting: Sitting) -> list[SpeakerFigures]:
    """The figures of each speaker of *sitting*, in order of first turn."""
    found: dict[str, SpeakerFigures] = {}

    def figures(who: str) -> SpeakerFigures:
        if who not in found:
            person = sitting.persons.get(who)
            found[who] = SpeakerFigures(sitting.name, who, person.name if person else who)
        return found[who]

    for turn in sitting.turns():
        for who in voices(turn):
            entry = figures(who)
            entry.turns += 1
            for block in turn.blocks:
                if block.element in SPOKEN:
                    entry.paragraphs += 1
                    entry.words += words(spoken(block))
                    entry.stages.update(i.kind for i in block.interjections)
                elif block.element in STAGES:
                    entry.stages[block.type or block.element] += 1
    for made, owner in interruptions(sitting):
        figures(made).interjections_made += 1
        figures(owner).interjections_received += 1
    share(found.values())
    return list(found.values())


def share(entries: Iterable[SpeakerFigures]) -> None:
    """Set each entry's share of the words of all *entries*."""
    listed = list(entries)
    total = sum(e.words for e in listed)
    for entry in listed:
        entry.share = entry.words / total if total else 0.0


def corpus_figures(per_document: Iterable[SpeakerFigures]) -> list[SpeakerFigures]:
    """The speakers' figures summed over documents (a speaker is one id across documents)."""
    found: dict[str, SpeakerFigures] = {}
    for entry in per_document:
        total = found.setdefault(entry.who, SpeakerFigures(CORPUS, entry.who, entry.name))
        total.add(entry)
    share(found.values())
    return sorted(found.values(), key=lambda e: (-e.words, e.who))


def document_figures(sitting: Sitting) -> DocumentFigures:
    """The totals of *sitting*."""
    speakers = speaker_figures(sitting)
    stages: Counter[str] = Counter()
    for entry in speakers:
        stages.update(entry.stages)
    for turn, block in sitting.blocks():
        if turn is None and block.element in STAGES:
            stages[block.type or block.element] += 1
    return DocumentFigures(
        sitting.name,
        sitting.title,
        sitting.date,
        len(speakers),
        sum(1 for _ in sitting.turns()),
        sum(e.words for e in speakers),
        sum(e.paragraphs for e in speakers),
        sum(1 for _ in interruptions(sitting)),
        stages,
    )


@dataclass
class Statistics:
    """Everything ``stats`` reports: per document, per speaker in each, for the corpus."""

    documents: list[DocumentFigures]
    speakers: list[SpeakerFigures]
    corpus: list[SpeakerFigures]
    edges: list[tuple[str, str]]
    errors: list[StenogramError]
