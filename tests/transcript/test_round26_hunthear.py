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
