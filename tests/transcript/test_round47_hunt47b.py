"""Shapes of right-to-left records, each in an invented sample (labels in turns.toml, persons in
ids.toml): the fields over an Arab, Iranian, Pakistani, Israeli or Yiddish body's turns ("الموضوع:",
"الحاضرون:", "دستور جلسه:", "ایجنڈا:", "נושא:") and a Yiddish resolution ("באַשלאָסן:"); the
Arabic and Persian adverbial ordinals of an agenda's items ("أولاً:", "ثانياً:"); the legal
adviser of a Knesset committee ("היועץ המשפטי לוועדה, עו"ד X:"); a Persian managing director
after the holder's name and comma ("X، مدیرعامل سازمان …:"); an Urdu member's bare name before the
point of order he rises on ("… : پوائنٹ آف آرڈر جناب اسپیکر!")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_speakers


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


# 1. Fields over the turns, and a resolution under them


def test_arabic_subject_attendance_and_ordinals_are_no_labels() -> None:
    root = tabled_tei("ar-lajna-agenda-ordinals-fields.txt")
    assert not {"الموضوع:", "الحاضرون:", "أولاً:", "ثانياً:"} & set(turn_speakers(root))
    assert turn_speakers(root)[0] == "رئيس اللجنة:"


def test_persian_agenda_field_is_no_label() -> None:
    root = tabled_tei("fa-shura-shahr-dastur-field.txt")
    assert "دستور جلسه:" not in turn_speakers(root)


def test_hebrew_subject_and_urdu_agenda_are_no_labels() -> None:
    assert "נושא:" not in turn_speakers(tabled_tei("he-vaada-legal-adviser-web.txt"))
    assert "ایجنڈا:" not in turn_speakers(tabled_tei("ur-sooba-point-of-order-bare-name.txt"))


def test_yiddish_resolution_is_the_minutes_own() -> None:
    root = tabled_tei("yi-farayn-bashlosn.txt")
    assert "באַשלאָסן:" not in turn_speakers(root)
    assert turn_speakers(root)[-1] == "פֿאָרזיצער:"


# 2. An ordinal opening a speech's point stays the speech's


def test_arabic_ordinal_inside_a_speech_stays_speech() -> None:
    root = text_tei(
        "جلسة اللجنة\n\nرئيس اللجنة: نبدأ الجلسة.\n"
        "العضو سامي خليل: أولاً، أشكر الوزارة على ردها. ثانياً، لدي سؤال.\nرئيس اللجنة: تفضل.\n"
    )
    assert turn_speakers(root) == ["رئيس اللجنة:", "العضو سامي خليل:", "رئيس اللجنة:"]
    assert "أولاً، أشكر الوزارة على ردها. ثانياً، لدي سؤال." in _said(root)


# 3. Offices: the Knesset committee's legal adviser, a Persian managing director


def test_knesset_legal_adviser_with_holder_is_a_label() -> None:
    root = tabled_tei("he-vaada-legal-adviser-web.txt")
    assert 'היועץ המשפטי לוועדה, עו"ד עמית שגיא:' in turn_speakers(root)


def test_legal_adviser_quoted_inside_a_speech_stays_speech() -> None:
    root = text_tei(
        'ישיבת הוועדה\n\nהיו"ר דני כהן: נתחיל.\nחה"כ רות לוי: אני מצטטת את מה שכתב לנו השבוע\n'
        'היועץ המשפטי לממשלה במכתבו:\n"אין לקדם את ההצעה".\nהיו"ר דני כהן: תודה.\n'
    )
    assert turn_speakers(root) == ['היו"ר דני כהן:', 'חה"כ רות לוי:', 'היו"ר דני כהן:']


def test_persian_managing_director_after_name_and_comma() -> None:
    root = tabled_tei("fa-shura-shahr-dastur-field.txt")
    assert "فرهاد کیانی، مدیرعامل سازمان پسماند:" in turn_speakers(root)


def test_persian_deputy_reported_in_a_speech_stays_speech() -> None:
    root = text_tei(
        "جلسه علنی مجلس\n\nرئیس: جلسه رسمی است.\nآقای کریمی: به نظر من\n"
        "معاون وزیر در جلسه قبل گفت که:\nاین طرح اجرا نمی‌شود.\nرئیس: متشکرم.\n"
    )
    assert turn_speakers(root) == ["رئیس:", "آقای کریمی:", "رئیس:"]


# 4. A point of order before the chair addressed opens a speech


def test_urdu_bare_name_before_point_of_order_is_a_label() -> None:
    root = tabled_tei("ur-sooba-point-of-order-bare-name.txt")
    assert "میر ظفر اللہ خان زہری:" in turn_speakers(root)
    assert any(p.startswith("پوائنٹ آف آرڈر جناب اسپیکر!") for p in _said(root))


def test_point_of_order_words_with_a_colon_stay_speech() -> None:
    root = text_tei(
        "پنجاب اسمبلی\n\nجناب اسپیکر: جی۔\nمحترمہ ثمینہ خان: جناب اسپیکر! میں نے کل یہ کہا تھا کہ\n"
        "پوائنٹ آف آرڈر:\nپر بات کرنے کا حق ہر رکن کو ہے۔\nجناب اسپیکر: ٹھیک ہے۔\n"
    )
    assert turn_speakers(root) == ["جناب اسپیکر:", "محترمہ ثمینہ خان:", "جناب اسپیکر:"]
