"""The lead's mends of the twenty-seventh round's merges: a page's line numbers that a copy's
text extraction set one space after the words, as a tribunal's transcript copied from its pages
gives them."""

from __future__ import annotations

from label_samples import NS, text_tei, texts

# Invented words in the layout of a tribunal transcript copied from its pages: each line ends
# with the page's line number one space after its words, the page's numbering starting at 1.
_COPIED_PAGE = """\
srijeda, 14.03.2007. 1
[Otvorena sjednica] 2
SUDAC ORIE: Dobro jutro svima. Gospodine Marić, izvolite nastaviti. 3
G. MARIĆ: Hvala, časni Sude. Gospodine svjedoče, gdje ste bili u proljeće 4
1993. godine? 5
SVJEDOK: U Vitezu, kod brata. 6
G. MARIĆ: Koliko ste dugo ostali? 7
SVJEDOK: Dva tjedna, možda nešto više. 8
"""


def test_a_pages_line_numbers_one_space_after_the_words_are_its_margin() -> None:
    """A page's numbering that starts at 1 is the margin's even one space after the words: the
    numbers leave the speech ("u proljeće 1993. godine?", no "4" nor "5" inside it) and every
    label opens its turn."""
    tei = text_tei(_COPIED_PAGE)
    assert texts(tei, "//t:speaker") == ["SUDAC ORIE:", "G. MARIĆ:", "SVJEDOK:", "G. MARIĆ:", "SVJEDOK:"]
    asked = texts(tei, "(//t:sp)[2]/t:p")
    assert asked == ["Hvala, časni Sude. Gospodine svjedoče, gdje ste bili u proljeće 1993. godine?"]
    assert texts(tei, "(//t:sp)[5]/t:p") == ["Dva tjedna, možda nešto više."]
    assert not tei.xpath("//t:body//t:p[contains(., ' 8')]", namespaces=NS)
