"""The source chain in the reading editions: each source line reads as printed, in the HTML
(lxml) and in the PDF (poppler), with the copy's address a link and the chain's links unseen."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from html_text import NS, parse_page
from stenogram import xmlsafe
from stenogram.render import html as html_edition
from stenogram.render.formats import render_files
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"

CHAIN = """Speech of Comrade Petrov at the session of the Supreme Soviet, 12 March 1938

Translated from the Russian by John Smith.
Retrieved from https://example.org/petrov-1938.html on 12 May 2020.
A source: Stenographic report of the session. Moscow: Politizdat, 1938. P. 12-15
Archive: GARF. F. 7523. Op. 1. D. 12. L. 3-9

PETROV. Comrades, the session is open. We have much work before us, and I will speak at length.

IVANOV. Right!

PETROV. So the plan is fulfilled, the harvest is in, and the roads are built this year.
"""

LINES = [
    "English translation from the Russian (translator: John Smith); copied from "
    "https://example.org/petrov-1938.html, retrieved 12 May 2020.",
    "Stenographic report of the session. Moscow: Politizdat, 1938. P. 12-15",
]


@pytest.fixture(scope="module")
def chain_tei(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("chain") / "petrov-1938.xml"
    path.write_bytes(convert_text(CHAIN, "petrov-1938.txt", load_config()).tei)
    return path


def _sources(page: etree._ElementTree) -> list[etree._Element]:
    return page.xpath(
        "//h:section[@class='citation']//h:dd[preceding-sibling::h:dt[1][. != 'Archive']]", namespaces=NS
    )


def test_html_sets_each_source_line_as_printed(chain_tei: Path) -> None:
    page = parse_page(html_edition.html_page(xmlsafe.parse_file(chain_tei)).text)
    shown = [" ".join(dd.xpath("string()").split()) for dd in _sources(page)]
    assert shown[:2] == LINES
    copy = _sources(page)[0]
    assert copy.xpath("h:a/@href", namespaces=NS) == ["https://example.org/petrov-1938.html"]
    # the lines are phrases of the row, not blocks; the chain's links leave nothing behind
    assert copy.xpath(".//h:div", namespaces=NS) == []
    assert page.xpath("//*[contains(@class, 'tei-relatedItem') or contains(@class, 'tei-textLang')]") == []


def test_html_of_the_edition_names_the_translation_and_its_copy() -> None:
    tei = xmlsafe.parse_file(EDITION)
    page = parse_page(html_edition.html_page(tei).text)
    shown = [" ".join(dd.xpath("string()").split()) for dd in _sources(page)]
    copy = " ".join(tei.xpath("string(//t:sourceDesc/t:bibl[@type='copy'])", namespaces=NS).split())
    assert shown[0] == copy and shown[0].startswith(
        "English translation from the Russian (translator: unknown)"
    )
    assert page.xpath("//h:dd//*[@role='note']", namespaces=NS) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_prints_each_source_line_as_printed(chain_tei: Path, tmp_path: Path) -> None:
    out = tmp_path / "chain.pdf"
    render_files([chain_tei], "pdf", out)
    # the title page, then on its back the sources, the archive reference and the licence
    text = subprocess.run(["pdftotext", "-l", "2", str(out), "-"], capture_output=True, text=True, check=True)
    # letters only: a line wrapped inside the URL loses its hyphen to pdftotext's joining
    printed = _letters(text.stdout)
    for line in LINES:
        assert _letters(line) in printed
    assert "relatedItem" not in text.stdout


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())
