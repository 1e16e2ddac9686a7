"""`stenogram validate` when something around the files goes wrong: the cache, the rules.

Every failure here must reach the user as one located message and an exit code, never a
traceback (CliRunner keeps the exception in ``result.exception``: it must be the SystemExit).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from stenogram.cli import main
from stenogram.errors import UsageError
from stenogram.validate import run as validate
from stenogram.validate.run import validate_paths

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "schematron"
BASE = FIXTURES / "base.xml"


def exited(result: Result, code: int) -> None:
    """*result* ended by exiting with *code*, not by an uncaught exception."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == code, result.output


def rules(tmp_path: Path, *lines: str, context: str = "tei:p", after: str = "") -> Path:
    """A .sch of one pattern whose rule for *context* holds *lines*, one per line (rule: line 5),
    then *after*. Written once: a file rewritten within the same clock tick keeps its mtime."""
    sch = tmp_path / "rules.sch"
    sch.write_text(
        "\n".join(
            [
                '<?xml version="1.0"?>',
                '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">',
                '  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>',
                '  <pattern id="p1">',
                f'    <rule context="{context}">',
                *(f"      {line}" for line in lines),
                "    </rule>",
                "  </pattern>",
                after,
                "</schema>",
                "",
            ]
        ),
        encoding="utf-8",
    )
    return sch


# ---------------------------------------------------------------- the compiled-rules cache


def test_an_unwritable_cache_falls_back_to_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    sch = rules(tmp_path, '<assert id="p-has-text" test="normalize-space(.)">empty p</assert>')
    result = CliRunner().invoke(
        main,
        ["validate", str(BASE), "--schematron", str(sch)],
        env={"STENOGRAM_CACHE_DIR": str(tmp_path / "file" / "cache")},
    )
    exited(result, 0)
    assert result.stderr == ""
    assert len(list((tmp_path / "tmp").rglob("*.xsl"))) == 1  # the very stylesheet checked up front


def test_no_writable_folder_at_all_is_a_located_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "file" / "tmp"))
    sch = rules(tmp_path, '<assert test="true()">never</assert>')
    result = CliRunner().invoke(
        main,
        ["validate", str(BASE), "--schematron", str(sch)],
        env={"STENOGRAM_CACHE_DIR": str(tmp_path / "file" / "cache")},
    )
    exited(result, 2)
    assert "cannot store the compiled Schematron" in result.stderr
    assert str(tmp_path / "file") in result.stderr


# ---------------------------------------------------------------- broken rules


def test_a_broken_test_is_a_usage_error_at_its_line_in_the_schema(tmp_path: Path) -> None:
    sch = rules(
        tmp_path,
        '<assert id="fine" test="true()">never</assert>',
        '<assert id="broken" test="count(((.)">broken</assert>',
    )
    with pytest.raises(UsageError) as caught:
        validate_paths([str(BASE)], schematron=sch, jobs=1)
    assert (caught.value.location.file, caught.value.location.line) == (str(sch), 7)
    assert "assert 'broken' (test count(((.))" in caught.value.message
    result = CliRunner().invoke(main, ["validate", str(BASE), "--schematron", str(sch)])
    exited(result, 2)
    assert result.stdout == ""
    assert result.stderr.startswith(f"stenogram: error: {sch}:7: the Schematron assert 'broken'")


def test_a_broken_context_is_located_at_its_rule(tmp_path: Path) -> None:
    sch = rules(tmp_path, '<report test="false()">never</report>', context="tei:p[[")
    result = CliRunner().invoke(main, ["validate", str(BASE), "--schematron", str(sch), "--format", "svrl"])
    exited(result, 2)
    assert result.stderr.startswith(f"stenogram: error: {sch}:5: the Schematron rule (context tei:p[[)")


