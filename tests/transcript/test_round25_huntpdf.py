"""Records as a PDF tool extracts their text, met in the twenty-fifth round's hunt (samples in
tests/data/labels/, written in the shapes the extracted text prints, names invented)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_address_and_its_clause_opening_a_wrapped_line_is_no_label() -> None:
    tei = tabled_tei("de-landtag-pdf-address-clause.txt")
    speech = " ".join(texts(tei, "//t:sp[2]/t:p"))
    assert "Herr Wendler, eines ist doch klar: Wo der Markt versagt," in speech
    assert "Liebe Frau Seidel, ich sage auch deutlich: Ohne neue Wohnungen" in speech
    assert texts(tei, "//t:sp[2]//t:stage") == [
        "(Beifall bei der SPD)",
        "(Beifall bei der SPD – Zuruf des Abgeordneten Tobias Wendler (CSU))",
        "(Beifall bei der SPD)",
    ]
