"""Review of the Commonwealth Hansards' shapes (names invented; labels in turns.toml, persons in
ids.toml): a chair's office with its article or form of address in a record's head names its
holder as a field ("The Chair: Ms X", "THE SPEAKER: Hon. Y (in the Chair)") unless the line
calls the next speaker by an office or in a sentence; a spaced dash at a line's end breaks no
word in CAPITALS ("ORDERS OF THE DAY -" over "CLERK: …", "MR X -" over "I thank …")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.reader import _capitals_broken

CONFIG = load_config()


def test_the_chair_with_its_article_naming_its_holder_in_the_head_is_a_field() -> None:
    """ "The Chair: Ms Ireen Chisanga" in a committee's head names who presides: a field, and
    "THE CHAIR:" below is she."""
    root = tabled_tei("en-zm-committee-head-the-chair-field.txt")
    assert texts(root, "//t:sp/t:speaker") == ["THE CHAIR:", "MR BANDA:", "THE CHAIR:", "MR BANDA:"]
    assert "Ms Ireen Chisanga" not in texts(root, "//t:body//t:p")
    assert root.xpath("//t:sp[1]/@who", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == [
        "#ireen-chisanga"
    ]


def test_the_speaker_in_the_chair_in_the_head_is_a_field() -> None:
    """ "THE SPEAKER: Hon. Zainab Mutale (in the Chair)" over the sitting's opening is the head's."""
    root = tabled_tei("en-zm-hansard-head-speaker-in-chair.txt")
    assert texts(root, "//t:sp/t:speaker")[0] == "Hon. Members:"
    assert not any("Zainab Mutale" in text for text in texts(root, "//t:body//t:p"))


def test_the_chair_with_its_article_calling_an_office_is_still_a_turn() -> None:
    """ "THE SPEAKER: Honourable Minister of Finance." calls the minister: the chair's turn."""
    paragraphs = [
        "THE SPEAKER: Honourable Minister of Finance.",
        "THE MINISTER OF FINANCE (HON. MULENGA): Mr Speaker, the budget is balanced.",
        "HON. MEMBERS: Hear, hear!",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker")[0] == "THE SPEAKER:"
    assert texts(root, "//t:sp[1]/t:p") == ["Honourable Minister of Finance."]


def test_a_spaced_dash_ending_a_line_breaks_no_word_in_capitals() -> None:
    """A heading's or a label's own dash after a space ("ORDERS OF THE DAY -", "MR SILAS CHANDA
    -") is no wrap's hyphen: the heading stays its paragraph, the label below its own."""
    root = tabled_tei("en-zm-hansard-pdf-spaced-dash.txt")
    assert "ORDERS OF THE DAY -" in texts(root, "//t:body//t:p")
    assert texts(root, "//t:sp[2]/t:p") == ["Second Reading of the Rural Roads (Amendment) Bill, 2023."]
    assert not _capitals_broken("ORDERS OF THE DAY -", "CLERK: Second Reading.", CONFIG)
    assert not _capitals_broken("MR SILAS CHANDA -", "I thank the Minister.", CONFIG)
    assert _capitals_broken("MR SMITH-", "JONES: Thank you, Mr Speaker.", CONFIG)
