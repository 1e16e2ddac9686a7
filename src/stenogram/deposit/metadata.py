"""What an archive catalogues about an edition, read from its teiHeader.

:func:`edition_facts` reads title, the record's date, published sources, the archival
reference, editors, publisher, licence and language from any TEI header (ours, ParlaMint,
DraCor: what is absent is left out). :func:`bag_info` turns the facts of a package's editions
into the fields of ``bag-info.txt`` and :func:`dublin_core` into a Dublin Core record (dcterms)
of the same facts, so that the two never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lxml import etree

from stenogram import __version__

TEI = "http://www.tei-c.org/ns/1.0"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
_NS = {"t": TEI}

#: The sentence ``tei/encode.py`` writes into ``revisionDesc``, which names the source file.
_CONVERTED_FROM = re.compile(r"^Converted from (?P<name>.+?) by stenogram \S+\.$")

#: What the payload holds, for ``External-Description`` and the README.
DESCRIPTION = (
    "Scholarly edition of a stenographic record: the source transcript as received, its "
    "configuration, the TEI P5 encoding, its validation report (JSON, SVRL), the HTML reading "
    "edition and the PDF/A-2b print edition."
)


@dataclass(frozen=True)
class EditionFacts:
    """The catalogue facts of one edition; empty where its header says nothing."""

    title: str
    date: str = ""
    sources: tuple[str, ...] = ()
    archival_reference: str = ""
    editors: tuple[str, ...] = ()
    publisher: str = ""
    licence: str = ""
    languages: tuple[str, ...] = ()
    source_file: str = ""


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(t) for t in element.itertext()).split())


def _select(root: etree._Element, path: str) -> list[str | etree._Element]:
    """The elements and strings (attribute values, text) *path* selects."""
    found = root.xpath(path, namespaces=_NS)
    items = found if isinstance(found, list) else []
    return [
        item if isinstance(item, etree._Element) else str(item)
        for item in items
        if not isinstance(item, tuple)
    ]


def _texts(root: etree._Element, path: str) -> tuple[str, ...]:
    """The normalised texts of what *path* selects, each once, empty ones left out."""
    found = (_text(i) if isinstance(i, etree._Element) else " ".join(i.split()) for i in _select(root, path))
    return tuple(dict.fromkeys(text for text in found if text))


def _first(root: etree._Element, *paths: str) -> str:
    """The first non-empty text selected by the first of *paths* that selects one."""
    return next((texts[0] for texts in (_texts(root, path) for path in paths) if texts), "")


def _archival_reference(header: etree._Element) -> str:
    """``repository, fond 17, opis 2, delo 574, L. 76-103``: the msIdentifier's parts in order,
    each idno with its type, and the folios of the item."""
    parts: list[str] = []
    for identifier in header.iterfind(".//t:sourceDesc//t:msDesc/t:msIdentifier", _NS):
        for part in identifier:
            if not isinstance(part.tag, str) or not _text(part):
                continue
            kind = part.get("type") if etree.QName(part).localname == "idno" else None
            parts.append(f"{kind} {_text(part)}" if kind else _text(part))
        break  # the first manuscript is the record's
    parts += _texts(header, ".//t:sourceDesc//t:msDesc/t:msContents//t:locus")
    return ", ".join(parts)


def _licence(header: etree._Element) -> str:
    """The licence (its name and URL), else the availability statement."""
    for licence in header.iterfind(".//t:publicationStmt/t:availability/t:licence", _NS):
        name, target = _text(licence), licence.get("target", "")
        return f"{name} <{target}>" if name and target else name or target
    return _first(header, ".//t:publicationStmt/t:availability")


def edition_facts(tree: etree._ElementTree) -> EditionFacts:
    """The catalogue facts of the TEI document *tree*."""
    root = tree.getroot()
    header = root.find(f"{{{TEI}}}teiHeader")
    if header is None:
        return EditionFacts(title="")
    changes = _texts(header, "t:revisionDesc/t:change")
    source_file = next((m["name"] for m in map(_CONVERTED_FROM.match, changes) if m), "")
    return EditionFacts(
        title=_first(
            header, "t:fileDesc/t:titleStmt/t:title[@type='main']", "t:fileDesc/t:titleStmt/t:title"
        ),
        date=_first(
            header,
            "t:profileDesc/t:settingDesc//t:date/@when",
            "t:fileDesc/t:sourceDesc//t:date/@when",
            "t:profileDesc/t:settingDesc//t:date",
        ),
        sources=_texts(header, "t:fileDesc/t:sourceDesc/t:bibl | t:fileDesc/t:sourceDesc/t:biblStruct"),
        archival_reference=_archival_reference(header),
        editors=_texts(header, "t:fileDesc/t:titleStmt/t:editor"),
        publisher=_first(header, "t:fileDesc/t:publicationStmt/t:publisher"),
        licence=_licence(header),
        languages=_texts(header, "t:profileDesc/t:langUsage/t:language/@ident"),
        source_file=source_file,
    )


#: bag-info.txt label → the facts it holds (one value per edition, in the package's order).
BAG_INFO_FIELDS: dict[str, Callable[[EditionFacts], list[str]]] = {
    "Title": lambda f: [f.title],
    "Date": lambda f: [f.date],
    "Source": lambda f: list(f.sources),
    "Archival-Reference": lambda f: [f.archival_reference],
    "Editor": lambda f: list(f.editors),
    "Licence": lambda f: [f.licence],
    "Language": lambda f: list(f.languages),
}


def bag_info(editions: Sequence[EditionFacts], bagging_date: str) -> dict[str, str | list[str]]:
    """The fields of ``bag-info.txt`` (``Payload-Oxum`` and ``Bag-Software-Agent`` are bagit's).

    A label repeats once per value (BagIt allows it); a field no edition has is left out.
    """
    info: dict[str, str | list[str]] = {
        "Bagging-Date": bagging_date,
        "External-Description": DESCRIPTION,
        "Stenogram-Version": __version__,
    }
    publishers = list(dict.fromkeys(f.publisher for f in editions if f.publisher))
    if publishers:
        info["Source-Organization"] = publishers
    for label, values_of in BAG_INFO_FIELDS.items():
        values = [value for facts in editions for value in values_of(facts) if value]
        if values:
            info[label] = values
    return info


#: dcterms element → the facts it holds; the same facts as :data:`BAG_INFO_FIELDS`.
DUBLIN_CORE_FIELDS: dict[str, Callable[[EditionFacts], list[str]]] = {
    "title": lambda f: [f.title],
    "created": lambda f: [f.date],
    "source": lambda f: [*f.sources, f.archival_reference],
    "contributor": lambda f: list(f.editors),
    "publisher": lambda f: [f.publisher],
    "rights": lambda f: [f.licence],
    "language": lambda f: list(f.languages),
}

#: The formats of the payload's editions (dcterms:format).
FORMATS = ("text/plain", "application/tei+xml", "text/html", "application/pdf")


def dublin_core(editions: Sequence[EditionFacts], bagging_date: str) -> bytes:
    """A Dublin Core record (``<metadata>`` of dcterms elements) of the package's editions;
    *bagging_date* is its ``dcterms:dateSubmitted``."""
    root = etree.Element("metadata", nsmap={"dc": DC, "dcterms": DCTERMS})

    def add(name: str, value: str) -> None:
        etree.SubElement(root, f"{{{DCTERMS}}}{name}").text = value

    for name, values_of in DUBLIN_CORE_FIELDS.items():
        for value in dict.fromkeys(v for facts in editions for v in values_of(facts) if v):
            add(name, value)
    add("type", "Text")
    for media_type in FORMATS:
        add("format", media_type)
    add("dateSubmitted", bagging_date)
    etree.indent(root)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"
