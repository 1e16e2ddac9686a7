"""Courts and trials in languages other than English: a Chinese court's examiners by their
letters over the answers, a Turkish court's intervening party's counsel and helpers, a juror of
the French assizes, a court chronicle's case and its rubric after a dash, and the nineteenth
century's witnesses by their civil state. Invented samples (names invented; labels in
turns.toml, persons in ids.toml) and the counter-examples that read as before."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_an_answer_to_the_questions_a_role_s_letter_asks_is_a_turn() -> None:
    """ "审：…？" / "答：…": the judge, the prosecutor and the defence asking by their letters,
    no "问：" printed; each answer is the defendant's turn, not the examiner's paragraph."""
    root = tabled_tei("zh-court-shen-gong-bian-da.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["我们是邻居，认识五六年了。"]


def test_an_answer_s_letter_under_a_statement_stays_in_the_speech() -> None:
    """ "答：" under a role's line that asks nothing (no question mark) is no answer's label:
    a list's or a quotation's, as before."""
    text = "审：现在宣读证人证言。\n答：略。\n审：继续。\n"
    assert "答：" not in speakers_of(text)


def test_a_turkish_court_s_intervening_party_s_counsel_and_helpers_are_labels() -> None:
    """ "Katılan vekili Av. X:", "Müşteki X:", "Bilirkişi Dr. X:": the parties and helpers of
    a Turkish court's record, offices as the accused's and the prosecutor's are; the head's
    fields ("BAŞKAN : X") stay fields, no turn (turns.toml)."""
    root = tabled_tei("tr-agir-ceza-katilan-vekili.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Sanığa sormak istiyorum, telefon hattı kimin adına kayıtlı?"]


def test_a_juror_of_the_assizes_is_a_label() -> None:
    """ "Un juré. —", "Une jurée. —", "Un giurato:": a juror who asks the witness, no sentence
    opening with an article."""
    root = tabled_tei("fr-assises-un-jure-questions.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Le témoin peut-il dire s'il faisait encore jour ?"]
    text = "PRESIDENTE: Il teste può andare.\n\nUn giurato: Posso fare una domanda?\n\nPRESIDENTE: Prego.\n"
    assert speakers_of(text) == ["PRESIDENTE:", "Un giurato:", "PRESIDENTE:"]


def test_a_case_s_rubric_after_its_dash_is_a_heading() -> None:
    """ "AFFAIRE DU CHEMIN DE LA BASTIDE. — VOL QUALIFIÉ.": the case and its rubric in CAPITALS,
    nothing after it in the paragraph; no turn of the case."""
    root = tabled_tei("fr-chronique-assises-rubrique-tiret.txt")
    body = " ".join(texts(root, "//t:body//t:head | //t:body//t:p"))
    assert "VOL QUALIFIÉ." in body


def test_a_name_s_answer_in_capitals_after_its_dash_stays_a_turn() -> None:
    """ "M. LE PRÉSIDENT. — NON.": a form of address makes it a label whatever its speech; and a
    surname printed twice is a label too."""
    lines = ["Accusé, reconnaissez-vous les faits ?", "NON.", "NON.", "Je n'étais pas là."]
    labels = ["M. LE PRÉSIDENT. —", "BERTIN. —"] * 2
    assert (
        speakers_of("\n\n".join(f"{label} {line}" for label, line in zip(labels, lines, strict=True)))
        == labels
    )


def test_a_witness_by_her_civil_state_is_a_label() -> None:
    """ "La femme Lenoir, blanchisseuse :", "La veuve X :", "Le sieur Y, marchand de vin :": the
    nineteenth century's assizes name a witness so; a sentence about "la femme du fermier" with
    a colon stays in the speech."""
    root = tabled_tei("fr-assises-1880-femme-veuve-sieur.txt")
    assert texts(root, "//t:sp[last()]/t:p")[-1].startswith("La femme du fermier pleurait")


def test_a_head_s_field_with_the_holder_s_office_in_lower_case_is_no_turn() -> None:
    """ "Защитник подсудимого: адвокат Гаврилов Н.М.", "Государственный обвинитель: помощник
    прокурора Зотов А.А.": the office's words in lower case before the holder's full name, the
    head's field; the turns below are the hearing's."""
    root = tabled_tei("ru-sud-head-fields-office-lower-case.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Подсудимый, вам понятно обвинение?"]


def test_an_office_in_lower_case_before_a_sentence_stays_a_turn() -> None:
    """ "Председательствующий: адвокат Гаврилов, у вас есть вопросы?": a comma and a question,
    no name alone after the office's word; the chair speaks."""
    lines = ["адвокат Гаврилов, у вас есть вопросы?", "Нет, ваша честь.", "Садитесь."]
    labels = ["Председательствующий:", "Адвокат Гаврилов:", "Председательствующий:"]
    assert (
        speakers_of("\n".join(f"{label} {line}" for label, line in zip(labels, lines, strict=True))) == labels
    )


