"""Romance-language shapes of round 48, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml): an Italian trial's abbreviated roles with no colon, after a
dash or a stop ("PRES. - Si accomodi.", "P. M. - …", "Imp. - …", "Avv. Rossi - …", "P.M. Lei
conosceva …", "PRES. Prego."); a Spanish or Portuguese judgment's parts ("Antecedentes de
hecho:", "Fundamentos de derecho:", "Dispositivo:") and a hearing's parties ("Parte actora:",
"Parte demandada:", "Parte autora:", "Parte ré:"); the Brazilian Câmara's dashed labels ("O SR.
PRESIDENTE - Com a palavra …"); a French report's relative clause and reflexive verb before a
colon ("M. Martin, qui exerce depuis 1998 :", "Le maire s'alarme :"), sentences, and the
Moniteur's unnamed member printed as asterisks ("*** :"), a label."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, texts, turn_paragraphs, turn_speakers


def test_an_italian_trials_abbreviated_roles_before_a_dash() -> None:
    """ "PRES. -", "P.M. -", "P. M. -" (its letters spaced), "IMP. -", "AVV. ROSSI -" and the same
    in Mixed case ("Imp. -", "Avv. Rossi -"): labels, the speech after the dash kept, the spaced
    prosecutor the same person as the unspaced."""
    root = tabled_tei("it-processo-sigle-trattino.txt")
    said = turn_paragraphs(root)
    assert "E quella sera lo ha visto?" in said
    assert "Sì, Presidente." in said
    assert "Nessuna domanda." in said


def test_an_italian_trials_abbreviated_roles_before_a_stop() -> None:
    """ "P.M. Lei conosceva …", "P. M. Dove …": the prosecutor's letters and their stop before the
    speech; "PRES. Prego.": the president's abbreviation and one word of the language's, no
    holder's name; "IMP. Vorrei …": the accused."""
    root = tabled_tei("it-processo-sigle-punto.txt")
    said = turn_paragraphs(root)
    assert "Lei conosceva l'imputato?" in said
    assert "Dove lo aveva incontrato?" in said
    assert "Prego." in said
    assert "Vorrei precisare una cosa." in said


def test_an_abbreviated_office_before_its_holder_and_dash_stays_whole() -> None:
    """ "P.M. DOTT. ROSSI - …": the office's holder read up to the label's own dash, no speech
    after the office's letters; the holder's name after the president's abbreviation and a stop
    ("PRES. Colombo.") stays the label's."""
    root = text_tei(
        "TRIBUNALE DI BARI\n\nPRESIDENTE - Prego.\nP.M. DOTT. ROSSI - Grazie. Teste, dove era?\n"
        "TESTE - A casa.\nP.M. DOTT. ROSSI - Nient'altro.\n"
    )
    assert turn_speakers(root) == ["PRESIDENTE -", "P.M. DOTT. ROSSI -", "TESTE -", "P.M. DOTT. ROSSI -"]


def test_initials_before_a_name_are_no_prosecutor() -> None:
    """ "P. M. Smith moved …", "P.M. Modi:": a person's initials before a name, no abbreviated
    office before a speech."""
    root = text_tei(
        "Minutes of the meeting\n\nChair: We begin.\nP.M. Modi: Thank you, Chair.\n"
        "Chair: Next item.\nP.M. Modi: I have nothing to add.\n"
    )
    assert turn_speakers(root) == ["Chair:", "P.M. Modi:", "Chair:", "P.M. Modi:"]


def test_a_spanish_judgments_parts_are_no_speakers() -> None:
    """ "Antecedentes de hecho:", "Fundamentos de derecho:", "Fundamentos:", "Dispositivo:" alone
    on their lines: the judgment's headings, their text kept as printed."""
    root = tabled_tei("es-sentencia-fundamentos-encabezados.txt")
    kept = outside_turns(root)
    assert "Fundamentos de derecho:" in kept
    assert "Dispositivo:" in kept


