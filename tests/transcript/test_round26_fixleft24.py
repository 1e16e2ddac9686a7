"""Label shapes this round's hunts left, mended in a last pass: each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, turn_ids


def test_an_office_with_a_councillors_form_of_address_in_brackets_names_its_holder() -> None:
    """ "The Mayor (Cllr Hollins):": the councillor's form of address before a surname names
    who holds the office, as "Mr." does; the person is the holder, the office her role."""
    root = tabled_tei("en-council-mayor-cllr-in-brackets.txt")
    assert turn_ids(root) == ["cllr-hollins", "councillor-ferreira", "cllr-hollins"]
    roles = root.xpath(
        "//t:person[@xml:id='cllr-hollins']/@role", namespaces={"t": "http://www.tei-c.org/ns/1.0"}
    )
    assert roles == ["chair"]
