"""A record whose labels are plain names before a dash ("Sattler – Vielen Dank."): a speech's
paragraph that opens with a place and a dash ("Berlin – Die Stadt hat …"), the place set after a
preposition elsewhere in the text ("die Zahlen aus Berlin"), goes on the speech, no speaker's
turn (sample in tests/data/labels/, invented names)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, speakers, turn_ids

SAMPLE = "de-ausschuss-ort-strich.txt"


def test_a_place_before_a_dash_is_no_speaker() -> None:
    tei = sample_tei(SAMPLE)
    assert speakers(etree.tostring(tei)) == TURNS[SAMPLE]
    assert turn_ids(tei) == TURN_IDS[SAMPLE]
    said = [" ".join(p.xpath("string()").split()) for p in tei.xpath("//t:sp[2]/t:p", namespaces=NS)]
    assert said[-1].startswith("Berlin – Die Stadt hat")
