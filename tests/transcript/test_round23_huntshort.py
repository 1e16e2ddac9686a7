"""Short excerpts of real records of every genre, each label printed once, met in the
twenty-third round's hunt (samples in tests/data/labels/, written in the shapes the real records
print, names invented)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_titled_page_head_over_an_excerpts_first_turn_is_furniture() -> None:
    tei = tabled_tei("en-us-council-page-head-title-once.txt")
    assert "Town Council Meeting" not in " ".join(texts(tei, "//t:body"))
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("Thank you, Madam President.")


def test_a_numbered_line_of_speech_ending_in_a_date_stays_speech() -> None:
    tei = text_tei(
        "THE COURT: When did the board meet?\n"
        "THE WITNESS: The full board met, I believe,\n"
        "14      on the evening of March 12, 2024\n"
        "and voted the same night.\n"
    )
    assert "on the evening of March 12, 2024" in " ".join(texts(tei, "//t:sp[2]/t:p"))
