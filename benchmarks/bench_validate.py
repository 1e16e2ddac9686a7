"""How fast is `stenogram validate`, against jing and against lxml's bare RelaxNG check?

Makes a corpus of ~300 files in a temporary folder (copies of the bundled edition and the
profile sample; with `--corpus dracor`, of the DraCor plays in ../shared/corpus/tei/rusdracor
too), then, on the same files in one run, each timing repeated (`--repeat`, median kept, the
runs interleaved so that a busy machine slows all of them alike):

- lxml's bare parse + RelaxNG validation (our schema): the floor;
- stenogram in-process: our schema + our Schematron (`validate_paths`, -j 1 and -j 2);
- stenogram as a CLI call over all files (-j 1 and -j 2), and a cold single-file CLI call;
- jing on our RelaxNG schema, in one call over all files and for one file.

Run: `PYTHONPATH=src python benchmarks/bench_validate.py [--copies N] [--repeat N]`. Prints a
table with each run's ratio to jing (throughput, > 1 is faster) and to the lxml floor.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT / "src"))

from stenogram import saxon, xmlsafe  # noqa: E402
from stenogram.validate.run import default_checks, relaxng, validate_paths  # noqa: E402
from stenogram.validate.schematron import stylesheet_for  # noqa: E402
from stenogram.validate.schematron.compile import compile_schema  # noqa: E402
from stenogram.validate.schematron.source import load_schema  # noqa: E402

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


def cpu_seconds() -> float:
    """CPU time of this process and its finished children: steadier than wall time when other
    work shares the machine."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed_both(action) -> tuple[float, float]:
    """(wall, CPU) seconds that *action* takes."""
    cpu = cpu_seconds()
    wall = timed(action)
    return wall, cpu_seconds() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--copies", type=int, default=0, help="copies of each source file (default: enough for ~300 files)"
    )
    parser.add_argument(
        "--corpus",
        choices=("profile", "dracor"),
        default="profile",
        help="profile: our edition and sample; dracor: DraCor plays added",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing (median kept)")
    args = parser.parse_args()
    dracor = args.corpus == "dracor"
    copies = args.copies or (60 if dracor else 150)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    checks = default_checks()
    with tempfile.TemporaryDirectory() as scratch:
        files = make_corpus(Path(scratch), copies, dracor)
        size = sum(Path(f).stat().st_size for f in files) / len(files) / 1024
        print(f"{len(files)} files, {size:.0f} KB on average, median of {args.repeat} runs\n")
        schema = relaxng(checks.schema)
        warm = validate_paths(files[:1], jobs=1)  # in-process runs below are warm (Saxon compiled)
        assert warm.files

        def bare() -> None:
            for f in files:
                schema.validate(xmlsafe.parse_file(f))

        def cli(*extra: str) -> None:
            subprocess.run([*CLI, "validate", *extra], env=env, capture_output=True, check=False)

        runs = {
            "lxml parse + RelaxNG (floor)": bare,
            "stenogram in-process, RNG+Schematron, -j 1": lambda: validate_paths(
                files, jobs=1, progress=False
            ),
            "stenogram in-process, RNG+Schematron, -j 2": lambda: validate_paths(
                files, jobs=2, progress=False
            ),
            "stenogram CLI, all files, -j 1": lambda: cli("-j", "1", *files),
            "stenogram CLI, all files, -j 2": lambda: cli("-j", "2", *files),
        }
        singles = {"stenogram CLI, one file (cold)": lambda: cli(files[-1])}
        if shutil.which("jing"):
            runs["jing, RelaxNG only, one call"] = lambda: subprocess.run(
                ["jing", str(checks.schema), *files], capture_output=True, check=False
            )
            singles["jing, one file (cold)"] = lambda: subprocess.run(
                ["jing", str(checks.schema), files[-1]], capture_output=True, check=False
            )
        times: dict[str, list[float]] = {name: [] for name in [*runs, *singles]}
        cpus: dict[str, list[float]] = {name: [] for name in [*runs, *singles]}
        for _ in range(args.repeat):
            for name, action in [*runs.items(), *singles.items()]:
                wall, cpu = timed_both(action)
                times[name].append(wall)
                cpus[name].append(cpu)
        rng_load = min(timed(lambda: etree.RelaxNG(xmlsafe.parse_file(checks.schema))) for _ in range(3))
        sch_load = min(
            timed(lambda: compile_schema(load_schema(checks.schematron), fired_rules=False)) for _ in range(3)
        )
        xslt = stylesheet_for(checks.schematron, fired_rules=False)
        saxon_load = min(
            timed(
                lambda: saxon.processor().new_xslt30_processor().compile_stylesheet(stylesheet_file=str(xslt))
            )
            for _ in range(3)
        )
    median = {name: statistics.median(values) for name, values in times.items()}
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    floor = "lxml parse + RelaxNG (floor)"
    jing = "jing, RelaxNG only, one call"
    print(
        f"{'run':44} {'wall s':>7} {'cpu s':>7} {'ms/file':>8} {'files/s':>8} "
        f"{'vs jing':>8} {'(cpu)':>7} {'vs lxml':>8} {'(cpu)':>7}"
    )
    for name in runs:
        total = median[name]
        versus_jing = (
            f"{median[jing] / total:7.2f}x {cpu[jing] / cpu[name]:6.2f}x"
            if jing in median
            else f"{'-':>8} {'-':>7}"
        )
        print(
            f"{name:44} {total:7.3f} {cpu[name]:7.3f} {1000 * total / len(files):8.2f} "
            f"{len(files) / total:8.0f} {versus_jing} {total / median[floor]:7.2f}x "
            f"{cpu[name] / cpu[floor]:6.2f}x"
        )
    print(
        "\n(vs jing: throughput relative to jing's one call, > 1 is faster, aim >= 2 with our"
        " Schematron;\n vs lxml: time relative to the floor, aim <= 2; (cpu): the same from CPU"
        " seconds,\n steadier than wall time when other work shares the machine)"
    )
    for name in singles:
        print(f"{name:44} {median[name]:7.3f} {cpu[name]:7.3f} s")
    print(
        f"schema load: RelaxNG (lxml) {1000 * rng_load:.1f} ms, Schematron to XSLT "
        f"{1000 * sch_load:.1f} ms, XSLT compiled by Saxon {1000 * saxon_load:.1f} ms"
    )


if __name__ == "__main__":
    main()
