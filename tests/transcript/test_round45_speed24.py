"""The forty-fifth round's speed: what depends on the configuration alone is made once a
configuration, the language's shares are counted from its tables turned round, and the reading's
per-line patterns are asked only of lines whose first or last character (or length) they can
match; each answering as it did before."""

from __future__ import annotations

from collections import Counter

import pytest

from stenogram.transcript.candidate import fold, label_key
from stenogram.transcript.config import default_config
from stenogram.transcript.identity import lettered
from stenogram.transcript.language import _shares, detect_language
from stenogram.transcript.reader import _EDGE_PAGE, _TIMED, _edge_paged, _timed, strip_furniture

_CONFIG = default_config()

_LINES = [
    "",
    "12",
    "Cooke. One Wells",
    "for High Treason. 114",
    "114 for High Treason.",
    "The House met at 12 noon and sat until 12",
    "Karen Hale  0:02",
    "Speaker 1\t00:01:02",
    "Speaker 1  (00:01:02)",
    "Thank you, Madam Speaker.",
    "The sitting resumed at 3 p.m. (applause)",
    "１２",
    "٣",
]


def _old_shares(
    words: Counter[str], total: int, chars: Counter[str], plain: Counter[str]
) -> dict[str, float]:
    """The shares as each language's vocabularies were intersected with the counts."""
    config, share = _CONFIG, {}
    for code in dict.fromkeys([*config.language_words, *config.language_letters]):
        never = sum(n for c, n in plain.items() if c in config.language_unwritten.get(code, frozenset()))
        own = (
            0
            if never
            else sum(n for c, n in chars.items() if c in config.language_letters.get(code, frozenset()))
        )
        common = sum(n for w, n in words.items() if w in config.language_words.get(code, frozenset()))
        share[code] = (common + own - never) / total
    return share


@pytest.mark.parametrize(
    ("words", "letters", "plain"),
    [
        ("the of and to in the house", "", ""),
        ("и в не на что депутаты это", "ыэ", "ө"),
        ("der die und das ist nicht", "äöüß", ""),
        ("de la le et les des que", "éèà", ""),
        ("ja nie że się na w to", "ąęł", ""),
    ],
)
def test_the_languages_shares_count_as_each_vocabulary_intersected_did(
    words: str, letters: str, plain: str
) -> None:
    counted, chars, unwritten = Counter(words.split()), Counter(letters), Counter(plain)
    total = counted.total()
    found = _shares(counted, total, chars, _CONFIG.language_codes, _CONFIG, unwritten)
    assert found == _old_shares(counted, total, chars, unwritten)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Speaker: Order. The House will now consider the motion that is before it and the amendment.",
            "en",
        ),
        ("Председатель: Слово предоставляется депутату. Прошу вас, это очень важный вопрос для нас.", "ru"),
        ("Präsidentin: Das Wort hat der Abgeordnete. Ich bitte um Ruhe, und das ist nicht das Ende.", "de"),
    ],
)
def test_a_short_records_language_is_read_as_before(text: str, language: str) -> None:
    assert detect_language(text, _CONFIG) == language


def test_the_tables_of_the_configuration_are_made_once_and_hold_what_each_record_made() -> None:
    assert _CONFIG.short_words is _CONFIG.short_words
    assert _CONFIG.short_words == {word.casefold() for pair in _CONFIG.short_labels for word in pair}
    assert _CONFIG.short_keys == {label_key(word) for pair in _CONFIG.short_labels for word in pair}
    assert _CONFIG.courtesies == _CONFIG.thanks | _CONFIG.salutations
    assert _CONFIG.examiner_words == {word.casefold() for word in _CONFIG.examiner_word.values()}
    assert set(_CONFIG.any_language_words) == frozenset().union(*_CONFIG.language_words.values())
    assert _CONFIG.floor_verb_ends == tuple(f" {verb}" for verb in _CONFIG.floor_verbs)
    forms = _CONFIG.chair_alone_languages
    for language, words in _CONFIG.chair_alone.items():
        assert all(language in forms[label_key(word)] for word in words)
    for lang, words in _CONFIG.month_words.items():
        assert _CONFIG.months_in(lang) == _CONFIG.months | words
        assert _CONFIG.months_in(lang) is _CONFIG.months_in(lang)
    assert _CONFIG.months_in("en") is _CONFIG.months


def test_a_letter_is_paired_only_where_the_record_prints_its_partner() -> None:
    # "K" after "Kernbach" stands for the surname; "Q" printed with "A" is a question's, no one's
    assert lettered(["Kernbach", "Mr. Lee", "K"], _CONFIG) == {"K": "Kernbach"}
    assert lettered(["Quinn", "Q", "A"], _CONFIG) == {}
    assert any(letter == fold("Q") and fold("A") in others for letter, others in _CONFIG.short_partners)


@pytest.mark.parametrize("line", _LINES)
def test_a_lines_edge_page_and_clock_answer_as_the_patterns_did(line: str) -> None:
    text = line.strip()
    assert _edge_paged(text) is (_EDGE_PAGE.search(text) is not None)
    assert _timed(line) is (_TIMED.search(line[-20:]) is not None)


def test_a_catchword_over_its_page_head_is_furniture_and_a_turn_over_a_number_stays() -> None:
    book = [
        "He said he would swear it, and did.",
        "                                   Cooke.",
        "for High Treaſon.                 114",
        "Cooke. One Wells came to me and said so.",
    ]
    kept, removed = strip_furniture(book, _CONFIG)
    assert [item.pattern for item in removed] == ["catchword", "running-head"]
    assert kept[3] == book[3]
    turns = ["THE COURT: Yes.", "Look at page 12", "THE COURT: Yes. Now, go on."]
    kept, removed = strip_furniture(turns, _CONFIG)
    assert kept == turns and not removed


def test_a_viewers_numbered_speeches_are_furniture_and_a_numbered_list_of_the_text_stays() -> None:
    viewer = [
        "1. 会議録情報",
        "",
        "2. 石田博英",
        "石田委員長 それでは開会します。",
        "3. 櫻内義雄",
        "櫻内委員 はい。",
    ]
    kept, removed = strip_furniture(viewer, _CONFIG)
    assert {item.pattern for item in removed} == {"speech-number"}
    assert kept[3] == viewer[3]
    listed = ["The items are:", "1. Budget", "2. Housing"]
    kept, removed = strip_furniture(listed, _CONFIG)
    assert kept == listed and not removed


def test_a_caption_over_a_name_is_furniture_and_a_long_line_of_the_same_word_stays() -> None:
    caption = sorted(_CONFIG.furniture_captions)[0]
    page = [caption.title(), "Jane Doe", "Thank you, operator."]
    kept, removed = strip_furniture(page, _CONFIG)
    assert [item.pattern for item in removed] == ["speaker-caption"]
    speech = [f"{caption.title()} " + "and the rest of a long line of speech " * 3, "Jane Doe", "Thank you."]
    kept, removed = strip_furniture(speech, _CONFIG)
    assert kept == speech and not removed
