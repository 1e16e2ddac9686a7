"""Shapes a blind battery of Europe's and the Americas' records found in the thirty-second round: a
State Duma head naming the building before the hall and the day, a namesake's number after a
pre-revolutionary Duma member's surname, an older Italian Senate's letter-spaced minister with his
office after a comma."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_the_building_before_the_hall_and_the_day_is_the_heads_dateline() -> None:
    """ "Здание Государственной Думы. Зал заседаний. 14 марта 2024 года. 10 часов.": the head's
    line of the day, its date and place in the header, no label with the hall as its speech."""
    tei = tabled_tei("ru-duma-building-hall-day.txt")
    assert tei.xpath("//t:settingDesc//t:date/@when", namespaces=NS) == ["2024-03-14"]
    assert texts(tei, "//t:settingDesc//t:placeName") == ["Здание Государственной Думы"]
    assert texts(tei, "(//t:sp)[3]/t:p") == [
        "Уважаемые коллеги, законопроект о сельских школах давно ждёт второго чтения."
    ]


def test_a_building_sentence_with_no_date_stays_a_turn() -> None:
    """ "Здание суда. Свидетель, подойдите.": a short sentence with no hall and no date after it
    is no head's line; the chair's label and its speech stay as they were."""
    tei = text_tei(
        "Председательствующий. Здание суда закрыто? Свидетель, подойдите.\n\n"
        "Свидетель. Да, закрыто.\n\nПредседательствующий. Садитесь.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Председательствующий.", "Свидетель.", "Председательствующий."]


def test_a_namesakes_number_is_the_names_and_opens_its_paragraph() -> None:
    """ "Бѣлозеровъ 2-й. Господа члены Государственной Думы, я" / "буду кратокъ.": the number
    and its ending are the name's, no word of a sentence; printed again under the chair's line
    of a hard-wrapped page, the label opens its own turn."""
    tei = tabled_tei("ru-duma-1913-namesake-number.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Господа члены Государственной Думы, я буду кратокъ.")
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Прошу не прерывать оратора."]
    assert texts(tei, "(//t:sp)[5]/t:p") == ["Я продолжаю, господа."]


def test_a_figure_in_a_sentence_after_a_name_is_no_label() -> None:
    """ "Петров 2-й раз просит слова." inside a speech: the ordinal belongs to a sentence in lower
    case after it, which the speech's paragraph goes on with; no turn opens there."""
    tei = text_tei(
        "Председатель. Слово имеет Петров.\n\nПетров. Господа, я буду краток.\n\n"
        "Председатель. Петров 2-й раз просит слова, господа.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Председатель.", "Петров.", "Председатель."]


def test_a_letter_spaced_surname_with_its_office_after_a_comma() -> None:
    """ "V A L E R I A N I , Ministro dell'agricoltura. Onorevoli senatori, …": the surname its
    letters spell is the person, the office his role; the speech after the stop whole."""
    tei = tabled_tei("it-senato-spaced-minister-office.txt")
    assert tei.xpath("//t:person[@xml:id='valeriani']/@role", namespaces=NS) == ["Ministro dell'agricoltura"]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Onorevoli senatori, il Governo ha già stanziato i fondi."]


def test_a_letter_spaced_word_with_no_office_after_its_comma_is_no_label() -> None:
    """ "N O N , signori, accetteremo …": emphasis letter-spaced before a comma and no office
    after it stays the speech's words."""
    tei = text_tei(
        "PRESIDENTE. Ha facoltà di parlare il senatore Rossi.\n\n"
        "ROSSI. Onorevoli colleghi, lo dico chiaramente.\n\n"
        "N O N T U T T I , signori, accetteranno questa legge.\n\nPRESIDENTE. Grazie.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["PRESIDENTE.", "ROSSI.", "PRESIDENTE."]


def test_a_name_the_wrap_hyphenated_is_given_the_floor_whole() -> None:
    """ "Ha facoltà di parlare il senatore Mon-" / "taldini." / "M O N T A L D I N I . Signor
    Presidente, …": the wrap's hyphen before a letter in lower case is no part of the name, so
    the letter-spaced surname is the label; a double name ("Rossi-Doria") keeps its hyphen."""
    tei = tabled_tei("it-senato-ocr-announced-wrap-hyphen.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Signor Presidente, onorevoli")
    assert tei.xpath("//t:person[@xml:id='montaldini']", namespaces=NS)


def test_a_deputy_with_initials_and_a_parish_after_of_is_one_label() -> None:
    """ "Deputy K.M. Le Cornu of St. Saviour:" alone on its line: the surname and the parish
    the particle joins are the label's, not a sentence after "Deputy K.M."; the question below is
    the speech."""
    tei = tabled_tei("en-je-states-deputy-initials-seat.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Will the Minister state how many social rental homes were completed last year?"
    ]


def test_initials_then_a_sentence_before_a_colon_still_end_the_label() -> None:
    """ "Лапина С.И. У меня вопрос к докладчику: …": words in lower case that are no particle
    make the rest a sentence; the label ends with the initials as before."""
    tei = text_tei(
        "Председательствующий. Пожалуйста, вопросы.\n\n"
        "Лапина С.И. У меня вопрос к докладчику: когда будет закон?\n\n"
        "Председательствующий. Спасибо.\n"
    )
    assert texts(tei, "//t:sp/t:speaker")[1] == "Лапина С.И."
