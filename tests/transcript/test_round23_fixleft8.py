"""Shapes earlier rounds left, mended in the twenty-third round: the holder's surname in brackets
after an office and its portfolio in CAPITALS names the person."""

from __future__ import annotations

from label_samples import name_parts_of, tabled_tei


def test_a_portfolios_holders_in_capitals_brackets_are_two_persons() -> None:
    tei = tabled_tei("en-assembly-minister-portfolio-surname-capitals.txt")
    assert name_parts_of(tei, "okonjo") == [("surname", None, "Okonjo")]
    assert name_parts_of(tei, "adewale") == [("surname", None, "Adewale")]
