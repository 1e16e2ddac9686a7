"""A witness's name in CAPITALS with its stop on an inner line under a sentence's end opens his
deposition only in a record that prints an answer's letter (an Old Bailey report's OCR, its
paragraphs run together: "… — A. At a pawnbroker's." / "RICHARD FENN. I am shopman …"). In prose
with no question and answer the same line is a run-in heading or a dateline ("… was adopted." /
"UNITED NATIONS. Next the delegation …"), and keeps the inner line's penalty."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_speakers


def test_runin_capitals_after_a_sentence_in_prose_stay_text() -> None:
    """Negative: a delegation's report with run-in headings in CAPITALS after a sentence's end
    has no speaker, and its words are all kept."""
    root = tabled_tei("en-delegation-report-runin-capitals.txt")
    assert turn_speakers(root) == []
    body = " ".join(texts(root, "//t:body//t:p"))
    assert "UNITED NATIONS. Next the delegation visited" in body
    assert "THE END. Nothing further was reported" in body


def test_deposition_on_an_inner_line_beside_answers_still_opens_a_turn() -> None:
    """The same line where the record prints its answers' letters is the witness's deposition."""
    root = text_tei(
        "Q. Where was the coat? — A. On the peg behind the door.\n"
        "Q. Did you see him take it? — A. I did not; I saw him go out.\n"
        "MARY DEAN. I am servant to the prosecutor; I saw the prisoner\n"
        "come down the stairs with the coat under his arm.\n"
    )
    assert turn_speakers(root)[-1] == "MARY DEAN."
    assert texts(root, "//t:sp[last()]/t:p")[0].startswith("I am servant to the prosecutor")
