"""A PDF with a text layer (read by poppler's ``pdftotext -layout``; no OCR) → the text, its
pages and its furniture.

Per page: line numbers in the margin (a column of rising numbers before most lines, as court
reporters print them), the page number (a number alone on the first or last line, ``Page 3``,
``- 3 -``, ``3 of 12``) and running heads and feet (a first or last line that recurs on other
pages, its digits aside) are left out and listed. Each page's first line gets a page mark (a
``pb`` with the printed number, or the page's ordinal where none is printed), so the edition
cites the source's pages. Without blank lines between paragraphs, an indented line starts one.
A word broken across a line end is joined on the first line and
marked: a soft hyphen (U+00AD, what typesetters print) is dropped; a plain hyphen is dropped
where the document spells the word without it elsewhere, and kept otherwise. A paragraph ends
at a blank line, and at a page's end when its last line stops short after a sentence.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from stenogram.errors import InputError, Location, UsageError
from stenogram.transcript.model import Origin
from stenogram.transcript.reader import indent
from stenogram.transcript.regexcache import regex
from stenogram.transcript.sources import Extracted, Left, Mark

_MARGIN_NUMBER = regex(r"^\s{0,8}(\d{1,3})(\s+|$)")
_PAGE_NUMBER = regex(
    r"^(?:page|p\.|стр\.|с\.|seite|s\.)?\s*[-–—]?\s*(\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?"
    r"(?:\s*(?:of|из|von|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_RUNNING_LINES = 3  # the most lines a running head or foot takes
_DIGITS = regex(r"\d+")
_SPACES = regex(r"\s{2,}")
_SENTENCE_END = '.!?…:;»”")]'
_INDENT = 2  # columns past the left edge that make a line a paragraph's first
_SHORT = 0.85  # a page's last line shorter than this share of its longest line ends a paragraph
_BROKEN = regex(r"([^\W\d_]+)([\u00ad-])$")
_CONTINUES = regex(r"^([^\W\d_]\S*)(.*)$")  # a word's end, with the punctuation after it
_WORD = regex(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass
class _Page:
    """One page's lines of text (margin numbers gone) and what was taken off it."""

    number: int
    lines: list[str]
    printed: str | None = None
    left: list[Left] = field(default_factory=list)
    opens: bool | None = None  # whether its first line starts a paragraph, where indents tell


def _pdftotext(data: bytes, name: str) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        raise UsageError("reading a PDF needs poppler's pdftotext (Debian: apt-get install poppler-utils)")
    run = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", "-q", "-", "-"], input=data, capture_output=True, check=False
    )
    if run.returncode != 0:
        why = run.stderr.decode("utf-8", "replace").strip() or f"pdftotext exit status {run.returncode}"
        raise InputError(f"cannot read this PDF: {why}", Location(name))
    return run.stdout.decode("utf-8", "replace")


def _strip_margin_numbers(page: _Page, habit: bool) -> bool:
    """Take off a column of rising numbers standing before most of the page's lines: at least
    three, or fewer where other pages of the document showed the *habit*. Whether it did."""
    found = [(i, _MARGIN_NUMBER.match(line)) for i, line in enumerate(page.lines) if line.strip()]
    numbered = [(i, m) for i, m in found if m]
    numbers = [int(m.group(1)) for _, m in numbered]
    if not numbered or len(numbered) < (1 if habit else 3) or len(numbered) < 0.6 * len(found):
        return False
    if numbers != sorted(set(numbers)):
        return False
    for i, m in numbered:
        page.lines[i] = " " * m.end() + page.lines[i][m.end() :]
    page.left.append(Left(f"page {page.number}", f"{numbers[0]}–{numbers[-1]}", "line-number"))
    return True


def _edge(page: _Page, top: bool) -> int | None:
    """The index of the first (or last) non-blank line."""
    order = range(len(page.lines)) if top else range(len(page.lines) - 1, -1, -1)
    return next((i for i in order if page.lines[i].strip()), None)


def _take_page_number(page: _Page) -> None:
    for top in (False, True):
        index = _edge(page, top)
        if index is None:
            return
        found = _PAGE_NUMBER.match(page.lines[index].strip())
        if found:
            page.printed = found.group(1)
            page.left.append(Left(f"page {page.number}", page.lines[index].strip(), "page-number"))
            page.lines[index] = ""
            return


def _take_running_lines(pages: list[_Page], top: bool, kind: str) -> bool:
    """Take off the first (or last) line of each page where it recurs (digits aside) on at
    least two pages: a running head or foot, whose number is the page's printed number if no
    other was found. Whether any was taken."""
    edges = {page.number: _edge(page, top) for page in pages}
    shapes = Counter(
        _DIGITS.sub("#", page.lines[i].strip()) for page in pages if (i := edges[page.number]) is not None
    )
    taken = False
    for page in pages:
        index = edges[page.number]
        if index is None or shapes[_DIGITS.sub("#", page.lines[index].strip())] < 2:
            continue
        text = page.lines[index].strip()
        digits = _DIGITS.findall(text)
        if page.printed is None and len(digits) == 1:
            page.printed = digits[0]
        page.left.append(Left(f"page {page.number}", text, kind))
        page.lines[index] = ""
        taken = True
    return taken


def _set_apart_by_indents(pages: list[_Page]) -> None:
    """Where no page sets its paragraphs apart by blank lines, a line indented past the text's
    left edge starts one (a court reporter's Q. and A.): a blank line goes before it."""
    if any("" in _trim([line.strip() for line in page.lines]) for page in pages):
        return
    edges = [indent(line) for page in pages for line in page.lines if line.strip()]
    if not edges:
        return
    edge = min(edges)
    for page in pages:
        lines: list[str] = []
        for line in page.lines:
            if line.strip() and indent(line) >= edge + _INDENT:
                if any(kept.strip() for kept in lines):
                    lines.append("")
                elif page.opens is None:
                    page.opens = True
            if line.strip() and page.opens is None:
                page.opens = False
            lines.append(line)
        page.lines = lines


