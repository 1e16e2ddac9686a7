"""Real-copy layouts of a rendered sitting: how an editor really gets a record's plain text.

Each layout takes the sitting's blocks (``(label, paragraph)``, the label empty for a paragraph
that no speaker opens) and returns the text and the lines of furniture it added, so that the
benchmark can tell the record's words from the page's and ask whether the furniture was read as
such. What each copy does to the text, and nothing more:

- ``web``: copied from a web page: bold lost, one paragraph a line, navigation lines over the
  title, "Back to top" every few paragraphs, a pager, cookie banner and copyright at the end;
- ``pdf``: a PDF's text: hard-wrapped at 78 columns with no blank lines, long words hyphenated at
  the line's end, a running head with its page number and a centred page number every 48 lines;
- ``columns``: a two-column PDF flattened: the same at 40 columns;
- ``ocr``: OCR of an old printed page: 62 columns, hyphenated, blank lines between paragraphs,
  labels in capitals with a space before their stop, ``l`` read for ``I``, stray marks, a page
  number line every 40 lines;
- ``typed``: a typed file: each paragraph's first line indented by five spaces, the label
  followed by three spaces, hard-wrapped at 66 columns, no blank lines;
- ``stt``: a speech-to-text export: the speaker's name and the recording's clock on their own
  line, the speech below, a blank line between;
- ``srt``: subtitles: numbered cues with their timing, two lines of 42 columns each, the label at
  the start of its speech's first cue;
- ``markdown``: a Markdown file: the title and headings with ``#``, the label in bold;
- ``docx``: a Word file saved as text: one paragraph a line, each numbered (``12.`` and a tab, as
  a numbered list exports), a tab between the label and its speech;
- ``timed``: a web page that prints the clock before each paragraph (``[10:02:15]``), one
  paragraph a line;
- ``lined``: a court reporter's PDF: 25 numbered lines a page at 62 columns (the blank ones at
  a page's end numbered too), the number in the margin, each paragraph's first line indented, a
  page number at the foot.
"""

from __future__ import annotations

import re
import textwrap

COPIES = ("web", "pdf", "columns", "ocr", "typed", "stt", "srt", "markdown", "docx", "timed", "lined")

Blocks = list[tuple[str, str]]
Copy = tuple[str, list[str]]  # the text, and the furniture lines it holds

_WEB_HEAD = ["Skip to main content", "Home | Parliament | Plenary | Verbatim reports", "Share this:"]
_WEB_FOOT = [
    "Page 1 of 1",
    "Back to top",
    "Print this page",
    "© 2024 Parliament. All rights reserved.",
    "This website uses cookies to improve your experience. Accept all cookies",
]
_PARAGRAPHS_PER_TOP = 6  # paragraphs between two "Back to top" links
_PDF_PAGE, _OCR_PAGE = 48, 40  # lines of a page
_HYPHEN_MIN = 8  # the shortest word a PDF's or a printed page's wrap hyphenates


def _paragraphs(blocks: Blocks, sep: str = " ") -> list[str]:
    return [f"{label}{sep}{text}".strip() if label else text for label, text in blocks]


