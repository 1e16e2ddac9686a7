"""The command line: thin click wrappers over the public functions of each stage.

Each command converts its arguments, calls one library function, prints what it returns.
Errors are mapped to exit codes in one place, :func:`run`: a :class:`StenogramError` prints
``file:line:col: message`` on stderr and exits with its code (1 findings, 2 bad input/usage);
no traceback ever reaches a user for a mistake of theirs.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from stenogram import __version__
from stenogram.batch import ENVIRONMENT, Executor, resolve_executor
from stenogram.errors import StenogramError, UsageError
from stenogram.export.formats import FORMATS as EXPORTS
from stenogram.render import formats as rendering
from stenogram.render.request import PAPERS, Paper, RenderOptions
from stenogram.validate.formats import FORMATS

T = TypeVar("T")


def run(action: Callable[[], T]) -> T:
    """Call *action*; turn a :class:`StenogramError` into a message and its exit code."""
    try:
        return action()
    except StenogramError as err:
        click.echo(f"stenogram: error: {err}", err=True)
        sys.exit(err.exit_code)


def _executor(ctx: click.Context, param: click.Parameter, value: str | None) -> Executor:
    try:
        return resolve_executor(value)
    except UsageError as err:
        raise click.BadParameter(err.message, ctx, param) from None


def executor_option(command: Callable[..., T]) -> Callable[..., T]:
    """``--executor local|dask[=ADDRESS]`` (default ``$STENOGRAM_EXECUTOR``, else local), passed
    to the command as an :class:`~stenogram.batch.Executor`: shared by every batch command."""
    return click.option(
        "--executor",
        metavar="local|dask[=ADDRESS]",
        callback=_executor,
        help="Where several files are processed: local worker processes, a Dask LocalCluster "
        f"(dask) or a running Dask scheduler (dask=tcp://host:8786). Default: ${ENVIRONMENT}, else local.",
    )(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="stenogram")
def main() -> None:
    """stenogram: plain-text stenographic records to TEI P5, validated, as HTML and PDF."""


@main.command("validate")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--schema",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Another RelaxNG schema (tei_all, ParlaMint...) instead of ours; "
    "checked by jing when it is installed.",
)
@click.option(
    "--schematron",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Other Schematron rules instead of ours: a .sch file, or an ODD or RelaxNG "
    "schema with embedded rules.",
)
@click.option("--phase", help="The Schematron phase to run (default: the schema's own).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default="text",
    show_default=True,
    help="How to print the findings.",
)
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: one per core).")
@executor_option
@click.option("--warn-only", is_flag=True, help="Print the findings but exit 0 even on errors.")
@click.option(
    "--changed-since", metavar="REV", help="Only the files under PATHS that git says changed since REV."
)
def validate_command(
    paths: tuple[str, ...],
    schema: Path | None,
    schematron: Path | None,
    phase: str | None,
    fmt: str,
    jobs: int | None,
    executor: Executor,
    warn_only: bool,
    changed_since: str | None,
) -> None:
    """Check TEI files against our RelaxNG schema and Schematron rules.

    PATHS are files, directories (searched for .xml files) or globs. Findings are printed as
    file:line:col: error|warning: message [rule]; the exit code is 0 when no file has an
    error, 1 when one has, 2 for bad input (unreadable, not well-formed) or usage.
    """
    from stenogram.validate.run import validate_files

    def action() -> int:
        report = validate_files(
            changed_since,
            list(paths),
            schema,
            schematron,
            phase=phase,
            jobs=jobs,
            executor=executor,
            keep_svrl=fmt == "svrl",
        )
        if report is None:
            click.echo(f"no files changed since {changed_since} in {' '.join(paths)}", err=True)
            return 0
        click.echo(FORMATS[fmt](report), nl=False)
        return report.exit_code(warn_only)

    sys.exit(run(action))


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "-o",
    "--output",
    default=None,
    metavar="OUT",
    help="TEI file for one input ('-' or omitted: standard output); a folder for several.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="A stenogram.toml: persons, label aliases, edition metadata, extra patterns.",
)
@click.option(
    "--lang", default=None, metavar="CODE", help="Language of the text (en, ru, …); default: detected."
)
@click.option("--force", is_flag=True, help="Overwrite a TEI file even if it was edited by hand.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Parallel workers for several inputs."
)
@executor_option
@click.option("-q", "--quiet", is_flag=True, help="No report on stderr, only errors.")
@click.option("--explain", is_flag=True, help="Also print every label candidate with its score and features.")
def convert(
    inputs: tuple[str, ...],
    output: str | None,
    config_path: str | None,
    lang: str | None,
    force: bool,
    jobs: int | None,
    executor: Executor,
    quiet: bool,
    explain: bool,
) -> None:
    """Convert transcripts (INPUT: plain text, a saved web page, a Word .docx or a PDF with a
    text layer; a folder of them; or - for stdin) to TEI P5.

    A short report per file goes to stderr: what was extracted from a page, Word file or PDF and
    left out as its furniture, speakers, turns, stage directions, editorial items, lines removed
    as page furniture, decisions and warnings with line numbers.
    """
    from stenogram.tei.convert import convert_files

    outcomes = run(
        lambda: convert_files(
            list(inputs), output, config_path, lang=lang, force=force, jobs=jobs, executor=executor
        )
    )
    for outcome in outcomes:
        report = outcome.report
        if outcome.error is not None or report is None:
            click.echo(f"stenogram: error: {outcome.error}", err=True)
            continue
        if outcome.tei is not None:
            sys.stdout.buffer.write(outcome.tei)
        if not quiet:
            click.echo(report.text(), err=True)
        if explain:
            click.echo(report.explain(), err=True)
    failed = sum(outcome.error is not None for outcome in outcomes)
    if len(outcomes) > 1:
        click.echo(f"converted {len(outcomes) - failed} of {len(outcomes)} files", err=True)
    if failed:
        sys.exit(2)


def name_values(ctx: click.Context, param: click.Parameter, pairs: tuple[str, ...]) -> dict[str, str]:
    """``--param name=value`` pairs as a dict; a pair without ``=`` or a name is a usage error."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected name=value, got {pair!r}", ctx, param)
        values[name.strip()] = value
    return values


