"""Label shapes the twenty-third round's hunt met in real records and left, mended in the
twenty-fourth (samples in tests/data/labels/, written in the shapes the real records print,
names invented)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_zero_or_a_one_for_a_letter_in_capitals_is_the_label_spelt_with_it() -> None:
    tei = tabled_tei("en-court-ocr-zero-for-o.txt")
    assert "the-c0urt" not in turn_ids(tei)
    assert texts(tei, "//t:sp[3]/t:speaker") == ["THE C0URT:"]


def test_a_label_whose_word_a_line_end_broke_is_one_label_of_the_person_printed_whole() -> None:
    tei = tabled_tei("de-ocr-label-hyphen-line-end.txt")
    assert texts(tei, "//t:sp[3]/t:p")[0].startswith("Vielen Dank.")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Frau Präsidentin,")


def test_an_office_in_capitals_a_line_end_broke_is_the_office_printed_whole() -> None:
    assert turn_ids(tabled_tei("en-hearing-ocr-chairman-hyphen-line-end.txt"))[-1] == "the-chairman"


def test_an_abbreviated_office_alone_before_the_words_that_give_the_floor_ends_at_its_stop() -> None:
    tei = tabled_tei("de-reichstag-1848-office-alone-gives-floor.txt")
    assert texts(tei, "//t:sp[2]/t:p") == ["Das Wort hat der Herr Abgeordnete Kranz."]


def test_a_caseless_speech_without_a_stop_whose_comma_ends_a_long_clause_is_a_sentence() -> None:
    tei = tabled_tei("ar-news-label-space-colon-comma.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("اللائحة نظمت الدور")


def test_a_note_after_the_chairs_colon_ending_in_a_colon_is_a_stage_the_speech_after_it() -> None:
    tei = text_tei(
        "PRESIDENTE: Se abre la sesión.\n\n"
        "DIPUTADO GARCÍA: Gracias, presidente. Quiero hablar del presupuesto.\n\n"
        "PRESIDENTE: (Rumores): Silencio, por favor.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["PRESIDENTE:", "DIPUTADO GARCÍA:", "PRESIDENTE:"]
    assert texts(tei, "//t:sp[3]//t:stage") == ["(Rumores)"]


def test_a_headings_common_words_before_a_colon_in_a_caseless_script_are_no_label() -> None:
    tei = tabled_tei("zh-council-heading-words-between-turns.txt")
    assert "主要内容：一、审议预算案；二、听取财政局报告。" in texts(tei, "//t:sp[1]/t:p")


def test_an_arab_agenda_and_a_japanese_summary_before_a_colon_are_no_label() -> None:
    arab = text_tei(
        "الرئيس: افتتح الجلسة. الكلمة للنائب سالم الحربي.\n\n"
        "جدول الأعمال: مناقشة الميزانية العامة للدولة.\n\n"
        "النائب سالم الحربي: شكرا سيادة الرئيس. لدي ملاحظات على الميزانية.\n"
    )
    assert texts(arab, "//t:sp/t:speaker") == ["الرئيس:", "النائب سالم الحربي:"]
    japanese = text_tei(
        "議長：ただいまから会議を開きます。\n\n本日の議題：予算案について。\n\n"
        "田中議員：議長、ありがとうございます。予算案について質問します。\n"
    )
    assert texts(japanese, "//t:sp/t:speaker") == ["議長：", "田中議員："]


def test_the_1848_reichstags_notes_of_the_hall_are_stages_typed_by_the_vocabulary() -> None:
    tei = tabled_tei("de-reichstag-1848-hall-notes.txt")
    stages = tei.xpath("//t:stage", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert [(stage.get("type"), "".join(stage.itertext())) for stage in stages] == [
        ("noise", "(Allgemeines Oho.)"),
        ("applause", "(Beifall links. Zischen.)"),
        ("other", "(Minorität.)"),
    ]


def test_a_name_alone_over_i_move_and_its_motion_is_a_turn_the_photo_caption_furniture() -> None:
    tei = tabled_tei("en-ie-web-photo-caption-i-move.txt")
    assert texts(tei, "//t:sp[2]/t:p")[:2] == [
        "I move:",
        "That Deputy Aoife Brennan be elected Leas-Cheann Comhairle.",
    ]
    assert not any("Photo of" in text for text in texts(tei, "//t:body"))
