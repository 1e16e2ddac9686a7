"""``stenogram corpus site``: a built corpus as an HTML site.

A page per sitting (the edition's page, ``xslt/html/edition.xsl``), the index of sittings
(``site-index.xsl``), a page per person across sittings and the index of persons with the
corpus chart (``person-pages.xsl``), and the CSS. The sittings of a corpus name their speakers
in the shared registry: before a sitting goes to the stylesheets, the registry's entries for the
persons it names are put into its header (in memory; no file changes), so that its page names
and links them as a sitting with its own list would. Python reads, orchestrates and writes; the
stylesheets write every line of HTML.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from lxml import etree

from stenogram import saxon
from stenogram.assets import asset_path
from stenogram.batch import Executor, map_files
from stenogram.errors import InputError, Location, UsageError
from stenogram.files import write_atomic
from stenogram.tei.encode import TEI_NS, XML_NS
from stenogram.tei.reading import XI_NS, local, pointers
from stenogram.xmlsafe import parse_file

_T = f"{{{TEI_NS}}}"
PERSON_PAGES = "xslt/html/person-pages.xsl"
CSS = "xslt/html/edition.css"
INDEX_PAGE = "index.html"
PERSONS_PAGE = "persons.html"


@dataclass(frozen=True)
class CorpusFiles:
    """The files of a built corpus: its registry and its sittings, in order."""

    registry: Path
    sittings: tuple[Path, ...]


def corpus_files(corpus: Path) -> CorpusFiles:
    """The registry and the sittings the ``teiCorpus`` at *corpus* XIncludes."""
    root = parse_file(corpus).getroot()
    if local(root) != "teiCorpus":
        raise InputError("not a corpus: the root is not teiCorpus", Location(str(corpus)))
    header = root.find(f"{_T}teiHeader")
    in_header = set(header.iter(f"{{{XI_NS}}}include")) if header is not None else set()
    registry = [corpus.parent / (i.get("href") or "") for i in in_header]
    sittings = [
        corpus.parent / (i.get("href") or "") for i in root.iter(f"{{{XI_NS}}}include") if i not in in_header
    ]
    if len(registry) != 1:
        raise InputError(
            "a corpus site needs one registry XIncluded in the corpus header", Location(str(corpus))
        )
    return CorpusFiles(registry[0], tuple(sittings))


def with_registry(sitting: Path, registry: etree._Element) -> etree._ElementTree:
    """The sitting's tree with the registry entries of the persons it names in its header."""
    tree = parse_file(sitting)
    root = tree.getroot()
    named = {ident for element in root.iter() for ident in pointers(element.get("who"))}
    people = [copy.deepcopy(p) for p in registry if p.get(f"{{{XML_NS}}}id") in named]
    header = root.find(f"{_T}teiHeader")
    if header is None or not people:
        return tree
    profile = header.find(f"{_T}profileDesc")
    if profile is None:
        profile = etree.SubElement(header, f"{_T}profileDesc")
    partic = profile.find(f"{_T}particDesc")
    if partic is None:
        partic = etree.SubElement(profile, f"{_T}particDesc")
    etree.SubElement(partic, f"{_T}listPerson").extend(people)
    return tree


def _sitting_page(registry_path: str, css: str, job: tuple[str, str]) -> list[str]:
    """Write one sitting's page (a worker of :func:`map_files`); its stylesheet messages."""
    from stenogram.render.html import PAGE_STYLESHEET, html_page

    sitting, page = job
    registry = parse_file(registry_path).getroot()
    params = {"css": css, "index-href": INDEX_PAGE, "person-pages": "person-"}
    result = html_page(with_registry(Path(sitting), registry), params)
    write_atomic(page, result.text)
    return [f"{sitting}: {saxon.locate_message(asset_path(PAGE_STYLESHEET), m)}" for m in result.messages]


@dataclass(frozen=True)
class SiteResult:
    """The pages written and the stylesheets' messages."""

    written: list[Path]
    messages: list[str]


def corpus_site(
    corpus: str, output: str, jobs: int | None = None, executor: Executor | None = None
) -> SiteResult:
    """Write the HTML site of the built corpus *corpus* (its ``corpus.xml``) into *output*; *jobs*
    and *executor* say how many workers and where (see :func:`stenogram.batch.map_files`)."""
    from stenogram.render.html import site_index

    files = corpus_files(Path(corpus))
    folder = Path(output)
    if folder.resolve() == Path(corpus).resolve().parent:
        raise UsageError("the site would be written among the corpus's files", Location(output))
    registry_tree = parse_file(files.registry)
    pages = [folder / f"{s.stem}.html" for s in files.sittings]
    for sitting in files.sittings:
        parse_file(sitting)  # every sitting readable before anything is written
    jobs_list = [(str(s), str(p)) for s, p in zip(files.sittings, pages, strict=True)]
    messages = [
        m
        for found in map_files(
            partial(_sitting_page, str(files.registry), "edition.css"),
            jobs_list,
            jobs=jobs,
            executor=executor,
        )
        for m in found
    ]
    registry = registry_tree.getroot()
    documents = [with_registry(s, registry) for s in files.sittings]
    hrefs = [p.name for p in pages]
    index = site_index(documents, hrefs, {"css": "edition.css", "persons-href": PERSONS_PAGE})
    write_atomic(folder / INDEX_PAGE, index.text)
    written = [folder / INDEX_PAGE, *pages]
    stylesheet = asset_path(PERSON_PAGES)
    base = {"documents": documents, "pages": hrefs, "css": "edition.css"}
    everyone = [""] + [str(p.get(f"{{{XML_NS}}}id")) for p in registry]
    for person in everyone:
        page = folder / (PERSONS_PAGE if person == "" else f"person-{person}.html")
        result = saxon.transform(stylesheet, registry_tree, {**base, "person": person})
        write_atomic(page, result.text)
        written.append(page)
        messages += [saxon.locate_message(stylesheet, m) for m in result.messages]
    write_atomic(folder / "edition.css", asset_path(CSS).read_bytes())
    written.append(folder / "edition.css")
    return SiteResult(written, messages)
