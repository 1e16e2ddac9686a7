"""Label shapes of records of Asia, the Middle East, Africa and Latin America (samples in
tests/data/labels/, written in the shapes the real records print, the names invented; most
labels printed once)."""

from __future__ import annotations

import pytest

from label_samples import SAMPLES, speakers
from stenogram.tei.convert import convert_text

SHAPES = [
    # a Japanese court's record: the role enclosed in lenticular brackets alone on its line, the
    # speech below ("【裁判長】")
    (
        "ja-court-enclosed.txt",
        ["【裁判長】", "【被告人】", "【裁判長】", "【被告人】", "【検察官】", "【弁護人】"],
    ),
    # the role in tortoise-shell brackets before the speech on its line, a judge's name before
    # the office once ("〔山田裁判長〕")
    (
        "ja-court-enclosed-inline.txt",
        ["〔裁判官〕", "〔証人〕", "〔検察官〕", "〔証人〕", "〔山田裁判長〕"],
    ),
    # a Chinese press conference's web copy: the news agency's reporter in lenticular brackets
    ("zh-press-enclosed.txt", ["【主持人】", "【新华社记者】", "【发言人】", "【凤凰卫视记者】"]),
    # the Brazilian Senate's notes: the holder, bloc, party, state and kind of speech in the
    # label's parenthesis, longer than eighty characters
    (
        "pt-br-senado-long-role.txt",
        [
            "O SR. PRESIDENTE (Rodrigo Almeida. Bloco Parlamentar da Resistência Democrática/PSD - MG."
            " Fala da Presidência.) -",
            "O SR. PAULO CÉSAR MENDONÇA (Bloco Parlamentar Vanguarda/PL - RJ. Para encaminhar."
            " Sem revisão do orador.) -",
            "O SR. PRESIDENTE (Rodrigo Almeida. Bloco Parlamentar da Resistência Democrática/PSD - MG) -",
            "A SRA. TERESA CRISTINA LIMA (Bloco Parlamentar Independência/MDB - MS. Pela ordem."
            " Sem revisão da oradora.) -",
        ],
    ),
]


@pytest.mark.parametrize(("sample", "expected"), SHAPES)
def test_a_label_shape_of_a_record_of_asia_africa_or_latin_america(sample: str, expected: list[str]) -> None:
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == expected


def test_an_event_in_full_width_brackets_is_no_label() -> None:
    # the Diet's events in tortoise-shell brackets name no office: they stay the record's events
    text = "〔裁判長〕\n開廷します。\n〔拍手〕\n〔被告人〕\nはい。\n〔拍手〕\n"
    tei = convert_text(text.encode(), "ja.txt").tei
    assert speakers(tei) == ["〔裁判長〕", "〔被告人〕"]
    assert tei.decode().count("<stage") == 2
