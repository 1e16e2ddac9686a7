"""Shapes of round 48 in the records of South-East Asia, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml), each with a line of its shape that stays
speech: a Thai office abbreviated with its stops before the colon; a Thai or Lao member's seat
numbered between the office and the province; a Thai, Lao or Khmer holder's name before the
post; the Indonesian and Malay note between an interview's turns."""

from __future__ import annotations

from label_samples import NS, outside_turns, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_thai_offices_abbreviated_with_their_stops_open_labels_printed_once() -> None:
    """ "นายก อบต.:", "ผอ.กองช่าง:", "ส.อบต.หมู่ 4:": Thai ends no sentence with a stop, so the
    stop before the colon or a word glued after it is the abbreviation's, no label's end."""
    root = tabled_tei("th-obt-minutes-abbreviated-offices-colon.txt")
    assert turn_speakers(root)[1:4] == ["นายก อบต.:", "ส.อบต.หมู่ 4:", "ผอ.กองช่าง:"]
    assert turn_paragraphs(root)[1].startswith("เรียนท่านประธานสภา")


def test_a_thai_sentence_with_an_abbreviation_before_its_colon_stays_speech() -> None:
    """ "ที่ประชุมได้รับทราบรายงานของ อบต. ดังนี้:" (the meeting took note of the report as
    follows:) and the resolution's field stay the turn's paragraphs."""
    root = tabled_tei("th-obt-minutes-abbreviated-offices-colon.txt")
    paragraphs = turn_paragraphs(root)
    assert "ที่ประชุมได้รับทราบรายงานของ อบต. ดังนี้:" in paragraphs
    assert "มติที่ประชุม: เห็นชอบ ๑๒ เสียง" in paragraphs


def test_a_member_and_the_post_after_the_name_are_the_person_and_the_role() -> None:
    """ "นายบุญเลิศ ศรีงาม ส.อบต. หมู่ 7:": the member is the person, his post and village the
    role, as the minutes' tab and dash print them."""
    root = tabled_tei("th-obt-minutes-abbreviated-offices-colon.txt")
    assert turn_ids(root)[4] == "นายบุญเลิศ-ศรีงาม"
    assert root.xpath("//t:person[@xml:id='นายบุญเลิศ-ศรีงาม']/@role", namespaces=NS) == ["ส.อบต. หมู่ 7"]


def test_a_thai_name_with_no_office_after_it_stays_whole() -> None:
    """ "นายสมชาย ใจดี ขอนแก่น:": no office after the holder's two names, nothing split off."""
    root = text_tei(
        "รายงานการประชุม\n\nประธานสภา: เปิดประชุมครับ\nนายสมชาย ใจดี ขอนแก่น: ขอบคุณครับ\nประธานสภา: ปิดประชุม\n"
    )
    assert turn_speakers(root)[1] == "นายสมชาย ใจดี ขอนแก่น:"
    assert turn_ids(root)[1] == "นายสมชาย-ใจดี-ขอนแก่น"


def test_a_members_numbered_seat_and_province_close_the_label() -> None:
    """ "นายธนากร แก้วประเสริฐ ส.ส. เขต 3 ขอนแก่น:" and the Lao member's constituency number
    and town: the number between the office and the place is the seat's, no label's end."""
    root = tabled_tei("th-sapha-member-district-abbreviated.txt")
    assert turn_ids(root)[1:3] == ["นายธนากร-แก้วประเสริฐ", "นางสาวอรุณี-บุญมา"]
    root = tabled_tei("lo-sapha-member-constituency-number.txt")
    assert turn_ids(root)[1:3] == ["ທ່ານ-ບຸນເຫຼືອ-ພົມມະຈັນ", "ທ່ານ-ນາງ-ຄໍາແພງ-ວົງສາ"]


