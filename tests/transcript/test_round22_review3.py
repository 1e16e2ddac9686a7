"""A third reviewer's narrowing of the round's last rules: a name in full with its stop after an
office's colon above the first turn ("CLERK: Mary Adams.") is the clerk's roll call, no field of
the head, when a label of that surname answers below ("COUNCILMEMBER ADAMS: Present.")."""

from __future__ import annotations

from label_samples import tabled_tei, turn_ids


def test_a_roll_calls_name_answered_below_is_the_clerks_turn() -> None:
    tei = tabled_tei("en-us-council-roll-call-clerk-names.txt")
    assert turn_ids(tei)[:2] == ["clerk", "councilmember-adams"]
