"""Round 51 (the lead's): an office, the holder's title and name alone on their line; a
witness's name spelt out after the colon, her answer and no holder of the office."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_office_title_and_name_alone_are_a_label() -> None:
    """`Oberbürgermeister Dr. Klaus Weber` alone over the speech, no colon: the holder's title
    (`Dr.`) between the office and the name is read past as a form of address is, so the line is
    a label as `Oberbürgermeister Klaus Weber` is (the Stadträtin's turn printed once beside it)."""
    tei = tabled_tei("de-stadtrat-office-title-alone.txt")
    assert turn_paragraphs(tei)[1].startswith("Danke, Herr Oberbürgermeister.")


def test_english_chair_with_title_alone_is_a_label() -> None:
    """The same shape in English: `Chair Dr. Jane Smith` alone, the councillor's line once."""
    tei = text_tei(
        "Chair Dr. Jane Smith\nGood evening. I open the hearing.\n\n"
        "Councillor Petra Lang\nThank you. I have a question.\n\n"
        "Chair Dr. Jane Smith\nPlease.\n"
    )
    assert turn_speakers(tei) == ["Chair Dr. Jane Smith", "Councillor Petra Lang", "Chair Dr. Jane Smith"]


def test_office_title_and_a_sentence_stay_speech() -> None:
    """An office, a title and a name that go on into a sentence on their line (`Minister Dr.
    Weber berichtete`) are narration inside a turn, no label."""
    tei = text_tei(
        "Präsident: Ich eröffne die Sitzung.\n\nAbg. Lang: Danke.\n\n"
        "Minister Dr. Weber berichtete\n\nDie Lage im Land ist ernst.\n\nPräsident: Danke.\n"
    )
    assert turn_speakers(tei) == ["Präsident:", "Abg. Lang:", "Präsident:"]
    assert "Minister Dr. Weber berichtete" in turn_paragraphs(tei)


def test_spelt_name_after_the_witness_colon_is_her_answer() -> None:
    """`THE WITNESS:  O-R-T-E-G-A.` spells a name for the record: the answer, where a name in
    CAPITALS after an office's colon alone on the line would be its holder; the witness keeps
    her turn and the letters stay her words."""
    tei = tabled_tei("en-court-witness-spells-name.txt")
    assert "O-R-T-E-G-A." in turn_paragraphs(tei)
    assert not any("O-R-T-E-G-A" in text for text in outside_turns(tei))


def test_holder_in_capitals_after_the_office_colon_stays_the_person() -> None:
    """A holder's name in CAPITALS after the office's colon, a hyphen inside a forename of more
    than letters (`JEAN-PIERRE LAMBERT`), is still the person, the office the role."""
    tei = text_tei(
        "1. KETUA: BAMBANG SETIADI\nSidang dibuka dan terbuka untuk umum.\n\n"
        "2. KUASA HUKUM PEMOHON: JEAN-PIERRE LAMBERT\nTerima kasih, Yang Mulia.\n\n"
        "3. KETUA: BAMBANG SETIADI\nSilakan.\n"
    )
    assert turn_speakers(tei) == [
        "1. KETUA: BAMBANG SETIADI",
        "2. KUASA HUKUM PEMOHON: JEAN-PIERRE LAMBERT",
        "3. KETUA: BAMBANG SETIADI",
    ]


def test_narration_over_a_list_joined_from_its_lines_is_no_label() -> None:
    """The council's narration over its considerations (`Το Δημοτικό Συμβούλιο, αφού άκουσε …
    υπόψη:`), each item a title with no stop on its line: the reading joins the lines, so the
    second item's `2.` follows the first's last figure, not a stop; a capitalised word after it
    and no preposition before it make it the list's second item, the line above a heading's."""
    tei = text_tei(
        "Πρόεδρος: Περνάμε στο 5ο θέμα.\n"
        "Αντιδήμαρχος κ. Νικολάου: Πρόκειται για την αναμόρφωση του προϋπολογισμού.\n"
        "Δημοτικός Σύμβουλος κ. Γεωργίου: Από ποιον κωδικό;\n"
        "Αντιδήμαρχος κ. Νικολάου: Από τον κωδικό των συντηρήσεων.\n\n"
        "Το Δημοτικό Συμβούλιο, αφού άκουσε την εισήγηση και έλαβε υπόψη:\n"
        "1. Τις διατάξεις του Ν. 3852/2010\n"
        "2. Την απόφαση της Οικονομικής Επιτροπής\n"
    )
    assert turn_speakers(tei) == [
        "Πρόεδρος:",
        "Αντιδήμαρχος κ. Νικολάου:",
        "Δημοτικός Σύμβουλος κ. Γεωργίου:",
        "Αντιδήμαρχος κ. Νικολάου:",
    ]


def test_presiding_line_over_the_first_label_is_no_turn() -> None:
    """A web copy's head names who presides on a line alone (`Dritter Präsident Ing. Norbert
    Hofer`) right over the first label with its clock, no speech between: no turn of its own
    (it was one, with a gap for its speech, once an office with a titled holder alone became a
    candidate), while the same line printed again over a speech stays a label there."""
    tei = text_tei(
        "58. Sitzung des Nationalrates, Mittwoch, 14. Januar 2015\n\n"
        "Dritter Präsident Ing. Norbert Hofer\n\n"
        "Präsident Ing. Norbert Hofer  0:32\nIch eröffne die 58. Sitzung des Nationalrates.\n\n"
        "Einlauf und Zuweisungen\n\n"
        "Präsident Ing. Norbert Hofer  1:10\nHinsichtlich der eingelangten Verhandlungsgegenstände verweise"
        " ich auf die Mitteilung.\n"
    )
    assert turn_speakers(tei) == ["Präsident Ing. Norbert Hofer 0:32", "Präsident Ing. Norbert Hofer 1:10"]
    spoken = text_tei(
        "Oberbürgermeister Dr. Klaus Weber\n\n"
        "Stadträtin Petra Lang\nDanke, Herr Oberbürgermeister. Ich habe eine Frage.\n\n"
        "Oberbürgermeister Dr. Klaus Weber\nBitte.\n\n"
        "Stadträtin Petra Lang\nWann kommt die Vorlage?\n"
    )
    assert turn_speakers(spoken) == [
        "Stadträtin Petra Lang",
        "Oberbürgermeister Dr. Klaus Weber",
        "Stadträtin Petra Lang",
    ]
