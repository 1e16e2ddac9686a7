"""Label shapes of the records of Southeast Asia: the Philippine Congress, the Indonesian DPR,
Malaysia's Parliament, Viet Nam, Thailand, Cambodia (samples in tests/data/labels/, written in the
shapes the real records print, the names invented)."""

from __future__ import annotations

from label_samples import name_parts_of, sample_tei, turn_ids


def test_initial_in_brackets_tells_two_members_apart() -> None:
    tei = sample_tei("en-ph-congress-initials.txt")
    assert turn_ids(tei) == [
        "rep-mendoza",
        "rep-salazar-j",
        "rep-mendoza",
        "rep-salazar-m",
        "rep-salazar-j",
        "rep-villareal",
    ]
    assert name_parts_of(tei, "rep-salazar-m") == [
        ("roleName", "honorific", "Rep."),
        ("surname", None, "Salazar"),
        ("forename", None, "M."),
    ]
    assert not tei.xpath("//*[@role='M.' or @role='J.']")
