"""Lines of the shapes the round's new rules read that other records print as speech, each in an
invented sample (labels in turns.toml, persons in ids.toml) or a short text: a list's items after
a glued dash whose value goes on in lower case, a comment quoted in a speech after a hash, a
speech's numbered points past a page's rule, and names in a table's rows under a sentence's end;
beside each, the shape the rule was made for, printed once, still read as before."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_glued_dash_items_in_lower_case_stay_the_speech() -> None:
    """ "—Obras Públicas: la reparación …", "—Buenos Aires: el convenio …": the items the
    secretary reads, two capitalised words each, their value in lower case, no one's label."""
    root = tabled_tei("es-concejo-secretary-glued-dash-items.txt")
    assert any(said.startswith("—Comisión Permanente: el informe") for said in turn_paragraphs(root))


def test_a_vocative_quoted_after_a_glued_dash_stays_the_speech() -> None:
    """ "—Иван Петрович: помогите …" quoted inside a member's speech (the negative)."""
    root = text_tei(
        "Стенограмма заседания городского совета\n\nПредседатель. Слово имеет депутат Орлов.\n\n"
        "Орлов. Жители пришли ко мне и говорят:\n—Иван Петрович: помогите нам с дорогой.\n"
        "Так и было.\n\nПредседатель. Спасибо.\n"
    )
    assert turn_speakers(root) == ["Председатель.", "Орлов.", "Председатель."]


def test_a_glued_dash_before_a_name_over_a_sentence_stays_a_label() -> None:
    """ "—Juan Pérez: Gracias …", each name printed once: the turns the rule was made for."""
    root = text_tei(
        "Sesión ordinaria del Concejo Municipal\nActa transcrita de la grabación\n\n"
        "—Juan Pérez: Gracias, señora presidenta. Quiero hablar del presupuesto.\n"
        "—María Gómez: Adelante, concejal. ¿Cuánto falta?\n"
        "—Luis Ortega: En marzo del año pasado se licitó la obra.\n"
    )
    assert turn_speakers(root) == ["—Juan Pérez:", "—María Gómez:", "—Luis Ortega:"]


def test_a_comment_quoted_after_a_hash_stays_the_speech() -> None:
    """ "# disable the check for the night batch", a paragraph of its own inside a witness's
    answer: a comment in lower case, no Markdown section."""
    root = tabled_tei("en-committee-quoted-comment-hash.txt")
    assert "# disable the check for the night batch" in turn_paragraphs(root)
    assert "That one line switched off the safety check for every job that night." in turn_paragraphs(root)
    stopped = text_tei(
        "CHAIR: What did it say?\n\nMR REED: It read:\n\n# Set the timeout.\n\nCHAIR: Thank you.\n"
    )
    assert "# Set the timeout." in turn_paragraphs(stopped)


def test_a_markdown_section_after_the_last_turn_stays_its_heading() -> None:
    """ "## Next steps" after a Markdown transcript's last turn, its speakers printed once."""
    root = text_tei(
        "# Steering Group\n\n**Anna Berg:** The schedule?\n\n**Tom Reed:** The pilot slips by a week.\n\n"
        "## Next steps\n\n- Tom to send the revised schedule by Friday\n"
    )
    assert turn_paragraphs(root)[-1] == "The pilot slips by a week."
    assert "## Next steps" in outside_turns(root)


def test_numbered_points_past_a_pages_rule_stay_the_speech() -> None:
    """ "---" / "2. The library hours should stay as they are.": a speech's points go on past
    the rule as sentences, the turn's words."""
    root = tabled_tei("en-council-page-rule-numbered-points.txt")
    assert "2. The library hours should stay as they are." in turn_paragraphs(root)
    assert "That is all I have." in turn_paragraphs(root)


def test_dialogue_lines_past_a_rule_stay_the_speech() -> None:
    """ "---" / "- Did you open the door?": a dialogue's line, a sentence (the negative)."""
    root = text_tei(
        "Interview transcript\n\nQ: Where were you that night?\n\nA: At home. My neighbour knocked.\n\n"
        "---\n\n- Did you open the door?\n- No, I spoke through it.\n\nQ: What happened next?\n\nA: He left.\n"
    )
    assert any(said.startswith("- Did you open the door?") for said in turn_paragraphs(root))


def test_a_notes_list_past_a_rule_still_ends_the_last_turn() -> None:
    """ "---" / "- Tom to upload the final figures", its speakers printed once: the notes."""
    root = text_tei(
        "# Budget Working Group - Transcript\n\n**Anna Berg:** Thanks all. We sign off on Friday.\n\n"
        "**Tom Reed:** Fine by me.\n\n---\n\n- Tom to upload the final figures\n- Anna to book the room\n"
    )
    assert turn_paragraphs(root)[-1] == "Fine by me."
    assert any("Tom to upload the final figures" in text for text in outside_turns(root))


def test_names_in_a_tables_rows_stay_the_speech() -> None:
    """ "The results were as follows." / "Anna Berg" / "12 votes, elected.": a row's name over
    its number, no turn, though Anna Berg speaks below."""
    root = tabled_tei("en-library-board-results-name-rows.txt")
    assert any("Anna Berg 12 votes, elected." in said for said in turn_paragraphs(root))


def test_names_in_a_list_stay_the_speech() -> None:
    """ "In favour." / "Tom Reed" / "Anna Berg": a list of believed names, each over the next
    (the negative); the speech goes on with no new paragraph."""
    root = text_tei(
        "Library Board\nMinutes of the meeting, 7 May 2025\n\nKim Lutz\nGood evening. We vote on the hours.\n\n"
        "Tom Reed\nI move the motion.\n\nKim Lutz\nThe clerk will record the vote. In favour.\nTom Reed\n"
        "Anna Berg\nAgainst: none. The motion passes.\n\nAnna Berg\nThank you.\n"
    )
    assert turn_speakers(root) == ["Kim Lutz", "Tom Reed", "Kim Lutz", "Anna Berg"]
    assert (
        "The clerk will record the vote. In favour. Tom Reed Anna Berg Against: none. The motion passes."
        in (turn_paragraphs(root))
    )


def test_a_name_alone_under_a_question_still_opens_a_turn() -> None:
    """ "What did you see?" / "ANNA BERG" / "I saw the car …": the rule's own shape."""
    root = text_tei(
        "Interview with a witness\nRecorded 14 June 2025\n\nTOM REED\nWhere were you?\n\nANNA BERG\n"
        "At the bus stop.\n\nTOM REED\nWhat did you see?\nANNA BERG\nI saw the car.\n"
    )
    assert turn_speakers(root) == ["TOM REED", "ANNA BERG", "TOM REED", "ANNA BERG"]
