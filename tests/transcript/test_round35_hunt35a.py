"""Shapes a blind battery of Europe's and the Americas' records found in the thirty-fifth round:
the Czech and Slovak minutes' abbreviated forms of address in lower case before a surname and a
Maltese councillor's abbreviation before his surname in CAPITALS."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_the_abbreviated_pan_and_pani_in_lower_case_before_a_surname() -> None:
    """ "p. Kratochvíl: Ano. …" / "pí Šimková: Navrhuji …": each member printed once by the
    minutes' abbreviated form of address is a label, the question no words of the mayor's turn."""
    tei = tabled_tei("cs-zastupitelstvo-zapis-p-pi-lower.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Ano. Za kolik se pozemek prodává?"]
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Za cenu podle znaleckého posudku."]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Navrhuji prodej odložit do jara."]


def test_a_page_reference_in_lower_case_stays_a_sentence() -> None:
    """ "p. 12: …": the abbreviation before a number is a page's, no form of address."""
    tei = text_tei("Starosta: Otevírám bod 2.\n\np. 12: viz příloha k zápisu.\n\nStarosta: Děkuji.\n")
    assert texts(tei, "//t:sp/t:speaker") == ["Starosta:", "Starosta:"]


def test_the_maltese_councillors_abbreviation_before_his_surname() -> None:
    """ "KUNS. BORG: Grazzi, Sur Sindku. …": the councillor's "KUNS." ends no sentence; the label
    is printed whole."""
    tei = tabled_tei("mt-kunsill-kuns-abbreviation-caps.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Grazzi, Sur Sindku. Il-bankini fi Triq il-Kbira għadhom imkissra."
    ]
