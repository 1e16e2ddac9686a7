"""The lossless guarantee: the words of the input, in order, are the words of the TEI text.

Words are runs of letters and digits; punctuation, brackets and white space may be re-encoded
(``[?]`` becomes ``<supplied>?</supplied>``) but no word may be dropped, added or moved. Lines
removed as furniture are accounted for by line number. Run after every conversion.
"""

from __future__ import annotations

import re

from lxml import etree

from .errors import Location, LosslessError
from .model import Furniture
from .tei import TEI_NS

_WORD = re.compile(r"[^\W_]+")


def _input_words(text: str, furniture: list[Furniture]) -> list[tuple[str, int]]:
    removed = {item.line for item in furniture}
    words = []
    for number, line in enumerate(text.split("\n"), start=1):
        if number not in removed:
            words.extend((word, number) for word in _WORD.findall(line))
    return words


_BLOCKS = frozenset("front docTitle titlePart div head p sp speaker stage".split())


def _text(element: etree._Element) -> list[str]:
    """The text of *element*, with a space at every block boundary so that words never fuse."""
    block = etree.QName(element).localname in _BLOCKS
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
    expected = _input_words(text, furniture)
    body = root.find(f"{{{TEI_NS}}}text")
    found = _WORD.findall("".join(_text(body))) if body is not None else []
    for index, (word, line) in enumerate(expected):
        if index >= len(found) or found[index] != word:
            got = found[index] if index < len(found) else "the end of the text"
            context = " ".join(w for w, _ in expected[max(0, index - 5) : index + 3])
            raise LosslessError(
                f"conversion would lose text: expected {word!r}, the TEI has {got!r} (near: {context!r})",
                Location(name, line),
            )
    if len(found) > len(expected):
        raise LosslessError(f"conversion would invent text: {found[len(expected)]!r} at the end", Location(name))
