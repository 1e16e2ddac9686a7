"""Examinations in courts, inquiries, inquests and depositions: the questions are the examiner's
(named by "BY MR. SMITH:", "Questions by MR JAY"), the answers the witness's (named by the line
that swears them in, "DR AMELIA HART (sworn)", or the record's own "THE WITNESS:" label)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, TURN_IDS, speakers
from stenogram.tei.convert import convert_text

EXPECTED: dict[str, tuple[list[str], list[str]]] = {
    # the witness sworn in names the answers; a question after the lunch break's clock lines
    "en-exam-inquiry-sworn.txt": (
        ["THE CHAIR:", "MR PRYCE:", "Q.", "A.", "Q.", "A.", "THE CHAIR:", "Q.", "A.", "MR PRYCE:"],
        [
            "the-chair",
            "mr-pryce",
            "mr-pryce",
            "dr-amelia-hart",
            "mr-pryce",
            "dr-amelia-hart",
            "the-chair",
            "mr-pryce",
            "dr-amelia-hart",
            "mr-pryce",
        ],
    ),
    "en-exam-inquiry-affirmed.txt": (
        ["MS CORBY:", "Q.", "A.", "Q.", "A.", "THE CHAIR:", "Q.", "A."],
        [
            "ms-corby",
            "ms-corby",
            "mr-tobias-renn",
            "ms-corby",
            "mr-tobias-renn",
            "the-chair",
            "ms-corby",
            "mr-tobias-renn",
        ],
    ),
    # "NAME, having been first duly sworn, …" is no label: it heads the evidence and names the witness
    "en-exam-deposition-sworn.txt": (
        ["THE VIDEOGRAPHER:", "Q.", "A.", "Q.", "A.", "MS. OKAFOR:", "Q.", "A."],
        [
            "the-videographer",
            "mr-fenwick",
            "greta-marlowe",
            "mr-fenwick",
            "greta-marlowe",
            "ms-okafor",
            "mr-fenwick",
            "greta-marlowe",
        ],
    ),
    # "THE WITNESS:" after the sworn line is the same person as the answers
    "en-exam-witness-called.txt": (
        ["THE COURT:", "MR. HALE:", "THE CLERK:", "THE WITNESS:", "Q.", "A.", "Q.", "A."],
        [
            "the-court",
            "mr-hale",
            "the-clerk",
            "dorothy-price",
            "mr-hale",
            "dorothy-price",
            "mr-hale",
            "dorothy-price",
        ],
    ),
    # counsel's first question under counsel's name, then one answer and one question by letter
    "en-exam-inquiry-answer-first.txt": (
        ["THE CHAIR:", "MS VARGA:", "MS VARGA:", "A.", "Q."],
        ["the-chair", "ms-varga", "ms-varga", "mr-alan-roper", "ms-varga"],
    ),
    # an edited record's "Testimony of …" heading names the witness, as a sworn line does
    "en-trial-testimony-of.txt": (
        ["MR. GALVIN:", "THE WITNESS:", "MR. GALVIN:", "THE WITNESS:", "MR. PELL:", "THE COURT:"],
        ["mr-galvin", "harriet-lowden", "mr-galvin", "harriet-lowden", "mr-pell", "the-court"],
    ),
    "en-exam-royal-commission.txt": (
        ["MR GRAY:", "MR GRAY:", "A.", "Q.", "A.", "THE COMMISSIONER:", "THE WITNESS:", "MR GRAY:", "A."],
        [
            "mr-gray",
            "mr-gray",
            "bernard-ashe",
            "mr-gray",
            "bernard-ashe",
            "the-commissioner",
            "bernard-ashe",
            "mr-gray",
            "bernard-ashe",
        ],
    ),
    # the coroner asks first, then counsel for a family
    "en-exam-coroner.txt": (
        ["THE CORONER:", "Q.", "A.", "Q.", "A.", "Q.", "A.", "THE CORONER:"],
        [
            "the-coroner",
            "the-coroner",
            "pc-daniel-morrow",
            "the-coroner",
            "pc-daniel-morrow",
            "mr-webb",
            "pc-daniel-morrow",
            "the-coroner",
        ],
    ),
    # OCR's space before the stops of a form of address and of the letters; no witness named
    "en-exam-ocr-spaced.txt": (
        ["MR . LOGAN :", "THE COURT :", "Q .", "A .", "Q .", "A .", "MR . SHAW :", "THE COURT :"],
        [
            "mr-logan",
            "the-court",
            "mr-logan",
            "the-witness",
            "mr-logan",
            "the-witness",
            "mr-shaw",
            "the-court",
        ],
    ),
    # no sworn line: the answers are the record's "THE WITNESS"
    "en-exam-cross.txt": (
        [
            "THE COURT:",
            "MR. BELL:",
            "Q.",
            "A.",
            "Q.",
            "A.",
            "MS. DRAKE:",
            "THE COURT:",
            "THE WITNESS:",
            "Q.",
            "A.",
        ],
        [
            "the-court",
            "mr-bell",
            "mr-bell",
            "the-witness",
            "mr-bell",
            "the-witness",
            "ms-drake",
            "the-court",
            "the-witness",
            "ms-drake",
            "the-witness",
        ],
    ),
    "en-exam-sworn-in-alone.txt": (
        [
            "THE CLERK:",
            "THE CLERK:",
            "THE WITNESS:",
            "Q.",
            "A.",
            "Q.",
            "A.",
            "THE COURT:",
            "MS. KANE:",
            "Q.",
            "A.",
        ],
        [
            "the-clerk",
            "the-clerk",
            "the-witness",
            "ms-kane",
            "the-witness",
            "ms-kane",
            "the-witness",
            "the-court",
            "ms-kane",
            "ms-kane",
            "the-witness",
        ],
    ),
    # German Frage/Antwort letters: "A" answers "F" as it answers "Q"; the heading ("Befragung
    # durch Abg. Dr. Lenz") names who asks
    "de-exam-f-a.txt": (
        ["F:", "A:", "F:", "A:", "F:", "A:"],
        ["abg-dr-lenz", "der-zeuge", "abg-dr-lenz", "der-zeuge", "abg-dr-lenz", "der-zeuge"],
    ),
    # French D./R.: the answers are "LE TÉMOIN"
    "fr-exam-d-r.txt": (
        ["M. LE PRÉSIDENT. —", "M. LE PRÉSIDENT. —", "LE TÉMOIN. —", "D.", "R.", "D.", "R.", "Me FAURE. —"],
        [
            "m-le-president",
            "m-le-president",
            "le-temoin",
            "l-interrogateur",
            "le-temoin",
            "l-interrogateur",
            "le-temoin",
            "me-faure",
        ],
    ),
    # the heading names the witness ("Esame del teste …") and no one who asks: the answers are
    # the witness's, the questions the language's unnamed examiner's (as under "Допрос свидетеля …")
    "it-exam-d-r.txt": (["D.", "R.", "D.", "R.", "D.", "R."], ["l-interrogante", "marco-conti"] * 3),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_examination_turns_and_their_persons(name: str) -> None:
    labels, persons = EXPECTED[name]
    tei = convert_text((SAMPLES / name).read_bytes(), name).tei
    assert speakers(tei) == labels
    who = etree.fromstring(tei).xpath("//t:sp/@who", namespaces=NS)
    assert who == [f"#{person}" for person in persons]


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("en-exam-inquiry-sworn.txt", "DR AMELIA HART (sworn)"),
        ("en-exam-royal-commission.txt", "<BERNARD ASHE, sworn: [10.05am]"),
        (
            "en-exam-witness-called.txt",
            "DOROTHY PRICE, called as a witness on behalf of the People, "
            "having been first duly sworn, was examined and testified as follows:",
        ),
        ("en-inquiry-web-witness-called.txt", "Gareth Linley"),
    ],
)
def test_the_line_that_swears_a_witness_in_heads_their_evidence(name: str, heading: str) -> None:
    root = etree.fromstring(convert_text((SAMPLES / name).read_bytes(), name).tei)
    assert heading in root.xpath("//t:head/text()", namespaces=NS)
    assert not any("sworn" in text for text in root.xpath("//t:sp//t:p//text()", namespaces=NS))


def test_the_witness_called_by_name_alone_over_the_examination_is_no_turn() -> None:
    """ "Gareth Linley" alone over "Questioned by Ms Okafor", the labels ending in a colon: the
    name heads the evidence, and the turns are the asker's and the witness's as labelled."""
    name = "en-inquiry-web-witness-called.txt"
    root = etree.fromstring(convert_text((SAMPLES / name).read_bytes(), name).tei)
    assert root.xpath("//t:sp/@who", namespaces=NS) == [f"#{who}" for who in TURN_IDS[name]]
    assert all(sp.xpath("string(t:p)", namespaces=NS).strip() for sp in root.xpath("//t:sp", namespaces=NS))


def test_a_witness_label_with_its_holder_keeps_its_role() -> None:
    """ "WITNESS (Mr. Harold Grey)" names its holder itself: no sworn line overrides it."""
    text = b"CHAIRMAN: Your name?\n\nWITNESS (Mr. Harold Grey): Harold Grey.\n\nCHAIRMAN: Thank you.\n"
    root = etree.fromstring(convert_text(text, "hearing.txt").tei)
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#chairman", "#mr-harold-grey", "#chairman"]
