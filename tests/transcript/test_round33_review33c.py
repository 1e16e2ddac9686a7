"""A review of the copies battery's rules: OCR's semicolon after an office and a surname read as
a label's only before a speech's opening, a Danish or Norwegian page word only with its total,
a photo caption after "de" or "di" only over a name, each counter-example an invented sample
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_roll_call_s_semicolon_after_a_senator_s_name_is_no_label() -> None:
    """ "Senator Adamson; Senators Brock, Carver and Dunmore." / "Senator Ellery; Absent with
    leave.": a journal's roll call sets each member's name and its remark apart with a semicolon;
    the remark opens no speech (no salutation, no exclamation, no pronoun), so the names stay the
    President's record of the call, no senator's turn."""
    root = tabled_tei("en-senate-journal-semicolon-rollcall.txt")
    assert texts(root, "//t:sp[1]/t:p")[-1] == "Senator Ellery; Absent with leave."
    assert texts(root, "//t:sp[3]/t:p") == ["Thank you, Mr. President. I move the adoption of the report."]


def test_a_minute_s_seconder_after_a_semicolon_is_no_label() -> None:
    """ "Councillor Lyle: I move that the minutes be confirmed." / "Councillor Marsh; Seconded the
    motion.": the minutes record the seconder after the mover, a semicolon after his office and
    surname and a participle after it; no turn of his opens, the line stays under the mover's."""
    root = tabled_tei("en-council-minutes-semicolon-seconded.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "I move that the minutes be confirmed.",
        "Councillor Marsh; Seconded the motion.",
    ]


def test_ocr_s_semicolon_before_a_pronoun_still_ends_a_minister_s_label() -> None:
    """ "Statsminister Gerhardsen; Jeg vil gjerne svare.": the speaker's pronoun opening the words
    after OCR's semicolon makes them a speech, so the label printed once still ends there."""
    root = text_tei(
        "Presidenten: Representanten Lykke har ordet.\n"
        "Lykke: Herr president! Spørsmålet gjelder fiskerne.\n"
        "Statsminister Gerhardsen; Jeg vil gjerne svare.\n"
    )
    assert texts(root, "//t:sp[3]/t:speaker") == ["Statsminister Gerhardsen;"]
    assert texts(root, "//t:sp[3]/t:p") == ["Jeg vil gjerne svare."]


def test_a_tape_s_side_alone_on_its_line_is_the_record_s_note() -> None:
    """ "Side 1" / "MR. HALE: This is an interview …", "Side 2" between the turns: an English
    interview's tape side is no Norwegian page's number, which the page word "Side" is only with
    its total ("Side 4 af 12"); the record's note is kept."""
    root = tabled_tei("en-interview-tape-side-number.txt")
    assert "Side 1" in texts(root, "//t:body//t:p")
    assert texts(root, "//t:sp[2]/t:p") == ["Peter Dorn.", "Side 2"]


def test_a_norwegian_page_word_with_its_total_is_the_page_s() -> None:
    """ "Side 4 av 12" alone between two turns: a Norwegian PDF's page word with its total is the
    page's furniture, no words of the chair's turn."""
    root = text_tei("Presidenten: Møtet er satt.\nSide 4 av 12\nLykke: Herr president! Jeg skal være kort.\n")
    assert texts(root, "//t:sp[1]/t:p") == ["Møtet er satt."]


def test_a_member_s_foto_di_gruppo_line_is_the_speech_s() -> None:
    """ "Signor Presidente, mostro all'Aula una immagine." / "Foto di gruppo" / "dei sindaci …":
    a member naming the picture he shows, in lower case after "di", is no web page's caption of
    a person's photo; the words stay in his speech."""
    root = tabled_tei("it-camera-foto-di-gruppo-speech.txt")
    assert texts(root, "//t:sp[2]/t:p")[-1] == "Foto di gruppo dei sindaci che hanno firmato la petizione."


def test_a_member_s_photo_de_famille_line_is_the_speech_s() -> None:
    """ "Monsieur le Président, j'ai apporté un document." / "Photo de famille": the photograph a
    member holds up, named alone on its line, is her speech's, no caption of the page."""
    root = tabled_tei("fr-an-photo-de-famille-speech.txt")
    assert "Photo de famille" in texts(root, "//t:sp[2]/t:p")
