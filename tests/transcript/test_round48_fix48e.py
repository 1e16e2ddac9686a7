"""Round 48: another language's abbreviated office, a seat's number in Thai and Lao, a chair's
clause in a Vietnamese report."""

from __future__ import annotations

from label_samples import outside_turns, sample_tei, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_english_afternoon_is_no_prosecutor() -> None:
    tei = tabled_tei("en-council-minutes-pm-resumed.txt")
    assert "P.M." not in turn_speakers(tei)
    said = turn_paragraphs(tei) + outside_turns(tei)
    assert any("P.M. The meeting resumed at two o'clock." in text for text in said)
    assert any("4 P.M. The council took a short recess." in text for text in said)


def test_italian_prosecutor_abbreviated_stays_a_label() -> None:
    tei = tabled_tei("it-processo-sigle-punto.txt")
    assert "P.M." in turn_speakers(tei)
    assert "P. M." in turn_speakers(tei)


def test_german_record_reads_no_prosecutor_either() -> None:
    tei = text_tei(
        "Protokoll der Gemeinderatssitzung\n\n"
        "Bürgermeister Huber: Ich eröffne die Sitzung.\n"
        "Gemeinderat Maier: Ich habe eine Frage zum Haushalt.\n\n"
        "P.M. Die Sitzung wird nach der Pause fortgesetzt.\n\n"
        "Bürgermeister Huber: Wir fahren fort.\n"
    )
    assert turn_speakers(tei) == ["Bürgermeister Huber:", "Gemeinderat Maier:", "Bürgermeister Huber:"]


def test_thai_seat_number_then_a_verb_is_a_sentence() -> None:
    tei = tabled_tei("th-thesaban-member-motion-sentence.txt")
    assert "นายสมชาย ใจดี ส.ท. เขต 2 ขอนแก่น:" in turn_speakers(tei)
    assert not any("ได้เสนอญัตติ:" in label for label in turn_speakers(tei))


def test_thai_member_district_sample_keeps_its_seat() -> None:
    assert "นายธนากร แก้วประเสริฐ ส.ส. เขต 3 ขอนแก่น:" in turn_speakers(
        sample_tei("th-sapha-member-district-abbreviated.txt")
    )


def test_lao_date_and_legislature_numbers_are_no_seats() -> None:
    tei = tabled_tei("lo-sapha-date-legislature-number.txt")
    labels = turn_speakers(tei)
    assert "ລັດຖະມົນຕີ ວັນທີ 15 ມິຖຸນາ:" not in labels
    assert "ສະມາຊິກສະພາແຫ່ງຊາດ ຊຸດທີ 9 ທັງໝົດ:" not in labels
    kept = turn_speakers(tabled_tei("lo-sapha-member-constituency-number.txt"))
    assert "ທ່ານ ນາງ ຄຳແພງ ວົງສາ ສະມາຊິກສະພາປະຊາຊົນແຂວງ ເຂດເລືອກຕັ້ງທີ 5:" in kept


def test_vietnamese_chairing_clause_is_a_sentence() -> None:
    tei = tabled_tei("vi-bao-cao-chu-tri-sentence.txt")
    labels = turn_speakers(tei)
    assert not any(label.startswith("Chủ trì ") for label in labels)
    said = turn_paragraphs(tei) + outside_turns(tei)
    assert any("Chủ trì cuộc họp, Bộ trưởng cho biết:" in text for text in said)


def test_vietnamese_chair_named_after_comma_stays_a_label() -> None:
    tei = text_tei(
        "BIÊN BẢN HỌP\n\n"
        "Chủ trì hội nghị, Phó Thủ tướng Trần Văn An: Xin khai mạc hội nghị.\n"
        "Giám đốc Sở: Chúng tôi xin báo cáo.\n"
        "Chủ trì hội nghị, Phó Thủ tướng Trần Văn An: Cảm ơn đồng chí.\n"
    )
    assert turn_speakers(tei)[0] == "Chủ trì hội nghị, Phó Thủ tướng Trần Văn An:"
