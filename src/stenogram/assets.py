"""Where the stylesheets and schemas live, in a checkout and in an installed wheel.

They are top-level folders of the repository (``xslt/``, ``schemas/``); the wheel ships them
inside the package. This is the only function that knows both places.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def asset_path(relative: str) -> Path:
    """The absolute path of an asset such as ``"xslt/html/edition.xsl"``."""
    for base in (_PACKAGE, _PACKAGE.parent.parent):
        candidate = base / relative
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"stenogram asset not found: {relative}")
