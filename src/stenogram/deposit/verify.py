"""``stenogram package --verify``: is a package still what was packed?

Four checks, each finding a line ``file: message`` like the validator's: fixity and
completeness (the ``bagit`` package: a payload or tag file changed, removed or added since
packing is named), the TEI still valid (:func:`stenogram.validate_files`), and each PDF still
claiming PDF/A-2b with all its fonts embedded (``pikepdf``). A package is a bag folder or a zip
of one. Exit codes as for validate: 0 no finding, 1 findings, 2 not a package at all.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import bagit
import pikepdf

from stenogram.deposit.payload import payload_path
from stenogram.errors import InputError, Location
from stenogram.validate.run import validate_files

PDFA_ID = "{http://www.aiim.org/pdfa/ns/id/}"
#: The PDF/A part and conformance a package's print edition claims.
PDFA_CLAIM = ("2", "B")
# bagit logs every flaw it finds as a warning; they are reported here, as findings, once.
logging.getLogger("bagit").addHandler(logging.NullHandler())

#: A font program in a font descriptor: Type 1, TrueType, CFF/OpenType.
FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


@dataclass(frozen=True)
class VerifyReport:
    """The findings about one package (``file: message``), and the editions checked."""

    package: str
    findings: tuple[str, ...]
    editions: tuple[str, ...]

    @property
    def exit_code(self) -> int:
        return 1 if self.findings else 0

    def text(self) -> str:
        lines = list(self.findings)
        checked = f"{len(self.editions)} edition{'s' if len(self.editions) != 1 else ''}"
        lines.append(
            f"{self.package}: {len(self.findings)} finding(s) in {checked}"
            if self.findings
            else f"{self.package}: ok ({checked}: fixity, completeness, TEI, PDF/A-2b, fonts embedded)"
        )
        return "\n".join(lines) + "\n"


@contextmanager
def _opened(package: Path) -> Iterator[Path]:
    """The bag folder of *package*: itself, or a zip's one top folder unpacked in a temporary place."""
    if package.is_dir():
        yield package
        return
    if not zipfile.is_zipfile(package):
        raise InputError("not a package: neither a bag folder nor a zip file", Location(str(package)))
    with (
        tempfile.TemporaryDirectory(prefix="stenogram-verify-") as temporary,
        zipfile.ZipFile(package) as archive,
    ):
        tops = {name.split("/", 1)[0] for name in archive.namelist()}
        if len(tops) != 1:
            raise InputError("not a package: a zipped bag holds one folder", Location(str(package)))
        archive.extractall(temporary)
        yield Path(temporary) / tops.pop()


def _changed(algorithms: Iterable[str]) -> str:
    return f"changed since packing (its {', '.join(sorted(algorithms))} differ from the manifests)"


def _checksums_differ(bag: bagit.Bag) -> Iterator[tuple[str, list[str]]]:
    """The files listed and present whose checksums differ from the manifests'. bagit stops at
    an incomplete bag before comparing any checksum; this compares those of the files still there."""
    for path, expected in sorted(bag.entries.items()):
        full = Path(bag.path) / path
        if not full.is_file():
            continue
        data = full.read_bytes()
        differ = [name for name, value in expected.items() if hashlib.new(name, data).hexdigest() != value]
        if differ:
            yield path, differ


def _fixity(bag: bagit.Bag) -> list[tuple[str, str]]:
    """Files changed, removed or added since packing, and any other flaw of the bag, by path."""
    missing, added = bag.compare_manifests_with_fs()
    found = [(path, "removed since packing (listed in the manifest, not in the package)") for path in missing]
    found += [(path, "added since packing (in the package, not in the manifest)") for path in added]
    if missing or added:
        return sorted(found + [(path, _changed(names)) for path, names in _checksums_differ(bag)])
    # The checksums find every change of size too, and name the file; Payload-Oxum only counts.
    bag.info.pop("Payload-Oxum", None)
    try:
        bag.validate(processes=1)
    except bagit.BagValidationError as err:
        changed: dict[str, list[str]] = {}
        for detail in err.details or []:
            if isinstance(detail, bagit.ChecksumMismatch):
                changed.setdefault(detail.path, []).append(detail.algorithm)
        found += [(path, _changed(names)) for path, names in changed.items()]
        if not err.details:
            found.append(("bag", str(err.message)))
    except bagit.BagError as err:
        found.append(("bag", str(err)))
    return sorted(found)


