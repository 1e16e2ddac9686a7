"""Round 51 (fix51k): a step's heading word alone on its line, no stop and no blank line around
it, over an office's label in a magistrate's record ("Mitigation" / "Accused: …"); a deposition's
numbered questions ("1. Q. …" / "A. …")."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_heading_word_over_office_label_opens_the_turn() -> None:
    """A Kenyan magistrate's plea record whose copy lost the blank lines: "Mitigation" alone, no
    stop, over "Accused: I pray for leniency. …". One capitalised word that is no office, form of
    address or particle, over an office's label with its colon, is a heading of its own, so the
    accused's turn opens (as it did under "MITIGATION" or "Mitigation.") and the word is no part of
    the court's speech above it."""
    tei = tabled_tei("en-magistrate-heading-word.txt")
    assert turn_speakers(tei)[-2:] == ["Accused:", "Court:"]
    assert not any("Mitigation" in p for p in turn_paragraphs(tei))


def test_wrapped_office_and_name_stay_joined() -> None:
    """The nearest shapes that are a label the wrap cut: an office run on over two lines ("The
    Minister for" / "Finance: …", more than one word above) is not split into a turn of
    "Finance:", and an office's one word over its holder's name ("Minister" / "Mokoena: …") stays
    one label, the word above an office."""
    tei = text_tei(
        "Chairperson: Thank you. I call the Minister.\n"
        "The Minister for\n"
        "Finance: Thank you, Chairperson. The budget is ready.\n"
        "Chairperson: Thank you. Any questions?\n"
        "Minister\n"
        "Mokoena: I will answer it in writing.\n"
        "Chairperson: Thank you.\n"
    )
    speakers = turn_speakers(tei)
    assert "Finance:" not in speakers
    assert "Minister Mokoena:" in speakers
    assert "Mokoena:" not in speakers


def test_numbered_question_pairs_with_its_answer() -> None:
    """A Pakistani sessions court's deposition numbers each question of the cross-examination
    ("1. Q. When did you reach …?") and prints the answer below, indented or not ("A. At about
    4.30 p.m."): the number before the letter is the turn's number, as before a line-numbered
    transcript's "12 Q." or a numbered turn's "14. KETUA:", so Q. is the question's letter and
    pairs with A.; the questions are the examiner's the heading names, the answers the witness's."""
    tei = tabled_tei("en-deposition-numbered-qa.txt")
    assert turn_paragraphs(tei)[1] == "At about 4.30 p.m."


def test_numbered_paragraphs_with_initials_stay_a_judgment() -> None:
    """The nearest shape that is no examination: a judgment's numbered paragraphs, one opening
    with a name's initial ("2. A. K. Mehta, the first witness, stated …"), another with "A."
    as an item's letter, and no question: no letter recurs as a pair, so no turn opens and every
    paragraph stays the judgment's."""
    tei = text_tei(
        "JUDGMENT\n\n"
        "1. A perusal of the record shows that the appellant was arrested on 3rd May 2015.\n"
        "2. A. K. Mehta, the first witness, stated that he saw the appellant at the shop.\n"
        "3. A. The question is whether the delay was explained.\n"
        "4. The appeal is dismissed.\n"
    )
    assert turn_speakers(tei) == []
    assert any(text.startswith("2. A. K. Mehta") for text in outside_turns(tei))
