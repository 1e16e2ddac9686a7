"""A court record's question and answer labels: those naming who asks or answers, in the genitive
(names invented): "Вопрос защитника:" / "Ответ свидетеля:", "Pytanie obrońcy:" / "Odpowiedź:".
Each is a turn of the pair's question or answer, never a person named by the qualifier; an
Indian deposition's "Q." / "Ans." under its numbered witness ("PW-2 …, on SA"); and a party's
role before a spaced dash and its profession with the name ("Защитник – адвокат Гусев П.Р.:")."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, sample_tei, speakers, text_tei, turn_ids

SAMPLES = {
    "ru-court-vopros-whose.txt": ["Вопрос защитника:", "Вопрос государственного обвинителя:"],
    "pl-court-pytanie-whose.txt": ["Pytanie obrońcy:", "Pytanie prokuratora:"],
}


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_question_naming_its_asker_is_a_turn_of_the_pair(sample: str) -> None:
    tei = sample_tei(sample)
    assert turn_ids(tei) == TURN_IDS[sample]
    printed = speakers(etree.tostring(tei))
    assert [label for label in printed if label in SAMPLES[sample]] == SAMPLES[sample]
    assert len(tei.xpath("//t:person", namespaces=NS)) == 4


def test_question_word_with_words_but_no_colon_is_no_label() -> None:
    tei = text_tei("Председательствующий: Слушается дело.\n\nВопрос о мере пресечения решён ранее.\n")
    assert turn_ids(tei) == ["predsedatelstvuyushchii"]


def test_indian_deposition_answers_are_the_numbered_witness_and_questions_the_examiner() -> None:
    # "PW-2 Sunil Wagh, aged 38 years, on SA" / "Examination-in-chief by Ld. APP" / "Q." / "Ans."
    tei = sample_tei("en-in-deposition-ans.txt")
    assert turn_ids(tei) == TURN_IDS["en-in-deposition-ans.txt"]
    assert speakers(etree.tostring(tei)) == ["Q.", "Ans."] * 3


@pytest.mark.parametrize("sample", ["ru-court-zashchitnik-advokat.txt", "uk-court-zakhysnyk-advokat.txt"])
def test_role_dash_profession_and_name_is_one_label(sample: str) -> None:
    # "Защитник – адвокат Гусев П.Р.: …": the defence counsel, the advocate by profession
    tei = sample_tei(sample)
    assert turn_ids(tei) == TURN_IDS[sample]
    label = speakers(etree.tostring(tei))[1]
    assert label.endswith(":") and " – адвокат " in label


def test_a_role_named_with_its_holder_then_printed_alone_is_that_holder() -> None:
    # "Świadek Anna Zielińska:" once, then "Świadek:": the witness last named, not a new person
    tei = sample_tei("pl-sad-witness-named-then-alone.txt")
    assert turn_ids(tei) == TURN_IDS["pl-sad-witness-named-then-alone.txt"]
    labels = tei.xpath(
        "//t:person[@xml:id='swiadek-anna-zielinska']/t:persName[@type='label']", namespaces=NS
    )
    assert [label.text for label in labels] == ["Świadek Anna Zielińska", "Świadek"]