def test_a_broken_rule_in_an_included_file_is_located_there(tmp_path: Path) -> None:
    (tmp_path / "part.sch").write_text(
        '<pattern xmlns="http://purl.oclc.org/dsdl/schematron" id="part">\n'
        '  <rule context="tei:sp">\n    <report test="@who eq">x</report>\n  </rule>\n</pattern>\n',
        encoding="utf-8",
    )
    sch = rules(tmp_path, '<assert test="true()">never</assert>', after='<include href="part.sch"/>')
    with pytest.raises(UsageError) as caught:
        validate_paths([str(BASE)], schematron=sch, jobs=1)
    assert str(caught.value.location) == f"{tmp_path / 'part.sch'}:3"


def test_a_rule_failing_at_run_time_names_its_place_and_the_rest_goes_on(tmp_path: Path) -> None:
    sch = rules(
        tmp_path,
        '<assert id="numeric" test="xs:integer(string(.)) gt 0">not a number</assert>',
        context="tei:p[not(preceding::tei:p)]",
    )
    report = validate_paths([str(BASE), str(FIXTURES / "stray-bracket.xml")], schematron=sch, jobs=1)
    for file in report.files:
        [finding] = file.findings
        assert finding.rule == "schematron" and finding.message.startswith(
            "a Schematron rule could not run: "
        )
        assert finding.message.endswith(f"(in the Schematron assert 'numeric' at {sch}:6)")
    result = CliRunner().invoke(main, ["validate", str(BASE), "--schematron", str(sch)])
    exited(result, 1)
    assert f"at {sch}:6) [schematron]" in result.stdout


# ---------------------------------------------------------------- bad input, messages, the command


def test_not_well_formed_and_text_files_are_bad_input(tmp_path: Path) -> None:
    (tmp_path / "broken.xml").write_text("<TEI>\n  <unclosed>\n</TEI>\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Plain text, not TEI.\n", encoding="utf-8")
    for name in ("broken.xml", "notes.txt"):
        result = CliRunner().invoke(main, ["validate", str(tmp_path / name), str(BASE), "--warn-only"])
        exited(result, 2)
        assert f"{tmp_path / name}:" in result.stdout and "not well-formed XML" in result.stdout
        assert result.stdout.endswith("2 files checked: 1 error(s), 0 warning(s)\n")


def test_unreadable_input_exits_2_even_with_warn_only(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "missing.xml"), "--warn-only"])
    exited(result, 2)
    assert f"{tmp_path / 'missing.xml'}: error: cannot read file" in result.stdout


def test_no_files_names_the_paths_given(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=f"no files to validate in {tmp_path}"):
        validate_paths([str(tmp_path)])
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "*.xml")])
    exited(result, 2)
    assert result.stderr == f"stenogram: error: no files to validate in {tmp_path / '*.xml'}\n"


def test_a_schema_jing_cannot_use_is_told_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "_has_jing", lambda: True)
    for stderr, said in (("", "exit code 3"), ("java.lang.Thing\nbad schema here\n", "bad schema here")):
        done = subprocess.CompletedProcess([], 3, stdout="", stderr=stderr)
        monkeypatch.setattr(subprocess, "run", lambda *args, done=done, **kwargs: done)
        with pytest.raises(UsageError) as caught:
            validate.jing_findings(Path("x.rng"), [str(BASE)])
        assert caught.value.message == f"jing cannot use the schema x.rng: {said}"


def test_validate_changed_checks_only_what_git_says_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    shutil.copy(BASE, "old.xml")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "start"], check=True)
    assert validate.validate_files("HEAD", ["."], jobs=1) is None
    result = CliRunner().invoke(main, ["validate", ".", "--changed-since", "HEAD"])
    exited(result, 0)
    assert result.stderr == "no files changed since HEAD in .\n"
    Path("old.xml").write_text(
        BASE.read_text(encoding="utf-8").replace("<p>", "<p> </p><p>", 1), encoding="utf-8"
    )
    shutil.copy(BASE, "new-but-untracked.xml")
    report = validate.validate_files("HEAD", ["."], jobs=1)
    assert [r.file for r in report.files] == ["old.xml"]
    result = CliRunner().invoke(main, ["validate", ".", "--changed-since", "no-such-rev"])
    exited(result, 2)
    assert "git diff no-such-rev" in result.stderr
