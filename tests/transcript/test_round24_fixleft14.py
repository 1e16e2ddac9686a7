"""Shapes the twenty-fourth round's hunts left, mended in a short last pass (samples in
tests/data/labels/, names invented)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_the_secretary_reading_the_minutes_is_a_stage_not_the_chairs_speech() -> None:
    tei = tabled_tei("it-senato-secretary-reads-minutes.txt")
    assert texts(tei, "//t:stage") == [
        "BALDINI, segretario, dà lettura del processo verbale della seduta precedente."
    ]
    assert texts(tei, "//t:sp[1]/t:p")[-1] == "Si dia lettura del processo verbale."


def test_the_senator_secretary_named_after_his_office_reading_the_minutes_is_a_stage() -> None:
    tei = text_tei(
        "PRESIDENTE. La seduta è aperta (ore 10).\n\n"
        "Il senatore segretario Baldini dà lettura del processo verbale della seduta precedente.\n\n"
        "PRESIDENTE. Il processo verbale è approvato.\n"
    )
    assert texts(tei, "//t:stage") == [
        "Il senatore segretario Baldini dà lettura del processo verbale della seduta precedente."
    ]


def test_a_one_word_sentence_after_an_unpunctuated_label_in_capitals_is_the_speechs() -> None:
    tei = tabled_tei("en-assembly-capitals-unpunctuated-order.txt")
    assert texts(tei, "//t:sp[1]/t:speaker") == ["MR SPEAKER"]
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("Order. The House")


def test_an_answers_label_with_its_stop_before_a_one_word_answer_keeps_its_stop() -> None:
    tei = text_tei("Q. Did you see him?\nA. Yes.\nQ. Never?\nA. Never.\n")
    assert texts(tei, "//t:sp[2]/t:p") == ["Yes."]


def test_minutes_narrating_who_spoke_with_the_office_in_lower_case_give_no_label() -> None:
    tei = tabled_tei("ru-minutes-office-lower-narrated.txt")
    assert "petrov-i-s" not in turn_ids(tei)
    assert texts(tei, "//t:sp[1]/t:p")[-1].startswith("Петров И. С., министр транспорта, выступил")


def test_an_office_and_an_announced_surname_alone_unpunctuated_are_labels_together() -> None:
    tei = tabled_tei("ru-plenum-office-name-alone-unpunctuated.txt")
    assert turn_ids(tei) == ["predsedatelstvuyushchii", "kudryavtsev"]
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Спасибо. Товарищи,")
