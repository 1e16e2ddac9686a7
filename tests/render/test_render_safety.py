"""stenogram render must never destroy its input, leave half a site, or end in a traceback."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from stenogram.assets import asset_path
from stenogram.cli import main
from stenogram.render import pdf as print_edition

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "profile-sample.xml"


def _render(*args: str):
    result = CliRunner().invoke(main, ["render", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.mark.parametrize("to", ["typst", "pdf", "html"])
def test_the_output_may_not_be_the_input(tmp_path: Path, to: str) -> None:
    victim = tmp_path / "victim.xml"
    victim.write_bytes(SAMPLE.read_bytes())
    result = _render(str(victim), "--to", to, "-o", str(tmp_path / "." / "victim.xml"))
    assert result.exit_code == 2
    assert "would overwrite the input" in result.stderr and str(victim) in result.stderr
    assert victim.read_bytes() == SAMPLE.read_bytes()


def test_a_page_written_into_the_output_directory_may_not_be_an_input(tmp_path: Path) -> None:
    victim = tmp_path / "victim.html"  # TEI, named as the page it would become
    victim.write_bytes(SAMPLE.read_bytes())
    result = _render(str(victim), "--to", "html", "-o", f"{tmp_path}/")
    assert result.exit_code == 2 and "would overwrite the input" in result.stderr
    assert victim.read_bytes() == SAMPLE.read_bytes()


@pytest.mark.parametrize("to, name", [("html", "p.html"), ("typst", "p.typ"), ("pdf", "p.pdf")])
def test_outputs_are_readable_as_the_umask_allows(tmp_path: Path, to: str, name: str) -> None:
    result = _render(str(SAMPLE), "--to", to, "-o", str(tmp_path / name))
    assert result.exit_code == 0, result.stderr
    mask = os.umask(0o022)
    os.umask(mask)
    for path in [tmp_path / name, *(tmp_path.glob("*.css"))]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


@pytest.mark.parametrize(
    "to, target",
    [("html", "/proc/x.html"), ("pdf", "/proc/x.pdf"), ("typst", "/proc/x.typ"), ("html", "/proc/site/")],
)
def test_an_unwritable_output_is_a_usage_error(to: str, target: str) -> None:
    result = _render(str(SAMPLE), "--to", to, "-o", target)
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and target.rstrip("/") in result.stderr


def test_a_page_name_that_is_a_directory_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "d.html").mkdir()
    result = _render(str(SAMPLE), "--to", "html", "-o", str(tmp_path / "d.html"))
    assert result.exit_code == 2 and "is a directory" in result.stderr
    assert list((tmp_path / "d.html").iterdir()) == []


@pytest.mark.parametrize("to, args", [("html", []), ("pdf", ["--separate"]), ("typst", ["--separate"])])
def test_one_bad_input_writes_nothing(tmp_path: Path, to: str, args: list[str]) -> None:
    bad = tmp_path / "nontei.xml"
    bad.write_text("<html/>", encoding="utf-8")
    out = tmp_path / "site"
    result = _render(str(SAMPLE), str(bad), "--to", to, "-o", str(out), *args)
    assert result.exit_code == 2 and f"{bad}:1: not a TEI document" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "to, name",
    [("pdf", "profile-sample.pdf"), ("typst", "profile-sample.typ"), ("html", "profile-sample.html")],
)
def test_an_output_ending_in_a_slash_is_a_directory(tmp_path: Path, to: str, name: str) -> None:
    result = _render(str(SAMPLE), "--to", to, "-o", f"{tmp_path / 'new'}{os.sep}")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "new").is_dir() and (tmp_path / "new" / name).is_file()
    assert str(tmp_path / "new" / name) in result.stdout.splitlines()


def test_several_inputs_into_a_slash_directory_need_separate_for_pdf(tmp_path: Path) -> None:
    edition = Path(__file__).resolve().parents[2] / "tei" / "kaganovich-1936-12-04.xml"
    result = _render(str(SAMPLE), str(edition), "--to", "pdf", "-o", f"{tmp_path / 'vol'}/")
    assert result.exit_code == 2 and "--separate" in result.stderr


def test_jobs_reaches_the_print_edition(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int | None] = []
    real = print_edition.map_files

    def spy(func, items, *, jobs=None, **kwargs):
        seen.append(jobs)
        return real(func, items, jobs=1, **kwargs)

    monkeypatch.setattr(print_edition, "map_files", spy)
    other = tmp_path / "other.xml"
    other.write_bytes(SAMPLE.read_bytes())
    result = _render(
        str(SAMPLE), str(other), "--to", "typst", "--separate", "-j", "3", "-o", str(tmp_path / "out")
    )
    assert result.exit_code == 0, result.stderr
    assert seen == [3]


def test_pdf_reports_the_stylesheets_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The print stylesheets have no message of their own yet: one that adds one to edition.xsl.
    wrapper = tmp_path / "x" / "y" / "wrapper.xsl"
    wrapper.parent.mkdir(parents=True)
    wrapper.write_text(
        f"""<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:import href="{asset_path(print_edition.STYLESHEET).as_uri()}"/>
  <xsl:template match="/tei:TEI">
    <xsl:message>SG999: a message from the print stylesheets</xsl:message>
    <xsl:apply-imports/>
  </xsl:template>
</xsl:stylesheet>""",
        encoding="utf-8",
    )
    monkeypatch.setattr(print_edition, "STYLESHEET", str(wrapper))
    for to, name in (("pdf", "s.pdf"), ("typst", "s.typ")):
        result = _render(str(SAMPLE), "--to", to, "-o", str(tmp_path / name))
        assert result.exit_code == 0, result.stderr
        assert f"stenogram: message: {SAMPLE}: {wrapper}:5: SG999:" in result.stderr


def test_pdfa_applies_to_pdf_only(tmp_path: Path) -> None:
    result = _render(str(SAMPLE), "--to", "typst", "--pdfa", "-o", str(tmp_path / "s.typ"))
    assert result.exit_code == 2 and "--pdfa does not apply to --to typst" in result.stderr
    assert not (tmp_path / "s.typ").exists()
