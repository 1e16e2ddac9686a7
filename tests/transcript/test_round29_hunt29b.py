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


def test_the_malaysian_honourable_abbreviated_opens_the_label_whole() -> None:
    """ "YB. DATUK HAJI RAZALI BIN OSMAN (TANJUNG BATU): Terima kasih …", printed once: "YB."
    (Yang Berhormat) is the member's form of address, no sentence ending before a label in the
    line; the label is the whole, nothing of it left in the chair's speech above."""
    root = tabled_tei("ms-dun-yb-honourable-once.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Ahli-ahli Yang Berhormat, sila ambil tempat masing-masing."]


def test_the_azerbaijani_chairs_word_before_a_speech_is_the_first_turn() -> None:
    """ "Sədrlik edən: Hörmətli həmkarlar, iclası açıq elan edirəm. …" under the title: the
    chair's label and speech, the first turn; only a name after the colon ("Sədrlik edən: Milli
    Məclisin sədri X") is the head's line naming who presides."""
    root = tabled_tei("az-milli-mejlis-sedrlik-speech-first.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Hörmətli həmkarlar, iclası açıq elan edirəm. Söz Rəşad Quliyevə verilir."
    ]
    assert not root.xpath("//t:front//t:div[@type='presiding']", namespaces=NS)


def test_the_azerbaijani_chair_named_in_the_head_stays_in_the_head() -> None:
    """ "Sədrlik edən: Milli Məclisin sədri Səbinə Əliyeva", no sentence after the colon: the
    head's line naming who presides, as before."""
    root = tabled_tei("az-milli-mejlis-sedrlik.txt")
    assert root.xpath("//t:front//t:div[@type='presiding']", namespaces=NS)
