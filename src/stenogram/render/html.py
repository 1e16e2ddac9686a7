"""The HTML reading edition: TEI in, HTML5 pages out, through the XSLT of ``xslt/html/``.

Python only orchestrates here: it parses the TEI safely, runs the stylesheets through the
shared Saxon processor and writes the pages with their static stylesheet (CSS) beside them.
One input gives one page; several give a small site: one page per document and an index page.
Every input is read and checked before anything is written, so a bad input leaves no half site.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from lxml import etree

from stenogram import batch, saxon
from stenogram.assets import asset_path
from stenogram.errors import InputError, Location, UsageError
from stenogram.files import write_atomic
from stenogram.render.request import RenderRequest, RenderResult, read_tei

PAGE_STYLESHEET = "xslt/html/edition.xsl"
INDEX_STYLESHEET = "xslt/html/site-index.xsl"
CSS = "xslt/html/edition.css"
#: Stylesheet parameters a user may set with ``--param`` (the others stenogram sets itself).
PARAMS = ("debug",)
#: The format's own options (``stenogram render --css``).
OPTIONS = ("css",)
INDEX_PAGE = "index.html"

#: The page stylesheets render a teiCorpus as one page, so HTML accepts one as an input.
ACCEPTS_CORPUS = True


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
    """Render one TEI file to one page (a worker of :func:`batch.map_files`); its messages."""
    source, target, params = job
    tree = read_tei(source, corpus=ACCEPTS_CORPUS)
    result = html_page(tree, dict(params))
    write_atomic(target, result.text)
    stylesheet = asset_path(PAGE_STYLESHEET)
    return [f"{source}: {saxon.locate_message(stylesheet, m)}" for m in result.messages]


def _layout(request: RenderRequest) -> tuple[Path, list[Path]]:
    """The output directory and the page of each input (a single page may be named)."""
    output = request.output
    if len(request.inputs) == 1 and not request.directory and output.suffix.lower() in (".html", ".htm"):
        if output.is_dir():
            raise UsageError(f"{output} is a directory; name the page's file, or end the name with /")
        return output.parent, [output]
    if output.exists() and not output.is_dir():
        raise UsageError(f"{output} exists and is not a directory (several pages go into a directory)")
    pages = [output / f"{source.stem}.html" for source in request.inputs]
    seen: dict[Path, Path] = {}
    for source, page in zip(request.inputs, pages, strict=True):
        if page in seen:
            raise UsageError(f"{source} and {seen[page]} would both be written to {page}")
        seen[page] = source
    if len(pages) > 1 and output / INDEX_PAGE in seen:
        raise UsageError(f"an input named index.xml would overwrite the site's {INDEX_PAGE}")
    return output, pages


def render_html(request: RenderRequest) -> RenderResult:
    """Write the page(s) of *request*, the stylesheet beside them, and an index for a site."""
    unknown = sorted(set(request.options) - set(OPTIONS)) + sorted(set(request.params) - set(PARAMS))
    if unknown:
        raise UsageError(
            f"not an option or parameter of --to html: {', '.join(unknown)} (parameters: {', '.join(PARAMS)})"
        )
    css_source = Path(str(request.options["css"])) if "css" in request.options else asset_path(CSS)
    if not css_source.is_file():
        raise InputError("the stylesheet (--css) is not a file", Location(str(css_source)))
    directory, pages = _layout(request)
    documents = [read_tei(source, corpus=ACCEPTS_CORPUS) for source in request.inputs]
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"cannot write: {err.strerror or err}", Location(str(directory))) from None
    css_name = "edition.css" if "css" not in request.options else css_source.name
    site = len(pages) > 1
    params = {**request.params, "css": css_name}
    if site:
        params["index-href"] = INDEX_PAGE
    jobs = [
        (str(s), str(p), tuple(sorted(params.items()))) for s, p in zip(request.inputs, pages, strict=True)
    ]
    messages = [
        m
        for found in batch.map_files(
            _render_page, jobs, jobs=request.jobs, executor=request.executor, label="pages"
        )
        for m in found
    ]
    written = list(pages)
    if site:
        index = site_index(documents, [p.name for p in pages], {"css": css_name})
        write_atomic(directory / INDEX_PAGE, index.text)
        written.insert(0, directory / INDEX_PAGE)
    css_target = directory / css_name
    if css_source.resolve() != css_target.resolve():
        write_atomic(css_target, css_source.read_bytes())
    written.append(css_target)
    return RenderResult(written, messages)
