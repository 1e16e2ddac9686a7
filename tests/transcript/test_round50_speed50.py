"""The fiftieth round's speed: a name in ASCII letters is keyed with no pattern asked of its
words, and the configuration's spellings' table is made once a load; each answering as before."""

from __future__ import annotations

import pytest

from stenogram.transcript.candidate import (
    _KEY_WORD,
    _UNMARKED,
    IN_WORD,
    _modern,
    _one_script,
    fold,
    label_key,
)
from stenogram.transcript.config import _speller


def _key_by_every_step(name: str) -> str:
    """:func:`label_key` as it read every name before the ASCII one's short way."""
    bare = IN_WORD.sub("", name).translate(_UNMARKED)
    return " ".join(_modern(_one_script(word)) for word in _KEY_WORD.findall(fold(bare)))


@pytest.mark.parametrize(
    "name",
    [
        "KAGANOVICH",
        "Mr. SMITH-JONES",
        "Dr. O'Brien",
        "  van der Berg  ",
        "Q",
        "A.",
        "The SPEAKER (Hon. J. Doe)",
        "12 Members",
        "İSMAİL Kılıç",
        "БУXAPOB",
        "Воронцовъ",
        "Toʻxtayev",
        "Grotewohl¹",
    ],
)
def test_label_key_same_by_the_short_way(name: str) -> None:
    assert label_key.__wrapped__(name) == _key_by_every_step(name)


def test_speller_keys_each_spelling() -> None:
    spelt_keys = _speller({"ş": "ș", "ţ": "ț"})
    assert spelt_keys(["Mulţumesc", "Domnule preşedinte", "Bună ziua"]) == frozenset(
        {"mulţumesc", "mulțumesc", "domnule preşedinte", "domnule președinte", "bună ziua"}
    )
