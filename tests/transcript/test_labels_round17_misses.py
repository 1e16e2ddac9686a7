"""Shapes of real records an earlier round read wrongly, each in an invented sample: the
chair's holder in capitals, a name printed surname first, and others (names invented; their
labels in turns.toml, their persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei


def test_the_chairs_holder_in_capitals_in_brackets_is_the_chair() -> None:
    """The line "SR. PRESIDENTE (ZAVALLONI)": one word in capitals in the chair's brackets is the
    holder's surname, the chair; it had stayed in the office's role ("chair ZAVALLONI")."""
    root = sample_tei("es-ar-diputados-holder-capitals.txt")
    chair = root.xpath("//t:person[@xml:id='zavalloni']", namespaces=NS)[0]
    assert chair.get("role") == "chair"
    assert chair.xpath("./t:persName[1]/t:surname/text()", namespaces=NS) == ["Zavalloni"]
    assert "SR. PRESIDENTE" in chair.xpath("./t:persName[@type='label']/text()", namespaces=NS)


def test_forenames_after_the_surname_and_its_comma_are_forenames() -> None:
    """The line "SR. BARCALA, JORGE OSVALDO (CÓRDOBA):": the words after the comma, a given name first,
    are the member's forenames; they had stayed untagged text after the surname."""
    root = sample_tei("es-ar-diputados-surname-comma-forenames.txt")
    person = root.xpath("//t:person[@xml:id='sr-barcala-jorge-osvaldo']", namespaces=NS)[0]
    assert person.xpath("./t:persName[1]/t:surname/text()", namespaces=NS) == ["Barcala"]
    assert person.xpath("./t:persName[1]/t:forename/text()", namespaces=NS) == ["Jorge", "Osvaldo"]


def test_initials_run_together_name_a_voice_and_no_surname() -> None:
    """The voice "(KBJ: Heyr, heyr.)": three capitals with no vowel are a member's initials,
    kept as printed with no surname; they had been cased into a surname "Kbj"."""
    root = sample_tei("is-althingi-voice-initials.txt")
    person = root.xpath("//t:person[@xml:id='kbj']", namespaces=NS)[0]
    assert person.xpath("string(./t:persName[1])", namespaces=NS) == "KBJ"
    assert not person.xpath("./t:persName[1]/t:surname", namespaces=NS)
    assert root.xpath("//t:said[@who='#kbj']", namespaces=NS)


def test_a_head_line_in_capitals_with_a_stop_is_no_label_among_dashed_turns() -> None:
    """The line "PUBLICACION OFICIAL." under the Diario's title, the turns printed "El señor X.-": words in
    capitals with only a stop, printed once, no form of address, office nor role, are a heading;
    the line had opened a turn that took the rest of the head."""
    root = sample_tei("es-cl-diario-head-capitals-stop.txt")
    ids = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in root.iterfind(".//t:person", NS)]
    assert ids == ["el-senor-arriagada", "el-senor-villota"]
    titles = root.xpath("//t:titlePart/text()", namespaces=NS)
    assert "PUBLICACION OFICIAL." in titles
    assert root.xpath("string(//t:docDate/@when)", namespaces=NS) == "1973-11-06"


def test_a_web_name_card_over_a_speech_is_no_word_of_the_turn_above() -> None:
    """The line "M. Étienne Lachapelle" alone over "M. Lachapelle : …": the page's card names the member
    the label below names (form of address and surname); it had closed the chair's turn above."""
    root = sample_tei("fr-qc-name-card-above-speech.txt")
    chair = root.xpath("//t:sp[@who='#le-president']//t:p/text()", namespaces=NS)
    assert not [text for text in chair if "Lachapelle" in text or "Tardivel" in text]
    removed = root.xpath("//t:list[@type='furniture']/t:item/text()", namespaces=NS)
    assert removed == ["M. Étienne Lachapelle", "M. Bruno Tardivel"]


def test_a_name_alone_glued_to_the_speech_above_is_a_label() -> None:
    """The line "… steht zur Diskussion.Stv. Abg. Beatrix Ospelt" over her speech: the name glued
    to the stop is a label alone, as "Landtagspräsident X" and "Abg. X" are; the record had
    read no turn."""
    root = sample_tei("de-li-landtag-label-glued.txt")
    chair = root.xpath("//t:sp[1]//t:p/text()", namespaces=NS)
    assert chair and chair[-1].endswith("Die Vorlage steht zur Diskussion.")
    person = root.xpath("//t:person[@xml:id='stv-abg-beatrix-ospelt']", namespaces=NS)[0]
    assert person.xpath("./t:persName[1]/t:surname/text()", namespaces=NS) == ["Ospelt"]
    president = root.xpath("//t:person[@xml:id='landtagsprasident-konrad-wachter']", namespaces=NS)[0]
    assert president.get("role") == "chair"


def test_the_stortings_president_in_the_old_spelling_is_the_chair() -> None:
    """The lines "Stortingspræsident Tjernes tok ordet og uttalte:" and "Præsidenten:": the office
    in the old spelling is the chair's; neither line had been read as a label."""
    root = sample_tei("nb-storting-praesident-tok-ordet.txt")
    person = root.xpath("//t:person[@xml:id='stortingspraesident-tjernes']", namespaces=NS)[0]
    assert person.get("role") == "chair"
    assert person.xpath("./t:persName[1]/t:surname/text()", namespaces=NS) == ["Tjernes"]
    assert root.xpath("//t:person[@xml:id='praesidenten']/@role", namespaces=NS) == ["chair"]


def test_an_office_and_its_holder_between_commas_before_the_floor_verb() -> None:
    """The line "Første representant for Nordre Vestland, Halvard Øye Tvedten, tok ordet og
    uttalte:": the name between the commas is the speaker, the office before it the role; the
    line had been no label and its speech run into the head."""
    root = sample_tei("nb-storting-representant-tok-ordet.txt")
    person = root.xpath("//t:person[@xml:id='halvard-oye-tvedten']", namespaces=NS)[0]
    assert person.get("role") == "Første representant for Nordre Vestland"
    assert person.xpath("./t:persName[1]/t:surname/text()", namespaces=NS) == ["Tvedten"]


def test_an_items_number_of_two_levels_opens_no_title() -> None:
    """The line "2.7   Deputy R.K. Lemprière of the Minister … regarding …:" where the excerpt
    begins: a question of the order paper, numbered on two levels, is the body's; it had become
    the record's title."""
    root = sample_tei("en-jersey-question-item-first.txt")
    assert not root.xpath("//t:front/t:docTitle", namespaces=NS)
    first = root.xpath("string(//t:body//t:p[1])", namespaces=NS)
    assert first.startswith("2.7") and "regarding the resurfacing" in first
