"""The command line: thin click wrappers over the public functions of each stage.

Each command converts its arguments, calls one library function, prints what it returns.
Errors are mapped to exit codes in one place, :func:`run`: a :class:`StenogramError` prints
``file:line:col: message`` on stderr and exits with its code (1 findings, 2 bad input/usage);
no traceback ever reaches a user for a mistake of theirs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from stenogram import __version__
from stenogram.batch import ENVIRONMENT, Executor, resolve_executor
from stenogram.errors import StenogramError, UsageError
from stenogram.render import formats as rendering
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
@click.version_option(__version__, prog_name="stenogram")
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
def convert(
    inputs: tuple[str, ...],
    output: str | None,
    config_path: str | None,
    lang: str | None,
    force: bool,
    jobs: int | None,
    executor: Executor,
    quiet: bool,
) -> None:
    """Convert plain-text transcripts (INPUT, a folder of .txt, or - for stdin) to TEI P5.

    A short report per file goes to stderr: speakers, turns, stage directions, editorial items,
    lines removed as page furniture, decisions and warnings with line numbers.
    """
    from stenogram.tei.convert import convert_files

    outcomes = run(lambda: convert_files(list(inputs), output, config_path, lang, force, jobs, executor))
    for outcome in outcomes:
        conversion = outcome.conversion
        if outcome.error is not None or conversion is None:
            click.echo(f"stenogram: error: {outcome.error}", err=True)
            continue
        if outcome.output is None:
            sys.stdout.buffer.write(conversion.tei)
        if not quiet:
            click.echo(conversion.report.text(), err=True)
    failed = sum(outcome.error is not None for outcome in outcomes)
    if len(outcomes) > 1:
        click.echo(f"converted {len(outcomes) - failed} of {len(outcomes)} files", err=True)
    if failed:
        sys.exit(2)


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
    metavar="NAME=VALUE",
    help="A stylesheet parameter (repeatable), e.g. debug=yes.",
)
@click.option(
    "--paper",
    type=click.Choice(["a4", "us-letter"]),
    default=None,
    help="pdf, typst: paper size (default a4).",
)
@click.option("--pdfa", is_flag=True, default=None, help="pdf: write PDF/A-2b, for archival deposit.")
@click.option(
    "--separate",
    is_flag=True,
    default=None,
    help="pdf, typst: one file per input in the folder OUT, instead of one volume.",
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
    params: tuple[str, ...],
    paper: str | None,
    pdfa: bool | None,
    separate: bool | None,
    jobs: int | None,
    executor: Executor,
) -> None:
    """Render TEI files (or directories of them) as HTML, a PDF or its Typst source.

    html: one input gives one page; several give a site (a page each, an index page, the CSS).
    pdf/typst: one input gives one book; several give one volume with a table of contents, or
    with --separate one file each.
    """
    given = {"css": css, "paper": paper, "pdfa": pdfa, "separate": separate}
    options = {name: value for name, value in given.items() if value}
    result = run(
        lambda: rendering.render_files(
            inputs, to, output, rendering.parse_params(params), jobs, executor, **options
        )
    )
    for message in result.messages:
        click.echo(f"stenogram: message: {message}", err=True)
    for path in result.written:
        click.echo(str(path))
