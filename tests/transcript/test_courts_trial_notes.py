"""Trials' records other readings left wrong (samples in tests/data/labels/, in the layouts the
real records print, the names invented): a court reporter's notes naming the judge in full and
then by the surname's letter; a newspaper's transcript printing each name in CAPITALS with no
punctuation; a plain surname printed once among labels with offices."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, speakers, texts, turn_ids


def _checked(sample: str) -> etree._Element:
    """The TEI of *sample*, its labels and persons those the tables beside it give."""
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]
    return tei


def test_a_surname_s_letter_is_the_person_named_in_full_before() -> None:
    tei = _checked("de-prozess-notizen-initial.txt")
    assert not tei.xpath("//t:person[@xml:id='k']", namespaces=NS)
    forms = texts(tei, "//t:person[@xml:id='kernbach']/t:persName")
    assert "K" in forms


def test_names_in_capitals_with_no_punctuation_open_each_turn() -> None:
    tei = _checked("de-prozess-versalien-ohne-punkt.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("Am 4.2.2017 wurde")


def test_a_plain_surname_printed_once_among_labels_with_offices_is_a_turn() -> None:
    tei = _checked("en-trial-plain-surname-once.txt")
    assert texts(tei, "//t:sp[5]/t:p") == [
        "There are counsel from out of the state on both sides, and I would like them introduced to the court."
    ]
