"""Shapes of the oral hearings of Spain, Portugal and Latin America, each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml): the clock in parentheses a video
hearing's transcript prints before each label, the label's time as the clock in square brackets
is; and the heading of an examination a court's record of a statement prints in Spanish or
Portuguese ("Preguntado por el Ministerio Fiscal:", "A preguntas de la defensa:", "Inquirida
pela defesa:"), naming who asks, no label over the questions and answers below it."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_a_clock_in_parentheses_before_a_label_is_the_labels_time() -> None:
    """ "(00:00:03) Magistrada: …" opens one turn, the clock its label's time, no stage between
    the turns; the stage "(Se oye un teléfono en la sala.)" stays one."""
    root = tabled_tei("es-juzgado-grabacion-reloj-parentesis.txt")
    assert _speakers(root)[0] == "(00:00:03) Magistrada:"
    assert texts(root, "//t:sp/t:speaker/t:time")[:2] == ["(00:00:03)", "(00:00:14)"]
    assert texts(root, "//t:stage") == ["(Se oye un teléfono en la sala.)"]
    assert _said(root)[1] == "Sí, señoría. Por la parte actora, el letrado Julián Ortega."


def test_a_clock_in_parentheses_alone_on_its_line_stays_between_the_turns() -> None:
    """A negative: the clock in parentheses alone on its line, the label on the next, is no
    part of that label's line."""
    root = text_tei(
        "Vista oral\n\n(00:00:05)\nJuez: Buenos días. Comienza la vista.\n(00:00:20)\n"
        "Fiscal: Con la venia, señoría.\n(00:00:31)\nJuez: Adelante.\n"
    )
    assert _speakers(root) == ["Juez:", "Fiscal:", "Juez:"]


def test_a_stage_in_parentheses_before_a_label_is_no_time() -> None:
    """A negative: "(Murmullos.) Juez: …" keeps its stage, the label after it its own."""
    root = text_tei(
        "Juicio oral\n\nJuez: Silencio en la sala.\nFiscal: Con la venia.\n"
        "(Murmullos.) Juez: Continúe, señor fiscal.\nFiscal: Gracias.\n"
    )
    assert "Murmullos." in " ".join(texts(root, "//t:stage"))
    assert texts(root, "//t:sp/t:speaker/t:time") == []


def test_an_examinations_heading_in_spanish_opens_no_turn() -> None:
    """ "Preguntado por el Ministerio Fiscal:", "A preguntas de la defensa:" and "Interrogada por
    la acusación particular:" head the dialogue set with dashes below them: no labels, the
    questions and answers kept."""
    root = tabled_tei("es-declaracion-preguntado-por-guion.txt")
    assert texts(root, "//t:head") == [
        "Preguntado por el Ministerio Fiscal:",
        "A preguntas de la defensa:",
        "Interrogada por la acusación particular:",
    ]
    assert "—¿Llevaba usted casco aquel día?" in texts(root, "//t:p")


def test_an_examinations_heading_in_portuguese_names_who_asks() -> None:
    """ "Perguntas do Ministério Público:" and "Inquirida pela defesa:" head the questions "P:"
    below them, which are the named side's."""
    root = tabled_tei("pt-audiencia-perguntas-da-defesa.txt")
    assert texts(root, "//t:head") == ["Perguntas do Ministério Público:", "Inquirida pela defesa:"]


def test_a_label_of_the_side_that_asks_stays_a_label() -> None:
    """A negative: the side's own label ("DEFENSA:", "FISCAL:") and the old record's "PREGUNTADO:"
    stay labels; only the heading's participle or "preguntas" before who asks heads."""
    root = text_tei(
        "Audiencia de juicio\n\nJUEZ: Puede preguntar la defensa.\nDEFENSA: ¿Dónde estaba usted?\n"
        "TESTIGO: En el mercado.\nFISCAL: ¿A qué hora?\nTESTIGO: A las diez.\n"
    )
    assert _speakers(root) == ["JUEZ:", "DEFENSA:", "TESTIGO:", "FISCAL:", "TESTIGO:"]
    root = text_tei(
        "Diligencia de declaración\n\nComparece el testigo.\n"
        "PREGUNTADO: ¿Conoce al sindicado? CONTESTÓ: Sí, desde niño.\n"
        "PREGUNTADO: ¿Dónde estaba? CONTESTÓ: En mi finca.\n"
    )
    assert _speakers(root) == ["PREGUNTADO:", "CONTESTÓ:", "PREGUNTADO:", "CONTESTÓ:"]


def test_a_sentence_naming_who_asks_stays_speech() -> None:
    """A negative: "Preguntado por la defensa, el testigo dijo que no." is the record's sentence,
    no heading."""
    root = text_tei(
        "Acta\n\nJUEZ: Consta en autos lo siguiente.\n"
        "Preguntado por la defensa, el testigo dijo que no lo recordaba.\nJUEZ: Se levanta la sesión.\n"
    )
    assert texts(root, "//t:head") == []
    assert any(p.startswith("Preguntado por la defensa, el testigo") for p in _said(root))
