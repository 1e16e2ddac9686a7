"""Shapes earlier rounds left (fixleft32): a compound degree's hyphen after its first stop, forms
of address and degrees printed without stops, the Spanish "Dª", a Slovene court's offices before
the surname, a web copy's speaker heading printed twice."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei, texts


def test_a_compound_degree_after_its_first_stop_opens_a_label() -> None:
    """ "GR Dipl.-Ing. Karl Maier (ÖVP):", "GRin Dr.-Ing. Petra Wallner (GRÜNE):", each printed
    once: the hyphen after "Dipl." is the degree's, no dash ending the label's words; both are
    turns of their own and the degree is a title of the name, no forename."""
    tei = tabled_tei("de-at-gemeinderat-compound-degree.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Sehr geehrter Herr Vorsitzender!")
    assert name_parts_of(tei, "gr-dipl-ing-karl-maier") == [
        ("roleName", "honorific", "GR"),
        ("roleName", "honorific", "Dipl.-Ing."),
        ("forename", None, "Karl"),
        ("surname", None, "Maier"),
    ]
    assert name_parts_of(tei, "grin-dr-ing-petra-wallner")[1] == ("roleName", "honorific", "Dr.-Ing.")


def test_titles_printed_without_stops_are_no_name_words() -> None:
    """ "Abg Mag Anna Huber (SPÖ):", "Abg Dipl-Ing Karl Maier (ÖVP):" (Vienna's Landtag, no
    stops): "Abg", "Mag" and "Dipl-Ing" are titles, as "Abg." and "Mag." are; the forename is
    the forename."""
    tei = tabled_tei("de-at-landtag-wien-titles-no-stops.txt")
    assert name_parts_of(tei, "abg-mag-anna-huber") == [
        ("roleName", "honorific", "Abg"),
        ("roleName", "honorific", "Mag"),
        ("forename", None, "Anna"),
        ("surname", None, "Huber"),
    ]
    assert name_parts_of(tei, "abg-dipl-ing-karl-maier")[:2] == [
        ("roleName", "honorific", "Abg"),
        ("roleName", "honorific", "Dipl-Ing"),
    ]
    assert len(texts(tei, "//t:sp/t:p")) == 4


def test_the_spanish_dona_with_its_ordinal_mark_is_a_form_of_address() -> None:
    """ "Dª María Soler:", "D.ª Elena Ruiz:" beside "D. Andrés Villar:": doña abbreviated with
    the feminine ordinal mark is the form of address, as "D." and "Dña." are, no forename."""
    tei = tabled_tei("es-ayuntamiento-dona-ordinal-mark.txt")
    assert name_parts_of(tei, "da-maria-soler")[:2] == [
        ("roleName", "honorific", "Dª"),
        ("forename", None, "María"),
    ]
    assert name_parts_of(tei, "d-a-elena-ruiz")[0] == ("roleName", "honorific", "D.ª")


def test_a_slovene_court_s_office_before_the_surname_is_no_forename() -> None:
    """ "SODNICA ZUPAN:", "TOŽILKA NOVAK:", "ZAGOVORNIK KRALJ:", "OBDOLŽENEC HORVAT:": the
    judge, the prosecutor, counsel and the accused by their office in the court and surname; the
    office is a roleName, the surname the only name word."""
    tei = tabled_tei("sl-sodisce-office-before-surname.txt")
    assert name_parts_of(tei, "sodnica-zupan") == [
        ("roleName", "office", "Sodnica"),
        ("surname", None, "Zupan"),
    ]
    assert name_parts_of(tei, "tozilka-novak")[0] == ("roleName", "office", "Tožilka")
    assert name_parts_of(tei, "zagovornik-kralj")[0] == ("roleName", "office", "Zagovornik")
    assert name_parts_of(tei, "obdolzenec-horvat")[0] == ("roleName", "office", "Obdolženec")


def test_a_web_copy_s_speaker_heading_repeated_under_the_speech_s_number_is_one_turn() -> None:
    """ "Anf. 12 Anna Berg (S)" / "Anna Berg (S)" / "Fru talman! …" (the Riksdag's web page): the
    speaker printed again as the page's heading is the same turn, no silent turn before it;
    "Anf. 14 Anna Berg (S) replik", the reply's kind after the party with no colon, is her
    label too, no "Anf." of a person of its own."""
    tei = tabled_tei("sv-riksdag-webb-rubrik-upprepad.txt")
    assert not tei.xpath("//t:gap", namespaces=NS)
    assert texts(tei, "//t:sp/t:p") == [
        "Fru talman! Regeringen har inte svarat på frågan om vårdcentralerna i Norrland. Tre av dem"
        " har stängt sedan i våras.",
        "Fru talman! Jag har svarat tydligt, och svaret står kvar: regionerna har fått mer pengar än"
        " någonsin.",
        "Fru talman! Pengarna räcker inte när läkarna flyttar söderut.",
    ]


def test_a_member_s_name_and_party_stacked_a_word_a_line_is_one_label() -> None:
    """ "14.05" / "Anna" / "Virtanen" / "kesk" / "Arvoisa puhemies! …" (a web copy of the
    Eduskunta's record, one paragraph): the forename, surname and party are one label, each
    member printed once, the party her affiliation; each speech is its member's."""
    tei = tabled_tei("fi-eduskunta-web-name-stacked.txt")
    assert tei.xpath("string(//t:person[@xml:id='anna-virtanen']/t:affiliation)", namespaces=NS) == "kesk"
    said = texts(tei, "//t:sp/t:p")
    assert said[0].startswith("Arvoisa puhemies! Hallituksen esitys")
    assert said[1].startswith("Arvoisa puhemies! Edustaja Virtanen")
