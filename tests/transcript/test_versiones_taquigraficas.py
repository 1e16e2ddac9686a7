"""Argentine versiones taquigráficas as their web copies print them: the labels run into the
sentence before them where the copy lost the paragraphs ("… aprobada.Sr. Senador X.- Pido …"),
and the items numbered and headed in CAPITALS between the turns ("1" / "IZAMIENTO DE BANDERAS"):
the heading no speaker (samples in tests/data/labels/, invented names)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, speakers, turn_ids

SAMPLES = ["es-ar-senado-labels-glued.txt", "es-ar-senado-item-headings.txt"]


@pytest.mark.parametrize("sample", SAMPLES)
def test_each_turn_is_its_person(sample: str) -> None:
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]


def test_a_label_glued_to_the_sentence_before_it_opens_a_turn_and_leaves_the_speech_whole() -> None:
    tei = sample_tei("es-ar-senado-labels-glued.txt")
    first = [" ".join(p.xpath("string()").split()) for p in tei.xpath("//t:sp[1]/t:p", namespaces=NS)]
    assert first == [
        "En consideración la versión taquigráfica de la sesión del día siete de octubre. Si no se "
        "formulan observaciones, se dará por aprobada."
    ]
    assert tei.xpath("string(//t:sp[last()]/t:p)", namespaces=NS) == "Aprobada."


def test_an_items_heading_in_capitals_over_a_label_is_a_heading() -> None:
    tei = sample_tei("es-ar-senado-item-headings.txt")
    heads = [h.text for h in tei.xpath("//t:body//t:head", namespaces=NS)]
    assert "IZAMIENTO DE BANDERAS" in heads
    assert "ASUNTOS ENTRADOS" in heads
    assert not tei.xpath("//t:person[contains(., 'IZAMIENTO')]", namespaces=NS)
