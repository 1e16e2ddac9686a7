"""How the persons of a record are named in its header across languages: an office printed
after the name (Hungarian), a form of address in parentheses (Kenya), the father's name after
"binti" (Malaysia), two surnames in capitals alone (Spain), the member's "Deputada" after "Sr.ª"
and the office of a holder without its form of address (Portugal), a minister among his offices
between commas (the Reichstag), a surname spelt as an office ("Abg. Richter"), a married name
("Jansen-de Vries"), an acronym after an office ("Místopředseda PSP Jan Novák")."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, TURN_IDS, name_parts_of, sample_tei, turn_ids


def _role(tei: etree._Element, ident: str) -> str:
    return str(tei.xpath(f"string(//t:person[@xml:id='{ident}']/@role)", namespaces=NS))


def test_an_office_after_the_name_is_the_role_and_the_chair_is_marked() -> None:
    tei = sample_tei("hu-ogy-elnok-after-name.txt")
    assert turn_ids(tei) == TURN_IDS["hu-ogy-elnok-after-name.txt"]
    assert name_parts_of(tei, "dr-kovacs-peter") == [
        ("roleName", "honorific", "Dr."),
        ("surname", None, "Kovács"),
        ("forename", None, "Péter"),
    ]
    assert _role(tei, "dr-kovacs-peter").split() == ["chair", "elnök"]
    assert _role(tei, "szabo-anna") == "települési képviselő"
    assert _role(tei, "horvath-zoltan") == "polgármester"


def test_a_form_of_address_in_parentheses_is_an_honorific() -> None:
    tei = sample_tei("en-kenya.txt")
    assert name_parts_of(tei, "hon-dr-jane-wambui")[:2] == [
        ("roleName", "honorific", "Hon."),
        ("roleName", "honorific", "(Dr.)"),
    ]


def test_the_name_after_binti_is_the_patronym_and_the_short_form_the_same_person() -> None:
    tei = sample_tei("ms-dewan-rakyat-patronym.txt")
    assert turn_ids(tei) == TURN_IDS["ms-dewan-rakyat-patronym.txt"]
    assert name_parts_of(tei, "puan-siti-aminah-binti-yusof") == [
        ("roleName", "honorific", "Puan"),
        ("forename", None, "Siti"),
        ("surname", None, "Aminah"),
        ("nameLink", None, "binti"),
        ("addName", "patronym", "Yusof"),
    ]
    assert name_parts_of(tei, "dato-ramli-bin-mohd-nor")[-1] == ("addName", "patronym", "Mohd Nor")


def test_two_surnames_in_capitals_alone_are_both_surnames() -> None:
    tei = sample_tei("es-congreso-surnames-alone.txt")
    assert turn_ids(tei) == TURN_IDS["es-congreso-surnames-alone.txt"]
    assert name_parts_of(tei, "perez-garcia") == [("surname", None, "Pérez"), ("surname", None, "García")]
    assert [kind for kind, _, _ in name_parts_of(tei, "ruiz-de-la-vega")] == [
        "surname",
        "nameLink",
        "nameLink",
        "surname",
    ]


def test_the_deputada_is_a_form_of_address_and_a_holder_s_role_the_office_alone() -> None:
    tei = sample_tei("pt-ar-offices-named.txt")
    assert ("roleName", "honorific", "Deputada") in name_parts_of(tei, "a-sr-a-deputada-carla-seixas")
    assert _role(tei, "lucia-frade") == "Secretária"


def test_a_minister_named_among_offices_between_commas_is_the_person() -> None:
    tei = sample_tei("de-reichstag-offices-listed.txt")
    assert turn_ids(tei) == TURN_IDS["de-reichstag-offices-listed.txt"]
    assert name_parts_of(tei, "dr-von-boetticherfeld") == [
        ("roleName", "honorific", "Dr."),
        ("nameLink", None, "von"),
        ("surname", None, "Boetticherfeld"),
    ]
    offices = "Staatssekretär des Innern, Staatsminister, Bevollmächtigter zum Bundesrath"
    assert _role(tei, "dr-von-boetticherfeld") == offices


def test_a_surname_spelt_as_an_office_after_a_member_s_title_is_the_surname() -> None:
    tei = sample_tei("de-landtag-surname-office-word.txt")
    assert turn_ids(tei) == TURN_IDS["de-landtag-surname-office-word.txt"]
    assert name_parts_of(tei, "abg-richter") == [
        ("roleName", "honorific", "Abg."),
        ("surname", None, "Richter"),
    ]


def test_an_office_after_the_comma_is_the_role_not_the_name() -> None:
    tei = sample_tei("it-camera-office-after-comma.txt")
    assert turn_ids(tei) == TURN_IDS["it-camera-office-after-comma.txt"]
    assert name_parts_of(tei, "maria-bianchi") == [("forename", None, "Maria"), ("surname", None, "Bianchi")]
    assert _role(tei, "maria-bianchi") == "Sottosegretaria di Stato per l'interno"


def test_a_married_name_joined_by_a_hyphen_and_a_particle_is_two_surnames() -> None:
    tei = sample_tei("nl-tk-married-name.txt")
    assert turn_ids(tei) == TURN_IDS["nl-tk-married-name.txt"]
    assert name_parts_of(tei, "mevrouw-jansen-de-vries")[1:] == [
        ("surname", None, "Jansen-de"),
        ("surname", None, "Vries"),
    ]


def test_an_acronym_after_the_office_is_the_office_s() -> None:
    tei = sample_tei("cs-psp-acronym-office.txt")
    assert turn_ids(tei) == TURN_IDS["cs-psp-acronym-office.txt"]
    assert name_parts_of(tei, "mistopredseda-psp-jan-novak")[1:] == [
        ("roleName", "office", "PSP"),
        ("forename", None, "Jan"),
        ("surname", None, "Novák"),
    ]
    assert name_parts_of(tei, "ministr-financi-cr-petr-svoboda")[2] == ("roleName", "office", "ČR")
