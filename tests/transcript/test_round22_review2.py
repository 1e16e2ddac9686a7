"""A second reviewer's narrowing of the round's last rules: an office, its portfolio after a
particle and one surname in brackets ("Minister for Finance (Brennan):") name the office's
holder, as a reshuffle's next one in the same sitting differs; only an office and a surname
before the brackets ("SENATOR OKORO (Physics):") make the bracket a member's seat. A note in
lower case after an office whose holder is known ("THE MINISTER FOR HEALTH (in Kiswahili):") is
the holder's, no other delegate's body."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_ids


def test_a_ministers_surname_in_brackets_after_the_portfolio_names_the_holder() -> None:
    tei = tabled_tei("en-committee-minister-surname-reshuffle.txt")
    assert turn_ids(tei)[0] != turn_ids(tei)[4]


def test_the_portfolio_in_capitals_after_its_particle_is_no_surname() -> None:
    tei = text_tei(
        "Secretary of State for Trade (Marlowe): I beg to move that the order be approved.\n\n"
        "Mr. Tom Ashby (Northfield): Will the Secretary of State give way?\n\n"
        "Secretary of State for Trade (Marlowe): I will not.\n\n"
        "Secretary of State for Trade (Penrose): As the new Secretary of State I take up the order.\n"
    )
    assert turn_ids(tei) == ["marlowe", "mr-tom-ashby", "marlowe", "penrose"]


def test_a_senators_department_after_the_office_and_surname_is_still_the_seat() -> None:
    tei = tabled_tei("en-academic-senate-department.txt")
    assert "senator-okoro" in turn_ids(tei)


def test_a_note_in_lower_case_after_a_held_office_keeps_its_holder() -> None:
    tei = tabled_tei("en-ke-minister-note-in-kiswahili.txt")
    assert turn_ids(tei)[-1] == turn_ids(tei)[0] == "mr-kamotho"


def test_delegates_of_two_bodies_are_still_two() -> None:
    tei = tabled_tei("en-union-conference-delegate-bodies.txt")
    assert len(set(turn_ids(tei))) == 3
