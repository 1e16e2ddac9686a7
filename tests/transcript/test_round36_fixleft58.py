"""A speaker's name, a comma and the office alone on a line above the speech, as company
meetings, earnings calls and press conferences print each speaker; and what only looks so (a
byline, a dateline, a roll of those present, an agenda's item, a letter's signature), each in
an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


def test_a_name_and_office_after_a_comma_alone_above_the_speech_recurring() -> None:
    """ "Helen Marsh, Chair of the Board" / … / "Priya Nair, Chief Financial Officer": each
    name and office after a comma alone above the speech is the speaker's label, the office a
    company's after a name of two words, read as with a spaced dash."""
    root = tabled_tei("en-agm-name-comma-office.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Thank you, Daniel. Revenue rose by four per cent to 1.2 billion pounds, and the board "
        "proposes a final dividend of 6.4 pence per share."
    ]
    assert len(root.xpath("//t:sp[2]/t:p", namespaces=NS)) == 2


def test_names_and_offices_after_a_comma_printed_once_each_in_german_and_french() -> None:
    """ "Anna Berg, Vorstandsvorsitzende" / "Karl Brandt, Finanzvorstand"; "Jean Martin,
    directeur financier" / "Claire Dubois, présidente-directrice générale": two names each
    printed once with an office of the vocabulary after the comma, capitalised or in lower
    case, are the labels of a meeting's speakers."""
    root = tabled_tei("de-hauptversammlung-name-comma-office.txt")
    assert texts(root, "//t:sp[2]/t:p")[-1] == "Wir schlagen eine Dividende von 1,40 Euro je Aktie vor."
    root = tabled_tei("fr-conference-presse-name-comma-office.txt")
    assert texts(root, "//t:sp[1]/t:p")[-1] == "La marge opérationnelle progresse d'un point."


def test_a_roll_of_those_present_and_a_letter_s_signature_are_no_turns() -> None:
    """ "Present:" / "Helen Marsh, Chair of the Board" / "Daniel Okoro, Chief Executive
    Officer" above the labels of the same shape, and "Yours faithfully," / "Mark Ellis, Company
    Secretary" at the end: the roll's lines are the record's text, the signature the last
    speech's words."""
    root = tabled_tei("en-agm-roll-signature-comma-office.txt")
    assert texts(root, "//t:sp[3]/t:p")[-2:] == ["Yours faithfully,", "Mark Ellis, Company Secretary"]
    assert "Daniel Okoro, Chief Executive Officer" in " ".join(texts(root, "//t:div/t:p"))


def test_a_byline_a_dateline_an_item_and_a_signature_stay_text() -> None:
    """ "By John Smith, Staff Writer", "London, 4 March", "Item 3, Finance Report", a roll
    under "Present:" and a letter's "Mark Ellis, Highways Officer": a newsletter's report of a
    meeting has no turn."""
    root = sample_tei("en-parish-news-byline-signature-roll.txt")
    assert root.xpath("//t:sp", namespaces=NS) == []
    assert root.xpath("//t:person", namespaces=NS) == []
    text = texts(root, "//t:text")[0]
    for line in (
        "By John Smith, Staff Writer",
        "Item 3, Finance Report",
        "Tom Hale, Vice-Chair",
        "Highways Officer",
    ):
        assert line in text


def test_a_name_and_office_inside_the_speech_or_hailed_stays_the_speech() -> None:
    """ "Daniel Okoro, our Chief Executive" on the speech's own line, and a vocative line
    "Thank you, Chief Financial Officer": no label, the speech's words."""
    text = (
        "Annual General Meeting\n\nHelen Marsh, Chair of the Board\n\nGood morning. With me today is\n"
        "Daniel Okoro, our Chief Executive\n\nPriya Nair, Chief Financial Officer\n\n"
        "Thank you, Helen. Revenue rose.\n\nHelen Marsh, Chair of the Board\n\n"
        "Thank you, Chief Financial Officer\n"
    )
    root = text_tei(text, "en.txt")
    assert len(root.xpath("//t:sp", namespaces=NS)) == 3
    assert texts(root, "//t:sp[1]/t:p") == [
        "Good morning. With me today is Daniel Okoro, our Chief Executive"
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["Thank you, Chief Financial Officer"]
