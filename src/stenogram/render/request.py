"""What an output format's renderer is given and gives back.

Every format of ``stenogram render`` (see :data:`stenogram.render.formats.FORMATS`) is a function
``RenderRequest -> RenderResult``; this module holds the two types so that the registry and the
renderers can share them without importing each other, and :func:`read_tei`, the one check
that an input is a TEI document, which every format applies to every input before writing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from stenogram.batch import Executor
from stenogram.errors import InputError, Location
from stenogram.xmlsafe import parse_file

_TEI_NS = "{http://www.tei-c.org/ns/1.0}"


@dataclass(frozen=True)
class RenderRequest:
    """TEI files to render (directories already expanded), where to, and how.

    *params* are stylesheet parameters (``--param name=value``); *options* are the
    format's own options (``css`` for HTML; ``paper``, ``pdfa``, ``separate`` for PDF), only
    those the user gave; *jobs* is the number of parallel workers for several inputs (``None``:
    one per core) and *executor* where they run (``None``: :func:`stenogram.batch.resolve_executor`).
    *directory* says the output was named as a directory (``out/``), so even one input goes into it.
    """

    inputs: tuple[Path, ...]
    output: Path
    params: Mapping[str, str] = field(default_factory=dict)
    options: Mapping[str, object] = field(default_factory=dict)
    jobs: int | None = None
    directory: bool = False
    executor: Executor | None = None


@dataclass
class RenderResult:
    """The files written, in a stable order, and the stylesheets' messages (file:line: text)."""

    written: list[Path] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


Renderer = Callable[[RenderRequest], RenderResult]


def read_tei(path: str | Path, corpus: bool = False) -> etree._ElementTree:
    """Parse *path* safely and refuse it unless its root is ``tei:TEI`` (or, with *corpus*,
    ``tei:teiCorpus``): an :class:`InputError` at file:line naming the root found."""
    tree = parse_file(path)
    root = tree.getroot()
    accepted = (f"{_TEI_NS}TEI", f"{_TEI_NS}teiCorpus") if corpus else (f"{_TEI_NS}TEI",)
    if root.tag not in accepted:
        raise InputError(
            f"not a TEI document: the root element is <{etree.QName(root).localname}>",
            Location(str(path), root.sourceline),
        )
    return tree
