"""Label shapes the twenty-sixth round's hunt in hearings and committee evidence met: each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei, text_tei, texts, turn_ids


def test_a_deputy_ministers_office_and_department_on_the_speech_line_is_a_label() -> None:
    """A Sejm committee's "Podsekretarz stanu w Ministerstwie Zdrowia X: …": the office's body
    and its ministry are no sentence; the abbreviated "… stanu w MZ X:" is the same person."""
    root = tabled_tei("pl-komisja-podsekretarz-inline.txt")
    ident = "podsekretarz-stanu-w-ministerstwie-zdrowia-michal-zawadzki"
    assert name_parts_of(root, ident) == [
        ("roleName", "office", "Podsekretarz"),
        ("roleName", "office", "stanu"),
        ("roleName", "office", "w"),
        ("roleName", "office", "Ministerstwie"),
        ("roleName", "office", "Zdrowia"),
        ("forename", None, "Michał"),
        ("surname", None, "Zawadzki"),
    ]


def test_other_polish_officials_before_their_names_are_labels() -> None:
    """A deputy minister, a department's director and a president's deputy heard by a committee,
    each printed once with the speech on the line."""
    root = text_tei(
        "Przewodniczący poseł Jan Kos (KO): Proszę pana ministra.\n"
        "Wiceminister finansów Paweł Lipski: Dziękuję, panie przewodniczący.\n"
        "Dyrektor departamentu w Ministerstwie Finansów Ewa Gajda: Uzupełnię odpowiedź.\n"
        "Zastępca prezesa NFZ Adam Bury: Dziękuję.\n",
        "pl.txt",
    )
    assert len(turn_ids(root)) == 4


def test_a_surnames_initials_end_the_label_before_a_question_with_a_colon() -> None:
    """ "Дубинина А.С. У меня короткий вопрос к докладчику: когда …": the label is the surname
    and initials, the colon the question's, no label read on to it."""
    root = tabled_tei("ru-slushaniya-initials-colon.txt")
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("У меня короткий вопрос к докладчику:")


def test_a_name_after_initials_before_the_colon_stays_in_the_label() -> None:
    """An office's or a forename's initials and the surname after them ("Deputy P.M. Quérée:")
    are one label: only a sentence in lower case after the initials is the speech."""
    root = text_tei(
        "The Bailiff: I call Deputy Quérée.\n\nDeputy P.M. Quérée: Thank you, Sir.\n\n"
        "Deputy R.K. Lemprière: I thank the Minister.\n"
    )
    assert turn_ids(root) == ["the-bailiff", "deputy-p-m-queree", "deputy-r-k-lempriere"]


def test_a_panels_heading_and_a_witness_heading_ending_in_a_degree_are_headings() -> None:
    """A hearing's "STATEMENTS OF X, M.D., …;" / "AND Y, …" and "STATEMENT OF X, M.D.": both
    headings, neither a paragraph of the chair's speech nor a turn of its own."""
    root = tabled_tei("en-hearing-panel-statements-heading.txt")
    heads = texts(root, "//t:body//t:head")
    assert heads[0].startswith("STATEMENTS OF RENATA OYELARAN, M.D.")
    assert "STATEMENT OF RENATA OYELARAN, M.D." in heads
    assert not any("STATEMENT" in p for p in texts(root, "//t:body//t:p"))


def test_a_panels_heading_over_no_label_gives_no_one_a_turn() -> None:
    """The panel's heading names several witnesses, so the heading of one under it, or his
    label, opens his turn: the panel's opens none."""
    root = text_tei(
        "    Chairman Hale. Our panel is here.\n\n"
        "  STATEMENTS OF ANNA ROE, DIRECTOR;\n"
        "AND JOHN DOE, PRESIDENT\n\n"
        "    Ms. Roe. Thank you.\n"
    )
    assert turn_ids(root) == ["chairman-hale", "ms-roe"]


def test_a_philippine_secretarys_abbreviated_office_does_not_end_the_label() -> None:
    """ "SEC. X." and "USEC. Y.": the office's abbreviation and the surname are one label."""
    root = tabled_tei("en-ph-senate-hearing-sec-usec.txt")
    persons = root.xpath("//t:person/@xml:id", namespaces=NS)
    assert "sec" not in persons and "usec" not in persons


