"""Round 49's English label shapes (samples invented; labels in turns.toml, persons in ids.toml):
a participant's word with a surname and a party in its brackets ("MEMBER (Jones, Labour):"), the
surname the person."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_ids


def test_a_member_s_surname_before_the_party_is_the_person() -> None:
    """ "MEMBER (Jones, Labour):", "MEMBER (Patel, Conservative):": each member is the surname
    before the comma, not one "member" for all of them."""
    root = tabled_tei("en-committee-member-surname-party.txt")
    assert turn_ids(root)[1] == "jones"
    assert turn_ids(root)[3] == "patel"


def test_a_participant_s_place_alone_in_brackets_is_no_person() -> None:
    """ "RESIDENT (Leeds):": one word and no comma after it, the resident's place, not a
    surname; each such resident stays the participant."""
    root = text_tei(
        "PUBLIC MEETING\n\nCHAIR: We take questions from the floor.\n\n"
        "RESIDENT (Leeds): When will the road reopen?\n\nCHAIR: In May.\n"
    )
    assert "leeds" not in turn_ids(root)
