"""Validating hostile XML: the reproducers of ``../shared/robustness`` as tests.

A foreign-namespace element (``xi:include``) used to crash the RelaxNG stage with an
``XPathEvalError``, and in a pooled batch the unpicklable error log killed the whole run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from stenogram.cli import main
from stenogram.tei.convert import convert_text
from stenogram.validate.run import FILES_PER_WORKER, validate_paths

XINCLUDE = "11-validate-xinclude-traceback.xml"


def test_a_foreign_element_is_a_located_finding(reproducers: Path) -> None:
    source = reproducers / XINCLUDE
    result = CliRunner().invoke(main, ["validate", str(source)])
    assert result.exit_code == 1, result.stderr
    assert f"{source}:59:29: error: Did not expect element include there [relaxng]" in result.stdout
    assert "Q{http://www.w3.org/2001/XInclude}include[1]" in result.stdout
    assert result.stderr == ""


def test_a_pooled_batch_reports_every_file(reproducers: Path, tmp_path: Path) -> None:
    """Enough files for two workers: the foreign element is that file's finding, the rest pass."""
    good = convert_text("IVANOV. Hello.\n\nPETROV. Yes.\n", "s.txt").tei
    for n in range(2 * FILES_PER_WORKER):
        (tmp_path / f"good{n:03}.xml").write_bytes(good)
    shutil.copy(reproducers / XINCLUDE, tmp_path / "zz.xml")
    report = validate_paths([str(tmp_path)], jobs=2, progress=False)
    assert len(report.files) == 2 * FILES_PER_WORKER + 1
    assert [r.file for r in report.files if r.findings] == [str(tmp_path / "zz.xml")]
    assert {f.rule for f in report.files[-1].findings} == {"relaxng"}
    assert report.exit_code() == 1
