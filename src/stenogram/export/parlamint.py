"""``--to parlamint``: a TEI document in ParlaMint's encoding, written by
``xslt/export/parlamint.xsl`` through the project's one Saxon processor.

Python only picks the stylesheet and the output's id (the document's name, as ParlaMint names
a sitting by its file); the mapping of turns, labels and stage directions is the stylesheet's.
"""

from __future__ import annotations

import re
from pathlib import Path

from stenogram.assets import asset_path
from stenogram.saxon import transform
from stenogram.tei.reading import Member

_NOT_ID = re.compile(r"[^\w.\-]")


def parlamint_document(member: Member) -> bytes:
    """The per-document exporter of ``--to parlamint``: ParlaMint TEI, UTF-8."""
    given = member.root.get("{http://www.w3.org/XML/1998/namespace}id") or Path(member.path).stem
    ident = _NOT_ID.sub("-", given)
    if not ident[:1].isalpha() and ident[:1] != "_":
        ident = f"_{ident}"
    result = transform(asset_path("xslt/export/parlamint.xsl"), member.root, {"document-id": ident})
    return result.text.encode("utf-8")
