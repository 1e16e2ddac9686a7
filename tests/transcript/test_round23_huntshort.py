"""Short excerpts of real records of every genre, each label printed once, met in the
twenty-third round's hunt (samples in tests/data/labels/, written in the shapes the real records
print, names invented)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_titled_page_head_over_an_excerpts_first_turn_is_furniture() -> None:
    tei = tabled_tei("en-us-council-page-head-title-once.txt")
    assert "Town Council Meeting" not in " ".join(texts(tei, "//t:body"))
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("Thank you, Madam President.")


def test_a_numbered_line_of_speech_ending_in_a_date_stays_speech() -> None:
    tei = text_tei(
        "THE COURT: When did the board meet?\n"
        "THE WITNESS: The full board met, I believe,\n"
        "14      on the evening of March 12, 2024\n"
        "and voted the same night.\n"
    )
    assert "on the evening of March 12, 2024" in " ".join(texts(tei, "//t:sp[2]/t:p"))


def test_the_chair_calling_a_member_by_office_and_surname_opens_an_excerpt() -> None:
    tei = tabled_tei("fi-eduskunta-chair-calls-member-once.txt")
    assert texts(tei, "//t:sp[1]/t:p") == ["Edustaja Lindroos."]


def test_the_chair_calling_a_surname_labelled_below_is_no_field_of_the_head() -> None:
    tei = tabled_tei("es-congreso-chair-calls-surname-once.txt")
    assert texts(tei, "//t:sp[1]/t:p") == ["Señor Olabarria."]


def test_a_field_naming_its_holder_in_full_stays_in_the_head() -> None:
    tei = text_tei(
        "Presidente: Juan Olabarria.\n"
        "El señor OLABARRIA GOIKOETXEA: Se abre la sesión. Tiene la palabra la señora Ruiz.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["El señor OLABARRIA GOIKOETXEA:"]


def test_the_chair_calling_a_colleague_by_surname_opens_an_excerpt() -> None:
    tei = tabled_tei("de-landtag-chair-calls-kollege-once.txt")
    assert texts(tei, "//t:sp[1]/t:p") == ["Kollege Brenninger."]
    assert texts(tei, "//t:stage") == ["(Beifall bei der CSU)"]


def test_a_name_alone_and_the_office_it_asks_each_printed_once_take_turns() -> None:
    tei = tabled_tei("en-uk-commons-office-answers-name-alone-once.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("No, I will not")


def test_a_heading_of_words_the_text_uses_over_an_office_stays_a_heading() -> None:
    tei = text_tei(
        "Housing Policy Review\n"
        "The council reviewed housing policy this year, and the mayor asked for a report.\n\n"
        "The Mayor\n"
        "The mayor has said the report will be ready in spring.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == []


def test_a_portuguese_courts_counsel_printed_once_is_a_label() -> None:
    tei = tabled_tei("pt-tribunal-advogado-once.txt")
    assert texts(tei, "//t:sp[2]/t:p") == ["Conheço, é meu vizinho há muitos anos."]


def test_peers_alone_by_their_titles_place_and_party_each_printed_once_are_labels() -> None:
    tei = tabled_tei("en-uk-lords-peers-alone-once.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("My Lords, I thank the Minister")
    assert "Baroness Whitcombe" not in " ".join(texts(tei, "//t:titleStmt/t:title"))
