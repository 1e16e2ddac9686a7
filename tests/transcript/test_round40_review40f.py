"""Shapes a review of the last merged range found worse than before, each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml): an assembly's opening rubric whose
only words after its colon are a stage narrating another's act ("Prayers: (read by the
Chaplain)"), which the member's act as a stage ("Biedermann: (verliest das Protokoll.)") had made
a turn; the member's act under the chair's call still is one; a hearing's heading of a witness's
statement resuming after his form of address ("MR. SMITH'S PREPARED STATEMENT, (continued)"),
which the witness resuming ("Mr. SMITH, (continuing)") had made a label."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_an_opening_rubric_before_a_stage_of_narration_is_no_turn() -> None:
    """ "Prayers: (read by the Chaplain)" opens the sitting's record under its date: no turn
    before it called anyone, so the bracket narrates the sitting, not a member's act; the rubric
    stays a paragraph and no person "Prayers" is listed."""
    root = tabled_tei("en-assembly-prayers-read-rubric.txt")
    assert "Prayers: (read by the Chaplain)" in texts(root, "//t:body//t:p")
    assert not root.xpath("//t:person[@xml:id='prayers']", namespaces=NS)


def test_a_member_s_act_under_the_chair_s_call_is_still_a_turn() -> None:
    """The same stage after the chair's turn ("Der Schriftführer hat das Wort." / "Biedermann:
    (verliest das Protokoll.)") is the member's act: his turn, the stage its content."""
    paragraphs = [
        "Sitzung vom 12. März 1849.",
        "Präsident: Die Sitzung ist eröffnet. Der Schriftführer hat das Wort.",
        "Biedermann: (verliest das Protokoll.)",
        "Präsident: Es ist genehmigt.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "de.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Präsident:", "Biedermann:", "Präsident:"]
    assert texts(root, "//t:sp[2]/t:stage") == ["(verliest das Protokoll.)"]


def test_a_witness_s_statement_resuming_under_its_possessive_heading_is_no_label() -> None:
    """ "MR. SMITH'S PREPARED STATEMENT, (continued)" opens with a form of address, as "Mr. SMITH,
    (continuing)" does, but names his statement, not him: the heading stays text of the record
    and no person is made of it, while the witness resuming below keeps his label."""
    root = tabled_tei("en-hearing-possessive-statement-continued.txt")
    assert any(text.startswith("MR. SMITH'S PREPARED STATEMENT") for text in texts(root, "//t:body//t:p"))
    assert not root.xpath("//t:person[starts-with(@xml:id, 'mr-smith-s')]", namespaces=NS)


def test_a_witness_whose_forename_is_a_word_of_business_still_resumes() -> None:
    """ "Mr. BILL JONES, (continuing)": no possessive, so the form of address makes it a witness
    resuming, whatever words his name has ("bill" is an item of business too)."""
    paragraphs = [
        "The CHAIRMAN. We resume with the witness.",
        "Mr. BILL JONES, (continuing)\nThe fees have not changed since the district was formed.",
        "SENATOR HOLT. Thank you, Mr. Jones.",
        "The CHAIRMAN. Thank you.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "The CHAIRMAN.",
        "Mr. BILL JONES, (continuing)",
        "SENATOR HOLT.",
        "The CHAIRMAN.",
    ]
