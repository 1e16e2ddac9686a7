"""Label shapes this round's hunters left, each seen in real records and written again as an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_letter_spaced_events_with_a_comma_are_applause() -> None:
    """A congress stenogram's letter-spaced list of events, a comma closing a word
    ("( Б у р н ы е,  п р о д о л ж и т е л ь н ы е  а п л о д и с м е н т ы )"), is applause
    inside the speech, as the one word on its own line is."""
    root = tabled_tei("ru-stage-congress-spaced-letters.txt")
    assert texts(root, "//t:stage[@type='applause']") == [
        "( Б у р н ы е, п р о д о л ж и т е л ь н ы е а п л о д и с м е н т ы )",
        "(А п л о д и с м е н т ы.)",
    ]
    assert len(texts(root, "//t:sp[2]/t:p[1]/t:stage[@type='applause']")) == 1
