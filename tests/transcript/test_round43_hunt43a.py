"""Shapes of United Nations records, labour courts' protocols, arbitration transcripts and
ombudsman hearings, each in an invented sample (labels in turns.toml, persons in ids.toml): a
Russian court's ruling under its bench ("ОПРЕДЕЛИЛ:"), the recording's clock before a page's line
number, a news dateline, an office after a delegate's country and comma, a labour court's stacked
fields of the parties, a witness's field over her own label, a thematic mandate's topic."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_a_russian_courts_ruling_is_no_speaker() -> None:
    """ "Суд, совещаясь на месте," / "ОПРЕДЕЛИЛ:" / "приобщить …": the court's ruling entered
    under its bench, its verb alone on the line, the record's own words."""
    root = tabled_tei("ru-sud-trudovoy-spor-opredelil.txt")
    body = " ".join(texts(root, "//t:body//t:p"))
    assert "приобщить к материалам дела" in body
    assert "отложить рассмотрение дела" in body


def test_a_court_speaker_in_capitals_with_its_colon_stays_a_label() -> None:
    """ "ПРОКУРОР: …": an office's word in capitals, no ruling's verb."""
    root = text_tei(
        "Председательствующий: Слово прокурору.\nПРОКУРОР: Полагаю, что иск подлежит удовлетворению.\n"
    )
    assert speakers(etree.tostring(root)) == ["Председательствующий:", "ПРОКУРОР:"]


def test_the_clock_before_a_pages_line_number_is_left_out() -> None:
    """ "14:02  1  THE PRESIDENT:  …": the recording's minute before the line's number, as an
    arbitration's reporter prints it on some lines; both are the page's, the label after them."""
    root = tabled_tei("en-arbitration-clock-before-line-number.txt")
    assert texts(root, "//t:sp[1]/t:p")[0] == "Welcome back, everyone. Ms. Okafor, we are ready when you are."
    furniture = texts(root, "//t:item[@ana='timestamp']")
    assert furniture[:2] == ["14:02", "14:02"]


def test_a_clock_in_a_sentence_stays_the_speech() -> None:
    """ "10:30 12 members …" in a text no page numbers: the speech's words, kept."""
    root = text_tei("CHAIR: We met at\n10:30 12 members were present.\nMR. LEE: Thank you.\n")
    assert "10:30 12 members were present." in " ".join(texts(root, "//t:sp/t:p"))


def test_a_news_dateline_is_no_label() -> None:
    """ "GENEVA (14 June 2024) – The following …": a place and the day in brackets before the
    dash, a story's dateline, no speaker's turn."""
    root = tabled_tei("en-hrc-press-dateline-briefing.txt")
    assert "GENEVA" not in " ".join(texts(root, "//t:speaker"))


def test_a_role_in_brackets_before_a_dash_stays_a_label() -> None:
    """ "GENERAL SMITH (Retired) – …": a role in the brackets, no date: a label's."""
    root = text_tei(
        "HEARING\n\nTHE CHAIR – Welcome, General.\nGENERAL SMITH (Retired) – Thank you for the invitation.\n"
        "THE CHAIR – Please begin.\n"
    )
    assert "GENERAL SMITH (Retired) –" in speakers(etree.tostring(root))


