"""Which printed labels name one person: "Präsident Dr. Norbert Lammert:", "Präsident Lammert:"
and "Präsident Dr. Lammert:" in one sitting; "Mr. SMITH." and "Senator Smith:"; "ИВАНОВ." and
"Иванов И. И.".

A record names a speaker in full once and shortly after, or by a form of address one time and an
office the next. Two labels are of one person where their surnames are the same word (in any case)
and nothing else in them disagrees: each forename or initial of the shorter is one of the longer,
in order ("N." is "Norbert"), their forms of address say no different sex ("Herr Müller" and
"Frau Müller" are two), and they name no different offices unless forenames join them ("Senator
Smith" and "Councillor Smith", two witnesses of a hearing, are two). A label that fits two
persons who differ ("Nowak" beside "Jan Nowak" and "Adam Nowak") is a person of its own: a
record's reader could not tell either. Labels without a surname (an office alone, "The
CHAIRMAN"; a group of voices) are never joined: an office passes from one person to another
within a sitting. Nor are labels with other numbers ("AUDIENCE MEMBER 2"), or two that are no
plain name, only words of a role in capitals ("UNIDENTIFIED MALE", "MALE SPEAKER").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

from stenogram.transcript.candidate import fold, label_key
from stenogram.transcript.config import Config
from stenogram.transcript.model import NamePart
from stenogram.transcript.names import chairs, name_parts
from stenogram.transcript.regexcache import regex


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
    reversed: Signature | None = None  # a bare name read surname first: "Napolitano Giorgio"
    offices: frozenset[str] = frozenset()  # the offices before the name: "senator", "councillor"
    others: tuple[str, ...] = ()  # the surnames after the first: "García" of "PÉREZ GARCÍA"
    place: str = ""  # the place that tells a member apart: "of ohio" of "Mr. BROWN of Ohio"

    @property
    def initials(self) -> int:
        return sum(initial for _, initial in self.forenames)

    @property
    def readings(self) -> tuple[Signature, ...]:
        """The ways the label may be read: forename first, and a bare name surname first too."""
        return (self,) if self.reversed is None else (self, self.reversed)

    @property
    def surnames(self) -> tuple[str, ...]:
        return tuple(reading.surname for reading in self.readings)

    def as_name(self) -> Signature:
        """This label plainly a person's name, in each reading (a holder an office names)."""
        turned = self.reversed and replace(self.reversed, named=True)
        return replace(self, named=True, reversed=turned)


# The most words of a bare name that may be read surname first ("ΑΘΑΝΑΣΙΟΥ ΧΡΙΣΤΟΦΑ ΧΑΡΑΛΑΜΠΟΣ":
# a surname, a patronymic and a forename); a longer one is no plain name.
MOST_BARE_WORDS = 4


def signature(name: str, config: Config, lang: str = "und") -> Signature | None:
    """The :class:`Signature` of a label's *name*; None where it has no surname. A bare name
    (only names, no title, office, initial, particle or number; all of one case, so that no
    word stands out as the surname) may be printed surname first, as the Italian Senate, the
    Vouli and the Országgyűlés print their lists ("Napolitano Giorgio" is "Giorgio
    Napolitano"), or one of a language printed surname first may be printed forename first
    ("András Kovács" beside "Kovács András"): it has the other reading too."""
    if _counsel_of(name, config):
        return None
    parts = name_parts(name, config, lang)
    found = _signature(parts, config)
    words = [part for part in parts if part.kind]
    bare = (
        found is not None
        and 2 <= len(words) <= MOST_BARE_WORDS
        and all(part.kind in ("forename", "surname") and not part.initial for part in words)
        and len({part.text.isupper() for part in words}) == 1
        and "surname" in (words[0].kind, words[-1].kind)
        and not found.numbers
        and not found.others
    )
    if found is not None and not bare and _given_first(words, found, config):
        # "JUAN RAMÍREZ": two words in CAPITALS read as a Spanish name's two surnames, the first a
        # given name; read too as the forename and the surname "El Sr. Juan Ramírez" prints
        turned = Signature(found.others[0], ((found.surname, False),), found.sex, (), found.named)
        return replace(found, reversed=replace(turned, others=found.others[1:]))
    if found is None or not bare:
        return found
    folded = [fold(part.text) for part in words]
    # read the other way round: the first word the surname, or the last where the first is
    surname, rest = (folded[-1], folded[:-1]) if words[0].kind == "surname" else (folded[0], folded[1:])
    turned = Signature(surname, tuple((word, False) for word in rest), found.sex, (), found.named)
    return replace(found, reversed=turned)


