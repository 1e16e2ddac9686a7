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


def test_the_prayer_after_the_interpreters_angle_brackets_is_a_stage() -> None:
    tei = tabled_tei("en-nu-hansard-chevron-prayer.txt")
    assert texts(tei, "//t:body//t:stage") == [">>Prayer", ">>Applause"]
    assert len(texts(tei, "//t:body//t:sp")) == 5
    assert texts(tei, "(//t:sp)[5]/t:p")[0].startswith("Thank you, Mr. Speaker. Prayer has")
