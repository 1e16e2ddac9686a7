"""The print edition as an editor would publish it: stage directions set as lines, the index of
speakers by surname with pages and paragraphs, running heads, notes, small caps, the editorial
note. Checked on the PDF with poppler (pdftotext, pdftoppm) and on real transcripts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from stenogram import convert_text
from stenogram.render.formats import render_files
from stenogram.render.pdf import PrintOptions, render_pdf
from stenogram.xmlsafe import parse_bytes, parse_file

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
    render_files([EDITION], "pdf", out)
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


def index_lines(pdf: Path, heading: str) -> list[str]:
    """The lines of the index of speakers, from its heading on (page numbers at the foot dropped)."""
    lines = lines_of(pdf)
    return [line for line in lines[lines.index(heading) + 1 :] if not line.isdigit()]


def entry_names(index: list[str]) -> list[str]:
    """The names of the index's entries: what stands before the leader dots."""
    found = (re.match(r"(.+?) (?:\. ){3,}", line) for line in index)
    return [match.group(1).strip() for match in found if match]


def runs(numbers: list[int]) -> str:
    """Numbers as an index should print them: runs of three or more as first–last."""
    out: list[str] = []
    numbers = sorted(set(numbers))
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        out.append(f"{numbers[i]}–{numbers[j]}" if j - i >= 2 else ", ".join(map(str, numbers[i : j + 1])))
        i = j + 1
    return ", ".join(out)


def paragraphs_of(tree: etree._ElementTree, who: str) -> list[int]:
    ids = tree.xpath(f"//t:sp[@who='#{who}']//t:p/@xml:id", namespaces=NS)
    return [int(i.removeprefix("p-")) for i in ids]


def test_index_of_speakers_by_surname_with_pages_and_paragraphs(edition_pdf: Path) -> None:
    index = index_lines(edition_pdf, "Index of speakers")
    persons = [name for name in entry_names(index) if "," in name]
    # by surname (Beria, Bukharin, …), printed surname first, not by forename (Alexei, Joseph, …)
    assert persons[:3] == [
        "Beria, Lavrentiy Pavlovich",
        "Bukharin, Nikolai Ivanovich",
        "Kaganovich, Lazar Moiseyevich",
    ]
    assert [p.split(",")[0] for p in persons] == sorted(p.split(",")[0] for p in persons)
    edition = parse_file(EDITION)
    text = " ".join(index)
    for who, name in (("rykov", "Rykov, Alexei Ivanovich"), ("kaganovich", "Kaganovich, Lazar Moiseyevich")):
        entry = re.search(re.escape(name) + r"( \.)+ ([\d,– ]+) § ([\d,– ]+)", text)
        assert entry, f"no entry with leader dots, pages and § for {name}"
        assert entry.group(3).strip() == runs(paragraphs_of(edition, who))
        assert re.fullmatch(r"\d+(–\d+)?(, \d+(–\d+)?)*", entry.group(2).strip())
    assert "9–18" in text, "a run of paragraphs is not collapsed"


def test_the_registry_surname_decides_over_the_words_of_the_name(tmp_path: Path) -> None:
    tree = parse_file(EDITION)
    name = tree.xpath("//t:person[@xml:id='beria']/t:persName[not(@type)]", namespaces=NS)[0]
    name.clear()  # an editor's parts instead of the converter's
    for tag, value in (
        ("surname", "Beria"),
        ("forename", "Lavrentiy"),
    ):  # surname first, as in Georgian usage
        etree.SubElement(name, f"{{{TEI}}}{tag}").text = value
    index = " ".join(index_lines(printed(tree, tmp_path), "Index of speakers"))
    assert "Beria, Lavrentiy . ." in index and "Lavrentiy, Beria" not in index


@pytest.mark.parametrize(
    "transcript, heading, expected",
    [
        ("en-hearing.txt", "Index of speakers", ["Ivanov", "JONES, Mr.", "Petrov", "SMITH, Mr."]),
        (
            "de-bundestag.txt",
            "Verzeichnis der Redner",
            ["Gabriel, Sigmar", "Lammert, Präsident Dr. Norbert", "Merkel, Dr. Angela"],
        ),
        ("uk-rada.txt", "Покажчик промовців", ["Головуючий", "Голос із Залу", "Яворівський В.О."]),
    ],
)
def test_index_prints_the_surname_the_converter_found(
    tmp_path: Path, transcript: str, heading: str, expected: list[str]
) -> None:
    index = index_lines(printed(converted(transcript), tmp_path), heading)
    assert [n for n in entry_names(index) if n in expected] == expected


