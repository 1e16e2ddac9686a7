"""Our RelaxNG schema and Schematron rules: what they accept is TEI, each rule has its fixture."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from stenogram import xmlsafe
from stenogram.validate.run import default_checks, relaxng, validate_file

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "profile-sample.xml"
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
FIXTURES = ROOT / "tests" / "fixtures" / "schematron"
SCH = "{http://purl.oclc.org/dsdl/schematron}"

# What editors add by hand, each put into a paragraph of the profile sample.
EDITOR_ADDITIONS = {
    "note": '<note type="editorial" place="foot">Cf. the printed edition, p. 12.</note>',
    "names": '<persName ref="#k">Kaganovich</persName> in <placeName>Moscow</placeName> '
    'for the <orgName>Politburo</orgName>, <name type="party">VKP(b)</name>',
    "sic-corr": "<choice><sic>teh</sic><corr>the</corr></choice>",
    "orig-reg": "<choice><orig>Bukharin's</orig><reg>Bukharin’s</reg></choice>",
    "abbr-expan": "<choice><abbr>CC</abbr><expan>Central Committee</expan></choice>",
    "hi": '<hi rend="italic">sic!</hi>',
    "unclear": '<unclear reason="faded">word</unclear>',
    "add-del": '<del type="crossed">old</del><add place="above">new</add>',
    "date-foreign": '<date when="1936-12">December</date> <foreign xml:lang="ru">товарищи</foreign>',
    "breaks": '<pb n="77"/>line<lb/>next',
    "inline-quote": '<quote>"we will"</quote>',
}


ANCHOR = '<p xml:id="p-1">a '


def with_addition(snippet: str) -> bytes:
    """The sample with *snippet* in its first paragraph; fails loudly if the anchor is gone,
    since every editor-addition test would otherwise check the unchanged sample."""
    text = SAMPLE.read_text(encoding="utf-8")
    made = text.replace(ANCHOR, f"{ANCHOR}{snippet} ", 1)
    assert snippet in made and made != text, f"the sample no longer holds {ANCHOR!r}"
    return made.encode()


def test_each_editor_addition_is_in_its_sample() -> None:
    made = samples()
    for name, snippet in EDITOR_ADDITIONS.items():
        assert made[name].decode("utf-8").count(snippet) == 1, name


def samples() -> dict[str, bytes]:
    made = {"profile-sample": SAMPLE.read_bytes()}
    made.update({name: with_addition(s) for name, s in EDITOR_ADDITIONS.items()})
    if EDITION.exists():
        made["edition"] = EDITION.read_bytes()
    return made


@pytest.mark.parametrize("name", sorted(samples()))
def test_sample_is_valid_under_our_schema_and_rules(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.xml"
    path.write_bytes(samples()[name])
    report = validate_file(str(path), default_checks())
    assert report.findings == ()


def test_our_schema_is_strict(tmp_path: Path) -> None:
    path = tmp_path / "unknown.xml"
    path.write_bytes(with_addition("<seg>not in the profile</seg>"))
    report = validate_file(str(path), default_checks())
    assert {f.rule for f in report.findings} == {"relaxng"}
    assert any(
        (f.line, f.column) == (37, 29)
        and "seg" in f.message
        and f.xpath.endswith("tei:sp[1]/tei:p[1]/tei:seg[1]")
        for f in report.findings
    )


@pytest.mark.slow
def test_what_our_schema_accepts_is_valid_tei(corpus: Path, tmp_path: Path) -> None:
    """Every sample above is also valid against tei_all (by jing, else by lxml)."""
    files = []
    for name, data in samples().items():
        files.append(tmp_path / f"{name}.xml")
        files[-1].write_bytes(data)
    tei_all = corpus / "schemas" / "tei_all.rng"
    if shutil.which("jing"):
        done = subprocess.run(["jing", str(tei_all), *map(str, files)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
    else:
        schema = relaxng(tei_all)
        for file in files:
            assert schema.validate(xmlsafe.parse_file(file)), schema.error_log


def rules() -> dict[str, str]:
    """Every assert/report id of stenogram.sch, with its role."""
    schema = xmlsafe.parse_file(default_checks().schematron).getroot()
    return {c.get("id"): c.get("role") for c in schema.iter(f"{SCH}assert", f"{SCH}report")}


def expected(fixture: Path) -> list[tuple[str, int]]:
    """The ``fires: rule:line ...`` list of a fixture's first comment."""
    comment = next(
        n
        for n in xmlsafe.parse_file(fixture, collect_ids=False).getroot().itersiblings(preceding=True)
        if n.tag is etree.Comment
    )
    words = re.match(r"\s*fires: (.*?)(?:\n|$)", comment.text).group(1).split()
    return [] if words[0] == "nothing." else [(w.split(":")[0], int(w.split(":")[1])) for w in words]


def test_every_rule_has_an_id_a_role_and_a_fixture() -> None:
    found = rules()
    assert all(role in ("error", "warning") for role in found.values()), found
    assert sorted(p.stem for p in FIXTURES.glob("*.xml") if p.stem != "base") == sorted(found)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.xml")), ids=lambda p: p.stem)
def test_fixture_fires_its_rule_at_its_line(fixture: Path) -> None:
    report = validate_file(str(fixture), default_checks())
    assert [(f.rule, f.line) for f in report.findings] == expected(fixture)
    assert all(f.severity == rules()[f.rule] for f in report.findings)
