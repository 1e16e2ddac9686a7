"""Hearings and inquiries outside English: a Spanish Congreso's commission of inquiry, whose
Diario prints each witness's appearance as a heading in CAPITALS with the file's number after its
stop; the Catalan Parlament's, whose web copy sets each label alone above the speech, the
witness's office in brackets the first time; an Uruguayan commission's versión taquigráfica,
whose head says who presides in a field; a Brazilian Câmara CPI's shorthand notes, each page
headed by the house, the committee and the file's number and date; a German Landtag's
committee of inquiry, whose chair reads out the numbered questions of the order of evidence
and whose witness reads a statement under an outline's headings; a French commission's summary
minutes, an Italian one's resoconto sommario and a Sejm committee's bulletin, which report who
spoke and who chaired; a copy
of the Assemblée's record setting each label alone on its line with its stop. What only looks so (a
heading naming a place in brackets, a name a sentence gives before a comma, the chair's office
before a colon, lines that differ above a repeated head, an examination's numbered questions
beside its answers, a speaker's initial "I." with no "II." below) stays as it was. Each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_the_heading_of_a_witness_appearance_in_capitals_is_no_label() -> None:
    """ "COMPARECENCIA DE LA SEÑORA X, EXSECRETARIA GENERAL … . (Número de expediente …)." ends
    with a stop like "PRESIDENTE." and names an office: the heading of the item, never a turn
    whose speech is the file's number; the chair opens the first turn under it, and the witness
    is one person, not the heading's words."""
    root = tabled_tei("es-congreso-comparecencia-heading-capitals.txt")
    labels = root.xpath("//t:person/t:persName[@type='label']/text()", namespaces=NS)
    assert not any(label.startswith("COMPARECENCIA") for label in labels)
    assert "COMPARECENCIA DE LA SEÑORA ALONSO PRIETO" in " ".join(
        texts(root, "//t:text//t:head | //t:text//t:p")
    )


def test_the_heading_opening_the_word_in_lower_case_is_no_speech() -> None:
    """A speech that names an appearance opens no heading: "La comparecencia del ministro …" in
    a member's turn stays in the turn."""
    root = text_tei(
        "El señor PRESIDENTE: Tiene la palabra el señor Urrutia Garai.\n\n"
        "El señor URRUTIA GARAI: La comparecencia del ministro, señor presidente, es urgente.\n\n"
        "El señor PRESIDENTE: Gracias.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "El señor PRESIDENTE:",
        "El señor URRUTIA GARAI:",
        "El señor PRESIDENTE:",
    ]


def test_a_witness_alone_with_the_office_in_brackets_the_first_time() -> None:
    """ "Marta Vidal i Pons (exgerent del Consorci Sanitari)" alone above her first answer, "Marta
    Vidal i Pons" later: a label both times, the names a particle joins read as the Catalan
    record's are, the bracket her role; the member alone between them takes turns with them,
    though the heading "Compareixença de Marta Vidal i Pons, exgerent …" names the witness
    before a comma as a roll would."""
    root = tabled_tei("ca-parlament-compareixent-office-alone.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Gràcies, presidenta. Bon dia a totes i a tots."]
    person = root.xpath("//t:person[@xml:id='marta-vidal-i-pons']", namespaces=NS)[0]
    assert person.get("role") == "exgerent del Consorci Sanitari"


def test_a_place_in_brackets_alone_over_the_first_label_is_no_speaker() -> None:
    """ "Palau del Parlament (Sala 6)" alone in the head is shaped as the witness's label is: no
    turn of its own, the chair's label below still the first turn's."""
    root = text_tei(
        "Comissió d’Investigació\n\nPalau del Parlament (Sala 6)\n\nLa presidenta\n\n"
        "Bon dia. Senyora Vidal, té la paraula.\n\nMarta Vidal i Pons\n\nGràcies, presidenta.\n\n"
        "La presidenta\n\nGràcies. Diputat Soler.\n\nArnau Soler i Camps\n\nQui va adjudicar el contracte?\n"
    )
    speakers = texts(root, "//t:sp/t:speaker")
    assert speakers == ["La presidenta", "Marta Vidal i Pons", "La presidenta", "Arnau Soler i Camps"]


