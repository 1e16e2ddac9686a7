"""Label shapes earlier rounds left, each seen in real records and written again as an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts
from stenogram.transcript.sources.inline_numbers import extract_inline_numbers


def test_a_dashed_event_of_the_sitting_is_a_stage_between_turns() -> None:
    """An Argentine council's events led by a dash on their own lines: the anthem sung (its
    nation's name after "Himno Nacional") and the chair changing hands are stages between turns,
    as "- Aplausos." is; the change had closed the councillor's speech as a paragraph of it."""
    root = tabled_tei("es-ar-concejo-guion-himno.txt")
    assert texts(root, "//t:div/t:stage[@type='other']") == [
        "- Se entona el Himno Nacional Argentino.",
        "- Ocupa la Presidencia el concejal Lucero.",
    ]
    assert texts(root, "//t:sp[2]/t:p") == [
        "Gracias, señor presidente. Quiero referirme al proyecto de ordenanza sobre el arbolado urbano."
    ]


def test_a_tribunal_page_range_with_its_reporter_is_furniture() -> None:
    """ "(Pages 1 to 8 by Jane Harlow)" between a tribunal's turns is the page's furniture: no
    stage, and the registrar's turn ends with its words."""
    root = tabled_tei("en-tribunal-pages-by-reporter.txt")
    assert root.xpath("//t:stage", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == []
    assert "(Pages 9 to 16 by Robert Kline)" in texts(root, "//t:list[@type='furniture']/t:item")


def test_a_capitals_name_with_a_dash_inside_a_paragraph_opens_a_turn() -> None:
    """ "… to the committee. PAUL GIRARD — I support the motion.": a name of two words in CAPITALS
    with a spaced dash after a sentence, the speech in Mixed case, opens a turn inside the wrapped
    paragraph, as the labels of the minutes' other paragraphs do."""
    root = tabled_tei("en-council-capitals-dash-inside.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "I move that the report of the works committee be received and referred to the committee."
    ]


def test_the_record_narrating_a_permission_given_is_a_stage() -> None:
    """ "Mr. X asked and was given permission to revise and extend his remarks …" unbracketed is
    the record's narration, a stage between the speeches, where it had opened a turn of Mr. X's
    whose speech was "asked and was given permission …"."""
    root = tabled_tei("en-congress-permission-narration.txt")
    assert texts(root, "//t:div/t:stage") == [
        "Mr. DRAYTON asked and was given permission to revise and extend his remarks and include"
        " extraneous material."
    ]


def test_a_hearing_statement_heading_is_no_label_and_gives_the_statement() -> None:
    """ "STATEMENT OF HON. JANE DOE, SECRETARY OF ENERGY" with no blank line around it is a
    heading, no label; the statement under it with no label is the witness's, who is the same
    person as "Secretary DOE." later; "Mr. KLINE." under the next heading opens his turn."""
    root = tabled_tei("en-us-hearing-statement-unlabelled.txt")
    assert texts(root, "//t:head") == [
        "STATEMENT OF HON. JANE DOE, SECRETARY OF ENERGY",
        "STATEMENT OF MARTIN KLINE, PRESIDENT, GRID OPERATORS ASSOCIATION",
    ]
    assert texts(root, "(//t:sp[@who='#hon-jane-doe'])[1]/t:p") == [
        "Thank you, Mr. Chairman. The grid was built for another century.",
        "We propose three measures to modernize it.",
    ]


def test_a_portfolio_joined_by_an_ampersand_is_a_label() -> None:
    """ "Minister for Health & Wellbeing:" and "The MINISTER FOR HEALTH & AGEING (Ms Carver):":
    the spaced ampersand is a word of the office, which is a label, the holder in parentheses
    the person."""
    root = tabled_tei("en-au-portfolio-ampersand.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Let me add that the regional hospitals have their own plan."]


def test_a_czech_page_continuation_note_is_furniture() -> None:
    """ "(pokračuje Novák)" / "(pokračuje: Dvořák)" at a page's top is the page's furniture: no
    stage inside the speech, whose sentence the page had cut goes on in one paragraph."""
    root = tabled_tei("cs-psp-pokracuje-page-top.txt")
    assert texts(root, "//t:body//t:stage") == []
    assert texts(root, "//t:sp[2]/t:p")[0].endswith(
        "jehož projednání se stále odkládá. Navrhuji, abychom jej projednali ještě dnes."
    )


def test_a_legislative_council_over_the_record_is_its_title() -> None:
    """ "LEGISLATIVE COUNCIL OF CEYLON" over "The Council met at 2.30 p.m., …" is the record's
    title, no speaker: the council's word names an office elsewhere, but "legislative" makes it
    the house."""
    root = tabled_tei("en-legislative-council-title.txt")
    assert texts(root, "//t:titlePart") == ["LEGISLATIVE COUNCIL OF CEYLON"]


def test_line_numbers_inside_a_flattened_transcript_are_the_page_s() -> None:
    """A court transcript flattened with its line numbers inline: the run of numbers rising by
    one a line apart is taken off and listed as furniture, the lines set back (the labels that
    opened them are turns, the argument's heading a heading); "section 5" of the speech stays."""
    root = tabled_tei("en-scotus-flattened-line-numbers.txt")
    assert texts(root, "//t:head") == ["ORAL ARGUMENT OF DAVID TANNER ON BEHALF OF THE PETITIONERS"]
    assert texts(root, "(//t:sp)[2]/t:p")[0].endswith("recover costs under section 5 of the Act.")
    assert texts(root, "//t:list[@type='furniture']/t:item[@ana='line-number']") == ["2–11"]


def test_numbers_of_a_speech_that_count_no_lines_stay() -> None:
    """Standalone numbers that do not rise by one a printed line apart (a vote's counts, the
    items a speaker lists) are the speech's: no text is taken for a flattened numbered one."""
    speech = (
        "MR. SMITH: The vote was 12 to 9 with 3 abstaining, and items 4 and 5 and 6 were carried. "
        "Of the 7 members, 2 were absent and 1 was excused, and 8 clauses remain."
    )
    assert extract_inline_numbers(speech) is None
