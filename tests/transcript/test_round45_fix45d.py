"""Shapes the last rounds left, each in an invented sample (labels in turns.toml, persons in
ids.toml) with a negative of the same shape: a written question's number of several digits
before its asker and whom it is put to ("101. Mr R.S. LOVE to the Premier:"); a court's heading
naming its day above the turns ("ADJOURNED TO MONDAY, 13 OCTOBER:"); the chair's holder in
brackets after the office and a typed gap ("PRESIDING OFFICER:  (SENATOR MUÑOZ)  …"); a numbered
question's heading ("MISTOQSIJA NRU 1234:", "QUESTION NO. 1234:"); a surname in CAPITALS an
OCR left broken by its hyphen ("SENATOR HAL- VORSEN:"); a hyphen glued before a forename and
surname ("-Juan Pérez:") against a list's item in Title Case ("-Plan General:")."""

from __future__ import annotations

from pathlib import Path

from label_samples import SAMPLES, tabled_tei, text_tei, texts
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import default_config
from stenogram.transcript.labels import LabelMatcher
from stenogram.validate.run import validate_paths


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _paragraphs(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


def test_a_written_questions_number_stays_on_its_askers_line() -> None:
    """ "101. Mr R.S. LOVE to the Premier:" is one label with its number, as "7. Ms …" is; no
    paragraph "101." is left before it."""
    root = tabled_tei("en-wa-questions-notice-number-before-asker.txt")
    assert "101. Mr R.S. LOVE to the Premier:" in _speakers(root)
    assert "1024. Hon. P. COLLIER to the Minister for Education:" in _speakers(root)
    assert not [p for p in _paragraphs(root) if p in ("101.", "1024.")]


def test_a_numbered_paragraph_of_the_general_assembly_stays_as_it_was() -> None:
    """Negative: a UN record's numbered paragraph ("12. The PRESIDENT said …") opens no label,
    and a label after a sentence ending in a number on a flattened line is still found."""
    root = text_tei(
        "GENERAL ASSEMBLY\nPlenary meeting\n\n12. The PRESIDENT said that the Assembly would "
        "now consider item 41.\n\n13. Mr. ALVAREZ (Uruguay) said that his delegation supported "
        "the draft resolution.\n"
    )
    assert _speakers(root) == []
    assert any(p.startswith("12. The PRESIDENT said") for p in _paragraphs(root))
    root = text_tei(
        "Record of the sitting\n\nTHE SPEAKER: We turn to item 101. MR. HOLLIS: I thank the "
        "Speaker for the time.\n\nTHE SPEAKER: Thank you.\n"
    )
    assert "MR. HOLLIS:" in _speakers(root)


def test_a_heading_naming_the_day_is_no_speaker() -> None:
    """ "ADJOURNED TO MONDAY, 13 OCTOBER:" above the turns is no label; the turns keep theirs."""
    root = tabled_tei("en-court-day-heading-above-turns.txt")
    assert not [s for s in _speakers(root) if "MONDAY" in s or "THURSDAY" in s]
    assert "ADJOURNED TO MONDAY, 13 OCTOBER:" in " ".join(texts(root, "//t:body"))


def test_a_date_in_a_speakers_brackets_keeps_the_label() -> None:
    """Negative: a form of address and a date in brackets name someone ("M. Berthelot (14 mars
    2024) —"); an office with a number and no day's word stays a label ("JUROR 12:")."""
    root = tabled_tei("fr-commission-date-du-discours-tiret.txt")
    assert "M. Berthelot (14 mars 2024) —" in _speakers(root)
    root = text_tei(
        "COURT RECORD\n\nTHE COURT: Juror 12, do you have a question?\n\nJUROR 12: Yes, Your "
        "Honour, about the second exhibit.\n\nTHE COURT: Please go ahead.\n\nJUROR 12: Thank you.\n"
    )
    assert "JUROR 12:" in _speakers(root)


def test_the_chairs_holder_in_brackets_after_a_typed_gap_is_the_labels() -> None:
    """ "PRESIDING OFFICER:  (SENATOR MUÑOZ)" is one label, the holder the person; the speech
    after the gap opens the turn."""
    root = tabled_tei("en-il-senate-presiding-officer-gapped-holder.txt")
    said = _paragraphs(root)
    assert said[0] == "The Senate will come to order. Senator Cullerton."
    assert not [p for p in said if "(SENATOR MUÑOZ)" in p]


def test_a_hall_event_after_a_typed_gap_stays_a_stage_direction() -> None:
    """Negative: "(Laughter)" after a label and a gap is the hall's event, no holder; a
    bracket with one word is none either."""
    root = tabled_tei("en-il-senate-presiding-officer-gapped-holder.txt")
    assert "Laughter" in " ".join(texts(root, "//t:stage"))
    matcher = LabelMatcher(default_config())
    cand = matcher.candidate("THE CHAIRMAN:  (Applause)  Thank you all.")
    assert cand is not None and cand.role is None and cand.printed == "THE CHAIRMAN:"
    cand = matcher.candidate("THE CHAIRMAN:  (Smith)  Thank you all.")
    assert cand is not None and cand.role is None


def test_a_numbered_questions_heading_is_no_speaker() -> None:
    """ "MISTOQSIJA NRU 1234:", "QUESTION NO. 1234:", "PARLIAMENTARY QUESTION NO 12:" head the
    question, no label "MISTOQSIJA" or "QUESTION"; the text stays."""
    root = tabled_tei("mt-kamra-mistoqsija-nru-heading.txt")
    assert any(p.startswith("MISTOQSIJA NRU 1234: L-ONOR. JOSEPH BORG staqsa") for p in _paragraphs(root))
    root = tabled_tei("en-za-question-no-heading.txt")
    assert "PARLIAMENTARY QUESTION NO 12:" in _paragraphs(root)


def test_a_question_word_with_its_asker_stays_a_label() -> None:
    """Negative: the pair's word with a note of who asks ("Frage Dr. Klein:") is still read
    with the note, and "Question:" beside "Answer:" stays a pair."""
    matcher = LabelMatcher(default_config())
    cand = matcher.candidate("Frage Dr. Klein: Wie beurteilen Sie das?")
    assert cand is not None and cand.printed == "Frage Dr. Klein:"
    root = text_tei(
        "Interview\n\nQuestion: When did the works begin?\n\nAnswer: In March.\n\n"
        "Question: And when will they end?\n\nAnswer: In June.\n"
    )
    assert _speakers(root) == ["Question:", "Answer:", "Question:", "Answer:"]


def test_an_ocr_hyphen_inside_a_surname_in_capitals_reads_as_one_word() -> None:
    """ "SENATOR HAL- VORSEN:" and "Mr. McDON- ALD:" are labels as printed, the person named
    with the word whole."""
    root = tabled_tei("en-senate-ocr-hyphen-surname.txt")
    assert "SENATOR HAL- VORSEN:" in _speakers(root)
    assert texts(root, "//t:person[@xml:id='senator-halvorsen']/t:persName[@type='label']")


def test_the_broken_surnames_label_names_its_person_for_our_rules(tmp_path: Path) -> None:
    """The printed "SENATOR HAL- VORSEN:" is the label form "SENATOR HALVORSEN" of the person
    for the schema's rules: no finding that the speech is someone else's."""
    sample = "en-senate-ocr-hyphen-surname.txt"
    (tmp_path / "out.xml").write_bytes(convert_text((SAMPLES / sample).read_bytes(), sample).tei)
    report = validate_paths([str(tmp_path)], jobs=1)
    assert [str(f) for r in report.files for f in r.findings] == []


def test_a_broken_heading_word_is_no_label() -> None:
    """Negative: a hyphen and a space inside a heading's words in CAPITALS with no form of
    address nor office ("WELL- KNOWN CASES:") make no candidate; in lower case none is joined."""
    matcher = LabelMatcher(default_config())
    assert matcher.candidate("WELL- KNOWN CASES: the list") is None
    assert matcher.candidate("Senator Hal- vorsen: Thank you") is None


def test_a_hyphen_glued_to_a_forename_and_surname_opens_a_turn() -> None:
    """ "-Juan Pérez: Gracias." is a turn, as "—Juan Pérez:" is; the hall's bracket stays a stage."""
    root = tabled_tei("es-concejo-hyphen-glued-names.txt")
    assert _speakers(root)[0] == "-Juan Pérez:"
    assert texts(root, "//t:stage")


def test_a_hyphen_glued_list_item_in_title_case_is_no_label() -> None:
    """Negative: "-Plan General:", "-Ordenanza Fiscal:", "-Release Plan:" are a list's items,
    kept as the record's text; the names after them are labels."""
    root = tabled_tei("es-concejo-hyphen-list-items.txt")
    said = texts(root, "//t:text//t:p")
    assert any(p.startswith("-Plan General: Revisión") for p in said)
    assert any(p.startswith("-Ordenanza Fiscal: Modificación") for p in said)
    root = text_tei("Sprint notes\n\n-Release Plan: Ship in March.\n\n-Budget Review: Next week.\n")
    assert _speakers(root) == []
