"""Plain text whose lines a record's export encloses in a pair of like tags: the Knesset's
protocols mark each speaker's label ``<< דובר >> שרה לוי (יש עתיד): << דובר >>``, the chair's
``<< יור >> …: << יור >>``, a guest's, a call from the floor, a speaker going on, and the
subject of the debate ``<< נושא >> … << נושא >>``, with a tag alone where the sitting ends.

The tags are no words of the record: they are taken off and listed as left-out furniture, so
that the lossless guarantee holds against the text without them. What they enclose tells what
the line is: a label (it ends with its colon), believed as a bold label is, or else a heading. A
text with fewer such lines is left to the plain-text reader.
"""

from __future__ import annotations

from stenogram.transcript.model import Origin
from stenogram.transcript.regexcache import regex
from stenogram.transcript.sources import Extracted, Left

# A tag: a word or two between double angle brackets ("<< דובר_המשך >>").
_TAG = r"<<[ \t]*[^\W\d][^<>\n]{0,24}?[ \t]*>>"
# A line the same tag opens and closes, and what it encloses.
_ENCLOSED = regex(rf"[ \t]*(?P<tag>{_TAG})[ \t]*(?P<text>.*?)[ \t]*(?P<end>{_TAG})[ \t]*")
_ALONE = regex(rf"[ \t]*{_TAG}[ \t]*")
_MIN_LINES = 2  # enclosed lines that make the tags the text's habit, not a quotation


def _same(opening: str, closing: str) -> bool:
    """Whether two tags are one: their words alike, whatever the spaces inside the brackets."""
    return opening[2:-2].strip() == closing[2:-2].strip()


def extract_tagged(text: str) -> Extracted | None:
    """The text of a transcript whose labels and headings are enclosed in tags, without them;
    None for any other text."""
    if "<<" not in text:
        return None
    lines = text.split("\n")
    enclosed = [(number, _ENCLOSED.fullmatch(line)) for number, line in enumerate(lines)]
    found = [(number, m) for number, m in enclosed if m and _same(m.group("tag"), m.group("end"))]
    if len(found) < _MIN_LINES:
        return None
    left: list[Left] = []
    labels: list[tuple[str, str]] = []
    headings: list[str] = []
    for number, match in found:
        inner = match.group("text")
        left += [Left(f"line {number + 1}", match.group(tag), "tag") for tag in ("tag", "end")]
        lines[number] = inner
        if inner.rstrip().endswith((":", "：")):
            labels.append((inner.rstrip()[:-1], inner))
        elif inner:
            headings.append(inner)
    for number, line in enumerate(lines):
        if _ALONE.fullmatch(line):
            left.append(Left(f"line {number + 1}", line.strip(), "tag"))
            lines[number] = ""
    return Extracted(
        "\n".join(lines),
        Origin("plain text with tagged labels"),
        bold_starts=labels,
        headings=headings,
        left=left,
    )
