"""The batch executor on Dask distributed: the same outputs and findings as the local pool.

A ``LocalCluster`` of two single-threaded worker processes, bound to 127.0.0.1 only and without
a dashboard, serves the module (``dask=ADDRESS``, as a cluster on several machines would); one
test starts its own (``dask``). Workers that die are restarted by their nanny: a file is tried
again elsewhere, and one that kills its worker every time is that file's failure.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from stenogram.batch import Executor, WorkerLost, local_cluster, map_files
from stenogram.cli import main
from stenogram.errors import InputError
from stenogram.render.formats import render_files
from stenogram.render.request import RenderOptions
from stenogram.tei.convert import convert_files
from stenogram.validate.run import FILES_PER_WORKER, validate_paths

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
pytestmark = [pytest.mark.dask, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
LOCAL = Executor("local")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Executor]:
    """A running scheduler with two worker processes. To keep the tests short, a task may be on
    one worker that dies (allowed-failures 1) before it counts as killing workers, and a worker
    gives up reaching a dead one after 10 s (not 30 s; shorter fails to restart workers on a
    loaded machine)."""
    with (
        _short_timeouts(),
        local_cluster(2) as local,
    ):
        yield Executor("dask", local.scheduler_address)


def _short_timeouts() -> Any:
    import dask

    return dask.config.set(
        {"distributed.scheduler.allowed-failures": 1, "distributed.comm.timeouts.connect": "10s"}
    )


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


def test_two_workers_share_the_batch_and_results_keep_input_order(cluster: Executor) -> None:
    results = map_files(_pid_and_square, list(range(40)), executor=cluster, progress=False)
    assert [square for _, square in results] == [n * n for n in range(40)]
    pids = {pid for pid, _ in results}
    assert len(pids) == 2 and os.getpid() not in pids


def test_dask_alone_starts_and_closes_a_local_cluster() -> None:
    results = map_files(_pid_and_square, list(range(6)), jobs=2, executor=Executor("dask"), progress=False)
    assert [square for _, square in results] == [n * n for n in range(6)]
    assert os.getpid() not in {pid for pid, _ in results}


#: How often this process unpickled the batch function with each token.
_UNPICKLED: Counter[str] = Counter()


def _revive(token: str) -> _Configured:
    _UNPICKLED[token] += 1
    return _Configured(token)


class _Configured:
    """A batch function holding its configuration (a token), which counts how often a process
    unpickled it: a function shipped per file would be unpickled once per file."""

    def __init__(self, token: str) -> None:
        self.token = token

    def __reduce__(self) -> tuple[Callable[[str], _Configured], tuple[str]]:
        return _revive, (self.token,)

    def __call__(self, n: int) -> tuple[int, int]:
        return os.getpid(), _UNPICKLED[self.token]


def test_the_function_and_its_configuration_reach_each_worker_once(cluster: Executor) -> None:
    """Shipped once, not with each file: a worker unpickles it once, or again where Dask released
    it between two chunks and fetched it anew (as it may on a loaded host), never once a file."""
    results = map_files(_Configured(uuid.uuid4().hex), list(range(64)), executor=cluster, progress=False)
    files = Counter(pid for pid, _ in results)
    assert len(files) == 2
    for pid, ran in files.items():
        assert 1 <= max(unpickled for worker, unpickled in results if worker == pid) <= max(1, ran // 4)


def _saxon_processor(n: int) -> tuple[int, int]:
    from stenogram import saxon

    return os.getpid(), id(saxon.processor())


def test_each_worker_process_keeps_one_saxon_processor_across_batches(cluster: Executor) -> None:
    first = map_files(_saxon_processor, list(range(32)), executor=cluster, progress=False)
    second = map_files(_saxon_processor, list(range(32)), executor=cluster, progress=False)
    processors = set(first) | set(second)
    assert len(processors) == len({pid for pid, _ in processors}) == 2  # one per worker process


def _die_once(job: tuple[str, int]) -> int:
    """Kill this worker the first time item 3 is tried (the marker says it was)."""
    marker, n = job
    if n == 3 and not os.path.exists(marker):
        Path(marker).touch()
        os._exit(1)
    return n * n


def test_the_files_of_a_worker_that_died_are_run_elsewhere(cluster: Executor, tmp_path: Path) -> None:
    jobs = [(str(tmp_path / "died"), n) for n in range(8)]
    assert map_files(_die_once, jobs, executor=cluster, progress=False) == [n * n for n in range(8)]
    assert (tmp_path / "died").exists()


def _die_on_three(n: int) -> int:
    if n == 3:
        os._exit(1)
    return n * n


def test_a_file_that_kills_every_worker_is_that_files_failure(cluster: Executor) -> None:
    # 64 files go in chunks of 4: the chunk of file 3 fails, then its files run one by one
    results = map_files(
        _die_on_three, list(range(64)), executor=cluster, progress=False, on_failure=lambda n, err: err
    )
    assert results[:3] == [0, 1, 4] and results[4:] == [n * n for n in range(4, 64)]
    assert isinstance(results[3], WorkerLost)
    assert "its Dask workers died on every try" in str(results[3])


def _attempt(job: tuple[str, str]) -> str:
    """Log each try of the file; fail the first with an OSError (transient, as on a network
    mount), or every time with the file's own InputError."""
    log, kind = job
    with open(log, "a") as tries:
        tries.write("try\n")
    if kind == "input":
        raise InputError("not a transcript", None)
    if Path(log).read_text().count("try") == 1:
        raise OSError("the mount went away")
    return "done"


