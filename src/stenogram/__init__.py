"""stenogram: scholarly editions of stenographic records.

Plain text → TEI P5 → validation → HTML and PDF, one subpackage per stage:
:mod:`stenogram.transcript` (reading and parsing text into the document model),
:mod:`stenogram.tei` (encoding the model as TEI), :mod:`stenogram.validate` (RelaxNG and
Schematron) and :mod:`stenogram.render` (XSLT to HTML, Typst and PDF). The stages meet only
through the document model and TEI files. The functions below are the public entry points;
each command of the CLI is one call of one of them. They are imported on first use, so that
``import stenogram`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

#: Public name → the module that defines it.
_API = {
    "convert_text": "stenogram.tei.convert",
    "convert_file": "stenogram.tei.convert",
    "convert_files": "stenogram.tei.convert",
    "validate_files": "stenogram.validate.run",
    "render_files": "stenogram.render.formats",
    "pack_editions": "stenogram.deposit.bag",
    "verify_package": "stenogram.deposit.verify",
    "export_files": "stenogram.export.formats",
    "stats_files": "stenogram.stats.run",
    "build_corpus": "stenogram.corpus.build",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'stenogram' has no attribute {name!r}")
