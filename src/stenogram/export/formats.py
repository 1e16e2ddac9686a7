"""``stenogram export``: TEI files to plain text, ParlaMint TEI, JSON or CSV, from one registry.

Each format names a per-document function (``Member -> result``, run in the workers of
:func:`stenogram.batch.map_files`, one input file per job) and, for the formats that gather all
documents in one file (JSON, CSV), a function that joins the results into that file's bytes.
The other formats write one file per document, named after it, into the folder ``-o`` (or to
the file ``-o`` when there is one document and ``-o`` is not a folder).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import Any

from stenogram.batch import Executor, map_files
from stenogram.errors import InputError, Location, StenogramError, UsageError
from stenogram.files import expand, write_atomic
from stenogram.tei.reading import members


@dataclass(frozen=True)
class Format:
    """An export format: the suffix of its files, its per-document function and, for a format
    written as one file for all documents, the function that joins their results."""

    suffix: str
    document: str
    join: str | None = None


#: The formats of ``stenogram export --to``.
FORMATS: dict[str, Format] = {
    "text": Format(".txt", "stenogram.export.plaintext:text_document"),
    "parlamint": Format(".xml", "stenogram.export.parlamint:parlamint_document"),
    "json": Format(".json", "stenogram.export.records:json_document", "stenogram.export.records:json_file"),
    "csv": Format(".csv", "stenogram.export.records:csv_document", "stenogram.export.records:csv_file"),
}


def _function(name: str) -> Callable[..., Any]:
    module, function = name.split(":")
    return getattr(import_module(module), function)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Exported:
    """The documents of one input file: ``(name, result)`` each, or the error that stopped it."""

    path: str
    results: list[tuple[str, Any]]
    error: StenogramError | None = None


def export_path(to: str, path: str) -> Exported:
    """Export the documents of the TEI file *path* to the format *to* (pure: nothing written)."""
    convert = _function(FORMATS[to].document)
    try:
        found = members(path)
        names = [
            Path(m.path).stem if len(found) == 1 else _member_name(m.root, m.path, i)
            for i, m in enumerate(found, 1)
        ]
        return Exported(path, [(name, convert(m)) for name, m in zip(names, found, strict=True)])
    except StenogramError as err:
        return Exported(path, [], err)


def _member_name(root: Any, path: str, number: int) -> str:
    given = root.get("{http://www.w3.org/XML/1998/namespace}id")
    return str(given) if given else f"{Path(path).stem}-{number}"


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote, and the inputs it could not read (each with its error)."""

    written: list[Path]
    errors: list[StenogramError]


def export_files(
    inputs: Sequence[str], to: str, output: str, jobs: int | None = None, executor: Executor | None = None
) -> ExportResult:
    """Export the TEI files (or folders of ``*.xml``) *inputs* to the format *to* under *output*;
    *jobs* and *executor* say how many workers and where (see :func:`stenogram.batch.map_files`).

    One bad input never stops the others: its error is returned and nothing of it written.
    """
    if to not in FORMATS:
        raise UsageError(f"unknown export format {to!r} (one of {', '.join(sorted(FORMATS))})")
    paths = expand(inputs, (".xml",))
    if not paths:
        raise InputError("no TEI (*.xml) files among the inputs", Location(", ".join(inputs)))
    target = Path(output)
    if target.resolve() in {Path(p).resolve() for p in paths}:
        raise UsageError(f"the output would overwrite the input {output}", Location(output))
    done = map_files(
        partial(export_path, to), paths, jobs=jobs, executor=executor, label="export", per_worker=16
    )
    errors = [item.error for item in done if item.error is not None]
    results = [result for item in done for result in item.results]
    spec = FORMATS[to]
    if not results:
        return ExportResult([], errors)
    if spec.join is not None:
        write_atomic(target, _function(spec.join)([value for _, value in results]))
        return ExportResult([target], errors)
    folder = output.endswith("/") or target.is_dir() or len(results) > 1
    planned = [(target / f"{name}{spec.suffix}" if folder else target, data) for name, data in results]
    sources = {Path(p).resolve() for p in paths}
    for path, _ in planned:
        if path.resolve() in sources:
            raise UsageError(f"the output would overwrite the input {path}", Location(str(path)))
    for path, data in planned:
        write_atomic(path, data)
    written = [path for path, _ in planned]
    return ExportResult(written, errors)
