"""batch.map_files: input order kept, and no pool for a batch too small to pay for one."""

from __future__ import annotations

import os

from stenogram.batch import map_files


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


def test_a_small_batch_runs_in_this_process() -> None:
    results = map_files(_pid_and_square, list(range(10)), jobs=2, per_worker=8, progress=False)
    assert [square for _, square in results] == [n * n for n in range(10)]
    assert {pid for pid, _ in results} == {os.getpid()}


def test_a_large_enough_batch_goes_to_workers_in_order() -> None:
    results = map_files(_pid_and_square, list(range(20)), jobs=2, per_worker=8, progress=False)
    assert [square for _, square in results] == [n * n for n in range(20)]
    assert os.getpid() not in {pid for pid, _ in results}
