"""Label shapes testers of real records found and left: each mended generally."""

from __future__ import annotations

from label_samples import sample_tei, turn_ids


def test_a_press_question_naming_a_titled_journalist_is_the_journalist_turn() -> None:
    """ "Frage Dr. Sommerfeld:": the question's word is the turn's kind, the titled name after it
    the journalist, no forename "Frage"."""
    assert turn_ids(sample_tei("de-press-question-journalist-titled.txt")) == [
        "sts-albrecht",
        "dr-sommerfeld",
        "sts-albrecht",
        "prof-hallberg",
        "sts-albrecht",
    ]


def test_a_witness_heading_names_whose_answers_follow_under_a_dash() -> None:
    """ "Esame del teste Marco Ferri" / "Audition du témoin Claire Vasseur" over answers printed
    with a dash ("RISPOSTA -", "R. -"): the answers are the witness's the heading names."""
    assert turn_ids(sample_tei("it-court-witness-heading-dash.txt")) == [
        "pubblico-ministero",
        "marco-ferri",
        "l-interrogante",  # the pair's question, asked by no one named, as the French one's "D. -"
        "marco-ferri",
        "presidente",
    ]
    assert turn_ids(sample_tei("fr-assises-witness-heading-dash.txt")) == [
        "m-le-president",
        "claire-vasseur",
        "l-interrogateur",  # no one named as asking: the language's word for the examiner
        "claire-vasseur",
    ]


def test_an_office_and_a_holder_alone_over_the_speech_is_a_label_beside_colon_labels() -> None:
    """ "Pääministeri Aino Salmelainen" alone on its line, the speech right below, printed once
    beside a label with its colon: an office and a forename and surname, no heading."""
    assert turn_ids(sample_tei("fi-minister-alone-once.txt")) == [
        "paaministeri-aino-salmelainen",
        "ed-ville-kettunen",
    ]


def test_an_office_label_whose_stop_ocr_lost_or_misread_is_the_believed_label() -> None:
    """Old print's OCR: "Präsident Lohmeyer Meine Herren, …" (the stop lost) and "Vizepräsident
    Dr. Anselm, Diejenigen, …" (read as a comma), each printed correctly elsewhere in the record:
    the same labels, no text of the speech before them."""
    tei = sample_tei("de-reichstag-ocr-lost-stop.txt")
    assert turn_ids(tei) == [
        "prasident-lohmeyer",
        "brenner",
        "prasident-lohmeyer",
        "vizeprasident-dr-anselm",
        "korff",
        "vizeprasident-dr-anselm",
    ]
