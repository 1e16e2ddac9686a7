"""Shapes of records of Asia, Africa, the Middle East and Oceania a blind battery of short
excerpts found, mended one at a time: each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_label_wholly_in_its_brackets_after_the_circle_is_a_label() -> None:
    """ "○（村瀬孝義議長）　ただいまから、本日の会議を開きます。" and "○（森下　葉子議員）　…",
    each member printed once: the bracket holds the name and the office or the member's title,
    the speech after the space; none of it is left in the speech above."""
    root = tabled_tei("ja-kengikai-bracketed-whole-label.txt")
    assert texts(root, "//t:sp[2]/t:p")[0] == "おはようございます。県立高校の再編について質問いたします。"
    assert texts(root, "//t:sp[3]/t:p")[0] == "森下議員の御質問にお答えをいたします。"


def test_a_bracket_with_neither_office_nor_title_after_the_circle_is_no_label() -> None:
    """ "○（仮称）市民会館の建設について" after a turn: a heading's note, no name and no office in the
    bracket; it stays the speech's, no turn of its own."""
    root = text_tei(
        "○議長（山田一郎君）　次に移ります。\n○（仮称） 市民会館の建設について、説明を求めます。\n"
        "○市長（佐藤次郎君）　お答えいたします。\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["○議長（山田一郎君）", "○市長（佐藤次郎君）"]


def test_a_korean_members_title_after_his_partys_bracket_is_the_labels() -> None:
    """ "◯김민서(국) 위원 시행일이 너무 이르지 않습니까? …", printed once: "위원" (member) after
    the party's bracket is the label's, the speech opening after it."""
    root = tabled_tei("ko-uiwon-party-bracket-title.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["시행일이 너무 이르지 않습니까? 현장 준비가 부족합니다."]


def test_an_arabic_office_its_dash_and_its_holder_are_one_label() -> None:
    """ "السيد النائب – سليم الحمداني:" alone over the speech: the office, a spaced dash and the
    holder's name up to the colon are the label, the holder the person; no name opens the
    speech."""
    root = tabled_tei("ar-majlis-office-dash-holder.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["شكراً سيادة الرئيس. أطلب إدراج موضوع المياه في جدول الأعمال."]


def test_a_title_in_capitals_either_side_of_a_dash_is_no_turn() -> None:
    """ "BOSE NI YASANA – VEIVOSAKI" over the first label: a body's name and the record's kind in
    CAPITALS, a title; the chair's label below it opens the first turn."""
    root = tabled_tei("fj-council-title-capitals-dash.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Au sa dolava na bose e na siga nikua. Vinaka."]


def test_a_group_leader_after_a_dash_is_a_vietnamese_label() -> None:
    """ "Đồng chí Phạm Quốc Bảo - Tổ trưởng:" and "Đồng chí Vũ Minh Khang - Thư ký:" alone over
    their speech: the group's leader and its secretary are offices, each turn found."""
    root = tabled_tei("vi-thao-luan-to-truong-dash.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Xin ghi nhận ý kiến của đại biểu Ngọc."]


def test_an_office_its_department_and_unit_before_the_holder_is_one_label() -> None:
    """ "NAIBU WAZIRI, OFISI YA RAIS, TAMISEMI (MHE. ZUBERI KASSIM MRISHO): …", printed once: the
    President's Office after the office's comma is a department, its own comma its unit's; one
    label, the holder in brackets the person."""
    root = tabled_tei("sw-bunge-office-department-holder.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Mheshimiwa Naibu Spika, ukarabati utaanza mwezi Julai."]


def test_the_sesotho_honourable_abbreviated_opens_a_label() -> None:
    """ "Mohl. Lerato Mphuthi: Ke a leboha …", printed once: "Mohl." (Mohlomphehi) is a form of
    address, the label whole, not a stop ending a word."""
    root = tabled_tei("st-seboka-mohl-honourable.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Ke a leboha Motlatsi wa Sepikara. Ke botsa Letona la Thuto."]
