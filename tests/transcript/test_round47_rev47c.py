"""A question's verbs before its subject ("Can the Minister tell this House:") asked in the
record's language alone, apart from the clause's words that every language's label is read
against: a Turkish forename "Can" after a glued dash and a roll call's remark opening with
"Did" or "Could" keep their reading (invented samples, labels in turns.toml, persons in
ids.toml, and lines of the same shape)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts

SP = "//t:sp/t:speaker"


def test_a_question_put_with_can_or_did_before_its_subject_is_no_label() -> None:
    """ "Can the Minister tell this House:" and "Did the Department receive the funds
    allocated:" over the parts of a member's written question stay his words."""
    root = tabled_tei("en-pg-written-question-can-did.txt")
    spoken = texts(root, "//t:sp[2]/t:p")
    assert "Can the Minister tell this House:" in spoken
    assert any("Did the Department receive the funds allocated:" in text for text in spoken)


def test_a_question_s_verb_in_a_member_s_answer_is_his_words() -> None:
    """ "Does the Member accept:" under the minister's answer is a question put, no label."""
    root = text_tei(
        "Mrs ANNA KORI – Does the Minister agree that the roads are bad?\n\n"
        "Mr PETER WARE – I do agree.\n\n"
        "Does the Member accept:\n\n"
        "Mrs ANNA KORI – I accept.\n"
    )
    assert texts(root, SP) == ["Mrs ANNA KORI –", "Mr PETER WARE –", "Mrs ANNA KORI –"]
    assert "Does the Member accept:" in texts(root, "//t:sp[2]/t:p")


def test_a_forename_can_after_a_glued_dash_is_still_a_name() -> None:
    """The negative: "—Can Yurtsever:" opens the interviewer's turns; "Can" is a Turkish
    forename, no English verb in a record whose language is not yet known."""
    root = tabled_tei("tr-web-interview-dash-can.txt")
    assert texts(root, SP)[:2] == ["—Can Yurtsever:", "—Elif Kaya:"]


def test_a_roll_call_s_remark_opening_with_did_or_could_is_no_speech() -> None:
    """The negative: "Senator Marsh; Did not vote." is a roll call's remark after a member's
    name, as "Absent with leave." is, no turn whose speech opens with a verb."""
    root = text_tei(
        "JOURNAL OF THE SENATE\nROLL CALL\n\n"
        "Senator Ellery; Absent with leave.\n"
        "Senator Marsh; Did not vote.\n"
        "Senator Perkins; Could not attend.\n\n"
        "The PRESIDENT: A quorum is present.\n"
    )
    assert texts(root, SP) == ["The PRESIDENT:"]


def test_names_opening_with_will_or_can_stay_labels() -> None:
    """The negative: forenames spelt as the question's verbs ("Will Thompson:", "Can Atalay:",
    "Will van Zyl (DA):") open labels, a capitalised surname or a particle after them."""
    root = text_tei(
        "Will Thompson: Welcome back to the show.\n\n"
        "Can Atalay: Thanks for having me.\n\n"
        "Will van Zyl (DA): Glad to be here too.\n\n"
        "Will Thompson: Let us start with you, Can.\n"
    )
    assert texts(root, SP) == ["Will Thompson:", "Can Atalay:", "Will van Zyl (DA):", "Will Thompson:"]
