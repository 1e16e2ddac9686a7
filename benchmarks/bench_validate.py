"""How fast is `stenogram validate`, against jing and against lxml's bare RelaxNG check?

Makes a corpus of ~300 files in a temporary folder (copies of the DraCor plays from
../shared/corpus/tei/rusdracor, the bundled edition and the profile sample), then, on the same
files in one run:

- stenogram in-process: our schema + our Schematron (`validate_paths`, one process and -j 2);
- stenogram as a CLI call over all files, and a cold single-file CLI call;
- jing on our RelaxNG schema, in one call over all files and for one file;
- lxml's bare parse + RelaxNG validation (our schema), the floor.

Run: `PYTHONPATH=src python benchmarks/bench_validate.py [--copies N]`. Prints a table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT / "src"))

from stenogram import xmlsafe  # noqa: E402
from stenogram.validate import default_checks, relaxng, validate_paths  # noqa: E402

CLI = [sys.executable, "-c", "import sys; from stenogram.cli import main; sys.argv[0] = 'stenogram'; main()"]


def make_corpus(folder: Path, copies: int, dracor: bool) -> list[str]:
    """Copies of our edition and sample; with *dracor*, of three DraCor plays too (which are
    not in our profile: hundreds of findings each, so the Schematron report is large)."""
    sources = [ROOT / "tests" / "data" / "profile-sample.xml"]
    edition = ROOT / "tei" / "kaganovich-1936-12-04.xml"
    if edition.exists():
        sources.append(edition)
    if dracor:
        sources += sorted((CORPUS / "tei" / "rusdracor").glob("*-*.xml"))
    files = []
    for n in range(copies):
        for source in sources:
            target = folder / f"{n:03d}-{source.name}"
            shutil.copy(source, target)
            files.append(str(target))
    return files


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=0, help="copies of each source file "
                        "(default: enough for ~300 files)")
    parser.add_argument("--corpus", choices=("profile", "dracor"), default="profile",
                        help="profile: our edition and sample; dracor: DraCor plays added")
    args = parser.parse_args()
    dracor = args.corpus == "dracor"
    copies = args.copies or (60 if dracor else 150)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    checks = default_checks()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        files = make_corpus(Path(scratch), copies, dracor)
        size = sum(Path(f).stat().st_size for f in files) / len(files) / 1024
        print(f"{len(files)} files, {size:.0f} KB on average\n")

        load = timed(lambda: relaxng(checks.schema))
        schema = relaxng(checks.schema)

        def bare() -> None:
            for f in files:
                schema.validate(xmlsafe.parse_file(f))
        rows.append(("lxml parse + RelaxNG (floor)", load, timed(bare)))

        first = timed(lambda: validate_paths(files[:1], jobs=1))
        rows.append(("stenogram in-process, RNG+Schematron, -j 1", first,
                     timed(lambda: validate_paths(files, jobs=1, progress=False))))
        rows.append(("stenogram in-process, RNG+Schematron, -j 2", 0.0,
                     timed(lambda: validate_paths(files, jobs=2, progress=False))))
        cli = [*CLI, "validate", "-j", "1", *files]
        rows.append(("stenogram CLI, all files, -j 1", 0.0,
                     timed(lambda: subprocess.run(cli, env=env, capture_output=True))))
        rows.append(("stenogram CLI, all files, -j 2", 0.0,
                     timed(lambda: subprocess.run([*CLI, "validate", "-j", "2", *files], env=env,
                                                  capture_output=True))))
        cold = timed(lambda: subprocess.run([*CLI, "validate", files[0]], env=env, capture_output=True))
        jing_all = jing_one = None
        if shutil.which("jing"):
            jing_one = timed(lambda: subprocess.run(["jing", str(checks.schema), files[0]],
                                                    capture_output=True))
            jing_all = timed(lambda: subprocess.run(["jing", str(checks.schema), *files],
                                                    capture_output=True))
            rows.append(("jing, RelaxNG only, one call", jing_one, jing_all))

    print(f"{'run':46} {'load/first s':>12} {'total s':>9} {'ms/file':>8} {'files/s':>8}")
    for name, load_time, total in rows:
        print(f"{name:46} {load_time:12.3f} {total:9.3f} {1000 * total / len(files):8.2f} "
              f"{len(files) / total:8.0f}")
    print(f"\ncold single-file CLI run (our schema + Schematron): {cold:.3f} s")
    if jing_all:
        print(f"jing single-file run: {jing_one:.3f} s")
        best = min(t for n, _, t in rows if n.startswith("stenogram CLI"))
        print(f"throughput ratio stenogram CLI (best -j) / jing: {jing_all / best:.2f}x (aim >= 2)")
    floor = rows[0][2]
    one = rows[1][2]
    print(f"stenogram in-process -j 1 / lxml bare: {one / floor:.2f}x slower (aim <= 2)")


if __name__ == "__main__":
    main()
