"""The forty-third round's reading memory: the file's bytes are handed to the reading (``[data].pop``)
and asked for where they are decoded, so that they go once decoded; passed as an argument, they
stayed held by the caller's frame beside the decoded text and the reader's lines and paragraphs
to the reading's end. The conversion's result is the one the bytes passed gave."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import pytest

import stenogram.transcript.sources as sources
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.reader import Source

CONFIG = load_config()
TURNS = (
    "MINUTES OF THE TOWN COUNCIL\n\n"
    + "THE MAYOR: The meeting is open. We turn to the roads.\n\n"
    + "Councillor Brandt: The road to the harbour needs a new surface before the winter.\n\n"
    + "THE MAYOR: Thank you. (Applause)\n\n"
) * 4000  # some 700 kB, all ASCII: the decoded text is held as it is, one byte a letter


def test_the_bytes_are_let_go_before_the_lines_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the reader splits the held text into lines, the bytes are gone: what is traced from
    before the bytes were made is about the held text alone (with the bytes beside it, some twice as much)."""
    read_text = sources.read_text
    traced: list[int] = []

    def reading(held: HeldText, encoding: str, name: str, config: object) -> Source:
        traced.append(tracemalloc.get_traced_memory()[0])
        return read_text(held, encoding, name, CONFIG)

    monkeypatch.setattr(sources, "read_text", reading)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        take: Callable[[], bytes] = [TURNS.encode("utf-8")].pop
        source, extracted = sources.read_input(take, "council.txt", CONFIG)
    finally:
        tracemalloc.stop()
    assert extracted is None and source.paragraphs
    assert traced[0] - before < 1.6 * len(TURNS)


def test_the_conversion_is_the_same_from_text_or_bytes() -> None:
    """The bytes asked for by the reading give the TEI that the text gives."""
    excerpt = TURNS[:400]
    from_text = convert_text(excerpt, "council.txt")
    from_bytes = convert_text(excerpt.encode("utf-8"), "council.txt")
    assert from_text.tei == from_bytes.tei
    assert b"Councillor Brandt" in from_text.tei
