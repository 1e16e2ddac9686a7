"""Whole records read past their speakers (samples written in the real shapes, names and speeches
made up): the fields of a record's head that name the sitting's chair and clerks over the first
turn are no turns, a head's date in CAPITALS is the meeting's date, and a name in CAPITALS with
Turkish's dotted capital I reads as the name in lower case, with no combining dot."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text


def _tei(name: str) -> bytes:
    return convert_text((SAMPLES / name).read_bytes(), name).tei


def _texts(tei: bytes, path: str) -> list[str]:
    return [" ".join("".join(e.itertext()).split()) for e in etree.fromstring(tei).xpath(path, namespaces=NS)]


def test_tweede_kamer_chair_field_is_no_turn() -> None:
    tei = _tei("nl-tk-head-fields.txt")
    assert speakers(tei) == [
        "De voorzitter:",
        "De heer De Jong (VVD):",
        "Mevrouw Bakker (GroenLinks):",
        "De heer De Jong (VVD):",
    ]
    paragraphs = _texts(tei, "//t:body//t:p")
    # the field kept as printed, outside any turn: the head's line naming the chair
    assert _texts(tei, "//t:front/t:div[@type='presiding']/t:p") == ["Voorzitter: Van der Berg"]
    # the speech that opens by addressing the chair keeps its first word
    assert "Voorzitter. Dank u wel. De begroting schiet op drie punten tekort." in paragraphs
    assert etree.fromstring(tei).xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "2021-10-13"


def test_turkish_head_fields_and_dotted_capital() -> None:
    tei = _tei("tr-tbmm-head-fields.txt")
    assert speakers(tei) == [
        "BAŞKAN -",
        "KEMAL ARSLAN (Adana) -",
        "İSMAİL ÖZTÜRK (Konya) -",
        "BAŞKAN -",
        "İSMAİL ÖZTÜRK (Konya) -",
        "BAŞKAN -",
    ]
    paragraphs = _texts(tei, "//t:body//t:p")
    assert _texts(tei, "//t:front/t:div[@type='presiding']/t:p") == ["BAŞKAN: Başkan Vekili Ayşe Demirtaş"]
    assert "KÂTİP ÜYELER: Mehmet Kaya (Konya), Elif Yıldız (Bursa)" in paragraphs
    names = _texts(tei, "//t:person/t:persName[not(@type)]")
    assert names == ["Ayşe Demirtaş", "Kemal Arslan", "İsmail Öztürk"]  # the chair the head names
    assert "\u0307" not in tei.decode()
    assert etree.fromstring(tei).xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "2022-10-18"


def test_portuguese_head_date_in_capitals() -> None:
    tei = _tei("pt-dar-head-capitals.txt")
    assert speakers(tei) == [
        "O Sr. Presidente:",
        "O Sr. João Carvalho (PSD):",
        "A Sr.ª Ana Martins (PS):",
        "O Sr. Presidente:",
    ]
    root = etree.fromstring(tei)
    assert root.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "2020-10-14"
    assert root.xpath("string(//t:setting/t:date)", namespaces=NS) == "14 DE OUTUBRO DE 2020"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the chair calls the next speaker, who speaks below: a turn, no field of a head
        (
            "CHAIRMAN: Senator Warren\n\nSENATOR WARREN: Thank you, Mr. Chairman. I have a question"
            " about the budget.\n\nCHAIRMAN: Go ahead.\n",
            "CHAIRMAN:",
        ),
        # a greeting opens a sentence, names no one
        (
            "THE COURT: Good Morning\n\nMR. SMITH: Good morning, Your Honor. We are ready to"
            " proceed.\n\nTHE COURT: Call your first witness.\n",
            "THE COURT:",
        ),
    ],
)
def test_an_excerpt_opening_with_a_short_turn_in_capitalised_words_keeps_it(text: str, first: str) -> None:
    found = speakers(convert_text(text.encode(), "excerpt.txt").tei)
    assert found[0] == first and len(found) == 3
