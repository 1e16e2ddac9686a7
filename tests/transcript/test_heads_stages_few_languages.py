"""The heads and stage directions of courts, councils and congresses in languages whose months,
date words, applause and forms of address the tables lacked, and a court's web copy whose row of
share and print links is the page's (samples in tests/data/labels/, names invented)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, speakers, text_tei, texts, turn_ids


@pytest.mark.parametrize(
    ("sample", "when"),
    [
        ("be-sud-sakavika.txt", "2025-03-18"),
        ("tt-koryltay-alkyshlar.txt", "2025-03-20"),
        ("br-kuzul-a-viz.txt", "2025-04-03"),
        ("ca-judici-web-accions.txt", "2025-04-02"),
    ],
)
def test_each_sample_is_dated_and_gives_its_turns(sample: str, when: str) -> None:
    tei = sample_tei(sample)
    assert tei.xpath("//t:setting/t:date/@when", namespaces=NS) == [when]
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]


# A head's date line and a turn: the months and the words between the day, the month and the year.
DATES = {
    "Vakarauwai, 7 ni Epereli 2025": "2025-04-07",  # Fijian, "ni" before the month
    "Sessione di u 9 di ghjugnu di u 2025": "2025-06-09",  # Corsican
    "Lisbono, la 5-an de majo 2025": "2025-05-05",  # Esperanto, the day's ending
    "Ka lā 3 o ʻAukake, 2025": "2025-08-03",  # Hawaiian
    "Kot i sindaun long 14 Ogas 2025": "2025-08-14",  # Tok Pisin
    "Imizuzu yentlanganiso, 21 Okthobha 2025": "2025-10-21",  # Xhosa
    "Galmee dhaddachaa — Onkoloolessa 8, 2025": "2025-10-08",  # Oromo, the month first
    "Ára 2 jasypa 2025": "2025-10-02",  # Guarani
    "Ndaje mi, 9 Desàmbar 2025": "2025-12-09",  # Wolof
    "Kovskrif an kuntelles, 6 Hedra 2025": "2025-10-06",  # Cornish
    "2025 йылдың 11 марты": "2025-03-11",  # Bashkir, the year first
    "2025-يىلى 15-مارت": "2025-03-15",  # Uyghur, the year first
}


@pytest.mark.parametrize(("line", "when"), sorted(DATES.items()))
def test_a_heads_date_in_its_language_dates_the_sitting(line: str, when: str) -> None:
    tei = text_tei(f"Protokol\n{line}\n\nX: Lorem.\nY: Ipsum.\n")
    assert tei.xpath("//t:setting/t:date/@when", namespaces=NS) == [when]


def test_bislamas_maj_is_march_in_a_bislama_record() -> None:
    """ "Maj", May in Polish and Swedish, is March in Bislama: read so only in a Bislama record."""
    tei = text_tei(
        "ISLAN KOT BLONG TANNA\nKot i sidaon long 4 Maj 2025\n\n"
        "JAJ: Hemi tru se yu stilim pig blong olgeta?\nDIFENDAN: No. Pig ya hemi blong mi, mi no stilim.\n"
    )
    assert tei.xpath("//t:setting/t:date/@when", namespaces=NS) == ["2025-03-04"]


def test_the_halls_applause_and_laughter_in_tatar_are_stage_directions() -> None:
    tei = sample_tei("tt-koryltay-alkyshlar.txt")
    stages = [(stage.get("type"), stage.text) for stage in tei.xpath("//t:body//t:stage", namespaces=NS)]
    assert stages == [("applause", "(Алкышлар)"), ("laughter", "(Көлү)")]


@pytest.mark.parametrize("note", ["(Ҡул сабыуҙар)", "(Aplaŭdoj)", "(Tàccu)"])
def test_applause_in_bashkir_esperanto_and_wolof_is_a_stage_direction(note: str) -> None:
    tei = text_tei(f"Rais: Lorem ipsum dolor.\n{note}\nRais: Sit amet.\n")
    assert texts(tei, "//t:stage[@type='applause']") == [note]


def test_a_row_of_share_and_print_links_is_no_title() -> None:
    tei = sample_tei("ca-judici-web-accions.txt")
    assert texts(tei, "//t:titleStmt/t:title") == ["Judici oral – Audiència de Lleida, 2 d'abril de 2025"]


def test_breton_forms_of_address_are_honorifics() -> None:
    tei = sample_tei("br-kuzul-a-viz.txt")
    assert texts(tei, "//t:person/t:persName/t:roleName[@type='honorific']") == ["Itron", "Aotrou"]


def test_a_clock_glued_to_a_stage_direction_is_a_stage_of_its_own() -> None:
    """ "(10:15)(Recess.)" and "[11.40 a.m.] (The hearing resumed.)": the clock and the event,
    each a stage as the two printed on two lines are, no paragraph of the chair's speech."""
    root = sample_tei("en-hearing-clock-glued-stage.txt")
    assert turn_ids(root) == TURN_IDS["en-hearing-clock-glued-stage.txt"]
    stages = [" ".join(stage.itertext()) for stage in root.xpath("//t:body//t:stage", namespaces=NS)]
    assert stages == ["(10:15)", "(Recess.)", "[11.40 a.m.]", "(The hearing resumed.)"]
    speech = " ".join(texts(root, "//t:sp/t:p"))
    assert "Recess" not in speech and "resumed" not in speech and "10:15" not in speech
