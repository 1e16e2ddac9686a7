"""Encoding: the document model → a TEI P5 tree (lxml), and its deterministic bytes; or the
same bytes written a batch of items at a time (:func:`write`), so that a conversion never holds
the whole tree.

The tree follows the profile in ``schemas/PROFILE.md``. Serialisation is fixed (UTF-8, two-space
indentation of element-only content, no timestamps), and carries a ``<?stenogram digest?>``
processing instruction: the SHA-256 of the document without it, by which a later run can tell a
file it wrote from one edited by hand.
"""

from __future__ import annotations

import copy
import hashlib
import io
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import PurePath
from typing import Any, BinaryIO

from lxml import etree

from stenogram import __version__
from stenogram.builddate import source_date_epoch, utc
from stenogram.transcript.model import (
    Archive,
    BlockStage,
    Copy,
    Division,
    Document,
    FrontLine,
    Gap,
    Inline,
    Join,
    NamePart,
    Note,
    Origin,
    Para,
    Person,
    Published,
    Quote,
    Said,
    SpeakerLabel,
    Stage,
    Stray,
    Supplied,
    Time,
    Turn,
)
from stenogram.transcript.reader import LAYOUTS

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_T = f"{{{TEI_NS}}}"
_XML_ID = f"{{{XML_NS}}}id"
_XML_LANG = f"{{{XML_NS}}}lang"
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_DIGEST_PI = '<?stenogram digest="sha256:{}"?>\n'
_DIGEST = re.compile(rb"<\?stenogram digest=\"sha256:([0-9a-f]{64})\"\?>\n")
# the default namespace: lxml takes the prefix None, which its stubs do not allow
_NSMAP: dict[str, str] = {None: TEI_NS}  # type: ignore[dict-item]
_ITEMS = "stenogram-items"  # stands for a division's items while the rest is serialised
_ITEMS_PI = etree.tostring(etree.PI(_ITEMS))  # as lxml writes it
_ITEM_LEVEL = 4  # TEI, text, body, div, and the items
_ITEM_GAP_TEXT = "\n" + "  " * _ITEM_LEVEL
_ITEM_GAP = _ITEM_GAP_TEXT.encode()
_BATCH = 256  # items written as one tree: few calls of lxml, little memory
_HOLDER_START = f'<div xmlns="{TEI_NS}">'.encode()
_HOLDER_END = b"</div>"
# The start tag of a turn or a paragraph in a batch's bytes, where its xml:id goes (see
# _Encoder._batch): text and attribute values escape every "<", and an item's tree holds no
# comment, processing instruction nor CDATA section, so each is a tag; the name must end there
# ("<speaker", "<pb", "<persName" are other elements').
_NUMBERED_TAG = re.compile(rb"<(sp|p)(?=[ />])")


def _el(
    parent: etree._Element | None, name: str, text: str | None = None, **attrs: str | None
) -> etree._Element:
    """A TEI element (under *parent*, if any) with *text*; attributes given as ``None`` are left
    out, and ``xml_id`` is ``xml:id``."""
    tag = _T + name
    attrib = {_XML_ID if key == "xml_id" else key: value for key, value in attrs.items() if value is not None}
    element = etree.Element(tag, attrib) if parent is None else etree.SubElement(parent, tag, attrib)
    if text is not None:
        element.text = text
    return element


def person_element(
    parent: etree._Element, person: Person, names: Sequence[Sequence[NamePart]] = ()
) -> etree._Element:
    """The ``person`` (or, for a group, ``personGrp``) entry of *person* in a ``listPerson``:
    its role (``chair`` first for whoever chairs the sitting), each of its *names* in parts (by
    default its one name), its printed labels, dates, Wikidata id and note. One writer for a
    document's registry and a corpus's."""
    names = names or [person.parts or (NamePart(None, person.name),)]
    if person.group:
        element = _el(parent, "personGrp", xml_id=person.id, role=person.role or "audience")
        for parts in names:
            _el(element, "name", "".join(part.text for part in parts))
    else:
        element = _el(parent, "person", xml_id=person.id, role=_role(person) or None, sex=person.sex)
        for parts in names:
            _pers_name(element, parts)
    for label in person.labels:
        _el(element, "persName", label, type="label")
    if person.affiliation:
        _el(element, "affiliation", person.affiliation)
    if person.birth and not person.group:
        _el(element, "birth", when=person.birth)
    if person.death and not person.group:
        _el(element, "death", when=person.death)
    if person.wikidata:
        _el(element, "idno", person.wikidata, type="wikidata")
    if person.note:
        _el(element, "note", person.note)
    return element


