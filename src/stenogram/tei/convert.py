"""Converting transcripts: the public entry points behind ``stenogram convert``.

:func:`convert_text` is the pure core (bytes in, TEI bytes and a report out); the ``*_file`` and
``convert_paths`` wrappers decide where text comes from and where TEI goes. Both write with one
writer: to a buffer for :func:`convert_text`, to a file as the TEI is made for the others (a
conversion never holds the whole TEI). Writes are atomic, and a TEI file edited by hand since
stenogram wrote it is never overwritten without ``force``.
"""

from __future__ import annotations

import gc
import io
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TypedDict, Unpack

from lxml import etree

from stenogram.batch import Executor, map_isolated
from stenogram.errors import InputError, InternalError, Location, StenogramError, UsageError
from stenogram.files import atomic_output, expand, remove_stale_parts, same_file
from stenogram.tei.encode import TEI_NS, encode, generated_unchanged, serialise_into, write
from stenogram.tei.lossless import LosslessCheck
from stenogram.tei.marks import place_marks
from stenogram.transcript.config import Config, default_config, load_config
from stenogram.transcript.heldtext import unheld
from stenogram.transcript.model import Document, LabelScore
from stenogram.transcript.parser import parse
from stenogram.transcript.reader import LAYOUTS, check_characters
from stenogram.transcript.sourcechain import complete_header
from stenogram.transcript.sources import EXTENSIONS, read_input

_T = f"{{{TEI_NS}}}"


@dataclass
class Report:
    """What a conversion found, for the person who ran it."""

    name: str
    encoding: str
    layout: str
    lang: str
    speakers: list[tuple[str, str, int]]  # (id, label forms, turns)
    turns: int
    paragraphs: int
    stages: Counter[str]
    editorial: Counter[str]
    furniture: list[tuple[int, str, str]]
    unknown_labels: list[str]
    decisions: list[str]
    warnings: list[tuple[int, str]]
    output: str | None = None
    extraction: list[str] = field(default_factory=list)  # from a web page, Word file or PDF
    labels: list[LabelScore] = field(default_factory=list)  # the label model's whole table

    def explain(self) -> str:
        """Every label candidate with its verdict, score and each feature's weight, as a table."""
        features = list(dict.fromkeys(name for row in self.labels for name in row.features))
        head = ["verdict", "score", "n", "candidate", *features]
        rows = [
            [
                "label" if row.accepted else "no",
                f"{row.score:g}" if not row.reason else row.reason,
                str(row.count),
                row.name,
                *(f"{row.features[f]:+g}" if f in row.features else "" for f in features),
            ]
            for row in self.labels
        ]
        widths = [max(len(line[i]) for line in [head, *rows]) for i in range(len(head))]
        lines = [f"{self.name}: label candidates"]
        lines += [
            "  " + "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
            for line in [head, *rows]
        ]
        return "\n".join(lines)

    def text(self) -> str:
        """The report as lines for stderr."""
        lines = [f"{self.name}" + (f" → {self.output}" if self.output else "")]
        lines.append(f"  read as {self.encoding}, {LAYOUTS[self.layout]}; language {self.lang}")
        lines.extend(f"  {line}" for line in self.extraction)
        speakers = ", ".join(f"{label} {turns}" for _, label, turns in self.speakers) or "none"
        lines.append(f"  speakers ({len(self.speakers)}): {speakers}")
        lines.append(f"  turns: {self.turns}; paragraphs: {self.paragraphs}")
        lines.append(f"  stage directions: {sum(self.stages.values())}{_counts(self.stages)}")
        lines.append(f"  editorial items: {sum(self.editorial.values())}{_counts(self.editorial)}")
        lines.append(f"  lines removed as page furniture: {len(self.furniture)}")
        lines.extend(f"    line {n}: {text!r} [{pattern}]" for n, text, pattern in self.furniture)
        if self.unknown_labels:
            lines.append(f"  labels not in the configuration: {', '.join(self.unknown_labels)}")
        lines.extend(f"  decided: {note}" for note in self.decisions)
        lines.extend(
            f"  warning: line {n}: {message}" if n else f"  warning: {message}"
            for n, message in self.warnings
        )
        return "\n".join(lines)


def _counts(counter: Counter[str]) -> str:
    return f" ({', '.join(f'{k} {v}' for k, v in sorted(counter.items()))})" if counter else ""


