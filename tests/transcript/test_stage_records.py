"""The stenographer's notes in records of every genre and language: typed stage directions,
voices from the hall with their own speaker, and the speaker's own parentheses kept as text. The
samples (`tests/data/labels/*-stage-*.txt`) are written for these tests in the shape each source
prints: hearings, courts, depositions, inquiries, councils, congresses and parliaments."""

from __future__ import annotations

import re
import tomllib

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text

# sample → (speakers, stage types in order, the voices' speakers, the speaker's own parentheses),
# as the table beside the samples (stages.toml) lists them
EXPECTED: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    sample: (row["speakers"], row["stages"], row["voices"], row["own"])
    for sample, row in tomllib.loads((SAMPLES / "stages.toml").read_text(encoding="utf-8")).items()
}


def _convert(name: str) -> tuple[bytes, etree._Element]:
    tei = convert_text((SAMPLES / name).read_bytes(), name).tei
    return tei, etree.fromstring(tei).find(".//t:text/t:body", NS)


def _own_parentheses(body: etree._Element) -> list[str]:
    """The parentheses a speaker's paragraph keeps in its own words."""
    found: list[str] = []
    for para in body.iterfind(".//t:p", NS):
        found += re.findall(r"[(（][^()（）]*[)）]", "".join(para.xpath("text()")))
    return found


def test_every_stage_sample_is_listed() -> None:
    assert sorted(p.name for p in SAMPLES.glob("*-stage-*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_stage_directions_voices_and_own_words(name: str) -> None:
    labels, kinds, voices, own = EXPECTED[name]
    _, body = _convert(name)
    assert [
        speaker.xpath("string()") for speaker in body.iterfind(".//t:speaker", NS)
    ] == labels  # clocks too
    assert [stage.get("type") for stage in body.iterfind(".//t:stage", NS)] == kinds
    assert [said.get("who") for said in body.iterfind(".//t:said", NS)] == voices
    assert _own_parentheses(body) == own


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_note_is_kept_word_for_word(name: str) -> None:
    """The words of each bracket of the source are in the TEI, in a stage or in the text (an
    editor's square bracket inside is encoded as ``supplied``, its brackets markup)."""
    source = (SAMPLES / name).read_text(encoding="utf-8")
    _, body = _convert(name)
    text = _words(body.xpath("string()"))
    for note in re.findall(r"[(（〔][^()（）〔〕]*[)）〕]", source):
        assert _words(note) in text


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text))


def test_a_note_in_capitals_on_its_own_line_is_no_heading() -> None:
    """A hearing's "(APPLAUSE)" and "UNIDENTIFIED MALE: (OFF-MIKE)" are events, not headings:
    no division opens there, and the unidentified voice keeps its turn."""
    tei, body = _convert("en-stage-hearing-caps.txt")
    assert body.find(".//t:head", NS) is None
    assert "UNIDENTIFIED MALE:" in speakers(tei)


def test_a_voice_of_the_hall_is_the_member_who_speaks() -> None:
    """ "Michael Brandt [CDU/CSU]: …" inside the note is the member whose turn follows."""
    _, body = _convert("de-stage-bundestag.txt")
    turns = {sp.findtext("t:speaker", namespaces=NS): sp.get("who") for sp in body.iterfind(".//t:sp", NS)}
    assert turns["Michael Brandt (CDU/CSU):"] == "#michael-brandt"


def test_an_excerpt_opening_with_its_clock_in_parentheses_has_no_such_title() -> None:
    """An inquiry's transcript opens with "(10.00 am)": the body's first stage, not the title."""
    root = etree.fromstring(convert_text((SAMPLES / "en-stage-inquiry.txt").read_bytes(), "x.txt").tei)
    assert root.find(".//t:titlePart", NS) is None
    first = root.find(".//t:body//t:stage", NS)
    assert first is not None and first.xpath("string()") == "(10.00 am)"
