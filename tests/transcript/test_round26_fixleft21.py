"""Shapes of source editions the earlier rounds left, the twenty-sixth round's: each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_note_mark_glued_to_a_label_is_no_part_of_the_persons_name() -> None:
    """The record's "Горелов²:": the edition's mark refers to its note; the person is Горелов, the label
    keeps the mark as printed."""
    root = tabled_tei("ru-edition-footnote-marks.txt")
    names = texts(root, "//t:listPerson/t:person/t:persName[not(@type)]")
    assert names == ["Горелов", "Бернек"]
    assert texts(root, "//t:sp[1]/t:speaker") == ["Горелов²:"]


def test_the_editions_notes_at_the_end_are_notes_after_the_last_turn() -> None:
    """The record's "² Горелов Василий Николаевич — …" under the last speech: the editor's note, after the
    last turn, not its speaker's words; its text kept whole."""
    root = tabled_tei("ru-edition-footnote-marks.txt")
    last = texts(root, "//t:sp[last()]/t:p")
    assert last == ["Пожалуйста, я передам его по назначению."]
    notes = texts(root, "//t:body//t:note")
    assert notes[0].startswith("² Горелов Василий Николаевич")
    assert notes[1] == "³ Бернек Фридрих — посол Германии в СССР."
    assert not root.xpath("//t:sp//t:note", namespaces=NS)


def test_a_bracketed_note_number_glued_to_a_name_is_no_role() -> None:
    """The record's "Genosse Kessler[3]:": the number in brackets glued to the name is the edition's note
    mark, no role of the person."""
    root = tabled_tei("de-edition-note-bracket-number.txt")
    assert not root.xpath("//t:person/@role", namespaces=NS)


def test_a_note_mark_after_the_stop_ends_the_line_over_a_label_in_lower_case() -> None:
    """The record's "… закончена.¹" / "тов. Лавров. …": the editor's mark after the stop ends the line's
    sentence; the label below, in lower case, opens a turn, not the line's second half."""
    root = tabled_tei("ru-meeting-note-mark-over-lower-label.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Это неверно, в нашем районе уборка закончена.¹"]
    assert texts(root, "//t:sp/t:speaker") == ["тов. Лавров.", "тов. Сивцев.", "тов. Лавров."]


def test_a_handwritten_insertion_after_a_label_is_the_editors_note_in_the_turn() -> None:
    """The record's "Осинцев. [Вписано от руки:] Я снимаю …": the bracket is the edition's note on the hand,
    inside the turn; the label printed once is believed by the capital after it."""
    root = tabled_tei("ru-meeting-handwritten-insert.txt")
    assert texts(root, "//t:sp[2]/t:speaker") == ["Осинцев."]
    assert texts(root, "//t:sp[2]/t:p/t:note") == ["Вписано от руки:"]


def test_a_form_of_address_spaced_letter_by_letter_reads_as_its_word() -> None:
    """A typescript's "т о в. ЕЛИСЕЕВ.": the label of тов. ЕЛИСЕЕВ, the spaced form as printed
    in the speaker and among the person's label forms."""
    root = tabled_tei("ru-typescript-spaced-comrade.txt")
    assert texts(root, "//t:person[2]/t:persName[not(@type)]/t:roleName") == ["тов."]
    forms = texts(root, "//t:person[2]/t:persName[@type='label']")
    assert forms == ["тов. ЕЛИСЕЕВ", "т о в. ЕЛИСЕЕВ"]


def test_a_logs_clock_rising_a_minute_a_line_is_kept_as_times() -> None:
    """The record's "10:01 CHAIR MORGAN:", "10:02 MR. BAXTER:" …: the minute with its zero is a time of day,
    no page and line; the clocks are kept, each before its label."""
    root = tabled_tei("en-hearing-log-minute-clock.txt")
    assert texts(root, "//t:sp/t:speaker/t:time")[:3] == ["10:01", "10:02", "10:03"]


def test_a_minutes_decision_field_after_the_turns_is_no_speakers_words() -> None:
    """The record's "Beschluss:" / "Der Ausschuss stimmt … zu." under an item's turns: the minutes' own
    record of the decision, paragraphs outside the turns up to the next label."""
    root = tabled_tei("de-committee-minutes-decision-field.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Wir stimmen der Planung zu."]
    assert texts(root, "//t:div/t:p") == [
        "Beschluss:",
        "Der Ausschuss stimmt der Planung des Radwegs einstimmig zu.",
    ]
