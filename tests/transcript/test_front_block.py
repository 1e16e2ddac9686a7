"""The block of lines under a title, set off from the text by a blank line, in a record read one
paragraph a line: front matter, not the first paragraphs of the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from label_samples import TURN_IDS, TURNS, sample_tei, turn_ids
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
    assert root.xpath("//t:front/t:docDate/text()", namespaces=NS) == ["2024년12월4일(수)"]
    first = root.find(".//t:body/t:div/*", NS)
    assert etree.QName(first).localname == "sp"
    assert len(root.findall(".//t:sp", NS)) == 3


def test_the_records_opening_sentence_under_the_title_is_its_time_not_the_title() -> None:
    root = _tei(OPENING)
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == "STENOGRAPHIC RECORD"
    time = root.xpath("//t:front/t:div[@type='time']/t:p/text()", namespaces=NS)
    assert time == ["The meeting was called to order at 10 a.m."]
    assert len(root.findall(".//t:sp", NS)) == 3


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


# An excerpt pasted from the middle of a record: it opens with the end of the speech before.
CUT_ABOVE = "{first}\n\nPräsident Dr. Karl Weber:\nDas Wort hat nun die Kollegin Anna Roth.\n\nAnna Roth (SPD):\nHerr Präsident! Meine Damen und Herren! Wir lehnen den Antrag ab.\n"


@pytest.mark.parametrize(
    "first",
    [
        "Vielen Dank.",  # a sentence in Mixed case, ended by its stop
        "Danke.",  # one word: a sentence opener of the document's language
        "und deshalb stimmen wir dem Gesetz heute nicht zu.",  # in lower case: cut mid-sentence
        "Ich komme zum Schluss. Wir werden diesem Antrag nicht zustimmen.",
        # two sentences, figures or not: a speech's, however it opens
        "Im Jahr 2019 haben wir 12 Anträge beraten. Keiner davon hat eine Mehrheit gefunden.",
        # a year ends the first sentence; the copy dropped the last stop
        "Geplant war der Abschluss bis spätestens 2024. Welche Frist gilt denn heute noch",
        "Danke, das genügt. Ich beantrage für uns eine Pause von 10 Minuten.",  # a short one, a long
    ],
)
def test_the_end_of_a_speech_cut_above_is_no_title(first: str) -> None:
    root = _tei(CUT_ABOVE.format(first=first))
    assert not root.xpath("//t:front", namespaces=NS)
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == "sitting.txt"
    assert root.xpath("string(//t:body/t:div/*[1])", namespaces=NS) == first
    assert len(root.findall(".//t:sp", NS)) == 2


@pytest.mark.parametrize(
    "first",
    [
        "Vormittagssitzung.",  # one word that opens no sentence: the sitting's heading
        "Amtsgericht Köln, 8. Mai. Öffentliche Sitzung.",  # a number: a dateline
        "STENOGRAPHISCHER BERICHT.",  # in capitals
        "Plenarprotokoll 20/45",  # no stop
        "Sitzung vom 3. Mai 1911.",
        "9312th meeting.",
        "PLENARY MEETING No. 4.",
        "Deutscher Bundestag. Stenografischer Bericht. 123. Sitzung.",  # phrases, no sentences
        "Stenografischer Bericht des Landtags. Sitzung am 12. März 2024.",
    ],
)
def test_a_heading_over_an_excerpt_stays_its_title(first: str) -> None:
    root = _tei(CUT_ABOVE.format(first=first))
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == first


@pytest.mark.parametrize("name", ["bg-excerpt-thanks-first.txt", "sq-excerpt-thanks-first.txt"])
def test_one_word_of_thanks_over_an_excerpt_is_no_title(name: str) -> None:
    """One word that opens sentences in some language, or that the speeches below say again
    before more words, is the end of a speech cut above, whatever the excerpt's language is read
    as."""
    path = Path(__file__).resolve().parents[1] / "data" / "labels" / name
    root = etree.fromstring(convert_text(path.read_bytes(), name).tei)
    assert not root.xpath("//t:front", namespaces=NS)
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == name
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    assert root.xpath("string(//t:body/t:div/*[1])", namespaces=NS) == first
    assert len(root.findall(".//t:sp", NS)) >= 2


@pytest.mark.parametrize("name", ["en-trial-excerpt-cut-figures.txt", "fr-seance-extrait-chiffres.txt"])
def test_sentences_with_figures_over_an_excerpt_are_speech_not_its_title(name: str) -> None:
    """A page cut in a speech opens with two sentences or more, figures in them ("2,400
    dollars", "En 2021"): the end of the speech before, in the text; no title, every turn below."""
    root = sample_tei(name)
    assert not root.xpath("//t:front", namespaces=NS)
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == name
    first = (Path(__file__).resolve().parents[1] / "data" / "labels" / name).read_text(encoding="utf-8")
    assert root.xpath("string(//t:body/t:div/*[1])", namespaces=NS) == first.split("\n", 1)[0]
    assert root.xpath("//t:sp/t:speaker/text()", namespaces=NS) == TURNS[name]
    assert turn_ids(root) == TURN_IDS[name]
