"""The twenty-eighth round's memory of the parse: the source's lines read as places in its text
only once the labels are decided (the parse's peak), before its paragraphs are freed, and the
same lines read from them as before."""

from __future__ import annotations

import pytest

import stenogram.transcript.parser as parser_module
from stenogram.tei.convert import convert_text
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.turn_labels import TurnLabels
from stenogram.transcript.units import Lines, SourceLines

RECORD = (
    "THE PRESIDENT: The sitting is open.\n\n"
    "MS. HALVORSEN: I thank the chair for the floor, and I\n"
    "shall be brief.\n\n"
    "THE PRESIDENT: The sitting is closed.\n"
)


def test_the_source_lines_are_not_read_while_the_labels_are_decided(monkeypatch: pytest.MonkeyPatch) -> None:
    """The labels' decision holds an occurrence of every candidate: the lines' places wait."""
    settled: list[bool] = []
    decide = TurnLabels._decide_labels

    def deciding(self: parser_module._Parser, paragraphs: list) -> None:  # type: ignore[type-arg]
        settled.append(self._source_lines._paragraphs is None)
        decide(self, paragraphs)
        settled.append(self._source_lines._paragraphs is None)

    monkeypatch.setattr(parser_module._Parser, "_decide_labels", deciding)
    conversion = convert_text(RECORD, "sitting.txt")
    assert settled == [False, False]
    assert conversion.report.turns == 3


def test_the_source_lines_are_read_before_the_paragraphs_go(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the body is read, the places are there and the paragraphs no longer held by them."""
    seen: list[SourceLines] = []
    body = parser_module._Parser._body

    def reading(self: parser_module._Parser, units: list) -> None:  # type: ignore[type-arg]
        seen.append(self._source_lines)
        body(self, units)

    monkeypatch.setattr(parser_module._Parser, "_body", reading)
    convert_text(RECORD, "sitting.txt")
    assert seen and seen[0]._paragraphs is None
    assert sorted(seen[0].lone()) == [
        "THE PRESIDENT: The sitting is closed.",
        "THE PRESIDENT: The sitting is open.",
    ]


def test_source_lines_asked_first_read_their_paragraphs_once() -> None:
    text = "A: one\n\nB: two\nthree\n"
    paragraphs = [Lines([(1, "A: one")]), Lines([(3, "B: two"), (4, "three")])]
    lines = SourceLines(HeldText(text), paragraphs)
    assert sorted(lines.texts()) == ["A: one", "B: two", "three"]
    lines.settle()  # settled already: nothing read twice
    assert sorted(lines.texts()) == ["A: one", "B: two", "three"]
    assert list(lines.lone()) == ["A: one"]
