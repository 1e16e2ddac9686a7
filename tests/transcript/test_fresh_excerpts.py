"""Short excerpts as a historian pastes them, each label printed once (samples in
tests/data/labels/, in the layouts the real records print, the names invented)."""

from __future__ import annotations

from label_samples import NS, sample_tei, turn_ids


def test_a_briefing_question_printed_once_between_the_briefer_turns_is_a_turn() -> None:
    tei = sample_tei("en-press-briefing-q-once.txt")
    assert turn_ids(tei) == ["ms-hartwell", "q", "ms-hartwell"]
    question = tei.find(".//t:sp[@who='#q']/t:p", NS)
    assert question is not None and "".join(question.itertext()).startswith("Thank you, Dana.")


def test_a_noon_briefing_question_in_mixed_case_answered_by_the_spokesperson_is_a_turn() -> None:
    """The reporters' "Question:" asks, the spokesperson answers: both are turns, however common
    "Question" is as a sentence's first word."""
    assert turn_ids(sample_tei("en-un-noon-briefing-question.txt")) == [
        "question",
        "spokesperson",
        "question",
        "spokesperson",
    ]


def test_a_briefing_question_printed_once_with_its_colon_is_a_turn() -> None:
    """One exchange pasted alone, the question's word or letter printed once with its colon."""
    assert turn_ids(sample_tei("en-briefing-question-once.txt")) == ["question", "spokesperson"]
    assert turn_ids(sample_tei("en-briefing-q-colon-once.txt")) == ["q", "spokesperson"]


def test_a_press_question_naming_its_journalist_is_the_journalist_turn() -> None:
    """ "FRAGE KERSTEN:" / "Frage Kersten:": the question's word is the turn's kind, the name
    after it the journalist who asks, no forename "Frage"."""
    assert turn_ids(sample_tei("de-press-question-journalist-named.txt")) == ["kersten", "sts-albrecht"]
    assert turn_ids(sample_tei("de-press-question-journalist-mixed.txt")) == [
        "sts-albrecht",
        "kersten",
        "sts-albrecht",
        "lindqvist",
        "sts-albrecht",
    ]


def test_a_briefing_question_letter_answered_by_the_answer_word_is_two_turns() -> None:
    """ "Q: …?" then "Answer: …", each printed once: no pair of the table, but the letter is the
    question's word shortened, it asks, and the answer's word answers it."""
    assert turn_ids(sample_tei("en-briefing-q-answer-once.txt")) == ["q", "answer"]


def test_bare_questions_and_answers_with_no_one_named_are_an_examiner_and_a_witness() -> None:
    """An excerpt of "Q."/"A." (German "F:"/"A:") lines alone, no examiner or witness named
    anywhere: the questions are an unnamed examiner's, the answers the witness's, each named by
    the record's language's word, the letters their labels."""
    en = sample_tei("en-qa-bare-unnamed-examiner.txt")
    assert turn_ids(en) == ["the-examiner", "the-witness"] * 2
    labels = en.xpath("//t:person[@xml:id='the-examiner']/t:persName[@type='label']/text()", namespaces=NS)
    assert labels == ["Q"]
    de = sample_tei("de-f-a-bare-unnamed-examiner.txt")
    assert turn_ids(de) == ["der-fragesteller", "der-zeuge"] * 2
