"""The colonial councils' and the early Duma's rules narrowed where a label of the same shape was
lost, each in an invented sample (labels in turns.toml, persons in ids.toml): OCR's "COUNCIL FOR
THE PROSECUTION." for counsel is no house, a first speech cut by a dash after a date is no
copy's title, a speech's remark in brackets after OCR's comma is no list of members, and the
Duma's prince and baron abbreviated are forms of address."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config

_CONFIG = load_config()


def test_ocrs_council_for_counsel_is_no_house() -> None:
    """ "COUNCIL FOR THE PROSECUTION.", OCR's spelling of counsel printed once: a council's word
    before "for" names no house, as "FEDERAL COUNCIL OF MALAYA" does."""
    root = tabled_tei("en-in-court-ocr-council-for-counsel.txt")
    assert texts(root, "//t:speaker")[0] == "COUNCIL FOR THE PROSECUTION."
    assert texts(root, "//t:sp[1]/t:p") == [
        "Did you see the accused at the well on the evening of the fourth?"
    ]


def test_a_council_named_by_its_place_stays_the_house() -> None:
    """Negative: "FEDERAL COUNCIL OF MALAYA" over its proceedings is still no speaker."""
    root = tabled_tei("en-lk-council-of-place-title.txt")
    assert not any("MALAYA" in label for label in texts(root, "//t:speaker"))


def test_a_first_speech_cut_by_a_dash_is_no_title() -> None:
    """ "Шелгуновъ. Господа члены Государственной Думы, 3 іюня 1907 года законъ … безъ Думы —",
    printed once on the first line: the dash cuts a speech, no year closes a title's line."""
    root = tabled_tei("ru-duma-first-line-speech-cut-by-dash.txt")
    assert texts(root, "//t:speaker")[0] == "Шелгуновъ."
    assert texts(root, "//t:sp[1]/t:p")[0].endswith("безъ Думы —")


def test_a_first_speech_without_its_stop_is_no_title() -> None:
    """A first speech whose stop OCR lost, its words after the year: a turn, as in German."""
    lost = (
        "Löbe. In der 12. Sitzung des Reichstags am 3. Mai 1907 habe ich das schon gesagt\n\n"
        "Präsident. Das Wort hat der Abgeordnete Müller.\n\n"
        "Müller. Meine Damen und Herren, ich beginne.\n"
    )
    assert texts(text_tei(lost), "//t:speaker")[0] == "Löbe."


def test_a_copys_title_closed_by_its_year_stays_a_heading() -> None:
    """Negative: the title line closed by its date ("… 12 марта 1908 года") is still no label."""
    root = tabled_tei("ru-duma-wikisource-speech-title.txt")
    assert not any(label.startswith("Речь") for label in texts(root, "//t:speaker"))


def test_a_remark_in_brackets_after_ocrs_comma_is_no_list() -> None:
    """ "Кулебякинъ (Тульская губ.), Я прошу (и настаиваю на этомъ) …": the words before the
    bracket in lower case are a clause, no next member's name: the member's turn."""
    root = tabled_tei("ru-duma-ocr-seat-comma-remark.txt")
    assert texts(root, "//t:speaker")[1] == "Кулебякинъ (Тульская губ.),"
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Я прошу (и настаиваю")


def test_members_listed_with_their_seats_stay_a_list() -> None:
    """Negative: "Замысловскій (Витебская губ.), Балашовъ (Подольская губ.) и …" stays narration."""
    root = tabled_tei("ru-duma-ocr-seat-comma.txt")
    assert texts(root, "//t:sp[5]/t:p")[-1].startswith("Замысловскій (Витебская губ.), Балашовъ")


def test_the_princes_and_barons_abbreviation_are_forms_of_address() -> None:
    """ "Кн. Трубецкой.", "Бар. Мейендорфъ.": the abbreviation's stop, matched as the title it
    is (the pattern escaped once), and no label in the middle of a sentence."""
    assert _CONFIG.titles.fullmatch("кн.") and _CONFIG.titles.fullmatch("бар.")
    assert not _CONFIG.titles.fullmatch("кн")
    text = (
        "Предсѣдатель. Слово принадлежитъ члену Совѣта кн. Трубецкому.\n\n"
        "Кн. Трубецкой. Господа члены Государственнаго Совѣта! Я буду кратокъ.\n\n"
        "Бар. Мейендорфъ. Присоединяюсь къ предыдущему оратору.\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:speaker")[1:] == ["Кн. Трубецкой.", "Бар. Мейендорфъ."]
    assert texts(root, "//t:sp[1]/t:p") == ["Слово принадлежитъ члену Совѣта кн. Трубецкому."]
