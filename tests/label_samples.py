"""The label samples of tests/data/labels and the printed labels of a converted text: what the
label tests of every language compare."""

from __future__ import annotations

import tomllib
from pathlib import Path

from lxml import etree

from stenogram.tei.convert import convert_text

SAMPLES = Path(__file__).resolve().parent / "data" / "labels"
#: The speaker labels samples give, as printed, in order (``turns.toml`` beside them).
TURNS: dict[str, list[str]] = tomllib.loads((SAMPLES / "turns.toml").read_text(encoding="utf-8"))
#: The person id of each turn samples give, in order (``ids.toml`` beside them).
TURN_IDS: dict[str, list[str]] = tomllib.loads((SAMPLES / "ids.toml").read_text(encoding="utf-8"))
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def speakers(tei: bytes) -> list[str]:
    """The speaker labels of *tei*, as printed, in order."""
    return etree.fromstring(tei).xpath("//t:sp/t:speaker/text()", namespaces=NS)


def sample_tei(sample: str) -> etree._Element:
    """The TEI converted from the label sample *sample* (a file name in :data:`SAMPLES`)."""
    return etree.fromstring(convert_text((SAMPLES / sample).read_bytes(), sample).tei)


def tabled_tei(sample: str) -> etree._Element:
    """The TEI of *sample*, asserted to give the labels and persons ``turns.toml`` and
    ``ids.toml`` give it."""
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]
    return tei


def turn_ids(tei: etree._Element) -> list[str]:
    """The person id of each turn of *tei*, in order."""
    return [who.lstrip("#") for who in tei.xpath("//t:sp/@who", namespaces=NS)]


def name_parts_of(tei: etree._Element, ident: str) -> list[tuple[str, str | None, str]]:
    """The parts of the first name of the person *ident*: element, ``@type`` and text."""
    name = tei.xpath(f"//t:person[@xml:id='{ident}']/t:persName[1]", namespaces=NS)[0]
    return [(etree.QName(part).localname, part.get("type"), part.text) for part in name]


def text_tei(text: str, name: str = "x.txt") -> etree._Element:
    """The TEI converted from the transcript *text*."""
    return etree.fromstring(convert_text(text.encode(), name).tei)


def texts(tei: etree._Element, path: str) -> list[str]:
    """The text of each element of *tei* that the XPath *path* finds, its white space collapsed."""
    return [" ".join(str(e.xpath("string()")).split()) for e in tei.xpath(path, namespaces=NS)]


def turn_speakers(tei: etree._Element) -> list[str]:
    """The speaker label of each turn of *tei*, as printed."""
    return texts(tei, "//t:sp/t:speaker")


def turn_paragraphs(tei: etree._Element) -> list[str]:
    """The paragraphs the turns of *tei* hold."""
    return texts(tei, "//t:sp/t:p")


def outside_turns(tei: etree._Element) -> list[str]:
    """The paragraphs and headings of the body of *tei* that no turn holds."""
    return texts(tei, "//t:body//t:div/t:p | //t:body//t:div/t:head")
