"""The inquiries' and hearings' shapes of the forty-sixth round, narrowed where a record of
another kind prints the same line (names invented; labels in turns.toml, persons in ids.toml):
a question's letter over the words announcing a quotation reads no name's initial there ("R. von
Arnim:", "D. al-Rashid:", "P. Nowak (poseł niezrzeszony):"); a caption's column of brackets is
no Arabic record's mirrored bracket after a label ("السيدة مريم حسن: )تصفيق( …")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_an_initial_before_a_particle_or_a_glued_article_stays_a_name() -> None:
    """ "R. von Arnim:", "D. al-Rashid:", "P. d'Alessandro:": a surname's lower-case particle
    before its capital, or a capital inside the word, is no sentence after a pair's letter."""
    root = tabled_tei("de-gemeinderat-initial-particle-names.txt")
    assert "D. al-Rashid:" in _speakers(root)
    assert "P. d'Alessandro:" in _speakers(root)
    assert "Der Antrag liegt seit Februar beim Landratsamt." in _said(root)


def test_an_initial_before_a_filipino_particle_printed_once_stays_a_name() -> None:
    """ "A. dela Cruz:" printed once: "dela", no particle of the list, stands before the surname."""
    root = text_tei(
        "Barangay Council\n\nCHAIR SANTOS: Any objection?\n\nA. dela Cruz: None, Chair.\n\nCHAIR SANTOS: Approved.\n"
    )
    assert _speakers(root) == ["CHAIR SANTOS:", "A. dela Cruz:", "CHAIR SANTOS:"]


def test_an_initial_before_a_name_and_its_bracketed_role_stays_a_name() -> None:
    """ "P. Nowak (poseł niezrzeszony):": the role's words in brackets are the label's, no
    question's, though "P." and "O." are the Polish pair's letters."""
    root = tabled_tei("pl-komisja-initial-bracketed-role.txt")
    assert "P. Nowak (poseł niezrzeszony):" in _speakers(root)
    assert "O. Wiśniewska (przewodnicząca komisji):" in _speakers(root)
    assert not any(s in ("P.", "O.") for s in _speakers(root))


def test_a_russian_initial_before_a_bracketed_role_stays_a_name() -> None:
    """ "О. Смирнова (председатель комиссии):", "О." the answer's letter of "В./О.": a name."""
    root = text_tei(
        "Заседание комиссии\n\nО. Смирнова (председатель комиссии): Начинаем.\n\n"
        "В. Петров: У меня вопрос.\n\nО. Смирнова (председатель комиссии): Пожалуйста.\n"
    )
    assert _speakers(root)[0] == "О. Смирнова (председатель комиссии):"
    assert "Начинаем." in _said(root)


def test_a_question_announcing_a_quotation_with_one_word_keeps_its_letter() -> None:
    """The narrowed rule still reads "Q. It says:" and "Q. And Mr. Lowe wrote:" as the question's
    letter and its words: the lower-case verb last before the colon, no capital after it."""
    root = text_tei(
        "DEPOSITION OF JANE MOORE\n\nQ. Please state your name.\nA. Jane Moore.\nQ. It says:\n"
        '    "The valve was replaced in May."\n    Is that right?\nA. Yes.\nQ. And Mr. Lowe wrote:\n'
        '    "No further action."\nA. I saw that.\n'
    )
    assert _speakers(root) == ["Q.", "A.", "Q.", "A.", "Q.", "A."]
    assert any(p.startswith("And Mr. Lowe wrote:") for p in _said(root))


def test_an_arabic_label_before_a_mirrored_bracket_stays_a_label() -> None:
    """ "السيدة مريم حسن: )تصفيق( …" printed once: the PDF's mirrored bracket glued to the stage
    direction it opens is no caption's column."""
    root = tabled_tei("ar-majlis-mirrored-brackets.txt")
    assert "السيدة مريم حسن:" in _speakers(root)
    assert any(p.startswith(")تصفيق(") for p in _said(root))


def test_an_arabic_label_before_a_spaced_mirrored_pair_stays_a_label() -> None:
    """ "… : ) تصفيق ( …": a bracket opened after the closing one is no caption's column."""
    root = text_tei(
        "مجلس النواب\n\nالسيد الرئيس: الكلمة للسيدة مريم.\n\nالسيدة مريم حسن: ) تصفيق ( شكرا سيادة الرئيس.\n\n"
        "السيد الرئيس: رفعت الجلسة.\n"
    )
    assert "السيدة مريم حسن:" in _speakers(root)


def test_a_captions_column_still_names_no_one() -> None:
    """The narrowed caption: its party, the bracket standing alone after a gap, is still none."""
    root = text_tei(
        "In the Matter of:                        )\n"
        "                                         )\n"
        "HARBOR GAS TRANSMISSION CO.              )    Docket No. CP25-14-000\n\n"
        "JUDGE PARR:  We are on the record.\n\nMR. LEE:  Thank you, Your Honor.\n\nJUDGE PARR:  Proceed.\n"
    )
    assert _speakers(root) == ["JUDGE PARR:", "MR. LEE:", "JUDGE PARR:"]
