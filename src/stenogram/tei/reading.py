"""TEI read back into sittings, turns and blocks: the one read side of exports, statistics
and corpora.

Any TEI is read, not only what ``convert`` writes: a turn is an ``sp`` (or Parla-CLARIN's
``u``), its label the ``speaker``; a block is the smallest element that holds no other block
(a ``p``, ``l``, ``ab``, ``seg``, ``stage``, ``head``…); containers (``div``, ``lg``, ``quote``
holding paragraphs) are walked through, and any words they hold between their blocks become a
block of their own, so that every word of the body is in exactly one block, in order. Stage
directions inside a paragraph (``stage``, ``kinesic``, ``vocal``, ``incident``) are kept beside
it as :class:`Interjection` items, with the voice they name, for the statistics.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from stenogram.errors import InputError, Location
from stenogram.tei.encode import TEI_NS, XML_NS
from stenogram.transcript.model import NamePart
from stenogram.xmlsafe import parse_file

_T = f"{{{TEI_NS}}}"
_XML_ID = f"{{{XML_NS}}}id"
XI_NS = "http://www.w3.org/2001/XInclude"

#: Elements that are blocks or hold blocks: an element with none of these inside is a leaf.
BLOCKS = frozenset(
    ["p", "l", "ab", "seg", "stage", "head", "sp", "u", "lg", "div", "quote", "note", "list", "item"]
    + [f"div{n}" for n in range(1, 8)]
    + ["table", "row", "cell", "castList", "castItem", "trailer", "byline", "dateline", "opener", "closer"]
    + ["kinesic", "vocal", "incident", "gap", "floatingText", "speaker", "lb"]
)
#: The turn elements: a speech by someone (drama, transcripts) or an utterance (Parla-CLARIN).
TURNS = frozenset(["sp", "u"])
#: Stage directions and their kin, as ParlaMint and our profile write them.
STAGES = frozenset(["stage", "kinesic", "vocal", "incident"])
#: Elements between which words must not fuse when their text is joined.
_BREAKS = frozenset(["lb", "pb", "cb", "milestone", "speaker", "label", "desc"])
#: The parts of a personal name, as TEI's namesdates module has them.
NAME_PARTS = frozenset(["surname", "forename", "roleName", "addName", "nameLink", "genName"])
_WS = re.compile(r"[ \t\n\r]+")  # XML white space: a no-break space is text


@dataclass(frozen=True)
class Speaker:
    """A person or group of the registry, with what a researcher wants beside the words."""

    id: str
    group: bool
    name: str
    labels: tuple[str, ...] = ()
    role: str | None = None
    sex: str | None = None
    birth: str | None = None
    death: str | None = None
    wikidata: str | None = None
    parts: tuple[NamePart, ...] = ()  # of name, as the registry's persName gives them


@dataclass(frozen=True)
class Interjection:
    """A stage direction inside a block: its kind, the voices it names, its words."""

    kind: str
    who: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Block:
    """A leaf of the body: a paragraph, verse line, stage direction, heading…

    *element* is the TEI name; *type* its ``@type``; *interjections* the stage directions
    inside it (a standalone stage direction is a block of its own, not an interjection);
    *notes* the texts of the notes inside it (the editor's words, not the speaker's).
    """

    element: str
    id: str | None
    text: str
    type: str | None = None
    interjections: tuple[Interjection, ...] = ()
    line: int | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Turn:
    """A speech: who (registry ids, without ``#``), the printed label, its blocks."""

    id: str | None
    who: tuple[str, ...]
    speaker: str
    blocks: tuple[Block, ...]
    line: int | None = None


@dataclass(frozen=True)
class Sitting:
    """One TEI document read back: its metadata, registry, body and front in reading order."""

    name: str
    path: str
    title: str
    date: str | None
    lang: str | None
    persons: dict[str, Speaker] = field(default_factory=dict)
    items: tuple[Turn | Block, ...] = ()
    front: tuple[Turn | Block, ...] = ()

    def turns(self) -> Iterator[Turn]:
        """The turns of the body, in order."""
        return (item for item in self.items if isinstance(item, Turn))

    def blocks(self) -> Iterator[tuple[Turn | None, Block]]:
        """Every block with the turn it belongs to (``None`` outside turns), in order."""
        for item in self.items:
            if isinstance(item, Turn):
                for block in item.blocks:
                    yield item, block
            else:
                yield None, item


def local(element: etree._Element) -> str:
    """The local name of *element* ('' for comments and processing instructions)."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def line(element: etree._Element) -> int | None:
    """The source line of *element*, where the parser knew it."""
    value: object = element.sourceline
    return value if isinstance(value, int) else None


def pointers(value: str | None) -> tuple[str, ...]:
    """The ids a pointer attribute names: ``#a file.xml#b`` → ``("a", "b")``."""
    return tuple(token.rsplit("#", 1)[-1] for token in (value or "").split() if token.rsplit("#", 1)[-1])


#: Marks around inline elements, by TEI name: ``{"supplied": ("[", "]")}`` writes editorial
#: additions back in brackets; the default is none (the words only).
Marks = dict[str, tuple[str, str]]


def flat_text(element: etree._Element, marks: Marks | None = None) -> str:
    """The text of *element* with white space normalised, each element in *marks* wrapped in
    its pair; words never fuse across a line break, a label or a block."""
    parts: list[str] = []
    wrap = marks or {}

    def walk(node: etree._Element, top: bool) -> None:
        if isinstance(node.tag, str):
            name = local(node)
            breaks = name in _BREAKS or (name in BLOCKS and name not in _INLINE_OK)
            opening, closing = ("", "") if top else wrap.get(name, ("", ""))
            parts.append((" " if breaks else "") + opening + (node.text or ""))
            for child in node:
                walk(child, False)
                parts.append(child.tail or "")
            parts.append(closing + (" " if breaks else ""))

    walk(element, True)
    return _WS.sub(" ", "".join(parts)).strip()


def _has_block(element: etree._Element) -> bool:
    return any(local(d) in BLOCKS and local(d) not in _INLINE_OK for d in element.iterdescendants())


#: Block-like elements that may sit inside a paragraph without making it a container.
_INLINE_OK = frozenset(["stage", "kinesic", "vocal", "incident", "note", "gap", "lb", "speaker"])


def _interjections(element: etree._Element) -> tuple[Interjection, ...]:
    found = []
    for stage in element.iterdescendants():
        if local(stage) in STAGES:
            who = pointers(stage.get("who"))
            if not who:
                who = tuple(dict.fromkeys(i for s in stage.iter(f"{_T}said") for i in pointers(s.get("who"))))
            found.append(Interjection(stage.get("type") or local(stage), who, flat_text(stage)))
    return tuple(found)


class _Walker:
    """Walks a body (or front) into turns and blocks, writing inline elements with *marks*."""

    def __init__(self, marks: Marks | None) -> None:
        self.marks = marks

    def block(self, element: etree._Element, text: str | None = None) -> Block:
        return Block(
            local(element),
            element.get(_XML_ID),
            flat_text(element, self.marks) if text is None else text,
            element.get("type"),
            () if local(element) in STAGES else _interjections(element),
            line(element),
            tuple(flat_text(note, self.marks) for note in element.iterdescendants(f"{_T}note")),
        )

    def items(self, element: etree._Element) -> Iterator[Turn | Block]:
        """The turns and leaf blocks in *element*, and the loose words of each container."""
        name = local(element)
        if name in TURNS:
            yield self.turn(element)
            return
        if not _has_block(element):
            block = self.block(element)
            if block.text or name in STAGES or name in ("p", "l", "ab", "seg"):
                yield block
            return
        loose = _WS.sub(" ", element.text or "").strip()
        if loose:
            yield self.block(element, loose)
        for child in element:
            if isinstance(child.tag, str):
                yield from self.items(child)
            tail = _WS.sub(" ", child.tail or "").strip()
            if tail:
                yield self.block(element, tail)

    def turn(self, element: etree._Element) -> Turn:
        labels = [flat_text(s, self.marks) for s in element if local(s) == "speaker"]
        blocks: list[Block] = []
        loose = _WS.sub(" ", element.text or "").strip()
        if loose:
            blocks.append(self.block(element, loose))
        for child in element:
            if isinstance(child.tag, str) and local(child) != "speaker":
                for item in self.items(child):
                    blocks.extend(item.blocks if isinstance(item, Turn) else (item,))
            tail = _WS.sub(" ", child.tail or "").strip()
            if tail:
                blocks.append(self.block(element, tail))
        who = pointers(element.get("who"))
        return Turn(element.get(_XML_ID), who, " ".join(labels), tuple(blocks), line(element))

    def children(self, parent: etree._Element | None) -> tuple[Turn | Block, ...]:
        return tuple(item for child in (parent if parent is not None else []) for item in self.items(child))


def _speaker(element: etree._Element) -> Speaker:
    group = local(element) == "personGrp"
    names = [n for n in element if local(n) in ("persName", "name") and n.get("type") != "label"]
    labels = tuple(
        flat_text(n) for n in element if local(n) in ("persName", "name") and n.get("type") == "label"
    )
    birth, death = element.find(f"{_T}birth"), element.find(f"{_T}death")
    wikidata = element.find(f"{_T}idno[@type='wikidata']")
    role = element.get("role")
    if role is None:  # a roleName of the person, not a part of a name ("Mr.", "Minister")
        found = next(
            (
                r
                for parent in element.iter()
                if local(parent) != "persName"
                for r in parent.iterchildren(f"{_T}roleName")
            ),
            None,
        )
        role = flat_text(found) if found is not None else None
    return Speaker(
        element.get(_XML_ID, ""),
        group,
        flat_text(names[0]) if names else (labels[0] if labels else element.get(_XML_ID, "")),
        labels,
        role,
        element.get("sex"),
        (birth.get("when") or flat_text(birth) or None) if birth is not None else None,
        (death.get("when") or flat_text(death) or None) if death is not None else None,
        flat_text(wikidata) if wikidata is not None else None,
        name_parts(names[0]) if names and not group else (),
    )


def name_parts(name: etree._Element) -> tuple[NamePart, ...]:
    """The parts of a ``persName`` as its elements give them (``surname``, ``forename``,
    ``roleName``, ``addName``, ``nameLink``, ``genName``); none where it has no surname."""
    if name.find(f"{_T}surname") is None:
        return ()
    parts = [NamePart(None, name.text)] if name.text else []
    for child in name:
        kind = local(child)
        text = str(child.xpath("string(.)"))
        if kind in NAME_PARTS:
            parts.append(NamePart(kind, text, child.get("full") == "init", child.get("type")))
        else:
            parts.append(NamePart(None, text))
        if child.tail:
            parts.append(NamePart(None, child.tail))
    return tuple(parts)


def registry(root: etree._Element) -> dict[str, Speaker]:
    """Every ``person`` and ``personGrp`` with an id in *root* (outside its text), by id."""
    found: dict[str, Speaker] = {}
    for element in root.iter(f"{_T}person", f"{_T}personGrp"):
        if element.get(_XML_ID) and not any(local(a) == "text" for a in element.iterancestors()):
            found.setdefault(element.get(_XML_ID, ""), _speaker(element))
    return found


def read_tei(
    root: etree._Element, path: str, persons: dict[str, Speaker] | None = None, marks: Marks | None = None
) -> Sitting:
    """Read the ``TEI`` element *root* (from the file *path*); *persons* adds a shared registry,
    *marks* wraps inline elements of the text (see :func:`flat_text`)."""
    if local(root) != "TEI":
        raise InputError("not a TEI document", Location(path, line(root)))
    title = root.find(f"{_T}teiHeader/{_T}fileDesc/{_T}titleStmt/{_T}title")
    date = root.find(f".//{_T}settingDesc//{_T}date[@when]")
    if date is None:
        date = root.find(f"{_T}teiHeader//{_T}sourceDesc//{_T}date[@when]")
    language = root.find(f".//{_T}langUsage/{_T}language[@ident]")
    lang = root.get(f"{{{XML_NS}}}lang") or (language.get("ident") if language is not None else None)
    walker = _Walker(marks)
    return Sitting(
        Path(path).stem,
        path,
        flat_text(title) if title is not None else Path(path).stem,
        date.get("when") if date is not None else None,
        lang,
        {**(persons or {}), **registry(root)},
        walker.children(root.find(f"{_T}text/{_T}body")),
        walker.children(root.find(f"{_T}text/{_T}front")),
    )


@dataclass(frozen=True)
class Member:
    """A ``TEI`` document inside a file: the element, where it came from, the shared registry."""

    root: etree._Element
    path: str
    persons: dict[str, Speaker]

    def read(self, marks: Marks | None = None) -> Sitting:
        """This document as a :class:`Sitting`."""
        return read_tei(self.root, self.path, self.persons, marks)


def members(path: str | Path) -> list[Member]:
    """The TEI documents of a file: the file itself when its root is ``TEI``; for a
    ``teiCorpus``, its ``TEI`` children and the files it XIncludes, sharing its registry of
    persons (its header's and those of the registry files its header XIncludes)."""
    root = parse_file(path).getroot()
    name = str(path)
    if local(root) == "TEI":
        return [Member(root, name, {})]
    if local(root) != "teiCorpus":
        raise InputError("not a TEI document (neither TEI nor teiCorpus)", Location(name, line(root)))
    header = root.find(f"{_T}teiHeader")
    shared = registry(header if header is not None else root)
    shared.update(_included_persons(root, Path(path)))
    found: list[Member] = []
    for child in root:
        if local(child) == "TEI":
            found.append(Member(child, name, shared))
        elif child.tag == f"{{{XI_NS}}}include":
            member = Path(path).parent / (child.get("href") or "")
            found.extend(Member(m.root, m.path, shared) for m in members(member))
    return found


def read_file(path: str | Path, marks: Marks | None = None) -> list[Sitting]:
    """The sittings of a TEI file (see :func:`members`)."""
    return [member.read(marks) for member in members(path)]


def _included_persons(root: etree._Element, path: Path) -> dict[str, Speaker]:
    """Persons of registry files the corpus header XIncludes (ParlaMint's ``listPerson`` file)."""
    header = root.find(f"{_T}teiHeader")
    found: dict[str, Speaker] = {}
    for include in header.iter(f"{{{XI_NS}}}include") if header is not None else []:
        included = parse_file(path.parent / (include.get("href") or "")).getroot()
        found.update(registry(included))
    return found
