"""Shapes this round's blind batteries missed, mended in the thirty-third round: each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_an_office_a_dash_and_its_holder_under_ong_are_one_label() -> None:
    """ "Chủ tọa – Ông Đỗ Văn An: Đại hội chuyển sang …", "Tổng Giám đốc – Ông Vương Minh Tâm:":
    the office, a spaced dash and its holder up to the colon are one label, the surname "An" no
    article's form of address; the speech keeps none of it."""
    root = tabled_tei("vi-dai-hoi-co-dong-office-dash-ong.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Đại hội chuyển sang phần thảo luận. Mời quý cổ đông đặt câu hỏi."
    ]
    assert texts(root, "//t:sp[2]/t:p") == ["Công ty cần giữ lại lợi nhuận để mở rộng xưởng sấy."]


def test_an_office_of_three_words_in_capitals_after_its_article_opens_a_turn() -> None:
    """ "The CHIEF EXECUTIVE OFFICER - Mayor, the cost …", printed once: the article and an
    office in CAPITALS before a spaced dash are a label as "The MAYOR -" is, whatever the
    office's count of words; the councillor's speech above ends before it."""
    root = tabled_tei("en-au-council-article-capitals-office-dash.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Thank you, Mayor. I move the recommendation as printed."]
    assert texts(root, "//t:sp[3]/t:p") == ["Mayor, the cost sits in the capital works budget."]


def test_capitals_after_an_article_before_a_clause_set_off_by_dashes_stay_no_label() -> None:
    """ "The AGENDA ITEM FOUR - as circulated - was adopted.": a pair of dashes sets off a clause
    in a sentence whose subject is in CAPITALS after its article; no turn is made of it."""
    root = text_tei(
        "Cr ORME - I move the recommendation.\n"
        "The MAYOR - Thank you.\n"
        "The AGENDA ITEM FOUR - as circulated - was adopted.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Cr ORME -", "The MAYOR -"]


def test_an_office_and_holder_in_capitals_with_the_clock_after_them_head_a_turn() -> None:
    """ "KETUA: BUDIMAN HARSONO [00:02]" / "Sidang dalam Perkara … dibuka …": the office, its
    colon and its holder alone on their line with the recording's clock after them are a label,
    the clock its time, the line below its speech, no heading over a paragraph."""
    root = tabled_tei("id-mk-office-holder-capitals-clock.txt")
    assert texts(root, "//t:sp[1]/t:speaker/t:time") == ["[00:02]"]
    assert texts(root, "//t:sp[3]/t:p") == [
        "Saudara perlu menguraikan kedudukan hukum Pemohon dengan lebih jelas."
    ]
    assert texts(root, "//t:body//t:head") == ["SIDANG DIBUKA PUKUL 10.05 WIB"]
