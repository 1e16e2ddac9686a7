"""What the court protocol's roll, the list of persons above a hearing, the office with its chair
in brackets after a comma and the court's ruling under its verb must leave as it was: a clerk's
exhibits named by a letter, an annual meeting whose every label is a name with its office alone
on its line, a short court excerpt of two one-line turns set apart by a blank line and a court
labelled "Суд:" that speaks; each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_exhibit_s_letter_with_its_stop_ends_the_clerk_s_sentence_no_roll() -> None:
    """ "THE CLERK: Plaintiff's Exhibit A." / blank / "THE CLERK: Defendant's Exhibit B." are
    the clerk's turns: one capital letter with its stop ends a sentence, where a name's two
    initials ("судья Корнилова Е.В.") end a roll's line with no stop of a sentence."""
    root = tabled_tei("en-court-clerk-exhibit-letters-apart.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Plaintiff's Exhibit A."]
    assert texts(root, "//t:sp[2]/t:p") == ["Defendant's Exhibit B."]


def test_names_with_their_offices_alone_over_speeches_are_labels_no_list() -> None:
    """ "Helen Marsh, Chair of the Board" / speech / "Tom Lind, Treasurer" / speech: each name
    with its office alone on its line has its speech under it, so none is a list of persons
    above the first turn."""
    root = tabled_tei("en-agm-name-office-alone-three-speakers.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Good evening. Welcome to the annual general meeting of the society."
    ]


def test_the_chairman_with_his_name_in_brackets_after_a_comma_is_one_person_alone_and_inline() -> None:
    """ "THE CHAIRMAN, (Mr. Hollis, of Ohio)" alone on its line and with its colon before the
    speech name the same person: the bracket's name, not the office with the comma and
    brackets as its words."""
    tabled_tei("en-hearing-chairman-comma-bracketed-alone.txt")


def test_two_one_line_turns_set_apart_by_a_blank_line_are_no_court_roll() -> None:
    """ "Председательствующий: Прошу садиться." / blank / "Подсудимый Ершов: Понял.": each line
    ends its sentence, so the pair is an excerpt's two turns, not a roll set one line a
    paragraph."""
    tabled_tei("ru-court-two-one-line-turns-apart.txt")


def test_the_court_as_a_label_and_its_ruling_inside_the_chair_s_turn_stay_turns() -> None:
    """ "Суд:" over its speech is a label (only the court with its verb, "Суд определил:", is the
    record's entry of a ruling), and the chair's turn that says "Суд определил: …" stays the
    chair's."""
    root = tabled_tei("ru-court-sud-label-says-opredelil.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Суд определил: ходатайство защиты удовлетворить."]