def _role(person: Person) -> str:
    """*person*'s role as printed, ``chair`` first for whoever chairs: its words are never
    deduplicated ("Minister for Climate Change, Minister for Energy" keeps both)."""
    role = " ".join((person.role or "").split())
    if person.chair and role.split(" ", 1)[0] != "chair":
        return f"chair {role}".strip()
    return role


def _pers_name(parent: etree._Element, parts: Sequence[NamePart]) -> None:
    """A ``persName`` of *parts*: each named part an element (``surname``, ``forename`` with
    ``full="init"`` for an initial, ``roleName`` with its type, ``nameLink``), the text
    between them as it is written; a name of no parts is plain text."""
    element = _el(parent, "persName")
    for part in parts:
        if part.kind is None:
            _append_text(element, part.text)
        else:
            full = "init" if part.initial else None
            _el(element, part.kind, part.text, type=part.type, full=full)


def _append_text(element: etree._Element, text: str) -> None:
    if next(iter(element), None) is None:  # no child yet (len() walks every child: quadratic)
        element.text = (element.text or "") + text
    else:
        last = element[-1]
        last.tail = (last.tail or "") + text


def _inline(parent: etree._Element, nodes: Iterable[Inline], made: dict[int, etree._Element]) -> None:
    """Write *nodes* into *parent* (which has at most a label child yet): strings become its
    text or the last child's tail, every other node the element :data:`_WRITERS` makes of it.

    The parser reads each distinct bracket once and gives its repeats the same stage node, so a
    stage written before (*made*, by the node's identity) is copied, a few times faster than
    building its elements again."""
    last = parent[-1] if len(parent) else None
    for node in nodes:
        if isinstance(node, str):
            if last is None:
                parent.text = (parent.text or "") + node
            else:
                last.tail = (last.tail or "") + node
        elif type(node) is Stage:
            written = made.get(id(node))
            if written is None:
                last = _stage(parent, node, made)
                made[id(node)] = copy.copy(last)  # a copy of its own: no item's tree outlives it
            else:
                last = copy.copy(written)  # lxml copies the whole subtree
                parent.append(last)
        else:
            last = _WRITERS[type(node)](parent, node, made)


def _sub(parent: etree._Element, name: str, text: str | None, attrib: dict[str, str]) -> etree._Element:
    """A child element, written without :func:`_el`'s keyword handling: inline nodes are most of
    a document's elements (a page of interjections is one every few bytes)."""
    element = etree.SubElement(parent, _T + name, attrib)
    if text is not None:
        element.text = text
    return element


def _stage(parent: etree._Element, node: Stage, made: dict[int, etree._Element]) -> etree._Element:
    attrib = {"type": node.type}
    if node.who:
        attrib["who"] = " ".join(f"#{ident}" for ident in node.who.split())
    stage = _sub(parent, "stage", None, attrib)
    _inline(stage, node.content, made)
    return stage


def _said(parent: etree._Element, node: Said, made: dict[int, etree._Element]) -> etree._Element:
    said = _sub(parent, "said", None, {"who": f"#{node.who}"})
    _sub(said, "label", node.label, {})
    _inline(said, node.content, made)
    return said


def _gap(parent: etree._Element, node: Gap, _made: object) -> etree._Element:
    gap = _sub(parent, "gap", None, {"reason": node.reason})
    if node.desc:
        _sub(gap, "desc", node.desc, {})
    return gap