def _given_first(words: list[NamePart], found: Signature, config: Config) -> bool:
    """Whether the name of *words*, all surnames in CAPITALS and no more than a bare name's, was
    read as a surname and another (*found*) whose first is a given name (``given_names``)."""
    return (
        bool(found.others)
        and not found.forenames
        and not found.numbers
        and len(words) <= MOST_BARE_WORDS
        and all(part.kind == "surname" and part.text.isupper() for part in words)
        and found.surname in config.given_names
    )


def _counsel_of(name: str, config: Config) -> bool:
    """Whether *name* opens with the office of a party's counsel and names the party after it
    ("Counsel for the Defendant", "Lauyan Wanda Ake Kara"): an office, no surname, so that the
    party's own label ("The Defendant", "Wanda Ake Kara") is never read as its holder."""
    words = name.casefold().split()
    return any(" ".join(words[:count]) in config.any_counsel for count in range(1, min(len(words), 4)))


def _signature(parts: tuple[NamePart, ...], config: Config) -> Signature | None:
    """The :class:`Signature` of a name read into its *parts*, as printed."""
    surname, forenames, numbers, sexes, named = "", [], [], set(), False
    others: list[str] = []
    offices: set[str] = set()
    place = ""
    for at, part in enumerate(parts):
        text = part.text.casefold().rstrip(".")
        if _ordinal_of_office(parts, at, config):
            continue  # "El Sr. Vicepresidente Segundo": the office's ordinal, no surname
        if part.kind in ("surname", "forename"):  # "KILIÇ" is "Kılıç"
            text = fold(part.text).rstrip(".")
        if part.kind == "surname" and surname:  # "PÉREZ GARCÍA": a second surname
            others.append(text)
        elif part.kind == "surname":
            surname, named = text, named or not part.text.isupper()
        elif part.kind == "forename" and any(c.isdigit() for c in text):
            numbers.append(text)  # a number tells persons apart: it is never left out
        elif part.kind == "forename":
            forenames.append((text[:1] if part.initial else text, part.initial))
            named = named or part.initial
        elif part.kind == "addName":
            place = text
        elif part.kind == "roleName":  # before the surname it addresses a person: "Chairman SMITH"
            sexes.update([config.sexes[text]] if text in config.sexes else [])
            # a chair is also a member: "Chairman GRASSLEY" is "Senator Grassley"
            member = config.office_words.fullmatch(text) and not config.chairs.match(text)
            offices.update([text] if member else [])
            named = named or not surname
    if not surname:
        return None
    sex = sexes.pop() if len(sexes) == 1 else ""
    found = Signature(surname, tuple(forenames), sex, tuple(numbers), named, offices=frozenset(offices))
    return replace(found, others=tuple(others), place=place)


def _ordinal_of_office(parts: tuple[NamePart, ...], at: int, config: Config) -> bool:
    """Whether the name's last word, at *at* of *parts*, is an ordinal of the office right
    before it (:attr:`Config.office_ordinals`: "Vicepresidente Segundo", "Vicepresidenta
    Primera"): the office's, no surname, so that "Segundo Ramírez" is another person; another
    qualifier there is a surname ("Councillor Senior" is "Mr. Senior")."""
    part = parts[at]
    if part.kind != "surname" or at == 0 or any(later.kind for later in parts[at + 1 :]):
        return False
    before = next((p for p in reversed(parts[:at]) if p.kind), None)
    return (
        before is not None
        and before.kind == "roleName"
        and part.text.casefold() in config.office_ordinals
        and bool(config.office_words.fullmatch(before.text.casefold()))
    )


def same(a: Signature, b: Signature) -> bool:
    """Whether *a* and *b* may name one person, in some reading of each (see :func:`_same`).
    Two names of forenames and a surname, one printed surname first ("ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ",
    "ΠΑΠΑΔΟΠΟΥΛΟΣ ΝΙΚΟΛΑΟΣ"), are plainly a person's, in capitals too: no role is printed so."""
    if any(_same(x, y) for x in a.readings for y in b.readings):
        return True
    turned = [
        (x, y) for x, y in ((a.reversed, b), (a, b.reversed)) if x and y and x.forenames and y.forenames
    ]
    return any(_same(x, y, True) for x, y in turned)


