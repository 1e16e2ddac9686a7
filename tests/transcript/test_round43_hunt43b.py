"""Shapes of the colonial councils and the early twentieth century's assemblies, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml): a council's name
and its record's word in CAPITALS as the title ("PUNJAB LEGISLATIVE COUNCIL DEBATES"), a
council named by its place with no chamber's word ("FEDERAL COUNCIL OF MALAYA"), the Finnish
Lantdag's "Rdm.", a copy's title run into a name's initials ("Речь В. Н. Коковцова в
Государственной думе …"), the starred question's number ("741. *Mr. X :"), the Volksraad's
commissioner in the old spelling, the Duma's prince, state controller and chief administrator,
and OCR's semicolon and comma for the stop of the Sejm's chair and of a Duma member with his
seat."""

from __future__ import annotations

from label_samples import speakers, tabled_tei, text_tei, texts
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import LabelMatcher

_CONFIG = load_config()
_MATCHER = LabelMatcher(_CONFIG)


def test_a_councils_record_title_in_capitals_is_no_speaker() -> None:
    """ "PUNJAB LEGISLATIVE COUNCIL DEBATES" over the sitting: the house and its record's word,
    the title; the turns below keep their labels."""
    root = tabled_tei("en-in-council-debates-title.txt")
    assert "PUNJAB LEGISLATIVE COUNCIL DEBATES" not in texts(root, "//t:speaker")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("The Council will now resume")


def test_a_council_named_by_its_place_is_no_speaker() -> None:
    """ "FEDERAL COUNCIL OF MALAYA": the body's word and the place after it, no chamber's word
    before it, is the house's title."""
    root = tabled_tei("en-lk-council-of-place-title.txt")
    assert texts(root, "//t:speaker")[0] == "The Chief Secretary:"


def test_an_office_of_the_council_in_capitals_stays_a_label() -> None:
    """Negative: "THE PRESIDENT OF THE COUNCIL:" and "CLERK OF THE COUNCIL:" name persons (an
    office before the body's word), and a council's word closing an office's label with its colon
    is the speaker's; the record's title above them is not."""
    text = (
        "LEGISLATIVE COUNCIL DEBATES\n\n"
        "THE PRESIDENT OF THE COUNCIL: Honourable Members, the Council will now sit.\n\n"
        "CLERK OF THE COUNCIL: The first order of the day is the Supply Bill.\n\n"
        "THE PRESIDENT OF THE COUNCIL: I call the Treasurer.\n"
    )
    assert speakers(convert_text(text.encode(), "x.txt").tei) == [
        "THE PRESIDENT OF THE COUNCIL:",
        "CLERK OF THE COUNCIL:",
        "THE PRESIDENT OF THE COUNCIL:",
    ]


def test_the_lantdags_member_abbreviated() -> None:
    """ "Rdm. Schauman:": the stop of the riksdagsman's abbreviation ends no label; the speech
    keeps "rdm. Schaumans förslag" whole."""
    root = tabled_tei("sv-fi-lantdag-rdm.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Jag ber att få understöda rdm. Schaumans förslag."]


def test_a_copys_title_run_into_initials() -> None:
    """ "Речь В. Н. Коковцова …, произнесённая в Государственной думе 12 марта 1908 года": the
    name's initials cut no label off the copy's title line, which names the house and the date."""
    root = tabled_tei("ru-duma-wikisource-speech-title.txt")
    assert not any(label.startswith("Речь") for label in texts(root, "//t:speaker"))


def test_a_first_line_speech_stays_a_turn() -> None:
    """Negative: a speech on the record's first line after "Фамилия И. О." is a turn where its
    paragraph goes on below, or it ends its sentence, or it names no date."""
    wrapped = (
        "Петров И. С. Господа, Государственной думе 12 марта предстоит\n"
        "решить вопрос о бюджете.\n\n"
        "Председатель. Благодарю.\n\n"
        "Петров И. С. Я закончил.\n"
    )
    assert texts(text_tei(wrapped), "//t:speaker")[0] == "Петров И. С."
    stopped = (
        "Петров И. С. В Государственной думе 12 марта я уже говорил об этом.\n\nПредседатель. Благодарю.\n"
    )
    assert texts(text_tei(stopped), "//t:speaker")[0] == "Петров И. С."


