"""Short excerpts of courts', councils' and congresses' records (2–5 turns, most labels printed
once) in the shapes their copies print (samples in tests/data/labels/, the names invented): a
Brazilian hearing's prosecutor under the recording's clock."""

from __future__ import annotations

from label_samples import NS, tabled_tei


def test_a_prosecutor_named_in_lower_case_above_is_still_an_office_under_the_clock() -> None:
    # the labels and persons turns.toml and ids.toml give; the clock is each label's time
    tei = tabled_tei("pt-br-audiencia-promotor-clock.txt")
    assert tei.xpath("string((//t:sp)[2]/t:speaker/t:time)", namespaces=NS) == "00:03:47"
