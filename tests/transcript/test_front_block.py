"""The block of lines under a title, set off from the text by a blank line, in a record read one
paragraph a line: front matter, not the first paragraphs of the text."""

from __future__ import annotations

from lxml import etree

from stenogram.tei.convert import convert_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}

# A Korean record: its title, the sitting's date as Korean prints it, then one paragraph a line.
MINUTES = """제418회국회 본회의회의록
2024년12월4일(수)

의장: 의석을 정돈해 주시기 바랍니다. 회의를 시작하겠습니다.
김철수 의원: 의장님, 질문드리겠습니다.
장관: 답변드리겠습니다.
"""

# A title block whose second line is the record's first sentence: text, not front matter.
OPENING = """STENOGRAPHIC RECORD
The meeting was called to order at 10 a.m.

Chair: Good morning. We begin with the first item.
Mr. Smith: Thank you, Chair. I have a question.
Chair: Please go ahead.
"""


def _tei(text: str) -> etree._Element:
    return etree.fromstring(convert_text(text.encode(), "sitting.txt").tei)


def test_the_lines_under_the_title_are_front_matter() -> None:
    root = _tei(MINUTES)
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == "제418회국회 본회의회의록"
    assert root.xpath("//t:front//t:p/text()", namespaces=NS) == ["2024년12월4일(수)"]
    first = root.find(".//t:body/t:div/*", NS)
    assert etree.QName(first).localname == "sp"
    assert len(root.findall(".//t:sp", NS)) == 3


def test_the_records_opening_sentence_under_the_title_stays_text() -> None:
    root = _tei(OPENING)
    assert "The meeting was called to order at 10 a.m." in root.xpath("//t:body//t:p/text()", namespaces=NS)
    assert not root.xpath("//t:front//t:p", namespaces=NS)


def test_a_sentence_under_the_title_stays_text() -> None:
    text = (
        "HEARING ON THE BUDGET\nThe hearing began late.\n\n"
        "Chair: Good morning, everyone, and welcome to this hearing.\n"
        "Mr. Smith: Thank you, Chair, for the invitation to speak.\n"
        "Chair: Please go ahead.\n"
    )
    root = _tei(text)
    assert "The hearing began late." in root.xpath("//t:body//t:p/text()", namespaces=NS)
    assert not root.xpath("//t:front//t:p", namespaces=NS)
