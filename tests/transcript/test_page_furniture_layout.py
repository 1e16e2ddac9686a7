"""Page furniture and layout that real records print: a parliament's unrevised record heads each
page with its title, chamber, date and "PAGE: 2" (an excerpt keeps one such head); the Austrian
margin clock glued to the head's time or alone over a label; the Knesset's chair printed without
the article. Texts written here in those shapes, names and speeches made up."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, SAMPLES, TURN_IDS, sample_tei, turn_ids
from stenogram.tei.convert import convert_text


def test_an_unrevised_records_page_head_printed_once_is_furniture() -> None:
    tei = sample_tei("en-za-unrevised-page-head.txt")
    assert turn_ids(tei) == TURN_IDS["en-za-unrevised-page-head.txt"]
    text = " ".join(tei.xpath("//t:body//text()", namespaces=NS))
    for furniture in ("UNREVISED HANSARD", "NATIONAL ASSEMBLY CHAMBER", "7 MARCH 2017", "PAGE"):
        assert furniture not in text
    assert tei.xpath("//t:body/t:div/t:head/text()", namespaces=NS) == ["NEW MEMBER"]


def test_the_margin_clock_glued_to_the_heads_time_and_alone_over_a_label() -> None:
    tei = sample_tei("de-at-nationalrat-clock-over-label.txt")
    assert turn_ids(tei) == TURN_IDS["de-at-nationalrat-clock-over-label.txt"]
    assert tei.xpath("//t:titleStmt/t:title/text()", namespaces=NS) == [
        "de-at-nationalrat-clock-over-label.txt"
    ]
    assert tei.xpath("//t:front/t:div[@type='time']/t:p/text()", namespaces=NS) == [
        "Beginn der Sitzung: 9.07 Uhr"
    ]
    # the clocks over the labels stand between the turns, none inside a speech
    assert tei.xpath("//t:body/t:div/t:stage/t:time/text()", namespaces=NS) == ["9.08.26", "9.15.40"]
    assert not tei.xpath("//t:sp//t:time", namespaces=NS)


def test_the_knessets_chair_without_the_article_is_the_chair() -> None:
    tei = sample_tei("he-knesset-chair-no-article.txt")
    assert turn_ids(tei) == TURN_IDS["he-knesset-chair-no-article.txt"]
    chairs = tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS)
    assert chairs == ["יושב-ראש-הוועדה-אורי-שפירא"]


def test_a_reporting_firms_foot_is_furniture_and_the_presiding_sentence_one_paragraph() -> None:
    """An American reporting firm's foot, its web address and telephone number on one line
    ("1-800-FOR-TRAN www.….com…"), printed under the cover and between pages, is furniture; its
    width no longer makes the page's lines one a paragraph, so the sentence naming who presides
    is one paragraph and names the chair."""
    tei = sample_tei("en-us-senate-reporter-foot.txt")
    assert turn_ids(tei) == TURN_IDS["en-us-senate-reporter-foot.txt"]
    text = " ".join(tei.xpath("//t:text//text()", namespaces=NS))
    assert "reporting.com" not in text and "1-800" not in text
    paragraphs = tei.xpath("//t:body//t:p/text()", namespaces=NS)
    assert (
        "The subcommittee met, pursuant to notice, at 2:30 p.m. in Room SR-232A, Russell Senate Office "
        "Building, Hon. Dale Prewitt, chairman of the subcommittee, presiding."
    ) in paragraphs
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["senator-prewitt"]


def test_a_running_head_printed_twice_over_each_page_is_furniture_both_times() -> None:
    """A copy of the pages with their header layer doubled prints the head twice over each
    page: every copy of it is furniture, none a title, a heading or a line of a speech, and the
    sitting's date is read from it."""
    sample = "de-landtag-doubled-running-head.txt"
    result = convert_text((SAMPLES / sample).read_bytes(), sample)
    heads = [line for line, _, pattern in result.report.furniture if pattern == "running-head"]
    assert heads == [1, 2, 8, 9, 15, 16]
    tei = etree.fromstring(result.tei)
    assert turn_ids(tei) == TURN_IDS[sample]
    assert "Wahlperiode" not in "".join(tei.find(".//t:text", NS).itertext())
    assert tei.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == "2026-12-04"
