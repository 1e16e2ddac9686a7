"""batch: input order kept, no pool for a batch too small to pay for one, one file's failure
its own, results streamed; the executor named by --executor or $STENOGRAM_EXECUTOR.

The same map on Dask distributed is tested in ``test_dask.py``.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from stenogram.batch import ENVIRONMENT, Executor, map_files, parse_executor, resolve_executor, stream_files
from stenogram.cli import main
from stenogram.errors import UsageError

DATA = Path(__file__).parent / "data"


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


def _square_but_not_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n * n


def test_a_failing_item_is_its_own_result_and_the_rest_go_on() -> None:
    for jobs in (1, 2):
        results = map_files(
            _square_but_not_seven,
            list(range(20)),
            jobs=jobs,
            progress=False,
            on_failure=lambda n, err: -n if isinstance(err, ValueError) and str(err) == "seven" else 0,
        )
        assert results == [-7 if n == 7 else n * n for n in range(20)]


class _Unpicklable(Exception):
    def __reduce__(self) -> str:
        raise TypeError("cannot pickle this error")


def _fail_unpicklably(n: int) -> int:
    if n == 5:
        raise _Unpicklable("holds an lxml error log")
    return n


def test_an_error_that_cannot_be_pickled_fails_only_its_item() -> None:
    results = map_files(
        _fail_unpicklably, list(range(20)), jobs=2, progress=False, on_failure=lambda n, e: str(e)
    )
    assert results == [*range(5), "_Unpicklable: holds an lxml error log", *range(6, 20)]


def test_without_a_failure_handler_the_error_is_raised() -> None:
    with pytest.raises(ValueError, match="seven"):
        map_files(_square_but_not_seven, list(range(20)), jobs=2, progress=False)


def test_results_stream_as_they_are_done() -> None:
    seen: list[int] = []

    def record(n: int) -> int:
        seen.append(n)
        return n

    results = stream_files(record, list(range(100)), jobs=1, progress=False)
    assert next(results) == 0 and seen == [0]  # nothing beyond the first was computed yet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("local", Executor("local")),
        ("dask", Executor("dask")),
        (" Dask = tcp://10.0.0.5:8786 ", Executor("dask", "tcp://10.0.0.5:8786")),
    ],
)
def test_executor_names(text: str, expected: Executor) -> None:
    assert parse_executor(text) == expected
    assert parse_executor(str(expected)) == expected


@pytest.mark.parametrize("text", ["spark", "dask=", "local=tcp://x:1", ""])
def test_unknown_executors_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError, match="expected local, dask or dask=ADDRESS"):
        parse_executor(text)


def test_the_environment_chooses_the_executor_when_no_option_does(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    assert resolve_executor() == Executor("local")
    monkeypatch.setenv(ENVIRONMENT, "dask=tcp://scheduler:8786")
    assert resolve_executor() == Executor("dask", "tcp://scheduler:8786")
    assert resolve_executor("local") == Executor("local")  # the option wins
    monkeypatch.setenv(ENVIRONMENT, "hadoop")
    with pytest.raises(UsageError, match=f"^{ENVIRONMENT}: unknown executor 'hadoop'"):
        resolve_executor()


SAMPLE = str(DATA / "profile-sample.xml")


@pytest.mark.parametrize(
    "command",
    [
        ["convert", SAMPLE],
        ["validate", SAMPLE],
        ["render", SAMPLE, "--to", "html", "-o", "out/"],
        ["corpus", "build", SAMPLE, "-o", "corpus/"],
        ["corpus", "site", "corpus/corpus.xml", "-o", "site/"],
        ["stats", SAMPLE],
        ["export", SAMPLE, "--to", "json", "-o", "out.json"],
        ["package", SAMPLE, "-o", "bag/"],
    ],
    ids=lambda command: " ".join(command[:2] if command[0] == "corpus" else command[:1]),
)
def test_every_batch_command_refuses_an_unknown_executor(
    command: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # nothing is written: the option is refused before any work
    result = CliRunner().invoke(main, [*command, "--executor", "spark"])
    assert result.exit_code == 2
    assert "Invalid value for '--executor': unknown executor 'spark'" in result.stderr
    monkeypatch.setenv(ENVIRONMENT, "dask=")
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 2
    assert f"{ENVIRONMENT}: unknown executor 'dask='" in result.stderr


def test_convert_reports_a_file_that_failed_and_converts_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stenogram.tei import convert

    real = convert._convert

    def crash_on_hearing(data: bytes, name: str, *args: Any) -> tuple[convert.Report, Any]:
        if name.endswith("en-hearing.txt"):
            raise MemoryError("out of memory")  # what a worker's death looks like to the batch
        return real(data, name, *args)

    monkeypatch.setattr(convert, "_convert", crash_on_hearing)
    inputs = [str(DATA / "en-hearing.txt"), str(DATA / "ru-plenum.txt")]
    outcomes = convert.convert_files(inputs, f"{tmp_path}/", jobs=1)
    assert str(outcomes[0].error) == f"{inputs[0]}: could not be converted: out of memory"
    assert outcomes[1].error is None and (tmp_path / "ru-plenum.xml").is_file()
    assert not (tmp_path / "en-hearing.xml").exists()


def test_validate_reports_a_file_that_failed_as_an_error_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    from stenogram.validate import run
    from stenogram.validate.findings import FileReport

    real = run.validate_file

    def crash_on_sample(path: str, checks: run.Checks) -> FileReport:
        if path.endswith("profile-sample.xml"):
            raise MemoryError("out of memory")
        return real(path, checks)

    monkeypatch.setattr(run, "validate_file", crash_on_sample)
    edition = DATA.parent.parent / "tei" / "kaganovich-1936-12-04.xml"
    report = run.validate_paths([str(DATA / "profile-sample.xml"), str(edition)], jobs=1, progress=False)
    failed, checked = report.files
    assert [(f.severity, f.message, f.rule) for f in failed.findings] == [
        ("error", "could not be checked: out of memory", "read")
    ]
    assert checked.findings == () and report.exit_code() == 2


def test_a_pool_broken_while_chunks_are_handed_on_loses_no_item(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker may die before every chunk is handed on: the pool then refuses the next one (a
    race the killed-worker test meets under load); the items left are run in a fresh pool."""
    from concurrent.futures.process import BrokenProcessPool

    from stenogram import batch

    real, pools = batch.process_pool, []

    class Broken:
        def submit(self, *args: object, **kwargs: object) -> None:
            raise BrokenProcessPool("A child process terminated abruptly")

        def shutdown(self, **kwargs: object) -> None:
            pass

    def pool(jobs: int) -> object:
        pools.append(jobs)
        return Broken() if len(pools) == 1 else real(jobs)

    monkeypatch.setattr(batch, "process_pool", pool)
    results = map_files(_square_but_not_seven, [1, 2, 3, 4, 5, 6], jobs=2, progress=False)
    assert results == [1, 4, 9, 16, 25, 36]
    assert len(pools) == 2  # the broken pool, then the one that ran every item
