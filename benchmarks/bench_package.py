"""Benchmark: packing and verifying the bundled edition, beside bagit doing its part alone.

Run: PYTHONPATH=src python benchmarks/bench_package.py [--runs N]
Rows: `stenogram package` (folder and zip: validation, HTML, PDF/A, bag) and the Library of
Congress' bagit making a bag of the same finished payload (the part of the work that is
bagging alone); `stenogram package --verify` (fixity, completeness, TEI validation, PDF/A
claim and fonts) and bagit's own validation of the same bag (fixity and completeness only).
Every time is the best of N warm runs in this process (imports, Saxon and Typst loaded by one
run before timing), so that other work on the machine inflates it as little as possible; the
ratio compares each row with its bagit peer measured in this same session.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import bagit

from stenogram import pack_editions, verify_package

ROOT = Path(__file__).resolve().parents[1]
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"


def best(runs: int, work: Callable[[int], object]) -> float:
    """The shortest of *runs* timings of ``work(run)``."""
    times = []
    for run in range(runs):
        start = time.perf_counter()
        work(run)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per row (best is kept)")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="bench-package-") as scratch:
        base = Path(scratch)
        warm = pack_editions([EDITION], base / "warm").package
        assert warm is not None
        verify_package(warm)

        def payload_bag(run: int) -> None:
            target = base / f"bagit-{run}"
            shutil.copytree(warm / "data", target)
            bagit.make_bag(str(target), checksums=["sha256", "sha512"])

        rows = [
            (
                "stenogram package (folder)",
                best(runs, lambda run: pack_editions([EDITION], base / f"f{run}")),
            ),
            (
                "stenogram package --zip",
                best(runs, lambda run: pack_editions([EDITION], base / f"z{run}", as_zip=True)),
            ),
            ("bagit make_bag, same payload", best(runs, payload_bag)),
            ("stenogram package --verify", best(runs, lambda run: verify_package(warm))),
            ("bagit validate, same bag", best(runs, lambda run: bagit.Bag(str(warm)).validate())),
        ]
    peers = {"stenogram package": rows[2][1], "stenogram package --verify": rows[4][1]}
    print(f"{'row':34} {'best s':>8} {'vs bagit':>9}")
    for name, seconds in rows:
        peer = peers.get(name.split(" (")[0].removesuffix(" --zip"))
        ratio = f"{seconds / peer:8.0f}x" if peer else ""
        print(f"{name:34} {seconds:8.3f} {ratio:>9}")


if __name__ == "__main__":
    main()
