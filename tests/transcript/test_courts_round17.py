"""Courts' and tribunals' records in the shapes their transcripts print (samples in
tests/data/labels/, the names invented): a military commission's roles in letters before the
holder's name in square brackets."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei

_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_a_role_in_letters_before_a_bracketed_name_is_that_person_in_that_role() -> None:
    # the labels and persons turns.toml and ids.toml give: the two counsel under one role are
    # two people, each named by the brackets
    tei = tabled_tei("en-military-commission-role-bracket.txt")
    roles = {p.get(_ID): p.get("role") for p in tei.xpath("//t:person", namespaces=NS)}
    assert roles["col-halvorsen"] == "MJ"
    assert roles["ms-brannigan"] == roles["mr-kettering"] == "LDC"
    assert name_parts_of(tei, "col-halvorsen") == [
        ("roleName", "honorific", "Col"),
        ("surname", None, "HALVORSEN"),
    ]
