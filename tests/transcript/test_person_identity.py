"""Labels that name one person become one person: a record prints a speaker in full once and
shortly after, or with another form of address; labels that may name two stay two."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from label_samples import NS, sample_tei
from stenogram import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.identity import MOST_FORMS, persons, same, signature

CONFIG = load_config()
DATA = Path(__file__).resolve().parents[1] / "data" / "persons"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


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


@pytest.mark.parametrize(
    ("counsel", "party"),
    [
        ("Lauyan Wanda Ake Kara", "Wanda Ake Kara"),
        ("Counsel for Mr. Smith", "Mr. Smith"),
        ("COUNSEL FOR THE DEFENDANT", "THE DEFENDANT"),
        ("ጠበቓ ተኸሳሲ", "ተኸሳሲ"),
        ("Avocat de M. Dupont", "M. Dupont"),
    ],
)
def test_a_partys_counsel_is_not_the_party(counsel: str, party: str) -> None:
    # the office is of the party named after it: the lawyer of the accused, never the accused
    assert signature(counsel, CONFIG) is None
    assert all(counsel not in group for group in persons([counsel, party], CONFIG))


def test_the_accuseds_lawyer_in_hausa_is_a_person_of_its_own() -> None:
    tei = sample_tei("ha-kotu-lauyan-wanda-ake-kara.txt")
    ids = tei.xpath("//t:sp/@who", namespaces=NS)
    assert ids[2] == ids[4] == "#lauyan-wanda-ake-kara"
    assert ids[3] == "#wanda-ake-kara"


def test_groups_are_found_whatever_the_order() -> None:
    names = ["Nowak", "Jan Nowak", "Adam Nowak", "J. Nowak", "Adam NOWAK"]
    groups = persons(names, CONFIG)
    assert sorted(map(sorted, groups)) == [["Adam NOWAK", "Adam Nowak"], ["J. Nowak", "Jan Nowak"], ["Nowak"]]
    assert sorted(map(sorted, persons(reversed(names), CONFIG))) == sorted(map(sorted, groups))


def test_an_office_with_its_holder_in_parentheses_is_the_holder() -> None:
    """Hansard's "The Prime Minister (John Smith):" is John Smith, who speaks again as "John
    Smith:" and "The Prime Minister:"; the office is his role, the chair's a role="chair"."""
    turns = _turns("en-commons-office-holders.txt")
    who = {label: ident for ident, label in turns}
    assert who["The Prime Minister (John Smith):"] == who["John Smith:"] == "#john-smith"
    assert who["The Prime Minister:"] == "#john-smith"  # the office alone after its holder was named
    assert who["The Deputy Speaker (Dame Mary Brown):"] == "#dame-mary-brown"
    assert who["Mr Speaker:"] != who["The Deputy Speaker (Dame Mary Brown):"]  # no holder printed
    root = etree.fromstring(convert_text((DATA / "en-commons-office-holders.txt").read_bytes()).tei)
    roles = {p.get(XML_ID): p.get("role") for p in root.iter(f"{TEI}person")}
    assert roles["john-smith"] == "Prime Minister" and roles["dame-mary-brown"] == "chair"


def test_the_chair_passing_to_another_holder_is_two_persons() -> None:
    """The Câmara's "O SR. PRESIDENTE (Arthur Lira. PP - AL) -": the holder's name without party
    and state; a second president in the sitting is another person."""
    presidents = [ident for ident, label in _turns("pt-camara-office-holders.txt") if "PRESIDENTE" in label]
    assert presidents == ["#arthur-lira", "#marcos-pereira"]


def test_a_surname_in_more_forms_than_a_person_has_joins_none() -> None:
    """Hundreds of forms of one surname are a list (or a hostile text), not one person's: each
    stands alone, and none is compared with all the others (which would cost their square)."""
    names = [f"Mr. {chr(65 + i // 26)}{chr(97 + i % 26)} Smith" for i in range(MOST_FORMS + 1)]
    assert persons(names, CONFIG) == [[name] for name in names]
    assert len(persons([*names[:3], "Mr. Smith"], CONFIG)) == 4  # "Mr. Smith" fits three: alone


def test_the_report_says_which_labels_were_joined() -> None:
    result = convert_text((DATA / "de-bundestag-name-forms.txt").read_bytes(), "de-bundestag-name-forms.txt")
    joined = [note for note in result.report.decisions if note.startswith("person:")]
    assert "person: 'Präsident Dr. Norbert Lammert' = 'Präsident Lammert' are one person" in " ".join(joined)
    assert not any("Müller" in note for note in joined)


def test_an_editions_person_keeps_its_labels_and_undoes_a_join(tmp_path: Path) -> None:
    config = tmp_path / "stenogram.toml"
    config.write_text('[persons.lammert-senior]\nlabels = ["Präsident Lammert"]\n', encoding="utf-8")
    data = (DATA / "de-bundestag-name-forms.txt").read_bytes()
    root = etree.fromstring(convert_text(data, "de.txt", load_config(config)).tei)
    who = [sp.get("who") for sp in root.iter(f"{TEI}sp")]
    assert who[0] == "#prasident-dr-norbert-lammert" and who[2] == "#lammert-senior"
