"""Verifying a package: intact it passes; each kind of tampering is named, with exit code 1."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import bagit
import pikepdf
import pytest
from deposit_fixtures import EDITION, Packings

from stenogram import verify_package
from stenogram.errors import InputError
from stenogram.render.pdf import render_pdf
from stenogram.xmlsafe import parse_file

NAME = EDITION.stem
TEI = f"data/{NAME}/tei/{NAME}.xml"
PDF = f"data/{NAME}/pdf/{NAME}.pdf"
HTML = f"data/{NAME}/html/{NAME}.html"


@pytest.fixture
def copy(package: Path, tmp_path: Path) -> Path:
    """A copy of the packed edition, to tamper with."""
    return Path(shutil.copytree(package, tmp_path / "package"))


def rebag(package: Path) -> None:
    """Recompute the manifests, as someone re-bagging a changed payload would: fixity then holds."""
    bagit.Bag(str(package)).save(manifests=True)


def test_an_intact_package_verifies(packings: Packings) -> None:
    for package in (packings.first, packings.first_zip, packings.default):
        report = verify_package(package)
        assert report.findings == () and report.exit_code == 0, report.text()
        assert report.editions == (NAME,)
        assert report.text().endswith("ok (1 edition: fixity, completeness, TEI, PDF/A-2b, fonts embedded)\n")


def test_a_changed_byte_is_named(copy: Path) -> None:
    html = copy / HTML
    data = bytearray(html.read_bytes())
    data[len(data) // 2] ^= 0x01
    html.write_bytes(bytes(data))
    report = verify_package(copy)
    assert report.exit_code == 1
    assert report.findings == (
        f"{copy}/{HTML}: changed since packing (its sha256, sha512 differ from the manifests)",
    )


def test_a_missing_file_is_named(copy: Path) -> None:
    (copy / PDF).unlink()
    report = verify_package(copy)
    assert report.exit_code == 1
    assert report.findings == (
        f"{copy}/{PDF}: removed since packing (listed in the manifest, not in the package)",
    )


def test_an_extra_file_is_named(copy: Path) -> None:
    (copy / "data" / NAME / "html" / "notes.txt").write_text("added later\n")
    report = verify_package(copy)
    assert report.exit_code == 1
    assert report.findings == (
        f"{copy}/data/{NAME}/html/notes.txt: added since packing (in the package, not in the manifest)",
    )


def test_changed_missing_and_extra_files_together_are_each_named(copy: Path) -> None:
    (copy / HTML).write_bytes((copy / HTML).read_bytes().replace(b"Kaganovich", b"Kaganowitsch", 1))
    (copy / PDF).unlink()
    (copy / "data" / "notes.txt").write_text("added later\n")
    report = verify_package(copy)
    assert report.findings == (
        f"{copy}/{HTML}: changed since packing (its sha256, sha512 differ from the manifests)",
        f"{copy}/{PDF}: removed since packing (listed in the manifest, not in the package)",
        f"{copy}/data/notes.txt: added since packing (in the package, not in the manifest)",
    )


def test_a_changed_tag_file_is_named(copy: Path) -> None:
    with (copy / "bag-info.txt").open("a", encoding="utf-8") as info:
        info.write("Internal-Sender-Description: edited after packing\n")
    report = verify_package(copy)
    assert [finding.split(": ", 1)[0] for finding in report.findings] == [f"{copy}/bag-info.txt"]


def test_a_tei_no_longer_valid_is_reported_even_when_rebagged(copy: Path) -> None:
    tei = copy / TEI
    tei.write_bytes(tei.read_bytes().replace(b'who="#kaganovich"', b'who="#nobody-known"', 1))
    rebag(copy)
    report = verify_package(copy)
    assert report.exit_code == 1 and report.findings
    assert all(f.startswith(f"{copy}/{TEI}:") and "TEI no longer valid" in f for f in report.findings)
    assert any("nobody-known" in f for f in report.findings)


def test_a_pdf_without_the_pdfa_claim_is_reported(copy: Path) -> None:
    (copy / PDF).write_bytes(render_pdf(parse_file(EDITION)))  # the plain print edition
    rebag(copy)
    report = verify_package(copy)
    assert report.findings == (
        f"{copy}/{PDF}: does not claim PDF/A-2b (its XMP claims part None, conformance None)",
    )


def test_a_pdf_with_a_font_not_embedded_is_reported(copy: Path) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    pdf.pages[0].Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    with pdf.open_metadata() as meta:
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"
    pdf.save(copy / PDF)
    rebag(copy)
    report = verify_package(copy)
    assert report.findings == (f"{copy}/{PDF}: the font /Helvetica is not embedded",)


def test_a_tampered_zip_is_named(packings: Packings, tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(packings.first_zip) as source, zipfile.ZipFile(tampered, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            target.writestr(entry, data + b"\n" if entry.filename.endswith("README.txt") else data)
    report = verify_package(tampered)
    assert report.exit_code == 1
    assert report.findings == (
        f"{tampered}/data/README.txt: changed since packing (its sha256, sha512 differ from the manifests)",
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "no such package"),
        (lambda p: (p.mkdir(), p)[1], "not a BagIt bag"),
        (lambda p: (p.write_text("plain text"), p)[1], "neither a bag folder nor a zip file"),
    ],
    ids=["absent", "empty folder", "not a zip"],
)
def test_not_a_package_is_bad_input(tmp_path: Path, make, message: str) -> None:
    with pytest.raises(InputError, match=message):
        verify_package(make(tmp_path / "package"))
