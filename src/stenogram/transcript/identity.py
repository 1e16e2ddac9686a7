"""Which printed labels name one person: "Präsident Dr. Norbert Lammert:", "Präsident Lammert:"
and "Präsident Dr. Lammert:" in one sitting; "Mr. SMITH." and "Senator Smith:"; "ИВАНОВ." and
"Иванов И. И.".

A record names a speaker in full once and shortly after, or by a form of address one time and an
office the next. Two labels are of one person where their surnames are the same word (in any case)
and nothing else in them disagrees: each forename or initial of the shorter is one of the longer,
in order ("N." is "Norbert"), and their forms of address say no different sex ("Herr Müller" and
"Frau Müller" are two). A label that fits two persons who differ ("Nowak" beside "Jan Nowak" and
"Adam Nowak") is a person of its own: a record's reader could not tell either. Labels without a
surname (an office alone, "The CHAIRMAN"; a group of voices) are never joined: an office passes
from one person to another within a sitting. Nor are labels with other numbers ("AUDIENCE MEMBER
2"), or two that are no plain name, only words of a role in capitals ("UNIDENTIFIED MALE",
"MALE SPEAKER").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from stenogram.transcript.config import Config
from stenogram.transcript.names import name_parts


@dataclass(frozen=True)
class Signature:
    """What a label says of its person: the surname, the forenames (an initial as its letter),
    the sex its forms of address give (``""`` where none does), its numbers ("Speaker 2"), and
    whether it is plainly a person's name: a form of address or an office before it, an initial,
    or the surname in Mixed case ("UNIDENTIFIED MALE" and "MALE SPEAKER" are roles in words
    that a reader of the labels alone would not take for one person)."""

    surname: str
    forenames: tuple[tuple[str, bool], ...]  # (forename casefolded, printed as an initial)
    sex: str
    numbers: tuple[str, ...] = ()
    named: bool = False

    @property
    def initials(self) -> int:
        return sum(initial for _, initial in self.forenames)


def signature(name: str, config: Config) -> Signature | None:
    """The :class:`Signature` of a label's *name*; None where it has no surname."""
    surname, forenames, numbers, sexes, named = "", [], [], set(), False
    for part in name_parts(name, config):
        text = part.text.casefold().rstrip(".")
        if part.kind == "surname":
            surname, named = text, named or not part.text.isupper()
        elif part.kind == "forename" and any(c.isdigit() for c in text):
            numbers.append(text)  # a number tells persons apart: it is never left out
        elif part.kind == "forename":
            forenames.append((text[:1] if part.initial else text, part.initial))
            named = named or part.initial
        elif part.kind == "roleName":  # before the surname it addresses a person: "Chairman SMITH"
            sexes.update([config.sexes[text]] if text in config.sexes else [])
            named = named or not surname
    if not surname:
        return None
    sex = sexes.pop() if len(sexes) == 1 else ""
    return Signature(surname, tuple(forenames), sex, tuple(numbers), named)


def same(a: Signature, b: Signature) -> bool:
    """Whether *a* and *b* may name one person: one surname, one of them plainly a name, no sex
    against the other, the same numbers, and the forenames of the one with fewer found in the
    other's, in order."""
    if a.surname != b.surname or not (a.named or b.named) or a.numbers != b.numbers:
        return False
    if a.sex and b.sex and a.sex != b.sex:
        return False
    short, long = sorted((a.forenames, b.forenames), key=len)
    at = 0
    for name, initial in short:
        while at < len(long) and not _forename_fits(name, initial, *long[at]):
            at += 1
        if at == len(long):
            return False
        at += 1
    return True


def _forename_fits(name: str, initial: bool, other: str, other_initial: bool) -> bool:
    """Whether one forename may be the other: the same word, or an initial of it."""
    if initial or other_initial:
        return name[:1] == other[:1]
    return name == other


# The most forms of one surname compared with each other (each pair is compared): a record prints
# a person in a few forms; hundreds of one surname are a list of other things, or a hostile text.
MOST_FORMS = 64


def persons(names: Iterable[str], config: Config) -> list[list[str]]:
    """The *names* (in the order first printed) grouped by person: the fullest first, each later
    one joining the one person all of whose names it fits, or else standing alone. Only names of
    one surname are compared, so that a record of many speakers costs no more than their count."""
    by_surname: dict[str, list[tuple[str, Signature]]] = {}
    for name in dict.fromkeys(names):
        sig = signature(name, config)
        if sig is not None:
            by_surname.setdefault(sig.surname, []).append((name, sig))
    groups: list[list[str]] = []
    for signed in by_surname.values():
        if len(signed) > MOST_FORMS:  # no one person's forms: each stands alone, compared with none
            groups += [[name] for name, _ in signed]
            continue
        # the fullest names first (more forenames, fewer of them initials): they found the persons
        signed.sort(key=lambda item: (-len(item[1].forenames), item[1].initials))
        found: list[list[tuple[str, Signature]]] = []
        for name, sig in signed:
            fits = [group for group in found if all(same(sig, other) for _, other in group)]
            if len(fits) == 1:
                fits[0].append((name, sig))
            else:  # none fits, or more than one: a reader could not tell which
                found.append([(name, sig)])
        groups += [[name for name, _ in group] for group in found]
    return groups