@dataclass
class Conversion:
    """The TEI of one transcript (None where it was written to a file) and the report on it."""

    tei: bytes | None
    report: Report
    document: Document = field(repr=False)


def convert_text(
    data: str | bytes, name: str = "<text>", config: Config | None = None, lang: str | None = None
) -> Conversion:
    """Convert one transcript, as text or as bytes in any encoding the reader knows.

    Raises :class:`InputError` for input that is not a transcript and :class:`LosslessError`
    when the TEI would not keep every character of the text. *data* is not kept: where the caller
    keeps none either, its bytes are freed once decoded, before the record is parsed.
    """
    take, data = [data].pop, b""  # handed over: freed once decoded if the caller keeps none
    return _convert_taken(take, name, config, lang)


def _convert_taken(
    take: Callable[[], str | bytes], name: str, config: Config | None, lang: str | None
) -> Conversion:
    """:func:`convert_text` of what *take* hands over, its TEI made in memory."""
    buffer = io.BytesIO()
    report, document = _converted(take, name, config, lang, buffer)
    return Conversion(buffer.getvalue(), report, document)


def _converted(
    take: Callable[[], str | bytes], name: str, config: Config | None, lang: str | None, sink: BinaryIO
) -> tuple[Report, Document]:
    """:func:`convert_text` of what *take* gives, its TEI written to *sink* (a buffer or a
    file) as it is made."""
    with _cyclic_gc_paused():
        return _convert(take, name, config or default_config(), lang, sink)


def _convert_to_file(
    take: Callable[[], bytes], name: str, target: Path, config: Config, lang: str | None, force: bool
) -> tuple[Report, Document]:
    """Convert what *take* gives into the TEI file *target*, written beside it as it is made
    and renamed over it only when the whole conversion succeeded (an error leaves the old file,
    or none), and only if *target* was not edited by hand (unless *force*). *take* hands the
    input's bytes over (``[data].pop``): no caller keeps them, and they are freed once decoded."""
    with atomic_output(target) as out:
        report, document = _converted(take, name, config, lang, out)
        guard_hand_edits(target, out, force)
    report.output = str(target)
    return report, document


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Python's cycle collector paused while a conversion builds its many small objects (which
    form no cycles that outlive it): its passes over them cost a tenth of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _convert(
    take: Callable[[], str | bytes], name: str, config: Config, lang: str | None, sink: BinaryIO
) -> tuple[Report, Document]:
    # the bytes handed over as they were given: freed once decoded (see read_input)
    source, extracted = read_input(lambda: _as_bytes(take(), name), name, config)
    document = parse(source, config, lang)
    # its lines and paragraphs are the parser's alone, its text held as the parse held it past
    # its start (its UTF-8 where that is smaller: half the decoded text where a letter takes two
    # bytes, in pieces of a few kilobytes): the lossless check reads it back from that
    source_text, furniture = source.held.data, source.furniture
    del source
    document.origin = extracted.origin() if extracted else None
    complete_header(document, config)
    check = LosslessCheck(source_text, furniture, name)
    tally = _Tally()

    def visit(element: etree._Element) -> None:
        check.feed(str(_STRING(element)))
        tally.add(element)

    if extracted and extracted.marks:  # marks are placed by counting words in the whole tree
        root = encode(document, config.edition, config.language_names)
        for text in root.iterchildren(_T + "text"):  # the one text element
            visit(text)
        check.close()
        place_marks(root, unheld(source_text), furniture, extracted.marks)
        serialise_into(root, sink)
    else:
        write(document, visit, sink, config.edition, config.language_names)
        check.close()
    report = _report(document, tally, config)
    if extracted:
        report.extraction = extracted.summary()
    return report, document


def _as_bytes(data: str | bytes, name: str) -> bytes:
    """Text as the reader reads it, its UTF-8; a lone surrogate cannot even be encoded to be read."""
    if isinstance(data, bytes):
        return data
    check_characters(data, name)
    return data.encode("utf-8")


_STRING = etree.XPath("string()")  # an element's character data, in document order
#: The report's name of each editorial element it counts.
_EDITORIAL = {_T + "supplied": "supplied", _T + "gap": "gap", _T + "note": "note", _T + "c": "stray bracket"}