def test_an_acta_s_parts_under_roman_numerals_are_no_labels() -> None:
    """ "I. INSTALACIÓN:", "II. ACREDITACIÓN DE LAS PARTES:": an outline's parts in CAPITALS
    under their numerals, what was done below them; the questions and answers of the hearing
    transcribed inside one are turns."""
    root = tabled_tei("es-pe-acta-juicio-partes-romanas.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["¿Va a declarar usted en este juicio?"]


def test_an_initial_before_a_surname_with_no_second_numeral_stays_a_label() -> None:
    """ "I. IVANOV:": no "II." in the record, the letter an initial."""
    text = "I. IVANOV: Good morning.\n\nP. PETROV: Good morning to you.\n\nI. IVANOV: Let us begin.\n"
    assert speakers_of(text) == ["I. IVANOV:", "P. PETROV:", "I. IVANOV:"]


def test_a_witness_s_name_and_age_after_a_comma_is_no_turn() -> None:
    """ "M. LE COLONEL VAUTRIN, 61 ans, colonel d'infanterie en retraite.": the witness called,
    his age and his state; no misread stop of his label, which he speaks under below."""
    root = tabled_tei("fr-conseil-guerre-temoin-age.txt")
    assert any(p.startswith("M. LE COLONEL VAUTRIN, 61 ans") for p in texts(root, "//t:body//t:p"))


def test_a_court_s_name_over_its_sitting_s_date_is_the_title() -> None:
    """ "CORTE D'ASSISE DI FERRARA." / "Udienza del 14 marzo 1881.": the court's name in
    CAPITALS with its stop over a short line naming the day, at the record's start; the title
    and the date of the head, no turn of the court."""
    root = tabled_tei("it-corte-assise-titolo-udienza-data.txt")
    assert texts(root, "//t:front//t:docDate") == ["Udienza del 14 marzo 1881."]
    text = (
        "SCHWURGERICHT MÜNCHEN.\nSitzung vom 4. Mai 1925.\n\n"
        "Vorsitzender: Angeklagter, stehen Sie auf.\n\nAngeklagter: Jawohl.\n\nVorsitzender: Setzen Sie sich.\n"
    )
    assert speakers_of(text) == ["Vorsitzender:", "Angeklagter:", "Vorsitzender:"]


def test_a_first_speaker_s_answer_naming_a_day_stays_a_turn() -> None:
    """ "BERTIN." / "Le 4 novembre, j'étais à Lyon.": the date goes on after its comma, a
    speech's; and the chair's "PRÄSIDENT." over a day alone ("Am 4. Mai.") speaks it."""
    text = "BERTIN.\nLe 4 novembre, j'étais à Lyon.\n\nLE PRÉSIDENT. Bien.\n\nBERTIN. Oui.\n"
    assert speakers_of(text) == ["BERTIN.", "LE PRÉSIDENT.", "BERTIN."]
    text = "PRÄSIDENT.\nAm 4. Mai.\n\nZEUGE. Ja.\n\nPRÄSIDENT. Gut.\n"
    assert speakers_of(text) == ["PRÄSIDENT.", "ZEUGE.", "PRÄSIDENT."]
