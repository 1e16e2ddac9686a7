"""Covers of international arbitration hearings, tribunals and public inquiries: an arbitration's
caption, the claimant's name in capitals with its stop over "Claimant,"; the arbitral tribunal's
roll under "BEFORE THE TRIBUNAL:"; a royal commission's rolls ("Before:" and "Counsel
Assisting:", each over its names) right above the chair's first words; a tribunal's caption
wrapped after its versus. What only looks so (a speech that opens by addressing a party, the
rolls' own lines, a name ending in its initial "V.") stays as it was. Each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_party_over_its_side_in_the_caption_is_no_label() -> None:
    """ "NORDVIK ENERGY INC." / "Claimant," / "v." / "THE REPUBLIC OF CASTELMAR" /
    "Respondent.": the party in capitals with its stop is the caption's line, no speaker whose
    speech is "Claimant, v."; the caption stays in the front, the first turn the president's."""
    root = tabled_tei("en-icsid-arbitration-caption-party-side.txt")
    front = texts(root, "//t:front//t:titlePart")
    assert "NORDVIK ENERGY INC." in front
    assert "Claimant," in front


def test_a_speech_addressing_a_party_keeps_its_label() -> None:
    """ "THE COURT:" alone over "Plaintiff, you may proceed.": the court speaks to the party,
    words after the side's, so the office keeps its turn."""
    root = text_tei(
        "SUPERIOR COURT OF ARDEN COUNTY\n"
        "THE COURT:\n"
        "Plaintiff, you may proceed.\n"
        "MR. HALE: Thank you, Your Honor. We call Dr. Ines Varga.\n"
        "THE CLERK: Please raise your right hand.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["THE COURT:", "MR. HALE:", "THE CLERK:"]
    assert texts(root, "//t:sp[1]/t:p") == ["Plaintiff, you may proceed."]


def test_the_arbitral_tribunal_roll_under_its_heading_is_the_front() -> None:
    """ "BEFORE THE TRIBUNAL:" over the arbitrators, one a line with their part: the roll's
    heading, as a court's "Before the Judges:", no speaker whose speech is the names."""
    root = tabled_tei("en-icsid-before-the-tribunal-roll.txt")
    roll = texts(root, "//t:front/t:div[@type='list']/t:p")
    assert roll[0] == "BEFORE THE TRIBUNAL:"
    assert "MR. JONAS WEBB, Arbitrator" in roll


def test_a_label_under_a_commission_roll_is_no_holder_of_its_office() -> None:
    """ "Before:" / two commissioners / "Counsel Assisting:" / "Mr Simon Dorrigo SC" /
    "COMMISSIONER HARROWGATE: Yes, Mr Dorrigo.": the chair's line, its words all capitalised
    and its stop at the end, is no name of the roll above, for a colon sets its label off; it
    opens the first turn, the rolls staying the front's."""
    root = tabled_tei("en-au-royal-commission-rolls-then-chair.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Yes, Mr Dorrigo."]
    front = texts(root, "//t:front//t:p")
    assert "Mr Simon Dorrigo SC" in front
    assert not any(line.startswith("COMMISSIONER HARROWGATE") for line in front)
    assert root.xpath("count(//t:front//t:div[@type='list'])", namespaces=NS) >= 1


def test_a_caption_wrapped_after_its_versus_is_the_front() -> None:
    """ "THE PROSECUTOR OF THE SPECIAL COURT V." / "MOSES KAILONDO et al.", a tribunal's cover
    set in a column: the first party with the versus at its line's end, the other party in
    CAPITALS under it, is the caption, no speaker whose speech is the accused's name."""
    root = tabled_tei("en-tribunal-cover-caption-wrapped-versus.txt")
    assert "THE PROSECUTOR OF THE SPECIAL COURT V." in texts(root, "//t:front//t:titlePart")


def test_a_name_ending_in_its_initial_over_its_speech_keeps_its_turn() -> None:
    """ "SHRI RAMESH V." alone over "Sir, I rise to support the Bill.": the initial "V." ends a
    member's name, the line under it a speech in lower case, no party of a caption."""
    root = text_tei(
        "SHRI RAMESH V.\nSir, I rise to support the Bill. The farmers of my constituency have waited long.\n"
        "HON. SPEAKER: Thank you.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["SHRI RAMESH V.", "HON. SPEAKER:"]
