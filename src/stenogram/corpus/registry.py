"""The shared registry of persons: the persons of every sitting merged into one ``listPerson``.

The same person in two sittings is one entry: persons are the same when their ids agree (ids
are made from the label, so "KAGANOVICH." in one sitting and "Каганович." in another meet as
``kaganovich``) or when an edition's configuration claims a label of each (``[persons.ID]``
with ``labels``, as for ``convert``); the configuration's id, name, dates and Wikidata id win.
Each entry keeps every name form and every printed label it has in any sitting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from stenogram.tei.encode import TEI_NS, person_element
from stenogram.tei.reading import Speaker
from stenogram.transcript.labels import label_key
from stenogram.transcript.model import Person

_T = f"{{{TEI_NS}}}"


@dataclass
class Entry:
    """One person of the corpus: every form found, and the sittings they speak in."""

    id: str
    group: bool
    names: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    role: str | None = None
    sex: str | None = None
    birth: str | None = None
    death: str | None = None
    wikidata: str | None = None
    note: str | None = None
    sittings: list[str] = field(default_factory=list)

    def absorb(self, speaker: Speaker, sitting: str) -> None:
        """Add what *speaker* (of *sitting*) knows and this entry does not."""
        if speaker.name and speaker.name not in self.names:
            self.names.append(speaker.name)
        self.labels.extend(label for label in speaker.labels if label not in self.labels)
        self.role = self.role or speaker.role
        self.sex = self.sex or speaker.sex
        self.birth = self.birth or speaker.birth
        self.death = self.death or speaker.death
        self.wikidata = self.wikidata or speaker.wikidata
        if sitting not in self.sittings:
            self.sittings.append(sitting)


def _from_config(person: Person) -> Entry:
    return Entry(
        person.id,
        person.group,
        [person.name] if person.name else [],
        [],
        person.role,
        person.sex,
        person.birth,
        person.death,
        person.wikidata,
        person.note,
    )


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
                entries[ident] = _from_config(spec) if spec else Entry(ident, speaker.group)
            entries[ident].absorb(speaker, sitting)
            renamed[(sitting, speaker.id)] = ident
    return Registry(entries, renamed)


def _names(entry: Entry) -> list[str]:
    """The entry's name forms, full names before those that only repeat a label (the
    converter names an unconfigured speaker by the label)."""
    labels = {label_key(label) for label in entry.labels}
    return sorted(entry.names or [entry.id], key=lambda name: label_key(name) in labels)


def registry_element(registry: Registry) -> etree._Element:
    """The registry as a TEI ``listPerson`` (the root of ``persons.xml``)."""
    root = etree.Element(_T + "listPerson", nsmap={None: TEI_NS})  # type: ignore[dict-item]
    for entry in registry.entries.values():
        names = _names(entry)
        person = Person(
            entry.id,
            names[0],
            entry.labels,
            entry.group,
            entry.role,
            entry.sex,
            entry.birth,
            entry.death,
            entry.wikidata,
            entry.note,
        )
        person_element(root, person, names)
    return root
