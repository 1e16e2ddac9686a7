"""A review of the Japanese, Chinese and Korean shapes of this round (names invented; labels in
turns.toml, persons in ids.toml): "会場：" is the floor that asks a Japanese symposium's speakers
("会場：すみません、一つ伺います。"), a voice, while a head's hall and day over the turns stay
fields; a council's letter-spaced labels set close in a short excerpt, its letter-spaced
headings after a circle left as printed; Chinese paragraphs hard-wrapped between blank lines,
a line cut over a line with a full-width colon, still read as paragraphs."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

# 1. "会場：" is the floor's voice, the head's day a field


def test_the_floor_speaking_is_a_turn() -> None:
    """ "会場：すみません、…": the floor's questions are turns; "開催日：…" over them no turn."""
    root = tabled_tei("ja-symposium-floor-kaijo.txt")
    assert "すみません、堤防の工事について一つ伺います。完成はいつ頃になりますか。" in turn_paragraphs(root)
    assert not any(speaker.startswith(("開催日", "場所")) for speaker in turn_speakers(root))


def test_a_heads_hall_printed_once_is_no_turn() -> None:
    """ "会場：南公民館" in a head over the turns, printed once: a field, no turn."""
    root = text_tei(
        "地域懇談会記録\n開催日：令和５年６月３日\n会場：南公民館\n\n"
        "司会：始めます。よろしくお願いします。\n"
        "住民：公園の整備はいつ終わりますか。\n"
        "課長：今年度中に終わります。\n"
    )
    assert turn_speakers(root) == ["司会：", "住民：", "課長："]


# 2. Letter-spaced labels after a circle; letter-spaced headings after one


def test_letter_spaced_labels_in_a_short_excerpt() -> None:
    """Two letter-spaced labels, each printed once, are read set close."""
    root = text_tei(
        "○ 議 長 （ 田 中 一 郎 君 ）　ただいまから会議を開きます。\n"
        "◆ ３ 番 （ 佐 藤 花 子 君 ）　質問いたします。\n"
    )
    assert turn_speakers(root) == ["○議長（田中一郎君）", "◆３番（佐藤花子君）"]
    assert turn_paragraphs(root) == ["ただいまから会議を開きます。", "質問いたします。"]


def test_letter_spaced_headings_after_a_circle_stay_as_printed() -> None:
    """ "○ 日 程 第 一　議案第五号", "● 議 事 日 程　第２号" among the turns: no labels, kept
    as printed in the turn they follow."""
    root = text_tei(
        "令和５年第２回定例会会議録\n\n"
        "○議長（田中一郎君）　ただいまから本日の会議を開きます。\n"
        "○ 日 程 第 一　議案第五号\n"
        "○議長（田中一郎君）　日程第一を議題といたします。\n"
        "◆３番（佐藤花子君）　質問いたします。\n"
        "● 議 事 日 程　第２号\n"
        "○議長（田中一郎君）　市長。\n"
        "◎市長（高橋三郎君）　お答えいたします。\n"
    )
    assert turn_speakers(root) == [
        "○議長（田中一郎君）",
        "○議長（田中一郎君）",
        "◆３番（佐藤花子君）",
        "○議長（田中一郎君）",
        "◎市長（高橋三郎君）",
    ]
    paragraphs = turn_paragraphs(root)
    assert "○ 日 程 第 一 議案第五号" in paragraphs
    assert "● 議 事 日 程 第２号" in paragraphs


# 3. Chinese paragraphs hard-wrapped between blank lines


def test_chinese_wrapped_paragraphs_with_a_colon_in_a_cut_line() -> None:
    """A speech cut over "原则：先规划后建设…" and over "如下：…": still one paragraph each."""
    root = text_tei(
        "市人大常委会会议记录\n\n"
        "主持人：各位委员，今天我们审议关于城市交通管理的议案，请\n交通局长作说明。\n\n"
        "交通局长：谢谢主持人。本市交通问题主要有三个方面，第一是\n"
        "停车难，第二是道路拥堵。我们的计划\n如下：增加停车位，拓宽道路。\n\n"
        "王委员：资金来源是什么？我认为\n原则：先规划后建设，不能盲目。\n\n"
        "主持人：好，今天的会议到此结束。\n"
    )
    assert turn_speakers(root) == ["主持人：", "交通局长：", "王委员：", "主持人："]
    assert turn_paragraphs(root)[2] == "资金来源是什么？我认为原则：先规划后建设，不能盲目。"
