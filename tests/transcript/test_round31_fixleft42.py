"""The blind batteries' leftovers, part three: an old court's OCR, each shape in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei, texts


def test_ocr_s_double_quote_for_counsel_s_raised_e_is_the_counsel_s_title() -> None:
    """ "M" VAUDRIN. — Je prie la Cour …" between "LE TÉMOIN. — …" and "M. LE PRÉSIDENT. — …": OCR
    reads the raised "e" of the counsel's "Me" as a double quote; the line is the counsel's turn,
    "M"" the honorific, and the witness's wrapped speech is one paragraph."""
    root = tabled_tei("fr-assises-ocr-counsel-quote-title.txt")
    assert name_parts_of(root, "m-vaudrin") == [("roleName", "honorific", 'M"'), ("surname", None, "Vaudrin")]
    assert texts(root, "//t:sp[2]/t:p") == ["J'ai vu l'accusé sortir de la boutique, un paquet sous le bras."]
    assert texts(root, "//t:sp[3]/t:p") == [
        "Je prie la Cour de demander au témoin à quelle distance il se trouvait."
    ]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 4
