"""Offices as labels in listPerson: an office's qualifiers and portfolio are no person's name
parts, a name after an office is the person's, and a chair's office after an ordinal, a
qualifier, a genitive or with "pro tem" chairs."""

from __future__ import annotations

from lxml import etree
from tests.label_samples import NS, SAMPLES, speakers

from stenogram import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.names import chairs, name_parts

CONFIG = load_config()
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _persons(name: str) -> tuple[list[str], dict[str, tuple[str | None, list[tuple[str, str]]]]]:
    """The speakers of sample *name* and each person's role and persName parts."""
    tei = convert_text((SAMPLES / name).read_bytes(), name).tei
    persons = {}
    for person in etree.fromstring(tei).iterfind(".//t:listPerson//t:person", NS):
        parts = [(etree.QName(part).localname, part.text or "") for part in person.find("t:persName", NS)]
        persons[person.get(XML_ID)] = (person.get("role"), parts)
    return speakers(tei), persons


def _parts(label: str) -> list[tuple[str, str]]:
    return [(part.kind, part.text) for part in name_parts(label, CONFIG) if part.kind]


def test_a_city_council_s_offices_are_no_names_and_mayor_pro_tem_chairs() -> None:
    said, persons = _persons("en-council-pro-tem.txt")
    assert said == [
        "MAYOR PRO TEM GARCIA:",
        "CITY CLERK:",
        "COUNCILMEMBER REYES:",
        "CITY CLERK:",
        "VICE MAYOR:",
        "MAYOR PRO TEM GARCIA:",
        "VICE MAYOR:",
    ]
    assert persons["mayor-pro-tem-garcia"] == (
        "chair",
        [("roleName", "Mayor Pro Tem"), ("surname", "Garcia")],
    )
    assert persons["city-clerk"] == (None, []) and persons["vice-mayor"] == (None, [])
    assert persons["councilmember-reyes"][1][-1] == ("surname", "Reyes")


def test_an_ordinal_before_the_chair_s_office_is_the_office_s() -> None:
    said, persons = _persons("de-at-zweite-praesidentin.txt")
    assert said[0] == said[-1] == "Zweite Präsidentin Dr. Maria Huber:" and len(said) == 5
    role, parts = persons["zweite-prasidentin-dr-maria-huber"]
    assert role == "chair"
    assert parts == [
        ("roleName", "Zweite Präsidentin"),
        ("roleName", "Dr."),
        ("forename", "Maria"),
        ("surname", "Huber"),
    ]
    role, parts = persons["erster-vizeprasident-hans-muster"]
    assert (
        role == "chair"
        and parts[0] == ("roleName", "Erster Vizepräsident")
        and parts[-1] == ("surname", "Muster")
    )
    assert persons["abgeordnete-eva-lang"][0] is None


def test_an_office_and_its_portfolio_have_no_surname() -> None:
    for label in (
        "COUNSEL TO THE INQUIRY",
        "The Secretary of State for Health",
        "The Secretary of State for Health and Social Care",
        "SECRETARY FOR HOUSING",
        "VICE MAYOR",
        "CITY CLERK",
        "LEAD COUNSEL FOR THE COMMISSION",
        "Ministro de Hacienda y Crédito Público",
        "POSĖDŽIO PIRMININKAS",
        "Vice-President",
    ):
        assert _parts(label) == [], label
    _, persons = _persons("en-inquiry-counsel-label.txt")
    assert persons["counsel-to-the-inquiry"] == (None, [])
    _, persons = _persons("en-hk-legco-in-cantonese.txt")
    assert persons["secretary-for-housing"] == (None, [])
    assert persons["mr-james-to"][1][-1] == ("surname", "To")  # "To" is a surname, no link


def test_a_name_after_an_office_and_its_portfolio_is_the_holder_s() -> None:
    assert _parts("Ministri i Financave Arben Kola")[-2:] == [("forename", "Arben"), ("surname", "Kola")]
    assert _parts("Präsident des Deutschen Bundestages Dr. Norbert Lammert")[-2:] == [
        ("forename", "Norbert"),
        ("surname", "Lammert"),
    ]
    assert ("roleName", "ședință") in _parts("Domnul președinte de ședință Vasile Neagu")
    assert _parts("Domnul președinte de ședință Vasile Neagu")[-1] == ("surname", "Neagu")
    assert _parts("VICE MAYOR SMITH") == [("roleName", "VICE MAYOR"), ("surname", "SMITH")]
    assert _parts("Deputy Ó Briain")[-2:] == [("nameLink", "Ó"), ("surname", "Briain")]


def test_a_qualified_chair_chairs() -> None:
    for label in (
        "POSĖDŽIO PIRMININKAS",
        "Vice-President",
        "The Vice-President",
        "Zweite Präsidentin",
        "MAYOR PRO TEM GARCIA",
        "Mayor Garcia",  # a council's mayor chairs its meetings
    ):
        assert chairs(label, CONFIG), label
    for label in ("VICE MAYOR", "Deputy Mayor Lee", "CITY CLERK", "Speaker 2"):
        assert not chairs(label, CONFIG), label
