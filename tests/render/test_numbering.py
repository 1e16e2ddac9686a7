"""Both editions cite alike: the PDF's margin numbers are the HTML edition's anchors ``#p-N``.

One rule (xslt/common/numbering.xsl) numbers the paragraphs of both. Checked on the PDF itself
(pdftotext -layout: which number starts which paragraph) for our edition and a DraCor play
without ids, and on the Typst source for every TEI document of the corpus and inside a volume.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from html_text import NS, parse_page, source_text
from stenogram import xmlsafe
from stenogram.render import html as html_edition
from stenogram.render.pdf import render_pdf, render_typst, render_volume_typst

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
SAMPLE = ROOT / "tests" / "data" / "profile-sample.xml"
CORPUS_TEI = ROOT.parent / "shared" / "corpus" / "tei"
PLAY = CORPUS_TEI / "rusdracor" / "chekhov-tragik-ponevole.xml"
TEI_ROOT = "{http://www.tei-c.org/ns/1.0}TEI"

# A margin number: at the start of a line, two or more spaces before the text it starts.
_NUMBERED_LINE = re.compile(r"^\s*(\d+)\s{2,}(\S.*)$")
# A line number in the right margin (every fifth line): at the end, after two or more spaces.
_LINE_NUMBER = re.compile(r"\s{2,}\d+\s*$")
_PNO = re.compile(r"#sg-pno(?:-inline)?\((\d+)\)")


def letters(text: str) -> str:
    """Only the letters, lower-cased: what survives typesetting (hyphenation, quotes, caps)."""
    return "".join(ch for ch in text.lower() if ch.isalpha())


def html_paragraphs(tree: etree._ElementTree) -> list[tuple[int, str]]:
    """(N, text) for each anchor ``id="p-N"`` of the HTML page, in page order.

    The text is the block's own (generated text, such as the margin number, removed); the
    margin number shown must be N itself.
    """
    page = parse_page(html_edition.html_page(tree).text)
    found = []
    for block in page.xpath("//h:body//*[starts-with(@id, 'p-')]", namespaces=NS):
        n = int(block.get("id")[2:])
        assert block.xpath("string(*[@data-generated][1])", namespaces=NS).strip() == str(n)
        found.append((n, source_text(block)))
    return found


def pdf_paragraphs(pdf: Path) -> list[tuple[int, str]]:
    """(N, letters) for each margin number of the PDF, in reading order: the letters from the
    number up to the next one (running heads and line numbers left out)."""
    layout = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found: list[tuple[int, str]] = []
    for page in layout.split("\f"):
        lines = page.splitlines()
        blank = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
        for line in lines[blank:]:  # the running head: the lines before the first blank one
            line = _LINE_NUMBER.sub("", line)
            match = _NUMBERED_LINE.match(line)
            if match:
                found.append((int(match.group(1)), letters(match.group(2))))
            elif found:
                found[-1] = (found[-1][0], found[-1][1] + letters(line))
    return found


def typst_numbers(source: str) -> list[int]:
    return [int(n) for n in _PNO.findall(source)]


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _the_edition() -> Path:
    if not EDITION.exists():
        pytest.skip(f"the edition {EDITION.name} is not in this checkout")
    return EDITION


@needs_poppler
@pytest.mark.parametrize("which", ["edition", "dracor-play"])
def test_pdf_numbers_start_the_paragraphs_the_html_anchors_name(
    which: str, corpus: Path, tmp_path: Path
) -> None:
    path = _the_edition() if which == "edition" else PLAY
    tree = xmlsafe.parse_file(path)
    html = html_paragraphs(tree)
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(render_pdf(tree))
    printed = pdf_paragraphs(pdf)
    assert len(html) > 30
    assert [n for n, _ in printed] == [n for n, _ in html]
    for (n, text), (_, segment) in zip(html, printed, strict=True):
        start = letters(text)[:30]
        assert start in segment, f"paragraph {n}: the PDF's {n} does not start {text[:40]!r}"


def test_profile_ids_are_the_numbers_and_dracor_counts_blocks(corpus: Path) -> None:
    """Rule 1 (ids p-N) on our edition, rule 2 (every block of the body in order) on the play."""
    for path in (_the_edition(), SAMPLE):
        tree = xmlsafe.parse_file(path)
        ids = [int(i[2:]) for i in tree.xpath("//t:body//t:p/@xml:id[starts-with(., 'p-')]", namespaces=NS)]
        assert typst_numbers(render_typst(tree)) == ids
    play = xmlsafe.parse_file(PLAY)
    blocks = play.xpath(
        "//t:body//*[self::t:p or self::t:l or self::t:ab]"
        "[not(ancestor::t:note or ancestor::t:p or ancestor::t:l or ancestor::t:ab)]",
        namespaces=NS,
    )
    assert typst_numbers(render_typst(play)) == list(range(1, len(blocks) + 1))


def _corpus_tei() -> list[Path]:
    if not CORPUS_TEI.is_dir():
        return []
    return [
        p
        for p in sorted(CORPUS_TEI.rglob("*.xml"))
        if xmlsafe.parse_file(p).getroot().tag == TEI_ROOT
        and xmlsafe.parse_file(p).xpath("//t:body", namespaces=NS)
    ]


@pytest.mark.parametrize("path", [SAMPLE, *_corpus_tei()], ids=lambda p: p.name)
def test_every_html_number_is_printed_in_order(path: Path) -> None:
    """On every TEI document of the corpus, also where the print edition sets a block inline
    (verse in a stage direction, a paragraph in a table cell or an unknown container)."""
    tree = xmlsafe.parse_file(path)
    assert typst_numbers(render_typst(tree)) == [n for n, _ in html_paragraphs(tree)]


def test_the_corpus_is_there_to_be_checked(corpus: Path) -> None:
    assert len(_corpus_tei()) >= 30


def test_numbers_restart_per_document_in_a_volume(corpus: Path) -> None:
    """In a volume each document is numbered as it is alone (the counts restart)."""
    trees = [xmlsafe.parse_file(p) for p in (PLAY, _the_edition(), PLAY)]
    volume = render_volume_typst(trees)
    parts = volume.split("#sg-document(")[1:]
    assert len(parts) == len(trees)
    for tree, part in zip(trees, parts, strict=True):
        assert typst_numbers(part) == typst_numbers(render_typst(tree)) != []
