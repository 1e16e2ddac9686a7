"""Offices printed before their holder in shapes the labels' vocabulary had not read, and labels
the layout of a copy breaks or wraps: each sample's labels and persons as turns.toml and ids.toml
give them."""

from __future__ import annotations

from label_samples import name_parts_of, tabled_tei


def test_a_county_executive_by_the_committee_s_abbreviation_is_the_holder_s_label() -> None:
    # "CEC Member for Water (Ms. X):" had been the label "CEC", the office's words its speech
    tei = tabled_tei("en-ke-county-cec-member.txt")
    assert ("forename", None, "Naomi") in name_parts_of(tei, "ms-naomi-chepkurui")
    assert tei.xpath("//*[@xml:id='ms-naomi-chepkurui']/@role") == ["CEC Member for Water"]


def test_a_label_in_two_languages_with_a_slash_between_is_one_label() -> None:
    # "Y Llywydd / The Presiding Officer:" had been no label, its speech the turn before's
    tei = tabled_tei("cy-senedd-bilingual-slash.txt")
    assert tei.xpath("//*[@xml:id='y-llywydd']/@role") == ["chair"]
