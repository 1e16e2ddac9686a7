"""The forty-fourth round's review of its leftovers' fixes: an answer's letter before a
capitalised word and a dash stays the answer's in a record that asks its pair's questions, where
a council's record with no such questions keeps the initial and surname a name."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.lines import asked_letters

_CONFIG = default_config()


def test_an_answer_s_capitalised_word_and_dash_stay_the_answer() -> None:
    """ "A. Nobody – I walked …", "A. Outside – Under the mat …" under "Q. …?": the witness's
    answers with their words kept, no speaker "A. Nobody"."""
    root = tabled_tei("en-deposition-answer-word-dash.txt")
    assert texts(root, "(//t:sp)[4]/t:p") == ["Nobody – I walked from the station."]
    assert texts(root, "(//t:sp)[6]/t:p") == ["Outside – Under the mat by the side door."]


def test_a_council_s_initial_and_surname_stay_a_name() -> None:
    """Negative: with no question asked by the pair's letter, "A. Simonyan – Thank you." is the
    member's label, and a member's "P. Nowak – … ?" asks no pair's question."""
    root = tabled_tei("en-council-initial-surname-dash.txt")
    assert texts(root, "(//t:sp)[2]/t:speaker") == ["A. Simonyan –"]
    root = text_tei(
        "Sesja Rady Gminy, 3 marca 2020\n\n"
        "Przewodniczący: Otwieram sesję.\n"
        "P. Nowak – Czy budżet szkół jest już gotowy?\n"
        "Przewodniczący: Głos ma pani Lis.\n"
        "O. Lisowska – Panie Przewodniczący, budżet będzie gotowy w piątek.\n"
    )
    assert "O. Lisowska –" in texts(root, "//t:sp/t:speaker")


def test_the_letters_a_record_asks_with() -> None:
    """The pair's question letters opening a line with a question mark, none other."""
    asked = HeldText("Q. Did you see him?\nA. Nobody – I was alone.\nP. Nowak – Czy to prawda?\n")
    assert asked_letters(asked, _CONFIG) == frozenset({"Q"})
    assert asked_letters(HeldText("A. Simonyan – Thank you. Why now?\n"), _CONFIG) == frozenset()
