"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a recorder's or transcriber's credit at a record's head or foot, and a
speech reporting what an office said or how it named a thing before the quotation's colon."""

from __future__ import annotations

from label_samples import NS as _NS
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


def test_letters_spaced_for_emphasis_in_a_speech_stay_as_printed() -> None:
    """ "В а ж н о   и   д р у г о е." and "N i e m a l s   w i e d e r   d a r f   d a s
    g e s c h e h e n." inside a speech, letter-spaced for emphasis: no label, and not set close
    either, the speech's words as printed; the labels spaced out ("П р е д с е д а т е л ь.",
    "P r ä s i d e n t :", "Г о л о с   и з   з а л а.") are still labels, set close."""
    root = tabled_tei("ru-gorsovet-razryadka-vydelenie.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Товарищи, я хочу сказать о снабжении. В а ж н о и д р у г о е. Мы должны наладить подвоз"
        " топлива до зимы, и сделать это о б я з а т е л ь н о, иначе город замёрзнет."
    ]
    assert "В а ж н о   и   д р у г о е." in root.xpath("string(//t:sp[2]/t:p)", namespaces=_NS)
    root = tabled_tei("de-reichstag-sperrsatz-betonung.txt")
    assert root.xpath("string(//t:sp[2]/t:p[2])", namespaces=_NS) == (
        "N i e m a l s   w i e d e r   d a r f   d a s   g e s c h e h e n."
    )


def test_a_spaced_word_alone_on_its_line_in_a_speech_stays_as_printed() -> None:
    """The negative: one word spaced out alone with its stop ("В а ж н о.") has a spaced label's
    shape, but follows a sentence inside a turn: no label, and printed as it stands."""
    root = text_tei(
        "П р е д с е д а т е л ь. Слово товарищу Иванову.\n\n"
        "И в а н о в. Товарищи, я скажу о снабжении.\nВ а ж н о.\nМы должны наладить подвоз.\n\n"
        "П р е д с е д а т е л ь. Кто ещё?\n\nС и д о р о в. Я согласен.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Председатель.", "Иванов.", "Председатель.", "Сидоров."]
    assert root.xpath("string(//t:sp[2]/t:p)", namespaces=_NS) == (
        "Товарищи, я скажу о снабжении. В а ж н о. Мы должны наладить подвоз."
    )
