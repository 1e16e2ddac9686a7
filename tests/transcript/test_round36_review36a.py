"""A reviewer's counter-examples to the round's merged rules: a document's part numbered after two
words and a short particle before its colon (an agenda's item, a bylaw's clause, a court's
exhibit), which the seat's number of a representative let in; in invented samples and texts
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_a_council_s_numbered_items_and_clauses_open_no_turn() -> None:
    """ "Item No. 3 of Agenda:", "Agenda Item 4 on Roads:", "Clause No. 5 of Bylaw:": a part of
    the agenda or the bylaw by its number, two words before the number and a particle and one
    capitalised word after it, is no representative's seat ("Representative No. 2 for Ha'apai:"):
    no office or form of address opens it. Its line and the minute below it stay one paragraph."""
    tei = tabled_tei("en-council-minutes-numbered-item-of-part.txt")
    assert "Item No. 3 of Agenda: The Treasurer's report for the quarter was tabled." in texts(tei, "//t:p")
    assert "Clause No. 5 of Bylaw: Parking in Wharf Street is limited to two hours on weekdays." in texts(
        tei, "//t:p"
    )


def test_a_court_s_exhibit_by_its_number_opens_no_turn() -> None:
    """ "Exhibit No. 4 for Identification:" over the exhibit's description: the court's marking of
    an exhibit, no witness's label; counsel's turn goes on above it and the court's below."""
    tei = tabled_tei("en-court-exhibit-number-for-identification.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[-1].startswith("Exhibit No. 4 for Identification: Letter from")


def test_a_representative_s_seat_number_still_opens_the_turn() -> None:
    """The office or the form of address before the word for number keeps the seat's label whole:
    "Fakafofonga Fika 3 'o Tongatapu:", "Representative No. 2 for Ha'apai:", "Witness No. 2 for
    Prosecution:"."""
    tei = text_tei(
        "Sea 'o e Komiti Kakato: Mou kataki 'o fakalongolongo.\n\n"
        "Fakafofonga Fika 3 'o Tongatapu: Mālō Sea. 'Oku ou fie fehu'i ki he Minisita.\n\n"
        "Representative No. 2 for Ha'apai: Thank you, Mr Chairman.\n\n"
        "Sea 'o e Komiti Kakato: Mālō.\n"
    )
    assert speakers(etree.tostring(tei)) == [
        "Sea 'o e Komiti Kakato:",
        "Fakafofonga Fika 3 'o Tongatapu:",
        "Representative No. 2 for Ha'apai:",
        "Sea 'o e Komiti Kakato:",
    ]
