"""A second reviewer's counter-examples to the twenty-sixth round's later rules: each rule
narrowed where it took a speaker's words for a heading or a head's field, or an office for a
speech (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_sentence_in_capitals_opening_like_a_witness_heading_is_the_speakers() -> None:
    """The record's "STATEMENT OF NET POSITION IS ON PAGE FOUR." in a member's speech, all in capitals:
    his sentence, no heading, and the paragraph after it no turn of a person named by it."""
    root = tabled_tei("en-council-captions-statement-of-sentence.txt")
    assert texts(root, "//t:body//t:head") == []
    assert texts(root, "//t:sp[2]/t:p")[1] == "STATEMENT OF NET POSITION IS ON PAGE FOUR."
    assert turn_ids(root) == ["mayor-hadley", "councilmember-ortiz", "mayor-hadley"]


def test_a_judges_label_in_capitals_right_under_a_heading_opens_his_turn() -> None:
    """The record's "DIRECT EXAMINATION" / "THE COURT: GO AHEAD.": the judge's turn, not a field."""
    root = tabled_tei("en-court-capitals-label-under-heading.txt")
    assert texts(root, "(//t:sp)[5]/t:p") == ["GO AHEAD."]
    assert not [p for p in texts(root, "//t:div/t:p") if "GO AHEAD" in p]


def test_an_office_after_a_surname_and_initials_stays_in_the_label() -> None:
    """The record's "Сидоренко А.В. Министр финансов области: Уважаемые …": the office is the label's,
    the speech opens after the colon."""
    root = tabled_tei("ru-council-initials-then-office.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Уважаемые депутаты")
    assert texts(root, "//t:sp[3]/t:p")[0] == "У меня вопрос. Откуда рост?"


def test_the_chair_calling_a_witness_right_under_a_heading_keeps_his_turn() -> None:
    """The record's "Examination of witness" / "Chair: Dr Amal Reyes.": the chair has spoken over the
    first panel, so his label under the heading opens his turn, no field of a head."""
    root = tabled_tei("en-uk-evidence-chair-calls-witness-under-heading.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["Dr Amal Reyes."]
    assert not texts(root, "//t:div/t:p")


def test_a_witness_heading_naming_who_accompanies_her_gives_her_the_statement() -> None:
    """The record's "STATEMENT OF HON. ELAINE MARLOW, SECRETARY OF THE INTERIOR;" / "ACCOMPANIED BY …"
    over an unlabelled statement: her turn, the semicolon no panel's."""
    root = tabled_tei("en-us-hearing-statement-accompanied-by.txt")
    assert turn_ids(root)[:2] == ["the-chairman", "hon-elaine-marlow"]
    assert not texts(root, "//t:div/t:p")


def test_a_witness_heading_ending_in_a_companys_abbreviation_stays_a_heading() -> None:
    """ "STATEMENT OF JOHN ROE, PRESIDENT, ACME HOLDINGS, INC.": the stop after the comma's one short
    word is an abbreviation's, no sentence's, so the line is a heading still."""
    root = text_tei(
        "Mr. PALLONE. The subcommittee will come to order.\n\n"
        "STATEMENT OF JOHN ROE, PRESIDENT, ACME HOLDINGS, INC.\n\n"
        "Mr. ROE. Thank you, Mr. Chairman.\n"
    )
    assert texts(root, "//t:body//t:head") == ["STATEMENT OF JOHN ROE, PRESIDENT, ACME HOLDINGS, INC."]
    assert turn_ids(root) == ["mr-pallone", "mr-roe"]