#: The element each kind of inline node but a stage becomes.
_WRITERS: dict[type, Callable[[etree._Element, Any, dict[int, etree._Element]], etree._Element]] = {
    Said: _said,
    Gap: _gap,
    Supplied: lambda parent, node, _: _sub(parent, "supplied", node.text, {"reason": "editorial"}),
    Note: lambda parent, node, _: _sub(parent, "note", node.text, {"type": "editorial"}),
    Stray: lambda parent, node, _: _sub(parent, "c", node.char, {"type": "stray-bracket"}),
    Time: lambda parent, node, _: _sub(parent, "time", node.text, {}),
    Join: lambda parent, node, _: _sub(parent, "milestone", None, {"unit": "paragraph", "type": "join"}),
}


class _Encoder:
    def __init__(self, doc: Document, edition: dict[str, Any], names: dict[str, str]) -> None:
        self.doc = doc
        self.edition = edition
        self.names = names
        self.sp = 0
        self.made: dict[int, etree._Element] = {}  # the stages written, by their node (see _inline)
        self.p = 0
        self.ids = True  # each turn's and paragraph's xml:id set in the tree (see _batch)

    def encode(self) -> etree._Element:
        root, divisions = self._skeleton()
        for div, division in divisions:
            for item in division.items:
                self._item(div, item)
        return root

    def write(self, visit: Callable[[etree._Element], None], sink: BinaryIO) -> None:
        """The bytes :func:`serialise` makes of :meth:`encode`'s tree, written to *sink* a batch
        of items (turns, paragraphs, stage directions) at a time: only the header and one batch
        are ever a tree, and no more of the bytes than a batch's are held. *visit* sees the
        front, each head and each batch, in document order, before it goes."""
        root, divisions = self._skeleton()
        self.ids = False
        front = root.find(f"{_T}text/{_T}front")
        if front is not None:
            visit(front)
        for div, division in divisions:
            if division.items:
                div.append(etree.PI(_ITEMS))
        indent(root)
        skeleton = etree.tostring(root, encoding="UTF-8", xml_declaration=False).split(_ITEMS_PI)
        out = _Digested(sink)
        out.write(skeleton[0])
        rest = iter(skeleton[1:])
        for div, division in divisions:
            head = div.find(_T + "head")
            if head is not None:
                visit(head)
            if not division.items:
                continue
            for start in range(0, len(division.items), _BATCH):
                out.write(_ITEM_GAP if start else b"")
                out.write(self._batch(division.items[start : start + _BATCH], visit))
            out.write(next(rest))
        out.write(b"\n")
        out.close()

    def _batch(
        self, items: Sequence[Turn | Para | BlockStage | Quote], visit: Callable[[etree._Element], None]
    ) -> bytes:
        """*items* as the bytes they are in a ``div`` of the whole tree, indented alike.

        The turns' and paragraphs' ids are written into the bytes, not set in the tree: libxml2
        files each ``xml:id`` in its document's table of ids, whose keys go into the string
        dictionary lxml shares among all the documents of a thread, which never shrinks (the
        4 MB input's 64,000 ids kept 3.4 MB to the process's end, the writing's growth). They
        are numbered in document order, as the tree's are, each right after its tag's name."""
        turns, paragraphs = self.sp, self.p
        holder = etree.Element(_T + "div", nsmap=_NSMAP)
        for item in items:
            self._item(holder, item)
        for element in holder:
            indent(element, _ITEM_LEVEL)
            element.tail = _ITEM_GAP_TEXT
        holder[-1].tail = None
        visit(holder)
        data = etree.tostring(holder, encoding="UTF-8", xml_declaration=False)
        turn_ids, paragraph_ids = itertools.count(turns + 1), itertools.count(paragraphs + 1)
        numbers = {b"sp": turn_ids, b"p": paragraph_ids}
        data = _NUMBERED_TAG.sub(
            lambda tag: b'<%s xml:id="%s-%d"' % (tag[1], tag[1], next(numbers[tag[1]])), data
        )
        if (next(turn_ids), next(paragraph_ids)) != (self.sp + 1, self.p + 1):
            raise AssertionError("the batch's bytes hold other turns or paragraphs than its tree")
        return data[len(_HOLDER_START) : -len(_HOLDER_END)]  # the holder's tags: not in the tree

    def _skeleton(self) -> tuple[etree._Element, list[tuple[etree._Element, Division]]]:
        """The tree without the items of its divisions: the header, the front, each division with
        its head; and each ``div`` beside the division whose items it is to hold."""
        root = etree.Element(_T + "TEI", nsmap=_NSMAP)
        root.set(f"{{{XML_NS}}}lang", self.doc.lang)
        self._header(_el(root, "teiHeader"))
        text = _el(root, "text")
        self._front(text)
        body = _el(text, "body")
        divisions = []
        for division in self.doc.body:
            if not division.items and division.head is None:
                continue
            div = _el(body, "div", type="transcript")
            if division.head is not None:
                _el(div, "head", division.head)
            divisions.append((div, division))
        if not len(body):
            _el(_el(body, "div", type="transcript"), "p")
        return root, divisions

    # -- header --------------------------------------------------------------------------
    def _header(self, header: etree._Element) -> None:
        doc, ed = self.doc, self.edition
        file_desc = _el(header, "fileDesc")
        title_stmt = _el(file_desc, "titleStmt")
        _el(title_stmt, "title", ed.get("title") or doc.title or doc.name, type="main")
        if doc.author:
            _el(title_stmt, "author", doc.author, ref=f"#{doc.author_ref}" if doc.author_ref else None)
        for editor in _as_list(ed.get("editor")):
            _el(title_stmt, "editor", editor)
        resp = _el(title_stmt, "respStmt")
        _el(resp, "resp", "TEI encoding")
        _el(resp, "name", f"stenogram {__version__}")
        pub = _el(file_desc, "publicationStmt")
        issued = _issued(ed)
        if ed.get("publisher"):
            _el(pub, "publisher", ed["publisher"])
            if issued:
                _el(pub, "date", issued, when=issued)
            _el(pub, "idno", PurePath(doc.name).stem, type="stenogram")
            if ed.get("licence") or ed.get("availability"):
                avail = _el(pub, "availability")
                if ed.get("licence"):
                    _el(avail, "licence", ed["licence"], target=ed.get("licence_url"))
                if ed.get("availability"):
                    _el(avail, "p", ed["availability"])
        else:
            _el(pub, "p", "Unpublished draft edition.")
        source_desc = _el(file_desc, "sourceDesc")
        if doc.copy:
            self._copy(source_desc, doc.copy)
        if doc.published:
            self._published(source_desc, doc.published)
        elif doc.source:
            _el(source_desc, "bibl", doc.source, type="published", xml_id=_SOURCE_IDS["published"])
        if doc.symbol:  # the printed record's code, by which it is cited: "S/PV.9312"
            bibl = source_desc.find(f"{_T}bibl[@type='published']")
            if bibl is None:
                bibl = _el(source_desc, "bibl", type="published")
                _el(bibl, "title", doc.title or doc.name).tail = ", "
            _el(bibl, "idno", doc.symbol, type="symbol")
        if doc.archive:
            self._archive(source_desc, doc.archive)
        if doc.origin:
            self._origin(source_desc, doc.origin)
        if not len(source_desc):
            _el(source_desc, "p", f"Converted from the plain-text file {doc.name}.")
        self._encoding_desc(_el(header, "encodingDesc"))
        self._profile_desc(_el(header, "profileDesc"))
        revision = _el(header, "revisionDesc")
        _el(revision, "change", f"Converted from {doc.name} by stenogram {__version__}.", when=issued)

    # The source chain, nearest link first: the copy this text was made from (a translation,
    # perhaps), the published edition, the archival document; each link points at the next
    # (relatedItem/@target). Bibliographic lines keep their printed words, the parts marked.
    def _copy(self, parent: etree._Element, copy: Copy) -> None:
        bibl = _el(parent, "bibl", type="copy", xml_id="source-copy")
        nearer = _SOURCE_IDS["published"] if self.doc.source else None
        nearer = nearer or (_SOURCE_IDS["archive"] if self.doc.archive else None)
        if copy.translated:
            _append_text(bibl, f"{self.names.get(self.doc.lang, self.doc.lang)} translation")
            if copy.language:
                _append_text(bibl, f" from the {self.names.get(copy.language, copy.language)}")
            if copy.translator:
                _append_text(bibl, " (translator: ")
                _el(bibl, "editor", copy.translator, role="translator")
                _append_text(bibl, ")")
            if copy.translation_of:
                _append_text(bibl, " of ")
                _el(bibl, "title", copy.translation_of, type="original")
        if nearer:
            _el(
                bibl,
                "relatedItem",
                type="translation-of" if copy.translated else "copy-of",
                target=f"#{nearer}",
            )
        if copy.url:
            _append_text(bibl, "; copied from " if copy.translated else "Copied from ")
            _el(bibl, "ref", copy.url, target=copy.url)
        if copy.retrieved:
            _append_text(bibl, ", retrieved " if copy.translated or copy.url else "Retrieved ")
            _el(bibl, "date", copy.retrieved_text or copy.retrieved, type="retrieved", when=copy.retrieved)
        if copy.translated or copy.url or copy.retrieved:
            _append_text(bibl, ".")
        if copy.note:
            _append_text(bibl, " ")
            _el(bibl, "note", copy.note)
        _el(bibl, "textLang", mainLang=self.doc.lang)

    def _published(self, parent: etree._Element, published: Published) -> None:
        bibl = _el(parent, "bibl", type="published", xml_id=_SOURCE_IDS["published"])
        end = 0
        for part, start, stop in published.spans:
            _append_text(bibl, published.text[end:start])
            words = published.text[start:stop]
            tag, attrs = _BIBL_PARTS[part]
            when = words if part == "date" and _ISO_DATE.fullmatch(words) else None
            _el(bibl, tag, words, when=when, **attrs)
            end = stop
        _append_text(bibl, published.text[end:])
        if self.doc.copy and self.doc.copy.language:
            _el(bibl, "textLang", mainLang=self.doc.copy.language)
        if self.doc.archive:
            _el(bibl, "relatedItem", type="edition-of", target=f"#{_SOURCE_IDS['archive']}")

    def _archive(self, parent: etree._Element, archive: Archive) -> None:
        ms = _el(parent, "msDesc", xml_id=_SOURCE_IDS["archive"])
        ident = _el(ms, "msIdentifier")
        if archive.country:
            _el(ident, "country", archive.country)
        if archive.settlement:
            _el(ident, "settlement", archive.settlement)
        _el(ident, "repository", archive.repository or "unknown")
        for kind in ("fond", "opis", "delo"):
            value = getattr(archive, kind)
            if value:
                _el(ident, "idno", value, type=kind)
        original = self.doc.copy.language if self.doc.copy and not self.doc.source else None
        contents = _el(ms, "msContents") if archive.folios or original else None
        if contents is not None and original:
            _el(contents, "textLang", mainLang=original)
        if contents is not None and archive.folios:
            item = _el(contents, "msItem")
            _el(
                item,
                "locus",
                archive.folios,
                **{"from": archive.folio_from, "to": archive.folio_to or archive.folio_from},
            )
            _el(item, "title", self.doc.title or self.doc.name)
        if archive.physical:
            _el(_el(ms, "physDesc"), "p", archive.physical)

    def _origin(self, parent: etree._Element, origin: Origin) -> None:
        """The file the text was extracted from: its title, date and URL (``bibl type="digital"``)."""
        bibl = _el(parent, "bibl", f"{origin.title}. " if origin.title else None, type="digital")
        if origin.author:
            _append_text(bibl, f"{origin.author}. ")
        if origin.date:
            _el(bibl, "date", origin.date, when=origin.date).tail = ". "
        _append_text(bibl, f"{origin.format} file {self.doc.name}")
        if origin.pages:
            _append_text(bibl, f", {origin.pages} pages")
        if origin.url:
            _append_text(bibl, ". ")
            _el(bibl, "idno", origin.url, type="URI")

    def _encoding_desc(self, enc: etree._Element) -> None:
        decl = _el(enc, "editorialDecl")
        layout = LAYOUTS[self.doc.layout]
        _el(
            decl,
            "p",
            f"Encoded by stenogram {__version__} from a plain-text transcript "
            f"({self.doc.encoding}, {layout}); Unicode normalised to NFC.",
        )
        if self.doc.origin:
            self._extraction(decl, self.doc.origin)
        joins = _join_count(self.doc)
        if joins:
            _el(
                decl,
                "p",
                f"Paragraphs cut by a page break were joined ({joins}); the place of each join "
                "is marked in the text (a milestone of type join).",
            )
        if self.doc.furniture:
            p = _el(decl, "p", "Lines removed as page furniture:")
            items = _el(p, "list", type="furniture")
            for removed in self.doc.furniture:
                _el(items, "item", removed.text, n=str(removed.line), ana=removed.pattern)

    def _extraction(self, decl: etree._Element, origin: Origin) -> None:
        """How the plain text was taken from a web page, Word file or PDF, and what was left out."""
        text = f"The plain text was extracted from the {origin.format} file"
        if origin.pages:
            text += "; its page breaks are marked in the text (pb, with the printed page number in n)"
        if origin.hyphens:
            text += (
                f"; {origin.hyphens} words hyphenated across a line end were joined "
                '(marked by lb with break="no")'
            )
        if origin.notes:
            text += f"; its {origin.notes} footnotes are editorial notes at their reference (place foot)"
        _el(decl, "p", text + ".")
        if origin.left:
            p = _el(decl, "p", f"Left out of the {origin.format} file as page furniture:")
            items = _el(p, "list", type="furniture")
            for where, removed, kind in origin.left:
                _el(items, "item", removed, n=where, ana=kind)

    def _profile_desc(self, profile: etree._Element) -> None:
        lang = _el(profile, "langUsage")
        _el(lang, "language", self.names.get(self.doc.lang, self.doc.lang), ident=self.doc.lang)
        for other in _spoken_languages(self.doc):  # those the record marks its turns spoken in
            _el(lang, "language", self.names.get(other, other), ident=other)
        if self.doc.persons:
            people = _el(_el(profile, "particDesc"), "listPerson")
            for person in self.doc.persons:
                person_element(people, person)
        if self.doc.date or self.doc.place:
            setting = _el(_el(profile, "settingDesc"), "setting")
            if self.doc.place:
                _el(setting, "placeName", self.doc.place)
            if self.doc.date:
                _el(setting, "date", self.doc.date_text or self.doc.date, when=self.doc.date)

    # -- text -----------------------------------------------------------------------------
    def _front(self, text: etree._Element) -> None:
        """The record's head as printed, line by line in its order, each as its kind: the title
        (``docTitle``; the lines of no kind right under it its ``titlePart type="sub"``), the
        date (``docDate``, the place printed before it a ``placeName``), and the other kinds a
        ``div`` of that type (:data:`_FRONT_DIVS`: source, presiding, time, place, imprint,
        other) of a paragraph a line. A date or title below such a div stands in a div or
        ``titlePage`` of its own, where TEI allows it."""
        if not self.doc.front:
            return
        front = _el(text, "front")
        title: etree._Element | None = None  # the title being written: sub-titles join it
        div: etree._Element | None = None  # the division being written: lines of its type join it
        for line in self.doc.front:
            if line.kind == "title":
                parent = _el(front, "titlePage") if div is not None else front
                title, div = _el(parent, "docTitle"), None
                _el(title, "titlePart", line.text, type="main")
                continue
            if line.kind == "other" and title is not None:
                _el(title, "titlePart", line.text, type="sub")
                continue
            title = None
            if line.kind == "date" and front.find(_T + "div") is None:
                _doc_date(front, line)
                continue
            kind = _FRONT_DIVS.get(line.kind, "other")
            if div is None or div.get("type") != kind:
                div = _el(front, "div", type=kind)
            if line.kind == "date":
                _doc_date(div, line)
            else:
                _el(div, "p", line.text)

    @staticmethod
    def _speaker(speaker: etree._Element, label: SpeakerLabel) -> None:
        """The printed label: supplied by the editor, with its clock, or as printed."""
        if label.supplied:
            _el(speaker, "supplied", label.text, reason="editorial")
            _append_text(speaker, label.punct)
        elif label.time:  # the clock before the label ("[00:01:23] X:") or after it
            at = label.text.index(label.time)
            speaker.text = label.text[:at] or None
            _el(speaker, "time", label.time).tail = label.text[at + len(label.time) :] or None
        elif label.stage and label.stage in label.text:  # the hall's event before the colon
            at = label.text.index(label.stage)
            speaker.text = label.text[:at] or None
            stage = _el(speaker, "stage", label.stage, type=label.stage_type)
            stage.tail = label.text[at + len(label.stage) :] or None
        else:
            speaker.text = label.text

    def _item(self, parent: etree._Element, item: Turn | Para | BlockStage | Quote) -> None:
        if isinstance(item, Turn):
            if item.speaker.page:  # the printed page the turn opens: a break, its number kept as printed
                _el(parent, "pb", n=item.speaker.page.strip("[]() "))
                _el(parent, "fw", item.speaker.page, type="pageNum")
            self.sp += 1
            who = {"who": f"#{item.who}"}
            sp = _sub(parent, "sp", None, {_XML_ID: f"sp-{self.sp}", **who} if self.ids else who)
            if item.speaker.text or item.speaker.supplied:  # a turn the floor was given to prints none
                self._speaker(_sub(sp, "speaker", None, {}), item.speaker)
            for inner in item.blocks:
                self._item(sp, inner)
        elif isinstance(item, Quote):
            quote = _el(parent, "quote", type=item.type) if item.type else _el(parent, "quote")
            for para in item.paras:
                self._item(quote, para)
        elif isinstance(item, Para):
            self.p += 1
            p = _sub(parent, "p", None, {_XML_ID: f"p-{self.p}"} if self.ids else {})
            if item.lang:
                p.set(_XML_LANG, item.lang)
            _inline(p, item.content, self.made)
        else:
            _stage(parent, item.stage, self.made)


