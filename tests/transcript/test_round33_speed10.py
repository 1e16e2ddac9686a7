"""The thirty-third round's parse speed: the announcements' branches that open with a letter
refused by that letter's class, read with case, before the engine enters them, finding what
they found; and a paragraph's count of lines, which the parse asks some 35 times a paragraph,
as its lines give it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from label_samples import tabled_tei, texts
from stenogram.transcript import config as config_module
from stenogram.transcript.config import default_config
from stenogram.transcript.units import Lines


@pytest.mark.parametrize("count", [0, 1, 2, 3, 7])
def test_a_paragraphs_count_of_lines_is_its_lines(count: int) -> None:
    """A paragraph of one line, two (its one end a number) or more (an array of ends): its
    length is the lines it holds, read as it always was (no lines: one empty line)."""
    lines = Lines([(5 + at, f"Zeile {at} der Rede") for at in range(count)])
    assert len(lines) == max(count, 1)
    assert len(list(lines)) == len(lines)
    assert len(lines.texts) == len(lines)


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("Das Wort hat jetzt Frau Abgeordnete Ines Falk.", "Das Wort hat"),
        ("DAS WORT HAT Herr Ruhland.", "DAS WORT HAT"),
        ("The Hon. Member HAS THE FLOOR.", "HAS THE FLOOR"),
        ("\u017fpeech by Mr Tarrant", "\u017fpeech by"),  # the long s: "s" read case-blind
        ("\u212aövetkezik Szabó Ilona.", "\u212aövetkezik"),  # "K" the Kelvin sign, case-blind a "k"
        ("Ezután következik Szabó Ilona.", "következik"),
        ("Sõna saab Kadri Lepik.", "Sõna saab"),
        ("Kadri Lepik, palun!", ""),  # the look-ahead branch: empty, at the name's first letter
        ("Слово имеет товарищ Орлов.", "Слово имеет"),
        ("Wortmeldung: Dr. Keller", None),
    ],
)
def test_the_announcements_read_case_blind_as_before(said: str, found: str | None) -> None:
    """``Das Wort hat …``, ``HAS THE FLOOR``, ``ſpeech by`` (a branch's first letter in any form
    ``re`` reads case-blind as it): the pattern finds what its branches, case-blind, find."""
    config = default_config()
    match = config.announcements.search(said)
    data = Path(config_module.__file__).parent / "data" / "defaults.toml"
    branches = tomllib.loads(data.read_text(encoding="utf-8"))["labels"]["announcements"]
    expected = re.compile(r"(?<![^\W\d_])(?:" + "|".join(branches) + r")\b", re.IGNORECASE).search(said)
    assert (match and match.span()) == (expected and expected.span())
    assert (match.group() if match else None) == found


def test_a_chair_giving_the_floor_by_name_still_names_the_speaker() -> None:
    """``Järgmine küsimus, Helle Raudsepp, palun!`` in the chair's turn, ``Helle Raudsepp``
    alone on the line below it: the announced name is a label, read as before."""
    tei = tabled_tei("et-riigikogu-labels-alone-palun.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Aitäh! Järgmine küsimus, Helle Raudsepp, palun!"]
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Aitäh, austatud istungi juhataja!")
