"""A review of the round's merged rules on the records they could misread: a dateline and a
house's heading in CAPITALS between commas are no speaker's name, role and firm; a member's
words opened by "Ayes:" or "Noes:" in lower case are no roll call; a chair's own words naming a
motion's mover and seconder, or reading a result with thanks, are no minutes' notes. Each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_dateline_in_capitals_between_commas_is_no_label() -> None:
    """ "NEW YORK, N.Y., MONDAY:" / "The conference met at 10 a.m. …" over "THE CHAIRMAN: …": a
    place, its state abbreviated with a stop and the day are the record's dateline, no name,
    role and firm; the chairman's turn is the first."""
    tei = tabled_tei("en-conference-dateline-capitals-commas.txt")
    assert not tei.xpath("//t:person[contains(@xml:id, 'new-york')]", namespaces=NS)
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "The meeting is called to order. We have before us the report of the working group."
    ]


def test_a_house_heading_in_capitals_between_commas_is_no_label() -> None:
    """ "UNITED NATIONS, GENERAL ASSEMBLY, FIFTIETH SESSION:" / "PROVISIONAL VERBATIM RECORD OF
    THE 12TH MEETING" over "THE PRESIDENT: …": the house named among the parts makes the line the
    record's heading, no speaker's name, role and firm, and the line below no speech."""
    tei = tabled_tei("en-verbatim-heading-capitals-commas.txt")
    assert not tei.xpath("//t:person[contains(@xml:id, 'united-nations')]", namespaces=NS)
    assert not any("PROVISIONAL VERBATIM" in text for text in texts(tei, "//t:sp/t:p"))
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Thank you, Mr. President. My delegation welcomes the report."]


def test_ayes_and_noes_opening_a_member_s_paragraphs_in_lower_case_are_his_words() -> None:
    """ "Ayes: we have heard them from every corner of the state, …" and "Noes: they came from
    the same people …" inside Mr HALVORSEN's speech: lower case after the colon, no list of
    names, so the paragraphs stay his, no stages."""
    tei = tabled_tei("en-council-debate-ayes-noes-spoken.txt")
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert len(said) == 3
    assert said[1].startswith("Ayes: we have heard them")
    assert said[2].startswith("Noes: they came from")
    assert not tei.xpath("//t:stage[contains(., 'Ayes')] | //t:stage[contains(., 'Noes')]", namespaces=NS)


def test_a_chair_s_motion_and_result_in_his_own_words_are_his() -> None:
    """ "Motion by Councilmember Okafor, seconded by Councilmember Brandt, and I want to say …",
    "Carried. For: five members. Against: one, and I thank …" and "Motion by Councilmember
    Brandt, seconded by Councilmember Okafor. All those in favour please say aye." under the
    mayor's label: his first person, or a vote called with no result yet, makes them his words,
    paragraphs of his turns, no minutes' notes."""
    tei = tabled_tei("en-council-chair-motion-own-words.txt")
    first = texts(tei, "(//t:sp)[1]/t:p")
    assert len(first) == 2
    assert first[1].startswith("Motion by Councilmember Okafor, seconded by Councilmember Brandt, and I want")
    third = texts(tei, "(//t:sp)[3]/t:p")
    assert third[1].startswith("Carried. For: five members. Against: one, and I thank")
    assert texts(tei, "(//t:sp)[5]/t:p") == [
        "Thank you.",
        "Motion by Councilmember Brandt, seconded by Councilmember Okafor. All those in favour please say aye.",
    ]
    assert not tei.xpath(
        "//t:stage[contains(., 'Motion by')] | //t:stage[contains(., 'Carried')]", namespaces=NS
    )


def test_a_firm_naming_a_house_stays_the_speaker_s_affiliation() -> None:
    """ "PETER HOLM, TREASURER, CLEARING HOUSE TRUST: Thank you, …": a house's word in the firm's
    name makes no heading of the line (only one in the name or the role does); name, role and
    firm are one label, the speech whole."""
    tei = tabled_tei("en-inquiry-capitals-role-firm-house.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Thank you, Mr. Chairman. We have read the bill with care."]
    holm = tei.xpath("//t:person[@xml:id='peter-holm']", namespaces=NS)[0]
    assert holm.get("role") == "TREASURER"
    assert texts(holm, "t:affiliation") == ["CLEARING HOUSE TRUST"]
