"""Shapes of courts' records other readings left wrong (samples in tests/data/labels/, in the
layouts the real records print, the names invented): a pair's letters set off by one space in a
script without case; a role abbreviated to one ideograph."""

from __future__ import annotations

from label_samples import NS, sample_tei, text_tei, turn_ids


def test_a_korean_pair_set_off_by_one_space_gives_each_question_and_answer_a_turn() -> None:
    tei = sample_tei("ko-court-mun-dap-spaced.txt")
    assert tei.xpath("//t:sp/t:speaker/text()", namespaces=NS) == ["문", "답"] * 3
    assert turn_ids(tei) == ["문", "답"] * 3
    first = "".join(tei.xpath("//t:sp[1]//t:p//text()", namespaces=NS))
    assert first == "증인은 피고인을 알고 있나요."


def test_a_role_abbreviated_to_one_ideograph_printed_once_is_a_label_of_its_own() -> None:
    tei = sample_tei("zh-court-one-character-roles.txt")
    assert turn_ids(tei) == ["审", "原", "被", "审", "原"]
    defence = "".join(tei.xpath("//t:sp[3]//t:p//text()", namespaces=NS))
    assert defence == "借款属实，但已归还两万元。"
    # an excerpt printing each role once
    once = text_tei("审：现在开庭。\n原：请求判令被告偿还借款。\n被：借款已经归还。\n", "x.txt")
    assert turn_ids(once) == ["审", "原", "被"]
