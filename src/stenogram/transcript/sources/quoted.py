"""Plain text of a record quoted in an email or a forum post, its lines behind the reply's quote
marks (``> THE COURT: Counsel, you may proceed.``, ``> > Vorsitzender: …`` quoted again, a
message forwarded or answered with the transcript in it): the marks are no words of the record.
They are taken off and listed as left-out furniture, so that the lossless guarantee holds against
the text without them, and the labels open their lines again. A text with fewer quoted lines is left to the
plain-text reader (a speech quoting a line so marked).
"""

from __future__ import annotations

import re

from stenogram.transcript.model import Origin
from stenogram.transcript.regexcache import regex
from stenogram.transcript.sources import Extracted, Left

# A reply's quote marks at a line's start, one per level and perhaps spaced: "> ", ">> ", "> > ".
# A text whose every mark is ">>" is a closed caption's, which marks each change of speaker so
# (``>> MAYOR X: …``, its lines wrapped under it unmarked): the reader reads those marks.
_QUOTED = regex(r"^[ \t]*>(?:[ \t]?>)*[ \t]?", re.MULTILINE)
_MIN_LINES = 3  # quoted lines that make a quotation of the record, not a line quoted in a speech
_SHARE = 3  # and a third of the written lines or more: the message's own words are the rest


def extract_quoted(text: str) -> Extracted | None:
    """The text of a message quoting a record, its lines without the quote marks; None for any
    other text."""
    if not text.startswith(">") and "\n>" not in text and "\n >" not in text:
        return None
    lines = text.split("\n")
    found = [(number, match) for number, line in enumerate(lines) if (match := _QUOTED.match(line))]
    written = sum(1 for line in lines if line.strip())
    if len(found) < _MIN_LINES or len(found) * _SHARE < written:
        return None
    if all(match.group().strip() == ">>" for _, match in found):
        return None  # a closed caption's change of speaker, each turn's first line only: ">> MAYOR X: …"
    left: list[Left] = []
    for number, match in found:
        left.append(Left(f"line {number + 1}", match.group().strip(), "quote-mark"))
        lines[number] = lines[number][match.end() :]
    return Extracted("\n".join(lines), Origin("plain text quoted in a message"), left=left)
