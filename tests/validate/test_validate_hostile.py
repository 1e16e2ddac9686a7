"""Validating hostile XML: the reproducers of ``../shared/robustness`` as tests.

A foreign-namespace element (``xi:include``) used to crash the RelaxNG stage with an
``XPathEvalError``, and in a pooled batch the unpicklable error log killed the whole run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
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


def _with_doctype(subset: str, hello: str = "Hello.") -> bytes:
    body = convert_text("IVANOV. Hello.\n\nPETROV. Yes.\n", "s.txt").tei.split(b"\n", 2)[2]
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE TEI [\n' + subset.encode() + b"\n]>\n"
    return head + body.replace(b"Hello.", hello.encode())


@pytest.mark.parametrize(
    ("subset", "hello", "code", "says"),
    [
        ('<!ENTITY % pe SYSTEM "http://127.0.0.1:9/evil.dtd">\n%pe;', "Hello.", 0, ""),
        ('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "Hello &xxe;.", 2, "the entity reference &xxe;"),
    ],
)
def test_validate_and_render_give_one_verdict(
    tmp_path: Path, subset: str, hello: str, code: int, says: str
) -> None:
    """A parameter entity used to fail validate but pass render; an XXE was reported as an
    unexpected element ``xxe``. Both commands now parse alike and name the real fault."""
    source = tmp_path / "hostile.xml"
    source.write_bytes(_with_doctype(subset, hello))
    checked = CliRunner().invoke(main, ["validate", str(source)])
    rendered = CliRunner().invoke(
        main, ["render", str(source), "--to", "html", "-o", str(tmp_path / "h.html")]
    )
    assert (checked.exit_code, rendered.exit_code) == (code, code), (checked.output, rendered.stderr)
    assert says in checked.stdout and says in rendered.stderr
    assert "Did not expect element xxe" not in checked.stdout
