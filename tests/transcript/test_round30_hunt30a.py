"""Shapes a blind battery of real records of Europe and the Americas found: a forename
abbreviated to two letters in a label, the Portuguese article before an office, the Nordic word
for the clock before the hour between turns."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_forename_abbreviated_to_two_letters_is_no_label_stop() -> None:
    """ "Председательтъ Хр. Пеневъ: Има думата …", "Ст. Драгановъ (д.): Господа …", "Министъръ Ив.
    Тодоровъ: …": the stop after "Хр.", "Ст.", "Ив." is the forename's; each label runs to its
    colon and the speech keeps no piece of the name."""
    tei = tabled_tei("bg-sabranie-abbreviated-forename.txt")
    said = texts(tei, "//t:sp/t:p")
    assert said[0] == "Има думата народниятъ представитель Драганов."
    assert said[1].startswith("Господа народни представители!")
    assert not any(p.startswith(("Пеневъ", "Драгановъ", "Тодоровъ")) for p in said)


def test_an_abbreviated_forename_needs_an_office_or_a_party() -> None:
    """ "Ja. Folgendes: wir gehen.": a word and its stop before a capitalised word and a colon,
    no office before it and no party after it, is no label read on to the colon."""
    tei = text_tei("Vorsitzender: Bitte.\n\nJa. Folgendes: wir gehen jetzt.\n\nVorsitzender: Danke.\n")
    assert not any(s.startswith("Ja. Folgendes") for s in texts(tei, "//t:speaker"))


def test_the_portuguese_article_a_before_an_office_opens_a_label() -> None:
    """ "A Deputada Lívia Prado – Sr. Presidente, …" beside "O Presidente (Deputado X) – …": the
    article "A" is no answer's letter; the deputy's turn is hers, her words whole."""
    tei = tabled_tei("pt-br-assembleia-article-a-office.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Sr. Presidente, colegas, o projeto não resolve o problema das estradas do interior."
    ]


def test_an_answer_letter_a_stays_an_answer() -> None:
    """ "Q. Where were you?" / "A. At home.": the letter with its stop is still the answer's."""
    tei = text_tei("THE COURT: Proceed.\n\nQ. Where were you?\n\nA. At home.\n\nQ. Alone?\n\nA. Yes.\n")
    assert texts(tei, "//t:speaker")[1:] == ["Q.", "A.", "Q.", "A."]


def test_the_nordic_clock_word_before_the_hour_is_a_time_between_turns() -> None:
    """ "Kl. 17:04", "Kl. 17:06", "klo 17.09" each alone on its line between turns: times of the
    sitting, no paragraph of the speech above them."""
    tei = tabled_tei("da-kommune-kl-clock-lines.txt")
    assert texts(tei, "//t:stage/t:time") == ["Kl. 17:04", "Kl. 17:06", "klo 17.09"]
    assert not any("17" in p for p in texts(tei, "//t:sp/t:p"))


def test_the_dutch_hour_with_uur_glued_over_a_label_is_a_time() -> None:
    """ "10.12 uur" / "Gedeputeerde STAMHUIS: Voorzitter, …" in one paragraph: the hour is the
    sitting's time and the deputy's label opens a turn."""
    tei = text_tei(
        "De VOORZITTER: Het woord is aan mevrouw Kuiper.\n\nMevrouw KUIPER (GroenLinks): Dank u wel.\n\n"
        "10.12 uur\nGedeputeerde STAMHUIS: Voorzitter, ik neem de vraag mee.\n\nDe VOORZITTER: Dank u wel.\n"
    )
    assert texts(tei, "//t:speaker")[2] == "Gedeputeerde STAMHUIS:"
    assert texts(tei, "//t:stage/t:time") == ["10.12 uur"]
    assert tei.xpath("//t:sp", namespaces=NS)
