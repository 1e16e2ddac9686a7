"""Round 24, the shapes the last round's hunters left, second half: each mended for the genre,
kept here as its record prints it."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_delegate_named_by_province_is_that_delegations_voice() -> None:
    tei = tabled_tei("en-congress-delegate-province.txt")
    who = [sp.get("who") for sp in tei.xpath("//t:body//t:sp", namespaces=NS)]
    assert who[1:4] == ["#delegate-eastern-cape", "#delegate-gauteng", "#delegate-limpopo"]
    assert who[5] == "#delegate-gauteng"
    assert texts(tei, "//t:person[@xml:id='delegate-gauteng']/t:affiliation") == ["Gauteng"]
    assert texts(tei, "//t:person[@xml:id='delegate-eastern-cape']/t:persName[1]") == ["Delegate"]
