"""Label shapes the twenty-fourth round's hunts met in real records and left, the first half: each
in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_pages_and_lines_numbers_before_every_line_are_furniture() -> None:
    """A court reporter's "2-4   MS. ABERNATHY: …": the page's and the line's numbers are taken
    off as a plain column of line numbers is, and the labels after them read; a score in the
    speech ("at 1-10") stays."""
    root = tabled_tei("en-court-page-line-numbers.txt")
    assert "2-" not in " ".join(texts(root, "//t:body//t:p"))
    assert "at 1-10 on the scale" in texts(root, "//t:sp[4]/t:p")[0]


def test_a_range_at_a_lines_start_in_an_unnumbered_text_stays() -> None:
    """A speech whose one line opens with a range ("1-10 of the schedule …") in a text whose
    other lines bear no number: its words, not furniture."""
    root = text_tei(
        "THE CHAIR: We come to the schedule.\n\n"
        "MS. HOLT: Items\n1-10 of the schedule are agreed.\n\n"
        "THE CHAIR: Thank you.\n"
    )
    assert "Items 1-10 of the schedule are agreed." in texts(root, "//t:sp[2]/t:p")[0]
