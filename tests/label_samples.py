"""The label samples of tests/data/labels and the printed labels of a converted text: what the
label tests of every language compare."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

SAMPLES = Path(__file__).resolve().parent / "data" / "labels"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def speakers(tei: bytes) -> list[str]:
    """The speaker labels of *tei*, as printed, in order."""
    return etree.fromstring(tei).xpath("//t:sp/t:speaker/text()", namespaces=NS)
