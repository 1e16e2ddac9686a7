"""Shapes a blind battery of Europe's and the Americas' records found in the thirty-fourth round:
a Mexican member under her article and the citizen's abbreviation, a councillor's name, comma and
office in lower case before a spaced dash, a record's title, a dash and its court's chamber
with its number, a surname spelt as an office after an office and a forename."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_the_citizens_abbreviation_before_a_members_form_of_address() -> None:
    """ "LA C. DIP. ROSAURA QUINTERO LAGOS.- Con su venia, …": the article, the citizen's "C."
    and the member's "DIP." open one label; "LA C." is no paragraph of the chair's turn above."""
    tei = tabled_tei("es-mx-congreso-estatal-c-dip.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Se concede el uso de la palabra a la diputada Rosaura Quintero Lagos."
    ]
    assert texts(tei, "(//t:sp)[3]/t:p") == [
        "Gracias, diputada. ¿Algún otro diputado desea hacer uso de la palabra?"
    ]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Solicito el uso de la palabra, presidente."]


def test_a_name_its_comma_and_office_in_lower_case_before_a_dash() -> None:
    """ "Nives Bralić, vijećnica – Zahvaljujem. …": the name and her office are a label ended by
    its spaced dash, her question no words of the chair's turn; "Župan Mladen Perković –" is the
    prefect's office and name."""
    tei = tabled_tei("hr-zupanija-name-comma-office-dash.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Otvaram raspravu. Riječ ima vijećnica Nives Bralić."]
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Zahvaljujem. Pitam kada će se obnoviti most u Klisu."]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Most će se obnoviti sljedeće godine."]


def test_a_sentence_after_a_names_comma_and_dash_is_no_office() -> None:
    """ "Marko, vijećnik je rekao – …": an office's word that goes on into a clause is no name's
    description; the line stays the speech of the label above."""
    tei = text_tei(
        "Predsjednik Skupštine Ivo Kralj – Otvaram raspravu.\n\n"
        "Marko, vijećnik je rekao – to nije točno.\n\n"
        "Predsjednik Skupštine Ivo Kralj – Hvala.\n"
    )
    assert "Marko, vijećnik je rekao –" not in texts(tei, "//t:sp/t:speaker")


def test_a_title_a_dash_and_the_courts_chamber_with_its_number() -> None:
    """ "NOTES D'AUDIENCE — Tribunal judiciaire, 6e chambre correctionnelle" / "Audience du 14
    novembre 2022": the record's title over the hearing, no turn; the first turn is the
    presiding judge's."""
    tei = tabled_tei("fr-notes-audience-title-dash-chambre.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Madame, approchez. Vous reconnaissez les faits ?"]
    assert not tei.xpath("//t:person[@xml:id='notes-d-audience']", namespaces=NS)


def test_a_surname_a_dash_and_a_speech_naming_the_house_stays_a_label() -> None:
    """ "MODIGLIANI — Onorevoli colleghi, la Camera" / "deve decidere oggi.": a speech that a
    narrow wrap cut short names the house with no number; the surname stays its label."""
    tei = text_tei(
        "MODIGLIANI — Onorevoli colleghi, la Camera\ndeve decidere oggi.\n\n"
        "PRESIDENTE — Ha facoltà di parlare l'onorevole Turati.\n\n"
        "TURATI — Onorevoli colleghi, consento.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["MODIGLIANI —", "PRESIDENTE —", "TURATI —"]


def test_an_office_a_forename_and_a_surname_spelt_as_an_office() -> None:
    """ "PODPREDSEDNICA TINA ŽUPAN:" beside "ŽUPAN ZORAN JANKOVIĆ:": after an office and a
    forename the last word is the surname, though the mayor's office is spelt so."""
    tei = text_tei(
        "PODPREDSEDNICA TINA ŽUPAN: Hvala. Besedo ima župan.\n\n"
        "ŽUPAN ZORAN JANKOVIĆ: Hvala lepa.\n\n"
        "PODPREDSEDNICA TINA ŽUPAN: Hvala.\n"
    )
    assert texts(tei, "//t:person[@xml:id='podpredsednica-tina-zupan']/t:persName[1]/t:surname") == ["Župan"]
    assert texts(tei, "//t:person[@xml:id='zupan-zoran-jankovic']/t:persName[1]/t:roleName") == ["Župan"]
