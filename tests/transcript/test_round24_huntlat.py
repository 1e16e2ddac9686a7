"""Records of Latin America, Spain and Portugal in the shapes their copies print (samples
written for these tests in the records' layouts, the names invented; their labels in
turns.toml, their persons in ids.toml): the fields of a bill's history under a Chilean
reporter's note, a Uruguayan Diario's roll of attendance, the Portuguese Diário's "O Orador:"
printed once and its chair's closing words to the hall on a line of their own."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_chilean_bills_history_fields_are_no_speakers() -> None:
    # "Informes de Comisión:" / "Discusión:" under "--Los antecedentes … que se indican:" are the
    # reporter's list, printed in the chair's turn; the secretary speaks after her
    tei = tabled_tei("es-cl-senado-antecedentes-campos.txt")
    first = " ".join(texts(tei, "//t:sp[1]//t:p"))
    assert "Informes de Comisión: Constitución" in first
    assert "Discusión: Sesiones 44ª" in first


def test_a_uruguayan_roll_of_attendance_is_no_turn() -> None:
    # "ASISTEN: los señores senadores …" and "FALTAN: con licencia, …" open no turn: the roll
    # stays the record's text before the chair opens the sitting
    tei = tabled_tei("es-uy-senado-asisten-faltan.txt")
    kept = texts(tei, "//t:body//t:p[not(ancestor::t:sp)]")
    assert any(p.startswith("ASISTEN: los señores senadores Alzugaray") for p in kept)
    assert any(p.startswith("FALTAN: con licencia") for p in kept)


def test_the_portuguese_speaker_resuming_is_a_turn_where_printed_once() -> None:
    # "O Orador: — Ficou por explicar …" after a member's interruption is the speaker going on,
    # not the interrupting member's words
    tei = tabled_tei("pt-dar-orador-uma-vez.txt")
    assert texts(tei, "//t:sp[3]/t:p") == ["— Não é verdade!"]
    assert texts(tei, "//t:sp[4]/t:p")[0].startswith("— Ficou por explicar")
    # the orator is the member holding the floor, not the one who interjected
    assert tei.xpath("//t:sp[4]/@who", namespaces=NS) == ["#o-sr-rui-vasconcelos-amaral"]


def test_the_chair_addressing_the_hall_on_a_line_of_its_own_is_no_label() -> None:
    # "Srs. Deputados, está encerrada a sessão.": the stop is the abbreviation's, the chair's words
    tei = tabled_tei("pt-dar-srs-deputados-encerrada.txt")
    assert "Srs. Deputados, está encerrada a sessão." in texts(tei, "//t:sp[1]/t:p")


def test_the_last_of_the_speakers_the_chair_reads_out_is_no_label() -> None:
    # "Senadora Cristina Moura." / "Senador Ademir Queiroga." / "Por gentileza, …": the chair
    # reads the roll of those enrolled and goes on speaking
    tei = tabled_tei("pt-br-senado-inscritos-lista.txt")
    chair = " ".join(texts(tei, "//t:sp[1]/t:p"))
    assert "Senador Ademir Queiroga. Por gentileza, Senador" in chair


def test_a_chairs_holder_joined_by_do_is_the_person_of_the_chairs_turns() -> None:
    tei = tabled_tei("pt-br-senado-presidente-particula-do.txt")
    assert texts(tei, "//t:person[@xml:id='joaquim-vital-do-amaral']/t:persName[1]") == [
        "Joaquim Vital do Amaral"
    ]


def test_a_flattened_diarios_member_and_reporter_after_a_sentence_take_their_turns() -> None:
    # "… el quorum.  El RELATOR.- (Pasa lista).  El señor PRESIDENTE.- … Quispe Valdivia.  El
    # señor QUISPE VALDIVIA.- Gracias …": each label with its stop and dash inside the one line
    tei = tabled_tei("es-pe-ccd-aplanado-guion.txt")
    assert texts(tei, "//t:sp[2]/t:stage") == ["(Pasa lista)."]
    assert texts(tei, "//t:sp[4]/t:p")[0].startswith("Gracias señor Presidente.")


def test_a_gacetas_roll_call_without_stops_is_no_turn() -> None:
    # "Contestaron los siguientes honorables" / "Representantes:" / "Arboleda Cuéllar Jaime
    # Andrés" / …: the wrap left the sentence's last word with its colon over the roll
    tei = tabled_tei("es-co-gaceta-lista-sin-punto.txt")
    secretary = " ".join(texts(tei, "//t:sp[2]/t:p"))
    assert "Representantes: Arboleda Cuéllar Jaime Andrés" in secretary


def test_a_letters_address_with_a_stop_and_a_dash_inside_a_turn_is_no_label() -> None:
    # the Mexican Diario's letter read out: "CC. Secretarios de la H. Cámara de Diputados.-
    # Presentes." is its address, an office in Mixed case with no article, no member's label
    tei = text_tei(
        "El C. Presidente: Se va a dar lectura.\n\n"
        "- El C. secretario Ramos Ortega (leyendo):\n"
        '"CC. Secretarios de la H. Cámara de Diputados.- Presentes. El suscrito presenta la proposición."\n\n'
        "- El C. Presidente: Tiene la palabra el ciudadano diputado Salas.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == [
        "El C. Presidente:",
        "- El C. secretario Ramos Ortega (leyendo):",
        "- El C. Presidente:",
    ]


def test_a_flattened_copys_chair_run_on_after_a_heading_takes_the_turn() -> None:
    # "… INICIACIÓN DE LA SESIÓN Sra. Presidenta (Quiroga).- Con la presencia …": no sentence
    # ends before the label, its holder in brackets with a stop and a dash closes it
    tei = tabled_tei("es-ar-legislatura-aplanado-titulo.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("Con la presencia de 33 legisladores")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Invito a la diputada Marta Echeverri")
