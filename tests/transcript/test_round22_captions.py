"""A web page's caption over each speaker's name: the office alone ("Operator") and a name with its
initials set close ("A.J. Rice") are names under it as a forename and surname are."""

from __future__ import annotations

from label_samples import text_tei, texts


def test_the_caption_over_an_office_alone_and_a_name_with_close_initials_is_furniture() -> None:
    tei = text_tei(
        "Q3 Earnings Conference Call\n\n"
        "speaker\nOperator\nLadies and gentlemen, thank you for standing by. Please go ahead, sir.\n"
        "speaker\nDaniel Korth\nThank you, operator. Good morning, everyone, and welcome.\n"
        "speaker\nOperator\nOur first question comes from the line of B.T. Ashby. Please go ahead.\n"
        "speaker\nB.T. Ashby\nHi, thanks. A question on the margins, if I may.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Operator", "Daniel Korth", "Operator", "B.T. Ashby"]
    assert not [text for text in texts(tei, "//t:body//t:p") if text == "speaker"]
