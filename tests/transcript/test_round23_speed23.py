"""The twenty-third round's speed work: the same answers, asked for with less work."""

from __future__ import annotations

import re

import pytest

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.candidate import MARKS, Candidate, unclosed
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.lines import (
    _LAST_WORD,
    LineLabels,
    _Placed,
    _unclosed_at,
    _word_before,
    _words_after,
)
from stenogram.transcript.reader import _glued_label
from stenogram.transcript.salutations import saluting

# The last word's pattern as it was written: searched from each letter of the window to its end.
_SEARCHED_LAST_WORD = re.compile(rf"((?:\w|[{MARKS}])+)[^\w{MARKS}]*$")

_TEXTS = [
    "Thank you, Mr. Speaker. The roads in my district are in a poor state.",
    "… proceed with Item 7. THE SPEAKER: We now turn to the motion.",
    "ස්තූතියි ගරු කථානායකතුමනි. ෙනොෙව්. करेंगे. आगे",
    "a word longer than the window: Donaudampfschifffahrtsgesellschaftskapitän. Er spricht.",
    "Sitzung vom 3. Mai 1911, __init__. x_y 12_000. (Beifall) »Gut.« —",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_last_word_before_a_place_is_the_word_the_search_from_each_letter_found(text: str) -> None:
    for at in range(len(text) + 1):
        start = max(0, at - 30)
        searched = _SEARCHED_LAST_WORD.search(text, start, at)
        matched = _LAST_WORD.match(text[start:at])
        assert (matched is None) == (searched is None)
        if matched is not None and searched is not None:
            assert (start + matched.start(1), matched.group(1)) == (searched.start(1), searched.group(1))


_ANNOUNCING = [
    "Слово имеет товарищ Белякова. Белякова (Ярославская губ.). Товарищи, я скажу коротко.",
    "Das Wort hat Frau Probe. Wir kommen zur Abstimmung. Sie hat das Wort, Frau Probe.",
    "I call upon Mr. Hollis.xhas the floor now; the floor is given to Ms. Oduya. Calls on nobody.",
    "La parole est à M. Durand. Głos ma pan poseł Nowak. Tiene la palabra el senador.",
    "Words (Laughter). " * 20,
]


@pytest.mark.parametrize("line", _ANNOUNCING)
def test_a_window_is_refused_only_where_its_own_search_finds_no_announcement(line: str) -> None:
    config = load_config()
    labels = LineLabels(config, LabelMatcher(config))
    for start in range(len(line)):
        for end in range(start, min(len(line), start + 60) + 1, 7):
            if config.announcements.search(line[start:end]):
                assert labels._may_announce(line, start, end), (start, end)


def test_the_saluting_speechs_first_word_is_among_the_salutations_and_thanks_openers() -> None:
    config = load_config()
    for words in config.salutations | config.thanks:
        assert words.split(" ")[0] in config.salutation_openers
    assert saluting("Thank you, Mr. Speaker. The roads …", config)
    assert saluting("Товарищи! Я скажу коротко.", config)
    assert not saluting("Words (Laughter). Words (Laughter).", config)


def test_a_label_glued_to_the_speech_above_is_read_only_over_a_capitalised_line() -> None:
    config = load_config()
    text = "Wir danken für die Aufmerksamkeit.Präsident Max Muster"
    assert _glued_label(text, "Meine Damen und Herren, …", config) == text.index("Präsident")
    assert _glued_label(text, "und so weiter …", config) == 0
    assert _glued_label(text, "", config) == 0


@pytest.mark.parametrize(
    "sample",
    [
        "es-acta-margin-name-paragraphs.txt",  # a roll office by office, one line a paragraph
        "ja-court-examiner-office-alone.txt",  # the office alone over the questions it asks
    ],
)
def test_the_offices_asked_last_still_head_their_roll_and_their_questions(sample: str) -> None:
    tabled_tei(sample)


_LONG = [
    "Thank you all. Mr. Smith (Leeds): We agree. " * 30,
    "x" * 500 + " two words",
    "short line: one",
    "   " * 200 + "after the spaces a speech goes on",
    "ПРЕДСЕДАТЕЛЬ. Слово имеет товарищ Петров. Петров (Тверская губ.). Я скажу коротко.",
]


@pytest.mark.parametrize("line", _LONG)
def test_the_words_after_and_before_a_place_are_the_split_lines_words(line: str) -> None:
    for at in range(0, len(line) + 1, 3):
        for count in (1, 3):
            assert _words_after(line, at, count) == line[at:].split()[:count]
        assert _word_before(line, at) == (line[:at].split() or [""])[-1]


def test_the_labels_found_keep_the_places_they_open_at() -> None:
    found = _Placed()
    cand = Candidate("Mr. Smith", "Leeds", ":", 18, "Mr. Smith (Leeds):")
    found.append((4, cand))
    found.extend([(40, cand), (90, cand)])
    assert found.places == {4, 40, 90}
    assert list(found) == [(4, cand), (40, cand), (90, cand)]


def test_a_flattened_line_of_many_labels_gives_each_its_turn() -> None:
    turn = "Thank you all. Mr. Smith (Leeds): We agree with the motion before us."
    root = text_tei("THE SPEAKER: Order. " + " ".join(turn for _ in range(60)))
    assert texts(root, "//t:sp/t:speaker") == ["THE SPEAKER:"] + ["Mr. Smith (Leeds):"] * 60
    assert texts(root, "//t:sp[2]/t:p") == ["We agree with the motion before us. Thank you all."]
    assert texts(root, "//t:sp[61]/t:p") == ["We agree with the motion before us."]


def test_the_places_inside_an_open_parenthesis_are_those_an_unclosed_prefix_tells() -> None:
    line = "A (b. Mr. X: c) d. (Ms. Y: e. Mr. Z: f"
    places = [0, 2, 3, 10, 15, 19, 20, 27, len(line)]
    assert _unclosed_at(line, places) == {at for at in places if unclosed(line[:at])}
