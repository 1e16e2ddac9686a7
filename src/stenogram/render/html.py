"""The HTML reading edition: TEI in, HTML5 pages out, through the XSLT of ``xslt/html/``.

Python only orchestrates here: it parses the TEI safely, runs the stylesheets through the
shared Saxon processor and writes the pages with their static stylesheet (CSS) beside them.
One input gives one page; several give a small site: one page per document and an index page.
Every input is read and checked before anything is written, so a bad input leaves no half site.
"""

from __future__ import annotations

import copy
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
from stenogram.xmlsafe import parse_bytes, parse_file

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


_TEI = "{http://www.tei-c.org/ns/1.0}"
_DOCUMENTS = (f"{_TEI}TEI", f"{_TEI}teiCorpus")
_TURNS = (f"{_TEI}sp", f"{_TEI}u")


def index_summary(tree: etree._ElementTree) -> bytes:
    """What the site's index reads of a document, as a small TEI document of its own: the root
    (its language), every header whole (titles, dates, the persons), and every turn of the text,
    in order, with its ``@who`` and printed speaker but without its words. A page's worker sends
    this back instead of the document, and the index stylesheet reads it as it would the whole."""
    return etree.tostring(_summary(tree.getroot()))


def _summary(document: etree._Element) -> etree._Element:
    # lxml-stubs type nsmap's keys as str, but the default namespace's key is None
    kept = etree.Element(document.tag, nsmap=document.nsmap)  # type: ignore[arg-type]
    kept.attrib.update(document.attrib)
    for child in document.iterchildren(etree.Element):
        if child.tag == f"{_TEI}teiHeader":
            kept.append(copy.deepcopy(child))
        elif child.tag in _DOCUMENTS:
            kept.append(_summary(child))
        else:
            for turn in child.iter(*_TURNS):
                copied = etree.SubElement(kept, turn.tag)
                who = turn.get("who")
                if who is not None:
                    copied.set("who", who)
                elif turn.tag == f"{_TEI}sp":  # named by its printed label
                    copied.extend(copy.deepcopy(label) for label in turn.iterchildren(f"{_TEI}speaker"))
    return kept


#: One page to render: source, target, stylesheet parameters, and whether the site's index
#: wants the document's summary.
PageJob = tuple[str, str, tuple[tuple[str, str], ...], bool]


def _render_page(job: PageJob) -> tuple[list[str], bytes | None]:
    """Render one TEI file to one page (a worker of :func:`batch.map_files`): its messages, and
    its summary for the site's index when asked. The file was checked to be TEI before the
    render began."""
    source, target, params, summarise = job
    tree = parse_file(source)
    result = html_page(tree, dict(params))
    write_atomic(target, result.text)
    stylesheet = asset_path(PAGE_STYLESHEET)
    messages = [f"{source}: {saxon.locate_message(stylesheet, m)}" for m in result.messages]
    return messages, index_summary(tree) if summarise else None


def _try_page(job: PageJob) -> tuple[list[str], bytes | None, StenogramError | None]:
    """:func:`_render_page`, its failure (a full disk, a stylesheet's error) returned as a value,
    so that every page is tried and every page not written is named."""
    try:
        return *_render_page(job), None
    except StenogramError as err:
        return [], None, err


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
    request.check_inputs()
    layout.make_folder()
    remove_stale_parts(layout.folder)
    shared = {"css": css_source.name, **({"search": "yes"} if search else {})}
    params = {**request.options.params, **shared}
    if site:
        params["index-href"] = INDEX_PAGE
    jobs: list[PageJob] = [
        (str(s), str(p), _page_params(s, p, params), site)
        for s, p in zip(request.inputs, layout.files, strict=True)
    ]
    done = batch.map_files(_try_page, jobs, jobs=request.jobs, executor=request.executor, label="pages")
    failed = [error for _, _, error in done if error is not None]
    if len(failed) == 1 and len(jobs) == 1:
        raise failed[0]
    if failed:
        listed = "\n".join(f"  {error}" for error in failed)
        raise type(failed[0])(
            f"{len(failed)} of {len(jobs)} pages were not written"
            + (", nor the index linking them" if site else "")
            + f":\n{listed}"
        )
    messages = [m for found, _, _ in done for m in found]
    written = list(layout.files)
    if site:
        summaries = [
            parse_bytes(summary or b"", str(job[0])) for job, (_, summary, _) in zip(jobs, done, strict=True)
        ]
        index = site_index(summaries, [p.name for p in layout.files], shared)
        write_atomic(layout.folder / INDEX_PAGE, index.text)
        written.insert(0, layout.folder / INDEX_PAGE)
    css_target = layout.folder / css_source.name
    if css_source.resolve() != css_target.resolve():
        write_atomic(css_target, css_source.read_bytes())
    written.append(css_target)
    if search:
        written.append(index_pages(layout.folder, layout.files))
    return RenderResult(written, messages)
