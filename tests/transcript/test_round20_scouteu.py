"""Records of Europe a user copies from the web or a PDF: the Riigikogu's government
representative under the web copy's clock, names with hyphened initials taking turns alone on
their lines, the Országgyűlés's long description with a semicolon, and a newspaper's Reichstag
report whose party abbreviation's stop is no label's before a narrating verb (samples in
tests/data/labels/, written in the shapes the real records print, names invented)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_the_government_representative_under_the_clock_opens_a_turn() -> None:
    tei = tabled_tei("et-riigikogu-valitsuse-esindaja.txt")
    assert tei.xpath("//t:sp/t:speaker/t:time/text()", namespaces=NS) == ["10:00", "10:00", "10:01"]


def test_names_with_hyphened_initials_alone_on_their_lines_take_turns() -> None:
    tei = tabled_tei("et-riigikogu-hyphen-initials.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Härra juhataja! Mul on küsimus teise teksti kohta. Kas me hääletame mõlema üle eraldi?"
    ]


def test_hyphened_initials_are_no_surname_in_capitals() -> None:
    # printed once each, a form of address beside them: initials, not "GALLO Raffaele"
    tei = text_tei(
        "H.-J. Brandt\n\nMeine Damen und Herren! Ich eröffne die Sitzung.\n\nK. Vogel\n\nHerr Präsident! Ich habe eine Frage.\n"
    )
    assert [who.lstrip("#") for who in tei.xpath("//t:sp/@who", namespaces=NS)] == ["h-j-brandt", "k-vogel"]


def test_a_long_description_with_a_semicolon_is_the_label_s_role() -> None:
    tei = tabled_tei("hu-ogy-description-semicolon.txt")
    assert texts(tei, "//t:sp/t:p")[0].startswith("Köszönöm a szót, elnök asszony.")
    assert texts(tei, "//t:body//t:p")[0] == "A felszólalás szövege:"


def test_a_semicolon_after_a_name_in_capitals_is_no_description() -> None:
    tei = text_tei("ELNÖK: Megadom a szót.\n\nKOVÁCS BÉLA; ez nem címke: Köszönöm.\n")
    assert [who.lstrip("#") for who in tei.xpath("//t:sp/@who", namespaces=NS)] == ["elnok"]


def test_a_party_s_stop_before_a_narrating_verb_is_no_label_s() -> None:
    tei = tabled_tei("de-reichstag-narrated-party-stop.txt")
    assert any(
        p.startswith("Abg. Tiedemann (Chr.-Soz.) gibt eine Erklärung ab") for p in texts(tei, "//t:body//t:p")
    )


def test_the_stop_inside_the_brackets_before_a_capitalised_speech_stays_the_label_s() -> None:
    tei = text_tei(
        "Андреев (председательствующий.) Товарищи, заседание открыто.\n\nПетров. Прошу слова.\n\nАндреев (председательствующий.) Пожалуйста.\n"
    )
    assert [who.lstrip("#") for who in tei.xpath("//t:sp/@who", namespaces=NS)][:1] == ["andreev"]


def test_the_dutch_form_of_address_of_two_words_opens_a_name_alone() -> None:
    tei = tabled_tei("nl-vlaams-de-heer-alone.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Minister, collega's,")


def test_one_speech_card_captioning_the_photo_opens_a_turn() -> None:
    tei = tabled_tei("cy-twfy-photo-once.txt")
    assert tei.xpath("//t:sp/t:speaker/t:time/text()", namespaces=NS) == ["1:52, 14 Mehefin 2023"]
    assert texts(tei, "//t:person/t:affiliation") == ["Plaid Cymru"]


def test_one_name_and_party_without_a_photo_s_caption_stays_a_paragraph() -> None:
    tei = text_tei(
        "Debate\n\nAnna Berg Labour 1:52, 14 June 2023\n\nThe Bill will come before the House in the autumn.\n"
    )
    assert tei.xpath("//t:sp", namespaces=NS) == []


def test_line_breaks_printed_as_tags_are_left_out_as_furniture() -> None:
    tei = tabled_tei("de-parteitag-br-tags.txt")
    assert "<br" not in "".join(tei.xpath("//t:text//text()", namespaces=NS))
    assert texts(tei, "//t:sp[1]/t:p")[:1] == ["Vielen Dank. – Das Wort hat jetzt Ralf-Peter"]


def test_a_break_tag_quoted_in_a_speech_stays_its_words() -> None:
    tei = text_tei("ANNA: Schreiben Sie <br /> in den Text.\n\nBERT: Gut.\n")
    assert "Schreiben Sie <br /> in den Text." in texts(tei, "//t:sp/t:p")


def test_a_cut_line_with_a_sentence_ended_inside_is_a_speech_not_a_field() -> None:
    # the label printed once over one line the wrap cut: its sentence's stop and dash show a speech
    tei = text_tei(
        "Eröffnung\n\nJana Wellmann, Tagungspräsidium: Vielen Dank. – Das Wort hat jetzt Uwe\n\nSander.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Jana Wellmann, Tagungspräsidium:"]
    # a field's value with a title's stop stays unfinished: no speech
    tei = text_tei("Sitzung\n\nPresidente: Excmo. Sr. D. Juan Pablo Durán\n\nSe abre la sesión.\n")
    assert tei.xpath("//t:sp", namespaces=NS) == []


def test_an_initial_an_edition_supplied_in_square_brackets_opens_the_label() -> None:
    tei = tabled_tei("cs-ns-supplied-initial.txt")
    assert texts(tei, "//t:body//t:p")[-1].startswith("Poslanci zemědělského výboru")


def test_a_word_in_square_brackets_before_a_name_is_no_supplied_initial() -> None:
    tei = text_tei(
        "PRESIDENTE: Bene.\n\n[Applausi] Rossi: Grazie, Presidente. Intervengo brevemente.\n\nPRESIDENTE: Grazie.\n"
    )
    assert [who.lstrip("#") for who in tei.xpath("//t:sp/@who", namespaces=NS)] == [
        "presidente",
        "presidente",
    ]
