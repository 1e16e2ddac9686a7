"""The forty-fourth round's review of its speed and memory: a label's printed form read once by
the registry must read as it would afresh whatever the registry learns between its printings (a
head's field naming the chair, a legend, the brackets several members share, a holder named
anew), and the writing's turns and paragraphs numbered in a batch's bytes must be the tree's,
whatever their text prints that looks like a tag."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from stenogram.tei.encode import TEI_NS, XML_NS, encode, serialise, write
from stenogram.transcript.config import Config, load_config
from stenogram.transcript.parser import parse
from stenogram.transcript.persons import Registry
from stenogram.transcript.reader import read_source

LABELS = Path(__file__).resolve().parents[1] / "data" / "labels"
_T = f"{{{TEI_NS}}}"
_ID = f"{{{XML_NS}}}id"


def _afresh(registry: Registry) -> None:
    """Forget every form and name the registry read once, as if each printing were its first."""
    registry._forms.clear()
    registry._bares.clear()


def _stale(registry: Registry) -> list[tuple[str, str | None, str]]:
    """The forms the registry holds read once whose reading afresh now differs."""
    return [key for key, form in registry._forms.items() if registry._read_form(key) != form]


_PRINTINGS: list[tuple[str, str | None, str]] = [
    ("THE COMMISSIONER", "HALVORSEN", ""),
    ("MR TALBOT", None, ""),
    ("Councillor Jones", "Residents for Epsom", ""),
    ("The Secretary of State for Health", "Sarah Linton", ""),
    ("The Secretary of State", None, ""),
    ("CA", "MS KING", ""),
]
# what a record may teach the registry between two printings of a form
_LEARNT: list[Callable[[Registry], None]] = [
    lambda registry: registry.chair_field("Before the Commissioner"),  # a head's line between turns
    lambda registry: registry.expect_brackets(
        [("Councillor Jones", "Residents for Epsom"), ("Councillor Patel", "Residents for Epsom")]
    ),
    lambda registry: registry.legend("CA", "Counsel Assisting"),
]


def _story(config: Config, before_each: Callable[[Registry], None]) -> list[tuple[object, ...]]:
    """A record's registry as it goes: the forms printed, then after each thing it learns the
    same forms again, a reshuffle's new holder last; each person resolved as (id, name, role,
    chair, labels), every form read once checked against its reading afresh at each step."""
    registry = Registry(config, "en")
    registry.expect(["THE COMMISSIONER", "MR TALBOT", "Councillor Jones", "Councillor Patel", "CA"])
    seen: list[tuple[object, ...]] = []

    def resolve_all(printings: list[tuple[str, str | None, str]]) -> None:
        for name, role, affiliation in printings:
            before_each(registry)
            person = registry.resolve(name, role, affiliation)
            seen.append((person.id, person.name, person.role, person.chair, tuple(person.labels)))
        assert _stale(registry) == []

    resolve_all(_PRINTINGS)
    for learn in _LEARNT:
        learn(registry)
        assert _stale(registry) == []
        resolve_all(_PRINTINGS)
    resolve_all(
        [("The Secretary of State for Health", "Peter Marsh", ""), ("The Secretary of State", None, "")]
    )
    return seen


def test_a_form_read_once_reads_as_afresh_after_the_registry_learns() -> None:
    """Each printing resolved with the forms read once is the person it is with every form read
    again at each printing, before and after a chair's field, the brackets shared, a legend and
    another holder named; no form read once differs from its reading afresh at any step."""
    config = load_config()
    assert _story(config, lambda registry: None) == _story(config, _afresh)


def test_the_chair_s_field_after_a_form_was_read_makes_its_brackets_the_holder() -> None:
    """ "THE COMMISSIONER (HALVORSEN):" read before "Before the Commissioner: …" is the office and
    its note (the negative: no chair yet); printed again after it, the holder in the chair."""
    registry = Registry(load_config(), "en")
    registry.expect(["THE COMMISSIONER", "MR TALBOT"])
    before = registry.resolve("THE COMMISSIONER", "HALVORSEN")
    assert (before.id, before.role, before.chair) == ("the-commissioner", "HALVORSEN", False)
    registry.chair_field("Before the Commissioner")
    after = registry.resolve("THE COMMISSIONER", "HALVORSEN")
    assert (after.id, after.name, after.chair) == ("halvorsen", "Halvorsen", True)


def test_the_office_printed_alone_follows_its_holder_last_named() -> None:
    """ "The Secretary of State:" is Sarah Linton after her bracket, Peter Marsh after his: the form
    is read once, its holder asked at each printing."""
    registry = Registry(load_config(), "en")
    registry.expect(["The Secretary of State", "Mr. Jones"])
    first = registry.resolve("The Secretary of State for Health", "Sarah Linton")
    assert registry.resolve("The Secretary of State").id == first.id == "sarah-linton"
    second = registry.resolve("The Secretary of State for Health", "Peter Marsh")
    assert registry.resolve("The Secretary of State").id == second.id == "peter-marsh"


# A record whose speech prints what reads as markup: tags of turns and paragraphs, a comment, a
# processing instruction, a CDATA section, a bracket closed inside quotes; none of it a tag.
_MARKUP = """\
WORKSHOP ON XML EDITIONS
Minutes of the second session

