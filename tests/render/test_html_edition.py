"""The HTML reading edition: page features, no text lost, safe links, the site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from html_text import NS, parse_page, rendered_bodies, source_text, tei_bodies
from stenogram import xmlsafe
from stenogram.errors import InputError
from stenogram.render import html as html_edition
from stenogram.render.formats import FORMATS
from stenogram.render.request import read_tei

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "profile-sample.xml"
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
CORPUS_TEI = ROOT.parent / "shared" / "corpus" / "tei"


def _page(path: Path) -> tuple[etree._ElementTree, etree._ElementTree]:
    tree = xmlsafe.parse_file(path)
    return tree, parse_page(html_edition.html_page(tree).text)


def _xp(tree: etree._ElementTree, path: str) -> list:
    return tree.xpath(path, namespaces=NS)


def _corpus_files_with_body() -> list[Path]:
    if not CORPUS_TEI.is_dir():
        return []
    files = sorted(p for p in CORPUS_TEI.rglob("*") if p.suffix in (".xml", ".odd"))
    return [p for p in files if xmlsafe.parse_file(p).xpath("//t:body", namespaces=NS)]


def _editions() -> list[Path]:
    return [p for p in (SAMPLE, EDITION) if p.exists()]


@pytest.mark.parametrize("path", _editions(), ids=lambda p: p.name)
def test_every_feature_of_the_profile_is_on_the_page(path: Path) -> None:
    tei, page = _page(path)
    speakers = _xp(tei, "//t:sp/t:speaker")
    rendered = _xp(page, "//h:div[@class='speaker']")
    assert [" ".join(s.xpath("string()").split()) for s in speakers] == [source_text(r) for r in rendered]
    # every speaker with a person in the header links to that person's entry
    for sp, speaker in zip(_xp(tei, "//t:sp"), rendered, strict=True):
        person = sp.get("who", "").lstrip("#")
        if _xp(tei, f"//t:particDesc//*[@xml:id='{person}']"):
            assert speaker.xpath("h:a/@href", namespaces=NS) == [f"#person-{person}"]
            assert _xp(page, f"//h:li[@id='person-{person}']")
    # paragraph numbers: the TEI's p-N ids, as anchors and margin numbers
    ids = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in _xp(tei, "//t:body//t:p[@xml:id]")]
    numbered = _xp(page, "//h:*[h:a[@class='pn']]")
    assert [p.get("id") for p in numbered] == ids
    assert [p.xpath("string(h:a[@class='pn'])", namespaces=NS) for p in numbered] == [i[2:] for i in ids]
    assert all(p.xpath("h:a[@class='pn']/@href", namespaces=NS) == ["#" + p.get("id")] for p in numbered)
    # stage directions, each with its type as a class
    stages = _xp(tei, "//t:body//t:stage")
    rendered_stages = _xp(page, "//*[contains(concat(' ', @class, ' '), ' stage ')]")
    assert len(rendered_stages) == len(stages)
    for stage, html in zip(stages, rendered_stages, strict=True):
        assert f"stage-{stage.get('type')}" in html.get("class").split() if stage.get("type") else True
    # supplied text in brackets with a tooltip
    supplied = _xp(page, "//h:span[@class='supplied']")
    assert len(supplied) == len(_xp(tei, "//t:body//t:supplied"))
    for item in supplied:
        assert item.get("title").startswith("Supplied by the editor")
        assert item.xpath("string(h:span[1])", namespaces=NS) == "["
        assert item.xpath("string(h:span[last()])", namespaces=NS) == "]"
    # gaps shown, notes numbered 1..n with mark and note linked both ways
    assert len(_xp(page, "//h:span[@class='gap']")) == len(_xp(tei, "//t:body//t:gap"))
    notes = _xp(page, "//*[@role='note']")
    assert len(notes) == len(_xp(tei, "//t:body//t:note"))
    for n, note in enumerate(notes, 1):
        assert note.get("id") == f"note-{n}"
        assert _xp(page, f"//h:sup[@class='note-mark']/h:a[@href='#note-{n}'][@id='note-ref-{n}']")


@pytest.mark.skipif(not EDITION.exists(), reason="the bundled edition is not built yet")
def test_the_edition_has_its_citation_block_editors_note_and_persons() -> None:
    tei, page = _page(EDITION)
    citation = " ".join(_xp(page, "string(//h:section[@class='citation'])").split())
    assert "RGASPI, f. 17, op. 2, d. 574" in citation
    assert "ROSSPEN" in citation
    editorial = _xp(page, "//h:section[@class='editorial']")[0]
    furniture = _xp(tei, "//t:list[@type='furniture']/t:item")
    assert len(editorial.xpath(".//h:details[@class='furniture']//h:tbody/h:tr", namespaces=NS)) == len(
        furniture
    )
    assert _xp(page, "string(//h:time/@datetime)") == "1936-12-04"
    # persons: turns counted and linked
    for person in _xp(tei, "//t:particDesc//t:person"):
        pid = person.get("{http://www.w3.org/XML/1998/namespace}id")
        turns = _xp(tei, f"//t:sp[@who='#{pid}']")
        entry = _xp(page, f"//h:li[@id='person-{pid}']")[0]
        assert entry.xpath("string(.//h:span[@class='turn-count'])", namespaces=NS) == str(len(turns))
        links = entry.xpath(".//h:details[@class='turns']//h:a/@href", namespaces=NS)
        assert links == ["#" + sp.get("{http://www.w3.org/XML/1998/namespace}id") for sp in turns]


def test_words_and_interjections_are_counted() -> None:
    _, page = _page(SAMPLE)
    k = _xp(page, "//h:li[@id='person-k']")[0]
    voices = _xp(page, "//h:li[@id='person-voices']")[0]
    # turns of K: "a … were" (stage, note text excluded), "x", "z"
    assert k.xpath("string(.//h:span[@class='turn-count'])", namespaces=NS) == "3"
    assert voices.xpath("string(.//h:span[@class='interjection-count'])", namespaces=NS) == "2"
    assert _xp(page, "//h:a[@class='authority']/@href") == ["https://www.wikidata.org/wiki/Q1"]
    # the interjection's label links to the group who said it
    assert _xp(page, "//h:span[contains(@class, 'said')]/h:a[@class='who label']/@href") == [
        "#person-voices",
        "#person-voices",
    ]


@pytest.mark.parametrize("path", _editions() + _corpus_files_with_body(), ids=lambda p: p.name)
def test_no_text_is_lost(path: Path) -> None:
    tei, page = _page(path)
    bodies = tei_bodies(tei)
    assert bodies and rendered_bodies(page) == bodies


def test_the_corpus_is_there_to_be_checked(corpus: Path) -> None:
    assert len(_corpus_files_with_body()) >= 40


def test_dracor_play_numbers_blocks_in_document_order(corpus: Path) -> None:
    tei, page = _page(corpus / "tei" / "rusdracor" / "chekhov-tragik-ponevole.xml")
    blocks = _xp(tei, "//t:body//*[self::t:p or self::t:l or self::t:ab][not(ancestor::t:note)]")
    numbers = _xp(page, "//h:a[@class='pn']/text()")
    assert numbers == [str(n) for n in range(1, len(blocks) + 1)]
    assert _xp(page, "string(/h:html/@lang)") == "ru"
    # every turn is reachable from the persons section
    turn_ids = _xp(page, "//h:div[contains(@class, 'sp')]/@id")
    linked = _xp(page, "//h:section[@id='persons']//h:details[@class='turns']//h:a/@href")
    assert sorted(linked) == sorted("#" + i for i in turn_ids)


def test_unknown_elements_keep_their_text_and_are_marked_in_debug() -> None:
    tree = xmlsafe.parse_bytes(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
        b'<p>a <mystery>b <x:y xmlns:x="urn:x">c</x:y></mystery>'
        b"</p><strange>d</strange></body></text></TEI>"
    )
    page = parse_page(html_edition.html_page(tree, {"debug": "yes"}).text)
    assert rendered_bodies(page) == tei_bodies(tree) == ["a b cd"]
    assert _xp(page, "//h:span[@data-tei='mystery']/@class") == ["tei-mystery"]
    assert _xp(page, "//h:div[@data-tei='strange']")


@pytest.mark.parametrize(
    "value, linked",
    [
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,x", False),
        ("vbscript:x", False),
        ("https://example.org/a", True),
        ("mailto:a@example.org", True),
        ("#p-3", True),
        ("pages/76.png", True),
    ],
)
def test_links_are_made_only_from_safe_values(value: str, linked: bool) -> None:
    attr = value.replace("\t", "&#9;")
    tree = xmlsafe.parse_bytes(
        f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><ref target="{attr}">r</ref>'
        f'<pb n="1" facs="{attr}"/><graphic url="{attr}"/></p></body></text></TEI>'.encode()
    )
    text = html_edition.html_page(tree).text
    page = parse_page(text)
    hrefs = _xp(page, "//h:section[@data-tei='body']//h:a[not(@class='pn')]/@href")
    assert len(hrefs) == (3 if linked else 0)
    assert "script:" not in text.lower().replace("javascript:alert(1)", "") or not linked
    assert not re.search(r'href="\s*(java|vb)script:', text, re.I)


def test_nothing_is_output_unescaped() -> None:
    tree = xmlsafe.parse_bytes(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
        b"<title>&lt;script&gt;alert(1)&lt;/script&gt;</title></titleStmt></fileDesc></teiHeader>"
        b"<text><body><p>&lt;img src=x onerror=alert(1)&gt;</p></body></text></TEI>"
    )
    text = html_edition.html_page(tree).text
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;" in text and "&lt;img src=x" in text


def test_the_same_input_gives_the_same_bytes() -> None:
    tree = xmlsafe.parse_file(SAMPLE)
    assert html_edition.html_page(tree).text == html_edition.html_page(xmlsafe.parse_file(SAMPLE)).text


def test_a_document_that_is_not_tei_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "x.xml"
    page.write_text("<?xml version='1.0'?>\n\n<html/>", encoding="utf-8")
    with pytest.raises(InputError, match="not a TEI document: the root element is <html>") as info:
        read_tei(page, corpus=FORMATS["html"].corpus)
    assert str(info.value.location) == f"{page}:3"


def test_html_takes_a_tei_corpus_and_print_does_not(corpus: Path) -> None:
    source = corpus / "tei" / "rusdracor" / "corpus.xml"
    assert read_tei(source, corpus=FORMATS["html"].corpus).getroot().tag.endswith("teiCorpus")
    with pytest.raises(InputError, match="<teiCorpus>"):
        read_tei(source, corpus=FORMATS["pdf"].corpus)


def test_the_page_loads_nothing_from_the_network(corpus: Path) -> None:
    _, page = _page(corpus / "tei" / "tei-stylesheets" / "generalP5.xml")
    assert not _xp(page, "//h:img | //h:script | //h:iframe | //h:link[not(@href='edition.css')]")
