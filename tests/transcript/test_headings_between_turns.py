"""Lines between turns that are no speaker's words: an item's heading, a rule and the item under
it, an event of the sitting printed as a line of its own, the chamber's decision told after the
debate. The samples are invented, shaped like the records of each house."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from stenogram.tei.convert import convert_text

DATA = Path(__file__).parent.parent / "data" / "labels"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _body(name: str) -> list[tuple[str, str]]:
    """The body's items in order: ("sp", who and its paragraphs), ("stage", words), ("head", words)."""
    text = (DATA / name).read_bytes()
    root = etree.fromstring(convert_text(text, name).tei)
    out: list[tuple[str, str]] = []
    for node in root.iterfind(".//t:body//*", NS):
        tag = etree.QName(node).localname
        parent = etree.QName(node.getparent()).localname
        words = " ".join(str(node.xpath("string()")).split())
        if tag == "sp":
            out.append(("sp", node.get("who", "")))
        elif tag in ("p", "stage", "head") and parent in ("sp", "div"):
            out.append((tag if parent == "div" else f"sp/{tag}", words))
    return out


def _between(name: str, kind: str) -> list[str]:
    return [words for tag, words in _body(name) if tag == kind]


def test_prayers_alone_stand_between_turns() -> None:
    assert _between("en-ca-prayers-line.txt", "stage") == ["Prayers."]
    assert "Prayers." not in _between("en-ca-prayers-line.txt", "sp/p")


def test_the_members_silence_stands_between_turns() -> None:
    assert _between("en-ni-silence-line.txt", "stage") == ["Members observed two minutes' silence."]
    speakers = [words for tag, words in _body("en-ni-silence-line.txt") if tag == "sp"]
    assert speakers == ["#mr-speaker", "#mr-speaker", "#mr-connor"]


def test_the_chambers_decisions_are_narration() -> None:
    stages = _between("sv-chamber-decision.txt", "stage")
    assert stages[0] == "Överläggningen var härmed avslutad."
    assert [s.split()[1] for s in stages[1:]] == ["valde", "biföll"]
    said = _between("sv-chamber-decision.txt", "sp/p")
    assert not any(p.startswith("Kammaren") for p in said)
    assert [w for t, w in _body("sv-chamber-decision.txt") if t == "sp"] == ["#anna-lind", "#erik-dahl"]
