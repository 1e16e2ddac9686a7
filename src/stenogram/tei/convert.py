"""Converting transcripts: the public entry points behind ``stenogram convert``.

:func:`convert_text` is the pure core (bytes in, TEI bytes and a report out); the ``*_file`` and
``convert_paths`` wrappers decide where text comes from and where TEI goes. Writes are atomic,
and a TEI file edited by hand since stenogram wrote it is never overwritten without ``force``.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from stenogram.batch import Executor, map_files
from stenogram.errors import InputError, Location, StenogramError, UsageError
from stenogram.files import expand, write_atomic
from stenogram.tei.encode import TEI_NS, encode, generated_unchanged, serialise
from stenogram.tei.lossless import check_lossless
from stenogram.transcript.config import Config, load_config
from stenogram.transcript.model import Document
from stenogram.transcript.parser import parse
from stenogram.transcript.reader import read_source

_T = f"{{{TEI_NS}}}"
_LAYOUTS = {
    "blank-line": "paragraphs separated by blank lines",
    "line": "one paragraph per line",
    "wrapped": "hard-wrapped lines",
}


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
    stages: Counter
    editorial: Counter
    furniture: list[tuple[int, str, str]]
    unknown_labels: list[str]
    decisions: list[str]
    warnings: list[tuple[int, str]]
    output: str | None = None

    def text(self) -> str:
        """The report as lines for stderr."""
        lines = [f"{self.name}" + (f" → {self.output}" if self.output else "")]
        lines.append(f"  read as {self.encoding}, {_LAYOUTS[self.layout]}; language {self.lang}")
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


def _counts(counter: Counter) -> str:
    return f" ({', '.join(f'{k} {v}' for k, v in sorted(counter.items()))})" if counter else ""


@dataclass
class Conversion:
    """The TEI of one transcript and the report on it."""

    tei: bytes
    report: Report
    document: Document = field(repr=False)


def convert_text(
    data: str | bytes, name: str = "<text>", config: Config | None = None, lang: str | None = None
) -> Conversion:
    """Convert one transcript, as text or as bytes in any encoding the reader knows.

    Raises :class:`InputError` for input that is not a transcript and :class:`LosslessError`
    when the TEI would not keep every word.
    """
    config = config or load_config()
    source = read_source(data.encode("utf-8") if isinstance(data, str) else data, name, config)
    document = parse(source, config, lang)
    root = encode(document, config.edition, config.language_names)
    check_lossless(source.text, source.furniture, root, name)
    return Conversion(serialise(root), _report(document, root, config), document)


def _report(doc: Document, root: etree._Element, config: Config) -> Report:
    configured = {label.casefold() for spec in config.persons for label in spec.labels}
    unknown = [
        label
        for person in doc.persons
        if not person.known and not person.group
        for label in person.labels
        if label.casefold() not in configured
    ]
    stages = Counter(stage.get("type") for stage in root.iter(_T + "stage"))
    editorial = Counter()
    for tag, kind in (("supplied", "supplied"), ("gap", "gap"), ("note", "note")):
        editorial[kind] += sum(1 for _ in root.find(_T + "text").iter(_T + tag))
    editorial["stray bracket"] = sum(1 for _ in root.iter(_T + "c"))
    return Report(
        name=doc.name,
        encoding=doc.encoding,
        layout=doc.layout,
        lang=doc.lang,
        speakers=[(p.id, "/".join(p.labels), p.turns) for p in doc.persons],
        turns=sum(1 for _ in root.iter(_T + "sp")),
        paragraphs=sum(1 for _ in root.find(_T + "text").iter(_T + "p")),
        stages=stages,
        editorial=+editorial,
        furniture=[(f.line, f.text, f.pattern) for f in doc.furniture],
        unknown_labels=unknown if config.persons else [],
        decisions=list(doc.decisions),
        warnings=sorted(doc.warnings),
    )


def guard_hand_edits(path: Path, new: bytes, force: bool) -> None:
    """Refuse to overwrite a TEI file that was edited by hand (or not written by stenogram)."""
    if force or not path.exists():
        return
    old = path.read_bytes()
    if old == new:
        return
    state = generated_unchanged(old)
    if state is True:
        return
    why = "was edited by hand since stenogram wrote it" if state is False else "was not written by stenogram"
    raise UsageError(f"the file {why}; not overwriting it (use --force to replace it)", Location(str(path)))


def convert_file(
    input_path: str | Path,
    output: str | Path | None,
    config: Config | None = None,
    lang: str | None = None,
    force: bool = False,
) -> Conversion:
    """Convert one file (``-`` for stdin) and write the TEI to *output* (``-`` or None: return only)."""
    name = str(input_path)
    data = sys.stdin.buffer.read() if name == "-" else _read(Path(name))
    result = convert_text(data, "<stdin>" if name == "-" else name, config, lang)
    if output is not None and str(output) != "-":
        target = Path(output)
        guard_hand_edits(target, result.tei, force)
        write_atomic(target, result.tei)
        result.report.output = str(target)
    return result


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
    """The result of one file in a batch: a conversion or the error that stopped it."""

    input: str
    output: str | None
    conversion: Conversion | None = None
    error: StenogramError | None = None


@dataclass(frozen=True)
class _Job:
    input: str
    output: str | None
    config_path: str | None
    lang: str | None


def _convert_job(job: _Job) -> Outcome:
    """Pure per-file work for the batch: read and convert, errors returned as values."""
    try:
        config = load_config(job.config_path)
        conversion = convert_text(_read(Path(job.input)), job.input, config, job.lang)
        return Outcome(job.input, job.output, conversion)
    except StenogramError as err:
        return Outcome(job.input, job.output, error=err)


def _failed_job(job: _Job, error: BaseException) -> Outcome:
    """A file the batch could not convert on any try (its worker died): that file's error."""
    return Outcome(
        job.input, job.output, error=InputError(f"could not be converted: {error}", Location(job.input))
    )


