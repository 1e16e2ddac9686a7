"""How does a batch scale: one process, the local pool, Dask distributed?

Makes a synthetic corpus in a temporary folder (`--files` copies, by default 5,000, of the
TEI samples in tests/data and the bundled edition, round robin), then runs the same batch
(`--work validate`: our RelaxNG schema and Schematron rules; `--work html`: a page each) once
per configuration, each in a fresh Python process, one after the other:

- stenogram, `-j 1`: everything in one process;
- stenogram, the local process pool (`-j N`, N = `--jobs`, default one per core);
- stenogram, `--executor dask`: a Dask LocalCluster of N worker processes, started for the
  batch (its start-up counted, as a user pays it);
- stenogram, `--executor dask=ADDRESS`: the same cluster already running (start-up not
  counted: the figure for a standing cluster of several machines);
- peers on the same files: `--work validate`, lxml's bare parse + RelaxNG check in one process
  (the floor, no Schematron) and jing in one call (RelaxNG only); `--work html`, the page
  stylesheet run on each file in one process (no file writes: the floor).

Each configuration runs `--repeat` times (3), interleaved; reports the median wall seconds, its
files/s, and the largest peak memory: of the whole process tree (the coordinator,
its workers, Dask's nannies; RSS sampled every 50 ms, summed) and of the coordinating process
alone (which stays flat while results stream back in input order).

Run: `PYTHONPATH=src python benchmarks/bench_scale.py [--files N] [--jobs N] [--work validate|html]
[--repeat N]`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from stenogram.batch import Executor, default_jobs, local_cluster  # noqa: E402

SOURCES = [*sorted((ROOT / "tests" / "data").glob("*.xml")), ROOT / "tei" / "kaganovich-1936-12-04.xml"]


@dataclass(frozen=True)
class Row:
    """One configuration's run: its name, wall seconds, files done, peak memory in bytes (of the
    whole process tree, and of the coordinating process when it is ours)."""

    name: str
    seconds: float
    files: int
    tree: int
    main: int | None = None


def make_corpus(folder: Path, count: int) -> None:
    """*count* TEI files in *folder*, copies of the samples in turn."""
    for n in range(count):
        source = SOURCES[n % len(SOURCES)]
        shutil.copyfile(source, folder / f"{n:06d}-{source.name}")


class PeakMemory:
    """The largest summed RSS of this process and all its descendants, sampled in a thread."""

    def __init__(self) -> None:
        self.tree = self.main = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.05):
            main = me.memory_info().rss
            tree = main
            for child in me.children(recursive=True):
                try:
                    tree += child.memory_info().rss
                except psutil.Error:  # ended between listing and reading
                    continue
            self.main, self.tree = max(self.main, main), max(self.tree, tree)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


Batch = Callable[[], int]


def stenogram(work: str, folder: Path, out: Path, jobs: int, executor: Executor) -> Batch:
    """stenogram's batch: validation of every file, or a page for every file."""
    if work == "validate":
        from stenogram.validate.run import validate_paths

        return lambda: len(validate_paths([str(folder)], jobs=jobs, executor=executor, progress=False).files)
    from stenogram.render.formats import render_files

    return lambda: len(render_files([folder], "html", f"{out}/", jobs=jobs, executor=executor).written)


def floor(work: str, folder: Path) -> tuple[str, Batch]:
    """The same batch without stenogram's machinery, in one process: the floor."""
    files = sorted(folder.glob("*.xml"))
    if work == "validate":
        from lxml import etree

        from stenogram import xmlsafe
        from stenogram.validate.run import default_checks

        def bare() -> int:
            schema = etree.RelaxNG(xmlsafe.parse_file(default_checks().schema))
            for file in files:
                schema.validate(xmlsafe.parse_file(file))
            return len(files)

        return "lxml parse + RelaxNG only, 1 process", bare
    from stenogram.render.html import html_page
    from stenogram.render.request import read_tei

    def pages() -> int:
        for file in files:
            html_page(read_tei(file))
        return len(files)

    return "page stylesheet only, 1 process, no writes", pages


@contextmanager
def running_cluster(jobs: int) -> Iterator[str]:
    """The address of a cluster started before the clock starts."""
    with local_cluster(jobs) as cluster:
        yield cluster.scheduler_address


Setup = Callable[[str, Path, Path, int, ExitStack], tuple[str, Batch]]

