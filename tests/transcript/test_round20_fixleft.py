"""Label shapes the last rounds left: seen in real records, kept as invented samples."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, speakers, tabled_tei, text_tei, texts


def test_a_name_alone_on_the_first_line_over_its_own_label_is_the_title() -> None:
    # "מרים לוי" / "מרים לוי (יש עתיד):": the name had been a turn with no words
    tei = tabled_tei("he-knesset-name-over-label.txt")
    assert texts(tei, "//t:titlePart") == ["מרים לוי"]
    assert not tei.xpath("//t:gap", namespaces=NS)
    english = text_tei("Anna Berg\nThe Speaker: I call Anna Berg.\nAnna Berg: Madam Speaker, I rise.\n")
    assert speakers(etree.tostring(english)) == ["The Speaker:", "Anna Berg:"]
