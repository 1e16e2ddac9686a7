"""The twenty-fourth round's speed work: the same answers, asked for with less work."""

from __future__ import annotations

import re

import pytest

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.candidate import SMALL, UPPER, Candidate
from stenogram.transcript.labels.patterns import LINE_END_CLOCK, LINE_END_CLOCK_SPAN
from stenogram.transcript.lines import _GLUED, _PARTY_LABEL
from stenogram.transcript.reader import (
    _ARTICLE_AT,
    _NUMBERED_HEAD,
    _NUMBERED_HEAD_LEFT,
    _ROW,
    _ROW_GAP,
    _ROW_GAP_END,
    _WIDER_GAP,
    _numbered_head,
)
from stenogram.transcript.turn_labels import _HOLDERS_SPAN, TurnLabels
from stenogram.transcript.units import join_lines


class _Asked:
    """A stand-in for the decision that records the values its field's list is asked of."""

    def __init__(self) -> None:
        self.values: list[str] = []

    def _holders_open(self, value: str) -> bool:
        self.values.append(value)
        return True


def _first_two(value: str) -> str:
    """The first two items of *value* as the field's list reads them."""
    return ",".join(value.split(",", 2)[:2])


_FIELD = "Vorsitzende: GR Mag. Anton Kessler, GRin Berta Lanz, GRin Dr. Clara Weiß"
_LINES = [
    f"(Beginn um 9.02 Uhr) {_FIELD} Schriftführer: GR Emil Roth, GRin Ida Maus",
    "the sitting opened at ten. " + "Mr. X: Words. " * 60,
    "the sitting opened. Mr. X: " + "a, " * 3 + "b" * 500 + ", c, d",
    "the sitting opened. Mr. X: " + "b" * 398 + ", c, d",
    "the sitting opened. Mr. X: " + "b" * 200 + ", c" + "d" * 300 + ", e",
]


@pytest.mark.parametrize("line", _LINES)
@pytest.mark.parametrize("below", ["", "GRin Ida Maus, GR Otto Kern", "-Weber, Dr. Anna Roth"])
def test_a_field_list_after_a_label_inside_a_line_is_read_from_a_window(line: str, below: str) -> None:
    """Where the line's rest ends inside the window, the list is asked of it joined to the line
    below; where the first two items after the label fit the window, of them as of that whole
    rest; where they run past it, not at all."""
    cand = Candidate("Mr. X", None, ":", 6, "Mr. X:")
    for at in range(0, len(line), 7):
        asked = _Asked()
        answer = TurnLabels._holders_at(asked, line, at, cand, below)  # type: ignore[arg-type]
        whole = join_lines([line[at:], below])[cand.end :]
        if len(line) - at - cand.end < _HOLDERS_SPAN:
            assert asked.values == [whole]
        elif len(_first_two(whole)) < _HOLDERS_SPAN:
            assert answer and [_first_two(value) for value in asked.values] == [_first_two(whole)]
        else:
            assert not answer and not asked.values


def test_a_flattened_line_of_labels_with_no_speech_above_gives_each_its_turn() -> None:
    root = text_tei("the sitting opened at ten. " + "Mr. Pell: We agree with the motion. " * 60)
    assert texts(root, "//t:sp/t:speaker") == ["Mr. Pell:"] * 60
    assert texts(root, "//t:sp[60]/t:p") == ["We agree with the motion."]


@pytest.mark.parametrize(
    "sample",
    ["de-at-sitzungsbericht-vorsitzende-feld.txt", "de-at-sitzungsbericht-vorsitzende-zeile.txt"],
)
def test_a_councils_chairs_listed_after_their_colon_stay_a_field(sample: str) -> None:
    tabled_tei(sample)


# The glued label's place as the pattern was written: the word's start asked at every character
# (and, since the thirty-first round, no word of three letters two capitals open: "OStA Dr. X:";
# since the forty-third, no lower-case letter that is a word by itself: "An tAire Stáit:", a
# number's letter still one: "§ 3aPräsident:").
_GLUED_ASKED_FIRST = re.compile(
    r"(?:(?<=[^\W_])|(?=\d))"
    r"(?<!(?<![^\W\d_])[A-ZÀ-ÖØ-ÞА-ЯЁ])(?<!(?<![^\W\d_])[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё])"
    r"(?<!(?<![^\W\d_])[A-ZÀ-ÖØ-ÞА-ЯЁ]{2})"
    r"[0-9a-zß-öø-ÿа-яё](?=[A-ZÀ-ÖØ-ÞА-ЯЁ])"
)
_GLUED_TEXTS = [
    "… am 3. Mai 2011Präsident Dr. Max Muster: Meine Damen und Herren.",
    "StA Dr. Weber: Ja. McDonald sagte es. MacLeod, DeVries, iPhone, x1Y, aB, AbC, ABcD",
    "OStA Dr. Wendt: Ja. GStA X. xOStA ABCdE AbcDeF",
    "OStA Dr. Wendt: Nein. GStA Haberl sagte es. xABcD, ÄÖüX",
    "… поддерживаем.Петров. Товарищи, голосуемПредседатель: Кто за?",
    "aA bB cC Ab Abc Abcd AbcD aBcD éÉ ßS 9Z _A",
    "An tAire Stáit: Tá. na hAirí, ár nDaoine, 1aB, x1Y, ab1C",
    "",
]


