"""A Word file (``.docx``, read by python-docx) → the transcript's text and its properties.

Each non-empty paragraph of the body (and of its tables, cell by cell) is one paragraph of the
text; a line break inside a paragraph stays a line break. A bold run opening a paragraph is
label evidence, an italic run inside parentheses stage-direction evidence. The running heads
and footers of the sections are left out and listed; footnotes become editorial notes at
their reference; the core properties (title, author, created) go to the header.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from stenogram.errors import InputError, Location
from stenogram.transcript.model import Origin
from stenogram.transcript.sources import Extracted, Left, Mark, italic_in_brackets
from stenogram.xmlsafe import parse_bytes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _flag(run: Run, paragraph: Paragraph, name: str) -> bool:
    """Whether *run* is bold or italic (*name*), directly, by its style or by its paragraph's."""
    for value in (
        getattr(run.font, name),
        getattr(run.style.font, name) if run.style is not None else None,
        getattr(paragraph.style.font, name) if paragraph.style is not None else None,
    ):
        if value is not None:
            return bool(value)
    return False


def _runs(paragraph: Paragraph) -> Iterator[Run]:
    for item in paragraph.iter_inner_content():
        if isinstance(item, Run):
            yield item
        else:  # a hyperlink: its text is the paragraph's too
            yield from item.runs


def _paragraphs(document: DocxDocument) -> Iterator[Paragraph]:
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            seen: set[int] = set()
            for row in block.rows:
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # a merged cell is listed once per grid column
                        seen.add(id(cell._tc))
                        yield from cell.paragraphs
        else:
            yield block


def _footnotes(document: DocxDocument, name: str) -> dict[str, str]:
    """The text of each footnote by its id, from the package's footnotes part (python-docx
    does not model footnotes); the separators Word keeps there are not notes."""
    part = next((p for p in document.part.package.iter_parts() if p.partname == "/word/footnotes.xml"), None)
    if part is None:
        return {}
    root = parse_bytes(part.blob, f"{name}:word/footnotes.xml").getroot()
    notes = {}
    for note in root.iterfind(_W + "footnote"):
        if note.get(_W + "type") in (None, "normal"):
            text = " ".join("".join(t.text or "" for t in p.iter(_W + "t")) for p in note.iter(_W + "p"))
            notes[str(note.get(_W + "id"))] = " ".join(text.split())
    return notes


def _references(paragraph: Paragraph, text: str, raw: str, line: int, notes: dict[str, str]) -> list[Mark]:
    """A note mark at each footnote reference of *paragraph*, whose *text* starts at *line*."""
    margin = len(raw) - len(raw.lstrip())
    marks, offset = [], 0
    for run in _runs(paragraph):
        for reference in run._r.iterfind(_W + "footnoteReference"):
            ident = str(reference.get(_W + "id"))
            at = min(max(offset - margin, 0), len(text))
            column = at - (text.rfind("\n", 0, at) + 1)
            marks.append(Mark("note", line + text.count("\n", 0, at), column, ident, notes.get(ident, "")))
        offset += len(run.text)
    return marks


def _open(data: bytes, name: str) -> DocxDocument:
    try:
        return Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise InputError(f"not a readable Word file: {err}", Location(name)) from None


def extract_docx(data: bytes, name: str) -> Extracted:
    """The paragraphs of a Word file as text, with its properties and its furniture."""
    document = _open(data, name)
    notes = _footnotes(document, name)
    texts: list[str] = []
    marks: list[Mark] = []
    line = 1  # where the next paragraph starts in the text
    bold_starts: list[tuple[str, str]] = []
    italic_brackets: list[str] = []
    for paragraph in _paragraphs(document):
        runs = [
            (run.text, _flag(run, paragraph, "bold"), _flag(run, paragraph, "italic"))
            for run in _runs(paragraph)
        ]
        raw = "".join(part for part, _, _ in runs).replace("\t", " ")
        text = raw.strip()
        if not text:
            continue
        texts.append(text)
        marks += _references(paragraph, text, raw, line, notes)
        line += text.count("\n") + 2
        first = next(run for run in runs if run[0].strip())
        if first[1]:
            bold_starts.append((first[0].strip(), text))
        italic_brackets += italic_in_brackets([(part, italic) for part, _, italic in runs])
    if not texts:
        raise InputError("no text in this Word file", Location(name))
    left = [
        Left(f"section {number} {where}", paragraph.text.strip(), kind)
        for number, section in enumerate(document.sections, start=1)
        for where, kind, part in (
            ("header", "running-head", section.header),
            ("footer", "footer", section.footer),
        )
        if not part.is_linked_to_previous
        for paragraph in part.paragraphs
        if paragraph.text.strip()
    ]
    props = document.core_properties
    return Extracted(
        "\n\n".join(texts) + "\n",
        Origin(
            "DOCX",
            title=props.title or None,
            date=props.created.date().isoformat() if props.created else None,
            author=props.author or None,
        ),
        bold_starts=bold_starts,
        italic_brackets=italic_brackets,
        marks=marks,
        left=left,
    )
