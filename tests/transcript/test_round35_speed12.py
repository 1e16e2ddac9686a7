"""The thirty-fifth round's parse speed: the counts of a line's brackets and quotation marks asked
only of a line that prints the mark, the brackets the lines above left open read only where a
label stands inside a line, a line of a cased script not searched for an ideographic stop, the
front matter's forms asked of a line once where it has no margin, and whether a label printed
alone with its stop names someone asked only of such a label; each finding what it found before."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.candidate import unclosed
from stenogram.transcript.config import default_config
from stenogram.transcript.frontmatter import front_kind
from stenogram.transcript.reader import _glued_event
from stenogram.transcript.turn_labels import _ending, bracket_carried

_LINES = [
    "",
    "Herr Präsident, meine Damen und Herren!",
    "THE MINISTER OF AGRICULTURE (SHRI X",
    "Y): Sir, I rise to reply.",
    "(Beifall) und (Zurufe",
    "der „blauen",
    "der „blauen“ Karte",
    "„Karte“ und „Brief”",
    "))(",
    "（全角）",
]


@pytest.mark.parametrize("line", _LINES)
def test_an_unclosed_bracket_or_low_quotation_mark_is_counted_as_before(line: str) -> None:
    """``THE MINISTER OF AGRICULTURE (SHRI X`` / ``Y): …`` and ``der „blauen`` / ``Karte“``: a
    line that prints the mark counts it; one without opens nothing."""
    counted = line.count("(") > line.count(")") or line.count("„") > line.count("“") + line.count("”")
    assert unclosed(line) is counted


def _carried(texts: list[str], number: int) -> int:
    depth = 0
    for text in texts[max(0, number - 3) : number]:
        depth = max(0, depth + text.count("(") - text.count(")"))
    return depth


@pytest.mark.parametrize(
    "lines",
    [
        [
            "(Vizepräsident X verhindert den",
            "Redner am Weitersprechen, was",
            "gehörig. Abg. Y (Soz.): Lassen",
        ],
        ["ein Satz ohne Klammer.", "noch einer.", "Abg. Y: Ja."],
        ["eine verirrte) Klammer", "(Beifall", "und Heiterkeit)", "Abg. Y (Soz.): Nein!"],
        ["(a (b", "c) d", "e", "f) g", "h"],
        [")", ")(", "(", ""],
    ],
)
def test_the_brackets_left_open_above_are_read_as_before(lines: list[str]) -> None:
    """``(Vizepräsident X verhindert den`` / … / ``gehörig. Abg. Y (Soz.): Lassen …``: the depth
    the lines above leave open, a line of neither mark leaving it as it was, a stray closing
    bracket never below none."""
    for number in range(len(lines) + 1):
        assert bracket_carried(lines, number) == _carried(lines, number)


def test_an_ideographic_stop_is_asked_for_before_its_event_is_read() -> None:
    """``… 散会いたします。午後三時五分散会``: the event after the last full stop begins where it did;
    a line of a cased script holds no such stop and glues no event."""
    config = default_config()
    assert _glued_event("これで散会いたします。午後三時五分散会", config) == len("これで散会いたします。")
    assert _glued_event("The sitting was suspended. Thank you.", config) == 0
    assert _glued_event("散会いたします！ありがとう", config) == 0


def test_the_front_matter_reads_a_line_and_its_margin_as_before() -> None:
    """``Source: https://…`` printed with a margin is the source chain's as without one, and a
    speech's line is none."""
    config = default_config()
    assert front_kind("Source: https://example.org/x", config) == "url"
    assert front_kind("   Source: https://example.org/x", config) == "url"
    assert front_kind("  Retrieved 12 May 2024", config) == "retrieved"
    assert front_kind("Herr Präsident!", config) is None
    assert front_kind("   Herr Präsident!", config) is None


def test_a_surname_alone_with_its_stop_under_the_chairs_question_still_speaks() -> None:
    """``Кто желает выступить?`` / ``Прохоров.`` / ``Товарищи! …``: the label printed alone with
    its stop names someone (asked now only of a label alone that ends with a stop), the word of
    a speech between its paragraphs (``Молодцы.``) none."""
    tei = tabled_tei("ru-sezd-surname-alone-under-chairs-question.txt")
    assert "Молодцы." in " ".join(texts(tei, "//t:sp/t:p"))


def test_a_label_alone_with_its_colon_is_read_without_asking_whether_it_names() -> None:
    """``Anna Beispiel:`` alone on its line over ``Herr Präsident! …``: a label alone with a colon
    opens its turn, its speech the paragraph below."""
    tei = text_tei(
        "Präsident Dr. Max Muster:\nIch eröffne die Sitzung.\n\n"
        "Anna Beispiel:\nHerr Präsident! Meine Damen und Herren! Wir beraten heute den Haushalt.\n\n"
        "Präsident Dr. Max Muster:\nVielen Dank. Das Wort hat Herr Karl Probe.\n\n"
        "Karl Probe:\nHerr Präsident! Ich danke Ihnen für das Wort.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == [
        "Präsident Dr. Max Muster:",
        "Anna Beispiel:",
        "Präsident Dr. Max Muster:",
        "Karl Probe:",
    ]
    assert (
        texts(tei, "//t:sp/t:p")[1]
        == "Herr Präsident! Meine Damen und Herren! Wir beraten heute den Haushalt."
    )


@pytest.mark.parametrize(
    ("speech", "ending"),
    [
        ("Mr. X (Brazil)", "short"),
        ("Mr. X (Brazil).", "sentence"),
        ("Ich danke Ihnen [Beifall]  ", "short"),
        ("Zgadzam się.¹", "sentence"),
        ("Ivanov, Petrov, Sidorov", "short"),
    ],
)
def test_a_speech_ending_in_brackets_is_read_past_them_as_before(speech: str, ending: str) -> None:
    """``President: Mr. X (Brazil)``: a role in brackets closing the line ends no sentence (the
    brackets sought only where the line ends with one), a stop after them does."""
    assert _ending([speech], speech) == ending
