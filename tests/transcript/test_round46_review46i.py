"""Round 46's review, each narrowing in an invented sample (names invented; labels in
turns.toml, persons in ids.toml): a street's, a square's or a region's word abbreviated first on
a line ("Ul. Długa: remont …", "Pl. Zamkowy: Mieszkańcy …", "Пр. Мира: Там …") is no forename
before a surname; a colon before small letters is a sentence's; an office with its complement in
lower case before the holder ("Председатель комиссии Громов:") is his office alone too
("Председатель:"), as it was with no complement."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_a_street_abbreviated_first_on_its_line_stays_speech() -> None:
    """ "Ul. Długa: remont …", "Pl. Zamkowy: Mieszkańcy …", "Woj. Mazowieckie: środki …"
    read out in a councillor's turn: his speech; "Al. Kamiński:" a label."""
    root = tabled_tei("pl-rada-street-abbreviation-first.txt")
    assert "Al. Kamiński:" in _speakers(root)
    said = " ".join(_said(root))
    assert "Ul. Długa: remont" in said and "Pl. Zamkowy: Mieszkańcy" in said
    assert "Woj. Mazowieckie: środki" in said


def test_an_abbreviated_forename_before_small_letters_after_the_colon_is_no_label() -> None:
    """ "Wł. Brandt: umowa …" lower case after the colon, in a record whose labels take a
    capital: a sentence citing a name; "Al. Kamiński: Mam …" before a capital stays a label."""
    root = text_tei(
        "PROTOKÓŁ\n\nPrzewodniczący: Otwieram.\n\nRadny Nowak: Czytam list.\n"
        "Wł. Brandt: umowa została podpisana w marcu, pisze.\n\n"
        "Al. Kamiński: Mam pytanie.\n\nPrzewodniczący: Dziękuję.\n"
    )
    assert _speakers(root) == ["Przewodniczący:", "Radny Nowak:", "Al. Kamiński:", "Przewodniczący:"]


def test_yes_and_a_word_in_a_run_of_short_lines_stay_speech() -> None:
    """ "Si. Claro. …" among short lines of a read dialogue: the unaccented yes a sentence's
    opener, no forename abbreviated."""
    root = text_tei(
        "PROTOKÓŁ\n\nPrzewodniczący: Otwieram.\n\nRadny Nowak: Dziękuję. Czytam odpowiedzi.\n"
        "Tak. Dobrze. Przechodzimy dalej.\nNu. Davai. To nie tak.\nSi. Claro. Bardzo dobrze.\n"
        "Ul. Długa. Tam jest problem z drogą.\nWoj. Mazowieckie: tam też.\n\n"
        "Przewodniczący: Dziękuję.\n"
    )
    assert _speakers(root) == ["Przewodniczący:", "Radny Nowak:", "Przewodniczący:"]


def test_the_office_with_its_complement_then_the_office_alone_is_one_person() -> None:
    """ "Председатель комиссии Громов:", then "Председатель:": the chair named once in full;
    "Пр. Мира: Там …" (a street) no label."""
    root = tabled_tei("ru-komissiya-chair-complement-then-office.txt")
    ids = turn_ids(root)
    assert ids[0] == ids[2] == ids[4] == "predsedatel-komissii-gromov"
    assert any("Пр. Мира: Там склады" in p for p in _said(root))


def test_an_office_with_its_complement_alone_keeps_its_holder() -> None:
    """ "Przewodniczący obrad tow. Kowalski:", then "Przewodniczący obrad:" and "Przewodniczący:":
    one person, whichever form."""
    root = text_tei(
        "STENOGRAM\n\nPrzewodniczący obrad tow. Kowalski: Otwieram posiedzenie.\n\n"
        "Tow. Nowak: Dziękuję.\n\nPrzewodniczący obrad: Dalej.\n\nTow. Nowak: Kończę.\n\n"
        "Przewodniczący: Zamykam posiedzenie.\n"
    )
    ids = turn_ids(root)
    assert ids[0] == ids[2] == ids[4]
    assert ids[1] == "tow-nowak"
