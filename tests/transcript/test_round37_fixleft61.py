"""An earnings call's office alone on its line printed again under a section heading with no
colon ("Question-and-Answer Session" / "Operator"): the heading ended the speech above, so the
office takes a turn of its own again and the names alone the head's roster lists take turns
beside it, while the call's headings alone that no roster lists stay headings; a panel's office
alone with no roster still takes turns with names alone that take turns by themselves. In an
invented sample and texts (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_an_office_under_a_section_heading_takes_turns_with_the_roster_s_names() -> None:
    """ "Question-and-Answer Session" (no colon) over "Operator" printed a second time: the
    roster's names alone take their turns, the heading "Capital Return" inside the CFO's
    remarks stays her speech's paragraph, and the section stays a heading."""
    root = tabled_tei("en-earnings-call-section-heading-names-alone.txt")
    assert "Capital Return" not in texts(root, "//t:sp/t:speaker")
    assert "Capital Return" in texts(root, "(//t:sp)[4]/t:p")
    assert "Question-and-Answer Session" in texts(root, "//t:head")


def test_headings_alone_beside_an_operator_under_a_section_heading_open_no_turn() -> None:
    """With no roster and the section's colon gone, headings alone printed once each ("Prepared
    Remarks", "Capital Return") are no names taking turns with the operator."""
    text = (
        "Operator\n\nGood morning and welcome to the call.\n\n"
        "Prepared Remarks\n\nDeposits rose by four percent in the quarter.\n\n"
        "Question-and-Answer Session\n\nOperator\n\nOur first question comes from an analyst.\n\n"
        "Capital Return\n\nWe will keep the dividend unchanged this year.\n"
    )
    assert speakers_of(text) == ["Operator", "Operator"]


def test_a_panel_s_names_alone_with_no_roster_still_take_turns_beside_its_moderator() -> None:
    """ "Moderator" printed again under the section heading, no roster in the head: the names
    alone that take turns by themselves (one of them again) keep their turns."""
    text = (
        "Moderator\n\nWelcome, everyone. Our panel will speak about the new solar cooperative.\n\n"
        "Jane Okafor\n\nThank you. The cooperative has signed up four hundred households.\n\n"
        "Tom Lindgren\n\nWe hope to double that by next year if the grant comes through.\n\n"
        "Question-and-Answer Session\n\nModerator\n\nWe now take questions from the floor.\n\n"
        "Jane Okafor\n\nThe price per unit will stay fixed for two years.\n"
    )
    assert speakers_of(text) == ["Moderator", "Jane Okafor", "Tom Lindgren", "Moderator", "Jane Okafor"]
