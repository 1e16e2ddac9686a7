"""Oral-history interviews and disciplinary and military hearings: the interviewed person's role
after its article ("La entrevistada:", "De geïnterviewde:", "The narrator:"), the parties of a
disciplinary or complaints hearing ("De klager:", "De verweerster:", "Le plaignant :"), the ranks
of a court martial or a board before the name, after their article ("El capitán Morales:", "Il
capitano Rinaldi:") or cut with their stop ("Kpt. Lipiński:", "Ten. Marchetti:"), each printed
once, with a negative case for each (invented samples; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_the_interviewed_person_s_role_after_its_article_is_a_label() -> None:
    """ "La entrevistada:", "De geïnterviewde:", "The narrator:", each once beside the
    interviewer: the role, as "La entrevistadora:" is, the speech after the colon."""
    spanish = tabled_tei("es-historia-oral-la-entrevistada-articulo.txt")
    assert texts(spanish, "//t:sp[2]/t:p") == [
        "Como si fuera hoy. Entré con catorce años, en el turno de noche."
    ]
    dutch = tabled_tei("nl-mondelinge-geschiedenis-de-geinterviewde.txt")
    assert texts(dutch, "//t:sp[2]/t:p") == [
        "In 1956, als leerling-draaier. Ik was vijftien. Het werk was zwaar, maar je had collega's. (lacht)"
    ]
    english = tabled_tei("en-oral-history-the-narrator-article.txt")
    assert texts(english, "//t:sp[3]/t:p") == ["I was six. I remember the cold more than anything."]


def test_an_interview_s_narrative_about_the_role_stays_text() -> None:
    """The role opening a sentence of a summary, lower case after its colon: no turn."""
    root = text_tei(
        "Entrevista a Dolores Prieto, 2004\n\n"
        "La entrevistada nació en Gijón en 1931. Su padre era pescador.\n"
        "El capitán del barco: así lo llamaban en el pueblo.\n"
        "Nadie sabía su nombre.\n",
        "es.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == []


def test_the_parties_of_a_disciplinary_hearing_after_their_article_are_labels() -> None:
    """ "De klager:", "De verweerster:", "De gemachtigde:", "Le plaignant :", "La défenderesse :"
    beside the chair and the rapporteur, each once."""
    dutch = tabled_tei("nl-tuchtcollege-zitting-klager-verweerster.txt")
    assert texts(dutch, "//t:sp[3]/t:p") == ["Dat betreur ik, maar de triage was op dat moment juist."]
    french = tabled_tei("fr-chambre-disciplinaire-le-plaignant.txt")
    assert texts(french, "//t:sp[3]/t:p") == ["J'ai remis le devis en main propre, il l'a signé."]


def test_a_decision_s_sentence_reporting_a_party_s_statement_is_no_label() -> None:
    """ "De klager heeft verklaard: "…"", a decision's narrative: its auxiliary and its verb of
    saying in the past participle are a sentence's words, no office's portfolio."""
    root = text_tei(
        "Uitspraak van het Regionaal Tuchtcollege\n\n"
        "2. De feiten\n"
        "De klager was in 2015 patiënt van verweerster.\n"
        'De klager heeft verklaard: "Ik ben nooit teruggebeld."\n'
        "De verweerster betwist dat.\n",
        "nl.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == []


def test_a_rank_before_the_name_after_its_article_is_a_label() -> None:
    """ "El capitán Morales:", "El sargento Ibáñez:", "Il capitano Rinaldi:", "Il maresciallo
    Conti:": the rank a form of address before the name, as "El coronel" is."""
    spanish = tabled_tei("es-consejo-guerra-el-capitan-articulo.txt")
    assert texts(spanish, "//t:sp[5]/t:p") == ["Yo atendí el teléfono. (Murmullos en la sala.)"]
    assert texts(spanish, "//t:sp[5]//t:stage") == ["(Murmullos en la sala.)"]
    italian = tabled_tei("it-commissione-disciplina-il-capitano.txt")
    assert texts(italian, "//t:sp[2]/t:p") == ["Respingo ogni addebito."]


