"""Courts' and tribunals' records in the shapes their transcripts print (samples in
tests/data/labels/, the names invented): a military commission's roles in letters before the
holder's name in square brackets; a tribunal's witness on former oath, questioned on, the first
answer's letter before a note in brackets."""

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


def test_a_witness_on_former_oath_questioned_on_answers_each_a_even_before_a_note() -> None:
    # the labels and persons turns.toml and ids.toml give: every answer the named witness's
    tei = tabled_tei("en-tribunal-witness-former-oath.txt")
    heads = [" ".join("".join(h.itertext()).split()) for h in tei.xpath("//t:body//t:head", namespaces=NS)]
    assert "WITNESS: CAF-OTP-P-0417 (On former oath)" in heads
    assert "QUESTIONED BY MS OKAFOR: (Continuing)" in heads
    first = "".join(tei.xpath("(//t:sp)[4]/t:p//text()", namespaces=NS))
    assert first.strip() == "Good morning."
