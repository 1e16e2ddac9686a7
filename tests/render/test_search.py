"""Full-text search of an HTML site with Pagefind: a record per numbered paragraph of the rendered
pages (its anchor, its words, speaker and sitting), the index written beside the pages, and the
command line (``stenogram render --to html --search``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from stenogram.cli import main
from stenogram.render import formats as render
from stenogram.render.search import page_records
from stenogram.xmlsafe import parse_file

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def test_a_record_per_paragraph_with_its_speaker_and_sitting(tmp_path: Path) -> None:
    page = render.render_files([EDITION], "html", tmp_path / "k.html").written[0]
    records = list(page_records(page))
    tei = parse_file(EDITION)
    paragraphs = tei.xpath("//t:body//t:p[@xml:id]", namespaces=NS)
    assert [r.url for r in records] == [
        f"k.html#{p.get('{http://www.w3.org/XML/1998/namespace}id')}" for p in paragraphs
    ]
    for record, paragraph in zip(records, paragraphs, strict=True):
        assert record.content == " ".join("".join(paragraph.itertext()).split())
    rykov = next(r for r in records if r.url.endswith("#p-45"))
    assert rykov.filters["speaker"] == ["Alexei Ivanovich Rykov"]
    assert rykov.filters["sitting"][0].startswith("Kaganovich's speech") and rykov.language == "en"
    assert rykov.title.endswith("§ 45")


def test_cli_render_search(tmp_path: Path, corpus: Path) -> None:
    pytest.importorskip("pagefind.index", reason="Pagefind (extra 'search') is not installed")
    play = corpus / "tei" / "rusdracor" / "chekhov-tragik-ponevole.xml"
    runner = CliRunner()
    done = runner.invoke(
        main, ["render", str(EDITION), str(play), "--to", "html", "--search", "-o", str(tmp_path / "site")]
    )
    assert done.exit_code == 0, done.stderr
    assert str(tmp_path / "site" / "pagefind") in done.stdout.splitlines()
    assert (tmp_path / "site" / "pagefind" / "pagefind-entry.json").is_file()
    index = etree.parse(str(tmp_path / "site" / "index.html")).getroot()
    assert index.xpath("//*[@id='search']") and index.xpath(
        "//*[local-name()='script'][@src='pagefind/pagefind-ui.js']"
    )
    refused = runner.invoke(
        main, ["render", str(EDITION), "--to", "html", "--search", "-o", str(tmp_path / "one.html")]
    )
    assert refused.exit_code == 2 and "--search indexes a site" in refused.stderr
    assert not (tmp_path / "one.html").exists()


def test_pages_without_search_have_no_script(tmp_path: Path, corpus: Path) -> None:
    play = corpus / "tei" / "rusdracor" / "chekhov-tragik-ponevole.xml"
    written = render.render_files([EDITION, play], "html", tmp_path / "site").written
    for page in (p for p in written if p.suffix == ".html"):
        assert not etree.parse(str(page)).getroot().xpath("//*[local-name()='script']")
    assert not (tmp_path / "site" / "pagefind").exists()