#: The configurations, in the order they run: name → how to set the batch up.
CONFIGS: dict[str, Setup] = {
    "-j 1": lambda work, folder, out, jobs, stack: (
        "-j 1 (one process)",
        stenogram(work, folder, out, 1, Executor("local")),
    ),
    "local": lambda work, folder, out, jobs, stack: (
        f"local pool, -j {jobs}",
        stenogram(work, folder, out, jobs, Executor("local")),
    ),
    "dask": lambda work, folder, out, jobs, stack: (
        f"--executor dask ({jobs} workers, start-up counted)",
        stenogram(work, folder, out, jobs, Executor("dask")),
    ),
    "dask=ADDRESS": lambda work, folder, out, jobs, stack: (
        f"--executor dask=ADDRESS ({jobs} workers running)",
        stenogram(work, folder, out, jobs, Executor("dask", stack.enter_context(running_cluster(jobs)))),
    ),
    "floor": lambda work, folder, out, jobs, stack: floor(work, folder),
}


def child(config: str, work: str, folder: Path, jobs: int) -> Row:
    """Run one configuration in this (fresh) process."""
    with tempfile.TemporaryDirectory() as out, ExitStack() as stack, PeakMemory() as memory:
        name, action = CONFIGS[config](work, folder, Path(out), jobs, stack)
        start = time.perf_counter()
        files = action()
        seconds = time.perf_counter() - start
    return Row(name, seconds, files, memory.tree, memory.main)


def jing(folder: Path) -> Row:
    """jing's one call over all files (RelaxNG only), its memory sampled from outside."""
    from stenogram.validate.run import default_checks

    files = sorted(map(str, folder.glob("*.xml")))
    start = time.perf_counter()
    process = psutil.Popen(
        ["jing", str(default_checks().schema), *files], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    peak = 0
    while process.poll() is None:
        try:
            peak = max(peak, process.memory_info().rss)
        except psutil.Error:
            break
        time.sleep(0.05)
    return Row("jing, RelaxNG only, one call", time.perf_counter() - start, len(files), peak)


def median(rows: list[Row]) -> Row:
    """The run of median wall time, with the largest peaks of all the runs."""
    middle = sorted(rows, key=lambda row: row.seconds)[len(rows) // 2]
    mains = [row.main for row in rows if row.main is not None]
    return Row(
        middle.name,
        middle.seconds,
        middle.files,
        max(row.tree for row in rows),
        max(mains) if mains else None,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000, help="files in the synthetic corpus")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="workers of the pool and cluster")
    parser.add_argument("--work", choices=("validate", "html"), default="validate")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each configuration (median kept)")
    parser.add_argument("--child", choices=list(CONFIGS), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asdict(child(args.child, args.work, args.folder, args.jobs))))
        return
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with tempfile.TemporaryDirectory(prefix="stenogram-scale-") as scratch:
        folder = Path(scratch)
        make_corpus(folder, args.files)
        size = sum(f.stat().st_size for f in folder.iterdir()) / 1024 / 1024
        print(
            f"{args.files} TEI files ({size:.0f} MB), --work {args.work}, {args.jobs} workers, "
            f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start\n"
        )
        runs: dict[str, list[Row]] = {}
        for _ in range(args.repeat):  # interleaved: a busy spell slows every configuration alike
            for config in CONFIGS:
                command = [sys.executable, __file__, "--child", config, "--folder", scratch]
                command += ["--work", args.work, "--jobs", str(args.jobs)]
                done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
                runs.setdefault(config, []).append(Row(**json.loads(done.stdout.strip().splitlines()[-1])))
            if args.work == "validate" and shutil.which("jing"):
                runs.setdefault("jing", []).append(jing(folder))
        rows = [median(found) for found in runs.values()]
    print(f"{'run':50} {'wall s':>8} {'files/s':>8} {'peak MB, all':>13} {'coordinator':>12}")
    for row in rows:
        main_mb = f"{row.main / 2**20:12.0f}" if row.main is not None else f"{'-':>12}"
        print(
            f"{row.name:50} {row.seconds:8.1f} {row.files / row.seconds:8.1f} "
            f"{row.tree / 2**20:13.0f} {main_mb}"
        )
    print(
        "\n(peak MB, all: the summed RSS of the process tree, sampled every 50 ms; coordinator: the"
        f" process that\n hands out the files and collects the results. Median of {args.repeat} runs"
        " (the largest peak); the machine may be shared.)"
    )


if __name__ == "__main__":
    main()
