"""The lossless guarantee: the words of the input, in order, are the words of the TEI text.

Words are runs of letters and digits; punctuation, brackets and white space may be re-encoded
(``[?]`` becomes ``<supplied>?</supplied>``) but no word may be dropped, added or moved. Lines
removed as furniture are accounted for by line number. Run after every conversion.
"""

from __future__ import annotations

import re

from lxml import etree

from stenogram.errors import Location, LosslessError
from stenogram.tei.encode import TEI_NS
from stenogram.transcript.model import Furniture

WORD = re.compile(r"[^\W_]+")  # a word: what must be kept, in order


def _kept_lines(text: str, furniture: list[Furniture]) -> list[str]:
    """The lines of *text*, those removed as furniture blanked (so line numbers stay)."""
    removed = {item.line for item in furniture}
    return ["" if number in removed else line for number, line in enumerate(text.split("\n"), start=1)]


def _line_of(lines: list[str], index: int) -> int:
    """The line on which the word at *index* of the kept text stands."""
    seen = 0
    for number, line in enumerate(lines, start=1):
        seen += len(WORD.findall(line))
        if seen > index:
            return number
    return len(lines)


BLOCKS = frozenset(["front", "docTitle", "titlePart", "div", "head", "p", "sp", "speaker", "stage"])


def _text(element: etree._Element) -> list[str]:
    """The text of *element*, with a space at every block boundary so that words never fuse."""
    block = etree.QName(element).localname in BLOCKS
    parts = [" "] if block else []
    parts.append(element.text or "")
    for child in element:
        parts.extend(_text(child))
        parts.append(child.tail or "")
    if block:
        parts.append(" ")
    return parts


def check_lossless(text: str, furniture: list[Furniture], root: etree._Element, name: str) -> None:
    """Raise :class:`LosslessError` at the first word where input and TEI text differ."""
    lines = _kept_lines(text, furniture)
    expected = WORD.findall("\n".join(lines))
    body = root.find(f"{{{TEI_NS}}}text")
    found = WORD.findall("".join(_text(body))) if body is not None else []
    if found == expected:
        return
    index = next(
        (i for i, (a, b) in enumerate(zip(expected, found)) if a != b), min(len(expected), len(found))
    )
    if index >= len(expected):
        raise LosslessError(f"conversion would invent text: {found[index]!r} at the end", Location(name))
    line = _line_of(lines, index)
    got = found[index] if index < len(found) else "the end of the text"
    context = " ".join(expected[max(0, index - 5) : index + 3])
    raise LosslessError(
        f"conversion would lose text: expected {expected[index]!r}, the TEI has {got!r} (near: {context!r})",
        Location(name, line),
    )
