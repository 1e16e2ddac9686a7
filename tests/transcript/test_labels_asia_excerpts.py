"""Short excerpts of the records of Asia and the Middle East, each label printed once, under a
title and a date as their records print them: the Knesset's tagged labels, the Thai House's chair
with its holder in brackets, a Hindi minister's office with the holder's name, Vietnamese and
Taiwanese heads; and the dates of those heads in their calendars and scripts."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, sample_tei, speakers
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.frontmatter import find_date
from stenogram.transcript.persons import slug


def _one(root: etree._Element, path: str) -> str:
    found = root.xpath(path, namespaces=NS)
    return str(found[0]) if found else ""


def test_the_knesset_tags_are_left_out_and_its_subject_is_a_heading() -> None:
    root = sample_tei("he-knesset-tagged.txt")
    text = "".join(root.xpath("//t:text//text()", namespaces=NS))
    assert "<<" not in text and "דובר" not in text
    assert _one(root, "//t:body//t:head/text()") == 'הצעת חוק ההסדרים, התשפ"ד-2024'
    assert _one(root, "//t:person[@xml:id='היו-ר-יעקב-אלון']/@role") == "chair"


@pytest.mark.parametrize(
    ("sample", "who", "name"),
    [
        ("th-sapha-holder.txt", "นายวันชัย-สุขใจ", "นายวันชัย สุขใจ"),
        ("hi-lok-sabha-holder.txt", "श्री-अनिल-शर्मा", "श्री अनिल शर्मा"),
    ],
)
def test_a_holder_so_addressed_in_brackets_is_the_person(sample: str, who: str, name: str) -> None:
    root = sample_tei(sample)
    assert who in [sp.lstrip("#") for sp in root.xpath("//t:sp/@who", namespaces=NS)]
    assert root.xpath(f"string(//t:person[@xml:id='{who}']/t:persName[1])", namespaces=NS) == name


def test_ids_keep_the_vowel_signs_of_scripts_without_case() -> None:
    assert slug("श्रीमती मीना देवी") == "श्रीमती-मीना-देवी"
    assert slug("นางสาวมาลี ศรีสุข") == "นางสาวมาลี-ศรีสุข"
    assert slug("Meclis Üyesi") == "meclis-uyesi"


@pytest.mark.parametrize(
    ("sample", "title", "when"),
    [
        ("he-knesset-tagged.txt", "פרוטוקול מס' 45 מישיבת ועדת הכספים", "2024-03-04"),
        ("vi-quoc-hoi-head.txt", "KỲ HỌP THỨ SÁU, QUỐC HỘI KHÓA XV", "2023-11-07"),
        (
            "zh-tw-ly-head-lines.txt",
            "立法院第11屆第1會期社會福利及衛生環境委員會第8次全體委員會議紀錄",
            "2024-04-01",
        ),
        ("ja-diet.txt", "第二百十一回国会\u3000参議院本会議録第三号", "2023-01-25"),
        ("ko-assembly.txt", "제400회 국회 본회의 회의록", "2022-12-08"),
    ],
)
def test_the_head_gives_the_title_and_the_date(sample: str, title: str, when: str) -> None:
    root = sample_tei(sample)
    assert _one(root, "//t:titleStmt/t:title/text()") == title
    assert _one(root, "//t:settingDesc//t:date/@when") == when


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("令和五年十一月七日（火曜日）", "2023-11-07"),
        ("平成元年五月三十一日", "1989-05-31"),
        ("中華民國113年4月1日(星期一)", "2024-04-01"),
        ("2023년 9월 14일(목)", "2023-09-14"),
        ("2024年1月10日星期三", "2024-01-10"),
        ("Ngày 7 tháng 11 năm 2023", "2023-11-07"),
        ("الأحد 12 مايو 2024", "2024-05-12"),
        ("יום שני (4 במרץ 2024)", "2024-03-04"),
        ("बुधवार, 6 दिसम्बर, 2023", "2023-12-06"),
        ("Selasa, 7 Mac 2023", "2023-03-07"),
    ],
)
def test_dates_of_asian_and_middle_eastern_heads(text: str, iso: str) -> None:
    found = find_date(text, load_config())
    assert found is not None and found[0] == iso


def test_a_speech_that_names_a_day_is_no_date_line() -> None:
    # a Japanese court's charge names the day of the offence: the label above it keeps its speech
    assert (
        speakers(convert_text((SAMPLES / "ja-court-enclosed.txt").read_bytes(), "x.txt").tei)[4]
        == "【検察官】"
    )


def test_a_fraksi_label_names_its_member_in_brackets() -> None:
    # the DPR's minutes: two members of one fraksi are two persons, the fraksi their party
    root = sample_tei("id-dpr-fraksi-members.txt")
    who = [sp.lstrip("#") for sp in root.xpath("//t:sp/@who", namespaces=NS)]
    assert who == ["dolfie-othniel", "budi-santoso", "ir-rina-wulandari", "hj-siti-aminah"]
    assert _one(root, "//t:person[@xml:id='budi-santoso']/t:affiliation/text()") == "F-PDIP"
    assert _one(root, "//t:settingDesc//t:date/@when") == "2024-06-03"
