"""Forenames that are sentence openers too (invented samples; labels in turns.toml, persons in
ids.toml): the Spanish ordinals that number a council's resolution ("SEGUNDO.- Encargar …",
"QUINTO: …") are forenames in the Andes and the Southern Cone ("Segundo Quispe", "Quinto
Herrera"); before a capitalised word of the name they open a name, so a head's field naming one
("Secretario General: Segundo Martínez Díaz.") and an office's holder alone on its line
("ALCALDE: Quinto Herrera Vásquez") keep their reading, while the resolution's points stay no
speaker's. Also what the round's other new rules must leave alone: a date's or an article's
ordinal in figures before a colon, and a single label printed once."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_head_s_field_naming_a_forename_that_is_an_ordinal() -> None:
    """ "Secretario General: Segundo Martínez Díaz." is the head's field, no turn; the resolution's
    "PRIMERO.-" and "SEGUNDO.-" below stay the minutes' text."""
    root = tabled_tei("es-pe-concejo-nombre-ordinal.txt")
    front_and_body = texts(root, "//t:text//t:p")
    assert "Secretario General: Segundo Martínez Díaz." in front_and_body
    assert "Regidores asistentes: Ana Pons Mego, Luis Tello Ruiz." in front_and_body
    assert "SEGUNDO.- Encargar a la Gerencia Municipal el informe técnico." in front_and_body


def test_an_office_s_holder_alone_whose_forename_is_an_ordinal() -> None:
    """ "ALCALDE: Quinto Herrera Vásquez" over the speech names the holder, whose forename is no
    sentence's first word: the speech keeps no part of the name."""
    root = tabled_tei("es-pe-concejo-titular-ordinal.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Pido que el informe se entregue por escrito."]


def test_an_ordinal_opening_a_speaker_s_points_stays_speech() -> None:
    """Negative: "Segundo: no incluye …" is the member's second point, no forename (no
    capitalised name after it), in his turn."""
    paragraphs = [
        "La Sra. Alcaldesa: Tiene la palabra el portavoz.",
        "El Sr. Gómez: Gracias. Quiero decir dos cosas.",
        "Primero: el presupuesto llega tarde.",
        "Segundo: no incluye las inversiones prometidas.",
        "La Sra. Alcaldesa: Tomamos nota.",
    ]
    root = text_tei("\n".join(paragraphs) + "\n", "es.txt")
    assert texts(root, "//t:sp/t:speaker") == ["La Sra. Alcaldesa:", "El Sr. Gómez:", "La Sra. Alcaldesa:"]
    assert "Segundo: no incluye las inversiones prometidas." in " ".join(texts(root, "//t:sp[2]/t:p"))


def test_a_greeting_after_an_office_is_still_no_holder() -> None:
    """Negative: "Good Morning" after "THE COURT:" opens with no forename: the speech's words."""
    text = "THE COURT: Good Morning\n\nMR. SMITH: Good morning, Your Honor. We are ready.\n\nTHE COURT: Proceed.\n"
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker")[0] == "THE COURT:"


def test_an_article_s_ordinal_in_figures_before_a_colon_stays_text() -> None:
    """Negative: "3e alinéa :" and a date's "Le 1er avril, …:" in a French council's minutes are
    no deputy's label, though "1er" and "3e" now read as words."""
    paragraphs = [
        "M. le Maire : Nous passons au règlement intérieur.",
        "Mme Lefèvre : L'article 12 est modifié ainsi.",
        "3e alinéa : les mots « trois jours » sont remplacés par les mots « cinq jours ».",
        "M. Garnier : Le 1er avril, date d'entrée en vigueur : est-ce bien réaliste ?",
        "M. le Maire : Oui. Je mets aux voix.",
    ]
    root = text_tei("\n".join(paragraphs) + "\n", "fr.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "M. le Maire :",
        "Mme Lefèvre :",
        "M. Garnier :",
        "M. le Maire :",
    ]


def test_single_labels_printed_once() -> None:
    """A short excerpt with its one label: a deputy by an ordinal in figures, the Balearic mayor,
    Vienna's mayor, a forename that is an ordinal."""
    head = "Extracto del acta\n"
    for label, speech in [
        ("Mme la 1ère Adjointe :", "La commission propose d'accorder la subvention au club."),
        ("El batle:", "Passam al punt cinquè, la modificació de l'ordenança de terrasses."),
        ("Bgm.in Mag.a Eva Hofer:", "Ich eröffne die Sitzung und stelle die Beschlussfähigkeit fest."),
        ("Regidor Segundo Quispe:", "Solicito que se incluya en agenda el pedido de los comerciantes."),
    ]:
        root = text_tei(f"{head}{label} {speech}\n")
        assert texts(root, "//t:sp/t:speaker") == [label]
        assert texts(root, "//t:sp/t:p") == [speech]


def test_the_surname_batlle_is_no_mayor() -> None:
    """Negative: "Batlle", a Catalan and Uruguayan surname, names a member: "BATLLE:" is the
    "Jorge Batlle:" above, no office's holder (the Balearic "El batle:" is the mayor)."""
    paragraphs = [
        "SEÑOR PRESIDENTE: Tiene la palabra el señor Jorge Batlle.",
        "Jorge Batlle: Gracias, presidente. Voy a ser breve.",
        "BATLLE: Y agrego que el proyecto es inconstitucional.",
        "SEÑOR PRESIDENTE: Se vota.",
    ]
    root = text_tei("\n".join(paragraphs) + "\n", "es.txt")
    assert root.xpath("//t:sp/@who", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == [
        "#senor-presidente",
        "#jorge-batlle",
        "#jorge-batlle",
        "#senor-presidente",
    ]


def test_an_ordinal_before_a_division_s_word_heads_an_item() -> None:
    """ "Primer punto del orden del día" and "Segon punt. Aprovació de l'acta" between turns are
    an item's headings, though their first words number a resolution's points; "Dank u wel"
    alone under a turn stays its speech's last words."""
    paragraphs = [
        "ACTA DE LA SESIÓN ORDINARIA",
        "La Sra. Alcaldesa: Buenas tardes. Se abre la sesión.",
        "Primer punto del orden del día",
        "La Sra. Alcaldesa: Se aprueba el acta anterior por unanimidad.",
        "Segon punt. Aprovació de l'acta",
        "El Sr. Gómez (PP): Presentamos la moción.",
    ]
    root = text_tei("\n".join(paragraphs) + "\n", "es.txt")
    assert texts(root, "//t:body//t:head") == [
        "Primer punto del orden del día",
        "Segon punt. Aprovació de l'acta",
    ]
    closing = "De voorzitter: Ik sluit de vergadering.\nDank u wel\nDe heer Bakker: Tot ziens.\n"
    assert "Dank u wel" not in texts(text_tei(closing, "nl.txt"), "//t:body//t:head")
