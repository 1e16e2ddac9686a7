"""The memory a conversion holds: the language told from counted words, not lists of them, a
raw paragraph that is its lines with no object around them, and the same answers as before.
The texts are written for these tests (invented names)."""

from __future__ import annotations

import tracemalloc

from stenogram.transcript.config import load_config
from stenogram.transcript.language import detect_language
from stenogram.transcript.reader import RawPara, read_source
from stenogram.transcript.units import Lines

CONFIG = load_config()

GERMAN = "Herr Präsident, meine Damen und Herren, wir haben heute über den Haushalt zu beraten.\n"
SWISS = (
    "Präsident Hans Muster: Wir kommen zur Abstimmung über die Vorlage des Bundesrates, die uns"
    " seit Wochen beschäftigt.\n"
    "Monsieur Jean Exemple: Je vous remercie, nous sommes favorables à ce projet de la commission.\n"
    "Frau Anna Beispiel: Die Kommission hat die Vorlage einstimmig angenommen und beantragt"
    " Eintreten auf das Geschäft.\n"
    "Herr Peter Probst: Wir unterstützen diesen Antrag, weil er die Kantone entlastet und die"
    " Gemeinden stärkt.\n"
)


def _peak(text: str) -> tuple[str, int]:
    """The language of *text* and the most memory its detection held at once, in bytes."""
    detect_language(text, CONFIG)  # the vocabularies built and cached beforehand
    tracemalloc.start()
    try:
        lang = detect_language(text, CONFIG)
        return lang, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_language_of_a_long_record_is_told_without_lists_of_its_words() -> None:
    # the first 200,000 characters are read: a list of every word and one for every line had
    # held some 40 bytes a character; counted, the words hold far less
    lang, peak = _peak(GERMAN * 4000)
    assert lang == "de"
    assert peak < 20 * 200_000


def test_language_weighed_line_by_line_still_finds_the_main_one() -> None:
    # French lines among German ones: the rivals are weighed line by line from the lines alone
    assert _peak(SWISS * 50)[0] == "de"


def test_language_of_names_only_falls_back_to_every_word() -> None:
    # a roll of names holds no prose: the whole text's words decide, as before
    assert detect_language("Hans Muster\nAnna Beispiel\nJean Exemple\n", CONFIG) == "und"


def test_raw_paragraph_is_its_lines() -> None:
    source = read_source(
        "PRÄSIDENT: Ich eröffne die Sitzung.\n\nANNA BEISPIEL: Danke, Herr Präsident,\nfür das Wort.\n".encode(),
        "x.txt",
        CONFIG,
    )
    first, second = source.paragraphs
    assert isinstance(second, Lines) and second.lines is second
    assert [first.line, second.line] == [1, 3]
    assert list(second) == [(3, "ANNA BEISPIEL: Danke, Herr Präsident,"), (4, "für das Wort.")]
    assert second.joined == "ANNA BEISPIEL: Danke, Herr Präsident, für das Wort."
    assert second == RawPara([(3, "ANNA BEISPIEL: Danke, Herr Präsident,"), (4, "für das Wort.")])


def test_lines_are_found_from_their_ends_across_a_space_or_a_hyphen() -> None:
    # each line's start follows its predecessor's end: past the space that joined them, or at
    # once where a hyphen joined a word the wrap cut ("Haus-" / "halt")
    pairs = [
        (7, "Wir beraten den Haus-"),
        (8, "halt und die"),
        (9, " Vorlage"),
        (10, "Pérez-"),
        (11, "Castejón"),
    ]
    lines = Lines(pairs)
    assert lines.joined == "Wir beraten den Haus-halt und die  Vorlage Pérez-Castejón"
    assert list(lines) == pairs and lines.texts == [text for _, text in pairs]
    assert [lines.text(at) for at in range(-5, 5)] == [text for _, text in pairs] * 2
    assert lines.place(1) == (21, 33) and lines.place(-1) == (49, 57)
    two = Lines(pairs[:2])
    assert len(two) == 2 and two.texts == ["Wir beraten den Haus-", "halt und die"]
    assert two.place(-1) == (21, 33) and two[1] == (8, "halt und die")
