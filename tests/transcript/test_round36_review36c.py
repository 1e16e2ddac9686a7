"""Records of other shapes that a hyphen glued to a name in CAPITALS, a pair's letter before a
spaced dash and the members' word among the head's fields had caught or lost: a Turkish
council's roll of names and offices and its members in chorus, two-word datelines in CAPITALS, a
party's suspended compound, a double surname split at its hyphen and a lettered list of
attachments, each in an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import sample_tei, speakers, tabled_tei, texts


def test_a_turkish_council_s_roll_with_glued_hyphens_names_offices_no_speech() -> None:
    """ "Nurettin KARACA- Belediye Başkanı" alone on its line, one a line under the roll's heading:
    a name and its office after the roll's hyphen, as "Meera Rao - CFO" is, no turn; the chair's
    and the member's glued hyphens below still open turns, and the members answer in chorus
    ("ÜYELER- Kabul!")."""
    root = tabled_tei("tr-belediye-meclis-roll-glued-hyphen-role.txt")
    assert "Belediye Başkanı" not in " ".join(texts(root, "//t:sp"))
    assert texts(root, "(//t:sp)[4]/t:p") == ["Kabul!"]


def test_the_members_word_is_a_field_of_the_head_and_a_chorus_between_turns() -> None:
    """ "Üyeler : X - Y - Z" on the head names the members, the head's list; "Üyeler: Kabul!"
    between the chair's turns is the members' voice, a turn of its own."""
    root = tabled_tei("tr-belediye-meclis-uyeler-field-and-chorus.txt")
    assert texts(root, "(//t:sp)[2]/t:p") == ["Kabul!"]
    assert "Cengiz ORAL" not in " ".join(texts(root, "//t:sp"))


@pytest.mark.parametrize(
    "sample",
    [
        # a place of two words in CAPITALS before a news report's dateline hyphen
        "en-news-council-dateline-two-words-capitals.txt",
        "pl-wiadomosci-dateline-two-words-capitals.txt",
        # a party's short name after the article, its compound's second part in Mixed case
        "de-landtag-bericht-party-hyphen-fraktion.txt",
        # a double surname in CAPITALS split at its hyphen, in a list of candidates
        "pl-lista-kandydatow-double-surname-split.txt",
        # a list of attachments lettered in the Arabic alphabet's order up to س, through ج
        "ar-qaimat-marfuqat-lettered-list-spaced-dash.txt",
    ],
)
def test_counter_examples_of_the_glued_hyphen_and_the_lettered_dash_have_no_turns(sample: str) -> None:
    """Each sample converts to no turn: its hyphen is a dateline's, a compound's or a surname's,
    its letters a list's items, no label's."""
    assert speakers(etree.tostring(sample_tei(sample))) == []
