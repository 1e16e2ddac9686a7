"""Round 50 (fix50e): a Russian office whose words the department's adjectives stand between."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_office_with_adjectives_inside_is_a_label() -> None:
    """`Начальник Главного финансового управления Юсупов Б.Т.:` is the office `начальник
    управления` with the department's adjectives between its words (``adjective_endings`` ru),
    then its holder: a label printed once, as `Депутат Орлова Н.С.:` is."""
    tei = tabled_tei("ru-sovet-office-adjectives.txt")
    assert "Начальник Главного финансового управления Юсупов Б.Т.:" in turn_speakers(tei)


def test_office_with_adjectives_in_a_sentence_stays_speech() -> None:
    """The office with its adjective inside a member's sentence (`Начальник финансового
    управления сказал нам:`) and the offices' plural (`Начальники управлений знают:`) stay speech
    of the turns above them, each on a line of its own: a verb follows the office, and the
    plural is no office's word."""
    paragraphs = turn_paragraphs(tabled_tei("ru-sovet-office-adjectives.txt"))
    assert any("Начальник финансового управления сказал нам:" in p for p in paragraphs)
    assert any("Начальники управлений знают:" in p for p in paragraphs)


def test_office_with_adjectives_before_a_verb_stays_speech() -> None:
    """The office with the department's adjectives, then a verb and a capital after the colon
    (`Начальник Главного финансового управления сообщил нам: Денег нет.`), is a sentence of the
    member's turn: a holder's name ends the label, a verb the sentence's subject."""
    tei = text_tei(
        "Председательствующий: Слово депутату Орловой.\n"
        "Депутат Орлова Н.С.: Почему сократилось финансирование школ?\n"
        "Начальник Главного финансового управления сообщил нам: Денег нет.\n"
        "Председательствующий: Спасибо.\n"
    )
    assert turn_speakers(tei) == ["Председательствующий:", "Депутат Орлова Н.С.:", "Председательствующий:"]
