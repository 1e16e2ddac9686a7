"""The heads of East Asian records (a Diet sitting's, a Japanese court's, a Chinese press
conference's and congress's, a Korean plenary's) and the heads printed in parentheses (the
Hungarian, Polish, Slovak and Croatian parliaments'): each line in the front as its kind, no line
of it a turn or a voice, while an interjection with a colon that opens an excerpt stays a voice."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURNS, sample_tei, speakers
from stenogram.tei.convert import convert_text


def _divs(root: etree._Element) -> list[tuple[str, list[str]]]:
    """Each division of the front: its type and its lines."""
    divs = root.xpath("//t:front/t:div", namespaces=NS)
    return [
        (str(div.get("type")), [str(p.xpath("string()")) for p in div.xpath("t:p", namespaces=NS)])
        for div in divs
    ]


def _persons(root: etree._Element) -> list[str]:
    return [str(ident) for ident in root.xpath("//t:person/@xml:id", namespaces=NS)]


# sample: the title's parts, the front's divisions, the setting's day and place, the persons
HEADS = [
    (
        "ja-diet-head-time.txt",
        ["第二百十一回国会　衆議院　本会議　第十号"],
        [("time", ["午後一時開議"])],
        "2023-03-14",
        "",
        ["中村健二", "高橋一平", "佐藤花子"],
    ),
    (
        "ja-court-kouhan-head.txt",
        ["令和5年（わ）第123号　殺人被告事件", "第3回公判調書"],
        [],
        "",
        "",
        ["裁判長", "被告人", "検察官"],
    ),
    (
        "ja-court-kouhan-colon.txt",
        ["令和5年（わ）第123号　殺人被告事件", "第3回公判調書"],
        [],
        "",
        "",
        ["裁判長", "被告人", "弁護人"],
    ),
    (
        "zh-press-host-field.txt",
        ["外交部发言人例行记者会"],
        [("presiding", ["主持人：王建国"])],
        "2023-05-10",
        "",
        ["王建国", "中央电视台记者", "发言人", "路透社记者"],
    ),
    (
        "zh-npc-host-field.txt",
        ["第十四届全国人民代表大会第一次会议第三次全体会议"],
        [("presiding", ["会议主持人：李明华"])],
        "2023-03-07",
        "",
        ["李明华", "张红"],
    ),
    (
        "ko-assembly-head.txt",
        ["제410회 국회(임시회)", "본회의회의록", "제3호", "국회사무처"],
        [("place", ["장소 본회의장"])],
        "2023-09-14",
        "본회의장",
        ["의장-정하늘", "홍길동-의원", "이영희-의원"],
    ),
    (
        "hu-ogy-head-bracket.txt",
        [],
        [("time", ["(Az ülés kezdete: 9.02 óra - Elnök: Kovács Ödön. Jegyzők: Tóth Anna és Kiss Gábor.)"])],
        "",
        "",
        ["kovacs-odon", "szabo-peter"],
    ),
    (
        "pl-sejm-head-brackets.txt",
        [],
        [
            ("time", ["(Początek posiedzenia o godzinie 10 minut 02)"]),
            ("presiding", ["(Posiedzeniu przewodniczy marszałek Sejmu Tomasz Nowicki)"]),
        ],
        "",
        "",
        ["tomasz-nowicki", "posel-jan-kowal"],
    ),
    (
        "sk-nrsr-head-bracket.txt",
        [],
        [("time", ["(Rokovanie sa začalo o 9.00 hodine.)"])],
        "",
        "",
        ["predseda-nr-sr-p-holec", "poslanec-m-kovac"],
    ),
    (
        "hr-sabor-head-bracket.txt",
        [],
        [("time", ["(Sjednica je počela u 10,00 sati.)"])],
        "",
        "",
        ["predsjednik", "ana-horvat"],
    ),
]


@pytest.mark.parametrize(("sample", "title", "divs", "when", "place", "persons"), HEADS)
def test_a_heads_lines_are_its_front_and_no_turn(
    sample: str,
    title: list[str],
    divs: list[tuple[str, list[str]]],
    when: str,
    place: str,
    persons: list[str],
) -> None:
    root = sample_tei(sample)
    assert root.xpath("//t:front/t:docTitle/t:titlePart/text()", namespaces=NS) == title
    assert _divs(root) == divs
    assert root.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == when
    assert root.xpath("string(//t:settingDesc/t:setting/t:placeName)", namespaces=NS) == place
    assert _persons(root) == persons
    assert speakers(etree.tostring(root)) == TURNS[sample]
    # nothing of the head is left in the body: no paragraph outside a turn, no stage, no voice
    assert root.xpath("//t:body/t:div/t:p | //t:body//t:stage[@type='interjection']", namespaces=NS) == []


def test_the_host_named_in_the_head_is_no_turn_of_their_own() -> None:
    root = sample_tei("zh-press-host-field.txt")
    first = root.xpath("//t:sp[1]/t:p/text()", namespaces=NS)
    assert first == ["现在开始提问，请各位记者举手。"]
    # the host the head names is the person of the office printed alone: "主持人："
    assert root.xpath("//t:person[@xml:id='王建国']/@role", namespaces=NS) == ["chair"]
    assert root.xpath("//t:person[@xml:id='主持人']", namespaces=NS) == []
    assert sample_tei("zh-npc-host-field.txt").xpath("//t:person[@xml:id='李明华']/@role", namespaces=NS) == [
        "chair"
    ]


def test_an_interjection_with_a_colon_that_opens_an_excerpt_stays_a_voice() -> None:
    root = sample_tei("de-head-zuruf.txt")
    assert root.xpath("//t:front", namespaces=NS) == []
    stages = root.xpath("//t:stage[@type='interjection']", namespaces=NS)
    assert len(stages) == 2
    assert [str(s.xpath("string(t:said/t:label)", namespaces=NS)) for s in stages] == [
        "Zuruf von der SPD:"
    ] * 2


def test_a_host_who_speaks_once_is_no_field_of_the_head() -> None:
    """An excerpt's first line "主持人：王建国" whose office never speaks below is not the host's
    field: nothing says the name is not the host's words."""
    text = "外交部发言人例行记者会\n2023年5月10日\n\n主持人：王建国\n记者：请问发言人，今年合作进展如何？\n发言人：感谢提问。\n"
    root = etree.fromstring(convert_text(text.encode(), "zh-host-once.txt").tei)
    assert root.xpath("//t:front/t:div[@type='presiding']", namespaces=NS) == []
