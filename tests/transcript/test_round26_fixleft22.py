"""Shapes of PDF text the earlier rounds left, the twenty-sixth round's: each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_an_interjections_words_scattered_one_a_line_are_no_headings() -> None:
    """ "(Zuruf des" / "(GRÜNE))" and then "Abgeordneten" / "Dr." / "Hanna" / "Lorenz", one a
    paragraph: a justified line's words the PDF's text scattered, joined to the interjection's
    paragraph, no headings cutting the speech into divisions."""
    root = tabled_tei("de-landtag-pdf-interjection-words-scattered.txt")
    assert not root.xpath("//t:body//t:head", namespaces=NS)
    first = texts(root, "//t:body//t:p[1]")[0]
    assert first.endswith("(Zuruf des (GRÜNE)) Abgeordneten Dr. Hanna Lorenz")
    assert texts(root, "//t:body//t:stage") == ["(Zuruf des (GRÜNE))"]
    assert texts(root, "//t:sp/t:speaker") == ["Präsidentin Ilse Brandner:", "Dr. Hanna Lorenz (GRÜNE):"]
