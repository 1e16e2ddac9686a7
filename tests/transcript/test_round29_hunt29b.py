"""Shapes of records of Asia, Africa, the Middle East and Oceania a blind battery of short
excerpts found, mended one at a time: each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_name_whose_tones_are_combining_marks_is_a_label_printed_once() -> None:
    """ "Ọ̀gbẹ́ni Adéṣínà Ọláyíwọ̀lá: Ẹ ṣé, Alága. …" and "Akọ̀wé: Mo ti kọ …", each printed
    once: the Yoruba tones Unicode composes with no letter are marks of the word, never a word in
    lower case after them; each opens its turn, its speech its own."""
    root = tabled_tei("yo-igbimo-tone-marks-once.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Ẹ káàbọ̀ sí ìpàdé òní. Ẹ jẹ́ ká bẹ̀rẹ̀."]
    assert texts(root, "//t:sp[3]/t:p") == ["Mo ti kọ ọ̀rọ̀ náà sílẹ̀ fún ìgbìmọ̀."]