def expand_inputs(inputs: list[str]) -> list[str]:
    """Files as given (``-`` for standard input), globs expanded, a folder as its ``.txt`` files."""
    return expand(inputs, (".txt",))


def convert_paths(
    inputs: list[str],
    output: str | None,
    config_path: str | None = None,
    lang: str | None = None,
    force: bool = False,
    jobs: int | None = None,
    executor: Executor | None = None,
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
    jobs_list = [_Job(f, str(folder / (Path(f).stem + ".xml")), config_path, lang) for f in files]
    outcomes = map_files(
        _convert_job, jobs_list, jobs=jobs, executor=executor, label="converting", on_failure=_failed_job
    )
    for outcome in outcomes:
        if outcome.conversion is None:
            continue
        target = Path(outcome.output)
        try:
            guard_hand_edits(target, outcome.conversion.tei, force)
            write_atomic(target, outcome.conversion.tei)
            outcome.conversion.report.output = str(target)
        except StenogramError as err:
            outcome.error, outcome.conversion = err, None
    return outcomes


def _is_folder(output: str | None) -> bool:
    return bool(output) and output != "-" and (Path(output).is_dir() or output.endswith(("/", os.sep)))


def convert_files(
    inputs: list[str],
    output: str | None,
    config_path: str | None = None,
    lang: str | None = None,
    force: bool = False,
    jobs: int | None = None,
    executor: Executor | None = None,
) -> list[Outcome]:
    """What ``stenogram convert`` does: one input to a file or standard output (``-``, or no
    *output*; the TEI is then in the outcome for the caller to print), several inputs or a folder
    *output* to one ``.xml`` each. A single input's error is raised; in a batch each is kept.
    *jobs* and *executor* say how many workers and where (see :func:`stenogram.batch.map_files`)."""
    files = expand_inputs(inputs)
    if len(files) == 1 and not _is_folder(output):
        conversion = convert_file(files[0], output or "-", load_config(config_path), lang, force)
        return [Outcome(files[0], None if output in (None, "-") else output, conversion)]
    if files == ["-"]:
        raise UsageError("standard input is one text: give -o FILE, or -o - for standard output")
    return convert_paths(files, output, config_path, lang, force, jobs, executor)
