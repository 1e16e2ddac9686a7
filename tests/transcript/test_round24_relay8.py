"""The samples laid out again as users' copies lay them out, an eighth pass: the shapes those
copies showed read wrongly, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_a_name_announced_at_a_full_lines_end_opens_the_next_line() -> None:
    """A record hard-wrapped with no blank line: the chair's line ends near the margin giving the
    floor ("… Riječ ima Vesna Marić.") and the name opens the line below with its dash; the
    member's turn, where the speech had run on in the chair's."""
    root = tabled_tei("hr-sabor-announced-name-wrapped.txt")
    assert turn_ids(root) == ["predsjednik", "vesna-maric", "predsjednik", "goran-babic"]
    assert texts(root, "//t:sp[1]/t:p")[0].endswith("Riječ ima Vesna Marić.")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Hvala lijepa")