def test_a_number_after_no_office_stays_speech() -> None:
    """ "ກອງປະຊຸມ 3 ວັນທີ 9 ມິຖຸນາ:" (the meeting, 3, the 9th of June:) and the Thai agenda item
    "วาระที่ 3 เรื่องอื่นๆ:": a number after words that name no member, no seat. The Lao line, alone
    over the chair's turn, is the sitting's heading."""
    root = tabled_tei("lo-sapha-member-constituency-number.txt")
    assert "ກອງປະຊຸມ 3 ວັນທີ 9 ມິຖຸນາ:" not in turn_speakers(root)
    assert "ກອງປະຊຸມ 3 ວັນທີ 9 ມິຖຸນາ:" in outside_turns(root)
    root = text_tei("รายงานการประชุม\n\nประธานสภา: เปิดประชุมครับ\nวาระที่ 3 เรื่องอื่นๆ:\nประธานสภา: ปิดประชุม\n")
    assert turn_speakers(root) == ["ประธานสภา:", "ประธานสภา:"]


def test_a_khmer_member_is_named_apart_from_the_seat() -> None:
    """ "ឯកឧត្តម សុខ ចាន់ថា តំណាងរាស្ត្រមណ្ឌលកណ្ដាល៖": the form of address and the two names
    the person, the member's seat the role."""
    root = text_tei(
        "កំណត់ហេតុនៃសម័យប្រជុំរដ្ឋសភា\n\nប្រធាន៖ សូមគោរពសមាជិក។\n"
        "ឯកឧត្តម សុខ ចាន់ថា តំណាងរាស្ត្រមណ្ឌលកណ្ដាល៖ សូមអរគុណ។\nប្រធាន៖ សូមអរគុណ។\n"
    )
    assert turn_speakers(root)[1] == "ឯកឧត្តម សុខ ចាន់ថា តំណាងរាស្ត្រមណ្ឌលកណ្ដាល៖"
    person = root.xpath("//t:person[t:persName[@type='label']]", namespaces=NS)
    assert [p.get("role") for p in person if p.get("role")] == ["តំណាងរាស្ត្រមណ្ឌលកណ្ដាល"]


def test_the_interviews_note_is_no_speaker() -> None:
    """ "Catatan: rekaman terputus …" (Note: the recording broke off …) between the turns: the
    transcriber's note, kept in the turn before, as "Note:" is."""
    root = tabled_tei("id-wawancara-catatan.txt")
    assert turn_paragraphs(root)[2].startswith("Catatan: rekaman terputus")
    assert outside_turns(root) == []


def test_the_vietnamese_note_is_no_speaker_and_the_reporter_stays_one() -> None:
    """ "Ghi chú: …" between an interview's turns stays text; "Phóng viên:" a label."""
    root = text_tei(
        "Biên bản phỏng vấn\n\nPhóng viên: Ông đánh giá thế nào?\nÔng Trần Văn Nam: Tôi thấy tích cực.\n"
        "Ghi chú: buổi phỏng vấn được ghi âm.\nPhóng viên: Cảm ơn ông.\nÔng Trần Văn Nam: Không có gì.\n"
    )
    assert turn_speakers(root) == ["Phóng viên:", "Ông Trần Văn Nam:", "Phóng viên:", "Ông Trần Văn Nam:"]


def test_vietnamese_academic_titles_open_labels_printed_once() -> None:
    """ "PGS.TS X:", "ThS. Y:", "TS. Z:": the title's stop is no label's end; "Chủ trì hội thảo:"
    (the workshop's chair) a chair's label."""
    root = tabled_tei("vi-hoi-thao-academic-titles.txt")
    assert turn_speakers(root)[1:3] == ["PGS.TS Hoàng Văn Thắng:", "ThS. Đỗ Thị Ngọc Lan:"]
    assert turn_paragraphs(root)[3] == "Tôi đồng tình với ý kiến của PGS. Thắng."


def test_a_title_inside_a_sentence_before_a_colon_stays_speech() -> None:
    """ "Theo TS. Vũ Minh Châu, cần lưu ý như sau:": a sentence that names a doctor, no label;
    and the verb "chủ trì" after its subject opens none."""
    root = text_tei(
        "BIÊN BẢN\n\nChủ trì: Xin mời.\nThS. Đỗ Thị Lan: Theo TS. Vũ Minh Châu, cần lưu ý như sau:\n"
        "Sở Tài chính chủ trì: rà soát các khoản chi.\nChủ trì: Cảm ơn.\n"
    )
    assert turn_speakers(root) == ["Chủ trì:", "ThS. Đỗ Thị Lan:", "Chủ trì:"]
