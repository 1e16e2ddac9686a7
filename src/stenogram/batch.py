"""Batch work: a pure per-file function mapped over a pluggable executor.

Every command that handles many files (convert, validate, render) goes through
:func:`map_files`, so that they share one way of running in parallel (a process pool by
default, one worker per core), one progress bar (only on a terminal) and one ordering rule
(results come back in input order, whatever order the workers finish in). :class:`Isolated`
and :func:`map_isolated` keep one item's failure, even its worker's death, from ending the batch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:  # the pool's modules are imported when a pool is made: a single file needs none
    from concurrent.futures import Executor

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def process_pool(jobs: int) -> Executor:
    """A process pool whose workers start fresh ('spawn'): Saxon's runtime must not be forked."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))


def map_files(
    func: Callable[[T], R],
    items: Sequence[T],
    *,
    jobs: int | None = None,
    executor: Executor | None = None,
    progress: bool | None = None,
    label: str = "files",
    per_worker: int = 1,
) -> list[R]:
    """``[func(item) for item in items]``, in parallel where that pays.

    *func* must be a picklable module-level function with no side effects beyond its own
    outputs. *jobs* is the most workers to start; each gets at least *per_worker* items
    (for work whose items are quick next to a worker's start-up), and with one worker left and
    no *executor* it all runs in this process, so a small batch costs no pool start-up.
    *progress* defaults to "stderr is a terminal".
    """
    jobs = default_jobs() if jobs is None else max(1, jobs)
    jobs = max(1, min(jobs, len(items) // max(1, per_worker)))
    show = sys.stderr.isatty() if progress is None else progress
    if executor is None and (jobs == 1 or len(items) <= 1):
        return list(_with_progress(map(func, items), len(items), show, label))
    own = executor is None
    pool = executor or process_pool(min(jobs, len(items)))
    try:
        chunk = max(1, len(items) // (jobs * 8)) if own else 1
        results = pool.map(func, items, chunksize=chunk) if own else pool.map(func, items)
        return list(_with_progress(results, len(items), show, label))
    finally:
        if own:
            pool.shutdown()


def _with_progress(results: Iterable[R], total: int, show: bool, label: str) -> Iterable[R]:
    if not show or total <= 1:
        yield from results
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        for result in results:
            bar.advance(task)
            yield result


# ---------------------------------------------------------------- failure isolation


@dataclass(frozen=True)
class Isolated(Generic[T, R]):
    """*work* whose unexpected exception becomes, inside the worker, *on_failure*'s result for
    that item: one file's crash is that file's finding and never ends the batch.

    The exception is turned into text before it can cross the process boundary: an exception
    may hold what cannot be pickled (lxml's error log), which would otherwise kill the pool and
    every other file's result with it. Both callables must be picklable (module level).
    """

    work: Callable[[T], R]
    on_failure: Callable[[T, str], R]

    def __call__(self, item: T) -> R:
        try:
            return self.work(item)
        except Exception as err:  # isolation is the point: reported, never lost
            return self.on_failure(item, f"{type(err).__name__}: {err}")


WORKER_DIED = "its worker process died (killed for memory, or a crash inside a C library)"


def map_isolated(
    work: Callable[[T], R],
    on_failure: Callable[[T, str], R],
    items: Sequence[T],
    **options: Any,
) -> list[R]:
    """:func:`map_files` of ``Isolated(work, on_failure)`` (*options* as there) that also outlives
    the death of a worker process, which takes the whole pool down with every item in flight.

    The items are then run again in fresh pools, halving the share of any pool that dies, until
    the one item whose worker dies alone gets ``on_failure(item, WORKER_DIED)``: the batch ends.
    """
    from concurrent.futures.process import BrokenProcessPool

    isolated = Isolated(work, on_failure)
    try:
        return map_files(isolated, items, **options)
    except BrokenProcessPool:
        return _outlive(isolated, list(items), options.get("jobs") or default_jobs())


def _outlive(isolated: Isolated[T, R], items: list[T], jobs: int) -> list[R]:
    from concurrent.futures.process import BrokenProcessPool

    pool = process_pool(max(1, min(jobs, len(items))))
    try:
        return list(pool.map(isolated, items))
    except BrokenProcessPool:
        if len(items) == 1:
            return [isolated.on_failure(items[0], WORKER_DIED)]
        half = len(items) // 2
        return _outlive(isolated, items[:half], jobs) + _outlive(isolated, items[half:], jobs)
    finally:
        pool.shutdown()
