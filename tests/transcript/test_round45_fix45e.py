"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a table's dated row under a sentence, its amount at the margin, no running
head ("Balance at 30 June 2021          4120"); a witness's oath noted with a name in CAPITALS
("WILLIAM BROWN sworn.", "JOHN SMITH, affirmed."), a stage; reported speech after an abbreviated office in
German minutes ("Präs. Müller erklärte, dass …"); a record's title run into the next heading in
CAPITALS ("JOURNAL OF THE HOUSE" / "PROCEEDINGS OF THE DAY:"); a Kazakh minister with his state in
the portfolio before the surname and initials ("Министр финансов Республики Казахстан Иванов Т.М.")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def _heads(root: object) -> list[str]:
    return texts(root, "//t:body//t:head")  # type: ignore[arg-type]


def _furniture(root: object) -> list[str]:
    return texts(root, "//t:list[@type='furniture']/t:item")  # type: ignore[arg-type]


def test_a_dated_table_row_under_a_sentence_is_kept() -> None:
    """ "Balance at 30 June 2021          4120" under "… as follows." is the table's row, kept
    in the turn; "Monday, 3 May 2021          Page 4" between two sentences stays the page's head."""
    root = tabled_tei("en-committee-dated-balance-row.txt")
    assert any("Balance at 30 June 2021 4120" in p for p in _said(root))
    assert _furniture(root) == ["Monday, 3 May 2021 Page 4"]


def test_an_amount_is_no_page_without_a_row_word() -> None:
    """An amount of four figures at the margin of a dated line with no weekday is no page's number,
    whatever its words; a bare page of two figures beside a weekday's date is (negative)."""
    text = (
        "MINUTES OF THE BOARD\n\nChair: The grant was received as follows.\n"
        "Paid by the Trust on 30 June 2021          4120\n"
        "The Board thanked the Trust for its support.\n\nMr. Lowe: Agreed.\n\n"
        "Chair: We thank the members. It was noted.\n"
        "Tuesday, 4 May 2021          12\nThe meeting closed at nine.\n\nMr. Lowe: Agreed.\n"
    )
    root = text_tei(text)
    assert any("Paid by the Trust on 30 June 2021 4120" in p for p in _said(root))
    assert _furniture(root) == ["Tuesday, 4 May 2021 12"]


def test_a_sworn_line_is_the_record_note_no_speech() -> None:
    """ "WILLIAM BROWN sworn." after the call of the witness is the record's note of the oath, a
    stage inside the turn it follows, as "(Witness sworn.)" is; "JOHN SMITH, affirmed." opening
    the excerpt a stage too; "WE WERE ALL sworn." inside an answer is the answer's sentence
    (negative), as the heading "MARY JONES, having been duly sworn, …" stays one."""
    root = tabled_tei("en-court-sworn-witness-notes.txt")
    assert texts(root, "//t:sp[t:p='The prosecution calls William Brown.']/t:stage") == [
        "WILLIAM BROWN sworn."
    ]
    assert "JOHN SMITH, affirmed." in texts(root, "//t:body//t:stage")
    assert not any("BROWN sworn" in p or "affirmed" in p for p in _said(root))
    assert "WE WERE ALL sworn." in _said(root)
    assert "MARY JONES, having been duly sworn, testified as follows:" in _heads(root)


def test_a_german_verb_of_report_after_an_office_is_no_label() -> None:
    """ "Präs. Müller erklärte, dass …" reports the chair's words in the minutes: no turn of
    "Präs."; "Präs. Die Sitzung ist eröffnet." and "Präs. Wir kommen …" are the chair's (negative)."""
    root = tabled_tei("de-gemeinderat-reported-verb.txt")
    assert any(p.startswith("Präs. Müller erklärte, dass") for p in _said(root))
    assert _said(root)[0].startswith("Die Sitzung ist eröffnet.")


def test_other_verbs_of_report_leave_no_label() -> None:
    """The reporter's verb in the present too ("Präs. Huber berichtet, …"); a verb of no report
    after the name ("Präs. Huber kommt …" is no minutes' narration) is not asked here."""
    text = (
        "Niederschrift\n\nPräs. Die Sitzung ist eröffnet.\n\nGR Roth: Ich bitte ums Wort.\n\n"
        "Präs. Huber berichtet, dass der Bericht vorliegt.\n\n"
        "GR Roth: Danke.\n\nPräs. Wir kommen zu Punkt 3.\n"
    )
    root = text_tei(text)
    assert any(p.startswith("Präs. Huber berichtet, dass") for p in _said(root))
    assert _speakers(root).count("Präs.") == 2


def test_a_record_title_run_into_a_heading_is_no_label() -> None:
    """ "JOURNAL OF THE HOUSE" / "PROCEEDINGS OF THE DAY:" is the record's title, no speaker;
    "REPORT OF THE CHAIR:" names an office and stays the chair's label (negative)."""
    root = tabled_tei("en-house-journal-title-heading.txt")
    assert not any("JOURNAL" in s for s in _speakers(root))
    assert "B Approval of the minutes:" in _heads(root)  # the agenda's item, over the turn it opens
    text = (
        "MINUTES\n\nCHAIR: We begin.\n\nREPORT OF THE CHAIR: The year went well.\n\n"
        "MR. DALE: Thank you.\n\nREPORT OF THE CHAIR: And the accounts are in order.\n"
    )
    assert "REPORT OF THE CHAIR:" in _speakers(text_tei(text))


def test_a_minister_of_a_state_with_initials_is_a_label() -> None:
    """ "Министр финансов Республики Казахстан Иванов Т.М. Уважаемый …": the state's genitive
    closes the portfolio; the label ends at the initials' stop."""
    root = tabled_tei("ru-mazhilis-minister-state-genitive.txt")
    assert any(p.startswith("Уважаемый председатель, уважаемые депутаты!") for p in _said(root))


def test_a_capitalised_word_no_state_before_the_surname_is_still_refused() -> None:
    """A capitalised word before the surname that is no state's genitive ("Министр финансов
    Казахстана Иванов Т.М.") leaves the guard as it was: no label read to the initials (negative)."""
    text = (
        "Стенограмма\n\nПредседатель. Слово имеет министр.\n\n"
        "Министр финансов Казахстана Иванов Т.М. Уважаемые депутаты! План выполнен.\n\n"
        "Председатель. Спасибо.\n"
    )
    assert _speakers(text_tei(text)) == ["Председатель.", "Председатель."]
