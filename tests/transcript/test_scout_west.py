"""Continental records: question and answer printed as words, headings over their text, an
office alone on its line, the first label of an OCR'd record (samples in tests/data/labels/,
written in the shapes the real records print, names invented)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text


def _who(tei: bytes) -> list[str]:
    return [who.lstrip("#") for who in etree.fromstring(tei).xpath("//t:sp/@who", namespaces=NS)]


# a pair of words asks and answers as Q. and A. do; the heading names who asks, who answers, or both
QUESTIONS = {
    "de-exam-frage-antwort.txt": (["Frage:", "Antwort:"] * 2, ["den-vorsitzenden", "karl-brandt"] * 2),
    "ru-dopros-vopros-otvet.txt": (["Вопрос:", "Ответ:"] * 2, ["doprashivayushchii", "petrova-i-s"] * 2),
    "es-entrevista-pregunta.txt": (["Pregunta:", "Respuesta:"] * 2, ["luis-pardo", "carmen-ortiz"] * 2),
    "fr-audition-question-reponse.txt": (
        ["Question :", "Réponse :"] * 2,
        ["le-juge-d-instruction", "m-paul-girard"] * 2,
    ),
    "es-entrevista-p-r.txt": (["P.", "R."] * 2, ["el-interrogador", "la-ministra-laura-gomez"] * 2),
    "it-esame-domanda-risposta.txt": (["DOMANDA:", "RISPOSTA:"], ["l-interrogante", "mario-bianchi"]),
    "pl-przesluchanie-pytanie.txt": (["Pytanie:", "Odpowiedź:"], ["pytajacy", "jana-kowalskiego"]),
}


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_question_and_answer_words_are_a_pair(name: str) -> None:
    labels, persons = QUESTIONS[name]
    tei = convert_text((SAMPLES / name).read_bytes(), name).tei
    assert speakers(tei) == labels
    assert _who(tei) == persons
    heading = (SAMPLES / name).read_text(encoding="utf-8").splitlines()[0]
    assert heading in etree.fromstring(tei).xpath("string(//t:text)", namespaces=NS)


def test_a_pair_printed_once_is_believed() -> None:
    text = "Frage: Wann haben Sie den Brief erhalten?\n\nAntwort: Am Montag, gegen Mittag.\n"
    assert speakers(convert_text(text.encode(), "x.txt").tei) == ["Frage:", "Antwort:"]


def test_an_answer_word_alone_is_no_label() -> None:
    text = "ПРЕДСЕДАТЕЛЬ. Переходим к делу.\n\nОтвет: товарищ Иванов доложит позже.\n\nИВАНОВ. Я готов.\n"
    tei = convert_text(text.encode(), "x.txt").tei
    assert speakers(tei) == ["ПРЕДСЕДАТЕЛЬ.", "ИВАНОВ."]
    assert "Ответ: товарищ Иванов" in etree.fromstring(tei).xpath("string(//t:body)", namespaces=NS)


def test_a_question_word_without_its_answer_is_weighed_as_any_label() -> None:
    text = (
        "MS. PSAKI: Good afternoon.\n\nQUESTION: Thanks, Jen. Two questions.\n\nMS. PSAKI: Sure.\n\n"
        "QUESTION: And on the budget?\n\nMS. PSAKI: We will see.\n"
    )
    labels = speakers(convert_text(text.encode(), "x.txt").tei)
    assert labels == ["MS. PSAKI:", "QUESTION:", "MS. PSAKI:", "QUESTION:", "MS. PSAKI:"]


def test_a_heading_over_its_text_is_no_label() -> None:
    name = "de-heading-over-text.txt"
    tei = convert_text((SAMPLES / name).read_bytes(), name).tei
    assert speakers(tei) == ["Präsident Dr. Max Muster:", "Anna Berg (SPD):"]
    body = etree.fromstring(tei).xpath("string(//t:body)", namespaces=NS)
    assert "Beschlussempfehlung des Ausschusses für Arbeit und Soziales:" in body


def test_a_name_alone_on_its_line_printed_once_stays_a_label() -> None:
    text = (
        "Präsident Dr. Max Muster: Das Wort hat Anna Berg.\n\nAnna Berg (SPD): Wir lehnen ab.\n\n"
        "Präsident Dr. Max Muster: Nächster Redner ist Karl Wendt.\n\n"
        "Karl Wendt:\nHerr Präsident! Meine Damen und Herren! Ich stimme zu.\n"
    )
    labels = speakers(convert_text(text.encode(), "x.txt").tei)
    assert labels == [
        "Präsident Dr. Max Muster:",
        "Anna Berg (SPD):",
        "Präsident Dr. Max Muster:",
        "Karl Wendt:",
    ]


def test_an_office_alone_on_its_line_with_its_stop_printed_once() -> None:
    name = "lv-saeima-office-once.txt"
    tei = convert_text((SAMPLES / name).read_bytes(), name).tei
    assert speakers(tei) == ["Sēdes vadītājs.", "J. Bērziņš (JV)."]
    assert _who(tei) == ["sedes-vaditajs", "j-berzins"]


def test_the_first_label_under_a_page_head_opens_the_first_turn() -> None:
    name = "nl-ocr-handelingen.txt"
    root = etree.fromstring(convert_text((SAMPLES / name).read_bytes(), name).tei)
    title = root.xpath("string(//t:titleStmt/t:title)", namespaces=NS)
    assert title == "Tweede Kamer. 12de Vergadering. 3 November 1918. 345"
    first = root.xpath("//t:sp[1]", namespaces=NS)[0]
    assert first.xpath("string(t:speaker)", namespaces=NS) == "De Voorzitter :"
    assert first.xpath("string(t:p)", namespaces=NS) == "Het woord is aan den heer Troost."