MS. ROWE: Each turn is written as <sp who="#rowe"> and each paragraph as <p>, or <p/> when empty.

MR. ADEYEMI: And a page break as <pb n="3"/>, a name as <persName>, a place as <placeName>, a
pointer as <ptr target="x">; the speaker's tag is <speaker>.

(Laughter)

MS. ROWE: A comment <!-- <p --> or <?pi <sp ?> or <![CDATA[<sp who="x">]]> stays text, and so does
title="<p>" or a ">" in quotes: "<p class='x'>".

MR. ADEYEMI: <p>Agreed.</p>
"""


def _both_ways(text: str, name: str) -> tuple[bytes, bytes]:
    config = load_config()
    document = parse(read_source(text.encode(), name, config), config)
    streamed = io.BytesIO()
    write(document, lambda element: None, streamed, {})
    return streamed.getvalue(), serialise(encode(document))


def test_text_that_prints_tags_gets_no_id_in_the_batch_s_bytes() -> None:
    """Written a batch at a time, the ids are the tree's: the bytes are those of the whole tree,
    each turn and paragraph numbered in order, no other element given an id, the markup-like
    text kept as text (the negative: "<pb", "<persName", "<speaker" and the text's "<sp"/"<p" are
    no turn nor paragraph)."""
    streamed, whole = _both_ways(_MARKUP, "xml-workshop.txt")
    assert streamed == whole
    root = etree.fromstring(streamed)
    turns = root.findall(f".//{_T}sp")
    paragraphs = root.findall(f".//{_T}body//{_T}p")
    assert [sp.get(_ID) for sp in turns] == [f"sp-{n}" for n in range(1, len(turns) + 1)]
    assert [p.get(_ID) for p in paragraphs] == [f"p-{n}" for n in range(1, len(paragraphs) + 1)]
    assert len(turns) == 4
    numbered = {element.tag for element in root.iter() if element.get(_ID, "").startswith(("sp-", "p-"))}
    assert numbered == {_T + "sp", _T + "p"}
    said = "".join(root.find(f".//{_T}body").itertext())
    for printed in (
        '<sp who="#rowe">',
        "<p/>",
        '<pb n="3"/>',
        "<!-- <p -->",
        "<?pi <sp ?>",
        "\"<p class='x'>\"",
    ):
        assert printed in said


@pytest.mark.parametrize(
    "sample",
    [
        "es-ar-concejo-expreso-cita-mecanografiada.txt",  # a quotation's paragraphs
        "en-ca-committee-bilingual.txt",  # paragraphs marked in another language
        "de-nuremberg-page-ref-lines.txt",  # a page's break before a turn
        "en-zw-cut-interjection.txt",  # an interjection said inside a paragraph
        "en-tape-transcript-initials.txt",  # gaps
        "zh-edition-circled-note-mark.txt",  # notes
        "en-ke-hansard-ocr-mismatched-brackets.txt",  # a stray bracket
    ],
)
def test_varied_records_written_in_batches_are_the_whole_tree_s_bytes(sample: str) -> None:
    """Records with quotations, languages, page breaks, interjections, gaps, notes and stray
    brackets: the streaming writer's bytes, ids written into them, are the tree's."""
    streamed, whole = _both_ways((LABELS / sample).read_text(encoding="utf-8"), sample)
    assert streamed == whole
    assert b'<sp xml:id="sp-1"' in streamed or b"<sp" not in streamed
