"""Records of public inquiries, committees' evidence, councils and older printed debates met in
the twenty-second round's hunt (samples in tests/data/labels/, written in the shapes the real
records print, names invented)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_minus_sign_inside_a_name_is_its_hyphen() -> None:
    tei = tabled_tei("en-inquiry-minus-in-names.txt")
    assert texts(tei, "//t:sp[4]/t:p") == ["Take your time, Mr Pellow."]
    assert texts(tei, "//t:person[@xml:id='sir-graham-ashworth-lee']//t:surname") == ["Ashworth-Lee"]

