"""Round 51, rev51c (review of hunt51f's bracketed examiner): an office and its holder together
in brackets, printed once over the questions, still heads the examination, as it did before the
office alone in brackets was taken for a heading each printing."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_ids, turn_speakers


def test_an_office_and_its_holder_in_brackets_head_the_examination() -> None:
    """A Chinese trial's record sets the prosecutor and counsel with their names in square
    brackets over their questions ("【公诉人 刘洋】" / "问：…"), each printed once: headings, each
    "问" below the named examiner's own turn; the bracketed line had taken the first question in,
    since the office alone in brackets refused every bracketed line that was not an office only."""
    tei = tabled_tei("zh-court-bracketed-examiner-named.txt")
    assert outside_turns(tei)[-2:] == ["【公诉人 刘洋】", "【辩护人 陈静】"]


def test_an_office_and_its_holder_in_brackets_over_speech_stay_labels() -> None:
    """The nearest shape that is a label: the office and its holder in brackets over their own
    speech, no question's letter below ("【审判长 王明】" / "现在开庭。…"), open their turns."""
    tei = text_tei(
        "庭审笔录\n\n【审判长 王明】\n现在开庭。请公诉人宣读起诉书。\n【公诉人 刘洋】\n"
        "被告人李某于2023年5月在本市盗窃电动车一辆。\n审判长：被告人，你对起诉书有无异议？\n"
        "被告人：没有异议。\n"
    )
    assert turn_speakers(tei) == ["【审判长 王明】", "【公诉人 刘洋】", "审判长：", "被告人："]
    assert turn_ids(tei) == ["王明", "刘洋", "王明", "被告人"]
