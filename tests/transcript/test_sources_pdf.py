"""PDFs with a text layer: typeset here with Typst like a court reporter's pages (running head,
page numbers, line numbers in the margin, justified and hyphenated), converted as the plain
text is, with the source's pages marked."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import typst
from click.testing import CliRunner
from lxml import etree

from sources_common import DATA, NS, ROOT, body_without_marks, valid
from stenogram.cli import main
from stenogram.errors import InputError
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.sources import extract

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed"
)

BUNDLED = ROOT / "transcripts" / "kaganovich-1936-12-04.txt"
CONFIG = ROOT / "transcripts" / "kaganovich-1936-12-04.toml"
BLOG_FURNITURE = {"Header Ads", "Header ADS", "No comments", "Powered by Blogger."}
HEAD = "UNITED STATES DISTRICT COURT -- TRIAL TRANSCRIPT"
COURT_PAGE = """
#set page(paper: "PAPER", margin: (left: 18%, rest: 10%),
  header: align(center)[HEAD], footer: context align(center)[#counter(page).display("1")])
#set text(size: 12pt, hyphenate: true, lang: "en")
#set par(justify: true, leading: 1.2em, PARAGRAPHS)
#set par.line(numbering: "1", numbering-scope: "page")
#for block in read("text.txt").split("\\n\\n") {
  if block.trim() != "" { par(block.trim().split("\\n").join(linebreak())) }
}
"""


SPACED = "spacing: 2.4em"  # paragraphs set apart by a blank line
INDENTED = "spacing: 1.2em, first-line-indent: (amount: 2em, all: true)"  # by an indent only


def make_pdf(plain: Path, folder: Path, paper: str = "us-letter", paragraphs: str = SPACED) -> Path:
    """A PDF of *plain* (less its blog furniture), one paragraph per block, its lines kept."""
    blocks = [b.strip() for b in plain.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    (folder / "text.txt").write_text(
        "\n\n".join(b for b in blocks if b not in BLOG_FURNITURE), encoding="utf-8"
    )
    (folder / "court.typ").write_text(
        COURT_PAGE.replace("HEAD", HEAD).replace("PAPER", paper).replace("PARAGRAPHS", paragraphs),
        encoding="utf-8",
    )
    typst.compile(str(folder / "court.typ"), output=str(folder / f"{plain.stem}.pdf"))
    return folder / f"{plain.stem}.pdf"


@pytest.fixture(scope="module")
def bundled_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pdf(BUNDLED, tmp_path_factory.mktemp("pdf"))


def test_a_pdf_gives_the_body_of_its_plain_text(bundled_pdf: Path) -> None:
    config = load_config(CONFIG)
    from_pdf = convert_text(bundled_pdf.read_bytes(), bundled_pdf.name, config)
    from_text = convert_text(BUNDLED.read_bytes(), BUNDLED.name, config)
    assert body_without_marks(from_pdf.tei) == body_without_marks(from_text.tei)
    assert valid(from_pdf.tei)


def test_paragraphs_set_apart_only_by_an_indent(tmp_path: Path) -> None:
    """A court reporter's page: every line numbered, no space between paragraphs."""
    pdf = make_pdf(BUNDLED, tmp_path, paragraphs=INDENTED)
    config = load_config(CONFIG)
    assert body_without_marks(convert_text(pdf.read_bytes(), pdf.name, config).tei) == body_without_marks(
        convert_text(BUNDLED.read_bytes(), BUNDLED.name, config).tei
    )


@pytest.mark.parametrize("plain", [DATA / "en-trial.txt", DATA / "ru-plenum.txt", DATA / "fr-assemblee.txt"])
def test_short_samples_give_the_body_of_their_plain_text(plain: Path, tmp_path: Path) -> None:
    """On small pages, so that a running head recurs and many words break across lines."""
    pdf = make_pdf(plain, tmp_path, paper="a6")
    assert body_without_marks(convert_text(pdf.read_bytes(), pdf.name).tei) == body_without_marks(
        convert_text(plain.read_bytes(), plain.name).tei
    )


