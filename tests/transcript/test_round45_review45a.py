"""Round 45's review of the press briefings' shapes, narrowed where a line of another record of
the same shape read wrong (samples invented; labels in turns.toml, persons in ids.toml): an
office described in lower case inside a flattened line is a vocative only where the question
goes on in lower case after its colon; a title's date alone after its colon opens with no
sentence's capital where the month is named first; a briefing's gapped question letter may ask
at the end of its paragraph, below its own line."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_a_described_office_inside_a_flattened_line_before_a_capital_is_a_label() -> None:
    """ "… Very well. Counsel, for the defence: Your Honour, …": a speech opens after the colon,
    no question going on; counsel's turns stay."""
    root = tabled_tei("en-court-flattened-counsel-described.txt")
    assert _speakers(root).count("Counsel, for the defence:") == 2
    assert any(p.startswith("The notebook entries reached us only yesterday") for p in _said(root))


def test_a_vocative_and_topic_going_on_in_lower_case_stays_the_question() -> None:
    """Negative: "… Thank you. Secretary General, on air defence: when …?" inside a line, the
    question going on in lower case, is no label (nor in a reporter's turn of CAPITALS' labels)."""
    root = text_tei(
        "NATO press conference\n\nSECRETARY GENERAL: Good afternoon. We agreed to expand air defence.\n\n"
        "MODERATOR: Reuters, please.\n\n"
        "REUTERS: Thank you. Secretary General, on air defence: when will the systems arrive?\n\n"
        "SECRETARY GENERAL: This year.\n"
    )
    assert _speakers(root) == ["SECRETARY GENERAL:", "MODERATOR:", "REUTERS:", "SECRETARY GENERAL:"]
    assert "Thank you. Secretary General, on air defence: when will the systems arrive?" in _said(root)


def test_a_title_whose_date_names_its_month_first_is_no_label() -> None:
    """ "FEMA Press Conference: September 12, 2024": the month's capital opens no sentence, the
    title's line heads the record."""
    root = tabled_tei("en-press-conference-title-us-date.txt")
    assert "FEMA Press Conference:" not in _speakers(root)


def test_a_later_label_answering_with_a_date_stays() -> None:
    """Negative: a label printed once, not the first, whose answer is a date alone, still speaks."""
    root = text_tei(
        "Oral history interview\n\nInterviewer: When did you join the fire brigade?\n\n"
        "Aroha Ngata: March 3, 1987.\n\nInterviewer: And your first call-out?\n\n"
        "Mere Tane: I was there too. It was a barn fire.\n\nInterviewer: Thank you both.\n"
    )
    assert "Aroha Ngata:" in _speakers(root)


def test_a_gapped_question_letter_asking_below_its_line() -> None:
    """ "Q    Two quick ones, then:" / "first, is the President going to sign …?" printed once
    between the briefer's turns: the question asks at its paragraph's end."""
    root = tabled_tei("en-wh-gaggle-question-runs-on.txt")
    assert "Two quick ones, then: first, is the President going to sign the farm bill tonight?" in _said(root)


def test_a_letter_with_one_space_before_a_paragraph_asking_stays_text() -> None:
    """Negative: "Q fever cases rose …" / "What does this mean …?" between a briefer's turns,
    one space after the letter: the briefer's own words, no question's turn."""
    root = text_tei(
        "Health Department Media Update\n\nDR. OKAFOR: Good morning. Three things today.\n\n"
        "Q fever cases rose this spring in three counties.\nWhat does this mean for farmers?\n\n"
        "DR. OKAFOR: It means they should vaccinate their herds.\n"
    )
    assert _speakers(root) == ["DR. OKAFOR:", "DR. OKAFOR:"]
