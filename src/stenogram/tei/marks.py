"""Placing the marks of a source's layout (page breaks, joined hyphenations, footnotes) in the
TEI text.

A mark is given at a line and column of the extracted text. The lossless guarantee says the
text (furniture lines left out) is the TEI ``text``, in order; so
the mark's place is found by counting words, in the text and in the tree alike, and the tree
needs no knowledge of the parser. A page break before the first word of a turn, paragraph or
stage direction stands before that block; a footnote right after the word before its
reference; anything else at its character in the word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from stenogram.tei.encode import TEI_NS
from stenogram.transcript.model import Furniture
from stenogram.transcript.sources import Mark

_T = f"{{{TEI_NS}}}"
WORD = re.compile(r"[^\W_]+")  # a word, counted alike in the text and in the tree
#: Elements whose boundaries separate words (so that the words of two blocks never fuse).
BLOCKS = frozenset(
    [
        "front",
        "titlePage",
        "docTitle",
        "titlePart",
        "docDate",
        "div",
        "head",
        "p",
        "sp",
        "speaker",
        "stage",
        "fw",
    ]
)
_BEFORE = frozenset(["p", "stage", "sp", "quote"])  # where a page break may stand before the block
_TEXT_ONLY = frozenset(["supplied", "label", "time", "c", "desc", "item"])


@dataclass(frozen=True)
class _Point:
    word: int  # index of the word among all words of the text
    offset: int  # characters into that word (0: before it)


def _points(text: str, furniture: list[Furniture], marks: list[Mark]) -> list[_Point]:
    removed = {item.line: item for item in furniture}
    lines = [
        removed[n].kept(line) if n in removed else line for n, line in enumerate(text.split("\n"), start=1)
    ]
    before = [0]
    lengths: list[int] = []  # of every word of the kept text
    for line in lines:
        kept = [len(word) for word in WORD.findall(line)]
        lengths.extend(kept)
        before.append(before[-1] + len(kept))
    points = []
    for mark in marks:
        line = lines[mark.line - 1]
        words = list(WORD.finditer(line))
        started = [w for w in words if w.start() < mark.column]
        inside = started and started[-1].end() > mark.column
        index = before[mark.line - 1] + len(started) - (1 if inside else 0)
        if inside:
            points.append(_Point(index, mark.column - started[-1].start()))
        elif mark.kind == "note" and index:
            points.append(_Point(index - 1, lengths[index - 1]))  # the end of the word before
        else:
            points.append(_Point(index, 0))
    return points


def _element(mark: Mark) -> etree._Element:
    if mark.kind == "page":
        return etree.Element(_T + "pb", n=mark.n or "")
    if mark.kind == "note":
        note = etree.Element(_T + "note", type="editorial", place="foot", n=mark.n or "")
        note.text = mark.text
        return note
    return etree.Element(_T + "lb", {"break": "no"})


@dataclass
class _Slot:
    """A run of character data in the tree: an element's text or its tail."""

    element: etree._Element
    tail: bool
    start: int  # where it begins in the concatenated text


def _slots(element: etree._Element, out: list[_Slot], parts: list[str], length: list[int]) -> None:
    block = etree.QName(element).localname in BLOCKS
    if block:
        parts.append(" ")
        length[0] += 1
    out.append(_Slot(element, False, length[0]))
    parts.append(element.text or "")
    length[0] += len(element.text or "")
    for child in element:
        _slots(child, out, parts, length)
        out.append(_Slot(child, True, length[0]))
        parts.append(child.tail or "")
        length[0] += len(child.tail or "")
    if block:
        parts.append(" ")
        length[0] += 1


def place_marks(root: etree._Element, text: str, furniture: list[Furniture], marks: list[Mark]) -> None:
    """Insert ``pb n=…``, ``lb break="no"`` and footnotes for *marks* into the ``text`` of *root*."""
    body = root.find(_T + "text")
    if body is None or not marks:
        return
    slots: list[_Slot] = []
    parts: list[str] = []
    _slots(body, slots, parts, [0])
    words = list(WORD.finditer("".join(parts)))
    placed = [
        (words[point.word].start() + point.offset if point.word < len(words) else None, point, mark)
        for point, mark in zip(_points(text, furniture, marks), marks, strict=True)
    ]
    for position, point, mark in sorted(
        placed, key=lambda item: -1 if item[0] is None else item[0], reverse=True
    ):
        element = _element(mark)
        if position is None:  # a page with no word on it, at the end
            body.findall(f".//{_T}div")[-1].append(element)
            continue
        # a point at a word's end belongs to the run of text that word is in; of runs that
        # start at the same point (an empty element, a join milestone, and its tail) the one
        # holding text, so that no mark goes inside an empty element
        ending = point.offset > 0 and position == words[point.word].end()
        slot = max(
            (s for s in slots if s.start < position or (s.start == position and not ending)),
            key=lambda s: (s.start, bool(_data(s))),
        )
        _insert(slot, position - slot.start, element, mark.kind == "page")


def _data(slot: _Slot) -> str:
    return (slot.element.tail if slot.tail else slot.element.text) or ""


def _insert(slot: _Slot, at: int, new: etree._Element, page: bool) -> None:
    owner = slot.element.getparent() if slot.tail else slot.element
    data = _data(slot)
    if page and not slot.tail and not data[:at].strip():
        block = _opening_block(slot.element)
        if block is not None:
            block.addprevious(new)
            return
    if owner is not None and etree.QName(owner).localname in _TEXT_ONLY and not slot.tail:
        owner.addprevious(new)  # an element of plain text only: the mark goes just before it
        return
    new.tail = data[at:]
    if slot.tail:
        slot.element.tail = data[:at]
        slot.element.addnext(new)
    else:
        slot.element.text = data[:at]
        slot.element.insert(0, new)


def _opening_block(element: etree._Element) -> etree._Element | None:
    """The outermost turn, paragraph or stage direction that *element*'s text begins."""
    found = None
    node: etree._Element | None = element
    while node is not None:
        name = etree.QName(node).localname
        if name == "speaker":
            node = node.getparent()
            continue
        if name in _BEFORE:
            found = node
        parent = node.getparent()
        if parent is None or (parent.text or "").strip() or parent.index(node) != _first_element(parent):
            break
        if etree.QName(parent).localname in ("div", "body", "text", "front"):
            break
        node = parent
    return found


def _first_element(parent: etree._Element) -> int:
    return next(i for i, child in enumerate(parent) if isinstance(child.tag, str))
