"""``stenogram package``: pack, --verify ok and failing, bad input; exit codes and stderr apart."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from deposit_fixtures import EDITION, EPOCH, SOURCE

from stenogram.cli import main

NAME = EDITION.stem


def invoke(*args: str | Path, epoch: str = str(EPOCH)):
    return CliRunner().invoke(main, ["package", *map(str, args)], env={"SOURCE_DATE_EPOCH": epoch})


def test_package_writes_a_bag_that_verifies(tmp_path: Path) -> None:
    out = tmp_path / "deposit"
    done = invoke(EDITION, "-o", out, "--zip")
    assert done.exit_code == 0, done.stderr
    assert done.stdout == f"{out}.zip\n" and done.stderr == ""
    checked = invoke("--verify", f"{out}.zip")
    assert checked.exit_code == 0 and checked.stderr == ""
    assert (
        checked.stdout == f"{out}.zip: ok (1 edition: fixity, completeness, TEI, PDF/A-2b, fonts embedded)\n"
    )


def test_verify_names_what_changed_and_exits_1(tmp_path: Path, package: Path) -> None:
    copy = Path(shutil.copytree(package, tmp_path / "copy"))
    (copy / "data" / "README.txt").unlink()
    done = invoke("--verify", copy)
    assert done.exit_code == 1 and done.stderr == ""
    assert done.stdout.splitlines() == [
        f"{copy}/data/README.txt: removed since packing (listed in the manifest, not in the package)",
        f"{copy}: 1 finding(s) in 1 edition",
    ]


def test_a_tei_with_errors_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / EDITION.name
    broken.write_bytes(EDITION.read_bytes().replace(b'who="#kaganovich"', b'who="#nobody-known"', 1))
    done = invoke(broken, "--source", SOURCE, "-o", tmp_path / "out")
    assert done.exit_code == 1 and done.stdout == ""
    assert "nobody-known" in done.stderr and "nothing packed" in done.stderr
    assert not (tmp_path / "out").exists()


def test_bad_input_and_usage_exit_2(tmp_path: Path) -> None:
    not_tei = tmp_path / "notes.xml"
    not_tei.write_text("<notes/>")
    cases = [
        ((not_tei, "-o", tmp_path / "a"), "not a TEI document"),
        ((tmp_path / "absent.xml", "-o", tmp_path / "b"), "no such file"),
        ((EDITION, "--source", tmp_path / "absent.txt", "-o", tmp_path / "c"), "no such file"),
        (("--verify", not_tei), "not a package"),
        (("--verify", tmp_path), "not a BagIt bag"),
        ((EDITION,), "-o PACKAGE"),
        (("--verify", tmp_path, EDITION), "--verify takes a package only"),
    ]
    for args, message in cases:
        done = invoke(*args)
        assert done.exit_code == 2, (args, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr
    bad_date = invoke(EDITION, "-o", tmp_path / "d", epoch="tomorrow")
    assert bad_date.exit_code == 2 and "SOURCE_DATE_EPOCH must be a number" in bad_date.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.xml"]  # nothing written


def test_without_the_deposit_extra_package_says_how_to_get_it(tmp_path: Path) -> None:
    hide_bagit = "import sys; sys.modules['bagit'] = None; from stenogram.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", hide_bagit, "package", "--verify", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")},
    )
    assert done.returncode == 2 and done.stdout == ""
    assert (
        done.stderr == "stenogram: error: stenogram package needs bagit: pip install 'stenogram[deposit]'\n"
    )
