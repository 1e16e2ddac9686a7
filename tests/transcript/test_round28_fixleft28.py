"""The twenty-eighth round's pass over the record furniture and notes earlier hunts left: a
transcript numbering its lines at the right margin."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_line_numbers_at_the_right_margin_are_the_pages_furniture() -> None:
    """``JUDGE HALVORSEN: … would        5`` / ``you please call the case.       6``: the numbers
    rising by one at the lines' ends are left out and listed, the wrapped sentence whole."""
    root = tabled_tei("en-icty-numbers-right-margin.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == [
        "Good morning to everyone. Madam Registrar, would you please call the case."
    ]
    assert texts(root, "(//t:sp)[7]/t:p") == ["Mr. Lasic, where were you living in the spring of 1993?"]
    assert texts(root, "//t:list[@type='furniture']/t:item[@ana='line-number']") == ["1–16"]
    assert not root.xpath("//t:body//t:p[contains(., '  ')]", namespaces=NS)
