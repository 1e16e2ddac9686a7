"""A letter read into a record opens with its salutation and a colon, as a label would ("Dear
Mr. Speaker: Pursuant to …", "Sehr geehrter Herr Präsident: …"): the letter's text in the turn
of whoever reads it or lays it before the house, no speaker (`[labels] letter_salutations`)."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_a_letter_laid_before_the_house_is_the_chair_s_text() -> None:
    # the labels and persons turns.toml and ids.toml give: no "Dear Mr. Speaker:" among them
    tei = tabled_tei("en-record-letter-read-in.txt")
    assert texts(tei, "//t:sp[1]/t:p")[2].startswith("Dear Mr. Speaker: Pursuant to the permission")


def test_a_german_letter_s_salutation_is_no_label() -> None:
    tei = text_tei(
        "Präsidentin Dr. Sabine Kessler: Ich verlese das Schreiben des Ministers:\n\n"
        "Sehr geehrte Frau Präsidentin: Hiermit teile ich mit, dass der Bericht vorliegt.\n\n"
        "Abg. Jonas Weidemann (SPD): Vielen Dank, Frau Präsidentin.\n"
    )
    assert speakers(etree.tostring(tei)) == [
        "Präsidentin Dr. Sabine Kessler:",
        "Abg. Jonas Weidemann (SPD):",
    ]
