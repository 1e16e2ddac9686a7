"""Meetings of bodies other than parliaments and courts: a club's or a federation's acta that
narrates who spoke, a cooperative's signatures at its foot, a Dutch club's action point, an
academy's heading over a member's paper, and the Nordic Council's web record numbering each
speech's card. Invented samples (names invented; labels in turns.toml, persons in ids.toml) and
the counter-examples that read as before."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_an_acta_s_narration_running_on_after_the_office_is_no_label() -> None:
    """ "Interviene D. X, delegado de la sección de atletismo, quien pregunta por …": the office
    after the comma runs on into a verb of saying; the acta tells what was said, no turn."""
    root = sample_tei("es-acta-interviene-quien-manifiesta.txt")
    assert texts(root, "//t:sp/t:speaker") == []
    body = " ".join(texts(root, "//t:body//t:p"))
    assert "Interviene D. Óscar Lahoz, delegado de la sección de atletismo, quien pregunta" in body


def test_an_office_after_the_comma_with_no_verb_of_saying_stays_a_label() -> None:
    """ "D. Álvaro Senra, Presidente de la Federación:" and "M. Jean Dupont, ministre de
    l'intérieur :": the office's words in lower case describe the person, as before."""
    text = (
        "D. Álvaro Senra, Presidente de la Federación: Buenas tardes. Se abre la sesión.\n\n"
        "D. Joaquín Pérez: Pido la palabra para una cuestión de orden.\n\n"
        "D. Álvaro Senra, Presidente de la Federación: Adelante.\n"
    )
    assert speakers_of(text) == [
        "D. Álvaro Senra, Presidente de la Federación:",
        "D. Joaquín Pérez:",
        "D. Álvaro Senra, Presidente de la Federación:",
    ]


def test_the_signatures_at_an_acta_s_foot_with_the_visto_bueno_are_no_label() -> None:
    """ "EL SECRETARIO      Vº Bº EL PRESIDENTE": the ordinal's marks of "Vº Bº" are no small
    letters, the line is in CAPITALS, the offices who sign set apart as the same line without
    them is, no turn of the secretary."""
    root = tabled_tei("es-acta-pie-firmas-visto-bueno.txt")
    assert any(line.endswith("Vº Bº EL PRESIDENTE") for line in texts(root, "//t:body//t:head"))


def test_an_action_point_of_dutch_minutes_is_a_field() -> None:
    """ "Actiepunt: bestuur vraagt twee offertes aan." under the exchange: the minutes' record,
    no voice; so is "Action item:" in English."""
    root = tabled_tei("nl-notulen-actiepunt-veld.txt")
    assert any(line.startswith("Actiepunt: bestuur") for line in texts(root, "//t:body//t:p"))
    text = (
        "Chair: Welcome, everyone. The boiler is fixed at last.\n\n"
        "Resident, Flat 9: About time.\n\n"
        "Chair: Agreed.\n\n"
        "Action item: Chair to thank the contractor in writing.\n"
    )
    assert speakers_of(text) == ["Chair:", "Resident, Flat 9:", "Chair:"]


def test_an_academy_s_heading_over_a_member_s_paper_is_no_label() -> None:
    """ "COMMUNICATION DE M. X" over the paper's title and the discussion: the session's
    heading, the paper his turn with no label of its own, the discussion's turns labelled."""
    root = tabled_tei("fr-academie-communication-titre-discussion.txt")
    assert "COMMUNICATION DE M. LUCIEN DARBOUX" in texts(root, "//t:body//t:head")
    first = root.xpath("//t:sp[1]", namespaces=NS)[0]
    assert not first.xpath("t:speaker", namespaces=NS)
    assert texts(first, "t:p") == ["« Les moulins de la Vesle au XVIIIe siècle »"]


def test_the_nordic_council_s_numbered_cards_open_turns() -> None:
    """ "22" / "Henrik Aalborg" / "Huvudinlägg": the speech's running number over its card, no
    page's number nor running head; the number stays in the label as printed."""
    tabled_tei("sv-nordiska-radet-numrerade-kort.txt")


def test_pages_numbered_over_a_running_head_of_two_lines_stay_furniture() -> None:
    """ "14" / "Deutscher Bundestag" / "Stenografischer Bericht" over every page: the same two
    lines each time, a PDF's page furniture, no card; the labels below it read as before."""
    pages = "\n\n{n}\nDeutscher Bundestag\nStenografischer Bericht\n\n"
    text = (
        "Die Sitzung ist eröffnet. Ich erteile das Wort dem Kollegen Brandt."
        + pages.format(n=14)
        + "Brandt (SPD): Herr Präsident! Der Haushalt ist solide finanziert."
        + pages.format(n=15)
        + "Präsident: Das Wort hat jetzt die Kollegin Weber."
        + pages.format(n=16)
        + "Weber (CDU/CSU): Vielen Dank. Ich widerspreche dem Kollegen Brandt entschieden.\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:sp/t:speaker") == ["Brandt (SPD):", "Präsident:", "Weber (CDU/CSU):"]
    furniture = texts(root, "//t:list[@type='furniture']/t:item")
    assert {"14", "15", "16", "Deutscher Bundestag"} <= set(furniture)
