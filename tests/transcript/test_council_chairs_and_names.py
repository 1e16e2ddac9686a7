"""Councils and records in English of Chinese names: a council's mayor chairs its meetings (a
vice mayor speaks as a member); a party of words no vocabulary knows after several members is
their affiliation, no holder; a Chinese name printed surname first (samples in
tests/data/labels/, invented in the real records' shapes)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.names import name_parts

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _tei(name: str) -> bytes:
    return convert_text((SAMPLES / name).read_bytes(), name).tei


def _roles(tei: bytes) -> dict[str, str | None]:
    """Each person's id with its role."""
    return {str(p.get(XML_ID)): p.get("role") for p in etree.fromstring(tei).iterfind(".//t:person", NS)}


def _chairs(name: str) -> set[str]:
    return {ident for ident, role in _roles(_tei(name)).items() if role and role.split()[0] == "chair"}


def test_a_councils_mayor_chairs_and_a_vice_mayor_is_a_member() -> None:
    tei = _tei("en-us-council-mayor-chair.txt")
    assert speakers(tei)[:2] == ["Mayor Garcia:", "City Clerk:"]
    assert _chairs("en-us-council-mayor-chair.txt") == {"mayor-garcia", "the-mayor"}


def test_mayors_chair_councils_in_other_languages() -> None:
    assert "el-senor-alcalde" in _chairs("es-cl-concejo.txt")
    assert "m-le-maire" in _chairs("fr-conseil-municipal.txt")
    assert "jakob-lundgaard" in _chairs("da-byraad.txt")  # "Borgmesteren (Jakob Lundgaard):"
    assert "the-lord-mayor" in _chairs("en-council-party-brackets.txt")


def test_a_vice_mayor_in_capitals_is_no_chair_but_the_mayor_pro_tem_is() -> None:
    assert _chairs("en-council-pro-tem.txt") == {"mayor-pro-tem-garcia"}


def _persons(tei: bytes) -> dict[str, tuple[str | None, str | None]]:
    """Each person's id with its role and its affiliation."""
    return {
        str(p.get(XML_ID)): (p.get("role"), p.findtext("t:affiliation", namespaces=NS))
        for p in etree.fromstring(tei).iterfind(".//t:person", NS)
    }


def test_a_list_in_brackets_after_several_members_is_their_party() -> None:
    """The same bracket after two members' offices and surnames names no holder (no one holds
    both offices): it is what they share, their party; a place after one member stays a role."""
    persons = _persons(_tei("de-council-party-unknown.txt"))
    assert persons["stadtrat-muller"] == (None, "Wir für Bonn")
    assert persons["stadtratin-becker"] == (None, "Wir für Bonn")
    tei = _tei("en-council-residents-party.txt")
    assert speakers(tei)[1:3] == [
        "Councillor Jones (Residents for Epsom):",
        "Councillor Smith (Residents for Epsom):",
    ]
    persons = _persons(tei)
    assert persons["councillor-jones"] == (None, "Residents for Epsom")
    assert persons["councillor-smith"] == (None, "Residents for Epsom")
    assert persons["councillor-patel"] == (None, "Liberal Democrat")


def test_a_place_after_several_members_stays_their_role() -> None:
    """Senators of one state print the same place: shared, but no party's shape."""
    text = (
        "The PRESIDENT: I call Senator Smith.\n\n"
        "Senator SMITH (Queensland): Thank you, Mr President. The bill is flawed.\n\n"
        "Senator JONES (Queensland): I agree with Senator Smith.\n\n"
        "The PRESIDENT: The question is that the bill be read a second time.\n"
    )
    persons = _persons(convert_text(text.encode(), "senate.txt").tei)
    assert persons["senator-smith"] == ("Queensland", None)
    assert persons["senator-jones"] == ("Queensland", None)


def _surnames(name: str) -> dict[str, str]:
    """Each person's id with the surname its name's parts give."""
    root = etree.fromstring(_tei(name))
    found = {}
    for person in root.iterfind(".//t:person", NS):
        surname = person.xpath("t:persName[not(@type)]/t:surname/text()", namespaces=NS)
        if surname:
            found[str(person.get(XML_ID))] = str(surname[0])
    return found


def test_a_chinese_name_printed_surname_first_has_its_surname_first() -> None:
    assert _surnames("en-sg-parliament-surname-first.txt") == {
        "mr-lim-boon-heng": "Lim",
        "mr-tan-kee-wah": "Tan",
        "ms-claire-foo-mei-ling": "Foo",
    }
    assert _surnames("en-hk-legco-surname-first.txt") == {
        "dr-chiang-lai-wan": "Chiang",
        "ms-claudia-mo": "Mo",
        "mr-leung-kwok-hung": "Leung",
    }


def test_a_short_label_with_the_surname_is_the_person_named_in_full() -> None:
    text = (
        "Mr Speaker: Mr Tan Kee Wah.\n\n"
        "Mr Tan Kee Wah: Sir, I have a question for the Minister.\n\n"
        "Mr Speaker: Please proceed.\n\n"
        "Mr Tan: Will the grant be extended next year?\n"
    )
    who = [
        sp.get("who")
        for sp in etree.fromstring(convert_text(text.encode(), "sg.txt").tei).iterfind(".//t:sp", NS)
    ]
    assert who[1] == who[3] == "#mr-tan-kee-wah"


def test_western_names_keep_their_last_word_as_surname() -> None:
    config = load_config()
    for name, surname in {
        "Mr Lee Anderson": "Anderson",
        "Ms Kim Leadbeater": "Leadbeater",
        "Mr Lawrence Wong": "Wong",
        "Mr K Shanmugam": "Shanmugam",
        "Mrs Anne Smith-Jones": "Smith-Jones",
    }.items():
        parts = name_parts(name, config)
        assert [part.text for part in parts if part.kind == "surname"] == [surname], name
