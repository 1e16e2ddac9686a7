"""Packing the bundled edition: the bag's payload, its metadata, and reproducibility to the byte."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import bagit
import pikepdf
import pytest
from deposit_fixtures import CONFIG, EDITION, ROOT, SOURCE, Packings
from lxml import etree

from stenogram import __version__, convert_file, pack_editions, verify_package
from stenogram.deposit.bag import digest_timestamp
from stenogram.errors import UsageError
from stenogram.xmlsafe import parse_bytes, parse_file

NAME = EDITION.stem
DATA = f"data/{NAME}"
DCTERMS = "{http://purl.org/dc/terms/}"
TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}


def files_of(directory: Path) -> dict[str, bytes]:
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def bag_info(package: Path) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for line in (package / "bag-info.txt").read_text(encoding="utf-8").splitlines():
        label, _, value = line.partition(": ")
        fields.setdefault(label, []).append(value)
    return fields


def pdf_created(pdf: bytes) -> tuple[str, str]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return str(doc.docinfo["/CreationDate"]), doc.open_metadata()[
            "{http://ns.adobe.com/xap/1.0/}CreateDate"
        ]


def test_the_payload_holds_the_edition_as_received_and_rendered(package: Path) -> None:
    files = files_of(package / "data")
    assert sorted(files) == sorted(
        [
            "README.txt",
            f"{NAME}/source/{SOURCE.name}",
            f"{NAME}/source/{CONFIG.name}",
            f"{NAME}/tei/{NAME}.xml",
            f"{NAME}/validation/{NAME}.json",
            f"{NAME}/validation/{NAME}.svrl",
            f"{NAME}/html/{NAME}.html",
            f"{NAME}/html/edition.css",
            f"{NAME}/pdf/{NAME}.pdf",
        ]
    )
    assert files[f"{NAME}/source/{SOURCE.name}"] == SOURCE.read_bytes()  # bytes as received
    assert files[f"{NAME}/source/{CONFIG.name}"] == CONFIG.read_bytes()
    assert files[f"{NAME}/tei/{NAME}.xml"] == EDITION.read_bytes()
    report = json.loads(files[f"{NAME}/validation/{NAME}.json"])
    assert report["errors"] == 0 and [f["file"] for f in report["files"]] == [f"{DATA}/tei/{NAME}.xml"]
    svrl = parse_bytes(files[f"{NAME}/validation/{NAME}.svrl"])
    assert svrl.xpath("count(//*[local-name()='schematron-output'])") == 1
    assert not svrl.xpath("//*[local-name()='failed-assert']")
    page = etree.fromstring(files[f"{NAME}/html/{NAME}.html"], etree.HTMLParser())
    assert page.xpath("//link[@rel='stylesheet']/@href") == ["edition.css"]
    title = parse_file(EDITION).xpath("string(//t:titleStmt/t:title)", namespaces=TEI_NS)
    assert title in "".join(page.xpath("//h1//text()"))
    readme = files["README.txt"].decode("utf-8")
    assert title in readme and f"data/{NAME}/pdf/{NAME}.pdf" in readme


def test_the_pdf_is_pdfa_2b_dated_by_source_date_epoch(package: Path) -> None:
    with pikepdf.open(package / DATA / "pdf" / f"{NAME}.pdf") as pdf:
        meta = pdf.open_metadata()
        assert meta["{http://www.aiim.org/pdfa/ns/id/}part"] == "2"
        assert meta["{http://www.aiim.org/pdfa/ns/id/}conformance"] == "B"
    created = pdf_created((package / DATA / "pdf" / f"{NAME}.pdf").read_bytes())
    assert created == ("D:20231114221320Z", "2023-11-14T22:13:20+00:00")  # not the record's 1936


def test_bag_info_and_dublin_core_come_from_the_tei_header(package: Path) -> None:
    assert (package / "bagit.txt").read_text() == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    info = bag_info(package)
    header = parse_file(EDITION)
    title = header.xpath("string(//t:titleStmt/t:title)", namespaces=TEI_NS)
    assert info["Title"] == [title]
    assert info["Date"] == ["1936-12-04"]
    sources = header.xpath("//t:sourceDesc/t:bibl", namespaces=TEI_NS)  # the chain: copy, published
    assert len(sources) == 2
    assert info["Source"] == [" ".join(b.xpath("string()").split()) for b in sources]
    assert info["Archival-Reference"] == ["Russia, Moscow, RGASPI, fond 17, opis 2, delo 574, L. 76-103"]
    assert info["Source-Organization"] == ["The stenogram project"]
    assert info["Licence"][0].startswith("The English translation was copied from a public web page")
    assert info["Bagging-Date"] == ["2023-11-14"]
    assert info["Stenogram-Version"] == [__version__]
    payload = [p for p in (package / "data").rglob("*") if p.is_file()]
    assert info["Payload-Oxum"] == [f"{sum(p.stat().st_size for p in payload)}.{len(payload)}"]
    dc = parse_file(package / "dc.xml").getroot()
    assert dc.findtext(f"{DCTERMS}title") == title
    assert dc.findtext(f"{DCTERMS}created") == "1936-12-04"
    assert dc.findtext(f"{DCTERMS}dateSubmitted") == "2023-11-14"
    assert [e.text for e in dc.iter(f"{DCTERMS}source")] == [*info["Source"], *info["Archival-Reference"]]


def test_manifests_in_sha256_and_sha512_cover_payload_and_tag_files(package: Path) -> None:
    bag = bagit.Bag(str(package))
    assert bag.version_info == (1, 0) and sorted(bag.algorithms) == ["sha256", "sha512"]
    assert bag.validate()  # the Library of Congress' own check
    payload = sorted(p.relative_to(package).as_posix() for p in (package / "data").rglob("*") if p.is_file())
    for algorithm in ("sha256", "sha512"):
        listed = sorted(
            line.split()[1] for line in (package / f"manifest-{algorithm}.txt").read_text().splitlines()
        )
        assert listed == payload
        tags = [
            line.split()[1] for line in (package / f"tagmanifest-{algorithm}.txt").read_text().splitlines()
        ]
        assert tags == sorted(
            ["bag-info.txt", "bagit.txt", "dc.xml", "manifest-sha256.txt", "manifest-sha512.txt"]
        )


def test_two_packings_with_source_date_epoch_are_byte_identical(packings: Packings) -> None:
    assert files_of(packings.first) == files_of(packings.second)
    assert packings.first_zip.read_bytes() == packings.second_zip.read_bytes()
    with zipfile.ZipFile(packings.first_zip) as archive:
        entries = archive.infolist()
        assert [e.filename for e in entries] == sorted(e.filename for e in entries)
        assert {e.date_time for e in entries} == {(2023, 11, 14, 22, 13, 20)}
        assert {e.external_attr >> 16 for e in entries} == {0o100644}
        unpacked = {e.filename.removeprefix("kaganovich/"): archive.read(e) for e in entries}
    assert unpacked == files_of(packings.first)


def test_without_source_date_epoch_the_date_comes_from_the_tei_digest(packings: Packings) -> None:
    assert files_of(packings.default) == files_of(packings.default_again)
    expected = datetime.fromtimestamp(digest_timestamp([EDITION.read_bytes()]), UTC)
    assert bag_info(packings.default)["Bagging-Date"] == [expected.date().isoformat()]
    pdf = (packings.default / DATA / "pdf" / f"{NAME}.pdf").read_bytes()
    assert pdf_created(pdf)[0] == expected.strftime("D:%Y%m%d%H%M%SZ")
    assert not pdf_created(pdf)[0].startswith(("D:1936", datetime.now(UTC).strftime("D:%Y%m%d")))


def test_an_existing_package_is_never_overwritten(package: Path) -> None:
    before = files_of(package)
    with pytest.raises(UsageError, match="never overwritten"):
        pack_editions([EDITION], package)
    assert files_of(package) == before


def test_the_source_is_found_in_a_folder_beside_the_tei_folder_or_named(tmp_path: Path) -> None:
    (tmp_path / "edition" / "tei").mkdir(parents=True)
    tei = tmp_path / "edition" / "tei" / EDITION.name
    shutil.copyfile(EDITION, tei)
    with pytest.raises(UsageError, match="--source"):
        pack_editions([tei], tmp_path / "none")
    assert not (tmp_path / "none").exists()
    (tmp_path / "edition" / "text").mkdir()
    shutil.copyfile(SOURCE, tmp_path / "edition" / "text" / SOURCE.name)
    found = pack_editions([tei], tmp_path / "found", as_zip=True)
    assert found.package == tmp_path / "found.zip"
    with zipfile.ZipFile(tmp_path / "found.zip") as archive:
        names = archive.namelist()
        assert archive.read(f"found/{DATA}/source/{SOURCE.name}") == SOURCE.read_bytes()
    assert not any(name.endswith(".toml") for name in names)  # no configuration beside that source


def test_a_tei_with_errors_is_not_packed(tmp_path: Path) -> None:
    tree = parse_file(EDITION)
    first_turn = tree.xpath("//t:body//t:sp[@who]", namespaces=TEI_NS)[0]
    first_turn.set("who", "#nobody-known")
    broken = tmp_path / EDITION.name
    broken.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    result = pack_editions([broken], tmp_path / "package", source=SOURCE)
    assert result.package is None and result.exit_code == 1
    assert any("nobody-known" in error and str(broken) in error for error in result.errors)
    assert sorted(p.name for p in tmp_path.iterdir()) == [EDITION.name]  # nothing written, no leftovers


def test_dublin_core_and_bag_info_from_parlamint_headers(corpus: Path, tmp_path: Path) -> None:
    from stenogram.deposit.metadata import bag_info as make_bag_info
    from stenogram.deposit.metadata import dublin_core, edition_facts

    samples = sorted((corpus / "parlamint").glob("*/*.xml"))[:12]
    if not samples:
        pytest.skip("no ParlaMint sittings in the shared corpus")
    for sample in samples:
        tree = parse_file(sample)
        facts = edition_facts(tree)
        title = tree.xpath("normalize-space((//t:titleStmt/t:title[@type='main'])[1])", namespaces=TEI_NS)
        assert facts.title == title, sample
        assert facts.date == tree.xpath("string((//t:settingDesc//t:date/@when)[1])", namespaces=TEI_NS), (
            sample
        )
        info = make_bag_info([facts], "2024-01-01")
        record = parse_bytes(dublin_core([facts], "2024-01-01")).getroot()
        assert info["Title"] == [record.findtext(f"{DCTERMS}title")] == [title]


def test_several_editions_share_one_bag(tmp_path: Path) -> None:
    (tmp_path / "transcripts").mkdir()
    trial = Path(
        shutil.copyfile(ROOT / "tests" / "data" / "en-trial.txt", tmp_path / "transcripts" / "en-trial.txt")
    )
    convert_file(trial, tmp_path / "tei" / "en-trial.xml")
    result = pack_editions([EDITION, tmp_path / "tei"], tmp_path / "volume")
    assert result.package is not None and not result.errors
    package = result.package
    assert sorted(p.name for p in (package / "data").iterdir()) == ["README.txt", "en-trial", NAME]
    assert (package / "data" / "en-trial" / "source" / "en-trial.txt").read_bytes() == trial.read_bytes()
    assert not (package / "data" / "en-trial" / "source" / "en-trial.toml").exists()
    titles = bag_info(package)["Title"]
    assert len(titles) == 2 and titles[1] == parse_file(tmp_path / "tei" / "en-trial.xml").xpath(
        "normalize-space(//t:titleStmt/t:title)", namespaces=TEI_NS
    )
    report = verify_package(package)
    assert report.exit_code == 0 and report.editions == ("en-trial", NAME)
