"""Old printed records as OCR gives them (samples in tests/data/labels/, named ``<lang>-ocr-…``,
written in the shapes of the Reichstag's protocols, the Journal officiel and the Senate's and
Congress's records of the late nineteenth century): the floor's acclamations, the notes a
scanned book's export sets where OCR failed, OCR's misreadings of one label."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, sample_tei, turn_ids


def _stages(tei: etree._Element) -> list[tuple[str, str]]:
    return [(stage.get("type"), stage.xpath("string()")) for stage in tei.xpath("//t:stage", namespaces=NS)]


def test_the_floors_acclamations_are_interjections() -> None:
    assert _stages(sample_tei("de-ocr-reichstag-acclamations.txt")) == [
        ("interjection", "(Sehr richtig! links.)"),
        ("laughter", "(Heiterkeit.)"),
        ("interjection", "(Bravo! rechts. — Widerspruch bei den Sozialdemokraten.)"),
        ("interjection", "(Hört! hört! bei den Sozialdemokraten.)"),
    ]
    assert _stages(sample_tei("fr-ocr-scan-placeholder.txt"))[0] == (
        "interjection",
        "(Très bien ! très bien ! à gauche.)",
    )


def test_a_scans_placeholders_are_no_words_of_the_record() -> None:
    tei = sample_tei("fr-ocr-scan-placeholder.txt")
    body = tei.xpath("string(//t:body)", namespaces=NS)
    assert "ocr errors" not in body and "merged small" not in body
    furniture = tei.xpath("//t:list[@type='furniture']/t:item/text()", namespaces=NS)
    assert furniture == ["[ocr errors]", "[merged small]"]


def test_labels_ocr_misread_once_are_the_speakers_printed_right() -> None:
    assert turn_ids(sample_tei("en-ocr-senate-misread.txt")) == [
        "the-president",
        "mr-smith",
        "the-president",
        "mr-smith",
        "mr-hale",
        "mr-smith",
    ]
    # "présidcnt" and "prèsident", each printed once: one chair
    assert turn_ids(sample_tei("fr-ocr-jo-accent.txt"))[::3] == ["m-le-president", "m-le-president"]


def test_a_label_spaced_out_is_read_set_close() -> None:
    tei = sample_tei("de-ocr-reichstag-spaced.txt")
    assert tei.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert turn_ids(tei) == ["prasident", "kranz", "prasident", "dr-oertel", "kranz", "prasident"]


def test_a_surname_spaced_out_after_an_office_is_the_persons_name() -> None:
    tei = sample_tei("de-ocr-landtag-office-spaced.txt")
    assert tei.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert turn_ids(tei) == [
        "prasident-wendland",
        "abg-brosel",
        "prasident-wendland",
        "frau-abg-lutz",
        "prasident-wendland",
    ]
    # a surname of three letters after the office; the spaced heading above stays the title's
    tei = sample_tei("cs-ocr-zastupitelstvo-spaced.txt")
    assert turn_ids(tei) == ["primator-rab", "nam-primatora-svozil", "primator-rab"]
    assert "S T E N O Z Á P I S" in "".join(tei.xpath("//t:titleStmt/t:title/text()", namespaces=NS))
