"""The forty-second round's reading speed: each cheap test asked before a pattern or a call
answers as the pattern or the call did (a label's shape by its colon, a glued heading by its
colon, CAPITALS by the first two letters, the columns by the length, the spaced labels and the
bidirectional marks by a search of the text first, a paragraph's numbers counted as a list);
each finding what it found before, and the line of the same shape with no mark staying as it was."""

from __future__ import annotations

import pytest

from stenogram.transcript.config import default_config
from stenogram.transcript.reader import (
    _glued_heading,
    _in_capitals,
    _label_below,
    _unspaced_labels,
    _wider,
    columns,
    normalise,
    read_source,
)
from stenogram.transcript.units import Lines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Landrat Bernd Keller: Ich rufe den Punkt auf.", True),
        ("  Mevrouw Van der Plas (BBB):", True),
        ("申请人：我要求", False),  # glued only where asked so
        ("Landrat Bernd Keller sprach zur Sache.", False),  # no colon: no label's shape
        ("Die Sitzung wird um 10 Uhr eröffnet.", False),
        ("the minister said: no", False),  # a colon, but no capital first
    ],
)
def test_a_labels_shape_below_needs_its_colon(line: str, expected: bool) -> None:
    assert _label_below(line) is expected


def test_a_full_width_colon_glued_still_opens_a_label_where_asked() -> None:
    assert _label_below("申请人：我要求", glued=True)
    assert not _label_below("申请人说我要求", glued=True)


def test_a_heading_with_a_label_glued_is_found_and_one_without_a_colon_is_not() -> None:
    config = default_config()
    glued = "The situation in the Great Lakes region The President (spoke in French): I thank"
    at = _glued_heading(glued, config)
    assert at > 0 and glued[at:].lstrip().startswith("The President")
    # the same heading and office with no colon after them: a sentence, no label glued
    assert (
        _glued_heading("The situation in the Great Lakes region The President spoke in French", config) == 0
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ΠΡΑΚΤΙΚΑ ΒΟΥΛΗΣ", True),
        ("ГОСУДАРСТВЕННАЯ ДУМА", True),
        ("ǄUKIĆ", True),
        ("Товарищи, мы должны", False),
        ("ТОВАРИЩИ, мы", False),  # a lower-case letter past the first two
        ("ǅukić", False),
        ("1234 — 5678", False),  # no letter
        ("ORAL ANSWERS", True),
        ("Oral Answers", False),
    ],
)
def test_capitals_asked_by_the_first_two_letters_answer_as_letter_by_letter(
    text: str, expected: bool
) -> None:
    assert _in_capitals(text) is expected
    letters = any(c.isupper() for c in text) and not any(c.islower() for c in text)
    assert _in_capitals(text) is (text.isupper() or (not text.isascii() and letters))


@pytest.mark.parametrize(
    "line",
    ["", "short", "x" * 41, "主席：第一項質詢。", "主席：" * 10, "Предсе" * 5, "半角 and wide 全角" * 3],
)
@pytest.mark.parametrize("width", [0, 20, 40, 41, 150])
def test_wider_answers_as_the_columns_do(line: str, width: int) -> None:
    assert _wider(line, width) is (columns(line) > width)


def test_spaced_labels_set_close_and_a_text_without_them_untouched() -> None:
    assert _unspaced_labels("P r ä s i d e n t : Meine Damen") == "Präsident: Meine Damen"
    assert _unspaced_labels("Abg. S c h m i d t (SPD): Ja.") == "Abg. Schmidt (SPD): Ja."
    plain = "Präsident: Meine Damen und Herren, a b c d ist kein Name."
    assert _unspaced_labels(plain) is plain
    # letters in CAPITALS spaced are a heading's: never set close
    assert _unspaced_labels("S T E N O Z Á P I S") == "S T E N O Z Á P I S"


def test_bidirectional_marks_dropped_and_a_text_without_them_kept() -> None:
    assert normalise("\u200fالسيد الرئيس:\u200f نعم\u2066x\u2069") == "السيد الرئيس: نعمx"
    assert normalise("Mr. Smith: Yes.\n") == "Mr. Smith: Yes.\n"


@pytest.mark.parametrize(
    "pairs",
    [[(3, "a"), (4, "b"), (5, "c")], [(7, "a"), (9, "b")], [(2, "a")], [(5, "a"), (4, "b")]],
)
def test_a_paragraphs_numbers_counted_as_before(pairs: list[tuple[int, str]]) -> None:
    lines = Lines(pairs)
    assert [number for number, _ in lines] == [number for number, _ in pairs]
    assert Lines(iter(pairs)).joined == lines.joined


def test_blank_lines_part_the_paragraphs_and_no_wrapped_rule_joins_or_cuts_them() -> None:
    text = (
        "Sitzung des Gemeinderates vom 4. Mai\n\n"
        "Bürgermeisterin Anna Keller: Ich eröffne die Sitzung und begrüße\n"
        "die Mitglieder des Rates.\n\n"
        "Gemeinderat Paul Huber: Danke. Ich habe eine Frage zum Haushalt,\n"
        "die wir vertagt haben.\n\n"
        "(Heiterkeit)\n\n"
        "Bürgermeisterin Anna Keller: Die Frage wird beantwortet.\n"
    )
    source = read_source(text.encode(), "de-council-blank.txt", default_config())
    assert source.layout == "blank-line"
    assert [para.lines.joined for para in source.paragraphs] == [
        "Sitzung des Gemeinderates vom 4. Mai",
        "Bürgermeisterin Anna Keller: Ich eröffne die Sitzung und begrüße die Mitglieder des Rates.",
        "Gemeinderat Paul Huber: Danke. Ich habe eine Frage zum Haushalt, die wir vertagt haben.",
        "(Heiterkeit)",
        "Bürgermeisterin Anna Keller: Die Frage wird beantwortet.",
    ]
