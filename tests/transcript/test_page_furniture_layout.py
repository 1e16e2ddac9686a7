"""Page furniture and layout that real records print: a parliament's unrevised record heads each
page with its title, chamber, date and "PAGE: 2" (an excerpt keeps one such head); texts written
here in those shapes, names and speeches made up."""

from __future__ import annotations

from label_samples import NS, TURN_IDS, sample_tei, turn_ids


def test_an_unrevised_records_page_head_printed_once_is_furniture() -> None:
    tei = sample_tei("en-za-unrevised-page-head.txt")
    assert turn_ids(tei) == TURN_IDS["en-za-unrevised-page-head.txt"]
    text = " ".join(tei.xpath("//t:body//text()", namespaces=NS))
    for furniture in ("UNREVISED HANSARD", "NATIONAL ASSEMBLY CHAMBER", "7 MARCH 2017", "PAGE"):
        assert furniture not in text
    assert tei.xpath("//t:body/t:div/t:head/text()", namespaces=NS) == ["NEW MEMBER"]
