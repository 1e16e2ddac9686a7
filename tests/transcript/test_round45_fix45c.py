"""Labels set off by brackets or an arrow instead of a colon, an abbreviated office before a name
in reported minutes, an old trial's question and answer on one line, and a catchword over a page
number between paragraphs, each shape in an invented sample (names invented; labels in
turns.toml, persons in ids.toml): a chat's or a meeting log's nick or role in angle brackets
(after a clock too) and its actions starred; a transcription's numbered speaker in square
brackets; an office or a name before a spaced ``>``; "Cllr. Moss said that …" no label; "Q. …?
A. …" two turns; the catchword the next page repeats dropped, one it does not kept."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def _stages(root: object) -> list[str]:
    return texts(root, "//t:stage")  # type: ignore[arg-type]


def test_a_chat_log_s_nicks_in_angle_brackets_open_turns() -> None:
    """ "<jdoe> first topic: the mirror outage": the nick is the label, printed with its
    brackets; the speech in lower case is the turn's; "* bwong waves" is the hall's event and
    "<inaudible>" inside a line stays the speech's."""
    root = tabled_tei("en-irc-meeting-log-angle-nicks.txt")
    assert _speakers(root)[:2] == ["<jdoe>", "<asmith>"]
    assert _said(root)[0] == "first topic: the mirror outage"
    assert "* bwong waves" in _stages(root)
    assert any("<inaudible>" in p for p in _said(root))


def test_a_chat_log_s_nicks_after_the_clock() -> None:
    """ "14:01 <asmith> it was the disk": the clock, then the nick's label."""
    root = tabled_tei("en-irc-log-clock-angle-nicks.txt")
    assert _said(root)[0] == "it was the disk"
    assert any(stage.endswith("* bwong waves") for stage in _stages(root))


def test_a_meeting_log_s_roles_in_angle_brackets() -> None:
    """ "<CHAIR> Good morning.": the role's label; "[Applause]" stays the hall's."""
    root = tabled_tei("en-planning-committee-angle-roles.txt")
    assert _speakers(root)[0] == "<CHAIR>"
    assert "[Applause]" in _stages(root)


def test_a_tag_a_gap_or_an_event_in_angle_brackets_is_no_label() -> None:
    """ "<p> The meeting …", "<inaudible> and then …", "<laughter> …" open no turn."""
    root = text_tei(
        "COUNCIL MEETING\n\nMAYOR: Good evening.\n<p> The meeting opened at seven.\n"
        "<inaudible> and then the vote.\n<laughter> at the back.\nMAYOR: Thank you.\n"
    )
    assert _speakers(root) == ["MAYOR:", "MAYOR:"]
    assert any(p.startswith("<p> The meeting") for p in _said(root))


def test_a_transcription_s_numbered_speaker_in_square_brackets() -> None:
    """ "[Speaker 1] Okay, …": the numbered role is the label; a clock ("[12:03]") and an
    editor's "[sic]" stay what they are."""
    root = tabled_tei("en-focus-group-speaker-numbered-squared.txt")
    assert _said(root)[0] == "Okay, can everyone hear me?"
    assert "[12:03]" not in _speakers(root)
    assert any("late sic in the morning" in p or "[sic]" in p for p in _said(root))


def test_a_numbered_exhibit_in_square_brackets_is_no_label() -> None:
    """ "[Exhibit 4] The letter …": no person's role before its number."""
    root = text_tei(
        "HEARING\n\n[Speaker 1] We begin.\n[Exhibit 4] The letter was read into the record.\n"
        "[Speaker 2] Thank you.\n"
    )
    assert _speakers(root) == ["[Speaker 1]", "[Speaker 2]"]


def test_an_office_or_a_name_before_a_spaced_arrow() -> None:
    """ "MAYOR > Thank you.", "ALD. NOVAK > I move …": the arrow closes the label."""
    root = tabled_tei("en-city-council-office-gt.txt")
    assert _speakers(root)[:2] == ["MAYOR >", "ALD. NOVAK >"]
    assert _said(root)[0].startswith("Thank you. We will now")


def test_a_breadcrumb_or_a_comparison_is_no_arrow_label() -> None:
    """ "Home > News > Council" (more than one arrow) and "Temperature > 30 today" stay speech."""
    root = text_tei(
        "COUNCIL MEETING\n\nMAYOR: Good evening.\nHome > News > Council\n"
        "Temperature > 30 today, said the clerk.\nMAYOR: Thank you.\n"
    )
    assert _speakers(root) == ["MAYOR:", "MAYOR:"]


def test_an_abbreviated_office_before_a_name_and_a_verb_of_report_is_no_label() -> None:
    """ "Cllr. Moss said that …", "Cllr. Hale seconded.": minutes in reported speech, no
    label "Cllr."; the sentences kept whole."""
    root = tabled_tei("en-parish-minutes-cllr-reported.txt")
    assert _speakers(root) == []
    assert "Cllr. Moss said that the footpath repairs had been completed." in texts(root, "//t:p")


def test_an_abbreviated_office_alone_before_a_sentence_stays_the_label() -> None:
    """ "Präs. Die Sitzung ist eröffnet.", "Präs. Nun kommen wir …": the chair's label."""
    root = tabled_tei("de-landtag-praes-abbrev-dot.txt")
    assert _said(root)[0].startswith("Die Sitzung ist eröffnet.")
    assert _said(root)[1].startswith("Nun kommen wir")


def test_question_and_answer_on_one_line_are_two_turns() -> None:
    """ "Q. Did you see the prisoner? A. I did, at the corner.": the answer its own turn; the
    letter after a sentence's stop ("Schedule A. The next …") stays the text's."""
    root = tabled_tei("en-oldbailey-qa-one-line.txt")
    said = _said(root)
    assert said[2:4] == ["Did you see the prisoner?", "I did, at the corner."]
    assert "The goods were entered in Schedule A. The next witness was called." in said


def test_an_answer_s_letter_after_a_question_no_question_letter_opens_stays() -> None:
    """ "MR. HILL: Was it so? A. Smith says so.": no question's letter opens the line."""
    root = text_tei("HEARING\n\nMR. HILL: Was it so? A. Smith says so.\n\nMR. COLE: No.\n")
    assert _speakers(root) == ["MR. HILL:", "MR. COLE:"]


def test_a_catchword_the_next_page_repeats_is_dropped_one_it_does_not_is_kept() -> None:
    """ "Q. And then" / "12" / "Q. And then what did you do?" between blank lines: the
    catchword and the page's number go; "Q. Did you see" / "13" / "A. his face? …" keeps
    both lines, nothing lost."""
    root = tabled_tei("en-trial-qa-catchword-paragraphs.txt")
    said = _said(root)
    assert "And then" not in said
    assert "And then what did you do?" in said
    assert "Did you see" in said
