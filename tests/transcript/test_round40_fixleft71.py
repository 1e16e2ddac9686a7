"""Shapes earlier rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a hearing's witness resuming after his name in capitals ("Mr. SMITH,
(continuing)"), the Spanish Congress's questioner described as the question's author, a Danish
council's heading of its committees in the council's genitive, and shapes that already held
(Turkish minutes' fields, an old typed acta in capitals, Brazilian ordinal offices), kept so."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_witness_resuming_after_his_form_of_address_and_comma() -> None:
    """ "Mr. SMITH, (continuing)" alone over the speech is the chair's "THE CHAIRMAN, (continuing)"
    with a form of address: the note the label's, none of the speech's words."""
    root = tabled_tei("en-hearing-mister-capitals-continuing.txt")
    assert texts(root, "//t:sp[4]/t:p") == [
        "The fees have not changed since the district was formed, and the ranchers ask only that they stay so."
    ]


def test_a_heading_s_comma_before_its_note_of_going_on_stays_no_label() -> None:
    """A heading has no form of address: "REPORT OF THE COMMITTEE, (continued)" stays a paragraph."""
    paragraphs = [
        "MINUTES",
        "THE CHAIRMAN. We turn to the report.",
        "REPORT OF THE COMMITTEE, (continued)\nThe committee recommends the bill.",
        "MR. SMITH. Thank you.",
        "THE CHAIRMAN. Agreed.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["THE CHAIRMAN.", "MR. SMITH.", "THE CHAIRMAN."]
    assert "REPORT OF THE COMMITTEE, (continued) The committee recommends the bill." in texts(
        root, "//t:sp[1]/t:p"
    )


def test_the_spanish_questioner_as_the_question_s_author() -> None:
    """ "autora de la pregunta" after the name's comma describes her, as "diputada" would: the
    question ("pregunta", also the verb "asks") neither a sentence's nor a verb of saying; she
    is one person, the description her role."""
    root = tabled_tei("es-congreso-autora-de-la-pregunta.txt")
    roles = root.xpath(
        "//t:person[@xml:id='la-senora-lopez-martin']/@role", namespaces={"t": "http://www.tei-c.org/ns/1.0"}
    )
    assert roles == ["autora de la pregunta"]


def test_a_sentence_asking_the_question_s_author_stays_in_the_speech() -> None:
    """A sentence's verb before the name keeps the line a sentence of the chair's speech."""
    line = "Pido a la señora López Martín, autora de la pregunta: sea breve."
    paragraphs = [
        "La señora PRESIDENTA: Pregunta de la diputada doña Ana López Martín.",
        line,
        "La señora LÓPEZ MARTÍN: Gracias, señora presidenta.",
        "La señora PRESIDENTA: Gracias.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "es.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "La señora PRESIDENTA:",
        "La señora LÓPEZ MARTÍN:",
        "La señora PRESIDENTA:",
    ]
    assert line in texts(root, "//t:sp[1]/t:p")


def test_a_danish_council_s_committees_in_its_genitive_are_a_heading() -> None:
    """ "Byrådets udvalg:" over the committees' list: the council's ("byråd" an office's word)
    committees, a field's name, no turn; the mayor's "Borgmester Anne Vind:" opens one."""
    root = tabled_tei("da-byraad-udvalg-heading.txt")
    assert texts(root, "//t:div/t:p")[0].startswith("Byrådets udvalg:")


def test_the_council_s_chair_in_its_genitive_is_still_a_label() -> None:
    """ "Byrådets formand:" names the chair, no field: the genitive makes a field only of a
    field's word."""
    paragraphs = [
        "Referat af byrådets møde",
        "Byrådets formand: Godaften, og velkommen.",
        "Mads Krogh: Tak, formand.",
        "Byrådets formand: Tak.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "da.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Byrådets formand:", "Mads Krogh:", "Byrådets formand:"]


def test_shapes_that_held_turkish_fields_spanish_capitals_and_brazilian_ordinals() -> None:
    """Turkish minutes' fields an office's word opens ("Tercümanlık ücreti:", "Başkan Vekili ve
    Üyeler:") are no turns beside "Başkan:"; an old acta's "GARCÍA. — PIDO LA PALABRA." keeps its
    stop and dash in the label; "1º SECRETÁRIO (Pedro Costa) -" an ordinal office."""
    root = tabled_tei("tr-komisyon-ucret-fields.txt")
    assert "Tercümanlık ücreti: 500 TL" in texts(root, "//t:front//t:p")
    root = tabled_tei("es-acta-mayusculas-punto-raya.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["PIDO LA PALABRA."]
    tabled_tei("pt-camara-ordinal-secretario.txt")


def test_a_chair_s_line_naming_the_next_speaker_is_the_chair_s_turn() -> None:
    """ "THE CHAIR: Senator Maria Lopez" alone in its paragraph, "SENATOR LOPEZ: Thank you …" the
    next: the chair calls her, the name the chair's words, no label naming the holder of the
    chair (the chair and the senators stay apart)."""
    root = tabled_tei("en-senate-chair-names-next-speaker.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Senator Maria Lopez"]


def test_an_office_s_holder_over_the_speech_stays_the_label() -> None:
    """The Yugoslav records' "PREDSJEDNIK: dr. Ante Barić" over the speech, each line a paragraph:
    the holder speaks below, no one else's label, so the line is the label whole."""
    lines = [
        "PREDSJEDNIK: dr. Ante Barić",
        "Otvaram sjednicu. Riječ ima zastupnik Lovrić.",
        "ZASTUPNIK: Mato Lovrić",
        "Hvala. Prijedlog zakona nije dovoljno razrađen.",
        "PREDSJEDNIK: Hvala. Tko se još javlja?",
    ]
    root = text_tei("\n".join(lines) + "\n", "hr.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "PREDSJEDNIK: dr. Ante Barić",
        "ZASTUPNIK: Mato Lovrić",
        "PREDSJEDNIK:",
    ]


def test_a_bare_surname_whose_only_words_are_a_stage_of_its_act() -> None:
    """ "Biedermann: (verliest das Protokoll.)", printed once in a short excerpt: the bracket's verb
    is the record's narration of his act, so the name is his turn's label, the stage its content;
    the English "Petrov: (Reads the resolution.)" likewise."""
    root = tabled_tei("de-landtag-surname-reads-protocol-stage.txt")
    assert texts(root, "//t:sp[2]/t:stage") == ["(verliest das Protokoll.)"]
    root = tabled_tei("en-congress-surname-reads-resolution-stage.txt")
    assert texts(root, "//t:sp[2]/t:stage") == ["(Reads the resolution.)"]


def test_a_field_before_a_bracket_with_no_verb_of_narration_stays_no_label() -> None:
    """ "Ergebnis: (einstimmig angenommen.)": a vote's result, no act of a member."""
    paragraphs = [
        "Sitzung vom 12. März 1849.",
        "Präsident: Ich lasse abstimmen.",
        "Ergebnis: (einstimmig angenommen.)",
        "Präsident: Der Antrag ist angenommen.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "de.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Präsident:", "Präsident:"]


def test_shapes_that_held_a_web_copy_s_clock_under_the_name_and_a_bare_names_exchange() -> None:
    """The Riigikogu's web copy: the name alone, its clock alone under it, each a turn whose
    clock is its time; an exchange of bare names with blank lines between its turns."""
    root = tabled_tei("et-riigikogu-web-name-clock-below.txt")
    assert texts(root, "//t:sp[2]/t:stage/t:time") == ["14:02:11"]
    tabled_tei("en-exchange-bare-names-blank-lines.txt")


def test_a_chair_s_call_with_the_called_label_on_the_line_under_it() -> None:
    """No blank line between the chair's call and the member's label: the call is the chair's
    turn all the same, the member's label opening the line under it."""
    paragraphs = [
        "STATE SENATE",
        "THE CHAIR: The Senate will come to order.",
        "THE CHAIR: Senator Maria Lopez\nSENATOR LOPEZ: Thank you, Madam Chair. This bill protects the wetlands.",
        "THE CHAIR: The bill passes.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["THE CHAIR:", "THE CHAIR:", "SENATOR LOPEZ:", "THE CHAIR:"]
    assert texts(root, "//t:sp[2]/t:p") == ["Senator Maria Lopez"]
