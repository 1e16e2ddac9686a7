"""The print edition as an editor would publish it: stage directions set as lines, the index of
speakers by surname with pages and paragraphs, running heads, notes, small caps, the editorial
note. Checked on the PDF with poppler (pdftotext, pdftoppm) and on real transcripts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from stenogram import convert_text
from stenogram.render.pdf import PrintOptions, render_pdf, render_print_files
from stenogram.xmlsafe import parse_bytes

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
DATA = ROOT / "tests" / "data"
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdf_text(pdf: Path, *flags: str) -> str:
    done = subprocess.run(["pdftotext", *flags, str(pdf), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def converted(name: str) -> etree._ElementTree:
    """A transcript of tests/data converted to TEI, as the user would get it."""
    return parse_bytes(convert_text((DATA / name).read_bytes(), name).tei, name)


def printed(tree: etree._ElementTree, tmp_path: Path, name: str = "out.pdf", **params: str) -> Path:
    pdf = tmp_path / name
    pdf.write_bytes(render_pdf(tree, PrintOptions(params=params)))
    return pdf


def lines_of(pdf: Path, *flags: str) -> list[str]:
    return [" ".join(line.split()) for line in pdf_text(pdf, *flags).splitlines() if line.strip()]


@pytest.fixture(scope="module")
def edition_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("edition") / "edition.pdf"
    render_print_files([EDITION], out)
    return out


@pytest.mark.parametrize(
    "transcript, stages",
    [
        ("de-bundestag.txt", ["(Beifall bei der CDU/CSU und der FDP)", "(Lachen bei der FDP)"]),
        ("uk-rada.txt", ["(Шум у залі)"]),
    ],
)
def test_a_stage_direction_between_paragraphs_is_a_line_of_its_own(
    tmp_path: Path, transcript: str, stages: list[str]
) -> None:
    tree = converted(transcript)
    between = tree.xpath("//t:sp/t:stage[preceding-sibling::t:p]", namespaces=NS)
    assert {" ".join("".join(s.itertext()).split()) for s in between} >= set(stages)
    lines = lines_of(printed(tree, tmp_path))
    for stage in stages:
        assert stage in lines, f"{stage} runs into a paragraph"
