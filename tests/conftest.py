"""Shared test fixtures: the real corpus beside the project, and a hermetic network."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """``../shared/corpus``; tests that need it skip, with the reason, where it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS} (clone the project beside shared/)")
    return CORPUS


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Fail any test that opens a network connection (browser tests talk to a local process, dask
    tests to a scheduler and workers bound to the loopback address only)."""
    if request.node.get_closest_marker("browser") or request.node.get_closest_marker("dask"):
        return

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"test tried to use the network: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="session")
def tei_all(corpus: Path):
    """A checker ``(paths) -> error lines`` against TEI's tei_all: jing when installed, else lxml."""
    import shutil
    import subprocess

    schema = corpus / "schemas" / "tei_all.rng"
    jing = shutil.which("jing")
    if jing:

        def check(paths: list[Path]) -> list[str]:
            run = subprocess.run([jing, str(schema), *map(str, paths)], capture_output=True, text=True)
            return [line for line in run.stdout.splitlines() if line.strip()]

        return check
    from lxml import etree

    relaxng = etree.RelaxNG(etree.parse(str(schema)))

    def check(paths: list[Path]) -> list[str]:
        errors = []
        for path in paths:
            if not relaxng.validate(etree.parse(str(path))):
                errors.extend(f"{path}:{e.line}: {e.message}" for e in relaxng.error_log)
        return errors

    return check


@pytest.fixture(scope="session")
def reproducers() -> Path:
    """``../shared/robustness``: one input per known robustness bug; skip where it is absent."""
    folder = CORPUS.parent / "robustness"
    if not folder.is_dir():
        pytest.skip(f"the robustness reproducers are not at {folder} (clone the project beside shared/)")
    return folder
