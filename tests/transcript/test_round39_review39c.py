"""Where the court shapes of this round reached too far: a speaker's initial "I." under an agenda
whose "II." numbers an item in lower case (no part of an acta's outline), and a one-word answer
in CAPITALS after its dash under the president's question (no case's rubric). Each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml), with the shapes the
rules were made for kept beside them."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The labels of the transcript *text*, as printed."""
    return speakers(etree.tostring(text_tei(text)))


def test_an_initial_i_under_an_agenda_s_roman_items_stays_a_speaker() -> None:
    """ "I. MARTÍNEZ:" under "I. Aprobación del acta anterior", with "II. Ruegos y preguntas"
    printed below: the agenda's items are headings in lower case, the "I." a name's initial."""
    root = tabled_tei("es-concejo-orden-romano-inicial.txt")
    assert texts(root, "//t:body//t:head") == ["I. Aprobación del acta anterior", "II. Ruegos y preguntas"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chairman: We come to the agenda.\nI. Agenda\nII. Minutes of the last meeting\n"
        "I. SMITH: I move that the minutes be approved.\nThe Chairman: Thank you.\n",
        "PRESIDENTE: Se abre la sesión.\nI. IVANOV: Quisiera preguntar por el presupuesto.\n"
        "II. Orden del día\nPRESIDENTE: Tiene la palabra el señor Díaz.\nC. DÍAZ: Gracias.\n",
    ],
)
def test_a_numeral_ii_over_a_heading_in_lower_case_makes_no_outline(text: str) -> None:
    """ "II." before an item in lower case is an agenda's number, not a part printed in the shape
    of "I. X:"; the initial's speaker keeps the turn."""
    assert any(label.startswith("I. ") for label in speakers_of(text))


def test_an_acta_s_roman_parts_in_capitals_stay_divisions() -> None:
    """ "I. INSTALACIÓN:" where "II. ACREDITACIÓN DE LAS PARTES:" is printed in its shape: parts
    of the acta's outline, no speakers."""
    root = tabled_tei("es-pe-acta-juicio-partes-romanas.txt")
    assert not any(label.startswith(("I.", "II.")) for label in speakers(etree.tostring(root)))


def test_a_one_word_answer_in_capitals_under_a_question_stays_a_turn() -> None:
    """ "DUPONT. — JAMAIS." and "BLANC. — PERSONNE." under the president's question, in a report
    printed in CAPITALS throughout, each printed once: answers, no case's rubric."""
    root = tabled_tei("fr-assises-majuscules-reponses-tiret.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["JAMAIS."]
    assert texts(root, "//t:sp[6]/t:p") == ["PERSONNE."]


def test_a_case_s_rubric_not_under_a_question_stays_a_heading() -> None:
    """ "AFFAIRE DU CHEMIN DE LA BASTIDE. — VOL QUALIFIÉ." heads the chronicle's case as before."""
    root = tabled_tei("fr-chronique-assises-rubrique-tiret.txt")
    assert "AFFAIRE DU CHEMIN DE LA BASTIDE. —" not in speakers(etree.tostring(root))
