"""The battery of copies users make: a double surname before a forename's comma, the chair's first
line calling a member under an unknown form of address, a Hansard's date and page with the page
word's colon, and a running head ending with a language's word for page, in invented samples
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_double_surname_before_the_forename_s_comma_opens_the_member_s_turn() -> None:
    """ "Hudák, predseda NR SR: V rozprave pokračuje pán poslanec Kováč Lipták." / "Kováč Lipták,
    Marián, poslanec NR SR: Ďakujem, …": a double surname, its forename and office set off by
    commas, printed once, is the member's label, no line of the chair's speech."""
    root = tabled_tei("sk-nrsr-double-surname-forename-office.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["V rozprave pokračuje pán poslanec Kováč Lipták."]
    assert texts(root, "//t:sp[2]/t:p") == [
        "Ďakujem, pán predseda. Vážené kolegyne, vážení kolegovia, návrh zákona o cestnej doprave "
        "nerieši obchvaty obcí."
    ]


def test_a_single_surname_s_sentence_with_two_commas_opens_no_turn() -> None:
    """ "Novák, Peter, predseda výboru povedal, že …" is a sentence in a speech: a comma's clause
    with a verb after the office is no label, a double surname or not."""
    text = (
        "Hudák, predseda NR SR: Pán poslanec Kováč, máte slovo.\n"
        "Kováč, poslanec NR SR: Ďakujem. Minulý týždeň Novák Horák, Peter, predseda výboru povedal,\n"
        "že zákon príde do pléna.\n"
    )
    root = text_tei(text, "sk.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Hudák, predseda NR SR:", "Kováč, poslanec NR SR:"]


def test_the_chair_s_first_line_calling_a_member_is_the_chair_s_turn() -> None:
    """ "SPEAKER: L-Onor. Membru Karmenu Vella Borg." over "ONOR. KARMENU VELLA BORG: Grazzi, …"
    and "SPEAKER: Grazzi.": the name the first line ends with is the next label's, the chair's
    label printed again below, so the line is the Speaker's call, no field of the head."""
    root = tabled_tei("mt-parlament-chair-calls-first-line.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["L-Onor. Membru Karmenu Vella Borg."]
    assert not root.xpath("//t:front//t:div[@type='presiding']", namespaces=NS)


def test_a_head_s_field_naming_the_chair_stays_the_head_s() -> None:
    """ "Zitting 12" / "Voorzitter: de heer Jan Bakker" over "De Voorzitter: Ik open de
    vergadering.": the head's field names who presides, its office printed below under its
    article, not again as the field's label, so the field stays the head's, no turn."""
    text = (
        "Zitting 12\n"
        "Voorzitter: de heer Jan Bakker\n\n"
        "De Voorzitter: Ik open de vergadering.\n"
        "De heer Jan Bakker: Dank u.\n"
        "De Voorzitter: Dank u.\n"
    )
    root = text_tei(text, "nl.txt")
    assert texts(root, "//t:sp/t:speaker") == ["De Voorzitter:", "De heer Jan Bakker:", "De Voorzitter:"]
    assert texts(root, "//t:front//t:titlePart") == ["Zitting 12", "Voorzitter: de heer Jan Bakker"]


def test_a_date_and_the_page_word_s_colon_are_the_page_s_head() -> None:
    """ "WEDNESDAY, 8 MAY 2024                         Page: 31" under the house's head: the
    sitting's day and the page set off by a wide gap are the page's head, no label "… Page:"."""
    root = tabled_tei("en-hansard-pdf-date-page-colon-head.txt")
    assert texts(root, "//t:sp[1]/t:speaker") == ["The CHAIRPERSON:"]
    assert "Page" not in "".join(texts(root, "//t:body//t:p"))


def test_a_running_head_ending_with_the_albanian_word_for_page_is_furniture() -> None:
    """ "KUVENDI I SHQIPËRISË             PROCESVERBAL                   faqe 14" over "Arta Deliu -
    Fjalën e ka deputeti Ilir Hoxha.": the head with its page is furniture, so the chair's first
    dashed turn opens the body, no title's line."""
    root = tabled_tei("sq-kuvendi-pdf-head-faqe-dash.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Fjalën e ka deputeti Ilir Hoxha."]
    assert "Arta" not in "".join(texts(root, "//t:front//t:titlePart"))


def test_a_label_opening_with_the_particle_v_opens_its_turn() -> None:
    """ "v. Reinholdt, Staatsſekretär des Reichsſchatzamts: Meine Herren, …": a nobleman's label
    opening with the abbreviated particle in lower case, printed once, is his turn, no line of
    the member's speech above."""
    root = tabled_tei("de-reichstag-ocr-particle-v-label.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Meine Herren, die Vorlage belaſtet die kleinen Brauereien über Gebühr. (Sehr richtig! links.)"
    ]
    assert texts(root, "//t:sp[3]/t:p") == [
        "Meine Herren, die Belaſtung iſt geringer, als der Herr Vorredner annimmt."
    ]


def test_a_wrapped_line_opening_with_von_stays_the_speech() -> None:
    """ "… die Zölle" / "v. Jahre 1902: Damals …" is no label: the particle's inner words hold a
    figure, no surname, so the line stays the member's."""
    text = (
        "Präsident: Das Wort hat der Herr Abgeordnete Stollberg.\n"
        "Stollberg, Abgeordneter: Meine Herren, ich erinnere an die Zölle\n"
        "v. Jahre 1902: Damals hat man uns dasselbe versprochen.\n"
    )
    root = text_tei(text, "de.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Präsident:", "Stollberg, Abgeordneter:"]


def test_an_advocate_s_maitre_read_as_a_degree_sign_opens_his_turn() -> None:
    """ "M° Lavergne. — Messieurs, je voudrais …": the superscript e of Maître read as a degree
    sign is the advocate's form of address, so his one turn opens between the President's and the
    Prosecutor's."""
    root = tabled_tei("fr-proces-ocr-maitre-degree-label.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Messieurs, je voudrais d'abord rappeler à la Cour que mon client n'a jamais signé cet ordre."
    ]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 3


def test_a_heading_in_capitals_over_the_chair_s_label_is_no_head_of_the_label() -> None:
    """ "FINANCE AND PUBLIC ADMINISTRATION LEGISLATION COMMITTEE" / "CHAIR: Senator Marsh.": the
    chair's label is whole on its own line, so the committee's name above it is its heading, no
    label "… COMMITTEE CHAIR:"."""
    root = tabled_tei("en-estimates-pdf-heading-over-chair.txt")
    assert texts(root, "//t:body//t:head") == ["FINANCE AND PUBLIC ADMINISTRATION LEGISLATION COMMITTEE"]
    assert texts(root, "//t:sp[1]/t:p") == ["Senator Marsh."]


def test_a_label_s_head_cut_before_the_chair_s_office_stays_the_label_s() -> None:
    """ "Mr JONES: Thank you." / "THE DEPUTY" / "CHAIR: Order! Order!": the wrap cut the chair's
    label after its first words, so the two lines are one label."""
    text = "Mr JONES: Thank you.\nTHE DEPUTY\nCHAIR: Order! Order!\nMr JONES: Thank you.\n"
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Mr JONES:", "THE DEPUTY CHAIR:", "Mr JONES:"]


def test_a_form_feed_opening_a_page_s_first_line_makes_no_paragraph_break() -> None:
    """ "\\fM. le président. La parole est à Mme la ministre." / "Mme Claire Vauban, ministre
    déléguée chargée de la ruralité. Je vous": the form feed a PDF's text sets where the next
    page opens is no blank line, so the minister's label below opens her turn."""
    root = tabled_tei("fr-an-pdf-formfeed-page-start.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["La parole est à Mme la ministre."]
    assert texts(root, "//t:sp[4]/t:p") == ["Je vous remercie, monsieur le député."]


def test_a_form_feed_on_a_line_of_its_own_still_parts_the_paragraphs() -> None:
    """ "… rurales." / "\\f" / "M. le président. …": a form feed alone on its line is a blank
    line, the turns on either side as before."""
    text = (
        "M. le président. La parole est à M. Castagnet.\n"
        "M. Castagnet. Ce texte ne règle rien.\n\f\n"
        "M. le président. La parole est à Mme la ministre.\n"
    )
    root = text_tei(text, "fr.txt")
    assert texts(root, "//t:sp/t:speaker") == ["M. le président.", "M. Castagnet.", "M. le président."]


def test_a_holder_s_office_whose_portfolio_parts_its_areas_by_commas_is_one_label() -> None:
    """ "Katrin Wendel, Bundesministerin für Familie, Senioren, Frauen und Jugend:" alone on its
    line over her speech: the commas after the office part its portfolio's areas, so the label
    printed once opens her turn."""
    root = tabled_tei("de-bundestag-web-minister-portfolio-commas.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Herr Präsident! Meine Damen und Herren! Die Kitas brauchen mehr Fachkräfte."
    ]


def test_a_reply_s_subject_over_a_quoted_record_is_no_speaker_s_label() -> None:
    """ "Re: Day 2 of the Marlowe inquest" / "" / "> CORONER: Dr Ashby, what time …": the reply's
    subject is the message's, no label whose speech quotes the record, so the quoted lines are
    the record's turns and the poster's comment below stays a paragraph."""
    root = tabled_tei("en-forum-reply-subject-quote.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Shortly after eleven."]
    assert "That timeline does not match the ambulance log at all." in texts(root, "//t:body//t:p")


def test_a_speaker_s_label_over_a_quotation_keeps_it_in_the_speech() -> None:
    """ "Senator Ruiz: I quote the record:" / "> CORONER: …" / "Chair Osei: …": the label above
    the quotation is a speaker's, so the quoted lines stay her words, as before."""
    text = (
        "Senator Ruiz: I quote the record of that day:\n"
        "> CORONER: Dr Ashby, what time did you arrive?\n"
        "> DR ASHBY: Shortly after eleven.\n"
        "> CORONER: Thank you.\n"
        "Chair Osei: Thank you, Senator.\n"
    )
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Senator Ruiz:", "Chair Osei:"]


def test_a_stop_ended_label_in_capitals_cut_after_its_first_name_is_one_label() -> None:
    """ "Mr. KOFI" / "MENSAH-BONSU. Sir, I beg to move …": a form of address and a word in
    CAPITALS alone on the line over a surname in CAPITALS and the record's stop are one label."""
    root = tabled_tei("en-ocr-label-split-stop-caps.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Sir, I beg to move the Motion standing in my name."]
    assert texts(root, "//t:sp[1]/t:p") == ["Order, order. The hon. Member for Cape Coast."]