@pytest.mark.parametrize("text", _GLUED_TEXTS)
def test_a_glued_labels_place_is_where_the_pattern_asked_first_found_it(text: str) -> None:
    for start, end in ((0, len(text)), (3, len(text) - 5), (0, text.find(":") + 1)):
        found = [m.span() for m in _GLUED.finditer(text, start, end)]
        assert found == [m.span() for m in _GLUED_ASKED_FIRST.finditer(text, start, end)]


def _numbered_head_read_whole(line: str) -> re.Match[str] | None:
    """The running head's reading as it was: every line's gaps read first."""
    line = _WIDER_GAP.sub("   ", line)
    right = _NUMBERED_HEAD.fullmatch(line) if line[-1:].isdigit() else None
    return right or (_NUMBERED_HEAD_LEFT.fullmatch(line) if line[:1].isdigit() else None)


_HEAD_LINES = [
    "ΠΡΑΚΤΙΚΑ ΒΟΥΛΗΣ          14 ΜΑΡΤΙΟΥ 2018          4567",
    "4567       ΠΡΑΚΤΙΚΑ ΒΟΥΛΗΣ   14 ΜΑΡΤΙΟΥ 2018",
    "58. Sitzung des Nationalrates der Republik      1",
    "Landtag von Beispielland — 3. Sitzung      Seite 12",
    "Se aprueba por unanimidad.        Art. 3",
    "Die Sitzung wird um 10.02 Uhr eröffnet.",
    "Abg. Anna Probe (CDU):    Danke.",
    "",
    "7",
]


@pytest.mark.parametrize("line", _HEAD_LINES)
def test_a_line_with_no_figure_at_its_ends_is_no_numbered_head_unread(line: str) -> None:
    found, whole = _numbered_head(line), _numbered_head_read_whole(line)
    assert (found and found.groupdict()) == (whole and whole.groupdict())


@pytest.mark.parametrize(
    ("head", "party"),
    [
        ("Anna Probe (CDU/CSU): Danke", True),
        ("Csala László (szd) előadó: A", True),
        ("Anna Probe CDU: Danke schön", False),
        ("Anna Probe, CDU: (Beifall)", False),
    ],
)
def test_a_party_label_holds_its_bracket_so_a_head_without_one_is_not_asked(head: str, party: bool) -> None:
    found = _PARTY_LABEL.match(head)
    assert bool(found) == party and (found is None or "(" in found.group())


_CLOCK_LINES = [
    "Speaker 1  0:02",
    "Mr First Deputy Speaker 11 a.m.",
    "Mr Speaker" + " " * 40 + "10:30 a. m.  ",
    "Sprecher (12:30:15.250)",
    "Sprecherin\t[9:05]\t",
    "The sitting resumed at 10 and closed 112:30",
    "x" * 300 + " 23:59:59,999",
    "no clock at all here.",
    "12:30",
]


@pytest.mark.parametrize("line", _CLOCK_LINES)
def test_a_clock_at_a_lines_end_is_searched_for_from_its_longest_start(line: str) -> None:
    tail = max(0, len(line.rstrip(" \t")) - LINE_END_CLOCK_SPAN)
    found, whole = LINE_END_CLOCK.search(line, tail), LINE_END_CLOCK.search(line)
    assert (found and (found["time"], line[: found.start()].strip())) == (
        whole and (whole["time"], line[: whole.start()].strip())
    )


# The article's place as the pattern was written: the letter before the space asked first.
_ARTICLE_ASKED_FIRST = re.compile(rf"(?<=[{SMALL}])[ \t]+(?=[{UPPER}][{SMALL}]{{0,2}}[ \t]+[{UPPER}])")


@pytest.mark.parametrize(
    "text",
    [
        "Tagesordnung Punkt drei Der Präsident: Das Wort hat …",
        "Gesetz über die Wahl  \t El Sr. Presidente (X): Gracias.",
        "ABC De Fg hi Le Président: x, é La Maire, 1 Du Bois",
        "",
    ],
)
def test_an_articles_place_is_where_the_pattern_asking_the_letter_first_found_it(text: str) -> None:
    for end in (len(text), 20):
        found = [m.span() for m in _ARTICLE_AT.finditer(text, 0, end)]
        assert found == [m.span() for m in _ARTICLE_ASKED_FIRST.finditer(text, 0, end)]


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Van Ree          Dank u, voorzitter.", True),
        ("Wethouder Kamps  Die zorgen delen wij.", True),
        ("A" + "b" * 39 + "c  Dank u.", True),  # the longest first cell: its gap at the 42nd character
        ("A" + "b" * 40 + "c  Dank u.", False),  # one character longer
        ("Voorzitter: Dank u.", False),
    ],
)
def test_a_row_is_matched_only_where_its_gap_opens_inside_the_first_cells_reach(line: str, row: bool) -> None:
    found = _ROW.match(line)
    assert (found is not None) == row
    assert found is None or _ROW_GAP in line[:_ROW_GAP_END]


@pytest.mark.parametrize(
    "sample", ["en-earnings-call-speaker-caption.txt", "en-earnings-call-dashed-roles.txt"]
)
def test_a_web_pages_speaker_caption_over_a_name_is_still_furniture(sample: str) -> None:
    tabled_tei(sample)
