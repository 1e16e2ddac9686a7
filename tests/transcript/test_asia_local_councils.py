"""East Asian local councils' minutes, each label printed once (names invented): a Korean
council's staff who report, named after the office of their unit ("○사무국장 X", "○의사계장 X"
alone on its line, in the older records' Hanja "○議事擔當官 X" before a speech naming him), the
head's fields spaced out ("일 시 :", "日 時 :"), and a Japanese council's items and events under
its white triangle ("△日程第1　一般質問", "△散会"), headings between the turns."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, sample_tei, speakers, texts, turn_ids
from stenogram.tei.convert import convert_text

TURNS = {
    "ko-council-secretariat.txt": (
        ["○의장 한도윤", "○사무국장 오세진", "○의사계장 정민호", "○의장 한도윤"],
        ["의장-한도윤", "사무국장-오세진", "의사계장-정민호", "의장-한도윤"],
    ),
    "ko-council-hanja.txt": (
        ["○議長 崔永洙", "○議事擔當官 鄭在民", "○議長 崔永洙"],
        ["崔永洙", "鄭在民", "崔永洙"],
    ),
    "ja-council-triangle-items.txt": (
        [
            "○議長（森田健二君）",
            "○議長（森田健二君）",
            "○12番（小野寺恵子君）",
            "○議長（森田健二君）",
            "○高橋総務課長",
            "○議長（森田健二君）",
        ],
        ["森田健二", "森田健二", "小野寺恵子", "森田健二", "高橋総務課長", "森田健二"],
    ),
}


@pytest.mark.parametrize("sample", sorted(TURNS))
def test_each_label_is_a_turn_of_its_own_person(sample: str) -> None:
    labels, ids = TURNS[sample]
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == labels
    assert turn_ids(sample_tei(sample)) == ids


@pytest.mark.parametrize(
    ("sample", "day"), [("ko-council-secretariat.txt", "2021-03-08"), ("ko-council-hanja.txt", "1992-04-13")]
)
def test_a_spaced_out_date_field_is_the_head_s_date_and_no_speaker(sample: str, day: str) -> None:
    tei = sample_tei(sample)
    assert tei.xpath("//t:teiHeader//t:date/@when", namespaces=NS)[0] == day
    persons = tei.xpath("//t:listPerson/t:person/@xml:id", namespaces=NS)
    assert not [p for p in persons if p.replace("-", " ") in ("일 시", "日 時")]


def test_the_speech_naming_its_speaker_stays_speech() -> None:
    tei = sample_tei("ko-council-hanja.txt")
    first = tei.xpath("//t:sp[@who='#鄭在民']/t:p[1]/text()", namespaces=NS)
    assert first == ["議事擔當官 鄭在民입니다."]
    staff = sample_tei("ko-council-secretariat.txt")
    report = staff.xpath("//t:sp[@who='#의사계장-정민호']/t:p[1]/text()", namespaces=NS)
    assert report == ["·의사계장 정민호입니다."]


def test_the_white_triangle_heads_an_item_between_turns() -> None:
    tei = sample_tei("ja-council-triangle-items.txt")
    heads = ["".join(h.itertext()) for h in tei.xpath("//t:body//t:head", namespaces=NS)]
    assert heads == ["△開議の宣告", "△日程第1　一般質問", "△散会"]
    assert not tei.xpath("//t:sp//t:p[starts-with(., '△')]", namespaces=NS)


def test_an_official_s_surname_before_the_office_joined_to_its_section() -> None:
    tei = sample_tei("ja-council-triangle-items.txt")
    parts = tei.xpath("//t:person[@xml:id='高橋総務課長']/t:persName[1]/*", namespaces=NS)
    assert [(p.tag.split("}")[1], p.text) for p in parts] == [("surname", "高橋"), ("roleName", "総務課長")]


def test_a_name_joined_to_its_office_alone_on_its_line_takes_its_turn() -> None:
    # "黃家明議員" is one word of a script that spaces none, ending in its office: the member, no
    # surname or heading alone, so the three lines alone take turns as the chair's and the
    # official's offices do
    tei = sample_tei("zh-hk-district-council-names-alone.txt")
    assert speakers(etree.tostring(tei)) == ["主席", "黃家明議員", "署長"]
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("多謝主席")


def test_an_office_beside_a_one_word_name_alone_above_the_speech_takes_its_turn() -> None:
    # the member's office after the name is its last word ("문하늘 의원"), and the chair's office
    # before the name on the record's first line is no title over it
    tei = sample_tei("ko-council-holder-alone-above.txt")
    assert speakers(etree.tostring(tei)) == ["의장 서정민", "문하늘 의원", "구청장 노태식"]
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("의석을 정돈하여")
