"""The listed surname prefixes checked against the names read before them: a name alone above
its speech opens with its forename, so a place's or a brand's inner capital opening such a line
("LaGuardia Airport", "MacBook Pro") is a heading as it was before the prefixes; the older
print's "M'" ("M'Laren") and "Des" ("DesJarlais") are prefixes too; every name the pattern read
without the prefixes it still reads."""

from __future__ import annotations

import re

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.labels.patterns import NAME, name_pattern

_PREFIXED = re.compile(name_pattern(default_config().surname_prefixes))


def _said(root: etree._Element) -> list[str]:
    return texts(root, "//t:sp/t:p")


def test_an_inner_capital_opening_a_line_alone_is_a_heading() -> None:
    """ "LaGuardia Airport" and "MacBook Pro" alone on their lines stay the speech's, among
    names alone; "Ann DesJarlais", her prefixed surname after her forename, is a name."""
    root = tabled_tei("en-residents-names-alone-prefixed-headings.txt")
    said = " ".join(_said(root))
    assert "LaGuardia Airport Night flights rose" in said
    assert "MacBook Pro The figures" in said


def test_a_prefixed_surname_after_the_forename_stays_a_name_alone() -> None:
    """The negative: "Sarah McLeod", "Tom O'Brien" alone above their speech are labels."""
    root = tabled_tei("en-residents-names-alone-brand-headings.txt")
    assert {"Sarah McLeod", "Tom O'Brien", "Ann DeSantis"} <= set(texts(root, "//t:sp/t:speaker"))


def test_the_older_prints_m_and_des_are_listed_prefixes() -> None:
    for words in ("M'Laren", "M’Carthy", "Scott DesJarlais", "Iain MacLeod", "Joe DiMaggio", "Máire O’Neill"):
        assert _PREFIXED.fullmatch(words), words
    for words in ("LaTeX", "DeepMind", "YouTube", "PlayStation"):
        assert not _PREFIXED.fullmatch(words), words


def test_every_name_read_without_prefixes_is_read_with_them() -> None:
    for words in ("Ahmed Al-Hassan", "El-Sayed", "Máire Ní Bhriain", "Van Rompuy", "St John", "Mc Leod"):
        assert re.fullmatch(NAME, words), words
        assert _PREFIXED.fullmatch(words), words


def test_a_single_prefixed_label_in_an_excerpt() -> None:
    """Each label printed once: "Cllr DesJarlais:" and "Mr. M'Laren:" are the excerpt's labels."""
    root = text_tei(
        "Cllr DesJarlais: Thank you, Chair. The dues have not moved in six years.\n\n"
        "Mr. M'Laren: I agree with the councillor on that point.\n"
    )
    assert speakers(etree.tostring(root)) == ["Cllr DesJarlais:", "Mr. M'Laren:"]
