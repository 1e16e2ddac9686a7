"""The shared Saxon processor: caching, parameters, messages and located errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from stenogram import saxon
from stenogram.errors import StylesheetError

GOOD = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:param name="n" as="xs:string" select="'x'" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
<xsl:template match="/">
  <xsl:message>counting <xsl:value-of select="$n"/></xsl:message>
  <xsl:if test="$n = 'stop'"><xsl:message terminate="yes">impossible input</xsl:message></xsl:if>
  <out><xsl:value-of select="count(//*)"/></out>
</xsl:template>
</xsl:stylesheet>"""


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.xsl"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_transform_returns_result_and_messages(good: Path) -> None:
    result = saxon.transform(good, etree.fromstring("<a><b/><c/></a>"), {"n": "y"})
    assert etree.fromstring(result.text.encode()).text == "3"
    assert result.messages == ["counting y"]


def test_compiled_stylesheet_is_cached_until_the_file_changes(good: Path) -> None:
    first = saxon.compile_stylesheet(good)
    assert saxon.compile_stylesheet(good) is first
    good.write_text(GOOD.replace("count(//*)", "count(//*) + 1"), encoding="utf-8")
    assert saxon.compile_stylesheet(good) is not first


def test_terminating_message_is_located_in_the_stylesheet(good: Path) -> None:
    with pytest.raises(StylesheetError) as info:
        saxon.transform(good, etree.fromstring("<a/>"), {"n": "stop"})
    assert info.value.location.file == str(good.resolve())
    assert info.value.location.line == 5
    assert "impossible input" in str(info.value)


def test_compile_error_names_file_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xsl"
    bad.write_text(GOOD.replace("count(//*)", "count(//*) +"), encoding="utf-8")
    with pytest.raises(StylesheetError) as info:
        saxon.compile_stylesheet(bad)
    assert (info.value.location.file, info.value.location.line) == (str(bad), 6)
    assert info.value.location.column is not None
