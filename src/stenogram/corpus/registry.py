"""The shared registry of persons: the persons of every sitting merged into one ``listPerson``.

The same person in two sittings is one entry: persons are the same when their ids agree (ids
are made from the label, so "KAGANOVICH." in one sitting and "Каганович." in another meet as
``kaganovich``) or when an edition's configuration claims a label of each (``[persons.ID]``
with ``labels``, as for ``convert``); the configuration's id, name, dates and Wikidata id win.
Each entry keeps every name form and every printed label it has in any sitting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from lxml import etree

from stenogram.tei.encode import TEI_NS, person_element
from stenogram.tei.reading import Speaker
from stenogram.transcript.candidate import label_key
from stenogram.transcript.config import Config
from stenogram.transcript.model import NamePart, Person
from stenogram.transcript.names import name_parts

_T = f"{{{TEI_NS}}}"


@dataclass
class Entry(Person):
    """One person of the corpus: the model's person, with every form of its name found (each in
    its parts, as the sitting's header gives them) and the sittings they speak in."""

    names: dict[str, tuple[NamePart, ...]] = field(default_factory=dict)
    sittings: list[str] = field(default_factory=list)

    def absorb(self, speaker: Speaker, sitting: str) -> None:
        """Add what *speaker* (of *sitting*) knows and this entry does not."""
        if speaker.name:
            self.names.setdefault(speaker.name, speaker.parts)
        self.labels.extend(label for label in speaker.labels if label not in self.labels)
        self.role = self.role or speaker.role
        self.sex = self.sex or speaker.sex
        self.birth = self.birth or speaker.birth
        self.death = self.death or speaker.death
        self.wikidata = self.wikidata or speaker.wikidata
        if sitting not in self.sittings:
            self.sittings.append(sitting)


def _from_config(person: Person) -> Entry:
    """The entry of a person of the configuration (its name in parts: see ``persons.in_parts``)."""
    known = {f.name: getattr(person, f.name) for f in fields(Person)}
    return Entry(**known | {"labels": []}, names={person.name: person.parts} if person.name else {})


@dataclass
class Registry:
    """The merged persons in order of first appearance, and where each sitting's ids went."""

    entries: dict[str, Entry]
    renamed: dict[tuple[str, str], str]

    def new_id(self, sitting: str, old: str) -> str:
        """The registry id of the person *old* of *sitting*."""
        return self.renamed.get((sitting, old), old)


def merge(sittings: Iterable[tuple[str, Iterable[Speaker]]], configured: Iterable[Person] = ()) -> Registry:
    """Merge the persons of each ``(sitting name, persons)``; *configured* persons claim labels."""
    claims = {label_key(label): person for person in configured for label in person.labels}
    entries: dict[str, Entry] = {}
    renamed: dict[tuple[str, str], str] = {}
    for sitting, speakers in sittings:
        for speaker in speakers:
            spec = next((claims[k] for k in map(label_key, speaker.labels) if k in claims), None)
            ident = spec.id if spec else speaker.id
            if ident not in entries:
                entries[ident] = _from_config(spec) if spec else Entry(ident, "", [], speaker.group)
            entries[ident].absorb(speaker, sitting)
            renamed[(sitting, speaker.id)] = ident
    return Registry(entries, renamed)


def _names(entry: Entry, config: Config) -> list[tuple[NamePart, ...]]:
    """The entry's name forms in parts, full names before those that only repeat a label (the
    converter names an unconfigured speaker by the label). A name whose sitting gives no parts
    (a TEI of another tool, or of an earlier stenogram) is read into parts here, as the
    converter reads it."""
    labels = {label_key(label) for label in entry.labels}
    forms = entry.names or {entry.id: ()}
    ordered = sorted(forms, key=lambda name: label_key(name) in labels)
    return [
        forms[name] or (() if entry.group else name_parts(name, config)) or (NamePart(None, name),)
        for name in ordered
    ]


def registry_element(registry: Registry, config: Config) -> etree._Element:
    """The registry as a TEI ``listPerson`` (the root of ``persons.xml``)."""
    root = etree.Element(_T + "listPerson", nsmap={None: TEI_NS})  # type: ignore[dict-item]
    for entry in registry.entries.values():
        person_element(root, entry, _names(entry, config))
    return root
