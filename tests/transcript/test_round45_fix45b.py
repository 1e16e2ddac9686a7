"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a role's label over a vocative that names an office; a web copy's dash glued
before a bare name; a meeting tool's role tag in brackets; a Markdown section after the last
turn; a name alone on its line under a question with no blank line between; and the minutes'
reported speech, a firm's label and the Swahili court's order field as the records print them."""

from __future__ import annotations

from label_samples import NS, outside_turns, tabled_tei, text_tei, texts, turn_paragraphs, turn_speakers


def test_a_role_over_an_office_addressed_is_a_label() -> None:
    """ "Counsel Assisting: Commissioner, I call the next witness …" under the head, printed
    once: the pronoun's capital keeps the vocative's clause a sentence, no roll."""
    root = tabled_tei("en-inquiry-counsel-assisting-vocative-office.txt")
    assert turn_paragraphs(root)[0].startswith("Commissioner, I call the next witness")


def test_a_roll_of_offices_stays_the_head() -> None:
    """ "Present: Chair, Deputy Chair, Members Holt and Vane." names offices, no clause: the
    roll's line, no one's turn (the negative)."""
    root = text_tei(
        "PUBLIC ACCOUNTS COMMITTEE\n\nPresent: Chair, Deputy Chair, Members Holt and Vane.\n\n"
        "CHAIR: I open the meeting.\n\nMR HOLT: Thank you, Chair.\n"
    )
    assert turn_speakers(root) == ["CHAIR:", "MR HOLT:"]
    roll = tabled_tei("en-inquiry-counsel-assisting-roll-with.txt")
    assert "Counsel Assisting:" not in turn_speakers(roll)


def test_a_glued_dash_before_a_bare_name_marks_the_turn() -> None:
    """ "—Juan Pérez: Gracias …" glued as "– Anna Berg:" and "- María Gómez:" spaced."""
    root = tabled_tei("es-concejo-glued-dash-bare-names.txt")
    assert turn_paragraphs(root)[0].startswith("Gracias, señora presidenta.")


def test_a_dialogue_dash_before_a_word_stays_speech() -> None:
    """ "— Nein: das sage ich Ihnen …" spaced, and "—Mira, Juan: …", "—Sí, claro: …" glued:
    a line of dialogue, no name (the negatives)."""
    root = tabled_tei("de-landtag-dash-word-colon-speech.txt")
    assert any("Nein: das sage ich Ihnen" in said for said in turn_paragraphs(root))
    dialogue = text_tei(
        "Acta de la sesión\n\nPresidenta (López): Tiene la palabra.\n\n"
        "—Mira, Juan: no te vayas todavía.\n\n—Sí, claro: me quedo.\n\nPresidenta (López): Gracias.\n"
    )
    assert turn_speakers(dialogue) == ["Presidenta (López):", "Presidenta (López):"]


def test_a_glued_hyphen_before_title_case_words_stays_a_list() -> None:
    """ "-Release Plan: Ship in March.": a list's item in Title Case after its hyphen, no name
    (the negative; the hyphen glued before a name alone is left to an office or a title)."""
    root = text_tei(
        "Project notes\n-Release Plan: Ship in March.\n-Budget Review: Finance to confirm.\n"
        "-Hiring Update: Two offers out.\n"
    )
    assert turn_speakers(root) == []


def test_a_meeting_tools_role_tag_keeps_one_person() -> None:
    """ "Anna Berg (Host):" and "Anna Berg:", "J. Doe (Guest) 00:12:03" and "J. Doe 00:14:10":
    one speaker each, the tag the role."""
    root = tabled_tei("en-library-board-export-role-tags.txt")
    assert len(texts(root, "//t:person")) == 4
    clocked = tabled_tei("en-community-board-export-tags-clock.txt")
    assert clocked.xpath("//t:person[@xml:id='anna-berg']/@role", namespaces=NS) == ["Host"]


def test_a_markdown_heading_after_the_last_turn_ends_it() -> None:
    """ "## Action items" and its list: the section's heading and its text, no turn's words."""
    root = tabled_tei("en-steering-markdown-action-items-heading.txt")
    assert turn_paragraphs(root)[-1] == "The pilot slips by a week because of the supplier."
    outside = outside_turns(root)
    assert "## Action items" in outside
    assert any("Tom to send the revised schedule" in text for text in outside)


def test_a_markdown_rule_over_a_list_after_the_last_turn_ends_it() -> None:
    """ "---" / "- Tom to upload …": the notes' list kept outside the turn."""
    root = tabled_tei("en-budget-markdown-rule-list-after.txt")
    assert turn_paragraphs(root)[-1] == "Great, we sign off on Friday."
    assert any("Tom to upload the final figures" in text for text in outside_turns(root))


def test_a_rule_inside_a_turn_before_more_speech_stays() -> None:
    """ "---" over a paragraph of speech, no list nor heading below: the turn goes on (the
    negative)."""
    root = text_tei(
        "# Sync\n\n**Anna Berg:** First point.\n\n---\n\nSecond point, after the break.\n\n"
        "**Tom Reed:** Agreed.\n"
    )
    assert "Second point, after the break." in turn_paragraphs(root)


def test_a_name_alone_under_a_question_opens_a_turn() -> None:
    """ "What did you see?" / "ANNA BERG" / "I saw the car …" with no blank line between."""
    root = tabled_tei("en-interview-names-alone-unblanked.txt")
    assert "What did you see?" in turn_paragraphs(root)
    assert "I saw the car come around the corner too fast." in turn_paragraphs(root)


def test_a_name_wrapped_inside_a_sentence_stays_speech() -> None:
    """ "… worked there with his friend" / "Tom Reed" / "every morning …": the sentence's
    words, above no stop and below in lower case (the negative)."""
    root = tabled_tei("en-interview-name-wrapped-in-sentence.txt")
    assert any("his friend Tom Reed every morning" in said for said in turn_paragraphs(root))


def test_the_minutes_reported_speech_and_a_firms_label() -> None:
    """ "Audience member: thanked the board …" is the minutes' record of who spoke, a label as
    the minutes print it; "McDonald's Restaurant:" is the applicant's label in a hearing."""
    root = tabled_tei("en-school-board-minutes-reported-role.txt")
    assert turn_paragraphs(root)[0].startswith("thanked the board")
    tabled_tei("en-licensing-hearing-firm-label.txt")


def test_the_swahili_courts_order_stays_a_field() -> None:
    """ "Amri: Kesi imeahirishwa …" is the order's field of the Swahili court's record, no
    speaker (``decided``); a person named Amri alone is refused with it, as the list holds it."""
    root = tabled_tei("sw-mahakama-amri-shahidi.txt")
    assert "Amri:" not in turn_speakers(root)