@main.command("render")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...", type=click.Path(path_type=Path))
@click.option(
    "--to", "to", required=True, type=click.Choice(sorted(rendering.FORMATS)), help="Output format."
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(),
    help="Where to write: a file (one input, or a PDF volume) or a directory (an HTML site, "
    "--separate, or any OUT ending in '/').",
)
@click.option(
    "--css",
    type=click.Path(path_type=Path),
    default=None,
    help="html: a CSS file to use instead of the bundled one (copied beside the pages).",
)
@click.option(
    "--param",
    "params",
    multiple=True,
    callback=name_values,
    help="A stylesheet parameter (repeatable), e.g. debug=yes.",
)
@click.option("--paper", type=click.Choice(PAPERS), default=None, help="pdf, typst: paper size (default a4).")
@click.option("--pdfa", is_flag=True, help="pdf: write PDF/A-2b, for archival deposit.")
@click.option(
    "--separate",
    is_flag=True,
    help="pdf, typst: one file per input in the folder OUT, instead of one volume.",
)
@click.option(
    "--search",
    is_flag=True,
    help="html site: index the pages with Pagefind for full-text search (extra 'search').",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Parallel workers for several inputs."
)
@executor_option
def render_command(
    inputs: tuple[Path, ...],
    to: str,
    output: str,
    css: Path | None,
    params: dict[str, str],
    paper: Paper | None,
    pdfa: bool,
    separate: bool,
    search: bool,
    jobs: int | None,
    executor: Executor,
) -> None:
    """Render TEI files (or directories of them) as HTML, a PDF or its Typst source.

    html: one input gives one page; several give a site (a page each, an index page, the CSS).
    pdf/typst: one input gives one book; several give one volume with a table of contents, or
    with --separate one file each.
    """
    options = RenderOptions(css, paper, pdfa, separate, params, search)
    result = run(lambda: rendering.render_files(inputs, to, output, options, jobs, executor))
    for message in result.messages:
        click.echo(f"stenogram: message: {message}", err=True)
    for path in result.written:
        click.echo(str(path))


