"""A review of round 47's shapes, each narrowed where a record of the same shape read wrong
(names invented; labels in turns.toml, persons in ids.toml): the question's letter numbered over
bare answers is the pair where its lines ask, a numbering begun again on a second tape too ("Q1."
twice over "A."), and no researcher's "R:" over participants "P1:", "P2:"; a glued initial's name
closed by its colon keeps its initial where both letters of a pair are glued ("S.Ahmad bin Ali
(Kota Bharu):" over "J.Lim Guan (…):", OCR of a Hansard)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids, turn_speakers
from stenogram.transcript.config import default_config
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.lines import numbered_letters


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


# 1. Numbered questions over bare answers: the questions ask


def test_numbering_begun_again_is_still_the_pair() -> None:
    """ "Q1." and "Q2." printed again on the second tape, each answered by "A.": the asker and the
    answerer, no codes "Q1" and "Q2"."""
    root = tabled_tei("en-police-interview-numbering-begun-again.txt")
    assert set(turn_ids(root)) == {"the-examiner", "the-witness"}
    assert "My brother did." in _said(root)


def test_numbered_lines_that_ask_are_the_question() -> None:
    config = default_config()
    asked = "Q1. Your name?\nA. Dean.\nQ2. Your age?\nA. Forty.\nQ1. Again, your name?\nA. Dean.\n"
    assert numbered_letters(HeldText(asked), config) == frozenset({"Q"})


def test_participants_under_a_researchers_letter_stay_codes() -> None:
    """Negative: a focus group's researcher "R:" asks, the participants "P1:", "P2:", "P3:" answer
    (the letters of the pair "P" / "R"): each participant is a code of one person, no asker."""
    text = (
        "FOCUS GROUP 3: PARENTS OF PRIMARY PUPILS\n"
        "R: Thank you all for coming. How do your children get to school?\n"
        "P1: Mine walk, it is only ten minutes.\n"
        "P2: I drive them because of the main road.\n"
        "R: Has anything changed since the crossing was removed?\n"
        "P3: We stopped walking after that.\n"
    )
    assert numbered_letters(HeldText(text), default_config()) == frozenset()
    root = text_tei(text)
    ids = [who for who, said in zip(turn_ids(root), turn_speakers(root), strict=True) if said.startswith("P")]
    assert len(set(ids)) == 3


# 2. A name's initial glued by OCR, the pair's letters glued too


def test_glued_initials_of_names_with_their_colon_stay_names() -> None:
    """Negative: "S." and "J." (a pair's letters) glued to names closed by a colon, each printed
    twice: the members, no question and answer."""
    root = tabled_tei("ms-dewan-ocr-glued-initials.txt")
    assert turn_speakers(root)[0] == "S.Ahmad bin Ali (Kota Bharu):"
    assert "Saya menyokong soalan itu." in _said(root)


def test_glued_answers_still_open_turns() -> None:
    """The deposition's "Q.Please …" / "A.Martha …" keep their letters, the fix notwithstanding."""
    root = tabled_tei("en-ocr-commission-deposition-glued-letters.txt")
    assert turn_speakers(root)[:2] == ["Q.", "A."]
    assert "Martha Ellen Granger." in _said(root)
