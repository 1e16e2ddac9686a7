"""`stenogram validate`: many files, located findings, formats, exit codes, safety, jing."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from stenogram import xmlsafe
from stenogram.cli import main
from stenogram.validate import run as validate
from stenogram.validate.formats import FORMATS
from stenogram.validate.run import (
    changed_since,
    default_checks,
    jing_findings,
    relaxng,
    validate_file,
    validate_paths,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "schematron"
BASE = FIXTURES / "base.xml"
needs_jing = pytest.mark.skipif(shutil.which("jing") is None, reason="jing is not installed")


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with a valid file, a broken one, an invalid one and a rule breaker."""
    shutil.copy(BASE, tmp_path / "a-valid.xml")
    (tmp_path / "b-broken.xml").write_text("<TEI>\n  <unclosed>\n</TEI>\n", encoding="utf-8")
    (tmp_path / "c-empty.xml").write_text("  \n", encoding="utf-8")
    shutil.copy(FIXTURES / "stage-type.xml", tmp_path / "d-rule.xml")
    (tmp_path / "notes.txt").write_text("not XML, not picked up", encoding="utf-8")
    return tmp_path


def test_one_bad_file_never_stops_the_rest(mixed: Path) -> None:
    report = validate_paths([str(mixed)], jobs=1)
    by_file = {Path(r.file).name: [(f.rule, f.line, f.column) for f in r.findings] for r in report.files}
    assert by_file == {
        "a-valid.xml": [],
        "b-broken.xml": [("well-formed", 3, 7)],
        "c-empty.xml": [("read", None, None)],
        "d-rule.xml": [("stage-type", 42, 9)],
    }
    assert report.exit_code() == 2 and report.exit_code(warn_only=True) == 2  # bad input
    (mixed / "c-empty.xml").unlink()
    report = validate_paths([str(mixed)], jobs=1)
    assert report.exit_code() == 2  # the file that is not well-formed is bad input too
    (mixed / "b-broken.xml").unlink()
    report = validate_paths([str(mixed)], jobs=1)
    assert report.exit_code() == 1 and report.exit_code(warn_only=True) == 0


def test_unreadable_input_exits_2_and_the_rest_is_still_checked(tmp_path: Path) -> None:
    report = validate_paths([str(tmp_path / "missing.xml"), str(FIXTURES / "stray-bracket.xml")], jobs=1)
    assert report.files[0].findings[0].message.startswith("cannot read file")
    assert [f.rule for f in report.files[1].findings] == ["stray-bracket"]
    assert report.exit_code() == 2


def test_warnings_do_not_fail() -> None:
    report = validate_paths([str(FIXTURES / "speaker-label.xml")], jobs=1)
    assert (report.errors, report.warnings, report.exit_code()) == (0, 1, 0)


def test_a_process_pool_gives_the_same_report(mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "FILES_PER_WORKER", 1)  # a pool even for these few files
    assert validate_paths([str(mixed)], jobs=2) == validate_paths([str(mixed)], jobs=1)


def test_globs_are_expanded() -> None:
    report = validate_paths([str(FIXTURES / "s*.xml")], jobs=1)
    assert [Path(r.file).stem for r in report.files] == [
        "sp-not-empty",
        "speaker-label",
        "stage-type",
        "stray-bracket",
    ]


def test_text_format_is_file_line_col_severity_message_rule_xpath() -> None:
    report = validate_paths([str(FIXTURES / "who-resolves.xml")], jobs=1)
    first = FORMATS["text"](report).splitlines()[0]
    assert first.startswith(f"{FIXTURES / 'who-resolves.xml'}:43:9: error: The sp is attributed to #molotov")
    assert first.endswith("[who-resolves] (at /tei:TEI[1]/tei:text[1]/tei:body[1]/tei:div[1]/tei:sp[2])")


def test_machine_formats(mixed: Path) -> None:
    report = validate_paths([str(mixed)], jobs=1, keep_svrl=True)
    data = json.loads(FORMATS["json"](report))
    assert (data["errors"], [f["errors"] for f in data["files"]]) == (3, [0, 1, 1, 1])
    junit = etree.fromstring(FORMATS["junit"](report).encode())
    assert len(junit.findall(".//testcase")) == 4 and len(junit.findall(".//failure")) == 3
    github = FORMATS["github"](report).splitlines()
    assert f"::error file={mixed / 'd-rule.xml'},line=42,col=9,title=stage-type::The stage" in github[-1]
    svrl = etree.fromstring(FORMATS["svrl"](report).encode())
    outputs = svrl.findall(".//{http://purl.oclc.org/dsdl/svrl}schematron-output")
    assert len(outputs) == 2  # the two well-formed files
    assert len(svrl.findall(".//{http://purl.oclc.org/dsdl/svrl}failed-assert")) == 1


def test_changed_since_asks_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    shutil.copy(BASE, "old.xml")
    shutil.copy(BASE, "same.xml")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "start"], check=True)
    Path("old.xml").write_text(BASE.read_text().replace("(Applause)", "(Long applause)"))
    assert changed_since("HEAD", ["."]) == ["old.xml"]
    from stenogram.errors import UsageError

    with pytest.raises(UsageError, match="git diff no-such-rev"):
        changed_since("no-such-rev", ["."])


# ---------------------------------------------------------------- safety

