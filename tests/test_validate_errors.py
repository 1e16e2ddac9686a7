"""`stenogram validate` when something around the files goes wrong: the cache, the rules.

Every failure here must reach the user as one located message and an exit code, never a
traceback (CliRunner keeps the exception in ``result.exception``: it must be the SystemExit).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from stenogram.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "schematron"
BASE = FIXTURES / "base.xml"


def exited(result: Result, code: int) -> None:
    """*result* ended by exiting with *code*, not by an uncaught exception."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == code, result.output


def rules(tmp_path: Path, *lines: str) -> Path:
    """A .sch of one pattern whose rule for ``tei:p`` holds *lines*, one per line (rule: line 5)."""
    sch = tmp_path / "rules.sch"
    sch.write_text("\n".join([
        '<?xml version="1.0"?>',
        '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">',
        '  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>',
        '  <pattern id="p1">',
        '    <rule context="tei:p">',
        *(f"      {line}" for line in lines),
        "    </rule>",
        "  </pattern>",
        "</schema>",
        ""]), encoding="utf-8")
    return sch


# ---------------------------------------------------------------- the compiled-rules cache


def test_an_unwritable_cache_falls_back_to_the_temporary_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    sch = rules(tmp_path, '<assert id="p-has-text" test="normalize-space(.)">empty p</assert>')
    result = CliRunner().invoke(main, ["validate", str(BASE), "--schematron", str(sch)],
                                env={"STENOGRAM_CACHE_DIR": str(tmp_path / "file" / "cache")})
    exited(result, 0)
    assert result.stderr == ""
    assert list((tmp_path / "tmp").rglob("*.xsl"))


def test_no_writable_folder_at_all_is_a_located_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "file" / "tmp"))
    sch = rules(tmp_path, '<assert test="true()">never</assert>')
    result = CliRunner().invoke(main, ["validate", str(BASE), "--schematron", str(sch)],
                                env={"STENOGRAM_CACHE_DIR": str(tmp_path / "file" / "cache")})
    exited(result, 2)
    assert "cannot store the compiled Schematron" in result.stderr
    assert str(tmp_path / "file") in result.stderr
