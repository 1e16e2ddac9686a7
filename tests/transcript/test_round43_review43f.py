"""Narrowings of round 43's rules for United Nations records, labour courts and hearings, each
with the shape it keeps and the shape it now refuses: the stacked fields of a case's caption hang
from the case's own line ("القضية رقم: …"), never short turns with no stop under a record's name
("TRANSCRIPT" / "MR SMITH: Yes", "محضر جلسة" / "س: …"); a witness's field is no chair's turn
calling her ("Chair: Miriam X, Auditor General."); a news dateline has no form of address nor
office ("M. X (14 mars 2024) —" is a member's label)."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_short_turns_in_capitals_under_a_transcripts_name_stay_turns() -> None:
    """ "TRANSCRIPT" / "MR CALLOWAY: Yes" / "MS OYELARAN: No": two short answers with no stop
    under the record's name, the first turns, no caption's fields."""
    root = tabled_tei("en-tribunal-short-turns-under-transcript.txt")
    assert speakers(etree.tostring(root))[:2] == ["MR CALLOWAY:", "MS OYELARAN:"]
    assert texts(root, "//t:sp[1]/t:p") == ["Yes"]


def test_questions_and_answers_in_arabic_under_the_minutes_stay_turns() -> None:
    """ "محضر جلسة" / "س: هل كنت …" / "ج: نعم": a question that lost its stop and its answer,
    in a script with no capitals, under the minutes' name."""
    root = tabled_tei("ar-mahkama-sual-jawab.txt")
    assert speakers(etree.tostring(root)) == ["س:", "ج:", "س:", "ج:", "القاضي:"]
    assert texts(root, "//t:sp[2]/t:p") == ["نعم"]


def test_a_cases_parties_under_its_number_line_stay_the_caption() -> None:
    """ "القضية رقم: …" / "المدعية: …" / "المدعى عليها: …" set together under the minutes' name:
    the caption's fields, as before the narrowing."""
    root = text_tei(
        "محضر جلسة\nالقضية رقم: 15 لسنة 2024\nالمدعي: فهد العتيبي\nالمدعى عليها: شركة الريان\n\n"
        "القاضي: هل حضر المدعي؟\nالمدعي: نعم، حاضر.\nالقاضي: وأين وكيل الشركة؟\nالمدعي: لم يحضر.\n"
    )
    assert speakers(etree.tostring(root)) == ["القاضي:", "المدعي:", "القاضي:", "المدعي:"]


def test_fields_a_blank_line_below_the_case_line_are_turns() -> None:
    """ "Case No: 2024-118" / blank / "MR HALE: Yes" / "MS LEE: No": the case's line stands
    apart from the short turns under it."""
    root = text_tei(
        "LABOUR TRIBUNAL\nCase No: 2024-118\n\nMR HALE: Yes\nMS LEE: No\nMR HALE: Then we go on.\nMS LEE: Agreed.\n"
    )
    assert speakers(etree.tostring(root)) == ["MR HALE:", "MS LEE:", "MR HALE:", "MS LEE:"]


def test_a_chair_calling_a_witness_by_her_office_is_a_turn() -> None:
    """ "Chair: Miriam Toller, Auditor General." over "Miriam Toller: …", each printed once: the
    chair's word is a voice, no head's field."""
    root = tabled_tei("en-committee-chair-calls-witness-office.txt")
    assert speakers(etree.tostring(root)) == ["Chair:", "Miriam Toller:"]


def test_a_field_whose_word_speaks_below_is_a_turn() -> None:
    """ "Counsel: Rebecca Hale, Ombudsman." and "Counsel:" again below: the field's word is
    printed as a label, a turn."""
    root = text_tei(
        "Oral evidence\n\nCounsel: Rebecca Hale, Ombudsman.\nRebecca Hale: Thank you.\n"
        "Counsel: Please go on.\nRebecca Hale: We hold 6,000 cases.\n"
    )
    assert speakers(etree.tostring(root))[0] == "Counsel:"


def test_a_witness_field_over_her_label_stays_the_head() -> None:
    """ "Witness: Daniel X, Pensions Ombudsman." over "Q25 Chair:" and "Daniel X:": the field,
    as round 43 read it."""
    root = tabled_tei("en-select-committee-witness-office-field.txt")
    assert "Witness:" not in speakers(etree.tostring(root))


def test_a_witness_field_over_numbered_labels_of_any_prefix_stays_the_head() -> None:
    """The labels below may open with any number a record prints before them (``prefix``: "Q12",
    "Anf. 2"), not only a select committee's question's: the field is the head's either way."""
    root = text_tei(
        "Oral evidence, 3 May 2024\nWitness: Rebecca Hale, Health Service Ombudsman.\n\n"
        "Anf. 1 Chair: Welcome. Please introduce yourself.\nAnf. 2 Rebecca Hale: Thank you, Chair.\n"
    )
    assert "Witness:" not in speakers(etree.tostring(root))
    assert any("Rebecca Hale" in label for label in speakers(etree.tostring(root)))


def test_a_members_label_with_the_day_in_brackets_before_a_dash_stays_a_label() -> None:
    """ "M. Berthelot (14 mars 2024) —": a form of address before the brackets, no dateline's
    place."""
    root = tabled_tei("fr-commission-date-du-discours-tiret.txt")
    assert speakers(etree.tostring(root)) == [
        "M. Berthelot (14 mars 2024) —",
        "Mme Quéméner —",
        "M. Berthelot (14 mars 2024) —",
    ]


def test_an_office_with_the_day_in_brackets_before_a_dash_stays_a_label() -> None:
    """ "Senator Hale (12 March 2024) –", each printing: an office's holder, no place."""
    root = text_tei(
        "Hearing\n\nSenator Hale (12 March 2024) – We begin now.\n\nSenator Lee (12 March 2024) – Thank you.\n"
    )
    assert speakers(etree.tostring(root)) == [
        "Senator Hale (12 March 2024) –",
        "Senator Lee (12 March 2024) –",
    ]


def test_a_place_in_capitals_with_the_day_stays_a_dateline() -> None:
    """ "GENEVA (14 June 2024) –": still no label."""
    root = tabled_tei("en-hrc-press-dateline-briefing.txt")
    assert "GENEVA" not in " ".join(texts(root, "//t:speaker"))
