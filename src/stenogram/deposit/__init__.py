"""Stage 5: an edition as an archive deposit, a BagIt 1.0 bag (``stenogram package``).

``metadata`` reads the teiHeader into the facts an archive catalogues (``bag-info.txt`` and a
Dublin Core ``dc.xml``); ``payload`` makes the files of one edition (the source as received,
its configuration, the TEI, the validation report, the HTML and the PDF/A-2b editions);
``bag`` lays them out as a bag with the Library of Congress' ``bagit`` package, reproducibly,
as a folder or a zip; ``verify`` checks a bag's fixity, completeness, TEI and PDF/A claim.
"""

from __future__ import annotations

from importlib import import_module

from stenogram.errors import UsageError

#: The packages of the ``deposit`` extra: without them ``stenogram package`` says how to get them.
EXTRA = ("bagit", "pikepdf")


def _missing(names: tuple[str, ...]) -> list[str]:
    missing = []
    for name in names:
        try:
            import_module(name)
        except ImportError:
            missing.append(name)
    return missing


_ABSENT = _missing(EXTRA)
if _ABSENT:
    raise UsageError(f"stenogram package needs {' and '.join(_ABSENT)}: pip install 'stenogram[deposit]'")
