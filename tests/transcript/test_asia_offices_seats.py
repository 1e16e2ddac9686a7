"""Asian records' labels that join an office or a seat to a name: a Chinese office before the
full name, one person with the surname-office-given form; a numbered seat before a bare name; a
Japanese office repeated in its bracket or its bracket half lost; a Korean minister's portfolio
glued to the office; ids of Ethiopic names spelt in Latin letters. Each sample is in the shape of a real
record (names invented)."""

from __future__ import annotations

from label_samples import NS, name_parts_of, sample_tei, turn_ids

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_chinese_office_before_the_full_name_and_the_short_form_are_one_person() -> None:
    tei = sample_tei("zh-tw-ly-office-before-full-name.txt")
    chair, premier, member = "主席賀志成", "行政院院長陳建文", "林委員美華"
    assert turn_ids(tei) == [chair, premier, member, premier, member, premier, chair]
    assert name_parts_of(tei, premier) == [
        ("roleName", "office", "行政院院長"),
        ("surname", None, "陳"),
        ("forename", None, "建文"),
    ]
    assert name_parts_of(tei, chair)[0] == ("roleName", "office", "主席")


def test_hong_kong_portfolio_office_before_the_full_name_then_surname_and_office() -> None:
    tei = sample_tei("zh-hk-legco-office-before-full-name.txt")
    secretary, member = "經濟財政司司長李偉強", "何國明議員"
    assert turn_ids(tei) == ["主席", secretary, member, secretary, member]
    assert name_parts_of(tei, secretary)[1:] == [("surname", None, "李"), ("forename", None, "偉強")]


def test_a_numbered_seat_before_a_bare_name_in_brackets_is_that_member_and_no_role() -> None:
    tei = sample_tei("ja-council-seat-bare-name.txt")
    assert turn_ids(tei) == ["佐藤一郎", "山田次郎", "佐藤一郎", "鈴木花子", "山田次郎"]
    roles = {p.get(XML_ID): p.get("role") for p in tei.xpath("//t:person", namespaces=NS)}
    assert roles == {"佐藤一郎": None, "山田次郎": "建設部長", "鈴木花子": None}


def test_a_japanese_holder_with_the_office_repeated_in_the_bracket_is_the_person() -> None:
    tei = sample_tei("ja-council-office-in-bracket.txt")
    chair, member, mayor = "坂井芳浩", "田中花子", "山本健一"
    assert turn_ids(tei) == [chair, member, chair, mayor, member, chair]
    roles = {p.get(XML_ID): p.get("role") for p in tei.xpath("//t:person", namespaces=NS)}
    assert roles == {chair: "chair", member: None, mayor: "市長"}


def test_a_japanese_label_whose_opening_bracket_is_lost_is_the_office_and_its_holder() -> None:
    tei = sample_tei("ja-council-opener-lost.txt")
    chair = "伏屋嘉弘"
    assert turn_ids(tei) == [chair, "小川真一", chair, "森田恵子", chair]
    assert tei.xpath("//t:sp[3]/t:speaker/text()", namespaces=NS) == ["◯議長伏屋嘉弘君)"]


def test_ids_of_a_script_xml_names_lack_are_romanised_readably() -> None:
    # Ethiopic letters are no letters of an XML 1.0 name as libxml2 checks it: an id spells them
    tei = sample_tei("am-hopr-forms.txt")
    assert turn_ids(tei) == ["afe-gubae", "kbur-ato-tesfaye-beqele", "we-ro-helen-tadese", "afe-gubae"]


def test_a_korean_ministers_portfolio_glued_to_the_office_is_the_office() -> None:
    tei = sample_tei("ko-committee-ministry-glued.txt")
    chair, minister = "위원장-박상훈", "행정안전부장관-최민호"
    assert turn_ids(tei) == [chair, minister, "김영수-위원", minister, chair]
    assert name_parts_of(tei, minister) == [
        ("roleName", "office", "행정안전부장관"),
        ("surname", None, "최"),
        ("forename", None, "민호"),
    ]
