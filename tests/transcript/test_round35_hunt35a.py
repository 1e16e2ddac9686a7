"""Shapes a blind battery of Europe's and the Americas' records found in the thirty-fifth round:
the Czech and Slovak minutes' abbreviated forms of address in lower case before a surname, a
Maltese councillor's abbreviation before his surname in CAPITALS, a journal's title naming its
chamber before a dash and its issue's number, and a house's name in the spelling before the
Russian reform."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


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


def test_a_journals_title_naming_its_chamber_before_a_dash() -> None:
    """ "DIARIO DE SESIONES DE LAS CORTES DE VALDEMORA — PLENO — Núm. 12": the record's title,
    no turn; the first turn is the chair's."""
    tei = tabled_tei("es-cortes-title-dashes-pleno-number.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Tiene la palabra la señora Cuesta Maroto."]
    assert "Núm. 12" in " ".join(texts(tei, "//t:titleStmt/t:title"))
    assert not tei.xpath("//t:person[@xml:id='diario-de-sesiones-de-las-cortes-de-valdemora']", namespaces=NS)


def test_a_chairs_office_naming_the_chamber_before_a_dash_stays_a_label() -> None:
    """ "PRESIDENTE DE LAS CORTES — Se abre la sesión …": an office that names the chamber is a
    speaker's, as its speech goes on; the chamber in a name counts only where no office is."""
    tei = text_tei(
        "PRESIDENTE DE LAS CORTES — Se abre la sesión a las 10.05.\n\n"
        "El señor RUIZ: Gracias.\n\n"
        "PRESIDENTE DE LAS CORTES — Gracias, señoría.\n"
    )
    assert texts(tei, "(//t:sp)[1]/t:speaker") == ["PRESIDENTE DE LAS CORTES —"]


def test_the_houses_name_in_the_spelling_before_the_reform() -> None:
    """ "ГУБЕРНСКОЕ НАРОДНОЕ СОБРАНІЕ. СТЕНОГРАФИЧЕСКІЙ ОТЧЕТЪ.": the house named with the
    decimal i is the record's title, no speaker; the chair's turn comes first."""
    tei = tabled_tei("ru-sobranie-1918-old-orthography-title.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Слово принадлежитъ Лаврентьеву."]
    assert not tei.xpath("//t:person[@xml:id='gubernskoe-narodnoe-sobranie']", namespaces=NS)


def test_a_label_wrapped_after_the_doctors_abbreviation() -> None:
    """ "Vorsitzende Frau Abgeordnete Dr." / "Lindqvist (SPD): Ich eröffne …": a committee's
    label that a PDF's narrow column cut after the form of address is one label over two lines,
    no paragraph of its own above a surname's."""
    tei = tabled_tei("de-ausschuss-label-wrapped-after-dr.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Ich eröffne die Sitzung. Herr Staatssekretär, bitte."]
    assert not tei.xpath("//t:body//t:p[.='Vorsitzende Frau Abgeordnete Dr.']", namespaces=NS)


def test_an_office_and_a_sentence_after_the_doctors_abbreviation_stay_apart() -> None:
    """ "Minister Berger dankt Herrn Dr." / "Weber für den Bericht.": an office and a sentence the
    wrap cut after the form of address, no colon below, are no label; the lines stay the speech."""
    tei = text_tei(
        "Vorsitzende: Danke. Ich rufe Punkt 2 auf.\n\n"
        "Minister Berger dankt Herrn Dr.\n"
        "Weber für den Bericht.\n\n"
        "Abgeordneter Maas (FDP): Ich danke auch.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Vorsitzende:", "Abgeordneter Maas (FDP):"]
    assert "Minister Berger dankt Herrn Dr. Weber für den Bericht." in texts(tei, "(//t:sp)[1]/t:p")
