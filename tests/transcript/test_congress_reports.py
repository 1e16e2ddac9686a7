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

# the samples of this file, each a shape of a congress's or a synod's report
KINDS = ("en-congress-president-", "it-congresso-voci-", "de-parteitag-flattened-", "en-synod-flattened-")
SAMPLES = sorted(name for name in TURNS if name.startswith(KINDS))


@pytest.mark.parametrize("sample", SAMPLES)
def test_a_congress_report_gives_its_turns_and_persons(sample: str) -> None:
    """Each turn as printed and its person, as the tables beside the samples give them."""
    tei = sample_tei(sample)
    assert (speakers(etree.tostring(tei)), turn_ids(tei)) == (TURNS[sample], TURN_IDS[sample])


def test_the_head_names_the_chair_once() -> None:
    """The cover's field is the chair, no turn; the chair named with honours is one person."""
    field = sample_tei("en-congress-president-field.txt")
    assert field.xpath("//t:person[@xml:id='helen-marsden']/@role", namespaces=NS) == ["chair"]
    honours = sample_tei("en-congress-president-honours.txt")
    assert honours.xpath("//t:person/@xml:id", namespaces=NS) == ["margaret-ellison", "tom-ashby"]


def test_a_citation_in_brackets_is_no_voice() -> None:
    """The protocol page's reference to its printed volume makes no person "Prot"."""
    tei = sample_tei("de-parteitag-flattened-announced.txt")
    assert (tei.xpath("//t:person[@xml:id='prot']", namespaces=NS), texts(tei, "//t:said")) == ([], [])
