"""Shapes of courts' records other readings left wrong (samples in tests/data/labels/, in the
layouts the real records print, the names invented): a pair's letters set off by one space in a
script without case."""

from __future__ import annotations

from label_samples import NS, sample_tei, turn_ids


def test_a_korean_pair_set_off_by_one_space_gives_each_question_and_answer_a_turn() -> None:
    tei = sample_tei("ko-court-mun-dap-spaced.txt")
    assert tei.xpath("//t:sp/t:speaker/text()", namespaces=NS) == ["문", "답"] * 3
    assert turn_ids(tei) == ["문", "답"] * 3
    first = "".join(tei.xpath("//t:sp[1]//t:p//text()", namespaces=NS))
    assert first == "증인은 피고인을 알고 있나요."
