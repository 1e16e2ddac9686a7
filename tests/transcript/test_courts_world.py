"""Courts outside Europe and the Americas in their own languages: questions and answers in pairs
("问："/"答：", "問　"/"答　", "문 :"/"답 :", "ש."/"ת.", "س:"/"ج:", "SORULDU:"/"CEVABEN:"),
each answer the witness's where the record names one, each question its own turn."""

from __future__ import annotations

import pytest

from label_samples import NS, sample_tei, turn_ids

EXPECTED: dict[str, tuple[list[str], list[str]]] = {
    # the prosecutor's label alone over the first question: the questions are hers
    "zh-court-wen-da.txt": (
        ["审判长：", "证人：", "公诉人：", "答：", "问：", "答：", "审判长：", "辩护人："],
        ["审判长", "证人", "公诉人", "证人", "公诉人", "证人", "审判长", "辩护人"],
    ),
    # the verb glued to the role: the accused answers, one person with the accused of other labels
    "zh-court-role-wen-da.txt": (
        ["审判长问：", "被告人答：", "公诉人问：", "被告人答：", "辩护人问：", "被告人答："],
        ["审判长", "被告人", "公诉人", "被告人", "辩护人", "被告人"],
    ),
    # the excerpt's first line is the prosecutor's role alone, printed once: no title
    "ja-court-first-role-alone.txt": (
        ["検察官", "証人", "弁護人", "裁判長"],
        ["検察官", "証人", "弁護人", "裁判長"],
    ),
    "ja-court-toi-kotae.txt": (
        ["裁判長：", "証人：", "問", "答", "問", "答"],
        ["裁判長", "証人", "質問者", "証人", "質問者", "証人"],
    ),
    # no one named as asking: the language's words for the examiner and the witness
    "ko-court-mun-dap.txt": (["문 :", "답 :", "문 :", "답 :"], ["질문자", "증인", "질문자", "증인"]),
    # counsel's label over the first question ("עו"ד כהן: תודה, גבירתי."): the questions are his
    "he-court-sh-t.txt": (
        ["כב' השופטת:", 'עו"ד כהן:', "ש.", "ת.", "ש.", "ת.", "העד:", "כב' השופטת:"],
        ["כב-השופטת", "עו-ד-כהן", "עו-ד-כהן", "העד", "עו-ד-כהן", "העד", "העד", "כב-השופטת"],
    ),
    "ar-court-sin-jim.txt": (
        ["رئيس المحكمة:", "ممثل النيابة:", "س:", "ج:", "س:", "ج:", "الشاهد:", "رئيس المحكمة:"],
        [
            "رئيس-المحكمة",
            "ممثل-النيابة",
            "ممثل-النيابة",
            "الشاهد",
            "ممثل-النيابة",
            "الشاهد",
            "الشاهد",
            "رئيس-المحكمة",
        ],
    ),
    # the line that hears the witness names him, not the oath's words after his name; no one
    # is named as asking: the questions are the language's examiner's
    "tr-ifade-soruldu-cevaben.txt": (
        ["SORULDU:", "CEVABEN:", "SORULDU:", "CEVABEN:"],
        ["soruyu-soran", "hasan-yildirim", "soruyu-soran", "hasan-yildirim"],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_questions_and_answers_of_a_court_in_its_own_language(name: str) -> None:
    labels, ids = EXPECTED[name]
    tei = sample_tei(name)
    assert tei.xpath("//t:sp/t:speaker/text()", namespaces=NS) == labels
    assert turn_ids(tei) == ids
