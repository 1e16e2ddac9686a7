"""Validation: well-formedness, RelaxNG and Schematron, per file, with located findings.

:func:`validate_file` is the pure per-file function (picklable, for :func:`batch.map_files`);
:func:`validate_paths` expands paths, runs it over every file (one bad file never stops the
rest) and returns a :class:`Report`. By default a file is checked against the project's own
``schemas/stenogram.rng`` and ``schemas/stenogram.sch``; another RelaxNG schema (tei_all,
ParlaMint...) goes to jing when it is installed, in one call for all files, since jing copes
with ODD-generated schemas on which lxml can hang. Formatting the report lives in
:mod:`stenogram.validate.formats`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TypedDict, Unpack

from lxml import etree

from stenogram import batch, xmlsafe
from stenogram.assets import asset_path
from stenogram.corpus import checks as corpus  # a corpus root is checked as a whole
from stenogram.errors import InputError, Location, StylesheetError, UsageError
from stenogram.files import expand
from stenogram.validate.findings import FileReport, Finding, Report
from stenogram.validate.schematron import check, compiled, outcomes, stylesheet_for
from stenogram.validate.schematron.locate import Node, Positions, Siblings, doctype_span, node_at

SEVERITIES = ("error", "warning")
XML_SUFFIXES = (".xml", ".tei")
# A worker process costs ~0.3 s to start (Python, Saxon, the compiled schemas) and a file
# ~5-10 ms to check: a worker pays for itself only from a few dozen files on.
FILES_PER_WORKER = 48
_JING_LINE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning|fatal): (?P<msg>.*)$"
)


@dataclass(frozen=True)
class Checks:
    """What to check each file against; ``None`` turns a stage off."""

    schema: Path | None = None
    schematron: Path | None = None
    phase: str | None = None
    relaxng_by_jing: bool = False  # the RelaxNG stage ran elsewhere, in one jing call
    keep_svrl: bool = False


def default_checks() -> Checks:
    """The project's own schema and rules."""
    return Checks(asset_path("schemas/stenogram.rng"), asset_path("schemas/stenogram.sch"))


@lru_cache(maxsize=4)
def _relaxng(path: str, mtime_ns: int) -> etree.RelaxNG:
    try:
        return etree.RelaxNG(xmlsafe.parse_file(path))
    except etree.RelaxNGParseError as err:
        raise InputError(f"not a usable RelaxNG schema: {err}", Location(path)) from None


def relaxng(path: Path) -> etree.RelaxNG:
    """The compiled RelaxNG schema at *path*, compiled once per process."""
    absolute = os.path.abspath(path)  # not resolve(): a string operation, this runs per file
    return _relaxng(absolute, os.stat(absolute).st_mtime_ns)


def validate_file(path: str, checks: Checks) -> FileReport:
    """Check one file; every problem, even an unreadable file, becomes a :class:`Finding`."""
    try:
        try:
            data = Path(path).read_bytes()
        except OSError as err:
            raise InputError(f"cannot read file: {err.strerror}", Location(path)) from None
        if not data.strip():
            raise InputError("the file is empty", Location(path))
        tree = xmlsafe.parse_bytes(data, path, collect_ids=False)  # duplicates: a finding
    except InputError as err:
        loc = err.location
        rule = "well-formed" if "well-formed" in err.message else "read"
        return FileReport(
            path,
            (
                Finding(
                    path, loc.line if loc else None, loc.column if loc else None, "error", err.message, rule
                ),
            ),
        )
    positions = Positions(tree, data)
    in_corpus = etree.QName(tree.getroot()).localname in corpus.CORPUS_ROOTS
    findings: list[Finding] = corpus.corpus_findings(path, tree, positions) if in_corpus else []
    if in_corpus and checks == replace(default_checks(), keep_svrl=checks.keep_svrl):  # ours know TEI only
        return FileReport(path, tuple(sorted(findings, key=_order)))
    if checks.schema is not None and not checks.relaxng_by_jing:
        findings += _relaxng_findings(path, tree, relaxng(checks.schema), positions)
    svrl_text = None
    if checks.schematron is not None:
        try:
            stylesheet = stylesheet_for(checks.schematron, checks.phase, fired_rules=checks.keep_svrl)
            svrl = check(stylesheet, tree, data)
        except StylesheetError as err:  # a rule that cannot run on this file: its message
            findings.append(
                Finding(
                    path,
                    None,
                    None,
                    "error",  # names it (see compile._guard)
                    f"a Schematron rule could not run: {err.message}",
                    "schematron",
                )
            )
            return FileReport(path, tuple(sorted(findings, key=_order)))
        findings += _schematron_findings(path, tree, svrl, positions)
        findings = corpus.left_to_the_corpus(path, tree, findings)
        if checks.keep_svrl:
            svrl_text = etree.tostring(svrl, encoding="unicode")
    return FileReport(path, tuple(sorted(findings, key=_order)), svrl_text)


def _order(finding: Finding) -> tuple[int, int, str, str]:
    return (finding.line or 0, finding.column or 0, finding.rule or "", finding.message)


