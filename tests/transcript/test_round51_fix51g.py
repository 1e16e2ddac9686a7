"""Round 51 (fix51g): no-break spaces a copied web page sets inside a label ("Mme X,\u00a0ministre
du travail.\u00a0Je …") read as the plain spaces a typed copy prints there; a house's name with its
members' word ("CAMERA DEI DEPUTATI — …") and a council's name with its sitting's word ("CITY
COUNCIL REGULAR MEETING") are the record's title, no speaker; a mail header over a hearing
("From: …" over "Subject:" and "Date:") stays no label (already right: guarded)."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers

NBSP = "\u00a0"


def test_office_after_comma_with_no_break_spaces_is_a_label() -> None:
    """A French house's web copy prints "Mme Catherine Vautrin,\u00a0ministre du travail.\u00a0Je …":
    the office after the name's comma and the stop before the speech are set off by no-break
    spaces. The label is that of the typed copy, printed with its own spaces (lossless: the table
    holds them), and the person is named by the name before the comma."""
    tei = tabled_tei("fr-assemblee-fonction-espaces-insecables.txt")
    assert "Mme Catherine Vautrin, ministre du travail." in turn_speakers(tei)


def test_office_in_a_sentence_with_no_break_spaces_stays_speech() -> None:
    """The nearest thing that is no label: a speaker's sentence that opens with the same name, its
    comma, a no-break space and the office, but goes on after the office with a comma
    ("Mme Vautrin,\u00a0ministre du travail, a raison …"), and a figure whose thousands a no-break
    space separates: both stay the speech of the turn they are in."""
    tei = tabled_tei("fr-assemblee-fonction-espaces-insecables.txt")
    paragraphs = turn_paragraphs(tei)
    assert any(p.startswith("Mme Vautrin, ministre du travail, a raison") for p in paragraphs)
    assert any("12 000 contrats" in p for p in paragraphs)


def test_typed_copy_reads_the_same() -> None:
    """The same turns with plain spaces give the same labels: the no-break space changes nothing
    of the label's shape."""
    text = (
        "Mme la présidente. La parole est à Mme la ministre.\n\n"
        "Mme Catherine Vautrin, ministre du travail. Je vous remercie.\n\n"
        "Mme la présidente. La parole est à M. Lambert.\n"
    )
    plain = turn_speakers(text_tei(text))
    spaced = turn_speakers(
        text_tei(
            text.replace("Vautrin, ministre du travail. Je", f"Vautrin,{NBSP}ministre du travail.{NBSP}Je")
        )
    )
    assert spaced == plain
    assert len(plain) == 3


def test_house_named_with_its_members_word_is_the_title() -> None:
    """A web copy of the Italian chamber opens with its masthead "CAMERA DEI DEPUTATI — Resoconto
    stenografico": the members' word after the chamber's (``chambers``: "camera dei deputati", as
    "Chamber of Deputies", "House of Representatives") names the house, no deputy's office, so the
    masthead is the title and the turns start with the president's."""
    tei = tabled_tei("it-camera-testata-trattino.txt")
    assert turn_speakers(tei)[0] == "PRESIDENTE."


def test_office_of_the_house_stays_a_label() -> None:
    """The nearest label of that shape: an office before the house's whole name ("PRESIDENTE DELLA
    CAMERA DEI DEPUTATI.") with its speech after it is the president's label still."""
    tei = text_tei(
        "PRESIDENTE. La seduta è aperta.\n\n"
        "PRESIDENTE DELLA CAMERA DEI DEPUTATI. Grazie, signor Presidente.\n\n"
        "PRESIDENTE. Grazie a lei.\n"
    )
    assert "PRESIDENTE DELLA CAMERA DEI DEPUTATI." in turn_speakers(tei)


def test_council_and_its_meeting_is_the_title() -> None:
    """A city council's minutes open with "CITY COUNCIL REGULAR MEETING" alone over the narration
    of the mayor opening it: the body's word (``body_offices``) with its sitting's word after it
    (``chambers``: "meeting") is the record's title, where "THE COUNCIL:" and "COUNCIL MEMBER
    LEE:" below, with their colons and speech, stay labels (the negative)."""
    tei = tabled_tei("en-council-title-meeting.txt")
    speakers = turn_speakers(tei)
    assert "CITY COUNCIL REGULAR MEETING" not in speakers
    assert {"THE COUNCIL:", "COUNCIL MEMBER LEE:"} <= set(speakers)
    assert any(p.startswith("Mayor Dr. Brown opened the meeting") for p in outside_turns(tei))


def test_court_sitting_with_colon_stays_a_label() -> None:
    """The court's voice with its colon over a sitting's word is no title: "THE COURT SITTING
    EN BANC:" with the speech after it keeps its colon's label."""
    tei = text_tei(
        "THE COURT SITTING EN BANC: Counsel may proceed.\n\n"
        "MR. HALE: Thank you, Your Honors.\n\n"
        "THE COURT SITTING EN BANC: Go on.\n"
    )
    assert turn_speakers(tei)[0] == "THE COURT SITTING EN BANC:"


def test_mail_header_over_a_hearing_is_no_label() -> None:
    """A hearing copied from an e-mail opens with its header, "From: Clerk of the Committee" over
    the refused fields "Subject:" and "Date:": the sender's field is no speaker, the turns start
    with the chair's."""
    tei = text_tei(
        "From: Clerk of the Committee\nSubject: Hearing on water rates\nDate: 4 April 2023\n\n"
        "CHAIR WONG: We will hear from the utility first.\n\n"
        "MR. PATEL: Thank you, Chair. Our rates rose by four percent.\n"
    )
    assert turn_speakers(tei) == ["CHAIR WONG:", "MR. PATEL:"]


def test_first_turn_under_a_title_stays_a_label() -> None:
    """The negative: a real first turn right under a title line, its label printed once
    ("CHAIR WONG: We will hear …"), is the chair's label."""
    tei = text_tei(
        "Hearing on water rates\n\n"
        "CHAIR WONG: We will hear from the utility first.\n\n"
        "MR. PATEL: Thank you, Chair.\n"
    )
    assert turn_speakers(tei) == ["CHAIR WONG:", "MR. PATEL:"]
