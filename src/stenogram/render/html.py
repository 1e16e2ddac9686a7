"""The HTML reading edition: TEI in, HTML5 pages out, through the XSLT of ``xslt/html/``.

Python only orchestrates here: it parses the TEI safely, runs the stylesheets through the
shared Saxon processor and writes the pages with their static stylesheet (CSS) beside them.
One input gives one page; several give a small site: one page per document and an index page.
Every input is read and checked before anything is written, so a bad input leaves no half site.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from lxml import etree

from stenogram import batch, saxon
from stenogram.assets import asset_path
from stenogram.errors import InputError, Location, StenogramError, UsageError
from stenogram.files import remove_stale_parts, write_atomic
from stenogram.render.request import RenderRequest, RenderResult
from stenogram.render.search import index_pages
from stenogram.xmlsafe import parse_file

PAGE_STYLESHEET = "xslt/html/edition.xsl"
INDEX_STYLESHEET = "xslt/html/site-index.xsl"
CSS = "xslt/html/edition.css"
INDEX_PAGE = "index.html"


def html_page(tree: etree._ElementTree, params: Mapping[str, str] | None = None) -> saxon.TransformResult:
    """The HTML page of one TEI document (serialised) and the stylesheet's messages."""
    return saxon.transform(asset_path(PAGE_STYLESHEET), tree, dict(params or {}))


def site_index(
    documents: Sequence[etree._ElementTree], pages: Sequence[str], params: Mapping[str, str] | None = None
) -> saxon.TransformResult:
    """The index page of a site: *documents* with the hrefs of their *pages*, in order."""
    stylesheet = asset_path(INDEX_STYLESHEET)
    values: dict[str, object] = {"documents": list(documents), "pages": list(pages), **(params or {})}
    return saxon.transform(stylesheet, etree.Element("site"), values)


def _render_page(job: tuple[str, str, tuple[tuple[str, str], ...]]) -> list[str]:
    """Render one TEI file to one page (a worker of :func:`batch.map_files`); its messages.
    The file was checked to be TEI before the render began."""
    source, target, params = job
    result = html_page(parse_file(source), dict(params))
    write_atomic(target, result.text)
    stylesheet = asset_path(PAGE_STYLESHEET)
    return [f"{source}: {saxon.locate_message(stylesheet, m)}" for m in result.messages]


def _try_page(job: tuple[str, str, tuple[tuple[str, str], ...]]) -> tuple[list[str], StenogramError | None]:
    """:func:`_render_page`, its failure (a full disk, a stylesheet's error) returned as a value,
    so that every page is tried and every page not written is named."""
    try:
        return _render_page(job), None
    except StenogramError as err:
        return [], err


def _page_params(source: Path, page: Path, params: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """The stylesheet parameters of one page: its file name (for citations), the relative
    href of its TEI, and of its PDF when the user named one or one lies beside the page."""
    own = {"page": page.name, "tei-href": Path(os.path.relpath(source, page.parent)).as_posix()}
    if "pdf-href" not in params and page.with_suffix(".pdf").is_file():
        own["pdf-href"] = page.with_suffix(".pdf").name
    return tuple(sorted({**params, **own}.items()))


def render_html(request: RenderRequest) -> RenderResult:
    """Write the page(s) of *request*, the stylesheet beside them, and an index for a site;
    with ``search``, the site's Pagefind index too."""
    css_source = request.options.css or asset_path(CSS)
    if not css_source.is_file():
        raise InputError("the stylesheet (--css) is not a file", Location(str(css_source)))
    site = len(request.inputs) > 1
    search = request.options.search
    if search and not site:
        raise UsageError("--search indexes a site: give it several documents")
    layout = request.plan([css_source.name, *([INDEX_PAGE] if site else [])])
    documents = request.documents()
    layout.make_folder()
    remove_stale_parts(layout.folder)
    shared = {"css": css_source.name, **({"search": "yes"} if search else {})}
    params = {**request.options.params, **shared}
    if site:
        params["index-href"] = INDEX_PAGE
    jobs = [
        (str(s), str(p), _page_params(s, p, params))
        for s, p in zip(request.inputs, layout.files, strict=True)
    ]
    done = batch.map_files(_try_page, jobs, jobs=request.jobs, executor=request.executor, label="pages")
    failed = [error for _, error in done if error is not None]
    if len(failed) == 1 and len(jobs) == 1:
        raise failed[0]
    if failed:
        listed = "\n".join(f"  {error}" for error in failed)
        raise type(failed[0])(
            f"{len(failed)} of {len(jobs)} pages were not written"
            + (", nor the index linking them" if site else "")
            + f":\n{listed}"
        )
    messages = [m for found, _ in done for m in found]
    written = list(layout.files)
    if site:
        index = site_index(documents, [p.name for p in layout.files], shared)
        write_atomic(layout.folder / INDEX_PAGE, index.text)
        written.insert(0, layout.folder / INDEX_PAGE)
    css_target = layout.folder / css_source.name
    if css_source.resolve() != css_target.resolve():
        write_atomic(css_target, css_source.read_bytes())
    written.append(css_target)
    if search:
        written.append(index_pages(layout.folder, layout.files))
    return RenderResult(written, messages)
