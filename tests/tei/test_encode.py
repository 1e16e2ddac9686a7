"""The encoder on its own: a document model built by hand → the TEI tree, and its bytes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree

from stenogram.tei.encode import TEI_NS, encode, generated_unchanged, serialise, write
from stenogram.transcript.config import load_config
from stenogram.transcript.model import (
    Archive,
    BlockStage,
    Division,
    Document,
    FrontLine,
    Furniture,
    Gap,
    Join,
    Note,
    Para,
    Person,
    Said,
    SpeakerLabel,
    Stage,
    Stray,
    Supplied,
    Time,
    Turn,
)
from stenogram.transcript.parser import parse
from stenogram.transcript.reader import read_source
from stenogram.validate.run import default_checks, validate_file

NS = {"t": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _document(**facts: object) -> Document:
    """A two-turn plenum with one of every inline node the model has."""
    stalin = Person("stalin", "J. V. Stalin", ["STALIN"], birth="1878", death="1953", wikidata="Q855")
    voices = Person("voices", "Voices", ["VOICES"], group=True)
    first = Turn(
        "stalin",
        SpeakerLabel("STALIN.", "STALIN", "."),
        [
            Para(
                [
                    "We go on ",
                    Stage("noise", ["(Noise, ", Said("voices", "VOICES.", [" Right"]), ")"], who="voices"),
                    " and ",
                    Supplied("?"),
                    " ",
                    Gap("illegible", "illegible"),
                    " ",
                    Note("Text abridged. - Ed."),
                    " ",
                    Stray("]"),
                    " ",
                    Time("00:01:30"),
                    " end",
                ],
                3,
            ),
            BlockStage(Stage("applause", ["(Applause)"]), 4),
            Para(["joined", Join(6), " here"], 5),
        ],
        3,
    )
    second = Turn("voices", SpeakerLabel("VOICES", "VOICES", ".", supplied=True), [Para(["Yes."], 8)], 8)
    document = Document(
        name="plenum.txt",
        lang="en",
        title="Plenum",
        date="1936-12-04",
        date_text="4 December 1936",
        source="December plenum. Moscow, 2017",
        archive=Archive(
            "RGASPI. F. 17. Op. 2. D. 574. L. 76-103.", "RGASPI", "17", "2", "574", "76", "103", "76-103"
        ),
        front=[FrontLine("title", "Plenum", 1), FrontLine("source", "A source: December plenum", 2)],
        body=[Division(None, [first, second], 3)],
        persons=[stalin, voices],
        furniture=[Furniture(9, "Powered by Blogger.", "blog-footer")],
    )
    for key, value in facts.items():
        setattr(document, key, value)
    return document


def _one(root: etree._Element, path: str) -> etree._Element:
    (found,) = root.xpath(path, namespaces=NS)
    return found


def test_turns_and_paragraphs_get_stable_ids_in_order() -> None:
    root = encode(_document())
    assert root.xpath("//t:sp/@xml:id", namespaces=NS) == ["sp-1", "sp-2"]
    assert root.xpath("//t:p[@xml:id]/@xml:id", namespaces=NS) == ["p-1", "p-2", "p-3"]
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#stalin", "#voices"]
    supplied = _one(root, "//t:sp[2]/t:speaker")
    assert etree.tostring(supplied, encoding="unicode", with_tail=False).endswith(
        '<supplied reason="editorial">VOICES</supplied>.</speaker>'
    )


def test_every_inline_node_has_its_element_and_the_text_stays_in_order() -> None:
    p = _one(encode(_document()), "//t:p[@xml:id='p-1']")
    assert [etree.QName(e).localname for e in p.iter() if e is not p] == [
        "stage", "said", "label", "supplied", "gap", "desc", "note", "c", "time",
    ]  # fmt: skip
    stage = _one(p, "t:stage")
    assert (stage.get("type"), stage.get("who")) == ("noise", "#voices")
    assert _one(stage, "t:said").get("who") == "#voices"
    assert _one(p, "t:gap").get("reason") == "illegible"
    assert _one(p, "t:c").get("type") == "stray-bracket"
    assert "".join(p.itertext()) == (
        "We go on (Noise, VOICES. Right) and ? illegible Text abridged. - Ed. ] 00:01:30 end"
    )
    block = _one(p.getparent(), "t:stage[@type='applause']")
    assert block.text == "(Applause)" and block.get("who") is None
    assert _one(p.getparent(), "t:p[2]/t:milestone").attrib == {"unit": "paragraph", "type": "join"}


def test_the_header_carries_edition_source_archive_persons_and_date() -> None:
    edition = {"title": "The plenum", "editor": ["A", "B"], "publisher": "P", "licence": "CC BY 4.0"}
    root = encode(_document(), edition, {"en": "English"})
    header = _one(root, "t:teiHeader")
    assert header.xpath("string(.//t:titleStmt/t:title)", namespaces=NS) == "The plenum"
    assert header.xpath(".//t:titleStmt/t:editor/text()", namespaces=NS) == ["A", "B"]
    assert header.xpath("string(.//t:licence)", namespaces=NS) == "CC BY 4.0"
    assert header.xpath(".//t:msIdentifier/t:idno/@type", namespaces=NS) == ["fond", "opis", "delo"]
    assert _one(header, ".//t:locus").attrib == {"from": "76", "to": "103"}
    stalin = _one(header, ".//t:person")
    assert stalin.get(XML_ID) == "stalin"
    assert stalin.xpath("t:birth/@when | t:death/@when | t:idno/text()", namespaces=NS) == [
        "1878",
        "1953",
        "Q855",
    ]
    group = _one(header, ".//t:personGrp")
    assert (group.get(XML_ID), group.get("role")) == ("voices", "audience")
    assert _one(header, ".//t:setting/t:date").attrib == {"when": "1936-12-04"}
    assert _one(header, ".//t:language").attrib == {"ident": "en"}
    assert header.xpath("string(.//t:language)", namespaces=NS) == "English"
    furniture = _one(header, ".//t:list[@type='furniture']/t:item")
    assert (furniture.text, furniture.get("n"), furniture.get("ana")) == (
        "Powered by Blogger.",
        "9",
        "blog-footer",
    )


def test_without_a_publisher_the_edition_is_a_draft() -> None:
    root = encode(_document(archive=None, source=None))
    assert root.xpath("string(//t:publicationStmt/t:p)", namespaces=NS) == "Unpublished draft edition."
    assert (
        root.xpath("string(//t:sourceDesc/t:p)", namespaces=NS)
        == "Converted from the plain-text file plenum.txt."
    )


def test_an_empty_body_still_has_a_division_and_a_paragraph() -> None:
    root = encode(_document(body=[], front=[]))
    assert root.xpath("count(//t:body/t:div/t:p)", namespaces=NS) == 1
    assert not root.xpath("//t:front", namespaces=NS)


def test_the_bytes_are_deterministic_and_valid(tmp_path: Path) -> None:
    data = serialise(encode(_document()))
    assert data == serialise(encode(_document()))
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<?stenogram digest="sha256:')
    out = tmp_path / "plenum.xml"
    out.write_bytes(data)
    assert [str(f) for f in validate_file(str(out), default_checks()).findings] == []


def test_mixed_content_is_never_indented() -> None:
    data = serialise(encode(_document()))
    assert b'<p xml:id="p-2">joined<milestone unit="paragraph" type="join"/> here</p>' in data
    assert b"<speaker>STALIN.</speaker>" in data


@pytest.mark.parametrize(
    "change, expected",
    [(lambda d: d, True), (lambda d: d.replace(b"We go on", b"We went on"), False), (lambda d: d[80:], None)],
)
def test_the_digest_tells_our_file_from_an_edited_or_foreign_one(
    change: object, expected: bool | None
) -> None:
    data = serialise(encode(_document()))
    assert callable(change)
    assert generated_unchanged(change(data)) is expected


DATA = Path(__file__).resolve().parents[1] / "data"


def _streamed(document: Document) -> tuple[bytes, list[str]]:
    seen: list[str] = []
    buffer = io.BytesIO()
    write(document, lambda element: seen.append("".join(element.itertext())), buffer, {})
    return buffer.getvalue(), seen


@pytest.mark.parametrize("sample", sorted(p.name for p in DATA.glob("*.txt")))
def test_written_a_batch_at_a_time_the_bytes_are_those_of_the_whole_tree(sample: str) -> None:
    """The streaming writer gives :func:`serialise`'s bytes of :func:`encode`'s tree, and shows
    the TEI text to its visitor in document order, all of it."""
    source = read_source((DATA / sample).read_bytes(), sample, load_config())
    document = parse(source, load_config())
    root = encode(document)
    data, seen = _streamed(document)
    assert data == serialise(root)
    text = root.find(f"{{{TEI_NS}}}text")
    assert text is not None
    assert "".join("".join(seen).split()) == "".join("".join(text.itertext()).split())


def test_a_long_division_is_written_in_batches_with_nothing_lost() -> None:
    """Over a thousand items in one division: several batches, joined as the tree has them."""
    laughter = Stage("laughter", ["(Laughter)"])  # one node, as the parser gives repeats
    turns: list[Turn | Para | BlockStage] = [
        Turn("stalin", SpeakerLabel("STALIN.", "STALIN", "."), [Para([f"Point {n} ", laughter, "."], n)], n)
        for n in range(1100)
    ]
    document = _document(body=[Division(None, turns)])
    data, _ = _streamed(document)
    assert data == serialise(encode(document))
    assert data.count(b"<sp ") == 1100


def test_an_empty_body_is_written_as_the_tree_has_it() -> None:
    document = _document(body=[], front=[])
    assert _streamed(document)[0] == serialise(encode(document))


def test_written_to_a_file_the_bytes_are_the_buffers_and_their_digest_holds(tmp_path: Path) -> None:
    """The one writer, two sinks: a file gets the bytes a buffer gets, its digest filled in at
    the end; the digest is read back from the file a piece at a time."""
    document = _document()
    out = tmp_path / "plenum.xml"
    with out.open("w+b") as sink:
        write(document, lambda element: None, sink, {})
        sink.seek(0)
        assert generated_unchanged(sink) is True
    assert out.read_bytes() == _streamed(document)[0]
    out.write_bytes(out.read_bytes().replace(b"We go on", b"We went on"))
    with out.open("rb") as edited:
        assert generated_unchanged(edited) is False
