"""East Asian records' labels in brackets and markers as web copies and printed volumes set
them (names invented): a Japanese city's label closed by a bracket with no opening one and no
marker ("浜中委員長)ただ今から…", "市長)本日は…"), alone on its line or run into one; the
ideographic zero printed for the circle marker ("〇議長(杉本隆君)"); the head's list of who
attends, the office set off by ideographic spaces from a spaced name ("議長　　森川　晃"), which is no
turn; a Diet record's web copy that lost the circle, the surname and the office set off by one
space from the speech ("山岡委員長 これより…"); and a Chinese press conference's live text, each
speaker in square brackets before the speech ("[新闻发布会主持人 陈立新]各位记者…", "[王晓梅]下面…");
a Taiwanese council's chair whose holder the brackets print with the office inside the name
("主席(吳議長國華):") under a date of the Republic's year with no era ("110 年 10 月 18 日").
Each sample's labels and persons are in turns.toml and ids.toml."""

from __future__ import annotations

from label_samples import NS, sample_tei

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_the_speech_glued_to_the_closing_bracket_keeps_its_first_words() -> None:
    tei = sample_tei("ja-city-committee-closing-bracket.txt")
    first = tei.xpath("//t:sp[1]/t:p[1]/text()", namespaces=NS)[0]
    assert first.startswith("ただ今から,議会運営委員会を開会いたします。")
    mayor = tei.xpath("//t:sp[@who='#市長']/t:p[1]/text()", namespaces=NS)[0]
    assert mayor.startswith("本日はお忙しいところ")


def test_the_attendance_line_of_the_head_is_no_turn_of_the_chair() -> None:
    tei = sample_tei("ja-council-attendance-spaced-names.txt")
    persons = tei.xpath("//t:listPerson/t:person/@xml:id", namespaces=NS)
    assert sorted(persons) == ["山下太郎", "森川晃"]
    spoken = "".join(tei.xpath("//t:sp//text()", namespaces=NS))
    assert "森川　晃" not in spoken and "副議長" not in spoken


def test_a_name_in_square_brackets_is_the_holder_its_office_named_before() -> None:
    tei = sample_tei("zh-press-live-squared.txt")
    persons = tei.xpath("//t:listPerson/t:person/@xml:id", namespaces=NS)
    assert sorted(persons) == ["中央电视台记者", "王晓梅", "陈立新"]
    notes = tei.xpath("//t:body/t:div/t:p/t:supplied/text()", namespaces=NS)
    assert notes == ["新华网现场报道"]  # the agency's note opens a paragraph, names no speaker


def test_a_surname_and_office_one_space_before_kana_is_a_label_an_office_alone_none() -> None:
    tei = sample_tei("ja-diet-web-unmarked-surname-office.txt")
    first = tei.xpath("//t:sp[1]/t:p[1]/text()", namespaces=NS)[0]
    assert first.startswith("これより会議を開きます。")
    assert "委員長 山岡 正夫君" not in "".join(tei.xpath("//t:sp//text()", namespaces=NS))


def test_the_chair_s_holder_with_the_office_inside_the_name_is_the_chair() -> None:
    tei = sample_tei("zh-tw-council-chair-surname-office.txt")
    roles = {p.get(XML_ID): p.get("role") for p in tei.xpath("//t:person", namespaces=NS)}
    assert roles["吳議長國華"] == "chair"
    assert tei.xpath("//t:teiHeader//t:date/@when", namespaces=NS)[0] == "2021-10-18"
    assert "214" not in "".join(tei.xpath("//t:sp//text()", namespaces=NS))  # the page: furniture