def _spoken_languages(doc: Document) -> list[str]:
    """The languages other than the record's own that it marks paragraphs spoken in, in order."""
    found: dict[str, None] = {}
    for division in doc.body:
        for item in division.items:
            for para in item.blocks if isinstance(item, Turn) else [item]:
                if isinstance(para, Para) and para.lang:
                    found.setdefault(para.lang)
    return list(found)


def _join_count(doc: Document) -> int:
    """How many paragraphs cut by a page break were joined: one walk of the blocks, each
    paragraph's nodes counted by their type in C (no generator a paragraph)."""
    count = 0
    for division in doc.body:
        for item in division.items:
            for block in item.blocks if isinstance(item, Turn) else (item,):
                for para in block.paras if isinstance(block, Quote) else (block,):
                    if isinstance(para, Para):
                        count += list(map(type, para.content)).count(Join)
    return count


# The division of the front each kind of a head's line is written in.
_FRONT_DIVS = {
    "source": "source",
    "archive": "source",
    "byline": "source",
    "translation": "source",
    "retrieved": "source",
    "url": "source",
    "date": "date",
    "presiding": "presiding",
    "time": "time",
    "place": "place",
    "imprint": "imprint",
    "list": "list",
}


def _doc_date(parent: etree._Element, line: FrontLine) -> None:
    """A dateline as printed, its day in @when and its place, printed before it, marked."""
    date = _el(parent, "docDate", when=line.when)
    at = line.text.find(line.place) if line.place else -1
    if line.place and at >= 0:
        date.text = line.text[:at] or None
        _el(date, "placeName", line.place).tail = line.text[at + len(line.place) :]
    else:
        date.text = line.text


