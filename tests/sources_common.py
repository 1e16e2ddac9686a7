"""Helpers for the tests of the source formats: the TEI body of a conversion, layout marks out."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SOURCES = DATA / "sources"
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}
_SPACE = re.compile(r"\s+")
SCHEMA = etree.RelaxNG(etree.parse(str(ROOT / "schemas" / "stenogram.rng")))


def body_without_marks(tei: bytes) -> bytes:
    """The ``text/body`` of *tei* with the page breaks, line-break marks and a Word file's
    footnotes taken out (their surrounding text rejoined) and each run of white space, no-break
    spaces too, as one space (a PDF's text layer keeps no kind of space): what must equal the
    plain text's body."""
    body = etree.fromstring(tei).find(f"{{{TEI}}}text/{{{TEI}}}body")
    assert body is not None
    for node in body.iter():
        node.text = _SPACE.sub(" ", node.text) if node.text else node.text
        node.tail = _SPACE.sub(" ", node.tail) if node.tail else node.tail
    marks = [*body.iter(f"{{{TEI}}}pb", f"{{{TEI}}}lb"), *body.iterfind(".//t:note[@place='foot']", NS)]
    for mark in marks:
        parent, previous = mark.getparent(), mark.getprevious()
        assert parent is not None
        if previous is not None:
            previous.tail = (previous.tail or "") + (mark.tail or "")
        else:
            parent.text = (parent.text or "") + (mark.tail or "")
        parent.remove(mark)
    etree.indent(body)
    return etree.tostring(body)


def valid(tei: bytes) -> bool:
    """Whether *tei* is valid against the project's RelaxNG schema."""
    return bool(SCHEMA.validate(etree.fromstring(tei)))
