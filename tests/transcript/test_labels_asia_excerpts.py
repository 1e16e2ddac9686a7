"""Short excerpts of the records of Asia and the Middle East, each label printed once, under a
title and a date as their records print them: the Knesset's tagged labels, the Thai House's chair
with its holder in brackets, a Hindi minister's office with the holder's name, Vietnamese and
Taiwanese heads; and the dates of those heads in their calendars and scripts. Burmese labels
ended by the section mark twice, Sri Lanka's labels in three languages with no colon, Indonesia's
Constitutional Court's numbered office and holder, a justified PDF line's doubled spaces inside a
Malay label, the Philippine Senate in Filipino, and the languages the scripts of South and
South-east Asia name. Sri Lanka's labels glued inside a paragraph or set over three, and its
questions' narration; a Taiwanese meeting's verbs glued to its labels and a committee's opinion;
a web viewer's numbered speaker lines over the Diet's speeches."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, TURN_IDS, sample_tei, speakers, turn_ids
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
    # a tone mark stacked on a vowel sign is the letter's too
    assert slug("นายวิชัย มั่นคง") == "นายวิชัย-มั่นคง"


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
        ("วันพุธที่ 6 กันยายน 2566", "2023-09-06"),
        ("วันพฤหัสบดีที่ ๓๐ พฤศจิกายน พ.ศ. ๒๕๖๖", "2023-11-30"),
        ("၂၀၁၉ ခုနှစ်၊ မေလ ၆ ရက်", "2019-05-06"),
        ("၂၀၂၀ ပြည့်နှစ်၊ စက်တင်ဘာလ (၁)ရက်", "2020-09-01"),
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


def test_burmese_labels_end_with_the_section_mark_twice() -> None:
    # the chair and its deputy are the chair; the forms of address joined to a name are honorifics
    root = sample_tei("my-hluttaw-section-marks.txt")
    assert root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == [
        "ukakattau100c",
        "datayaukakattau100c",
    ]
    honorifics = root.xpath("//t:persName/t:roleName[@type='honorific']/text()", namespaces=NS)
    assert honorifics == ["ဦး", "ဒေါ်", "ဒေါက်တာ"]
    assert _one(root, "//t:person[@xml:id='ukawanga']/@role") == "မြစ်ကြီးနားမဲဆန္ဒနယ်"


def test_a_burmese_interview_is_its_question_and_answer() -> None:
    root = sample_tei("my-interview-qa.txt")
    assert [sp.lstrip("#") for sp in root.xpath("//t:sp/@who", namespaces=NS)] == ["ma", "pha", "ma", "pha"]
    assert "မေး" not in "".join(root.xpath("//t:sp/t:p//text()", namespaces=NS))


@pytest.mark.parametrize(
    ("sample", "language"),
    [
        ("my-hluttaw-section-marks.txt", "my"),
        ("km-colon.txt", "km"),
        ("lo-sapha-than.txt", "lo"),
        ("te-sasana-sabha.txt", "te"),
        ("gu-vidhan-sabha-adhyakshashri.txt", "gu"),
        ("kn-vidhana-sabha-initials.txt", "kn"),
        ("ml-niyamasabha-holder.txt", "ml"),
        ("pa-vidhan-sabha-sardar.txt", "pa"),
        ("fil-senado-pangulo.txt", "fil"),
    ],
)
def test_a_record_of_south_and_south_east_asia_names_its_language(sample: str, language: str) -> None:
    assert _one(sample_tei(sample), "//t:langUsage/t:language/@ident") == language


def test_sri_lankan_labels_end_with_their_renderings_in_tamil_and_english() -> None:
    # no colon: the label's Tamil and English renderings end it, the English office is the role
    root = sample_tei("si-hansard-trilingual.txt")
    who = [sp.lstrip("#") for sp in root.xpath("//t:sp/@who", namespaces=NS)]
    assert len(set(who)) == 3 and who[1] == who[3] and who[0] == who[4]
    assert _one(root, f"//t:person[@xml:id='{who[0]}']/@role") == "chair"
    assert _one(root, f"//t:person[@xml:id='{who[2]}']/@role") == "Minister of Finance"
    assert _one(root, "//t:sp[3]/t:p/text()").startswith("Hon. Speaker, the funds")


def test_a_justified_lines_spaces_inside_a_label_are_one_name() -> None:
    root = sample_tei("ms-dewan-negara-justified.txt")
    label = "//t:person[@xml:id='tuan-haji-rosli-bin-ahmad']/t:persName[@type='label']/text()"
    assert _one(root, label) == "Tuan Haji Rosli bin Ahmad"
    assert _one(root, "//t:person[@xml:id='ir-tan-boon-keat']/t:persName/t:roleName/text()") == "Ir."


def test_a_numbered_office_and_holder_over_the_speech_is_the_holders_turn() -> None:
    root = sample_tei("id-mk-risalah-numbered.txt")
    assert _one(root, "//t:person[@xml:id='rudi-hartanto']/@role") == "KUASA HUKUM PEMOHON"
    assert _one(root, "//t:person[@xml:id='bambang-setiadi']/@role").split() == ["chair", "KETUA"]
    assert _one(root, "//t:sp[1]/t:p[1]/text()").startswith("Sidang dalam Perkara")
    assert root.xpath("//t:body//t:head[contains(., 'KETUA')]", namespaces=NS) == []


def test_the_philippine_senates_president_is_the_chair() -> None:
    root = sample_tei("fil-senado-pangulo.txt")
    assert root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["ang-pangulo"]


def test_a_name_whose_vowel_sign_the_pdf_sets_first_is_still_the_surname() -> None:
    root = sample_tei("si-hansard-trilingual.txt")
    assert "ෙපෙර්රා" in root.xpath("//t:persName/t:surname/text()", namespaces=NS)
    assert "එම්." in root.xpath("//t:persName/t:forename/text()", namespaces=NS)


def test_a_trilingual_label_glued_inside_a_paragraph_opens_a_turn() -> None:
    root = sample_tei("si-hansard-glued-midparagraph.txt")
    who = [sp.lstrip("#") for sp in root.xpath("//t:sp/@who", namespaces=NS)]
    assert len(who) == 7 and who[0] == who[4] == who[6] and len(set(who)) == 5
    assert _one(root, "//t:sp[1]/t:p[last()]/text()") == "(ආ) අදාළ නොවේ."
    assert _one(root, "//t:sp[2]/t:p/text()").startswith("ගරු කථානායකතුමනි, මාගේ පළමුවන")
    assert _one(root, "//t:sp[4]/t:p/text()") == "ගරු කථානායකතුමනි, මා එම ප්‍රශ්නය අහනවා."
    assert not root.xpath("//t:persName[@type='label'][contains(., 'කථානායකතුමනි')]", namespaces=NS)


def test_a_trilingual_label_over_three_paragraphs_is_one() -> None:
    root = sample_tei("si-hansard-label-three-paragraphs.txt")
    who = [sp.lstrip("#") for sp in root.xpath("//t:sp/@who", namespaces=NS)]
    roles = root.xpath(f"//t:person[@xml:id='{who[2]}']/@role", namespaces=NS)
    assert roles == ["Minister of Urban Development and Water Supply and Chief Government Whip"]
    assert _one(root, "//t:sp[3]/t:p/text()").startswith("ගරු කථානායකතුමනි, විදේශ")
    assert not root.xpath("//t:stage", namespaces=NS)


def test_a_questions_narration_ending_in_a_colon_is_no_label() -> None:
    root = sample_tei("ta-si-hansard-question-asked.txt")
    assert len(root.xpath("//t:person", namespaces=NS)) == 3
    texts = root.xpath("//t:sp[2]/t:p/text()", namespaces=NS)  # the question its asker's, numbered
    assert texts[0] == "කෘෂිකර්ම අමාත්‍යතුමාගෙන් ඇසූ ප්‍රශ්නය - (1):"
    assert "விவசாய அமைச்சரைக் கேட்ட வினா:" in texts
    assert any(text.endswith("ேகட்ட வினா:") for text in texts)


def test_a_verb_glued_to_a_chinese_label_stays_printed() -> None:
    root = sample_tei("zh-tw-city-meeting-verb-labels.txt")
    # the head's field names the chair ("主席" / "程立群"): the office's turns are that person's
    assert _one(root, "//t:person[@xml:id='程立群']/@role") == "chair"
    labels = root.xpath("//t:person[@xml:id='程立群']/t:persName[@type='label']/text()", namespaces=NS)
    assert sorted(labels) == ["主席", "主席致詞", "主席裁示", "程立群"]
    assert _one(root, "//t:sp[1]/t:p/text()").startswith("感謝各位志工")
    assert not root.xpath("//t:sp[contains(., '程立群')]", namespaces=NS)  # the head's field, no speech


def test_a_committees_opinion_is_no_speaker() -> None:
    root = sample_tei("zh-tw-ly-committee-opinion.txt")
    assert not root.xpath("//t:person[contains(@xml:id, '意見')]", namespaces=NS)
    assert "程序委員會意見:擬請院會" in str(root.xpath("string(//t:sp[1])", namespaces=NS))


def test_a_viewers_numbered_speaker_lines_are_furniture() -> None:
    root = sample_tei("ja-diet-viewer-numbered.txt")
    assert _one(root, "//t:sp[2]/t:p/text()") == "議事進行について。"
    text = str(root.xpath("string(//t:text)", namespaces=NS))
    assert "木下信之" not in text and "会議録情報" not in text


def test_a_cry_for_the_floor_is_a_turn_and_the_surnamed_committee_chair_the_chair() -> None:
    """ "早瀬委員 委員長……。": the member's whole speech is the office he calls, no kana in it; "矢代
    委員長", a surname and the chair's office joined, presides; a council's speaker reporting to a
    committee its chair presides over ("大野議長") does not."""
    root = sample_tei("ja-diet-viewer-cry-for-floor.txt")
    assert _one(root, "//t:sp[2]/t:p/text()") == "委員長……。"
    assert root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["矢代委員長"]
    guest = sample_tei("ja-city-committee-closing-bracket-flattened.txt")
    assert guest.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["浜中委員長"]


def test_a_city_meetings_chair_field_without_colon_names_the_chair() -> None:
    """ "主席" alone on its line over "林志遠" in the head, no colon: the chair's turns ("主席致詞:",
    "主席裁示:") are that person's."""
    root = sample_tei("zh-tw-city-meeting-chair-field.txt")
    assert turn_ids(root) == TURN_IDS["zh-tw-city-meeting-chair-field.txt"]
    assert root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["林志遠"]


