"""Local and regional councils, short excerpts where each label is printed once: the shapes of
councils' records in many languages, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, texts


@pytest.mark.parametrize(
    ("sample", "label", "speech"),
    [
        ("en-council-cllr-abbreviated.txt", "Cllr. Byrne:", "Thank you, Cathaoirleach."),
        ("en-council-cr-abbreviated.txt", "Cr. Walsh:", "Thank you, Mr Mayor."),
        ("en-council-coun-abbreviated.txt", "Coun. Whitfield:", "Thank you, Chair."),
        ("en-council-ald-abbreviated.txt", "ALD. RAMIREZ:", "Thank you, Madam President."),
    ],
)
def test_a_councillors_abbreviated_title_keeps_the_name_in_the_label(
    sample: str, label: str, speech: str
) -> None:
    """English-speaking councils abbreviate the councillor and the alderman before the name
    (``Cllr. X:``, ``Cr. X:``, ``Coun. X:``, ``ALD. X:``): the full stop is the abbreviation's,
    so the name stays in the label, where the title alone had been the label and the name the
    speech's first word."""
    root = tabled_tei(sample)
    assert texts(root, "//t:sp[2]/t:speaker") == [label]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith(speech)


def test_a_description_after_the_initials_ends_at_the_labels_spaced_dash() -> None:
    """A Russian city duma names its members with initials and a description after a comma,
    the label ended by a spaced dash (``ЗАХАРОВ Д.С., депутат … № 5 – Уважаемые …``): the
    dash ends the label, the speech after it is the turn's."""
    root = tabled_tei("ru-city-duma-description-dash.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Уважаемые коллеги, жители")
    assert texts(root, "//t:sp[3]/t:p") == ["Комиссия рекомендовала принять проект в целом."]


def test_the_prague_mayors_label_reads_through_the_citys_abbreviation() -> None:
    """``Primátorka hl. m. Prahy:`` is one label: the stop of ``hl.`` (hlavní) ends no label."""
    root = tabled_tei("cs-zastupitelstvo-hl-m-prahy.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Vážené paní zastupitelky")
    assert len(texts(root, "//t:sp/t:p")) == 3


def test_a_bulgarian_councillor_named_by_office_is_a_label_printed_once() -> None:
    """``Общински съветник Георгиев:`` printed once is the councillor's label, no sentence."""
    root = tabled_tei("bg-obshtinski-savet-savetnik.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Благодаря, господин председател.")


def test_a_call_from_one_named_councillor_is_that_councillors_voice() -> None:
    """``(Zuruf von Stadtrat Albrecht [FDP]: Warum denn?)``: the voice is the councillor's, the
    party his affiliation; ``Zwischenruf Stadträtin Brandt:`` after a dash is hers, and ``Zuruf
    von der CDU:`` stays a group of the floor."""
    root = tabled_tei("de-stadtrat-zuruf-von-person.txt")
    assert root.xpath("//t:said/@who", namespaces=NS) == [
        "#stadtrat-albrecht",
        "#zuruf-von-der-cdu",
        "#stadtratin-brandt",
    ]
    assert texts(root, "//t:said/t:label") == [
        "Stadtrat Albrecht [FDP]:",
        "Zuruf von der CDU:",
        "Stadträtin Brandt:",
    ]
    assert texts(root, "//t:person[@xml:id='stadtrat-albrecht']/t:affiliation") == ["FDP"]
    assert root.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["zuruf-von-der-cdu"]


def test_a_spaced_dash_after_a_names_last_initial_is_the_labels() -> None:
    """``Гончаренко С.В. – Дякую.``: the dash after the last initial's stop ends the label, the
    speech starts after it."""
    root = tabled_tei("uk-miskrada-initials-dash.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Дякую. Пропоную")
    assert texts(root, "//t:sp[3]/t:p") == ["Розрахунки надано ще минулого тижня."]


def test_thanks_to_the_chair_without_a_comma_open_a_speech_not_a_label() -> None:
    """``Grazie Presidente.`` under ``ROMANO`` alone on its line is the speech's first sentence,
    the office after the thanks no label's; the name above it is the councillor's label."""
    root = tabled_tei("it-consiglio-thanks-under-label.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Grazie Presidente. Il mio gruppo non voterà la delibera dei parcheggi."
    ]
    assert texts(root, "//t:head") == []
