"""A reviewer's read of two web-copy rules (review28c): a member's name and party stacked a word a
line is a label only where a speech opens below it, not where a poem or a list of names runs on
in lower case."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_poem_a_word_a_line_before_a_party_word_is_no_stacked_label() -> None:
    """ "Vinden" / "Vänder" / "sin" / "väg mot havet." inside a Riksdag speech: two capitalised
    words and "sin", a party's abbreviation and a Swedish word, then the poem running on in
    lower case: no label, the speech's paragraph whole and unjoined."""
    tei = tabled_tei("sv-riksdag-dikt-ett-ord-raden.txt")
    said = texts(tei, "(//t:sp)[1]/t:p")
    assert said == [
        "Fru talman! Jag vill läsa en dikt av en elev i min hemkommun: Vinden Vänder sin väg mot"
        " havet. Det är allt jag har att säga."
    ]
    assert not tei.xpath("//t:milestone[@type='join']", namespaces=NS)


def test_absent_members_a_surname_a_line_then_their_group_is_no_stacked_label() -> None:
    """ "Aho" / "Berg" / "Laine" / "vihr" / "ryhmästä sekä edustaja Mäki." (a chair naming the
    absent members): surnames and a lower-case party, the sentence running on below: the chair's
    one paragraph, no label, no join."""
    tei = tabled_tei("fi-eduskunta-poissa-nimet-ryhma.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Poissa ovat seuraavat edustajat.",
        "Aho Berg Laine vihr ryhmästä sekä edustaja Mäki.",
    ]
    assert not tei.xpath("//t:milestone[@type='join']", namespaces=NS)
    assert len(tei.xpath("//t:sp", namespaces=NS)) == 2