def test_a_hearings_parties_are_labels() -> None:
    """ "Parte actora:", "Parte demandada:", "Parte autora:", "Parte ré:": the parties of a hearing,
    labels printed once too, in a short excerpt."""
    tabled_tei("es-audiencia-previa-partes.txt")
    tabled_tei("pt-julgamento-parte-autora-re.txt")
    root = text_tei(
        "Acta de la vista, 3 de marzo de 2023\n\nJuez: Se abre la vista.\n"
        "Parte demandada: Ninguna cuestión, señoría.\nJuez: Adelante.\n"
    )
    assert turn_speakers(root) == ["Juez:", "Parte demandada:", "Juez:"]


def test_a_part_of_a_sentence_is_no_party() -> None:
    """ "Parte primera:", the first part of a text, stays no label."""
    root = text_tei(
        "Acta de la vista\n\nJuez: Se abre la vista.\nParte primera: la demanda se presentó en mayo.\n"
        "Juez: Adelante.\n"
    )
    assert "Parte primera:" not in " ".join(turn_speakers(root))


def test_the_brazilian_chambers_dashed_labels() -> None:
    """ "O SR. PRESIDENTE - Com a palavra …" and "A SRA. PRESIDENTE (Luíza Bastos) - …": labels,
    the first line's speech kept."""
    root = tabled_tei("pt-br-camara-presidente-traco.txt")
    said = turn_paragraphs(root)
    assert "Com a palavra o Deputado Márcio Tavares." in said
    assert said[2].startswith("Obrigada, Deputado.")


def test_a_french_relative_clause_and_reflexive_verb_are_sentences() -> None:
    """ "M. Martin, qui exerce depuis 1998 :", "Le maire s'alarme :", "La ministre s'interroge :":
    sentences a report prints before a quotation, kept as the speech they stand in."""
    root = tabled_tei("fr-conseil-relatif-reflechi-asterisques.txt")
    said = turn_paragraphs(root)
    assert "M. Martin, qui exerce depuis 1998 : « Je ne trouve personne pour me succéder. »" in said
    assert "Le maire s'alarme : les urgences ferment la nuit depuis janvier." in said
    assert "La ministre s'interroge : faut-il rouvrir le service ?" in said


def test_a_relative_or_reflexive_word_of_another_language_stays_a_label() -> None:
    """The Italian "qui" (here) and the Czech "se" (with) after a name's comma are no French
    pronouns: the description stays the label's."""
    root = text_tei(
        "Consiglio comunale\n\nPresidente: Apro la seduta.\n"
        "Mario Rossi, qui in qualità di relatore: Grazie, Presidente.\nPresidente: Grazie.\n"
    )
    assert "Mario Rossi, qui in qualità di relatore:" in turn_speakers(root)
    root = text_tei(
        "Zápis z jednání výboru\n\nPředseda výboru: Zahajuji jednání.\n"
        "Jana Malá, zástupkyně spolku se sídlem v Brně: Děkuji za slovo.\nPředseda výboru: Děkuji.\n"
    )
    assert "Jana Malá, zástupkyně spolku se sídlem v Brně:" in turn_speakers(root)


def test_an_office_and_its_body_stay_a_label() -> None:
    """ "Le maire de la commune :", "M. Paul Girard, directeur de la caisse :": an office's body
    and a description, no reflexive nor relative pronoun: labels still."""
    root = text_tei(
        "Conseil municipal\n\nLe maire de la commune : La séance est ouverte.\n"
        "M. Paul Girard, directeur de la caisse : Merci, monsieur le maire.\n"
        "Le maire de la commune : Je vous en prie.\n"
    )
    assert turn_speakers(root) == [
        "Le maire de la commune :",
        "M. Paul Girard, directeur de la caisse :",
        "Le maire de la commune :",
    ]


def test_asterisks_name_an_unnamed_member() -> None:
    """ "*** : Et le financement ?": a member the record leaves unnamed, a label; two asterisks
    of a bold type ("**Note :**") or asterisks alone on a line are none."""
    root = tabled_tei("fr-conseil-relatif-reflechi-asterisques.txt")
    assert "Et le financement ?" in turn_paragraphs(root)
    root = text_tei(
        "Séance du 4 mai\n\nM. le président : La séance est ouverte.\n\n***\n\n"
        "M. le président : La parole est à M. Dupont.\n\n**Note :** texte provisoire.\n\n"
        "M. le président : Nous poursuivons.\n"
    )
    assert turn_speakers(root) == ["M. le président :", "M. le président :", "M. le président :"]
    assert "***" in texts(root, "//t:p")
