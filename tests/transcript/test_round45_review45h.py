"""Over-catches of the forty-fifth round's rules, each narrowed in an invented sample (labels in
turns.toml, persons in ids.toml) with the rule's own shape still read: a hall's event in brackets
after an office's typed gap ("PRESIDING OFFICER:  (Off Microphone)  …") is no holder; a hyphen
glued before a list's item in Title Case ("-Key Partners: …") opens no label where no forename
opens it; a clock after a surname that is a month ("Anna March 10:15") names no day; a numbered
question answered by its pair's label ("QUESTION NO. 1:" over "ANSWER:") is a turn."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.scoring import _day_named


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _body(root: object) -> str:
    return " ".join(texts(root, "//t:body"))  # type: ignore[arg-type]


def test_a_halls_event_after_the_gap_is_no_holder() -> None:
    """ "(Off Microphone)", "(Technical Difficulties)" after "PRESIDING OFFICER:" and its gap
    stay in the text; the chair's holder "(SENATOR OKAFOR)" is still the label's."""
    root = tabled_tei("en-senate-gapped-hall-events.txt")
    speakers = _speakers(root)
    assert speakers.count("PRESIDING OFFICER: (SENATOR OKAFOR)") == 2
    assert not [s for s in speakers if "Microphone" in s or "Difficulties" in s]
    assert "Off Microphone" in _body(root) and "Technical Difficulties" in _body(root)


def test_a_holder_with_a_form_of_address_is_still_read() -> None:
    """Negative of the narrowing: a single turn of the chair with its holder, printed once."""
    root = text_tei("SENATE TRANSCRIPT\n\nPRESIDING OFFICER:  (SENATOR REYES)  The Senate is adjourned.\n")
    assert _speakers(root) == ["PRESIDING OFFICER: (SENATOR REYES)"]


def test_a_hyphen_before_a_lists_item_in_title_case_opens_no_label() -> None:
    """ "-Key Partners:", "-Target Audience:", "-Lessons Learned:": a board's list, no speakers."""
    root = tabled_tei("en-board-hyphen-title-case-list.txt")
    assert _speakers(root) == ["CHAIR:", "MS. OKONJO:", "CHAIR:"]
    assert "-Key Partners: The city" in _body(root)
    root = text_tei("ACTA DE LA COMISIÓN\n\n-Hora Inicio: Las diez.\n-Asuntos Pendientes: Ninguno.\n")
    assert _speakers(root) == []


def test_a_hyphen_before_a_forename_still_opens_a_label() -> None:
    """Negative: "-Juan Pérez:" and "-Ana López:" printed once each are still turns."""
    root = text_tei("ACTA DEL CONCEJO\n\n-Juan Pérez: Buenos días a todos.\n-Ana López: Buenos días.\n")
    assert _speakers(root) == ["-Juan Pérez:", "-Ana López:"]


def test_a_clock_after_a_surname_that_is_a_month_names_no_day() -> None:
    """ "Anna March 10:15" and "Joan May 10:18": no day's "1" is read out of the clock."""
    root = tabled_tei("en-panel-clocked-month-surnames.txt")
    assert len(_speakers(root)) == 4
    config = default_config()
    assert not _day_named("Anna March 10:15", config)
    assert not _day_named("BILL 123 MAY:", config)
    assert _day_named("ADJOURNED TO MONDAY, 13 OCTOBER:", config)
    assert _day_named("HEARING RESUMED ON THURSDAY, 9TH OCTOBER:", config)


def test_a_numbered_question_answered_by_its_pair_is_a_turn() -> None:
    """ "QUESTION NO. 1:" over "ANSWER:" is a deposition's turn, each printed."""
    root = tabled_tei("en-deposition-numbered-questions.txt")
    assert _speakers(root) == [
        "QUESTION NO. 1:",
        "ANSWER:",
        "QUESTION NO. 2:",
        "ANSWER:",
        "QUESTION NO. 3:",
        "ANSWER:",
    ]


def test_a_numbered_question_with_no_answer_label_is_still_a_heading() -> None:
    """Negative: a house's written question ("QUESTION NO. 1234:") answered by a minister is none."""
    root = tabled_tei("en-za-question-no-heading.txt")
    assert not [s for s in _speakers(root) if "QUESTION" in s]