def test_every_page_is_marked_with_its_printed_number(bundled_pdf: Path) -> None:
    extracted = extract(bundled_pdf.read_bytes(), bundled_pdf.name)
    assert extracted is not None and extracted.facts.pages > 10
    root = etree.fromstring(convert_text(bundled_pdf.read_bytes(), bundled_pdf.name).tei)
    assert [pb.get("n") for pb in root.iterfind(".//t:text//t:pb", NS)] == [
        str(n) for n in range(1, extracted.facts.pages + 1)
    ]
    first = root.find(".//t:text//t:pb", NS)
    assert first.getparent().tag == f"{{{NS['t']}}}titlePart" and first.tail.startswith("Kaganovich's speech")
    assert f"{extracted.facts.pages} pages" in root.findtext(
        ".//t:sourceDesc/t:bibl[@type='digital']", namespaces=NS
    )


def test_running_heads_page_numbers_and_margin_numbers_are_furniture(bundled_pdf: Path) -> None:
    extracted = extract(bundled_pdf.read_bytes(), bundled_pdf.name)
    assert extracted is not None
    kinds = {(left.where, left.kind): left.text for left in extracted.left}
    for page in range(1, extracted.facts.pages + 1):
        assert kinds[(f"page {page}", "running-head")] == "UNITED STATES DISTRICT COURT – TRIAL TRANSCRIPT"
        assert kinds[(f"page {page}", "page-number")] == str(page)
        assert re.fullmatch(r"1–\d+", kinds[(f"page {page}", "line-number")])
    assert "TRIAL TRANSCRIPT" not in extracted.text
    assert not re.search(r"^\s*\d+\s{2,}", extracted.text, re.MULTILINE)


def test_hyphenated_words_are_joined_and_marked(bundled_pdf: Path) -> None:
    """Each ``lb break="no"`` stands inside a word of the plain text (spelt with its hyphen or
    without, as the plain text spells it)."""
    extracted = extract(bundled_pdf.read_bytes(), bundled_pdf.name)
    assert extracted is not None and "\u00ad" not in extracted.text
    root = etree.fromstring(convert_text(bundled_pdf.read_bytes(), bundled_pdf.name).tei)
    breaks = root.findall(".//t:text//t:lb[@break='no']", NS)
    assert len(breaks) == sum(1 for mark in extracted.marks if mark.kind == "hyphen") > 5
    for lb in breaks:
        lb.tail = "|" + (lb.tail or "")
    joined = re.findall(r"[^\W\d_]+-?\|[^\W\d_]+", "".join(root.find("t:text", NS).itertext()))
    plain = set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", BUNDLED.read_text(encoding="utf-8")))
    assert len(joined) == len(breaks)
    assert all(word.replace("|", "") in plain for word in joined)


def test_a_pdf_without_text_is_bad_input(tmp_path: Path) -> None:
    (tmp_path / "blank.typ").write_text(
        '#set page(paper: "a6")\n#rect(width: 3cm, height: 2cm)\n', encoding="utf-8"
    )
    typst.compile(str(tmp_path / "blank.typ"), output=str(tmp_path / "scan.pdf"))
    with pytest.raises(InputError, match=r"scan\.pdf: no text layer in this PDF"):
        convert_text((tmp_path / "scan.pdf").read_bytes(), "scan.pdf")


def test_a_damaged_pdf_is_bad_input(bundled_pdf: Path) -> None:
    with pytest.raises(InputError, match=r"cut\.pdf: "):
        convert_text(bundled_pdf.read_bytes()[:3000], "cut.pdf")


def test_cli_converts_a_pdf_and_reports_the_pages(bundled_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "k.xml"
    result = CliRunner().invoke(main, ["convert", str(bundled_pdf), "-o", str(out), "--config", str(CONFIG)])
    assert result.exit_code == 0, result.stderr
    pages = extract(bundled_pdf.read_bytes(), bundled_pdf.name).facts.pages  # type: ignore[union-attr]
    assert re.search(rf"extracted from PDF: \d+ paragraphs, {pages} pages, \d+ words joined", result.stderr)
    assert "page 3: 'UNITED STATES DISTRICT COURT – TRIAL TRANSCRIPT' [running-head]" in result.stderr
    assert valid(out.read_bytes())


def test_cli_names_a_pdf_it_cannot_read(bundled_pdf: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(bundled_pdf.read_bytes()[:3000])
    result = CliRunner().invoke(main, ["convert", str(cut), "-o", str(tmp_path / "cut.xml")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"stenogram: error: {cut}: ")
    assert "Traceback" not in result.stderr and not (tmp_path / "cut.xml").exists()
