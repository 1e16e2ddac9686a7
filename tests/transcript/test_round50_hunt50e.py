"""Round 50 (hunt50e): a select committee's question number cut onto its own line over the first
question, the label's; a member's turn to the witness announcing a question inside the turn
("Señor X, una pregunta:", "Herr X, eine Frage:"), speech."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_question_number_alone_over_the_first_question_is_the_labels() -> None:
    """`Q88` alone on its line over `Chair: …` (a PDF copy of a select committee's oral
    evidence, the number cut from its label) is the label's marker, as `Q89` / `Ewan Pyecroft:`
    below it is, where the first one had been read as the record's title."""
    tei = tabled_tei("en-selcom-question-number-alone.txt")
    titles = [" ".join(t.xpath("string()").split()) for t in tei.iterfind(".//t:titlePart", NS)]
    assert "Q88" not in titles
    assert "Environmental Audit Committee" in titles


def test_heading_over_the_first_label_stays_the_title() -> None:
    """A title whose first word only looks like a question's number (`Q3 Trading Update`) over
    the chair's first turn is no label's marker: no label below takes it."""
    tei = text_tei(
        "Q3 Trading Update\nChair: Welcome, everyone, to the results call.\n"
        "Anna Reed: Thank you.\nChair: Next question.\n"
    )
    assert turn_speakers(tei) == ["Chair:", "Anna Reed:", "Chair:"]


def test_spanish_question_announced_to_the_witness_is_speech() -> None:
    """`Señor Escartín, una pregunta:` inside the member's turn turns to the witness before
    the question (the role's last word an asking word of `short` pairs, a word in lower case
    before it), no label: the question stays the member's."""
    tei = tabled_tei("es-comision-question-announced.txt")
    assert any("Señor Escartín, una pregunta:" in p for p in turn_paragraphs(tei))
    assert any("Señor Escartín, una última pregunta:" in p for p in turn_paragraphs(tei))


def test_german_question_announced_to_the_witness_is_speech() -> None:
    """`Herr Ostendorff, eine Frage:` after the member's thanks, its question in capitals below
    as German prints a sentence after a colon, stays the member's speech; so does the chair's
    `Herr Ostendorff, eine Nachfrage:`, a compound ending in the asking word."""
    tei = tabled_tei("de-ausschuss-question-announced.txt")
    assert any("Herr Ostendorff, eine Frage:" in p for p in turn_paragraphs(tei))
    assert any("Herr Ostendorff, eine Nachfrage:" in p for p in turn_paragraphs(tei))


def test_office_after_the_comma_inside_a_line_stays_a_label() -> None:
    """A name and an office after its comma inside the line (`Ms Tran, Deputy Commissioner:`)
    is a label still, where `Mr Fennimore, one question:` turns to the witness and stays speech."""
    tei = text_tei(
        "CHAIR: Welcome. Mr Fennimore, please go ahead.\n\n"
        "Mr Fennimore: Thank you.\n\n"
        "Senator PATERNO: Thank you, Chair. Mr Fennimore, one question:\n"
        "how many audits were there?\n\n"
        "Mr Fennimore: About 3,100.\n\n"
        "Senator PATERNO: Thank you. Ms Tran, Deputy Commissioner: do you agree?\n\n"
        "Ms Tran: I do.\n"
    )
    assert turn_speakers(tei) == [
        "CHAIR:",
        "Mr Fennimore:",
        "Senator PATERNO:",
        "Mr Fennimore:",
        "Senator PATERNO:",
        "Ms Tran, Deputy Commissioner:",
        "Ms Tran:",
    ]