def test_who_presides_in_the_head_of_a_commission_record_is_a_field() -> None:
    """ "Preside: Señor Representante X." in the head, above "Miembros:" and "Invitado:": the verb
    of the field, as "Presiding:" is, no label; the chair's own label opens the first turn."""
    root = tabled_tei("es-uy-comision-investigadora-preside.txt")
    assert "Preside: Señor Representante Álvaro Benítez." in texts(root, "//t:front//t:p | //t:text//t:p")


def test_the_chairs_office_before_its_colon_is_a_label_still() -> None:
    """ "PRESIDENTE:" is the office, no field's verb: a short exchange keeps it."""
    root = text_tei(
        "PRESIDENTE: Tiene la palabra el señor Larrañaga.\nLARRAÑAGA: Gracias.\nPRESIDENTE: Adelante.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["PRESIDENTE:", "LARRAÑAGA:", "PRESIDENTE:"]


def test_the_lines_each_page_prints_over_its_dated_head_are_the_head() -> None:
    """ "CÂMARA DOS DEPUTADOS - DETAQ" / "CPI - Obras Paradas" / "Número: 0731/25   08/04/2025"
    over each page: the committee's line is the head's, no label "CPI -" with its speech; the
    sentence the page break cut is joined again."""
    root = tabled_tei("pt-br-camara-cpi-notas-cabecalho-repetido.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].endswith("e assim continuarei fazendo perante esta Comissão.")
    furniture = texts(root, "//t:list[@type='furniture']/t:item")
    assert furniture.count("CPI - Obras Paradas") == 3


def test_lines_that_differ_over_a_repeated_dated_head_stay_text() -> None:
    """The dated head printed twice with a different line above each: only the head goes."""
    root = text_tei(
        "O SR. PRESIDENTE - Está aberta a reunião.\n"
        "Número: 0731/25                                  08/04/2025\n\n"
        "O SR. OTÁVIO LINS - Obrigado, Sr. Presidente.\n"
        "Número: 0731/25                                  08/04/2025\n\n"
        "O SR. PRESIDENTE - Está encerrada a reunião.\n"
    )
    assert texts(root, "//t:sp/t:p") == [
        "Está aberta a reunião.",
        "Obrigado, Sr. Presidente.",
        "Está encerrada a reunião.",
    ]


def test_numbered_questions_the_chair_reads_out_are_no_labels() -> None:
    """ "Frage 1: Wann erhielten Sie …?" / "Frage 2: An wen …?" in the chair's turn, the witness
    answering under her own label: the order of evidence's questions, the chair's words, where
    no "Antwort:" is printed as the examination's answer."""
    root = tabled_tei("de-ua-fragen-nummeriert-vorgelesen.txt")
    assert "Frage 2: An wen haben Sie den Prüfbericht weitergeleitet?" in texts(root, "//t:sp[1]/t:p")


def test_numbered_questions_beside_their_answers_are_the_examinations_labels() -> None:
    """ "Frage 1:" / "Antwort:" / "Frage 2:" / "Antwort:": a written examination numbering its
    questions, each answered under "Antwort:": both words are labels, as unnumbered ones are."""
    root = text_tei(
        "Frage 1: Wann haben Sie ihn gesehen?\nAntwort: Im Oktober.\nFrage 2: Wo?\nAntwort: In Köln.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Frage 1:", "Antwort:", "Frage 2:", "Antwort:"]


def test_an_outline_read_out_in_a_witness_statement_is_no_label() -> None:
    """ "I. Zur Person:" alone, "II. Zur Sache:" below it: the headings of the statement the
    witness reads, in his turn; "I." is no initial where "II." opens a heading in that shape."""
    root = tabled_tei("de-ua-zeuge-erklaerung-gliederung.txt")
    assert texts(root, "//t:sp[2]/t:p")[1:4] == [
        "I. Zur Person:",
        "Ich bin seit 2004 im Dienst des Landes und leite seit 2019 die Abteilung Haushalt.",
        "II. Zur Sache:",
    ]


def test_an_initial_alone_with_its_colon_and_no_second_part_speaks() -> None:
    """ "I. Hartmann:" alone above her words, no "II.…:" heading anywhere: a speaker's initial."""
    root = text_tei(
        "K. Berger:\nWer hat den Vermerk verfasst?\n\nI. Hartmann:\nDas war das Referat.\n\n"
        "K. Berger:\nDanke.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["K. Berger:", "I. Hartmann:", "K. Berger:"]


def test_summary_minutes_reporting_who_spoke_have_no_turns() -> None:
    """ "Mme Claire X, rapporteure, interroge M. Caron sur …" and "M. Bruno Y, ingénieur général
    des ponts, présente les conclusions …": a name, its office and the minutes' verb in the
    present, reported speech: no turns, the sentences kept as the minutes' paragraphs."""
    root = tabled_tei("fr-commission-enquete-releve-conclusions.txt")
    assert any(
        p.startswith("Mme Claire Fontaine, rapporteure, interroge") for p in texts(root, "//t:body//t:p")
    )


def test_a_witness_with_her_office_before_the_dash_still_speaks() -> None:
    """ "Mme Hélène X, présidente de l'Autorité de régulation des transports. – Je vous remercie …":
    an office after the comma and the speech after the dash, no verb of the minutes."""
    root = text_tei(
        "M. Pierre Lafont, président. – Madame, vous avez la parole.\n\n"
        "Mme Hélène Vasseur, présidente de l'Autorité de régulation des transports. – Je vous présente "
        "l'Autorité en deux mots.\n"
    )
    assert texts(root, "//t:sp/t:speaker")[1] == (
        "Mme Hélène Vasseur, présidente de l'Autorité de régulation des transports. –"
    )


def test_a_resoconto_sommario_reporting_the_chair_has_no_turns() -> None:
    """ "Sergio X, presidente, avverte che la pubblicità dei lavori è assicurata … Introduce
    quindi l'audizione.": the chair's name, office and the minutes' verb, a second sentence on
    the line: reported, no label whose speech is the line's second sentence."""
    root = tabled_tei("it-commissione-inchiesta-resoconto-sommario.txt")
    assert not root.xpath("//t:listPerson/t:person", namespaces=NS)


def test_a_member_with_her_office_after_the_comma_alone_with_its_stop() -> None:
    """ "Mme Claire Morel, rapporteure." alone above her question, beside "M. le président Jean
    X." and "M. Thomas Y, directeur de …." printed so: a label of the believed labels' shape,
    though a line that a stop ends alone is a sentence's shape too."""
    root = tabled_tei("fr-an-commission-labels-alone-office-comma.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Quand avez-vous été alerté de la sécheresse ?"]


def test_a_roll_and_a_signature_alone_with_their_stops_stay_text() -> None:
    """ "M. Jean Dupont, président." and "Mme Anne Roy, secrétaire." a paragraph each under
    "Étaient présents :", the secretary again as the minutes' signature: no label is believed
    in that shape, so none of them speaks."""
    root = text_tei(
        "Compte rendu de la réunion\n\nÉtaient présents :\n\nM. Jean Dupont, président.\n\n"
        "Mme Anne Roy, secrétaire.\n\nLa réunion s'ouvre à 18 heures. Le président rappelle "
        "l'ordre du jour.\n\nMme Anne Roy, secrétaire.\n\nFait à Lyon, le 4 mars 2024.\n"
    )
    assert not root.xpath("//t:sp", namespaces=NS)


def test_a_committee_bulletin_saying_who_chaired_has_no_turn() -> None:
    """ "Posiedzeniu przewodniczyła posłanka Ewa X (Lewica), przewodnicząca Komisji." opening a
    bulletin of reported speech: who chaired, the head's, no label with the rest of its line as
    speech."""
    root = tabled_tei("pl-sejm-komisja-biuletyn-przewodniczyl.txt")
    assert texts(root, "//t:front/*")[0].startswith("Posiedzeniu przewodniczyła posłanka Ewa Zielińska")


def test_the_chair_named_above_a_verbatim_record_keeps_the_labels_below() -> None:
    """The same sentence over a verbatim record: the chair's and the witness's labels below it."""
    root = text_tei(
        "Posiedzeniu przewodniczył poseł Adam Nowicki (KO), przewodniczący Komisji.\n\n"
        "Przewodniczący poseł Adam Nowicki (KO):\nOtwieram posiedzenie.\n\n"
        "Świadek Jan Kowalski:\nDzień dobry.\n\nPrzewodniczący poseł Adam Nowicki (KO):\nDziękuję.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "Przewodniczący poseł Adam Nowicki (KO):",
        "Świadek Jan Kowalski:",
        "Przewodniczący poseł Adam Nowicki (KO):",
    ]
