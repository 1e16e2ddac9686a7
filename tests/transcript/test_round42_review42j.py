"""A field giving an identifier's code ("Inquest number: 2021-0457") against a speaker whose
surname is the identifier's word, a form of address before it anywhere in the label ("Dr. Alan
Number: 12 of us were …"); the identifier's words are a list of the configuration."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config


def test_a_surname_after_a_form_of_address_and_forename_is_a_speaker() -> None:
    """ "Dr. Alan Number: 12 of us were …", printed once: "Dr." before the forename makes the last
    word a surname, the figure the speech's first word."""
    root = tabled_tei("en-inquest-surname-number.txt")
    assert "Dr. Alan Number:" in speakers(etree.tostring(root))
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("12 of us were on the ward")


def test_the_identifier_field_in_the_same_record_stays_no_speaker() -> None:
    """ "Inquest number: 2021-0457": no form of address, the code after its colon, a field."""
    root = tabled_tei("en-inquest-surname-number.txt")
    assert "Inquest number:" not in speakers(etree.tostring(root))


def test_a_field_with_a_sign_of_number_stays_no_speaker() -> None:
    """ "Application No.: AM 1234/96", "Witness ID: TRC-02-145": the number's sign or the
    identifier's word last, the code after it, in a hearing's head."""
    root = text_tei(
        "AMNESTY HEARING\nApplication No.: AM 1234/96\nWitness ID: TRC-02-145\n\n"
        "CHAIRPERSON: Good morning.\nMS LEWIS: Good morning, Chair.\nCHAIRPERSON: Please proceed.\n"
    )
    assert speakers(etree.tostring(root)) == ["CHAIRPERSON:", "MS LEWIS:", "CHAIRPERSON:"]


def test_identifier_words_are_configured() -> None:
    """The identifier's words come from ``identifier_words``, the number's signs aside."""
    words = default_config().identifier_words
    assert {"id", "ref", "number", "número"} <= words
    assert "no" not in words
