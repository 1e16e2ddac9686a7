"""Batch work: a pure per-file function mapped over a pluggable executor.

Every command that handles many files (convert, validate, render) goes through
:func:`map_files` (or :func:`stream_files`), so that they share one way of running in parallel,
one progress bar (only on a terminal) and one ordering rule (results come back in input order,
whatever order the workers finish in). Where the work runs is an :class:`Executor`: this
machine's process pool (the default, one worker per core) or a Dask cluster (``dask``: a
``LocalCluster`` started for the batch; ``dask=ADDRESS``: a running scheduler), for corpora
larger than one machine. Dask is the ``dask`` extra and is imported only when asked for.
:class:`Isolated` and :func:`map_isolated` keep one item's failure, even its worker's death, from
ending the batch: the local pool then reruns the files in fresh pools, in halves, until only the
culprit fails; Dask retries and reruns a failing chunk file by file.

Memory stays bounded whatever the batch size: only a window of files is in flight, and each
result is handed on (and released by the workers) as soon as the files before it are.
"""

from __future__ import annotations

import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar, Unpack

from stenogram.errors import InputError, StenogramError, UsageError

if TYPE_CHECKING:  # the pool's modules are imported when a pool is made: a single file needs none
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

#: The environment variable that chooses the executor when ``--executor`` is not given.
ENVIRONMENT = "STENOGRAM_EXECUTOR"
#: How often Dask runs a chunk of files again after an exception that is not a file's own fault
#: (a network mount that went away, say). A worker that dies (killed, out of memory) is another
#: matter: it is replaced and its files go elsewhere, up to Dask's
#: ``distributed.scheduler.allowed-failures`` times.
RETRIES = 2
#: The most files in one Dask task: enough to make a task's cost (milliseconds) small next to
#: its files', few enough that files are spread over many workers and retried in small groups.
DASK_CHUNK = 16
#: Chunks of files in flight per worker: enough to keep every worker busy while the
#: oldest result is awaited, few enough that memory does not grow with the batch.
WINDOW_PER_WORKER = 4

#: A per-file failure handler: the item and what went wrong → the item's result.
OnFailure = Callable[[T, BaseException], R]


class WorkerLost(StenogramError):
    """The worker running a file died every time the file was tried (killed, out of memory)."""


@dataclass(frozen=True)
class Executor:
    """Where batch work runs: ``local`` (this machine's process pool) or ``dask``.

    A ``dask`` executor with an *address* connects to a running scheduler (``tcp://host:8786``);
    without one, a ``LocalCluster`` of worker processes is started for the batch and closed
    after it.
    """

    kind: str = "local"
    address: str | None = None

    def __str__(self) -> str:
        return self.kind if self.address is None else f"{self.kind}={self.address}"


LOCAL = Executor()


def parse_executor(text: str) -> Executor:
    """``local``, ``dask`` or ``dask=ADDRESS`` as an :class:`Executor`; else a :class:`UsageError`."""
    kind, sep, address = text.strip().partition("=")
    kind, address = kind.strip().lower(), address.strip()
    if kind not in _RUNNERS or (sep and (kind == "local" or not address)):
        raise UsageError(f"unknown executor {text!r} (expected local, dask or dask=ADDRESS)")
    return Executor(kind, address or None)


