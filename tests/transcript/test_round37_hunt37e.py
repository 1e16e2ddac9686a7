"""Minutes and verbatim copies of English-speaking local government: the clerk's fields of a
council's minutes, each in an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


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
