"""A second reviewer's narrowing of the round's last rules: an office, its portfolio after a
particle and one surname in brackets ("Minister for Finance (Brennan):") name the office's
holder, as a reshuffle's next one in the same sitting differs; only an office and a surname
before the brackets ("SENATOR OKORO (Physics):") make the bracket a member's seat. A note in
lower case after an office whose holder is known ("THE MINISTER FOR HEALTH (in Kiswahili):") is
the holder's, no other delegate's body. After a label's spaced dash, a name the witness gives
("Witness Anna Reyes – Doctor Paul Okafor", "Anna Reyes – Anna Reyes") is her answer, no role
as an earnings call prints one after its speaker's name. The hall spoken of as a sentence's
subject ("Summary of Findings: Colleagues will see that …") is no salutation that makes the words
before its colon a speaker inside a flattened line. A hyphen that goes on a list, the line above
opening with it ("-El Secretario de Gobernación" / "-El Director General de Petróleos"), is no
mark of a label alone."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


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


def test_a_witness_answering_a_name_after_her_dashed_label_keeps_her_words() -> None:
    tei = tabled_tei("en-hearing-dashed-witness-names-doctor.txt")
    assert texts(tei, "//t:sp[4]/t:p") == ["Doctor Paul Okafor"]


def test_a_witness_saying_her_own_name_after_a_bare_dashed_name_keeps_it() -> None:
    tei = text_tei(
        "Mark Webb – Please state your full name for the record.\n\n"
        "Anna Reyes – Anna Reyes\n\n"
        "Mark Webb – Were you at the hospital on the night of the fire?\n\n"
        "Anna Reyes – Yes, I was on the night shift in the records office.\n"
    )
    assert texts(tei, "//t:sp[2]/t:p") == ["Anna Reyes"]
    assert texts(tei, "//t:sp[2]/t:speaker") == ["Anna Reyes –"]


def test_an_earnings_calls_name_and_role_after_dashes_is_still_one_label() -> None:
    tei = tabled_tei("en-earnings-call-dashed-roles.txt")
    assert "Owen Trask -- Chief Financial Officer" in texts(tei, "//t:sp/t:speaker")


def test_colleagues_as_a_sentences_subject_make_no_heading_a_label_inside_a_flattened_line() -> None:
    tei = tabled_tei("en-council-flattened-colleagues-subject.txt")
    assert any("Summary of Findings: Colleagues will see" in text for text in texts(tei, "//t:sp[2]/t:p"))


def test_comrades_addressed_after_a_name_inside_a_flattened_line_still_open_its_turn() -> None:
    tei = text_tei(
        "Заседание первое. Председатель: Объявляю заседание открытым. Слово имеет товарищ Петров. "
        "Иван Петров: Товарищи делегаты! Я хочу сказать о работе нашей комиссии за прошлый год. "
        "Председатель: Слово имеет товарищ Смирнова. Анна Смирнова: Товарищи, я поддерживаю доклад.\n"
    )
    assert "Иван Петров:" in texts(tei, "//t:sp/t:speaker")


def test_the_last_of_a_list_of_officials_after_the_same_hyphen_is_no_label() -> None:
    tei = tabled_tei("es-mx-diario-hyphen-list-of-officials.txt")
    assert texts(tei, "//t:sp[1]/t:p")[-2:] == ["-El Director General de Petróleos", "Es cuanto, presidente."]


def test_a_label_after_a_glued_hyphen_alone_over_its_speech_is_still_one() -> None:
    tabled_tei("es-mx-diario-hyphen-glued-alone.txt")


def test_the_last_of_a_list_after_the_spaced_dash_is_no_label_either() -> None:
    tei = text_tei(
        "- La secretaria diputada María Luisa Gómez:\n"
        "Se informa que se encuentran presentes los siguientes funcionarios invitados:\n"
        "- El Secretario de Gobernación\n"
        "- El Director General de Petróleos\n"
        "Es cuanto, presidente.\n\n"
        "- El presidente diputado Luis Ortega Ramos:\n"
        "Gracias, secretaria. Se les da la más cordial bienvenida.\n"
    )
    assert len(turn_ids(tei)) == 2
