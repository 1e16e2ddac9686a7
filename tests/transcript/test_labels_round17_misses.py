"""Shapes of real records an earlier round read wrongly, each in an invented sample: the
chair's holder in capitals, a name printed surname first, and others (names invented; their
labels in turns.toml, their persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei


def test_the_chairs_holder_in_capitals_in_brackets_is_the_chair() -> None:
    """The line "SR. PRESIDENTE (ZAVALLONI)": one word in capitals in the chair's brackets is the
    holder's surname, the chair; it had stayed in the office's role ("chair ZAVALLONI")."""
    root = sample_tei("es-ar-diputados-holder-capitals.txt")
    chair = root.xpath("//t:person[@xml:id='zavalloni']", namespaces=NS)[0]
    assert chair.get("role") == "chair"
    assert chair.xpath("./t:persName[1]/t:surname/text()", namespaces=NS) == ["Zavalloni"]
    assert "SR. PRESIDENTE" in chair.xpath("./t:persName[@type='label']/text()", namespaces=NS)
