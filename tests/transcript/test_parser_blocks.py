"""Paragraphs that are no speech: the record's clock and the Diet's stage directions."""

from __future__ import annotations

from lxml import etree

from stenogram.tei.convert import convert_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _body(text: str) -> etree._Element:
    return etree.fromstring(convert_text(text.encode(), "x.txt").tei).find(".//t:body", NS)


def test_a_time_alone_in_its_paragraph_is_the_records_clock_not_speech() -> None:
    body = _body(
        "ГОЛОВА. Прошу народних депутатів підготуватися до реєстрації.\n\n16:00:32\n\n"
        "В залі зареєстровано 231 депутат.\n"
    )
    stage = body.find(".//t:sp/t:stage", NS)
    assert stage is not None and stage.findtext("t:time", namespaces=NS) == "16:00:32"
    assert [p.text for p in body.iterfind(".//t:p", NS)] == [
        "Прошу народних депутатів підготуватися до реєстрації.",
        "В залі зареєстровано 231 депутат.",
    ]


def test_tortoise_shell_brackets_on_their_own_line_are_a_stage_direction() -> None:
    body = _body(
        "○議長（山田太郎君）　これより会議を開きます。\n〔田中一郎君登壇、拍手〕\n"
        "○田中一郎君　ただいま議題となりました法律案について御報告いたします。\n"
    )
    assert [s.text for s in body.iterfind(".//t:stage", NS)] == ["〔田中一郎君登壇、拍手〕"]
    assert len(body.findall(".//t:sp", NS)) == 2


def test_an_item_of_the_order_of_the_day_is_a_heading() -> None:
    body = _body(
        "Anf. 1 TALMANNEN:\nJag förklarar sammanträdet öppnat.\n\n§ 2  Partiledardebatt\n\n"
        "Anf. 2 Statsminister KARL ANDERSSON (S):\nHerr talman! Sverige står starkt.\n"
    )
    assert [h.text for h in body.iterfind(".//t:head", NS)] == ["§ 2  Partiledardebatt"]
    assert len(body.findall(".//t:sp", NS)) == 2
