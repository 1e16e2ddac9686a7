"""A reviewer's read of the round's later rules: shapes a widened rule took wrongly, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, texts, turn_ids


@pytest.mark.parametrize(
    ("sample", "speech", "button"),
    [
        ("nl-tk-narrow-column-deel.txt", "Voorzitter, een groot deel van de gemeenten", "Deel"),
        (
            "en-council-narrow-column-watch.txt",
            "Residents want us to keep a close watch on the budget",
            "Watch",
        ),
    ],
)
def test_a_speakers_word_wrapped_alone_inside_a_sentence_is_no_page_button(
    sample: str, speech: str, button: str
) -> None:
    """A narrow column's line holding one word of the speech, in lower case between two lines of
    its sentence, stays the speech's, where the page's buttons had taken it for one of theirs;
    the button of that word after the last turn is still furniture."""
    root = tabled_tei(sample)
    assert speech in " ".join(texts(root, "//t:sp[2]/t:p"))
    furniture = texts(root, "//t:list[@type='furniture']/t:item")
    assert button in furniture
    assert button.casefold() not in furniture


def test_a_speakers_words_wrapped_alone_inside_a_sentence_are_no_page_link() -> None:
    """A narrow column's line of a few words of the chair's sentence in lower case ("next item")
    stays the speech's, where the page's link to the next item had taken it; the link itself
    after the last turn is still furniture."""
    root = tabled_tei("en-council-narrow-column-watch.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Thank you. We move on to the next item on the agenda."]
    assert "Next item" in texts(root, "//t:list[@type='furniture']/t:item")


def test_a_seat_in_a_members_brackets_makes_no_heading_of_its_place_a_turn() -> None:
    """A petition's heading, its place alone on its line, that a member's label names as the seat
    in brackets is no turn, where the seat had been read as an office's holder; the minister's
    name alone after the office with the holder in brackets is still his turn."""
    root = tabled_tei("en-web-hansard-petition-seat-heading.txt")
    assert turn_ids(root) == ["anna-berwick", "tomas-lindell", "gareth-collingwood", "gareth-collingwood"]
    assert texts(root, "//t:sp[2]/t:p")[1:3] == [
        "Southbridge",
        "The petition of residents of Southbridge declares that the post office is a vital service"
        " and that its closure would harm older residents.",
    ]


def test_a_witness_saying_a_work_is_in_the_public_domain_keeps_the_sentence() -> None:
    """A witness's paragraph that a work is in the public domain, naming no place where it is,
    stays the witness's speech, where the e-text library's licence notice had taken it; the
    notice naming the United States is still furniture."""
    root = tabled_tei("en-hearing-public-domain-sentence.txt")
    assert turn_ids(root) == ["the-chairman", "mr-lowell", "the-chairman", "mr-lowell"]
    assert texts(root, "//t:sp[2]/t:p")[1].startswith("This work is in the public domain because its author")
    furniture = texts(root, "//t:list[@type='furniture']/t:item")
    assert [item[:48] for item in furniture] == ["This work is in the public domain in the United "]


def test_an_office_right_before_a_fields_closing_word_is_the_persons_label() -> None:
    """The chair labelled by the office and the word for presiding ("Commissioner Presiding:")
    opens each of the chair's turns, where the word closing the phrase had made it a minutes
    heading's field and the chair's words ran on in the speeches before."""
    root = tabled_tei("en-commission-hearing-commissioner-presiding.txt")
    assert turn_ids(root) == [
        "commissioner-presiding",
        "mr-halsey",
        "commissioner-presiding",
        "ms-crane",
        "commissioner-presiding",
    ]


def test_a_portfolio_in_an_offices_brackets_makes_no_heading_of_its_word_a_turn() -> None:
    """A department's heading alone on its line ("Health") that a minister's label gives as the
    portfolio in brackets stays a heading, where the word had been read as the office's holder
    and each heading had opened an empty turn of the minister's."""
    root = tabled_tei("en-web-hansard-portfolio-heading.txt")
    assert texts(root, "//t:body//t:head") == ["Health", "Transport"]
    assert turn_ids(root) == ["anna-berwick", "health", "tomas-lindell", "transport"]
