"""What an output format's renderer is given and gives back.

Every format of ``stenogram render`` (see :data:`stenogram.render.FORMATS`) is a function
``RenderRequest -> RenderResult``; this module holds the two types so that the registry and the
renderers can share them without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class RenderRequest:
    """TEI files to render (directories already expanded), where to, and how.

    *params* are stylesheet parameters (``--param name=value``); *options* are the
    format's own options (``css`` for HTML; ``paper``, ``pdfa``, ``separate`` for PDF), only those the user gave; *jobs* is the number of
    parallel workers for several inputs (``None``: one per core).
    """

    inputs: tuple[Path, ...]
    output: Path
    params: Mapping[str, str] = field(default_factory=dict)
    options: Mapping[str, object] = field(default_factory=dict)
    jobs: int | None = None


@dataclass
class RenderResult:
    """The files written, in a stable order, and the stylesheets' messages (file:line: text)."""

    written: list[Path] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


Renderer = Callable[[RenderRequest], RenderResult]
