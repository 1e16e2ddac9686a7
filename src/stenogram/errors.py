"""The one exception family of stenogram, and how each kind maps to an exit code.

The library raises; it never prints or exits. The CLI (:mod:`stenogram.cli`) catches
:class:`StenogramError` and exits with :attr:`StenogramError.exit_code`, 2 for bad input or
usage; findings (exit 1) are not errors but a report (:mod:`stenogram.validate.run`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """A place in a file, for messages of the form ``file:line:col``."""

    file: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


class StenogramError(Exception):
    """Base of every error stenogram raises on purpose; carries an optional location."""

    exit_code = 2

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"


class InputError(StenogramError):
    """The input cannot be read: missing, empty, binary, undecodable, not well-formed."""


class UsageError(StenogramError):
    """The call itself is wrong: conflicting options, an output that would be overwritten."""


class InternalError(StenogramError):
    """stenogram itself failed on one input of a batch (a bug to report), held as text so that it
    crosses a process boundary and stops that input only."""


class LosslessError(StenogramError):
    """A conversion would lose or invent text; nothing is written."""


class StylesheetError(StenogramError):
    """An XSLT stylesheet failed to compile or terminated, located in the stylesheet."""


class TypesetError(StenogramError):
    """Typst rejected the generated source."""
