"""The status line of a long render: its steps, and silence when stderr is not a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from stenogram import progress
from stenogram.render import pdf as print_edition
from stenogram.render.formats import render_files

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "profile-sample.xml"


def test_a_volume_says_what_it_is_doing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    @contextmanager
    def record(label: str) -> Iterator[Callable[[str], None]]:
        shown.append(label)
        yield shown.append

    monkeypatch.setattr(print_edition, "working", record)
    other = tmp_path / "other.xml"
    other.write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "volume.pdf"
    render_files([SAMPLE, other], "pdf", out)
    assert shown == [f"{out}: reading", f"{out}: transforming", f"{out}: typesetting 2 documents"]


def test_nothing_is_shown_off_a_terminal(capfd: pytest.CaptureFixture[str]) -> None:
    with progress.working("typesetting") as status:  # stderr is captured: not a terminal
        status("still typesetting")
    assert capfd.readouterr().err == ""


def test_a_terminal_sees_the_label(capfd: pytest.CaptureFixture[str]) -> None:
    with progress.working("typesetting 60 documents", show=True) as status:
        status("typesetting 61 documents")
    shown = capfd.readouterr().err
    assert "typesetting 61 documents" in shown  # the label as it stands when the line is drawn
    assert shown.endswith("\x1b[2K")  # and the line is wiped at the end: nothing stays behind