def _same(a: Signature, b: Signature, named: bool = False) -> bool:
    """Whether the readings *a* and *b* may name one person: one surname, one of them plainly a
    name (or *named*), no sex against the other, the same numbers, and the forenames of the one
    with fewer found in the other's, in order."""
    if a.surname != b.surname or not (named or a.named or b.named) or a.numbers != b.numbers:
        return False
    if a.sex and b.sex and a.sex != b.sex:
        return False
    if a.others and b.others and a.others != b.others:
        return False  # "PÉREZ GARCÍA" and "PÉREZ LÓPEZ": one surname, another second one
    if a.place != b.place and a.place and b.place:
        return False  # "Mr. BROWN of Ohio" and "Mr. BROWN of Texas": two members
    if a.offices and b.offices and a.offices.isdisjoint(b.offices) and not (a.forenames and b.forenames):
        return False  # "Senator Smith" and "Councillor Smith": two offices, nothing else joins them
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


def persons(
    names: Iterable[str], config: Config, lang: str = "und", described: Collection[str] = ()
) -> list[list[str]]:
    """The *names* (in the order first printed) grouped by person: the fullest first, each later
    one joining the one person all of whose names it fits, or else standing alone. A name is
    compared only with the persons found under one of its surnames (each reading's), so that a
    record of many speakers costs no more than their count. A name *described* by a role after a
    comma ("JANE MORROW, ANCHOR:") is plainly a person's, in capitals too."""
    signed = [(name, sig) for name in dict.fromkeys(names) if (sig := signature(name, config, lang))]
    signed = [(name, sig.as_name() if name in described else sig) for name, sig in signed]
    counts = Counter(surname for _, sig in signed for surname in set(sig.surnames))
    # the fullest names first (more forenames, fewer of them initials): they found the persons
    order = sorted(signed, key=lambda item: (-len(item[1].forenames), item[1].initials))
    found: list[list[tuple[str, Signature]]] = []
    under: dict[str, list[int]] = {}  # the persons found under each surname
    for name, sig in order:
        # a surname of hundreds of forms is no one person's: its names are compared with none
        near = dict.fromkeys(
            at for surname in sig.surnames if counts[surname] <= MOST_FORMS for at in under.get(surname, [])
        )
        fits = [at for at in near if all(same(sig, other) for _, other in found[at])]
        if len(fits) != 1:  # none fits, or more than one: a reader could not tell which
            fits = [len(found)]
            found.append([])
        found[fits[0]].append((name, sig))
        for surname in sig.surnames:
            if fits[0] not in under.setdefault(surname, []):
                under[surname].append(fits[0])
    first = {name: at for at, (name, _) in enumerate(signed)}  # the persons in order of first print
    found.sort(key=lambda group: min(first[name] for name, _ in group))
    return [[name for name, _ in group] for group in found]


def lettered(names: Iterable[str], config: Config) -> dict[str, str]:
    """The labels of *names* (all printed, in order) that are one capital letter standing for
    a surname printed in full before them, as a court reporter's running notes name the judge in
    full once and then by the letter ("Kernbach: …" and below "K: …"): each with the one label
    printed before it whose last word opens with the letter. A letter two such labels open, or
    one of question and answer whose other word the text prints ("Q" with "A"), stands for no
    one; with no other word printed, the letter is the surname's ("Sz: …" and below "S: …")."""
    # a list is read as it is: the registry's, every label the record prints, copied beside the
    # occurrences had set the peak of the labels' decision
    names = names if isinstance(names, list) else list(names)
    printed = {fold(name.strip()) for name in names}
    paired = {letter for letter, others in config.short_partners if not printed.isdisjoint(others)}
    found: dict[str, str] = {}
    seen: dict[str, str] = {}  # each key printed so far → its first printed form
    for name in names:
        letter = name.strip()
        alone = len(letter) == 1 and letter.isupper() and fold(letter) not in paired
        if alone and label_key(name) not in seen:
            full = [printed for printed in seen.values() if _opens_surname(printed, letter)]
            if len(full) == 1:
                found[name] = full[0]
        seen.setdefault(label_key(name), name)
    return found


