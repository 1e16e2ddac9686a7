"""Rendering batches with bad inputs and a disk that fills up: every bad file and every page not
written is named, and no index links to a page that is not there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from stenogram.cli import main
from stenogram.errors import UsageError
from stenogram.render import html

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "profile-sample.xml"


def _inputs(tmp_path: Path, good: int, bad: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(good):
        shutil.copy(SAMPLE, folder / f"good{n}.xml")
    for name, text in bad.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("options", [["--to", "html"], ["--to", "typst", "--separate"]])
def test_every_bad_input_is_named_and_nothing_is_written(tmp_path: Path, options: list[str]) -> None:
    bad = {"broken.xml": "<TEI>\n<p>unclosed</TEI>", "other.xml": "<notes/>\n", "empty.xml": ""}
    folder = _inputs(tmp_path, 2, bad)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["render", str(folder), *options, "-o", f"{out}/"])
    assert result.exit_code == 2, result.output
    assert "3 of 5 inputs cannot be rendered; nothing was written" in result.stderr
    for name in bad:
        assert str(folder / name) in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_a_full_disk_mid_site_names_every_page_not_written(tmp_path: Path, monkeypatch) -> None:
    """Pages that cannot be written (a full disk) are each named, and the index is not written."""
    folder = _inputs(tmp_path, 4, {})
    real_write = html.write_atomic

    def full_disk(path: str | Path, data: bytes | str) -> None:
        if Path(path).stem in ("good1", "good3"):
            raise UsageError("cannot write: No space left on device", None)
        real_write(path, data)

    monkeypatch.setattr(html, "write_atomic", full_disk)
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["render", str(folder), "--to", "html", "-o", f"{out}/", "-j", "1"])
    assert result.exit_code == 2
    assert "2 of 4 pages were not written, nor the index linking them" in result.stderr
    assert result.stderr.count("No space left on device") == 2
    assert not (out / "index.html").exists()
