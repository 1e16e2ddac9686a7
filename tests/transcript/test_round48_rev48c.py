"""Round 48's review of the South-East Asian shapes: a person's initials in two capitals with
their stop open an oral history's turns though a Vietnamese title is spelt the same before a name
and a colon; a Thai sentence that reports what an abbreviated office said, on its "that" before the
colon, stays speech. Each with the line of its shape that must keep the other reading."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_initials_with_their_stop_open_an_oral_historys_turns() -> None:
    """ "GS. When did you …", "TS. In 1962, …": two capitals and a stop with no colon after them
    on the line are the speakers' initials, though "TS." and "GS." abbreviate a Vietnamese title."""
    root = tabled_tei("en-oral-history-initials-stop.txt")
    paragraphs = turn_paragraphs(root)
    assert paragraphs[1].startswith("In 1962, straight from school.")
    assert paragraphs[3].startswith("Hard. Long shifts")


def test_a_vietnamese_title_before_a_name_and_a_colon_still_opens_the_label_printed_once() -> None:
    """ "TS. Vũ Minh Châu:" and "GS. Trịnh Quốc Bảo:", each printed once: the colon after the name
    makes the two capitals a title, the name the person's."""
    root = text_tei(
        "BIÊN BẢN HỘI THẢO\n\nChủ trì: Xin mời các nhà khoa học.\n"
        "TS. Vũ Minh Châu: Tôi có hai ý kiến.\nGS. Trịnh Quốc Bảo: Tôi đồng ý.\n"
    )
    assert turn_speakers(root) == ["Chủ trì:", "TS. Vũ Minh Châu:", "GS. Trịnh Quốc Bảo:"]
    assert turn_ids(root)[1:] == ["ts-vu-minh-chau", "gs-trinh-quoc-bao"]


def test_a_thai_report_of_what_an_office_said_stays_speech() -> None:
    """ "รมว.คลัง ได้ลงนามในประกาศ ซึ่งมีใจความว่า:" (the finance minister signed a notice that
    reads:) and "ส.ส. หลายท่านได้อภิปรายไว้ว่า:" (several members argued that:): the sentence's
    "that" before the colon reports, no label; the abbreviated offices alone stay labels."""
    root = text_tei(
        "รายงานการประชุมสภาองค์การบริหารส่วนตำบล\n\nประธานสภา อบต.: เปิดประชุมครับ\n"
        "นายก อบต.: ผมขอรายงานว่า\nรมว.คลัง ได้ลงนามในประกาศ ซึ่งมีใจความว่า:\n"
        "ให้ท้องถิ่นจัดเก็บภาษีตามเดิม\nส.ส. หลายท่านได้อภิปรายไว้ว่า:\nต้องเร่งแก้ปัญหาภัยแล้ง\n"
        "ผอ.กองคลัง: งบประมาณเพียงพอครับ\nประธานสภา อบต.: ปิดประชุม\n"
    )
    assert turn_speakers(root) == ["ประธานสภา อบต.:", "นายก อบต.:", "ผอ.กองคลัง:", "ประธานสภา อบต.:"]
    assert "รมว.คลัง ได้ลงนามในประกาศ ซึ่งมีใจความว่า:" in turn_paragraphs(root)
