"""A reviewer's counter-examples to the twenty-seventh round's rules: shapes a widened rule
took for a sentence, a stage or one person where the record prints a label or two persons."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_portfolios_acronym_after_a_word_in_lower_case_is_no_clause() -> None:
    """ "Ms Harding, minister for IT and Digital Services:" printed once: `IT` in CAPITALS is the
    portfolio's acronym, no English "it" that makes the words after the comma a sentence."""
    tei = tabled_tei("en-estimates-minister-for-it-once.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Thank you, Chair.")
