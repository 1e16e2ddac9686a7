"""Round 51 (fix51f): a web page's leftovers in a plain-text copy of a record.

A copy taken from a page's source keeps its HTML character references ("M. le
président.&nbsp;La séance …"), which hid every label: the reading decodes them where the text
is such a copy and says so beside the encoding; a text that only mentions one keeps it. A copy
of a Markdown rendering keeps its bold marks around each label ("**Chairman GREEN:** …"): they
stay printed in the speaker, the person's name and id without them.
"""

from __future__ import annotations

from lxml import etree

from label_samples import NS, tabled_tei, text_tei, texts, turn_paragraphs, turn_speakers
from stenogram.transcript.sources.charrefs import decoded_references


def _decl(tei: etree._Element) -> str:
    """The first paragraph of the editorial declaration of *tei*: where the reading reports."""
    return str(tei.xpath("string(//t:editorialDecl/t:p[1])", namespaces=NS))


def test_senate_copy_with_character_references() -> None:
    """A Senate record copied from its page's source, every label closed by "&nbsp;", an
    apostrophe as "&#8217;": the labels are found, the speech reads decoded and the header says
    how many references were decoded."""
    tei = tabled_tei("fr-senat-web-character-references.txt")
    paragraphs = turn_paragraphs(tei)
    assert (
        "Monsieur le président, madame la ministre, les PME & les artisans attendent des réponses."
        in paragraphs
    )
    assert "L’ordre du jour appelle les questions d’actualité au Gouvernement." in paragraphs
    assert not any("&" in p and ";" in p for p in paragraphs)
    assert "11 HTML character references decoded" in _decl(tei)


def test_a_reference_mentioned_stays_as_printed() -> None:
    """NEGATIVE: a hearing about a web site whose witness spells out "&amp;" once is no copy of a
    page's source: the reference stays as printed, and nothing is reported."""
    tei = text_tei(
        "THE CHAIR: Please go on.\n\n"
        "MS. REYES: The link breaks because the address holds &amp; where it should hold the sign.\n\n"
        "THE CHAIR: Thank you.\n"
    )
    assert turn_speakers(tei) == ["THE CHAIR:", "MS. REYES:", "THE CHAIR:"]
    assert any("holds &amp; where" in p for p in turn_paragraphs(tei))
    assert "decoded" not in _decl(tei)


def test_references_counted_only_when_known() -> None:
    """NEGATIVE: what looks like a reference but names no character HTML defines ("&T;", a
    code point beyond Unicode, a control) stays, and does not count towards a copy's references."""
    assert decoded_references("AT&T; R&D; &#99999999; x") == ("AT&T; R&D; &#99999999; x", 0)
    assert decoded_references("a&nbsp;b &amp; c&#8217;d") == ("a\u00a0b & c\u2019d", 3)
    # a C1 code as HTML reads it (Windows-1252's dash); a control code stays as printed
    assert decoded_references("a&#150;b &#129; &#1; &amp; &lt;") == ("a–b &#129; &#1; & <", 3)


def test_hearing_copy_in_markdown_bold() -> None:
    """A hearing copied from a Markdown page, each label in bold, once alone on its line with its
    speech below: the marks stay printed in the speaker (the copy's text, lossless, as round 42
    set it), the persons' names and ids carry none, the label alone on its line the same person
    as the label before its speech, and the text is left as read (no reference decoded)."""
    tei = tabled_tei("en-hearing-markdown-bold.txt")
    assert texts(tei, "//t:person[@xml:id='chairwoman-barrett']/t:persName[@type='label']") == [
        "Chairwoman BARRETT"
    ]
    assert "The gentleman yields back. Ms. Delgado, you are recognized for five minutes." in turn_paragraphs(
        tei
    )
    assert "decoded" not in _decl(tei)
