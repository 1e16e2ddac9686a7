"""The PDF's creation date is the build date (SOURCE_DATE_EPOCH, else today), never the record's."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner

from stenogram.cli import main
from stenogram.errors import UsageError
from stenogram.render.pdf import PrintOptions, render_pdf
from stenogram.xmlsafe import parse_file

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "profile-sample.xml"
XMP = "{http://ns.adobe.com/xap/1.0/}"
EPOCH = 1_700_000_000  # 2023-11-14T22:13:20Z


def dates(pdf: bytes) -> tuple[str, str, str]:
    """The info dictionary's CreationDate and the XMP's CreateDate and ModifyDate."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        meta = doc.open_metadata()
        return str(doc.docinfo["/CreationDate"]), meta[f"{XMP}CreateDate"], meta[f"{XMP}ModifyDate"]


def test_source_date_epoch_dates_the_pdf_and_its_xmp(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    pdf = render_pdf(parse_file(SAMPLE), PrintOptions(pdfa=True))
    assert dates(pdf) == ("D:20231114221320Z", "2023-11-14T22:13:20+00:00", "2023-11-14T22:13:20+00:00")
    assert render_pdf(parse_file(SAMPLE), PrintOptions(pdfa=True)) == pdf


def test_an_explicit_timestamp_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    pdf = render_pdf(parse_file(SAMPLE), PrintOptions(timestamp=0))
    assert dates(pdf)[0] == "D:19700101000000Z"


def test_without_source_date_epoch_the_pdf_is_dated_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(UTC).strftime("%Y%m%d")
    created = dates(render_pdf(parse_file(SAMPLE)))[0]
    after = datetime.now(UTC).strftime("%Y%m%d")
    assert created in (f"D:{before}000000Z", f"D:{after}000000Z")  # midnight of the build's day


def test_a_malformed_source_date_epoch_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(UsageError, match="SOURCE_DATE_EPOCH"):
        render_pdf(parse_file(SAMPLE))


def test_render_command_takes_source_date_epoch(tmp_path: Path) -> None:
    out = tmp_path / "sample.pdf"
    runner = CliRunner()
    done = runner.invoke(
        main, ["render", str(SAMPLE), "--to", "pdf", "-o", str(out)], env={"SOURCE_DATE_EPOCH": str(EPOCH)}
    )
    assert done.exit_code == 0, done.stderr
    assert dates(out.read_bytes())[0] == "D:20231114221320Z"
    bad = runner.invoke(
        main,
        ["render", str(SAMPLE), "--to", "pdf", "-o", str(tmp_path / "b.pdf")],
        env={"SOURCE_DATE_EPOCH": "x"},
    )
    assert bad.exit_code == 2
    assert "SOURCE_DATE_EPOCH must be a number" in bad.stderr and not (tmp_path / "b.pdf").exists()
