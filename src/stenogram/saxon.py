"""The one Saxon processor of a process, its compiled-stylesheet cache, and error mapping.

saxonche starts a processor once per process; compiling a stylesheet costs far more than
running it, so executables are cached by path and modification time. Saxon names stylesheets by
their base name in messages: errors are mapped back to the full path and line as a
:class:`~stenogram.errors.StylesheetError`, and ``xsl:message`` output is returned to the caller.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXsltExecutable

from stenogram.errors import Location, StylesheetError

_LOCATION = re.compile(r"line (\d+)(?: column (\d+))? (?:of|in) ([^:\s]+\.xsl)")


@dataclass
class TransformResult:
    """What a transformation produced: the serialised principal result and the messages."""

    text: str
    messages: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def processor() -> PySaxonProcessor:
    """The process's single Saxon processor."""
    return PySaxonProcessor(license=False)


def _located(err: PySaxonApiError | str, stylesheet: Path, said: str = "") -> StylesheetError:
    """Turn a Saxon message into an error located in the stylesheet it names.

    *said* is the last ``xsl:message`` before a ``terminate="yes"``: the stylesheet's own words.
    """
    text = str(err).strip()
    if said:
        text = f"{said} ({text})"
    match = _LOCATION.search(text)
    if match is None:
        return StylesheetError(text, Location(str(stylesheet)))
    line, column, name = int(match.group(1)), match.group(2), match.group(3)
    named = stylesheet.parent / name if (stylesheet.parent / name).exists() else None
    if named is None:
        found = sorted(stylesheet.parent.rglob(name))
        named = found[0] if found else stylesheet
    lines = [part.strip() for part in text.splitlines() if part.strip()]
    detail = " ".join(lines[1:]) if len(lines) > 1 else lines[0]
    return StylesheetError(detail, Location(str(named), line, int(column) if column else None))


@lru_cache(maxsize=64)
def _compile(path: str, mtime_ns: int) -> PyXsltExecutable:
    xslt = processor().new_xslt30_processor()
    try:
        return xslt.compile_stylesheet(stylesheet_file=path)
    except PySaxonApiError as err:
        raise _located(err, Path(path)) from None


def compile_stylesheet(path: Path) -> PyXsltExecutable:
    """The compiled stylesheet at *path*, from the cache while the file is unchanged."""
    absolute = os.path.abspath(path)  # not resolve(): a string operation, this runs per file
    return _compile(absolute, os.stat(absolute).st_mtime_ns)


def _xdm_value(value: object) -> Any:  # a saxonche value: the library ships no types
    proc = processor()
    if isinstance(value, (list, tuple)):
        sequence = proc.empty_sequence()
        for item in value:
            sequence.add_xdm_item(_xdm_value(item))
        return sequence
    if isinstance(value, (etree._ElementTree, etree._Element)):
        root = value.getroot() if isinstance(value, etree._ElementTree) else value
        return proc.parse_xml(xml_text=etree.tostring(root, encoding="unicode"))
    if isinstance(value, bool):
        return proc.make_boolean_value(value)
    if isinstance(value, int):
        return proc.make_integer_value(value)
    return proc.make_string_value(str(value))


def transform(
    stylesheet: Path,
    source: etree._ElementTree | etree._Element | str,
    params: dict[str, object] | None = None,
    base_uri: str | None = None,
) -> TransformResult:
    """Apply *stylesheet* to *source* (already parsed safely by lxml) and return the result.

    The source is handed to Saxon as serialised text (a whole document with the comments and
    processing instructions around its root, see :func:`document_text`) so that Saxon never
    opens a file or a DTD itself; *base_uri* lets the stylesheet know where it came from. A
    caller that holds the text a tree was parsed from may hand that instead (a string, which
    must hold no DOCTYPE: Saxon would read the DTD it names), and spare serialising it again.
    """
    executable = compile_stylesheet(stylesheet).clone()
    proc = processor()
    if isinstance(source, str):
        xml_text = source
    elif isinstance(source, etree._ElementTree):
        xml_text = document_text(source)
    else:
        xml_text = etree.tostring(source, encoding="unicode")
    try:
        doc = proc.parse_xml(xml_text=xml_text)
    except PySaxonApiError as err:
        raise StylesheetError(f"Saxon could not read the document: {err}") from None
    if base_uri:
        executable.set_parameter("source-uri", proc.make_string_value(base_uri))
    # saxonche frees a value's native handle with its Python object: keep them alive until done.
    values = {name: _xdm_value(value) for name, value in (params or {}).items()}
    for name, value in values.items():
        executable.set_parameter(name, value)
    executable.set_save_xsl_message(True)
    try:
        executable.set_initial_match_selection(xdm_value=doc)
        executable.set_global_context_item(xdm_item=doc)
        text = executable.apply_templates_returning_string()
    except PySaxonApiError as err:
        said = _messages(executable)
        raise _located(err, stylesheet.resolve(), said[-1] if said else "") from None
    return TransformResult(text or "", _messages(executable))


_MESSAGE_CODE = re.compile(r"^(SG\d{3}):")


def locate_message(stylesheet: Path, message: str) -> str:
    """``file:line: message`` for an ``xsl:message`` that starts with its code (``SG101: ...``).

    Saxon does not say where a non-terminating message came from; our stylesheets give every
    message a code used once, so the line that holds the code is the place. Messages without a
    code are returned as they are, named after *stylesheet*.
    """
    match = _MESSAGE_CODE.match(message)
    if match:
        for path in sorted(stylesheet.resolve().parent.parent.rglob("*.xsl")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if match.group(1) in line:
                    return f"{Location(str(path), number)}: {message}"
    return f"{Location(str(stylesheet))}: {message}"


def _messages(executable: PyXsltExecutable) -> list[str]:
    values = executable.get_xsl_messages()
    if values is None:
        return []
    return [str(item.string_value).strip() for item in values]


def document_text(tree: etree._ElementTree) -> str:
    """*tree* as text for Saxon: the root with the comments and processing instructions around
    it (Schematron rules may test ``/processing-instruction('xml-model')``), never a DOCTYPE, so
    that Saxon cannot load a DTD or expand an entity the safe parser left alone."""
    root = tree.getroot()
    before = [
        etree.tostring(n, encoding="unicode", with_tail=False)
        for n in reversed(list(root.itersiblings(preceding=True)))
    ]
    after = [etree.tostring(n, encoding="unicode", with_tail=False) for n in root.itersiblings()]
    body = etree.tostring(root, encoding="unicode", with_tail=False)
    return "\n".join([*before, body, *after])
