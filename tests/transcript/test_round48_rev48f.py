"""Joint labels and persons named by a profession that the round's rules for a reported sentence
and a compound noun had taken for speech: two holders joined with their articles and the speech
on the label's line (`The Chairman and the Clerk: We confirm …`, `Le président et le rapporteur :
Avis défavorable …`) are a joint label, only a verb of saying after them or the line alone with
the quote under it is a sentence's subject; a form of address before a profession in lower case
(`Ibu guru:`, `Bapak camat:`) names the person, only the listed compound nouns (`Ibu kota:`) are
fields. Each in an invented sample (labels in turns.toml, persons in ids.toml) and with a line of
the same shape that keeps the other reading."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_two_holders_with_the_speech_on_their_line_are_a_joint_label() -> None:
    """ "The Chairman and the Clerk: We confirm …" and "Le président et le rapporteur : Avis
    défavorable …": the speech on the line, no verb of saying, a joint label."""
    root = tabled_tei("en-parish-council-chairman-and-clerk.txt")
    assert any(text.startswith("We confirm the minutes") for text in turn_paragraphs(root))
    tabled_tei("fr-commission-president-et-rapporteur.txt")


def test_two_holders_reported_stay_the_speech_in_every_layout() -> None:
    """The negatives: with a verb of saying, the speech on the line or under it ("Der Minister und
    der Staatssekretär sagten: …"), and with none, the line alone and the quote under it ("A
    kormány és a miniszter:"), the holders are a sentence's subject."""
    root = text_tei(
        "Ausschuss\n\nVorsitzende Anna Roth: Bitte.\n\nAbg. Jonas Weber: Danke.\n\n"
        "Der Minister und der Staatssekretär sagten: Die Mittel stehen bereit.\n\n"
        "Vorsitzende Anna Roth: Danke.\n"
    )
    assert turn_speakers(root) == ["Vorsitzende Anna Roth:", "Abg. Jonas Weber:", "Vorsitzende Anna Roth:"]
    root = tabled_tei("hu-bizottsag-kormany-es-miniszter.txt")
    assert "A kormány és a miniszter:" in turn_paragraphs(root)


def test_a_form_of_address_before_a_profession_names_the_person() -> None:
    """ "Ibu guru:", "Bapak camat:", "Ibu dokter:": the teacher, the district head and the doctor
    speaking, labels."""
    tabled_tei("id-wawancara-ibu-guru-bapak-camat.txt")


def test_a_listed_compound_noun_stays_the_speech() -> None:
    """The negative: "Ibu kota: …" (the capital city) in an Indonesian record is the speaker's
    field, no one addressed, as in the Malay one."""
    root = text_tei(
        "RAPAT DPRD\n\nKetua: Silakan, Ibu Siti.\n\nIbu Siti: Terima kasih. Kami usulkan dua hal.\n\n"
        "Ibu kota: Jakarta tetap menerima anggaran tambahan tahun ini.\n\nKetua: Baik, terima kasih.\n"
    )
    assert turn_speakers(root) == ["Ketua:", "Ibu Siti:", "Ketua:"]
    assert any(text.startswith("Ibu kota: Jakarta") for text in turn_paragraphs(root))