def test_two_diet_members_of_one_surname_told_apart_are_two_labels() -> None:
    """ "○田中（雅）委員" and "○田中（美）委員": the forename's character in parentheses and the
    office after it are the label's, and the two members are two persons."""
    root = tabled_tei("ja-diet-committee-surname-told-apart.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("立憲民主党")


def test_an_offices_portfolio_cut_by_the_column_before_its_last_word_is_one_label() -> None:
    """ "Sekretarz stanu w Ministerstwie Rolnictwa i Rozwoju" / "Wsi X:": no heading, one label."""
    root = tabled_tei("pl-komisja-pdf-office-portfolio-wrapped.txt")
    assert texts(root, "//t:body//t:head") == []


def test_a_heading_in_mixed_case_over_a_name_stays_a_heading() -> None:
    """A line over a label that no office opens ("Sprawozdanie Komisji Zdrowia") is no label's
    head, however its words are capitalised."""
    root = text_tei(
        "Przewodniczący poseł Jan Kos (KO):\nDziękuję.\n"
        "Sprawozdanie Komisji o projekcie ustawy\nJan Wrona:\nDziękuję, panie przewodniczący.\n",
        "pl.txt",
    )
    assert "Jan Wrona:" in texts(root, "//t:sp/t:speaker")


def test_a_committees_oral_evidence_running_head_is_furniture() -> None:
    """ "Oral evidence: Managing tax compliance, HC 974      12" between two answers: listed as
    furniture, no paragraph of the witness's answer."""
    root = tabled_tei("en-uk-oral-evidence-running-head.txt")
    assert not any("Oral evidence" in p for p in texts(root, "//t:body//t:p"))
    listed = texts(root, "//t:list[@type='furniture']/t:item")
    assert any(item.startswith("Oral evidence: Managing tax compliance, HC 974") for item in listed)


def test_a_witness_speaking_of_oral_evidence_keeps_the_words() -> None:
    """A line of speech naming an inquiry's paper goes on past its number: the speech's."""
    root = text_tei(
        "Q1 Chair: Welcome.\n\nDr Jane Roe:\nOral evidence: the Treasury Committee, HC 12 of last year, said so.\n"
    )
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Oral evidence: the Treasury Committee")


def test_the_oral_evidence_line_without_a_page_number_stays_the_title() -> None:
    """The first page's "Oral evidence: Water leakage, HC 412", no page's number after it: the
    record's title, no running head."""
    root = tabled_tei("en-oral-evidence-flattened-questions.txt")
    assert texts(root, "//t:titleStmt/t:title[@type='main']") == ["Oral evidence: Water leakage, HC 412"]


def test_a_hearings_cover_of_two_line_blocks_over_its_labels_is_the_head() -> None:
    """ "Deutscher Bundestag" / "Ausschuss für …" and "Gesetzentwurf …" / "Entwurf …" above every
    label with its colon: the head's lines, no listed speakers; the house and committee title it."""
    root = tabled_tei("de-ausschuss-wortprotokoll-front-blocks.txt")
    assert texts(root, "//t:titleStmt/t:title[@type='main']") == [
        "Deutscher Bundestag Ausschuss für Arbeit und Soziales"
    ]


def test_listed_speeches_with_a_labelled_turn_among_them_stay_listed() -> None:
    """A web copy's speeches each under a name and its party, a colon's label among them after
    the first: the blocks are its labels still."""
    root = text_tei(
        "Anna Berg\nLabour\n\nThank you, Chair. I rise to support the motion.\n\n"
        "Chair: Order.\n\n"
        "Tom Reid\nConservative\n\nI oppose it, as the House knows.\n"
    )
    assert "Anna Berg Labour" in texts(root, "//t:sp/t:speaker")


def test_listed_speeches_over_a_last_labelled_turn_stay_listed() -> None:
    """A web copy's speeches each under a name and its party, the chair's colon label only after
    them all: the speeches under the blocks make them labels."""
    root = text_tei(
        "Anna Berg\nLabour\n\nThank you, Chair. I rise to support the motion.\n\n"
        "Tom Reid\nConservative\n\nI oppose it, as the House knows.\n\n"
        "Chair: Order. The question is that the motion be agreed to.\n"
    )
    assert texts(root, "//t:sp/t:speaker")[:2] == ["Anna Berg Labour", "Tom Reid Conservative"]


def test_a_witness_field_under_the_second_panels_heading_is_no_turn() -> None:
    """ "Examination of witness" / "Witness: Professor Jane Holt.": the field names who comes
    before the committee, as the head's does; no person named "Witness" speaks."""
    root = tabled_tei("en-uk-evidence-second-panel-witness-field.txt")
    assert "witness" not in root.xpath("//t:person/@xml:id", namespaces=NS)
    assert "Witness: Professor Jane Holt." in texts(root, "//t:body//t:p")


def test_a_call_to_a_member_right_under_a_heading_stays_a_turn() -> None:
    """Under a heading the chair's label with a member's name who speaks below ("CHAIR: Senator
    Ray." / "Senator RAY: …") is the chair's turn calling him, no field."""
    root = text_tei(
        "CHAIR: We begin.\n\nTREASURY PORTFOLIO\n\nCHAIR: Senator Ray.\n\n"
        "Senator RAY: Thank you, Chair. My question is on the forecasts.\n"
    )
    assert turn_ids(root) == ["chair", "chair", "senator-ray"]


def test_a_french_committees_closing_line_stands_after_the_last_turn() -> None:
    """ "La réunion se termine à douze heures trente.": a stage after the last turn."""
    root = tabled_tei("fr-commission-reunion-se-termine.txt")
    assert texts(root, "//t:body/t:div/t:stage")[-1] == "La réunion se termine à douze heures trente."


def test_an_estonian_committee_members_label_printed_once_is_a_label() -> None:
    """ "Komisjoni liige Kadri Mänd: Millal …?": the member's word names an office."""
    root = tabled_tei("et-uurimiskomisjon-liige.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Millal te esimest korda probleemist kuulsite?"]
