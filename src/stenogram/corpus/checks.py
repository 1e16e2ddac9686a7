"""Checks only a whole corpus can answer, run by ``stenogram validate`` on a ``teiCorpus``.

For the corpus root, the ``TEI`` documents in it and each member it XIncludes (read with the
safe parser, relative to it):

- ``corpus-include``: every XInclude names a readable, well-formed file beside the corpus;
- ``corpus-id-unique``: every ``xml:id`` is unique across the corpus, registry included;
- ``corpus-pointer-resolves``: every ``#id`` pointer of a member resolves in that member or in
  the shared registry;
- ``corpus-person-used``: every person of the registry speaks or is named in some member;
- ``corpus-language``: every member declares one language (``TEI/@xml:lang``, or a single
  ``langUsage/language``).

Findings carry the member's file, line and column. A registry file alone (root ``listPerson``)
is checked with its corpus; a sitting of a corpus (no ``listPerson`` of its own, named by the
``corpus.xml`` beside it) leaves its pointers (``@who``, an author's ``@ref`` …) to these checks
instead of the Schematron rules ``who-resolves`` and ``pointer-resolves``, which look only
inside one document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from stenogram.corpus.build import CORPUS_FILE, POINTERS
from stenogram.errors import InputError
from stenogram.tei.encode import TEI_NS, XML_NS
from stenogram.tei.reading import XI_NS, local
from stenogram.validate.findings import Finding
from stenogram.validate.schematron.locate import Node, Positions
from stenogram.xmlsafe import parse_bytes

_T = f"{{{TEI_NS}}}"
_XML_ID = f"{{{XML_NS}}}id"
_INCLUDE = f"{{{XI_NS}}}include"
#: Roots checked as parts of a corpus, not as documents of the profile.
CORPUS_ROOTS = frozenset(["teiCorpus", "listPerson"])


@dataclass(frozen=True)
class _Part:
    """A file of the corpus: where it is, its tree and the positions of its elements."""

    path: str
    tree: etree._ElementTree
    positions: Positions

    def finding(
        self,
        element: etree._Element,
        message: str,
        rule: str,
        attribute: str | None = None,
        severity: str = "error",
    ) -> Finding:
        line, column = self.positions.of(Node(element, attribute))
        return Finding(self.path, line, column, severity, message, rule)


def _read(path: Path) -> _Part:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror}") from None
    tree = parse_bytes(data, str(path), collect_ids=False)
    return _Part(str(path), tree, Positions(tree, data))


def _includes(part: _Part) -> Iterator[tuple[etree._Element, _Part | None, str | None]]:
    """Each XInclude of *part* with the part it names, or why it cannot be read."""
    for include in part.tree.getroot().iter(_INCLUDE):
        href = include.get("href") or ""
        if not href or "://" in href or Path(href).is_absolute():
            yield (
                include,
                None,
                f"the XInclude names {href!r}: a corpus names files beside it by relative path",
            )
            continue
        try:
            yield include, _read(Path(part.path).parent / href), None
        except InputError as err:
            yield include, None, f"the XInclude {href!r} cannot be used: {err}"


def corpus_findings(path: str, tree: etree._ElementTree, positions: Positions) -> list[Finding]:
    """The corpus-wide findings for the corpus root *tree* (or nothing, for a registry file,
    whose checks belong to its corpus)."""
    if local(tree.getroot()) != "teiCorpus":
        return []
    corpus = _Part(path, tree, positions)
    findings: list[Finding] = []
    registry: list[_Part] = []
    members: list[_Part] = [corpus]
    header = tree.getroot().find(f"{_T}teiHeader")
    for include, part, problem in _includes(corpus):
        if part is None:
            findings.append(corpus.finding(include, problem or "", "corpus-include", "href"))
        elif header is not None and include in header.iter(_INCLUDE):
            registry.append(part)
        else:
            members.append(part)
    findings += _unique_ids([*registry, *members])
    people = {e.get(_XML_ID) for part in registry for e in part.tree.getroot().iter() if e.get(_XML_ID)}
    used: set[str] = set()
    documents = [(corpus, tei) for tei in tree.getroot().iterchildren(f"{_T}TEI")]
    documents += [(member, member.tree.getroot()) for member in members[1:]]
    for part, document in documents:
        findings += _pointers(part, document, people, used)
        findings += _language(part, document)
    for part in registry:
        for person in part.tree.getroot().iter(f"{_T}person", f"{_T}personGrp"):
            if person.get(_XML_ID) not in used:
                message = (
                    f"the person {person.get(_XML_ID)!r} of the registry speaks in no sitting of the corpus"
                )
                findings.append(part.finding(person, message, "corpus-person-used", _XML_ID))
    return findings


def _unique_ids(parts: list[_Part]) -> list[Finding]:
    seen: dict[str, str] = {}
    findings = []
    for part in parts:
        for element in part.tree.getroot().iter():
            ident = element.get(_XML_ID)
            if ident is None:
                continue
            if ident in seen:
                message = (
                    f"the id {ident!r} is also used in {seen[ident]}: ids must be unique across the corpus"
                )
                findings.append(part.finding(element, message, "corpus-id-unique", _XML_ID))
            else:
                seen[ident] = part.path
    return findings


def _pointers(
    member: _Part, document: etree._Element, people: set[str | None], used: set[str]
) -> list[Finding]:
    own = {e.get(_XML_ID) for e in document.iter() if e.get(_XML_ID)}
    findings = []
    for element in document.iter():
        for name in POINTERS:
            for token in (element.get(name) or "").split():
                if not token.startswith("#"):
                    continue
                target = token[1:]
                if target in people:
                    used.add(target)
                elif target not in own:
                    message = (
                        f"@{name} points at {token}, which is neither in this sitting nor in the registry"
                    )
                    findings.append(member.finding(element, message, "corpus-pointer-resolves", name))
    return findings


def _language(member: _Part, root: etree._Element) -> list[Finding]:
    declared = root.findall(f".//{_T}langUsage/{_T}language")
    if root.get(f"{{{XML_NS}}}lang") or len(declared) == 1:
        return []
    message = (
        "the sitting declares no language (give TEI/@xml:lang or one langUsage/language)"
        if not declared
        else f"the sitting declares {len(declared)} languages and no TEI/@xml:lang: which is it in?"
    )
    return [member.finding(root, message, "corpus-language")]


#: The one-document Schematron rules whose pointers a corpus sitting leaves to the corpus checks.
_LEFT_TO_THE_CORPUS = ("who-resolves", "pointer-resolves")


@lru_cache(maxsize=64)
def _members_of(folder: str, mtime_ns: int) -> frozenset[str]:
    """The files the ``corpus.xml`` in *folder* XIncludes (resolved paths)."""
    try:
        corpus = _read(Path(folder) / CORPUS_FILE)
    except InputError:
        return frozenset()
    return frozenset(
        str((Path(folder) / (i.get("href") or "")).resolve()) for i in corpus.tree.getroot().iter(_INCLUDE)
    )


def left_to_the_corpus(path: str, tree: etree._ElementTree, findings: list[Finding]) -> list[Finding]:
    """*findings* without ``who-resolves`` and ``pointer-resolves`` when *path* is a sitting of the
    corpus beside it (no registry of its own, named by its ``corpus.xml``): its pointers are the
    corpus's, checked by ``corpus-pointer-resolves``."""
    if tree.getroot().find(f".//{_T}listPerson") is not None:
        return findings
    corpus = Path(path).resolve().parent / CORPUS_FILE
    if not corpus.is_file() or str(Path(path).resolve()) not in _members_of(
        str(corpus.parent), corpus.stat().st_mtime_ns
    ):
        return findings
    return [f for f in findings if f.rule not in _LEFT_TO_THE_CORPUS]
