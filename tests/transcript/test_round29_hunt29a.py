"""Shapes a blind battery of Europe's and the Americas' records found: an old printed page's
running head opening an excerpt, a party whose name ends with an exclamation mark."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, speakers, tabled_tei, text_tei, texts


def test_an_opening_running_head_with_its_page_is_no_turn() -> None:
    """ "TWEEDE KAMER. 17de VERGADERING. — 9 NOVEMBER 1932. 423" over "De Voorzitter: …": the
    excerpt's first line, the sitting's date ending its words and the page after it, is the
    title's, no turn of "TWEEDE KAMER."; the chair's turn is the first."""
    tei = tabled_tei("nl-ocr-kamer-opening-head-paged.txt")
    title = tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS)
    assert title.startswith("TWEEDE KAMER. 17de VERGADERING.") and "423" not in title
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Ik geef het woord aan den heer Van Wijngaarden."]
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert said[0].startswith("Mijnheer de Voorzitter! Het wetsontwerp, dat thans")


def test_a_german_capitals_running_head_with_a_weekday_is_no_turn() -> None:
    """ "REICHSTAG. — 12. SITZUNG. Dienstag den 5. Mai 1925. 237" opening the excerpt: the
    running head, its words in Mixed case after the house's, is no turn of "REICHSTAG. —"."""
    tei = text_tei(
        "REICHSTAG. — 12. SITZUNG. Dienstag den 5. Mai 1925. 237\n\n"
        "Präsident Löbe: Das Wort hat der Herr Abgeordnete Dr. Hartwig.\n\n"
        "Dr. Hartwig (D. Vp.): Meine Damen und Herren! Die Vorlage der Regierung\n"
        "ist unzureichend. (Sehr richtig! rechts.)\n\n"
        "Präsident Löbe: Weitere Wortmeldungen liegen nicht vor.\n"
    )
    assert speakers(etree.tostring(tei)) == ["Präsident Löbe:", "Dr. Hartwig (D. Vp.):", "Präsident Löbe:"]


def test_a_first_line_naming_a_house_with_no_page_still_opens_a_turn() -> None:
    """ "PRÄSIDENT. Das Wort hat … am 5. Mai 1925 …" as the first line, no page after it: the
    chair's turn, as before."""
    tei = text_tei(
        "PRÄSIDENT. Das Wort hat der Abgeordnete Hartwig zu der am 5. Mai 1925 gestellten Frage.\n\n"
        "HARTWIG. Meine Damen und Herren! Die Vorlage ist unzureichend.\n\n"
        "PRÄSIDENT. Weitere Wortmeldungen liegen nicht vor.\n"
    )
    assert speakers(etree.tostring(tei)) == ["PRÄSIDENT.", "HARTWIG.", "PRÄSIDENT."]


def test_a_party_named_with_an_exclamation_mark_is_the_member_party() -> None:
    """ "Vijećnik Luka Perić (Možemo!) – …": the bracket holds the member's party, his
    affiliation, printed in his label, and no cry of the hall staged inside it."""
    tei = tabled_tei("hr-gradsko-vijece-party-cry-mark.txt")
    assert not tei.xpath("//t:speaker/t:stage", namespaces=NS)
    assert texts(tei, "//t:person[@xml:id='vijecnik-luka-peric']/t:affiliation") == ["Možemo!"]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Hvala, predsjednice. Prijedlog proračuna ne predviđa ništa za vrtiće u Dubravi."
    ]


def test_a_listed_party_with_its_mark_in_a_colon_label() -> None:
    """ "Jan Peeters (Groen!): …": the Flemish party the bracket parties list, its mark kept, is
    the member's affiliation, no interjection; a cry of the hall after a name ("Rossi (Bravo!):")
    is still the hall's."""
    tei = text_tei(
        "De voorzitter: Het woord is aan de heer Peeters.\n\n"
        "Jan Peeters (Groen!): Mijnheer de minister, de wachtlijsten zijn te lang.\n\n"
        "De voorzitter: Dank u.\n"
    )
    assert not tei.xpath("//t:speaker/t:stage", namespaces=NS)
    assert texts(tei, "//t:person[@xml:id='jan-peeters']/t:affiliation") == ["Groen!"]
    cried = text_tei(
        "PRESIDENTE. Ha facoltà di parlare il senatore Rossi.\n\n"
        "ROSSI (Bravo!). Onorevoli colleghi, il decreto è sbagliato.\n\n"
        "PRESIDENTE. Grazie.\n"
    )
    assert texts(cried, "//t:speaker/t:stage") == ["(Bravo!)"]


def test_a_clock_with_a_stop_before_each_member_label_is_its_time() -> None:
    """ "15.12 Sanna Rautio vas: Arvoisa puhemies! …", "15.16 Mikko Koivula kok
    (vastauspuheenvuoro): …": the minutes' clock before the label, its minutes going on, is the
    turn's time, no part of the label; the member's party is still read."""
    tei = tabled_tei("fi-eduskunta-ptk-clock-before-label.txt")
    assert tei.xpath("//t:speaker/t:time/text()", namespaces=NS) == ["15.12", "15.16", "15.17"]
    assert texts(tei, "//t:person[@xml:id='sanna-rautio']/t:affiliation") == ["vas"]
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("Arvoisa puhemies! Hallituksen esitys")


def test_the_belgian_numbered_answers_stay_numbers() -> None:
    """ "03.02 Els Janssens (N-VA): …" / "03.03 Pierre Dumont, ministre: …" / "04.01 …": each
    question's answers numbered one after another, wherever the excerpt starts, print their
    numbers in the label, no clock."""
    tei = text_tei(
        "03.02 Els Janssens (N-VA): Mijnheer de minister, dat antwoord stelt mij niet gerust.\n\n"
        "03.03 Pierre Dumont, ministre: Madame Janssens, les moyens sont dégagés.\n\n"
        "04.01 Bart Claes (Vooruit): Mijnheer de minister, mijn vraag gaat over de treinen.\n"
    )
    assert not tei.xpath("//t:speaker/t:time", namespaces=NS)
    assert speakers(etree.tostring(tei))[0] == "03.02 Els Janssens (N-VA):"
