"""Label shapes of the records of Asia, the Pacific and the Middle East as their copies print
them (samples written for these tests in the records' shapes, the names invented; their labels
in turns.toml, their persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei


def test_a_flattened_assemblys_members_with_their_seats_open_turns_inside_the_line() -> None:
    # one paragraph of a web copy: "… dağıtıldı. (…) SELMA GÜRSOY (Bursa) - Sayın Başkan, …"
    tabled_tei("tr-tbmm-flattened-dash.txt")
