"""What validation reports: a finding (file, line, column, rule, message), the findings of one
file, and those of a whole run with its exit code. Kept apart from :mod:`stenogram.validate.run`
so that the checks of a corpus, and the report formats, can name them without running Saxon."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Finding:
    """One thing wrong with a file, where it is and which check said so."""

    file: str
    line: int | None
    column: int | None
    severity: str  # "error" or "warning"
    message: str
    rule: str | None = None  # Schematron assert/report id, "relaxng", "well-formed" or "read"
    xpath: str | None = None

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.file, self.line, self.column) if p is not None)
        rule = f" [{self.rule}]" if self.rule else ""
        at = f" (at {self.xpath})" if self.xpath else ""
        return f"{where}: {self.severity}: {self.message}{rule}{at}"


@dataclass(frozen=True)
class FileReport:
    """The findings for one file, in document order, and its SVRL when asked for."""

    file: str
    findings: tuple[Finding, ...] = ()
    svrl: str | None = None

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == "warning" for f in self.findings)

    @property
    def unreadable(self) -> bool:
        """Whether the file could not be read, or is not well-formed XML: bad input."""
        return any(f.rule in ("well-formed", "read") for f in self.findings)


@dataclass(frozen=True)
class Report:
    """The findings for every file validated, in the order the files were given."""

    files: tuple[FileReport, ...]

    @property
    def errors(self) -> int:
        return sum(f.errors for f in self.files)

    @property
    def warnings(self) -> int:
        return sum(f.warnings for f in self.files)

    def exit_code(self, warn_only: bool = False) -> int:
        """2 when a file could not be read or is not well-formed XML (bad input, as everywhere in
        stenogram, even with *warn_only*); else 0 when no file has an error (or *warn_only*),
        else 1. Warnings never fail."""
        if any(r.unreadable for r in self.files):
            return 2
        return 0 if warn_only or self.errors == 0 else 1
