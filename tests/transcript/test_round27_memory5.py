"""The twenty-seventh round's memory of the reading: the input's bytes handed over and freed once
decoded on every path of the command and of :func:`convert_text`, and no whole copy of a text
made by a step that changes nothing."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import stenogram.tei.convert as convert_module
from stenogram.tei.convert import convert_file, convert_text
from stenogram.transcript.reader import normalise

RECORD = (
    "THE PRESIDENT: The sitting is open.\n\n"
    "MS. HALVORSEN: I thank the chair for the floor.\n\n"
    "THE PRESIDENT: The sitting is closed.\n"
)


def _references_during_parse(monkeypatch: pytest.MonkeyPatch, data: bytes, run: Callable[[], object]) -> int:
    """How many references to *data* there are while its record is parsed, beyond the test's own."""
    counted: list[int] = []
    parse = convert_module.parse

    def counting(*args: object, **kwargs: object) -> object:
        counted.append(sys.getrefcount(data))
        return parse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(convert_module, "parse", counting)
    before = sys.getrefcount(data)
    run()
    return counted[0] - before


def test_convert_text_lets_go_of_the_bytes_it_was_handed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = RECORD.encode("utf-8")
    assert _references_during_parse(monkeypatch, data, lambda: convert_text(data, "sitting.txt")) == 0


@pytest.mark.parametrize("output", ["-", "sitting.xml"])
def test_convert_file_keeps_no_bytes_while_parsing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, output: str
) -> None:
    """To standard output as to a file: the bytes read are the reading's alone."""
    data = RECORD.encode("utf-8")
    source = tmp_path / "sitting.txt"
    source.write_bytes(data)
    monkeypatch.setattr(convert_module, "_read", lambda path: data)
    target = output if output == "-" else str(tmp_path / output)
    assert _references_during_parse(monkeypatch, data, lambda: convert_file(source, target)) == 0


@pytest.mark.parametrize(
    "text",
    [RECORD, "Der Präsident: Das Wort hat Frau Lindqvist.\n", "ПРЕДСЕДАТЕЛЬ: Заседание открыто.\n"],
)
def test_normalise_returns_the_text_itself_when_nothing_changes(text: str) -> None:
    assert normalise(text) is text


def test_normalise_still_rewrites_what_it_must() -> None:
    assert normalise("A: one\r\nB: two\r") == "A: one\nB: two\n"
