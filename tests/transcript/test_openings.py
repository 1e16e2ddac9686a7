"""Necessary tests asked before a costly pattern: a vocabulary's openings, the roster's dots."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stenogram.transcript import scoring
from stenogram.transcript.config import load_config
from stenogram.transcript.openings import openings

LABELS = Path(__file__).resolve().parents[1] / "data" / "labels"
FLAGS = re.IGNORECASE | re.UNICODE
# qualifiers that may repeat, a trie's branches, a class of variants, and a compound that opens
# with any letter ("Landesminister"): each a shape the vocabularies print
PATTERN = (
    r"(?:(?<![^\W\d_])(?:vice|deputy|first)[\s\-]+)*"
    r"(?:(?<![^\W\d_])(?:president(?:e|in)?|speaker|chair(?:man|woman)?|م[یيى]ر)"
    r"|(?<![^\W\d_])[^\W\d_]+?minister(?:in)?(?![^\W\d_]))"
)


def texts() -> set[str]:
    """The samples' lines, their first words and what stands before a colon, as printed and
    case-folded: the texts a vocabulary is asked of."""
    found: set[str] = set()
    for path in sorted(LABELS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[:60]:
            line = line.strip()
            for text in (line[:40], line.partition(":")[0].strip(), *line.split()[:2]):
                found |= {text, text.casefold()}
    return found


def test_a_small_pattern_refuses_only_what_it_cannot_match() -> None:
    pattern = re.compile(PATTERN, FLAGS)
    opens = openings(pattern)
    assert opens is not None
    for text in ("President", "VICE-PRESIDENTIN", "First Deputy Speaker", "Landesministerin", "میر"):
        assert pattern.match(text) and opens.may_match(text), text
    for text in ("Member", "Mr. Smith", "58.", "", "Ministerialrat"):
        assert not pattern.match(text) and not opens.may_match(text), text


@pytest.mark.parametrize("pattern", [r"(?:mr|mrs)?\.?", r"(a)?\1", r"(?i:speaker)|(?-i:Chair)"])
def test_a_pattern_whose_openings_are_not_read_has_none(pattern: str) -> None:
    assert openings(re.compile(pattern, FLAGS)) is None


@pytest.mark.parametrize("name", ["offices", "chairs", "titles"])
def test_a_vocabulary_refuses_no_text_it_matches(name: str) -> None:
    vocabulary = getattr(load_config(), name)
    opens = vocabulary._opens
    assert opens is not None
    refused = 0
    for text in texts():
        if not opens.may_match(text):
            refused += 1
            assert not vocabulary.regex.match(text), text
    assert refused > 1000  # most words open no office: the test spares the pattern


def test_a_line_with_fewer_dots_than_leaders_has_none_once_its_notes_are_read() -> None:
    # the roster's test asks the leaders' pattern only of a line with five dots or three ellipses
    config = load_config()
    lines = [
        "सभापति : पहले बात तो सुन लीजिये।......(व्यवधान)",
        "Members: Albania …… Mr. X",
        "...(Interruptions)... Yes. (Laughter). Right.",
        ". (Applause) . (Laughter) . (Applause) . (Laughter) .",
        *texts(),
    ]
    for line in lines:
        noted = scoring._NOTED.sub(lambda found: scoring._unnoted(found, config), line)
        if scoring.LEADERS.search(noted):
            assert line.count(".") >= scoring._LEADER_DOTS or line.count("…") >= scoring._LEADER_ELLIPSES
