"""Round 50 (fix50d): a member's question announced to the witness opening a paragraph, speech;
an Arab council's agenda item numbered in brackets or after the number's word, no label; a Polish
judge's rank before the name, a form of address; a Turkish court's examination of the file, no label."""

from __future__ import annotations

from label_samples import name_parts_of, outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


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


def test_polish_judge_rank_is_a_form_of_address() -> None:
    """`SSO Tomasz Wierzbicki:` (sędzia sądu okręgowego; `SSR`, `SSA`, `SSN` beside it) prints
    the judge's rank before the name: a form of address (``letter_titles`` pl), no forename."""
    tei = tabled_tei("pl-sad-judge-rank.txt")
    assert name_parts_of(tei, "sso-tomasz-wierzbicki")[0] == ("roleName", "honorific", "SSO")
    assert name_parts_of(tei, "ssr-joanna-pietrzak")[0] == ("roleName", "honorific", "SSR")


def test_judge_rank_letters_are_polish_alone() -> None:
    """The rank's letters are a form of address in a Polish record alone: in an English one
    `SSO Mark Dunn:` (a staff officer's letters) keeps them as printed, no honorific."""
    tei = text_tei(
        "CHAIR: We now hear from the shift supervisor.\n"
        "SSO Mark Dunn: Thank you. The alarm sounded at six.\n"
        "CHAIR: Thank you.\n"
    )
    parts = name_parts_of(tei, "sso-mark-dunn")
    assert parts
    assert ("roleName", "honorific", "SSO") not in parts


def test_turkish_file_examined_is_no_label() -> None:
    """`Dosya incelendi:` (the file examined), alone over `GEREĞİ DÜŞÜNÜLDÜ:` or with what the
    examination showed after it, is the court's record before its decision (``decided``), no
    speaker; the accused's and counsel's labels around it stay turns. With its finding after it
    on the line it is the court's record too, out of counsel's turn (round 51, fix51c)."""
    tei = tabled_tei("tr-mahkeme-dosya-incelendi.txt")
    assert "Dosya incelendi:" in outside_turns(tei)
    assert any(p.startswith("Dosya incelendi: Tanık") for p in outside_turns(tei))
