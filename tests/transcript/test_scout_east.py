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
    # the Tanzanian Bunge's forms of address abbreviated in CAPITALS before the name (MHE. the
    # honourable, DKT. the doctor, NDG. the comrade), read on to the colon
    (
        "sw-bunge-abbreviated.txt",
        [
            "NAIBU SPIKA:",
            "NDG. ASHA JUMA MOHAMED:",
            "MHE. DKT. JOHN PETRO MASANJA:",
            "NAIBU WAZIRI WA AFYA (MHE. DKT. AMOS LUKUMAY):",
            "MHE. ENG. REHEMA SALUM:",
            "NAIBU SPIKA:",
        ],
    ),
    # a decree's items read into the Mexican record, each opened by a Roman numeral and its stop
    # ("II. Las administraciones …"): items of a text, no speakers
    (
        "es-mx-decreto-fracciones.txt",
        ["La secretaria diputada Lucía Beltrán Ochoa:", "La presidenta diputada Marcela Ortega Ruiz:"],
    ),
]

# Shapes the converter already reads, kept as guards: each sample is a real record's shape.
GUARDS = [
    # the Mexican Chamber: the office and the chamber before the name, the clock in parentheses
    # before the colon once, and a member speaking from the seat ("(desde la curul)")
    (
        "es-mx-curul-hora.txt",
        [
            "La presidenta diputada Marcela Ortega Ruiz:",
            "La secretaria diputada Lucía Beltrán Ochoa:",
            "La presidenta diputada Marcela Ortega Ruiz (11:23 horas):",
            "El diputado Raúl Esquivel Torres (desde la curul):",
            "La presidenta diputada Marcela Ortega Ruiz:",
            "El diputado Raúl Esquivel Torres (desde la curul):",
            "El secretario diputado Andrés Villalobos Cruz:",
        ],
    ),
    # the Legislative Yuan's committee: an ASCII colon, the office between surname and given name
    ("zh-tw-ly-committee.txt", ["主席:", "王委員美華:", "主席:", "陳部長國棟:", "王委員美華:", "主席:"]),
    # the Indonesian DPR's minutes: an office or a faction in CAPITALS, the member with degrees
    # in parentheses, alone on its line; a time in parentheses between, no label
    (
        "id-dpr-risalah.txt",
        [
            "KETUA RAPAT (Dr. H. ANDI SETIAWAN, S.H., M.Hum.):",
            "F-PDI PERJUANGAN (BAMBANG SUTRISNO, S.T., M.H.):",
            "MENTERI HUKUM DAN HAM RI (Prof. Dr. RUDI HARTONO):",
            "KETUA RAPAT:",
        ],
    ),
    # the Dewan Rakyat: the seat or the holder of an office in square brackets
    (
        "ms-dewan-rakyat-seat.txt",
        [
            "Tuan Yang di-Pertua:",
            "Dato' Sri Haji Ahmad bin Haji Rahman [Petra Jaya]:",
            "Timbalan Menteri Kesihatan [Dato' Dr. Lim Kok Wah]:",
            "Tuan Tan Ah Seng [Bagan]:",
            "Timbalan Yang di-Pertua [Dato' Ramli bin Mohd Nor]:",
        ],
    ),
    # Uruguay's Senate and Peru's Congress: a stop and a dash (or an em dash) after the label
    (
        "es-uy-senado.txt",
        [
            "SEÑOR PRESIDENTE (Daniel Peralta).-",
            "SEÑOR BORGES.-",
            "SEÑOR PRESIDENTE (Daniel Peralta).-",
            "SEÑORA MARTÍNEZ.-",
        ],
    ),
    (
        "es-pe-congreso.txt",
        [
            "El señor PRESIDENTE (Luis Valdivia Farías).—",
            "El señor PRESIDENTE (Luis Valdivia Farías).—",
            "La señora ROJAS HUAMÁN (FP).—",
            "El señor CÁRDENAS SOTO (AP).—",
        ],
    ),
    # the Philippine Senate: an abbreviated office before a name in CAPITALS, a stop after it
    (
        "en-ph-senate.txt",
        ["THE PRESIDENT.", "SEN. REYES.", "THE PRESIDENT.", "SEN. DELA CRUZ.", "THE PRESIDENT."],
    ),
]


@pytest.mark.parametrize(("sample", "expected"), SHAPES + GUARDS)
def test_a_label_shape_of_a_record_of_asia_africa_or_latin_america(sample: str, expected: list[str]) -> None:
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == expected


def test_an_event_in_full_width_brackets_is_no_label() -> None:
    # the Diet's events in tortoise-shell brackets name no office: they stay the record's events
    text = "〔裁判長〕\n開廷します。\n〔拍手〕\n〔被告人〕\nはい。\n〔拍手〕\n"
    tei = convert_text(text.encode(), "ja.txt").tei
    assert speakers(tei) == ["〔裁判長〕", "〔被告人〕"]
    assert tei.decode().count("<stage") == 2


def test_the_article_before_a_portuguese_form_of_address_is_no_initial() -> None:
    # "O SR. …", "A SRA. …": the article opens the label as "El señor" does, no forename "O"
    tei = convert_text((SAMPLES / "pt-br-senado-long-role.txt").read_bytes(), "pt.txt").tei.decode()
    assert "<nameLink>O</nameLink>" in tei and "<nameLink>A</nameLink>" in tei
    assert 'full="init"' not in tei
