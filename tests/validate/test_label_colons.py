"""The Schematron's speaker-label rule reads a printed label without its closing colon in every
script: the full-width colon of Chinese and Japanese records, the Ethiopic preface colon, the
dash of the Turkish and Italian records, Persian type's tatweel; and the converter lists every
printed form of a person it gives a turn to (an examination's Q and A, a listed speech's block)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stenogram.tei.convert import convert_text
from stenogram.validate.run import default_checks, validate_file

CHINESE = (
    "主席：現在開會。請經濟部王部長報告。\n王部長美花：主席、各位委員，今天本部提出報告。\n主席：報告完畢。\n"
)
AMHARIC = "ክቡር አፈ ጉባኤ፦ ስብሰባው ተከፍቷል።\n\nክቡር አቶ ገብረመድህን አርአያ፦ የበጀቱ ድልድል ፍትሃዊ አይደለም።\n\nክቡር አፈ ጉባኤ፦ እናመሰግናለን።\n"


TURKISH = "BAŞKAN – Birleşimi açıyorum.\n\nMEHMET ÇELİK (Gaziantep) – Sayın Başkan, teşekkür ederim.\n\nBAŞKAN – Teşekkürler.\n"
PERSIAN = "رئیس ـ جلسه رسمی است.\n\nحسن احمدی ـ بسم الله الرحمن الرحیم.\n\nرئیس ـ متشکرم.\n"
EXAMINATION = (
    "TRANSCRIPT OF PROCEEDINGS\n\nMS. ROWE: I call Dr. Hart.\n\nDR AMELIA HART (sworn)\n\n"
    "EXAMINATION BY MS. ROWE:\n\nQ. Where were you that night?\n\nA. At home.\n"
)
LISTED = (
    "Plenarprotokoll\n\nAnna Krüger\nSPD\n\nSehr geehrte Frau Präsidentin! Wir beraten heute.\n\n"
    "Thomas Bergmann\nCDU/CSU\n\nFrau Präsidentin! Meine Damen und Herren!\n\n"
    "Lena Hoffmann\nBündnis 90/Die Grünen\n\nVielen Dank. Wir stimmen zu.\n"
)


@pytest.mark.parametrize("text", [CHINESE, AMHARIC, TURKISH, PERSIAN, EXAMINATION, LISTED])
def test_a_label_with_the_colon_of_its_script_matches_its_person(text: str, tmp_path: Path) -> None:
    path = tmp_path / "sitting.xml"
    path.write_bytes(convert_text(text.encode(), "sitting.txt").tei)
    report = validate_file(str(path), default_checks())
    assert [f.rule for f in report.findings] == []
    assert path.read_text(encoding="utf-8").count("<sp ") == 3