def test_a_sentence_reporting_what_an_officer_said_is_no_label() -> None:
    root = text_tei(
        "Tribunal militaire, audience de 1917\n\n"
        "Le capitaine Martin a déclaré : « Je n'ai rien vu ».\n"
        "Le sergent Blanc, interrogé, a répondu : « Non ».\n",
        "fr.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == []


def test_a_rank_cut_with_its_stop_goes_on_to_the_name() -> None:
    """ "Płk. Zawadzki:", "Kpt. Lipiński:", "Por. Kamiński:", "Ten. Marchetti:": the rank's stop
    ends no label, the name after it is the officer's."""
    polish = tabled_tei("pl-sad-honorowy-stopien-skrot.txt")
    assert texts(polish, "//t:sp[1]/t:p") == ["Otwieram rozprawę. Obwiniony, proszę wstać."]
    assert texts(polish, "//t:sp[4]/t:p") == ["Byłem świadkiem zajścia w kasynie."]
    italian = tabled_tei("it-commissione-disciplina-il-capitano.txt")
    assert texts(italian, "//t:sp[3]/t:p") == ["Confermo quanto scritto nel rapporto."]


def test_an_abbreviation_of_another_word_before_a_colon_is_no_rank() -> None:
    """The Polish "Por." of a reference (porównaj) and the Italian "Cap." of a chapter before a
    colon: no officer's label."""
    polish = text_tei(
        "Komentarz do ustawy o sądach honorowych\n\n"
        "Przepis stosuje się odpowiednio do oficerów rezerwy.\n"
        "Por. Kodeks karny wojskowy, art. 12: odpowiedzialność za czyn.\n"
        "Tak przyjęło orzecznictwo.\n",
        "pl.txt",
    )
    assert texts(polish, "//t:sp/t:speaker") == []
    italian = text_tei(
        "Indice del volume\n\n"
        "Cap. 2: La guerra in Africa orientale.\n"
        "Cap. Terzo: Il ritorno in patria.\n"
        "Le pagine seguono l'ordine cronologico.\n",
        "it.txt",
    )
    assert texts(italian, "//t:sp/t:speaker") == []


def test_a_church_court_s_priests_and_prelates_abbreviated_are_labels() -> None:
    """ "Fr. O'Donnell:", "Br. Colm:", "Mons. Arrieta:", "Ks. Malinowski:": the abbreviated form
    of address and the name after it, one label, beside the defender of the bond."""
    english = tabled_tei("en-diocesan-tribunal-fr-br-abbreviated.txt")
    assert texts(english, "//t:sp[2]/t:p") == ["I prepared the couple for marriage in the spring of 1991."]
    polish = tabled_tei("pl-sad-biskupi-ks-skrot.txt")
    assert texts(polish, "//t:sp[2]/t:p") == ["Tadeusz Malinowski, proboszcz parafii w Sierpcu."]


def test_a_title_with_its_sitting_s_date_after_a_dash_is_no_label_s_head() -> None:
    """ "Tribunal Eclesiástico — sesión del 14 de mayo de 2003" over short labels: the title's
    line, the longest, read as a label the margin cut ran on into "El Juez:"; a date after the
    dash is a sitting's, no one's role."""
    root = tabled_tei("es-tribunal-eclesiastico-titulo-guion-sesion.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Que pase el testigo."]
    assert "Tribunal Eclesiástico" in " ".join(texts(root, "//t:front//t:titlePart"))


def test_a_name_and_role_after_a_dash_wrapped_over_its_colon_stays_one_label() -> None:
    """ "Ana Ruiz Campos — concejala delegada de Hacienda y" / "portavoz del grupo: …": no date
    after the dash, the wrap's label read whole as before."""
    root = text_tei(
        "Pleno del Ayuntamiento, 3 de marzo de 2020\n\n"
        "El Alcalde: Tiene la palabra la señora Ruiz, concejala delegada de Hacienda y portavoz.\n"
        "Ana Ruiz Campos — concejala delegada de Hacienda y\n"
        "portavoz del grupo: Gracias, señor alcalde.\n",
        "es.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "El Alcalde:",
        "Ana Ruiz Campos — concejala delegada de Hacienda y portavoz del grupo:",
    ]
    assert texts(root, "//t:sp[2]/t:p") == ["Gracias, señor alcalde."]


def test_a_police_interview_s_officers_abbreviated_are_labels() -> None:
    """ "Det. Ramirez:", "Ofc. Hale:", "Tpr. Diaz:", each once beside the person interviewed: the
    abbreviated rank or post and the name, one label ("Det." alone had opened the first turn)."""
    root = tabled_tei("en-police-interview-det-ofc-abbreviated.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["It is 10:14. State your name for the recording."]
    assert texts(root, "//t:sp[3]/t:p") == ["He was read his rights at the scene."]


def test_an_item_s_abbreviation_and_number_before_a_colon_is_no_officer() -> None:
    """ "Inv. 4432: one claw hammer, bagged.": a property log's item, no investigator's label."""
    root = text_tei(
        "Evidence log, property room\n\n"
        "Items booked in on 2 May 2016.\n"
        "Inv. 4432: one claw hammer, bagged.\n"
        "Inv. 4433: two mobile phones.\n"
        "Signed by the duty officer.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == []
