"""Court, trial and hearing label shapes a blind battery of short excerpts found, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_question_letter_read_with_a_comma_is_the_pairs_label() -> None:
    """ "Q, Where do you reside?" / "A, Twelve years, come April.": OCR read the letter's stop
    as a comma; the letter is still the label, the question the examiner's turn and the answer
    the witness's, no paragraph of the turn above."""
    root = tabled_tei("en-court-ocr-qa-comma.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Where do you reside?"]
    assert texts(root, "//t:sp[4]/t:p") == ["Twelve years, come April."]
    assert texts(root, "//t:sp[2]/t:p") == ["412 Elm Street, Dayton."]


def test_a_question_letter_before_a_capital_after_a_comma_in_a_sentence_is_no_label() -> None:
    """ "A, B and C were present." opens no answer's turn where no question's letter is printed:
    the pair is believed only where it asks and answers."""
    root = text_tei(
        "THE CHAIR: We begin.\n\nA, B and C were present at the meeting.\n\nMR. DOE: Thank you.\n"
    )
    assert turn_ids(root) == ["the-chair", "mr-doe"]


def test_the_court_asking_between_hebrew_questions_and_answers_is_a_label() -> None:
    """ "בית המשפט: האם ראית …?" between "ש." and "ת.": the court asks the witness once, as an
    English record's "THE COURT:" does; its turn, no paragraph of the answer above it."""
    root = tabled_tei("he-court-qa-court-asks.txt")
    assert texts(root, "//t:sp[5]/t:p") == ["האם ראית את הנאשם נכנס?"]
    assert texts(root, "//t:sp[4]/t:p") == ["המוכר ושני לקוחות."]


def test_a_degrees_faculty_in_lower_case_is_read_past_to_the_colon() -> None:
    """ "Sachverständiger Dr. med. Urs Brunner:", "Verteidiger lic. iur. Beat Zollinger:": the
    label runs past the faculty's stop ("med.", "iur.") to its colon, the name after it; the
    faculty is the degree's, a form of address, no forename."""
    root = tabled_tei("de-ch-gericht-degree-faculty.txt")
    assert texts(root, "//t:sp[5]/t:p") == ["Keine Ergänzungsfragen."]
    honorifics = texts(
        root, "//t:person[@xml:id='sachverstandiger-dr-med-urs-brunner']/t:persName[1]/t:roleName"
    )
    assert honorifics == ["Sachverständiger", "Dr.", "med."]
    assert texts(root, "//t:person[@xml:id='verteidiger-lic-iur-beat-zollinger']//t:forename") == ["Beat"]


def test_a_jurors_number_after_a_number_sign_ends_the_label() -> None:
    """ "PROSPECTIVE JUROR #12:", "JUROR #4:": the number after the number sign ends the label
    before its colon, as after "No." ("JUROR NO. 5:"); the juror printed once at the end still
    opens a turn, no paragraph of counsel's."""
    root = tabled_tei("en-voir-dire-juror-number-sign.txt")
    assert texts(root, "//t:sp[6]/t:p") == ["Sorry, I didn't hear the question."]
    assert texts(root, "//t:sp[5]/t:p") == ["Your Honor, may we approach?"]


def test_a_gendered_ending_glued_in_brackets_is_the_words() -> None:
    """ "Advogado(a) do(a) Reclamante:", "Advogado(a) do(a) Reclamado(a):": the other gender's
    ending glued in brackets is the word's, no role that ends the label; each counsel printed
    once opens a turn, no paragraph of the witness's answer above."""
    root = tabled_tei("pt-br-audiencia-gendered-offices.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["A senhora trabalhou com o reclamante no mesmo turno?"]
    assert texts(root, "//t:sp[2]/t:p") == ["Não, nenhum."]
    assert texts(root, "//t:sp[5]/t:p") == ["Sem perguntas, Excelência."]
