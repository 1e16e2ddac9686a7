"""Courts, inquiries and councils of continental Europe, each label printed once (names
invented): a role after its article ("Die Staatsanwältin:", "Il Pubblico Ministero:",
"L'accusé. —"), the parties of Nordic courts in their definite forms ("Åklagaren:", "Den
tilltalade:"), an office with its body in the genitive ("Předseda finančního výboru:", "Глава
города:"), and the offices Vienna's and Munich's councils abbreviate ("StRin Dr. Weiß:")."""

from __future__ import annotations

import pytest

from label_samples import NS, SAMPLES, name_parts_of, sample_tei, speakers, turn_ids
from stenogram.tei.convert import convert_text

TURNS = {
    "de-court-articles.txt": ["die-vorsitzende", "die-zeugin", "die-staatsanwaltin", "der-verteidiger"],
    "it-processo-articoli.txt": ["il-presidente", "il-pubblico-ministero", "la-teste", "l-imputato"],
    "fr-assises-avocat-general.txt": ["m-le-president", "l-accuse", "m-l-avocat-general", "me-lambert"],
    "sv-rattegang.txt": ["rattens-ordforande", "aklagaren", "den-tilltalade", "malsaganden"],
    "da-retsmode.txt": ["dommeren", "anklageren", "tiltalte", "forsvareren"],
    "cs-zastupitelstvo-vybor.txt": ["starosta-mesta", "predseda-financniho-vyboru", "radni-novotna"],
    "pl-rada-skarbnik.txt": [
        "przewodniczacy-komisji",
        "skarbnik-miasta",
        "pelnomocnik-oskarzyciela-posilkowego-adw-ewa-sroka",
        "radny-nowak",
    ],
    "ru-duma-glava.txt": [
        "predsedatel-gorodskoi-dumy-smirnov",
        "zamestitel-glavy-administratsii-petrova",
        "deputat-kuznetsova",
        "glava-goroda",
    ],
    "de-stadtrat-abbreviated.txt": ["oberburgermeisterin-krause", "str-muller", "strin-dr-weiss"],
}


@pytest.mark.parametrize("sample", sorted(TURNS))
def test_each_label_printed_once_is_a_turn_of_its_own_person(sample: str) -> None:
    tei = sample_tei(sample)
    assert turn_ids(tei) == TURNS[sample]
    assert len(tei.xpath("//t:person", namespaces=NS)) == len(TURNS[sample])


@pytest.mark.parametrize(
    ("sample", "ident"),
    [
        ("de-court-articles.txt", "die-staatsanwaltin"),
        ("it-processo-articoli.txt", "il-pubblico-ministero"),
        ("fr-assises-avocat-general.txt", "l-accuse"),
        ("fr-assises-avocat-general.txt", "m-l-avocat-general"),
    ],
)
def test_a_role_after_its_article_is_no_name(sample: str, ident: str) -> None:
    assert name_parts_of(sample_tei(sample), ident) == []


def test_the_title_and_date_above_a_court_record_stay_its_own() -> None:
    tei = sample_tei("de-court-articles.txt")
    title = tei.xpath("string(//t:titleStmt/t:title[1])", namespaces=NS)
    assert title == "Landgericht Musterstadt – Hauptverhandlung vom 14. März 2019"
    sample = "fr-assises-avocat-general.txt"
    printed = speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei)
    assert printed[2] == "M. l'avocat général. —"


def test_the_chair_of_a_court_or_council_is_named_by_its_genitive_body() -> None:
    tei = sample_tei("sv-rattegang.txt")
    assert tei.xpath("//t:person[@xml:id='rattens-ordforande']/@role", namespaces=NS) == ["chair"]


def test_an_office_s_body_in_the_genitive_is_part_of_the_office() -> None:
    tei = sample_tei("ru-duma-glava.txt")
    assert name_parts_of(tei, "zamestitel-glavy-administratsii-petrova") == [
        ("roleName", "office", "Заместитель"),
        ("roleName", "office", "главы"),
        ("roleName", "office", "администрации"),
        ("surname", None, "Петрова"),
    ]
    assert name_parts_of(tei, "glava-goroda") == []


def test_a_council_s_abbreviated_office_is_no_forename() -> None:
    tei = sample_tei("de-stadtrat-abbreviated.txt")
    assert name_parts_of(tei, "strin-dr-weiss") == [
        ("roleName", "honorific", "StRin"),
        ("roleName", "honorific", "Dr."),
        ("surname", None, "Weiß"),
    ]


def test_a_question_s_label_names_no_surname() -> None:
    tei = sample_tei("ru-dopros-vopros-otvet.txt")
    # the questions under the witness's heading are the unnamed examiner's, a word and no surname
    assert name_parts_of(tei, "doprashivayushchii") == []
    assert turn_ids(tei) == ["doprashivayushchii", "petrova-i-s"] * 2
