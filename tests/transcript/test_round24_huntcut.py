"""Real records cut as excerpts, opening in the middle of a speech whose last sentence ends above
the first label: the shapes those cuts showed read wrongly, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, texts


@pytest.mark.parametrize(
    ("sample", "first"),
    [
        ("fr-senat-excerpt-speech-end-applause.txt", "Nous ne voterons donc pas cet amendement."),
        ("zh-legco-excerpt-speech-end-cut.txt", "所以我們會支持這項修正案。"),
        ("ja-diet-excerpt-speech-end.txt", "以上、御報告申し上げます。"),
        ("ar-majlis-excerpt-speech-end.txt", "ولهذا نرفض هذا المشروع بصيغته الحالية."),
    ],
)
def test_a_speech_cut_above_the_first_label_is_no_title(sample: str, first: str) -> None:
    """An excerpt opening with the last sentence of a speech cut above it, capitalised and
    closed by the hall's note in brackets, or in a script without case closed by its full stop:
    a paragraph of no one's before the first turn, where it had been the record's title."""
    root = tabled_tei(sample)
    assert texts(root, "//t:front//t:titlePart") == []
    assert texts(root, "//t:body/t:div/t:p[1]")[0].startswith(first)


def test_the_hall_note_after_the_cut_speech_is_a_stage_direction() -> None:
    """The applause closing the cut speech is typed, inside the paragraph of no one's."""
    root = tabled_tei("fr-senat-excerpt-speech-end-applause.txt")
    assert texts(root, "//t:body/t:div/t:p[1]//t:stage[@type='applause']") == [
        "(Applaudissements sur les travées du groupe UC.)"
    ]


def test_a_caseless_speech_cut_after_its_first_sentence_keeps_its_label() -> None:
    """A member's label printed once, the speech cut mid-sentence after a sentence ended by the
    script's full stop: a turn, where the short unfinished line had refused it and the speech
    had run on in the chair's."""
    root = tabled_tei("zh-legco-excerpt-speech-end-cut.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["主席，我想就這項修正案提出兩點意見。第一，政府應該"]
    assert texts(root, "//t:sp[1]/t:p") == ["我現在請林議員發言。"]


@pytest.mark.parametrize(
    ("sample", "cut"),
    [
        ("en-lords-web-excerpt-last-turn-cut.txt", "My Lords, the noble Lord"),
        ("de-web-excerpt-last-turn-cut.txt", "Frau Präsidentin! Liebe Kolleginnen und"),
    ],
)
def test_a_last_speech_cut_off_after_addressing_the_chair_keeps_its_label(sample: str, cut: str) -> None:
    """A label alone on its line, printed once, over the excerpt's last speech cut off after its
    salutation: a turn, where the short line with no stop had refused it (and in the German copy
    every label with it, the last two lines read as a heading)."""
    root = tabled_tei(sample)
    assert texts(root, "//t:sp[last()]/t:p") == [cut]
    assert texts(root, "//t:body//t:head") == []
