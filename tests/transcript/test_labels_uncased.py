"""Labels in scripts whose case or stops say nothing: Georgian is written without capitals
(though Unicode gives its letters a case), Thai ends no sentence with a stop. Short excerpts
written for these tests, each label printed once or twice."""

from __future__ import annotations

import pytest
from lxml import etree

from stenogram.tei.convert import convert_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}

GEORGIAN = """საქართველოს პარლამენტის სხდომის სტენოგრაფიული ანგარიში

თავმჯდომარე: სხდომა გახსნილია. დღის წესრიგის პირველი საკითხია ბიუჯეტის შესახებ კანონპროექტი.

გიორგი ბერიძე: მადლობა, ბატონო თავმჯდომარე. მე მინდა ვისაუბრო ბიუჯეტის შესახებ.

თავმჯდომარე: გმადლობთ. სიტყვა ეძლევა ნინო კაპანაძეს.

ნინო კაპანაძე: ჩვენ ვერ დავუჭერთ მხარს ამ კანონპროექტს.
"""

THAI = """รายงานการประชุมสภาผู้แทนราษฎร

ประธานสภา: เชิญท่านสมาชิกครับ

นายสมชาย ใจดี: ขอบคุณครับท่านประธาน ผมขออภิปรายเรื่องงบประมาณ

ประธานสภา: เชิญท่านต่อไปครับ

นางสาวสุดา รักไทย: ดิฉันขอสนับสนุนร่างกฎหมายนี้ค่ะ
"""


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (GEORGIAN, "ka", ["თავმჯდომარე:", "გიორგი ბერიძე:", "თავმჯდომარე:", "ნინო კაპანაძე:"]),
        (THAI, "th", ["ประธานสภา:", "นายสมชาย ใจดี:", "ประธานสภา:", "นางสาวสุดา รักไทย:"]),
    ],
)
def test_labels_of_scripts_without_capitals_or_stops(text: str, lang: str, expected: list[str]) -> None:
    root = etree.fromstring(convert_text(text.encode(), "sitting.txt").tei)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    assert root.xpath("//t:sp/t:speaker/text()", namespaces=NS) == expected
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == text.splitlines()[0]


def test_a_georgian_sentence_ending_in_a_colon_is_no_label() -> None:
    text = GEORGIAN + "\nმე მინდა ვთქვა შემდეგი: ბიუჯეტი არ არის საკმარისი და ის უნდა გადაიხედოს.\n"
    root = etree.fromstring(convert_text(text.encode(), "sitting.txt").tei)
    assert len(root.findall(".//t:sp", NS)) == 4


def test_vietnamese_offices_of_two_syllables_are_offices_not_a_sentence() -> None:
    text = (
        "KỲ HỌP THỨ BẢY, QUỐC HỘI KHÓA XIV\n\n"
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân: Kính thưa các vị đại biểu Quốc hội, hôm nay chúng ta "
        "thảo luận về dự án luật.\n\n"
        "Đại biểu Nguyễn Văn A (Hà Nội): Tôi đồng ý với dự thảo nhưng đề nghị sửa điều 5.\n\n"
        "Bộ trưởng Bộ Tài chính Đinh Tiến Dũng: Xin cảm ơn đại biểu. Chúng tôi sẽ tiếp thu ý kiến.\n"
    )
    root = etree.fromstring(convert_text(text.encode(), "sitting.txt").tei)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "vi"
    assert root.xpath("//t:sp/t:speaker/text()", namespaces=NS) == [
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân:",
        "Đại biểu Nguyễn Văn A (Hà Nội):",
        "Bộ trưởng Bộ Tài chính Đinh Tiến Dũng:",
    ]