# The ids of the links of the source chain, by which each points at the next.
_SOURCE_IDS = {"published": "source-published", "archive": "source-archive"}

# The parts of a published source's line (``Published.spans``) → element and attributes; a
# date that is an ISO year or day is also its own @when.
_BIBL_PARTS: dict[str, tuple[str, dict[str, str]]] = {
    "title": ("title", {}),
    "place": ("pubPlace", {}),
    "publisher": ("publisher", {}),
    "date": ("date", {}),
    "pages": ("biblScope", {"unit": "page"}),
}
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _issued(edition: dict[str, Any]) -> str | None:
    """The edition's date: the build's (``SOURCE_DATE_EPOCH``) when set, else ``[edition] date``;
    never the clock, so the same input and configuration give the same bytes."""
    epoch = source_date_epoch()
    if epoch is not None:
        return utc(epoch).date().isoformat()
    date = edition.get("date")
    return str(date) if date else None


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def encode(
    doc: Document, edition: dict[str, Any] | None = None, language_names: dict[str, str] | None = None
) -> etree._Element:
    """The TEI tree of *doc*; *edition* holds metadata from the configuration."""
    return _Encoder(doc, edition or {}, language_names or {}).encode()


def write(
    doc: Document,
    visit: Callable[[etree._Element], None],
    sink: BinaryIO,
    edition: dict[str, Any] | None = None,
    language_names: dict[str, str] | None = None,
) -> None:
    """``serialise(encode(doc, …))`` written to *sink* (a file or a buffer, open to write and
    seek) without the whole tree: see :meth:`_Encoder.write`."""
    _Encoder(doc, edition or {}, language_names or {}).write(visit, sink)


