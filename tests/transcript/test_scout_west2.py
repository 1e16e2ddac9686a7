"""Continental records, second round: a minister printed as one word with the portfolio and the
article ("Justitsministeren (…)"), an office in capitals whose holder has initials only, a party
of two words in a council's brackets, a witness a heading names in another grammatical case, a
name joined by particles printed once alone on its line, an agenda item in capitals (samples in
tests/data/labels/, written in the shapes the real records print, names invented)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers, turn_ids
from stenogram.tei.convert import convert_text


def _convert(name: str) -> etree._Element:
    return etree.fromstring(convert_text((SAMPLES / name).read_bytes(), name).tei)


def _persons(tei: etree._Element) -> dict[str, tuple[str, str | None, str]]:
    """Each person's id → its name, its role and its affiliation."""
    found = {}
    for person in tei.xpath("//t:listPerson/t:person", namespaces=NS):
        name = " ".join(person.xpath("string(t:persName)", namespaces=NS).split())
        party = person.xpath("string(t:affiliation)", namespaces=NS)
        found[person.get("{http://www.w3.org/XML/1998/namespace}id")] = (name, person.get("role"), party)
    return found


# an office as the end of one word: its holder in brackets is the person, and the office alone later
HOLDERS = {
    "da-folketing-minister-compound.txt": (
        ["soren-kjaer", "rasmus-vestergaard", "peter-lindholm", "rasmus-vestergaard", "peter-lindholm"],
        {"peter-lindholm": ("Peter Lindholm", "Justitsministeren", "")},
    ),
    "sv-riksdag-statsradet.txt": (
        ["johan-lindqvist", "asa-berglund", "johan-lindqvist"],
        {
            "johan-lindqvist": ("Johan Lindqvist", "Utbildningsministern", "L"),
            "asa-berglund": ("Åsa Berglund", None, "S"),
        },
    ),
    "is-althingi-radherra.txt": (
        ["birgir-armannsson", "gudrun-hafsteinsdottir", "helga-vala-helgadottir", "gudrun-hafsteinsdottir"],
        {"gudrun-hafsteinsdottir": ("Guðrún Hafsteinsdóttir", "Dómsmálaráðherra", "")},
    ),
    "no-storting-statsrad.txt": (
        ["presidenten", "emilie-lunde-haug", "per-arne-solheim", "emilie-lunde-haug"],
        {"per-arne-solheim": ("Per-Arne Solheim", None, "FrP")},
    ),
    "lt-seimas-initials-holder.txt": (
        ["j-kazlauskas", "a-petraitis", "j-kazlauskas", "g-skaiste", "v-jonaitis"],
        {
            "j-kazlauskas": ("J. Kazlauskas", "chair", ""),
            "v-jonaitis": ("V. Jonaitis", "SEKRETORIUS", ""),
        },
    ),
    "de-council-party-brackets.txt": (
        [
            "oberburgermeister-schmidt",
            "stadtratin-weber",
            "bezirksverordneter-muller",
            "ratsherr-klein",
            "stadtrat-becker",
        ],
        {
            "stadtratin-weber": ("Stadträtin Weber", None, "Die Grünen"),
            "stadtrat-becker": ("Stadtrat Becker", None, "Freie Wähler"),
            "bezirksverordneter-muller": ("Bezirksverordneter Müller", None, "SPD"),
        },
    ),
}


@pytest.mark.parametrize("name", sorted(HOLDERS))
def test_an_office_in_one_word_names_its_holder(name: str) -> None:
    who, persons = HOLDERS[name]
    tei = _convert(name)
    assert turn_ids(tei) == who
    found = _persons(tei)
    for ident, person in persons.items():
        assert found[ident] == person


def test_a_word_holding_an_office_is_no_office() -> None:
    text = "Formanden: Justitsministeriet (Kontoret) har svaret.\n\nRasmus Vestergaard (KF): Tak.\n"
    tei = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    assert "justitsministeriet" not in turn_ids(tei)


# a heading names the witness in another case: the answers and the witness's own label are one person
WITNESSES = {
    "ru-dopros-label-and-answer.txt": [
        "Председательствующий:",
        "Петров И. С.:",
        "Вопрос:",
        "Ответ:",
        "Председательствующий:",
    ],
    "pl-przesluchanie-label-and-answer.txt": [
        "Przewodniczący:",
        "Jan Kowalski:",
        "Pytanie:",
        "Odpowiedź:",
        "Przewodniczący:",
    ],
}


@pytest.mark.parametrize("name", sorted(WITNESSES))
def test_a_witness_named_in_another_case_is_the_label_printed(name: str) -> None:
    tei = _convert(name)
    assert speakers(etree.tostring(tei)) == WITNESSES[name]
    who = turn_ids(tei)
    assert who[1] == who[3]
    assert len(set(who)) == 3


