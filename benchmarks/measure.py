"""The measuring helpers every benchmark shares: best of N, a child process's own time and
peak memory, the growth exponent.

A figure of peak memory is only a process's own when that process ran alone under a parent
that ran nothing else: :func:`run_child` starts the command under a small Python parent of
its own, whose ``resource.getrusage(RUSAGE_CHILDREN)`` then holds the command's CPU time and
peak resident size and nothing more.
"""

from __future__ import annotations

import json
import math
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


def best_of(repeat: int, run: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    """The shortest time of *repeat* calls of *run*, in seconds: wall time, or the time of
    another *clock* (``time.process_time``: this process's CPU time, steadier on a busy machine)."""
    times = []
    for _ in range(repeat):
        start = clock()
        run()
        times.append(clock() - start)
    return min(times)


@dataclass(frozen=True)
class Child:
    """What one child process took: wall and CPU seconds (user + system), peak resident
    memory in bytes, and what it printed on standard output."""

    wall: float
    cpu: float
    peak: int
    output: str


_MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
wall = time.perf_counter() - start
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": u.ru_utime + u.ru_stime, "peak": u.ru_maxrss * 1024,
                  "code": done.returncode, "output": done.stdout}))
"""


def run_child(
    command: Sequence[str], env: Mapping[str, str] | None = None, ok: Sequence[int] = (0,)
) -> Child:
    """Run *command* alone under a parent of its own; its exit code must be one of *ok*.

    CPU time as well as wall time: on a busy machine CPU time still measures the work.
    """
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], check=True, capture_output=True, text=True, env=env
    )
    found = json.loads(done.stdout)
    if found["code"] not in ok:
        raise RuntimeError(f"{' '.join(command[:4])} ... exited with {found['code']}")
    return Child(found["wall"], found["cpu"], found["peak"], found["output"])


def median_child(runs: Sequence[Child]) -> Child:
    """The run of median wall time, with the largest peak memory of all the runs."""
    middle = sorted(runs, key=lambda run: run.wall)[len(runs) // 2]
    cpu = statistics.median(run.cpu for run in runs)
    return Child(middle.wall, cpu, max(run.peak for run in runs), middle.output)


def exponent(sizes: Sequence[int], seconds: Sequence[float]) -> float:
    """k in time ~ size^k between the two largest sizes (1 is linear, 2 quadratic)."""
    return math.log(seconds[-1] / seconds[-2]) / math.log(sizes[-1] / sizes[-2])


def burn(seconds: float) -> int:
    """Pure CPU work, about *seconds* long on a free core."""
    total = 0
    for i in range(int(seconds * 30_000_000)):
        total += i
    return total


def ceiling(jobs: int, items: int) -> None:
    """*items* pieces of :func:`burn` (5 ms each) through stenogram's local pool of *jobs*
    workers: against ``jobs=1``, the most that ``-j`` can gain on this machine now."""
    from stenogram.batch import map_files

    map_files(burn, [0.005] * items, jobs=jobs, progress=False)
