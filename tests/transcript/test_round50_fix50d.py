"""Round 50 (fix50d): a member's question announced to the witness opening a paragraph, speech;
an Arab council's agenda item numbered in brackets or after the number's word, no label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_spanish_question_announced_opening_a_paragraph_is_speech() -> None:
    """`Señor Escartín, una pregunta: ¿…?` as its own paragraph of the member's turn turns to
    the witness (a word in lower case before an asking word), no label with a role; the
    witness's `Señor Escartín, director general:` above stays his label."""
    tei = tabled_tei("es-comision-question-paragraph.txt")
    assert any(p.startswith("Señor Escartín, una pregunta:") for p in turn_paragraphs(tei))


def test_german_and_english_question_announced_opening_a_paragraph_is_speech() -> None:
    """`Herr Ostendorff, eine Frage:` and `Mr Fennimore, one question:` opening a line of a
    hearing are the asker's words, where a name with its office after the comma
    (`Ms Tran, Deputy Commissioner:`) stays a label."""
    german = text_tei(
        "Vorsitzender Dr. Peter Hallmann: Ich eröffne die Sitzung.\n"
        "Abg. Sabine Kröger (SPD): Vielen Dank, Herr Vorsitzender.\n"
        "Herr Ostendorff, eine Frage: Wann haben Sie von dem Vertrag erfahren?\n"
        "Zeuge Martin Ostendorff: Im Frühjahr 2019.\n"
    )
    assert turn_speakers(german) == [
        "Vorsitzender Dr. Peter Hallmann:",
        "Abg. Sabine Kröger (SPD):",
        "Zeuge Martin Ostendorff:",
    ]
    english = text_tei(
        "Chair: Good morning. Welcome, Mr Fennimore.\n"
        "Mr Fennimore, one question: did you approve the payment yourself?\n"
        "Mr Fennimore: No, the board approved it.\n"
        "Ms Tran, Deputy Commissioner: The board did.\n"
    )
    assert turn_speakers(english) == ["Chair:", "Mr Fennimore:", "Ms Tran, Deputy Commissioner:"]


def test_arabic_item_numbered_in_brackets_or_after_its_sign_is_no_label() -> None:
    """`البند (3):` and `البند رقم 4:` head an item of the order of the day as `البند الأول:`
    does: a division and its number (the figure in brackets, after the number's word of
    `number_signs` ar), no speaker; the members' labels around them stay."""
    tei = tabled_tei("ar-majlis-item-number.txt")
    paragraphs = turn_paragraphs(tei)
    assert any(p.startswith("البند (3):") for p in paragraphs)
    assert any(p.startswith("البند رقم 4:") for p in paragraphs)


def test_arabic_sentence_with_a_bracketed_figure_stays_speech() -> None:
    """A member's sentence citing a bracketed figure before its colon is no item's heading: only
    a division's word alone before the figure is one."""
    tei = text_tei(
        "الرئيس: الكلمة للنائب.\n"
        "النائب سالم الهاشمي: أشكر الرئيس.\n"
        "الرئيس: تفضل.\n"
        "النائب سالم الهاشمي: المادة (12) من الدستور تنص على ما يلي: لكل مواطن حق العمل.\n"
    )
    assert turn_speakers(tei) == ["الرئيس:", "النائب سالم الهاشمي:", "الرئيس:", "النائب سالم الهاشمي:"]
