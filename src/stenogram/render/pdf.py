"""The print edition: TEI → Typst source (XSLT 3.0, ``xslt/typst/edition.xsl``) → PDF (Typst).

Python only orchestrates: the stylesheets write every character of the Typst source, and the
``typst`` package typesets it with the fonts it bundles (system fonts are ignored, so the PDF is
the same on every machine, byte for byte). Several documents become one volume: they are put
side by side under an ``<sg:volume>`` element and transformed together, so the contents, page
numbers and the index of speakers come out of one Typst run.

Typst errors are reported at their place in the generated source and, through the
``// tei: /TEI[1]/…`` comments the stylesheets write before every block, at the TEI element
(file and line) it came from. Files are written atomically: a temporary file renamed into place.
"""

from __future__ import annotations

import copy
import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import typst
from lxml import etree

from stenogram import saxon
from stenogram.assets import asset_path
from stenogram.batch import map_files
from stenogram.builddate import build_timestamp
from stenogram.errors import Location, TypesetError
from stenogram.files import write_atomic
from stenogram.progress import working
from stenogram.render.request import (
    PRINT_PARAMS,
    Paper,
    RenderOptions,
    RenderRequest,
    RenderResult,
    check_params,
)
from stenogram.xmlsafe import line_of, parse_file

STYLESHEET = "xslt/typst/edition.xsl"
SG_NS = "urn:stenogram:xslt"
PDF_A: Literal["a-2b"] = "a-2b"

_DIAGNOSTIC_AT = re.compile(r"┌─ \S+?:(\d+):(\d+)")
_TRACE = "// tei: "
_STEP = re.compile(r"/([\w.-]+)\[(\d+)\]")

Tree = etree._ElementTree | etree._Element


@dataclass(frozen=True)
class PrintOptions:
    """How to print: paper size, PDF/A, stylesheet parameters (those ``--to pdf`` takes), and the
    PDF's creation time in seconds since 1970 (``None``: :func:`stenogram.builddate.build_timestamp`)."""

    paper: Paper = "a4"
    pdfa: bool = False
    params: Mapping[str, str] = field(default_factory=dict)
    timestamp: int | None = None

    def __post_init__(self) -> None:  # the same checks as stenogram render's, for library callers
        RenderOptions(paper=self.paper)  # the paper size checked as render checks it
        check_params(self.params, PRINT_PARAMS, "pdf")


def _root(tree: Tree) -> etree._Element:
    return tree.getroot() if isinstance(tree, etree._ElementTree) else tree


def _transform(source: etree._Element, options: PrintOptions) -> saxon.TransformResult:
    params: dict[str, object] = {"paper": options.paper, **options.params}
    return saxon.transform(asset_path(STYLESHEET), source, params)


def _volume(trees: Sequence[Tree]) -> etree._Element:
    """The TEI documents side by side under one ``sg:volume`` element (copies: inputs unchanged)."""
    volume = etree.Element(f"{{{SG_NS}}}volume", nsmap={"sg": SG_NS})
    for tree in trees:
        volume.append(copy.deepcopy(_root(tree)))
    return volume


def render_typst(tree: Tree, options: PrintOptions | None = None) -> str:
    """The Typst source of the print edition of one TEI document."""
    return _transform(_root(tree), options or PrintOptions()).text


def render_volume_typst(trees: Sequence[Tree], options: PrintOptions | None = None) -> str:
    """The Typst source of one volume (title page, contents) holding several TEI documents."""
    if len(trees) == 1:
        return render_typst(trees[0], options)
    return _transform(_volume(trees), options or PrintOptions()).text


def render_pdf(tree: Tree, options: PrintOptions | None = None, name: str = "<input>") -> bytes:
    """The PDF of the print edition of one TEI document; *name* locates Typst errors in it."""
    options = options or PrintOptions()
    return typeset(render_typst(tree, options), options.pdfa, [tree], [name], options.timestamp)


def render_volume_pdf(
    trees: Sequence[Tree], options: PrintOptions | None = None, names: Sequence[str] | None = None
) -> bytes:
    """The PDF of one volume holding several TEI documents."""
    options = options or PrintOptions()
    names = list(names) if names is not None else ["<input>"] * len(trees)
    return typeset(render_volume_typst(trees, options), options.pdfa, trees, names, options.timestamp)


def typeset(
    source: str,
    pdfa: bool = False,
    trees: Sequence[Tree] = (),
    names: Sequence[str] = (),
    timestamp: int | None = None,
) -> bytes:
    """Compile Typst *source* to PDF with the bundled fonts only.

    The compiler's root is an empty directory, so the source can read no file. The document's
    ``date: auto`` (its creation date and XMP) is *timestamp*, by default the build time
    (``SOURCE_DATE_EPOCH`` or today). A Typst error becomes a :class:`TypesetError` located in
    the TEI (*trees*, named *names*) where possible.
    """
    with tempfile.TemporaryDirectory(prefix="stenogram-typst-") as root:
        try:
            # The stub ties the source and the root to one type; bytes and a path is what it takes.
            pdf: bytes = typst.compile(  # type: ignore[call-overload]
                source.encode("utf-8"),
                format="pdf",
                root=root,
                ignore_system_fonts=True,
                pdf_standards=PDF_A if pdfa else None,
                timestamp=build_timestamp() if timestamp is None else timestamp,
            )
            return pdf
        except typst.TypstError as err:
            raise _typeset_error(err, source, trees, names) from None


