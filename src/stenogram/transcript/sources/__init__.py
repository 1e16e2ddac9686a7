"""The formats transcripts arrive in: each reduced to the reader's input (text) plus what its
layout said.

A saved web page, a Word file or a PDF is turned into plain text with paragraphs between blank
lines, so that the one reader and parser for plain text do the rest. What the layout already
told (bold labels, the page's title, URL and date, printed page numbers) travels beside the text
as :class:`Extracted`, and whatever was left out (navigation, comments, running heads, margin
line numbers) is listed, so that the lossless guarantee can hold against the extracted text and
the header can say what was dropped. Plain text is not a format here: :func:`extract` returns
None for it, except that a plain text with a column of line numbers, at the left margin or the
right, has them taken off (:mod:`~stenogram.transcript.sources.numbered`,
:mod:`~stenogram.transcript.sources.trailing_numbers`), WebVTT subtitles naming their voices
have the voice tags made labels (:mod:`~stenogram.transcript.sources.webvtt`), and the tags a
record's export encloses its labels and headings in are taken off
(:mod:`~stenogram.transcript.sources.tagged`), and so are the HTML breaks a PDF viewer's copy
prints at its lines' ends (:mod:`~stenogram.transcript.sources.breaks`) and the quote marks of a
message quoting a record (:mod:`~stenogram.transcript.sources.quoted`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from stenogram.errors import InputError, Location
from stenogram.transcript.config import Config
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.model import Origin
from stenogram.transcript.reader import Source, decode, held_text, normalised, read_source, read_text


@dataclass(frozen=True)
class Mark:
    """An element to place in the TEI text at a point of the extracted text.

    ``line`` (1-based) and ``column`` locate the point; ``kind`` is ``page`` (a ``pb`` with
    ``n``, before the word starting there), ``hyphen`` (an ``lb break="no"`` inside the word
    joined across a line end) or ``note`` (a footnote's ``text``, after the word before).
    """

    kind: str
    line: int
    column: int
    n: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Left:
    """Text left out of the extracted text as page furniture, and where it stood."""

    where: str  # "page 3", "nav", "footer"
    text: str
    kind: str  # navigation, comments, running-head, page-number, line-number ...


@dataclass
class Extracted:
    """A transcript's text as the reader takes it, and the facts its format gave besides: those
    for the header in *facts* (the counts of its marks and furniture added by :meth:`origin`),
    the layout's evidence for the parser, and where text was joined or left out."""

    text: str
    facts: Origin
    bold_starts: list[tuple[str, str]] = field(default_factory=list)  # (bold text, its paragraph)
    italic_brackets: list[str] = field(default_factory=list)  # italic text right inside ( )
    headings: list[str] = field(default_factory=list)  # paragraphs the layout marks as headings
    marks: list[Mark] = field(default_factory=list)
    left: list[Left] = field(default_factory=list)
    outside: frozenset[int] = frozenset()  # the lines whose text stands outside the turns

    def summary(self) -> list[str]:
        """What was extracted and what was left out, as lines for the report."""
        facts = [
            f"{label} {value}"
            for label, value in (
                ("title", self.facts.title and repr(self.facts.title)),
                ("URL", self.facts.url),
                ("date", self.facts.date),
                ("author", self.facts.author and repr(self.facts.author)),
            )
            if value
        ]
        paragraphs = sum(1 for block in re.split(r"\n\s*\n", self.text) if block.strip())
        lines = [f"extracted from {self.facts.format}: {paragraphs} paragraphs"]
        if self.facts.pages:
            lines[0] += f", {self.facts.pages} pages"
        hyphens = sum(1 for mark in self.marks if mark.kind == "hyphen")
        if hyphens:
            lines[0] += f", {hyphens} words joined across a hyphenated line end"
        notes = sum(1 for mark in self.marks if mark.kind == "note")
        if notes:
            lines[0] += f", {notes} footnotes (as editorial notes)"
        lines.extend(f"  {fact}" for fact in facts)
        if self.bold_starts:
            lines.append(f"  bold at a paragraph start (label evidence): {len(self.bold_starts)}")
        if self.italic_brackets:
            lines.append(f"  italics in parentheses (stage-direction evidence): {len(self.italic_brackets)}")
        lines.append(f"  left out as page furniture: {len(self.left)}")
        lines.extend(f"    {item.where}: {_short(item.text)!r} [{item.kind}]" for item in self.left)
        return lines

    def origin(self) -> Origin:
        """The facts for the document model (and so for the TEI header)."""
        return replace(
            self.facts,
            hyphens=sum(1 for mark in self.marks if mark.kind == "hyphen"),
            notes=sum(1 for mark in self.marks if mark.kind == "note"),
            left=[(item.where, item.text, item.kind) for item in self.left],
        )

    def label_keys(self, config: Config) -> frozenset[str]:
        """The speaker labels the layout set in bold at a paragraph's start: the label a
        candidate there finds, or the name alone on the paragraph's first line, when the bold
        text covers it."""
        matcher = LabelMatcher(config)
        keys = set()
        for bold, paragraph in self.bold_starts:
            candidate = matcher.candidate(paragraph) or matcher.bare(paragraph.split("\n", 1)[0])
            if candidate is not None and candidate.name in bold:
                keys.add(candidate.key)
        return frozenset(keys)


def italic_in_brackets(runs: Sequence[tuple[str, bool]]) -> list[str]:
    """The italic text standing right inside parentheses, ``(<i>The witness is sworn</i>)``,
    in runs of ``(text, italic)``; white space normalised."""
    found: list[str] = []
    index = 0
    while index < len(runs):
        if runs[index][1] or not runs[index][0].rstrip().endswith("("):
            index += 1
            continue
        end = index + 1
        while end < len(runs) and runs[end][1]:
            end += 1
        text = " ".join("".join(part for part, _ in runs[index + 1 : end]).split())
        if text and end < len(runs) and runs[end][0].lstrip().startswith(")"):
            found.append(text)
        index = end
    return found


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass(frozen=True)
class Format:
    """One format: how to recognise it and how to reduce it to text."""

    name: str
    extensions: tuple[str, ...]
    sniff: Callable[[bytes], bool]
    extract: Callable[[bytes, str], Extracted]


def _is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


def _is_docx(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]


def _is_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<") and (b"<body" in head or b"<head" in head)
    )


