"""``stenogram render``: TEI files to an output format, chosen from one registry.

:data:`FORMATS` maps each format name (the choices of ``--to``) to its renderer, a function
``RenderRequest -> RenderResult`` living in the format's own module. :func:`render` checks the
call and hands over; it knows nothing of any format. (Minimal version on the ``pdf`` branch:
the print formats only; the HTML branch adds ``html``.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .errors import UsageError
from .print_edition import print_pdf, print_typst
from .render_job import Renderer, RenderRequest, RenderResult

#: Output formats of ``stenogram render --to``.
FORMATS: dict[str, Renderer] = {
    "pdf": print_pdf,
    "typst": print_typst,
}


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """``["name=value", ...]`` as a dict; a pair without ``=`` or a name is a usage error."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param expects name=value, got {pair!r}")
        params[name.strip()] = value
    return params


def render(inputs: Sequence[str | Path], to: str, output: str | Path,
           params: Mapping[str, str] | None = None, **options: object) -> RenderResult:
    """Render the TEI *inputs* as *to* into *output*; *options* are the format's own."""
    if to not in FORMATS:
        raise UsageError(f"unknown output format {to!r} (known: {', '.join(sorted(FORMATS))})")
    request = RenderRequest(tuple(Path(p) for p in inputs), Path(output), dict(params or {}), dict(options))
    return FORMATS[to](request)