@main.command("package")
@click.argument("editions", nargs=-1, metavar="EDITION.xml...")
@click.option(
    "-o", "--output", metavar="PACKAGE", help="The package to write: a folder (with --zip, PACKAGE.zip)."
)
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    help="The edition's stenogram.toml (default: the .toml beside the source transcript, if any).",
)
@click.option(
    "--source",
    type=click.Path(dir_okay=False),
    help="The source transcript of one edition (default: the file its TEI names, found beside it).",
)
@click.option(
    "--zip", "as_zip", is_flag=True, help="Write the bag as one zip file, reproducible to the byte."
)
@click.option(
    "--verify",
    "verify",
    metavar="PACKAGE",
    help="Check a package (folder or zip) instead: fixity, completeness, TEI, PDF/A-2b.",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Parallel workers for several editions."
)
@executor_option
def package_command(
    editions: tuple[str, ...],
    output: str | None,
    config: str | None,
    source: str | None,
    as_zip: bool,
    verify: str | None,
    jobs: int | None,
    executor: Executor,
) -> None:
    """Pack TEI editions as an archive deposit (BagIt 1.0), or --verify a package.

    The bag holds each edition's source transcript as received, its configuration, the TEI, its
    validation report (JSON, SVRL), the HTML and the PDF/A-2b editions and a README, with
    bag-info.txt and dc.xml from the teiHeader and SHA-256 and SHA-512 manifests. With
    SOURCE_DATE_EPOCH set (or by default, from the TEI's checksum) two runs give the same bytes.
    Exit codes: 0 ok, 1 findings (a TEI with errors; a package changed since packing), 2 bad
    input or usage.
    """
    import stenogram  # the deposit functions import on first use, inside run(): a missing extra is reported

    if verify is not None:
        if editions or output:
            raise click.UsageError("--verify takes a package only, no EDITION or -o")
        report = run(lambda: stenogram.verify_package(verify))
        click.echo(report.text(), nl=False)
        sys.exit(report.exit_code)
    if not editions or not output:
        raise click.UsageError("give EDITION.xml... and -o PACKAGE (or --verify PACKAGE)")
    result = run(lambda: stenogram.pack_editions(editions, output, config, source, as_zip, jobs, executor))
    for error in result.errors:
        click.echo(error, err=True)
    if result.package is None:
        click.echo("stenogram: nothing packed: the TEI has errors", err=True)
    else:
        click.echo(str(result.package))
    sys.exit(result.exit_code)


@main.command("export")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@click.option("--to", "to", required=True, type=click.Choice(sorted(EXPORTS)), help="Export format.")
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="OUT",
    help="json, csv: the one file for all documents; text, parlamint: a file for one document, "
    "else a folder (one file per document).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Parallel workers for several inputs."
)
@executor_option
def export_command(
    inputs: tuple[str, ...], to: str, output: str, jobs: int | None, executor: Executor
) -> None:
    """Export TEI files (PATH: files, folders of .xml, globs) as plain text, ParlaMint TEI, JSON or CSV.

    text converts back to the same TEI body; every format keeps every word of the body. A file
    that cannot be read is reported and skipped (exit 2); the others are still exported.
    """
    from stenogram.export.formats import export_files

    result = run(lambda: export_files(list(inputs), to, output, jobs, executor))
    for error in result.errors:
        click.echo(f"stenogram: error: {error}", err=True)
    for path in result.written:
        click.echo(str(path))
    if result.errors:
        sys.exit(2)


