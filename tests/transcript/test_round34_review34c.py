"""A reviewer's counter-examples to the round's merged label rules: a member's salutation of the
chair with OCR's semicolon for its comma, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_abbreviated_address_to_the_chair_before_ocr_s_semicolon_opens_no_turn() -> None:
    """ "SENATOR WHITCOMBE: Thank you. …" / "Mr. President; The Senate has waited long enough for
    this bill, …": the form of address with its stop before the chair's office is the senator's
    salutation, the record's chair printing "THE PRESIDENT:", so the paragraph stays his."""
    root = tabled_tei("en-senate-ocr-semicolon-address-chair.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Thank you. I have three points to make on the water bill.",
        "Mr. President; The Senate has waited long enough for this bill, and I urge its passage today.",
    ]


def test_the_chair_s_office_alone_before_ocr_s_semicolon_stays_its_label() -> None:
    """ "Tuan Yang di-Pertua; Yang Berhormat Bukit Mertajam sudah berdiri, saya panggil.": the
    chair's title written out in full before its office keeps the line the chair's label."""
    root = tabled_tei("ms-dewan-ocr-semicolon-chair-alone.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Yang Berhormat Bukit Mertajam sudah berdiri, saya panggil."]
