"""Short excerpts of parliaments, councils, university senates and congresses in the smaller
languages of Europe (2–5 turns, most labels printed once; samples in tests/data/labels/, the
names invented): a member named surname first with the office after a second comma and a
colon."""

from __future__ import annotations

from label_samples import NS, tabled_tei


def test_a_surname_a_forename_and_an_office_after_commas_before_a_colon_is_one_label() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("sk-nrsr-surname-office-colon.txt")
    assert tei.xpath("string(//t:person[@xml:id='hruba-zuzana']/@role)", namespaces=NS) == "poslankyňa NR SR"
