"""The lossless check itself: it must catch a dropped, changed, moved or invented word or
symbol, and must not cry wolf where brackets merely became elements."""

from __future__ import annotations

import pytest
from lxml import etree

from stenogram.errors import LosslessError
from stenogram.tei.convert import convert_text
from stenogram.tei.lossless import check_lossless
from stenogram.transcript.config import load_config
from stenogram.transcript.reader import read_source

TEXT = "Header Ads\n\nSTALIN. Did you get the dog?\n\nKAGANOVICH. We got it [?].\n"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture
def parts():
    source = read_source(TEXT.encode(), "dog.txt", load_config())
    root = etree.fromstring(convert_text(TEXT.encode(), "dog.txt").tei)
    return source, root


def test_a_faithful_conversion_passes(parts) -> None:
    source, root = parts
    check_lossless(source.held.text(), source.furniture, root, "dog.txt")


def test_a_dropped_word_is_caught_at_its_line(parts) -> None:
    source, root = parts
    p = root.xpath("//t:sp[2]/t:p", namespaces=NS)[0]
    p.text = p.text.replace("got ", "")
    with pytest.raises(LosslessError) as info:
        check_lossless(source.held.text(), source.furniture, root, "dog.txt")
    location = info.value.location
    assert (location.file, location.line, location.column) == ("dog.txt", 5, 16)
    assert "the input has 'got it [?].'" in str(info.value)


def test_an_invented_word_is_caught(parts) -> None:
    source, root = parts
    p = root.xpath("//t:sp[2]/t:p", namespaces=NS)[0]
    p.xpath("t:supplied", namespaces=NS)[0].tail = ". Woof."
    with pytest.raises(LosslessError, match="invent"):
        check_lossless(source.held.text(), source.furniture, root, "dog.txt")


def test_furniture_not_recorded_counts_as_lost(parts) -> None:
    source, root = parts
    with pytest.raises(LosslessError, match="the input has 'Header Ads"):
        check_lossless(source.held.text(), [], root, "dog.txt")


def test_a_moved_symbol_line_is_caught() -> None:
    """Symbols count, not only words: a line of ``***`` moved elsewhere is a change of text."""
    source = read_source(b"***\n\nSTALIN. Did you get the dog?\n", "stars.txt", load_config())
    root = etree.fromstring(convert_text(b"STALIN. Did you get the dog?\n\n***\n", "stars.txt").tei)
    with pytest.raises(LosslessError) as info:
        check_lossless(source.held.text(), source.furniture, root, "stars.txt")
    assert (info.value.location.line, info.value.location.column) == (1, 1)
    assert "the input has '***" in str(info.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("IVANOV. Comrade Kagan[ovich] said so.\n", ["Kaganovich"]),
        ("IVANOV. The com[mit]tee agreed.\n", ["committee"]),
        ("IVANOV. We met [sic]that day.\n", ["sicthat"]),
    ],
)
def test_a_word_split_by_a_supplied_bracket_is_one_word(text: str, words: list[str]) -> None:
    """``Kagan[ovich]`` becomes ``Kagan<supplied>ovich</supplied>``: the same word, nothing lost."""
    root = etree.fromstring(convert_text(text.encode(), "supplied.txt").tei)
    body = "".join(root.xpath("//t:body", namespaces=NS)[0].itertext())
    assert all(word in body for word in words)
    assert root.xpath("//t:supplied", namespaces=NS)
