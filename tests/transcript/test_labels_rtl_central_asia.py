"""Records in Arabic script and Hebrew, of the Caucasus and of Central Asia: the day their heads
print (Hijri beside Gregorian, the Iranian solar year, a year's word before the day), who chairs,
and the names of scripts without case read into their parts."""

from __future__ import annotations

import pytest

from label_samples import NS, name_parts_of, sample_tei, tabled_tei, texts, turn_ids

# sample: the day of the sitting, the ids of the turns in order, the ids of those who chair
RECORDS = {
    "ar-iq-colon-dash.txt": ("2024-03-03", ["د-سالم-الحديثي", "السيد-كريم-الزبيدي", "د-سالم-الحديثي"], []),
    "ar-dz-presiding-head.txt": (
        "2024-03-12",
        ["عمار-بن-يوسف", "السيد-مراد-بوزيد", "السيد-وزير-الفلاحة", "عمار-بن-يوسف"],
        ["عمار-بن-يوسف"],
    ),
    "ar-eg-hijri-gregorian.txt": (
        "2024-03-17",
        ["السيد-الرئيس", "السيد-النائب-سامح-فؤاد", "معالي-الدكتور-وزير-المالية", "السيدة-النائبة-هالة-منصور"],
        ["السيد-الرئيس"],
    ),
    "fa-majlis-agha-khanom.txt": (
        "2024-03-05",
        ["محمد-رضایی", "آقای-علی-جعفری", "آقای-حسین-کاظمی", "خانم-مریم-صادقی", "آقای-نادری"],
        ["محمد-رضایی", "آقای-حسین-کاظمی"],
    ),
    "ur-qaumi-assembly.txt": (
        "2024-03-12",
        ["جناب-سپیکر", "جناب-محمد-اسلم-خان", "محترمہ-شازیہ-بیگم", "وزیر-خزانہ"],
        ["جناب-سپیکر"],
    ),
    "hy-azgayin-zhoghov.txt": ("2024-03-12", ["ա-մարգարյան", "վ-պետրոսյան", "ա-մարգարյան"], []),
    "ka-parlamenti.txt": (
        "2024-03-12",
        ["თავმჯდომარე", "გიორგი-ბერაძე", "ქალბატონი-ნინო-ქავთარაძე", "თავმჯდომარე"],
        ["თავმჯდომარე"],
    ),
    "kk-mazhilis.txt": ("2024-03-13", ["toragha", "serikbaev-d-a", "toragha", "omarova-a-q"], ["toragha"]),
    "uz-oliy-majlis.txt": (
        "2024-03-14",
        ["raislik-qiluvchi", "a-karimov", "raislik-qiluvchi", "n-yusupova"],
        ["raislik-qiluvchi"],
    ),
    "mn-ikh-khural.txt": (
        "2024-03-14",
        ["b-batbold", "d-ganbaatar", "b-batbold"],
        ["b-batbold"],
    ),
    "ar-bidi-marks.txt": (
        "",
        ["السيد-الرئيس", "السيد-النائب-أحمد-الشمري", "معالي-وزير-الصحة"],
        ["السيد-الرئيس"],
    ),
    "he-bidi-embedding.txt": (
        "",
        ["היו-ר-אבי-גולן", "ח-כ-רונית-שמש", "קריאה", "השר-יוסי-כרמל"],
        ["היו-ר-אבי-גולן"],
    ),
    "ckb-perlemani-kurdistan.txt": (
        "",
        ["بەڕێز-سەرۆکی-پەرلەمان", "بەڕێز-ئارام-کەریم", "بەڕێز-سەرۆکی-پەرلەمان"],
        ["بەڕێز-سەرۆکی-پەرلەمان"],
    ),
    "ar-ma-nuwwab.txt": (
        "2024-11-12",
        ["السيد-رئيس-الجلسة", "السيد-النائب-يوسف-العلمي", "السيد-وزير-التجهيز-والماء"],
        ["السيد-رئيس-الجلسة"],
    ),
    "ky-jogorku-kenesh.txt": ("2024-03-13", ["toraga", "asanova-g-t", "toraga"], ["toraga"]),
    "tg-majlisi-namoyandagon.txt": (
        "2024-03-14",
        ["raisi-majlisi-namoyandagon", "karimov-f", "raisi-majlisi-namoyandagon"],
        ["raisi-majlisi-namoyandagon"],
    ),
    "ur-stage-senate.txt": (
        "2024-03-15",
        ["جناب-چیئرمین", "سینیٹر-عائشہ-ملک", "جناب-ڈپٹی-سپیکر"],
        ["جناب-چیئرمین", "جناب-ڈپٹی-سپیکر"],
    ),
    "ar-jo-comma-office.txt": (
        "",
        ["الرئيس", "معالي-السيد-أحمد-الخطيب", "سعادة-النائب-ليلى-حداد"],
        ["الرئيس"],
    ),
    "ar-lb-head-of-government.txt": (
        "",
        ["دولة-الرئيس", "النائب-جورج-نصر", "دولة-رئيس-مجلس-الوزراء"],
        ["دولة-الرئيس"],
    ),
    "fa-majlis-glued-hyphen.txt": ("", ["رئیس", "آقای-سهیلی", "رئیس", "دکتر-طاهری"], ["رئیس"]),
    # a contents heading alone over its unstopped items is no label; the chair's line that ends
    # with no stop, its speech beside the label, is a turn
    "fa-majlis-contents-unstopped-chair.txt": ("", ["موسوی", "منشی", "موسوی", "کاظمی"], ["موسوی"]),
    "hy-azgayin-presiding.txt": ("", ["նախագահող", "ա-պետրոսյան", "նախագահող"], ["նախագահող"]),
    "ar-court-roles.txt": ("", ["رئيس-المحكمة", "المتهم", "ممثل-النيابة", "محامي-الدفاع"], ["رئيس-المحكمة"]),
    "ar-iq-levant-month.txt": ("2024-01-15", ["السيد-الرئيس", "السيد-النائب-علي-حسن"], ["السيد-الرئيس"]),
    "az-milli-majlis.txt": (
        "2024-03-12",
        ["sadrlik-edan", "kamran-aliyev", "sadrlik-edan"],
        ["sadrlik-edan"],
    ),
}


