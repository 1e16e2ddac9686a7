"""The one safe XML (and HTML) parser of the project.

Every XML file stenogram reads goes through here: no network, no DTD loading, no external
entities, no entity expansion, no XInclude. Whatever the parser's other settings, a resolver
answers every request for an outside resource (an external DTD subset, an external parameter
entity) with nothing, so no file or URL is ever opened: a DOCTYPE that names a DTD which does
not exist (the TEI Consortium's test files do this) is as harmless as one naming
``/etc/passwd``. An entity reference that would need a declaration from outside, or that
would have to be expanded, is refused by name, so validate and render give one verdict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from lxml import etree

from stenogram.errors import InputError, Location


class _NothingOutside(etree.Resolver):
    """Resolves every outside resource to an empty text: libxml2 asks for the external DTD
    subset and for external parameter entities under some settings even with ``load_dtd=False``."""

    # lxml calls resolve(system_url, public_id, context); its stubs leave out the context.
    def resolve(self, system_url: str, public_id: str, context: object) -> object:  # type: ignore[override]
        return self.resolve_string("", context, base_url=system_url)


def _parser(collect_ids: bool = True) -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        collect_ids=collect_ids,
    )
    parser.resolvers.add(_NothingOutside())
    return parser


def parse_bytes(data: bytes, name: str = "<input>", *, collect_ids: bool = True) -> etree._ElementTree:
    """Parse *data*; a well-formedness error becomes an :class:`InputError` at file:line:col.

    ``collect_ids=False`` stops libxml2 from checking ``xml:id`` values (an ODD's examples may
    hold ``xml:id="..."``, which it would reject); nothing else about the parser changes.
    """
    try:
        root = etree.fromstring(data, _parser(collect_ids), base_url=name)
    except etree.XMLSyntaxError as err:
        line, column = err.position if err.position else (None, None)
        raise InputError(f"not well-formed XML: {err.msg}", Location(name, line, column)) from None
    tree = root.getroottree()
    _refuse_entities(tree, name)
    return tree


def _refuse_entities(tree: etree._ElementTree, name: str) -> None:
    """Refuse the first entity reference left unexpanded: its text is not in the document."""
    for entity in tree.getroot().iter(etree.Entity):
        line = entity.sourceline
        raise InputError(
            f"the entity reference {entity.text} is not expanded: stenogram reads no DTD and "
            "expands no entity (an external one could read any file, a nested one exhaust memory); "
            "write its text, or a character reference, instead",
            Location(name, line if isinstance(line, int) else None),
        )


def parse_file(path: str | Path, *, collect_ids: bool = True) -> etree._ElementTree:
    """Read and parse the XML file at *path* safely (see :func:`parse_bytes`)."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror}", Location(str(path))) from None
    if not data.strip():
        raise InputError("the file is empty", Location(str(path)))
    return parse_bytes(data, str(path), collect_ids=collect_ids)


def line_of(node: etree._Element) -> int | None:
    """The source line of *node* as a plain ``int | None``: lxml leaves it untyped, and every
    located message of the project needs it."""
    line = node.sourceline
    return line if isinstance(line, int) else None


def elements(
    node: etree._Element | etree._ElementTree,
    path: str,
    namespaces: Mapping[str, str] | None = None,
    **variables: str,
) -> list[etree._Element]:
    """The elements an XPath selects, typed: lxml types every XPath result as a union of all it
    might return, so the project asks for elements here and gets only those."""
    found = etree.XPath(path, namespaces=namespaces)(node, **variables)
    return [item for item in found if isinstance(item, etree._Element)] if isinstance(found, list) else []


def strings(
    node: etree._Element | etree._ElementTree,
    path: str,
    namespaces: Mapping[str, str] | None = None,
    **variables: str,
) -> list[str]:
    """The attribute values and text nodes an XPath selects, as plain strings."""
    found = etree.XPath(path, namespaces=namespaces)(node, **variables)
    return [str(item) for item in found if isinstance(item, str)] if isinstance(found, list) else []


def parse_html(data: bytes, name: str = "<input>") -> etree._Element:
    """Parse a web page (any HTML, however broken) safely: no network, no external entities.

    The page's declared encoding is honoured; without one UTF-8 is assumed.
    """
    from lxml import html

    declared = re.search(rb"<meta[^>]+charset", data[:4096], re.IGNORECASE)
    parser = html.HTMLParser(
        encoding=None if declared else "utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = html.document_fromstring(data, parser=parser, base_url=name)
    except (etree.ParserError, ValueError) as err:
        raise InputError(f"not an HTML page: {err}", Location(name)) from None
    return root