HOSTILE = {
    "billion-laughs": """<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>&f;</p></TEI>""",
    "external-entity": """<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>&x;</p></TEI>""",
    "external-dtd": """<?xml version="1.0"?>
<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/evil.dtd">
<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>x</p></TEI>""",
    "xinclude": """<?xml version="1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
<p><xi:include href="/etc/passwd" parse="text"/></p></TEI>""",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_fetch_and_expand_nothing(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.xml"
    path.write_text(HOSTILE[name], encoding="utf-8")
    report = validate_file(str(path), replace(default_checks(), keep_svrl=True))
    said = "".join(str(f) for f in report.findings) + (report.svrl or "")
    assert report.findings, "a hostile file is not a valid edition"
    assert "root:" not in said and "aaaaaaaaaaaaaaaaaaaa" not in said
    if name == "billion-laughs":  # libxml2 refuses the amplification outright
        assert [f.rule for f in report.findings] == ["well-formed"]
    elif name == "external-entity":  # refused by name: its text could only come from outside
        assert [f.rule for f in report.findings] == ["read"] and "&x; is not expanded" in said
    else:
        tree = xmlsafe.parse_file(path)
        assert "root:" not in etree.tostring(tree, encoding="unicode")


@needs_jing
def test_jing_gets_no_doctype_to_follow(tmp_path: Path, corpus: Path) -> None:
    for name, text in HOSTILE.items():
        (tmp_path / f"{name}.xml").write_text(text, encoding="utf-8")
    found = jing_findings(corpus / "schemas" / "tei_all.rng", sorted(map(str, tmp_path.iterdir())))
    said = " ".join(f.message for findings in found.values() for f in findings)
    assert "root:" not in said and "evil.dtd" not in said and "passwd" not in said


@needs_jing
def test_testdrama_with_its_missing_dtd_validates_offline(corpus: Path) -> None:
    drama = corpus / "tei" / "tei-p5" / "testdrama.xml"
    report = validate_paths(
        [str(drama)],
        schema=corpus / "schemas" / "tei_all.rng",
        schematron=corpus / "schemas" / "dracor.odd",
        jobs=1,
    )
    messages = [f.message for f in report.files[0].findings]
    assert not any("DTD" in m or "not found" in m for m in messages)
    # tei_all 4.12 no longer allows teiHeader/@type, which this old test file still uses
    assert any(f.rule == "relaxng" and f.line == 10 for f in report.files[0].findings)


# ---------------------------------------------------------------- lxml and jing agree


@pytest.fixture(scope="session")
def tei_all_lxml(corpus: Path) -> etree.RelaxNG:
    return relaxng(corpus / "schemas" / "tei_all.rng")


@pytest.mark.slow
@needs_jing
def test_lxml_and_jing_give_the_same_verdict_on_the_corpus(corpus: Path, tei_all_lxml) -> None:
    files = sorted(str(p) for p in (corpus / "tei").rglob("*") if p.suffix in (".xml", ".odd"))
    by_jing = jing_findings(corpus / "schemas" / "tei_all.rng", files)
    verdicts = {
        f: (tei_all_lxml.validate(xmlsafe.parse_file(f, collect_ids=False)), f not in by_jing) for f in files
    }
    assert {f: v for f, v in verdicts.items() if v[0] != v[1]} == {}
    assert sum(v[0] for v in verdicts.values()) > 10 and sum(not v[0] for v in verdicts.values()) > 5


# ---------------------------------------------------------------- the command


def test_cli_valid_file_exits_0() -> None:
    result = CliRunner().invoke(main, ["validate", str(BASE)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "1 file checked: 0 error(s), 0 warning(s)\n"


def test_cli_findings_exit_1_on_stdout() -> None:
    result = CliRunner().invoke(main, ["validate", str(FIXTURES / "p-not-empty.xml"), "--format", "github"])
    assert result.exit_code == 1 and result.stderr == ""
    assert result.stdout.startswith(
        f"::error file={FIXTURES / 'p-not-empty.xml'},line=45,col=11,title=p-not-empty::"
    )


def test_cli_warn_only_exits_0() -> None:
    result = CliRunner().invoke(main, ["validate", str(FIXTURES / "p-not-empty.xml"), "--warn-only"])
    assert result.exit_code == 0 and "[p-not-empty]" in result.stdout


def test_cli_usage_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    no_rules = tmp_path / "none.sch"
    no_rules.write_text('<schema xmlns="http://purl.oclc.org/dsdl/schematron"/>', encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(BASE), "--schematron", str(no_rules)])
    assert result.exit_code == 2 and "no Schematron rules found" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    result = CliRunner().invoke(main, ["validate", str(BASE), "--format", "yaml"])
    assert result.exit_code == 2 and "Invalid value for '--format'" in result.stderr
    result = CliRunner().invoke(main, ["validate", str(BASE), "--phase", "nope"])
    assert result.exit_code == 2 and "no Schematron phase 'nope'" in result.stderr


def test_cli_phase_and_foreign_rules(corpus: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(FIXTURES / "stage-type.xml"), "--phase", "pointers"])
    assert result.exit_code == 0, result.stdout  # the stage-type rule is not in that phase
    result = CliRunner().invoke(
        main,
        ["validate", str(BASE), "--schematron", str(corpus / "schemas" / "dracor.odd"), "--format", "json"],
    )
    rules = {f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert "schematron-constraint-sourceDesc-digital_original_source_in_sourceDesc-1" in rules
    assert result.exit_code == 1
