"""Printed records of the old European parliaments, 1848–1918, as scans and copies give them: a
Hungarian member's title of nobility after his name, a Portuguese speech's vocative of the chair
under the label that names him with its article, a Dutch chamber's name over its sitting, a
Russian session's number and a nobleman's or a minister's initials before the surname, a German
nobleman's whole particle opening his label, the Riksdag's "Hans excellens" before a minister's
office and the chair's "Herr talmannen:" beside it, and a French minister's label a scan's column
wrapped. What only looks so (a sentence after a name and its title, a wrapped line of speech
opening with a particle or a name and its office, a forename that is "Hans") stays as it was.
Each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_title_of_nobility_after_the_name_is_the_name_s() -> None:
    """ "Zichy Aladár gróf:", "Bánffy Dezső báró:": the Hungarian diet's member with his title
    after his name, each printed once: labels, as "… gróf miniszterelnök:" is."""
    tabled_tei("hu-orszaggyules-grof-after-name.txt")


def test_a_name_and_its_title_before_a_sentence_stay_speech() -> None:
    """ "Zichy Aladár gróf szerint: …": the title and a word in lower case after it, a sentence
    reporting what the member holds."""
    root = text_tei(
        "Elnök: Az ülést megnyitom.\n\n"
        "Zichy Aladár gróf szerint: a kormány nem tett semmit.\n\n"
        "Elnök: Következik a szavazás.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Elnök:", "Elnök:"]
    assert texts(root, "//t:sp[1]/t:p")[1].startswith("Zichy Aladár gróf szerint:")


def test_the_chair_addressed_in_lower_case_is_a_vocative() -> None:
    """ "Sr. Presidente: não posso …": the Portuguese speech's paragraph opening by addressing the
    chair, its sentence in lower case after the colon: the speech's words under "O Sr. Brito
    Camacho:", no turn of the chair's."""
    root = tabled_tei("pt-camara-1911-vocativo-sr-presidente.txt")
    assert texts(root, "//t:sp[2]/t:p")[1] == "Sr. Presidente: a Câmara tem o direito de ser informada."


def test_the_chair_addressed_before_a_capital_is_still_a_label() -> None:
    """ "Mr. Speaker: Order, order.": the chair's label whose words are a salutation too, the
    speech after it capitalised, stays the Speaker's turn."""
    root = text_tei(
        "Mr. Speaker: Order, order.\n\nMr. Jones: I rise to ask a question.\n\nMr. Speaker: The question is put.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Mr. Speaker:", "Mr. Jones:", "Mr. Speaker:"]


def test_a_dutch_chamber_s_name_is_the_record_s_title() -> None:
    """ "EERSTE KAMER." over the sitting's number and date: the house, no speaker."""
    tabled_tei("nl-handelingen-kamer-titel-hoofdletters.txt")