def test_a_starred_questions_number() -> None:
    """ "741. *Mr. N. M. Joshi : (a) Will Government …": the question's number and the star
    printed with the label, the member who asks it the speaker."""
    root = tabled_tei("en-in-assembly-starred-question.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("(a) Will Government")
    found = _MATCHER.candidate("741. *Mr. N. M. Joshi : (a) Will Government be pleased to state")
    assert found is not None and found.name == "Mr. N. M. Joshi"


def test_a_numbered_footnote_with_a_star_stays_text() -> None:
    """Negative: a number and a star before a word in lower case ("3. *the figures are
    provisional.") or before no label's colon opens no label."""
    assert _MATCHER.candidate("3. *the figures are provisional: see the annexe.") is None
    text = "Mr. Rau: Here are the figures.\n\n3. *See the annexe for the provisional figures of 1933.\n\nMr. Joshi: Thank you.\n"
    assert speakers(convert_text(text.encode(), "x.txt").tei) == ["Mr. Rau:", "Mr. Joshi:"]


def test_the_volksraads_commissioner_in_the_old_spelling() -> None:
    """ "De Regeeringscommissaris voor Algemeene Zaken:": an office however the spelling of the
    time wrote the government's word; a word that only holds the ending is none."""
    tabled_tei("nl-volksraad-regeeringscommissaris.txt")
    assert _CONFIG.offices.match("regeeringscommissaris") is not None
    assert _CONFIG.offices.match("regeeringsgemachtigde") is not None
    assert _CONFIG.offices.fullmatch("regeeringscommissariaat") is None


def test_the_dumas_prince_controller_and_chief_administrator() -> None:
    """ "Товарищъ Предсѣдателя кн. Волконскій.", "Государственный контролеръ Харитоновъ.",
    "Главноуправляющій государственнымъ коннозаводствомъ X.": the prince's abbreviation ends no
    label, and the state controller and the chief administrator are offices."""
    root = tabled_tei("ru-duma-prince-controller.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Засѣданіе открыто.")
    assert texts(root, "//t:sp[4]/t:p") == ["Я прошу слова по личному вопросу."]


def test_a_princes_abbreviation_inside_a_sentence() -> None:
    """Negative: "кн." in the middle of a speech opens no turn, and a sentence ending on it does
    not run the label on."""
    text = (
        "Предсѣдатель. Слово имѣетъ членъ Думы кн. Шаховской.\n\n"
        "Кн. Шаховской. Господа, я буду кратокъ.\n\n"
        "Предсѣдатель. Благодарю.\n"
    )
    assert speakers(convert_text(text.encode(), "x.txt").tei) == [
        "Предсѣдатель.",
        "Кн. Шаховской.",
        "Предсѣдатель.",
    ]


def test_the_chairs_semicolon_giving_the_floor() -> None:
    """ "Marszałek ; Głos ma p. Poseł Stapiński.", "Marszałek ; Proszę o spokój.": OCR's semicolon
    for the chair's colon, the chair giving the floor or asking for order after it."""
    root = tabled_tei("pl-sejm-ocr-marszalek-srednik.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Głos ma p. Poseł Stapiński."]


def test_a_clause_after_the_chairs_semicolon_stays_speech() -> None:
    """Negative: a semicolon after the chair's word inside a sentence's line, the words after it
    a clause in lower case or no floor given ("Marszałek; posłowie …"), opens no turn."""
    assert _MATCHER.candidate("Marszałek; posłowie wyszli z sali.") is None
    assert _MATCHER.candidate("Mr. President; The Senate has waited long enough for this bill.") is None


def test_a_members_seat_and_the_comma_ocr_read_for_its_stop() -> None:
    """ "Ефремовъ (Область Войска Донского), Я прошу …" beside the same label with its stop: OCR's
    comma, the member's turn."""
    root = tabled_tei("ru-duma-ocr-seat-comma.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Я прошу меня не перебивать."]


def test_members_listed_with_their_seats_stay_narration() -> None:
    """Negative: "Замысловскій (Витебская губ.), Балашовъ (Подольская губ.) и другіе …": the
    believed label's comma followed by the next member and his seat is a list, no turn."""
    root = tabled_tei("ru-duma-ocr-seat-comma.txt")
    assert texts(root, "//t:sp[5]/t:p")[-1].startswith("Замысловскій (Витебская губ.), Балашовъ")
