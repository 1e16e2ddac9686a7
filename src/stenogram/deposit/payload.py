"""The payload of one edition: every file an archive receives for it, as bytes.

:func:`edition_payload` is a pure function of an edition's inputs (mapped over the editions
by :func:`stenogram.batch.map_files`): the source transcript exactly as received and its
configuration (bytes copied, never re-encoded), the TEI, the validation report of the TEI
(JSON and SVRL), the HTML reading edition with its CSS, and the PDF/A-2b print edition dated
by the package's timestamp. Where each goes is one table, :data:`LAYOUT`, which the verifier
reads too. The source is found from the TEI, which names it (:func:`locate_source`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from stenogram.assets import asset_path
from stenogram.batch import LOCAL
from stenogram.deposit.metadata import EditionFacts, edition_facts
from stenogram.errors import InputError, Location, UsageError
from stenogram.render.html import CSS, html_page
from stenogram.render.pdf import PrintOptions, render_pdf
from stenogram.render.request import read_tei
from stenogram.validate.findings import FileReport, Report
from stenogram.validate.formats import as_json, as_svrl
from stenogram.validate.run import validate_paths

#: Where each part of edition ``{name}`` (the TEI file's stem) goes, under the bag's ``data/``.
LAYOUT = {
    "source": "{name}/source/{file}",
    "tei": "{name}/tei/{name}.xml",
    "validation-json": "{name}/validation/{name}.json",
    "validation-svrl": "{name}/validation/{name}.svrl",
    "html": "{name}/html/{name}.html",
    "css": "{name}/html/edition.css",
    "pdf": "{name}/pdf/{name}.pdf",
}


def payload_path(part: str, name: str, file: str = "") -> str:
    """The path under ``data/`` of *part* (a key of :data:`LAYOUT`) of edition *name*."""
    return LAYOUT[part].format(name=name, file=file)


@dataclass(frozen=True)
class EditionInputs:
    """What one edition is made from, and the timestamp that dates its PDF."""

    tei: Path
    source: Path
    config: Path | None
    timestamp: int

    @property
    def name(self) -> str:
        return self.tei.stem


@dataclass(frozen=True)
class EditionPayload:
    """An edition's files (path under ``data/`` → bytes), its facts, and its validation errors."""

    name: str
    files: dict[str, bytes]
    facts: EditionFacts
    errors: tuple[str, ...]


def locate_source(tei: Path, named: str) -> Path:
    """The source transcript the TEI *tei* names (*named*): beside it, or in a folder beside its
    folder (``tei/x.xml`` and ``transcripts/x.txt``). Absent or found twice is a :class:`UsageError`."""
    where = Location(str(tei))
    if not named:
        raise UsageError("the TEI does not name its source transcript; give it with --source", where)
    places = [tei.parent / named, *sorted(tei.parent.parent.glob(f"*/{Path(named).name}"))]
    found = list(dict.fromkeys(path.resolve() for path in places if path.is_file()))
    if not found:
        raise UsageError(
            f"the source transcript {named} is neither beside the TEI nor in a folder beside its "
            "folder; give it with --source",
            where,
        )
    if len(found) > 1:
        raise UsageError(
            f"the source transcript {named} is found twice ({found[0]}, {found[1]}); give it with --source",
            where,
        )
    return found[0]


def locate_config(source: Path) -> Path | None:
    """The configuration of *source*: the ``.toml`` of the same name beside it, if there is one."""
    config = source.with_suffix(".toml")
    return config if config.is_file() else None


def facts_of(tei: Path) -> EditionFacts:
    """The catalogue facts of the TEI file *tei*; not a TEI document is an :class:`InputError`."""
    return edition_facts(read_tei(tei))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", Location(str(path))) from None


def _as_in_bag(report: Report, name: str) -> Report:
    """*report* naming the TEI by its path in the bag, so that it does not depend on where it was packed."""
    file = "data/" + payload_path("tei", name)
    return Report(
        tuple(
            FileReport(file, tuple(replace(f, file=file) for f in r.findings), r.svrl) for r in report.files
        )
    )


def edition_payload(inputs: EditionInputs) -> EditionPayload:
    """Every file of one edition (a worker of :func:`stenogram.batch.map_files`)."""
    name = inputs.name
    tree = read_tei(inputs.tei)
    # here, already on a worker: validated in this process, whatever $STENOGRAM_EXECUTOR says
    found = validate_paths([str(inputs.tei)], keep_svrl=True, jobs=1, executor=LOCAL, progress=False)
    report = _as_in_bag(found, name)
    files = {
        payload_path("source", name, inputs.source.name): _read(inputs.source),
        payload_path("tei", name): _read(inputs.tei),
        payload_path("validation-json", name): as_json(report).encode("utf-8"),
        payload_path("validation-svrl", name): as_svrl(report).encode("utf-8"),
        payload_path("html", name): html_page(tree, {"css": "edition.css"}).text.encode("utf-8"),
        payload_path("css", name): asset_path(CSS).read_bytes(),
        payload_path("pdf", name): render_pdf(
            tree, PrintOptions(pdfa=True, timestamp=inputs.timestamp), str(inputs.tei)
        ),
    }
    if inputs.config is not None:
        files[payload_path("source", name, inputs.config.name)] = _read(inputs.config)
    errors = tuple(str(f) for r in found.files for f in r.findings if f.severity == "error")
    return EditionPayload(name, files, edition_facts(tree), errors)