def test_a_trilingual_label_whose_scripts_the_pdf_lost_is_its_english_rendering() -> None:
    root = sample_tei("en-si-hansard-lost-scripts.txt")
    role = "//t:person[@xml:id='the-hon-kelum-abeywardana']/@role"
    assert _one(root, role) == "State Minister of Finance"
    assert _one(root, "//t:person[@xml:id='the-hon-presiding-member']/@role") == "chair"
    assert _one(root, "//t:sp[4]/t:p/text()") == "I know that."
    assert _one(root, "//t:sp[5]/t:p/text()").startswith("So, we are looking")


def test_a_thai_office_alone_above_a_speech_with_no_stop_takes_its_turn() -> None:
    # Thai ends no sentence with a stop: the short line below the office alone is its speech, and
    # the chair's office joined to its body in one word is no lone surname or heading
    tei = sample_tei("th-committee-offices-alone.txt")
    assert speakers(etree.tostring(tei)) == ["ประธานกรรมาธิการ", "ผู้อำนวยการ", "ประธานกรรมาธิการ"]
    assert turn_ids(tei) == TURN_IDS["th-committee-offices-alone.txt"]


def test_a_thai_name_alone_with_its_joined_form_of_address_takes_its_turn() -> None:
    # "นาย" joined to the forename addresses the member as a title before a name does
    tei = sample_tei("th-council-member-alone-joined-title.txt")
    assert speakers(etree.tostring(tei)) == ["ประธานสภา", "นายประเสริฐ วงศ์ทอง", "นายกเทศมนตรี"]
    assert turn_ids(tei)[1] == "นายประเสริฐ-วงศ์ทอง"


def test_a_hebrew_council_s_offices_alone_above_the_speech_take_their_turns() -> None:
    # "חברת המועצה" (member of the council) before the name and "ראש העירייה" (the mayor) are
    # offices: alone on their lines they take turns with the chair's
    tei = sample_tei("he-council-offices-alone.txt")
    assert speakers(etree.tostring(tei)) == ['היו"ר', "חברת המועצה רונית אלמוג", "ראש העירייה"]
    assert turn_ids(tei) == TURN_IDS["he-council-offices-alone.txt"]
