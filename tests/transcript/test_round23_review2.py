"""A second review of the twenty-third round's rules for what they took from the labels, stages
and headings they had read: a surname alone under the chair's question over a speech that opens
by addressing the hall with its exclamation, no word alone inside a speech; a bill referred to a committee whose name lists its
subjects, or to the Committee of the whole House; an item's two heading lines in title case in a
record of one language."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_surname_alone_under_the_chairs_question_opens_the_speech() -> None:
    tei = tabled_tei("ru-sezd-surname-alone-under-chairs-question.txt")
    assert tei.xpath("//t:sp/@who", namespaces=NS) == [
        "#predsedatelstvuyushchii",
        "#prokhorov",
        "#predsedatelstvuyushchii",
        "#lysenko",
    ]
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Товарищи! Наш завод в этом году выполнил план досрочно.",
        "Молодцы.",
        "Товарищи! Мы должны и дальше работать так же.",
    ]


def test_a_bill_referred_to_a_committee_of_many_subjects_is_a_stage() -> None:
    tei = tabled_tei("en-assembly-bill-referred-committee-subjects.txt")
    assert texts(tei, "//t:stage") == [
        "Bill referred to the Portfolio Committee on Finance, Planning and Economic Development.",
        "Bill referred to the Committee of the whole House.",
    ]
    assert texts(tei, "//t:sp[4]/t:p") == ["Mr. Speaker, I beg to present the Public Health Amendment Bill."]


def test_two_heading_lines_in_title_case_head_the_item() -> None:
    tei = tabled_tei("en-assembly-item-heading-two-lines-title-case.txt")
    assert texts(tei, "//t:head") == [
        "Questions to the Minister for Health Waiting Times in Hospitals",
        "Income Tax Amendment Bill Second Reading",
    ]
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Order. We move to the next item."]
