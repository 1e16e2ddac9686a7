"""Round 50 (the lead's): a label in CAPITALS whole on its own line, with its description and no
stop, over a speech whose first sentence has a colon; a description a hard wrap cut still read
on."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

_WRAPPED = (
    "СТЕНОГРАММА\n\n"
    "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Слово предоставляется депутату Петрову.\n\n"
    "ПЕТРОВ А.В., депутат Государственной\n"
    "Думы: Уважаемые коллеги! Прошу поддержать\n"
    "законопроект в первом чтении.\n\n"
    "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Спасибо.\n"
)


def test_label_alone_over_a_sentence_with_a_colon_stays_whole() -> None:
    """`ЛЕБЕДЕВА О.С., депутат от избирательного округа № 7` alone over `У меня вопрос: почему
    …`: the line had room for `У`, the words before the colon open a sentence; the colon is the
    speech's, no end of a label the wrap cut."""
    tei = tabled_tei("ru-gordum-label-alone-over-colon-sentence.txt")
    assert turn_paragraphs(tei)[3] == "У меня вопрос: почему поправки не обсуждались с жителями?"


def test_description_cut_by_a_wrap_is_still_read_on() -> None:
    """A description a narrow column cut (`ПЕТРОВ А.В., депутат Государственной` / `Думы: …`):
    the words before the colon are the body's name, no sentence: one label of the two lines."""
    tei = text_tei(_WRAPPED)
    assert turn_speakers(tei)[1] == "ПЕТРОВ А.В., депутат Государственной Думы:"


_ORDER_PAPER = (
    "Oral Answers to Questions\n\n"
    "Exiting the European Union\n\n"
    "Helen Carstairs:\n"
    "1. What discussions she has had with Cabinet colleagues on the vote on the trade agreement.\n\n"
    "Owen Pritchard:\n"
    "The Government have been clear that the House will have its say.\n\n"
    "Mr Speaker:\n"
    "Order.\n"
)


def test_member_over_her_numbered_question_is_a_speaker() -> None:
    """A member's name alone over her question numbered as the order paper numbers it (`Helen
    Carstairs:` / `1. What discussions …`, the Commons' oral questions, printed once): one numbered item and no
    second, so no heading over a list, though the name is two words in Mixed case as a heading's."""
    tei = text_tei(_ORDER_PAPER)
    assert turn_speakers(tei) == ["Helen Carstairs:", "Owen Pritchard:", "Mr Speaker:"]