def abbreviated_chairs(names: Iterable[str], config: Config) -> dict[str, str]:
    """The labels of *names* (all printed) that name the chair's office abbreviated with its stop,
    each with the label printed in full (or less abbreviated) that it stands for: "Pdte.:" beside
    "Presidente:", "Sr. Pdte.:" beside "Sr. Presidente:", "Пред.:" beside "Председатель:", "Vors.:"
    beside "Vorsitzender:", as a typed record or its OCR shortens the chair's word once the word
    is printed whole. Both are the chair's office (:func:`~stenogram.transcript.names.chairs`), word
    for word the same but for the abbreviated ones, each opening with the full word's first letter,
    its letters in that word's order. Only the record's chair labels are compared, a handful."""
    first = {label_key(name): name for name in reversed(list(names))}
    # a label abbreviates another by a word with its stop: the others' offices are asked only
    # where one such label names the chair
    if not any("." in name and chairs(name, config) for name in first.values()):
        return {}
    chaired = [name for name in first.values() if chairs(name, config)]
    found: dict[str, str] = {}
    for name in chaired:
        words = name.split()
        fuller = [
            other
            for other in chaired
            if other != name
            and len(other.split()) == len(words)
            and all(_abbreviates(a, b, config) for a, b in zip(words, other.split(), strict=True))
        ]
        if fuller:
            found[name] = max(fuller, key=len)  # the fullest: "Председатель" over "Председ."
    return found


def _abbreviates(short: str, full: str, config: Config) -> bool:
    """Whether the word *short* is *full* or an abbreviation of it with its stop ("Pdte." of
    "Presidente", "Prés." of "Président", "Пред." of "Председ.", "Sr." of "Señor"). A form of
    address abbreviated with its own stop abbreviates no other ("Mr. Chairman:" and
    "Mrs. Chairman:", "Ms." and "Mrs.": two chairs of a sitting, each a person)."""
    if short == full:
        return True
    letters, whole = fold(short.rstrip(".")), fold(full.rstrip("."))
    if (
        not short.endswith(".")
        or (full.endswith(".") and config.titles.fullmatch(full) is not None)
        or not letters.isalpha()
        or len(letters) >= len(whole)
        or letters[:1] != whole[:1]
    ):
        return False
    rest = iter(whole)
    return all(letter in rest for letter in letters)


def _opens_surname(name: str, letter: str) -> bool:
    """Whether the last word of *name*, a word of letters longer than one, opens with *letter*."""
    words = name.split()
    return bool(words) and len(words[-1]) > 1 and words[-1].isalpha() and fold(words[-1][0]) == fold(letter)


# A case ending: the most letters a language adds to or changes at the end of a name's word
# ("Kowalski" → "Kowalskiego", "Петров" → "Петрова", "Vorsitzender" → "Vorsitzenden"), and the
# fewest letters the two forms must share before it.
_ENDING = 3
_STEM = 3
_WORDS = regex(r"[^\W\d_]+\.?")


def inflected(name: str, label: str, particles: frozenset[str]) -> bool:
    """Whether *label* may be *name* in another grammatical case, as an examination's heading
    names a witness or an examiner ("Допрос свидетеля Петрова И. С." / "Петров И. С.:",
    "Przesłuchanie świadka Jana Kowalskiego" / "Jan Kowalski:", "durch den Vorsitzenden" /
    "Vorsitzender:"): its words, in order, are words of *name* but for their endings, and the
    words of *name* it leaves out are initials; articles and particles count for nothing."""
    heard, printed = _stems(name, particles), _stems(label, particles)
    at = 0
    for word in printed:
        left = at
        while at < len(heard) and not same_stem(word, heard[at]):
            at += 1
        if at == len(heard):
            return False
        if any(not _initial(skipped) for skipped in heard[left:at]):
            return False
        at += 1
    return bool(printed) and all(_initial(word) for word in heard[at:])


def _stems(name: str, particles: frozenset[str]) -> list[str]:
    """The words of *name* in lower case, without its articles and particles."""
    return [word for word in _WORDS.findall(fold(name)) if word.rstrip(".") not in particles]


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def same_stem(a: str, b: str) -> bool:
    """Whether *a* and *b* are one word but for an ending: an initial is itself only."""
    if _initial(a) or _initial(b):
        return a.rstrip(".") == b.rstrip(".")
    shared = next((at for at, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return shared >= _STEM and len(a) - shared <= _ENDING and len(b) - shared <= _ENDING
