"""Records of congresses and international conferences: a council's minutes heading each meeting
by its ordinal with what it was in brackets, a congress's report narrating the motion its
member moved between turns printed with colons, and a news report of a conference's group
discussion giving what its members hold before their points; and what only looks so (a
member's own "I move the following amendment:", an office's ordinal label, the Chinese verb of
saying before a quotation), each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


def test_a_meeting_named_by_its_ordinal_with_brackets_heads_the_minutes() -> None:
    """ "SECOND MEETING (PRIVATE, THEN PUBLIC)." over "Held at Geneva on …", as the League's
    Council minutes head each meeting: a heading, no speaker, whatever its brackets hold; the
    head's "President: M. VALDAIRE." is a field again, and the minutes' third person gives the
    delegate's and the President's turns (the President is the head's Valdaire)."""
    root = tabled_tei("en-league-council-meeting-ordinal-bracketed.txt")
    assert "SECOND MEETING" not in " ".join(texts(root, "//t:sp/t:speaker"))
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("said that his Government wished")


def test_an_office_s_ordinal_label_is_still_a_label() -> None:
    """ "FIRST VICE-PRESIDENT:" names an office by its ordinal, no sitting: a label, as before."""
    root = text_tei(
        "SECOND MEETING\n\nFIRST VICE-PRESIDENT: The meeting is open.\n\n"
        "Mr. ROLAND (Belgium): I thank the Chair.\n\nFIRST VICE-PRESIDENT: The floor is yours.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "FIRST VICE-PRESIDENT:",
        "Mr. ROLAND (Belgium):",
        "FIRST VICE-PRESIDENT:",
    ]


def test_a_congress_s_narrated_motion_between_colon_turns_is_no_turn() -> None:
    """ "Pandit Venkatesh Rao (U. P.) moved the following resolution :-" over the resolution's
    text, between turns printed "Name (Province) :": the report's narration of the motion, its
    reporter's verb in lower case and the text announced before its colon, no turn of the mover
    (the President had called him by name); the seconder's and the member's own "Sir, I move the
    following amendment:" are turns."""
    root = tabled_tei("en-congress-report-moved-following-resolution.txt")
    assert "Pandit Venkatesh Rao (U. P.) moved the following resolution :-" in texts(root, "//t:body//t:p")
    assert texts(root, "//t:sp[3]/t:p")[0] == "Sir, I move the following amendment:"


def test_members_holding_before_their_points_is_a_news_report_s_narration() -> None:
    """ "委员们认为：" (the members consider:) over "一、…" / "二、…", a news report of a
    conference's group discussion: the verb of holding glued before the colon, as "表示" and "说"
    are, is narration; the report has no turn."""
    root = sample_tei("zh-cppcc-members-consider-points.txt")
    assert root.xpath("//t:sp", namespaces=NS) == []
    assert any(p.startswith("委员们认为：") for p in texts(root, "//t:body//t:p"))
