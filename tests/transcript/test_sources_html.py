"""Saved web pages: the main text converted as the plain text is, furniture left out and listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from sources_common import DATA, NS, ROOT, SOURCES, body_without_marks, valid
from stenogram.cli import main
from stenogram.errors import InputError
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.sources import extract, sniff

BUNDLED = ROOT / "transcripts" / "kaganovich-1936-12-04.txt"
CONFIG = ROOT / "transcripts" / "kaganovich-1936-12-04.toml"


@pytest.mark.parametrize(
    ("page", "plain", "config"),
    [
        ("kaganovich-blog.html", BUNDLED, CONFIG),
        ("en-hansard.html", DATA / "en-hansard.txt", None),
    ],
)
def test_a_page_gives_the_body_of_its_plain_text(page: str, plain: Path, config: Path | None) -> None:
    cfg = load_config(config)
    from_page = convert_text((SOURCES / page).read_bytes(), page, cfg)
    from_text = convert_text(plain.read_bytes(), plain.name, cfg)
    assert body_without_marks(from_page.tei) == body_without_marks(from_text.tei)
    assert valid(from_page.tei)


def test_the_page_facts_go_to_the_source_chain() -> None:
    result = convert_text((SOURCES / "kaganovich-blog.html").read_bytes(), "kaganovich-blog.html")
    root = etree.fromstring(result.tei)
    bibl = root.find(".//t:sourceDesc/t:bibl[@type='digital']", NS)
    assert bibl is not None
    assert bibl.findtext("t:idno[@type='URI']", namespaces=NS) == (
        "https://plenums.example.org/2021/03/kaganovich-speech-4-december-1936.html"
    )
    assert bibl.find("t:date", NS).get("when") == "2021-03-14"
    assert (bibl.text or "").startswith("Kaganovich's speech at the Plenum, 4 December 1936. ")
    # the transcript's own source and archive stay where the plain text puts them
    assert root.find(".//t:sourceDesc/t:bibl[@type='published']", NS) is not None
    assert root.find(".//t:sourceDesc/t:msDesc", NS) is not None


def test_blog_furniture_is_left_out_of_the_text_and_listed_in_header_and_report() -> None:
    result = convert_text((SOURCES / "kaganovich-blog.html").read_bytes(), "kaganovich-blog.html")
    root = etree.fromstring(result.tei)
    text = " ".join(root.find("t:text", NS).itertext())
    listed = {
        (item.get("ana"), item.text)
        for item in root.iterfind(".//t:editorialDecl//t:list[@type='furniture']/t:item", NS)
    }
    for kind, furniture in [
        ("page-header", "Header Ads"),
        ("page-header", "Contact"),
        ("comments", "Thank you for translating this. Is the Russian original online?"),
        ("sharing", "Share this: Facebook Twitter Email"),
        ("sidebar", "Advertisement: Soviet history books, 20% off this week"),
        ("navigation", "Newer Post Older Post Home"),
        ("footer", "Powered by Blogger."),
        ("post-metadata", "Posted by Plenum Archive on March 14, 2021 · 1936, plenum"),
    ]:
        assert (kind, furniture) in listed
        assert furniture not in text
    assert "left out as page furniture: 24" in result.report.text()
    assert "comments 'Ivan P. said...'" not in text


def test_a_table_layout_page_loses_its_link_lines_and_frame() -> None:
    extracted = extract((SOURCES / "en-hansard.html").read_bytes(), "en-hansard.html")
    assert extracted is not None
    assert extracted.text.startswith("House of Commons\nWednesday 5 February 2020\n\nEngagements\n\n")
    assert {(left.kind, left.text) for left in extracted.left} >= {
        ("links", "Back to top | Print this page"),
        ("navigation", "Search\nHansard index\nHelp"),
    }
    assert (extracted.facts.title, extracted.facts.date) == (
        "House of Commons Hansard Debates for 05 Feb 2020",
        "2020-02-05",
    )


def test_bold_at_a_paragraph_start_makes_a_once_seen_name_a_label() -> None:
    """Plain text: a mixed-case name opening one paragraph is not believed to be a label."""
    turns = "<p><b>KAGANOVICH.</b> We shall vote.</p><p><b>STALIN.</b> Right.</p>"
    page = f"<html><body><article>{turns}<p><b>Petrov.</b> I agree with that.</p></article></body></html>"
    plain = "KAGANOVICH. We shall vote.\n\nSTALIN. Right.\n\nPetrov. I agree with that.\n"
    speakers = etree.fromstring(convert_text(page.encode(), "p.html").tei).xpath(
        "//t:speaker/text()", namespaces=NS
    )
    assert speakers == ["KAGANOVICH.", "STALIN.", "Petrov."]
    assert etree.fromstring(convert_text(plain, "p.txt").tei).xpath("//t:speaker/text()", namespaces=NS) == [
        "KAGANOVICH.",
        "STALIN.",
    ]


def test_italics_in_parentheses_make_an_unknown_aside_a_stage_direction() -> None:
    """Plain text: a parenthesis the vocabulary of stage directions does not know stays text."""
    turns = "<p><b>THE COURT:</b> Proceed. (<i>The witness is shown Exhibit 4</i>)</p>"
    turns += "<p><b>MR. HOLT:</b> Yes.</p>"
    plain = "THE COURT: Proceed. (The witness is shown Exhibit 4)\n\nMR. HOLT: Yes.\n"
    stages = "//t:stage[@type='other']/text()"
    from_page = etree.fromstring(convert_text(f"<html><body>{turns}</body></html>".encode(), "c.html").tei)
    assert from_page.xpath(stages, namespaces=NS) == ["(The witness is shown Exhibit 4)"]
    assert etree.fromstring(convert_text(plain, "c.txt").tei).xpath(stages, namespaces=NS) == []


def test_paragraphs_from_blocks_and_double_line_breaks_entities_and_charset() -> None:
    page = (
        b'<html><head><meta charset="windows-1252"></head><body><div>'
        b"STALIN. One<br>line wrapped.<br><br>MOLOTOV. Caf\xe9 &amp; tea.</div></body></html>"
    )
    extracted = extract(page, "x.htm")
    assert extracted is not None
    assert extracted.text == "STALIN. One\nline wrapped.\n\nMOLOTOV. Café & tea.\n"


@pytest.mark.parametrize(
    ("data", "name", "found"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt", "HTML"),
        (b"  <html><p>x</p></html>", "page", "HTML"),
        (b"STALIN. Yes.", "page.html", "HTML"),
        (b"STALIN. Yes.", "speech.txt", None),
        (b"%PDF-1.7\n", "scan.bin", "PDF"),
    ],
)
def test_formats_are_known_by_content_first_then_by_name(data: bytes, name: str, found: str | None) -> None:
    fmt = sniff(data, name)
    assert (fmt.name if fmt else None) == found


@pytest.mark.parametrize("name", ["transcript.pdf", "transcript.docx"])
def test_a_file_named_for_a_binary_format_that_is_text_is_bad_input(name: str) -> None:
    with pytest.raises(InputError, match=f"{name}: named \\.(pdf|docx) but not a (PDF|DOCX) file"):
        convert_text(b"STALIN. Yes.\n", name)


def test_a_page_of_furniture_only_is_bad_input() -> None:
    page = b"<html><body><nav><a href='/'>Home</a></nav><footer>Powered by Blogger.</footer></body></html>"
    with pytest.raises(InputError, match=r"empty\.html: no text in this HTML page"):
        convert_text(page, "empty.html")


def test_cli_converts_a_page_and_reports_the_extraction(tmp_path: Path) -> None:
    out = tmp_path / "blog.xml"
    result = CliRunner().invoke(main, ["convert", str(SOURCES / "kaganovich-blog.html"), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "extracted from HTML: 121 paragraphs" in result.stderr
    assert "URL https://plenums.example.org/2021/03/kaganovich-speech-4-december-1936.html" in result.stderr
    assert valid(out.read_bytes())


def test_cli_refuses_a_pdf_that_is_not_one(tmp_path: Path) -> None:
    fake = tmp_path / "hearing.pdf"
    fake.write_text("THE CHAIRMAN: Order.\n")
    result = CliRunner().invoke(main, ["convert", str(fake), "-o", str(tmp_path / "h.xml")])
    assert result.exit_code == 2
    assert result.stderr == f"stenogram: error: {fake}: named .pdf but not a PDF file\n"
    assert not (tmp_path / "h.xml").exists()
