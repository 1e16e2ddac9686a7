"""The forty-first round's memory: at the labels' decision, the parse's peak, an occurrence keeps
the rest of its label's line as its length where the text after the label starts with it (no
copy), a paragraph keeps its lines' numbers in one slot, and the labels' letters read the
registry's list of labels without copying it. Every answer is the one the copies gave."""

from __future__ import annotations

import sys

from stenogram.tei.convert import convert_text
from stenogram.transcript.candidate import Candidate
from stenogram.transcript.config import load_config
from stenogram.transcript.identity import lettered
from stenogram.transcript.reader import RawPara
from stenogram.transcript.scoring import Occurrence
from stenogram.transcript.units import Lines

CONFIG = load_config()
_NORA = Candidate("NORA", None, ".", 5, "NORA.")


def test_a_rest_the_text_after_the_label_starts_with_is_read_there() -> None:
    line = "NORA.  Hide the tree carefully, Helen. Be sure the children do not see it."
    joined = f"{line} Until this evening, when it is dressed."
    rest = line[5:].strip()
    occurrence = Occurrence(_NORA, after_in=joined, after_at=line.index("Hide"), rest=rest)
    assert occurrence.rest == rest
    assert occurrence._rest == len(rest)  # its length, no copy
    assert occurrence.after == joined[line.index("Hide") :][:40]


def test_a_rest_read_elsewhere_is_kept_as_it_is() -> None:
    """A rest that is no start of the text after the label (a date on the line below, or the
    label's line joined from a wrap) is kept as the text it is; so is an empty one."""
    dated = Occurrence(_NORA, after_in="Hide the tree.", rest="Monday, June 2, 1794.")
    assert dated.rest == "Monday, June 2, 1794." and isinstance(dated._rest, str)
    assert Occurrence(_NORA, after_in="Hide the tree.").rest == ""
    moved = Occurrence(_NORA, after_in="Hide the tree.", after_at=5, rest="Hide")
    assert moved.rest == "Hide" and isinstance(moved._rest, str)  # not at the place read


def test_lines_numbered_in_a_row_or_apart_read_as_their_pairs() -> None:
    counted = [(300, "Mr. Speaker, I rise"), (301, "to speak on the bill."), (302, "Thank you.")]
    apart = [(300, "The first cue."), (302, "The second, a blank line above."), (303, "The third.")]
    for pairs in (counted, apart, counted[:1], apart[:2]):
        lines = RawPara(pairs)
        assert list(lines) == pairs and lines[0] == pairs[0] and lines[-1] == pairs[-1]
        assert lines[1:] == pairs[1:] and lines.first == pairs[0][0] == lines.line
        assert [lines[index] for index in range(len(pairs))] == pairs


def test_a_paragraph_holds_three_slots() -> None:
    """Its joined text, its line ends and its numbers: 8 bytes less a paragraph than four."""
    assert RawPara.__slots__ == () and Lines.__slots__ == ("_ends", "_first", "_joined")
    two = RawPara([(1000, "Mr. Speaker, I rise"), (1001, "to speak.")])
    assert sys.getsizeof(two) <= 56


def test_the_letters_read_a_list_of_labels_as_given_and_other_names_alike() -> None:
    names = ["Kernbach", "Meyer", "K", "K"]
    assert lettered(names, CONFIG) == lettered(iter(names), CONFIG) == {"K": "Kernbach"}
    assert names == ["Kernbach", "Meyer", "K", "K"]  # read, not changed
    # two surnames the letter opens: it stands for no one (no copy changes that)
    assert lettered(["Kernbach", "Krause", "K"], CONFIG) == {}


def test_a_record_whose_labels_carry_speech_on_their_line_converts_as_before() -> None:
    """Labels with their speech beside them on their line, one a wrapped paragraph, another
    over a speech below: the turns and their words as printed."""
    text = (
        "Stenographic record of the sitting\n"
        "\n"
        "THE CHAIRMAN. The sitting is open. I give the floor\n"
        "to Mr. Kernbach.\n"
        "\n"
        "MR. KERNBACH. Thank you. The report before us is long.\n"
        "\n"
        "MR. MEYER.\n"
        "We have read it. (Laughter.)\n"
        "\n"
        "THE CHAIRMAN. The sitting is closed.\n"
    )
    tei = convert_text(text.encode(), "en-council-rests.txt").tei.decode()
    assert tei.count("<sp ") == 4
    assert "The sitting is open. I give the floor to Mr. Kernbach." in tei
    assert "Thank you. The report before us is long." in tei
