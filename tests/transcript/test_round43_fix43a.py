"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a recorder's or transcriber's credit at a record's head or foot, and a
speech reporting what an office said or how it named a thing before the quotation's colon."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_recorders_credit_under_an_interview_is_back_matter() -> None:
    """ "Записала Е. Васильева, 12 мая 1998 г.": the credit's verb before a name, cut at the
    initial's stop, is no label; it stands after the last turn, the interviewer's turns kept."""
    root = tabled_tei("ru-interview-zapisala-kredit.txt")
    assert texts(root, "//t:body/t:div/t:p") == ["Записала Е. Васильева, 12 мая 1998 г."]
    assert texts(root, "//t:sp[last()]/t:p") == ["Спасибо, Николай Петрович."]


def test_a_transcribers_credit_keeps_the_questions_turns() -> None:
    """ "Transcribed by J. Doe, 3 May 1998" in the head, "Recorded by P. Grant, Harbour Museum."
    under the last turn: front and back matter; the interviewer's "Q:", whose last printing
    thanks and ends the interview, stays a turn."""
    root = tabled_tei("en-oral-history-transcribed-by.txt")
    assert texts(root, "//t:body/t:div/t:p") == ["Recorded by P. Grant, Harbour Museum."]
    assert texts(root, "//t:sp[last()]/t:p") == ["Thank you, Mrs. Lowell."]


def test_credits_in_german_and_russian_minutes() -> None:
    """ "Protokoll: A. Muster" and "Стенограмму вела О. Смирнова" / "Записал И. Петров" under
    the last turn are back matter, no one's speech."""
    root = tabled_tei("de-zeitzeuge-aufgezeichnet-von.txt")
    assert texts(root, "//t:body/t:div/t:p") == ["Protokoll: A. Muster"]
    root = tabled_tei("ru-kolhoz-stenogrammu-vela.txt")
    assert texts(root, "//t:body/t:div/t:p") == ["Стенограмму вела О. Смирнова Записал И. Петров"]


def test_a_credits_verb_in_a_speech_stays_speech() -> None:
    """ "Записал я это себе. Проверим." — the verb before a word in lower case is the speaker's
    sentence, kept in the turn; a credit's colon form ("Записала: Е. Васильева") opens no turn."""
    root = tabled_tei("ru-kolhoz-stenogrammu-vela.txt")
    assert texts(root, "//t:sp[last()]/t:p") == ["Записал я это себе. Проверим."]
    root = text_tei(
        "Интервьюер: Расскажите о себе.\n\nОрлова: Я родилась в Туле.\n\n"
        "Интервьюер: А потом?\n\nОрлова: Потом мы переехали. Recorded by the radio, it was.\n\n"
        "Записала: Е. Васильева\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Интервьюер:", "Орлова:", "Интервьюер:", "Орлова:"]
    assert texts(root, "//t:sp[last()]/t:p") == ["Потом мы переехали. Recorded by the radio, it was."]
    assert texts(root, "//t:body/t:div/t:p") == ["Записала: Е. Васильева"]


def test_a_speech_reporting_an_office_before_a_quotations_colon() -> None:
    """ "Министр назвал «Новую Волну»: Это …", "Der Minister nannte es so: Das …", "Der Minister
    hat gestern gesagt: …", "Le ministre l’a appelé ainsi : …": an office, a verb of saying or
    naming after it, the capital after the colon — the speech's sentence, no label; the office
    with its portfolio ("Министр иностранных дел:", "Der Minister für Finanzen:") stays one."""
    root = tabled_tei("ru-gossovet-ministr-nazval.txt")
    assert "Министр назвал «Новую Волну»: Это лишь название программы, а не её содержание." in texts(
        root, "//t:sp[2]/t:p"
    )
    root = tabled_tei("de-landtag-minister-nannte.txt")
    assert "Der Minister nannte es so: Das ist ein Haushalt der Vernunft." in texts(root, "//t:sp[2]/t:p")
    assert texts(root, "//t:sp[4]/t:p")[0].endswith("Der Minister hat gestern gesagt: Die Schulden sinken.")
    root = tabled_tei("fr-conseil-ministre-a-dit.txt")
    assert "Le ministre l’a appelé ainsi : Un chantier d’avenir." in texts(root, "//t:sp[4]/t:p")


def test_an_office_with_its_portfolio_in_lower_case_stays_a_label() -> None:
    """The negative: an office whose lower-case words are its portfolio, printed once, is a label."""
    root = text_tei(
        "Председатель: Слово министру.\n\nМинистр финансов: Бюджет исполнен.\n\n"
        "Председатель: Спасибо.\n\nИванов: Вопросов нет.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "Председатель:",
        "Министр финансов:",
        "Председатель:",
        "Иванов:",
    ]
