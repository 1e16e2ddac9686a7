"""Rolls of those present under their group's heading, and the lines of a record's head an
excerpt prints once: no turn, no speaker, no title."""

from __future__ import annotations

import pytest

from label_samples import NS, sample_tei, turn_ids


@pytest.mark.parametrize("sample", ["pt-dar-roll-parties-body.txt", "pt-dar-roll-spaced.txt"])
def test_a_group_s_heading_over_names_alone_heads_a_roll_no_turn(sample: str) -> None:
    tei = sample_tei(sample)
    persons = tei.xpath("//t:person/@xml:id", namespaces=NS)
    assert not any(person.startswith(("partido", "centro", "deputado")) for person in persons)
    ids = turn_ids(tei)
    assert ids[:3] == ["o-sr-presidente"] * 3
    paragraphs = ["".join(p.itertext()) for p in tei.xpath("//t:body//t:p", namespaces=NS)]
    assert "Centro Democrático Social (CDS):" in paragraphs
    assert "Deputado independente:" in paragraphs


def test_an_excerpt_opening_in_lower_case_has_no_title_there() -> None:
    tei = sample_tei("fr-an-excerpt-lowercase.txt")
    assert not tei.xpath("//t:front//t:titlePart", namespaces=NS)
    first = "".join(tei.xpath("//t:body//t:p", namespaces=NS)[0].itertext())
    assert first.startswith("à lui paraître urgente")
    assert turn_ids(tei) == ["m-le-president", "m-paul-dufresne", "m-le-president"]
