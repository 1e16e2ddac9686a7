"""The statistics as a table for a terminal (rich), CSV or JSON for scripts: one registry of
formats, each ``(Statistics, by, width) -> text``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.table import Table

from stenogram.errors import UsageError
from stenogram.stats.figures import CORPUS, DocumentFigures, SpeakerFigures, Statistics

_SPEAKER_COLUMNS = (
    "document", "who", "name", "turns", "words", "paragraphs", "share",
    "interjections_made", "interjections_received",
)  # fmt: skip
_DOCUMENT_COLUMNS = (
    "document", "title", "date", "speakers", "turns", "words", "paragraphs", "interjections",
)  # fmt: skip


def _stage_types(stats: Statistics) -> list[str]:
    kinds = {kind for entry in stats.documents for kind in entry.stages}
    return sorted(kinds | {kind for entry in stats.speakers for kind in entry.stages})


def _rows(stats: Statistics, by: str) -> tuple[list[str], list[list[Any]]]:
    """The header and rows: per speaker (each document, then the corpus when there are more
    documents than one) or per document; one column per type of stage direction."""
    kinds = _stage_types(stats)
    entries: list[SpeakerFigures] | list[DocumentFigures]
    if by == "document":
        columns, entries = list(_DOCUMENT_COLUMNS), stats.documents
    else:
        columns = list(_SPEAKER_COLUMNS)
        entries = stats.speakers + (stats.corpus if len(stats.documents) > 1 else [])
    rows = []
    for entry in entries:
        values = asdict(entry)
        row = [round(values[c], 4) if c == "share" else values[c] for c in columns]
        rows.append(row + [entry.stages.get(kind, 0) for kind in kinds])
    return columns + [f"stage_{kind}" for kind in kinds], rows


def as_csv(stats: Statistics, by: str, width: int | None = None) -> str:
    """RFC 4180 CSV with a header row."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    header, rows = _rows(stats, by)
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return out.getvalue()


def network(stats: Statistics) -> Any:
    """The interruption network of all documents (see :mod:`stenogram.stats.network`), drawn by
    networkx, an optional dependency: without it, a :class:`UsageError` that says how to add it."""
    try:
        from stenogram.stats.network import interruption_graph
    except ImportError:
        raise UsageError("stats needs networkx: pip install 'stenogram[stats]'") from None

    return interruption_graph(stats.edges, stats.corpus)


def as_json(stats: Statistics, by: str, width: int | None = None) -> str:
    """JSON: the rows as objects, and the interruption network's edges and metrics."""
    from stenogram.stats.network import metrics

    header, rows = _rows(stats, by)
    graph = network(stats)
    data = {
        "by": by,
        "rows": [dict(zip(header, row, strict=True)) for row in rows],
        "network": {
            "edges": [
                {"source": a, "target": b, "weight": w} for a, b, w in sorted(graph.edges(data="weight"))
            ],
            "metrics": metrics(graph),
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def as_table(stats: Statistics, by: str, width: int | None = None) -> str:
    """A table for a terminal, the corpus rows last and in bold, the network's size below."""
    from stenogram.stats.network import metrics

    header, rows = _rows(stats, by)
    table = Table(*header, title=f"stenogram stats by {by}", show_lines=False)
    for row in rows:
        cells = ["" if v is None else (f"{v:.1%}" if isinstance(v, float) else str(v)) for v in row]
        table.add_row(*cells, style="bold" if row[0] == CORPUS else None)
    console = Console(file=io.StringIO(), width=width or 200, color_system=None)
    console.print(table)
    found = metrics(network(stats))
    console.print(
        f"interruption network: {found['nodes']} speakers, {found['edges']} pairs, "
        f"{found['interjections']} interjections, density {found['density']}"
    )
    return console.file.getvalue()  # type: ignore[attr-defined, no-any-return]


#: The formats of ``stenogram stats --format``.
FORMATS: dict[str, Callable[[Statistics, str, int | None], str]] = {
    "table": as_table,
    "csv": as_csv,
    "json": as_json,
}
