"""The forty-fourth round's lead fixes: the hall's word as a short sentence's subject is no
salutation ("Members noted the paper."), while the hall addressed stays one."""

from __future__ import annotations

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
