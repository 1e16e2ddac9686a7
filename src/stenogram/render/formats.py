"""``stenogram render``: TEI files to an output format, chosen from one table.

:data:`FORMATS` holds one frozen :class:`OutputFormat` per format (the choices of ``--to``):
its renderer, the suffix of its files, the options and stylesheet parameters it takes, whether a
``teiCorpus`` is an input and whether several inputs make one volume. The renderers are imported
only when called, so that ``stenogram validate`` pays for neither Typst nor the HTML stylesheets.
:func:`render_files` expands the inputs, checks the options against the format once, and hands
over a typed :class:`RenderRequest`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from stenogram.batch import Executor
from stenogram.errors import InputError, Location, UsageError
from stenogram.files import expand
from stenogram.render.request import PRINT_PARAMS, OutputFormat, RenderOptions, RenderRequest, RenderResult


def _html(request: RenderRequest) -> RenderResult:
    from stenogram.render.html import render_html

    return render_html(request)


def _print(request: RenderRequest) -> RenderResult:
    from stenogram.render.pdf import print_files

    return print_files(request)


#: The output formats of ``stenogram render --to``, by name.
FORMATS: dict[str, OutputFormat] = {
    fmt.name: fmt
    for fmt in (
        OutputFormat(
            "html",
            _html,
            suffixes=(".html", ".htm"),
            options=frozenset({"css", "search"}),
            # base-url: where the pages are published (for citations); pdf-href: the PDF to offer.
            params=("debug", "base-url", "pdf-href"),
            corpus=True,  # the page stylesheets render a teiCorpus as one page
            volume=False,  # several inputs make a site: a page each and an index
        ),
        OutputFormat(
            "pdf",
            _print,
            suffixes=(".pdf",),
            options=frozenset({"paper", "pdfa", "separate"}),
            params=PRINT_PARAMS,
            corpus=False,  # the print stylesheets number and index TEI documents
            volume=True,
        ),
        OutputFormat(
            "typst",
            _print,
            suffixes=(".typ",),
            options=frozenset({"paper", "separate"}),
            params=PRINT_PARAMS,
            corpus=False,
            volume=True,
        ),
    )
}


def tei_inputs(inputs: Sequence[str | Path]) -> tuple[Path, ...]:
    """The TEI files named: files as given, globs expanded, directories as their ``*.xml`` files."""
    found = [Path(name) for name in expand(map(str, inputs), (".xml",))]
    for path in found:
        if not path.is_file():
            raise InputError("no such file or directory", Location(str(path)))
    if not found:
        raise InputError("no TEI (*.xml) files among the inputs", Location(", ".join(map(str, inputs))))
    return tuple(found)


def render_files(
    inputs: Sequence[str | Path],
    to: str,
    output: str | Path,
    options: RenderOptions | None = None,
    jobs: int | None = None,
    executor: Executor | None = None,
) -> RenderResult:
    """Render the TEI *inputs* (files, folders of ``*.xml``, globs) as the format *to* into *output*.

    *output* is a file or a folder; a string ending in a path separator is always a folder.
    *jobs* bounds the parallel workers for several inputs, *executor* says where they run (see
    :func:`stenogram.batch.map_files`). An option or parameter the format
    does not take, or an output that would overwrite an input, is a :class:`UsageError` raised
    before anything is read or written.
    """
    fmt = FORMATS.get(to)
    if fmt is None:
        raise UsageError(f"unknown output format {to!r} (known: {', '.join(sorted(FORMATS))})")
    options = options or RenderOptions()
    fmt.check(options)
    directory = isinstance(output, str) and output.endswith(("/", os.sep))
    request = RenderRequest(tei_inputs(inputs), fmt, Path(output), options, jobs, directory, executor)
    return fmt.renderer(request)
