"""The twenty-second round's speed work: the same answers, asked for with less work."""

from __future__ import annotations

import re

import pytest

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.candidate import IN_WORD, Candidate, label_key
from stenogram.transcript.head import _SENTENCE_END
from stenogram.transcript.lines import _MARK_SEEN

# The markers' pattern as it was written before a class of their first characters opened it.
_FLAT_MARK_SEEN = re.compile(r"(?:[-–—]|>>)[ \t]|[○◯●◎〇■]")

_LINES = [
    "Vielen Dank für die Aussprache, wir kommen zur Abstimmung über den Antrag.",
    "… النواب. – السيد فراس",
    "the item. — Anna X: Thank you, Chair.",
    "a word the wrap cut with its hyphen, Pérez-",
    "a dash at the line's end —",
    "SO MOVED. >> SPEAKER: SECOND.",
    "a quotation mark >> alone>>",
    "one > two >> three",
    "…以上です。 2 ◯議長（山田一郎君） 次に参ります。",
    "■ Frau Beispiel: Guten Morgen.",
    "-\tthe tab after a dash",
    "",
]


@pytest.mark.parametrize("line", _LINES)
def test_the_markers_pattern_finds_a_marker_where_the_flat_alternation_found_one(line: str) -> None:
    flat = _FLAT_MARK_SEEN.search(line)
    found = _MARK_SEEN.search(line)
    assert (found is None) == (flat is None)
    if flat is not None and found is not None:
        assert found.start() == flat.start()


@pytest.mark.parametrize("sample", ["ar-iq-flattened-dash-wrapped.txt", "ar-iq-flattened-dash-labels.txt"])
def test_a_flattened_records_dashed_turns_are_read_as_before(sample: str) -> None:
    tabled_tei(sample)


def test_a_candidates_key_is_its_names_key_made_once() -> None:
    cand = Candidate("Mrs. Anna PROBE", None, ":", 16, "Mrs. Anna PROBE:")
    assert cand.key == label_key("Mrs. Anna PROBE")
    assert cand.key is cand.key


# The patterns as they were written with a lookbehind first, which a search tries at every character.
_FLAT_IN_WORD = re.compile(r"(?<=[^\W\d_])[\u02bb\u02bc\u2018](?=[^\W\d_])")
_FLAT_SENTENCE_END = re.compile(r"(?P<word>[^\W\d_]+|(?<![\d.,])\d+)[.!?…]+[\"'”»)]*\s+(?=[\"'“«(]?[^\W_])")


@pytest.mark.parametrize(
    "name", ["Oʻzbekiston Maʼruf", "O‘g‘li", "ʻAbd ul-Karim", "2ʼa _ʼb", "Smith ʼ", "Mr. O’Brien"]
)
def test_the_sign_inside_a_word_is_found_where_the_lookbehind_first_found_it(name: str) -> None:
    assert IN_WORD.sub("", name) == _FLAT_IN_WORD.sub("", name)


@pytest.mark.parametrize(
    "text",
    [
        "In 1998 we were told the same. That is money we do not have.",
        "… bis spätestens 2024. Welche Mittel? Keine.",
        "Sitzung vom 3. Mai 1911",
        "abc12. Def 3. Abc x.. Y",
        "Deutscher Bundestag. Stenografischer Bericht. „Die Sitzung ist eröffnet.“ (Beifall)",
    ],
)
def test_a_sentences_end_is_found_where_the_word_read_from_each_letter_found_it(text: str) -> None:
    assert [(m.span(), m["word"]) for m in _SENTENCE_END.finditer(text)] == [
        (m.span(), m["word"]) for m in _FLAT_SENTENCE_END.finditer(text)
    ]


_FLATTENED = """PARLIAMENT OF EXAMPLE

THE SPEAKER: Order, order. The House will now consider the motion on the rural roads fund.
MR. HOLLIS: Thank you, Mr. Speaker. The roads in my district are in a poor state, and the
bridges are closed. THE SPEAKER: Thank you. The Minister.
MS. ODUYA: I thank the honourable member for his question. THE SPEAKER: Order.
"""


def test_the_units_cut_where_the_decision_found_labels_inside_lines_and_only_there() -> None:
    tei = text_tei(_FLATTENED)
    assert texts(tei, "//t:sp/t:speaker") == [
        "THE SPEAKER:",
        "MR. HOLLIS:",
        "THE SPEAKER:",
        "MS. ODUYA:",
        "THE SPEAKER:",
    ]
    assert texts(tei, "//t:sp[3]/t:p") == ["Thank you. The Minister."]


@pytest.mark.parametrize(
    ("role", "held"),
    [
        (None, None),
        ("", ""),
        ("CDU", "CDU"),
        ("SHRI A. B. SHARMA", "SHRI A. B. SHARMA"),
        ("Bloco/PT - SP. Para encaminhar. Sem revisão do orador.", None),
    ],
)
def test_a_role_of_one_sentence_is_held_whole_without_reading_its_sentences(
    role: str | None, held: str | None
) -> None:
    assert Candidate("Anna Probe", role, ":", 12, "Anna Probe (…):").held == held
