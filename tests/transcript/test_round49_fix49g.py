"""Round 49's English label shapes (samples invented; labels in turns.toml, persons in ids.toml):
a participant's word with a surname and a party in its brackets ("MEMBER (Jones, Labour):"), the
surname the person; a roll call at the record's head, the clerk's calls turns of their own
("CLERK: Mary Adams" / "COUNCILMEMBER ADAMS: Present")."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


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


def test_a_roll_call_at_the_head_is_the_clerk_s_turns() -> None:
    """ "CLERK: Mary Adams" / "COUNCILMEMBER ADAMS: Present" / "CLERK: John Baker": the office
    calling each holder, whose own label answers below, the same office calling again; the
    first call a turn too, the called name its speech, no head's field."""
    root = tabled_tei("en-council-roll-call-at-head.txt")
    assert turn_paragraphs(root)[0] == "Mary Adams"
    assert outside_turns(root) == []


def test_an_officer_named_once_at_the_head_stays_the_head_s_field() -> None:
    """ "CLERK: Mary Adams" once over the turns, whether or not her own label speaks below: a
    head's field naming its officer, no call of a roll."""
    lines = [
        "CITY COUNCIL",
        "CLERK: Mary Adams",
        "COUNCILMEMBER ADAMS: I move that we open the meeting. The agenda was posted on Friday.",
        "MAYOR FIELDING: Thank you. Any objection? Hearing none, we begin.",
    ]
    root = text_tei("\n".join(lines) + "\n")
    assert turn_speakers(root) == ["COUNCILMEMBER ADAMS:", "MAYOR FIELDING:"]
    assert "CLERK: Mary Adams" in outside_turns(root)
