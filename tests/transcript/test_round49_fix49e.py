"""Round 49 (fix49e): a chair's label with its own words on a record's first line, no head's
field naming the chair; a paper's heading of two words over its text, no speaker."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, texts, turn_paragraphs, turn_speakers

_PAPER = (
    "Präsidentin Maria Lindner: Wir kommen zur Abstimmung über den Gesetzentwurf.\n\n"
    "{label}\n"
    "{text}\n\n"
    "Präsidentin Maria Lindner: Wer stimmt dafür? – Der Gesetzentwurf ist angenommen.\n"
)


def test_basque_chair_giving_the_floor_on_the_first_line_is_a_turn() -> None:
    """`LEHENDAKARIAK (Zubieta Arrieta): Hitza du Lehendakariak.` opening an excerpt is a turn:
    the words after the colon end on the office, no holder after it, so they are no field
    naming the chair (the particle-like `du` between capitalised words notwithstanding)."""
    tei = tabled_tei("eu-legebiltzarra-chair-floor-first-line.txt")
    assert turn_paragraphs(tei)[0] == "Hitza du Lehendakariak."
    assert not outside_turns(tei)


def test_head_field_naming_the_chair_and_holder_stays_the_head() -> None:
    """The head's field that names the office before its holder (`Mødeleder: Landstingsformand
    Bendt Frederiksen.`) over the holder's turns stays the head's, no turn."""
    tei = text_tei(
        "Mødeleder: Landstingsformand Bendt Frederiksen.\n\n"
        "Landstingsformand Bendt Frederiksen: Mødet er åbnet.\n\n"
        "Medlem Aqqaluk Lynge: Tak. Jeg vil gerne sige noget om budgettet.\n\n"
        "Landstingsformand Bendt Frederiksen: Tak.\n"
    )
    assert "Mødeleder: Landstingsformand Bendt Frederiksen." in texts(tei, "//t:front//*")
    assert turn_speakers(tei)[0] == "Landstingsformand Bendt Frederiksen:"


def test_german_paper_heading_of_two_words_is_no_speaker() -> None:
    """`Beschlussempfehlung des Ausschusses:` alone over the committee's text, in a record whose
    one label carries its speech on its line: a paper's heading (`document_nouns` de), not a
    speaker, the paragraph kept in the chair's turn."""
    tei = tabled_tei("de-bundestag-paper-heading-two-words.txt")
    assert any(text.startswith("Beschlussempfehlung des Ausschusses:") for text in turn_paragraphs(tei))


def test_name_joined_by_a_particle_alone_over_its_speech_stays_a_label() -> None:
    """A name of the same shape, two capitalised words joined by a particle (`Hans von Bülow:`),
    alone over its speech, is still a speaker: no paper's noun opens it."""
    tei = text_tei(
        _PAPER.format(label="Hans von Bülow:", text="Frau Präsidentin! Wir stimmen dem Entwurf zu.")
    )
    assert "Hans von Bülow:" in turn_speakers(tei)


def test_english_paper_heading_and_name_joined_by_a_particle() -> None:
    """In an English council's record `Recommendation of Staff:` over the staff's text is a
    paper's heading (`document_nouns` en), and `Jane de Witt:` in its place a speaker."""
    record = (
        "CHAIR OKAFOR: We now turn to item seven, the zoning amendment.\n\n{label}\n{text}\n\n"
        "CHAIR OKAFOR: Is there any discussion? The motion carries.\n"
    )
    paper = text_tei(
        record.format(label="Recommendation of Staff:", text="That the Board approve the amendment.")
    )
    assert turn_speakers(paper) == ["CHAIR OKAFOR:", "CHAIR OKAFOR:"]
    named = text_tei(record.format(label="Jane de Witt:", text="Thank you, Chair. I support the amendment."))
    assert turn_speakers(named) == ["CHAIR OKAFOR:", "Jane de Witt:", "CHAIR OKAFOR:"]
