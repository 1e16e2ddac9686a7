"""Real pages under open licences (``tests/data/real``, sources in its README), converted with the
default settings: what each record prints, checked by reading it."""

from __future__ import annotations

import pytest
from lxml import etree

from sources_common import DATA, NS, valid
from stenogram.tei.convert import convert_text
from stenogram.transcript.sources import extract

REAL = DATA / "real"


def convert(name: str) -> etree._Element:
    result = convert_text((REAL / name).read_bytes(), name)
    assert valid(result.tei)
    return etree.fromstring(result.tei)


def speakers(root: etree._Element) -> list[str]:
    return [str(s) for s in root.xpath("//t:sp/t:speaker/text()", namespaces=NS)]


def furniture(root: etree._Element, kind: str) -> list[str]:
    return [
        str(s) for s in root.xpath(f"//t:list[@type='furniture']/t:item[@ana='{kind}']/text()", namespaces=NS)
    ]


def test_a_congressional_record_page_in_preformatted_text() -> None:
    """GPO's page is one ``<pre>``: paragraphs are set apart by an indented first line, not by
    blank lines; the record prints twelve turns, six by each speaker, and a page break."""
    root = convert("en-congressional-record-h6114.htm")
    chair = "The SPEAKER pro tempore."
    assert speakers(root) == [
        "Mr. PASCRELL.",
        "The SPEAKER pro tempore (Mr. Foley).",
        *("Mr. PASCRELL.", chair) * 5,
    ]
    assert root.xpath("string((//t:sp)[5]/t:p)", namespaces=NS) == "Yes, I do."
    # [[Page H6115]] is the printed page: a page break between the turns it stands between.
    pb = root.xpath("//t:body//t:pb", namespaces=NS)
    assert [p.get("n") for p in pb] == ["H6115"]
    after = pb[0].getnext()
    assert after.findtext("t:speaker", namespaces=NS) == chair
    assert after.xpath("string(t:p)", namespaces=NS).startswith("The gentleman has not stated")
    assert furniture(root, "page-number") == ["[[Page H6115]]"]
    assert "[[Page" not in root.xpath("string(//t:body)", namespaces=NS)
    bibl = root.xpath("string(//t:sourceDesc/t:bibl[@type='digital'])", namespaces=NS)
    assert bibl.startswith("Congressional Record, Volume 151 Issue 99 (Wednesday, July 20, 2005).")
    assert root.xpath("//t:settingDesc//t:date/@when", namespaces=NS) == ["2005-07-20"]


def test_a_congressional_record_page_with_a_heading_and_a_procedural_note() -> None:
    root = convert("en-congressional-record-h6111.htm")
    div = root.xpath("//t:body/t:div[t:head]", namespaces=NS)[0]  # a section of its own
    assert div.xpath("t:head/text()", namespaces=NS) == ["PROBLEMS IN LATIN AMERICA"]
    stage = div.xpath("t:stage", namespaces=NS)
    assert [s.get("type") for s in stage] == ["other"]
    assert stage[0].xpath("string()").startswith("(Mr. KIRK asked and was given permission")
    assert stage[0].getnext().findtext("t:speaker", namespaces=NS) == "Mr. KIRK."
    speech = [" ".join(p.xpath("string()").split()) for p in root.xpath("//t:sp/t:p", namespaces=NS)]
    assert speech[0].startswith("Mr. Speaker, problems now loom in Latin America")
    assert speech[1].startswith("His war may be in Central America.")
    assert speech[2].startswith("We in the Congress have a choice to make.")


def test_a_hansard_page_with_its_column_headings_and_navigation() -> None:
    root = convert("en-hansard-commons-2011-07-19.html")
    assert speakers(root) == [
        "1.   Mr David Hanson (Delyn) (Lab):",
        "The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague):",
        "Mr Hanson:",
        "Mr Hague:",
        "Mr Philip Hollobone (Kettering) (Con):",
        "Mr Hague:",
        "Stephen Twigg (Liverpool, West Derby) (Lab/Co-op):",
        "Mr Hague:",
        "3.   Paul Flynn (Newport West) (Lab):",
        "The Parliamentary Under-Secretary of State for Foreign and Commonwealth Affairs (Alistair Burt):",
    ]
    assert furniture(root, "navigation") == ["Previous Section", "Index", "Home Page"]
    assert furniture(root, "page-number") == ["19 July 2011 : Column 771", "19 July 2011 : Column 772"]
    body = root.xpath("string(//t:body)", namespaces=NS)
    assert "Column 77" not in body and "Home Page" not in body
    # Column 771 starts with the sitting's heading (the front), column 772 inside Mr Hague's
    # answer: the page break stands inside the sentence it cuts.
    pb = root.xpath("//t:text//t:pb", namespaces=NS)
    assert [p.get("n") for p in pb] == ["771", "772"]
    paragraph = pb[1].getparent()
    text = " ".join(paragraph.xpath("string()").split())
    assert "hypocrisy of the Iranian leadership on this that it has been prepared" in text
    assert paragraph.xpath("ancestor::t:sp/t:speaker/text()", namespaces=NS) == ["Mr Hague:"]
    # the page's <h3> headings are headings: the next question's subject is nobody's speech
    heads = root.xpath("//t:body//t:head/text()", namespaces=NS)
    assert "Nuclear Non-proliferation and Disarmament" in heads and "Syria" in heads
    assert not root.xpath("//t:sp//t:p[. = 'Nuclear Non-proliferation and Disarmament']", namespaces=NS)


@pytest.mark.parametrize(
    ("paragraph", "marker"),
    [
        ("19 July 2011 : Column 772", "772"),
        ("[[Page H6115]]", "H6115"),
        ("Seite 12", "12"),
        ("S. 1250", None),  # a bill, not a page
        ("Column 772 is where the answer goes on.", None),
    ],
)
def test_a_paragraph_that_only_names_a_page(paragraph: str, marker: str | None) -> None:
    page = f"<html><body><p>First paragraph of speech.</p><p>{paragraph}</p><p>After it.</p></body></html>"
    extracted = extract(page.encode(), "page.html")
    assert extracted is not None
    assert [mark.n for mark in extracted.marks] == ([marker] if marker else [])
    assert (paragraph in extracted.text) == (marker is None)
