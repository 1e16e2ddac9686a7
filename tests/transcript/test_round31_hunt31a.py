"""Shapes a blind battery of Europe's and the Americas' records found in the thirty-first round: a
German court's prosecutor abbreviated in camel case, a Commonwealth council's mayor named by the
form of address."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_prosecutor_abbreviated_with_two_capitals_opens_the_label() -> None:
    """ "OStA Dr. Fennel: Wann haben Sie den Rauch bemerkt?": the whole abbreviation is the
    label's, not cut inside it ("A Dr. Fennel:"); the speech after it whole."""
    tei = tabled_tei("de-gericht-osta-camel-abbreviation.txt")
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Wann haben Sie den Rauch bemerkt?"]
    assert texts(tei, "(//t:sp)[5]/t:p") == ["Haben Sie jemanden auf der Treppe gesehen?"]


def test_a_glued_label_after_a_lower_case_word_is_still_read() -> None:
    """ "… am 3. Mai 2011Präsident Dr. Max Muster: …" glued to the word before stays two turns;
    a word of three letters two capitals open ("OStA") is an abbreviation, no glue."""
    tei = text_tei(
        "Präsident Dr. Max Muster: Die Sitzung ist eröffnet am 3. Mai. Wir beraten den Haushalt"
        "Präsidentin Dr. Eva Roth: Danke.\n\nPräsident Dr. Max Muster: Bitte.\n"
    )
    assert "Präsidentin Dr. Eva Roth:" in texts(tei, "//t:sp/t:speaker")


def test_his_worship_the_mayor_is_one_label() -> None:
    """ "HIS WORSHIP THE MAYOR: Councillors, we move to item 4 …": the form of address and the
    office one label, no heading "HIS WORSHIP" over "THE MAYOR:"; the deputy's the same."""
    tei = tabled_tei("en-tt-mayor-his-worship.txt")
    assert not tei.xpath(
        "//t:body//t:head[contains(., 'WORSHIP')]", namespaces={"t": "http://www.tei-c.org/ns/1.0"}
    )
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Councillors, we move to item 4, the market stalls. Alderman Ramkissoon."
    ]


def test_a_heading_before_the_chairs_office_is_still_a_heading() -> None:
    """ "COMMUNICATION FROM THE CHAIR THE SPEAKER: Honourable members, …": the heading's words
    are no form of address, the chair's label after them as before."""
    tei = text_tei(
        "THE SPEAKER: Order.\n\nMR. JONES: Thank you.\n\n"
        "COMMUNICATION FROM THE CHAIR THE SPEAKER: Honourable members, I have a message.\n\n"
        "MR. JONES: Thank you.\n"
    )
    assert texts(tei, "//t:sp/t:speaker")[2] == "THE SPEAKER:"


def test_a_deputy_with_initials_and_a_seat_of_two_commas() -> None:
    """ "Лапшин Г.Т., Тамбовский сельский избирательный округ, Тамбовская область. Уважаемые …":
    the seat up to the stop is the label's role, not the speech's first words after a comma."""
    tei = tabled_tei("ru-syezd-initials-seat-commas-stop.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Уважаемые народные депутаты!")
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Я поддерживаю предложение депутата Лапшина."]


def test_initials_then_a_sentence_after_the_comma_stay_the_speech() -> None:
    """ "Смирнов А.А., я хочу сказать, что …": the words after the comma in lower case are a
    sentence, no seat; the label stays the name."""
    tei = text_tei(
        "Председательствующий. Слово имеет депутат Смирнов.\n"
        "Смирнов А.А. Я хочу сказать, что комиссия не собиралась.\n"
        "Председательствующий. Спасибо.\n"
    )
    assert texts(tei, "//t:sp/t:speaker")[1] == "Смирнов А.А."