@pytest.mark.parametrize("sample", sorted(RECORDS))
def test_the_day_the_turns_and_the_chair_of_each_record(sample: str) -> None:
    when, turns, chairs = RECORDS[sample]
    tei = sample_tei(sample)
    assert tei.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == when
    assert turn_ids(tei) == turns
    chairing = tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS)
    assert chairing == chairs


def test_a_name_in_a_script_without_case_has_its_parts() -> None:
    tei = sample_tei("fa-majlis-agha-khanom.txt")
    assert name_parts_of(tei, "آقای-علی-جعفری") == [
        ("roleName", "honorific", "آقای"),
        ("forename", None, "علی"),
        ("surname", None, "جعفری"),
    ]
    tei = sample_tei("ka-parlamenti.txt")
    assert name_parts_of(tei, "გიორგი-ბერაძე") == [("forename", None, "გიორგი"), ("surname", None, "ბერაძე")]
    # words before an office in such a script are the office's, no name: the prosecution's counsel
    tei = sample_tei("ar-court-roles.txt")
    assert name_parts_of(tei, "ممثل-النيابة") == []


def test_bidirectional_marks_are_no_part_of_a_label_nor_of_the_text() -> None:
    tei = sample_tei("ar-bidi-marks.txt")
    text = "".join(tei.xpath("//t:text//text()", namespaces=NS))
    assert not any(mark in text for mark in "\u200e\u200f\u202b\u202c")
    assert "(تصفيق)" in tei.xpath("//t:body//t:stage/text()", namespaces=NS)


def test_an_office_after_the_name_or_around_the_holder_is_the_role() -> None:
    tei = sample_tei("ar-jo-comma-office.txt")
    assert tei.xpath("//t:person[@xml:id='معالي-السيد-أحمد-الخطيب']/@role", namespaces=NS) == ["وزير المالية"]
    tei = sample_tei("fa-majlis-glued-hyphen.txt")
    assert tei.xpath("//t:person[@xml:id='آقای-سهیلی']/@role", namespaces=NS) == ["نخست وزیر"]


def test_a_note_on_the_speech_in_brackets_is_no_role() -> None:
    tei = sample_tei("ar-iq-colon-dash.txt")
    assert tei.xpath("//t:person[@xml:id='السيد-كريم-الزبيدي']/@role", namespaces=NS) == []


def test_a_member_alone_above_the_speech_and_thanks_with_its_tanwin() -> None:
    # "العضو" (member) is an office before the name; "شكراً" with its tanwin is the thanks that
    # opens a speech, as "شكرا" without it is, no label over what follows
    tei = tabled_tei("ar-council-member-alone-above.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("شكراً سعادة الرئيس.")


def test_a_council_s_chair_and_mayor_alone_above_the_speech_take_their_turns() -> None:
    # "رئیس شورا" (the council's chair, office and body) and "شهردار" (the mayor) are offices over
    # the speech beside the member named with her form of address: no title, no paragraphs
    tei = tabled_tei("fa-shura-offices-alone.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("جلسه رسمی است.")
