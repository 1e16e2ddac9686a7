"""Our own ISO Schematron engine: schema → XSLT 3.0 (built with lxml) → SVRL, run on Saxon.

:func:`stylesheet_for` prepares a schema (a .sch file, or the rules embedded in an ODD or
RelaxNG schema) and compiles it once: the XSLT is kept on disk under a name made from its own
hash, so a later process only has Saxon compile it (when the cache cannot be written, a
per-user folder in the system's temporary directory serves instead). :func:`check` runs it on a
parsed document and returns the SVRL with each failed assert and successful report as an
:class:`Outcome`.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from stenogram import files, saxon
from stenogram.errors import InputError, Location, StylesheetError, UsageError
from stenogram.validate.schematron.compile import SVRL, compile_schema
from stenogram.validate.schematron.locate import doctype_span
from stenogram.validate.schematron.source import SOURCE_AT, load_schema
from stenogram.xmlsafe import line_of, parse_bytes, parse_file

__all__ = ["Outcome", "cache_dir", "check", "compiled", "in_schema", "outcomes", "stylesheet_for"]


@dataclass(frozen=True)
class Outcome:
    """One ``svrl:failed-assert`` or ``svrl:successful-report``."""

    kind: str  # "failed-assert" or "successful-report"
    id: str | None
    role: str | None  # the assert's role, else its rule's
    test: str
    location: str
    message: str
    pattern: str | None


def cache_dir() -> Path:
    """Where compiled Schematron lives: ``$STENOGRAM_CACHE_DIR`` or the user's cache."""
    return files.cache_dir("schematron")


def stylesheet_for(schema_path: Path, phase: str | None = None, *, fired_rules: bool = True) -> Path:
    """The compiled XSLT file for the Schematron in *schema_path* under *phase*.

    ``fired_rules=False`` gives the lean report (see :func:`compile.compile_schema`), which is
    what validation needs unless the SVRL itself is wanted.
    """
    absolute = os.path.abspath(schema_path)  # not resolve(): a string operation, runs per file
    return _stylesheet(absolute, os.stat(absolute).st_mtime_ns, phase, fired_rules)


@lru_cache(maxsize=16)
def _stylesheet(path: str, mtime_ns: int, phase: str | None, fired_rules: bool) -> Path:
    schema = load_schema(Path(path))
    # one start tag a line, so that the line Saxon names in an error finds its element
    xslt = etree.tostring(
        compile_schema(schema, phase, fired_rules=fired_rules), encoding="utf-8", pretty_print=True
    )
    name = f"{hashlib.sha256(xslt).hexdigest()[:32]}.xsl"
    try:
        return _stored(cache_dir() / name, xslt)
    except OSError:  # a read-only home, a missing cache folder: CI machines have those
        pass
    try:
        return _stored(_fallback_dir() / name, xslt)
    except OSError as err:
        raise InputError(
            f"cannot store the compiled Schematron: {err.strerror}",
            Location(str(err.filename or _fallback_dir())),
        ) from None


def _fallback_dir() -> Path:
    """A folder of this user's own in the system's temporary directory."""
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return Path(tempfile.gettempdir()) / f"stenogram-{user}" / "schematron"


def _stored(target: Path, xslt: bytes) -> Path:
    """*target* holding *xslt*: reused when it already holds exactly that, else written."""
    try:
        if target.read_bytes() == xslt:
            return target
    except OSError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(xslt)
    partial.replace(target)
    return target


def compiled(schema_path: Path, phase: str | None = None, *, fired_rules: bool = True) -> Path:
    """:func:`stylesheet_for`, compiled by Saxon now: a rule Saxon refuses (a broken ``@test``
    or ``@context``) is a :class:`UsageError` located in the Schematron source."""
    stylesheet = stylesheet_for(schema_path, phase, fired_rules=fired_rules)
    try:
        saxon.compile_stylesheet(stylesheet)
    except StylesheetError as err:
        place, what = in_schema(err.location, schema_path)
        raise UsageError(f"the Schematron {what} cannot be compiled: {err.message}", place) from None
    return stylesheet


def in_schema(location: Location | None, schema_path: Path) -> tuple[Location, str]:
    """The Schematron rule, assert, report or let that a *location* in a compiled stylesheet
    came from: its place (``file:line``, else *schema_path*) and a short description."""
    fallback = (Location(str(schema_path)), "rules")
    if location is None or location.line is None:
        return fallback
    try:
        tree = parse_file(location.file)
    except InputError:
        return fallback
    element = next((e for e in tree.iter(tag=etree.Element) if line_of(e) == location.line), None)
    while element is not None and element.get(SOURCE_AT) is None:
        element = element.getparent()
    place = element.get(SOURCE_AT) if element is not None else None
    if element is None or place is None:
        return fallback
    file, _, line = place.rpartition(":")
    return Location(file, int(line) if line.isdigit() else None), _describe(element)


def _describe(element: etree._Element) -> str:
    """``assert 'id' (test ...)``, ``rule (context ...)`` or ``let $name``, from the XSLT."""
    local = etree.QName(element).localname
    if local == "template":
        return f"rule (context {element.get('match')})"
    if local == "variable":
        return f"let ${element.get('name')}"
    out = element[0] if len(element) else None
    kind = "report" if out is not None and etree.QName(out).localname == "successful-report" else "assert"
    named = f" {out.get('id')!r}" if out is not None and out.get("id") else ""
    test = (out.get("test") or "").replace("{{", "{").replace("}}", "}") if out is not None else ""
    return f"{kind}{named} (test {test})"


def check(stylesheet: Path, tree: etree._ElementTree, data: bytes | None = None) -> etree._Element:
    """The SVRL report of *tree* under the compiled *stylesheet*.

    *data*, the bytes *tree* was parsed from, goes to Saxon as it is (decoded) when it holds no
    DOCTYPE: the same document, without serialising the tree again. With a DOCTYPE the tree is
    serialised without it, so that Saxon reads no DTD.
    """
    source: etree._ElementTree | str = tree
    if data is not None and doctype_span(data) is None:
        source = data.decode(tree.docinfo.encoding or "utf-8").removeprefix("\ufeff")
    result = saxon.transform(stylesheet, source)
    return parse_bytes(result.text.encode("utf-8"), str(stylesheet), collect_ids=False).getroot()


def outcomes(svrl: etree._Element) -> list[Outcome]:
    """The failed asserts and successful reports of an SVRL report, in report order."""
    found = []
    rule_role = None
    pattern = None
    for node in svrl:
        local = etree.QName(node).localname
        if local == "active-pattern":
            pattern = node.get("id") or node.get("name")
        elif local == "fired-rule":
            rule_role = node.get("role")
        elif local in ("failed-assert", "successful-report"):
            text = node.find(f"{{{SVRL}}}text")
            message = " ".join("".join(map(str, text.itertext())).split()) if text is not None else ""
            found.append(
                Outcome(
                    local,
                    node.get("id"),
                    node.get("role") or rule_role,
                    node.get("test", ""),
                    node.get("location", ""),
                    message,
                    pattern,
                )
            )
    return found
