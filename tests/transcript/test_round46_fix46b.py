"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a news headline between a dash-labelled record's turns; an agenda item's
mark before its title; procedure and headings in CAPITALS; a minute's reported action and a
field printed alone; a common noun before a place's particle."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_a_headline_after_an_office_is_no_dashed_label() -> None:
    """ "Foreign Minister Lloyd Spoke — In London …" and "Prime Minister Visits Ottawa — Talks On
    Trade": a verb of the headlines after the office, no label; "Minister of Finance — Mr.
    Smith:" and "The Speaker —" keep theirs."""
    root = tabled_tei("en-assembly-dashed-headlines.txt")
    outside = outside_turns(root)
    assert any(text.startswith("Foreign Minister Lloyd Spoke") for text in outside)
    assert "Prime Minister Visits Ottawa — Talks On Trade" in outside


def test_an_office_and_a_surname_before_a_dash_stay_a_label() -> None:
    """ "Foreign Minister Lloyd Rose — …": a surname after the office, no headline's verb (the
    negative)."""
    root = text_tei(
        "PARLIAMENTARY DEBATES\n\nThe Speaker — Order, order.\n\n"
        "Foreign Minister Lloyd Rose — I returned from London on Monday.\n\n"
        "The Speaker — I thank the minister.\n"
    )
    assert "Foreign Minister Lloyd Rose —" in turn_speakers(root)


def test_an_agenda_items_mark_before_its_title_is_no_label() -> None:
    """ "B    Approval of the minutes:", "II. Budget:", "3. Report of the Auditor:": a letter, a
    numeral or a number before a noun phrase heads the item; the officers' labels stay."""
    root = tabled_tei("en-council-lettered-agenda-items.txt")
    assert "B Approval of the minutes: The minutes of the meeting of 6 May were approved." in outside_turns(
        root
    )
    assert not any("Auditor" in label for label in turn_speakers(root))


def test_lettered_speakers_stay_labels() -> None:
    """ "Witness A:", "A:" answering "Q:", "B. Okafor:" (an initial before a surname) and "PW2:":
    the letters a record names its speakers with (the negative)."""
    root = tabled_tei("en-inquiry-lettered-witnesses.txt")
    assert turn_paragraphs(root)[6] == "I saw the same from the bridge."
    numbered = text_tei(
        "QUESTIONS ON NOTICE\n\nCHAIR: The first question.\n\n"
        "12. Mr J. Kemp to the Treasurer: How much was spent?\n\nCHAIR: Next.\n"
    )
    assert "Mr J. Kemp to the Treasurer:" in turn_speakers(numbered)


def test_procedure_and_headings_in_capitals_are_no_labels() -> None:
    """ "ADJOURNED TO MONDAY, 13 OCTOBER:" (the sitting's adjourning), "BY FISCAL MEASURES:" (a
    preposition opening a heading) and "ORDERED:" over its text (a decision's field, as
    "RESOLVED:" is): no speakers; "MR. BY:" and "THE CHAIRMAN:" stay labels."""
    root = tabled_tei("en-county-council-procedure-capitals.txt")
    paragraphs = turn_paragraphs(root) + outside_turns(root)
    assert "ADJOURNED TO MONDAY, 13 OCTOBER:" in paragraphs
    assert "That the report be printed." in outside_turns(root)


def test_an_office_that_adjourns_stays_a_label() -> None:
    """ "THE CHAIRMAN:" saying "The meeting is adjourned." and "MR. HALE:" moving to adjourn:
    an office or a form of address opens the label, whatever its speech (the negative)."""
    root = text_tei(
        "COUNTY COUNCIL\n\nMR. HALE: I move that we adjourn.\n\n"
        "THE CHAIRMAN: The meeting is adjourned to Monday.\n"
    )
    assert turn_speakers(root) == ["MR. HALE:", "THE CHAIRMAN:"]


def test_a_minutes_reported_action_is_no_label() -> None:
    """ "Mrs. Lee moved." and "MR. GRANT seconded.": a name and a reporter's verb alone with its
    stop, the minutes' narration; "MR. GRANT:" and "MRS. LEE:" speak."""
    root = tabled_tei("en-parish-minutes-reported-actions.txt")
    assert turn_paragraphs(root)[1:3] == ["Mrs. Lee moved.", "MR. GRANT seconded."]


def test_a_name_and_a_verb_before_a_speech_stays_a_label() -> None:
    """ "Mr. Grant said:" over its speech, and "Mrs. Lee moved." with more on its line: no
    reported action alone (the negative for the line with its speech)."""
    root = text_tei(
        "PARISH COUNCIL\n\nTHE CHAIRMAN: The motion is before us.\n\n"
        "Mr. Grant said: I support it.\n\nTHE CHAIRMAN: Carried.\n"
    )
    assert turn_speakers(root) == ["THE CHAIRMAN:", "Mr. Grant said:", "THE CHAIRMAN:"]


def test_a_field_given_as_none_is_no_label() -> None:
    """ "Реплика: няма." (remark: none): the field and its value, kept in the chair's turn."""
    root = tabled_tei("bg-komisia-replika-nyama.txt")
    assert "Реплика: няма." in turn_paragraphs(root)


def test_a_member_answering_none_stays_a_label() -> None:
    """ "Objections: none." is a field, "MR. GEORGIEV: none." the member's answer: a form of
    address names a speaker (the negative)."""
    root = text_tei(
        "MINUTES\n\nCHAIR: Any objections?\n\nObjections: none.\n\nCHAIR: Mr. Georgiev, any?\n\n"
        "MR. GEORGIEV: none.\n\nCHAIR: Noted.\n"
    )
    assert turn_speakers(root) == ["CHAIR:", "CHAIR:", "MR. GEORGIEV:", "CHAIR:"]


def test_a_press_services_comment_is_a_heading() -> None:
    """ "Комментарий пресс-службы Мажилиса:" (a press service's comment) is no speaker; the
    reporters' "Вопрос:" keeps its turns, its text opening with the word again."""
    root = tabled_tei("ru-mazhilis-press-kommentariy.txt")
    assert turn_paragraphs(root)[1] == "Вопрос к обоим лидерам. Когда будет принят закон?"


def test_a_noun_and_its_place_alone_is_a_heading() -> None:
    """ "Grüße aus Wien:" and "Besucher aus Polen." alone over their text, in the chair's turn;
    "Vogt aus Gießen: Meine Herren! …" and "Simon aus Trier. Ich …" speak on their lines."""
    root = tabled_tei("de-nationalversammlung-gruesse-aus-heading.txt")
    paragraphs = turn_paragraphs(root)
    assert any(text.startswith("Grüße aus Wien: Die Bürger") for text in paragraphs)
    assert "Besucher aus Polen. Die Galerie ist heute dicht besetzt." in paragraphs
    letters = tabled_tei("en-weekly-review-letters-from-heading.txt")
    assert any(text.startswith("Letters from London:") for text in turn_paragraphs(letters))


def test_a_names_particle_before_a_place_alone_stays_a_label() -> None:
    """ "Vogler von Gießen:" alone on its line over the speech: a name's particle is no
    preposition of place, the member's label stays (the negative)."""
    inline = text_tei(
        "Nationalversammlung\n\nPräsident: Das Wort hat der Abgeordnete Vogler.\n\n"
        "Vogler von Gießen:\nMeine Herren! Ich spreche gegen den Antrag.\n\nPräsident: Danke.\n"
    )
    assert turn_speakers(inline) == ["Präsident:", "Vogler von Gießen:", "Präsident:"]
