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


def test_an_office_and_its_department_with_no_holder_named_is_a_label() -> None:
    """ "Đồng chí Giám đốc Sở Giao thông vận tải:", "Bộ trưởng Bộ Giáo dục và Đào tạo:", each
    printed once: the comrade's two words are a form of address, the department's syllables in
    lower case its name, no sentence; "Chủ nhiệm Ủy ban Văn hóa X:" is a committee's chair."""
    root = tabled_tei("vi-hdnd-office-department-unnamed.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Xin tiếp thu ý kiến của đại biểu về tuyến đường tỉnh lộ."]
    assert texts(root, "//t:sp[4]/t:p") == ["Xin cảm ơn đại biểu. Bộ sẽ có văn bản trả lời."]


def test_an_office_and_department_before_a_verb_of_saying_stays_a_sentence() -> None:
    """ "Bộ trưởng Bộ Tài chính cho biết: …" inside a speech: the language's common words after the
    department make it a sentence reporting what the minister said, no label."""
    root = text_tei(
        "Chủ tọa: Mời đại biểu phát biểu.\n"
        "Đại biểu Lê Văn Hùng: Tôi xin nêu một vấn đề.\n"
        "Bộ trưởng Bộ Tài chính cho biết: ngân sách đã được phân bổ đủ.\n"
        "Chủ tọa: Cảm ơn đại biểu.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Chủ tọa:", "Đại biểu Lê Văn Hùng:", "Chủ tọa:"]


def test_a_department_cut_by_its_own_dash_is_no_label_at_the_dash() -> None:
    """ "Bộ trưởng Bộ Lao động - Thương binh và Xã hội X: …": the department's name with no holder
    is believed only where a colon closes the label, never at the dash inside the ministry's name."""
    root = text_tei(
        "Chủ tọa: Mời Bộ trưởng.\n"
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Văn Dũng: Xin cảm ơn đại biểu.\n"
        "Chủ tọa: Cảm ơn Bộ trưởng.\n"
    )
    assert "Bộ trưởng Bộ Lao động -" not in texts(root, "//t:sp/t:speaker")
