"""Label shapes of English records (hearings, depositions, Hansards, tribunals) on short samples
written in each record's printed style: the turns each prints, and what is no turn."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from stenogram.tei.convert import convert_text

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "labels"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _turns(text: bytes, name: str) -> list[tuple[str, str]]:
    """(speaker as printed, who) of every turn."""
    root = etree.fromstring(convert_text(text, name).tei)
    return [
        (" ".join(sp.findtext("t:speaker", "", NS).split()), sp.get("who"))
        for sp in root.iterfind(".//t:sp", NS)
    ]


def test_a_deposition_sets_q_and_a_off_by_spaces_and_the_examiner_asks() -> None:
    """A deposition prints "Q" and "A" with no stop, set off by a run of spaces; the questions
    are the examiner's that the excerpt's first line ("BY MR. HARRIS:") names."""
    turns = _turns((SAMPLES / "en-deposition.txt").read_bytes(), "en-deposition.txt")
    assert [speaker for speaker, _ in turns] == ["Q", "A", "Q", "A", "MR. COLE:", "Q", "A"]
    assert {who for speaker, who in turns if speaker == "Q"} == {"#mr-harris"}


def test_a_role_with_a_parenthesis_inside_it() -> None:
    """The chair of a Canadian committee prints the member and the seat inside the office's
    parenthesis: "The Chair (Mr. X (Riding, Lib.)):", one label whose role holds both."""
    turns = _turns((SAMPLES / "en-canada-committee.txt").read_bytes(), "en-canada-committee.txt")
    assert [speaker for speaker, _ in turns] == [
        "The Chair (Mr. Paul Tremblay (Lac-Vert—Rivière-Rouge, Lib.)):",
        "Mrs. Karen Walsh (Prairie Hills—North Valley, CPC):",
        "Hon. Daniel Roy:",
        "Mrs. Karen Walsh:",
        "The Chair:",
    ]
    assert turns[0][1] == turns[-1][1]
