"""``stenogram render``: TEI files to an output format, chosen from one registry.

:data:`FORMATS` maps each format name (the choices of ``--to``) to its renderer, a function
``RenderRequest -> RenderResult`` living in the format's own module, named ``module:function``
and imported only when used (so that ``stenogram validate`` does not pay for Typst and the
HTML stylesheets). :func:`render` expands directories, checks the call (an output that would
overwrite an input is refused) and hands over; it knows nothing of any format beyond the names
of the files the formats may write into a directory (:data:`DIRECTORY_NAMES`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from importlib import import_module
from pathlib import Path

from stenogram.batch import Executor
from stenogram.errors import InputError, Location, UsageError
from stenogram.files import expand
from stenogram.render.request import Renderer, RenderRequest, RenderResult

#: Output formats of ``stenogram render --to``: the renderer of each, as ``module:function``.
FORMATS: dict[str, str] = {
    "html": "stenogram.render.html:render_html",
    "pdf": "stenogram.render.pdf:print_pdf",
    "typst": "stenogram.render.pdf:print_typst",
}


#: The suffixes of pages written into a directory (one per input, named after it), and the
#: fixed names a site adds: an output directory must not hold an input under such a name.
DIRECTORY_SUFFIXES = (".html", ".pdf", ".typ")
DIRECTORY_NAMES = ("index.html", "edition.css")


def renderer(name: str) -> Renderer:
    """The renderer function of the format *name*."""
    module, function = FORMATS[name].split(":")
    return getattr(import_module(module), function)


def tei_inputs(inputs: Sequence[str | Path]) -> tuple[Path, ...]:
    """The TEI files named: files as given, globs expanded, directories as their ``*.xml`` files."""
    found = [Path(name) for name in expand(map(str, inputs), (".xml",))]
    for path in found:
        if not path.is_file():
            raise InputError("no such file or directory", Location(str(path)))
    if not found:
        raise InputError("no TEI (*.xml) files among the inputs", Location(", ".join(map(str, inputs))))
    return tuple(found)


def check_not_an_input(inputs: Sequence[Path], output: Path, extra: Sequence[str] = ()) -> None:
    """Refuse an *output* that is one of the *inputs*, or a directory in which a page (or a
    name in *extra*, such as the CSS) would be written over one of them."""
    sources = {path.resolve(): path for path in inputs}
    target = output.resolve()
    if target in sources:
        raise UsageError(f"the output would overwrite the input {sources[target]}", Location(str(output)))
    names = {*(p.stem + s for p in inputs for s in DIRECTORY_SUFFIXES), *DIRECTORY_NAMES, *extra}
    for name in sorted(names):
        if (target / name) in sources:
            raise UsageError(
                f"a file written into {output} would overwrite the input {sources[target / name]}",
                Location(str(output)),
            )


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """``["name=value", ...]`` as a dict; a pair without ``=`` or a name is a usage error."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param expects name=value, got {pair!r}")
        params[name.strip()] = value
    return params


def render_files(
    inputs: Sequence[str | Path],
    to: str,
    output: str | Path,
    params: Mapping[str, str] | None = None,
    jobs: int | None = None,
    executor: Executor | None = None,
    **options: object,
) -> RenderResult:
    """Render the TEI *inputs* (files or directories) as *to* into *output*.

    *output* is a file or a directory; a string ending in a path separator is always a
    directory. *jobs* bounds the parallel workers for several inputs, *executor* says where they
    run (see :func:`stenogram.batch.map_files`). *options* are the format's own
    (``css`` for HTML; ``paper``, ``pdfa``, ``separate`` for PDF); an option the format does not
    take is a :class:`UsageError`, raised by the renderer.
    """
    if to not in FORMATS:
        raise UsageError(f"unknown output format {to!r} (known: {', '.join(sorted(FORMATS))})")
    directory = isinstance(output, str) and output.endswith(("/", os.sep))
    sources = tei_inputs(inputs)
    css = options.get("css")
    check_not_an_input(sources, Path(output), [Path(str(css)).name] if css else [])
    request = RenderRequest(
        sources, Path(output), dict(params or {}), dict(options), jobs, directory, executor
    )
    return renderer(to)(request)
