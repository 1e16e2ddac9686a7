"""Fuzzing the converter at length: seeded hostile transcripts, every promise checked, hangs timed.

Run from a checkout::

    PYTHONPATH=src python benchmarks/fuzz.py --examples 10000 [--start 0] [--timeout 5] [--max-minutes 60]

Each example is ``transcript(seed, scale)`` from ``tests/fuzz/hostile.py`` (the generator the CI
test uses on its first 200 seeds at scale 1), judged by ``tests/fuzz/verdict.py``: converted,
refused (a character no transcript may hold), an honest lossless refusal (the converter would
have moved or dropped text, by the verdict's own count), or a broken promise: false alarm, crash,
malformed, invalid (findings of ``stenogram validate``), nondeterministic, lost text. Every ``--large-every``
th example is built at ``--large-scale`` (inputs of hundreds of kilobytes) and runs in a fresh
worker, so that its peak memory can be set against its size. A call of stenogram's own
(converting the example, validating its TEI) that takes longer than ``--timeout`` seconds of CPU
time is a hang: on a machine shared with other work the wall clock also counts the neighbours'
work, while a super-linear path or a backtracking pattern shows in the call's own CPU time. The
whole example (both conversions and the harness's own checks too) is timed and shown beside it,
CPU and wall. One still running after ``--kill-after`` seconds on the wall clock (a minute: room
for its four steps on a busy machine) is killed and counted as a hang, so that a program that
waits rather than works is caught too. Peak memory is set
against the size of large inputs only (from 64 KB), where a worker's fixed footprint does not
swamp it. The table ends with the seeds of every broken promise and honest refusal
(``transcript(seed, scale)`` rebuilds each one). There is no peer to run beside: the numbers
are set against the goals of the robustness issue (all zero but honest refusals).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import resource
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzz.hostile import transcript  # noqa: E402 - the generator lives with the tests
from fuzz.verdict import GOOD, OURS, OUTCOMES, judge  # noqa: E402

MEASURED_FROM = 64 * 1024  # bytes: smaller inputs are not set against the peak memory


@dataclass(frozen=True)
class Result:
    """One example's verdict, its time and the worker's peak memory."""

    seed: int
    scale: int
    size: int
    outcome: str
    detail: str
    call: float  # CPU time of the slowest call of stenogram's own (convert or validate)
    call_name: str
    seconds: float  # CPU time of the whole example (Saxon's threads included)
    wall: float
    peak_rss_kb: int


def _rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _worker(conn: Connection) -> None:
    """Judge the examples sent down *conn*, one at a time, until it closes."""
    while True:
        try:
            seed, scale = conn.recv()
        except EOFError:
            return
        data = transcript(seed, scale)
        started, cpu = time.perf_counter(), time.process_time()
        verdict = judge(data, f"seed-{seed}.txt")
        seconds, wall = time.process_time() - cpu, time.perf_counter() - started
        detail = verdict.detail[:300]
        call = max(OURS, key=lambda name: verdict.seconds.get(name, 0.0))
        conn.send(
            Result(
                seed,
                scale,
                len(data),
                verdict.outcome,
                detail,
                verdict.slowest_call(),
                call,
                seconds,
                wall,
                _rss_kb(),
            )
        )


class Pool:
    """One worker process fed one example at a time, replaced when it hangs (or for a fresh one)."""

    def __init__(self) -> None:
        self.context = multiprocessing.get_context("spawn")
        self.process: multiprocessing.process.BaseProcess | None = None
        self.conn: Connection | None = None
        self.baseline_kb = 0  # the worker's peak memory once warmed up

    def start(self) -> None:
        self.stop()
        ours, theirs = self.context.Pipe()
        self.process = self.context.Process(target=_worker, args=(theirs,), daemon=True)
        self.process.start()
        self.conn = ours
        self.conn.send((0, 1))  # warm up (imports, schema) outside any timing
        self.baseline_kb = self.conn.recv().peak_rss_kb

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
        self.process = self.conn = None

    def run(self, seed: int, scale: int, kill_after: float) -> Result | None:
        """The example's result, or None when it was killed for running past *kill_after*."""
        if self.conn is None:
            self.start()
        assert self.conn is not None
        self.conn.send((seed, scale))
        if self.conn.poll(kill_after):
            result: Result = self.conn.recv()
            return result
        self.stop()
        return None


