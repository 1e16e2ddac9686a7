"""Round 28 (relay14): the label samples laid out again as other copies print them."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_numbered_page_with_its_cover_and_its_foot_loses_its_numbers() -> None:
    """`` 1        THE COURT:   Be seated, …`` under a cover and over the page's foot
    (``- 14 -``, ``LAKESIDE COURT REPORTERS, INC.``): the line numbers are taken off, each label
    opens its turn and no number is left in the speech."""
    root = tabled_tei("en-court-numbered-page-foot.txt")
    speech = texts(root, "//t:sp/t:p")
    assert speech[0] == "Be seated, please. We are on the record in Pelham versus Ardwick Freight."
    assert speech[1].endswith("the expert needs 10-14 days to finish the report.")
    assert not any("14 -" in p or "LAKESIDE" in p for p in speech)


def test_a_numbered_seat_alone_on_its_line_is_a_label() -> None:
    """``○７番（高木由美子君）`` alone on its line, the question below, printed once: the member's
    turn, not a paragraph of the chair's speech above it."""
    root = tabled_tei("ja-council-seat-label-alone.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "通告に従いまして、町営バスの運行について質問いたします。",
        "利用者の声を踏まえ、増便を検討すべきではありませんか。",
    ]
    assert texts(root, "//t:sp[1]/t:p")[-1] == "日程第１、一般質問を行います。"
