"""Plain text copied from a web viewer of a PDF that prints each line's HTML break as text
(``… den Parteitag fortsetzen.<br />``, a document site's copy of a party congress's minutes,
every line its paragraph): the tags are no words of the record. They are taken off and listed
as left-out furniture, so that the lossless guarantee holds against the text without them. A
text where fewer lines end so is left to the plain-text reader (markup quoted in a speech).
"""

from __future__ import annotations

import re

from stenogram.transcript.model import Origin
from stenogram.transcript.regexcache import regex
from stenogram.transcript.sources import Extracted, Left

# An HTML line break printed at a line's end: "<br />", "<br/>", "<BR>".
_BREAK = regex(r"[ \t]*<br[ \t]*/?>[ \t]*$", re.IGNORECASE | re.MULTILINE)
_MIN_LINES = 3  # lines ending so that make the tags the copy's habit, not a quotation


def extract_breaks(text: str) -> Extracted | None:
    """The text of a copy whose lines end with a printed HTML break, without the breaks; None
    for any other text (where they end fewer than half of its lines)."""
    if "<br" not in text and "<BR" not in text:
        return None
    lines = text.split("\n")
    found = [(number, match) for number, line in enumerate(lines) if (match := _BREAK.search(line))]
    written = sum(1 for line in lines if line.strip())
    if len(found) < _MIN_LINES or len(found) * 2 < written:
        return None
    left: list[Left] = []
    for number, match in found:
        left.append(Left(f"line {number + 1}", match.group().strip(), "tag"))
        lines[number] = lines[number][: match.start()]
    return Extracted("\n".join(lines), Origin("plain text with its line breaks' tags"), left=left)
