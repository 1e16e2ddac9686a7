"""Shapes of round 47, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): an earnings call's analyst printed on the speech's line with her firm and
role in two spaced dashes before the colon ("Tom Baker -- Ridge Capital -- Analyst: …"), one
label whose role holds both parts; a recording's episode, part, session or tape and its number
with a title after the colon ("Episode 112: The archive of the plenum", "Tape 4: Interview with
…"), no speaker; a company's shareholder as an office before the name in the languages the
vocabulary had missed ("Cổ đông Trần Thị Bình:"), and the officers of a general meeting."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts, turn_speakers
from stenogram.transcript.config import load_config

_CONFIG = load_config()


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p|//t:div/t:p")  # type: ignore[arg-type]


def test_an_analyst_with_firm_and_role_in_two_dashes_before_the_colon() -> None:
    """ "Tom Baker -- Ridge Capital -- Analyst: Thanks …": one label, the firm and the role its
    role, as the same shape alone on its line reads; the speech after the colon kept."""
    root = tabled_tei("en-call-analyst-two-dashes.txt")
    assert "Tom Baker -- Ridge Capital -- Analyst:" in turn_speakers(root)
    assert any(p.startswith("Thanks for taking my question.") for p in _said(root))
    roles = root.xpath(
        "//t:person[@xml:id='tom-baker']/@role", namespaces={"t": "http://www.tei-c.org/ns/1.0"}
    )
    assert roles == ["Ridge Capital – Analyst"]


def test_two_dashed_parts_no_participant_ends_stay_speech() -> None:
    """A name and two dashed parts whose last is no participant's or office's word ("… --
    Outlook:") stays in the turn above."""
    root = text_tei(
        "Q3 Earnings Call\n\nOperator: Welcome to the call.\n\n"
        "Maria Chen -- Chief Executive Officer: Thank you, operator.\n\n"
        "Tom Baker -- Ridge Capital -- Outlook: rates stay high, and we see no change.\n\n"
        "Maria Chen -- Chief Executive Officer: That is our view too.\n"
    )
    assert turn_speakers(root) == [
        "Operator:",
        "Maria Chen -- Chief Executive Officer:",
        "Maria Chen -- Chief Executive Officer:",
    ]


def test_an_episode_and_a_part_over_timestamped_turns_are_no_speakers() -> None:
    """ "Episode 112: The archive of the plenum", "Part 2: The hearing": a recording's divisions
    and titles, their lines kept as printed."""
    root = tabled_tei("en-podcast-episode-heading.txt")
    said = _said(root)
    assert "Episode 112: The archive of the plenum" in said
    assert "Part 2: The hearing" in said


def test_a_tape_and_a_session_over_an_oral_history_are_no_speakers() -> None:
    """ "Tape 4: Interview with Martin Cole", "Session 3: Closing remarks": no speakers."""
    root = tabled_tei("en-oral-history-tape-session.txt")
    said = _said(root)
    assert "Tape 4: Interview with Martin Cole" in said
    assert "Session 3: Closing remarks" in said


def test_a_numbered_speaker_and_a_named_part_stay_labels() -> None:
    """Negative: a transcription service's "Speaker 2:" stays a label, and "Part" names no
    division without a number after it."""
    root = text_tei(
        "Interview recording\n\nSpeaker 1: Thanks for coming in today.\n\n"
        "Speaker 2: Happy to be here.\n\nSpeaker 1: Let's begin with your first job.\n"
    )
    assert turn_speakers(root) == ["Speaker 1:", "Speaker 2:", "Speaker 1:"]


def test_a_vietnamese_shareholder_before_the_name_is_a_label() -> None:
    """ "Cổ đông Trần Thị Bình:" beside "Chủ tọa …:" and "Tổng Giám đốc …:": believed."""
    root = tabled_tei("vi-dhcd-co-dong.txt")
    assert turn_speakers(root)[2] == "Cổ đông Trần Thị Bình:"


@pytest.mark.parametrize(
    "role",
    [
        "cổ đông",
        "주주",
        "المساهم",
        "aktieägare",
        "osakkeenomistaja",
        "μέτοχος",
        "pemegang saham",
        "शेयरधारक",
        "aktionär",
        "actionnaire",
        "accionista",
        "azionista",
        "aandeelhouder",
        "akcjonariusz",
        "акционер",
        "pay sahibi",
        "akcionář",
        "versammlungsleiter",
        "генеральный директор",
        "toimitusjohtaja",
        "direktur utama",
        "ceo",
    ],
)
def test_shareholders_and_officers_are_offices(role: str) -> None:
    assert _CONFIG.offices.match(role)


def test_a_contribution_and_a_meeting_are_no_shareholder() -> None:
    """Negative: the shareholder's word whole only where it opens others: the Arabic
    contribution and the Korean general meeting stay no office."""
    assert not _CONFIG.offices.match("المساهمة")
    assert not _CONFIG.offices.match("주주총회")
