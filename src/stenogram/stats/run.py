"""``stenogram stats``: figures of TEI files (a map of one pure function per file over
:func:`stenogram.batch.map_files`), summed for the corpus, with the interruption network."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from stenogram.batch import Executor, map_files
from stenogram.errors import InputError, Location, StenogramError, UsageError
from stenogram.files import expand
from stenogram.stats import report
from stenogram.stats.figures import (
    DocumentFigures,
    SpeakerFigures,
    Statistics,
    corpus_figures,
    document_figures,
    interruptions,
    speaker_figures,
)
from stenogram.tei.reading import read_file


@dataclass
class FileFigures:
    """The figures of the documents of one file, or the error that stopped it."""

    path: str
    documents: list[DocumentFigures] = field(default_factory=list)
    speakers: list[SpeakerFigures] = field(default_factory=list)
    edges: list[tuple[str, str]] = field(default_factory=list)
    error: StenogramError | None = None


def file_figures(path: str) -> FileFigures:
    """Count the documents of the TEI file *path* (pure: reads, never writes)."""
    try:
        sittings = read_file(path)
    except StenogramError as err:
        return FileFigures(path, error=err)
    found = FileFigures(path)
    for sitting in sittings:
        found.documents.append(document_figures(sitting))
        found.speakers.extend(speaker_figures(sitting))
        found.edges.extend(interruptions(sitting))
    return found


def statistics(
    inputs: Sequence[str], jobs: int | None = None, executor: Executor | None = None
) -> Statistics:
    """The figures of the TEI files (files, folders of ``*.xml``, globs) *inputs*; an input
    that cannot be read is kept as an error, the others are still counted. *jobs* and
    *executor* say how many workers and where (see :func:`stenogram.batch.map_files`)."""
    paths = expand(inputs, (".xml",))
    if not paths:
        raise InputError("no TEI (*.xml) files among the inputs", Location(", ".join(inputs)))
    done = map_files(file_figures, paths, jobs=jobs, executor=executor, label="stats", per_worker=16)
    speakers = [entry for item in done for entry in item.speakers]
    return Statistics(
        [doc for item in done for doc in item.documents],
        speakers,
        corpus_figures(speakers),
        [edge for item in done for edge in item.edges],
        [item.error for item in done if item.error is not None],
    )


def stats_files(
    inputs: Sequence[str],
    by: str = "speaker",
    fmt: str = "table",
    network: Path | None = None,
    jobs: int | None = None,
    width: int | None = None,
    executor: Executor | None = None,
) -> tuple[str, Statistics]:
    """What ``stenogram stats`` does: count, write the network file if asked, and return the
    report in *fmt* (``table``, ``csv``, ``json``) by *by* (``speaker``, ``document``)."""
    if fmt not in report.FORMATS or by not in ("speaker", "document"):
        raise UsageError(f"unknown format {fmt!r} or grouping {by!r}")
    if network is not None:
        from stenogram.stats.network import check_network_path

        check_network_path(network)
    found = statistics(inputs, jobs, executor)
    if network is not None:
        from stenogram.stats.network import write_network

        write_network(report.network(found), network)
    return report.FORMATS[fmt](found, by, width), found
