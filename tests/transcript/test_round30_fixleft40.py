"""The blind batteries' leftover label shapes, each in an invented sample (names invented; labels
in turns.toml, persons in ids.toml): an office in lower case before its holder's name, an office's
holder after its colon alone on the line, a name in CAPITALS with an office glued to a prefix,
and a member's region after the initials' comma."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei, text_tei, texts


def test_an_office_in_lower_case_before_its_holder_s_name_is_the_label() -> None:
    """ "primátorka Helena Kratochvílová: Vážené …" / "náměstek primátorky Ondřej Doležal: …": a
    city council's web minutes print each office in lower case before the holder's forename and
    surname and the colon; every line is a turn, the office the person's, the speech after the
    colon."""
    root = tabled_tei("cs-zastupitelstvo-office-lower-name.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Mám dotaz k položce na opravy škol."]
    parts = name_parts_of(root, "namestek-primatorky-ondrej-dolezal")
    assert ("forename", None, "Ondřej") in parts and ("surname", None, "Doležal") in parts


def test_words_in_lower_case_before_a_name_that_are_no_office_stay_a_sentence() -> None:
    """ "řekl pan Jan Novák: …": a sentence's words in lower case before a name and a colon are
    no office; no label is read."""
    root = text_tei("Úvodem.\n\nřekl pan Jan Novák: To je vše.\n\nDěkuji.\n")
    assert not root.xpath("//t:sp/t:speaker", namespaces=NS)


def test_an_office_s_holder_after_its_colon_alone_on_the_line_is_the_label_s() -> None:
    """ "PREDSJEDNIK: dr. Ante Barić" / "Otvaram sjednicu. …": the office, its colon and its
    holder alone on the line over the speech; the name is the label's, not the speech's first
    words, and the chair's office alone with its speech ("PREDSJEDNIK: Hvala.") is the same
    person."""
    root = tabled_tei("hr-sabor-office-colon-holder-alone.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Otvaram sjednicu. Riječ ima zastupnik Lovrić."]
    assert texts(root, "//t:sp[3]/t:p") == ["Hvala. Tko se još javlja za riječ?"]
    parts = name_parts_of(root, "dr-ante-baric")
    assert ("surname", None, "Barić") in parts


def test_a_holder_in_capitals_after_an_office_s_colon_is_no_label_s() -> None:
    """ "CHAIRMAN: ROBERT ELLIS" / "SECRETARY: MARY COLE": officers in CAPITALS a head lists are
    no office's holder read into a label."""
    root = text_tei("CHAIRMAN: ROBERT ELLIS\nSECRETARY: MARY COLE\n\nThe meeting opened at ten.\n")
    assert "ROBERT ELLIS" not in " ".join(texts(root, "//t:speaker"))


def test_a_name_in_capitals_with_the_lord_mayor_s_office_is_the_label() -> None:
    """ "BALOGH ISTVÁN főpolgármester" over the speech, and "PINTÉR ÁKOS" alone after the chair's
    "Következik Pintér Ákos.": the Lord Mayor's office is one of the vocabulary, and the chair
    announcing the next speaker gives him the floor."""
    root = tabled_tei("hu-kozgyules-capitals-name-office-alone.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Köszönöm, főpolgármester úr. Röviden szólok."]
    assert root.xpath("//t:person[@xml:id='balogh-istvan']/@role", namespaces=NS) == ["főpolgármester"]


def test_a_member_s_region_after_the_initials_comma_is_the_label_s() -> None:
    """ "ШЕВЧУК Т.М., Полтавська область. Дякую. …": a surname in CAPITALS, the initials, a
    comma and the region, the stop: the region is the member's role, not the speech's first
    words."""
    root = tabled_tei("uk-rada-initials-region-stop.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Дякую. Чи буде збільшено видатки на дороги?"]
    assert root.xpath("//t:person[@xml:id='shevchuk-t-m']/@role", namespaces=NS) == ["Полтавська область"]


def test_a_forum_post_s_double_quote_marks_are_the_copy_s() -> None:
    """ "Zitat von X am …" / ">> Vorsitzende: Herr Albers, …" / ">> Angeklagter: …" / "Danke …":
    one block of lines each marked ">>" and opening with a label in Mixed case, the post's own
    words around it, is a quotation, not a caption's changes of speaker; the marks are left out
    and the labels open their turns."""
    root = tabled_tei("de-forum-prozess-double-quote-marks.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Zu Hause, bei meiner Frau."]
    assert not any(">>" in text for text in texts(root, "//t:body//t:p"))


def test_a_caption_s_marks_before_labels_in_capitals_are_its_changes_of_speaker() -> None:
    """ "Council meeting" / ">> MAYOR REED: …" / ">> COUNCILMEMBER DIAZ: …" / ">> MAYOR REED: …": a
    caption's marks before labels in CAPITALS stay its own, each a change of speaker."""
    text = "Council meeting\n>> MAYOR REED: Good evening.\n>> COUNCILMEMBER DIAZ: Thank you.\n>> MAYOR REED: Next item.\n"
    root = text_tei(text)
    assert len(root.xpath("//t:sp", namespaces=NS)) == 3