class _Tally:
    """What the report counts of the TEI text, element by element as it is written."""

    def __init__(self) -> None:
        self.stages: Counter[str] = Counter()
        self.editorial: Counter[str] = Counter()
        self.turns = 0
        self.paragraphs = 0

    def add(self, element: etree._Element) -> None:
        for found in element.iter(_T + "stage", _T + "sp", _T + "p", *_EDITORIAL):
            tag = found.tag
            if tag == _T + "stage":
                self.stages[str(found.get("type"))] += 1
            elif tag == _T + "sp":
                self.turns += 1
            elif tag == _T + "p":
                self.paragraphs += 1
            else:
                self.editorial[_EDITORIAL[str(tag)]] += 1


def _report(doc: Document, tally: _Tally, config: Config) -> Report:
    configured = {label.casefold() for spec in config.persons for label in spec.labels}
    unknown = [
        label
        for person in doc.persons
        if not person.known and not person.group
        for label in person.labels
        if label.casefold() not in configured
    ]
    return Report(
        name=doc.name,
        encoding=doc.encoding,
        layout=doc.layout,
        lang=doc.lang,
        speakers=[(p.id, "/".join(p.labels), p.turns) for p in doc.persons],
        turns=tally.turns,
        paragraphs=tally.paragraphs,
        stages=tally.stages,
        editorial=tally.editorial,
        furniture=[(f.line, f.text, f.pattern) for f in doc.furniture],
        unknown_labels=unknown if config.persons else [],
        decisions=list(doc.decisions),
        warnings=sorted(doc.warnings),
        labels=list(doc.labels),
    )


def guard_hand_edits(path: Path, new: BinaryIO, force: bool) -> None:
    """Refuse to overwrite a TEI file that was edited by hand (or not written by stenogram)
    with the TEI in *new* (a file open to read): both are read a piece at a time."""
    if force or not path.exists():
        return
    with path.open("rb") as old:
        state = generated_unchanged(old)
        if state is True or _same_bytes(old, new):
            return
    why = "was edited by hand since stenogram wrote it" if state is False else "was not written by stenogram"
    raise UsageError(f"the file {why}; not overwriting it (use --force to replace it)", Location(str(path)))


def _same_bytes(first: BinaryIO, second: BinaryIO) -> bool:
    """Whether the two files hold the same bytes, read from their starts a piece at a time."""
    first.seek(0)
    second.seek(0)
    while True:
        piece = first.read(_READ)
        if piece != second.read(_READ):
            return False
        if not piece:
            return True


_READ = 1 << 20  # bytes of a file compared at a time


def refuse_overwriting_input(input_path: str | Path, output: str | Path) -> None:
    """Refuse an *output* that is the transcript itself: ``--force`` replaces a TEI file edited by
    hand, never the text it was made from."""
    if str(input_path) != "-" and same_file(input_path, output):
        raise UsageError(
            f"the output is the input {input_path}; not replacing a transcript with its TEI (not even "
            "with --force)",
            Location(str(output)),
        )


def convert_file(
    input_path: str | Path,
    output: str | Path | None,
    config: Config | None = None,
    lang: str | None = None,
    force: bool = False,
) -> Conversion:
    """Convert one file (``-`` for stdin) and write the TEI to *output* (``-`` or None: return only)."""
    name = str(input_path)
    if output is not None and str(output) != "-":
        refuse_overwriting_input(name, output)
    take = [sys.stdin.buffer.read() if name == "-" else _read(Path(name))].pop  # handed over, not kept
    name = "<stdin>" if name == "-" else name
    if output is None or str(output) == "-":
        return _convert_taken(take, name, config, lang)
    target = Path(output)
    remove_stale_parts(target.parent)
    report, document = _convert_to_file(take, name, target, config or default_config(), lang, force)
    return Conversion(None, report, document)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(
            "is a directory (give -o DIR to convert every .txt in it)", Location(str(path))
        ) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror}", Location(str(path))) from None


@dataclass
class Outcome:
    """The result of one file: its report, or the error that stopped it; the TEI itself only
    where it went to no file (standard output), for the caller to print."""

    input: str
    output: str | None
    report: Report | None = None
    error: StenogramError | None = None
    tei: bytes | None = None


@dataclass(frozen=True)
class _Job:
    """One file of a batch, with the configuration loaded once for the whole batch."""

    input: str
    output: str
    config: Config
    lang: str | None
    force: bool


