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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import typst
from lxml import etree

from stenogram import saxon
from stenogram.assets import asset_path
from stenogram.batch import Executor, map_files
from stenogram.errors import InputError, Location, TypesetError, UsageError
from stenogram.files import write_atomic
from stenogram.render.request import RenderRequest, RenderResult, read_tei

STYLESHEET = "xslt/typst/edition.xsl"
SG_NS = "urn:stenogram:xslt"
PAPERS = ("a4", "us-letter")
PARAMS = ("edition-title", "volume-title", "debug")
PDF_A = "a-2b"

_DIAGNOSTIC_AT = re.compile(r"┌─ \S+?:(\d+):(\d+)")
_TRACE = "// tei: "
_STEP = re.compile(r"/([\w.-]+)\[(\d+)\]")

Tree = etree._ElementTree | etree._Element


@dataclass(frozen=True)
class PrintOptions:
    """How to print: paper size, PDF/A, and stylesheet parameters (see :data:`PARAMS`)."""

    paper: str = "a4"
    pdfa: bool = False
    params: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise UsageError(f"unknown paper size {self.paper!r}; expected one of: {', '.join(PAPERS)}")
        unknown = sorted(set(self.params) - set(PARAMS))
        if unknown:
            raise UsageError(f"unknown parameter {unknown[0]!r}; known: {', '.join(PARAMS)}")


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
    return typeset(render_typst(tree, options), options.pdfa, [tree], [name])


def render_volume_pdf(
    trees: Sequence[Tree], options: PrintOptions | None = None, names: Sequence[str] | None = None
) -> bytes:
    """The PDF of one volume holding several TEI documents."""
    options = options or PrintOptions()
    names = list(names) if names is not None else ["<input>"] * len(trees)
    return typeset(render_volume_typst(trees, options), options.pdfa, trees, names)


def typeset(source: str, pdfa: bool = False, trees: Sequence[Tree] = (), names: Sequence[str] = ()) -> bytes:
    """Compile Typst *source* to PDF with the bundled fonts only.

    The compiler's root is an empty directory, so the source can read no file. A Typst error
    becomes a :class:`TypesetError` located in the TEI (*trees*, named *names*) where possible.
    """
    with tempfile.TemporaryDirectory(prefix="stenogram-typst-") as root:
        try:
            return typst.compile(
                source.encode("utf-8"),
                format="pdf",
                root=root,
                ignore_system_fonts=True,
                pdf_standards=[PDF_A] if pdfa else [],
            )
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
        f"{message}, from <{etree.QName(element).localname}>", Location(name, element.sourceline)
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


#: The print stylesheets number and index TEI documents: a teiCorpus is not an input.
ACCEPTS_CORPUS = False


def _read_all(inputs: Sequence[Path]) -> list[etree._ElementTree]:
    return [read_tei(path, corpus=ACCEPTS_CORPUS) for path in inputs]


def _render(
    trees: Sequence[Tree], names: Sequence[str], to: str, options: PrintOptions
) -> tuple[bytes, list[str]]:
    """The bytes of one book or volume and the stylesheets' messages (file:line: text)."""
    result = _transform(_root(trees[0]) if len(trees) == 1 else _volume(trees), options)
    stylesheet = asset_path(STYLESHEET)
    prefix = f"{names[0]}: " if len(names) == 1 else ""
    messages = [prefix + saxon.locate_message(stylesheet, m) for m in result.messages]
    if to == "typst":
        return result.text.encode("utf-8"), messages
    return typeset(result.text, options.pdfa, trees, names), messages


def _render_one(job: tuple[Path, Path, str, PrintOptions]) -> list[str]:
    """Render one TEI file to one file (a worker of :func:`map_files`); its messages."""
    source, target, to, options = job
    data, messages = _render(_read_all([source]), [str(source)], to, options)
    write_atomic(target, data)
    return messages


def render_print_files(
    inputs: Sequence[str | Path],
    output: str | Path,
    to: str = "pdf",
    options: PrintOptions | None = None,
    separate: bool = False,
    jobs: int | None = None,
    executor: Executor | None = None,
) -> RenderResult:
    """Render TEI files to Typst source or PDF: the paths written and the stylesheets' messages.

    One input → the file *output*; several → one volume in *output*, or with *separate* one
    file each in the folder *output* (named after the input), rendered in parallel. Every input
    is read and checked first: a bad one stops the run before anything is written.
    """
    if to not in ("pdf", "typst"):
        raise UsageError(f"the print edition writes pdf or typst, not {to!r}")
    if options is not None and options.pdfa and to != "pdf":
        raise UsageError("--pdfa applies to --to pdf")
    options = options or PrintOptions()
    paths = [Path(path) for path in inputs]
    if not paths:
        raise UsageError("no input files")
    output = Path(output)
    if separate:
        if output.exists() and not output.is_dir():
            raise UsageError(f"--separate writes one file per input into a folder; {output} is a file")
        suffix = ".pdf" if to == "pdf" else ".typ"
        targets = [output / (path.stem + suffix) for path in paths]
        if len(set(targets)) < len(targets):
            raise UsageError("two inputs have the same name; their outputs would overwrite each other")
        _read_all(paths)
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise UsageError(f"cannot write: {err.strerror or err}", Location(str(output))) from None
        found = map_files(
            _render_one,
            [(src, dst, to, options) for src, dst in zip(paths, targets, strict=True)],
            jobs=jobs,
            executor=executor,
            label="typesetting",
        )
        return RenderResult(targets, [m for messages in found for m in messages])
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name (or use --separate)")
    data, messages = _render(_read_all(paths), [str(path) for path in paths], to, options)
    write_atomic(output, data)
    return RenderResult([output], messages)


_OPTIONS = ("paper", "pdfa", "separate")


def _request(request: RenderRequest, to: str) -> RenderResult:
    unknown = sorted(set(request.options) - set(_OPTIONS))
    if unknown:
        raise UsageError(f"--{unknown[0]} does not apply to --to {to}")
    for path in request.inputs:
        if not path.is_file():
            raise InputError("no such file", Location(str(path)))
    opts = request.options
    if opts.get("pdfa") and to != "pdf":
        raise UsageError("--pdfa applies to --to pdf")
    options = PrintOptions(str(opts.get("paper", "a4")), bool(opts.get("pdfa", False)), dict(request.params))
    separate = bool(opts.get("separate", False))
    if request.directory and not separate:
        if len(request.inputs) > 1:
            raise UsageError(
                f"{request.output} is a folder; several inputs make one volume: "
                "give a file name (or use --separate)"
            )
        separate = True  # one input into a named folder: the folder gets <input>.pdf
    return render_print_files(
        request.inputs,
        request.output,
        to,
        options,
        separate=separate,
        jobs=request.jobs,
        executor=request.executor,
    )


def print_pdf(request: RenderRequest) -> RenderResult:
    """The ``pdf`` format of ``stenogram render``: options ``paper``, ``pdfa``, ``separate``."""
    return _request(request, "pdf")


def print_typst(request: RenderRequest) -> RenderResult:
    """The ``typst`` format of ``stenogram render``: the Typst source the PDF is made from."""
    return _request(request, "typst")
