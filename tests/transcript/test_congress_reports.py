"""Congresses of parties and trade unions as their reports print them (samples in
tests/data/labels, names invented; their labels in turns.toml, their persons in ids.toml): a
cover's chair field over the holder's name, the chair's honours in the head, and pages
flattened to one line whose labels follow a sentence (the hall's voices, a name the chair
announced) beside a citation of the printed volume in brackets, or an item's heading in CAPITALS
(a synod's chair)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, speakers, texts, turn_ids

SAMPLES = (
    "en-congress-president-field.txt",
    "en-congress-president-honours.txt",
    "it-congresso-voci-flattened.txt",
    "de-parteitag-flattened-announced.txt",
    "en-synod-flattened-chair.txt",
)


@pytest.mark.parametrize("sample", SAMPLES)
def test_a_congress_report_gives_its_turns_and_persons(sample: str) -> None:
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]


def test_the_cover_field_names_the_chair_and_is_no_turn() -> None:
    tei = sample_tei("en-congress-president-field.txt")
    assert tei.xpath("//t:person[@xml:id='helen-marsden']/@role", namespaces=NS) == ["chair"]
    assert "Congress President:" not in speakers(etree.tostring(tei))


def test_the_chair_named_with_honours_is_one_person() -> None:
    tei = sample_tei("en-congress-president-honours.txt")
    assert tei.xpath("//t:person/@xml:id", namespaces=NS) == ["margaret-ellison", "tom-ashby"]


def test_a_citation_in_brackets_is_no_voice() -> None:
    tei = sample_tei("de-parteitag-flattened-announced.txt")
    assert not tei.xpath("//t:person[@xml:id='prot']", namespaces=NS)
    assert not texts(tei, "//t:said")
