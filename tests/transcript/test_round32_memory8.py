"""The thirty-second round's memory of the reading: a hard wrap's width is taken from the
lines in one pass, with no pair of figures kept for each line while the paragraphs are read (the
reading's peak of memory had been that list, 64 to 128 bytes a line); the paragraphs read as before."""

from __future__ import annotations

import tracemalloc

from stenogram.transcript.config import load_config
from stenogram.transcript.reader import _paragraphs, read_source

CONFIG = load_config()

SPEECH = "MS. HALVORSEN: I thank the chair for the floor, and I shall"


def test_the_paragraph_split_keeps_nothing_a_line_beside_its_paragraphs() -> None:
    """Thousands of one-line paragraphs: what the split holds at its peak beyond what it hands
    back is a few bytes a line (a pair of figures kept for each line had been some 68)."""
    count = 20_000
    lines = [f"{SPEECH} {number}" if number % 2 else "" for number in range(2 * count)]
    _paragraphs(list(lines), "plain", CONFIG)  # the patterns compiled and cached beforehand
    tracemalloc.start()
    try:
        paragraphs = _paragraphs(lines, "plain", CONFIG)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(paragraphs) == count
    assert peak - held < 40 * len(lines)


def test_a_running_head_wider_than_the_wrap_still_sets_no_width() -> None:
    """A PDF copy's running head ("Parliament of Examplia        Sitting of 3 May") is as wide
    as the page, not the wrap: the wrapped speech below it is still read as one paragraph."""
    head = "Parliament of Examplia" + " " * 40 + "Sitting of 3 May"
    speech = [
        "MS. HALVORSEN: I thank the chair for the floor, and I",
        "shall be brief on the matter of the harbour dues, which",
        "the committee has now reported on twice this session.",
        "",
        "MR. OKONKWO-BRANDT: I support the motion and ask that the",
        "vote be taken by roll call at the end of the debate.",
    ]
    text = "\n".join([head, "", *speech]) + "\n"
    source = read_source(text.encode(), "sitting.txt", CONFIG)
    texts = [" ".join(line for _, line in paragraph) for paragraph in source.paragraphs]
    assert texts[-2].startswith("MS. HALVORSEN: I thank") and texts[-2].endswith("twice this session.")
    assert texts[-1].endswith("at the end of the debate.")
