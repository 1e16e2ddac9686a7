"""Historic court records' shapes, each in an invented sample (labels in turns.toml, persons in
ids.toml): the answer's letter after a dash behind the question's mark on the question's line
("Q. … ? — A. …", the Old Bailey's; "D. … ? — R. …", the Gazette des Tribunaux's), and a court's
name in CAPITALS over its record ("CIRCUIT COURT OF ST. CATHERINE", "CENTRAL CRIMINAL COURT."),
a heading, no speaker."""

from __future__ import annotations

from label_samples import sample_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_the_answer_after_the_dash_is_a_turn() -> None:
    """ "Q. Was the prisoner …? — A. He was, …": the answer a turn of its own, the question's
    words kept whole before it."""
    root = sample_tei("en-uk-oldbailey-qa-dash-answer.txt")
    assert _speakers(root)[:4] == ["Q.", "A.", "Q.", "A."]
    assert "He was, from about seven till nine." in _said(root)


def test_an_article_after_the_dash_is_no_answer() -> None:
    """Negative: "— A little, but …" answers with no letter: the words stay the question's line."""
    root = sample_tei("en-uk-oldbailey-qa-dash-answer.txt")
    assert any(p.endswith("— A little, but the candles were lit.") for p in _said(root))


def test_the_french_answer_after_the_dash() -> None:
    """ "D. … ? — R. …": the Gazette des Tribunaux's interrogation, each answer a turn."""
    root = sample_tei("fr-gazette-tribunaux-dr-dash.txt")
    assert _speakers(root) == ["D.", "R.", "D.", "R.", "D.", "R."]
    assert "Jamais, monsieur le président." in _said(root)


def test_a_dash_after_a_statement_splits_nothing() -> None:
    """Negative: a dash and a capital after a stop, not a question's mark, is no answer's place."""
    root = text_tei(
        "Q. Did you see him that night?\n\nA. I did.\n\nQ. Where?\n\nA. At the gate. — A. Marsh was with him.\n"
    )
    assert _speakers(root) == ["Q.", "A.", "Q.", "A."]


def test_a_courts_name_over_its_record_is_no_speaker() -> None:
    """ "CIRCUIT COURT OF ST. CATHERINE" and "CENTRAL CRIMINAL COURT." head their records."""
    assert _speakers(sample_tei("en-jm-court-heading-of-place.txt"))[0] == "JUDGE:"
    assert _speakers(sample_tei("en-au-criminal-court-heading.txt"))[0] == "His Honor:"


def test_the_court_speaking_stays_a_label() -> None:
    """Negative: "THE COURT." and "COURT OFFICER:" speak; only a court's name is a heading."""
    root = text_tei(
        "THE COURT. Call the witness.\n\nCOURT OFFICER: Edward Mills!\n\nMR. HART: Were you there?\n\n"
        "THE COURT. Speak up, Mr. Mills.\n"
    )
    assert _speakers(root) == ["THE COURT.", "COURT OFFICER:", "MR. HART:", "THE COURT."]


def test_a_court_office_alone_over_its_speech_stays_a_label() -> None:
    """Negative: "COURT CLERK" alone on its line over the speech is an office, not the court's name."""
    root = text_tei(
        "HEARING\n\nTHE JUDGE\nCall the next case.\n\nCOURT CLERK\nThe State against Mills.\n\n"
        "THE JUDGE\nIs counsel present?\n\nCOURT CLERK\nNot yet, Your Honor.\n"
    )
    assert _speakers(root) == ["THE JUDGE", "COURT CLERK", "THE JUDGE", "COURT CLERK"]
