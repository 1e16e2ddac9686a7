"""Records where a bare role's label, a form of address and a capital after its colon, is a turn
and not a field naming the role's holder: a French council's rapporteur whose short speech runs
on after the member addressed with no final stop, a Swahili house's minister addressing the
Speaker on the label's line before the answer's paragraph, a German rapporteur's label under the
chair's sentence giving him the floor, a secretary calling the roll between the members'
answers; and a French member's speech reporting what a minister answered or the chair recalled before
quoting it, no label. The field itself ("Rapporteur : M. DOSSOU Félix, président de la
commission des travaux", a court's "Greffier : Me Ba", "Berichterstatter: Abg. Müller" under
the agenda item) stays a field. Each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_rapporteur_s_stopless_sentence_after_a_name_is_a_turn() -> None:
    """ "Rapporteur : M. Sall, nous avons terminé l'examen du dossier en commission", the final
    stop lost: after the comma a clause, its pronoun and verb the language's, not a description
    of the holder, so the rapporteur speaks, under the chair's turn as at the excerpt's start."""
    root = tabled_tei("fr-conseil-rapporteur-stopless-sentence.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["M. Sall, nous avons terminé l'examen du dossier en commission"]
    assert texts(root, "//t:sp[1]/t:p") == [
        "La séance est ouverte. J'appelle le point relatif au marché central."
    ]
    opening = text_tei(
        "Rapporteur : M. Sall, nous avons terminé l'examen du dossier\n\nLe Président : Merci.\n"
    )
    assert texts(opening, "//t:sp/t:speaker") == ["Rapporteur :", "Le Président :"]


def test_a_minister_addressing_the_speaker_over_the_answer_is_a_turn() -> None:
    """ "Waziri: Mheshimiwa Spika" over the answer's paragraph, under a question ending on its
    number: the word after the form of address is the Speaker's office, the hall addressed, no
    holder's name; the minister's turn holds the answer instead of the question running on."""
    root = tabled_tei("sw-baraza-waziri-spika-addressed.txt")
    assert texts(root, "//t:sp[3]/t:p")[0] == "Mheshimiwa Spika"
    assert texts(root, "//t:sp[2]/t:p") == ["Mheshimiwa Spika, naomba kuuliza swali namba 14."]


def test_a_court_s_head_of_holders_stays_fields() -> None:
    """ "Président : M. Ndiaye" / "Greffier : Me Ba", a judgment's bench above the hearing: each a
    holder's name with no sentence, fields and no turns; the hearing's labels keep theirs."""
    root = text_tei(
        "TRIBUNAL DE GRANDE INSTANCE DE DAKAR\nAudience publique du 4 mars 2025\n\n"
        "Président : M. Ndiaye\nGreffier : Me Ba, greffier en chef\n\n"
        "Le Président : Faites entrer le prévenu.\nLe Prévenu : Je reconnais les faits.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Le Président :", "Le Prévenu :"]
    outside = " ".join(texts(root, "//t:text//*[not(ancestor-or-self::t:sp)][not(*)]"))
    assert "Greffier : Me Ba, greffier en chef" in outside
    assert not root.xpath("//t:person[@xml:id='greffier']", namespaces=NS)


def test_a_minister_s_past_answer_reported_in_a_speech_is_no_label() -> None:
    """ "M. le ministre chargé du dossier a répondu :" inside a member's question, the quoted
    answer below it: the past participle of saying makes it the member's narration, as
    "déclare" and "répondit" do; the question runs on to its end in the member's turn."""
    root = tabled_tei("fr-an-ministre-a-repondu-reported.txt")
    spoken = texts(root, "//t:sp[2]/t:p")
    assert "M. le ministre chargé du dossier a répondu :" in spoken
    assert spoken[-1] == "Depuis, je n'ai rien reçu. Qu'en est-il ?"


def test_a_label_whose_speech_reports_an_answer_keeps_its_turn() -> None:
    """ "M. Diallo : Le ministre a répondu : rien.": the verb after the label's colon is the
    speech's, the label before it no narration."""
    root = text_tei("M. Diallo : Le ministre a répondu : rien.\nM. le Président : Merci.\n")
    assert texts(root, "//t:sp/t:speaker") == ["M. Diallo :", "M. le Président :"]


def test_a_rapporteur_field_described_by_no_office_stays_a_field() -> None:
    """ "Rapporteur : M. KONE Ibrahim, élu du district nord": a description after the comma with
    no pronoun nor verb of a clause, however far from an office's words: the holder's field,
    no turn, above the mayor's."""
    root = text_tei(
        "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n\nSéance du 3 juin 2025\n"
        "Objet : Aménagement de la gare routière\n\nRapporteur : M. KONE Ibrahim, élu du district nord\n\n"
        "Le Maire : La parole est au rapporteur.\nM. KONE Ibrahim : La commission propose les travaux.\n"
        "Le Maire : Je mets la proposition aux voix. Elle est adoptée.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Le Maire :", "M. KONE Ibrahim :", "Le Maire :"]


def test_a_rapporteur_under_the_chair_s_sentence_is_a_turn() -> None:
    """ "Das Wort hat der Berichterstatter." / "Berichterstatter: Abg. Müller" / the speech's
    paragraph: under a sentence, no head's field; the rapporteur's speech is his turn, not the
    chair's running on."""
    root = tabled_tei("de-landtag-berichterstatter-under-chair.txt")
    assert texts(root, "//t:sp[2]/t:p")[-1].startswith("Herr Präsident, meine Damen und Herren!")
    assert len(texts(root, "//t:sp[1]/t:p")) == 1


def test_a_secretary_calling_the_roll_keeps_the_turns() -> None:
    """ "Secrétaire : M. Diop" under the chair's "… procéder à l'appel nominal." and "Mme Faye"
    under "M. Diop : Présent.": the secretary's calls, each under a sentence, are turns."""
    root = text_tei(
        "M. le Président : Je demande au secrétaire de procéder à l'appel nominal.\n\n"
        "Secrétaire : M. Diop\n\nM. Diop : Présent.\n\nSecrétaire : Mme Faye\n\nMme Faye : Présente.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "M. le Président :",
        "Secrétaire :",
        "M. Diop :",
        "Secrétaire :",
        "Mme Faye :",
    ]


def test_a_rapporteur_field_under_the_agenda_item_stays_a_field() -> None:
    """ "Tagesordnungspunkt 3: Haushaltsgesetz 2025" / "Berichterstatter: Abg. Müller": under
    the item's heading, no sentence, the field names the rapporteur and opens no turn."""
    root = text_tei(
        "Tagesordnungspunkt 3: Haushaltsgesetz 2025\n\nBerichterstatter: Abg. Müller\n\n"
        "Präsident: Ich erteile dem Berichterstatter das Wort.\n\n"
        "Abg. Müller: Herr Präsident, meine Damen und Herren! Der Ausschuss empfiehlt die Annahme.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Präsident:", "Abg. Müller:"]


def test_a_member_reporting_the_chair_recalling_the_rules_keeps_the_turn() -> None:
    """ "M. le Président rappelle avec fermeté le Règlement :" inside a member's point of order,
    the rule quoted below: "rappelle" a verb of saying in the present, as "déclare" is, so the
    line is the member's narration and no one's label, "avec" linking no office here."""
    root = tabled_tei("fr-an-president-rappelle-reglement.txt")
    assert "M. le Président rappelle avec fermeté le Règlement :" in texts(root, "//t:sp[2]/t:p")
