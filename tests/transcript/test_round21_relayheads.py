"""Heads a copy sets one line a paragraph, blank lines between, each shape written again as an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_roll_set_one_entry_a_paragraph_is_the_heads() -> None:
    """A committee's head set one line a paragraph: the offices' headings in capitals over their
    holders, the members over "*attended", the clerk and the room are the head's roll, no turns;
    the first turn is the convener's, under the title and day printed again."""
    root = tabled_tei("en-committee-head-roll-paragraphs.txt")
    assert texts(root, "//t:sp/t:speaker")[:2] == [
        "The Convener (Morag Lindsay):",
        "Dr Neil Forsyth (Scottish Crofting Federation):",
    ]
    front = " ".join(texts(root, "//t:front//t:p"))
    for line in ("CONVENER", "*Morag Lindsay (Argyll and Bute) (SNP)", "*attended", "Euan Darroch"):
        assert line in front
