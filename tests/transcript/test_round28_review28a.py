"""A reviewer's counter-examples to the round's first rules: a speech quoting the minutes' clause,
the head's fields of a meeting's recordings, a focus group's lettered answers, a caption typed in
lower case whose labels are no offices."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts



def test_a_lower_case_caption_office_alone_takes_no_other_words() -> None:
    """ "moderator: good evening …" / "resident: thank you. …" / "mayor: we have funding …" /
    "moderator: next question please.": labels in lower case that are no offices, so "mayor:"
    alone opens no turn that would hold the moderator's words; every line is kept."""
    tei = tabled_tei("en-captions-lower-case-moderator-mayor.txt")
    said = texts(tei, "//t:body//t:p")
    assert said[-2:] == ["mayor: we have funding for the first stage.", "moderator: next question please."]
