"""Short excerpts as a historian pastes them, each label printed once (samples in
tests/data/labels/, in the layouts the real records print, the names invented)."""

from __future__ import annotations

from label_samples import NS, sample_tei, turn_ids


def test_a_briefing_question_printed_once_between_the_briefer_turns_is_a_turn() -> None:
    tei = sample_tei("en-press-briefing-q-once.txt")
    assert turn_ids(tei) == ["ms-hartwell", "q", "ms-hartwell"]
    question = tei.find(".//t:sp[@who='#q']/t:p", NS)
    assert question is not None and "".join(question.itertext()).startswith("Thank you, Dana.")
