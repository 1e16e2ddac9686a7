"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): an Italian office's ordinal after it ("Il Vicepresidente Secondo:"), an
Indonesian form of address before "Sri" at a line's end over a label in CAPITALS, and a Polish
court's name alone on its line over its record."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config

_CONFIG = load_config()


def test_an_italian_ordinal_after_the_office_is_its_number_no_surname() -> None:
    """ "Il Vicepresidente Secondo:" and "Secondo Rossi:" are two persons: the ordinal after the
    office numbers it (an Italian sentence opens with it too: "Secondo me …")."""
    assert {"primo", "prima", "secondo", "seconda", "terzo", "terza"} <= _CONFIG.office_ordinals
    root = tabled_tei("it-consiglio-vicepresidente-ordinale.txt")
    assert {"il-vicepresidente-secondo", "la-vicepresidente-terza", "secondo-rossi"} <= set(
        root.xpath("//t:person/@xml:id", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    )


def test_an_italian_sentence_opening_with_the_ordinal_stays_speech() -> None:
    """ "Secondo me, colleghi: la mozione …": an opener before the colon, no label."""
    root = tabled_tei("it-consiglio-vicepresidente-ordinale.txt")
    assert "Secondo me, colleghi: la mozione va respinta senza altre discussioni." in texts(
        root, "//t:sp/t:p"
    )


def test_a_form_of_address_before_sri_at_the_lines_end_closes_the_sentence() -> None:
    """ "… kepada Ibu Sri." / "SRI MULYANI:": the stop after the forename ends the sentence, the
    label in CAPITALS below stays one."""
    assert not _CONFIG.leaves_open("Rapat kami buka. Kami persilakan kepada Ibu Sri.")
    assert not _CONFIG.leaves_open("nanti dijawab oleh Pak Sri.")
    assert not _CONFIG.leaves_open("terima kasih kepada Bapak Sri.")
    assert not _CONFIG.leaves_open("Terima kasih, Tan Sri.")
    root = tabled_tei("id-dpr-ibu-sri-akhir-baris.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].endswith("kepada Ibu Sri.")


def test_sri_alone_or_after_another_word_leaves_the_line_open_as_before() -> None:
    """ "… counsel SRI." over "M. RAO (Counsel for Appellant):": the South Indian court's "Sri."
    before counsel's initials, cut by the wrap, still goes on with the line below."""
    assert _CONFIG.leaves_open("Heard counsel for the appellant Sri.")
    assert _CONFIG.leaves_open("and the reply of Mr.")


def test_a_polish_courts_name_alone_at_the_head_is_no_label() -> None:
    """ "Sąd Rejonowy Gdańsk-Północ", "Sąd Biskupi Diecezji Płockiej" alone over the record: the
    court's kind and seat after its word, no holder's name; the labels below stay the turns."""
    for sample, head in (
        ("pl-sad-naglowek-nazwa-sadu.txt", "Sąd Rejonowy Gdańsk-Północ"),
        ("pl-sad-biskupi-naglowek.txt", "Sąd Biskupi Diecezji Płockiej"),
    ):
        root = tabled_tei(sample)
        assert not root.xpath(
            "//t:sp/t:speaker[contains(., 'Sąd')]", namespaces={"t": "http://www.tei-c.org/ns/1.0"}
        )
        assert head in " ".join(texts(root, "//t:text//*[not(self::t:sp)]"))


def test_the_court_speaking_and_an_office_with_its_holder_stay_labels() -> None:
    """ "Sąd: Proszę usiąść." is the bench's label still, and an office with its holder's name
    alone on its line ("Sędzia Anna Kowalska" / "Prokurator Jan Nowak", a web copy's labels)
    still names persons."""
    root = text_tei(
        "Protokół rozprawy\n\nSąd: Proszę usiąść. Otwieram rozprawę.\nProkurator: Podtrzymuję akt oskarżenia.\n"
        "Sąd: Dziękuję. Proszę obrońcę.\nObrońca: Wnoszę o uniewinnienie.\n",
        "pl.txt",
    )
    labels = texts(root, "//t:sp/t:speaker")
    assert labels == ["Sąd:", "Prokurator:", "Sąd:", "Obrońca:"]
    web_copy = text_tei(
        "Protokół rozprawy\n\nSędzia Anna Kowalska\nOtwieram rozprawę. Proszę o zajęcie miejsc.\n\n"
        "Prokurator Jan Nowak\nPodtrzymuję akt oskarżenia w całości.\n\nSędzia Anna Kowalska\n"
        "Dziękuję. Proszę obrońcę.\n\nObrońca Piotr Wiśniewski\nWnoszę o uniewinnienie.\n",
        "pl.txt",
    )
    assert texts(web_copy, "//t:sp/t:speaker") == [
        "Sędzia Anna Kowalska",
        "Prokurator Jan Nowak",
        "Sędzia Anna Kowalska",
        "Obrońca Piotr Wiśniewski",
    ]
