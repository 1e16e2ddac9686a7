"""What the right-to-left round's lists must not catch, each in an invented sample (labels in
turns.toml, persons in ids.toml): another script's sentence openers in an Arabic record now that
Arabic has a list of its own ("Yes: …", "OK: …" over an interview's turns); the Urdu assistance
a field names ("معاونت کی درخواست:"), no deputy ("معاون", an office as a whole word only); the
Persian minutes' decision ("مقرر شد: …"), no rapporteur's label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_speakers
from stenogram.transcript.config import default_config


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


# 1. Another script's openers in a record whose language has its own list


def test_latin_openers_in_an_arabic_record_stay_speech() -> None:
    root = tabled_tei("ar-muqabala-latin-openers.txt")
    assert turn_speakers(root) == ["المنسقة:", "Peter Maurer:", "المنسقة:"]
    assert "Yes: هكذا أجاب الضيف بالإنجليزية حين سئل عن العودة إلى المنطقة." in _said(root)
    assert "OK: كتبها على اللوح قبل أن يشرح الخطة." in _said(root)


def test_only_another_scripts_openers_join_a_languages_own() -> None:
    openers = default_config().record_openers
    assert "yes" in openers["ar"]  # Latin: the same word in any record
    assert "ياق" not in openers["ar"]  # Uyghur's "no", in Arabic's own script: may be a name there
    assert "نعم" in openers["en"]
    assert "نعم" not in openers["fa"]  # an Arabic word a Persian record may use otherwise


# 2. The Urdu assistance is no deputy; the deputy is one as a whole word


def test_urdu_assistance_field_is_no_office() -> None:
    root = tabled_tei("ur-sooba-muawinat-field.txt")
    assert "معاونت کی درخواست:" not in turn_speakers(root)
    assert "معاون خصوصی برائے اطلاعات:" in turn_speakers(root)
    assert "معاونت کی درخواست: محکمہ صحت کو بھیج دی گئی ہے۔" in _said(root)


def test_persian_deputy_printed_once_is_still_a_label() -> None:
    root = text_tei(
        "جلسه شورای شهر شیراز\n\nرئیس شورا: دستور کار را اعلام می‌کنم.\n"
        "معاون شهردار در امور عمرانی: پروژه تقاطع تا پایان سال تمام می‌شود.\n"
    )
    assert turn_speakers(root) == ["رئیس شورا:", "معاون شهردار در امور عمرانی:"]


# 3. The Persian minutes' decision is no rapporteur's label


def test_persian_decision_formula_is_no_label() -> None:
    root = tabled_tei("fa-shura-moqarar-shod.txt")
    assert "مقرر شد:" not in turn_speakers(root)
    assert "مقرر شد: گزارش زمان‌بندی تا جلسه آینده ارائه شود." in _said(root)


def test_arabic_rapporteur_printed_once_is_still_a_label() -> None:
    root = text_tei(
        "لجنة الموازنة\n\nممثل وزارة المالية: نؤيد التعديل المقترح.\n"
        "مقرر اللجنة: سيتم إدراج ذلك في التقرير.\n"
    )
    assert turn_speakers(root) == ["ممثل وزارة المالية:", "مقرر اللجنة:"]


def test_a_latin_single_letter_is_no_cyrillic_records_opener() -> None:
    openers = default_config().record_openers
    assert "a" not in openers["ru"]  # "A:" typed for the answer's "А:" in a Russian interview
    assert "a" in openers["en"]