def _typeset_error(
    err: typst.TypstError, source: str, trees: Sequence[Tree], names: Sequence[str]
) -> TypesetError:
    """Locate a Typst error: its line in the source, and the TEI element that line came from."""
    match = _DIAGNOSTIC_AT.search(getattr(err, "diagnostic", "") or "")
    message = f"Typst: {getattr(err, 'message', str(err))}"
    hints = list(getattr(err, "hints", []) or [])
    if hints:
        message += " (hint: " + "; ".join(hints) + ")"
    if match is None:
        return TypesetError(message)
    line, column = int(match.group(1)), int(match.group(2))
    message += f"; at line {line}, column {column} of the Typst source"
    lines = source.splitlines()
    traced = next((text[len(_TRACE) :] for text in reversed(lines[:line]) if text.startswith(_TRACE)), None)
    found = _follow(traced, trees, names) if traced else None
    if found is None:
        return TypesetError(message)
    element, name = found
    return TypesetError(
        f"{message}, from <{etree.QName(element).localname}>", Location(name, line_of(element))
    )


def _follow(path: str, trees: Sequence[Tree], names: Sequence[str]) -> tuple[etree._Element, str] | None:
    """The element at a ``/TEI[1]/text[1]/…`` path (``/volume[1]/TEI[k]/…`` in a volume)."""
    steps = [(name, int(index)) for name, index in _STEP.findall(path)]
    if steps and steps[0][0] == "volume":
        steps = steps[1:]
        if not steps or not 1 <= steps[0][1] <= len(trees):
            return None
        doc = steps[0][1] - 1
    else:
        doc = 0
    if not trees or not steps:
        return None
    element = _root(trees[doc])
    for name, index in steps[1:]:
        same = [
            child for child in element if isinstance(child.tag, str) and etree.QName(child).localname == name
        ]
        if index > len(same):
            return None
        element = same[index - 1]
    return element, names[doc] if doc < len(names) else "<input>"


def _render(
    trees: Sequence[Tree],
    names: Sequence[str],
    to: str,
    options: PrintOptions,
    status: Callable[[str], None] = lambda _step: None,
) -> tuple[bytes, list[str]]:
    """The bytes of one book or volume and the stylesheets' messages (file:line: text);
    *status* is told each step as it starts."""
    status("transforming")
    result = _transform(_root(trees[0]) if len(trees) == 1 else _volume(trees), options)
    stylesheet = asset_path(STYLESHEET)
    prefix = f"{names[0]}: " if len(names) == 1 else ""
    messages = [prefix + saxon.locate_message(stylesheet, m) for m in result.messages]
    if to == "typst":
        return result.text.encode("utf-8"), messages
    status(f"typesetting {len(trees)} documents" if len(trees) > 1 else "typesetting")
    return typeset(result.text, options.pdfa, trees, names, options.timestamp), messages


def _render_one(job: tuple[Path, Path, str, PrintOptions]) -> list[str]:
    """Render one TEI file to one file (a worker of :func:`map_files`); its messages.
    The file was checked to be TEI before the render began."""
    source, target, to, options = job
    data, messages = _render([parse_file(source)], [str(source)], to, options)
    write_atomic(target, data)
    return messages


def print_files(request: RenderRequest) -> RenderResult:
    """The ``pdf`` and ``typst`` formats of ``stenogram render``: the files written and the
    stylesheets' messages.

    One input gives one book; several give one volume with contents, or with ``separate`` one
    book each in the folder named (rendered in parallel). Every input is read and checked first:
    a bad one stops the run before anything is written.
    """
    to = request.format.name
    chosen = request.options
    options = PrintOptions(chosen.paper or "a4", chosen.pdfa, dict(chosen.params))
    layout = request.plan()
    trees = request.documents()
    layout.make_folder()
    if layout.per_input:
        jobs = [(src, dst, to, options) for src, dst in zip(request.inputs, layout.files, strict=True)]
        found = map_files(
            _render_one, jobs, jobs=request.jobs, executor=request.executor, label="typesetting"
        )
        return RenderResult(list(layout.files), [m for messages in found for m in messages])
    target = layout.files[0]
    names = [str(path) for path in request.inputs]
    with working(f"{target}: reading") as status:
        data, messages = _render(trees, names, to, options, lambda step: status(f"{target}: {step}"))
    write_atomic(layout.files[0], data)
    return RenderResult(list(layout.files), messages)
