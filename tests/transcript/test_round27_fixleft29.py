"""The twenty-seventh round's last pass over shapes its hunts left: a taped conversation's
speakers named by their initials."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_letters_taking_turns_are_speakers_initials_not_a_question_pair() -> None:
    """``P:`` and ``W:`` take turns and no ``R:`` answers: the President's initial and his aide's,
    no Spanish question label refused for want of its answer."""
    root = tabled_tei("en-tape-transcript-initials.txt")
    assert turn_ids(root) == ["p", "w", "p", "w", "p"]
    assert texts(root, "//t:sp[2]/t:p") == ["He said the committee would not take it up before the recess."]
