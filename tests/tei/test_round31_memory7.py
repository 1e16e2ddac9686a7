"""The thirty-first round's memory of the writing: the record's text, which the lossless check
reads to the writing's end, held as its UTF-8 where that is smaller than the decoded text (a
record partly in Cyrillic or Greek, whose letters take two bytes each decoded), and the check's
verdicts, lines and columns the same as over the text itself."""

from __future__ import annotations

import sys

import pytest

import stenogram.tei.convert as convert_module
from stenogram.errors import LosslessError
from stenogram.tei.convert import convert_text
from stenogram.tei.lossless import _CHUNK, LosslessCheck
from stenogram.transcript.heldtext import Utf8Pieces, held, unheld
from stenogram.transcript.model import Furniture

RECORD = (
    "ПРЕДСЕДАТЕЛЬ. Заседание открыто.\n\n"
    "MS. HALVORSEN: I thank the chair for the floor, and I\n"
    "shall be brief.\n\n"
    "ПРЕДСЕДАТЕЛЬ. Заседание закрыто.\n"
)


def test_a_text_of_two_byte_letters_is_held_as_its_utf8() -> None:
    """Cyrillic beside Latin: the decoded text takes two bytes a character, its UTF-8 fewer."""
    text = "Заседание открыто. The sitting is open.\n" * 100
    kept = held(text)
    assert isinstance(kept, Utf8Pieces)
    assert kept.size() < sys.getsizeof(text)
    assert unheld(kept) == text


@pytest.mark.parametrize(
    "text", ["The sitting is open.\n" * 50, "Séance ouverte à 15 h.\n" * 50, "会议开始。\n" * 50]
)
def test_a_text_no_smaller_in_utf8_is_held_as_it_is(text: str) -> None:
    """ASCII and Latin-1 take a byte a character decoded, ideographs two against three in UTF-8."""
    assert held(text) is text


def _check(text: str | Utf8Pieces, furniture: list[Furniture], found: str) -> None:
    check = LosslessCheck(text, furniture, "record.txt")
    check.feed(found)
    check.close()


def test_the_check_over_utf8_reads_chunks_cut_inside_no_letter() -> None:
    """A chunk of UTF-8 ends where a letter's two bytes would be cut: the same text compared."""
    line = "Депутат Г. Ф. Иванова: Уважаемые коллеги, позвольте начать.\n"
    text = "x" + line * (3 * _CHUNK // len(line.encode()))
    kept = held(text)
    assert isinstance(kept, Utf8Pieces)
    _check(kept, [], text)


def test_the_check_over_utf8_leaves_out_the_furniture_and_places_its_parts() -> None:
    """A line removed whole and a page's number taken off the end of a line, both after
    two-byte letters: the kept text is the same whether the check holds the text or its UTF-8."""
    text = "Стенограмма — страница 4\nПРЕДСЕДАТЕЛЬ. Слово имеет депутат Петрова. 12\nПЕТРОВА. Спасибо.\n"
    furniture = [
        Furniture(1, "Стенограмма — страница 4", "running-head"),
        Furniture(2, "12", "page-number", part=True),
    ]
    found = "ПРЕДСЕДАТЕЛЬ. Слово имеет депутат Петрова. ПЕТРОВА. Спасибо."
    _check(text, furniture, found)
    _check(held(text), furniture, found)  # type: ignore[arg-type]


def test_a_loss_is_told_at_the_same_line_and_column_over_utf8() -> None:
    text = "ПРЕДСЕДАТЕЛЬ. Слово имеет депутат Петрова.\nПЕТРОВА. Спасибо.\n"
    told = []
    for kept in (text, held(text)):
        with pytest.raises(LosslessError) as error:
            _check(kept, [], "ПРЕДСЕДАТЕЛЬ. Слово имеет депутат Петрова. ПЕТРОВА. Спасиб.")
        told.append(str(error.value))
    assert told[0] == told[1]
    assert ":2:" in told[0]


def test_the_conversion_hands_the_check_the_records_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    """The converter lets the decoded text go once the record is parsed: the check holds its
    UTF-8, and the TEI keeps every turn."""
    given: list[object] = []
    real = LosslessCheck.__init__

    def made(self: LosslessCheck, text: str | Utf8Pieces, furniture: list[Furniture], name: str) -> None:
        given.append(text)
        real(self, text, furniture, name)

    monkeypatch.setattr(convert_module.LosslessCheck, "__init__", made)
    record = RECORD.replace("be brief.", "be brief, as the House has heard the matter twice today." * 8)
    conversion = convert_text(record, "sitting.txt")
    assert [type(text) for text in given] == [Utf8Pieces]
    assert unheld(given[0]) == record  # type: ignore[arg-type]
    assert conversion.report.turns == 3
