"""Round 50 (hunt50b): Arabic minutes' items by their ordinal in words, the member of a body
before the holder's name, a witness's record that "stated" before its questions."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_arabic_agenda_item_by_its_ordinal_is_no_label() -> None:
    """`البند الأول:`, `البند الثاني:` and the bill's `المادة الثالثة:` read out head an item or an
    article by its ordinal in words (`divisions` and the Arabic ordinals of `numbers`), no
    speaker, where `النائب الأول لرئيس المجلس:`, an office with its ordinal, stays a label."""
    tei = tabled_tei("ar-shura-agenda-item-ordinal.txt")
    assert "النائب الأول لرئيس المجلس:" in turn_speakers(tei)
    held = turn_paragraphs(tei) + outside_turns(tei)
    assert any(p.startswith("البند الأول:") for p in held)
    assert any(p.startswith("المادة الثالثة:") for p in held)


def test_arabic_feminine_ordinal_item_is_no_label() -> None:
    """A paragraph's feminine ordinal (`الفقرة الثانية:`) is the item's too, and a figure after the
    word (`البند 4:`) as well: both stay in the chair's speech."""
    tei = text_tei(
        "الرئيس: ننتقل إلى المادة المعدلة، وأقرأ نصها.\n\n"
        "الفقرة الثانية: تلتزم الجهة المختصة بنشر القرار خلال ثلاثين يومًا.\n\n"
        "البند 4: ما يستجد من أعمال.\n\n"
        "النائب سعيد الكندري: أطلب إعادة الفقرة إلى اللجنة.\n\n"
        "الرئيس: يعاد النص إلى اللجنة.\n"
    )
    assert turn_speakers(tei) == ["الرئيس:", "النائب سعيد الكندري:", "الرئيس:"]


def test_arabic_member_of_a_body_before_the_name_is_a_label() -> None:
    """`عضو مجلس النواب صالح مفتاح الورفلي:` prints the member of the house before the holder's
    name (`offices`: the member), a label once printed; `عضو لجنة الطاقة:` alone too."""
    tei = tabled_tei("ar-nuwwab-member-of-body-name.txt")
    assert "عضو مجلس النواب عائشة عمر الشريف:" in turn_speakers(tei)


def test_arabic_sentence_about_a_member_stays_speech() -> None:
    """A sentence of the speech that names a member and says what he said (`قال`) before its colon
    is narration, no member's label."""
    tei = text_tei(
        "الرئيس: الكلمة للنائب.\n\n"
        "النائب هدى الزين: شكرًا سيادة الرئيس.\n\n"
        "عضو مجلس النواب عن الدائرة الثالثة قال في الجلسة الماضية:\n\n"
        "إن الموازنة لم تنصف المحافظات.\n\n"
        "الرئيس: شكرًا.\n"
    )
    assert turn_speakers(tei) == ["الرئيس:", "النائب هدى الزين:", "الرئيس:"]


def test_arabic_witness_stated_over_questions_is_narration() -> None:
    """A prosecutor's record of hearing says what the witness "stated" or "declared" before its
    questions (`حضر الشاهد الأول وبعد حلف اليمين قرر:`, `وبسؤاله أفاد:`; `narration`): no label,
    the record's `س:` and `ج:` its turns."""
    tei = tabled_tei("ar-niyaba-witness-stated.txt")
    held = turn_paragraphs(tei) + outside_turns(tei)
    assert any(p.startswith("حضر الشاهد الأول") for p in held)
    assert any("وبسؤاله أفاد:" in p for p in held)


def test_arabic_rapporteur_stays_a_label_beside_the_stated_verb() -> None:
    """The verb is a word of its own: `مقرر اللجنة:`, the committee's rapporteur, whose word holds
    the same letters, stays a label."""
    tei = text_tei(
        "الرئيس: الكلمة لمقرر اللجنة.\n\n"
        "مقرر اللجنة: انتهت اللجنة إلى الموافقة على المشروع.\n\n"
        "الرئيس: شكرًا.\n"
    )
    assert turn_speakers(tei) == ["الرئيس:", "مقرر اللجنة:", "الرئيس:"]