def resolve_executor(text: str | None = None) -> Executor:
    """The executor named by *text* (``--executor``), else by ``$STENOGRAM_EXECUTOR``, else local."""
    if text is None:
        text = os.environ.get(ENVIRONMENT) or None
        if text is None:
            return LOCAL
        try:
            return parse_executor(text)
        except UsageError as err:
            raise UsageError(f"{ENVIRONMENT}: {err.message}") from None
    return parse_executor(text)


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def process_pool(jobs: int) -> ProcessPoolExecutor:
    """A process pool whose workers start fresh ('spawn'): Saxon's runtime must not be forked."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))


class MapOptions(TypedDict, total=False):
    """How a batch runs (see :func:`stream_files`): the keywords every batch function passes on."""

    jobs: int | None
    executor: Executor | None
    progress: bool | None
    label: str
    per_worker: int


def map_files(
    func: Callable[[T], R],
    items: Sequence[T],
    *,
    on_failure: OnFailure[T, R] | None = None,
    **options: Unpack[MapOptions],
) -> list[R]:
    """``[func(item) for item in items]``, in parallel where that pays: :func:`stream_files`
    gathered into a list, for callers that keep every result anyway."""
    return list(stream_files(func, items, on_failure=on_failure, **options))


def stream_files(
    func: Callable[[T], R],
    items: Sequence[T],
    *,
    on_failure: OnFailure[T, R] | None = None,
    **options: Unpack[MapOptions],
) -> Iterator[R]:
    """The results of ``func(item)`` for each item, in input order, as they are done.

    *func* must be a picklable module-level function (or a picklable callable object holding the
    batch's configuration, which is shipped to each worker once) with no side effects beyond its
    own outputs. *executor* defaults to :func:`resolve_executor` (``$STENOGRAM_EXECUTOR``, else
    local). *jobs* is the most workers to start; each gets at least *per_worker* items (for work
    whose items are quick next to a worker's start-up), and locally, with one worker left, it
    all runs in this process, so a small batch costs no pool start-up. *progress* defaults to
    "stderr is a terminal".

    An item whose *func* raises (on Dask: after :data:`RETRIES` tries, or after its workers died
    every time; locally: or whose worker died alone, see :func:`_outlive`) becomes
    ``on_failure(item, error)``; without *on_failure* the error is raised.
    """
    chosen = options.get("executor") or resolve_executor()
    asked = options.get("jobs")
    jobs = default_jobs() if asked is None else max(1, asked)
    jobs = max(1, min(jobs, len(items) // max(1, options.get("per_worker", 1))))
    progress = options.get("progress")
    show = sys.stderr.isatty() if progress is None else progress
    outcomes = _RUNNERS[chosen.kind](func, items, jobs, chosen.address)
    shown = _with_progress(outcomes, len(items), show, options.get("label", "files"))
    for item, outcome in zip(items, shown, strict=True):
        if isinstance(outcome, _Failed):
            if on_failure is None:
                raise outcome.error
            yield on_failure(item, outcome.error)
        else:
            yield outcome.value


@dataclass
class _Done(Generic[R]):
    value: R


@dataclass
class _Failed:
    error: BaseException


_Outcome = _Done[R] | _Failed
_Runner = Callable[[Callable[[T], R], Sequence[T], int, str | None], Iterator[_Outcome[R]]]


def _attempt(func: Callable[[T], R], item: T) -> _Outcome[R]:
    try:
        return _Done(func(item))
    except Exception as err:  # the item's failure, reported by stream_files
        return _Failed(err)


def _attempt_chunk(func: Callable[[T], R], chunk: Sequence[T]) -> list[_Outcome[R]]:
    """A chunk's outcomes, fit to cross back to the coordinator: an exception that cannot be
    pickled (one holding lxml's error log) would otherwise fail the whole chunk."""
    import pickle

    outcomes = [_attempt(func, item) for item in chunk]
    for index, outcome in enumerate(outcomes):
        if isinstance(outcome, _Failed):
            try:
                pickle.dumps(outcome.error)
            except Exception:
                outcomes[index] = _Failed(RuntimeError(f"{type(outcome.error).__name__}: {outcome.error}"))
    return outcomes


def _run_local(
    func: Callable[[T], R], items: Sequence[T], jobs: int, address: str | None
) -> Iterator[_Outcome[R]]:
    """This process for one worker, else a process pool fed chunks through a bounded window.

    A worker that dies takes the whole pool down with every chunk in flight: the files not yet
    handed on are then run again by :func:`_outlive`."""
    from concurrent.futures.process import BrokenProcessPool

    if jobs == 1 or len(items) <= 1:
        yield from (_attempt(func, item) for item in items)
        return
    size = max(1, len(items) // (jobs * 8))
    chunks = deque(items[start : start + size] for start in range(0, len(items), size))
    pending: deque[tuple[Sequence[T], Future[list[_Outcome[R]]]]] = deque()
    pool = process_pool(jobs)
    try:
        while chunks or pending:
            try:  # a pool a worker died in refuses new chunks as it fails the ones in flight
                while chunks and len(pending) < jobs * WINDOW_PER_WORKER:
                    pending.append((chunks[0], pool.submit(_attempt_chunk, func, chunks[0])))
                    chunks.popleft()
                outcomes = pending[0][1].result()
            except BrokenProcessPool:
                break
            pending.popleft()
            yield from outcomes
    finally:
        pool.shutdown(cancel_futures=True)
    left = [item for chunk, _ in pending for item in chunk] + [item for chunk in chunks for item in chunk]
    if left:
        yield from _outlive(func, left, jobs)


WORKER_DIED = "its worker process died (killed for memory, or a crash inside a C library)"


def _outlive(func: Callable[[T], R], items: Sequence[T], jobs: int) -> list[_Outcome[R]]:
    """*items* run again in fresh pools after a worker's death, halving the share of any pool
    that dies, until the one item whose worker dies alone fails with :data:`WORKER_DIED`."""
    from concurrent.futures.process import BrokenProcessPool

    pool = process_pool(max(1, min(jobs, len(items))))
    try:
        return [
            outcome for one in pool.map(_attempt_chunk, repeat(func), [[i] for i in items]) for outcome in one
        ]
    except BrokenProcessPool:
        if len(items) == 1:
            return [_Failed(WorkerLost(WORKER_DIED))]
        half = len(items) // 2
        return _outlive(func, items[:half], jobs) + _outlive(func, items[half:], jobs)
    finally:
        pool.shutdown()


# ---------------------------------------------------------------- Dask distributed


@dataclass(frozen=True)
class _Shipped(Generic[T, R]):
    """The batch's function (with the configuration it holds) and the client's working directory:
    sent to the cluster once, as a task every file's task depends on. Not scattered: Dask cannot
    remake scattered data once every worker holding it has died, but it can rerun a task."""

    func: Callable[[T], R]
    cwd: str


#: One file at a time in a worker process, whatever its thread count: Saxon's processor and the
#: compiled stylesheets are per process, and the working directory is too.
_WORKER_LOCK = threading.Lock()


def _same(value: T) -> T:
    return value


def _attempt_on_worker(shipped: _Shipped[T, R], chunk: Sequence[T]) -> list[_Outcome[R]]:
    """Run a chunk of files on a Dask worker, in the client's working directory (on a shared
    filesystem relative paths then mean the same files). A file's own errors are its outcome;
    anything else is raised, for Dask to run the chunk again."""
    with _WORKER_LOCK:
        try:
            os.chdir(shipped.cwd)
        except OSError:
            lost = InputError(
                f"the Dask worker on {_host()} has no directory {shipped.cwd}: its workers need the "
                "files at the same paths (a shared filesystem)"
            )
            return [_Failed(lost) for _ in chunk]
        outcomes: list[_Outcome[R]] = []
        for item in chunk:
            try:
                outcomes.append(_Done(shipped.func(item)))
            except StenogramError as err:  # the same on every worker: no retry
                outcomes.append(_Failed(err))
        return outcomes


def _host() -> str:
    import socket

    return socket.gethostname()


def _run_dask(
    func: Callable[[T], R], items: Sequence[T], jobs: int, address: str | None
) -> Iterator[_Outcome[R]]:
    """Chunks of files as Dask tasks through a bounded window (a task costs the scheduler a few
    milliseconds, more than many a file). A chunk that fails every time is run again file by
    file, so that only the file that kills its workers (or raises) fails."""
    distributed = _distributed()
    with _dask_client(address, jobs) as client:
        shipped = client.submit(_same, _Shipped(func, os.getcwd()), pure=False, retries=RETRIES)

        def submit(chunk: Sequence[T]) -> Any:
            return client.submit(_attempt_on_worker, shipped, chunk, pure=False, retries=RETRIES)

        def outcomes(chunk: Sequence[T], future: Any) -> list[_Outcome[R]]:
            done = _dask_outcome(distributed, future)
            if isinstance(done, _Done):
                chunk_outcomes: list[_Outcome[R]] = done.value
                return chunk_outcomes
            if len(chunk) == 1:
                return [done]
            singles = [(chunk[i : i + 1], submit(chunk[i : i + 1])) for i in range(len(chunk))]
            return [outcome for single in singles for outcome in outcomes(*single)]

        workers = max(jobs, sum(client.nthreads().values()))
        size = max(1, min(DASK_CHUNK, len(items) // (workers * 8)))
        pending: deque[tuple[Sequence[T], Any]] = deque()
        for start in range(0, len(items), size):
            chunk = items[start : start + size]
            pending.append((chunk, submit(chunk)))
            if len(pending) >= workers * WINDOW_PER_WORKER:
                yield from outcomes(*pending.popleft())
        while pending:
            yield from outcomes(*pending.popleft())


def _dask_outcome(distributed: Any, future: Any) -> _Outcome[Any]:
    """The outcome of one task, which the cluster may then forget."""
    distributed.wait(future)
    try:
        if future.status == "finished":
            outcome: _Outcome[Any] = _Done(future.result())
        else:
            error = future.exception()
            if isinstance(error, distributed.KilledWorker):
                error = WorkerLost(f"its Dask workers died on every try ({error})")
            outcome = _Failed(error)
    finally:
        future.release()
    return outcome


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError("--executor dask needs Dask: pip install 'stenogram[dask]'") from None
    return distributed


def local_cluster(workers: int) -> Any:
    """A Dask ``LocalCluster`` of *workers* single-threaded worker processes, reachable from this
    machine only: scheduler, workers and the scheduler's HTTP routes bind to 127.0.0.1 (random
    ports), and there is no dashboard. A context manager; closing it stops the workers.

    Its scheduler gives a worker one file at a time (worker saturation 1.0): when a worker dies,
    Dask blames every file assigned to it, so a file merely queued behind one that kills workers
    would otherwise count as a killer too."""
    distributed = _distributed()
    import dask

    with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}):
        return distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False},
        )


@contextmanager
def _dask_client(address: str | None, jobs: int) -> Iterator[Any]:
    """A client of the scheduler at *address*, or of a :func:`local_cluster` of *jobs* workers
    made for this batch (and closed with it)."""
    distributed = _distributed()
    with ExitStack() as stack:
        target = address or stack.enter_context(local_cluster(jobs))
        try:
            client = stack.enter_context(distributed.Client(target))  # Dask's connect timeout
        except (OSError, TimeoutError) as err:
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {err}") from None
        yield client


#: The executors by kind: how each runs a batch (a closed vocabulary: ``--executor``'s choices).
_RUNNERS: dict[str, _Runner[Any, Any]] = {"local": _run_local, "dask": _run_dask}


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
    may hold what cannot be pickled (lxml's error log). A :class:`MemoryError` is not the file's
    bug but the machine's limit, as a worker killed for memory is: it is left to the batch's
    ``on_failure``. Both callables must be picklable (module level).
    """

    work: Callable[[T], R]
    on_failure: Callable[[T, str], R]

    def __call__(self, item: T) -> R:
        try:
            return self.work(item)
        except MemoryError:
            raise
        except Exception as err:  # isolation is the point: reported, never lost
            return self.on_failure(item, f"{type(err).__name__}: {err}")


def map_isolated(
    work: Callable[[T], R],
    on_failure: Callable[[T, str], R],
    items: Sequence[T],
    *,
    on_lost: OnFailure[T, R] | None = None,
    **options: Unpack[MapOptions],
) -> list[R]:
    """:func:`map_files` of ``Isolated(work, on_failure)`` (*options* as there) that also
    outlives the death of a worker: an item the batch could not run at all (its worker died
    every time, or memory ran out) gets ``on_lost(item, error)``, by default
    ``on_failure(item, why)``."""
    return map_files(
        Isolated(work, on_failure),
        items,
        on_failure=on_lost or partial(_lost, on_failure),
        **options,
    )


def _lost(on_failure: Callable[[T, str], R], item: T, error: BaseException) -> R:
    why = str(error) if isinstance(error, WorkerLost) else f"{type(error).__name__}: {error}"
    return on_failure(item, why)
