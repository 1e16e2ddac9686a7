"""The lossless guarantee: the words of the input, in order, are the words of the TEI text.

Words are runs of letters and digits; punctuation, brackets and white space may be re-encoded
(``[?]`` becomes ``<supplied>?</supplied>``) but no word may be dropped, added or moved. Lines
removed as furniture are accounted for by line number. Run after every conversion.
"""

from __future__ import annotations

import bisect
import re

from lxml import etree

from .errors import Location, LosslessError
from .model import Furniture
from .tei import TEI_NS

_WORD = re.compile(r"[^\W_]+")


def _input_words(text: str, furniture: list[Furniture]) -> tuple[list[str], list[int]]:
    """The words of the kept lines, and where each line's words start in that list."""
    removed = {item.line for item in furniture}
    words: list[str] = []
    starts: list[int] = []
    for number, line in enumerate(text.split("\n"), start=1):
        starts.append(len(words))
        if number not in removed:
            words.extend(_WORD.findall(line))
    return words, starts


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
    expected, starts = _input_words(text, furniture)
    body = root.find(f"{{{TEI_NS}}}text")
    found = _WORD.findall("".join(_text(body))) if body is not None else []
    if found == expected:
        return
    index = next((i for i, (a, b) in enumerate(zip(expected, found)) if a != b), min(len(expected), len(found)))
    if index >= len(expected):
        raise LosslessError(f"conversion would invent text: {found[index]!r} at the end", Location(name))
    line = bisect.bisect_right(starts, index)
    got = found[index] if index < len(found) else "the end of the text"
    context = " ".join(expected[max(0, index - 5) : index + 3])
    raise LosslessError(
        f"conversion would lose text: expected {expected[index]!r}, the TEI has {got!r} (near: {context!r})",
        Location(name, line),
    )
