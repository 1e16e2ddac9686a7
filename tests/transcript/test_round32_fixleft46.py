"""The trials-and-hearings battery's leftovers: a German court's role joined by a hyphen to an
abbreviation, an American reporter's labels set off by two spaces with no colon; each shape in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_full_word_hyphened_to_an_abbreviated_role_opens_the_counsel_s_turn() -> None:
    """ "Nebenkläger-Vertr. RA Petersohn: Herr Vorsitzender, ich beantrage, die" / "Zeugin Haber
    dazu zu hören." under "Angekl. Lindqvist: Nein, ich war zu Hause.": the stop is the
    abbreviation's, the whole line's label the counsel's, the defendant's answer left whole."""
    root = tabled_tei("de-gericht-compound-abbreviated-counsel.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Nein, ich war zu Hause."]
    assert texts(root, "//t:sp[3]/t:p") == [
        "Herr Vorsitzender, ich beantrage, die Zeugin Haber dazu zu hören."
    ]
    assert texts(root, "//t:sp[5]/t:p") == ["Das werden wir sehen."]


def test_a_hyphened_word_before_a_stop_still_ends_a_sentence() -> None:
    """ "Wir sprechen über den Follow-up. Dann gehen wir weiter." inside a turn: a hyphened word
    that ends in no abbreviation keeps its stop a sentence's end, and no label opens."""
    root = text_tei("Vors.: Wir sprechen über den Follow-up. Dann gehen wir weiter.\nAngekl. Roth: Ja.\n")
    assert texts(root, "//t:sp/t:speaker") == ["Vors.:", "Angekl. Roth:"]
    assert texts(root, "//t:sp[1]/t:p") == ["Wir sprechen über den Follow-up. Dann gehen wir weiter."]


def test_a_lawyer_s_name_set_off_by_two_spaces_opens_a_turn_where_the_court_s_is() -> None:
    """ "MS. VANTERPOOL  Your Honor, may I have a moment?" over "THE COURT  Go ahead.", the
    questions and answers printed "Q  …" and "A  …": the form of address and the name in CAPITALS
    set off as the record's offices are is the lawyer's label, her request no part of the answer
    above it."""
    root = tabled_tei("en-us-trial-spaced-labels-no-colon.txt")
    assert texts(root, "(//t:sp)[2]/t:p") == ["Yes, in March."]
    assert texts(root, "(//t:sp)[3]/t:p") == ["Your Honor, may I have a moment?"]
    assert texts(root, "(//t:sp)[4]/t:p") == ["Go ahead."]


def test_a_name_set_off_by_two_spaces_is_no_label_where_no_office_is_so_printed() -> None:
    """ "MR. HALVERSEN  Chairman of the board since 2019." in a list under a heading with no
    label printed in CAPITALS and two spaces: the cue of the record's own shape is missing, and
    the line stays a paragraph."""
    root = text_tei(
        "The directors are:\n\nMR. HALVERSEN  Chairman of the board since 2019.\n\n"
        "MS. OYELARAN  Treasurer, re-elected this year.\n"
    )
    assert "MR. HALVERSEN" not in texts(root, "//t:speaker")
    assert "MR. HALVERSEN Chairman of the board since 2019." in texts(root, "//t:body//t:p")
    assert "MS. OYELARAN Treasurer, re-elected this year." in texts(root, "//t:body//t:p")


def test_an_abbreviated_minister_and_forename_open_a_turn_the_minutes_unit_ends_a_sentence() -> None:
    """ "Мин. Ив. Толбузинъ: Господа члены Государственной Думы! …" under "Предсѣдатель. Слово
    принадлежитъ министру …", and "Предсѣдатель. Объявляю перерывъ на 15 мин. Засѣданіе …": the
    minister's stop is the abbreviation's, his speech his own turn; the minutes after their number
    stay the chair's words."""
    root = tabled_tei("ru-duma-1908-abbreviated-minister.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Слово принадлежитъ министру путей сообщенія."]
    assert texts(root, "//t:sp[2]/t:p") == [
        "Господа члены Государственной Думы! Смѣта вѣдомства составлена безъ увеличенія расходовъ."
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["Объявляю перерывъ на 15 мин. Засѣданіе продолжится въ 3 часа."]
