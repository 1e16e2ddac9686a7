"""Plain text of a line-numbered transcript that a copy flattened: the page's line numbers stand
inside the running text, each where its line began (``… the question 7 is whether …  8 JUSTICE
X: …``), as a court's argument transcript copied from its PDF without its line breaks.

Left in, a number hides the label that opened its line and breaks the sentence it cut. They are
told from a speech's numbers by their run: standalone numbers of one or two digits that rise by
one, one line's words apart, many of them in a row (back to 1 on a new page); those are taken
off and listed as left-out furniture, the text's own numbers between them kept.
"""

from __future__ import annotations

import re

from stenogram.transcript.model import Origin
from stenogram.transcript.regexcache import regex
from stenogram.transcript.sources import Extracted, Left

# A number of one or two digits standing alone between spaces, as a line's number in the text.
_STANDALONE = regex(r"(?<=[ \t])([1-9]\d?)[ \t]+(?=\S)")
_MIN_RUN = 8  # numbers in a row, each the next, that prove the page's numbering
_LINE_SPAN = (12, 110)  # characters of a printed line between two numbers
_PAGE_LINES = 20  # the page's last number at the least, before its next page opens with 1
_COVERED = 0.5  # the share of the text the runs must span: the whole record is numbered
_MIDSENTENCE = 0.25  # the share of the numbers at least that stand before a word in lower case
# The page's number that a reporter's transcript prints over its first line, run into the text
# before that line's number 1: "… The fire soon broke out Page 2 1 of the flat, …"; its word
# capitalised as the page's head sets it, where a speaker's "… the table at page 14" / "1 of the
# report" is a sentence the page break cut.
_PAGE_BEFORE = regex(r"(?<=\S)[ \t]+(?:Page|PAGE|Pg\.|PG\.)[ \t]+(?P<page>\d{1,5})$")
# A line shorter than a printed line's least that ends a sentence, a speech's last words on it
# ("… on this particular 18 issue? 19 MR X: No, …", "20 JUDGE Y: Right, okay. 21 …"): the
# number after it counts the next line all the same.
_SHORT_LAST = regex(r"[ \t]*[^\W\d_][^\n]{0,10}?[.?!…][\"”’)]?[ \t]*")


def extract_inline_numbers(text: str) -> Extracted | None:
    """The text of a flattened line-numbered transcript without its line numbers; None where no
    run of such numbers is found, or the runs span too little of the text to be its numbering."""
    found = list(_STANDALONE.finditer(text))
    if len(found) < _MIN_RUN:  # most texts: told at once
        return None
    runs = _runs(found)
    # a page's numbering runs through the text and its lines break mid-sentence, many a number
    # before a word in lower case; a list read out in prose ("1 Apologies 2 Minutes … 8 Any other
    # business") numbers items that each open with a capital, and is the speech's
    numbers = [match for run in runs for match in run]
    if (
        sum(run[-1].end() - run[0].start() for run in runs) < len(text.strip()) * _COVERED
        or sum(text[match.end()].islower() for match in numbers) < len(numbers) * _MIDSENTENCE
    ):
        return None
    left: list[Left] = []
    cut: list[re.Match[str]] = []
    for run in runs:
        cut.extend(run)
        where = f"line {text.count(chr(10), 0, run[0].start()) + 1}"  # the flattened line it stood on
        left.append(Left(where, f"{run[0].group(1)}–{run[-1].group(1)}", "line-number"))
    lines: list[str] = []
    at = 0
    pages = 0  # the pages opened so far by a line 1
    first: int | None = None  # the first page's number, as the pages' numbers read before
    for match in sorted(cut, key=lambda m: m.start()):
        line = text[at : match.start()].rstrip(" \t")
        pages += match.group(1) == "1"
        # a new page's number before its line 1: "… broke out Page 2 1 of the flat", each page's
        # number one more than the page's before
        page = _PAGE_BEFORE.search(line) if match.group(1) == "1" else None
        if page and (first is None or int(page.group("page")) == first + pages - 1):
            first = int(page.group("page")) - pages + 1
            where = f"line {text.count(chr(10), 0, match.start()) + 1}"
            left.append(Left(where, page.group().strip(), "page-number"))
            line = line[: page.start()].rstrip(" \t")
        lines.append(line)
        at = match.end()
    lines.append(text[at:])
    return Extracted("\n".join(lines), Origin("plain text with line numbers"), left=left)


def _runs(found: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The runs of *found* numbers that count a page's lines: each the one before plus one (or 1
    after a page's last), a printed line's words after the one before; a number between them is
    the speech's. Each number may open a run; runs shorter than :data:`_MIN_RUN` are none."""
    runs: list[list[re.Match[str]]] = []
    open_runs: list[list[re.Match[str]]] = []
    for match in found:
        number = int(match.group(1))
        going: list[list[re.Match[str]]] = []
        for run in open_runs:
            if match.start() - run[-1].end() <= _LINE_SPAN[1]:
                going.append(run)
            elif len(run) >= _MIN_RUN:
                runs.append(run)
        open_runs = going
        taken = next((run for run in open_runs if _follows(run[-1], match, number)), None)
        if taken is not None:
            taken.append(match)
        else:
            open_runs.append([match])
    runs.extend(run for run in open_runs if len(run) >= _MIN_RUN)
    return runs


def _follows(last: re.Match[str], match: re.Match[str], number: int) -> bool:
    """Whether *match*, the number *number*, counts the line after the one *last* counted."""
    expected = int(last.group(1)) + 1
    apart = match.start() - last.end()
    short = apart < _LINE_SPAN[0] and _SHORT_LAST.fullmatch(match.string, last.end(), match.start())
    return (number == expected or (number == 1 and expected > _PAGE_LINES)) and (
        apart >= _LINE_SPAN[0] or short is not None
    )
