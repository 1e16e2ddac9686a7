"""Records of North America and Oceania in the shapes their copies print (samples written for
these tests in the records' layouts, the names invented; their labels in turns.toml, their
persons in ids.toml): the Québec Journal des débats's clock between bullets, an Australian
Hansard's PDF flattened to one line, the chair's label after a heading in CAPITALS, a
broadcaster's transcript that narrates who stands, the Nunavut Hansard's events after two
angle brackets, a Tasmanian statement's label after its clock, and Papua New Guinea's question
put after a dash."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_the_quebec_journals_bulleted_clock_is_a_stage_between_the_turns() -> None:
    # "• (10 h 40) •" alone between two turns: the record's time, no words of the voices above it
    tei = tabled_tei("fr-qc-journal-debats-bulleted-clock.txt")
    assert texts(tei, "//t:body//t:stage[not(ancestor::t:sp)]") == ["• (10 h 40) •"]
    assert not any("10 h 40" in p for p in texts(tei, "//t:sp/t:p"))


def test_a_flattened_hansards_chair_after_a_heading_in_capitals_opens_a_turn() -> None:
    # "… AUDITOR-GENERAL'S REPORT Mr SPEAKER: Honourable members, …", the only label of the line
    tei = tabled_tei("en-au-flattened-heading-mr-speaker.txt")
    assert texts(tei, "//t:sp/t:p")[0].startswith("Honourable members, I have to report")
    assert "AUDITOR-GENERAL'S REPORT" in " ".join(
        texts(tei, "//t:front//t:titlePart | //t:body//t:head | //t:body//t:p")
    )


def test_a_broadcast_transcripts_narration_of_who_stands_is_no_label() -> None:
    # "The Speaker stands." / "He says IT IS NOW TIME …": the narration's, no turn of a speaker
    tei = tabled_tei("en-ca-broadcast-transcript-speaker-stands.txt")
    assert "The Speaker stands." in texts(tei, "//t:body//t:p")


def test_the_nunavut_hansards_chevrons_mark_the_halls_events() -> None:
    # ">>Applause" and ">>Laughter" alone on their lines: the hall's events, no words of the speech
    tei = tabled_tei("en-nu-hansard-chevron-applause.txt")
    stages = tei.xpath("//t:sp//t:stage", namespaces=NS)
    assert [(s.get("type"), s.xpath("string()")) for s in stages] == [
        ("applause", ">>Applause"),
        ("laughter", ">>Laughter"),
    ]
    assert not any(">>" in p for p in texts(tei, "//t:sp/t:p"))


def test_a_clocked_label_under_a_statements_heading_and_subject_opens_the_turn() -> None:
    # "STATEMENT BY PREMIER" / "Bass Strait Ferry Delays" / "[10.03 a.m.] Mr X (Bass - Premier) - …"
    tei = tabled_tei("en-au-tas-statement-clocked-label.txt")
    assert texts(tei, "//t:body//t:head") == ["STATEMENT BY PREMIER", "Bass Strait Ferry Delays"]
    assert texts(tei, "//t:sp/t:p")[0].startswith("Madam Speaker, I inform the House")
    assert texts(tei, "//t:sp[1]/t:speaker/t:time") == ["[10.03 a.m.]"]


def test_papua_new_guineas_question_put_after_a_dash_and_the_silence_are_events() -> None:
    # "Question – put." under the motion and "Members stood in silence." under the Speaker
    tei = tabled_tei("en-pg-hansard-question-put-dash.txt")
    assert texts(tei, "//t:body//t:stage[not(ancestor::t:sp)]") == [
        "Question – put.",
        "Motion agreed to.",
        "Members stood in silence.",
    ]
