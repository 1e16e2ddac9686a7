"""Round 51 (hunt51h): copies as editors get them from web pages and word processors. A
zero-width space (or word joiner, or byte-order mark) left beside the space after a label's stop
(`Председательствующий.\u200b Уважаемые …`) prints nothing: the reader drops it there, so the
label reads as printed; between two letters it stays."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers
from stenogram.transcript.reader import normalise


def test_zero_width_space_after_label_stop() -> None:
    """A Duma transcript copied from its web page keeps a zero-width space after each label's
    stop (`Смирнова Е. И.\u200b Уважаемый …`): every label is a turn whole, initials and all, and
    the sentence inside the speech that ends the same way (`пособий.\u200b Прошу поддержать.`)
    stays speech."""
    tei = tabled_tei("ru-duma-zero-width-space.txt")
    assert turn_paragraphs(tei)[1].endswith("пособий. Прошу поддержать.")


def test_zero_width_space_mid_speech_is_no_label() -> None:
    """The nearest thing that is no label: a short sentence and its stop opening a line inside a
    speech, a zero-width space after it (`Спасибо.\u200b Ставлю …`), under a line that runs on;
    it stays the speech's words, not a turn."""
    tei = text_tei(
        "Председательствующий. Уважаемые коллеги, слово для ответа предоставляется\n"
        "Спасибо.\u200b Ставлю на голосование проект постановления.\n"
        "Иванов И. И. Прошу слова.\n"
    )
    assert turn_speakers(tei) == ["Председательствующий.", "Иванов И. И."]


def test_zero_width_space_between_letters_kept() -> None:
    """Between two letters a zero-width space is a break hint of a script written without
    spaces (Thai, Khmer) and means something: it stays; beside a space or a line's end it goes."""
    assert normalise("ประธาน\u200bสภา: ครับ\u200b \n\u200bx") == "ประธาน\u200bสภา: ครับ \nx"
