"""Labels of party congresses and plenums and of the courts of Asia, each printed once or twice:
the comrade before a member's name in the languages of those congresses ("Tow.", "Genosse",
"Drug", "Đồng chí", "Compañero"), the voices from the hall they print as labels ("Glas iz sale:",
"Zuruf:"), a Japanese court's roles alone on their lines, and the double dash before an answer in
a Chinese court's record."""

from __future__ import annotations

import pytest

from label_samples import SAMPLES, speakers
from stenogram.tei.convert import convert_text

CASES = {
    "pl-plenum-towarzysz.txt": [
        "Tow. Edward Kowalczyk:",
        "Tow. Jan Nowak:",
        "Głos z sali:",
        "Tow. Jan Nowak:",
        "Tow. Edward Kowalczyk:",
        "Tow. Anna Wiśniewska:",
    ],
    "pl-zjazd-przewodniczacy-tow.txt": [
        "Przewodniczący obrad tow. Stefan Jaworski:",
        "Tow. Marian Kubiak (Poznań):",
        "Przewodniczący obrad tow. Stefan Jaworski:",
        "Tow. Halina Lis (Łódź):",
    ],
    "de-parteitag-genosse.txt": [
        "Vorsitzender Genosse Krause:",
        "Genosse Lehmann:",
        "Zuruf:",
        "Genosse Lehmann:",
        "Vorsitzender Genosse Krause:",
        "Genossin Schulze:",
    ],
    "sr-kongres-drug.txt": [
        "Predsedavajući Milan Petrović:",
        "Drug Stevan Jovanović:",
        "Glas iz sale:",
        "Drug Stevan Jovanović:",
        "Predsedavajući Milan Petrović:",
        "Drugarica Vesna Marković:",
    ],
    "vi-dai-hoi-dong-chi.txt": [
        "Chủ tọa:",
        "Đồng chí Nguyễn Văn Hùng:",
        "Chủ tọa:",
        "Đồng chí Trần Thị Mai:",
    ],
    "es-congreso-partido-companero.txt": [
        "Presidente.-",
        "Compañero Luis Fernández.-",
        "Delegados.-",
        "Compañero Luis Fernández.-",
        "Presidente.-",
        "Compañera Marta Díaz.-",
    ],
    "ru-congress-role-once.txt": ["Петровский.", "Рудаков (Донбасс).", "Голос из зала.", "Рудаков."],
    "hu-kongresszus-elvtars.txt": ["Elnök:", "Kovács János elvtárs:", "Elnök:", "Szabó Mária elvtársnő:"],
    "ja-court-roles-alone.txt": ["裁判長", "被告人", "裁判長", "被告人", "検察官", "弁護人"],
    "zh-court-dash-answers.txt": [
        "审判长：",
        "书记员：",
        "审判长：",
        "审判长：",
        "——被告人：",
        "审判长：",
        "——被告人：",
        "审判长：",
        "公诉人：",
        "——被告人：",
    ],
}


@pytest.mark.parametrize(("sample", "expected"), CASES.items())
def test_a_congress_or_an_asian_court_keeps_its_labels(sample: str, expected: list[str]) -> None:
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == expected


def test_a_heading_of_han_alone_on_its_line_is_no_label() -> None:
    """A role's word opens the line, but once alone with no speech shape around it is a heading."""
    text = "代表名单\n\n审判长：现在开庭。\n被告人：没有。\n审判长：休庭。\n".encode()
    assert speakers(convert_text(text, "sitting.txt").tei) == ["审判长：", "被告人：", "审判长："]