def _extract_html(data: bytes, name: str) -> Extracted:
    from stenogram.transcript.sources.html import extract_html

    return extract_html(data, name)


def _extract_docx(data: bytes, name: str) -> Extracted:
    from stenogram.transcript.sources.docx import extract_docx

    return extract_docx(data, name)


def _extract_pdf(data: bytes, name: str) -> Extracted:
    from stenogram.transcript.sources.pdf import extract_pdf

    return extract_pdf(data, name)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("HTML", (".html", ".htm", ".xhtml"), _is_html, _extract_html),
        Format("DOCX", (".docx",), _is_docx, _extract_docx),
        Format("PDF", (".pdf",), _is_pdf, _extract_pdf),
    )
}
EXTENSIONS: tuple[str, ...] = tuple(ext for f in FORMATS.values() for ext in f.extensions)


def sniff(data: bytes, name: str) -> Format | None:
    """The format of *data*: by its content first, else by the extension of *name*.

    A file named for a format whose content is not of it (a ``.pdf`` that is text) is an
    :class:`InputError`: converting it as text would hide the mistake.
    """
    for fmt in FORMATS.values():
        if fmt.sniff(data):
            return fmt
    suffix = PurePath(name).suffix.lower()
    named = next((f for f in FORMATS.values() if suffix in f.extensions), None)
    if named is not None and named.name != "HTML":
        raise InputError(f"named {suffix} but not a {named.name} file", Location(name))
    return named


def extract(data: bytes, name: str) -> Extracted | None:
    """The text and facts of a file in one of :data:`FORMATS`; None for plain text."""
    fmt = sniff(data, name)
    return None if fmt is None else fmt.extract(data, name)


def read_input(take: Callable[[], bytes], name: str, config: Config) -> tuple[Source, Extracted | None]:
    """The reader's :class:`Source` for a file in any format, read from the bytes *take* hands
    over (``[data].pop``), and what its extraction found (None for plain text); the layout's label
    and stage-direction evidence is handed on to the parser. The bytes are asked for here, not
    passed: an argument stays held by the caller's frame until the call returns, and the file's
    bytes held beside the decoded text, then beside the reader's lines and paragraphs, had added
    the input's size to the reading's peak of memory and the parse's start."""
    given = [take()]  # the bytes' one holder: popped for the decoding, they go when it returns
    extracted = extract(given[0], name)
    if extracted is None:  # plain text, decoded once for every reader of it
        from stenogram.transcript.sources.breaks import extract_breaks
        from stenogram.transcript.sources.charrefs import decoded_references
        from stenogram.transcript.sources.inline_numbers import extract_inline_numbers
        from stenogram.transcript.sources.mojibake import REPORT, repaired_mojibake
        from stenogram.transcript.sources.numbered import extract_numbered
        from stenogram.transcript.sources.quoted import extract_quoted
        from stenogram.transcript.sources.tagged import extract_tagged
        from stenogram.transcript.sources.trailing_numbers import extract_trailing_numbers
        from stenogram.transcript.sources.webvtt import extract_voiced

        text, encoding = decode(given.pop(), name)
        text, repaired = repaired_mojibake(text)
        if repaired:  # a copy once read in the wrong code page: reported beside the encoding
            encoding = f"{encoding}, {REPORT}"
        text, references = decoded_references(text)
        if references:  # a page's source copied as text: reported beside the encoding
            encoding = f"{encoding}, {references} HTML character references decoded"
        text, spaced = normalised(text)
        extracted = (
            extract_numbered(text)
            or extract_inline_numbers(text)
            or extract_trailing_numbers(text)
            or extract_voiced(text)
            or extract_tagged(text)
            or extract_breaks(text)
            or extract_quoted(text, config.reply_subject)
        )
        if extracted is None:
            held = held_text(text, name)
            del text  # let go: the held text is the reading's
            source = read_text(held, encoding, name, config)
            source.spaced = spaced
            return source, None
    given.clear()  # a format's bytes, let go once its text is extracted
    source = read_source(extracted.text.encode("utf-8"), name, config)
    source.label_hints = extracted.label_keys(config)
    source.stage_hints = frozenset(extracted.italic_brackets)
    source.heading_hints = frozenset(extracted.headings)
    source.outside = extracted.outside
    return source, extracted
