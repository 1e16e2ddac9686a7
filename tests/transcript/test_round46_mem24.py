"""The forty-sixth round's memory: the source's lines the field's rules read once the paragraphs
are freed are marked a byte a line by their numbers and read again from the held text, not held
as places; each read as the paragraphs held it."""

from __future__ import annotations

import sys

from stenogram.transcript.heldtext import HeldText, Utf8Pieces
from stenogram.transcript.units import Lines, SourceLines


def _source(text: str, paragraphs: list[list[tuple[int, str]]]) -> SourceLines:
    return SourceLines(HeldText(text), [Lines(pairs) for pairs in paragraphs])


def test_a_line_is_read_back_as_the_paragraph_held_it() -> None:
    """A line printed with spaces after it that the paragraph kept is read with them; a stripped
    margin is read stripped; a line the reader changed, one numbered 0 and one above the line
    read before (no line of the source at its number) are kept as their texts."""
    text = "Mr. X: Yes.   \n    and more\nMs. Y: No.\nlast line"
    paragraphs = [
        [(1, "Mr. X: Yes.   "), (2, "and more")],
        [(3, "MS. Y: No.")],  # changed by the reader
        [(0, "a line of none")],
        [(4, "last line")],
        [(2, "and more")],  # above the line read before
    ]
    source = _source(text, paragraphs)
    expected = ["MS. Y: No.", "Mr. X: Yes.   ", "a line of none", "and more", "and more", "last line"]
    assert sorted(source.texts()) == expected
    assert sorted(source.lone()) == ["MS. Y: No.", "a line of none", "and more", "last line"]
    assert source.opens("Mr. X: Yes.")


def test_the_lines_are_read_over_held_utf8_and_marked_a_byte_a_line() -> None:
    """Over a record held as its UTF-8, the lines read are the paragraphs' own, and what is kept
    for them is a byte a line of the source, not two places of 4 bytes."""
    lines = [f"ДЕПУТАТ {number}: Слово — мне, {'д' * (number % 40)}." for number in range(1, 2001)]
    text = "\n".join(lines)
    assert isinstance(HeldText(text).data, Utf8Pieces)
    paragraphs: list[list[tuple[int, str]]] = []
    for number in range(1, 1998, 3):  # a paragraph of one line, then one of two, in order
        paragraphs.append([(number, lines[number - 1])])
        paragraphs.append([(number + 1, lines[number]), (number + 2, lines[number + 1])])
    source = _source(text, paragraphs)
    source.settle()
    expected = sorted(line for pairs in paragraphs for _, line in pairs)
    assert sorted(source.texts()) == expected
    assert sorted(source.lone()) == sorted(lines[number - 1] for number in range(1, 1998, 3))
    assert sys.getsizeof(source._marks) < 2 * 2001 + 100
    assert not source._others
