"""Round 23, a review of the later merges: counter-examples in the genre's real layouts that the
widened rules had misread, each kept as its record prints it."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_heading_above_an_item_opening_with_the_dialogue_dash_stays_a_heading() -> None:
    tei = tabled_tei("es-senado-epigrafe-sobre-guion.txt")
    assert texts(tei, "//t:body//t:head") == ["DICTÁMENES DE COMISIONES"]
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "—Pasamos al dictamen. Para su presentación tiene la palabra la senadora Olmedo Ferrer."
    ]


def test_the_halls_answer_to_a_vote_stays_the_chairs_speech() -> None:
    tei = tabled_tei("ru-syezd-prinyato-otvet-zala.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[1:] == ["Принято.", "Слово предоставляется товарищу Лысаку."]


def test_bracketed_notes_not_set_apart_stay_stage_directions() -> None:
    tei = tabled_tei("en-au-estimates-bracketed-notes-run.txt")
    assert texts(tei, "//t:body//t:stage") == [
        "[Proceedings Suspended]",
        "[Proceedings Resumed]",
        "[Proceedings Suspended]",
        "The committee resumed at 3.45 pm.",
    ]


def test_a_heads_field_naming_a_surname_that_speaks_below_stays_a_field() -> None:
    tei = tabled_tei("es-comision-cabecera-secretaria-habla.txt")
    assert "Señora Calvo." not in texts(tei, "//t:body//t:p")


def test_a_votes_tally_in_capitals_is_no_items_heading() -> None:
    tei = tabled_tei("it-consiglio-esito-voto-maiuscolo.txt")
    assert texts(tei, "//t:body//t:head") == ["OGGETTO N. 2 – VARIAZIONE DI BILANCIO."]
    assert texts(tei, "(//t:sp)[2]/t:p")[1] == "PRESENTI 25 – VOTANTI 24 – FAVOREVOLI 20 – CONTRARI 4."


def test_a_phrase_before_a_quoted_text_in_a_script_without_case_is_no_name() -> None:
    tei = tabled_tei("he-vaada-leshon-hasaif.txt")
    assert "לשון הסעיף: הממשלה תגיש לכנסת דוח שנתי על ביצוע התקציב." in texts(tei, "//t:body//t:p")


def test_a_title_over_narration_and_an_office_alone_take_no_turns() -> None:
    tei = tabled_tei("en-uk-hansard-heading-office-narration.txt")
    assert texts(tei, "//t:body//t:head") == ["The Minister for Transport"]
