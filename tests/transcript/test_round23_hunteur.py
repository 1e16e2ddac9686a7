"""Regional and minority-language assemblies' records: the Catalan Parliament's office alone on
its line with its holder in parentheses (`El secretari general (X i Y)`), printed once, is a
label, no heading; Luxembourg's Chamber ends each label with a bar set apart by spaces
(`M. X (CSV) | Merci, …`), which a table's row, printing more than one, never does."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_an_office_held_alone_on_its_line_once_is_a_label() -> None:
    tei = tabled_tei("ca-dspc-clerk-held-alone-once.txt")
    assert texts(tei, "//t:sp/t:p")[0].startswith("Bon dia a tothom")
    assert texts(tei, "//t:person/t:persName")[0] == "Jordi Pujades i Ferrer"


def test_a_bare_office_alone_once_is_still_no_label() -> None:
    tei = text_tei("Ple del Parlament\n\nEl secretari general\n\nBon dia a tothom, senyores i senyors.\n")
    assert turn_ids(tei) == []


def test_a_bar_after_the_label_ends_it() -> None:
    tei = tabled_tei("lb-chamber-bar-after-label.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Merci, Här President.")
    assert tei.xpath("//t:personGrp/@xml:id", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == ["une-voix"]


def test_a_tables_rows_are_no_labels() -> None:
    tei = text_tei(
        "The committee heard two members.\n\nMember | Seat | Party\nAnne Kieffer | Centre | DP\n"
        "Marc Hoffmann | Nord | CSV\n\nThe sitting closed at noon.\n"
    )
    assert turn_ids(tei) == []