def test_a_surname_opening_with_the_chamber_s_word_is_a_name() -> None:
    """ "De heer Kamerling:": a member's surname that opens with "Kamer" is still his label."""
    root = text_tei(
        "De Voorzitter: De vergadering is geopend.\n\n"
        "De heer Kamerling: Mijnheer de Voorzitter! Ik vraag het woord.\n\n"
        "De Voorzitter: Gesloten.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["De Voorzitter:", "De heer Kamerling:", "De Voorzitter:"]


def test_a_session_s_number_and_a_nobleman_s_initials() -> None:
    """ "Сессія VIII. Засѣданіе 9-е.": the session's number on the title line is a heading's, no
    label; "Графъ Д. А. Шереметевъ.": the title of nobility and the initials before the surname,
    one label to the surname's stop."""
    tabled_tei("ru-gossovet-sessiya-graf-initsialy.txt")


def test_a_surname_and_its_initials_before_a_one_word_speech() -> None:
    """ "Петров С. А. Спасибо.": after a surname the initials end the label, the capitalised word
    after them the speech's, as before."""
    root = text_tei(
        "Председатель. Слово имеет Петров.\n\nПетров С. А. Спасибо. Я хотел сказать.\n\nПредседатель. Перерыв.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Председатель.", "Петров С. А.", "Председатель."]


def test_a_minister_s_capitalised_portfolio_then_his_initials_and_surname() -> None:
    """ "Министръ Финансовъ В. Н. Коковцовъ. Господа …": the old Duma's minister, his portfolio
    capitalised, his initials and surname before the stop: one label."""
    tabled_tei("ru-duma-ministr-portfel-initsialy.txt")


def test_a_head_s_line_naming_the_chair_keeps_his_name() -> None:
    """ "Председательствует Председатель Государственной Думы И. П. Смирнов.": the head's line
    with no speech after its stop names the chair; his name stays his initials and surname."""
    root = text_tei(
        "ГОСУДАРСТВЕННАЯ ДУМА\n12 марта 2024 года\n\n"
        "Председательствует Председатель Государственной Думы И. П. Смирнов.\n\n"
        "Председательствующий. Доброе утро, уважаемые коллеги!\n\n"
        "Петров А. В. Прошу слова.\n\n"
        "Председательствующий. Пожалуйста.\n"
    )
    assert texts(root, "//t:person/t:persName[1]")[0] == "И. П. Смирнов"


def test_a_nobleman_s_whole_particle_opens_his_label() -> None:
    """ "von Tirpitz, Staatssekretär des Reichsmarineamts, Admiral:", "von Kardorff,
    Abgeordneter:": the Reichstag's label opening with the particle in lower case; a wrapped
    line of speech opening "von Seiten der Regierung:" stays the speech's."""
    root = tabled_tei("de-reichstag-von-particle-office.txt")
    assert "von Seiten der Regierung: wir wollen wissen" in texts(root, "//t:sp[3]/t:p")[0]


def test_a_sentence_s_line_opening_with_von_stays_speech() -> None:
    """ "von Seiten der Regierung: wer …": a particle before words of a sentence, a particle
    among them, is no nobleman's label."""
    root = text_tei(
        "Präsident: Das Wort hat der Abgeordnete.\n\n"
        "Dr. Müller, Abgeordneter: Meine Herren, ich frage\nvon Seiten der Regierung: wer trägt die Schuld?\n\n"
        "Präsident: Die Sitzung ist geschlossen.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Präsident:", "Dr. Müller, Abgeordneter:", "Präsident:"]


def test_his_excellency_before_a_minister_s_office() -> None:
    """ "Hans excellens herr statsministern LINDMAN:": the Riksdag's form of address of a
    minister before his office and surname; "Herr talmannen:" beside it, though the text has
    "herr" in lower case, is the chair's label."""
    tabled_tei("sv-riksdag-hans-excellens-statsministern.txt")


def test_the_forename_hans_stays_a_name() -> None:
    """ "Hans Andersson:": the forename that opens the form of address is a member's name."""
    root = text_tei(
        "Herr talmannen: Ordet lämnas.\n\n"
        "Hans Andersson: Herr talman! Jag yrkar bifall.\n\n"
        "Herr talmannen: Överläggningen är slutad.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Herr talmannen:", "Hans Andersson:", "Herr talmannen:"]
    assert root.xpath("//t:person[@xml:id='hans-andersson']", namespaces=NS)


def test_a_minister_s_label_a_column_wrapped() -> None:
    """ "M. BERTHELOT, ministre des affaires" / "étrangères. Messieurs, …": the scan's line cut
    the office after the name's comma; one label, read across the line's end."""
    root = tabled_tei("fr-chambre-ocr-ministre-etiquette-coupee.txt")
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("Messieurs, je répondrai")


def test_a_wrapped_sentence_naming_a_minister_stays_speech() -> None:
    """ "M. DUPONT, ministre des finances, a déclaré" / "que …": a sentence about a minister
    inside a speech, its verb in lower case, opens no turn."""
    root = text_tei(
        "M. LE PRÉSIDENT. La parole est à M. Ribot.\n\n"
        "M. RIBOT. Messieurs, je rappelle que\nM. DUPONT, ministre des finances, a déclaré\n"
        "que le budget serait en équilibre. (Rires.)\n\n"
        "M. LE PRÉSIDENT. La séance est levée.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["M. LE PRÉSIDENT.", "M. RIBOT.", "M. LE PRÉSIDENT."]


def test_a_minister_s_label_in_capitals_with_no_title_a_column_wrapped() -> None:
    """ "BERTOLINI, ministro dei lavori" / "pubblici. Onorevoli colleghi, …": the Camera's surname
    in CAPITALS and its office, cut by the scan's line: one label."""
    root = tabled_tei("it-camera-ocr-ministro-etichetta-a-capo.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Onorevoli colleghi, il Governo")


def test_a_sentence_about_a_minister_a_column_wrapped_stays_speech() -> None:
    """ "TITTONI, ministro degli affari esteri, ha detto" / "che …": after the office's comma a
    verb, no second office: a sentence, no label wrapped."""
    root = text_tei(
        "PRESIDENTE. Ha facoltà di parlare l'onorevole Turati.\n\n"
        "TITTONI, ministro degli affari esteri, ha detto\nche la pace è sicura. (Commenti.)\n\n"
        "PRESIDENTE. Ne prendo atto.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["PRESIDENTE.", "PRESIDENTE."]


def test_a_minister_s_office_over_his_initials_and_surname() -> None:
    """ "Министръ Народнаго Просвѣщенія" / "Л. А. Кассо. Господа …": the old Duma's office a
    column set alone on its line, the holder's initials, surname and stop opening the next: one
    label of the two lines, no office alone over a speech."""
    root = tabled_tei("ru-duma-ministr-nad-inicialami-perenos.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Господа члены Государственной Думы!")


def test_an_office_over_a_sentence_naming_its_holder_stays_the_office_alone() -> None:
    """ "Министръ Народнаго Просвѣщенія" / "Л. А. Кассо сказалъ, что …": no stop after the
    surname, a sentence goes on: the office alone is the label, the sentence its speech."""
    root = text_tei(
        "Предсѣдатель. Слово принадлежитъ Министру.\n\n"
        "Министръ Народнаго Просвѣщенія\nЛ. А. Кассо сказалъ, что школа нуждается въ реформѣ.\n\n"
        "Предсѣдатель. Прошу.\n"
    )
    assert texts(root, "//t:sp[2]/t:p") == ["Л. А. Кассо сказалъ, что школа нуждается въ реформѣ."]
