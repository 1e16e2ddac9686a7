"""The short README for the archivist at the top of a package's payload (``data/README.txt``).

Plain text, for a person opening the package years from now without stenogram: what the
package holds, where each part of an edition is, how the files are checked, and what the dates
mean. Built from the same facts as ``bag-info.txt``; the same package gives the same text.
"""

from __future__ import annotations

from collections.abc import Sequence

from stenogram import __version__
from stenogram.deposit.metadata import EditionFacts
from stenogram.deposit.payload import EditionPayload, payload_path

#: What each part of an edition is, in the order the README lists them.
PARTS = {
    "source": "the source transcript as received (bytes unchanged) and its configuration",
    "tei": "the TEI P5 encoding of the record",
    "validation-json": "the validation report of the TEI (JSON)",
    "validation-svrl": "the Schematron report of the TEI (SVRL)",
    "html": "the HTML reading edition (with edition.css beside it)",
    "pdf": "the print edition, PDF/A-2b with its fonts embedded",
}


def _about(facts: EditionFacts) -> list[str]:
    lines = [f"  Title: {facts.title}"] if facts.title else []
    lines += [f"  Date of the record: {facts.date}"] if facts.date else []
    lines += [f"  Published source: {source}" for source in facts.sources]
    lines += [f"  Archival reference: {facts.archival_reference}"] if facts.archival_reference else []
    lines += [f"  Editor: {editor}" for editor in facts.editors]
    lines += [f"  Licence: {facts.licence}"] if facts.licence else []
    return lines


def archivist_readme(editions: Sequence[EditionPayload], bagging_date: str) -> str:
    """The text of ``data/README.txt`` for a package of *editions* made on *bagging_date*."""
    lines = [
        "Archive package of a scholarly edition of a stenographic record",
        "",
        f"Made by stenogram {__version__} on {bagging_date} as a BagIt 1.0 bag (RFC 8493).",
        "bag-info.txt and dc.xml (Dublin Core) at the top of the package describe it; the",
        "manifests list a SHA-256 and a SHA-512 checksum of every file, the tag manifests of",
        "the files that describe the package.",
        "",
    ]
    for edition in editions:
        lines.append(f"Edition {edition.name}:")
        lines += _about(edition.facts)
        for part, meaning in PARTS.items():
            where = payload_path(part, edition.name, "")
            lines.append(f"  data/{where}: {meaning}")
        lines.append("")
    lines += [
        "Checking the package: any BagIt tool checks the checksums and that no file is missing",
        "or added (e.g. `bagit.py --validate PACKAGE`); `stenogram package --verify PACKAGE`",
        "also checks that the TEI is still valid and that each PDF claims PDF/A-2b with every",
        "font embedded.",
        "",
        "Dates: the date of the record is when the meeting took place. The date of the package",
        "(Bagging-Date, and the PDF's creation date) is the build date the packer fixed",
        "(SOURCE_DATE_EPOCH) or, without one, a date derived from the TEI's checksum, so that",
        "packing the same edition again gives the same bytes.",
    ]
    return "\n".join(lines) + "\n"
