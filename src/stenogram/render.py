"""``stenogram render``: TEI files to an output format, chosen from one registry.

:data:`FORMATS` maps each format name (the choices of ``--to``) to its renderer, a function
``RenderRequest -> RenderResult`` living in the format's own module, named ``module:function``
and imported only when used (so that ``stenogram validate`` does not pay for Typst and the
HTML stylesheets). :func:`render` expands directories, checks the call and hands over; it knows
nothing of any format.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from importlib import import_module

from .errors import InputError, Location, UsageError
from .render_job import Renderer, RenderRequest, RenderResult

#: Output formats of ``stenogram render --to``: the renderer of each, as ``module:function``.
FORMATS: dict[str, str] = {
    "html": "stenogram.html_edition:render_html",
    "pdf": "stenogram.print_edition:print_pdf",
    "typst": "stenogram.print_edition:print_typst",
}


def renderer(name: str) -> Renderer:
    """The renderer function of the format *name*."""
    module, function = FORMATS[name].split(":")
    return getattr(import_module(module), function)


def tei_inputs(inputs: Sequence[str | Path]) -> tuple[Path, ...]:
    """The TEI files named: files as given, directories as their ``*.xml`` files, sorted."""
    found: list[Path] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.glob("*.xml") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise InputError("no such file or directory", Location(str(path)))
    if not found:
        raise InputError("no TEI (*.xml) files among the inputs", Location(", ".join(map(str, inputs))))
    return tuple(found)


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """``["name=value", ...]`` as a dict; a pair without ``=`` or a name is a usage error."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param expects name=value, got {pair!r}")
        params[name.strip()] = value
    return params


def render(
    inputs: Sequence[str | Path],
    to: str,
    output: str | Path,
    params: Mapping[str, str] | None = None,
    jobs: int | None = None,
    **options: object,
) -> RenderResult:
    """Render the TEI *inputs* (files or directories) as *to* into *output*.

    *jobs* bounds the parallel workers for several inputs. *options* are the format's own
    (``css`` for HTML; ``paper``, ``pdfa``, ``separate`` for PDF); an option the format does not
    take is a :class:`UsageError`, raised by the renderer.
    """
    if to not in FORMATS:
        raise UsageError(f"unknown output format {to!r} (known: {', '.join(sorted(FORMATS))})")
    request = RenderRequest(tei_inputs(inputs), Path(output), dict(params or {}), dict(options), jobs)
    return renderer(to)(request)
