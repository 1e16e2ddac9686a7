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