def _hyphenated(text: str, width: int) -> list[str]:
    """*text* wrapped at *width*, a long word that overflows split with a hyphen at the line's end."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            room = width - len(line) - 2  # a space and the hyphen
            if len(word) >= _HYPHEN_MIN and word.isalpha() and 3 <= room <= len(word) - 3:
                lines.append(f"{line} {word[:room]}-")
                line = word[room:]
            else:
                lines.append(line)
                line = word
    return [*lines, line] if line else lines


def web(blocks: Blocks) -> Copy:
    lines = list(_WEB_HEAD)
    furniture = [*_WEB_HEAD, *_WEB_FOOT]
    for number, para in enumerate(_paragraphs(blocks), start=1):
        if para:
            lines.append(para)
        if number % _PARAGRAPHS_PER_TOP == 0:
            lines.append("Back to top")
            furniture.append("Back to top")
    lines += _WEB_FOOT
    return "\n".join(lines) + "\n", furniture


def _paged(lines: list[str], every: int, head: str) -> Copy:
    """*lines* cut into pages of *every* lines, each page's first line its running head with the
    page number (left on an even page, right on an odd one), its last a page number alone."""
    out: list[str] = []
    furniture: list[str] = []
    for page, start in enumerate(range(0, len(lines), every), start=1):
        top = f"{page}   {head}" if page % 2 == 0 else f"{head}   {page}"
        bottom = f"– {page} –"
        out += [top, *lines[start : start + every], bottom]
        furniture += [top, bottom]
    return "\n".join(out) + "\n", furniture


def pdf(blocks: Blocks, width: int = 78) -> Copy:
    lines = [line for para in _paragraphs(blocks) if para for line in _hyphenated(para, width)]
    return _paged(lines, _PDF_PAGE, _head(blocks))


def columns(blocks: Blocks) -> Copy:
    return pdf(blocks, 40)


def _head(blocks: Blocks) -> str:
    title = next((text for label, text in blocks if not label and text), "Verbatim report")
    return " ".join(title.split()[:6])


_CAPITAL_I = re.compile(r"\bI(?=[a-z])|\bI\b")


def _ocr_label(label: str) -> str:
    """A label as OCR reads a printed one: in capitals (small caps), a space before its stop
    after a word (not after an initial or a number)."""
    return re.sub(r"(?<=[^\W\d_]{2})([.:])$", r" \1", label.upper())


def ocr(blocks: Blocks) -> Copy:
    lines: list[str] = []
    for number, (label, text) in enumerate(blocks):
        para = f"{_ocr_label(label)} {_CAPITAL_I.sub('l', text)}".strip() if label else text
        if para:
            lines += [*_hyphenated(para, 62), ""]
        if number % 9 == 4:
            lines += ["'", ""]  # a stray mark the scanner saw on the page
    text, furniture = _paged(lines, _OCR_PAGE, _head(blocks).upper())
    return text, [*furniture, "'"]


def typed(blocks: Blocks) -> Copy:
    lines: list[str] = []
    for para in _paragraphs(blocks, "   "):
        if para:
            lines += textwrap.wrap(para, 66, initial_indent="     ", break_long_words=False)
    return "\n".join(lines) + "\n", []


def _clock(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d},000"


def stt(blocks: Blocks) -> Copy:
    lines: list[str] = []
    seconds = 2
    for label, text in blocks:
        if label:
            minutes, rest = divmod(seconds, 60)
            lines += ["", f"{label.rstrip('.:–- ')}  {minutes}:{rest:02d}"]
        elif lines:
            lines.append("")
        if text:
            lines.append(text)
        seconds += 7 + len(text) // 15
    return "\n".join(lines).strip() + "\n", []


def srt(blocks: Blocks) -> Copy:
    out: list[str] = []
    furniture: list[str] = []
    seconds = 1
    for para in _paragraphs(blocks):
        lines = textwrap.wrap(para, 42, break_long_words=False)
        for cue in range(0, len(lines), 2):
            number = len(furniture) // 2 + 1
            timing = f"{_clock(seconds)} --> {_clock(seconds + 3)}"
            out += [str(number), timing, *lines[cue : cue + 2], ""]
            furniture += [str(number), timing]
            seconds += 3
    return "\n".join(out), furniture


def markdown(blocks: Blocks) -> Copy:
    lines: list[str] = []
    titled = False
    for label, text in blocks:
        if label:
            lines += [f"**{label}** {text}".strip(), ""]
        elif text and not titled:
            lines += [f"# {text}", ""]
            titled = True
        elif text and len(text.split()) <= 10 and text[-1] not in '.!?…:;)»”"':
            lines += [f"## {text}", ""]
        elif text:
            lines += [text, ""]
    return "\n".join(lines).strip() + "\n", []


def docx(blocks: Blocks) -> Copy:
    paragraphs = [para for para in _paragraphs(blocks, "\t") if para]
    return "".join(f"{number}.\t{para}\n" for number, para in enumerate(paragraphs, start=1)), []


def timed(blocks: Blocks) -> Copy:
    lines: list[str] = []
    seconds = 10 * 3600
    for para in _paragraphs(blocks):
        if para:
            lines.append(f"[{_clock(seconds)[:8]}] {para}")
            seconds += 7 + len(para) // 15
    return "\n".join(lines) + "\n", []


_LINED_PAGE = 25  # numbered lines of a court reporter's page


def lined(blocks: Blocks) -> Copy:
    lines = [
        line
        for para in _paragraphs(blocks)
        if para
        for line in textwrap.wrap(para, 62, initial_indent="     ", break_long_words=False)
    ]
    out: list[str] = []
    furniture: list[str] = []
    for page, start in enumerate(range(0, len(lines), _LINED_PAGE), start=1):
        page_lines = lines[start : start + _LINED_PAGE]
        page_lines += [""] * (_LINED_PAGE - len(page_lines))  # every line of the page is numbered
        out += [f"{number:>2}   {line}".rstrip() for number, line in enumerate(page_lines, start=1)]
        out += ["", f"{page}".rjust(40), ""]
        furniture.append(str(page))
    return "\n".join(out), furniture


LAYOUT = {
    "web": web,
    "pdf": pdf,
    "columns": columns,
    "ocr": ocr,
    "typed": typed,
    "stt": stt,
    "srt": srt,
    "markdown": markdown,
    "docx": docx,
    "timed": timed,
    "lined": lined,
}
