"""Shapes this round's hunters left, mended in a second pass: an event of the hall after the
stage's dash that runs on with how it went and where it happened is a stage; an acta's head field
naming its secretary in full with a stop is no turn; a web page's caption above each speaker's
name is furniture, the name the label; a heading in CAPITALS run onto a turn is a head; a
ministry spokesperson who announces answers the questions below; the chair addressed before a
clause and its colon is speech."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_a_dashed_applause_that_runs_on_with_its_place_is_a_stage() -> None:
    tei = tabled_tei("es-ar-diputados-dashed-applause-long.txt")
    assert texts(tei, "//t:stage") == ["- Aplausos prolongados en las bancas y en las galerías."]
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Señor presidente: este proyecto es una deuda con nuestros jubilados y vamos a acompañarlo."
    ]


def test_an_actas_secretary_named_in_full_with_her_stop_is_a_field_of_the_head() -> None:
    tei = tabled_tei("es-ar-concejo-acta-secretaria-field.txt")
    assert texts(tei, "//t:front//t:p") == [
        "Presidencia: Roberto Alcaraz.",
        "Secretaría: Jaquelina Ferreyra.",
    ]
    assert texts(tei, "//t:sp/t:speaker") == [
        "Sr. PRESIDENTE (Alcaraz).-",
        "Sra. DOMÍNGUEZ.-",
        "Sr. PRESIDENTE (Alcaraz).-",
    ]


def test_an_earnings_calls_speaker_caption_above_each_name_is_the_pages_word() -> None:
    tei = tabled_tei("en-earnings-call-speaker-caption.txt")
    assert texts(tei, "//t:sp/t:speaker") == ["Operator", "Jane Doe", "Mark Olsen", "Peter Grant"]
    assert texts(tei, "//t:list[@type='furniture']/t:item[@ana='speaker-caption']") == [
        "Speaker",
        "Speaker",
        "Speaker 1",
    ]
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Thank you, operator. Good morning everyone, and thank you for joining us today."
    ]


def test_a_hansards_capitals_heading_run_onto_the_turn_above_is_a_head() -> None:
    tei = tabled_tei("en-tt-hansard-heading-run-on.txt")
    assert texts(tei, "//t:body//t:head") == ["MISCELLANEOUS PROVISIONS (TAXATION) BILL, 2026", "ADJOURNMENT"]
    assert texts(tei, "//t:sp[1]/t:p")[0].endswith("I now call on the Minister.")


def test_a_ministrys_spokesperson_who_announces_answers_the_questions_below() -> None:
    tei = tabled_tei("zh-mfa-briefing-announces.txt")
    assert turn_ids(tei) == ["王丽华", "提问人", "王丽华", "提问人", "王丽华"]
    assert texts(tei, "//t:sp/t:speaker") == ["王丽华首先发布消息：", "问：", "答：", "问：", "答："]


def test_the_chair_addressed_before_a_clause_and_its_colon_is_the_speakers_words() -> None:
    tei = tabled_tei("en-tt-hansard-flattened-saluted-move.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Thank you very much, Madam Speaker. Madam Speaker, I beg to move:",
        "That a Bill to amend the Income Tax Act be now read a second time.",
    ]
