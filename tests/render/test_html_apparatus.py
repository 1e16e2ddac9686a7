"""The web edition's apparatus, checked on the page with lxml: interface words in the document's
language (one table, xslt/common/i18n.xml, shared with the PDF), contents and filter by speaker,
downloads, "cite this" (line, CSL-JSON, BibTeX; per paragraph), no empty rows."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from stenogram import convert_text
from stenogram.render import formats as render
from stenogram.render.html import html_page
from stenogram.xmlsafe import parse_bytes, parse_file

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
DATA = ROOT / "tests" / "data"
I18N = ROOT / "xslt" / "common" / "i18n.xml"
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"h": "http://www.w3.org/1999/xhtml", "t": TEI, "i": "urn:stenogram:i18n"}
LANGUAGES = ("en", "ru", "de", "fr", "uk", "pl")


def page_of(tree: etree._ElementTree, **params: str) -> etree._Element:
    return etree.fromstring(html_page(tree, params).text.encode())


def xp(node: etree._Element, path: str) -> list:
    return node.xpath(path, namespaces=NS)


def text(node: etree._Element) -> str:
    return " ".join("".join(node.itertext()).split())


def converted(name: str) -> etree._ElementTree:
    return parse_bytes(convert_text((DATA / name).read_bytes(), name).tei, name)


@pytest.fixture(scope="module")
def edition_page() -> etree._Element:
    return page_of(parse_file(EDITION), page="edition.html", **{"base-url": "https://example.org/ed/"})


def test_every_word_of_the_table_has_every_language() -> None:
    table = etree.parse(str(I18N))
    keys = [w.get("key") for w in xp(table.getroot(), "//i:word")]
    assert len(keys) == len(set(keys)) > 30
    for word in xp(table.getroot(), "//i:word"):
        found = [w.get("lang") for w in xp(word, "i:w") if (w.text or "").strip()]
        assert sorted(found) == sorted(LANGUAGES), word.get("key")


def test_every_word_the_stylesheets_ask_for_is_in_the_table() -> None:
    keys = {w.get("key") for w in xp(etree.parse(str(I18N)).getroot(), "//i:word")}
    asked = {
        key
        for xsl in (ROOT / "xslt").rglob("*.xsl")
        for key in re.findall(r"sg:label\('([a-z-]+)'", xsl.read_text(encoding="utf-8"))
    }
    assert len(asked) > 20
    assert asked <= keys, asked - keys


@pytest.mark.parametrize(
    "source, lang, heading, persons",
    [
        ("ru-plenum.txt", "ru", "Источник и ссылка", "Лица"),
        ("de-bundestag.txt", "de", "Quelle und Zitierweise", "Personen"),
        ("fr-assemblee.txt", "fr", "Source et citation", "Personnes"),
        ("uk-rada.txt", "uk", "Джерело і посилання", "Особи"),
        ("parlamint/PL/ParlaMint-PL_2020-01-17-senat-03-3.xml", "pl", "Źródło i cytowanie", "Osoby"),
        ("en-hearing.txt", "en", "Source and citation", "Persons"),
    ],
)
def test_interface_words_are_in_the_documents_language(
    corpus: Path, source: str, lang: str, heading: str, persons: str
) -> None:
    tree = parse_file(corpus / source) if source.endswith(".xml") else converted(source)
    page = page_of(tree)
    assert page.get("lang") == lang
    assert text(xp(page, "//h:section[@class='citation']/h:h2")[0]) == heading
    assert text(xp(page, "//h:section[@id='persons']/h:h2")[0]) == persons
    if lang == "ru":  # the archive's units abbreviated as a Russian reader expects
        assert "РГАСПИ, ф. 17, оп. 2, д. 574" in text(xp(page, "//h:dd[@class='archive']")[0])
    if lang != "en":  # no English interface word is left (other than one the language shares)
        table = etree.parse(str(I18N)).getroot()
        english = {w.text for w in xp(table, "//i:w[@lang='en']")} - {
            w.text for w in xp(table, f"//i:w[@lang='{lang}']")
        }
        generated = [
            text(e) for e in xp(page, "//h:h2 | //h:summary | //h:dt | //h:th | //h:a[@class='skip-link']")
        ]
        assert [g for g in generated if g in english] == []


def test_no_empty_rows_in_the_citation_block(corpus: Path) -> None:
    for tree in (
        parse_file(EDITION),
        converted("en-hearing.txt"),
        parse_file(corpus / "parlamint/UA/ParlaMint-UA_2016-01-26-m1.xml"),
    ):
        page = page_of(tree)
        for dd in xp(page, "//h:section[@class='citation']//h:dd"):
            assert text(dd), f"empty row: {text(dd.getprevious())}"
    bare = parse_file(EDITION)
    publication = bare.find(".//t:publicationStmt", NS)
    publication.remove(publication.find("t:publisher", NS))  # only the availability is left
    assert "Edition" not in [text(dt) for dt in xp(page_of(bare), "//h:dt")]


def test_contents_lists_every_turn_and_the_filter_every_speaker(edition_page: etree._Element) -> None:
    edition = parse_file(EDITION)
    turns = edition.xpath("//t:body//t:sp", namespaces=NS)
    entries = xp(edition_page, "//h:nav[@class='contents']//h:li[@class='turn-entry']")
    assert [e.find("h:a", NS).get("href") for e in entries] == [
        f"#{t.get('{http://www.w3.org/XML/1998/namespace}id')}" for t in turns
    ]
    assert text(entries[2]) == "KAGANOVICH. § 3–5"
    speakers = list(dict.fromkeys(w.lstrip("#") for t in turns for w in t.get("who").split()))
    links = xp(edition_page, "//h:nav[@class='speaker-filter']/h:a[@class='filter-speaker']")
    assert [a.get("id") for a in links] == [f"only-{s}" for s in speakers]
    assert all(a.get("href") == f"#{a.get('id')}" for a in links)
    style = xp(edition_page, "string(//h:head/h:style)")
    for speaker in speakers:
        assert f'[id="only-{speaker}"]:target) .text .sp:not([data-who~="{speaker}"])' in style
    assert not xp(edition_page, "//h:script")


def test_cite_this_with_url_version_and_date(edition_page: etree._Element) -> None:
    line = text(xp(edition_page, "//h:div[@class='cite-this']//h:span[@class='cite-line']")[0])
    # the author (the speaker of a one-speech document, from the header), then the title
    assert line.startswith("Lazar Moiseyevich Kaganovich. “Kaganovich's speech")
    assert line.endswith("https://example.org/ed/edition.html")
    tree = parse_file(EDITION)
    title_stmt = tree.find(".//t:titleStmt", NS)
    etree.SubElement(title_stmt, f"{{{TEI}}}editor").text = "A. Editor"
    edition_stmt = etree.Element(f"{{{TEI}}}editionStmt")
    etree.SubElement(edition_stmt, f"{{{TEI}}}edition", n="1.2").text = "Second revised edition"
    title_stmt.addnext(edition_stmt)
    dated = tree.find(".//t:publicationStmt/t:date", NS)  # the edition's own date, changed
    dated.set("when", "2026-11-30")
    dated.text = "2026-11-30"
    page = page_of(tree, page="k.html", **{"base-url": "https://example.org/ed"})
    line = text(xp(page, "//h:span[@class='cite-line']")[0])
    assert "Edited by A. Editor" in line and "version 1.2" in line and "2026-11-30" in line
    csl = json.loads(text(xp(page, "//h:pre[@class='csl-json']")[0]))[0]
    assert csl["URL"] == "https://example.org/ed/k.html" and csl["version"] == "1.2"
    assert csl["issued"] == {"date-parts": [[2026, 11, 30]]} and csl["editor"] == [{"literal": "A. Editor"}]
    bibtex = xp(page, "string(//h:pre[@class='bibtex'])")
    assert bibtex.startswith("@misc{k,") and "  url = {https://example.org/ed/k.html}" in bibtex
    assert "  version = {1.2}" in bibtex and "  date = {2026-11-30}" in bibtex
    twelve = xp(page, "//*[@id='p-12']/h:span[@class='cite-p']")[0]
    assert twelve.get("data-generated") == "" and text(twelve).endswith(
        "§ 12. https://example.org/ed/k.html#p-12"
    )


def test_downloads_beside_the_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "kaganovich-1936-12-04.pdf").write_bytes(b"%PDF-1.7 stand-in: the page links what lies beside it")
    page_path = render.render_files([EDITION], "html", str(site) + "/").written[0]
    page = etree.parse(str(page_path)).getroot()
    links = {a.text: a.get("href") for a in xp(page, "//h:p[@class='downloads']/h:a")}
    assert (page_path.parent / links["TEI"]).resolve() == EDITION.resolve()
    assert links["PDF"] == "kaganovich-1936-12-04.pdf"
    bare = render.render_files([EDITION], "html", tmp_path / "alone" / "k.html").written[0]
    assert [a.text for a in xp(etree.parse(str(bare)).getroot(), "//h:p[@class='downloads']/h:a")] == ["TEI"]
