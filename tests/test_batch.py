"""batch.map_files: input order kept, and no pool for a batch too small to pay for one."""

from __future__ import annotations

import os
import signal

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


def _parse_or_fail(text: str) -> str:
    """lxml's exception holds its error log, which cannot be pickled back from a worker."""
    from lxml import etree

    return etree.fromstring(text).tag


def _failed(text: str, why: str) -> str:
    return f"failed: {why}"


def test_a_failing_item_is_its_own_result_and_the_pool_survives() -> None:
    """One item's unpicklable exception crosses the process boundary as text; the rest finish."""
    from stenogram.batch import Isolated

    items = ["<a/>", "<b>", *["<c/>"] * 18]
    results = map_files(Isolated(_parse_or_fail, _failed), items, jobs=2, per_worker=8, progress=False)
    assert results[0] == "a" and results[2:] == ["c"] * 18
    assert results[1].startswith("failed: XMLSyntaxError: ")


def _die_on_seven(n: int) -> int:
    """A worker killed mid-item (as by the kernel for memory) on item 7; the others squared."""
    if n == 7:
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n


def _named(n: int, why: str) -> int:
    return -n


def test_a_worker_killed_mid_batch_costs_only_its_item() -> None:
    from stenogram.batch import map_isolated

    results = map_isolated(_die_on_seven, _named, list(range(12)), jobs=2, per_worker=2, progress=False)
    assert results == [-7 if n == 7 else n * n for n in range(12)]