def _dictionaries(item: object, top: bool = True) -> Iterator[pikepdf.Dictionary | pikepdf.Stream]:
    """*item* and the dictionaries within it, not following references (each is an object of its own)."""
    if not top and isinstance(item, pikepdf.Object) and item.is_indirect:
        return
    if isinstance(item, pikepdf.Dictionary | pikepdf.Stream):
        yield item
        for _, value in item.items():
            yield from _dictionaries(value, top=False)
    elif isinstance(item, pikepdf.Array):
        for value in item:
            yield from _dictionaries(value, top=False)


def _fonts(document: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary | pikepdf.Stream]:
    """Every font dictionary of *document*, whether an object of its own or written inside another."""
    for item in document.objects:
        for dictionary in _dictionaries(item):
            if dictionary.get("/Type") == pikepdf.Name.Font:
                yield dictionary


def _pdf_findings(pdf: Path) -> list[str]:
    """What keeps *pdf* from being the PDF/A-2b it should be: the claim, and fonts not embedded."""
    try:
        document = pikepdf.open(pdf)
    except pikepdf.PdfError as err:
        return [f"not a readable PDF: {err}"]
    with document:
        meta = document.open_metadata()
        claim = (meta.get(f"{PDFA_ID}part"), meta.get(f"{PDFA_ID}conformance"))
        found = (
            []
            if claim == PDFA_CLAIM
            else [f"does not claim PDF/A-2b (its XMP claims part {claim[0]}, conformance {claim[1]})"]
        )
        for font in _fonts(document):
            if font.get("/Subtype") in (pikepdf.Name.Type3, pikepdf.Name.Type0):
                continue  # Type 3 glyphs are drawn in the PDF; a Type 0 font's descendant is checked itself
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or not any(key in descriptor for key in FONT_FILES):
                found.append(f"the font {font.get('/BaseFont', '?')} is not embedded")
    return found


def verify_package(package: str | Path) -> VerifyReport:
    """Check the package (bag folder or zip) *package*: fixity, completeness, TEI, PDF/A."""
    package = Path(package)
    if not package.exists():
        raise InputError("no such package", Location(str(package)))
    with _opened(package) as directory:
        try:
            bag = bagit.Bag(str(directory))
        except bagit.BagError as err:
            raise InputError(f"not a BagIt bag: {err}", Location(str(package))) from None
        findings = [f"{package}/{path}: {message}" for path, message in _fixity(bag)]
        editions = sorted(p.name for p in (directory / "data").iterdir() if p.is_dir())
        teis = [directory / "data" / payload_path("tei", name) for name in editions]
        present = [str(tei) for tei in teis if tei.is_file()]
        if not editions:
            findings.append(f"{package}/data: no edition in the payload")
        if present:
            report = validate_files(None, present, jobs=1, progress=False)
            for finding in (f for r in (report.files if report else ()) for f in r.findings):
                if finding.severity == "error":
                    at = Location(
                        f"{package}/{Path(finding.file).relative_to(directory)}", finding.line, finding.column
                    )
                    findings.append(f"{at}: TEI no longer valid: {finding.message}")
        for name in editions:
            pdf = directory / "data" / payload_path("pdf", name)
            if pdf.is_file():
                findings += [f"{package}/{pdf.relative_to(directory)}: {m}" for m in _pdf_findings(pdf)]
    return VerifyReport(str(package), tuple(findings), tuple(editions))
