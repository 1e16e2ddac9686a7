"""An edition's notes printed below the text they annotate ("¹ Frederick Lindemann, …",
"² Так в тексте."), at the record's end or a page's foot: the editor's words, which as a
paragraph of the turn above would be given to its speaker. Each becomes a note where it
stands, and those closing a turn stand after it."""

from __future__ import annotations

import re
from typing import TypeGuard

from stenogram.transcript.candidate import NOTE_MARKS
from stenogram.transcript.model import BlockStage, Document, Inline, Note, Para, Quote, Turn

# Where a note begins inside a paragraph of notes joined from its lines: a mark after a space.
_NEXT_NOTE = re.compile(rf"\s+(?=[{NOTE_MARKS}])")


def _marked(block: object) -> TypeGuard[Para]:
    """Whether *block* is a paragraph of notes: it opens with a note's mark, then its words."""
    if not isinstance(block, Para) or not isinstance(block.held, str):
        return False
    text = block.held.lstrip()
    return text[:1] in NOTE_MARKS and bool(text.lstrip(NOTE_MARKS).strip())


def _noted(para: Para) -> Para:
    """*para* as its notes, one a mark: "¹ Ministerpräsident. ² Vorsitzender …" is two."""
    held = para.held if isinstance(para.held, str) else ""
    nodes: list[Inline] = []
    start = 0
    for space in _NEXT_NOTE.finditer(held):
        nodes += [Note(held[start : space.start()]), space.group()]
        start = space.end()
    nodes.append(Note(held[start:]))
    return Para([node for node in nodes if node], para.line, para.lang)


def place_notes(doc: Document) -> int:
    """Make the paragraphs of notes in the turns of *doc* notes, those ending a turn after
    it; how many there were."""
    count = 0
    for division in doc.body:
        items: list[Turn | Para | BlockStage | Quote] = []
        for item in division.items:
            items.append(item)
            if not isinstance(item, Turn) or not any(map(_marked, item.blocks)):
                continue
            blocks = item.blocks
            kept = len(blocks)
            while kept > 1 and _marked(blocks[kept - 1]):
                kept -= 1
            count += sum(map(_marked, blocks))
            noted = [_noted(block) if _marked(block) else block for block in blocks]
            item.items = noted[:kept]
            items.extend(block for block in noted[kept:] if isinstance(block, Para))
        division.items = items
    return count
