"""The socialist era's party, congress and soviet records: the Cuban commander in chief's office,
a congress addressed in a salutation alone on its line, and the Bolshevik party's acronym with
its letter in brackets, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


def test_the_commander_in_chief_speaks_as_his_office() -> None:
    """ "Comandante en Jefe.- ¿Y por qué no …?" beside "Eusebio Lazo.-": the office of a Cuban
    stenographic version's dialogue, its words joined by "en", is a label, not a sentence."""
    root = tabled_tei("es-cu-consejo-estado-comandante-en-jefe.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["¿Y por qué no el ciento por ciento?"]


def test_a_congress_addressed_alone_on_its_line_is_no_speaker() -> None:
    """ "Compañeras y compañeros delegados:" and "Queridas compañeras invitadas:" opening a closing
    speech: the hall addressed, whatever office its members hold, gives no turn."""
    root = sample_tei("es-cu-clausura-companeros-delegados.txt")
    assert root.xpath("//t:sp", namespaces=NS) == []
    assert "Compañeras y compañeros delegados:" in texts(root, "//t:p")


_CALLED_CUBAN = (
    "Presidente.- Tiene la palabra el compañero Raúl Medina.\n\n"
    "Raúl Medina.-\n\nCompañeros delegados:\n\nHemos cumplido el plan de la zafra.\n\n"
    "Compañero Luis Fernández.- ¿Y en Las Tunas?\n\n"
    "Raúl Medina.- También allí.\n"
)
_CHAIR_NAMED = "Chair Smith: The meeting will come to order.\n\nMs. OKAFOR: Thank you, Chair.\n\nChair Smith: Go ahead.\n"


def test_a_salutation_under_a_speaker_s_label_stays_his_speech() -> None:
    """ "Raúl Medina.-" alone, then "Compañeros delegados:": the speaker's salutation opens his
    speech; a comrade's form of address before a name ("Compañero Luis Fernández.-") and the
    chair's office before a name ("Chair Smith:") still name who speaks."""
    root = text_tei(_CALLED_CUBAN, "es.txt")
    labels = ["Presidente.-", "Raúl Medina.-", "Compañero Luis Fernández.-", "Raúl Medina.-"]
    assert texts(root, "//t:sp/t:speaker") == labels
    assert texts(root, "//t:sp[2]/t:p")[0] == "Compañeros delegados:"
    chaired = texts(text_tei(_CHAIR_NAMED, "en.txt"), "//t:sp/t:speaker")
    assert chaired == ["Chair Smith:", "Ms. OKAFOR:", "Chair Smith:"]


def test_the_bolshevik_party_s_bracketed_letter_is_its_acronym_s() -> None:
    """ "Секретарь ЦК КП(б)У тов. ГРИНЧУК." and "Секретарь Горьковского обкома ВКП(б) тов. СЕРОВ."
    (printed once): the letter in brackets glued inside the acronym is neither a role nor a
    word of a sentence, so the secretary's office and name are one label."""
    root = tabled_tei("ru-plenum-sekretar-ck-vkpb-tov.txt")
    assert texts(root, "//t:sp[6]/t:p") == ["Товарищи, я коротко."]


def test_a_protocol_s_signatures_after_the_party_s_acronym_are_no_turns() -> None:
    """ "Секретарь райкома ВКП(б)        П. Гусев" closing a bureau's protocol: an office and the
    signer's name set apart by spaces is a signature, the acronym's letter no role that would
    vouch for a label."""
    root = sample_tei("ru-raikom-protokol-podpis-vkpb.txt")
    assert root.xpath("//t:sp", namespaces=NS) == []


def test_a_role_that_holds_the_acronym_and_a_party_glued_to_a_name_stay_so() -> None:
    """ "ПЕТРОВ (секретарь Ленинградского обкома ВКП(б))." keeps its role with the acronym inside
    it; a party in CAPITALS glued to a name in CAPITALS ("SMITH(D):") is no acronym's letter."""
    text = (
        "Председательствующий. Слово имеет тов. Петров.\n\n"
        "ПЕТРОВ (секретарь Ленинградского обкома ВКП(б)). Товарищи, план выполнен.\n\n"
        "Голоса. Правильно!\n\nПЕТРОВ. Спасибо.\n"
    )
    root = text_tei(text, "ru.txt")
    assert texts(root, "//t:sp[2]/t:speaker") == ["ПЕТРОВ (секретарь Ленинградского обкома ВКП(б))."]
    assert texts(root, "//t:sp[2]/t:p") == ["Товарищи, план выполнен."]
    text = "SMITH(D): I move the bill.\n\nJONES(R): I object.\n\nSMITH(D): Then I ask for a vote.\n"
    assert texts(text_tei(text, "en.txt"), "//t:sp/t:speaker") == ["SMITH(D):", "JONES(R):", "SMITH(D):"]
