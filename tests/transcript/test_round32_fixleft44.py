"""Shapes earlier rounds named and left, mended in the thirty-second round: each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_the_same_number_before_every_office_and_bracket_is_printed_with_the_label() -> None:
    """ "１．議長（森本和夫君） ただいまから…", every turn numbered "１．" and set off by one
    space: the number is printed with the label as a marker is, the office or seat and its
    bracket the label; each speech keeps none of it."""
    root = tabled_tei("ja-chogikai-numbered-turns-ascii-space.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "通告に従い、町営バスの運行について伺います。利用者が減っております。"
    ]
    assert len(root.xpath("//t:sp/t:p", namespaces={"t": "http://www.tei-c.org/ns/1.0"})) == 4


def test_an_agendas_numbered_items_stay_no_labels() -> None:
    """ "１．議案第５号（町税条例の改正）　原案可決" under "本日の会議に付した事件": an item of the
    agenda, numbered as such a turn is, names no office or seat; no turn, the labels below the
    circle's."""
    root = text_tei(
        "令和５年第３回北野町議会定例会会議録\n\n本日の会議に付した事件\n"
        "１．議案第５号（町税条例の改正）　原案可決\n２．報告第１号（専決処分）　承認\n\n"
        "○議長（森本和夫君）　ただいまから会議を開きます。\n○町長（西村拓也君）　お答えいたします。\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["○議長（森本和夫君）", "○町長（西村拓也君）"]
