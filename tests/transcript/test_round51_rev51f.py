"""Round 51 (rev51f): review of fix51f's HTML character references.

A plain text holding three references was read as a copy of a page's source and decoded; a
hearing about a web page's markup, whose witness spells out "&lt;b&gt;" and "&amp;amp;", holds
three as well, and its quoted codes were rewritten. References to markup's own characters
("<", ">", "&") alone are a text writing about markup: the text is decoded only where one
reference at least stands for another character (a no-break space, a letter, a quote, a dash).
"""

from __future__ import annotations

from lxml import etree

from label_samples import NS, tabled_tei, text_tei, turn_paragraphs, turn_speakers
from stenogram.transcript.sources.charrefs import decoded_references


def _decl(tei: etree._Element) -> str:
    """The first paragraph of the editorial declaration of *tei*: where the reading reports."""
    return str(tei.xpath("string(//t:editorialDecl/t:p[1])", namespaces=NS))


def test_hearing_quoting_markup_keeps_its_codes() -> None:
    """A hearing on a licensing portal whose witness quotes the codes the page printed
    ("&lt;b&gt;", "&amp;amp;", "Ortiz &amp; Daughters"): six references, all of markup's
    characters; the speech keeps them as printed and nothing is reported decoded."""
    tei = tabled_tei("en-hearing-markup-references.txt")
    paragraphs = turn_paragraphs(tei)
    assert any("saw &lt;b&gt; and &lt;/b&gt; around" in p for p in paragraphs)
    assert any("the code &amp;amp; where" in p for p in paragraphs)
    assert "decoded" not in _decl(tei)


def test_copy_with_one_typographic_reference_is_decoded() -> None:
    """NEGATIVE: a page's source copied as text whose only reference beside two "&amp;" is the
    "&nbsp;" closing a label is still a copy: all three are decoded, and the label is found."""
    lines = (
        "M. le président.&nbsp;La séance est ouverte.",
        "Mme Claire Durand. Les PME &amp; les artisans, les commerçants &amp; les élus attendent.",
        "M. le président. Merci.",
    )
    tei = text_tei("\n\n".join(lines) + "\n")
    assert turn_speakers(tei) == ["M. le président.", "Mme Claire Durand.", "M. le président."]
    assert any("Les PME & les artisans, les commerçants & les élus" in p for p in turn_paragraphs(tei))
    assert "3 HTML character references decoded" in _decl(tei)


def test_markup_references_alone_are_not_counted() -> None:
    """Numeric forms of markup's characters count as markup's too ("&#60;", "&#38;"), and a
    quote's or an apostrophe's reference is another character ("O&#39;BRIEN")."""
    assert decoded_references("&#60;p&#62; &amp; &lt;") == ("&#60;p&#62; &amp; &lt;", 0)
    assert decoded_references("MR. O&#39;BRIEN &amp; &lt;") == ("MR. O'BRIEN & <", 3)
