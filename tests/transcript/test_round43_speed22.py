"""The forty-third round's parse speed: each rule asks its cheap test of a line's or a
paragraph's shape before it makes a line's text, a paragraph's lines or a speech's words; each
answering as it did before."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, speakers
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import default_config
from stenogram.transcript.presiding import _less_office
from stenogram.transcript.reader import TERMINAL
from stenogram.transcript.scoring import _DATED_REST, _LONG_WORD, _YEAR, _heading_rest, weekday_dated
from stenogram.transcript.turn_labels import name_word, names_line
from stenogram.transcript.units import Lines

_CONFIG = default_config()

_RESTS = [
    "",
    "Monday, June 24th, 1878.",
    "Monday, June 24th, 1878, and the court sat again after the long vacation.",
    "LEGISLATURA XXVII — 1a SESSIONE — DISCUSSIONI",
    "СТЕНОГРАФИЧЕСКИЙ ОТЧЕТ 237",
    "18 МАРТА 1946 Г.",
    "I rise to speak about the BUDGET and NATO.",
    "ORAL ANSWERS TO QUESTIONS.",
    "PRAYERS",
    "— 12 —",
    "Thank you, Madam Speaker. " * 20,
]


def _old_weekday_dated(text: str) -> bool:
    weekday = _CONFIG.head.get("weekday")
    first = text.split(",")[0].split()[:1]
    return bool(
        len(text) <= _DATED_REST and _YEAR.search(text) and weekday and first and weekday.fullmatch(first[0])
    )


def _old_heading_rest(rest: str) -> bool:
    if _old_weekday_dated(rest):
        return True
    words = _LONG_WORD.findall(rest)
    if not words or not all(word.isupper() for word in words):
        return False
    return (len(words) >= 2 and rest[-1:] not in TERMINAL) or (
        len(rest) <= _DATED_REST and _YEAR.search(rest) is not None
    )


@pytest.mark.parametrize("rest", _RESTS)
def test_a_rests_date_and_heading_answer_as_when_every_word_was_read_first(rest: str) -> None:
    assert weekday_dated(rest, _CONFIG) is _old_weekday_dated(rest)
    assert _heading_rest(rest, _CONFIG) is _old_heading_rest(rest)


def test_a_heading_rest_in_capitals_and_a_speech_after_the_label() -> None:
    assert _heading_rest("LEGISLATURA XXVII — 1a SESSIONE — DISCUSSIONI", _CONFIG)
    assert _heading_rest("Monday, June 24th, 1878.", _CONFIG)
    assert not _heading_rest("I rise to speak about the BUDGET and NATO.", _CONFIG)
    assert not _heading_rest("PRAYERS.", _CONFIG)  # one word with its stop: no heading's rest


@pytest.mark.parametrize(
    "text",
    [
        "Ana Maria de Sousa Lemos",
        "Albán Urbano Luis Alberto",
        "Jan Nowak, Anna Kowalska, Piotr Wiśniewski",
        "one two three four five six seven eight",
        "One Two Three Four Five Six Seven Eight",
        "One Two Three Four Five Six Seven Eight Nine",
        "Thank you, Madam Speaker, I rise to speak about the matter before the House today.",
        "",
    ],
)
@pytest.mark.parametrize("words", [(3, 8), (2, 8), (0, 4)])
@pytest.mark.parametrize("listed", [True, False])
def test_names_alone_answer_as_when_all_words_were_split(
    text: str, words: tuple[int, int], listed: bool
) -> None:
    split = text.split()
    old = (
        len(split) <= words[1]
        and all(name_word(word, _CONFIG.particles) and (listed or word[-1] != ",") for word in split)
        and sum(word[0].isupper() for word in split) >= words[0]
    )
    assert names_line(text, _CONFIG.particles, words, listed) is old


@pytest.mark.parametrize(
    "pairs",
    [
        [(3, "a")],
        [(3, "a"), (4, "b")],
        [(3, "a"), (4, "b"), (5, "c")],
        [(7, "a"), (9, "b")],
        [(5, "a"), (4, "b")],
    ],
)
def test_a_paragraphs_last_number_is_its_last_lines(pairs: list[tuple[int, str]]) -> None:
    lines = Lines(pairs)
    assert lines.last == lines[-1][0] == pairs[-1][0]


def test_no_chair_named_has_no_office_taken_off() -> None:
    assert _less_office("", _CONFIG) == ""
    assert _less_office("Mme X, vice-présidente", _CONFIG) == "Mme X"


def test_labels_alone_on_their_lines_a_hyphens_name_and_a_note_in_brackets_read_as_before() -> None:
    text = (
        "Sitzung des Ausschusses\n"
        "\n"
        "Vizepräsi-\n"
        "dent Dr. Max Muster: Meine Damen und Herren, ich eröffne die Sitzung.\n"
        "\n"
        "Abg. Anna Probe (SPD):\n"
        "Danke, Herr Vorsitzender. Ich habe eine Frage.\n"
        "\n"
        "(Recess)\n"
        "\n"
        "Vizepräsident Dr. Max Muster: Wir fahren fort.\n"
        "\n"
        "Abg. Anna Probe (SPD):\n"
        "Ich danke Ihnen.\n"
    )
    tei = convert_text(text.encode(), "de-committee-speed.txt").tei
    assert speakers(tei) == [
        "Vizepräsi-dent Dr. Max Muster:",
        "Abg. Anna Probe (SPD):",
        "Vizepräsident Dr. Max Muster:",
        "Abg. Anna Probe (SPD):",
    ]
    root = etree.fromstring(tei)
    # the word the hyphen broke read whole in the name: one person with the label printed whole
    assert [sp.get("who") for sp in root.xpath("//t:sp", namespaces=NS)] == [
        "#vizeprasident-dr-max-muster",
        "#abg-anna-probe",
        "#vizeprasident-dr-max-muster",
        "#abg-anna-probe",
    ]
    # a note in round brackets set apart stays the record's note, no one's label
    assert root.xpath("//t:stage/text()", namespaces=NS) == ["(Recess)"]
