"""One person per person where records print a name surname first as well as forename first
("Napolitano Giorgio" and "Giorgio Napolitano"; the Vouli's surname, patronymic and forename),
and an office without its portfolio after its holder was named with it in full. Each sample is
in the shape of a real record (names invented)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from stenogram import convert_text

DATA = Path(__file__).resolve().parents[1] / "data" / "persons"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _converted(name: str) -> tuple[list[str], dict[str, str | None]]:
    """The @who of each turn in order (without "#"), and each person's id with its role."""
    root = etree.fromstring(convert_text((DATA / name).read_bytes(), name).tei)
    who = [str(sp.get("who")).lstrip("#") for sp in root.iter(f"{TEI}sp")]
    return who, {str(p.get(XML_ID)): p.get("role") for p in root.iter(f"{TEI}person")}


CASES = [
    # the Senato: the chair named by a heading, then a member's list form, surname first
    (
        "it-senato-surname-first.txt",
        ["ferrante", "ferrante", "colombo-marta", "ferrante", "colombo-marta"],
        {"ferrante": "chair", "colombo-marta": None},
    ),
    # the Vouli: the chair's holder in parentheses, then surname, patronymic and forename
    (
        "el-vouli-surname-first.txt",
        [
            "georgios-lamprou",
            "papadopoulos-nikolaos",
            "georgios-lamprou",
            "georgios-lamprou",
            "papadopoulos-nikolaos",
        ],
        {"georgios-lamprou": "chair", "papadopoulos-nikolaos": None},
    ),
    # the Országgyűlés prints surname first; a copy with the Western order is one person too
    (
        "hu-orszaggyules-name-order.txt",
        ["elnok", "kovacs-andras", "elnok", "kovacs-andras", "szabo-eva"],
        {"elnok": "chair", "kovacs-andras": None, "szabo-eva": None},
    ),
    # a court's surname in capitals before the forename
    (
        "it-tribunale-gallo.txt",
        ["presidente", "gallo-raffaele", "presidente", "gallo-raffaele"],
        {"presidente": "chair", "gallo-raffaele": None},
    ),
    # two orders of two names, and a third that shares only a forename: three persons
    (
        "it-consiglio-two-orders.txt",
        ["presidente", "rossi-mario", "mario-bianchi", "mario-bianchi", "rossi-mario", "mario-verdi"],
        {"presidente": "chair", "rossi-mario": None, "mario-bianchi": None, "mario-verdi": None},
    ),
    # Hansard: "The Secretary of State:" after the office with its portfolio and holder
    (
        "en-commons-secretary-short.txt",
        ["tom-ashworth", "sarah-linton", "tom-ashworth", "sarah-linton"],
        {"tom-ashworth": "Leeds North", "sarah-linton": "Secretary of State for Health and Social Care"},
    ),
    # the Scottish Parliament: "The Cabinet Secretary:" after "… for Justice and Veterans (…)"
    (
        "en-scotland-cabinet-secretary.txt",
        ["alison-kerr", "douglas-ross", "keith-brown", "alison-kerr", "douglas-ross", "keith-brown"],
        {
            "alison-kerr": "chair",
            "douglas-ross": "Highlands and Islands",
            "keith-brown": "Cabinet Secretary for Justice and Veterans",
        },
    ),
]


# a chair's word with a portfolio is the head of a government or a state, not the sitting's chair;
# with the chamber it presides ("Präsident des Bundestages") it is the chair
CHAIRS = [
    (
        "es-congreso-presidente-gobierno.txt",
        ["ana-martin-ruiz", "navarro-gil", "ana-martin-ruiz", "el-senor-vicepresidente-del-gobierno"],
        {
            "ana-martin-ruiz": "chair",
            "navarro-gil": "PRESIDENTE DEL GOBIERNO",
            "el-senor-vicepresidente-del-gobierno": None,
        },
    ),
    (
        "fr-congres-president-republique.txt",
        ["m-le-president", "m-le-president-de-la-republique", "m-le-president"],
        {"m-le-president": "chair", "m-le-president-de-la-republique": None},
    ),
    (
        "pt-assembleia-presidente-republica.txt",
        ["o-sr-presidente", "o-sr-presidente-da-republica", "o-sr-presidente"],
        {"o-sr-presidente": "chair", "o-sr-presidente-da-republica": None},
    ),
    (
        "ca-parlament-president-generalitat.txt",
        ["la-presidenta", "el-president-de-la-generalitat", "la-presidenta"],
        {"la-presidenta": "chair", "el-president-de-la-generalitat": None},
    ),
    (
        "de-bundestag-praesident-des.txt",
        ["prasident-des-bundestages", "bundesprasident-karl-weber", "prasident-des-bundestages"],
        {"prasident-des-bundestages": "chair", "bundesprasident-karl-weber": None},
    ),
]


@pytest.mark.parametrize(("name", "who", "persons"), CASES + CHAIRS)
def test_one_person_per_person(name: str, who: list[str], persons: dict[str, str | None]) -> None:
    found, people = _converted(name)
    assert found == who
    assert people == persons