def test_a_heading_name_fitting_two_labels_joins_neither() -> None:
    text = (
        "Допрос свидетеля Петрова И. С.\n\nПетров: Я видел его.\n\nВопрос: Когда?\n\n"
        "Ответ: Вечером.\n\nПетров: Больше ничего.\n"
    )
    who = turn_ids(etree.fromstring(convert_text(text.encode(), "x.txt").tei))
    assert who[2] == who[0]
    text = text.replace("Больше ничего.", "Больше ничего.\n\nПетровой: Я тоже видела.")
    who = turn_ids(etree.fromstring(convert_text(text.encode(), "x.txt").tei))
    assert who[2] not in (who[0], who[-1])


def test_a_name_joined_by_particles_printed_once_alone_stays_a_label() -> None:
    labels = speakers(convert_text((SAMPLES / "de-name-particles-apart.txt").read_bytes(), "x.txt").tei)
    assert labels == ["Präsident Dr. Max Muster:", "Hans Peter von der Heide:", "Anna Berg (SPD):"]
    text = (
        "Voorzitter Jan de Vries: Ik open de vergadering.\n\nAnna Maria van den Berg:\n"
        "Voorzitter. Wij steunen het voorstel van harte.\n\nPiet Jansen (VVD): Wij niet.\n"
    )
    assert speakers(convert_text(text.encode(), "x.txt").tei)[1] == "Anna Maria van den Berg:"


def test_an_agenda_item_in_capitals_is_no_label() -> None:
    name = "bg-agenda-heading-capitals.txt"
    tei = convert_text((SAMPLES / name).read_bytes(), name).tei
    assert speakers(tei) == ["ПРЕДСЕДАТЕЛ Иван Петков:", "ГЕОРГИ СТОЯНОВ:", "ПРЕДСЕДАТЕЛ Иван Петков:"]
    assert "ВТОРО ГЛАСУВАНЕ" in etree.fromstring(tei).xpath("string(//t:body)", namespaces=NS)


# more records of the continent: each sample's labels and persons (name, role, affiliation)
RECORDS = {
    "de-at-landtag-ltabg.txt": (
        [
            "Präsidentin Dr. Vollath:",
            "LTAbg. Schönleitner:",
            "Präsidentin Dr. Vollath:",
            "Landesrätin Mag. Kampus:",
            "Zweite Präsidentin LTAbg. Khom:",
            "Landeshauptmannstellvertreter Mag. Schickhofer:",
        ],
        {"prasidentin-dr-vollath": ("Präsidentin Dr. Vollath", "chair", "")},
    ),
    "de-ch-bulletin-group-canton.txt": (
        [
            "Präsident (Casutt Martin, Präsident):",
            "Imhof Thomas (V, ZG):",
            "Zurbriggen Philipp Matthias (M-E, VS), für die Kommission:",
            "Rochat Alain, Bundesrat:",
            "Präsident (Casutt Martin, Präsident):",
        ],
        {
            "imhof-thomas": ("Imhof Thomas", "V, ZG", "V"),
            "zurbriggen-philipp-matthias": ("Zurbriggen Philipp Matthias", "M-E, VS", "M-E"),
        },
    ),
    "ro-camera-dashed-office.txt": (
        [
            "Domnul Ion Marinescu:",
            "Domnul Andrei Popa - ministrul finanțelor:",
            "Doamna Maria Ionescu:",
            "Domnul Ion Marinescu:",
        ],
        {"domnul-andrei-popa": ("Domnul Andrei Popa", "ministrul finanțelor", "")},
    ),
    "sq-kuvend-chair.txt": (
        [
            "Kryetarja e Kuvendit Elona Hoxha:",
            "Ministri i Financave Arben Kola:",
            "Gazmend Berisha:",
            "Kryetarja e Kuvendit Elona Hoxha:",
        ],
        {"kryetarja-e-kuvendit-elona-hoxha": ("Kryetarja e Kuvendit Elona Hoxha", "chair", "")},
    ),
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_continental_records_read_their_labels(name: str) -> None:
    labels, persons = RECORDS[name]
    tei = _convert(name)
    assert speakers(etree.tostring(tei)) == labels
    found = _persons(tei)
    for ident, person in persons.items():
        assert found[ident] == person


def test_a_sentence_after_a_dash_is_no_office() -> None:
    text = "Domnul Ion Marinescu: Începem.\n\nDomnul Andrei Popa - care a venit ieri: nu a spus nimic.\n"
    assert speakers(convert_text(text.encode(), "x.txt").tei) == ["Domnul Ion Marinescu:"]
