"""A question's letter with an editor's mark glued to it before a name ("Q.[sic] Mme la
présidente. …", a transcriber's copy of a hearing): the letter alone is left as the candidate's
name once the mark is read apart, and the test of a lettered agenda item ("B. Approval of the
minutes") asked of it found no words after the letter; it had raised an error there, so the whole
record was refused. Now the letter alone is no item, and every word is kept."""

from __future__ import annotations

from label_samples import text_tei, texts


def test_a_question_letter_with_a_sic_mark_and_nothing_else_is_converted() -> None:
    """The line is converted, its words all kept in the body, no label made of the bare letter."""
    text = "Q.[sic] Mme la présidente. La séance est ouverte à quinze heures.\n"
    root = text_tei(text)
    body = " ".join(texts(root, "//t:body"))
    assert "Mme la présidente." in body and "quinze heures." in body
    assert "sic" in body


def test_the_letter_before_an_items_title_is_still_an_item() -> None:
    """The negative: a lettered agenda item's title after the letter stays no speaker."""
    text = (
        "MINUTES OF THE PARISH COUNCIL\n\n"
        "Chair: Good evening, everyone.\n\n"
        "B. Approval of the minutes: the minutes of the last meeting were approved.\n\n"
        "Clerk: Thank you, Chair.\n"
    )
    assert texts(text_tei(text), "//t:sp/t:speaker") == ["Chair:", "Clerk:"]
