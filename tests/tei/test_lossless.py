"""The lossless check itself: it must catch a dropped, changed or invented word."""

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
    check_lossless(source.text, source.furniture, root, "dog.txt")


def test_a_dropped_word_is_caught_at_its_line(parts) -> None:
    source, root = parts
    p = root.xpath("//t:sp[2]/t:p", namespaces=NS)[0]
    p.text = p.text.replace("got ", "")
    with pytest.raises(LosslessError) as info:
        check_lossless(source.text, source.furniture, root, "dog.txt")
    assert (info.value.location.file, info.value.location.line) == ("dog.txt", 5)
    assert "expected 'got'" in str(info.value)


def test_an_invented_word_is_caught(parts) -> None:
    source, root = parts
    p = root.xpath("//t:sp[2]/t:p", namespaces=NS)[0]
    p.xpath("t:supplied", namespaces=NS)[0].tail = ". Woof."
    with pytest.raises(LosslessError, match="invent"):
        check_lossless(source.text, source.furniture, root, "dog.txt")


def test_furniture_not_recorded_counts_as_lost(parts) -> None:
    source, root = parts
    with pytest.raises(LosslessError, match="expected 'Header'"):
        check_lossless(source.text, [], root, "dog.txt")
