"""Files in and out: the one way inputs are expanded and the one atomic writer every stage uses.

Data goes to a temporary file beside the target and is renamed over it, so a reader never sees a
half-written TEI, HTML or PDF file, and a failure leaves the old file as it was. The temporary
file is made private (``mkstemp``); before the rename it gets the mode an ordinary new file would
get (``0o666`` less the umask), so that outputs are readable as the user expects. Its name holds
the writer's process id, so that what a killed run left behind (``.NAME.PID.xxxx.part``) can be
told from what a running one is writing, and removed (:func:`remove_stale_parts`).
"""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from stenogram.errors import Location, UsageError

PART_SUFFIX = ".part"


def cache_dir(kind: str) -> Path:
    """Where stenogram keeps what it compiled of *kind* ("schematron", "patterns"): under
    ``$STENOGRAM_CACHE_DIR``, else the user's cache (``$XDG_CACHE_HOME`` or ``~/.cache``)."""
    chosen = os.environ.get("STENOGRAM_CACHE_DIR")
    base = chosen or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    return (root if chosen else root / "stenogram") / kind


@lru_cache(maxsize=1)
def umask() -> int:
    """The process's umask, read once: from ``/proc`` where it can be, else set and restored."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write *data* (text is UTF-8) to *path*, creating its folder if need be.

    A file that cannot be written (a read-only place, a directory in the way) is a
    :class:`UsageError` naming *path*, not an ``OSError``.
    """
    with atomic_output(path) as out:
        out.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def atomic_output(path: str | Path) -> Iterator[BinaryIO]:
    """A temporary file beside *path*, open to write and to read back, renamed over *path*
    when the block ends and removed if it raises: a writer that streams its output (a TEI file
    written as it is made) leaves either the whole new file or the old one, never a part.

    A file that cannot be written is a :class:`UsageError` naming *path*, as in
    :func:`write_atomic`.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=PART_SUFFIX, dir=path.parent
        )
    except OSError as err:
        raise UsageError(f"cannot write: {err.strerror or err}", Location(str(path))) from None
    try:
        with os.fdopen(handle, "w+b") as out:
            yield out
        os.chmod(temporary, 0o666 & ~umask())
        os.replace(temporary, path)
    except BaseException as err:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise UsageError(f"cannot write: {err.strerror or err}", Location(str(path))) from None
        raise


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: running
        return True
    return True


def remove_stale_parts(folder: str | Path) -> list[Path]:
    """Delete the temporary files that writers killed mid-write left in *folder*; the removed.

    A part file is stale when the process whose id its name holds no longer runs on this
    machine; a part being written now is left alone (a folder is assumed to be written from one
    machine at a time). Called once per folder by the commands that write, not per file.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(PART_SUFFIX) and entry.is_file(follow_symlinks=False)):
            continue
        pid = name[: -len(PART_SUFFIX)].split(".")[-2]  # .NAME.PID.random.part
        if pid.isdigit() and not _running(int(pid)):
            Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
    return removed


def same_file(first: str | Path, second: str | Path) -> bool:
    """Whether the two paths name one existing file, through a symlink, a hard link or ``..``."""
    try:
        return os.path.samefile(first, second)
    except OSError:  # one does not exist (yet): then they are not the same file
        return False


def expand(paths: Iterable[str], suffixes: tuple[str, ...], recursive: bool = False) -> list[str]:
    """Files as given, globs expanded, folders searched (deep when *recursive*) for files ending
    in *suffixes*; each folder's and glob's files sorted; every file once, in order."""
    files: list[str] = []
    for given in paths:
        if os.path.isdir(given):
            found = Path(given).rglob("*") if recursive else Path(given).glob("*")
            files += sorted(str(p) for p in found if p.suffix in suffixes and p.is_file())
        elif glob.has_magic(given):
            files += sorted(glob.glob(given, recursive=True))
        else:
            files.append(given)
    return list(dict.fromkeys(files))


def refuse_overwriting_inputs(inputs: Sequence[Path], outputs: Iterable[Path], named: str | Path) -> None:
    """Refuse to write any of *outputs* when it is one of the *inputs* (compared as resolved
    paths, so ``./a.xml`` and ``a.xml`` are the same file): a :class:`UsageError` located at
    *named*, the output the user gave. Every command that writes next to its inputs asks this
    before it writes anything."""
    sources = {path.resolve(): path for path in inputs}
    for output in outputs:
        source = sources.get(output.resolve())
        if source is None:
            continue
        if output.resolve() == Path(named).resolve():
            raise UsageError(f"the output would overwrite the input {source}", Location(str(named)))
        raise UsageError(
            f"a file written into {named} would overwrite the input {source}", Location(str(named))
        )