def test_short_running_head_and_none_on_the_opening_page(edition_pdf: Path, tmp_path: Path) -> None:
    title = "Kaganovich's speech at the first meeting"
    pages = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(edition_pdf)], capture_output=True, text=True).stdout,
        )[1]
    )
    first = [
        " ".join(pdf_text(edition_pdf, "-f", str(n), "-l", str(n)).split()[:12]) for n in range(3, pages)
    ]
    assert first[0].startswith(title), "the opening page starts with a running head"
    # without a short title, the recto head is the title cut at a word, on one line
    assert pdf_text(edition_pdf, "-f", "5", "-l", "5").splitlines()[0] == f"{title} of the Plenum of…"
    short = printed(parse_file(EDITION), tmp_path, "short.pdf", **{"short-title": "Kaganovich, 4 Dec. 1936"})
    text = pdf_text(short)
    assert text.count(title) == 2, "the title is printed more than on the title page and as the heading"
    assert text.count("Kaganovich, 4 Dec. 1936") >= 3
    tree = parse_file(EDITION)
    main = tree.find(".//t:titleStmt/t:title", NS)
    main.addnext(etree.Element(f"{{{TEI}}}title", type="short"))
    main.getnext().text = "Kaganovich at the December plenum"
    assert pdf_text(printed(tree, tmp_path, "header.pdf")).count("Kaganovich at the December plenum") >= 3


def test_no_line_numbers_on_the_contents_page(tmp_path: Path) -> None:
    volume = tmp_path / "volume.pdf"
    sources = []
    for name in sorted(DATA.glob("*.txt")):
        (tmp_path / f"{name.stem}.xml").write_bytes(convert_text(name.read_bytes(), name.name).tei)
        sources.append(tmp_path / f"{name.stem}.xml")
    render_files([*sources, EDITION], "pdf", volume)
    words = etree.fromstring(pdf_text(volume, "-bbox", "-f", "2", "-l", "2").encode())
    right_edge = 595.276 - 27 / 25.4 * 72  # A4 less the right margin of 27 mm
    beyond = [w.text for w in words.iter("{*}word") if float(w.get("xMin")) > right_edge + 2]
    contents = pdf_text(volume, "-layout", "-f", "2", "-l", "2")
    entries = re.findall(r"\.\s*\u2060?\d+\s*$", contents, re.MULTILINE)  # leader dots, then the page
    assert len(entries) >= 10, "the contents lists every document with its page"
    assert beyond == [], f"line numbers in the margin of the contents: {beyond}"


def test_no_space_before_a_note_number(tmp_path: Path) -> None:
    tree = converted("ru-plenum.txt")
    note = tree.find(".//t:body//t:note", NS)
    before = (note.getprevious().tail if note.getprevious() is not None else note.getparent().text) or ""
    assert before.endswith(" "), "the transcript has a space before its note"
    last_word = before.split()[-1]
    text = " ".join(pdf_text(printed(tree, tmp_path)).split())
    assert f"{last_word}1" in text and f"{last_word} 1" not in text


def test_small_caps_keep_the_capitals_of_a_label(tmp_path: Path) -> None:
    """A label printed as "McCLURE" must not look like "MCCLURE": small caps for its small c only."""
    transcript = "Hearing before the Committee\n\nSenator McCLURE. I yield.\n\nSenator MCCLURE. Thank you.\n"
    tree = parse_bytes(convert_text(transcript, "hearing.txt").tei)
    assert [s.text for s in tree.iterfind(".//t:speaker", NS)] == ["Senator McCLURE.", "Senator MCCLURE."]
    words = etree.fromstring(pdf_text(printed(tree, tmp_path), "-bbox").encode())
    width = {w.text: float(w.get("xMax")) - float(w.get("xMin")) for w in words.iter("{*}word")}
    assert width["McCLURE."] < width["MCCLURE."] - 1, "McCLURE and MCCLURE are set alike"


def test_editorial_note_follows_the_title_page(edition_pdf: Path) -> None:
    title_page = " ".join(pdf_text(edition_pdf, "-l", "1").split())
    imprint = " ".join(pdf_text(edition_pdf, "-f", "2", "-l", "2").split())
    edition = parse_file(EDITION)
    decl = edition.find(".//t:editorialDecl", NS)
    assert "Editor’s note" in imprint and "Editor’s note" not in title_page
    first = " ".join("".join(decl.find("t:p", NS).itertext()).split())
    assert first[:60] in imprint
    for item in decl.iterfind(".//t:list[@type='furniture']/t:item", NS):
        assert f"line {item.get('n')}: {item.text}" in imprint


def test_pages_as_pictures(edition_pdf: Path, tmp_path: Path) -> None:
    """Two pages of the edition kept as PNG (the opening page and the index) to be looked at."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    pages = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(edition_pdf)], capture_output=True, text=True).stdout,
        )[1]
    )
    for number in (3, pages):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                str(number),
                "-l",
                str(number),
                "-singlefile",
                str(edition_pdf),
                str(tmp_path / f"page-{number}"),
            ],
            check=True,
        )
        assert (tmp_path / f"page-{number}.png").stat().st_size > 20_000
