"""files: what a writer killed mid-write leaves behind is removed, what a live one writes is not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from stenogram.files import remove_stale_parts, write_atomic


def _dead_pid() -> int:
    """The id of a process that has run and ended (and been reaped)."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def test_a_killed_writers_part_is_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    stale = tmp_path / f".s.xml.{_dead_pid()}.k3j_x9a1.part"
    live = tmp_path / f".s.xml.{os.getpid()}.q8w_e7r2.part"
    foreign = tmp_path / ".notes.part"  # not ours: no process id in its name
    for part in (stale, live, foreign):
        part.write_bytes(b"<TEI")
    assert remove_stale_parts(tmp_path) == [stale]
    assert not stale.exists() and live.exists() and foreign.exists()


def test_a_part_names_its_writer(tmp_path: Path, monkeypatch) -> None:
    """The temporary file's name holds the writer's process id (seen while it is being written)."""
    seen: list[str] = []
    real_replace = os.replace

    def spy(source: str, target: object) -> None:
        seen.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", spy)
    write_atomic(tmp_path / "s.xml", b"<TEI/>")
    assert seen[0].startswith(f".s.xml.{os.getpid()}.") and seen[0].endswith(".part")
    assert (tmp_path / "s.xml").read_bytes() == b"<TEI/>"
