"""Records of Southern and South-Eastern Europe and of Portugal: the South Slavic chairs in their
spellings, the Serbian and Macedonian Cyrillic letters in the ids, the Portuguese "Sr.ª" and the
offices before the holder's name, the Bulgarian Assembly's head and the notes in its labels, and
the Moldovan stenogram's head and its office after a dash that a wrap cut."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, name_parts_of, sample_tei, speakers, turn_ids

SOUTH = [
    "mk-sobranie-chair.txt",
    "sr-me-skupstina-predsjednik.txt",
    "bs-ba-predsjedavajuci.txt",
    "ro-md-stenograma-dash-office.txt",
    "pt-ar-offices-named.txt",
    "bg-ns-head-june.txt",
    "bg-ns-minister-portfolio.txt",
    "sl-dz-ministrica.txt",
    "sr-skupstina-head-time.txt",
]


def _front(root: etree._Element) -> list[tuple[str, str]]:
    return [
        (str(div.get("type")), " ".join(str(div.xpath("string()")).split()))
        for div in root.xpath("//t:front/t:div", namespaces=NS)
    ]


@pytest.mark.parametrize("sample", SOUTH)
def test_each_turn_is_its_person(sample: str) -> None:
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]


@pytest.mark.parametrize(
    ("sample", "chair"),
    [
        ("mk-sobranie-chair.txt", "pretsedavach-zoran-petkovski"),
        ("sr-me-skupstina-predsjednik.txt", "predsjednik-milan-radovic"),
        ("bs-ba-predsjedavajuci.txt", "predsjedavajuci-dragan-ilic"),
        ("hr-sabor-party.txt", "predsjednik"),
        ("sr-skupstina-cyrillic.txt", "predsednik"),
        ("pt-ar-offices-named.txt", "teresa-lobo-sousa"),
    ],
)
def test_the_south_slavic_and_portuguese_chairs_chair(sample: str, chair: str) -> None:
    tei = sample_tei(sample)
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == [chair]


def test_the_office_of_a_south_slavic_chair_is_no_name() -> None:
    assert name_parts_of(sample_tei("sr-me-skupstina-predsjednik.txt"), "predsjednik-milan-radovic") == [
        ("roleName", "office", "PREDSJEDNIK"),
        ("forename", None, "Milan"),
        ("surname", None, "Radović"),
    ]


def test_serbian_cyrillic_letters_are_spelled_as_its_latin_alphabet_spells_them() -> None:
    assert "dragan-milic" in turn_ids(sample_tei("sr-skupstina-cyrillic.txt"))
    assert "ilija-stojanovski" in turn_ids(sample_tei("mk-sobranie-chair.txt"))


def test_the_portuguese_sr_a_is_a_form_of_address_and_the_office_names_no_one() -> None:
    tei = sample_tei("pt-ar-offices-named.txt")
    assert name_parts_of(tei, "a-sr-a-ines-barradas") == [
        ("nameLink", None, "A"),
        ("roleName", "honorific", "Sr.ª"),
        ("forename", None, "Inês"),
        ("surname", None, "Barradas"),
    ]
    # the holder in brackets is the person, the office before her name her role
    assert tei.xpath("//t:person[@xml:id='lucia-frade']/@role", namespaces=NS) == ["Secretária"]
    # the pause on a line of its own is the record's, the applause the hall's
    assert tei.xpath("//t:stage/@type", namespaces=NS) == ["applause", "other"]


def test_the_bulgarian_head_gives_its_day_time_chair_and_secretaries() -> None:
    tei = sample_tei("bg-ns-head-june.txt")
    assert tei.xpath("//t:settingDesc//t:date/@when", namespaces=NS) == ["2020-06-17"]
    assert _front(tei) == [
        ("time", "Открито в 9,02 ч."),
        ("presiding", "Председателствал: заместник-председателят Десислава Иванова"),
        ("list", "Секретари: Петко Стоев и Мария Колева"),
    ]
    # the bell and the seat are notes on the speech: no role, the party the member's
    assert tei.xpath("//t:person[@xml:id='georgi-marinov']/@role", namespaces=NS) == []
    assert tei.xpath("//t:person[@xml:id='georgi-marinov']/t:affiliation/text()", namespaces=NS) == ["БСП"]
    assert tei.xpath("//t:person[@xml:id='predsedatel-desislava-ivanova']/@role", namespaces=NS) == ["chair"]


def test_the_moldovan_head_gives_its_time_and_chair() -> None:
    tei = sample_tei("ro-md-stenograma-dash-office.txt")
    assert tei.xpath("//t:settingDesc//t:date/@when", namespaces=NS) == ["2015-03-12"]
    kinds = dict(_front(tei))
    assert kinds["time"] == "Ședința începe la ora 10.06."
    assert kinds["presiding"].startswith("Lucrările sînt prezidate de domnul Vasile Cojocaru")


def test_the_portuguese_head_names_the_chair_of_the_sitting() -> None:
    tei = sample_tei("pt-dar-head-capitals.txt")
    assert ("presiding", "Presidente: Ex.mo Sr. Eduardo Ferreira Rocha") in _front(tei)
    assert turn_ids(tei)[0] == "eduardo-ferreira-rocha"


@pytest.mark.parametrize(
    ("sample", "who", "office", "name"),
    [
        (
            "bg-ns-minister-portfolio.txt",
            "ministr-na-finansite-rumen-zhelev",
            ["Министър", "На", "Финансите"],
            [("forename", None, "Румен"), ("surname", None, "Желев")],
        ),
        (
            "sl-dz-ministrica.txt",
            "ministrica-za-finance-maja-kralj",
            ["Ministrica", "Za", "Finance"],
            [("forename", None, "Maja"), ("surname", None, "Kralj")],
        ),
    ],
)
def test_a_ministry_after_its_preposition_is_the_office_not_the_name(
    sample: str, who: str, office: list[str], name: list[tuple[str, None, str]]
) -> None:
    parts = name_parts_of(sample_tei(sample), who)
    assert parts[: len(office)] == [("roleName", "office", word) for word in office]
    assert parts[len(office) :] == name


def test_the_bulgarian_rapporteur_is_an_office() -> None:
    parts = name_parts_of(sample_tei("bg-ns-minister-portfolio.txt"), "dokladchik-ivan-petrov")
    assert parts[0] == ("roleName", "office", "Докладчик")


def test_the_serbian_head_gives_its_place_day_and_opening_time() -> None:
    tei = sample_tei("sr-skupstina-head-time.txt")
    assert tei.xpath("//t:settingDesc//t:date/@when", namespaces=NS) == ["2024-03-05"]
    assert tei.xpath("//t:settingDesc//t:placeName/text()", namespaces=NS) == ["Београд"]
    assert [kind for kind, _ in _front(tei)] == ["time"]