def _relaxng_findings(
    path: str, tree: etree._ElementTree, schema: etree.RelaxNG, positions: Positions
) -> list[Finding]:
    if schema.validate(tree):
        return []
    found = []
    prefixes = _prefixes(tree)
    siblings = Siblings()
    for entry in schema.error_log:
        line, column = entry.line or None, None
        xpath: str | None
        nodes = _nodes_at(tree, entry.path, prefixes)
        if nodes and isinstance(nodes[0], etree._Element):  # lxml knows the line, not the column
            line, column = positions.of(Node(nodes[0]))
            xpath = element_path(nodes[0], siblings)
        found.append(Finding(path, line, column, "error", entry.message, "relaxng", xpath))
    return found


def _prefixes(tree: etree._ElementTree) -> dict[str, str]:
    """Every namespace prefix declared anywhere in *tree* (the first declaration of each wins):
    libxml2 writes an error's path with the prefix an element has where it stands."""
    found: dict[str, str] = {}
    for element in tree.iter(etree.Element):
        for prefix, uri in element.nsmap.items():
            if prefix:
                found.setdefault(prefix, uri)
    return found


def _nodes_at(tree: etree._ElementTree, path: str | None, prefixes: dict[str, str]) -> list[object]:
    """The nodes at a RelaxNG error's *path*; none where the path is not one XPath can follow
    (a prefix declared twice for two namespaces), and the finding keeps the line alone."""
    if not path or not path.startswith("/"):
        return []
    try:
        nodes = tree.xpath(path, namespaces=prefixes)
    except etree.XPathError:
        return []
    return list(nodes) if isinstance(nodes, list) else []


def _schematron_findings(
    path: str, tree: etree._ElementTree, svrl: etree._Element, positions: Positions
) -> list[Finding]:
    found = []
    siblings = Siblings()
    for outcome in outcomes(svrl):
        node = node_at(tree, outcome.location, siblings)
        line, column = positions.of(node) if node is not None else (None, None)
        severity = (
            "warning"
            if (outcome.role or "").lower() in ("warning", "warn", "info", "information")
            else "error"
        )
        found.append(
            Finding(
                path,
                line,
                column,
                severity,
                outcome.message,
                outcome.id or outcome.pattern,
                readable_xpath(outcome.location, tree),
            )
        )
    return found


def element_path(element: etree._Element, siblings: Siblings | None = None) -> str:
    """``/tei:TEI[1]/tei:text[1]/...``: the element's XPath with the TEI prefix."""
    siblings = siblings or Siblings()
    steps = []
    for node in (element, *element.iterancestors()):
        qname = etree.QName(node)
        prefix = (
            "tei:"
            if qname.namespace == "http://www.tei-c.org/ns/1.0"
            else (f"Q{{{qname.namespace}}}" if qname.namespace else "")
        )
        steps.append(f"{prefix}{qname.localname}[{siblings.position(node)}]")
    return "/" + "/".join(reversed(steps))


def readable_xpath(location: str, tree: etree._ElementTree) -> str:
    """``path()`` output with the document's own prefixes (``tei:``) instead of ``Q{uri}``."""
    prefixes = {uri: prefix for prefix, uri in tree.getroot().nsmap.items() if prefix}
    prefixes.setdefault("http://www.tei-c.org/ns/1.0", "tei")
    return re.sub(
        r"Q\{([^}]*)\}",
        lambda m: (
            f"{prefixes[m.group(1)]}:" if m.group(1) in prefixes else ("" if not m.group(1) else m.group(0))
        ),
        location,
    )


