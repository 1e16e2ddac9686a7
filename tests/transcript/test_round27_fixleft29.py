"""The twenty-seventh round's last pass over shapes its hunts left: a taped conversation's
speakers named by their initials, a cabinet's conclusions after its ministers' reported words,
a delegate's surname with a capital after its particle."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei, texts, turn_ids


def test_letters_taking_turns_are_speakers_initials_not_a_question_pair() -> None:
    """``P:`` and ``W:`` take turns and no ``R:`` answers: the President's initial and his aide's,
    no Spanish question label refused for want of its answer."""
    root = tabled_tei("en-tape-transcript-initials.txt")
    assert turn_ids(root) == ["p", "w", "p", "w", "p"]
    assert texts(root, "//t:sp[2]/t:p") == ["He said the committee would not take it up before the recess."]


def test_a_cabinets_conclusions_are_the_records_not_the_last_ministers() -> None:
    """``The Cabinet -`` / ``(1) Took note …`` and ``The Cabinet — Agreed …`` are the body's
    decisions: stages after the turns, the last minister's turn only his reported words."""
    root = tabled_tei("en-cabinet-conclusions-after-turns.txt")
    assert texts(root, "//t:div/t:stage") == [
        "The Cabinet - (1) Took note of the statement by the Minister of Fuel and Power. (2) Invited the"
        " Chancellor of the Exchequer to report on the cost of further imports at their next meeting.",
        "The Cabinet — Agreed that the subsidy should be continued for a further year.",
    ]
    assert [len(sp.xpath("t:p", namespaces=NS)) for sp in root.xpath("//t:sp", namespaces=NS)] == [1, 1, 1]


def test_a_surname_printed_once_beside_initials_is_a_label() -> None:
    """``McAllister:`` printed once beside ``JFK:`` and ``RFK:`` opens his turn: speakers named by
    their initials are no shape a surname is odd against."""
    root = tabled_tei("en-tape-initials-beside-surname.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["We have no indication of that from the flights this morning."]


def test_a_delegates_surname_with_a_capital_after_its_particle_is_her_name() -> None:
    """``DELEGATE (Sipho McKenzie)`` and ``DELEGATE (Nomsa MacDonald)`` name the delegates, each a
    person with her forename and surname; ``DELEGATE (Northern Cape)`` stays the province's seat."""
    root = tabled_tei("en-congress-delegate-particle-name.txt")
    assert name_parts_of(root, "sipho-mckenzie") == [
        ("forename", None, "Sipho"),
        ("surname", None, "McKenzie"),
    ]
    assert name_parts_of(root, "nomsa-macdonald") == [
        ("forename", None, "Nomsa"),
        ("surname", None, "MacDonald"),
    ]
