"""The command line: thin click wrappers over the public functions of each stage.

Each command converts its arguments, calls one library function, prints what it returns.
Errors are mapped to exit codes in one place, :func:`run`: a :class:`StenogramError` prints
``file:line:col: message`` on stderr and exits with its code (1 findings, 2 bad input/usage);
no traceback ever reaches a user for a mistake of theirs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

import click

from . import __version__
from .errors import StenogramError

T = TypeVar("T")


def run(action: Callable[[], T]) -> T:
    """Call *action*; turn a :class:`StenogramError` into a message and its exit code."""
    try:
        return action()
    except StenogramError as err:
        click.echo(f"stenogram: error: {err}", err=True)
        sys.exit(err.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="stenogram")
def main() -> None:
    """stenogram: plain-text stenographic records to TEI P5, validated, as HTML and PDF."""
