"""Round 50 (rev50h): review of hunt50c's 'unmarked' refusal. A bare name printed once with its
speech on its own line, among turns marked by symbols (">>", "◆", "-"), is a speaker whose
marker the copy lost; only a bare line alone above its list is the speech's lead-in."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_speakers


def test_chevron_marked_hearing_keeps_a_bare_name_with_its_speech() -> None:
    """`Anders Halvorsen: Thank you. …` among `>> Chair Okafor:` turns: a witness the caption
    writer set no chevrons before, his speech on his line, so no list's lead-in."""
    tei = tabled_tei("en-council-committee-chevrons-bare-name-speech.txt")
    assert "Anders Halvorsen:" in turn_speakers(tei)


def test_diamond_marked_forum_keeps_a_bare_name_with_its_speech() -> None:
    """`李明华：感谢…` among `◆主持人：` turns is the official answering, his speech on his line."""
    tei = text_tei(
        "◆主持人：各位委员，下午好。今天我们围绕老旧小区改造开展专题协商。\n"
        "◆王建国委员：谢谢主持人。我认为改造资金的来源需要进一步拓宽。\n"
        "◆主持人：好，请住建局同志回应。\n"
        "李明华：感谢王委员的建议。目前我市已经完成改造小区一百二十个。\n"
        "◆王建国委员：谢谢。\n"
        "◆主持人：今天的座谈会到此结束。\n"
    )
    assert turn_speakers(tei) == [
        "◆主持人：",
        "◆王建国委员：",
        "◆主持人：",
        "李明华：",
        "◆王建国委员：",
        "◆主持人：",
    ]