@main.command("stats")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="A table for reading, CSV or JSON for scripts (JSON adds the network's edges and metrics).",
)
@click.option(
    "--by",
    type=click.Choice(["speaker", "document"]),
    default="speaker",
    show_default=True,
    help="One row per speaker of each document (and of the corpus), or per document.",
)
@click.option(
    "--network",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the interruption network (who interjects into whose turn) as .gexf or .graphml.",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Parallel workers for several inputs."
)
@executor_option
def stats_command(
    inputs: tuple[str, ...], fmt: str, by: str, network: Path | None, jobs: int | None, executor: Executor
) -> None:
    """Count turns, words, paragraphs, interjections and stage directions per speaker or document.

    PATH: TEI files, folders of .xml, globs, teiCorpus files. A file that cannot be read is
    reported and skipped (exit 2); the others are still counted.
    """
    from stenogram.stats.run import stats_files

    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    text, found = run(lambda: stats_files(list(inputs), by, fmt, network, jobs, width, executor))
    for error in found.errors:
        click.echo(f"stenogram: error: {error}", err=True)
    click.echo(text, nl=False)
    if found.errors:
        sys.exit(2)


@main.group("corpus")
def corpus_group() -> None:
    """Corpora: many sittings as one, with one registry of persons and a teiCorpus root.

    `stenogram validate` checks a built corpus as a whole (ids, pointers, registry, languages).
    """


@corpus_group.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--output", required=True, metavar="DIR", help="The corpus folder to write.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="A stenogram.toml whose persons (labels, names, dates) claim speakers across sittings.",
)
@click.option("--title", default=None, help="The corpus's title (default: 'A corpus of N sittings').")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Parallel workers for many sittings."
)
@executor_option
def corpus_build_command(
    inputs: tuple[str, ...],
    output: str,
    config_path: str | None,
    title: str | None,
    jobs: int | None,
    executor: Executor,
) -> None:
    """Build a corpus folder from TEI sittings (PATH: files, folders of .xml, globs).

    Writes each sitting pointing into the shared registry persons.xml, the registry, and
    corpus.xml (a teiCorpus XIncluding them); prints the files written. Exit 2 for bad input.
    """
    from stenogram.corpus.build import build_corpus

    result = run(lambda: build_corpus(list(inputs), output, config_path, title, jobs, executor))
    for path in result.written:
        click.echo(str(path))
    shared = sum(len(entry.sittings) > 1 for entry in result.registry.entries.values())
    click.echo(f"{len(result.registry.entries)} persons, {shared} in more than one sitting", err=True)


@corpus_group.command("site")
@click.argument("corpus", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, metavar="DIR", help="The folder of the site to write.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Parallel workers for many sittings."
)
@executor_option
def corpus_site_command(corpus: str, output: str, jobs: int | None, executor: Executor) -> None:
    """Render a built corpus (its corpus.xml) as an HTML site.

    A page per sitting, the index of sittings, a page per person across sittings with links to
    all their turns, and the index of persons with a chart of the corpus; prints the files.
    """
    from stenogram.corpus.site import corpus_site

    result = run(lambda: corpus_site(corpus, output, jobs, executor))
    for message in result.messages:
        click.echo(f"stenogram: message: {message}", err=True)
    for path in result.written:
        click.echo(str(path))


@corpus_group.command("volume")
@click.argument("corpus", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, metavar="FILE.pdf", help="The PDF to write.")
@click.option("--title", default=None, help="The volume's title (default: the print edition's).")
@click.option("--pdfa", is_flag=True, help="Write PDF/A-2b, for archival deposit.")
def corpus_volume_command(corpus: str, output: str, title: str | None, pdfa: bool) -> None:
    """Typeset a built corpus (its corpus.xml) as one PDF volume.

    Every sitting in order, with one index of speakers drawn from the shared registry.
    """
    from stenogram.corpus.volume import corpus_volume

    click.echo(str(run(lambda: corpus_volume(corpus, output, title, pdfa))))
