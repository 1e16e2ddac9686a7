"""The thirty-fourth round's parse speed: the announcements' branches that need a word
("palun") asked only of a text holding it, a paragraph's lines counted once where a loop asked
their count again, and the WebVTT header asked of a record's first line before the record is
split into its lines; each finding what it found before."""

from __future__ import annotations

import re

import pytest

from stenogram.transcript.config import default_config
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.sources.webvtt import extract_voiced
from stenogram.transcript.units import Lines, SourceLines

_SAID = [
    "Kadri Tamm, palun!",
    "Palun, Kadri Tamm!",
    "Järgmine küsimus, Helle Raudsepp, PALUN!",
    "Das Wort hat Herr Abgeordneter Keller.",
    "The Hon. Member HAS THE FLOOR. I call on Ms Okafor.",
    "Ezután következik Szabó Ilona, és a szó az övé.",
    "Sõna saab Kadri Lepik. Mart Kask, palun.",
    "Wortmeldung: Dr. Keller",
    "",
]


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


@pytest.mark.parametrize("said", _SAID)
def test_the_announcements_find_what_the_whole_alternation_finds(said: str) -> None:
    """``Kadri Tamm, palun!`` (the branch that needs "palun", asked of a text holding it, in any
    case) and ``Das Wort hat Herr Abgeordneter Keller.`` (a text without it, searched without
    that branch): every search and every match as the whole alternation's."""
    announcements = default_config().announcements
    whole = announcements.full
    assert _span(announcements.search(said)) == _span(whole.search(said))
    assert [m.span() for m in announcements.finditer(said)] == [m.span() for m in whole.finditer(said)]


def test_the_announcements_without_their_word_leave_out_only_its_branches() -> None:
    """``palun,? (?=…)`` and ``(?=… palun\\b)``: the only branches left out of the alternation
    asked of a text with no "palun"; the pattern shown is the whole one's."""
    announcements = default_config().announcements
    plain = announcements._plain
    assert plain is not None and "palun" not in plain.pattern.lower()
    assert announcements.pattern == announcements.full.pattern
    assert announcements.search("Sõna saab Kadri Lepik.") is not None
    assert announcements._for("Kadri Tamm, Palun!") is announcements.full
    assert announcements._for("Das Wort hat Herr Keller.") is plain


@pytest.mark.parametrize(
    "pairs",
    [
        [(4, "Eins")],
        [(4, "Eins"), (5, "zwei")],
        [(4, "Eins"), (5, "zwei"), (6, "drei"), (7, "vier")],
        [(4, "Eins"), (6, "zwei"), (9, "drei")],  # numbers apart: a cue's blank lines skipped
    ],
)
def test_a_paragraphs_lines_read_as_their_pairs(pairs: list[tuple[int, str]]) -> None:
    """A paragraph of one, two or more lines, counted or numbered apart: iterated and sliced
    as the list of its pairs, the numbers as many as the texts."""
    lines = Lines(pairs)
    assert list(lines) == pairs
    assert lines[1:] == pairs[1:] and lines[:2] == pairs[:2] and lines[-2:] == pairs[-2:]
    assert lines[1:2] == pairs[1:2]


def test_source_lines_keep_each_paragraph_of_one_line_apart() -> None:
    """``A: one`` alone in its paragraph, ``B: two`` / ``three`` together: the lone lines are
    the one-line paragraphs' only, the count asked once a paragraph."""
    text = "A: one\n\nB: two\nthree\n\nC: four\n"
    paragraphs = [Lines([(1, "A: one")]), Lines([(3, "B: two"), (4, "three")]), Lines([(6, "C: four")])]
    lines = SourceLines(HeldText(text), paragraphs)
    assert sorted(lines.lone()) == ["A: one", "C: four"]
    assert sorted(lines.texts()) == ["A: one", "B: two", "C: four", "three"]


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        ("WEBVTT\n\n00:00.000 --> 00:02.000\n<v Karen Hale>Good morning.</v>\n", True),
        ("\ufeffWEBVTT - a hearing\n\n00:00.000 --> 00:02.000\n<v Karen Hale>Good morning.\n", True),
        ("WEBVTT", False),  # one line, no voice
        ("Notes\nWEBVTT\n\n00:00.000 --> 00:02.000\n<v Karen Hale>Good morning.\n", False),
        ("THE CHAIR: <v Karen Hale> is no header.\n", False),
    ],
)
def test_webvtt_is_known_by_its_first_line(text: str, voiced: bool) -> None:
    """``WEBVTT`` on the first line (after a byte-order mark, with a title) and a voice tag: a
    WebVTT file with voices, read as before; the header on another line, or none: plain text."""
    extracted = extract_voiced(text)
    assert (extracted is not None) == voiced
    if extracted is not None:
        assert "Karen Hale\tGood morning." in extracted.text.split("\n")
