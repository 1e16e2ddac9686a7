"""Court, trial and hearing label shapes earlier rounds left, mended one at a time: each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei


def test_an_office_a_dash_and_its_holder_are_one_label_the_holders() -> None:
    """ "PRESIDENTE - Dott.ssa Bianchi:", "P.M. - DOTT. ROSSI:": the label runs to the colon, not
    the dash; the person is the one named after the dash, the office before it her role."""
    root = tabled_tei("it-tribunale-office-dash-holder.txt")
    roles = root.xpath("//t:person[@xml:id='dott-rossi']/@role", namespaces=NS)
    assert roles == ["P.M."]
    assert root.xpath("//t:person[@xml:id='avv-greco']/@role", namespaces=NS) == ["DIFESA"]
