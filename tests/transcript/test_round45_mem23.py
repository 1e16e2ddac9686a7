"""The forty-fifth round's memory: a key's marks after its labels (see the scoring's ``_Marks``)
summed over its printings as they are read, with what each printing's own marks had told."""

from __future__ import annotations

from stenogram.transcript.candidate import Candidate
from stenogram.transcript.config import default_config
from stenogram.transcript.scoring import Occurrence, _Marks

NORA = Candidate("NORA", None, ".", 5, "NORA.")


def _printed(*afters: str, alone: bool = False) -> list[Occurrence]:
    return [Occurrence(NORA, alone=alone, after_in=after) for after in afters]


def test_a_small_letter_after_every_printing_is_told() -> None:
    config = default_config()
    marks = _Marks.read(_printed("and then she left.", "but he stayed."), False, config)
    assert marks.lettered and marks.small and not marks.refers
    capital = _Marks.read(_printed("and then she left.", "But he stayed."), False, config)
    assert capital.lettered and not capital.small


def test_no_letter_after_a_printing_leaves_the_others_to_tell() -> None:
    config = default_config()
    marks = _Marks.read(_printed("— and then?", "and so.", "1914 was the year."), False, config)
    assert marks.lettered and marks.small
    none = _Marks.read(_printed("— ", "(…)"), False, config)
    assert not none.lettered and none.small  # no letter: nothing in lower case to count


def test_a_reference_counts_no_letter_after_it() -> None:
    config = default_config()
    marks = _Marks.read(_printed("See col 000.", "and so on."), False, config)
    assert marks.refers and marks.lettered and marks.small
    alone = _Marks.read(_printed("See col 000."), False, config)
    assert alone.refers and not alone.lettered


def test_a_heading_after_one_printing_heads_the_key() -> None:
    config = default_config()
    assert _Marks.read(_printed("Yes.", "THE BUDGET BILL FOR THIS YEAR"), False, config).headed
    assert not _Marks.read(_printed("Yes.", "No, I will not."), False, config).headed


def test_the_reporter_s_verb_must_follow_every_printing() -> None:
    config = default_config()
    verb = "said"  # an English verb before "that": the set's first word changes with the string hash
    assert verb in config.reported
    assert _Marks.read(_printed(f"{verb} that the house …", alone=True), False, config).reported
    assert not _Marks.read(
        _printed(f"{verb} that the house …", "Thank you.", alone=True), False, config
    ).reported
