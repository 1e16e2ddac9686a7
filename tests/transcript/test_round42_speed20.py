"""The forty-second round's parse speed: a paragraph's first line and a paragraph of one line read
with no list of its lines made, the joined text of the paragraph above a cut label taken as
held, each line's end found once where the source's lines are read as places, an exchange's
runs read only where a run ends, a question's heading and the witness's answer after dashes
asked their cheap mark first, a label's address to the hall asked its role first, the
adjacent question and answer asked without a set a pair, each unit's label read once for the
body; each finding what it found before."""

from __future__ import annotations

import itertools
import random
from types import SimpleNamespace

import pytest

from label_samples import speakers, text_tei, texts
from stenogram.tei.convert import convert_text
from stenogram.transcript.candidate import Candidate
from stenogram.transcript.config import default_config
from stenogram.transcript.floor import FloorGiving
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.reader import exchange_runs
from stenogram.transcript.scoring import Occurrence, _adjacent, addresses_hall
from stenogram.transcript.units import Lines, SourceLines, join_lines, joined_text

_PAIRS = [
    [(3, "Mr. Smith: I rise to speak about")],
    [(3, "Mr. Smith: I rise to speak about"), (4, "the matter before the House.")],
    [(3, "Vizepräsi-"), (4, "dent Dr. X: Meine Damen"), (5, "und Herren!")],
    [(7, "a"), (9, "b")],  # the numbers skip one: a cue's blank line
    [(7, "議長（森川晃君）ただいまから"), (8, "会議を開きます。")],
    [(1, " leading"), (2, ""), (3, "trailing ")],
]


@pytest.mark.parametrize("pairs", _PAIRS)
def test_a_paragraphs_lines_read_as_the_pairs_they_were(pairs: list[tuple[int, str]]) -> None:
    """The first line, the last, each by index, and the lines in order are the pairs the
    paragraph was made of, whether it is one line, two, three, or its numbers skip one."""
    lines = Lines(pairs)
    assert lines[0] == pairs[0]
    assert lines[-1] == pairs[-1]
    assert [lines[at] for at in range(len(pairs))] == pairs
    assert list(lines) == pairs
    assert len(lines) == len(pairs)
    assert lines[1:] == pairs[1:]


@pytest.mark.parametrize("pairs", _PAIRS)
def test_a_paragraphs_joined_text_is_its_lines_joined_again(pairs: list[tuple[int, str]]) -> None:
    """The joined text a paragraph holds is what joining its lines' texts again makes (the
    rejoining of cut labels reads it as held), and a list of pairs is joined so too."""
    lines = Lines(pairs)
    assert joined_text(lines) == join_lines(lines.texts) == join_lines([text for _, text in pairs])
    assert joined_text(pairs) == joined_text(lines)
    assert joined_text([]) == ""


def _old_runs(keys: list[str | None]) -> set[int]:
    """The runs as read before the round: at every line, a run or none."""
    found: set[int] = set()
    run: list[tuple[int, str]] = []
    for index, key in enumerate([*keys, None]):
        if key is not None:
            run.append((index, key))
            continue
        heads = [head for _, head in run]
        last = {head: at for at, head in enumerate(heads)}
        start = next(
            (
                at
                for at in range(len(heads))
                if last[heads[at]] > at and heads[at + 1 : at + 2] != [heads[at]]
            ),
            len(heads),
        )
        run, heads = run[start:], heads[start:]
        if len(run) >= 3 and len(set(heads)) >= 2:
            found.update(at for at, _ in run)
        run = []
    return found


def test_an_exchanges_runs_are_found_as_before() -> None:
    """``Chair: Agreed`` / ``Clerk: Item two`` / ``Chair: Carried`` is an exchange; lines that
    open no label between runs end each, as before; a field's office twice in a row is none."""
    rng = random.Random(42)
    for _ in range(300):
        keys = [rng.choice(["chair", "clerk", "member", None, None]) for _ in range(rng.randint(0, 30))]
        assert exchange_runs(keys) == _old_runs(keys)
    assert exchange_runs(["chair", "clerk", "chair"]) == {0, 1, 2}
    assert exchange_runs(["date", "place", None, "chair"]) == set()


def _source_places(text: str, paragraphs: list[list[tuple[int, str]]]) -> list[str]:
    source = SourceLines(HeldText(text), [Lines(pairs) for pairs in paragraphs])
    return sorted(source.texts())


def test_the_source_lines_read_as_places_are_the_lines_read() -> None:
    """Each line of the source is found at its place however many blank lines or stripped
    margins lie between, a line read twice (a paragraph cut inside it) read again, and a line
    the reader changed kept as its text."""
    text = "Title\n\n  Mr. X: Yes.\nand more\n\n\n\nMs. Y: No.\nlast"
    paragraphs = [
        [(1, "Title")],
        [(3, "Mr. X: Yes."), (4, "and more")],
        [(4, "and more")],  # the same line again
        [(8, "Ms. Y: No."), (9, "last")],
        [(12, "beyond the text")],
    ]
    expected = sorted(
        ["Title", "Mr. X: Yes.", "and more", "and more", "Ms. Y: No.", "last", "beyond the text"]
    )
    assert _source_places(text, paragraphs) == expected
    lone = SourceLines(HeldText(text), [Lines(pairs) for pairs in paragraphs])
    assert sorted(lone.lone()) == sorted(["Title", "and more", "beyond the text"])