# ---------------------------------------------------------------- many files


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given, directories searched deep for XML files, globs expanded; each once."""
    return expand(paths, XML_SUFFIXES, recursive=True)


def changed_since(rev: str, paths: list[str]) -> list[str]:
    """The XML files under *paths* that git says changed since *rev* (and still exist)."""
    import subprocess

    try:
        done = subprocess.run(
            ["git", "diff", "--name-only", "--relative", rev, "--", *paths],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        raise UsageError(f"git diff {rev}: {done.stderr.strip()}")
    return [p for p in done.stdout.splitlines() if p.endswith(XML_SUFFIXES) and os.path.exists(p)]


class RunOptions(TypedDict, total=False):
    """How a validation runs, beyond what it checks: the keywords of :func:`validate_paths`."""

    phase: str | None
    jobs: int | None
    executor: batch.Executor | None
    progress: bool | None
    keep_svrl: bool
    use_jing: bool | None


def validate_files(
    rev: str | None,
    paths: list[str],
    schema: Path | None = None,
    schematron: Path | None = None,
    **options: Unpack[RunOptions],
) -> Report | None:
    """:func:`validate_paths` over *paths*, or with *rev* over only the XML files among them that
    git says changed since *rev*; ``None`` when none did (nothing to check is no error)."""
    if rev is not None:
        paths = changed_since(rev, paths)
        if not paths:
            return None
    return validate_paths(paths, schema, schematron, **options)


def validate_paths(
    paths: list[str],
    schema: Path | None = None,
    schematron: Path | None = None,
    *,
    phase: str | None = None,
    jobs: int | None = None,
    executor: batch.Executor | None = None,
    progress: bool | None = None,
    keep_svrl: bool = False,
    use_jing: bool | None = None,
) -> Report:
    """Validate every file that *paths* name; the default checks are the project's own.

    *schema* or *schematron* replace the defaults one by one. A foreign RelaxNG *schema* goes to
    jing when *use_jing* is true (default: when jing is installed). *jobs* and *executor* say how
    many workers and where (see :func:`stenogram.batch.map_files`).
    """
    files = expand_paths(paths)
    if not files:
        raise UsageError(f"no files to validate in {', '.join(paths) or 'no paths given'}")
    defaults = default_checks()
    checks = Checks(schema or defaults.schema, schematron or defaults.schematron, phase, keep_svrl=keep_svrl)
    if checks.schematron is not None:  # bad rules are a usage error, reported once, here
        compiled(checks.schematron, phase, fired_rules=keep_svrl)
    jing = None
    if schema is not None and (use_jing if use_jing is not None else _has_jing()):
        checks = replace(checks, relaxng_by_jing=True)
        jing = jing_findings(schema, files)
    elif checks.schema is not None:
        relaxng(checks.schema)
    reports = batch.map_isolated(
        _Job(checks),
        _validate_failed,
        files,
        on_lost=_not_checked,
        jobs=jobs,
        executor=executor,
        progress=progress,
        label="validating",
        per_worker=FILES_PER_WORKER,
    )
    if jing is not None:
        reports = [
            FileReport(r.file, tuple(sorted((*r.findings, *jing.get(r.file, ())), key=_order)), r.svrl)
            if not r.unreadable
            else r
            for r in reports
        ]
    return Report(tuple(reports))


def _not_checked(path: str, error: BaseException) -> FileReport:
    """A file the batch could not check on any try (its worker died, memory ran out): an error, like a
    file that cannot be read."""
    return FileReport(path, (Finding(path, None, None, "error", f"could not be checked: {error}", "read"),))


def _has_jing() -> bool:
    import shutil

    return shutil.which("jing") is not None


@dataclass(frozen=True)
class _Job:
    """:func:`validate_file` with its checks bound, picklable for the process pool."""

    checks: Checks = field(default_factory=Checks)

    def __call__(self, path: str) -> FileReport:
        return validate_file(path, self.checks)


def _validate_failed(path: str, why: str) -> FileReport:
    """A file on which validation itself failed (a bug of stenogram): an error of that file."""
    message = f"stenogram failed to check this file ({why}); please report it"
    return FileReport(path, (Finding(path, None, None, "error", message, "internal"),))


def jing_findings(schema: Path, files: list[str]) -> dict[str, list[Finding]]:
    """RelaxNG findings from one jing call over all well-formed *files*, by file.

    jing reads the files itself, so each one goes through the safe parser first and a file
    with a DOCTYPE is handed over as a copy whose DOCTYPE is blanked (line breaks kept, so
    lines and columns still match): jing would otherwise load its DTD and entities.
    """
    import subprocess
    import tempfile

    if not _has_jing():
        raise UsageError("jing is not installed")
    found: dict[str, list[Finding]] = {}
    with tempfile.TemporaryDirectory(prefix="stenogram-jing-") as scratch:
        handed: dict[str, str] = {}
        for index, file in enumerate(files):
            try:
                data = Path(file).read_bytes()
                xmlsafe.parse_bytes(data, file)
            except (OSError, InputError):
                continue  # reported by the per-file stage
            span = doctype_span(data)
            if span is None:
                handed[str(Path(file).resolve())] = file  # jing names files by absolute path
                continue
            blank = bytes(b if b == 0x0A else 0x20 for b in data[span[0] : span[1]])
            copy = Path(scratch) / f"{index}{Path(file).suffix}"
            copy.write_bytes(data[: span[0]] + blank + data[span[1] :])
            handed[str(copy)] = file
        if not handed:
            return found
        done = subprocess.run(["jing", str(schema), *handed], capture_output=True, text=True, check=False)
    trouble = []
    for line in done.stdout.splitlines():
        match = _JING_LINE.match(line)
        named = (
            handed.get(match.group("file")) or handed.get(str(Path(match.group("file")).resolve()))
            if match
            else None
        )
        if match is None or not named:
            trouble.append(line)  # about the schema, not a file: it cannot be used
            continue
        level = "warning" if match.group("level") == "warning" else "error"
        found.setdefault(named, []).append(
            Finding(
                named, int(match.group("line")), int(match.group("col")), level, match.group("msg"), "relaxng"
            )
        )
    if trouble or done.returncode not in (0, 1):
        said = "; ".join(trouble) or next(
            iter(done.stderr.strip().splitlines()[-1:]), f"exit code {done.returncode}"
        )
        raise UsageError(f"jing cannot use the schema {schema}: {said}")
    return found
