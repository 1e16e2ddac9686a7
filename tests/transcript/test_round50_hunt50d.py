"""Round 50, hunt50d: European court protocols (a Dutch court record's fields of a
file's number or a date)."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_speakers


def test_a_court_record_s_field_of_a_file_s_number_is_no_turn() -> None:
    """ "Parketnummer: 05/281734-25", a Dutch court record's file number on its head, is a field
    whose whole value is figures joined by a slash and a hyphen: no speaker, where the court's
    "De politierechter:" and the parties below are."""
    root = tabled_tei("nl-rechtbank-parketnummer-uitspraak.txt")
    assert "Parketnummer: 05/281734-25" in " ".join(outside_turns(root))


def test_a_field_of_a_date_at_a_record_s_foot_is_no_turn_but_a_figure_in_a_sentence_is() -> None:
    """ "Uitspraak: 16 december 2026." (the judgment's day) closes a court record: a word whose
    whole value is a date is a field, no speaker. A name printed before a figure that a sentence
    goes on after ("Mr. Smit: 12/3 van de facturen is betaald.") stays the counsel's turn."""
    root = text_tei(
        "Mr. Smit: Edelachtbare, mijn cliënte heeft de huur steeds betaald.\n"
        "Mr. Bos: Dat blijkt nergens uit de stukken.\n"
        "Voorzitter: Mr. Smit, heeft u bankafschriften?\n"
        "Mr. Smit: 12/3 van de afschriften zit in het dossier.\n"
        "Voorzitter: Dank u. Ik sluit het onderzoek ter zitting.\n"
        "Uitspraak: 16 december 2026.\n"
    )
    assert turn_speakers(root) == ["Mr. Smit:", "Mr. Bos:", "Voorzitter:", "Mr. Smit:", "Voorzitter:"]
