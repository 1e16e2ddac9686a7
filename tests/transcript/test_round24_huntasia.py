"""Records of East and South-east Asia in the layouts their copies print (names invented): a
prefectural assembly's seat with a long name and the suffix 議員, an Indonesian assembly's
graduates' forms of address, the Diet library's plain view and another archive numbering each
speech, a viewer's member named with his suffix and no circle, a Korean chair addressing
the members right after his name; a South Asian chair calling a member on the excerpt's first
line, Hong Kong's translated speech noted in the chair's label, Singapore's procedural lines; a
city's holders with one ASCII space in the name, the Legislative Yuan's clock after an ASCII
colon; India's Houses adjourning and their chair taken, its Supreme Court's advocates; the Diet's
stenographers stopped, South and South-east Asia's applause in their words; the Maldives' member
in Dhivehi, a city's numbered closing hour."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, tabled_tei, texts

SAMPLES = [
    "ja-pref-seat-name-giin-suffix.txt",
    "id-dprd-anggota-fraksi-dra.txt",
    "ja-diet-library-plain-view.txt",
    "ja-diet-archive-hash-numbers.txt",
    "ja-diet-viewer-member-suffix-unmarked.txt",
    "ko-plenary-chair-addresses-members.txt",
    "en-bd-chair-calls-member-first-line.txt",
    "zh-hk-legco-chair-translated.txt",
    "en-sg-hansard-question-proposed.txt",
    "ja-city-holder-ascii-space.txt",
    "zh-tw-ly-ascii-colon-clock.txt",
    "en-in-lok-sabha-chair-taken-adjourned.txt",
    "en-in-rajya-sabha-mr-chairman-in-chair.txt",
    "en-in-sc-senior-advocate.txt",
    "ja-committee-stenography-stopped.txt",
    "hi-lok-sabha-desk-thumping.txt",
    "th-sapha-clapping.txt",
    "dv-majlis-member-office.txt",
    "ja-city-numbered-closing-time.txt",
]


@pytest.mark.parametrize("sample", SAMPLES)
def test_turns_and_persons(sample: str) -> None:
    tabled_tei(sample)


def test_a_seats_bracket_names_the_member_without_her_suffix() -> None:
    tei = tabled_tei("ja-pref-seat-name-giin-suffix.txt")
    assert texts(tei, "//t:person[@xml:id='長谷部真理子']/t:persName[1]") == ["長谷部真理子"]


def test_the_graduates_forms_of_address_open_the_bracketed_name() -> None:
    tei = tabled_tei("id-dprd-anggota-fraksi-dra.txt")
    names = texts(tei, "//t:person/t:persName[1]")
    assert names == ["H. Arif Wibowo", "Dra. Lestari Purnamasari", "Drs. Yusuf Hakim"]


def furniture(tei: etree._Element) -> list[str]:
    """The lines *tei* names as removed furniture, in order."""
    return [item.text for item in tei.xpath("//t:list[@type='furniture']/t:item", namespaces=NS)]


def test_the_plain_views_numbers_bullets_and_links_are_furniture() -> None:
    tei = tabled_tei("ja-diet-library-plain-view.txt")
    removed = furniture(tei)
    assert "002・三宅信夫" in removed and "-" in removed
    assert sum(line.startswith("発言のURL:") for line in removed) == 3
    body = " ".join(texts(tei, "//t:body"))
    assert "発言のURL" not in body and "・三宅信夫" not in body
    assert texts(tei, "//t:body//t:head") == ["日程第一 港湾法の一部を改正する法律案"]


def test_hash_numbers_over_the_speeches_are_furniture() -> None:
    tei = tabled_tei("ja-diet-archive-hash-numbers.txt")
    assert furniture(tei) == ["#1", "#2", "#3", "#4"]
    assert all(not p.startswith("#") for p in texts(tei, "//t:sp/t:p"))


def test_a_suffixed_name_without_its_circle_opens_a_turn() -> None:
    tei = tabled_tei("ja-diet-viewer-member-suffix-unmarked.txt")
    assert texts(tei, "//t:sp[@who='#大川弥吉']/t:p") == [
        "議事日程の順序を変更し、緊急質問を許されんことを望みます。"
    ]


def test_the_members_addressed_stay_in_the_chairs_speech() -> None:
    tei = tabled_tei("ko-plenary-chair-addresses-members.txt")
    assert texts(tei, "//t:sp[1]/t:p[1]") == ["의원 여러분, 자리에 앉아 주시기 바랍니다."]


def test_the_chairs_call_on_the_first_line_is_a_turn() -> None:
    tei = tabled_tei("en-bd-chair-calls-member-first-line.txt")
    assert texts(tei, "//t:sp[1]/t:p") == ["Honourable Member Mr. Kamrul Hasan Chowdhury."]
    assert not tei.xpath("//t:front", namespaces=NS)


def test_a_translation_note_names_no_holder() -> None:
    tei = tabled_tei("zh-hk-legco-chair-translated.txt")
    persons = tei.xpath("//t:person", namespaces=NS)
    assert [person.get("{http://www.w3.org/XML/1998/namespace}id") for person in persons] == [
        "主席",
        "鄭志明議員",
        "環境及生態局局長",
    ]
    assert texts(tei, "//t:person[1]/t:persName[1]") == ["主席"]


def test_singapores_procedural_lines_are_stages() -> None:
    tei = tabled_tei("en-sg-hansard-question-proposed.txt")
    stages = texts(tei, "//t:body//t:stage")
    assert stages[0] == "Question proposed."
    assert stages[-1].startswith("Bill accordingly read a Second time")
    assert all("Question" not in p for p in texts(tei, "//t:sp/t:p"))


def test_a_holder_spaced_by_an_ascii_space_is_the_person() -> None:
    tei = tabled_tei("ja-city-holder-ascii-space.txt")
    person = tei.xpath("//t:person[@xml:id='平田-修']", namespaces=NS)[0]
    assert person.get("role") == "教育長"
    assert texts(person, "t:persName[1]") == ["平田 修"]


def test_an_ascii_colon_before_the_clock_ends_the_label() -> None:
    tei = tabled_tei("zh-tw-ly-ascii-colon-clock.txt")
    assert texts(tei, "//t:sp[2]/t:p") == ["(10時12分)主席、行政院長、各位同仁。我今天要問的是長照的問題。"]


def test_the_lok_sabha_adjourning_is_a_stage() -> None:
    tei = tabled_tei("en-in-lok-sabha-chair-taken-adjourned.txt")
    assert texts(tei, "//t:body//t:stage")[-1] == "The Lok Sabha then adjourned till Twelve of the Clock."
    assert texts(tei, "//t:sp[last()]/t:p") == ["The House stands adjourned to meet again at 12 noon."]


def test_the_chair_taken_is_the_heads() -> None:
    tei = tabled_tei("en-in-rajya-sabha-mr-chairman-in-chair.txt")
    assert texts(tei, "//t:front/t:div[@type='presiding']") == ["MR. CHAIRMAN in the Chair."]
    assert not tei.xpath("//t:body/t:div/t:p", namespaces=NS)


def test_the_advocates_abbreviation_stays_in_the_label() -> None:
    tei = tabled_tei("en-in-sc-senior-advocate.txt")
    assert texts(tei, "//t:sp[2]/t:p") == ["About two hours, my Lord."]


def test_the_stenographers_stopping_is_a_stage() -> None:
    tei = tabled_tei("ja-committee-stenography-stopped.txt")
    assert texts(tei, "//t:body//t:stage") == ["〔速記中止〕", "〔速記中止〕"]


@pytest.mark.parametrize(
    ("sample", "event"),
    [("hi-lok-sabha-desk-thumping.txt", "(मेजों की थपथपाहट)"), ("th-sapha-clapping.txt", "(เสียงปรบมือ)")],
)
def test_the_halls_applause_in_its_words(sample: str, event: str) -> None:
    tei = tabled_tei(sample)
    assert texts(tei, "//t:body//t:stage[@type='applause']") == [event]


def test_a_numbered_closing_hour_is_a_stage_after_the_last_turn() -> None:
    tei = tabled_tei("ja-city-numbered-closing-time.txt")
    assert texts(tei, "//t:body//t:stage")[-1] == "5: 午後1時52分散会"
    assert texts(tei, "//t:sp[last()]/t:p") == ["これをもって散会いたします。"]
