"""What one fuzzing example must satisfy, checked the same way by the CI test and the benchmark.

For every input the converter either refuses it with an :class:`InputError` (input that is no
transcript: empty, binary, a character XML cannot carry) or an honest :class:`LosslessError` (the
TEI it would have written does move or drop text, by this module's own count; otherwise the
refusal is a false alarm), or it writes TEI that is well-formed, accepted by ``stenogram
validate`` (our RelaxNG schema and Schematron rules, run within Saxon's limits), the same bytes
when converted again, and holds every word and symbol of the input that was not recorded as page
furniture, in order. The words are re-counted here, independently of
:mod:`stenogram.tei.lossless`. Anything else (another exception) is a crash.
"""

from __future__ import annotations

import html
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from stenogram.errors import InputError, LosslessError
from stenogram.tei.convert import convert_text
from stenogram.tei.encode import encode
from stenogram.transcript.config import load_config
from stenogram.transcript.parser import parse
from stenogram.transcript.reader import decode, normalise, read_source
from stenogram.validate.run import default_checks, validate_file
from stenogram.xmlsafe import parse_bytes

#: Every verdict; the first three keep the promises (a refusal says why), the others break one.
OUTCOMES = (
    "converted",
    "refused",
    "lossless-refusal",
    "false-alarm",
    "crash",
    "malformed",
    "invalid",
    "nondeterministic",
    "lost",
)
GOOD = OUTCOMES[:3]
_TOKEN = re.compile(r"[^\W_]+|[^\w\s\[\]_]")
_TEI = "{http://www.tei-c.org/ns/1.0}"
# A tag of an element that may stand inside a word (``Kagan<supplied>ovich</supplied>``) is
# dropped; any other tag, comment or processing instruction becomes a space, so that two blocks'
# words never fuse.
_INSIDE_WORD_TAG = re.compile(r"</?(?:supplied|hi|c|g)(?=[\s/>])[^>]*>")
_OTHER_MARKUP = re.compile(r"<[^!?>][^>]*>|<!--.*?-->|<\?.*?\?>", re.DOTALL)
#: The calls an example makes of stenogram itself; the others are the harness's own checks.
OURS = ("convert", "validate")


@dataclass(frozen=True)
class Verdict:
    """The outcome of one example (one of :data:`OUTCOMES`) and what to show a reader."""

    outcome: str
    detail: str = ""
    #: CPU seconds of each step run, by name: the calls of :data:`OURS`, then the harness's own
    #: checks ("convert again" for determinism, "parse" and "recount").
    seconds: dict[str, float] = field(default_factory=dict)

    def slowest_call(self) -> float:
        """The CPU time of the slowest call of stenogram's own: a hang is one that never returns."""
        return max((self.seconds.get(name, 0.0) for name in OURS), default=0.0)


def _own_validation_errors(tei: bytes) -> str:
    """The errors ``stenogram validate`` finds in *tei* (our RelaxNG schema and Schematron rules,
    run by our own Saxon, whose depth limit a document must respect too), "" for none."""
    with tempfile.TemporaryDirectory(prefix="stenogram-fuzz-") as scratch:
        path = Path(scratch) / "fuzz.xml"
        path.write_bytes(tei)
        report = validate_file(str(path), default_checks())
    return "; ".join(f"{f.line}: {f.message} [{f.rule}]" for f in report.findings if f.severity == "error")


def _tokens(text: str) -> list[str]:
    """Words (brackets inside a word do not split it) and single symbols, in order."""
    return _TOKEN.findall(re.sub(r"(?<=\w)[\[\]]+(?=\w)", "", text))


def judge(data: bytes, name: str = "fuzz.txt") -> Verdict:
    """Convert *data* twice and check every promise; the first broken one is the verdict."""
    seconds: dict[str, float] = {}
    timed = _timer(seconds)
    try:
        first = timed("convert", convert_text, data, name)
    except InputError as err:
        return Verdict("refused", str(err), seconds)
    except LosslessError as err:
        honest = _lost(data, name, *_unchecked_tei(data, name))
        return Verdict("lossless-refusal" if honest else "false-alarm", f"{err}; {honest}", seconds)
    except Exception as err:  # a crash is what this looks for
        return Verdict("crash", f"{type(err).__name__}: {err}", seconds)
    tei, furniture = first.tei, [line for line, _, _ in first.report.furniture]
    del first  # its document model is not needed here: kept, its objects only slow the collector
    try:
        tree = timed("parse", parse_bytes, tei, name)
    except InputError as err:
        return Verdict("malformed", str(err), seconds)
    errors = timed("validate", _own_validation_errors, tei)
    if errors:
        return Verdict("invalid", errors, seconds)
    if timed("convert again", convert_text, data, name).tei != tei:
        return Verdict("nondeterministic", "", seconds)
    lost = timed("recount", _lost, data, name, tree.getroot(), furniture)
    if lost:
        return Verdict("lost", lost, seconds)
    return Verdict("converted", "", seconds)


def _timer(seconds: dict[str, float]) -> Callable[..., Any]:
    """A function that runs a step and records its CPU time (Saxon's threads included) by name."""

    def timed(step: str, function: Callable[..., Any], *args: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args)
        finally:
            seconds[step] = time.process_time() - started

    return timed


def _unchecked_tei(data: bytes, name: str) -> tuple[etree._Element, list[int]]:
    """The TEI the converter would write if it did not check itself, and the furniture lines."""
    config = load_config()
    source = read_source(data, name, config)
    root = encode(parse(source, config), config.edition, config.language_names)
    return root, [item.line for item in source.furniture]


def _spaced_text(element: etree._Element) -> str:
    """The text of *element* with a space for every tag but those of elements that may stand
    inside a word, read from its serialisation: one pass of two patterns, not a Python step per
    node (a page of interjections has an element every few bytes)."""
    markup = etree.tostring(element, encoding="unicode", with_tail=False)
    return html.unescape(_OTHER_MARKUP.sub(" ", _INSIDE_WORD_TAG.sub("", markup)))


def _lost(data: bytes, name: str, root: etree._Element, furniture: list[int]) -> str:
    """Where the TEI's words and symbols first differ from the input's ("" where they do not)."""
    removed = set(furniture)
    text = normalise(decode(data, name)[0])
    kept = "\n".join(line for number, line in enumerate(text.split("\n"), 1) if number not in removed)
    body = root.find(f"{_TEI}text")
    found = _tokens(_spaced_text(body) if body is not None else "")
    expected = _tokens(kept)
    if found == expected:
        return ""
    pairs = zip(expected, found, strict=False)
    index = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(expected), len(found)))
    return f"token {index}: input {expected[index : index + 4]}, TEI {found[index : index + 4]}"
