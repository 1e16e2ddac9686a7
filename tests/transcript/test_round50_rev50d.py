"""Round 50 (rev50d, reviewing the lead's sentence_below, hunt50e and fix50a): a label in
CAPITALS a break cut inside a body's name in Mixed case ("… министра финансов Российской" /
"Федерации по вопросам бюджета: …") is read on to its colon, where sentence_below took the line
for a label whole over a sentence; a label whole over a sentence stays whole."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

_WHOLE_UNDER_BODY = (
    "СТЕНОГРАММА\n\n"
    "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ\n"
    "Слово предоставляется депутату Ивановой.\n\n"
    "ИВАНОВА Е.Н., депутат Городской Думы\n"
    "Я спрошу прямо: когда будет отремонтирована школа на улице Мира?\n\n"
    "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ\n"
    "Спасибо. Ответ дадим письменно.\n"
)
_WHOLE_OVER_ADDRESS = (
    "СТЕНОГРАМА\n\n"
    "ГОЛОВУЮЧИЙ\n"
    "Переходимо до обговорення. Слово має Петренко Олена Василівна.\n\n"
    "ПЕТРЕНКО О.В., депутат обласної ради від Полтави\n"
    "Шановні колеги, у мене одне питання: коли буде відремонтовано міст?\n\n"
    "ГОЛОВУЮЧИЙ\n"
    "Дякую.\n"
)


def test_label_cut_inside_a_body_name_is_read_on() -> None:
    """`ПЕТРОВ П.П., заместитель министра финансов Российской` / `Федерации по вопросам
    бюджета: …`: the line ends in a word in Mixed case the next line's first word goes on
    with, a body's name the break cut; its `по` in lower case no sentence's word: one label of
    the two lines, as before the round."""
    tei = tabled_tei("ru-zaksobranie-label-wrapped-body-name.txt")
    assert turn_paragraphs(tei)[1].startswith("Уважаемые депутаты!")


def test_label_whole_over_a_sentence_stays_whole() -> None:
    """`ИВАНОВА Е.Н., депутат Городской Думы` alone over `Я спрошу прямо: …`: the sentence
    opens with a word of one letter, no name's word going on; the label stays whole on its
    line, the colon the speech's (the lead's shape, its sample still passing)."""
    tei = text_tei(_WHOLE_UNDER_BODY)
    assert turn_speakers(tei)[1] == "ИВАНОВА Е.Н., депутат Городской Думы"
    assert turn_paragraphs(tei)[1].startswith("Я спрошу прямо:")
    lead = tabled_tei("ru-gordum-label-alone-over-colon-sentence.txt")
    assert turn_paragraphs(lead)[3].startswith("У меня вопрос:")


def test_label_whole_over_an_address_with_a_comma_stays_whole() -> None:
    """`ПЕТРЕНКО О.В., депутат обласної ради від Полтави` alone over `Шановні колеги, у мене
    одне питання: …`: the line ends in a place's name in Mixed case and the sentence opens in
    Mixed case, but its comma before the colon is a clause's, no body's name going on: the
    label stays whole, the address and the question the speech."""
    tei = text_tei(_WHOLE_OVER_ADDRESS)
    assert turn_speakers(tei)[1] == "ПЕТРЕНКО О.В., депутат обласної ради від Полтави"
    assert turn_paragraphs(tei)[1].startswith("Шановні колеги, у мене одне питання:")
