"""Labels that name one person become one person: a record prints a speaker in full once and
shortly after, or with another form of address; labels that may name two stay two."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from stenogram import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.identity import persons, same, signature

CONFIG = load_config()
DATA = Path(__file__).resolve().parents[1] / "data" / "persons"
TEI = "{http://www.tei-c.org/ns/1.0}"


def _turns(name: str) -> list[tuple[str, str]]:
    """Each turn's person id and printed label, and each voice's id, in the order of the text."""
    root = etree.fromstring(convert_text((DATA / name).read_bytes(), name).tei)
    return [
        (str(el.get("who")), "".join(el.find(f"{TEI}speaker").itertext()) if el.tag == f"{TEI}sp" else "")
        for el in root.iter(f"{TEI}sp", f"{TEI}said")
    ]


def test_a_speaker_printed_in_full_and_shortly_is_one_person() -> None:
    turns = _turns("de-bundestag-name-forms.txt")
    who = {label: ident for ident, label in turns if label}
    assert who["Präsident Lammert:"] == who["Präsident Dr. Norbert Lammert:"]
    assert who["Abg. Jan Kowalski (SPD):"] == "#jan-kowalski"
    assert who["Vizepräsidentin Muster:"] == who["Vizepräsidentin Petra Muster:"]
    # the voices in parentheses are the members who speak: one person each
    voices = [ident for ident, label in turns if not label]
    assert voices == ["#jan-kowalski", "#anna-beispiel"]
    # "Frau Müller" and "Herr Müller": one surname, two persons
    assert who["Frau Müller (CDU/CSU):"] != who["Herr Müller (FDP):"]
    root = etree.fromstring(convert_text((DATA / "de-bundestag-name-forms.txt").read_bytes()).tei)
    lammert = root.find(
        f".//{TEI}person[@{{http://www.w3.org/XML/1998/namespace}}id='prasident-dr-norbert-lammert']"
    )
    assert lammert is not None
    assert [p.text for p in lammert.iterfind(f"{TEI}persName[@type='label']")] == [
        "Präsident Dr. Norbert Lammert",
        "Präsident Lammert",
    ]


def test_a_surname_that_fits_two_persons_is_a_person_of_its_own() -> None:
    who = {label: ident for ident, label in _turns("en-hearing-name-forms.txt")}
    assert who["Senator J. Nowak."] == who["Senator Jan Nowak."] != who["Senator Adam Nowak."]
    assert who["Senator NOWAK."] not in {who["Senator Jan Nowak."], who["Senator Adam Nowak."]}
    assert who["Mr. SMITH."] == who["Chairman SMITH."]
    # an office alone is no name: the chair may be anyone
    assert who["The CHAIRMAN."] != who["Chairman SMITH."]


def test_a_surname_with_initials_and_in_capitals_alone() -> None:
    who = {label: ident for ident, label in _turns("ru-plenum-name-forms.txt")}
    assert who["ИВАНОВ."] == who["ИВАНОВ И. И."]
    assert who["Петров."] == who["Петров (председательствующий)."]
    assert who["ИВАНОВА."] != who["ИВАНОВ."]


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("Präsident Dr. Norbert Lammert", "Präsident Lammert", True),
        ("Ministerin Dr. Anna N. Beispiel", "Anna Beispiel", True),
        ("Mr. SMITH", "Senator Smith", True),
        ("Иван Иванович Иванов", "Иванов И. И.", True),
        ("Herr Müller", "Frau Müller", False),
        ("M. Dupont", "Mme Dupont", False),
        ("Jan Nowak", "Adam Nowak", False),
        ("Jan Nowak", "J. Kowalski", False),
        ("COUNCIL MEMBER BREWER", "MR. BREWER", True),
        # a transcriber's numbered voices are as many persons
        ("AUDIENCE MEMBER", "AUDIENCE MEMBER 2", False),
        ("Orateur 1", "Orateur 12", False),
        # roles in words, no name: nothing says they are one person
        ("UNIDENTIFIED MALE", "MALE SPEAKER", False),
    ],
)
def test_one_person_or_two(a: str, b: str, one: bool) -> None:
    sig_a, sig_b = signature(a, CONFIG), signature(b, CONFIG)
    assert sig_a is not None and sig_b is not None
    assert same(sig_a, sig_b) is one


def test_an_office_alone_has_no_signature() -> None:
    assert signature("The CHAIRMAN", CONFIG) is None
    assert signature("Председательствующий", CONFIG) is None


def test_groups_are_found_whatever_the_order() -> None:
    names = ["Nowak", "Jan Nowak", "Adam Nowak", "J. Nowak", "Adam NOWAK"]
    groups = persons(names, CONFIG)
    assert sorted(map(sorted, groups)) == [["Adam NOWAK", "Adam Nowak"], ["J. Nowak", "Jan Nowak"], ["Nowak"]]
    assert sorted(map(sorted, persons(reversed(names), CONFIG))) == sorted(map(sorted, groups))
