"""What a renderer is given and gives back, and the one place that decides where outputs go.

Every format of ``stenogram render`` (a :class:`OutputFormat` in
:data:`stenogram.render.formats.FORMATS`) is a function ``RenderRequest -> RenderResult``. The
request carries the user's choices as typed :class:`RenderOptions`; its :meth:`RenderRequest.plan`
lays the outputs out (one file, or one file per input in a folder) and refuses every output that
would overwrite an input, for all formats alike; :func:`read_tei` is the one check that an input
is a TEI document, applied to every input before anything is written (:func:`read_all_tei`
names every bad input, not only the first).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from lxml import etree

from stenogram.batch import Executor
from stenogram.errors import InputError, Location, UsageError
from stenogram.files import refuse_overwriting_inputs
from stenogram.xmlsafe import line_of, parse_file

TEI_NS = "http://www.tei-c.org/ns/1.0"

Paper = Literal["a4", "us-letter"]
#: The paper sizes of the print edition (``--paper``).
PAPERS: tuple[Paper, ...] = get_args(Paper)


@dataclass(frozen=True)
class RenderOptions:
    """What the user chose, typed once: a format takes some of these (:attr:`OutputFormat.options`)
    and refuses the others, so a flag is checked in one place whatever the format.

    *css* replaces the HTML stylesheet; *search* indexes an HTML site for full-text search;
    *paper* and *pdfa* shape the print edition; *separate* writes one book per input instead of
    a volume; *params* are stylesheet parameters (``--param name=value``), each format naming
    those it takes.
    """

    css: Path | None = None
    paper: Paper | None = None
    pdfa: bool = False
    separate: bool = False
    params: Mapping[str, str] = field(default_factory=dict)
    search: bool = False

    def __post_init__(self) -> None:
        if self.paper is not None and self.paper not in PAPERS:
            raise UsageError(f"unknown paper size {self.paper!r}; expected one of: {', '.join(PAPERS)}")

    def chosen(self) -> tuple[str, ...]:
        """The options set to something other than their default, by name (``params`` aside)."""
        return tuple(name for name in OPTION_NAMES if getattr(self, name) not in (None, False))


#: The options of :class:`RenderOptions` a format may take (``params`` go by their own names).
OPTION_NAMES = ("css", "paper", "pdfa", "separate", "search")


@dataclass(frozen=True)
class OutputFormat:
    """One output format of ``stenogram render --to``: what it writes and what it takes.

    *renderer* does the work; *suffixes* are the names its files may have, the first being the
    one it gives a file named after its input; *options* are the :class:`RenderOptions` it takes
    and *params* the stylesheet parameters; *corpus* says whether a ``teiCorpus`` is an input;
    *volume* says whether several inputs make one file (a book) rather than one file each.
    """

    name: str
    renderer: Renderer
    suffixes: tuple[str, ...]
    options: frozenset[str]
    params: tuple[str, ...]
    corpus: bool
    volume: bool

    def __post_init__(self) -> None:
        unknown = self.options - set(OPTION_NAMES)
        if unknown:
            raise ValueError(f"--to {self.name} takes options RenderOptions lacks: {sorted(unknown)}")

    def check(self, options: RenderOptions) -> None:
        """Refuse an option or a stylesheet parameter this format does not take."""
        for name in options.chosen():
            if name not in self.options:
                raise UsageError(f"--{name} does not apply to --to {self.name}")
        check_params(options.params, self.params, self.name)


#: The print stylesheets' parameters a user may set (``--param``); the others stenogram sets.
PRINT_PARAMS = ("edition-title", "volume-title", "short-title", "debug")


def check_params(params: Mapping[str, str], known: Sequence[str], to: str) -> None:
    """Refuse a stylesheet parameter of *params* that the format *to* does not take (*known*)."""
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise UsageError(f"unknown parameter {unknown[0]!r} for --to {to}; known: {', '.join(known)}")


@dataclass(frozen=True)
class OutputLayout:
    """Where a render writes: *files* (one per input in *folder*, or one file for all inputs)
    and the files it adds *beside* them in the same folder (a site's index, its stylesheet)."""

    folder: Path
    files: tuple[Path, ...]
    beside: tuple[Path, ...] = ()
    per_input: bool = False

    def make_folder(self) -> None:
        """Create the folder; one that cannot be made is a :class:`UsageError`, not a traceback."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise UsageError(f"cannot write: {err.strerror or err}", Location(str(self.folder))) from None


@dataclass(frozen=True)
class RenderRequest:
    """TEI files to render (directories already expanded), in which format, where to, and how.

    *output* is where the user said to write; *directory* says it was named as a directory
    (``out/``), so even one input goes into it; *jobs* bounds the parallel workers for several
    inputs (``None``: one per core) and *executor* says where they run (``None``:
    :func:`stenogram.batch.resolve_executor`).
    """

    inputs: tuple[Path, ...]
    format: OutputFormat
    output: Path
    options: RenderOptions = field(default_factory=RenderOptions)
    jobs: int | None = None
    directory: bool = False
    executor: Executor | None = None

    def plan(self, beside: Sequence[str] = ()) -> OutputLayout:
        """Lay the outputs out, adding the files named *beside* to the folder, and refuse the
        layouts that cannot be written: a file that is a folder, a folder that is a file, two
        inputs writing one file, and any output that is an input."""
        return plan_layout(self, beside)

    def documents(self) -> list[etree._ElementTree]:
        """Every input parsed and checked to be TEI (a ``teiCorpus`` too where the format takes
        one), before the format writes anything: a bad input stops the render, and every bad one
        is named."""
        return read_all_tei(self.inputs, corpus=self.format.corpus)

    def check_inputs(self) -> None:
        """:meth:`documents` keeping none of them."""
        check_all_tei(self.inputs, corpus=self.format.corpus)


@dataclass
class RenderResult:
    """The files written, in a stable order, and the stylesheets' messages (file:line: text)."""

    written: list[Path] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


Renderer = Callable[[RenderRequest], RenderResult]


def plan_layout(request: RenderRequest, beside: Sequence[str] = ()) -> OutputLayout:
    """The layout of :meth:`RenderRequest.plan`: one file when the format makes a volume or the
    one input's output is named with the format's suffix, else one file per input in a folder."""
    fmt, output, inputs = request.format, request.output, request.inputs
    refuse_overwriting_inputs(inputs, [output], output)
    separate = request.options.separate or request.directory
    if not separate and (fmt.volume or (len(inputs) == 1 and output.suffix.lower() in fmt.suffixes)):
        if output.is_dir():
            hint = " (or use --separate)" if fmt.volume else ", or end the name with /"
            raise UsageError(f"{output} is a directory; name the output file{hint}", Location(str(output)))
        layout = OutputLayout(output.parent, (output,), tuple(output.parent / name for name in beside))
    else:
        if fmt.volume and not request.options.separate and len(inputs) > 1:
            raise UsageError(
                f"{output} is a folder; several inputs make one volume: give a file name (or use --separate)"
            )
        if output.exists() and not output.is_dir():
            raise UsageError(
                f"{output} is a file; one file per input goes into a folder", Location(str(output))
            )
        files = tuple(output / (path.stem + fmt.suffixes[0]) for path in inputs)
        added = tuple(output / name for name in beside)
        writers: dict[Path, Path] = {}
        for source, target in zip(inputs, files, strict=True):
            if target in writers:
                raise UsageError(f"{source} and {writers[target]} would both be written to {target}")
            if target in added:
                raise UsageError(
                    f"{source} would be written to {target}, which --to {fmt.name} writes itself"
                )
            writers[target] = source
        layout = OutputLayout(output, files, added, per_input=True)
    refuse_overwriting_inputs(inputs, (*layout.files, *layout.beside), output)
    return layout


def read_tei(path: str | Path, corpus: bool = False) -> etree._ElementTree:
    """Parse *path* safely and refuse it unless its root is ``tei:TEI`` (or, with *corpus*,
    ``tei:teiCorpus``): an :class:`InputError` at file:line naming the root found."""
    tree = parse_file(path)
    root = tree.getroot()
    accepted = (f"{{{TEI_NS}}}TEI", f"{{{TEI_NS}}}teiCorpus") if corpus else (f"{{{TEI_NS}}}TEI",)
    if root.tag not in accepted:
        raise InputError(
            f"not a TEI document: the root element is <{etree.QName(root).localname}>",
            Location(str(path), line_of(root)),
        )
    return tree


def read_all_tei(paths: Sequence[str | Path], corpus: bool = False) -> list[etree._ElementTree]:
    """:func:`read_tei` of every path; an :class:`InputError` naming every bad one, if any is."""
    trees: list[etree._ElementTree] = []
    _each_tei(paths, corpus, trees.append)
    return trees


def check_all_tei(paths: Sequence[str | Path], corpus: bool = False) -> None:
    """:func:`read_all_tei` keeping no tree: a site's pages are rendered from their files, so
    the coordinator need not hold every document to check them."""
    _each_tei(paths, corpus, lambda tree: None)


def _each_tei(paths: Sequence[str | Path], corpus: bool, keep: Callable[[etree._ElementTree], None]) -> None:
    errors = []
    for path in paths:
        try:
            keep(read_tei(path, corpus))
        except InputError as err:
            errors.append(err)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        listed = "\n".join(f"  {err}" for err in errors)
        raise InputError(
            f"{len(errors)} of {len(paths)} inputs cannot be rendered; nothing was written:\n{listed}"
        )