def test_a_question_heading_is_one_with_no_stop_only() -> None:
    """ "Ms Lee question to PREMIER, Mr Hart" is a question's heading (its asker and its
    answerer under their forms of address); the same words with a stop, or with white space
    after the stop, are a sentence, no heading; nor is an empty line."""
    floor = SimpleNamespace(config=default_config())
    asked = FloorGiving.question_asked(floor, "Ms Lee question to PREMIER, Mr Hart")  # type: ignore[arg-type]
    assert asked is not None and asked["asker"] == "Ms Lee"
    assert FloorGiving.question_asked(floor, "Ms Lee question to PREMIER, Mr Hart.") is None  # type: ignore[arg-type]
    assert FloorGiving.question_asked(floor, "Ms Lee question to PREMIER, Mr Hart. \n ") is None  # type: ignore[arg-type]
    assert FloorGiving.question_asked(floor, "  \n") is None  # type: ignore[arg-type]


def _cand(name: str, role: str | None, printed: str) -> Candidate:
    return Candidate(name, role, ":", len(printed), printed)


def test_the_hall_addressed_is_a_group_and_a_clause_after_its_comma() -> None:
    """ "Hon. Members, I have ruled as follows:" is the chair addressing the hall; "Hon. Members:"
    alone (no role) and a member described after the comma ("Mr Patel, minister for IT:") are
    not."""
    config = default_config()
    assert addresses_hall(
        _cand("Hon. Members", "I have ruled as follows", "Hon. Members, I have ruled as follows:"),
        config,
        "en",
    )
    assert not addresses_hall(_cand("Hon. Members", None, "Hon. Members:"), config, "en")
    assert not addresses_hall(
        _cand("Mr Patel", "minister for IT", "Mr Patel, minister for IT:"), config, "en"
    )


def _occurrence(letter: str) -> Occurrence:
    return Occurrence(Candidate(letter, None, ".", 2, f"{letter}."))


def test_a_question_and_its_answer_are_adjacent_as_before() -> None:
    """Q then A (or A then Q) opening consecutive paragraphs once are adjacent; the same letter
    twice, or a pair of which one is no letter of *pair*, are not."""
    pair = ("Q", "A")
    assert _adjacent([_occurrence("Q"), _occurrence("A")], pair)
    assert _adjacent([_occurrence("X"), _occurrence("A"), _occurrence("Q")], pair)
    assert not _adjacent([_occurrence("Q"), _occurrence("Q"), _occurrence("X"), _occurrence("A")], pair)
    assert not _adjacent([_occurrence("Q"), _occurrence("A")], ("Q",))
    for letters in itertools.product("QAX", repeat=4):
        found = [_occurrence(letter) for letter in letters]
        expected = any({a, b} == {"Q", "A"} for a, b in itertools.pairwise(letters))
        assert _adjacent(found, pair) is expected


_CAPITALS_HEADING = """\
PROCEEDINGS OF THE SENATE

OATH OF ALLEGIANCE.

The Senate resumed the consideration of the bill.

MR. HOLT: I move that the bill be read a second time.

STALIN.

MR. HOLT: The member is silent.

STALIN. Yes, I agree with the member.
"""


def test_a_line_in_capitals_that_speaks_elsewhere_is_no_heading() -> None:
    """ "OATH OF ALLEGIANCE." over the house's narration heads an item; "STALIN." alone over a
    label, which opens a speech later in the record, keeps its turn (the units' labels, read
    once, are the turns' and the heading's test's alike); printed once, with no speech
    anywhere, it is no turn at all but a line of the speech above."""
    tei = text_tei(_CAPITALS_HEADING)
    assert texts(tei, "//t:body//t:head") == ["OATH OF ALLEGIANCE."]
    assert speakers(convert_text(_CAPITALS_HEADING.encode(), "x.txt").tei) == [
        "MR. HOLT:",
        "STALIN.",
        "MR. HOLT:",
        "STALIN.",
    ]
    silent = _CAPITALS_HEADING.rsplit("\n\n", 1)[0] + "\n"
    assert speakers(convert_text(silent.encode(), "x.txt").tei) == ["MR. HOLT:", "MR. HOLT:"]
    assert "STALIN." in texts(text_tei(silent), "//t:body//t:p")


_ANSWERED = """\
IN THE MATTER OF AN INQUIRY

MR SMITH: Did you see the car?---Yes, I did.

MR SMITH: And then - nothing else?

THE WITNESS: No -- nothing.
"""


def test_an_answer_after_three_dashes_is_the_witnesses_and_two_dashes_are_speech() -> None:
    """ "…?---Yes, I did." is the witness's answer after the question; "- nothing else?" and
    "No -- nothing." keep their dashes in the speech."""
    tei = text_tei(_ANSWERED)
    paragraphs = texts(tei, "//t:body//t:p")
    assert any(p.startswith("Did you see the car?") and "Yes, I did." not in p for p in paragraphs)
    assert any("Yes, I did." in p for p in paragraphs)
    assert any("- nothing else?" in p for p in paragraphs)
    assert any("No -- nothing." in p for p in paragraphs)
