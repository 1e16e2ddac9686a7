"""A protocol's head naming its officers as fields with a full stop ("Vorsitzender: H. v. Gagern.",
"Schriftführer: Biedermann, Jucho."); a label whose constituency's brackets OCR mismatched ("Mr.
Kiprono {Kapseret):"); and a short exchange of bare names with replies in lower case ("Петров:
согласен" / "Иванов: нет, я против"); with what only looks so, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def speakers_of(text: str, name: str = "x.txt") -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text, name), "//t:sp/t:speaker")


def test_a_head_s_officers_named_with_a_stop_are_fields_no_turns() -> None:
    """The chair's surname alone and the secretaries' list, each with its stop, stay the head's
    text; the chair's label below is his person."""
    root = tabled_tei("de-frankfurt-1848-head-officers-names-stopped.txt")
    assert "Schriftführer: Biedermann, Jucho." in texts(root, "//t:body//t:p")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Die Sitzung ist eröffnet.")


def test_the_head_s_officers_in_russian_italian_and_english() -> None:
    """ "Председатель: М. И. Калинин." / "Секретари: Енукидзе, Киселёв.", "Segretari: Sen. Bianchi e
    Sen. Verdi.", "Clerks: Tom Reid and Jo Hale.": names parted by commas and conjunctions."""
    openings = {
        "ru-protocol-head-officers-names-stopped.txt": "Заседание открыто.",
        "it-consiglio-head-officers-names-stopped.txt": "La seduta è aperta.",
        "en-council-head-officers-names-stopped.txt": "Good evening, everyone.",
    }
    for sample, opening in openings.items():
        assert texts(tabled_tei(sample), "//t:sp[1]/t:p")[0].startswith(opening)


def test_a_speech_opening_with_a_name_a_roll_call_and_a_chair_calling_keep_their_turns() -> None:
    """ "Vorsitzender: Gagern hat das Wort." is a speech; "Biedermann: Hier.", "Präsident:
    Bitte." and "Präsident: Herr Biedermann!" under earlier turns are replies and calls."""
    root = tabled_tei("de-head-field-counter-speech-opens-with-name.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Gagern hat das Wort."]


def test_a_speech_s_greeting_and_a_roll_call_s_name_stay_turns() -> None:
    """A greeting of words of two forms ("Meine Damen und Herren.") and a name a roll call reads
    out, its holder answering below, are no head's field."""
    greeting = "Vorsitzender: Meine Damen und Herren.\n\nAbg. Kessler: Danke.\n\nVorsitzender: Bitte.\n"
    assert speakers_of(greeting, "de.txt")[0] == "Vorsitzender:"
    welcome = "Q1 Chair: Welcome.\n\nDr Jane Roe: Thank you, Chair.\n"
    assert speakers_of(welcome)[0] == "Q1 Chair:"  # one capitalised word alone: a speech's
    roll = "CLERK: Mary Adams.\n\nCOUNCILMEMBER ADAMS: Present.\n\nCLERK: Tom Reed.\n\nCOUNCILMEMBER REED: Here.\n"
    assert speakers_of(roll)[:2] == ["CLERK:", "COUNCILMEMBER ADAMS:"]


def test_a_constituency_in_mismatched_brackets_keeps_its_label_as_printed() -> None:
    """ "{Kapseret)", "(Kisumu West]", "[Lamu East}": OCR's brackets, kept as printed."""
    root = tabled_tei("en-ke-hansard-ocr-mismatched-brackets.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Thank you, Hon. Speaker. I rise to support the Motion."]


def test_mismatched_brackets_alone_or_inside_a_sentence_take_no_turn() -> None:
    """A stage direction in mixed brackets alone on its line and a sentence's aside stay text."""
    root = tabled_tei("en-ke-hansard-ocr-mismatched-brackets.txt")
    assert "(Applause}" in texts(root, "//t:sp[4]/t:p")
    assert texts(root, "//t:sp[4]/t:p")[0] == "Hon. Speaker, the report {as tabled yesterday) is thorough."


def test_a_short_exchange_of_bare_names_and_replies_in_lower_case() -> None:
    """Each name printed once beside the believed one's lines is a label too."""
    assert tabled_tei("ru-exchange-bare-names-lower-replies.txt") is not None
    assert tabled_tei("en-exchange-bare-names-lower-replies.txt") is not None


def test_fields_terms_and_a_place_among_an_exchange_stay_text() -> None:
    """The head's "Место:" and "Дата:", two terms defined one under another, and "Location: Room
    4" between turns are no speakers."""
    root = tabled_tei("ru-exchange-counter-fields-terms.txt")
    assert "Кворум: минимальное число членов" in texts(root, "//t:sp[3]/t:p")
    located = tabled_tei("en-exchange-counter-location-field.txt")
    assert "Location: Room 4" in texts(located, "//t:sp[1]/t:p")


def test_a_vote_table_with_dashes_stays_unlabelled() -> None:
    """ "Петров — за" / "Иванов — против": a tally's rows, no turns."""
    table = "Петров: голосуем\nПетров — за\nИванов — против\nСидорова — воздержалась\nПетров: принято\n"
    assert "Иванов —" not in speakers_of(table, "ru.txt")
