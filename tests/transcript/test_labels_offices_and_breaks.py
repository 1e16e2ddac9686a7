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


def test_a_long_irish_office_with_its_holder_and_the_chair_after_its_article_are_labels() -> None:
    # both had been read as speech: the office's words in lower case as a sentence's, the
    # article "an" of "An Leas-Cheann Comhairle" as a word the speech uses in lower case
    tei = tabled_tei("ga-dail-aire-stait-portfolio.txt")
    assert tei.xpath("//*[@xml:id='an-leas-cheann-comhairle']/@role") == ["chair"]
    assert ("surname", None, "Bhriain") in name_parts_of(tei, "deputy-aoife-ni-bhriain")