# Elements whose content is only elements: the only ones indented, so that no whitespace is ever
# added to mixed content (a paragraph, a speaker label, a stage direction).
_STRUCTURAL = frozenset(
    [
        "TEI",
        "teiHeader",
        "fileDesc",
        "titleStmt",
        "respStmt",
        "publicationStmt",
        "availability",
        "sourceDesc",
        "msDesc",
        "msIdentifier",
        "msContents",
        "msItem",
        "physDesc",
        "encodingDesc",
        "editorialDecl",
        "list",
        "profileDesc",
        "langUsage",
        "particDesc",
        "listPerson",
        "person",
        "personGrp",
        "settingDesc",
        "setting",
        "revisionDesc",
        "text",
        "front",
        "titlePage",
        "docTitle",
        "body",
        "div",
        "sp",
        "quote",
    ]
)


_STRUCTURAL_TAGS = frozenset(_T + name for name in _STRUCTURAL)


def indent(element: etree._Element, level: int = 0) -> None:
    """Indent the element-only content of *element* (``_STRUCTURAL``); mixed content, such as
    a name in parts or a paragraph, is left as written."""
    if element.tag not in _STRUCTURAL_TAGS or (element.text or "").strip() or not len(element):
        return
    if any((child.tail or "").strip() for child in element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        child.tail = inner
        indent(child, level + 1)
    element[-1].tail = "\n" + "  " * level


def serialise(root: etree._Element) -> bytes:
    """Deterministic bytes of a TEI tree, with its digest processing instruction."""
    buffer = io.BytesIO()
    serialise_into(root, buffer)
    return buffer.getvalue()


def serialise_into(root: etree._Element, sink: BinaryIO) -> None:
    """:func:`serialise`'s bytes written to *sink*."""
    indent(root)
    out = _Digested(sink)
    out.write(etree.tostring(root, encoding="UTF-8", xml_declaration=False))
    out.write(b"\n")
    out.close()


class _Digested:
    """A TEI file's bytes as they are written to a sink (a file, or a buffer): the declaration,
    the digest processing instruction, the document; the digest (of the document alone) filled
    in at the end, so that the bytes are written once and need not be held."""

    def __init__(self, sink: BinaryIO) -> None:
        self.sink = sink
        self.start = sink.tell()
        sink.write(_DECLARATION + _DIGEST_PI.format("0" * 64).encode())
        self.hash = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.sink.write(data)
        self.hash.update(data)

    def close(self) -> None:
        end = self.sink.tell()
        self.sink.seek(self.start + len(_DECLARATION))
        self.sink.write(_DIGEST_PI.format(self.hash.hexdigest()).encode())
        self.sink.seek(end)


_READ = 1 << 20  # bytes of a file read at a time when it is hashed or compared


def generated_unchanged(data: bytes | BinaryIO) -> bool | None:
    """Whether *data* (bytes, or a file open to read from its start) is a file stenogram wrote
    and nobody edited since (None: not ours). A file is read a piece at a time."""
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    start = stream.read(200)
    found = _DIGEST.search(start)
    if not found:
        return None
    if start[: found.start()] != _DECLARATION:  # the digest covers what follows it, not this
        return False
    digest = hashlib.sha256(start[found.end() :])
    for piece in iter(lambda: stream.read(_READ), b""):
        digest.update(piece)
    return digest.hexdigest() == found.group(1).decode()
