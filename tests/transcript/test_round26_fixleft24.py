"""Label shapes this round's hunts left, mended in a last pass: each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, turn_ids


def test_an_office_with_a_councillors_form_of_address_in_brackets_names_its_holder() -> None:
    """ "The Mayor (Cllr Hollins):": the councillor's form of address before a surname names
    who holds the office, as "Mr." does; the person is the holder, the office her role."""
    root = tabled_tei("en-council-mayor-cllr-in-brackets.txt")
    assert turn_ids(root) == ["cllr-hollins", "councillor-ferreira", "cllr-hollins"]
    roles = root.xpath("//t:person[@xml:id='cllr-hollins']/@role", namespaces=NS)
    assert roles == ["chair"]


def test_a_russian_officials_post_after_her_initials_is_part_of_the_label() -> None:
    """ "Белова Н.А. начальник управления финансов:", "Жуков П.Р. член комиссии:": a department's
    head and a commission's member are offices; each label opens a turn, none goes into the
    chair's speech."""
    root = tabled_tei("ru-sovet-office-after-initials.txt")
    assert turn_ids(root)[1:3] == ["belova-n-a-nachalnik-upravleniya-finansov", "zhukov-p-r-chlen-komissii"]
    assert len(turn_ids(root)) == 5


def test_a_long_office_before_a_comma_and_an_addressed_name_is_the_holders_role() -> None:
    """ "La Sra. Concejala Delegada de Hacienda, Dña. Pilar Ortiz:": the person is the one the
    form of address after the comma names; the office before it is her role, not her id."""
    root = tabled_tei("es-pleno-office-comma-holder.txt")
    assert turn_ids(root) == ["dna-pilar-ortiz"]
    roles = root.xpath("//t:person[@xml:id='dna-pilar-ortiz']/@role", namespaces=NS)
    assert roles == ["Concejala Delegada de Hacienda"]


def test_a_question_from_the_hall_with_its_asker_in_brackets_is_the_askers_turn() -> None:
    """ "Вопрос из зала (Сидорова М.И.):" is the turn of the asker the brackets name, the hall's
    voice her role; "Реплика из зала:" with no one named stays the hall's group."""
    root = tabled_tei("ru-slushaniya-question-from-hall-asker.txt")
    assert turn_ids(root)[1] == "sidorova-m-i"
    assert root.xpath("//t:person[@xml:id='sidorova-m-i']/@role", namespaces=NS) == ["Вопрос из зала"]
    assert root.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["replika-iz-zala"]


def test_a_question_from_the_floor_unnamed_is_not_the_last_askers() -> None:
    """ "Question from the floor (Mrs Ellen Hart):" is her turn; "Question from the floor:" later,
    no one named, is the floor's group, not hers as an office alone is its last holder's."""
    root = tabled_tei("en-public-meeting-question-from-floor-asker.txt")
    assert turn_ids(root)[1] == "mrs-ellen-hart"
    assert turn_ids(root)[3] == "question-from-the-floor"
