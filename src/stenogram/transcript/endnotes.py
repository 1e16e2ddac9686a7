"""An edition's notes printed below the text they annotate ("¹ Frederick Lindemann, …",
"² Так в тексте."), at the record's end or a page's foot: the editor's words, which as a
paragraph of the turn above would be given to its speaker. Each becomes a note where it
stands, and those closing a turn stand after it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeGuard

from stenogram.transcript.candidate import MARKS, NOTE_MARKS
from stenogram.transcript.model import Block, BlockStage, Document, Inline, Note, Para, Quote, Turn
from stenogram.transcript.regexcache import regex

# Where a note begins inside a paragraph of notes joined from its lines: a mark after a space.
_NEXT_NOTE = regex(rf"\s+(?=[{NOTE_MARKS}])")
# A mark where the text refers to its note: glued after a word, a stop or a label's name; the
# letters glued after it, which a list's item repeats ("①財源、②人員" / "①財源については、…").
_REFERENCE = regex(rf"(?<=\S)([{NOTE_MARKS}])((?:[^\W\d_]|[{MARKS}]){{0,2}})")
_ITEM_HEAD = 2  # letters after a mark that tell the list's item repeating them


def _opening_mark(block: object) -> str:
    """The mark a paragraph of notes opens with, before its words; none for any other block."""
    if not isinstance(block, Para) or not isinstance(block.held, str):
        return ""
    text = block.held.lstrip()
    return text[:1] if text[:1] in NOTE_MARKS and text.lstrip(NOTE_MARKS).strip() else ""


def _references(doc: Document) -> set[str]:
    """The marks the turns of *doc* refer to in their labels and speeches, each with the letters
    glued after it: a paragraph opening with one of them is its note, one opening with another a
    list's item ("① …", "② …")."""
    marks: set[str] = set()
    for division in doc.body:
        for item in division.items:
            if isinstance(item, Turn):
                marks.update(_marks_in(item.speaker.text))
                for block in item.blocks:
                    if isinstance(block, Para):
                        for node in block.content:
                            marks.update(_marks_in(node) if isinstance(node, str) else ())
    return marks


def _marks_in(text: str) -> set[str]:
    """The marks *text* refers to, each with the letters glued after it."""
    return {mark + after for mark, after in _REFERENCE.findall(text)}


def _noting(block: object, referred: set[str]) -> bool:
    """Whether *block* opens with a mark the text refers to, as a note: not where its first
    letters are those after the mark in the text, a list's item the speech named ("論点は、①財源、
    ②人員" / "①財源については、…")."""
    mark = _opening_mark(block)
    if not mark or not isinstance(block, Para) or not isinstance(block.held, str):
        return False
    head = block.held.lstrip()[1:].lstrip()[:_ITEM_HEAD]
    return mark + head not in referred and any(reference[:1] == mark for reference in referred)


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
    numbered = _numbered_notes(doc)
    if not any(_opening_mark(block) for turn in _turns(doc) for block in turn.blocks):
        return numbered
    referred = _references(doc)

    def marked(block: Block) -> TypeGuard[Para]:
        return _noting(block, referred)

    count = 0
    for division in doc.body:
        items: list[Turn | Para | BlockStage | Quote] = []
        for item in division.items:
            items.append(item)
            if not isinstance(item, Turn) or not any(map(marked, item.blocks)):
                continue
            blocks = item.blocks
            kept = len(blocks)
            while kept > 1 and marked(blocks[kept - 1]):
                kept -= 1
            count += sum(map(marked, blocks))
            noted = [_noted(block) if marked(block) else block for block in blocks]
            item.items = noted[:kept]
            items.extend(block for block in noted[kept:] if isinstance(block, Para))
        division.items = items
    return count + numbered


# A note numbered in plain digits: its number and a space, the note's words after it ("1 Ibid.,
# p. 12."); and the mark that refers to it, the number glued after a word or a stop ("week.1"),
# never a number's part after its point ("section 2.1", "4,2 million": no mark).
_NUMBERED_NOTE = regex(r"[ \t]*(\d{1,2})[ \t]+\S")
_DIGIT_REFERENCE = r"(?<=[^\W\d_]|(?<!\d)[.,;:!?)”’\"]){}(?!\d)"


def _numbered_notes(doc: Document) -> int:
    """Make the paragraphs that close the last turn of *doc*, each opening with a number in
    plain digits counting up from 1 ("1 Transcript of 5 May 2022, pp. 14-19.", "2 …"), notes
    after it, where each number is glued as a mark to a word or a stop of the turns' text
    ("… last week.1"): the edition's notes, no words of the last speaker. How many there were."""
    division = next((division for division in reversed(doc.body) if division.items), None)
    last = division.items[-1] if division else None
    if division is None or not isinstance(last, Turn):
        return 0
    blocks = last.blocks
    first = len(blocks)
    while first > 1 and isinstance(held := blocks[first - 1], Para) and isinstance(held.held, str):
        if not _NUMBERED_NOTE.match(held.held):
            break
        first -= 1
    notes = [block for block in blocks[first:] if isinstance(block, Para) and isinstance(block.held, str)]
    numbers = [int(match.group(1)) for block in notes if (match := _NUMBERED_NOTE.match(str(block.held)))]
    if not notes or numbers != list(range(1, len(notes) + 1)):
        return 0
    text = " ".join(
        node
        for turn in _turns(doc)
        for block in turn.blocks
        if isinstance(block, Para) and block not in notes
        for node in block.content
        if isinstance(node, str)
    )
    if not all(regex(_DIGIT_REFERENCE.format(number)).search(text) for number in numbers):
        return 0
    last.items = list(blocks[:first])
    division.items.extend(Para([Note(str(block.held))], block.line, block.lang) for block in notes)
    return len(notes)


def _turns(doc: Document) -> Iterator[Turn]:
    """The turns of *doc*, in order."""
    for division in doc.body:
        yield from (item for item in division.items if isinstance(item, Turn))
