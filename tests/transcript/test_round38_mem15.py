"""The thirty-eighth round's memory: the record's decoded text freed at the parse's start, what the
parse asks of the whole text after it asked of the text as held (:class:`HeldText`, its UTF-8 in
pieces where that is smaller), a run of whole lines at a time; the lossless check reads the same
held text back, so the record is no longer held twice through the labels' decision and the
writing. Every answer is the one the decoded text gave."""

from __future__ import annotations

import re

import pytest

import stenogram.transcript.heldtext as heldtext
import stenogram.transcript.turn_labels as turn_labels_module
from stenogram.tei.convert import convert_text
from stenogram.transcript.heldtext import HeldText, Utf8Pieces
from stenogram.transcript.units import Lines, SourceLines

_SITTING = (
    "ПРЕДСЕДАТЕЛЬ. Заседание открыто. Слово имеет депутат Петрова.\n"
    "   Петрова-Ивановна (с места). Благодарю, председатель.\n"
    "\n"
    "ПЕТРОВА. Товарищи! Вопрос о бюджете, как вы знаете, решён.\n"
    "  (Аплодисменты.)\n"
    "ПРЕДСЕДАТЕЛЬ. Заседание закрыто.\n"
)
_RECORD = _SITTING * 40  # pieces of some hundred characters cut its lines


@pytest.fixture(params=[600, 1 << 13])
def piece(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> int:
    """Pieces of the UTF-8 cut anywhere in a line (the smallest that are still smaller than the
    decoded text, the choice :func:`held` makes)."""
    monkeypatch.setattr(heldtext, "_PIECE", request.param)
    return int(request.param)


def test_a_cyrillic_record_is_held_as_its_utf8_read_in_runs_of_whole_lines(piece: int) -> None:
    held = HeldText(_RECORD)
    assert isinstance(held.data, Utf8Pieces)
    chunks = list(held.chunks())
    assert "".join(chunks) == _RECORD
    assert all(chunk.endswith("\n") for chunk in chunks)


def test_a_record_flattened_into_one_line_is_one_run_of_its_pieces(piece: int) -> None:
    """A web copy with no line end across many pieces: the pieces of its one line are gathered
    and joined once at its end, one run, not joined again at every piece."""
    line = (_RECORD * 3).replace("\n", " ")
    held = HeldText(line)
    assert isinstance(held.data, Utf8Pieces) and len(list(held.data.pieces())) > 2
    assert list(held.chunks()) == [line]
    assert list(HeldText(line + "\n" + line).chunks()) == [line + "\n", line]


def test_a_latin_record_is_held_as_its_text_one_run() -> None:
    text = "THE CHAIR: The meeting is open.\n"
    held = HeldText(text)
    assert held.data is text
    assert list(held.chunks()) == [text]


@pytest.mark.parametrize(
    ("pattern", "found"),
    [
        (r"(?<![^\W\d_])бюджете(?![^\W\d_])", True),
        (r"(?<![^\W\d_])бюдж(?![^\W\d_])", False),
        (r"(?<![^\W\d_])благодарю[,.!?;][ \t]+\S", True),
        (r"(?<![^\W\d_])закрыто[,.!?;][ \t]+\S", False),  # its stop ends the record
    ],
)
def test_a_search_of_one_line_finds_what_it_found_in_the_decoded_text(
    piece: int, pattern: str, found: bool
) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert HeldText(_RECORD).search(compiled) is found
    assert (compiled.search(_RECORD) is not None) is found


def test_a_word_of_one_line_is_in_the_held_text_as_in_the_decoded(piece: int) -> None:
    held = HeldText(_RECORD)
    assert "Петрова-Ивановна" in held
    assert "Петрова-Сидорова" not in held


def test_source_lines_over_the_utf8_give_the_lines_the_decoded_text_gave(piece: int) -> None:
    """Lines as printed, lines the reader stripped (their places counted in bytes) and a line
    not printed as the paragraph holds it."""
    paragraphs = [
        Lines(
            [
                (1, "ПРЕДСЕДАТЕЛЬ. Заседание открыто. Слово имеет депутат Петрова."),
                (2, "Петрова-Ивановна (с места). Благодарю, председатель."),
            ]
        ),
        Lines([(4, "ПЕТРОВА. Товарищи! Вопрос о бюджете, как вы знаете, решён.")]),
        Lines([(5, "(Аплодисменты.)")]),
        Lines([(6, "ПРЕДСЕДАТЕЛЬ. Заседание закрыто. (joined)")]),
    ]
    over_utf8 = SourceLines(HeldText(_RECORD), paragraphs)
    assert isinstance(HeldText(_RECORD).data, Utf8Pieces)
    expected = sorted(text for lines in paragraphs for _, text in lines)
    assert sorted(over_utf8.texts()) == expected
    assert sorted(over_utf8.lone()) == sorted(lines[0][1] for lines in paragraphs if len(lines) == 1)


def test_the_labels_are_decided_with_the_decoded_text_freed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision, the parse's peak of memory, reads the held UTF-8; the decoded text is gone."""
    seen: list[object] = []
    decide = turn_labels_module.decide

    def watched(occurrences, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(text.data)
        return decide(occurrences, text, *args, **kwargs)

    monkeypatch.setattr(turn_labels_module, "decide", watched)
    record = _RECORD.encode("utf-8")
    tei = convert_text(record, "sitting.txt").tei
    assert tei is not None and b"<sp " in tei
    assert len(seen) == 1 and isinstance(seen[0], Utf8Pieces)
