"""Corpora: the samples and the bundled edition built into one corpus with one registry,
valid as a whole (our checks; tei_all once the XIncludes are expanded), and every check firing
where a corpus is broken; then stats and exports over the built corpus."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from stenogram.cli import main
from stenogram.corpus.build import build_corpus
from stenogram.export.formats import export_files
from stenogram.stats.run import statistics
from stenogram.tei.reading import read_file
from stenogram.validate.run import validate_paths
from tei_samples import EDITION, EDITION_CONFIG

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="module")
def built(sample_tei: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    build_corpus([str(p) for p in sample_tei], str(folder), str(EDITION_CONFIG), "Samples", jobs=1)
    return folder


def test_one_registry_for_all_sittings(built: Path, sample_tei: list[Path]) -> None:
    registry = etree.parse(str(built / "persons.xml")).getroot()
    assert registry.tag == f"{TEI}listPerson"
    kaganovich = registry.find(f"{TEI}person[@{{http://www.w3.org/XML/1998/namespace}}id='kaganovich']")
    # KAGANOVICH. (the edition, English) and КАГАНОВИЧ. (the Russian samples) are one person,
    # with the configured full name first, in its parts, and every label form of each sitting.
    names = [n for n in kaganovich.findall(f"{TEI}persName") if n.get("type") is None]
    labels = {n.text for n in kaganovich.findall(f"{TEI}persName[@type='label']")}
    assert (
        "".join(names[0].itertext()) == "Lazar Moiseyevich Kaganovich"
        and {"KAGANOVICH", "КАГАНОВИЧ"} <= labels
    )
    assert names[0].findtext(f"{TEI}surname") == "Kaganovich"
    assert [n.findtext(f"{TEI}surname") for n in names[1:]] == ["Каганович"] * (len(names) - 1)
    ids = [p.get(XML_ID) for p in registry]
    assert len(ids) == len(set(ids))
    for sitting in sample_tei:
        root = etree.parse(str(built / sitting.name)).getroot()
        assert root.find(f".//{TEI}listPerson") is None
        assert root.get(XML_ID) == sitting.stem
        pointed = {w.lstrip("#") for sp in root.iter(f"{TEI}sp") for w in sp.get("who", "").split()}
        assert pointed <= set(ids), sitting
        assert all(
            p.get(XML_ID).startswith(f"{sitting.stem}.p-") for p in root.iter(f"{TEI}p") if p.get(XML_ID)
        )


def test_corpus_root_includes_every_sitting(built: Path, sample_tei: list[Path]) -> None:
    root = etree.parse(str(built / "corpus.xml")).getroot()
    assert root.tag == f"{TEI}teiCorpus"
    hrefs = [i.get("href") for i in root.iter("{http://www.w3.org/2001/XInclude}include")]
    assert hrefs == ["persons.xml", *(p.name for p in sample_tei)]


def test_built_corpus_validates(built: Path) -> None:
    report = validate_paths([str(built)], jobs=1)
    assert report.errors == 0, [str(f) for r in report.files for f in r.findings]


def test_expanded_corpus_is_valid_tei_all(built: Path, tei_all, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tree = etree.parse(str(built / "corpus.xml"))
    tree.xinclude()  # the test's own expansion of local files; stenogram never expands
    expanded = tmp_path / "expanded.xml"
    tree.write(str(expanded), encoding="UTF-8")
    assert tei_all([expanded]) == []


def test_the_corpus_checks_fire(built: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(built, broken)
    plenum = broken / "ru-plenum.xml"
    plenum.write_text(plenum.read_text(encoding="utf-8").replace('who="#andreev"', 'who="#nobody"'), "utf-8")
    rada = broken / "uk-rada.xml"
    rada.write_text(
        rada.read_text(encoding="utf-8")
        .replace('xml:id="uk-rada.sp-1"', 'xml:id="ru-plenum.sp-1"')
        .replace(' xml:lang="uk"', ""),
        "utf-8",
    )
    corpus = broken / "corpus.xml"
    corpus.write_text(corpus.read_text(encoding="utf-8").replace('"en-trial.xml"', '"missing.xml"'), "utf-8")
    report = validate_paths([str(corpus)], jobs=1)
    found = {(Path(f.file).name, f.rule) for r in report.files for f in r.findings}
    assert {
        ("ru-plenum.xml", "corpus-pointer-resolves"),
        ("uk-rada.xml", "corpus-id-unique"),
        ("corpus.xml", "corpus-include"),
        ("persons.xml", "corpus-person-used"),  # the persons of the trial, now left out
    } <= found
    pointer = next(f for r in report.files for f in r.findings if f.rule == "corpus-pointer-resolves")
    assert pointer.line is not None and pointer.column is not None
    assert report.exit_code() == 1


def test_a_sitting_without_a_language_is_reported(built: Path, tmp_path: Path) -> None:
    broken = tmp_path / "nolang"
    shutil.copytree(built, broken)
    hearing = broken / "en-hearing.xml"
    root = etree.parse(str(hearing)).getroot()
    del root.attrib["{http://www.w3.org/XML/1998/namespace}lang"]
    for usage in root.iter(f"{TEI}langUsage"):
        usage.getparent().remove(usage)
    hearing.write_bytes(etree.tostring(root))
    report = validate_paths([str(broken / "corpus.xml")], jobs=1)
    assert [(Path(f.file).name, f.rule) for r in report.files for f in r.findings] == [
        ("en-hearing.xml", "corpus-language")
    ]


def test_stats_and_exports_read_the_corpus(built: Path, tmp_path: Path) -> None:
    sittings = read_file(built / "corpus.xml")
    assert len(sittings) == len(list(built.glob("*.xml"))) - 2
    assert all(
        s.persons["kaganovich"].name == "Lazar Moiseyevich Kaganovich"
        for s in sittings
        if s.name == "ru-plenum"
    )
    found = statistics([str(built / "corpus.xml")], jobs=1)
    total = next(e for e in found.corpus if e.who == "kaganovich")
    assert {e.document for e in found.speakers if e.who == "kaganovich"} >= {
        "ru-plenum",
        "kaganovich-1936-12-04",
    }
    assert total.words == sum(e.words for e in found.speakers if e.who == "kaganovich")
    result = export_files([str(built / "corpus.xml")], "text", str(tmp_path / "text") + "/")
    assert len(result.written) == len(sittings) and not result.errors


def test_corpus_build_command(sample_tei: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "c"
    result = CliRunner().invoke(main, ["corpus", "build", *map(str, sample_tei[:3]), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split()[-2:] == [str(out / "persons.xml"), str(out / "corpus.xml")]
    assert "persons," in result.stderr


def test_corpus_build_command_refuses_a_plain_text(tmp_path: Path) -> None:
    text = tmp_path / "a.xml"
    text.write_text("not xml at all", encoding="utf-8")
    result = CliRunner().invoke(main, ["corpus", "build", str(text), str(EDITION), "-o", str(tmp_path / "c")])
    assert result.exit_code == 2 and f"{text}:1:" in result.stderr
    assert not (tmp_path / "c").exists()


def test_corpus_site_has_a_page_per_sitting_and_per_person(built: Path, tmp_path: Path) -> None:
    from lxml import html as lxml_html

    from stenogram.corpus.site import corpus_site

    site = tmp_path / "site"
    result = corpus_site(str(built / "corpus.xml"), str(site), jobs=1)
    registry = etree.parse(str(built / "persons.xml")).getroot()
    ids = [p.get(XML_ID) for p in registry]
    assert {p.name for p in result.written} >= {"index.html", "persons.html", "edition.css"}
    assert {f"person-{i}.html" for i in ids} <= {p.name for p in result.written}
    page = lxml_html.parse(str(site / "person-kaganovich.html")).getroot()
    assert page.findtext(".//h1") == "Lazar Moiseyevich Kaganovich"
    sittings = [a.get("href") for a in page.xpath("//section[@class='sitting']/h2/a")]
    assert {"ru-plenum.html", "kaganovich-1936-12-04.html"} <= set(sittings)
    edition_turns = page.xpath("//a[starts-with(@href, 'kaganovich-1936-12-04.html#')]")
    assert len(edition_turns) == 36  # every turn of KAGANOVICH in the edition, linked
    target = edition_turns[0].get("href").split("#")[1]
    sitting = lxml_html.parse(str(site / "kaganovich-1936-12-04.html")).getroot()
    assert sitting.xpath(f"//*[@id='{target}']") and sitting.xpath("//a[@href='person-kaganovich.html']")
    persons = lxml_html.parse(str(site / "persons.html")).getroot()
    assert persons.xpath("//figure[@class='corpus-chart']/*[local-name()='svg']")
    assert len(persons.xpath("//table//tbody/tr")) == len(ids)


def test_corpus_site_command_refuses_a_sitting(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["corpus", "site", str(EDITION), "-o", str(tmp_path / "s")])
    assert result.exit_code == 2 and "not a corpus" in result.stderr


def test_corpus_volume_indexes_each_person_once_across_sittings(built: Path, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) reads the volume's text")
    from stenogram.corpus.volume import corpus_volume

    pdf = corpus_volume(str(built / "corpus.xml"), str(tmp_path / "volume.pdf"), "Samples")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # The index sorts by surname: the registry's one entry for KAGANOVICH. (the edition) and
    # КАГАНОВИЧ. (the Russian samples), listed once with the pages of every sitting.
    entries = re.findall(r"Kaganovich, Lazar Moiseyevich[ .]*([\d,–\s]+)", text)
    assert len(entries) == 1
    pages = [int(n) for n in re.findall(r"\d+", entries[0])]
    assert len(pages) >= 3 and pages[0] < pages[-1]  # the Russian sittings and the edition


def test_corpus_volume_command_wants_a_pdf(built: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["corpus", "volume", str(built / "corpus.xml"), "-o", str(tmp_path / "v")]
    )
    assert result.exit_code == 2 and "name it *.pdf" in result.stderr


def test_corpus_build_is_deterministic(sample_tei: list[Path], built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build_corpus([str(p) for p in sample_tei], str(again), str(EDITION_CONFIG), "Samples", jobs=1)
    for path in sorted(built.glob("*.xml")):
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def test_corpus_site_and_volume_commands(built: Path, tmp_path: Path) -> None:
    site = CliRunner().invoke(
        main, ["corpus", "site", str(built / "corpus.xml"), "-o", str(tmp_path / "site")]
    )
    assert site.exit_code == 0, site.stderr
    assert str(tmp_path / "site" / "persons.html") in site.stdout.split()
    pdf = tmp_path / "volume.pdf"
    volume = CliRunner().invoke(main, ["corpus", "volume", str(built / "corpus.xml"), "-o", str(pdf)])
    assert volume.exit_code == 0, volume.stderr
    assert volume.stdout.strip() == str(pdf) and pdf.read_bytes().startswith(b"%PDF")


def test_the_built_corpus_goes_through_stats_and_every_export(
    built: Path, tmp_path: Path, corpus: Path
) -> None:
    import json
    import subprocess

    import networkx as nx

    from stenogram.export.formats import FORMATS
    from stenogram.stats.run import stats_files

    root = str(built / "corpus.xml")
    for fmt in ("table", "csv", "json"):
        text, found = stats_files([root], "speaker", fmt, tmp_path / "net.gexf", jobs=1)
        assert "kaganovich" in text and not found.errors
    assert nx.read_gexf(str(tmp_path / "net.gexf")).has_edge("voices", "kaganovich")
    assert (
        json.loads(stats_files([root], "document", "json", jobs=1)[0])["rows"][0]["document"]
        == "de-bundestag"
    )
    for to in FORMATS:
        result = export_files(
            [root], to, str(tmp_path / to) + ("/" if to in ("text", "parlamint") else f".{to}")
        )
        assert result.written and not result.errors, to
    if shutil.which("jing"):
        written = sorted((tmp_path / "parlamint").glob("*.xml"))
        run = subprocess.run(
            ["jing", str(corpus / "schemas" / "parla-clarin.rng"), *map(str, written)],
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stdout


def test_names_without_parts_are_read_into_parts_for_the_registry(tmp_path: Path) -> None:
    """A sitting written without name parts (by another tool, or an earlier stenogram) still
    gives the registry, and so the corpus volume's index, each person's surname."""
    root = etree.parse(str(EDITION)).getroot()
    for name in root.iter(f"{TEI}persName"):
        text = "".join(name.itertext())
        for part in list(name):
            name.remove(part)
        name.text = text
    flat = tmp_path / "flat.xml"
    flat.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    assert b"<surname>" not in flat.read_bytes()
    build_corpus([str(flat)], str(tmp_path / "corpus"), None, "Flat", jobs=1)
    registry = etree.parse(str(tmp_path / "corpus" / "persons.xml")).getroot()
    rykov = registry.find(f"{TEI}person[@{XML_ID}='rykov']/{TEI}persName")
    assert (
        rykov.findtext(f"{TEI}surname") == "Rykov" and "".join(rykov.itertext()) == "Alexei Ivanovich Rykov"
    )
    unidentified = registry.find(f"{TEI}person[@{XML_ID}='unidentified']/{TEI}persName")
    assert len(unidentified) == 0 and unidentified.text == "Unidentified speaker"
