"""The twenty-fifth round's regressions found after its merges, and shapes its hunts left: a
label keeps the evidence of the furniture taken off its line, and headings and items shaped
like labels are none."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_label_printed_once_keeps_the_mark_of_its_photos_caption() -> None:
    """The caption of the speaker's photo taken off the label's line as furniture still marks
    the line as a label: the one label of the excerpt opens its turn, printed without it."""
    tei = tabled_tei("en-au-web-photo-caption-one-label.txt")
    assert texts(tei, "//t:sp/t:speaker") == ["Bronwyn Teasdale (Carrowbrook, Australian Labor Party)"]
    assert texts(tei, "//t:sp/t:p")[0].startswith("My question is to the Minister")


def test_a_portrait_caption_before_the_label_marks_it_too() -> None:
    """ "X Portrait" before the name, a speech archive's caption, gives the same mark."""
    tei = text_tei(
        "Commons Chamber\n\nAlan Brierley Portrait Alan Brierley (Eastham North) (Lab)\n\n"
        "I believe the Leader of the House has a choice before him: withdraw the motion or lose it "
        "in the Division Lobbies.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Alan Brierley (Eastham North) (Lab)"]


def test_a_wrapped_sworn_heading_without_a_comma_heads_the_examination() -> None:
    """ "X HAVING BEEN SWORN WAS EXAMINED BY MR. Y AS FOLLOWS:" over two lines is no label: the
    answers are the witness's, the questions the examiner's."""
    tei = tabled_tei("en-ie-tribunal-sworn-heading-wrapped.txt")
    assert texts(tei, "//t:body//t:head") == [
        "BRIAN BRANNIGAN HAVING BEEN SWORN WAS EXAMINED BY MR. HALLORAN AS FOLLOWS:"
    ]
    assert turn_ids(tei)[2:4] == ["mr-halloran", "brian-brannigan"]

