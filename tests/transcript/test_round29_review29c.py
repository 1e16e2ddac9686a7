"""Counter-examples to the round's new label rules, each in an invented sample (names invented;
labels in turns.toml, persons in ids.toml): an acronym ending a flattened line, offices in
CAPITALS on a trial's cover, a list in an answer, a presiding line ending in a stopped name."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_an_acronym_ending_a_flattened_line_leaves_the_label_below_its_own() -> None:
    """ "THE CHAIRMAN: … the question of troops in NATO" / "SENATOR DUNMORE: Thank you, …": an
    acronym ending a speech's line, no sentence's stop before it, is no label's first word a wrap
    cut; the label in CAPITALS below opens its own turn."""
    root = tabled_tei("en-hearing-acronym-line-end-flattened.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "We turn to the treaty. Senator Dunmore has the floor on the question of troops in NATO"
    ]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Thank you, Mr. Chairman.")


def test_offices_over_a_line_on_a_cover_stay_headings_where_labels_open_their_speech() -> None:
    """ "JUDGE: HON. MARY BROWN" / "Appearances are listed below.", "PROSECUTOR: JOHN DOE" / "For the
    Crown.", and below them "THE COURT: Be seated. …": the record's labels open their speech on
    their line, so the offices in CAPITALS over a line are the cover's headings, no turns."""
    root = tabled_tei("en-court-cover-offices-capitals-inline-labels.txt")
    assert "JUDGE: HON. MARY BROWN" in texts(root, "//t:body//t:head")
    assert texts(root, "//t:sp[1]/t:p") == ["Be seated. Mr. Doe, you may begin."]


def test_a_list_under_one_character_words_in_an_answer_is_no_role() -> None:
    """ "答：卖给了一家商店，价格后来变了。" / "原：每件一百元" / "现：每件一百二十元" / "问：…": a list's
    items in an answer, no party's turn, though "原" abbreviates the plaintiff among a court's
    roles; a role among the turns is followed by a question, an answer or another role."""
    root = tabled_tei("zh-court-qa-answer-list-letters.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "卖给了一家商店，价格后来变了。",
        "原：每件一百元",
        "现：每件一百二十元",
    ]


def test_a_presiding_line_ending_in_a_stopped_name_names_the_chair() -> None:
    """ "Sədrlik edən: Milli Məclisin sədrinin müavini Ə. Məmmədov.": the stop after the holder's
    name ends no sentence; the line names who presides, no speech of the chair's, and "Sədr:"
    below is that person."""
    root = tabled_tei("az-milli-mejlis-sedrlik-stopped-name.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Hörmətli həmkarlar, iclası açıq elan edirəm."]
    assert not root.xpath("//t:sp[contains(., 'müavini')]", namespaces=NS)
