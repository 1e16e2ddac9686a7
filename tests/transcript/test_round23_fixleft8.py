"""Shapes earlier rounds left, mended in the twenty-third round: the holder's surname in brackets
after an office and its portfolio in CAPITALS names the person; a seat of two words after an
office and a surname, and a union and its region after a delegate, name no holder; the holder
printed in brackets after the chair's colon is the label's; an item's heading in CAPITALS run into
the chair's last sentence is a head; a surname glued to a sentence's stop is the label it is
elsewhere in the record; an attorney printed alone above the questions asks them; an editor's credit inside a turn is
furniture; the chair's label whose stops OCR read as commas is his where the record prints it with
them; an office letter-spaced in CAPITALS is a label, printed as set; a bare name's answer that is a
name stays her speech."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei, text_tei, texts


def test_a_portfolios_holders_in_capitals_brackets_are_two_persons() -> None:
    tei = tabled_tei("en-assembly-minister-portfolio-surname-capitals.txt")
    assert name_parts_of(tei, "okonjo") == [("surname", None, "Okonjo")]
    assert name_parts_of(tei, "adewale") == [("surname", None, "Adewale")]


def test_a_two_word_seat_after_an_office_and_surname_is_the_members_seat() -> None:
    tei = tabled_tei("en-senate-office-surname-two-word-seat.txt")
    assert name_parts_of(tei, "senator-adebayo") == [
        ("roleName", "honorific", "Senator"),
        ("surname", None, "Adebayo"),
    ]
    assert tei.xpath("//t:person[@xml:id='senator-musa']/@role", namespaces=NS) == ["Kano North"]


def test_a_delegates_union_and_region_after_a_comma_name_no_holder() -> None:
    tei = tabled_tei("en-congress-delegate-union-and-region.txt")
    assert texts(tei, "//t:person[@xml:id='delegate-unite-northern-region']/t:persName[1]") == ["Delegate"]


def test_the_chairs_holder_printed_after_the_colon_is_the_labels() -> None:
    tei = tabled_tei("es-diario-vicepresidente-holder-after-colon.txt")
    assert texts(tei, "//t:sp[1]/t:p") == ["Se abre la sesión. Tiene la palabra el Sr. Echevarría."]
    assert name_parts_of(tei, "portela") == [("surname", None, "Portela")]


def test_a_heading_run_into_the_chairs_last_sentence_is_a_head() -> None:
    tei = tabled_tei("en-hansard-heading-run-into-sentence.txt")
    assert texts(tei, "//t:body//t:head") == ["SECOND READING OF THE FINANCE BILL"]
    assert texts(tei, "//t:sp[1]/t:p")[0].endswith("The ayes have it and the motion is carried.")


def test_a_surname_glued_to_a_sentences_stop_is_its_label_elsewhere() -> None:
    tei = tabled_tei("ru-stenogram-ocr-surname-glued-to-stop.txt")
    assert texts(tei, "//t:sp[4]/t:p") == ["Товарищи, резолюция правильная, и мы ее целиком поддерживаем."]


def test_a_glued_surname_no_label_prints_stays_speech() -> None:
    tei = text_tei(
        "Председатель. Слово имеет товарищ Зуев.\n\n"
        "Зуев. Товарищи, мы ее поддерживаем.Морозов. Товарищи, это сказал товарищ Морозов.\n\n"
        "Председатель. Переходим к голосованию.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Председатель.", "Зуев.", "Председатель."]


def test_an_attorney_alone_above_the_questions_asks_them() -> None:
    tei = tabled_tei("en-ph-tsn-attorney-alone-over-questions.txt")
    assert texts(tei, "//t:body//t:head") == ["ATTY. MENDOZA", "CROSS-EXAMINATION", "ATTY. VILLANUEVA"]


def test_an_editors_credit_inside_the_chairs_turn_is_furniture() -> None:
    tei = tabled_tei("es-pe-diario-editor-credit-in-turn.txt")
    assert texts(tei, "//t:list[@type='furniture']/t:item[@ana='editor-credit']") == [
        "Por la Redacción: Julio Quispe Mamani."
    ]
    assert texts(tei, "//t:sp[1]/t:p") == [
        "Se abre la sesión. Se va a dar cuenta de las mociones presentadas.",
        "Tiene la palabra el congresista Huamán Tello.",
    ]


def test_the_chairs_label_with_its_stops_read_as_commas_is_his() -> None:
    tei = tabled_tei("de-at-reichstag-1848-ocr-comma-for-stop.txt")
    assert texts(tei, "//t:sp[3]/t:p") == ["Meine Herren, wir kommen zur Abstimmung über den Antrag."]
    assert texts(tei, "//t:sp[4]/t:p") == [
        "Herr Präsident, meine Herren, ich bitte um das Wort zur Fragestellung."
    ]


def test_an_office_letter_spaced_in_capitals_is_the_chairs_label() -> None:
    tei = tabled_tei("it-camera-letter-spaced-presidente.txt")
    assert texts(tei, "//t:sp[3]/t:p") == [
        "Pongo a partito l'ordine del giorno dell'onorevole Bertolini, non accettato dal Governo."
    ]
    assert texts(tei, "//t:person[@xml:id='presidente']/t:persName[@type='label']") == [
        "PRESIDENTE",
        "P R E S I D E N T E",
    ]


def test_a_bare_names_answer_that_is_a_name_is_her_speech() -> None:
    tei = tabled_tei("en-hearing-bare-dashed-names-answer-a-name.txt")
    assert texts(tei, "//t:sp[4]/t:p") == ["Doctor Paul Okafor."]
