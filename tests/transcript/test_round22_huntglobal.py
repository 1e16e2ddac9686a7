"""Records of Latin America and South Asia met in the twenty-second round's global hunt (samples
in tests/data/labels/, written in the shapes the real records print, names invented)."""

from __future__ import annotations

from label_samples import sample_tei, tabled_tei, texts


def test_labels_after_a_stop_and_its_dash_in_a_flattened_acta_open_turns() -> None:
    tei = tabled_tei("es-ar-concejo-acta-flattened-dashes.txt")
    assert texts(tei, "//t:sp/t:speaker") == [
        "PRESIDENCIA:",
        "SECRETARIA:",
        "PRESIDENCIA:",
        "TORANZO:",
        "PRESIDENCIA:",
    ]
    assert texts(tei, "//t:sp[2]/t:p") == [
        "habiendo 16 Concejales presentes, ausente con aviso la Concejal Ibarlucía, existe quórum para sesionar.-"
    ]


def test_a_dashed_clock_and_the_sittings_suspension_is_a_stage_direction() -> None:
    tei = tabled_tei("es-pe-diario-debates-dashed-closing.txt")
    assert texts(tei, "//t:stage") == ["—A las 19 horas y 42 minutos, se suspende la sesión."]
    assert texts(tei, "//t:sp[3]/t:p")[-1] == "Señores congresistas, se suspende la sesión."


def test_a_phase_of_the_sitting_under_its_heading_is_no_label() -> None:
    tei = tabled_tei("pt-br-assembleia-expediente-phases.txt")
    assert "Grande Expediente." not in texts(tei, "//t:sp/t:speaker")
    assert texts(tei, "//t:body//t:head") == ["GRANDE EXPEDIENTE"]


def test_a_web_copys_title_field_is_no_speaker() -> None:
    tei = tabled_tei("hi-loksabha-web-title-field.txt")
    assert texts(tei, "//t:sp/t:speaker") == ["श्री रमेश चंद्र वर्मा (सीतापुर):"]
    assert texts(tei, "//t:body//t:p")[0].startswith("Title: Need to release funds")


def test_applause_after_the_stage_dash_with_its_place_is_a_stage() -> None:
    tei = tabled_tei("es-ar-senado-dashed-applause-place.txt")
    assert texts(tei, "//t:stage[@type='applause']") == ["- Aplausos en las bancas."]
    assert texts(tei, "//t:sp[2]/t:p")[-1].endswith("durante toda la emergencia.")


def test_a_running_head_with_the_word_for_page_is_furniture() -> None:
    tei = tabled_tei("es-py-senado-page-word-heads.txt")
    assert texts(tei, "//t:sp[3]/t:p") == ["Gracias, senador. Tiene la palabra la senadora Villalba."]
    assert not any("CÁMARA" in text for text in texts(tei, "//t:body//t:p"))


def test_who_said_it_and_a_quotation_to_the_paragraphs_end_is_a_turn() -> None:
    tei = tabled_tei("es-ar-concejo-acta-expreso-quoted.txt")
    assert texts(tei, "//t:sp/t:speaker") == [
        "El Sr. Presidente del H. Cuerpo expresó:",
        "El Sr. Presidente del H. Cuerpo expresó:",
        "La Concejal Irazusta expresó:",
        "El Concejal Ferrando manifestó:",
    ]
    assert texts(tei, "//t:person[@xml:id='la-concejal-irazusta']//t:persName") != []
    assert texts(tei, "(//t:sp)[4]/t:p") == ["“Adelanto el voto afirmativo de nuestro bloque”."]


def test_a_reading_announced_above_its_quotation_stays_no_label() -> None:
    tei = sample_tei("en-council-read-following.txt")
    assert not any("read the following" in label for label in texts(tei, "//t:sp/t:speaker"))


def test_the_reporters_slips_of_an_uncorrected_debate_are_furniture() -> None:
    tei = tabled_tei("en-rajyasabha-uncorrected-slips.txt")
    assert not texts(tei, "//t:body//t:stage")
    assert not texts(tei, "//t:body//t:head")
    assert texts(tei, "//t:list[@type='furniture']/t:item") == [
        "-PSV/1A/11.00",
        "(Followed by 1B/NKR)",
        "-NKR/1B/11.05",
    ]


def test_taking_the_floor_on_the_first_line_is_narration_giving_the_turn() -> None:
    tei = tabled_tei("es-co-gaceta-hace-uso-first.txt")
    assert texts(tei, "//t:body//t:stage")[0].startswith("Hace uso de la palabra la Secretaria")
    assert texts(tei, "//t:sp[1]/t:p") == [
        "Señor Presidente, le informo que se ha registrado quórum decisorio."
    ]


def test_a_prosecutors_abbreviated_office_is_the_labels_and_no_heading() -> None:
    tei = tabled_tei("en-ph-rtc-tsn-prosecutor.txt")
    assert texts(tei, "//t:sp[2]/t:speaker") == ["PROS. VILLANUEVA:"]
    assert not texts(tei, "//t:body//t:head")


def test_names_listed_after_the_attendance_line_are_a_roll_and_no_turn() -> None:
    tei = tabled_tei("es-uy-diario-asisten-roll.txt")
    assert texts(tei, "//t:body//t:p")[0].startswith("Asisten los señores Representantes:")
    assert texts(tei, "(//t:sp)[1]/t:stage") == ["(Es la hora 16 y 8)"]


def test_the_sri_lankan_tamil_honourable_opens_labels_alone_on_their_lines() -> None:
    tei = tabled_tei("ta-lk-hansard-gowrava-alone.txt")
    assert texts(tei, "//t:sp[3]/t:speaker") == ["கௌரவ க. சிவநேசன் (கல்வி அமைச்சர்)"]
    assert not texts(tei, "//t:body/t:div/t:p")


def test_crosstalk_after_the_stage_dash_with_who_made_it_is_a_stage() -> None:
    tei = tabled_tei("es-ar-diputados-dashed-crosstalk.txt")
    assert texts(tei, "//t:stage[@type='noise']") == ["- Varios señores diputados hablan a la vez."]


def test_an_office_with_its_number_between_its_words_is_a_label() -> None:
    tei = tabled_tei("es-co-juicio-fiscal-numbered.txt")
    assert texts(tei, "//t:sp[2]/t:speaker") == ["FISCAL 14 SECCIONAL:"]
    assert texts(tei, "//t:sp[1]/t:p")[-1].endswith("para el registro.")


def test_mixed_case_labels_after_a_stop_and_its_dash_open_turns_under_the_actas_number() -> None:
    tei = tabled_tei("es-ar-concejo-acta-flattened-mixed.txt")
    assert texts(tei, "//t:sp[2]/t:p") == ["Pido la palabra, señor Presidente.-"]
    assert not any(label.startswith("ACTA") for label in texts(tei, "//t:sp/t:speaker"))


def test_a_courts_digital_signature_foot_is_furniture() -> None:
    tei = tabled_tei("pt-br-stf-debate-signature-foot.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Senhor Presidente, gostaria apenas de esclarecer um ponto do meu voto quanto à modulação dos efeitos."
    ]
    assert len(texts(tei, "//t:list[@type='furniture']/t:item")) == 3


def test_a_page_head_over_a_labelled_speech_is_no_listed_speakers_block() -> None:
    tei = tabled_tei("pt-br-stf-debate-page-heads.txt")
    assert not [sp for sp in texts(tei, "//t:sp/t:speaker") if "Supremo" in sp]
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Senhor Presidente, acompanho o Relator."]
