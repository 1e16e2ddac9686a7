"""``stenogram corpus build``: TEI sittings → a corpus folder.

The folder holds each sitting (``NAME.xml``), the shared registry (``persons.xml``) and the
root ``corpus.xml``, a ``teiCorpus`` whose header XIncludes the registry and whose members are
XIncludes of the sittings, as ParlaMint lays a corpus out. In each sitting:

- its own ``listPerson`` is gone, and every ``@who`` (and other pointer) to a person points at
  the registry's id (``#kaganovich``, resolved in the corpus, as in ParlaMint);
- every ``xml:id`` is prefixed with the sitting's name (``NAME.sp-1``; the ``TEI`` element's
  id is ``NAME``) and the pointers to them follow, so that ids are unique across the corpus
  once the XIncludes are expanded (the paragraph numbers of both editions keep their N: a
  document without the profile's bare ids is numbered by counting, in the same order).

Two passes, each a map of a pure per-file function over :func:`stenogram.batch.map_files`:
read the persons of every sitting, merge them (:mod:`stenogram.corpus.registry`), then rewrite
every sitting. Nothing is written unless every input could be read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from lxml import etree

from stenogram.batch import Executor, map_files
from stenogram.corpus.registry import Registry, merge, registry_element
from stenogram.errors import InputError, Location, UsageError
from stenogram.files import expand, write_atomic
from stenogram.tei.encode import TEI_NS, XML_NS, indent, serialise
from stenogram.tei.reading import XI_NS, Speaker, local, registry
from stenogram.xmlsafe import parse_file

_T = f"{{{TEI_NS}}}"
_XML_ID = f"{{{XML_NS}}}id"
#: The file names a corpus folder holds besides its sittings.
REGISTRY_FILE = "persons.xml"
CORPUS_FILE = "corpus.xml"
#: Attributes whose values are pointers (``#id``) to rewrite.
POINTERS = ("who", "ref", "target", "corresp", "source", "prev", "next", "sameAs", "synch", "start", "end")
_NOT_NAME = re.compile(r"[^\w.\-]")


@dataclass(frozen=True)
class SittingInfo:
    """What pass one learns of a sitting: its name, languages and persons."""

    path: str
    name: str
    languages: tuple[str, ...]
    persons: tuple[Speaker, ...]


def sitting_name(path: str) -> str:
    """The name of the sitting in *path* (its file name, as an NCName)."""
    name = _NOT_NAME.sub("-", Path(path).stem)
    return name if name[:1].isalpha() or name[:1] == "_" else f"_{name}"


def _tei(path: str) -> etree._Element:
    root = parse_file(path).getroot()
    if local(root) != "TEI":
        raise InputError("a corpus is built from TEI documents (this is not one)", Location(path))
    return root


def read_sitting(path: str) -> SittingInfo:
    """Pass one: the persons and languages of the sitting *path*."""
    root = _tei(path)
    header = root.find(f"{_T}teiHeader")
    languages = [root.get(f"{{{XML_NS}}}lang")] + [
        language.get("ident") for language in root.iterfind(f".//{_T}langUsage/{_T}language")
    ]
    speakers = registry(header) if header is not None else {}
    found = tuple(dict.fromkeys(lang for lang in languages if lang))
    return SittingInfo(path, sitting_name(path), found, tuple(speakers.values()))


def rewrite_sitting(registry_of: Registry, info: SittingInfo) -> bytes:
    """Pass two: the sitting pointing into the registry, its ids prefixed (see the module)."""
    root = _tei(info.path)
    persons = {speaker.id for speaker in info.persons}
    for partic in root.iterfind(f"{_T}teiHeader/{_T}profileDesc/{_T}particDesc"):
        for listing in partic.findall(f"{_T}listPerson"):
            partic.remove(listing)
        profile = partic.getparent()
        if profile is not None and not len(partic) and not (partic.text or "").strip():
            profile.remove(partic)
    ids = {}
    for element in root.iter():
        old = element.get(_XML_ID)
        if old is not None and element is not root:
            ids[old] = f"{info.name}.{old}"
            element.set(_XML_ID, ids[old])
    root.set(_XML_ID, info.name)
    for element in root.iter():
        for name in POINTERS:
            value = element.get(name)
            if value is not None:
                element.set(
                    name, " ".join(_pointer(t, info.name, persons, ids, registry_of) for t in value.split())
                )
    return serialise(root)


def _pointer(token: str, sitting: str, persons: set[str], ids: dict[str, str], registry_of: Registry) -> str:
    if not token.startswith("#"):
        return token
    target = token[1:]
    if target in persons:
        return "#" + registry_of.new_id(sitting, target)
    return "#" + ids.get(target, target)


def corpus_element(infos: Sequence[SittingInfo], title: str) -> etree._Element:
    """The ``teiCorpus`` root: a header that XIncludes the registry, a member per sitting."""
    root = etree.Element(_T + "teiCorpus", nsmap={"xi": XI_NS, None: TEI_NS})  # type: ignore[dict-item]
    root.set(_XML_ID, "corpus")
    languages = list(dict.fromkeys(lang for info in infos for lang in info.languages))
    if len(languages) == 1:
        root.set(f"{{{XML_NS}}}lang", languages[0])
    header = etree.SubElement(root, _T + "teiHeader")
    file_desc = etree.SubElement(header, _T + "fileDesc")
    etree.SubElement(etree.SubElement(file_desc, _T + "titleStmt"), _T + "title").text = title
    etree.SubElement(
        etree.SubElement(file_desc, _T + "publicationStmt"), _T + "p"
    ).text = "A corpus built by stenogram."
    source = etree.SubElement(etree.SubElement(file_desc, _T + "sourceDesc"), _T + "p")
    source.text = f"{len(infos)} sittings: " + ", ".join(info.name for info in infos) + "."
    profile = etree.SubElement(header, _T + "profileDesc")
    usage = etree.SubElement(profile, _T + "langUsage")
    for lang in languages:
        language = etree.SubElement(usage, _T + "language", ident=lang)
        language.text = lang
    include = etree.SubElement(etree.SubElement(profile, _T + "particDesc"), f"{{{XI_NS}}}include")
    include.set("href", REGISTRY_FILE)
    for info in infos:
        etree.SubElement(root, f"{{{XI_NS}}}include", href=f"{info.name}.xml")
    return root


def _bytes(root: etree._Element, mixed: bool = False) -> bytes:
    """The bytes of *root*, indented; with *mixed* content (the registry's names in parts)
    only element-only content is indented, so no white space enters a name."""
    if mixed:
        indent(root)
    else:
        etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


@dataclass(frozen=True)
class CorpusBuild:
    """What ``corpus build`` wrote, and the registry it made."""

    written: list[Path]
    registry: Registry


def build_corpus(
    inputs: Sequence[str],
    output: str,
    config_path: str | None = None,
    title: str | None = None,
    jobs: int | None = None,
    executor: Executor | None = None,
) -> CorpusBuild:
    """Build a corpus folder *output* from the TEI sittings *inputs* (files, folders, globs);
    *config_path* is a ``stenogram.toml`` whose persons claim labels across sittings. *jobs* and
    *executor* say how many workers and where (see :func:`stenogram.batch.map_files`)."""
    from stenogram.transcript.config import load_config
    from stenogram.transcript.persons import in_parts

    paths = expand(inputs, (".xml",))
    if not paths:
        raise InputError("no TEI (*.xml) files among the inputs", Location(", ".join(inputs)))
    folder = Path(output)
    names = [sitting_name(p) for p in paths]
    reserved = {Path(REGISTRY_FILE).stem, Path(CORPUS_FILE).stem}
    for path, name in zip(paths, names, strict=True):
        if names.count(name) > 1 or name in reserved:
            raise UsageError(
                f"two sittings (or a sitting and the corpus) would be {name}.xml", Location(path)
            )
        if (folder / f"{name}.xml").resolve() == Path(path).resolve():
            raise UsageError(f"the output would overwrite the input {path}", Location(path))
    config = load_config(config_path)
    configured = [in_parts(person, config) for person in config.persons]
    infos = map_files(read_sitting, paths, jobs=jobs, executor=executor, label="reading", per_worker=16)
    registry_of = merge(((info.name, info.persons) for info in infos), configured)
    sittings = map_files(
        partial(rewrite_sitting, registry_of),
        infos,
        jobs=jobs,
        executor=executor,
        label="rewriting",
        per_worker=16,
    )
    written = []
    for info, data in zip(infos, sittings, strict=True):
        write_atomic(folder / f"{info.name}.xml", data)
        written.append(folder / f"{info.name}.xml")
    write_atomic(folder / REGISTRY_FILE, _bytes(registry_element(registry_of, config), mixed=True))
    write_atomic(
        folder / CORPUS_FILE, _bytes(corpus_element(infos, title or f"A corpus of {len(infos)} sittings"))
    )
    return CorpusBuild([*written, folder / REGISTRY_FILE, folder / CORPUS_FILE], registry_of)
