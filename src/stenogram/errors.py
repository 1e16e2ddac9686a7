"""The one exception family of stenogram, and how each kind maps to an exit code.

The library raises; it never prints or exits. The CLI (:mod:`stenogram.cli`) catches
:class:`StenogramError` and exits with :attr:`StenogramError.exit_code`: 1 for findings
(the input is well-formed but not valid), 2 for bad input or usage.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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


class LosslessError(StenogramError):
    """A conversion would lose or invent text; nothing is written."""


class StylesheetError(StenogramError):
    """An XSLT stylesheet failed to compile or terminated, located in the stylesheet."""


class TypesetError(StenogramError):
    """Typst rejected the generated source."""


class FindingsError(StenogramError):
    """The input was read but has findings (e.g. it is invalid): exit code 1."""

    exit_code = 1


def location_of(path: str | Path, line: int | None = None, column: int | None = None) -> Location:
    """A :class:`Location` for *path*, as the user named it."""
    return Location(str(path), line, column)
