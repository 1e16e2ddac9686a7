"""A third reviewer's narrowing of the round's last rules: a name in full with its stop after an
office's colon above the first turn ("CLERK: Mary Adams.") is the clerk's roll call, no field of
the head, when a label of that surname answers below ("COUNCILMEMBER ADAMS: Present."). Words in
CAPITALS on the last line of a member's or a witness's turn ("WE WANT WATER", "NO TRESPASSING")
are his, no item's heading run onto the turn: only the chair's turn closes with one. The chair
named with the committee she presides or as the chair on duty ("The Chair of the Committee
(Senator X):", "El Sr. Presidente de turno (X):") is the one who speaks as "The Chair:" below.
A dashed sentence opening with an event's word and a place that goes on past the place ("-
Aplausos en esta casa no se escuchaban …", "— Шум в подъезде стоял страшный …") is speech."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_roll_calls_name_answered_below_is_the_clerks_turn() -> None:
    tei = tabled_tei("en-us-council-roll-call-clerk-names.txt")
    assert turn_ids(tei)[:2] == ["clerk", "councilmember-adams"]


def test_capitals_ending_a_members_turn_are_his_words() -> None:
    tei = tabled_tei("en-tt-hansard-member-ends-in-capitals.txt")
    assert texts(tei, "//t:head") == []
    assert texts(tei, "//t:sp[2]/t:p")[0].endswith("only. WE WANT WATER")


def test_capitals_ending_a_witness_answer_are_her_words() -> None:
    tei = text_tei(
        "Q. What did the sign on the gate say?\n\n"
        "A. It had two words on it, in red paint. I remember them well.\nNO TRESPASSING\n\n"
        "Q. Did you go through the gate anyway?\n\nA. Yes.\n"
    )
    assert texts(tei, "//t:head") == []
    assert texts(tei, "//t:sp[2]/t:p") == [
        "It had two words on it, in red paint. I remember them well. NO TRESPASSING"
    ]


def test_the_chair_of_the_committee_speaks_as_the_chair_below() -> None:
    tei = tabled_tei("en-committee-chair-of-the-committee-held.txt")
    assert turn_ids(tei)[0] == turn_ids(tei)[2]


def test_the_chair_on_duty_speaks_as_the_chair_below() -> None:
    tei = text_tei(
        "El Sr. Presidente de turno (Hernán Vidal): Se abre la sesión.\n\n"
        "El Sr. Rojas: Pido la palabra.\n\n"
        "El Sr. Presidente: Tiene la palabra el concejal Rojas.\n\n"
        "El Sr. Rojas: Gracias, señor presidente.\n"
    )
    assert turn_ids(tei) == ["hernan-vidal", "el-sr-rojas", "hernan-vidal", "el-sr-rojas"]


def test_a_dashed_sentence_opening_with_applause_and_a_place_is_speech() -> None:
    tei = tabled_tei("es-ar-concejo-dashed-sentence-opens-with-applause.txt")
    assert texts(tei, "//t:stage") == []
    assert texts(tei, "//t:sp[2]/t:p")[1].startswith("- Aplausos en esta casa")


def test_a_witness_dashed_line_opening_with_noise_and_a_place_is_speech() -> None:
    tei = text_tei(
        "Председательствующий: Расскажите, что вы слышали в тот вечер.\n\n"
        "Свидетель Петрова: Я вышла из квартиры около десяти часов вечера.\n\n"
        "— Шум в подъезде стоял страшный до самой ночи.\n\n"
        "Председательствующий: Вы видели подсудимого?\n"
    )
    assert texts(tei, "//t:stage") == []
