"""A brace OCR left unpaired in a speech ("the report {as tabled yesterday)", "(Applause}"): kept as
printed and flagged as a stray bracket, so the TEI passes the project's own rules, which ask every
bracket left in a text to be marked (invented sample; labels in turns.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_unpaired_brace_in_a_speech_is_a_stray_bracket() -> None:
    """Each unpaired brace is a <c type="stray-bracket"> in its paragraph, the words around it
    kept, and the label's own mismatched brackets stay as printed in <speaker>."""
    root = tabled_tei("en-ke-hansard-ocr-mismatched-brackets.txt")
    assert texts(root, "//t:p/t:c[@type='stray-bracket']") == ["{", "}"]
    assert "Hon. Speaker, the report {as tabled yesterday) is thorough." in texts(root, "//t:p")
    assert "(Applause}" in texts(root, "//t:p")
    assert "Mr. Kiprono {Kapseret):" in texts(root, "//t:sp/t:speaker")
