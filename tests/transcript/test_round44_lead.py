"""The forty-fourth round's lead fixes: the hall's word as a short sentence's subject is no
salutation ("Members noted the paper."), while the hall addressed stays one; the patterns a
conversion compiles are written the same in every process, so the machine's cache finds them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from label_samples import tabled_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.salutations import saluting

_CONFIG = default_config()


def test_a_minutes_field_whose_short_sentence_speaks_of_the_members_is_no_label() -> None:
    """ "Remarks: Members noted the paper." over the turns: the minutes' field, its sentence's
    subject the members spoken of, no hall addressed to make "Remarks" a speaker."""
    root = tabled_tei("en-panel-minutes-remarks-members-noted.txt")
    assert "Remarks" not in texts(root, "//t:speaker")
    assert texts(root, "//t:body//t:p")[0] == "Remarks: Members noted the paper."


@pytest.mark.parametrize(
    ("speech", "addressed"),
    [
        ("Members noted the paper.", False),
        ("Colleagues will see the figures.", False),
        ("Members, order!", True),
        ("Товарищи делегаты!", True),
        ("Colleagues, we resume.", True),
    ],
)
def test_a_short_sentence_s_subject_is_spoken_of_and_a_vocative_addressed(
    speech: str, addressed: bool
) -> None:
    assert saluting(speech, _CONFIG) is addressed


_PATTERNS_BUILT = """
import hashlib, sys
from stenogram.transcript import regexcache
from stenogram.tei.convert import convert_text
convert_text(open(sys.argv[1], "rb").read(), "sample.txt")
print(sorted(digest.hex() for digest, _ in regexcache._used))
"""


def test_the_patterns_a_conversion_compiles_are_the_same_under_any_hash_seed() -> None:
    """A pattern written from a set's words in an order the hash seed picks ("Mc|Le|Da" or
    "Da|Mc|Le" among prefixes of one length) is another pattern in each process: the machine's
    cache never finds it, and every process compiles it again (some 14 MB and a sixth of the 28
    sittings' time). Two processes with two seeds must compile the very same patterns."""
    sample = Path(__file__).parents[1] / "data" / "labels" / "en-council-surname-prefix-labels.txt"
    built = [
        subprocess.run(
            [sys.executable, "-c", _PATTERNS_BUILT, str(sample)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert built[0] == built[1]
