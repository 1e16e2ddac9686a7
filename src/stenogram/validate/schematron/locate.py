"""From an SVRL ``@location`` back to the node in the lxml tree, and to its file:line:col.

The compiled stylesheets write locations with XPath 3.1's ``path()``: steps such as
``Q{uri}sp[3]``, ``@who``, ``text()[2]``. lxml knows each element's line (the line where its
start tag ends); the column is found by counting start tags in the raw text, which is cheap and
exact since a ``<`` followed by a name can only open a tag outside comments, CDATA, processing
instructions and the DOCTYPE.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from lxml import etree

from stenogram.xmlsafe import line_of

_STEP = re.compile(
    r"/(?:(?P<attr>@(?:Q\{(?P<auri>[^}]*)\})?(?P<aname>[^/\[]+))"
    r"|Q\{(?P<uri>[^}]*)\}(?P<name>[^/\[]+)\[(?P<n>\d+)\]"
    r"|(?P<kind>text|comment|processing-instruction)\((?P<target>[^)]*)\)\[(?P<kn>\d+)\])"
)
_TOKEN = re.compile(rb"(<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>)|<[A-Za-z_:\x80-\xff]", re.S)


@dataclass(frozen=True)
class Node:
    """An element, with the attribute named when the location pointed at one."""

    element: etree._Element
    attribute: str | None = None


class Siblings:
    """Each element's children grouped by kind, built once per parent when first asked.

    Locating thousands of findings among thousands of siblings must not rebuild a sibling list
    per step (that made a file with 5,824 dangling pointers take seconds): each parent's
    children are grouped once, and every later step is a dictionary look-up.
    """

    def __init__(self) -> None:
        self._groups: dict[etree._Element, dict[object, list[etree._Element]]] = {}
        self._index: dict[etree._Element, int] = {}

    def _group(self, parent: etree._Element) -> dict[object, list[etree._Element]]:
        groups = self._groups.get(parent)
        if groups is None:
            groups = {}
            for child in parent:
                same = groups.setdefault(child.tag, [])
                same.append(child)
                self._index[child] = len(same)
            self._groups[parent] = groups
        return groups

    def nth(self, parent: etree._Element, tag: object, n: int) -> etree._Element | None:
        """The *n*-th (1-based) child of *parent* with *tag*, or ``None``."""
        same = self._group(parent).get(tag, [])
        return same[n - 1] if 0 < n <= len(same) else None

    def position(self, element: etree._Element) -> int:
        """1 + the number of preceding siblings with the same tag (1 for the root)."""
        parent = element.getparent()
        if parent is None:
            return 1
        self._group(parent)
        return self._index[element]


def node_at(tree: etree._ElementTree, location: str, siblings: Siblings | None = None) -> Node | None:
    """The node that *location* (an XPath from ``path()``) names, or ``None``.

    Pass one *siblings* for all the locations of a document, so that each parent's children
    are grouped only once.
    """
    siblings = siblings or Siblings()
    current: etree._Element | None = None
    position = 0
    for match in _STEP.finditer(location):
        if match.start() != position:
            return None
        position = match.end()
        if match.group("attr"):
            if current is None:
                return None
            uri = match.group("auri")
            return Node(current, f"{{{uri}}}{match.group('aname')}" if uri else match.group("aname"))
        if match.group("name"):
            uri, name, n = match.group("uri"), match.group("name"), int(match.group("n"))
            tag = f"{{{uri}}}{name}" if uri else name
            if current is None:
                root = tree.getroot()
                current = root if root.tag == tag and n == 1 else None
            else:
                current = siblings.nth(current, tag, n)
            if current is None:
                return None
        elif match.group("kind") in ("comment", "processing-instruction") and current is not None:
            kind = etree.Comment if match.group("kind") == "comment" else etree.PI
            found = siblings.nth(current, kind, int(match.group("kn")))
            return Node(found if found is not None else current)
        elif current is not None:  # text(): the element holding it
            return Node(current)
    if position != len(location):
        return None
    return Node(current) if current is not None else None


class Positions:
    """Line and column of every element's start tag in one document's bytes."""

    def __init__(self, tree: etree._ElementTree, data: bytes) -> None:
        self._tree = tree
        self._data = data
        self._scanned = False
        self._starts: list[int] = []
        self._lines: list[int] = []
        self._order: dict[etree._Element, int] = {}

    def _scan(self) -> None:
        span = doctype_span(self._data)
        tokens = _TOKEN.finditer(self._data, span[1] if span else 0)
        self._starts = [t.start() for t in tokens if t.group(1) is None]
        self._lines = [m.end() for m in re.finditer(rb"\n", self._data)]
        self._order = {e: i for i, e in enumerate(self._tree.getroot().iter(tag=etree.Element))}
        self._scanned = True

    def of(self, node: Node) -> tuple[int | None, int | None]:
        """(line, column) of *node*, 1-based; the column of an attribute is its name's."""
        element = node.element
        if not isinstance(element.tag, str):
            return line_of(element), None
        if not self._scanned:
            self._scan()
        index = self._order.get(element)
        if index is None or index >= len(self._starts):
            return line_of(element), None
        offset = self._starts[index]
        if node.attribute is not None:
            local = etree.QName(node.attribute).localname.encode()
            found = re.compile(rb"[\s:]" + re.escape(local) + rb"\s*=").search(
                self._data, offset, self._data.find(b">", offset) + 1 or len(self._data)
            )
            if found:
                offset = found.start() + 1
                if self._data[found.start() : found.start() + 1] == b":":  # prefixed: the prefix
                    offset = self._data.rfind(b" ", 0, found.start()) + 1
        line = bisect_right(self._lines, offset) + 1  # offsets where lines 2, 3... begin
        line_start = self._lines[line - 2] if line > 1 else 0
        column = len(self._data[line_start:offset].decode("utf-8", "replace")) + 1
        return line, column


def doctype_span(data: bytes) -> tuple[int, int] | None:
    """Where the DOCTYPE declaration (with its internal subset) starts and ends, if any."""
    first_tag = next((t.start() for t in _TOKEN.finditer(data) if t.group(1) is None), len(data))
    start = data.find(b"<!DOCTYPE", 0, first_tag)
    if start < 0:
        return None
    depth, quote, pos = 0, None, start + 9
    while pos < len(data):
        char = data[pos : pos + 1]
        if quote:
            if char == quote:
                quote = None
        elif char in (b'"', b"'"):
            quote = char
        elif char == b"[":
            depth += 1
        elif char == b"]":
            depth -= 1
        elif char == b">" and depth == 0:
            return start, pos + 1
        pos += 1
    return start, len(data)
