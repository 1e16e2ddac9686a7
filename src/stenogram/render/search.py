"""Full-text search across an HTML site, offline and with no server: a Pagefind index.

Pagefind (the ``pagefind`` package, extra ``search``, ships its binary) writes a static index and
its search interface into ``pagefind/`` beside the pages; the pages load it from there (the XSLT
adds the search box when asked). Python only reads the rendered pages and hands Pagefind one
record per numbered paragraph, so that a hit leads to the paragraph's anchor (``page.html#p-12``)
rather than to the top of a long page, filtered by speaker and by sitting (the document).
The index is written to a temporary folder and moved into place, so a failed run leaves the old
index (or none), never half of one.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from stenogram.errors import UsageError
from stenogram.xmlsafe import parse_file

#: The folder of the index and of Pagefind's search interface, beside the pages.
SEARCH_FOLDER = "pagefind"
_H = "{http://www.w3.org/1999/xhtml}"
#: Rendered elements that are not the text of a paragraph (numbers, citation lines, notes' marks).
_SKIP = ("data-generated", "data-pagefind-ignore")


@dataclass(frozen=True)
class Record:
    """One searchable paragraph: where it is, its words, its title and filters."""

    url: str
    content: str
    language: str
    title: str
    filters: dict[str, list[str]] = field(default_factory=dict)


def _flat(element: etree._Element) -> str:
    """All the text of *element*, whitespace runs as one space."""
    return " ".join("".join(str(text) for text in element.itertext()).split())


def _words(element: etree._Element) -> str:
    """The paragraph's own text: without generated numbers, citation lines and note marks."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if any(node.get(name) is not None for name in _SKIP):
            return
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")

    walk(element)
    return " ".join("".join(parts).split())


def _speaker(paragraph: etree._Element) -> str | None:
    """The name of the speaker of the turn holding *paragraph*, as the page gives it."""
    turn = next((a for a in paragraph.iterancestors() if "sp" in (a.get("class") or "").split()), None)
    if turn is None:
        return None
    label = turn.find(f"{_H}div[@class='speaker']")
    if label is None:
        return None
    link = label.find(f"{_H}a")
    if link is not None and link.get("title"):
        return link.get("title")
    return _flat(label).rstrip(".:") or None


def page_records(page: Path) -> Iterator[Record]:
    """The records of one rendered page: a record per numbered paragraph of each document."""
    root = parse_file(page).getroot()
    language = root.get("lang") or "en"
    for article in root.iter(f"{_H}article"):
        heading = article.find(f".//{_H}h1")
        sitting = _flat(heading) if heading is not None else page.stem
        date = article.find(f".//{_H}p[@class='doc-date']")
        when = _flat(date) if date is not None else ""
        for paragraph in article.iterfind(f".//{_H}section[@data-tei='body']//*[@id]"):
            classes = (paragraph.get("class") or "").split()
            if "numbered" not in classes:
                continue
            number = (paragraph.get("id") or "").removeprefix("p-")
            filters = {"sitting": [f"{sitting} ({when})" if when else sitting]}
            speaker = _speaker(paragraph)
            if speaker:
                filters["speaker"] = [speaker]
            yield Record(
                url=f"{page.name}#{paragraph.get('id')}",
                content=_words(paragraph),
                language=language,
                title=f"{sitting}, § {number}",
                filters=filters,
            )


async def _write(records: Sequence[Record], target: Path) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(output_path=str(target))
    async with PagefindIndex(config=config) as index:
        for record in records:
            await index.add_custom_record(
                url=record.url,
                content=record.content,
                language=record.language,
                meta={"title": record.title},
                filters=record.filters,
            )


def index_pages(directory: Path, pages: Sequence[Path]) -> Path:
    """Write the Pagefind index of *pages* (and its search interface) to ``directory/pagefind``."""
    try:
        import pagefind.index  # noqa: F401
    except ImportError:
        raise UsageError("--search needs Pagefind: pip install 'stenogram[search]'") from None
    records = [record for page in pages for record in page_records(page)]
    final = directory / SEARCH_FOLDER
    with tempfile.TemporaryDirectory(prefix=".pagefind-", dir=directory) as scratch:
        fresh = Path(scratch) / SEARCH_FOLDER
        asyncio.run(_write(records, fresh))
        old = Path(scratch) / "old"
        if final.exists():
            final.rename(old)
        fresh.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    return final
