"""A reviewer's counter-examples to the round's merged rules: a surname in CAPITALS that begins as
a house's name before a dash, the Czech minutes' abbreviated forms of address in a list of those
present and in reported speech, a page's abbreviation before a capitalised word that a wrap left at
a line's start, the Maltese councillor's abbreviation in a list, and a chair's or a member's
office naming the chamber before a dash, in invented samples and texts (names invented; labels
in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_surname_that_begins_as_a_house_is_no_journals_title() -> None:
    """ "CAMERANI — Signor Presidente, sul comma 2": a single word in CAPITALS before the dash,
    printed once at the excerpt's start over a short line with a number, is a senator's surname
    that begins as "Camera" does, no title naming its chamber: his turn opens the record."""
    tei = tabled_tei("it-senato-surname-house-prefix-dash.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Signor Presidente, sul comma 2"]
    assert "CAMERANI" not in " ".join(texts(tei, "//t:titleStmt/t:title"))


def test_an_english_surname_that_begins_as_a_house_opens_its_turn() -> None:
    """ "HOUSEMAN — On a point of order, Standing Order 42": the surname begins as "house" does;
    it is the member's label, no title."""
    tei = text_tei(
        "HOUSEMAN — On a point of order, Standing Order 42\n\n"
        "THE CHAIRMAN — State your point of order.\n\n"
        "BRADY — I second the motion.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["HOUSEMAN —", "THE CHAIRMAN —", "BRADY —"]


def test_a_full_name_that_ends_as_a_house_begins_opens_its_turn() -> None:
    """ "MARIO CAMERANI — Signor Presidente, sul comma 2": a forename and a surname before a single
    dash, no sitting's kind between two dashes, are the senator's label, no title."""
    tei = text_tei(
        "MARIO CAMERANI — Signor Presidente, sul comma 2\n\n"
        "PRESIDENTE — Prego, senatore.\n\n"
        "LUCA GALLI — Annuncio il voto favorevole.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["MARIO CAMERANI —", "PRESIDENTE —", "LUCA GALLI —"]


def test_a_surname_and_its_office_between_two_dashes_open_its_turn() -> None:
    """ "CAMERANI — RELATORE — Signor Presidente, sul comma 2": an office between the dashes is
    the senator's, no sitting's kind; the surname that begins as "Camera" is his label's."""
    tei = text_tei(
        "CAMERANI — RELATORE — Signor Presidente, sul comma 2\n\n"
        "PRESIDENTE — Prego, senatore.\n\n"
        "GALLI — Annuncio il voto favorevole.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["CAMERANI — RELATORE —", "PRESIDENTE —", "GALLI —"]


def test_a_houses_one_word_name_before_the_sittings_kind_and_number_is_the_title() -> None:
    """ "SENADO — PLENO — Núm. 12": the house in one word, the sitting's kind between two dashes
    and the issue's number are the record's title, no label."""
    tei = text_tei(
        "SENADO — PLENO — Núm. 12\n\n"
        "El señor PRESIDENTE: Se abre la sesión.\n\n"
        "El señor GARCÍA: Gracias, presidente.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["El señor PRESIDENTE:", "El señor GARCÍA:"]
    assert "SENADO — PLENO — Núm. 12" in texts(tei, "//t:titleStmt/t:title")


def test_a_journals_title_naming_its_chamber_before_a_dash_and_its_date() -> None:
    """ "CORTES DE ARAGÓN — PLENO — 12 de marzo de 2024": the chamber named in more than one word
    before the dash, the sitting's kind and its date after it, is the record's title."""
    tei = text_tei(
        "CORTES DE ARAGÓN — PLENO — 12 de marzo de 2024\n\n"
        "El señor PRESIDENTE: Se abre la sesión.\n\n"
        "El señor GARCÍA: Gracias, presidente.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["El señor PRESIDENTE:", "El señor GARCÍA:"]
    assert "CORTES DE ARAGÓN — PLENO — 12 de marzo de 2024" in texts(tei, "//t:titleStmt/t:title")


def test_the_abbreviated_forms_of_address_in_a_list_of_those_present() -> None:
    """ "Přítomni: p. Novák, pí Dvořáková, p. Svoboda, p. Kučera" / "Omluveni: pí Malá": the list
    of members present keeps its abbreviations as the minutes' text; the member's own "p. Novák:"
    below opens his turn."""
    tei = text_tei(
        "Zápis z 5. zasedání zastupitelstva obce Lhotka\n\n"
        "Přítomni: p. Novák, pí Dvořáková, p. Svoboda, p. Kučera\n"
        "Omluveni: pí Malá\n\n"
        "Starosta: Zahajuji zasedání.\n\n"
        "p. Novák: Navrhuji doplnit program o bod Různé.\n\n"
        "Starosta: Děkuji. Hlasujeme o programu.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Starosta:", "p. Novák:", "Starosta:"]
    assert "Přítomni: p. Novák, pí Dvořáková, p. Svoboda, p. Kučera Omluveni: pí Malá" in texts(
        tei, "//t:body//t:p"
    )


def test_the_abbreviated_forms_of_address_before_a_reporting_verb_stay_the_minutes() -> None:
    """ "pí Nováková řekla: chodník …" / "p. Svoboda uvedl: rozpočet …": the clerk's report of what
    members said, a verb between the surname and the colon, is the mayor's turn's text, no label."""
    tei = text_tei(
        "Starosta: Zahajuji jednání rady.\n\n"
        "pí Nováková řekla: chodník v ulici Polní je třeba opravit ještě letos.\n\n"
        "p. Svoboda uvedl: rozpočet na opravu nestačí.\n\n"
        "Místostarosta: Navrhuji přesunout částku z rezervy.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Starosta:", "Místostarosta:"]
    assert texts(tei, "(//t:sp)[1]/t:p")[1:] == [
        "pí Nováková řekla: chodník v ulici Polní je třeba opravit ještě letos.",
        "p. Svoboda uvedl: rozpočet na opravu nestačí.",
    ]


def test_a_page_abbreviation_a_wrap_left_at_a_lines_start_stays_the_speech() -> None:
    """ "… the answer on" / "p. Twelve: the table …": the page's abbreviation before a capitalised
    word at the start of a wrapped line of a speech is no form of address."""
    tei = text_tei(
        "Mr SPEAKER: The member for Northfield.\n\n"
        "Mr HARTLEY: I table the report. Members will find the answer on\n"
        "p. Twelve: the table at the foot of the page.\n\n"
        "Mr SPEAKER: Thank you.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Mr SPEAKER:", "Mr HARTLEY:", "Mr SPEAKER:"]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "I table the report. Members will find the answer on p. Twelve: the table at the foot of the page."
    ]


def test_the_maltese_councillors_abbreviation_in_a_list_of_those_present() -> None:
    """ "Preżenti: KUNS. BORG, KUNS. CAMILLERI, KUNS. VELLA": the list stays the minutes' text,
    the councillor's own "KUNS. VELLA:" below is his label, printed whole."""
    tei = text_tei(
        "Laqgħa tal-Kunsill Lokali\n\n"
        "Preżenti: KUNS. BORG, KUNS. CAMILLERI, KUNS. VELLA\n\n"
        "IS-SINDKU: Nibdew il-laqgħa.\n\n"
        "KUNS. VELLA: Grazzi, Sur Sindku.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["IS-SINDKU:", "KUNS. VELLA:"]
    assert "Preżenti: KUNS. BORG, KUNS. CAMILLERI, KUNS. VELLA" in texts(tei, "//t:body//t:p")


def test_a_chairs_office_naming_the_senate_before_a_stop_and_dash_stays_a_label() -> None:
    """ "EL PRESIDENTE DEL SENADO.— Se abre la sesión.": the chair's office naming the chamber is
    his label each time, no title."""
    tei = text_tei(
        "EL PRESIDENTE DEL SENADO.— Se abre la sesión.\n\n"
        "El señor MARTÍN LUQUE.— Gracias, señor presidente.\n\n"
        "EL PRESIDENTE DEL SENADO.— Muchas gracias.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == [
        "EL PRESIDENTE DEL SENADO.—",
        "El señor MARTÍN LUQUE.—",
        "EL PRESIDENTE DEL SENADO.—",
    ]


def test_a_members_office_naming_the_chamber_before_a_dash_stays_a_label() -> None:
    """ "SECRETARIA PRIMERA DE LA CÁMARA — Sesión plenaria número 12, orden del día: …": a
    member's office naming the chamber, printed once, is her label, no title."""
    tei = text_tei(
        "EL PRESIDENTE — Tiene la palabra la secretaria.\n\n"
        "SECRETARIA PRIMERA DE LA CÁMARA — Sesión plenaria número 12, orden del día: primero, "
        "aprobación del acta.\n\n"
        "EL PRESIDENTE — Gracias.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == [
        "EL PRESIDENTE —",
        "SECRETARIA PRIMERA DE LA CÁMARA —",
        "EL PRESIDENTE —",
    ]


def test_a_surname_and_colon_under_a_form_of_address_the_wrap_cut_stay_the_speech() -> None:
    """ "… In der Anhörung sagte Frau Dr." / "Weber: »Die Mittel reichen nicht.« …": a speech's
    line that a wrap cut after the doctor's abbreviation goes on with the surname it opened; its
    colon introduces a quotation, no label."""
    tei = tabled_tei("de-ausschuss-speech-wrapped-after-dr-quote.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Danke. In der Anhörung sagte Frau Dr. Weber: »Die Mittel reichen nicht.« Dem schließe ich mich an."
    ]


def test_a_professors_surname_and_bracket_under_the_wrap_stay_the_speech() -> None:
    """ "Wir haben dazu von Herrn Prof." / "Müller (Universität Wien): ein Gutachten erhalten, …":
    the surname and the bracket of his university that the wrap carried below the form of
    address, a colon after them, go on with the member's sentence."""
    tei = text_tei(
        "Vorsitzende: Ich rufe Punkt 2 auf.\n\n"
        "Abgeordnete Krause (CDU): Wir haben dazu von Herrn Prof.\n"
        "Müller (Universität Wien): ein Gutachten erhalten, das die Kosten beziffert.\n\n"
        "Vorsitzende: Danke.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Vorsitzende:", "Abgeordnete Krause (CDU):", "Vorsitzende:"]


def test_an_office_and_a_form_of_address_cut_before_the_label_below_stay_one_label() -> None:
    """ "Vizepräsident Dr." / "Weber (SPD): Vielen Dank, …" in lines that run on with no blank
    line: the office ending its line with the form of address is the label's first line, the
    surname below no sentence's."""
    tei = text_tei(
        "Vorsitzende: Ich eröffne die Sitzung.\n"
        "Abgeordneter Maas (FDP): Danke. Ich habe eine Frage.\n"
        "Vizepräsident Dr.\n"
        "Weber (SPD): Vielen Dank, Herr Kollege.\n"
        "Abgeordneter Maas (FDP): Bitte.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == [
        "Vorsitzende:",
        "Abgeordneter Maas (FDP):",
        "Vizepräsident Dr. Weber (SPD):",
        "Abgeordneter Maas (FDP):",
    ]