def fuzz(args: argparse.Namespace) -> list[Result]:
    pool, results = Pool(), list[Result]()
    deadline = time.monotonic() + args.max_minutes * 60
    for seed in range(args.start, args.start + args.examples):
        if time.monotonic() > deadline:
            print(f"stopped after {len(results)} examples: --max-minutes {args.max_minutes}", file=sys.stderr)
            break
        large = args.large_every and seed % args.large_every == 0
        scale = args.large_scale if large else 1
        if large or pool.conn is None:
            pool.start()  # a fresh worker: its peak memory is this example's
        result = pool.run(seed, scale, args.kill_after)
        if result is None:
            size = len(transcript(seed, scale))
            killed = f"killed after {args.kill_after:.0f} s"
            limit = args.kill_after
            result = Result(seed, scale, size, "hang", killed, limit, "example", limit, limit, 0)
        elif result.call > args.timeout and result.outcome in GOOD:
            detail = f"{result.call_name}: {result.call:.1f} s CPU (the example: {result.wall:.1f} s wall)"
            result = replace(result, outcome="hang", detail=detail)
        if large and result.peak_rss_kb:
            result = replace(result, peak_rss_kb=max(0, result.peak_rss_kb - pool.baseline_kb))
        results.append(result)
        if len(results) % 100 == 0:
            print(f"{len(results)} examples", file=sys.stderr)
    pool.stop()
    return results


def table(results: list[Result], args: argparse.Namespace) -> str:
    counts = Counter(r.outcome for r in results)
    large = [r for r in results if r.scale > 1 and r.peak_rss_kb > 0 and r.size >= MEASURED_FROM]
    ratio = max((r.peak_rss_kb * 1024 / r.size for r in large), default=0.0)
    worst = max(large, key=lambda r: r.peak_rss_kb * 1024 / r.size, default=None)
    slowest = max(results, key=lambda r: r.seconds, default=None)
    slowest_call = max(results, key=lambda r: r.call, default=None)
    rows = [
        ("examples", str(len(results)), f"{args.examples}"),
        ("converted", str(counts["converted"]), "—"),
        ("refused: a character no transcript may hold", str(counts["refused"]), "honest"),
        ("lossless refusals (the converter moves text)", str(counts["lossless-refusal"]), "honest; 0 wanted"),
        *((name, str(counts[name]), "0") for name in (*OUTCOMES[len(GOOD) :], "hang")),
        ("largest input", f"{max((r.size for r in results), default=0) / 1024:.0f} KB", "—"),
        (
            "slowest call of ours (convert or validate: CPU)",
            f"{slowest_call.call:.2f} s {slowest_call.call_name} "
            f"(seed {slowest_call.seed}, {slowest_call.size / 1024:.0f} KB)"
            if slowest_call
            else "—",
            f"≤ {args.timeout:.0f} s CPU",
        ),
        (
            "slowest example (two conversions, all checks: CPU | wall)",
            f"{slowest.seconds:.2f} s | {slowest.wall:.2f} s "
            f"(seed {slowest.seed}, {slowest.size / 1024:.0f} KB)"
            if slowest
            else "—",
            "—",
        ),
        (
            "peak memory of a large input (whole example)",
            f"{ratio:.1f}× its size (seed {worst.seed}, {worst.size / 1024:.0f} KB)" if worst else "—",
            "≤ 5×",
        ),
    ]
    width = max(len(name) for name, _, _ in rows)
    lines = [
        f"fuzz: seeds {args.start}–{args.start + args.examples - 1}, every {args.large_every}th at scale "
        f"{args.large_scale}; Python {platform.python_version()}, {os.cpu_count()} CPUs",
        f"{'':{width}}  {'measured':>40}  goal",
    ]
    lines += [f"{name:{width}}  {value:>40}  {goal}" for name, value, goal in rows]
    broken: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        if r.outcome not in GOOD or r.outcome == "lossless-refusal":
            broken[r.outcome].append(r)
    for outcome, found in sorted(broken.items()):
        lines.append(f"\n{outcome} ({len(found)}), transcript(seed, scale):")
        lines += [f"  ({r.seed}, {r.scale}) {r.size} bytes: {r.detail}" for r in found[: args.show]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=1000, help="how many seeds to run")
    parser.add_argument("--start", type=int, default=0, help="the first seed")
    parser.add_argument("--timeout", type=float, default=5.0, help="CPU seconds after which a call hangs")
    parser.add_argument(
        "--kill-after", type=float, default=60.0, help="wall-clock seconds after which an example is killed"
    )
    parser.add_argument("--large-every", type=int, default=50, help="every Nth example is large (0: none)")
    parser.add_argument("--large-scale", type=int, default=150, help="the scale of a large example")
    parser.add_argument("--max-minutes", type=float, default=60.0, help="stop after this long")
    parser.add_argument("--show", type=int, default=5, help="seeds listed per broken promise")
    args = parser.parse_args()
    print(table(fuzz(args), args))


if __name__ == "__main__":
    main()
