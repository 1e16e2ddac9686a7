"""The thirty-fourth round's memory of the hand-over from the parse to the writing: the record's
UTF-8, which the lossless check reads to the writing's end, held as pieces of a few kilobytes
(:class:`Utf8Pieces`) rather than one buffer of the whole, which the allocator took afresh beside
the decoded text and the document model and which set the command's resident peak; read as one
run of bytes, with the check's verdicts, lines and columns the same."""

from __future__ import annotations

import random

import pytest

import stenogram.transcript.heldtext as heldtext
from stenogram.errors import LosslessError
from stenogram.tei.lossless import LosslessCheck
from stenogram.transcript.heldtext import Utf8Pieces, held, unheld
from stenogram.transcript.model import Furniture

_LINE = "ПРЕДСЕДАТЕЛЬ. Слово имеет депутат Петрова, the member for Kent. 12\n"


def test_no_piece_holds_more_than_a_few_kilobytes() -> None:
    """A record of 300 kB of UTF-8: many pieces, none above the allocator's threshold for a
    block of its own (128 KiB), and together the same bytes as the whole text's UTF-8."""
    text = _LINE * 4000
    kept = held(text)
    assert isinstance(kept, Utf8Pieces)
    assert len(kept._pieces) > 30
    assert max(map(len, kept._pieces)) <= 3 * heldtext._PIECE < 1 << 17
    assert b"".join(kept._pieces) == text.encode("utf-8")
    assert unheld(kept) == text


@pytest.mark.parametrize("piece", [1, 2, 5, 64])
def test_the_pieces_read_as_one_run_of_bytes(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    """Lengths, bytes, slices and the next newline across the pieces' edges, as the whole UTF-8
    answers them."""
    monkeypatch.setattr(heldtext, "_PIECE", piece)
    text = "Заседание\nopen.\n\nЖ" + _LINE * 3
    whole, kept = text.encode("utf-8"), Utf8Pieces(text)
    assert len(kept) == len(whole)
    assert [kept[at] for at in range(len(whole))] == list(whole)
    draw = random.Random(34)
    for _ in range(300):
        start, stop = sorted(draw.randrange(len(whole) + 3) for _ in range(2))
        assert kept[start:stop] == whole[start:stop]
        assert kept.find(b"\n", start) == whole.find(b"\n", start)
    with pytest.raises(ValueError):
        kept.index(b"\n", len(whole) - 1 if not whole.endswith(b"\n") else len(whole))
    with pytest.raises(IndexError):
        kept[len(whole)]


def _told(text: str | Utf8Pieces, furniture: list[Furniture], found: str) -> str:
    check = LosslessCheck(text, furniture, "record.txt")
    try:
        check.feed(found)
        check.close()
    except LosslessError as error:
        return str(error)
    return "kept"


def test_the_check_over_small_pieces_reads_as_over_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A running head removed whole and a page's number taken off a line's end, the pieces cut
    every seven characters (inside the lines and the letters' two bytes): the same verdicts, and
    a loss told at the same line and column."""
    monkeypatch.setattr(heldtext, "_PIECE", 7)
    text = "Стенограмма — страница 4\n" + _LINE + "ПЕТРОВА. Спасибо.\n"
    furniture = [
        Furniture(1, "Стенограмма — страница 4", "running-head"),
        Furniture(2, "12", "page-number", part=True),
    ]
    kept = Utf8Pieces(text)
    good = "ПРЕДСЕДАТЕЛЬ. Слово имеет депутат Петрова, the member for Kent. ПЕТРОВА. Спасибо."
    lost = good.replace("Спасибо", "Спасиб")
    assert _told(kept, furniture, good) == _told(text, furniture, good) == "kept"
    assert _told(kept, furniture, lost) == _told(text, furniture, lost) != "kept"
    assert ":3:" in _told(kept, furniture, lost)
