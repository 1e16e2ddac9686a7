"""Plain text with a column of line numbers, as court reporters and some parliaments print it, or
with each paragraph numbered as a Word file's numbered list is saved as text (``12.`` and a tab).

``12   JUSTICE DOE: …`` — the number belongs to the page, not to the words: left in, it would
fuse with the text of a wrapped line ("Robert Jones3 for the government") and hide the labels
that start the lines. A text is read as numbered when most of its lines open with a number and
the numbers rise by one from line to line (starting again on each page); the numbers are then
taken off and listed as left-out furniture, so that the lossless guarantee holds against the
text without them. Such pages set a paragraph apart by indenting its first line (a label, a Q.,
a narrative line), not by a blank line: an indented line starts a new paragraph, and a short line
all in capitals (``DIRECT EXAMINATION``, ``BY MR. JONES:``) is a paragraph of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from stenogram.transcript.candidate import UPPER
from stenogram.transcript.model import Origin
from stenogram.transcript.reader import TERMINAL, indent
from stenogram.transcript.regexcache import regex
from stenogram.transcript.sources import Extracted, Left

#: A line number: up to three digits at the line's start (after a little margin), then space,
#: the recording's clock before it on some lines as a tribunal's transcript prints it in the
#: margin ("09:40:03 15 first accused.", an arbitration's to the minute: "14:02  1  THE
#: PRESIDENT:"), or the page's number before it as some reporters print page and line ("1-11
#: MR. SMITH:", "14:10", an electronic transcript's page padded to five digits, "00014:01";
#: the line's number is the one counted, never after a point: "5.1", "5.2", "6.1" number the
#: paragraphs of minutes, the record's own);
#: or a numbered paragraph as a Word file saved as text writes its list's number ("12." and a tab).
_NUMBER = regex(
    r"^[ \t]{0,12}(?:(?:\d\d:\d\d(?::\d\d)?[ \t]+(?=\d{1,3}(?:[ \t\u3000]|$)))?"
    r"(?:(?:\d{1,4}|0\d{4})[-:])?(\d{1,3})(?=[ \t\u3000]|$)"
    r"|(\d{1,4})\.\t)"
)
_CLOCK = regex(r"\d\d:\d\d(?::\d\d)?(?=[ \t]+\d)")
_PAGED = regex(r"\d[-:]\d{1,3}$")  # a line's number after its page's, as the number ends
_PADDED_PAGE = regex(r"[ \t]*0\d{4}:")  # a page's number padded to five digits: no range, no clock
# A time of day at a line's start, its minute with its zero ("10:01", "9:05"): a log's clock, as a
# hearing's prints the minute of each entry; no page prints a line's number so, and a line's
# number is never 0 where an hour's minutes begin again.
_CLOCKED = regex(r"\d:0\d$")
# The same number at any line's start in a whole text, and a line with a letter or digit (no
# blank line): counted at once, they rule out most texts before their lines are read one by one.
_NUMBERED_LINE = regex(_NUMBER.pattern, re.MULTILINE)
_WORDED_LINE = regex(r"^[^\n]*?[^\W_]", re.MULTILINE)
_LISTED_LINE = regex(r"^[ \t]{0,12}\d{1,4}\.\t", re.MULTILINE)  # a list's number and its tab
_MIN_LINES = 5  # fewer numbered lines prove no habit
_MIN_LIST = 1  # … but a paragraph numbered "12." and a tab is a list's, saved as text
_MIN_LIST_COVER = 3  # a list's paragraphs under a cover: its number and tab say the habit sooner
_SHARE_NUMBERED = 0.6  # of the non-blank lines
_SHARE_RISING = 0.8  # of the steps from one numbered line to the next: +1 (or back to 1)
_INDENT = 3  # spaces beyond the margin that mark a paragraph's first line
_HEADING = 60  # the longest line taken for a heading when it is all in capitals
_CUT = 0.75  # of the widest line: a line that runs so far and ends no sentence was cut by the wrap


def extract_numbered(text: str) -> Extracted | None:
    """The text of a line-numbered transcript without its numbers; None for any other text."""
    numbered_lines = len(_NUMBERED_LINE.findall(text))  # most texts: none, told without a line's split
    if numbered_lines < _MIN_LIST:
        return _extract_sparse(text)
    if numbered_lines < _SHARE_NUMBERED * len(_WORDED_LINE.findall(text)):
        # a list's number and tab on every numbered line say the habit in fewer lines than a margin's
        listed = len(_LISTED_LINE.findall(text)) == numbered_lines
        short = listed and numbered_lines < _MIN_LINES
        under_cover = numbered_lines >= (_MIN_LIST_COVER if listed else _MIN_LINES) and _under_cover(
            text, short
        )
        return under_cover or _extract_sparse(text)
    # a page's cover above and its foot below (its number, the reporter's name) may together
    # bring the numbered lines under their share: the numbering is then read from under the cover
    return _extract_lines(text, 0) or (numbered_lines >= _MIN_LINES and _under_cover(text)) or None


_LABELLED_LINES = 2  # numbered lines opening with a label that make a numbered excerpt a record's


def _under_cover(text: str, whole: bool = False) -> Extracted | None:
    """The text of a line-numbered excerpt under a cover whose lines bear no number (a court's or
    a commission's title page, the hearing's place and day, counsel appearing), as a record's
    excerpt is printed with its page: the numbering is read from its first line that the next
    one goes on (a day of the month at a line's start is no such line). A list numbered in a
    speech is no excerpt: its lines open with no labels ("1 THE COMMISSIONER:", "3 MR PRYOR:").
    A list of fewer lines (*whole*) is the excerpt's only where it runs to the end, every line
    under its first numbered or indented as its paragraph's wrap: a speech's numbered questions
    ("1.<TAB>Q. How many …?") go on with the speech at the margin below them."""
    lines = text.split("\n")
    numbered = [(i, m) for i, line in enumerate(lines) if (m := _NUMBER.match(line)) and line.strip()]
    start = next((i for (i, m), (j, n) in pairwise(numbered) if _goes_on(lines, i, m, j, n)), None)
    if start is None:
        return None
    if whole and any(line[:1].strip() and not _NUMBER.match(line) for line in lines[start:]):
        return None
    labelled = sum(1 for i, m in numbered if i >= start and _LABEL_LINE.match(lines[i], m.end()))
    return _extract_lines(text, start) if labelled >= _LABELLED_LINES else None


def _goes_on(lines: list[str], above: int, number: re.Match[str], below: int, after: re.Match[str]) -> bool:
    """Whether the numbered line *below* (its number *after*) goes on the one *above*: its
    number the next, no line with words between them."""
    first, then = number.group(1) or number.group(2), after.group(1) or after.group(2)
    if not first or not then or int(then) != int(first) + 1:
        return False
    return not any(line.strip() for line in lines[above + 1 : below])


# A line's opening as a record's label in capitals or a question's or an answer's mark, after its
# number: "THE COMMISSIONER:", "MR PRYOR:", "Q.", "A.".
_LABEL_LINE = regex(r"[ \t]*(?:[QA]\.|[^\W\d_a-z][^\s:a-z]*(?:[ \t]+[^\s:a-z]+){0,4}[ \t]*:)(?:\s|$)")


def _extract_lines(text: str, start: int) -> Extracted | None:
    """The text of a line-numbered transcript without its numbers, read from line *start* (the
    lines above it the cover's); None where the lines from there are not so numbered."""
    lines = text.split("\n")
    found = [(i, _NUMBER.match(line)) for i, line in enumerate(lines) if i >= start and line.strip()]
    numbered = [(i, m) for i, m in found if m]
    # a page's number before the line's is the page's habit or no line's: where most lines bear
    # none, a line opening with a range is the speech's words ("2-4 weeks, as …" under " 4   some");
    # where one is a time of day, they are all the log's clock ("10:01", "10:02", …), kept; but
    # a line going on in lower case under its number is a wrapped sentence's ("12:02   for the
    # record."), and its number a page's line, padded with a zero
    paged = sum(1 for _, m in numbered if _PAGED.search(m.group(0)))
    clocked = any(_CLOCKED.search(m.group(0)) for _, m in numbered) and not any(
        lines[i][m.end() :].lstrip()[:1].islower() for i, m in numbered
    )
    if 0 < paged < len(numbered) / 2 or clocked:
        numbered = [
            (i, m) for i, m in numbered if not _PAGED.search(m.group(0)) or _PADDED_PAGE.match(m.group(0))
        ]
    listed = sum(1 for _, m in numbered if m.group(2))  # a list's numbers and tabs say it at once
    least = _MIN_LIST if listed == len(numbered) else _MIN_LINES
    numbers = [int(m.group(1) or m.group(2)) for _, m in numbered]
    short = len(numbered) < least and _labelled_excerpt(lines, numbered, numbers, len(found))
    if (len(numbered) < least and not short) or len(numbered) < _SHARE_NUMBERED * len(found):
        return None
    rising = sum(1 for a, b in pairwise(numbers) if b == a + 1 or b == 1)
    if rising < _SHARE_RISING * (len(numbers) - 1):
        return None
    left: list[Left] = []
    run_start = 0
    for k, (i, m) in enumerate(numbered):
        lines[i] = " " * m.end() + lines[i][m.end() :]
        if clock := _CLOCK.search(m.group(0)):
            left.append(Left(f"line {i + 1}", clock.group(0), "timestamp"))
        last = k + 1 == len(numbered) or numbers[k + 1] != numbers[k] + 1
        if last:
            first_line, end_line = numbered[run_start][0] + 1, i + 1
            kind = "paragraph-number" if m.group(2) else "line-number"
            left.append(Left(f"lines {first_line}–{end_line}", f"{numbers[run_start]}–{numbers[k]}", kind))
            run_start = k + 1
    body = [lines[i] for i, _ in numbered]
    if _double_spaced([i for i, _ in numbered], lines):
        lines = [line for line in lines if line.strip()]
    return Extracted("\n".join(_set_apart(lines, body)), Origin("plain text with line numbers"), left=left)


_MIN_EXCERPT = 3  # numbered lines of a record's few lines cut from its page, every one a label's or not


def _labelled_excerpt(
    lines: list[str], numbered: list[tuple[int, re.Match[str]]], numbers: list[int], found: int
) -> bool:
    """Whether a few numbered lines are a record's excerpt cut from its numbered page ("14   Q.
    Where were you …", "3 Zeuge X: Das ist richtig."): too few to prove a habit alone, they
    prove it where every line bears its number, each the next, and two or more open with a
    label or a question's or an answer's mark after it."""
    if not _MIN_EXCERPT <= len(numbered) == found or any(b != a + 1 for a, b in pairwise(numbers)):
        return False
    labelled = sum(1 for i, m in numbered if _LABEL_OPENING.match(lines[i][m.end() :].lstrip()))
    return labelled >= _LABELLED_LINES


# Every fifth or tenth line numbered in the margin, as South Africa's commissions of inquiry print
# their transcripts ("10 CHAIRPERSON: Before you do that …", "20 of our life. But …") and German
# Landtage their PDF copies (" 5 Abg. X (SPD):", "10 Vielen Dank."): a number that is a multiple
# of five, at a line's start before its words, or glued to a capital where the copy lost the space
# ("10Vielen Dank.", "15Abg. X (SPD):"; "10th", "5km" begin a speech's line).
_SPARSE_NUMBER = regex(rf"^[ \t]{{0,12}}([1-9][05]|5)(?:[ \t]+(?=\S)|(?=[{UPPER}]))", re.MULTILINE)
_SPARSE_MAX = 60  # the highest line number a page reaches
_SPARSE_FIRST = 5  # a page's first number, one digit: the margin's only where its next is in step


def _extract_sparse(text: str) -> Extracted | None:
    """The text of a transcript that numbers every fifth or tenth line in its margin, without the
    numbers; None for any other text. Numbers so placed count the lines: from one to the next on
    a page, as many lines (not blank) as the numbers differ, and a page's first starts again
    lower. Two that prove it, and no number out of step, make them the margin's."""
    if len(_SPARSE_NUMBER.findall(text)) < 2:  # most texts: told without a line's split
        return None
    lines = text.split("\n")
    worded = [i for i, line in enumerate(lines) if line.strip()]
    found = [(k, i, _SPARSE_NUMBER.match(lines[i])) for k, i in enumerate(worded)]
    numbered = [(k, i, m) for k, i, m in found if m and int(m.group(1)) <= _SPARSE_MAX]
    numbered = [entry for at, entry in enumerate(numbered) if not _glued(entry) or _in_step(numbered, at)]
    numbered = [entry for at, entry in enumerate(numbered) if _margin_number(numbered, at)]
    steps = [(b[0] - a[0], int(b[2].group(1)) - int(a[2].group(1))) for a, b in pairwise(numbered)]
    counted = sum(1 for apart, rise in steps if apart == rise)
    # the number's place is left as the margin the other lines keep ("   Abg. X" under "   Text"),
    # so that a numbered line's indent parts no paragraph the others' does not
    margin = Counter(indent(lines[i]) for i in worded).most_common(1)[0][0]
    if counted < 1 or any(rise > 0 and apart != rise for apart, rise in steps):
        if not _in_margin(lines, worded, numbered, steps):
            return None
        margin = max(m.end() for _, _, m in numbered)
    left: list[Left] = []
    for _, i, m in numbered:
        left.append(Left(f"line {i + 1}", m.group(1), "line-number"))
        lines[i] = " " * min(margin, m.end()) + lines[i][m.end() :]
    return Extracted("\n".join(lines), Origin("plain text with line numbers"), left=left)


def _in_margin(
    lines: list[str],
    worded: list[int],
    numbered: list[tuple[int, int, re.Match[str]]],
    steps: list[tuple[int, int]],
) -> bool:
    """Whether the numbers of *numbered* stand in the margin the other lines of *worded* keep
    clear, an excerpt's lines between them cut ("10 COURT: Yes, Mr X?" over "   MR X: M'Lord, …"
    and "20 COURT: Noted."): each line's words begin at the column where most unnumbered lines'
    begin, the numbers rising on one page; a speech's figure at a line's start stands at the
    margin."""
    taken = {i for _, i, _ in numbered}
    clear = Counter(indent(lines[i]) for i in worded if i not in taken).most_common(1)
    margin = clear[0][0] if clear else 0
    return (
        len(numbered) >= _SPARSE_PROOF
        and margin > 0
        and all(rise > 0 for _, rise in steps)
        and all(m.end() == margin and "\t" not in m.group() for _, _, m in numbered)
    )


_SPARSE_PROOF = 2  # numbers in the margin, rising, that prove it where the lines between are cut


def _glued(entry: tuple[int, int, re.Match[str]]) -> bool:
    """Whether the number of *entry* is glued to its line's first capital ("10Vielen Dank.")."""
    return entry[2].group()[-1:].isdigit()


def _in_step(numbered: list[tuple[int, int, re.Match[str]]], at: int) -> bool:
    """Whether the number of *numbered*'s entry *at* is in step with the one before or after it,
    as many lines apart as the numbers differ: a number glued to a capital is the margin's only
    so, a speech's word that opens with a figure ("5G-Netz", "50Hertz" at a wrapped line's start)
    standing out of step."""
    place, _, number = numbered[at]
    return any(
        other - place == int(other_number.group(1)) - int(number.group(1))
        for other, _, other_number in numbered[max(0, at - 1) : at] + numbered[at + 1 : at + 2]
    )


def _margin_number(numbered: list[tuple[int, int, re.Match[str]]], at: int) -> bool:
    """Whether the number of *numbered*'s entry *at* (a worded line's place, its line, the
    number) may be the margin's: any of two digits; a lone digit where it is a page's first, the
    next its line's five lines below, or where it starts a last page again below a higher number.
    Any other is the speech's own ("5 Millionen Euro" at a wrapped line's start)."""
    place, _, number = numbered[at]
    if int(number.group(1)) != _SPARSE_FIRST:
        return True
    if at + 1 == len(numbered):
        return at > 0 and int(numbered[at - 1][2].group(1)) > _SPARSE_FIRST
    after, _, next_number = numbered[at + 1]
    return (after - place, int(next_number.group(1))) == (_SPARSE_FIRST, 2 * _SPARSE_FIRST)


_SHARE_SPACED = 0.8  # of the steps from one numbered line to the next: over one blank line


def _double_spaced(places: list[int], lines: list[str]) -> bool:
    """Whether a blank line stands between nearly every two numbered lines (*places*), as a web
    page of a tribunal's transcript sets each line apart: the blank lines part no paragraphs."""
    steps = list(pairwise(places))
    spaced = sum(1 for a, b in steps if b == a + 2 and not lines[a + 1].strip())
    return bool(steps) and spaced >= _SHARE_SPACED * len(steps)


# A line that is one note in brackets or parentheses ("[Private session]", "(redacted)" on each
# line a tribunal's record blanks out), or a time line after its dashes ("--- Upon recessing at
# 10:45 a.m."): a paragraph of its own, wherever its margin.
_NOTE = regex(r"[\[(][^\[\]()]{1,60}[\])]\.?|-{2,3} ?[^\W\d_].*")


def _heading(line: str) -> bool:
    """Whether *line* is a paragraph of its own: short and all in capitals, or one note."""
    text = line.strip()
    capitals = 0 < len(text) <= _HEADING and any(c.isalpha() for c in text) and text.upper() == text
    return capitals or _NOTE.fullmatch(text) is not None


def _set_apart(lines: list[str], body: list[str]) -> list[str]:
    """*lines* with a blank line before each paragraph's indented first line, and around each
    heading. The margin is that of the numbered lines (*body*): a line without a number (a
    page's heading at the left edge, "Page 4411") is the page's, not the text's."""
    texts = [line for line in body if line.strip()]
    margin = min((indent(line) for line in texts), default=0)
    base = _hanging(texts, margin)
    # the numbered lines' width: a cover's line above them (a reporter's address) may run wider
    width = max((len(line.rstrip()) for line in texts), default=0)
    # a page whose lines all keep one margin (an international court's) marks no paragraph by
    # its indent: a line that stops short of the margin's far end ended one
    flat = all(indent(line) < margin + _INDENT for line in texts)
    out: list[str] = []
    after_heading = False
    for line in lines:
        # a line at the margin under one the wrap cut goes on with it, in capitals too (a
        # heading of two lines: "ВТОРО ГЛАСУВАНЕ НА ЗАКОНОПРОЕКТА ЗА ИЗМЕНЕНИЕ И" / "ДОПЪЛНЕНИЕ …")
        above = out[-1].rstrip() if out else ""
        cut = (
            bool(above)
            and len(above) >= _CUT * width
            and above[-1] not in TERMINAL
            and base - _INDENT < indent(line) < base + _INDENT
        )
        # one note in brackets on its line ("(10.00 am)" under a centred date) is never a cut line's
        heading = (_heading(line) and not cut) or _NOTE.fullmatch(line.strip()) is not None
        # … unless it leaves a parenthesis open: "(The hearing adjourned until 10.00 am" / "on …)"
        short = flat and bool(above) and len(above) < _CUT * width and above.count("(") <= above.count(")")
        starts = line.strip() and (
            heading
            or ((after_heading or short) and not cut)
            or indent(line) >= base + _INDENT
            or (base > margin and indent(line) < base - 1)  # a label at the margin of hanging lines
        )
        if starts and out and out[-1].strip():
            out.append("")
        out.append(line)
        after_heading = heading
    return out


# A line's opening as a label's or an answer's: "MS ASHBY:", "SIR EDMUND HALE:", "Q.", "A.".
_LABEL_OPENING = regex(r"(?:[QA]\.|[^\W\d_][^\s:]*(?:[ \t]+[^\s:]+){0,4}[ \t]*:)(?:\s|$)")
_HANGING = 0.6  # of the lines at the margin that open with a label: the labels hang out


def _hanging(texts: list[str], margin: int) -> int:
    """The indent of the lines that go on with a paragraph: the margin, or, where the lines at
    the margin open with labels and answers and the lines of speech below them are indented (a
    British inquiry's reporter: "MS ASHBY:  Good morning, Mr Chairman.  I call Mr Daniel" /
    "    Corran, please."), the indent most indented lines keep."""
    at_margin = [line.strip() for line in texts if indent(line) < margin + _INDENT]
    labelled = sum(1 for line in at_margin if _LABEL_OPENING.match(line))
    indented = Counter(indent(line) for line in texts if indent(line) >= margin + _INDENT)
    if not indented or not at_margin or labelled < _HANGING * len(at_margin):
        return margin
    common, count = indented.most_common(1)[0]
    return common if count >= 2 else margin
