"""Shapes of records of Asia, Africa, the Middle East and Oceania a blind battery of short
excerpts found, mended one at a time: each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_papers_title_in_book_title_marks_before_the_office_is_the_label() -> None:
    """ "《东方晨报》记者：", "〈海港周刊〉记者：": the reporter named by the paper's title in
    book-title marks opens a turn, printed once; "《联合声明》指出：…" opening the spokesman's
    answer is his sentence, kept in his turn."""
    root = tabled_tei("zh-press-outlet-title-marks.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["据报道，有关国家将举行联合演习。中方对此有何回应？"]
    assert texts(root, "//t:sp[5]/t:p") == [
        "《联合声明》指出：各方应通过对话解决分歧。我们一贯支持这一立场。"
    ]
    assert root.xpath("//t:person[@xml:id='东方晨报-记者']", namespaces=NS)

