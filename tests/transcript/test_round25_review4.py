"""A reviewer's counter-examples to two late merges of this round: the shapes where a widened
rule took a speaker's own words for a heading or a label, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_a_witness_naming_someone_sworn_in_is_no_witness_heading() -> None:
    """A witness's answer naming someone "having been sworn in", no comma after the name, in
    mixed case ("My brother having been sworn in as a constable …"), brings no witness in: the
    heading so printed names its witness in CAPITALS. The words stay the answer, and the answers
    below stay the witness's."""
    root = tabled_tei("en-court-answer-having-been-sworn-in.txt")
    assert texts(root, "//t:head") == [
        "MARTIN CRANE, having been duly sworn, testified as follows:",
        "BY MR. HALVERSON:",
    ]
    assert turn_ids(root).count("martin-crane") == 2
    assert texts(root, "//t:sp[last()-1]/t:p")[-1].startswith("My cousin having been sworn in")


def test_a_clause_alone_with_a_spaced_colon_in_a_caseless_speech_is_no_label() -> None:
    """In a web copy in Arabic with no stops, whose labels print their colon spaced and their
    speech beside it, a member's clause alone on its line before a quote, its colon spaced too
    ("وأقول للحكومة الموقرة :" / "إن الطرق …"), stays in his speech: the line above ending in no
    stop proves no label where the speech is not beside it."""
    root = tabled_tei("ar-council-quote-clause-spaced-colon.txt")
    assert "وأقول للحكومة الموقرة :" in texts(root, "//t:sp[1]/t:p")[0]


def test_a_members_report_in_brackets_inside_a_speech_is_no_stage() -> None:
    """A member's report in brackets inside her sentence ("(Hon. Otieno said he had conferred
    with the Treasury)") is her words: the Hansard's note of a member's action names him and
    then the action, no word in lower case between but "of", "the" or "for"."""
    root = tabled_tei("en-ke-assembly-report-in-brackets.txt")
    assert texts(root, "//t:stage") == []
    assert (
        "(Hon. Otieno said he had conferred with the Treasury) confirmed it."
        in texts(root, "//t:sp[2]/t:p")[0]
    )


def test_the_minutes_recommendation_field_in_arabic_is_no_label() -> None:
    """Minutes in Arabic whose labels stand alone over a sentence print the council's
    recommendation so too ("التوصية :" / "يحال البند …"): a field of the minutes, no person."""
    root = tabled_tei("ar-council-minutes-recommendation-field.txt")
    assert texts(root, "//t:speaker") == ["العضو ناصر القحطاني :", "سعود الدوسري :"]


def test_a_label_under_a_dash_parting_the_turns_is_no_list_item() -> None:
    """A web copy parting its turns by a dash alone on a line ("—" / "Peter Braun: Danke. …")
    sets no list's bullet: the member printed once under it opens his turn."""
    root = tabled_tei("de-committee-web-dash-between-turns.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Danke. Der Ausschuss hat drei Schulen besichtigt und empfiehlt die Sanierung.",
        "—",
    ]
