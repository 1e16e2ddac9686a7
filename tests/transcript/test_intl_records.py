"""Records of international bodies: a United Nations verbatim record's head as its PDF's text
prints it, the symbol and the status in the right margin of the title's lines, and the notes its
record and the Council of Europe's print in a label's brackets and between turns."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, texts, turn_ids


def _read(sample: str) -> tuple[etree._Element, str, str]:
    """The TEI of *sample*, whose turns and persons are those its tables give, with its title
    and the symbol its source is cited by."""
    tei = sample_tei(sample)
    assert texts(tei, "//t:sp/t:speaker") == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]
    title = tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS)
    return tei, title, tei.xpath("string(//t:sourceDesc/t:bibl/t:idno[@type='symbol'])", namespaces=NS)


def test_a_un_record_s_symbol_and_status_in_the_margin_are_no_words_of_its_title() -> None:
    tei, title, symbol = _read("en-un-ga-margin-symbol.txt")
    assert title == "United Nations General Assembly Seventy-ninth session 14th plenary meeting"
    assert symbol == "A/79/PV.14"
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "2024-09-25"
    assert tei.xpath("string(//t:setting/t:placeName)", namespaces=NS) == "New York"
    # the title's line in the front keeps every word printed, the margin's too
    assert texts(tei, "//t:front/t:docTitle/t:titlePart") == [
        "United Nations A/79/PV.14 General Assembly Official Records Seventy-ninth session 14th plenary meeting"
    ]
    stages = texts(tei, "//t:body//t:stage")
    assert [stage.split(",")[0] for stage in stages] == ["Mr. Arno Vellacott", "Mr. Arno Vellacott"]


def test_a_council_of_europe_label_s_translation_note_names_no_one() -> None:
    tei, _, symbol = _read("en-coe-translation-note.txt")
    assert symbol == ""
    assert tei.xpath("//t:person[@xml:id='translation']", namespaces=NS) == []


def test_a_un_record_s_roster_field_of_the_chair_s_office_is_no_turn_and_its_notes_are_the_head() -> None:
    tei, title, symbol = _read("ru-un-predsedatel-roster.txt")
    assert title == "Организация Объединенных Наций Совет Безопасности Семьдесят девятый год 9450-е заседание"
    assert symbol == "S/PV.9450"
    divs = [
        (div.get("type"), " ".join(texts(div, ".//t:p")))
        for div in tei.xpath("//t:front/t:div", namespaces=NS)
    ]
    assert ("other", "Повестка дня Поддержание международного мира и безопасности") in divs
    assert [kind for kind, _ in divs if kind in ("imprint", "time")] == ["imprint", "time"]
    # the job number and its bar code are the page's, no words of the record
    assert "24-29876" not in "".join(tei.xpath("//t:text//text()", namespaces=NS))
    assert tei.xpath("//t:body/t:div/t:p", namespaces=NS) == []


def test_a_un_record_s_page_foot_and_running_head_are_no_speech() -> None:
    tei, _, _ = _read("en-un-sc-page-furniture.txt")
    assert [len(sp.xpath("t:p", namespaces=NS)) for sp in tei.xpath("//t:sp", namespaces=NS)] == [2, 1, 1, 1]
    words = "".join(tei.xpath("//t:text//text()", namespaces=NS))
    assert "S/PV.9501" not in words
    assert "24-18342" not in words


def test_a_head_of_state_escorted_into_and_from_the_hall_in_spanish_is_a_stage() -> None:
    tei, _, _ = _read("es-un-acompanado-stage.txt")
    stages = texts(tei, "//t:body//t:stage")
    assert len(stages) == 2
    assert all(stage.startswith("El Sr. Arno Vellacott") for stage in stages)


def test_an_old_record_s_president_field_with_its_stop_names_the_chair_under_the_meeting_s_ordinal() -> None:
    tei, title, _ = _read("en-league-president-field-stop.txt")
    assert title == "LEAGUE OF NATIONS"
    subtitles = texts(tei, "//t:front/t:docTitle/t:titlePart[@type='sub']")
    assert subtitles[-1] == "SIXTH PLENARY MEETING"  # the meeting's ordinal, no place
    assert tei.xpath("string(//t:setting/t:placeName)", namespaces=NS) == ""
    assert texts(tei, "//t:front/t:div[@type='presiding']/t:p") == ["President: M. VARNEK."]


def test_a_place_with_a_particle_beside_the_date_is_the_setting_s() -> None:
    tei, _, _ = _read("en-wha-place-particle.txt")
    assert tei.xpath("string(//t:setting/t:placeName)", namespaces=NS) == "Palais des Nations, Geneva"
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "2025-05-20"


def test_a_press_conference_s_question_with_its_outlet_in_brackets_is_a_turn() -> None:
    tei, _, _ = _read("en-nato-question-outlet.txt")
    assert len(tei.xpath("//t:sp", namespaces=NS)) == 5


def test_a_un_record_s_head_in_chinese_is_a_header_block_with_its_roster_and_opening_time() -> None:
    tei, title, symbol = _read("zh-un-cs-head-caseless.txt")
    assert title == "联合国 安全理事会 第七十九年 第9460次会议"
    assert symbol == "S/PV.9460"
    assert tei.xpath("string(//t:setting/t:placeName)", namespaces=NS) == "纽约"
    assert texts(tei, "//t:front/t:div[@type='time']/t:p") == ["上午10时05分开会。"]
    assert texts(tei, "//t:body//t:stage") == ["议程通过。"]  # the agenda adopted; its heading no note


@pytest.mark.parametrize(
    ("sample", "heads"),
    [
        ("en-un-ga-margin-symbol.txt", ["Agenda item 8 (continued)", "General debate"]),
        ("en-un-acting-president.txt", ["Agenda item 12 (continued)"]),
    ],
)
def test_a_un_record_s_agenda_item_is_a_heading(sample: str, heads: list[str]) -> None:
    """ "Agenda item 12 (continued)" over the debate opens a division as the item's title does,
    no paragraph of nobody's before the first turn."""
    tei = sample_tei(sample)
    assert texts(tei, "//t:body//t:head") == heads
    assert not tei.xpath("//t:body/t:div/t:p", namespaces=NS)
