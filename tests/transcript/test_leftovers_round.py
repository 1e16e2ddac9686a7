"""Shapes a round of helpers found read wrong and left: a record that prints every name surname
first, its members' group and canton codes the evidence. Each sample is in the shape of a real
record (names invented)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from stenogram import convert_text

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "labels"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _tei(name: str) -> etree._Element:
    return etree.fromstring(convert_text((SAMPLES / name).read_bytes(), name).tei)


def _names(root: etree._Element) -> dict[str, tuple[str, str]]:
    """Each person's id → (its surname(s), its forename(s)), as the header parts them."""
    found = {}
    for person in root.iterfind(".//t:person", NS):
        name = person.find("t:persName", NS)
        surnames = " ".join(s.text or "" for s in name.iterfind("t:surname", NS))
        forenames = " ".join(f.text or "" for f in name.iterfind("t:forename", NS))
        found[str(person.get(XML_ID))] = (surnames, forenames)
    return found


def test_group_and_canton_codes_say_names_are_printed_surname_first() -> None:
    root = _tei("fr-ch-bulletin-surname-first.txt")
    who = [str(sp.get("who")).lstrip("#") for sp in root.iterfind(".//t:sp", NS)]
    assert who == [
        "vuilleumier-jean-marc",
        "dubosson-claire",
        "montavon-luc",
        "pfister-ruegg-anna-maria",
        "rochat-alain",
        "vuilleumier-jean-marc",
    ]
    assert _names(root) == {
        "vuilleumier-jean-marc": ("Vuilleumier", "Jean-Marc"),
        "dubosson-claire": ("Dubosson", "Claire"),
        "montavon-luc": ("Montavon", "Luc"),
        "pfister-ruegg-anna-maria": ("Pfister-Rüegg", "Anna Maria"),
        "rochat-alain": ("Rochat", "Alain"),
    }


def test_a_forename_first_name_with_one_party_keeps_its_order() -> None:
    text = "Jean Dupont (PLR): Merci.\n\nMarie Favre (PS): Je réponds.\n\nJean Dupont (PLR): Bien.\n"
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    assert _names(root)["jean-dupont"] == ("Dupont", "Jean")


def test_answers_to_an_examiners_questions_are_an_unnamed_witnesss() -> None:
    for name, letter, witness in (
        ("en-inquiry-q-a-unnamed-witness.txt", "A", "the-witness"),
        ("fr-qc-inquiry-q-r-unnamed-witness.txt", "R", "le-temoin"),
    ):
        root = _tei(name)
        who = [str(sp.get("who")).lstrip("#") for sp in root.iterfind(".//t:sp", NS)]
        assert who[1:6] == [who[1], witness, who[1], witness, who[5]]
        assert who[1] not in ("q", witness)
        printed = root.xpath(f"//t:sp[@who='#{witness}']/t:speaker/text()", namespaces=NS)
        assert {text.rstrip(".: ") for text in printed} == {letter}


def test_offices_of_state_printed_alone_are_no_names() -> None:
    root = _tei("en-commons-law-officers.txt")
    who = [str(sp.get("who")).lstrip("#") for sp in root.iterfind(".//t:sp", NS)]
    assert who[0] == who[-1] == "the-solicitor-general"
    assert len(set(who)) == 7
    parts = _names(root)
    offices = {ident: found for ident, found in parts.items() if ident != "mary-bellamy"}
    assert set(offices.values()) == {("", "")}
    assert parts["mary-bellamy"] == ("Bellamy", "Mary")