def test_an_exception_is_retried_and_the_files_own_error_is_not(cluster: Executor, tmp_path: Path) -> None:
    jobs = [(str(tmp_path / "transient.log"), "transient"), (str(tmp_path / "input.log"), "input")]
    results = map_files(_attempt, jobs, executor=cluster, progress=False, on_failure=lambda job, err: err)
    assert results[0] == "done"
    assert (tmp_path / "transient.log").read_text().count("try") == 2
    assert isinstance(results[1], InputError) and results[1].message == "not a transcript"
    assert (tmp_path / "input.log").read_text().count("try") == 1


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_convert_writes_the_same_bytes_and_reports(cluster: Executor, tmp_path: Path) -> None:
    inputs = sorted(map(str, DATA.glob("*.txt")))
    broken = tmp_path / "empty.txt"
    broken.write_bytes(b"")
    inputs.append(str(broken))
    done = {}
    for name, executor in (("local", LOCAL), ("dask", cluster)):
        outcomes = convert_files(inputs, str(tmp_path / name) + "/", jobs=2, executor=executor)
        done[name] = [
            (o.input, str(o.error), o.report and o.report.text().replace(f"/{name}/", "/")) for o in outcomes
        ]
    assert done["dask"] == done["local"]
    assert done["dask"][-1][1] == f"{broken}: the file is empty"
    assert _tree(tmp_path / "dask") == _tree(tmp_path / "local")
    assert len(_tree(tmp_path / "dask")) == len(inputs) - 1


def test_validate_finds_the_same_in_the_same_order(cluster: Executor, corpus: Path, tmp_path: Path) -> None:
    sources = [
        EDITION,
        DATA / "profile-sample.xml",
        *sorted((corpus / "parlamint").glob("*/*.xml")),
        *sorted((corpus / "tei" / "parla-clarin").rglob("*.xml"))[:4],
    ]
    (tmp_path / "bad.xml").write_text("<TEI><text></TEI>")
    files = [str(tmp_path / "bad.xml")]
    for copy in range(2 * FILES_PER_WORKER // len(sources) + 1):  # enough files for two workers
        for source in sources:
            target = tmp_path / f"{copy:02d}-{source.parent.name}-{source.name}"
            shutil.copyfile(source, target)
            files.append(str(target))
    local = validate_paths(files, jobs=2, executor=LOCAL, progress=False)
    dask = validate_paths(files, jobs=2, executor=cluster, progress=False)
    assert dask == local
    assert [report.file for report in dask.files] == files
    assert dask.errors > 0 and dask.exit_code() == 2  # the broken file is bad input


def test_render_html_and_typst_write_the_same_bytes(cluster: Executor, corpus: Path, tmp_path: Path) -> None:
    inputs = [EDITION, DATA / "profile-sample.xml", *sorted((corpus / "parlamint").glob("[A-C]*/*.xml"))]
    for to, options in (("html", RenderOptions()), ("typst", RenderOptions(separate=True))):
        written = {}
        for name, executor in (("local", LOCAL), ("dask", cluster)):
            folder = tmp_path / to / name
            result = render_files(inputs, to, f"{folder}/", options, jobs=2, executor=executor)
            written[name] = ([p.relative_to(folder) for p in result.written], result.messages)
        assert written["dask"] == written["local"]
        assert _tree(tmp_path / to / "dask") == _tree(tmp_path / to / "local")


def test_render_pdf_writes_the_same_bytes(cluster: Executor, tmp_path: Path) -> None:
    inputs = [EDITION, DATA / "profile-sample.xml"]
    for name, executor in (("local", LOCAL), ("dask", cluster)):
        render_files(
            inputs, "pdf", f"{tmp_path / name}/", RenderOptions(separate=True), jobs=2, executor=executor
        )
    assert _tree(tmp_path / "dask") == _tree(tmp_path / "local")
    assert len(_tree(tmp_path / "dask")) == 2


@pytest.mark.parametrize("command", ["convert", "validate", "render", "corpus", "stats", "export"])
def test_every_batch_command_runs_on_a_scheduler(command: str, cluster: Executor, tmp_path: Path) -> None:
    tei = [str(EDITION), str(DATA / "profile-sample.xml")]
    arguments = {
        "convert": [
            "convert",
            str(DATA / "en-hearing.txt"),
            str(DATA / "ru-plenum.txt"),
            "-o",
            f"{tmp_path}/",
            "-q",
        ],
        "validate": ["validate", *tei],
        "render": ["render", *tei, "--to", "html", "-o", f"{tmp_path}/"],
        "corpus": ["corpus", "build", *tei, "-o", f"{tmp_path}/"],
        "stats": ["stats", *tei, "--by", "document"],
        "export": ["export", *tei, "--to", "csv", "-o", str(tmp_path / "turns.csv")],
    }[command]
    result = CliRunner().invoke(main, [*arguments, "--executor", str(cluster)])
    assert result.exit_code == 0, result.stderr
    local = CliRunner().invoke(main, [*arguments, "--executor", "local"])  # same bytes: no --force
    assert (result.stdout, result.stderr) == (local.stdout, local.stderr)


def test_a_scheduler_that_cannot_be_reached_is_a_usage_error() -> None:
    with _short_timeouts():
        result = CliRunner().invoke(main, ["validate", str(EDITION), "--executor", "dask=tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
