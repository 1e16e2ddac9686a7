"""Samples laid out again as users get them, sixth pass: shapes a copy's layout made of a
sample's lines, each written as an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_office_alone_set_off_by_a_plain_space_opens_a_turn() -> None:
    """ "裁判長 それでは開廷します。": the ideographic space a copy made plain still ends the
    office's label; the head's clerk, an office and a name with no kana after them, is none."""
    root = tabled_tei("ja-court-kouhan-plain-space.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["はい。"]
    assert not any("村井" in label for label in texts(root, "//t:speaker"))


def test_a_running_head_run_on_with_its_page_word_is_no_label() -> None:
    """ "H. CÁMARA DE SENADORES Pág. 13 SESIÓN …" on one line: the word for page and its number
    are the head's, no label ending on "Pág." that opens a turn."""
    root = tabled_tei("es-py-senado-page-head-run-on.txt")
    assert texts(root, "//t:body//t:head") == [
        "H. CÁMARA DE SENADORES Pág. 13 SESIÓN EXTRAORDINARIA 3 de mayo de 2022"
    ]
    assert texts(root, "(//t:sp)[4]/t:p") == ["Gracias, Presidenta. Acompaño las modificaciones."]
