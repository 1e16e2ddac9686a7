"""The Schematron's speaker-label rule reads a printed label without its closing colon in every
script: the full-width colon of Chinese and Japanese records, the Ethiopic preface colon."""

from __future__ import annotations

from pathlib import Path

import pytest

from stenogram.tei.convert import convert_text
from stenogram.validate.run import default_checks, validate_file

CHINESE = (
    "主席：現在開會。請經濟部王部長報告。\n王部長美花：主席、各位委員，今天本部提出報告。\n主席：報告完畢。\n"
)
AMHARIC = "ክቡር አፈ ጉባኤ፦ ስብሰባው ተከፍቷል።\n\nክቡር አቶ ገብረመድህን አርአያ፦ የበጀቱ ድልድል ፍትሃዊ አይደለም።\n\nክቡር አፈ ጉባኤ፦ እናመሰግናለን።\n"


@pytest.mark.parametrize("text", [CHINESE, AMHARIC])
def test_a_label_with_the_colon_of_its_script_matches_its_person(text: str, tmp_path: Path) -> None:
    path = tmp_path / "sitting.xml"
    path.write_bytes(convert_text(text.encode(), "sitting.txt").tei)
    report = validate_file(str(path), default_checks())
    assert [f.rule for f in report.findings] == []
    assert path.read_text(encoding="utf-8").count("<sp ") == 3
