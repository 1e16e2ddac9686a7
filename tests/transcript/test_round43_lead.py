"""Short replies with no stop in Chinese and Japanese records, the full-width colon glued to the
speech ("主席：好" / "委员：好的" / "主席：现在开会。"), under a title and a blank line: an
exchange one turn a line, each line its own turn, where a wrap would have joined them; in
invented samples (labels in turns.toml, persons in ids.toml), with a wrapped paragraph of the same
script that keeps its lines joined."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_short_replies_with_no_stop_in_chinese_are_turns() -> None:
    root = tabled_tei("zh-huiyi-duan-huida-wu-juhao.txt")
    assert turn_ids(root) == ["主席", "委员", "主席", "委员", "居民代表", "主席"]
    assert texts(root, "//t:sp/t:p")[:2] == ["好", "好的"]


def test_short_replies_with_no_stop_in_japanese_are_turns() -> None:
    root = tabled_tei("ja-kohan-hai-wu-kuten.txt")
    assert turn_ids(root) == ["裁判長", "被告人", "裁判長", "被告人", "弁護人", "裁判長"]
    assert texts(root, "//t:sp/t:p")[0] == "はい"


def test_a_wrapped_paragraph_with_one_glued_colon_keeps_its_lines_joined() -> None:
    """One line opening with a word and a glued full-width colon inside a wrapped paragraph, no
    run of them, no second speaker: no exchange, the paragraph's lines stay one speech."""
    root = text_tei(
        "会议记录\n\n主席：现在开会。今天讨论的问题是小区停车，\n"
        "注意：晚上的车位不够，居民意见很大，\n希望大家提出办法。\n\n委员：同意。\n"
    )
    assert turn_ids(root) == ["主席", "委员"]
