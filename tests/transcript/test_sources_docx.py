"""Word files: made here with python-docx from the samples, converted as their plain text is."""

from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from lxml import etree

from sources_common import DATA, NS, ROOT, body_without_marks, valid
from stenogram.cli import main
from stenogram.errors import InputError
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.sources import extract

BUNDLED = ROOT / "transcripts" / "kaganovich-1936-12-04.txt"
CONFIG = ROOT / "transcripts" / "kaganovich-1936-12-04.toml"
BLOG_FURNITURE = {"Header Ads", "Header ADS", "No comments", "Powered by Blogger."}
LABEL = re.compile(r"^([A-ZА-ЯЁ][A-ZА-ЯЁ -]+[.:])(?=\s)")
STAGE = re.compile(r"(?<=\()(Applause|Laughter|Noise[^)]*|Аплодисменты|Смех|Шум[^)]*)(?=\))")


def make_docx(plain: Path, target: Path, head: str | None = None) -> Path:
    """A Word file of *plain*: a paragraph per block (its lines joined by line breaks), labels
    in bold, stage directions in italics, a running head and the core properties set."""
    document = Document()
    blocks = [b for b in plain.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    for block in blocks:
        if block.strip() in BLOG_FURNITURE:
            continue
        paragraph = document.add_paragraph()
        for number, line in enumerate(block.strip().split("\n")):
            if number:
                paragraph.runs[-1].add_break()
            label = LABEL.match(line)
            if label:
                paragraph.add_run(label.group(1)).bold = True
                line = line[label.end() :]
            for index, piece in enumerate(STAGE.split(line)):
                paragraph.add_run(piece).italic = index % 2 == 1
    if head:
        document.sections[0].header.is_linked_to_previous = False
        document.sections[0].header.paragraphs[0].text = head
    document.core_properties.title = "Stenographic record"
    document.core_properties.author = "Secretariat"
    document.core_properties.created = datetime.datetime(2024, 5, 6, 10, 0)
    document.save(str(target))
    return target


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES = f"""<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0">
  <w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1">
  <w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> NOTE</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def add_footnote(docx: Path, paragraph: int, note: str) -> None:
    """Give the *paragraph*-th paragraph a footnote at its end, as Word writes one (python-docx
    cannot): the footnotes part, its relationship and content type, the reference run."""
    with zipfile.ZipFile(docx) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    document = etree.fromstring(parts["word/document.xml"])
    target = document.findall(f".//{{{W}}}body/{{{W}}}p")[paragraph]
    run = etree.SubElement(etree.SubElement(target, f"{{{W}}}r"), f"{{{W}}}footnoteReference")
    run.set(f"{{{W}}}id", "1")
    parts["word/document.xml"] = etree.tostring(document, xml_declaration=True, encoding="UTF-8")
    parts["word/footnotes.xml"] = FOOTNOTES.replace("NOTE", note).encode()
    relationship = (
        '<Relationship Id="rIdFootnotes" Target="footnotes.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"/></Relationships>'
    )
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", relationship.encode()
    )
    override = (
        '<Override PartName="/word/footnotes.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", override.encode())
    with zipfile.ZipFile(docx, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)


@pytest.mark.parametrize(
    ("plain", "config"),
    [
        (BUNDLED, CONFIG),
        (DATA / "ru-plenum.txt", None),
        (DATA / "en-hearing.txt", None),
        (DATA / "de-bundestag.txt", None),
    ],
)
def test_a_word_file_gives_the_body_of_its_plain_text(
    plain: Path, config: Path | None, tmp_path: Path
) -> None:
    cfg = load_config(config)
    docx = make_docx(plain, tmp_path / f"{plain.stem}.docx", head="Plenum of the Central Committee")
    from_docx = convert_text(docx.read_bytes(), docx.name, cfg)
    from_text = convert_text(plain.read_bytes(), plain.name, cfg)
    assert body_without_marks(from_docx.tei) == body_without_marks(from_text.tei)
    assert valid(from_docx.tei)


def test_properties_in_the_header_running_head_left_out_bold_and_italics_counted(tmp_path: Path) -> None:
    docx = make_docx(BUNDLED, tmp_path / "k.docx", head="Plenum of the Central Committee, 4 December 1936")
    extracted = extract(docx.read_bytes(), "k.docx")
    assert extracted is not None
    assert (extracted.facts.title, extracted.facts.author, extracted.facts.date) == (
        "Stenographic record",
        "Secretariat",
        "2024-05-06",
    )
    assert [(left.where, left.text, left.kind) for left in extracted.left] == [
        ("section 1 header", "Plenum of the Central Committee, 4 December 1936", "running-head")
    ]
    lines = BUNDLED.read_text(encoding="utf-8").split("\n")
    assert len(extracted.bold_starts) == sum(1 for line in lines if LABEL.match(line))
    assert len(extracted.italic_brackets) == sum(len(STAGE.findall(line)) for line in lines) > 0
    root = etree.fromstring(convert_text(docx.read_bytes(), "k.docx").tei)
    bibl = root.find(".//t:sourceDesc/t:bibl[@type='digital']", NS)
    assert bibl is not None and bibl.find("t:date", NS).get("when") == "2024-05-06"
    assert "Stenographic record. Secretariat." in "".join(bibl.itertext())
    assert root.find(".//t:editorialDecl//t:item[@ana='running-head']", NS).text.startswith(
        "Plenum of the Central"
    )


def test_a_footnote_is_an_editorial_note_after_the_word_it_follows(tmp_path: Path) -> None:
    docx = make_docx(DATA / "en-hansard.txt", tmp_path / "h.docx")
    add_footnote(docx, 2, "The Speaker had called the question at 12.00.")
    result = convert_text(docx.read_bytes(), "h.docx")
    root = etree.fromstring(result.tei)
    notes = root.findall(".//t:body//t:note", NS)
    assert [(n.get("type"), n.get("place"), n.get("n"), n.text) for n in notes] == [
        ("editorial", "foot", "1", "The Speaker had called the question at 12.00.")
    ]
    paragraph = notes[0].getparent()
    assert paragraph.text == "Order. Questions to the Prime Minister" and notes[0].tail == "."
    assert "1 footnotes (as editorial notes)" in result.report.text()
    assert body_without_marks(result.tei) == body_without_marks(
        convert_text((DATA / "en-hansard.txt").read_bytes()).tei
    )
    assert valid(result.tei)


def test_a_broken_word_file_is_bad_input(tmp_path: Path) -> None:
    docx = make_docx(DATA / "en-hearing.txt", tmp_path / "h.docx")
    with pytest.raises(InputError, match=r"h\.docx: not a readable Word file"):
        convert_text(docx.read_bytes()[:2000], "h.docx")


def test_cli_converts_a_word_file(tmp_path: Path) -> None:
    docx = make_docx(DATA / "ru-plenum.txt", tmp_path / "plenum.docx")
    result = CliRunner().invoke(main, ["convert", str(docx), "-o", f"{tmp_path / 'out'}/"])
    assert result.exit_code == 0, result.stderr
    assert "extracted from DOCX" in result.stderr
    assert valid((tmp_path / "out" / "plenum.xml").read_bytes())


def test_cli_names_a_broken_word_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(make_docx(DATA / "en-hearing.txt", tmp_path / "h.docx").read_bytes()[:2000])
    result = CliRunner().invoke(main, ["convert", str(broken)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"stenogram: error: {broken}: not a readable Word file")
