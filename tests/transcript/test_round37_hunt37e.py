"""Minutes and verbatim copies of English-speaking local government: the clerk's fields of a
council's minutes, each in an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_the_fields_of_a_town_council_s_minutes_open_no_turn() -> None:
    """ "Proposed: Cllr Okafor   Seconded: Cllr Marlow. Resolved.", "Action: Clerk to obtain …",
    "Speakers: Mrs A. Ridley, Mr P. Cousins.", "Proceedings:": the clerk's record of who moved,
    what is to be done and who addressed the meeting, no voice; the minutes stay paragraphs."""
    root = tabled_tei("en-town-council-minutes-proposer-action-fields.txt")
    body = texts(root, "//t:body//t:p")
    assert "Action: Clerk to obtain three quotes for next year." in body
    assert any(p.startswith("Proposed: Cllr Okafor") for p in body)


def test_a_report_s_file_number_after_the_questions_opens_no_turn() -> None:
    """ "File No: T25/008" under an item's heading after the questions without notice: the
    report's reference, no speaker; the councillors' and the officers' turns above stay."""
    root = tabled_tei("en-council-questions-then-minutes-fields.txt")
    assert texts(root, "(//t:sp)[4]/t:p")[0] == "Thank you."
    assert "File No:" not in texts(root, "//t:speaker")


def test_a_union_delegate_s_brother_and_sister_abbreviated_stay_in_the_label() -> None:
    """ "BRO. OKORO:", "SIS. M. KETTERIDGE (Yorkshire and Humber):", "Sis. Pell (Scotland):": a
    trade union conference's report names its delegates so; the abbreviation's stop ends no
    sentence and splits no label, the title stays as printed."""
    root = tabled_tei("en-union-conference-bro-sis-delegates.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["I second the motion and I reserve my right to speak."]


def test_a_stenographer_s_opening_words_cut_after_a_preposition_open_no_turn() -> None:
    """ "1 THE MEETING COMMENCED ON THURSDAY, 16TH DAY OF" / "2 JANUARY, 2025 AS FOLLOWS:": the
    numbered line in CAPITALS ends inside its sentence on "OF", so the line below goes on with
    it, no label; the Cathaoirleach's turn opens the record."""
    root = tabled_tei("en-ie-council-stenography-opening-words-numbered.txt")
    assert "THE MEETING COMMENCED ON THURSDAY, 16TH DAY OF JANUARY, 2025 AS FOLLOWS:" in texts(root, "//t:p")


def test_a_capitals_label_under_a_capitals_line_ending_its_sentence_stays() -> None:
    """ "THE MEETING RESUMED AFTER LUNCH" / "CATHAOIRLEACH: …": the line above ends on no
    preposition, article or conjunction, so the label below is one."""
    root = text_tei(
        "1 THE MEETING RESUMED AFTER LUNCH\n2 CATHAOIRLEACH: Members, we resume.\n"
        "3 CLLR. WARD: Thank you.\n4 CATHAOIRLEACH: Item 6.\n"
    )
    assert texts(root, "//t:speaker") == ["CATHAOIRLEACH:", "CLLR. WARD:", "CATHAOIRLEACH:"]


def test_a_place_over_the_minutes_call_to_order_is_no_label_s_head() -> None:
    """ "Council Chambers" / "CALL TO ORDER: Mayor Castellano called the meeting to order …": the
    head's place over the minutes' first field, a blank line between; no label cut in two, so
    no turn; the minutes stay paragraphs and records."""
    root = tabled_tei("en-us-council-action-minutes-place-over-call-to-order.txt")
    assert not texts(root, "//t:speaker")


def test_a_portfolio_word_of_the_minutes_fields_stays_in_an_office_s_label() -> None:
    """ "The Minister for Planning:": the field's word closes an office's portfolio, a label."""
    root = text_tei(
        "The Speaker: I call the Minister.\n\nThe Minister for Planning: Thank you, Speaker.\n\n"
        "The Speaker: Thank you.\n"
    )
    assert texts(root, "//t:speaker") == ["The Speaker:", "The Minister for Planning:", "The Speaker:"]
