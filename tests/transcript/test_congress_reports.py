"""Congresses of parties and trade unions as their reports print them (samples in
tests/data/labels, names invented; their labels in turns.toml, their persons in ids.toml): the
chair's honours in the head."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, speakers, turn_ids

SAMPLES = ("en-congress-president-honours.txt",)


@pytest.mark.parametrize("sample", SAMPLES)
def test_a_congress_report_gives_its_turns_and_persons(sample: str) -> None:
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]


def test_the_chair_named_with_honours_is_one_person() -> None:
    tei = sample_tei("en-congress-president-honours.txt")
    assert tei.xpath("//t:person/@xml:id", namespaces=NS) == ["margaret-ellison", "tom-ashby"]