def _convert_job(job: _Job) -> Outcome:
    """Per-file work for the batch: read, convert and write the TEI file here, in the worker,
    so that only the report crosses back (the document model and the TEI are the bulk of a
    conversion, and the document is dropped as soon as the report is made); errors are
    returned as values."""
    try:
        take = [_read(Path(job.input))].pop  # handed over: see _convert_to_file
        converted = _convert_to_file(take, job.input, Path(job.output), job.config, job.lang, job.force)
        return Outcome(job.input, job.output, converted[0])
    except StenogramError as err:
        return Outcome(job.input, job.output, error=err)


def _convert_failed(job: _Job, why: str) -> Outcome:
    """A conversion that failed by a bug of stenogram: that file's error, named, not the batch's."""
    message = f"stenogram failed on this file ({why}); please report it"
    return Outcome(job.input, job.output, error=InternalError(message, Location(job.input)))


def _failed_job(job: _Job, error: BaseException) -> Outcome:
    """A file the batch could not convert on any try (its worker died, memory ran out): its error."""
    return Outcome(
        job.input, job.output, error=InputError(f"could not be converted: {error}", Location(job.input))
    )


def expand_inputs(inputs: list[str]) -> list[str]:
    """Files as given (``-`` for standard input), globs expanded, a folder as its ``.txt`` files
    and those of the other formats (web pages, Word, PDF)."""
    return expand(inputs, (".txt", *EXTENSIONS))


class ConvertOptions(TypedDict, total=False):
    """How files are converted beyond their configuration: the keywords of :func:`convert_files`.

    *lang* overrides the detected language, *force* overwrites a TEI file edited by hand, and
    *jobs* and *executor* say how many workers and where (see :func:`stenogram.batch.map_files`).
    """

    lang: str | None
    force: bool
    jobs: int | None
    executor: Executor | None


def convert_paths(
    inputs: list[str], output: str | None, config_path: str | None = None, **options: Unpack[ConvertOptions]
) -> list[Outcome]:
    """Convert several inputs into the folder *output*, one ``.xml`` each; one failure stops none."""
    files = expand_inputs(inputs)
    if not files:
        raise UsageError(f"no input files in {', '.join(inputs)} (a directory is searched for *.txt)")
    if output is None or output == "-":
        raise UsageError("several inputs need -o DIR, a folder for the TEI files")
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file; several inputs need -o DIR, a folder")
    if "-" in files:
        raise UsageError("standard input (-) can only be converted on its own")
    stems = [Path(f).stem for f in files]
    clashes = sorted({s for s in stems if stems.count(s) > 1})
    if clashes:
        raise UsageError(
            f"several inputs would write the same file: {', '.join(c + '.xml' for c in clashes)}"
        )
    config = load_config(config_path)  # once: a worker is handed the compiled configuration
    lang = options.get("lang")
    force = options.get("force", False)
    jobs_list = [_Job(f, str(folder / (Path(f).stem + ".xml")), config, lang, force) for f in files]
    for job in jobs_list:
        refuse_overwriting_input(job.input, job.output)
    remove_stale_parts(folder)
    return map_isolated(
        _convert_job,
        _convert_failed,
        jobs_list,
        on_lost=_failed_job,
        jobs=options.get("jobs"),
        executor=options.get("executor"),
        label="converting",
    )


def _is_folder(output: str | None) -> bool:
    if output is None or output in ("", "-"):
        return False
    return Path(output).is_dir() or output.endswith(("/", os.sep))


def convert_files(
    inputs: list[str], output: str | None, config_path: str | None = None, **options: Unpack[ConvertOptions]
) -> list[Outcome]:
    """What ``stenogram convert`` does: one input to a file or standard output (``-``, or no
    *output*; the TEI is then in the outcome for the caller to print), several inputs or a folder
    *output* to one ``.xml`` each. A single input's error is raised; in a batch each is kept."""
    files = expand_inputs(inputs)
    if len(files) == 1 and not _is_folder(output):
        lang, force = options.get("lang"), options.get("force", False)
        conversion = convert_file(files[0], output or "-", load_config(config_path), lang, force)
        to_file = output not in (None, "-")
        return [
            Outcome(
                files[0],
                output if to_file else None,
                conversion.report,
                tei=None if to_file else conversion.tei,
            )
        ]
    if files == ["-"]:
        raise UsageError("standard input is one text: give -o FILE, or -o - for standard output")
    return convert_paths(files, output, config_path, **options)
