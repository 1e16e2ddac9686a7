"""Label shapes the lead's checks of the twenty-sixth round's merges met: each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_a_member_with_his_seat_right_under_a_heading_opens_his_turn() -> None:
    """Under the heading naming an urgent matter, "Mr Tembo (Chisamba): On an Urgent Matter
    Without Notice, Madam Speaker." is the member's turn, not a field of who comes before the
    House: a field names no seat in brackets."""
    root = tabled_tei("en-zm-urgent-matter-under-heading.txt")
    assert turn_ids(root) == ["madam-speaker", "hon-members", "mr-tembo", "madam-speaker"]
    assert texts(root, "(//t:sp)[3]/t:p") == ["On an Urgent Matter Without Notice, Madam Speaker."]
