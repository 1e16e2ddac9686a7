"""Round 51 (hunt51c): the parts of a Latin American judgment or resolution and of a Brazilian
acórdão ("VISTOS:", "RESULTANDO:", "CONSIDERANDO:", "EMENTA:", "RELATÓRIO:"), read out in a
hearing or printed over a council's turns, are the court's headings, no voice: they stay in the
text of the turn that reads them, as "Fallo:" and "Hechos probados:" already did."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_mexican_electoral_court_keeps_a_resolutions_parts_in_the_clerks_turn() -> None:
    """A Mexican electoral court's public session: the clerk reads the draft judgment, its
    "VISTOS: los autos …" with text on the line and "RESULTANDO:" / "CONSIDERANDO:" alone over
    numbered paragraphs. They are his turn's text; the one capital word with its colon that a
    party prints (`ACTORA:`) is a label still."""
    tei = tabled_tei("es-tribunal-electoral-resultando-considerando.txt")
    paragraphs = turn_paragraphs(tei)
    assert "RESULTANDO:" in paragraphs
    assert "CONSIDERANDO:" in paragraphs
    assert any(p.startswith("VISTOS: los autos") for p in paragraphs)
    assert outside_turns(tei) == []


def test_brazilian_court_keeps_the_acordaos_ementa_in_the_rapporteurs_turn() -> None:
    """A Brazilian court's session: the rapporteur reads the "EMENTA:" of his vote on its line
    and the "RELATÓRIO:" alone over its text; both stay in his turn under `O SENHOR MINISTRO …
    (RELATOR) -`."""
    tei = tabled_tei("pt-stf-ementa-relatorio.txt")
    paragraphs = turn_paragraphs(tei)
    assert "RELATÓRIO:" in paragraphs
    assert any(p.startswith("EMENTA: Ação direta") for p in paragraphs)


def test_a_one_word_office_among_a_resolutions_parts_is_a_label() -> None:
    """Negative: an Argentine council's clerk reads a draft ordinance ("VISTO:" / "CONSIDERANDO:
    Que …"); the offices of one word in capitals with their colon around it (`SECRETARIA:`,
    `INTENDENTE:`, `CONCEJAL:`), the nearest shape, still open turns."""
    tei = text_tei(
        "PRESIDENTE: Por Secretaría se dará lectura al proyecto.\n"
        "SECRETARIA: El proyecto dice así:\n"
        "VISTO: El expediente 4521 del Departamento Ejecutivo.\n"
        "CONSIDERANDO: Que resulta necesario ordenar el tránsito en el centro.\n"
        "INTENDENTE: Pido la palabra para explicar el proyecto.\n"
        "CONCEJAL: Adelanto el voto afirmativo de nuestro bloque.\n"
    )
    assert turn_speakers(tei) == ["PRESIDENTE:", "SECRETARIA:", "INTENDENTE:", "CONCEJAL:"]
    assert "CONSIDERANDO: Que resulta necesario ordenar el tránsito en el centro." in turn_paragraphs(tei)


def test_chilean_court_reads_its_ruling_under_its_operative_verb() -> None:
    """A Chilean guarantee court's judge reads his ruling in the hearing: "VISTOS Y
    CONSIDERANDO:" over its numbered grounds and "SE RESUELVE:" over what it orders. Both are
    the judge's text; the prosecutor's and the defence's one-word offices below are labels."""
    tei = tabled_tei("es-cl-juzgado-atendido-se-resuelve.txt")
    paragraphs = turn_paragraphs(tei)
    assert "VISTOS Y CONSIDERANDO:" in paragraphs
    assert "SE RESUELVE:" in paragraphs


def test_catalan_council_keeps_a_draft_resolutions_parts_in_the_clerks_turn() -> None:
    """A Catalan town council's clerk reads the draft: "ANTECEDENTS:", "FONAMENTS DE DRET:" and
    the mayor's "RESOLC:" alone over their text stay in `Sr. Secretari:`'s turn, and the
    councillor's label with her party (`Sra. Puigdollers (ERC):`) opens her turn."""
    tei = tabled_tei("ca-ple-municipal-antecedents-resolc.txt")
    paragraphs = turn_paragraphs(tei)
    assert {"ANTECEDENTS:", "FONAMENTS DE DRET:", "RESOLC:"} <= set(paragraphs)


def test_a_resolution_verb_inside_a_longer_label_is_no_heading() -> None:
    """Negative: the headings are refused as whole candidates only; a Mexican court's offices
    that hold such words among others (`SECRETARIO DE ACUERDOS:`, "acuerdos" a listed heading
    alone; `JUEZA DE ORDEN:`) are labels still beside the "RESUELVE:" the judge reads."""
    tei = text_tei(
        "JUEZA DE ORDEN: Se dicta la siguiente resolución.\n"
        "RESUELVE: Se tiene por desahogada la prueba.\n"
        "SECRETARIO DE ACUERDOS: Se toma nota, su señoría.\n"
        "JUEZA DE ORDEN: Se cierra la audiencia.\n"
    )
    assert turn_speakers(tei) == ["JUEZA DE ORDEN:", "SECRETARIO DE ACUERDOS:", "JUEZA DE ORDEN:"]
    assert "RESUELVE: Se tiene por desahogada la prueba." in turn_paragraphs(tei)


def test_the_title_of_what_a_council_reads_stays_in_the_clerks_turn() -> None:
    """A Spanish town council's clerk reads the committee's report under its titles,
    "DICTAMEN:" with its text and "PROPUESTA DE ACUERDO:" alone over it: the document's titles,
    no voice. Negative: the mayor's and the councillor's labels around them (`ALCALDESA:`,
    `CONCEJAL SR. MORENO:`) open their turns."""
    tei = text_tei(
        "ALCALDESA: Pasamos al punto quinto. Señora secretaria.\n"
        "SECRETARIA: Se da lectura al dictamen de la comisión informativa.\n"
        "DICTAMEN: La Comisión Informativa de Urbanismo, en sesión de 3 de mayo, informa favorablemente.\n"
        "PROPUESTA DE ACUERDO:\n"
        "Primero. Aprobar el proyecto de urbanización del sector 4.\n"
        "CONCEJAL SR. MORENO: Nuestro grupo se abstendrá.\n"
        "ALCALDESA: Queda aprobado.\n"
    )
    assert turn_speakers(tei) == ["ALCALDESA:", "SECRETARIA:", "CONCEJAL SR. MORENO:", "ALCALDESA:"]
    assert "PROPUESTA DE ACUERDO:" in turn_paragraphs(tei)
