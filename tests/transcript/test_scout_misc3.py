"""Examinations in more languages, the Australian court's answer after ``?---``, the Colombian
Gaceta's narrative line ending with a stop, and a speech-to-text excerpt whose first line ends with
a colon (samples in tests/data/labels/, written in the shapes the real records print, names
invented)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers, turn_ids
from stenogram.tei.convert import convert_text


def _convert(name: str) -> etree._Element:
    return etree.fromstring(convert_text((SAMPLES / name).read_bytes(), name).tei)


# a heading brings the witness in (named in another case, or before the word for witness): the
# answers and the record's label for the witness are that person, the heading no turn
WITNESS_HEADINGS = {
    "hr-saslusanje-svjedoka.txt": (
        "Saslušanje svjedoka Ivana Horvata",
        "Ivan Horvat:",
        "Odgovor:",
        "Svjedok:",
    ),
    "sr-saslusanje-svedoka.txt": (
        "Saslušanje svedoka Petra Jovanovića",
        "Petar Jovanović:",
        "Odgovor:",
        "Svedok:",
    ),
    "sl-zaslisanje-price.txt": ("Zaslišanje priče Janeza Novaka", "Janez Novak:", "Odgovor:", "Priča:"),
    "ro-audierea-martorului.txt": (
        "Audierea martorului Ion Popescu",
        "Ion Popescu:",
        "Răspuns:",
        "Martorul:",
    ),
    "bg-razpit-na-svidetelya.txt": (
        "Разпит на свидетеля Иван Петров Георгиев",
        "Иван Петров Георгиев:",
        "Отговор:",
        "Свидетелят:",
    ),
    "uk-dopyt-svidka.txt": ("Допит свідка Петренка І. С.", "Петренко І. С.:", "Відповідь:", "Свідок:"),
    "hu-tanu-meghallgatasa.txt": ("Kovács János tanú meghallgatása", "Kovács János:", "Válasz:", "Tanú:"),
    "tr-tanik-dinlendi.txt": ("Tanık Ahmet Yılmaz dinlendi.", "Ahmet Yılmaz:", "Cevap:", "Tanık:"),
}


@pytest.mark.parametrize("name", sorted(WITNESS_HEADINGS))
def test_a_witness_heading_names_whoever_answers(name: str) -> None:
    heading, label, answer, witness = WITNESS_HEADINGS[name]
    tei = _convert(name)
    printed = speakers(etree.tostring(tei))
    assert printed[1:5:3] == [label, witness]
    assert printed[3] == answer
    assert len(printed) == 6
    assert tei.xpath("string(//t:body//t:head)", namespaces=NS) == heading
    who = turn_ids(tei)
    assert who[1] == who[3] == who[4]
    assert who[0] == who[5]
    assert len(set(who)) == 3


def test_an_answer_after_three_hyphens_is_the_witness_turn() -> None:
    # an Australian court's transcript prints the answer on the question's line after "?---": the
    # question is the counsel's (also on a line with no label), the answer the sworn witness's
    tei = _convert("en-au-answer-after-dashes.txt")
    turns = tei.xpath("//t:body//t:sp", namespaces=NS)
    texts = [" ".join(sp.xpath("string(t:p)", namespaces=NS).split()) for sp in turns]
    assert turn_ids(tei) == [
        "mr-gray",
        "bernard-ashe",
        "mr-gray",
        "bernard-ashe",
        "mr-gray",
        "bernard-ashe",
        "the-commissioner",
        "bernard-ashe",
        "mr-gray",
        "the-commissioner",
    ]
    assert texts[:4] == [
        "Mr Ashe, your full name is Bernard Thomas Ashe?",
        "Yes, it is.",
        "And you are the chief executive of the company?",
        "That's right.",
    ]
    assert [sp.xpath("string(t:speaker)", namespaces=NS) for sp in turns[:3]] == ["MR GRAY:", "---", ""]


def test_an_answer_after_three_hyphens_with_no_witness_named() -> None:
    text = "MR SMITH:   And you saw him on 4 May?---Yes, I did.\n\nWhere?---At the depot.\n\nMR SMITH:   Thank you.\n"
    tei = etree.fromstring(convert_text(text.encode(), "au.txt").tei)
    assert turn_ids(tei) == ["mr-smith", "the-witness", "mr-smith", "the-witness", "mr-smith"]


def test_hyphens_inside_a_sentence_are_no_answer() -> None:
    text = "MR SMITH:   The word---as printed---is plain. Is that so?\n\nMS JONES:   It is.\n"
    tei = etree.fromstring(convert_text(text.encode(), "au.txt").tei)
    assert turn_ids(tei) == ["mr-smith", "ms-jones"]


def test_a_narrative_line_with_a_stop_gives_the_turn() -> None:
    # the Colombian Gaceta's "Palabras del honorable Senador X." over a speech with no label: the
    # line is the record's, the speech below that person's, a sentence quoting "las palabras del
    # Senador" in a speech no such line
    tei = _convert("es-co-gaceta-palabras-stop.txt")
    assert turn_ids(tei) == ["senador-jorge-eliecer-castano-rios", "senadora-maria-teresa-londono-villa"]
    assert not tei.xpath("//t:speaker", namespaces=NS)
    stages = [" ".join(s.itertext()) for s in tei.xpath("//t:body//t:stage", namespaces=NS)]
    assert stages[0] == "Palabras del honorable Senador Jorge Eliécer Castaño Ríos."
    last = tei.xpath("//t:body//t:sp", namespaces=NS)[-1]
    assert [" ".join(p.itertext()) for p in last.xpath("t:p", namespaces=NS)][
        -1
    ] == "Pido que la votación sea nominal."


def test_a_timed_name_over_a_sentence_ending_with_a_colon_keeps_its_label() -> None:
    # a speech-to-text excerpt of one speech: its first line ends with a colon, no title block
    tei = _convert("fr-stt-colon-first-line.txt")
    assert [" ".join(sp.itertext()) for sp in tei.xpath("//t:speaker", namespaces=NS)] == [
        "Karen Hale   0:02"
    ]
    assert tei.xpath("string(//t:speaker/t:time)", namespaces=NS) == "0:02"
    assert not tei.xpath("//t:titlePart", namespaces=NS)
    text = " ".join(tei.xpath("string(//t:sp)", namespaces=NS).split())
    assert "Bonjour à tous, il est dix heures trente : nous ouvrons" in text
