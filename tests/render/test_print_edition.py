"""The print edition: TEI → Typst → PDF, checked with poppler (pdfinfo, pdffonts, pdftotext)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from stenogram import saxon
from stenogram.assets import asset_path
from stenogram.cli import main
from stenogram.errors import InputError, StylesheetError, TypesetError, UsageError
from stenogram.render.formats import render_files
from stenogram.render.pdf import (
    STYLESHEET,
    PrintOptions,
    render_pdf,
    render_typst,
    render_volume_pdf,
    typeset,
)
from stenogram.render.request import RenderOptions
from stenogram.xmlsafe import parse_bytes, parse_file

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
SAMPLE = ROOT / "tests" / "data" / "profile-sample.xml"
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def poppler(tool: str, *args: str | Path) -> str:
    done = subprocess.run([tool, *map(str, args)], capture_output=True, text=True, check=True)
    return done.stdout


def pdf_text(pdf: Path, *flags: str) -> str:
    return poppler("pdftotext", *flags, pdf, "-")


def letters(text: str) -> str:
    """Only the letters, lower-cased: what must survive typesetting whatever the layout."""
    return "".join(ch for ch in text.lower() if ch.isalpha())


@pytest.fixture(scope="module")
def edition_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("edition") / "edition.pdf"
    render_files([EDITION], "pdf", out)
    return out


@pytest.fixture(scope="module")
def edition() -> etree._ElementTree:
    return parse_file(EDITION)


def test_stylesheet_compiles() -> None:
    assert saxon.compile_stylesheet(asset_path(STYLESHEET)) is not None


def test_every_font_is_embedded(edition_pdf: Path) -> None:
    rows = poppler("pdffonts", edition_pdf).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert emb == "yes", f"font {name} not embedded"


def test_every_speaker_label_is_printed(edition_pdf: Path, edition: etree._ElementTree) -> None:
    text = letters(pdf_text(edition_pdf))
    speakers = {letters(" ".join(sp.itertext())) for sp in edition.iterfind(".//t:body//t:speaker", NS)}
    assert speakers
    for speaker in speakers:
        assert speaker in text


def test_every_paragraph_number_starts_its_paragraph(edition_pdf: Path, edition: etree._ElementTree) -> None:
    layout = pdf_text(edition_pdf, "-layout").splitlines()
    starts: dict[int, str] = {}
    for line in layout:
        match = re.match(r"^\s*(\d+)\s{2,}(\S.*)$", line)
        if match:
            starts.setdefault(int(match.group(1)), "")
            starts[int(match.group(1))] += letters(match.group(2)) + "|"
    paragraphs = edition.xpath("//t:body//t:p[starts-with(@xml:id, 'p-')]", namespaces=NS)
    assert len(paragraphs) > 50
    for p in paragraphs:
        n = int(p.get("{http://www.w3.org/XML/1998/namespace}id")[2:])
        first_word = letters(next(w for w in "".join(p.itertext()).split() if letters(w)))
        assert n in starts, f"paragraph number {n} missing"
        assert first_word[:4] in starts[n], f"paragraph {n} does not start at its number"


def test_notes_are_footnotes(tmp_path: Path) -> None:
    """The bundled edition has no note yet; the profile sample has one (and one for a test)."""
    doc = parse_file(SAMPLE)
    extra = etree.SubElement(doc.find(".//t:sp/t:p", NS), f"{{{TEI}}}note", type="editorial")
    extra.text = "A second editorial note, here at the very end."
    notes = [" ".join("".join(n.itertext()).split()) for n in doc.iterfind(".//t:body//t:note", NS)]
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(render_pdf(doc))
    layout = pdf_text(pdf, "-layout")
    lines = layout.splitlines()
    for number, note in enumerate(notes, 1):
        at = next(i for i, line in enumerate(lines) if note[:20] in " ".join(line.split()))
        marker = " ".join(lines[at - 1 : at + 1]).split()  # the superscript may sit on its own line
        assert marker[0] == str(number), f"note {note!r} not set as footnote {number}: {marker}"
        assert f"{number}{note[:10]}" not in " ".join(lines[: at - 1]), "note text left in the paragraph"
    body_text = pdf_text(pdf)
    assert body_text.count(notes[0][:15]) == 1


def test_index_of_speakers_lists_pages(edition_pdf: Path) -> None:
    text = pdf_text(edition_pdf)
    index = text[text.rindex("Index of speakers") :]
    assert re.search(r"Kaganovich, Lazar Moiseyevich[ .]*\d+([,–] \d+)*", " ".join(index.split()))


def test_title_page_and_metadata(edition_pdf: Path) -> None:
    info = poppler("pdfinfo", edition_pdf)
    assert re.search(r"Title:\s+Kaganovich's speech", info)
    title_page = " ".join(pdf_text(edition_pdf, "-l", "1").split())
    imprint = " ".join(pdf_text(edition_pdf, "-f", "2", "-l", "2").split())
    assert "December 4, 1936" in title_page
    for expected in ("RGASPI, f. 17, op. 2, d. 574", "Source"):
        assert expected in imprint and expected not in title_page


def test_dracor_play_text_survives_intact(corpus: Path, tmp_path: Path) -> None:
    play = corpus / "tei" / "rusdracor" / "chekhov-tragik-ponevole.xml"
    out = tmp_path / "play.pdf"
    render_files([play], "pdf", out)
    body = parse_file(play).find(".//t:text/t:body", NS)
    heads = {line.strip() for line in ("Антон Чехов", "Трагик поневоле (Из дачной жизни)")}
    printed = "\n".join(
        line
        for line in pdf_text(out).splitlines()
        if line.strip() not in heads and not line.strip().isdigit()
    )
    assert letters("".join(body.itertext())) in letters(printed)
    assert "Мурашкин" in printed and "Толкачов" in printed


SPECIALS = [
    '#read("/etc/passwd")',
    "$x$",
    "*bold*",
    "_under_",
    "<label>",
    "@ref",
    "\\",
    "]",
    "[",
    "// not a comment",
    "/* nor this */",
    "`raw`",
    "~",
    "'single'",
    '"double"',
    "a -- b ...",
    "= heading?",
    "#{1 + 1}",
    "}",
]


def test_escaping_prints_everything_literally(tmp_path: Path) -> None:
    doc = etree.parse(str(SAMPLE))
    p = doc.find(".//t:sp/t:p", NS)
    p.clear()
    p.set("{http://www.w3.org/XML/1998/namespace}id", "p-1")
    p.text = "  ".join(SPECIALS)
    lines = [etree.SubElement(doc.find(".//t:body/t:div", NS), f"{{{TEI}}}p") for _ in SPECIALS]
    for line, special in zip(lines, SPECIALS, strict=True):
        line.text = special  # each also at the start of a line of Typst markup
    out = tmp_path / "escape.pdf"
    out.write_bytes(render_pdf(doc))
    text = " ".join(pdf_text(out).split())
    for special in SPECIALS:
        assert special in text, special
    assert "root:" not in text


def test_pdfa_is_claimed_only_when_asked(tmp_path: Path) -> None:
    tree = parse_file(SAMPLE)
    plain, archival = tmp_path / "plain.pdf", tmp_path / "archival.pdf"
    plain.write_bytes(render_pdf(tree))
    archival.write_bytes(render_pdf(tree, PrintOptions(pdfa=True)))
    meta = poppler("pdfinfo", "-meta", archival)
    assert "<pdfaid:part>2</pdfaid:part>" in meta and "<pdfaid:conformance>B</pdfaid:conformance>" in meta
    assert "pdfaid" not in poppler("pdfinfo", "-meta", plain)


@pytest.mark.parametrize("paper, size", [("a4", "595.276 x 841.89"), ("us-letter", "612 x 792")])
def test_paper_size(tmp_path: Path, paper: str, size: str) -> None:
    out = tmp_path / "paper.pdf"
    out.write_bytes(render_pdf(parse_file(SAMPLE), PrintOptions(paper=paper)))
    assert size in poppler("pdfinfo", out)


def test_output_is_deterministic() -> None:
    tree = parse_file(SAMPLE)
    assert render_pdf(tree) == render_pdf(tree)


def test_volume_has_contents_and_each_document(corpus: Path, tmp_path: Path) -> None:
    play = parse_file(corpus / "tei" / "rusdracor" / "chekhov-tragik-ponevole.xml")
    out = tmp_path / "volume.pdf"
    out.write_bytes(
        render_volume_pdf([parse_file(EDITION), play], PrintOptions(params={"volume-title": "Vol"}))
    )
    text = " ".join(pdf_text(out).split())
    contents = text[text.index("Contents") :]
    assert "Kaganovich's speech" in contents[:2000] and "Трагик поневоле" in contents[:2000]
    # one index of speakers for the whole volume, after its last document, naming the speakers
    # of every document with their pages
    assert text.count("Index of speakers") == 1 and "Указатель выступающих" not in text
    index = text[text.index("Index of speakers") :]
    assert "Занавес" not in index
    assert re.search(r"Kaganovich, Lazar Moiseyevich[ .]*\d+", index)
    assert re.search(r"Толкачов[ .]*\d+(, \d+)*", index)


def test_separate_writes_one_pdf_each(corpus: Path, tmp_path: Path) -> None:
    play = corpus / "tei" / "rusdracor" / "chekhov-tragik-ponevole.xml"
    written = render_files(
        [SAMPLE, play], "pdf", tmp_path / "out", RenderOptions(separate=True), jobs=1
    ).written
    assert [p.name for p in written] == ["profile-sample.pdf", "chekhov-tragik-ponevole.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)


def test_typst_source_is_written(tmp_path: Path) -> None:
    out = tmp_path / "sample.typ"
    render_files([SAMPLE], "typst", out)
    assert out.read_text(encoding="utf-8").startswith("// Typeset by stenogram")


def test_typst_error_is_located_in_the_tei() -> None:
    tree = parse_file(SAMPLE)
    source = render_typst(tree).replace('#sg-speaker[#"K.";]', "#sg-speaker[#nonexistent()]", 1)
    with pytest.raises(TypesetError) as info:
        typeset(source, trees=[tree], names=["sample.xml"])
    sp = tree.find(".//t:sp", NS)
    assert info.value.location.file == "sample.xml"
    assert info.value.location.line == sp.sourceline
    assert "unknown variable: nonexistent" in str(info.value) and "<sp>" in str(info.value)


def test_xslt_error_is_located_in_the_stylesheet() -> None:
    with pytest.raises(StylesheetError) as info:
        render_typst(etree.fromstring("<teiCorpus/>"))
    assert "SG501" in str(info.value)
    assert info.value.location.file.endswith("edition.xsl") and info.value.location.line


def test_non_tei_input_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"previous")
    with pytest.raises(InputError, match="not a TEI document"):
        render_files([SAMPLE, corpus / "tei" / "rusdracor" / "corpus.xml"], "pdf", out)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@pytest.mark.parametrize("options", [{"paper": "a3"}, {"params": {"nonsense": "1"}}])
def test_bad_options_are_usage_errors(options: dict) -> None:
    with pytest.raises(UsageError):
        PrintOptions(**options)


def test_cli_render_pdf(tmp_path: Path) -> None:
    out = tmp_path / "e.pdf"
    result = CliRunner().invoke(
        main,
        [
            "render",
            str(SAMPLE),
            "--to",
            "pdf",
            "-o",
            str(out),
            "--paper",
            "us-letter",
            "--pdfa",
            "--param",
            "edition-title=Ed",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out)
    assert "<pdfaid:part>2</pdfaid:part>" in poppler("pdfinfo", "-meta", out)


def test_cli_render_typst_separate(corpus: Path, tmp_path: Path) -> None:
    play = corpus / "tei" / "rusdracor" / "chekhov-tragik-ponevole.xml"
    result = CliRunner().invoke(
        main, ["render", str(SAMPLE), str(play), "--to", "typst", "--separate", "-o", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.glob("*.typ")) == [
        "chekhov-tragik-ponevole.typ",
        "profile-sample.typ",
    ]


@pytest.mark.parametrize(
    "args, says",
    [
        (["--param", "bogus=1"], "unknown parameter 'bogus' for --to pdf"),
        (["--css", "x.css"], "--css does not apply to --to pdf"),
    ],
)
def test_cli_render_usage_errors(tmp_path: Path, args: list[str], says: str) -> None:
    result = CliRunner().invoke(
        main, ["render", str(SAMPLE), "--to", "pdf", "-o", str(tmp_path / "x.pdf"), *args]
    )
    assert result.exit_code == 2
    assert says in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (tmp_path / "x.pdf").exists()


def test_cli_render_not_tei(corpus: Path, tmp_path: Path) -> None:
    bad = corpus / "tei" / "rusdracor" / "corpus.xml"
    result = CliRunner().invoke(main, ["render", str(bad), "--to", "pdf", "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"stenogram: error: {bad}:2: not a TEI document")


def test_a_pointer_into_another_file_names_the_same_person_in_pdf_and_html() -> None:
    from stenogram.render.html import html_page

    data = SAMPLE.read_bytes()
    assert b'who="#' in data
    elsewhere = parse_bytes(data.replace(b'who="#', b'who="persons.xml#'), "elsewhere.xml")
    here = parse_bytes(data, "sample.xml")
    assert "sg-speech(" in render_typst(here)
    assert render_typst(elsewhere) == render_typst(here)
    assert html_page(elsewhere).text == html_page(here).text
