"""The twenty-first round's convert memory, the document model: a paragraph of one plain string
is held as that string, no list around it, and read as its nodes all the same; a label's
occurrence keeps its marks as one number; a turn without a quotation keeps its own list."""

from __future__ import annotations

import sys
from itertools import product
from pathlib import Path

from lxml import etree

from stenogram.tei.convert import convert_text
from stenogram.transcript.blocks import group_quotes
from stenogram.transcript.candidate import Candidate
from stenogram.transcript.model import BlockStage, Join, Para, Quote, Stage, Turn
from stenogram.transcript.scoring import Occurrence

DATA = Path(__file__).resolve().parents[1] / "data"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _paragraphs(text: str | bytes, name: str = "record.txt") -> tuple[list[Para], etree._Element]:
    converted = convert_text(text, name)
    assert converted.tei is not None
    paras = [
        para
        for division in converted.document.body
        for item in division.items
        for para in (item.items if isinstance(item, Turn) else [item])
        if isinstance(para, Para)
    ]
    return paras, etree.fromstring(converted.tei)


def test_a_plain_paragraph_is_held_as_its_string() -> None:
    paras, tei = _paragraphs(
        "IVANOV. We have finished the first reading.\n\n"
        "PETROV. Then let us vote (Applause) at once.\n\n"
        "IVANOV. Agreed."
    )
    held = [para.held for para in paras]
    assert held[0] == "We have finished the first reading."
    assert held[2] == "Agreed."
    assert isinstance(held[1], list) and isinstance(held[1][1], Stage)  # a bracket: its nodes
    assert paras[0].content == ["We have finished the first reading."]
    texts = tei.xpath("//t:sp/t:p", namespaces=NS)
    assert [p.xpath("string()") for p in texts] == [
        "We have finished the first reading.",
        "Then let us vote (Applause) at once.",
        "Agreed.",
    ]


def test_a_paragraph_held_as_a_string_takes_the_page_cut_rest() -> None:
    # the paragraph a page break cut (a lower-case line after a page's number) is joined to the
    # one before, though that one was held as a string
    paras, tei = _paragraphs((DATA / "ru-plenum.txt").read_bytes(), "ru-plenum.txt")
    joined = [
        para for para in paras if isinstance(para.held, list) and any(isinstance(n, Join) for n in para.held)
    ]
    assert len(joined) == 1
    nodes = joined[0].content
    assert isinstance(nodes[0], str) and nodes[0].endswith(" ")
    assert isinstance(nodes[1], Join) and nodes[1].line == 20
    assert len(tei.xpath("//t:p/t:milestone[@type='join']", namespaces=NS)) == 1
    assert isinstance(paras[0].held, str)  # "Слово имеет товарищ Каганович."


def test_content_is_the_nodes_of_either_form() -> None:
    assert Para("Yes.", 3).content == ["Yes."]
    nodes = ["joined", Join(6), " here"]
    assert Para(nodes, 5).content is nodes


def test_an_occurrence_keeps_its_marks_and_ending_as_one_number() -> None:
    cand = Candidate("NORA", None, ".", 5, "NORA.")
    for alone, first, inner, under in product((False, True), repeat=4):
        for ending in ("sentence", "speech", "short", "roll", ""):
            found = Occurrence(cand, alone, first, ending=ending, inner=inner, under=under)
            assert (found.alone, found.first, found.inner, found.under) == (alone, first, inner, under)
            assert found.ending == ending
    plain = Occurrence(cand)
    assert (plain.alone, plain.ending, plain.above) == (False, "sentence", "")
    assert not hasattr(plain, "__dict__")


def test_a_turn_without_a_quotation_keeps_its_own_list() -> None:
    items: list[Para | BlockStage | Quote] = [Para("We agree.", 4), Para("«A document read out", 5)]
    assert group_quotes(items, []) is items
    quoted: list[Para | BlockStage | Quote] = [Para("«It begins", 4), Para("and ends.»", 5)]
    grouped = group_quotes(quoted, [])
    assert grouped is not quoted and len(grouped) == 1 and isinstance(grouped[0], Quote)


def test_a_turn_of_one_paragraph_holds_a_list_of_one() -> None:
    converted = convert_text(
        "IVANOV. We have finished.\n\nPETROV. Then we vote.\n\nMore below.", "record.txt"
    )
    turns = [
        item for division in converted.document.body for item in division.items if isinstance(item, Turn)
    ]
    assert [len(turn.items) for turn in turns] == [1, 2]
    assert sys.getsizeof(turns[0].items) == sys.getsizeof(["one"])  # no room for four
