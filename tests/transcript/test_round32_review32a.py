"""A reviewer's counter-examples to the round's merged rules: shapes of other records that the
rules for a hard wrap's hyphen, a speech's number alone on its line and a namesake's ordinal
misread, each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_double_name_s_hyphen_before_a_particle_stays_in_the_handed_turn() -> None:
    """ "Het woord is aan mevrouw Verbeek-de Ruiter." over a speech with no label: the hyphen
    before the particle "de" joins a Dutch double name, no hard wrap's hyphen to drop; the
    speech is her turn, her name whole."""
    root = tabled_tei("nl-tk-handed-floor-double-name-particle.txt")
    assert root.xpath("//t:person[@xml:id='verbeek-de-ruiter']", namespaces=NS)
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Dank u wel. Ik wil beginnen")


def test_a_list_item_s_number_with_its_colon_stays_in_the_speech() -> None:
    """ "CLERK ABARA: The amendments read as follows." / "1:" / "Section 4 is struck." / "2:" /
    …: the number alone on its line is the item's, a sentence below it and no label, so it stays
    the clerk's words, not a search site's number of a speech."""
    root = tabled_tei("en-council-clerk-numbered-items-colon.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "The amendments read as follows.",
        "1:",
        "Section 4 is struck.",
        "2:",
        "Section 7 is renumbered as section 6.",
    ]


def test_a_division_s_ordinal_opens_no_turn_on_a_hard_wrapped_page() -> None:
    """ "Шуваевъ. Господа члены …, и я напомню вамъ вторую." / "Глава 2-я. Она говоритъ о
    порядкѣ выборовъ …": a chapter and its ordinal is a text's division the member quotes, no
    namesake's label ("Бѣлозеровъ 2-й."); the speech runs on in his one paragraph."""
    root = tabled_tei("ru-duma-1913-division-ordinal.txt")
    speech = texts(root, "//t:sp[2]/t:p")
    assert len(speech) == 1
    assert "Глава 2-я. Она говоритъ о порядкѣ выборовъ" in speech[0]
