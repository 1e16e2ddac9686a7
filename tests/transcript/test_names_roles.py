"""Persons' names and roles as real records print them: what a speaker does, in his label's
brackets, is no role; members in capitals after a mixed-case form of address; offices of regional
governments after a comma; the Persian form of address in its variant spellings; offices joined
to a name in scripts without spaces (samples in tests/data/labels/, invented in the real
records' shapes)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _tei(name: str) -> bytes:
    return convert_text((SAMPLES / name).read_bytes(), name).tei


def _roles(tei: bytes) -> dict[str, str | None]:
    """Each person's id with its role."""
    root = etree.fromstring(tei)
    return {str(person.get(XML_ID)): person.get("role") for person in root.iterfind(".//t:person", NS)}


def _who(tei: bytes) -> list[str]:
    return [str(who) for who in etree.fromstring(tei).xpath("//t:sp/@who", namespaces=NS)]


@pytest.mark.parametrize(
    ("name", "labels", "roles"),
    [
        (
            "de-landtag-manner-notes.txt",
            [
                "Oberstlandmarschall (läutet):",
                "Abg. Meier (fortfahrend):",
                "Abg. Brunnhuber (unterbrechend):",
            ],
            {"oberstlandmarschall": "chair", "abg-meier": None, "abg-brunnhuber": None},
        ),
        (
            "en-hansard-continuing.txt",
            ["Mr. Ashcombe (continuing):", "Mr. Pelling (interrupting):"],
            {"mr-ashcombe": None, "mr-pelling": None, "mr-speaker": "chair"},
        ),
        (
            "ru-manner-notes.txt",
            ["Председатель (звонит):", "Сорокин (продолжая):"],
            {"predsedatel": "chair", "sorokin": None},
        ),
        (
            "fr-seance-continuant.txt",
            [
                "M. Lenoir (interrompant) :",
                "M. le président (agitant sa sonnette) :",
                "M. Dupré (continuant) :",
            ],
            {"m-dupre": None, "m-lenoir": None, "m-le-president": "chair"},
        ),
        (
            "de-gemeinderat-gang-zum-pult.txt",
            ["VOUTTA (Geht zum Pult)", "KELLERMANN (Vom Platz aus)"],
            {"vorsitzender-brandl": "chair", "voutta": None, "kellermann": None},
        ),
    ],
)
def test_what_the_speaker_does_is_no_role(name: str, labels: list[str], roles: dict[str, str | None]) -> None:
    """ "Abg. Meier (fortfahrend):", "Mr. Smith (continuing):", "Председатель (звонит):": the
    bracket says what the speaker does; the label stays as printed, its speaker the one named
    without it, with no role from it."""
    tei = _tei(name)
    printed = speakers(tei)
    assert all(label in printed for label in labels)
    assert len(set(_who(tei))) == len(roles)
    assert {ident: role for ident, role in _roles(tei).items() if ident in roles} == roles


def _affiliations(tei: bytes) -> dict[str, str | None]:
    root = etree.fromstring(tei)
    return {
        str(person.get(XML_ID)): person.findtext("t:affiliation", namespaces=NS)
        for person in root.iterfind(".//t:person", NS)
    }


def test_an_office_of_a_home_rule_government_after_a_comma_is_the_role() -> None:
    """ "Aviaja Lyberth, Landsstyremedlemmet for Sundhed:" names the member of Greenland's
    government; "Pavia Kristiansen, Landsstyreformand, Inuit Ataqatigiit:" the premier and his
    party, after a second comma."""
    tei = _tei("da-gl-landsstyre-offices.txt")
    assert _who(tei) == [
        "#formanden",
        "#aviaja-lyberth",
        "#nuka-ujarak",
        "#pavia-kristiansen",
        "#aviaja-lyberth",
        "#formanden",
    ]
    roles = _roles(tei)
    assert roles["aviaja-lyberth"] == "Landsstyremedlemmet for Sundhed"
    assert roles["pavia-kristiansen"] == "Landsstyreformand"
    assert _affiliations(tei)["pavia-kristiansen"] == "Inuit Ataqatigiit"


def test_a_dutch_provincial_executive_after_a_comma_is_the_role() -> None:
    """ "Jan de Wolde, gedeputeerde:": the province's executive member, no word of his name."""
    tei = _tei("nl-provincie-gedeputeerde.txt")
    assert _who(tei) == ["#de-voorzitter", "#de-heer-bakker", "#jan-de-wolde", "#de-voorzitter"]
    assert _roles(tei)["jan-de-wolde"] == "gedeputeerde"


def test_a_deputy_prime_minister_is_no_chair() -> None:
    """ "Místopředseda vlády ČSFR P. Holeček:": the chair's word before the government's name in
    the genitive heads the government; only the presiding deputy chairman is the chair."""
    roles = _roles(_tei("cs-fs-mistopredseda-vlady.txt"))
    assert [ident for ident, role in roles.items() if role == "chair"] == [
        "predsedajici-mistopredseda-fs-k-vondracek"
    ]
