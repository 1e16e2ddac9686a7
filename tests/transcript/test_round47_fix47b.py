"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a police interview's numbered questions over bare answers ("Q1." / "A."); a
Danish press headline whose preposition is a name's particle elsewhere ("Drabssag i Retten i
Holbæk:"); an answer's note on the interpreter after the letter's stop ("A.   (Through
interpreter) …"); an agenda's lettered items ("B. Approval of the minutes:"); a judicial
gazette's column ("Nouvelles de Lyon :") and a juror's number with the degree sign ("Le juré n°
7 :"); a US case's caption in Mixed case with no "et al." ("Harold Beckett v. Lakeshore Freight
Company.")."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts, turn_ids, turn_speakers
from stenogram.transcript.config import default_config
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.labels.matcher import LabelMatcher
from stenogram.transcript.lines import glued_letters, numbered_letters
from stenogram.transcript.scoring import _lettered_item


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


# 1. Numbered questions over bare answers


def test_numbered_questions_over_bare_answers_are_the_pair() -> None:
    """ "Q1." … "Q4." each answered by "A.": one asker and one answerer, the answers turns."""
    root = tabled_tei("en-police-interview-numbered-questions-bare-answers.txt")
    assert turn_speakers(root)[:2] == ["Q1.", "A."]
    assert set(turn_ids(root)) == {"the-examiner", "the-witness"}
    assert "My cousin sometimes borrows it." in _said(root)


def test_numbered_answers_under_a_bare_question_stay_apart() -> None:
    """Negative: a focus group's "A1:" and "A2:" under one "Q:" are respondents, no item's number;
    and "Q1." with no bare "A." is no pair's."""
    config = default_config()
    group = "Q: What do you think?\nA1: Good.\nA2: Bad.\nQ: And now?\nA1: Fine.\n"
    assert numbered_letters(HeldText(group), config) == frozenset()
    unanswered = "Q1. The budget for roads.\nQ2. The budget for schools.\n"
    assert numbered_letters(HeldText(unanswered), config) == frozenset()
    asked = "Q1. Your name?\nA. Dean.\nQ2. Your age?\nA. Forty.\n"
    assert numbered_letters(HeldText(asked), config) == frozenset({"Q"})


# 2. A press headline's preposition that is a name's particle elsewhere


def test_headline_with_a_court_after_its_particle_is_no_label() -> None:
    root = tabled_tei("da-byret-press-headline-court-particle.txt")
    assert turn_speakers(root)[0] == "Dommeren:"
    assert "Drabssag i Retten i Holbæk:" not in " ".join(turn_speakers(root))


def test_surnames_joined_by_the_particle_stay_a_label() -> None:
    """Negative: the Catalan "i" joining two surnames ("Pere Vidal i Serra:") opens a turn."""
    root = tabled_tei("ca-ple-surnames-joined-by-i.txt")
    assert turn_speakers(root)[0] == "Pere Vidal i Serra:"


# 3. The answer's note on the interpreter


def test_note_after_the_answers_letter_is_the_answers() -> None:
    root = tabled_tei("en-us-deposition-answer-through-interpreter.txt")
    speakers = turn_speakers(root)
    assert speakers[4:6] == ["Q.", "A."]
    assert any(p.startswith("(Through interpreter) In Salinas") for p in _said(root))


def test_note_inside_a_named_label_stays_the_labels() -> None:
    """Negative: "THE WITNESS (through interpreter):" keeps its note before its colon."""
    root = tabled_tei("en-us-deposition-answer-through-interpreter.txt")
    assert "THE WITNESS (through interpreter):" in turn_speakers(root)


# 4. An agenda's lettered items


def test_lettered_agenda_items_are_no_labels() -> None:
    root = tabled_tei("en-selectmen-lettered-agenda-items.txt")
    speakers = turn_speakers(root)
    assert not any(s.startswith(("A.", "B.", "C.")) for s in speakers)
    assert "C. Road salt contract:" in texts(root, "//t:body//t:head")  # the item, over its turn


def test_an_initial_before_a_name_or_an_office_is_a_names() -> None:
    """Negative: the initial of "A. van Dijk" and the "M." of "M. le président" open names."""
    config = default_config()
    assert _lettered_item("B. Approval of the minutes", config)
    assert not _lettered_item("A. van Dijk", config)
    assert not _lettered_item("A. dela Cruz", config)
    assert not _lettered_item("M. le président", config)
    assert not _lettered_item("J. R. Ewing", config)


# 5. A gazette's column and a juror's number


def test_gazette_column_is_a_heading_and_the_juror_a_label() -> None:
    root = tabled_tei("fr-gazette-nouvelles-jure-numero.txt")
    speakers = turn_speakers(root)
    assert "Le juré n° 7 :" in speakers
    assert not any(s.startswith("Nouvelles") for s in speakers)


def test_a_name_of_the_same_shape_is_no_column() -> None:
    """Negative: "Marie de Lyon :" is a name's shape, no column's heading."""
    headings = default_config().headings
    assert headings.fullmatch("Nouvelles de Lyon :") is not None
    assert headings.fullmatch("Marie de Lyon :") is None
    assert headings.fullmatch("Nouvelles de la famille, rien de neuf.") is None


# 6. A case's caption in Mixed case


def test_mixed_case_caption_is_the_records_head() -> None:
    root = tabled_tei("en-us-district-case-caption-mixed-case.txt")
    front = texts(root, "//t:front//t:titlePart")  # type: ignore[arg-type]
    assert "Harold Beckett v. Lakeshore Freight Company." in front
    assert turn_speakers(root)[0] == "THE COURT:"


def test_a_sentence_citing_a_case_is_no_caption() -> None:
    """Negative: a sentence naming a case in its words stays the speech it opens."""
    root = text_tei(
        "THE COURT: We follow the rule the circuit set in that case.\n"
        "MR. LANE: Your Honor, that case was decided in Harmon v. Tate.\n"
        "THE COURT: I know it well.\n"
    )
    assert turn_speakers(root) == ["THE COURT:", "MR. LANE:", "THE COURT:"]
    assert "Your Honor, that case was decided in Harmon v. Tate." in _said(root)


# 7. A numbered witness of a script without case, the name in brackets


def test_numbered_witness_with_the_name_in_brackets_in_thai() -> None:
    root = tabled_tei("th-san-witness-numbered-bracket-name.txt")
    assert "พยานจำเลยปากที่ 1 (นางสาวมาลี ศรีสุข):" in turn_speakers(root)
    assert "ดิฉันเป็นเพื่อนบ้านของจำเลย" in _said(root)


def test_a_reference_in_brackets_after_a_number_is_no_holder() -> None:
    """Negative: a page or a note in lower case in the brackets after a number names no one."""
    matcher = LabelMatcher(default_config())
    assert matcher.candidate("Annex No. 2 (para. 3): it shows the cost.") is None
    assert matcher.candidate("Exhibit No. 4 (see above): it shows the cost.") is None


# 8. A pair's letters glued to their speech by OCR


def test_letters_glued_to_their_speech_are_the_pair() -> None:
    """ "Q.Please give …" / "A.Martha Ellen Granger.": the answer no name with its initial."""
    root = tabled_tei("en-ocr-commission-deposition-glued-letters.txt")
    assert turn_speakers(root)[:2] == ["Q.", "A."]
    assert "Martha Ellen Granger." in _said(root)


def test_initials_glued_to_names_stay_names() -> None:
    """Negative: initials glued to surnames with their colon ("В.Путин:", "A.Berg:") are names,
    and a name's glued initial with no question's letter so glued is no answer's letter."""
    config = default_config()
    names = "В.Путин: Добрый день.\nО.Голодец: Спасибо.\nВ.Путин: Хорошо.\nО.Голодец: Да.\n"
    assert glued_letters(HeldText(names), config) == frozenset()
    initials = "A.Berg reported on the roads.\nA.Lund seconded it.\nThe motion carried.\n"
    assert glued_letters(HeldText(initials), config) == frozenset()


# 9. A rank's collar number after a tape's counter


def test_collar_number_after_a_tape_counter_is_the_labels() -> None:
    root = tabled_tei("en-police-tape-counter-collar-number.txt")
    speakers = ["".join(s.itertext()) for s in root.iter("{http://www.tei-c.org/ns/1.0}speaker")]
    assert speakers[0] == "0.00  DC 4418 MORGAN:"
    assert speakers.count("0.40  DC 4418 MORGAN:") == 1
    assert root.xpath("(//t:speaker)[1]/t:time/text()", namespaces=NS) == ["0.00"]
    assert turn_ids(root)[0] == "dc-4418-morgan"


def test_a_year_after_a_rank_like_word_is_no_collar() -> None:
    """Negative: "DC 2020 CONFERENCE:" after a counter heads an item, no officer's label."""
    matcher = LabelMatcher(default_config())
    assert matcher.candidate("0.12  DC 2020 CONFERENCE: the agenda") is None
