"""Two shapes of records copied from the web: the speeches a parliament's or council's page lists
(the speaker's name alone on its line, the party, group or office on the next, then the speech),
and the printed edition's page in brackets before a label ("[612] VORSITZENDER:"), a page break
(samples in tests/data/labels/, invented names in the shapes the real pages print)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from html_text import NS as HTML_NS
from html_text import parse_page, rendered_bodies, tei_bodies
from label_samples import NS, SAMPLES, speakers
from stenogram.render import html as html_edition
from stenogram.tei.convert import convert_text
from stenogram.validate.run import default_checks, validate_file


def _convert(name: str) -> bytes:
    return convert_text((SAMPLES / name).read_bytes(), name).tei


PAGED = [
    (
        "de-nuremberg-page-ref.txt",
        ["VORSITZENDER:", "DR. HALLMANN:"],
        {"612": "VORSITZENDER:"},
    ),
    (
        "en-nuremberg-page-ref.txt",
        ["THE PRESIDENT:", "MR. JUSTICE HARTLEY:", "THE PRESIDENT:", "DR. KRAMER:", "THE PRESIDENT:"],
        {"288": "THE PRESIDENT:", "289": "DR. KRAMER:"},
    ),
    (
        "de-nuremberg-page-ref-lines.txt",
        ["VORSITZENDER:", "DR. SEEMANN:", "VORSITZENDER:", "DR. SEEMANN:", "ZEUGE KUNZ:", "DR. SEEMANN:"],
        {"431": "DR. SEEMANN:", "432": "ZEUGE KUNZ:"},
    ),
]


@pytest.mark.parametrize(("name", "labels", "pages"), PAGED, ids=[case[0] for case in PAGED])
def test_a_printed_page_before_a_label_is_a_page_break_before_the_turn(
    name: str, labels: list[str], pages: dict[str, str]
) -> None:
    root = etree.fromstring(_convert(name))
    assert speakers(etree.tostring(root))[: len(labels)] == labels
    breaks = root.xpath("//t:body//t:pb", namespaces=NS)
    assert {
        pb.get("n"): pb.xpath("string(following-sibling::t:sp[1]/t:speaker)", namespaces=NS) for pb in breaks
    } == pages
    for pb in breaks:  # the number as printed, right after the break and before the turn
        printed = pb.getnext()
        assert (etree.QName(printed).localname, printed.get("type"), printed.text) == (
            "fw",
            "pageNum",
            f"[{pb.get('n')}]",
        )
        assert etree.QName(printed.getnext()).localname == "sp"


def test_the_printed_page_is_valid_and_shown_once_on_the_reading_page(tmp_path: Path) -> None:
    path = tmp_path / "paged.xml"
    path.write_bytes(_convert("en-nuremberg-page-ref.txt"))
    report = validate_file(str(path), default_checks())
    assert [finding.message for finding in report.findings] == []
    tree = etree.parse(str(path))
    page = parse_page(html_edition.html_page(tree).text)
    shown = [
        span.xpath("string()") for span in page.xpath("//h:span[contains(@class, 'pb')]", namespaces=HTML_NS)
    ]
    assert [text for text in shown if text] == ["[288]", "[289]"]
    assert tei_bodies(tree) == rendered_bodies(page)

