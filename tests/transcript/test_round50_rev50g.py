"""Round 50 (rev50g): the review of hunt50d and hunt50f. A text's noun is announced by the
narration's announcing word alone (`announcing_words`), no verb of saying that ends a speech
printed with no stop; a field's date or number under a question left open without its mark is
an answer; a Ukrainian decision's heading over the parties' representatives is no party."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_speakers


def test_a_name_alone_under_a_speech_ending_in_a_verb_of_saying_is_a_label() -> None:
    """A planning board's names alone on their lines, printed once: "Karen Whitfield:" under a
    speech left with no stop after "says" is her label (a verb of saying ends a speech as well
    as it announces a quotation), where only the announcing words set a text's noun."""
    tabled_tei("en-planning-board-verb-open.txt")


def test_a_portuguese_name_alone_under_diz_is_a_label() -> None:
    """A council's ata with names alone on their lines: "Ana Lima:" under "… e o texto diz" and
    "Roberto Dias:" under "… o vereador pergunta" (no stop) are turns, no text's nouns."""
    tabled_tei("pt-camara-municipal-diz-aberto.txt")


def test_a_text_s_noun_under_the_announcing_word_stays_no_label() -> None:
    """The range's shape still holds: "Moção:" alone under "… a seguinte" is the motion's noun,
    in the member's speech, while "Paulo Mendes:" alone under "… diz" is a turn."""
    root = text_tei(
        "O Sr. Presidente: — Tem a palavra o Sr. Deputado Rui Valente.\n"
        "O Sr. Rui Valente: — Sr. Presidente: por isso mando para a mesa a seguinte\n"
        "Moção:\n"
        "A Camara resolve nomear uma commissão de inquerito.\n"
        "O Sr. Presidente: — O que o regimento diz\n"
        "Paulo Mendes:\n"
        "Peço a palavra sobre o modo de votar.\n"
    )
    assert turn_speakers(root) == [
        "O Sr. Presidente:",
        "O Sr. Rui Valente:",
        "O Sr. Presidente:",
        "Paulo Mendes:",
    ]


def test_a_one_word_name_answering_an_open_question_with_a_date_is_a_label() -> None:
    """A council's surnames answering a question printed without its mark ("And the start date"
    / "Petrakis: January 1, 2027.", "… about the term" / "Abara: 2027-2031.") are turns: a line
    above left open in a word in lower case asks, as one ending in "?" does."""
    tabled_tei("en-council-date-open-question.txt")


def test_a_court_field_of_a_date_under_a_heading_is_still_no_turn() -> None:
    """The range's field keeps: "Uitspraak: 9 december 2026." under a speech's stop and
    "Parketnummer: 05/281734-25" under the court's place ("Zittingsplaats Arnhem", its last
    word capitalised) are fields, no turns."""
    root = text_tei(
        "RECHTBANK GELDERLAND\n"
        "Zittingsplaats Arnhem\n"
        "Parketnummer: 05/281734-25\n"
        "De politierechter: Meneer Kuipers, begrijpt u waarvan u wordt verdacht?\n"
        "De verdachte: Ja, dat begrijp ik.\n"
        "De politierechter: Ik sluit het onderzoek.\n"
        "Uitspraak: 9 december 2026.\n"
    )
    assert turn_speakers(root) == ["De politierechter:", "De verdachte:", "De politierechter:"]


def test_a_court_field_under_a_heading_in_lower_case_is_still_no_turn() -> None:
    """A record's title ending in a word in lower case ("Proces-verbaal van de terechtzitting van
    de politierechter") over "Parketnummer: 05/281734-25" asks nothing: the field keeps, and so
    does "Uitspraak: 9 december 2026." under a speech left with no stop."""
    root = text_tei(
        "RECHTBANK GELDERLAND\n"
        "Proces-verbaal van de terechtzitting van de politierechter\n"
        "Parketnummer: 05/281734-25\n"
        "De politierechter: Meneer Kuipers, begrijpt u waarvan u wordt verdacht?\n"
        "De verdachte: Ja, dat begrijp ik.\n"
        "De politierechter: Ik sluit het onderzoek. De uitspraak volgt over twee weken\n"
        "Uitspraak: 9 december 2026.\n"
    )
    assert turn_speakers(root) == ["De politierechter:", "De verdachte:", "De politierechter:"]


def test_a_ukrainian_decision_s_representatives_heading_is_no_turn() -> None:
    """ "Представники сторін:" heads a Ukrainian court decision's list of the parties'
    representatives ("від позивача: …"): a field (never), no representative's office as the
    singular "Представник позивача:" is (`language_offices` uk)."""
    root = text_tei(
        "ГОСПОДАРСЬКИЙ СУД МІСТА КИЄВА\n"
        "РІШЕННЯ\n"
        "Справа № 910/4471/25\n\n"
        "Представники сторін:\n"
        "від позивача: Мельник О.В., адвокат\n"
        "від відповідача: не з'явився\n\n"
        "Суддя: Судове засідання оголошується відкритим.\n"
        "Представник позивача: Позовні вимоги підтримуємо.\n"
    )
    assert "Представники сторін:" not in turn_speakers(root)
    assert "Представник позивача:" in turn_speakers(root)
