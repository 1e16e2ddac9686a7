"""Plain text of a transcript whose page numbers each line at its right margin, as a tribunal's
transcripts copied from their pages print them (``JUDGE X: Please be seated.          12``).

Left in, a number ends every line's words: a wrapped sentence reads "… the spring of 13 1993?"
and a line break cut by the page is taken for a speech's end. A text is read as so numbered when
most of its lines end with a number of one or two digits and the numbers rise by one from line
to line (starting again at 1 on each page): the page's numbering, as the left margin's is
(:mod:`~stenogram.transcript.sources.numbered`). A count read out line by line ("Ward 1, Mr X,
votes 11" / "Ward 2, Ms Y, votes 12") ends its lines with rising numbers too, one space after
their words: numbers one space on are the margin's only where they start a page at 1 (a copy's
text extraction keeps no margin's gap: "… Dobro jutro, svjedoče. 6"), others only after a gap of
two spaces or more, or a tab. The numbers and the gap before them
are taken off and listed as left-out furniture, so that the lossless guarantee holds against
the text without them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from stenogram.transcript.model import Origin
from stenogram.transcript.regexcache import regex
from stenogram.transcript.sources import Extracted, Left

# A line's number at its end after a space, or a line that is its number alone (a blank line
# of the page, numbered all the same).
_TRAILING = regex(r"(?:(?<=\S)[ \t]+|^[ \t]*)([1-9]\d?)[ \t]*$")
# the same at any line's end of a whole text, and a line with a letter or digit: counted at once,
# they rule out most texts before their lines are read one by one
_TRAILING_LINE = regex(r"(?:[ \t]|^)[1-9]\d?[ \t]*$", re.MULTILINE)
_WORDED_LINE = regex(r"^[^\n]*?[^\W_]", re.MULTILINE)
_MIN_LINES = 5  # fewer numbered lines prove no habit
_SHARE_NUMBERED = 0.6  # of the non-blank lines
_SHARE_RISING = 0.8  # of the steps from one numbered line to the next: +1 (or back to 1)


def extract_trailing_numbers(text: str) -> Extracted | None:
    """The text of a transcript numbered at its right margin without its numbers; None for any
    other text."""
    numbered_lines = len(_TRAILING_LINE.findall(text))
    if numbered_lines < _MIN_LINES or numbered_lines < _SHARE_NUMBERED * len(_WORDED_LINE.findall(text)):
        return None
    lines = text.split("\n")
    found = [(i, _TRAILING.search(line)) for i, line in enumerate(lines) if line.strip()]
    numbered = [(i, m) for i, m in found if m]
    numbers = [int(m.group(1)) for _, m in numbered]
    rising = sum(1 for a, b in pairwise(numbers) if b in (a + 1, 1))
    if len(numbered) < _SHARE_NUMBERED * len(found) or rising < _SHARE_RISING * (len(numbers) - 1):
        return None
    gaps = [lines[i][m.start() : m.start(1)] for i, m in numbered if lines[i][: m.start()].strip()]
    paged = numbers[0] == 1 or 1 in numbers[1:]  # a page's numbering starts at 1
    if not paged and sum(1 for gap in gaps if "\t" in gap or len(gap) > 1) < _SHARE_RISING * len(gaps):
        return None  # the numbers follow the words one space on and start on no page: the lines' own
    left: list[Left] = []
    run_start = 0
    for k, (i, m) in enumerate(numbered):
        lines[i] = lines[i][: m.start()]
        if k + 1 == len(numbered) or numbers[k + 1] != numbers[k] + 1:
            lines_run = f"lines {numbered[run_start][0] + 1}–{i + 1}"
            left.append(Left(lines_run, f"{numbers[run_start]}–{numbers[k]}", "line-number"))
            run_start = k + 1
    return Extracted("\n".join(lines), Origin("plain text with line numbers"), left=left)
