"""OCR'd committee records and a town meeting's minutes: what the round's readings of OCR's
spaced comma and of a heading in CAPITALS with its stop must leave alone. A list of members with
their states after a spaced comma is no run of labels, and a surname in CAPITALS with its stop,
alone on its line right over its speech among colon labels, keeps its turn. Each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_members_with_their_states_after_a_spaced_comma_are_no_labels() -> None:
    """ "Mr. ADAMSON , Ohio" / "Mr. BRECKLEY , Texas": OCR's spaced comma before a state, no
    speech after it (no word in lower case, no sentence's stop), is a list of members, while
    "Mr. BRECKLEY , I do, Mr. Chairman." under it is still the label with its stop so misread."""
    root = tabled_tei("en-us-committee-ocr-spaced-comma-members-states.txt")
    assert "Mr. ADAMSON , Ohio" in texts(root, "//t:text//t:p")


def test_a_spaced_comma_before_a_one_word_answer_with_its_stop_is_a_label() -> None:
    """ "The CHAIRMAN , Aye." : the chair's stop so misread before an answer of one word, its
    sentence's stop after it, is the chair's turn still."""
    root = text_tei(
        "The CHAIRMAN. The clerk will call the roll.\n\n"
        "Mr. ADAMSON. Mr. Chairman, I ask that the chair vote too.\n\n"
        "The CHAIRMAN , Aye.\n"
    )
    assert texts(root, "//t:sp/t:speaker")[-1] == "The CHAIRMAN ,"


def test_a_surname_with_its_stop_alone_over_its_speech_keeps_its_turn() -> None:
    """ "HASKELL." / "I move that the town …", printed once among "MODERATOR:" turns: the speech
    right under it in its paragraph makes it a mover's label, no item's heading (an old
    Hansard's "SUPPLY." stands over its note with a blank line between)."""
    root = tabled_tei("en-town-meeting-surname-stop-alone.txt")
    assert not root.xpath("//t:body//t:head[contains(., 'HASKELL')]", namespaces=NS)


def test_the_chair_addressed_before_a_spaced_comma_opens_a_speech_no_turn() -> None:
    """ "Mr. Speaker , I rise in opposition …", an excerpt of one speech: the chair addressed,
    OCR's space before the vocative's comma, opens the speech; the chair's own label so misread
    ("The SPEAKER , The time …", "PRESIDENTE , Ha facoltà …") names no one addressed."""
    root = tabled_tei("en-congrec-ocr-speaker-addressed-spaced-comma.txt")
    assert texts(root, "//t:body//t:p")[0].startswith("Mr. Speaker , I rise")
