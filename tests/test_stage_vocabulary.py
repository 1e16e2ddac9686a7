"""One closed list of stage types (``[vocabulary] stage_types`` in the defaults), and everything
that follows it: the converter, the Schematron rules, the HTML styles, the print edition and the
encoding manual. A type added to one of them and not to the list fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from stenogram import xmlsafe
from stenogram.assets import asset_path
from stenogram.render.html import CSS, html_page
from stenogram.render.pdf import render_typst
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.validate.run import default_checks, validate_file

ROOT = Path(__file__).resolve().parents[1]
TEI = {"t": "http://www.tei-c.org/ns/1.0"}
HTML = {"h": "http://www.w3.org/1999/xhtml"}
TYPES = load_config().stage_types
# A turn with a stage direction of every type the converter writes.
TRANSCRIPT = (
    "STALIN. We begin. (Applause.) And we go on. (Laughter.) (Noise in the hall.) "
    "(VOICES. Right.) _[Exit Molotov.]_ So.\n\nMOLOTOV. Yes.\n"
)


@pytest.fixture(scope="module")
def every_type(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("vocabulary") / "every-type.xml"
    path.write_bytes(convert_text(TRANSCRIPT, "every-type.txt").tei)
    return path


def _types(path: Path) -> list[str]:
    return xmlsafe.parse_file(path).xpath("//t:stage/@type", namespaces=TEI)


def test_the_converter_writes_every_type_of_the_list(every_type: Path) -> None:
    assert sorted(set(_types(every_type))) == sorted(TYPES)


def test_the_schematron_rules_list_the_same_types() -> None:
    sch = xmlsafe.parse_file(asset_path("schemas/stenogram.sch"))
    (value,) = sch.xpath("//s:let[@name='stage-types']/@value", namespaces={"s": sch.getroot().nsmap[None]})
    assert tuple(re.findall(r"'([^']*)'", value)) == TYPES


def test_every_type_is_valid_and_none_other(every_type: Path, tmp_path: Path) -> None:
    assert validate_file(str(every_type), default_checks()).findings == ()
    booing = tmp_path / "booing.xml"
    booing.write_bytes(every_type.read_bytes().replace(b'type="laughter"', b'type="booing"'))
    findings = validate_file(str(booing), default_checks()).findings
    assert [(f.rule, f.severity) for f in findings] == [("stage-type", "error")]


def test_every_type_has_its_html_style(every_type: Path) -> None:
    css = asset_path(CSS).read_text(encoding="utf-8")
    page = etree.fromstring(html_page(xmlsafe.parse_file(every_type)).text.encode("utf-8"))
    for stage_type in TYPES:
        assert re.search(rf"\.stage-{stage_type}\b[^{{]*\{{", css), stage_type
        assert page.xpath(f"//h:*[contains(@class, 'stage-{stage_type}')]", namespaces=HTML), stage_type


def test_the_print_edition_sets_every_type_as_a_stage_direction(every_type: Path) -> None:
    # Typst has one style for all stage directions (italics): every type gets it, none is dropped.
    source = render_typst(xmlsafe.parse_file(every_type))
    assert source.count("#sg-stage") >= len(_types(every_type))
    for text in ("Applause.", "Laughter.", "Noise in the hall.", "Right.", "Exit Molotov."):
        assert text in source


def test_the_encoding_manual_lists_the_same_types() -> None:
    profile = (ROOT / "schemas" / "PROFILE.md").read_text(encoding="utf-8")
    listed = re.search(r"`stage/@type`: (.*)\.", profile)
    assert listed is not None
    assert tuple(re.findall(r"`([a-z]+)`", listed.group(1))) == TYPES
