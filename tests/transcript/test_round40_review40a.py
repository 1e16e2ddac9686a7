"""Hearings and trials whose outline headings stand beside labels that look like them: a German
criminal court's record, whose judge is printed by initial and surname ("I. Hartmann:") while a
defendant reads a statement under an outline's headings ("I. Zur Person:" / "II. Zur Sache:").
The heading is read so only in the shape a heading is printed in; the initial's label speaks.
Each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_judges_initial_i_speaks_beside_an_outline_in_mixed_case() -> None:
    """ "I. Hartmann:" before the judge's speech on its line is an initial and a surname, though
    the statement read below sets "I. Zur Person:" over "II. Zur Sache:": the judge keeps both
    turns, and the statement's headings stay in the defendant's speech, no turn of their own."""
    root = tabled_tei("de-lg-hauptverhandlung-initial-gliederung.txt")
    weber = texts(root, "//t:sp[@who='#k-weber'][1]")[0]
    assert "I. Zur Person:" in weber and "II. Zur Sache:" in weber


def test_a_judges_initial_alone_on_its_line_speaks_over_an_outline() -> None:
    """The same record with its labels alone above the speech: "I. Hartmann:" is one word after
    the numeral, a surname, where a heading names its part in more ("I. Zur Person:")."""
    root = text_tei(
        "I. Hartmann:\nIch eröffne die Verhandlung.\n\n"
        "K. Weber:\nIch lese vor.\n\nII. Zur Sache:\n\nIch war nicht dort.\n\n"
        "I. Hartmann:\nDanke.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["I. Hartmann:", "K. Weber:", "I. Hartmann:"]
