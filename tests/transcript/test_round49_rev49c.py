"""Round 49's review of the fixer's English shapes (fix49c): a phone-in's caller bracketed with a
forename and a town is one person, but a member or a representative bracketed with a party or a
state (`MEMBER (Jones, Labour):`, `REPRESENTATIVE (Harlan, Ohio):`) is the surname's, the callers'
words data per language (`placed_participants`); a section's dashed heading over a dashed label
inside one paragraph opens the turn, but an earnings call's list of participants, three or more
such lines in one paragraph, opens none. Each negative beside the fixer's positive, still read."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_ids, turn_paragraphs


def test_a_representative_bracketed_with_a_state_is_the_surname() -> None:
    """ "REPRESENTATIVE (Harlan, Ohio):": a participant's word other than a phone-in's before a
    surname and a state is the surname's person (`harlan`), no forename and town (`harlan-ohio`)."""
    root = tabled_tei("en-hearing-representative-state-brackets.txt")
    assert "harlan-ohio" not in turn_ids(root)


def test_a_member_bracketed_with_a_party_is_no_forename_and_town() -> None:
    """ "MEMBER (Jones, Labour):": the member's party after the comma names no place; the turns
    are no `jones-labour` as a caller's `mary-leeds` is."""
    root = text_tei(
        "CHAIR (Cllr Okafor): Good evening. Questions on the housing report.\n\n"
        "MEMBER (Jones, Labour): Thank you, Chair. The waiting list has grown.\n\n"
        "MEMBER (Patel, Conservative): The figures include transfers.\n\n"
        "CHAIR (Cllr Okafor): Thank you both.\n"
    )
    ids = turn_ids(root)
    assert len(ids) == 4 and not {"jones-labour", "patel-conservative"} & set(ids)


def test_a_caller_bracketed_with_a_town_still_one_person() -> None:
    """The fixer's positive, the caller's word now a language's `placed_participants`: "CALLER
    (Mary, Leeds):" and "CALLER (Tom, Bradford):" stay two persons."""
    root = text_tei(
        "PRESENTER: The lines are open.\n\nCALLER (Mary, Leeds): Hello, it is about the buses.\n\n"
        "PRESENTER: Go ahead.\n\nCALLER (Tom, Bradford): Mine is about the trains.\n"
    )
    assert turn_ids(root) == ["presenter", "mary-leeds", "presenter", "tom-bradford"]


def test_a_list_of_dashed_participants_in_one_paragraph_opens_no_turn() -> None:
    """ "Call participants:" over three names with their dashed offices, no blank line between:
    the head's list, each line of it over another of its shape, no section's heading over a
    label; the turns open at the speeches below."""
    root = tabled_tei("en-earnings-call-participants-list-dashed.txt")
    assert any("Marcus Reilly -- Chief Financial Officer" in text for text in outside_turns(root))
    assert turn_paragraphs(root)[0].startswith("Good morning")


def test_a_dashed_heading_over_a_dashed_label_in_one_paragraph_still_opens() -> None:
    """The fixer's positive beside it: two lines of that shape alone in the paragraph, the
    heading over the chairman's label and his speech, open his turn."""
    root = text_tei(
        "Operator\nWelcome to the call.\n\nOpening Remarks -- Chairman\nPeter Castellan -- Chairman\n"
        "Thank you, operator.\n\nDaniel Whitmore -- Chief Executive Officer\nThanks, Peter.\n"
    )
    assert turn_ids(root) == ["operator", "peter-castellan", "daniel-whitmore"]
