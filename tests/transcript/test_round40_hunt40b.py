"""Records of the parliaments and councils of Francophone and Lusophone Africa and the Arab
world: the voices of a group's benches in a French record, a deliberation's field naming the
rapporteur, a delegated minister's long office, a Portuguese council's agenda heading, and Arabic
minutes reporting what the chair said before quoting it. What only looks like them (the chair
giving the floor by a member's name, a field of the minutes, a speech opening with "and he said",
a sentence about a minister ending in a colon) stays as it was. Each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_the_voices_of_a_group_s_benches_are_the_hall() -> None:
    """ "Voix sur les bancs de l'opposition : Très bien !", as a French record prints the benches
    a cry came from: a turn of a group of voices, no person, as "Voix à gauche :" is."""
    root = tabled_tei("fr-an-voix-sur-les-bancs.txt")
    groups = root.xpath("//t:personGrp/@xml:id", namespaces=NS)
    assert groups == ["voix-sur-les-bancs-de-l-opposition", "voix-sur-divers-bancs"]
    assert texts(root, "//t:sp[3]/t:p") == ["Très bien !"]


def test_a_field_naming_the_rapporteur_is_no_turn() -> None:
    """ "Rapporteur : M. DOSSOU Félix, président de la commission des travaux", a deliberation's
    field: a bare role, a form of address and a name, no sentence; the line stays in the text,
    and the rapporteur's own label below names him."""
    root = tabled_tei("fr-deliberation-rapporteur-field.txt")
    outside = " ".join(texts(root, "//t:text//*[not(ancestor-or-self::t:sp)][not(*)]"))
    assert "Rapporteur : M. DOSSOU Félix, président de la commission des travaux" in outside


def test_the_chair_giving_the_floor_by_name_keeps_its_turn() -> None:
    """ "Président : M. Diallo, vous avez la parole.": the chair's office bare, a form of address
    and a name after its colon, but a sentence ended: the chair's turn."""
    root = text_tei(
        "Président : M. Diallo, vous avez la parole.\nM. Diallo : Merci, Monsieur le Président.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Président :", "M. Diallo :"]
    assert texts(root, "//t:sp[1]/t:p") == ["M. Diallo, vous avez la parole."]


def test_a_portuguese_council_s_agenda_heading_is_no_label() -> None:
    """ "Ordem de trabalhos:" over "Ponto 1: …", a câmara's agenda as "Ordem do dia:" is: a
    field's name, no voice; the councillors' labels below keep their turns."""
    root = tabled_tei("pt-camara-ordem-de-trabalhos.txt")
    assert "Ordem de trabalhos:" not in texts(root, "//t:sp/t:speaker")
    assert texts(root, "//t:sp[1]/t:p") == ["Bom dia a todos. Está aberta a reunião."]


def test_arabic_minutes_reporting_the_chair_s_words_are_no_label() -> None:
    """ "وقال رئيس المجلس ما يلي:" (and the council's president said the following), the minutes
    reporting before a quotation: reported speech, no turn; "رئيس المجلس:" below is the label."""
    root = tabled_tei("ar-baladi-qala-ma-yali.txt")
    assert "وقال رئيس المجلس ما يلي:" not in " ".join(texts(root, "//t:sp//t:p"))


def test_a_speech_opening_with_and_he_said_keeps_its_label() -> None:
    """ "رئيس المجلس: وقال لي أحد السكان …": the verb after the label's colon is the speech's."""
    root = text_tei("رئيس المجلس: وقال لي أحد السكان إن الطريق مغلق.\nالعضو سامر حداد: هذا صحيح.\n")
    assert texts(root, "//t:sp/t:speaker") == ["رئيس المجلس:", "العضو سامر حداد:"]


def test_a_delegated_minister_s_office_with_its_superior_and_portfolio() -> None:
    """ "M. le Ministre délégué auprès du Chef du Gouvernement chargé des Relations avec le
    Parlement :", printed once: "auprès", "chargé" and "avec" link the office to its superior and
    portfolio, no sentence's words; the minister's turn, no longer run into the member's."""
    root = tabled_tei("fr-ma-ministre-delegue-aupres.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Madame la députée, le texte sera déposé avant la fin de la session."
    ]


def test_a_sentence_with_a_verb_among_the_portfolio_s_capitals_is_no_label() -> None:
    """ "M. le ministre répond avec le Premier ministre aux Députés de la Majorité :": a verb in
    lower case among the capitalised words, a sentence ending in a colon, no label."""
    text = (
        "M. le Président : La séance est ouverte.\n"
        "M. le ministre répond avec le Premier ministre aux Députés de la Majorité :\n"
        "Nous sommes prêts.\n"
        "M. le Président : Merci.\n"
    )
    assert texts(text_tei(text), "//t:sp/t:speaker") == ["M. le Président :", "M. le Président :"]
