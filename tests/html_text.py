"""Test helpers: the text of TEI bodies and of rendered bodies, compared by the no-loss rule.

The rule (documented in xslt/html/edition.xsl): every TEI body becomes one
``<section data-tei="body">``; removing every element with ``data-generated`` (paragraph
numbers, brackets, note marks, generated attributions, page numbers, image links) from it
leaves the body's text. Both sides are compared with whitespace normalised (runs of
whitespace as one space, none at the ends).
"""

from __future__ import annotations

import copy

from lxml import etree

TEI = "http://www.tei-c.org/ns/1.0"
XHTML = "http://www.w3.org/1999/xhtml"
NS = {"t": TEI, "h": XHTML}


def normalised(text: str) -> str:
    return " ".join(text.split())


def tei_bodies(tree: etree._ElementTree) -> list[str]:
    """The text of each TEI body of a document (a teiCorpus has several), in order."""
    return [normalised(body.xpath("string()")) for body in tree.xpath("//t:TEI/t:text/t:body", namespaces=NS)]


def source_text(element: etree._Element) -> str:
    """The text of a rendered element that comes from the TEI: generated elements removed."""
    element = copy.deepcopy(element)
    for generated in element.xpath(".//*[@data-generated]"):
        parent, previous, tail = generated.getparent(), generated.getprevious(), generated.tail
        if tail and previous is not None:
            previous.tail = (previous.tail or "") + tail
        elif tail:
            parent.text = (parent.text or "") + tail
        parent.remove(generated)
    return normalised(element.xpath("string()"))


def rendered_bodies(page: etree._ElementTree) -> list[str]:
    """The text of each rendered body, generated text removed."""
    return [source_text(section) for section in page.xpath("//h:section[@data-tei='body']", namespaces=NS)]


def parse_page(text: str) -> etree._ElementTree:
    """A rendered page (XHTML syntax) as an lxml tree."""
    return etree.fromstring(text.encode("utf-8")).getroottree()
