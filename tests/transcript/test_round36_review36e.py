"""A reviewer's counter-examples to the round's salutation of the hall and the Cuban commander's
office: the Knesset chair's label naming him after "היושב ראש", printed once; a salutation of the
hall alone with its colon over a speech; the chair addressed, a one-word group's voice and a
comrade's form of address that stay labels; and the commander's abbreviated office, in invented
samples and texts (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import sample_tei, tabled_tei, text_tei, texts


def test_the_knesset_chair_named_after_his_office_is_a_label_printed_once() -> None:
    """ "היושב ראש אבנר שלו:": "היושב ראש" is a salutation as well as the chair's office; followed
    by his name it names who speaks, no hall addressed, though printed once."""
    tei = tabled_tei("he-knesset-chair-named-once.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("אני פותח את הישיבה.")


def test_a_salutation_naming_the_chair_before_a_name_stays_a_label() -> None:
    """ "الأخ الرئيس علي ناصر:": the chair addressed by his office and named; his label."""
    tei = text_tei(
        "الأخ الرئيس علي ناصر: نفتتح الجلسة، والكلمة للأخ محمد.\n\n"
        "الأخ محمد صالح: شكراً الأخ الرئيس، لدي ملاحظة على المحضر.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["الأخ الرئيس علي ناصر:", "الأخ محمد صالح:"]


def test_a_salutation_of_the_hall_alone_over_a_speech_is_its_first_line() -> None:
    """ "Compañeras y compañeros:" alone on its line opens a closing speech: no label, its line
    the speech's first paragraph."""
    tei = sample_tei("es-cu-congreso-salutation-alone.txt")
    assert texts(tei, "//t:sp") == []
    assert texts(tei, "//t:body//t:p")[:2] == [
        "Compañeras y compañeros:",
        "Llegamos al cierre de este congreso con el deber cumplido. Los delegados discutieron durante "
        "tres días el plan de la zafra y las condiciones de trabajo en los centrales.",
    ]


@pytest.mark.parametrize(
    "salutation",
    ["Ladies and gentlemen:", "Genossinnen und Genossen:", "Mesdames et messieurs :", "Уважаемые товарищи:"],
)
def test_other_languages_salutations_of_the_hall_alone_are_no_labels(salutation: str) -> None:
    """The hall addressed in two words or more, its colon closing the line, in other languages."""
    tei = text_tei(
        f"CLOSING SITTING, 4 MAY 1978\n\n{salutation}\n\nThe report before you is the work of a year.\n"
    )
    assert texts(tei, "//t:sp") == []
    assert texts(tei, "//t:body//t:p")[0] == salutation


def test_a_group_voice_and_a_comrades_form_of_address_stay_labels() -> None:
    """ "Delegados:" (one word, a group's voice) and "Compañero Presidente:" (a form of address
    before the chair's office) name who speaks."""
    tei = text_tei(
        "Presidente.- Se somete a votación. ¿Están de acuerdo?\n\n"
        "Delegados:  Sí.\n\n"
        "Compañero Presidente: Aprobado por unanimidad.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Presidente.-", "Delegados:", "Compañero Presidente:"]


def test_the_commanders_abbreviated_office_is_a_label_printed_once() -> None:
    """ "Cmdte. en Jefe:": the abbreviation's stop ends no label; the office is the label's."""
    tei = tabled_tei("es-cu-consejo-estado-cmdte-abbreviated.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["¿Cuántas toneladas de caña muele el central por día?"]