def _dedent(lines: list[str]) -> list[str]:
    """Lines without the page's left margin, inner runs of spaces (justified text) as one."""
    return [_SPACES.sub(" ", line.strip()) for line in lines]


def _trim(lines: list[str]) -> list[str]:
    start = next((i for i, line in enumerate(lines) if line), len(lines))
    end = next((i for i in range(len(lines), 0, -1) if lines[i - 1]), start)
    return lines[start:end]


@dataclass
class _Breaks:
    """How this document ends paragraphs, learnt from inside its pages: whether it puts blank
    lines between them, and whether a full line ending a sentence mostly ends a paragraph too."""

    blank_lines: bool
    full_line_ends: bool

    @classmethod
    def learn(cls, pages: list[list[str]]) -> _Breaks:
        ends: Counter[bool] = Counter()
        blank = False
        for lines in pages:
            width = max((len(line) for line in lines), default=0)
            for line, after in pairwise(lines):
                blank = blank or (bool(line) and not after)
                if line and line[-1] in _SENTENCE_END and len(line) >= _SHORT * width:
                    ends[not after] += 1
        return cls(blank, ends[True] > ends[False])

    def at_page_end(self, last: str, width: int, first: str) -> bool:
        """Whether a page ending with *last* (its lines up to *width* long) ended a paragraph,
        the next page beginning with *first*."""
        if not self.blank_lines or not last or last[-1] not in _SENTENCE_END:
            return False
        return len(last) < _SHORT * width or (self.full_line_ends and first[:1].isupper())


def _spelled(text: str) -> tuple[set[str], set[str]]:
    """The words the text writes whole, and those it writes with a hyphen, case-folded."""
    whole: set[str] = set()
    hyphenated: set[str] = set()
    for word in _WORD.findall(text):
        (hyphenated if "-" in word else whole).add(word.casefold())
    return whole, hyphenated


def _join_broken_words(lines: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """Join words broken at a line end onto the first line; the (line index, column) of each
    join. The second line loses the word's end (and disappears when nothing else was on it)."""
    text = "\n".join(lines)
    whole, hyphenated = _spelled(text)
    soft_habit = "\u00ad\n" in text
    out = list(lines)
    joins: list[tuple[int, int]] = []
    for i in range(len(out) - 1):
        broken = _BROKEN.search(out[i])
        nxt = _CONTINUES.match(out[i + 1]) if out[i + 1] else None
        if broken is None or nxt is None:
            continue
        head, mark = broken.groups()
        tail = nxt.group(1)
        drop = mark == "\u00ad" or (
            not soft_habit
            and tail[:1].islower()
            and (head + tail).casefold() in whole
            and f"{head}-{tail}".casefold() not in hyphenated
        )
        stem = out[i][: broken.end(1)] if drop else out[i][: broken.end(2)]
        joins.append((i, len(stem)))
        out[i] = stem + tail
        out[i + 1] = nxt.group(2).strip()
    return out, joins


def extract_pdf(data: bytes, name: str) -> Extracted:
    """The text of a PDF's text layer, page by page, with its page marks and furniture."""
    raw = _pdftotext(data, name).split("\f")
    if raw and not raw[-1].strip():
        raw.pop()
    pages = [_Page(number, text.split("\n")) for number, text in enumerate(raw, start=1)]
    if not any(re.search(r"[^\W\d_]", line) for page in pages for line in page.lines):
        raise InputError("no text layer in this PDF (a scan? run OCR first)", Location(name))
    for page in pages:
        _take_page_number(page)
    for top, kind in ((True, "running-head"), (False, "running-foot")):
        for _ in range(_RUNNING_LINES):  # a head may run over more than one line
            if len(pages) < 2 or not _take_running_lines(pages, top, kind):
                break
    numbered = {page.number for page in pages if _strip_margin_numbers(page, habit=False)}
    for page in pages:
        if numbered and page.number not in numbered:
            _strip_margin_numbers(page, habit=True)
    _set_apart_by_indents(pages)
    bodies = [(page, _trim(_dedent(page.lines))) for page in pages]
    breaks = _Breaks.learn([body for _, body in bodies])
    lines: list[str] = []
    starts: list[tuple[int, _Page]] = []  # (index of the page's first line, page)
    width = 0  # of the page before
    for page, body in bodies:
        if not body:
            continue
        opens = (
            page.opens if page.opens is not None else lines and breaks.at_page_end(lines[-1], width, body[0])
        )
        if lines and opens:
            lines.append("")
        starts.append((len(lines), page))
        lines.extend(body)
        width = max(len(line) for line in body)
    joined, joins = _join_broken_words(lines)
    emptied = {i for i, line in enumerate(joined) if not line and lines[i]}
    keep = [i for i in range(len(joined)) if i not in emptied]
    new_index = {old: new for new, old in enumerate(keep)}
    marks = [
        Mark("page", new_index[_next_kept(start, new_index)] + 1, 0, page.printed or str(page.number))
        for start, page in starts
    ]
    marks += [Mark("hyphen", new_index[i] + 1, column) for i, column in joins]
    return Extracted(
        "\n".join(joined[i] for i in keep) + "\n",
        Origin("PDF", pages=len(pages)),
        marks=sorted(marks, key=lambda mark: (mark.line, mark.column)),
        left=[item for page in pages for item in page.left],
    )


def _next_kept(index: int, kept: dict[int, int]) -> int:
    while index not in kept:
        index += 1
    return index