def test_an_office_after_the_country_and_comma_is_the_labels() -> None:
    """ "Mr. X (Iceland), Rapporteur of the Second Committee:", "Mr. Y (France), Chairman of the
    Committee on Contributions (translated from French):": the office and the note, the
    United Nations' older records' label."""
    root = tabled_tei("en-ga-rapporteur-after-country.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("The Committee has examined")


def test_a_sentence_after_the_country_and_comma_stays_speech() -> None:
    """ "Mr. X (Iceland), as you all know, the report …:": no office after the comma."""
    root = text_tei(
        "The PRESIDENT: I call on the representative of Iceland.\n"
        "Mr. HALVARSSON (Iceland): The report is before you, and, as you all know, it holds three parts: "
        "the budget, the scale and the staff.\n"
    )
    assert speakers(etree.tostring(root)) == ["The PRESIDENT:", "Mr. HALVARSSON (Iceland):"]


def test_a_labour_courts_stacked_fields_are_its_head() -> None:
    """ "القضية رقم: 872 …" / "المدعية: X" / "المدعى عليها: Y": the case and its parties, fields of
    the head; the claimant speaks below under the same word."""
    root = tabled_tei("ar-mahkama-umaliya-athraf.txt")
    front = " ".join(texts(root, "//t:front//text()/.."))
    assert "سعاد الحربي" in front


def test_two_short_replies_under_the_head_stay_turns() -> None:
    """ "JUDGE: Sit down." / "WITNESS: Thank you.": their stops end sentences, no fields."""
    root = text_tei(
        "HEARING TRANSCRIPT\nCase No: 44/2024\nJUDGE: Sit down.\nWITNESS: Thank you.\nJUDGE: Begin.\n"
    )
    assert speakers(etree.tostring(root)) == ["JUDGE:", "WITNESS:", "JUDGE:"]


def test_a_witness_field_over_her_own_label_is_the_head() -> None:
    """ "Witness: Daniel X, Pensions Ombudsman." above "Daniel X: …": the head's field, no turn."""
    root = tabled_tei("en-select-committee-witness-office-field.txt")
    assert "Witness:" not in speakers(etree.tostring(root))


def test_a_witness_label_whose_name_speaks_nowhere_stays_a_turn() -> None:
    """ "WITNESS: Mary Jones, your honour." under the head, no label of the name below: a turn."""
    root = text_tei(
        "HEARING\nDay 2\nWITNESS: Mary Jones, your honour.\nJUDGE: Thank you. Please sit down.\n"
        "WITNESS: Thank you.\n"
    )
    assert speakers(etree.tostring(root))[0] == "WITNESS:"


def test_a_mandates_topic_is_the_labels() -> None:
    """ "Special Rapporteur on the independence of judges and lawyers:", "Independent Expert on
    …:": the office and its topic in lower case, a council's dialogue's speaker."""
    tabled_tei("en-hrc-dialogue-mandate-topic.txt")


def test_a_mandates_topic_is_the_labels_in_french_and_russian() -> None:
    """ "Rapporteuse spéciale sur le droit à l'alimentation :", "Специальный докладчик по вопросу
    о праве на питание:": the link words of other languages, the feminine office."""
    root = text_tei(
        "Le Président : Je donne la parole à la Rapporteuse spéciale.\n"
        "Rapporteuse spéciale sur le droit à l'alimentation : Merci, Monsieur le Président.\n"
        "Brésil : Le Brésil appuie le rapport.\n"
    )
    assert speakers(etree.tostring(root))[1] == "Rapporteuse spéciale sur le droit à l'alimentation :"
    root = text_tei(
        "Председатель: Слово предоставляется Специальному докладчику.\n"
        "Специальный докладчик по вопросу о праве на питание: Благодарю, господин Председатель.\n"
        "Бразилия: Мы поддерживаем доклад.\n"
    )
    assert speakers(etree.tostring(root))[1] == "Специальный докладчик по вопросу о праве на питание:"


def test_a_mandates_topic_before_lower_case_stays_speech() -> None:
    """ "Independent Expert on sexual orientation: a mandate renewed …": the words after the colon
    go on in lower case, a sentence's list, no turn of the mandate holder."""
    root = text_tei(
        "President: Two mandates are before us.\n"
        "Independent Expert on sexual orientation: a mandate renewed in 2022 for three years.\n"
        "President: The floor is open.\n"
    )
    assert speakers(etree.tostring(root)) == ["President:", "President:"]


def test_questions_that_lost_their_stops_under_a_case_line_stay_turns() -> None:
    """ "Q: Where were you born" / "A: In a small village" under "Case No: 44/2024": words in lower
    case after the colon, a question and its answer, no caption's fields."""
    root = text_tei(
        "TRANSCRIPT\nCase No: 44/2024\nQ: Where were you born\nA: In a small village near the coast\n"
        "Q: And your parents?\nA: Farmers.\n"
    )
    assert speakers(etree.tostring(root)) == ["Q:", "A:", "Q:", "A:"]
