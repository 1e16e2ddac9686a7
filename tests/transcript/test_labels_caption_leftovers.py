"""Label shapes of web copies and captions that earlier rounds left unread: a captioner's
``>>`` turns run together on one line (samples written for these tests in the shapes the real
records print)."""

from __future__ import annotations

from label_samples import tabled_tei


def test_caption_turns_run_together_on_one_line_are_split() -> None:
    """Each ``>>`` after a sentence opens a turn, as the line's first does: the votes' short
    turns ("SO MOVED. >> … SECOND.") are no part of the speech before them."""
    tabled_tei("en-us-council-captions-run-on.txt")
