"""Real records of Europe, the former USSR, the Middle East and international bodies: the shapes
they showed read wrongly, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei


def test_letter_spaced_notes_of_the_hall_are_typed_stage_directions() -> None:
    """ "(О п л е с к и)", "(Ш у м  у  з а л і)": the notes set letter-spaced are read set close,
    the applause, noise and laughter they name, inside a speech and alone on a line."""
    root = tabled_tei("uk-stage-rada-spaced-letters.txt")
    assert root.xpath("//t:stage/@type", namespaces=NS) == ["noise", "applause", "laughter"]
    assert root.xpath("//t:stage[@type='applause']/text()", namespaces=NS) == ["(О п л е с к и)"]
    german = text_tei("Präsident Löbe: Das Wort hat der Abgeordnete Kranz. (H e i t e r k e i t .)\n")
    assert german.xpath("//t:stage/@type", namespaces=NS) == ["laughter"]
