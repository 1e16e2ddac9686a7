"""The site's index is built from small per-document summaries that the page workers send back,
and reads them exactly as it would the whole documents."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from stenogram.render.html import index_summary, site_index
from stenogram.xmlsafe import parse_bytes, parse_file

ROOT = Path(__file__).resolve().parents[2]


def _documents(corpus: Path) -> list[Path]:
    """Plays, spoken TEI, a teiCorpus, parliamentary sittings and our own edition."""
    return [
        *sorted((corpus / "tei" / "rusdracor").glob("*-*.xml")),
        corpus / "tei" / "parla-clarin" / "Parla-CLARIN-Exemplar.xml",
        corpus / "tei" / "dracor-schema-tests" / "tst100002-corpus-legacy.xml",
        *sorted((corpus / "parlamint").glob("*/*.xml"))[:6],
        ROOT / "tei" / "kaganovich-1936-12-04.xml",
        ROOT / "tests" / "data" / "profile-sample.xml",
    ]


def test_the_index_of_the_summaries_is_the_index_of_the_documents(corpus: Path) -> None:
    files = _documents(corpus)
    trees = [parse_file(f) for f in files]
    summaries = [parse_bytes(index_summary(tree)) for tree in trees]
    pages = [f"{f.stem}.html" for f in files]
    whole = site_index(trees, pages, {"css": "edition.css"}).text
    assert site_index(summaries, pages, {"css": "edition.css"}).text == whole
    assert whole.count("<tr>") == len(files) + 1  # a row per document, under the head row


def test_a_summary_keeps_the_headers_and_the_turns_but_not_their_words(corpus: Path) -> None:
    play = corpus / "tei" / "rusdracor" / "bulgakov-batum.xml"
    tree = parse_file(play)
    summary = parse_bytes(index_summary(tree))
    tei = {"t": "http://www.tei-c.org/ns/1.0"}
    assert len(summary.xpath("//t:sp | //t:u", namespaces=tei)) == len(
        tree.xpath("//t:sp | //t:u", namespaces=tei)
    )
    assert etree.tostring(summary.find("t:teiHeader", tei)) == etree.tostring(tree.find("t:teiHeader", tei))
    assert not summary.xpath("//t:sp[@who]/node() | //t:sp/*[not(self::t:speaker)]", namespaces=tei)
    assert not summary.xpath("//t:text | //t:stage", namespaces=tei)
    assert len(index_summary(tree)) * 5 < play.stat().st_size  # a tenth, here
