"""Narrowed rules of a public meeting's hall, a hall's cries and a German court's abbreviations,
each in an invented sample (labels in turns.toml, persons in ids.toml): a qualifier after one of
the hall's word is refused for a clause's word of the text's own language only ("Un habitant du
quartier :", whose "du" is German "you"; "Ein Anwohner am Hafen:", whose "am" is English); one
word of the hall's before a short cry and its comma stays the hall's voices ("Senadores: Muy
bien, que hable ya."); "Sta." and "Ra." are no offices ("Councilor Sta. Maria:", "Ra. X:")."""

from __future__ import annotations

from lxml import etree

from label_samples import name_parts_of, speakers, tabled_tei, text_tei, texts


def test_a_qualifier_with_another_languages_clause_word_is_the_members() -> None:
    """ "Une riveraine du boulevard :", "Un habitant du quartier :": "du" a French link, no
    German "you"; "Une habitante m'a dit :" stays the mayor's speech."""
    root = tabled_tei("fr-reunion-publique-habitant-du-quartier.txt")
    said = texts(root, "//t:sp[t:speaker='Le maire :']/t:p")
    assert any("Une habitante m'a dit : il faudrait" in p for p in said)


def test_a_german_hall_member_at_a_place_is_a_speaker() -> None:
    """ "Ein Anwohner am Hafen:", "Eine Zuhörerin am Saalmikrofon:": "am" a German preposition,
    no English verb; each the label as printed."""
    root = tabled_tei("de-buergerversammlung-anwohner-am-hafen.txt")
    said = texts(root, "//t:sp[t:speaker='Ein Anwohner am Hafen:']/t:p")
    assert said == ["Wann wird die Uferstraße endlich saniert?"]


def test_a_clause_word_of_the_texts_language_still_reports_a_speech() -> None:
    """ "Ein Anwohner, der hier ist:" reports, "ist" a German clause's verb: no label."""
    root = text_tei(
        "Bürgerversammlung Lindenau\n\nBürgermeister Hahn: Ich lese eine Zuschrift vor.\n\n"
        "Ein Anwohner ist sicher: Die Straße muss saniert werden, und zwar bald.\n\n"
        "Gemeinderätin Roth: Das sehen wir auch so.\n\nBürgermeister Hahn: Danke.\n"
    )
    assert "Ein Anwohner ist sicher:" not in speakers(etree.tostring(root))


def test_the_hall_crying_out_before_a_comma_keeps_its_turn() -> None:
    """ "Senadores: Muy bien, que hable ya.": a short cry before its comma, the senators' voices;
    "Compañeros: Hoy venimos a pedir …" a vocative inside the senator's speech, as before."""
    root = tabled_tei("es-senado-senadores-grito-coma.txt")
    assert texts(root, "//t:sp[t:speaker='Senadores:']/t:p") == ["Muy bien, que hable ya."]
    said = texts(root, "//t:sp[t:speaker='Senador Ruiz:']/t:p")
    assert any(p.startswith("Compañeros: Hoy venimos a pedir") for p in said)


def test_short_cries_of_a_group_stay_labels_printed_once() -> None:
    """ "Diputados: Sí, sí, sí.", "Members: Sit down, you …": each printed once, a group's cry."""
    root = text_tei(
        "Sesión plenaria\n\nEl Presidente: Tiene la palabra el diputado Pérez.\n\n"
        "Diputado Pérez: Pido que se cumpla la ley de presupuestos.\n\nDiputados: Sí, sí, sí.\n\n"
        "Members: Sit down, you have had your turn already.\n\nEl Presidente: Gracias.\n"
    )
    assert speakers(etree.tostring(root)) == [
        "El Presidente:",
        "Diputado Pérez:",
        "Diputados:",
        "Members:",
        "El Presidente:",
    ]


def test_santa_abbreviated_is_part_of_the_name() -> None:
    """ "Councilor Sta. Maria:": "Sta." (Santa) of the surname, no office's; "Sta. Maria:" alone
    is never cut at "Sta." into a label and a speech opening "Maria:"."""
    root = tabled_tei("ph-sangguniang-sta-maria.txt")
    assert ("roleName", "office", "Sta.") not in name_parts_of(root, "councilor-sta-maria")
    root = text_tei(
        "Minutes of the session\n\nPresiding Officer: The floor is open.\n\n"
        "Councilor Sta. Maria: I move to approve the agenda.\n\n"
        "Sta. Maria: I also move to refer the ordinance to the committee on health.\n\n"
        "Presiding Officer: So ordered.\n"
    )
    assert "Sta." not in speakers(etree.tostring(root))


def test_a_tamil_initial_and_a_korean_surname_are_no_offices() -> None:
    """ "Thiru Ra. Viswanathan:" never cut at "Ra."; "Ms. Ra Mi-ran:" names "Ra" no office."""
    root = text_tei(
        "Legislative Assembly Debates\n\nHon. Speaker: Questions.\n\n"
        "Thiru Ra. Viswanathan: Sir, I rise to ask about the drinking water scheme.\n\n"
        "Ms. Ra Mi-ran: Thank you. Our office has three concerns.\n\nHon. Speaker: Next question.\n"
    )
    assert "Thiru Ra." not in speakers(etree.tostring(root))
    assert ("roleName", "office", "Ra") not in name_parts_of(root, "ms-ra-mi-ran")


def test_a_german_courts_letters_as_printed_are_no_forename() -> None:
    """ "GStA Marquardt:", "RAin Tessmann:": a German court's prosecutor and counsel in their
    letters, as printed, no forename nor surname; "Rain:" a field's word as before."""
    root = text_tei(
        "Landgericht Musterstadt, Hauptverhandlung\n\nVors. Ri. Weber: Die Sitzung ist eröffnet.\n\n"
        "GStA Marquardt: Die Anklage wird aufrechterhalten.\n\nRAin Tessmann: Wir widersprechen.\n\n"
        "Vors. Ri. Weber: Das ist notiert.\n"
    )
    assert ("roleName", "honorific", "GStA") in name_parts_of(root, "gsta-marquardt")
    assert ("surname", None, "Marquardt") in name_parts_of(root, "gsta-marquardt")
    assert ("roleName", "honorific", "RAin") in name_parts_of(root, "rain-tessmann")
