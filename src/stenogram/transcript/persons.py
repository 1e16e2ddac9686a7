"""The speaker registry: the one place where a printed label becomes a person.

Labels are matched by :func:`~stenogram.transcript.candidate.label_key`; an edition's ``[persons.ID]`` entries
claim their labels first (so a garbled "VOICE WITH M ESTA" can join "VOICE FROM THE PLACE"),
the genre's group labels (VOICES, ГОЛОСА) become person groups, and any other label becomes a
new person whose id is made from the label. Each person's name is read into its parts here
(:mod:`stenogram.transcript.names`), so that no later stage reads words of a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple, TypeVar

from stenogram import xmlsafe
from stenogram.errors import InputError
from stenogram.transcript.candidate import (
    IN_WORD,
    PARTICLE,
    UNSPACED_WORD,
    UPPER,
    digit_for_letter,
    label_key,
    misread_marks,
    ocr_key,
    unaccented,
    unmarked,
)
from stenogram.transcript.config import Config
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.identity import (
    MOST_FORMS,
    Signature,
    abbreviated_chairs,
    inflected,
    lettered,
    persons,
    same,
    signature,
)
from stenogram.transcript.labels.patterns import initial_pattern
from stenogram.transcript.model import Person
from stenogram.transcript.names import (
    bare_office,
    chair_office,
    chairs,
    holder_after_comma,
    joined_title,
    name_parts,
    numbered_seat,
    office_after,
    office_after_comma,
    office_ends,
    office_inside_name,
    office_or_title,
    office_phrase,
    run_initials,
)
from stenogram.transcript.regexcache import regex
from stenogram.transcript.scoring import hall_word

_K = TypeVar("_K", str, tuple[str, str], tuple[str, str | None, str])
_T = TypeVar("_T")

_CYRILLIC = dict(
    zip(
        # with the letters of the old orthography, before 1918: ѣ (yat), ѳ (fita), ѵ (izhitsa)
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўѣѳѵ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
            "i",
            "i",
            "e",
            "g",
            "u",
            "e",
            "f",
            "i",
        ],
        strict=False,
    )
)


# The Serbian and Macedonian letters the Russian alphabet lacks, as the Latin alphabet of
# Serbian spells them with its marks dropped ("Милић" and "Milić" are both "milic"); "ѓ" and
# "ќ" decompose into "г" and "к" with a mark.
_CYRILLIC |= {"ђ": "d", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѕ": "dz"}
# The letters Kazakh, Kyrgyz, Tajik, Uzbek and Mongolian add to the Cyrillic alphabet, so that an id
# is of one script ("Төраға" is "toragha", not "tөraғa").
_CYRILLIC |= {"ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h"}
_CYRILLIC |= {"ҳ": "h", "ҷ": "j"}
# Tatar's and Bashkir's: "Рәис" is "rais", "Җәлил" "jalil", "Ҡаҙаҡ" "qazaq".
_CYRILLIC |= {"җ": "j", "ҙ": "z", "ҫ": "s", "ҡ": "q"}


# The Greek letters as ELOT 743 (ISO 843) romanises names, so that an id is of one script and its
# sigma one letter, final or not ("Παπαδάκης" is "papadakis"); two letters of one sound are read
# as one ("Ευάγγελος" is "evangelos") unless a diaeresis keeps them apart ("Νικολαΐδης").
_GREEK = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i"}
_GREEK |= {"κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s"}
_GREEK |= {"ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}
_GREEK_PAIRS = {
    "ου": "ou",
    "αυ": "av",
    "ευ": "ev",
    "ηυ": "iv",
    "γγ": "ng",
    "γξ": "nx",
    "γχ": "nch",
}
# Such a pair, the accents and breathings between its letters dropped first.
_GREEK_PAIR = regex(f"({'|'.join(_GREEK_PAIRS)})(?!\u0308)")
_GREEK_ACCENTS = regex("[\u0300\u0301\u0313\u0314\u0342\u0345]")

# Latin letters that Unicode does not decompose into a base letter and a mark.
_LATIN = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ı": "i"}
# The Azerbaijani schwa as its names are romanised ("Məmmədov" is "mammadov"; often typed as the
# turned "ǝ"), Maltese "ħ", and the letters of the African alphabets (Akan, Ewe, Hausa, Fula,
# Lingala, Wolof …): "ŋ" is "ng".
_LATIN |= {"ə": "a", "ǝ": "a", "ħ": "h", "ŋ": "ng", "ɛ": "e", "ɔ": "o", "ɓ": "b", "ɗ": "d", "ɖ": "d"}
_LATIN |= {"ƙ": "k", "ƴ": "y", "ɲ": "ny", "ʋ": "v", "ɣ": "g", "ƒ": "f", "ɨ": "i", "ʉ": "u", "ŧ": "t"}


# The letters of a consonant without its vowel that Unicode added as letters of their own after
# XML 1.0's fourth edition, which an xml:id may not hold: each is its consonant and the virama
# that kills the vowel, as a record also types it ("കമ്മീഷൻ" is "കമ്മീഷന്", not "കമ്മീഷn"); a
# virama typed after it ("ൻ്റ", the newer spelling of "ന്റ") is that one. Malayalam's chillus and
# dot reph, Bengali's khanda ta, Telugu's and Kannada's nakaara pollu. The older spelling, a virama
# and a zero-width joiner ("ന്\u200d"), is the same letter: the joiner goes, not a hyphen mid-word.
_DEAD_CONSONANTS = {
    "\u0d7a": "\u0d23\u0d4d",  # ൺ ണ്
    "\u0d7b": "\u0d28\u0d4d",  # ൻ ന്
    "\u0d7c": "\u0d30\u0d4d",  # ർ ര്
    "\u0d7d": "\u0d32\u0d4d",  # ൽ ല്
    "\u0d7e": "\u0d33\u0d4d",  # ൾ ള്
    "\u0d7f": "\u0d15\u0d4d",  # ൿ ക്
    "\u0d54": "\u0d2e\u0d4d",  # ൔ മ്
    "\u0d55": "\u0d2f\u0d4d",  # ൕ യ്
    "\u0d56": "\u0d34\u0d4d",  # ൖ ഴ്
    "\u0d4e": "\u0d30\u0d4d",  # ൎ ര്
    "\u09ce": "\u09a4\u09cd",  # ৎ ত্
    "\u0c5d": "\u0c28\u0c4d",  # ౝ న్
    "\u0cdd": "\u0ca8\u0ccd",  # ೝ ನ್
}
_VIRAMA = "\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca"
_DEAD_CONSONANT = regex(f"([{''.join(_DEAD_CONSONANTS)}])[{_VIRAMA}]?|(?<=[{_VIRAMA}])[\u200c\u200d]")


# The signs of abbreviation of Thai and Lao (paiyannoi, "ประธานสภาฯ" for the chair of the
# council; Lao's ellipsis): letters to Unicode, no letter an xml:id may hold; they shorten the
# office, no part of its name, and go from the id as a stop does.
_ABBREVIATION_SIGNS = str.maketrans("", "", "\u0e2f\u0eaf")


def slug(text: str) -> str:
    """An NCName from a label: lower case, Cyrillic and Greek transliterated, hyphens between
    words; letters of other scripts (Chinese, Japanese, Korean …) kept, as XML names allow, with
    the vowel signs of the scripts without case (Devanagari, Thai …)."""
    out: list[str] = []
    uncased = False  # whether the last letter kept is of a script without case
    text = _DEAD_CONSONANT.sub(
        lambda dead: _DEAD_CONSONANTS.get(dead[1], ""), IN_WORD.sub("", text.casefold())
    ).translate(_ABBREVIATION_SIGNS)
    if any("\u0370" <= char <= "\u03ff" or "\u1f00" <= char <= "\u1fff" for char in text):
        bare = _GREEK_ACCENTS.sub("", unicodedata.normalize("NFD", text))
        text = _GREEK_PAIR.sub(_greek_pair, bare)
    for char in _decomposed(text):
        if unicodedata.category(char) in ("Mn", "Mc"):
            # a vowel sign of a script without case is part of its letter ("शर्मा", "ใจดี"), and so
            # is a sign stacked on it ("มั่นคง", "में"); an accent on a Latin, Greek or Cyrillic
            # letter is not
            if uncased and _id_letter(char):
                out.append(char)
            continue
        uncased = _uncased(char)
        if char in _CYRILLIC:
            out.append(_CYRILLIC[char].strip("-"))
        elif char in _GREEK:
            out.append(_GREEK[char])
        elif char in _LATIN:
            out.append(_LATIN[char])
        elif char.isalnum() if char.isascii() else char.isalpha():
            out.append(char)
        else:
            out.append("-")
    ident = unicodedata.normalize("NFC", re.sub(r"-+", "-", "".join(out)).strip("-"))
    ident = "".join(char if char == "-" or _id_letter(char) else _romanized(char) for char in ident)
    if not ident or not ident[0].isalpha():
        ident = f"person-{ident}" if ident else "person"
    return ident


def _greek_pair(pair: re.Match[str]) -> str:
    """Two Greek letters romanised as one sound: "αυ", "ευ", "ηυ" are "af", "ef", "if" before a
    voiceless consonant ("Ευθύμιος" is "efthymios"), else "av", "ev", "iv"."""
    spelt = _GREEK_PAIRS[pair[1]]
    following = pair.string[pair.end() : pair.end() + 1]
    return spelt[:-1] + "f" if spelt.endswith("v") and following and following in "θκξπσςτφχψ" else spelt


def _decomposed(text: str) -> str:
    """*text* decomposed (NFKD), but for the letters of the Arabic script that are one letter with
    their hamza or madda ("ئ", "أ", "آ"): an id keeps them whole ("الرئيس", not "الرييس")."""
    return "".join(
        char if _ARABIC_LETTER.match(char) and _id_letter(char) else unicodedata.normalize("NFKD", char)
        for char in unicodedata.normalize("NFC", text)
    )


_ARABIC_LETTER = regex("[\u0621-\u064a\u0671-\u06d3]")

# The vowels of an Ethiopic syllable as its Unicode name spells them ("BAA", "GU", "RO"), longest
# first, and as names are romanised: the first order "A" is "e" ("አበበ" Abebe), the sixth "E" has
# none ("ን" n), the fourth "AA" is "a"; a syllable of a glottal or pharyngeal consonant (no letters
# before its vowel) is the vowel ("አ" a, "ኤ" e).
_ETHIOPIC_VOWELS = (("AA", "a"), ("EE", "e"), ("A", "e"), ("U", "u"), ("I", "i"), ("E", ""), ("O", "o"))
_ETHIOPIC_BARE = dict(_ETHIOPIC_VOWELS) | {"A": "a", "E": "e"}
_SPELT_LETTER = 3  # the most letters of a name's last word that spell the letter ("KHA", not "KAYANNA")


@lru_cache(maxsize=4096)
def _romanized(char: str) -> str:
    """The letter *char*, which an ``xml:id`` may not hold (see :func:`_id_letter`), in Latin
    letters read off its Unicode name, so that an id stays readable ("አፈ ጉባኤ" is "afe-gubae"):
    an Ethiopic syllable by its consonant and vowel, another letter by its name's last word where
    that spells it ("KHMER LETTER KHA" is "kha"); else its code point ("u0d9a")."""
    name = unicodedata.name(char, "")
    last = name.rsplit(" ", 1)[-1]
    if name.startswith("ETHIOPIC SYLLABLE ") and last.isalpha():
        if name.split()[2] in ("GLOTTAL", "PHARYNGEAL"):
            return _ETHIOPIC_BARE.get(last, last.casefold())
        for spelt, vowel in _ETHIOPIC_VOWELS:
            if last.endswith(spelt) and len(last) > len(spelt):
                return last[: -len(spelt)].casefold() + vowel
    spells = last.isascii() and last.isalpha() and len(last) <= _SPELT_LETTER
    return last.casefold() if spells else f"u{ord(char):04x}"


@lru_cache(maxsize=4096)
def _id_letter(char: str) -> bool:
    """Whether libxml2 takes the letter *char* in an ``xml:id``: it checks names by the letters of
    XML 1.0's fourth edition, which lack the scripts Unicode added since (Ethiopic, Sinhala,
    Mongolian); such a letter is written as its code point ("u12ad") instead."""
    try:
        xmlsafe.parse_bytes(f'<a xml:id="a{char}"/>'.encode())
    except InputError:
        return False
    return True


# Where a holder's name ends and its description begins: a bracket, a comma, a dash between
# spaces, or a stop after a word ("Arthur Lira. PP - AL"; not the stop of "Mr." or an initial).
_DESCRIBED = regex(r"\s*[(\[,]|\s[-–—]\s|(?P<word>[^\W\d_]+)\.(?=\s)")
# A form of address in brackets of its own inside a holder's brackets, as Kenya's Hansard prints
# it before the name ("The Temporary Deputy Speaker (Hon. (Ms.) Soipan Tuya):")
_BRACKETED_TITLE = regex(r"\s*\(([^\W\d_]{1,8}\.?)\)(?=\s)")


# The most characters of a name in a script without case, its suffix of address apart ("尾辻秀久" of
# "尾辻秀久君", "佐々木花子" of "佐々木花子議員": a suffix of two characters makes no name longer).
_UNCASED_NAME_CHARS = 6
# The most words of a holder's name so addressed, in a script without case that spaces its words.
_UNCASED_NAME_WORDS = 5


# The fewest letters of a surname in capitals alone in a chair's brackets: "(PRI)" is a party's.
_CAPITAL_SURNAME_LETTERS = 4
# The most words of a seat in brackets after an office and a surname ("Senator X (Lagos Central)").
_SEAT_HOLDER_WORDS = 2
# The most words of a holder after an office's slash in a label's brackets ("(MENTERI
# KEUANGAN/SRI MULYANI INDRAWATI)") with a word in lower case among them; more are another office
# ("Vice-President of the Commission / High Representative of the Union for …", one person's two
# offices), where a longer name of ranks and titles has none ("JENDERAL POL. PURN. PROF. X Y").
_SLASHED_HOLDER_WORDS = 4


# The marks of an ordinal ("2º SECRETÁRIO", "1ª VICE-PRESIDENTE"), which Unicode counts small letters.
_ORDINAL_MARKS = str.maketrans("", "", "ºª")


def _uncased(text: str) -> bool:
    """Whether *text* has letters and none of them has a case (Chinese, Japanese, Korean …)."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and not any(char.isupper() or char.islower() for char in letters)


def _capital_name(held: Signature, office: str, holder: str) -> bool:
    """Whether *holder*, in capitals after an office in capitals ("ΠΡΟΕΔΡΕΥΩΝ (ΓΕΩΡΓΙΟΣ
    ΛΑΜΠΡΟΥ)", "O SR. 2º SECRETÁRIO - CONTE LOPES"), is a name: a forename and a surname, where
    case tells nothing. An ordinal's mark ("2º", "1ª"), a small letter to Unicode, is no word's."""
    return bool(held.forenames) and holder.isupper() and office.translate(_ORDINAL_MARKS).isupper()


def _linked(holder: str, links: frozenset[str]) -> bool:
    """Whether a word inside *holder* is one of the *links* that join portfolios: the office's
    further portfolios after its comma ("NAIBU WAZIRI WA ELIMU, SAYANSI NA TEKNOLOJIA", "Minister
    of Finance, Planning and Economic Development"), no holder's name."""
    return any(word.casefold() in links for word in holder.split()[1:-1])


class _Form(NamedTuple):
    """What a label's printed form says by its words alone (see :meth:`Registry._read_form`):
    the same for every printing of that form, where who holds an office or presides may change
    between printings. *misread*: the form as printed where OCR misread it, else ""; *name*,
    *role*, *affiliation*: the label read so far, its name the holder's where a chair's office
    before it or a holder in its brackets names one; *party*: the group it speaks for;
    *initialled*: the brackets held the forename's initials, printed so as *bracketed*;
    *holder*: the person its brackets name as the office's holder, None where none;
    *chaired*: a chair's office printed before the name, printed so as *chaired_label*, and
    what a comma after the name *described*."""

    misread: str
    name: str
    role: str | None
    affiliation: str
    party: str
    initialled: bool
    bracketed: str
    holder: str | None
    chaired: bool
    described: str
    chaired_label: str


class _Bare(NamedTuple):
    """A label's name without the suffix or word of address after it (see
    :meth:`Registry._read_bare`): *addressed*, the name as printed with it, "" where it has none;
    *name*, the name without it; *key*, its label key; *alone*, an office alone, the body it
    speaks for in its brackets (see :meth:`Registry._office_only`); *addressing*, the key of the
    office it addresses after a form of address and an article, None where none."""

    addressed: str
    name: str
    key: str
    alone: bool
    addressing: str | None


class Registry:
    """Persons in order of first appearance, found by label."""

    def __init__(self, config: Config, lang: str = "und") -> None:
        self._config = config
        self._lang = lang  # its language orders the words of a name: "KOVÁCS JÁNOS"
        self._dotted = lang in DOTTED_I  # a name in capitals is set in Mixed case as its language does
        self._by_key: dict[str, Person] = {}
        self._accented: dict[str, str] = {}  # see learn_accents
        self._people: list[Person] = []
        self._specs: dict[str, Person] = {}
        for spec in config.persons:
            for label in spec.labels:
                self._specs[label_key(label)] = spec
        self._ids: set[str] = set()
        # labels of one person (see identity): each key's group, the groups' signatures and persons
        self._groups: list[list[Signature]] = []
        self._by_surname: dict[str, list[int]] = {}  # the groups of each surname
        self._fullest: list[str] = []
        self._printed: list[str] = []  # the first printed form of each label, in order
        self._group_of: dict[str, int | None] = {}
        self._described: frozenset[str] = frozenset()  # names a role after a comma describes
        self._group_person: dict[int, Person] = {}
        self._holders: dict[str, Person] = {}  # an office's key → its holder last named
        self._surname_chair = ""  # the chair's office the first surname is printed with: "委員長"
        self._chair_named: Person | None = None  # printed last with the chair's office in brackets
        self._signatures: dict[str, Signature | None] = {}  # read once: a label recurs every turn
        self._offices_before: dict[str, tuple[str, ...]] = {}  # the offices before a name, read once
        self._honoured: dict[str, tuple[str, ...]] = {}  # the office an honorific prints, read once
        # the label that first joined an office so printed to its bare form: "Her Excellency the
        # Ambassador" after "His Excellency the Ambassador" is a second envoy, no third name of his
        self._honoured_by: dict[str, str] = {}
        self._presiding_names: dict[tuple[str, str], bool] = {}  # whether a label names who presides
        self._offices_after: dict[str, tuple[str, str] | None] = {}  # a name's office after it, read once
        self._groups_named: dict[str, bool] = {}  # whether a label is a group's, read once
        self._offices_alone: dict[str, bool] = {}
        self._label_keys: frozenset[str] = frozenset()  # the keys of every label the record prints
        self._chairs_first: dict[str, tuple[str, str, str] | None] = {}  # a chair before a name, read once
        self._forms: dict[tuple[str, str | None, str], _Form] = {}  # a label's form's words, read once
        self._bares: dict[str, _Bare] = {}  # a label's name without its address, read once
        self._spoken: dict[str, Person] = {}  # persons by id, the one last resolved last
        self._shared: set[str] = set()  # brackets printed after the names of several members
        self._parties: set[str] = set()  # those of them shaped as a party's name
        # a label OCR misread once, or a surname's letter standing for it → the label as printed
        self._misread: dict[str, str] = {}
        self._seats: set[str] = set()  # names printed with several seats in brackets: several persons
        self._surname_first = False  # every name printed surname first: "Berthoud Sylvie (S, VD)"
        self._chair_forms = config.chair_alone_languages  # chair office alone → its languages
        self._chairs_seen: list[tuple[frozenset[str], Person]] = []  # the chair by each form, in order
        self._head_offices: set[tuple[str, ...]] = set()  # the words of a head's field naming the chair

    def expect(self, names: Iterable[str], described: Collection[str] = ()) -> None:
        """Learn the labels the record prints (in their order), so that the ones naming one
        person resolve to one: the edition's persons and groups of voices keep their own. The
        names *described* by a role after a comma are plainly persons' (see :func:`persons`)."""
        self._described = frozenset(described)
        free: dict[str, str] = {}  # the first printed form of each key
        labels = list(names)
        self._misread = _misreadings(labels, self._config.address_spellings) | lettered(labels, self._config)
        self._misread |= abbreviated_chairs(labels, self._config)  # "Pdte." beside "Presidente"
        self._label_keys = frozenset(label_key(self._behalf(printed)[0]) for printed in labels)
        self._chairs_first.clear()
        self._forms.clear()  # a form's reading asks the misreadings and the labels printed
        for printed in labels:
            name = self._behalf(printed)[0]
            name = (self._office_after(name) or (name, ""))[0]  # "Kovács Péter elnök"
            chaired = self._chair_first(name)
            name = chaired[1] if chaired else name  # "Председательствующий т. X", later "X"
            misread = printed in self._misread
            if label_key(name) not in self._specs and not self.is_group(name) and not misread:
                free.setdefault(label_key(name), name)
        self._printed = list(free.values())
        for group in persons(free.values(), self._config, self._lang, self._described):
            for name in group:
                self._group_of[label_key(name)] = len(self._groups)
            self._groups.append([sig for name in group if (sig := self._person_signature(name))])
            for surname in dict.fromkeys(s for sig in self._groups[-1] for s in sig.surnames):
                self._by_surname.setdefault(surname, []).append(len(self._groups) - 1)
            self._fullest.append(group[0])

    def _office_only(self, key: str) -> bool:
        """Whether the label *key* is one office and nothing else, its stem and the rest of its
        word ("delegate", "senator"), no name after it."""
        office = self._config.offices.match(key)
        return office is not None and " " not in key[office.end() :]

    def expect_brackets(self, labels: Iterable[tuple[str, str]]) -> None:
        """Learn the brackets the record prints after its labels' names, as (name, bracket): one
        printed after members of different surnames, an office and a surname in each label
        ("Stadtrat Müller (Wir für Bonn)", "Stadträtin Becker (Wir für Bonn)"), names no holder
        (no one holds two members' offices); where it is shaped as a party's name (two words or
        more from a capital, one in lower case: "Residents for Epsom"), not a place's
        ("Queensland", "South Australia", which several senators share), it is their party."""
        self._forms.clear()  # a form's holder asks the brackets shared and the parties
        labels = list(labels)
        surnames: dict[str, set[str]] = {}
        for name, bracket in labels:
            named = self._signature(name)
            if named is not None and named.offices:
                surnames.setdefault(bracket, set()).add(named.surname)
        self._shared = {bracket for bracket, found in surnames.items() if len(found) >= 2}
        self._parties = {bracket for bracket in self._shared if _party_shaped(bracket, self._config)}
        seats: dict[str, set[str]] = {}
        for name, bracket in labels:
            # a district's ordinal after a member's office alone: "SENATOR (11TH)", "SENATOR (25TH)";
            # or the union or body a conference's unnamed delegate speaks for: "DELEGATE (GMB)"
            office = self._office_only(label_key(name))
            if office or (_seat_shaped(bracket, self._config) and self._signature(name) is not None):
                seats.setdefault(label_key(name), set()).add(bracket.strip())
        self._seats = {key for key, found in seats.items() if len(found) >= 2}
        self._surname_first = any(self._names_surname_first(name, bracket) for name, bracket in labels)
        shortened: dict[str, dict[str, str]] = {}
        for name, bracket in labels:
            # "Anja Weber (AW): …" then "AW: …": the short form a broadcast's transcript sets in
            # brackets at a voice's first turn, printed as a label of its own below
            short = bracket.strip()
            if label_key(short) in self._label_keys and _initials_of(short, name):
                shortened.setdefault(short, {}).setdefault(label_key(name), name)
        for short, names in shortened.items():
            if len(names) == 1:  # "Anna Weber (AW)" and "Andreas Wolf (AW)": "AW:" is neither's
                self._misread.setdefault(short, next(iter(names.values())))

    def _names_surname_first(self, name: str, bracket: str) -> bool:
        """Whether *bracket* after *name* says the record prints every name surname first: a
        bare name in Mixed case (names alone: no title, office or initial) before the codes of
        ``surname_first_brackets`` ("Berthoud Sylvie (S, VD)")."""
        codes = self._config.surname_first_brackets
        if codes is None or not codes.match(bracket.strip()) or name.isupper():
            return False
        found = self._signature(name)
        return found is not None and found.reversed is not None

    def as_printed(self, name: str) -> str:
        """The label the record prints for *name*, which an examination's heading gives in another
        grammatical case ("Допрос свидетеля Петрова И. С." and "Петров И. С.:"; see
        :func:`inflected`): the first printed label of the one person it may be; *name* itself
        where it is printed so, or may be none or more than one."""
        key = label_key(name)
        if key in self._group_of or self.is_group(name):
            return name
        fits: dict[int | str, str] = {}
        for label in self._printed:
            if inflected(name, label, self._config.particles):
                group = self._group_of.get(label_key(label))
                fits.setdefault(label_key(label) if group is None else group, label)
        return next(iter(fits.values())) if len(fits) == 1 else name

    def _group(self, key: str, name: str, held: bool = False) -> int | None:
        """The group of labels *name* belongs to: learnt, or else the one group all of whose
        labels it fits (a voice from the hall, the examiner of "BY MR. SMITH:"). A name *held*
        an office ("ΠΡΟΕΔΡΕΥΩΝ (ΓΕΩΡΓΙΟΣ ΛΑΜΠΡΟΥ)") is plainly a person's, in capitals too."""
        if key not in self._group_of:
            sig = None if self.is_group(name) else self._person_signature(name)
            sig = sig.as_name() if sig and held else sig
            forms = [self._by_surname.get(surname, []) for surname in (sig.surnames if sig else ())]
            # a surname of so many forms joins none
            near = dict.fromkeys(i for found in forms if len(found) <= MOST_FORMS for i in found)
            fits = [i for i in near if sig and all(same(sig, s) for s in self._groups[i])]
            self._group_of[key] = fits[0] if len(fits) == 1 else None
        return self._group_of[key]

    def _unbracketed_title(self, found: re.Match[str]) -> str:
        """The form of address *found* in brackets inside a holder's brackets, without them ("Hon.
        (Ms.) X" reads "Hon. Ms. X"); any other bracket as printed."""
        title = found.group(1)
        return f" {title}" if self._config.titles.fullmatch(title.casefold()) else found.group()

    def _holder(self, name: str, role: str) -> str | None:
        """The person *role*, in parentheses after the label's *name*, names as the holder of
        the office *name* names (the name no person's: no surname; the role plainly one's),
        without what describes the holder after it ("Mr. Paul Tremblay (Lac-Vert, Lib.)",
        "Arthur Lira. PP - AL", "Casutt Martin, Präsident"); None where it names none."""
        if label_key(name) in self._specs or not self._opens_name(role):
            return None
        if self._placed_participant(name, role):  # "CALLER (Mary, Leeds)": the caller and her town
            return role
        if self.is_group(name):  # "Вопрос из зала (Сидорова М.И.)": the hall's voice, its asker named
            return role if self._asker(role) else None
        if self._addressed_after(name):  # "Etxeberria Zubiri jauna (EH Bildu)": the member's party
            return None
        groups = self._config.bracket_groups
        if role.casefold() in self._config.bracket_parties or role.partition(" ")[0].casefold() in groups:
            return None  # "Councillor Smith (Lib Dem)", "X (Gruppo Misto)": the member's party, no holder
        if _uncased(role):
            role = _office_repeated(name, role)
            spaced = self._spaced_holder(role)
            if spaced:  # "議長（社長　川口誠）": the holder's own office before the name, a space between
                role = spaced[1]
            return role if self._uncased_holder(name, role) else None
        role = _BRACKETED_TITLE.sub(self._unbracketed_title, role)
        holder = role
        for found in _DESCRIBED.finditer(role):
            word = found.group("word")
            if not word or (
                self._config.stop_ends_sentence(word)
                and not self._config.title_before_name(role, found.start("word"), found.end())
            ):
                holder = role[: found.end() - 1 if word else found.start()].strip()
                break
        held = self._signature(holder)
        if (
            held is None
            or held.numbers
            or not (held.named or _capital_name(held, name, holder) or self._capital_surname(name, holder))
            or _linked(holder, self._config.office_links)
        ):
            return None
        if self._describes(name, holder, held) or self._affiliated(holder, role):
            return None
        if self._delegation(name) and not (held.sex or held.initials or self._delegate_named(holder)):
            return None  # "DELEGATE (Gauteng)": the delegation the delegate speaks for, no name
        if self._seat_after_surname(name, holder, held):
            return None
        office = (
            self._office_alone(name)
            or self._unnamed_word(name, holder, held)
            or self._titled(name, holder)
            or self._participant_surname(name, holder, role)
        )
        return holder if office else None

    def _placed_participant(self, name: str, role: str) -> bool:
        """Whether *name* is a phone-in's participant's word alone (``placed_participants``:
        "CALLER") and *role*, in its brackets, the participant's forename and town after a comma,
        a word or two each in Mixed case ("Mary, Leeds"), as a phone-in prints each caller: each
        so bracketed one person, where the word alone names them all. Another participant's comma
        parts a surname from a party or a state ("MEMBER (Jones, Labour)", "REPRESENTATIVE
        (Harlan, Ohio)"): the surname is the person."""
        if label_key(name) not in self._config.any_placed_participant:
            return False
        parts = [part.split() for part in role.split(",")]
        return len(parts) == 2 and all(map(_placed_words, parts))

    def _participant_surname(self, name: str, holder: str, role: str) -> bool:
        """Whether *name* is a participant's word (``participants``: "MEMBER") and *holder*, the
        words before a comma in its brackets, a surname in Mixed case with the member's party or
        state after it ("MEMBER (Jones, Labour)"): the surname is the person, where the word alone
        would be one person for all members. Without the comma the word may be a place
        ("RESIDENT (Leeds)")."""
        return (
            label_key(name) in self._config.participants
            and role.startswith(f"{holder},")
            and _placed_words(holder.split())
        )

    def _asker(self, role: str) -> bool:
        """Whether *role*, in brackets after a voice of the hall, names the one who speaks: a
        surname with initials or after a form of address ("Сидорова М.И.", "Mrs Ellen Hart"),
        no party nor seat."""
        held = self._signature(role)
        if held is None or held.numbers or not held.surname:
            return False
        first = role.split()[0].casefold()
        return held.initials > 0 or self._config.titles.fullmatch(first) is not None

    def _delegation(self, name: str) -> bool:
        """Whether *name* is an office many hold at once, printed alone ("DELEGATE"): a bracket
        after it names the seat, no one holder as a chair's does."""
        return self._config.unarticled(name.strip()).casefold() in self._config.delegations

    def _delegate_named(self, holder: str) -> bool:
        """Whether *holder*, in brackets after a delegate's office, is the delegate's own name
        ("DELEGATE (John Mokoena)", "DELEGATE (Sipho McKenzie)"): two or three capitalised words in
        Mixed case (a capital after a surname's particle too), no comma, none a word of a seat nor
        two words of one (``delegation_seats``: "Eastern Cape", "Sierra Leone")."""
        words = holder.split()
        pairs = [f"{first} {second}" for first, second in pairwise(words)]
        return (
            2 <= len(words) <= _DELEGATE_NAME_WORDS
            and "," not in holder
            and all(_mixed_name_word(word) for word in words)
            and not any(word.casefold() in self._config.delegation_seats for word in words + pairs)
        )

    def _affiliated(self, holder: str, role: str) -> bool:
        """Whether *holder*, one word before a comma in the brackets *role*, is the body the
        speaker belongs to, a description of where in lower case after the comma ("DELEGATE
        (Unite, Northern region)", a congress's delegate of a union and its region): no holder."""
        if len(holder.split()) != 1 or not role.startswith(f"{holder},"):
            return False
        return _party_shaped(role[len(holder) + 1 :].strip(), self._config)

    def _seat_after_surname(self, name: str, holder: str, held: Signature) -> bool:
        """Whether *holder*, a word or two in the brackets with no form of address nor initial,
        follows an office and a surname ("SENATOR OKAFOR (Physics)", "Senator Okafor (Lagos
        Central)", a senate's member and department, state or constituency, not the surname
        again): the member's seat, no holder, as the surname is the
        label's own; a chair's office in capitals before its holder's surname is read apart, and
        so is an office's portfolio after its particle ("Minister for Finance (Donohoe)", "MINISTER
        OF FINANCE (OKAFOR)"): the brackets name its holder, as a reshuffle's next one differs."""
        words, seat = name.split(), holder.split()
        if len(seat) > _SEAT_HOLDER_WORDS or held.sex or len(words) < 2 or words[-1] == seat[-1]:
            return False
        if any(initial for _, initial in held.forenames) or not all(word[:1].isupper() for word in seat):
            return False
        last = words[-1].casefold()
        offices = self._config.office_words
        links = self._config.particles | self._config.office_links
        return (
            offices.fullmatch(words[0].casefold()) is not None
            and offices.fullmatch(last) is None
            and not any(word.casefold() in links for word in words[1:])
            and not self._chairs(name)
            and words[-1][:1].isupper()
        )

    def _capital_surname(self, name: str, holder: str) -> bool:
        """Whether *holder*, one word in capitals after the chair's office in capitals alone
        ("SR. PRESIDENTE (BALESTRINI)", Argentina's Diputados) or after an office and its
        portfolio ("MINISTER OF FINANCE (OKAFOR)"), is its holder's surname: case tells nothing
        there, and the brackets name who holds the office, a reshuffle's next holder another
        person; no common word of a language ("(SUITE)", "(CONTINUING)") is a surname."""
        word = holder.strip()
        return (
            word.isupper()
            and word.isalpha()
            and len(word) >= _CAPITAL_SURNAME_LETTERS
            and name.translate(_ORDINAL_MARKS).isupper()
            and (self._chairs(name) or self._portfolio_office(name))
            and word.casefold() not in self._config.any_language_words
        )

    def _portfolio_office(self, name: str) -> bool:
        """Whether *name* is an office and its portfolio after a particle ("MINISTER OF FINANCE",
        "THE SECRETARY FOR HEALTH"): an office one person holds at a time."""
        words = self._config.unarticled(name.strip()).split()
        offices = self._config.office_words
        return (
            len(words) > 2
            and offices.fullmatch(words[0].casefold()) is not None
            and words[1].casefold() in self._config.particles
        )

    def _titled(self, name: str, holder: str) -> bool:
        """Whether *name* opens with an office and *holder* with a form of address, as the
        Indonesian DPR prints a minister ("MENTERI HUKUM DAN HAM RI (Prof. Dr. X)", the Maltese
        "IL-MINISTRU GĦALL-INTERN (Onor. X)" with its article): the words after the office are its
        portfolio, with no particle before it, and the holder a person."""
        first, opens = name.split(maxsplit=1)[:1], holder.split(maxsplit=1)[:1]
        if not first or not opens:
            return False
        office = self._config.office_words.fullmatch(self._config.unarticled(first[0]).casefold()) is not None
        return office and self._config.titles.fullmatch(opens[0].casefold()) is not None

    def _office_after(self, name: str) -> tuple[str, str] | None:
        """The person *name* names and the office printed after the name, alone ("Horváth
        Zoltán polgármester") or after a comma ("M. Jean Dupont, rapporteur"); None where none is.
        Read once a label: a label recurs every turn."""
        return _once(self._offices_after, name, self._read_office_after)

    def _read_office_after(self, name: str) -> tuple[str, str] | None:
        if label_key(name) in self._specs or self.is_group(name):
            return None
        return (
            office_after(name, self._config)
            or office_after_comma(name, self._config)
            or holder_after_comma(name, self._config, self._lang)
        )

    def listed_holder(self, name: str, role: str | None) -> tuple[str, str] | None:
        """The person named among the offices a label lists between commas, and those offices
        ("Staatssekretär des Innern, Staatsminister Dr. von X, Bevollmächtigter zum Bundesrath":
        "Dr. von X", and "Staatssekretär des Innern, Staatsminister, Bevollmächtigter zum
        Bundesrath"): *name* an office alone, *role* its offices after it, one of which opens
        with an office and goes on with a name; None where the label is of another shape."""
        if not role or "," not in role or label_key(name) in self._specs or not self._office_alone(name):
            return None
        segments = [segment.strip() for segment in role.split(",")]
        for at, segment in enumerate(segments):
            parts = [part for part in name_parts(segment, self._config, self._lang) if part.kind]
            if not parts or parts[0].type != "office" or not any(part.kind == "surname" for part in parts):
                continue
            first = next(i for i, part in enumerate(parts) if part.type != "office")
            if parts[first].kind == "nameLink" and self._config.chambers.search(segment.casefold()):
                continue  # "Bevollmächtigter zum Bundesrath": an office and its chamber, no name
            person = segment[segment.index(parts[first].text, len(parts[0].text)) :]
            office = segment[: len(segment) - len(person)].strip()
            offices = [name.strip(), *segments[:at], office, *segments[at + 1 :]]
            return person, ", ".join(offices)
        return None

    def _unnamed_word(self, name: str, holder: str, held: Signature) -> bool:
        """Whether *name* is one word in capitals that names no one, before a holder printed
        with initials ("PIRMININKAS (J. KAZLAUSKAS).", "SEKRETORIUS (A. B. PAVARDĖ).") or with a
        form of address or a rank (a military court's "MJ [Col SPATH]:", "LDC [MR. NEVIN]:", the
        role's letters): an office the vocabulary may not know, since no record prints a surname
        over another's name."""
        named = self._signature(name)
        plain = named is not None and not (named.named or named.forenames or named.numbers)
        # one word in Mixed case alone is the delegate's country or place, as a congress of an
        # International prints it after the surname in capitals ("TREINT (France):", "БОРДИГА
        # (Италия).")
        placed = len(holder.split()) == 1 and not holder.isupper()
        addressed = held.initials > 0 or (held.named and not placed)
        return plain and name.strip().isupper() and len(name.split()) == 1 and addressed

    def _opens_name(self, role: str) -> bool:
        """Whether *role* opens as a name does: with a capital, a form of address abbreviated in
        lower case ("т. Андреев", "tow. Nowak", "т.Коларов") or in full before a capitalised name ("de heer
        Terpstra"), or a letter of a script without case ("蘇嘉全")."""
        words = role.split()
        first = words[0] if words else ""
        if first[:1].isupper() or _uncased(first[:1]):
            return True
        # a form of address in full in lower case before a capitalised name ("de heer Terpstra")
        addressed = words[1:] if first.casefold() in self._config.articles else words
        if (
            len(addressed) > 1
            and addressed[1][:1].isupper()
            and (self._config.titles.fullmatch(addressed[0].casefold()) or self._office_word(addressed[0]))
        ):
            return True
        # the abbreviation alone, or glued to the capitalised name after its stop ("т.Коларов")
        abbreviated, stop, after = first.partition(".")
        glued = not after or after[0].isupper()
        return bool(stop) and glued and abbreviated.casefold() in self._config.abbreviations

    def _office_word(self, word: str) -> bool:
        """Whether *word* in lower case is an office, or ends in one, in its definite form as
        Swedish prints it before the holder's name ("rådmannen", "kammaråklagaren")."""
        folded = word.casefold()
        return bool(self._config.offices.match(folded)) or office_ends(folded, self._config)

    def _uncased_holder(self, name: str, holder: str) -> bool:
        """Whether *holder*, in a script without case, names whoever holds the office *name*
        alone ("主席（蘇嘉全）", "○国務大臣（岸田文雄君）"): *name* ends with its office (in "李委員志強"
        a name follows it, and the brackets hold the party), and *holder* is a word as short as a
        name, no office in it, nor how the speech is given ("（以英语发言）"). A holder with its
        language's suffix of address is a person's name whatever precedes it: an office no
        vocabulary lists ("○教育長（加藤信一君）"), a member's seat ("○18番（山下良子君）")."""
        if self._addressed(holder):  # "रेल मंत्री (श्री अनिल शर्मा)", "ประธานสภา (นายวันชัย สุขใจ)"
            return (
                len(holder.split()) <= _UNCASED_NAME_WORDS and self._config.offices.search(name) is not None
            )
        bare = self._unaddressed(holder)
        named = self._unaddressed(name)
        if named != name and not self._config.office_words.search(named):
            return False  # "○中村美咲代議員（東京地本）": a name under its suffix, its local in brackets
        if office_inside_name(bare, self._config):  # "主席(蔡議長旺璉)": Taiwan's name and office
            return self._config.offices.search(name) is not None
        # one space between a surname and a given name under a suffix of address ("森 智広君"),
        # as the ideographic space between them is ("山口　正和君")
        spaced = " " in holder.strip() and (bare == holder or " " in bare.strip().replace(" ", "", 1))
        return (
            len(bare) <= _UNCASED_NAME_CHARS
            and not spaced
            and not self._config.office_words.search(bare)
            and not self._config.delivery.search(holder)
            and (bare != holder or office_ends(name, self._config) or self._seat(name))
        )

    def _seat(self, name: str) -> bool:
        """Whether *name* is a member's numbered seat (see :func:`numbered_seat`)."""
        return numbered_seat(name, self._config)

    def _spaced_holder(self, name: str) -> tuple[str, str] | None:
        """The office and its holder of a label in a script that sets no space between words,
        set apart by one ("审判长 李文华"): read as the office with its holder in brackets, the
        holder the person; None where the label is of another shape (a script that spaces its
        words prints an office of two, "محامي الدفاع", "अध्यक्ष महोदय")."""
        parts = name.split()
        if len(parts) != 2 or label_key(name) in self._specs:
            return None
        if not all(UNSPACED_WORD.fullmatch(part) for part in parts):
            return None
        office, holder = parts
        spaced = office_ends(office, self._config) and self._uncased_holder(office, holder)
        return (office, holder) if spaced else None

    def _member(self, name: str, role: str) -> str | None:
        """The member *role* names after a label that names a parliamentary group by one of its
        ``group_prefixes`` ("F-PDIP (BUDI SANTOSO, S.H.)", the Indonesian DPR's minutes): the
        name before any degree after its comma, of two words or more; else None."""
        member = role.split(",", 1)[0].strip()
        grouped = name.strip().casefold().startswith(self._config.group_prefixes)
        if not grouped or len(member.split()) < 2 or not self._opens_name(member):
            return None
        return member if self._signature(member) is not None else None

    def _slashed_holder(self, name: str, role: str) -> tuple[str, str] | None:
        """The office and its holder a label's brackets print apart by a slash after a body that
        speaks through him (the Indonesian DPR's "PEMERINTAH (MENTERI KEUANGAN/SRI WAHYUNI)",
        the government through its minister): an office of the vocabulary before the slash, a
        name of two words or more after it; None for another label."""
        office, slash, holder = role.partition("/")
        office, holder = office.strip(), holder.split(",", 1)[0].strip()
        words = holder.split()
        if not slash or "/" in holder or not name.strip() or len(words) < 2:
            return None
        if len(words) > _SLASHED_HOLDER_WORDS and any(word[:1].islower() for word in words):
            return None  # "High Representative of the Union for …": another office, its small words
        if not self._config.offices.match(office.casefold()) or self._config.office_words.search(holder):
            return None
        return (office, holder) if self._opens_name(holder) and self._signature(holder) else None

    def _addressed(self, holder: str) -> bool:
        """Whether *holder*, in a script that sets its words apart, opens with a form of address
        (``titles``, or one of ``joined_titles`` joined to the forename as Thai prints it) and
        names no office: a person, whatever its length."""
        first = holder.split(maxsplit=1)[0] if holder.strip() else ""
        addressed = (
            bool(self._config.titles.fullmatch(first.casefold())) or joined_title(first, self._config) > 0
        )
        return addressed and " " in holder.strip() and not self._config.office_words.search(holder)

    def _describes(self, name: str, holder: str, held: Signature) -> bool:
        """Whether *holder* (read as *held*), in parentheses after *name*, describes a person the
        label names rather than names the holder of an office: an office of its own ("Councillor
        Patel (Cabinet Member for Culture)"), what the record prints after the names of several
        members (see :meth:`expect_brackets`) after a member's office and a surname (a party
        no vocabulary knows: "Stadtrat Müller (Wir für Bonn)", "Stadträtin Becker (Wir für
        Bonn)"; no one holds two members' offices), or one bare word after an office and a name
        in Mixed case, the member's place ("Councillor Smith (Westside)", "Senator Smith
        (Queensland)")."""
        first = next((part for part in name_parts(holder, self._config, self._lang) if part.kind), None)
        if first is not None and first.type == "office":
            # an office before a surname, after an office alone, is the member's form of
            # address: the Dáil's "Minister for Finance (Deputy Paul Byrne)", a council's
            # "The Mayor (Cllr Jones)"
            return not (held.surname and self._office_alone(name))
        named = self._signature(name)
        if named is not None and named.offices and holder in self._shared:
            return True  # "Stadtrat Müller (Wir für Bonn)", "Stadträtin Becker (Wir für Bonn)"
        return len(holder.split()) == 1 and named is not None and not name.isupper() and not holder.isupper()

    def _behalf(self, name: str) -> tuple[str, str]:
        """*name* without what a label prints before it to say on whose behalf the member
        speaks (``behalf``: "CHP GRUBU ADINA MURAT YILDIZ"), and the group so named ("CHP"),
        ``""`` where it names none; *name* itself where no name follows. A State's name is
        printed before the words saying it speaks for a group (``group_behalf``)."""
        found = self._config.behalf.match(name.strip()) if self._config.behalf else None
        if found is None:
            # "Norland on behalf of the Nordic-Baltic group": the State that speaks for it
            split = self._config.for_group(name, self._lang)
            return (" ".join(split[0]), "") if split else (name, "")
        return name.strip()[found.end() :], (found.groupdict().get("party") or "").strip()

    def _unsaid(self, name: str) -> str:
        """*name* without the verb of saying a council's minutes print after who said it, before
        the colon and the quotation ("La Concejal Barruti expresó: “…”"): no word of the name. The
        item its author tabled is none ("La señora X, autora de la pregunta")."""
        head, _, last = name.rstrip().rpartition(" ")
        if not (head and last.islower() and last in self._config.narration):
            return name
        return name if self._config.tabled_item(name.rpartition(", ")[2]) else head

    def _person_signature(self, name: str) -> Signature | None:
        """The signature of the label *name* as one person's: plainly a name where a role after
        a comma described it."""
        sig = self._signature(name)
        return sig.as_name() if sig and name in self._described else sig

    def _signature(self, text: str) -> Signature | None:
        """:func:`signature` of *text*, read once for the whole record."""
        return _once(self._signatures, text, lambda text: signature(text, self._config, self._lang))

    def _chair_first(self, name: str) -> tuple[str, str, str] | None:
        """The chair's office, its holder and what describes him after a comma, of a label that
        prints the office before the name ("Председательствующий т. ГОРБАЧЁВ М. С., Генеральный
        секретарь ЦК КПСС") where the record prints the name alone too ("ГОРБАЧЁВ М. С."): the
        holder is that person, named as that label names him (no form of address), the office a
        form of his label; None for another label."""
        return _once(self._chairs_first, name, self._read_chair_first)

    def _read_chair_first(self, name: str) -> tuple[str, str, str] | None:
        if label_key(name) in self._specs:
            return None
        person, _, described = name.partition(",")
        parts = [part for part in name_parts(person, self._config, self._lang) if part.kind]
        at = next((i for i, part in enumerate(parts) if part.kind != "roleName"), 0)
        if not at or parts[0].type != "office" or parts[at].kind == "nameLink":
            return None
        office = person[: person.index(parts[0].text) + len(parts[0].text)]
        bare = person[person.index(parts[at].text, len(office)) :].strip()
        if not chairs(office, self._config, whole=True) or label_key(bare) not in self._label_keys:
            return None
        return office.strip(), bare, described.strip()

    def _portfolios(self, name: str, role: str) -> bool:
        """Whether *role*, after the comma of the office *name*, goes on with its portfolios
        ("NAIBU WAZIRI WA ELIMU, SAYANSI NA TEKNOLOJIA", "THE MINISTER OF FINANCE, PLANNING AND
        ECONOMIC DEVELOPMENT"; "The MINISTER OF SPORT, ARTS AND CULTURE", its article in Mixed
        case): one office, printed whole, no holder after it, in the case of its last word."""
        return (
            role.isupper() == name.rsplit(maxsplit=1)[-1].isupper()
            and "(" not in role
            and _linked(role, self._config.office_links)
            and self._office_alone(name)
        )

    def _committee_after(self, name: str, role: str) -> bool:
        """Whether *role*, after the comma of the office *name* (or in its brackets), names the
        committee or board the office heads ("Chairman, Finance Committee:", ``committees``):
        one office, printed whole, no holder's name."""
        return (
            role[:1].isupper()
            and "(" not in role
            and self._office_alone(name)  # asked once a name
            and self._config.names_committee(role)
            and not self._config.titles.fullmatch(role.split()[0].casefold())
        )

    def _committee_seat(self, name: str, seat: str) -> bool:
        """Whether *seat*, after the office and committee of *name* ("Chairman, Finance
        Committee"), is the holder's place, no holder: a few capitalised words, no form of
        address ("Chairman, Finance Committee, Northshire:"); "(Cllr Jane Smith)" names one."""
        office, comma, body = name.partition(",")
        words = seat.split()
        return (
            bool(comma)
            and 0 < len(words) <= _SEAT_WORDS
            and all(word[:1].isupper() for word in words)
            and not office_or_title(words[0], self._config)
            and self._config.names_committee(body)
            and self._office_alone(office)
        )

    def _office_alone(self, name: str) -> bool:
        """Whether *name* names an office and no person: no name in it, or an office phrase."""
        return _once(
            self._offices_alone,
            name,
            lambda name: self._signature(name) is None or office_phrase(name, self._config),
        )

    def names_person(self, text: str) -> bool:
        """Whether *text* names a person, not an office alone ("Перший заступник Голови …")."""
        return not self._office_alone(text)

    def _held(self, key: str, name: str) -> Person | None:
        """The holder of the office *name* (of label *key*) names: named with that office, or
        else, for an office without a name, the holder last named with the office in full whose
        shortened form it is, its portfolio left off ("The Secretary of State:" after "The
        Secretary of State for Health and Social Care (Sarah Linton):")."""
        alone = self._office_alone(name)
        if key in self._holders or not alone:
            return self._holders.get(key)
        for office in reversed(self._holders):
            portfolio = office[len(key) :].split() if office.startswith(f"{key} ") else []
            shortened = bool(portfolio) and portfolio[0] in self._config.particles
            if shortened and not self._office_of_its_own(name, portfolio):
                return self._holders[office]
        return None

    def _office_of_its_own(self, name: str, portfolio: list[str]) -> bool:
        """Whether the chair's office *name* with *portfolio* after it is another office, which
        the chair's office alone does not shorten: a portfolio that names no house the chair
        presides ("El Sr. Presidente del CONSEJO DE MINISTROS (X):", then the chamber's "El Sr.
        PRESIDENTE:", someone else)."""
        return chairs(name, self._config) and not self._config.chambers.search(" ".join(portfolio))

    def _held_addressed(self, office: str | None) -> Person | None:
        """The holder last named with the *office* (its key) a label addresses after a form of
        address and an article (see :meth:`_addressed_office`), or None."""
        return self._holders.get(office) if office is not None else None

    def _addressed_office(self, name: str) -> str | None:
        """The key of the office *name* addresses after a form of address and an article ("M. le
        ministre de l'intérieur", "Herr der Minister"), or None where it is of another shape."""
        words = name.split()
        if len(words) < 3 or not self._config.titles.fullmatch(words[0]):
            return None
        rest = words[2:] if words[1].casefold() in self._config.articles else []
        return label_key(" ".join(rest)) if rest else None

    def _honoured_office(self, name: str) -> tuple[str, ...]:
        """The keys of the office *name* prints after an honorific and an article, the office
        with its article and alone ("HIS EXCELLENCY THE GOVERNOR": "the governor", "governor";
        "His Worship the Mayor"), the honorific a whole office of the vocabulary ("his
        excellency", "his worship"; the honorific vouches for the office after it, "Governor" no
        office of the vocabulary) and the office a word or two, capitalised, no particle: the
        record prints its holder with the honorific and without as one person. An office with
        its portfolio after it ("His Excellency the President of Ghana") or a name with no
        article ("His Excellency Mr. X") gives none: another office's holder may be printed by
        the office alone."""
        words = name.split()
        for at in range(1, min(len(words) - 1, _HONORIFIC_WORDS + 1)):
            if words[at].casefold() not in self._config.articles:
                continue
            honorific, office = " ".join(words[:at]), " ".join(words[at + 1 :])
            rest = words[at + 1 :]
            if (
                len(rest) <= _HONOURED_WORDS
                and all(word[:1].isupper() and word.casefold() not in self._config.particles for word in rest)
                and self._config.offices.fullmatch(honorific.casefold()) is not None
                and not chairs(honorific, self._config)
            ):
                return label_key(" ".join(words[at:])), label_key(office)
        return ()

    def _read_bare(self, name: str) -> _Bare:
        """*name*, the person a label names, read without the suffix or word of address after it
        (see :meth:`_unaddressed`), by its words alone: read once a name (see :class:`_Bare`),
        where the holders it asks for change between printings."""
        bare = self._unaddressed(name)
        key = label_key(bare)
        return _Bare(
            name if bare != name else "", bare, key, self._office_only(key), self._addressed_office(bare)
        )

    def _chair_translated(self, key: str) -> Person | None:
        """The chair named before by the office alone in another language, when the label of
        *key* is that office alone: the Canadian Commons' "Le Président:" after "The Speaker:",
        the Belgian Chamber's "Le président:" after "De voorzitter:"; the last so named. None where
        *key* is no such office, or its forms so far are all of its own language."""
        languages = self._chair_forms.get(key)
        if not languages:
            return None
        return next((person for seen, person in reversed(self._chairs_seen) if not seen & languages), None)

    def _office_before(self, name: str) -> tuple[str, ...]:
        """The keys of the office that opens *name* before the holder's name, printed with it and
        no bracket ("Vorsitzender Dr. Martin Keller", a committee's record that prints the chair
        once in full and then "Vorsitzender:" alone; "Świadek Anna Zielińska", then "Świadek:"),
        none if no office opens it. Read once a label: a label recurs every turn."""
        return _once(self._offices_before, name, self._read_office_before)

    def _read_office_before(self, name: str) -> tuple[str, ...]:
        words = name.split()
        if len(words) == 1 and _uncased(name):  # "主席賀志成": the office joined to the full name
            parts = name_parts(name, self._config, self._lang)
            opens = len(parts) > 1 and parts[0].kind == "roleName" and parts[1].kind == "surname"
            office = parts[0].text if opens else ""
            return (label_key(office),) if office and not self._deputy(label_key(office)) else ()
        if len(words) < 2 or self._signature(name) is None:
            return ()  # an office alone names no holder; "Präsident Löwenthal" one by surname
        for end in range(1, len(words)):
            office = " ".join(words[:end])
            if self._office_alone(office):
                alone = label_key(office)
                # the office's complement in lower case is its own ("Przewodniczący obrad tow.
                # Kowalski", then "Przewodniczący obrad:"), up to a form of address or a particle
                while end < len(words) - 1 and self._complement(words[end]):
                    end += 1
                office = " ".join(words[:end])
                rest, key = " ".join(words[end:]), label_key(office)
                # the office's words go on up to the holder's initials ("Председатель Совета
                # Министров СССР А. Н. Косыгин"): the chair's word alone is another's office
                lettered = regex(initial_pattern(self._config.digraph_initials))  # "А.", "N.", "Sh."
                initial = next((at for at, word in enumerate(words) if lettered.fullmatch(word)), end)
                if initial > end:
                    key = label_key(" ".join(words[:initial]))
                    return (key,) if self.names_person(rest) and not self._deputy(key) else ()
                if not self.names_person(rest) or self._deputy(key):
                    return ()
                # the office alone is the holder's too, the complement left off ("Председатель
                # комиссии Иванов", then "Председатель:"), as it is where none is printed
                return (key,) if alone == key or self._deputy(alone) else (key, alone)
        return ()

    def _complement(self, word: str) -> bool:
        """Whether *word*, after an office's word, is its complement in lower case ("obrad" of
        "Przewodniczący obrad"): no form of address, particle or initial."""
        folded = word.casefold()
        return (
            word.isalpha()
            and word.islower()
            and not self._config.titles.fullmatch(folded)
            and folded not in self._config.particles
        )

    def _deputy(self, key: str) -> bool:
        """Whether the chair's office *key* qualifies another inside it ("wicemarszałek",
        "vizepräsident", "místopředseda"): a deputy, one of several, whom the office alone
        does not name."""
        return any(self._config.chairs.match(key[at:]) for at in range(1, len(key)))

    def _name_alone(self, holder: str) -> str:
        """The person *holder* names, without the office, the chamber and the forms of address a
        heading puts before it: the initials and the surname beside them ("Председатель
        Государственной Думы В. В. Волков", "Голова Верховної Ради України МОРОЗ О.О."), else
        the name words after the last word that names a chamber ("marszałek Sejmu Jerzy
        Wenderlich"), else from the first forename or surname on."""
        parts = name_parts(holder, self._config, self._lang)
        names = [i for i, part in enumerate(parts) if part.kind in ("forename", "surname")]
        if not names:
            return holder
        initials = [i for i in names if parts[i].initial and _capitals(parts[i].text)]
        chambers = [i for i in names if self._config.chambers.search(parts[i].text.casefold())]
        first, last = names[0], len(parts) - 1
        if initials:  # the surname stands after the initials (a forename may open the name), or before them
            before = names.index(initials[0]) - 1
            at = names.index(initials[-1])
            if at + 1 < len(names):
                # the name words that follow on, each after a space or a particle: "D. MANUEL
                # ORTIZ LLORENTE", "C. ARMANDO DEL CASTILLO FRANCO"
                end = at + 1
                while end + 1 < len(names) and all(
                    p.kind == "nameLink" or not p.text.strip() for p in parts[names[end] + 1 : names[end + 1]]
                ):
                    end += 1
                first, last = names[0] if before == 0 else initials[0], names[end]
            else:
                first, last = names[max(before, 0)], initials[-1]
        elif chambers and chambers[-1] != names[-1]:
            first = names[names.index(chambers[-1]) + 1]
        while first >= 2 and parts[first - 2].kind == "nameLink":  # "Van Dalen", "Van der Berg"
            first -= 2
        return "".join(part.text for part in parts[first : last + 1]).strip()

    def _addressed_after(self, name: str) -> bool:
        """Whether *name* is a person's, a form of address printed after it as a word of its own
        ("Etxeberria Zubiri jauna"), no office before the form ("Lehendakari jauna"): its brackets
        name the member's party or seat, never the holder of an office."""
        before, _, last = name.strip().rpartition(" ")
        if not before or last.casefold() not in self._config.address_after:
            return False
        return not any(self._config.office_words.fullmatch(word.casefold()) for word in before.split())

    def _unaddressed(self, name: str) -> str:
        """*name* without the suffix of address its language joins to it ("佐藤一郎君"): one
        person however the record addresses them; a name in a script without case only. Or
        without a form of address printed after it as a word of its own ("ARANO jaunak")."""
        bare = name.strip()
        before, _, last = bare.rpartition(" ")
        if before and last.casefold() in self._config.address_after:
            return before.rstrip()
        for suffix in self._config.address_suffixes.get(self._lang or "", ()):
            if bare.endswith(suffix) and len(bare) > len(suffix) + 1 and _uncased(bare):
                return bare[: -len(suffix)]
        return name

    def chair_field(self, field: str) -> None:
        """Learn *field*, the words before the colon of the head's line naming the chair ("Before
        the Commissioner", "Led by Commissioner"): the office it ends with, printed alone as a
        label ("THE COMMISSIONER:"), is the chair's in this record, though no parliament's."""
        words = tuple(field.casefold().split())
        if words:
            self._head_offices.add(words)
            self._forms.clear()  # a form's holder may be this chair's (see _capital_surname)

    def _chairs(self, name: str) -> bool:
        """Whether the label *name* is the chair's office: one of ``chairs``, or the office the
        head's field naming the chair ends with (see :meth:`chair_field`)."""
        if chairs(name, self._config):
            return True
        words = tuple(bare_office(name, self._config).casefold().split())
        return bool(words) and any(field[-len(words) :] == words for field in self._head_offices)

    def _presiding_in_full(self, holder: str, presiding: str) -> str:
        """The chair a heading names in full ("Presidencia del señor diputado Aurelio Benítez"),
        where the label of the chair's office prints its holder by the surname alone ("Sr.
        PRESIDENTE (Benítez)"): one person with the forename; else *holder* as printed."""
        full = self._unaddressed(self._name_alone(presiding))
        words, short = label_key(full).split(), label_key(holder).split()
        if len(short) != 1 or len(short) >= len(words):  # the surname alone, no name in full
            return holder
        inside = any(words[at : at + len(short)] == short for at in range(1, len(words) - len(short) + 1))
        return full if inside else holder

    def _presides(self, name: str, presiding: str) -> bool:
        """Whether *name* is the chair's office alone, which the person *presiding* holds now:
        not yet theirs, or held by another before the heading named them."""
        if label_key(name) in self._specs or self._signature(name) is not None:
            return False
        if not self._chairs(name):
            return False
        holder = self._holders.get(label_key(name))
        return holder is None or not any(self._names_in_full(presiding, label) for label in holder.labels)

    def _names_in_full(self, name: str, label: str) -> bool:
        """Whether *name* and a person's *label* print one name: alike, or each a forename and a
        surname of one person, whatever honours or seat they add ("Jeannie Roe OBE", a head's
        field naming the chair, and "The President (Jeannie Roe)" before it)."""
        if label_key(name) == label_key(label):
            return True
        mine, theirs = self._signature(name), self._signature(label)
        return bool(mine and theirs and mine.forenames and theirs.forenames and same(mine, theirs))

    def _is_presiding(self, name: str, presiding: str) -> bool:
        """Whether the label *name* names the person a heading put in the chair (*presiding*),
        by name ("Lucrările sînt prezidate de domnul X" over "Domnul X:"): the chair, though no
        label prints the office. Read once a pair: a label recurs every turn."""
        return _once(self._presiding_names, (name, presiding), self._read_presiding)

    def _read_presiding(self, pair: tuple[str, str]) -> bool:
        """By the name in full, or by the surname alone where the heading names the chair in
        full ("Hon. Nora J. Whitcombe [chairwoman of the subcommittee] presiding." over "Mrs.
        WHITCOMBE."), as a US hearing prints its chair's label."""
        name, presiding = pair
        alone = label_key(self._name_alone(presiding))
        label = label_key(self._name_alone(name))
        if not alone or not label:
            return False
        words = alone.split()
        return label == alone or (len(words) > 1 and label == words[-1])

    def legend(self, code: str, name: str) -> None:
        """Learn from the record's legend that the label *code* names *name* ("PO  Presiding
        Officer", "CA  Counsel Assisting" over a commission's turns "PO: …", "CA: …"), as the
        edition's entry with that label would; an entry of the edition keeps its own."""
        key = label_key(code)
        if key not in self._specs:
            self._specs[key] = Person(id=slug(name), name=name, labels=[code], chair=self._chairs(name))
            self._forms.clear()  # the forms read so far may name this entry's label

    def configured_keys(self) -> set[str]:
        """Label keys the edition's configuration names."""
        return set(self._specs)

    def is_group(self, name: str) -> bool:
        """Whether *name* is a group of voices ("Zuruf von der SPD"); asked of every label each
        turn, read once."""
        return _once(self._groups_named, name, self._group_named)

    def _group_named(self, name: str) -> bool:
        """:meth:`is_group` worked out: a group's pattern, or one word of the hall's (a salutation
        of one word or the members' plural: "Товарищи (хором):", "Депутаты:"), the hall that
        answers, as the label of one person it is none. Not in CAPITALS: a record that prints its
        members' surnames so prints such a word as a member's too (the Italian Senate's "COMPAGNI
        (PD).", "SIGNORI."), its hall's voices listed groups ("VOCI DAL CENTRO")."""
        name = name.strip()
        if self._config.groups.match(name):
            return True
        return " " not in name and not name.isupper() and hall_word(name, self._config)

    def printed_as(self, person: Person, label: str) -> bool:
        """Record *label* as a form the record prints for *person* (an examination's "A" for
        its witness, a listed speech's block): whether it is a new one."""
        if label in person.labels:
            return False
        person.labels.append(label)
        return True

    def resolve(
        self,
        name: str,
        role: str | None = None,
        affiliation: str = "",
        presiding: str = "",
        as_label: bool = True,
    ) -> Person:
        """The person a label names, created on first sight, with the role and the party
        (*affiliation*) its first label gives. An office whose holder the label names in
        parentheses ("The Prime Minister (Boris Johnson)", "Forseti (Jón Jónsson)") is that
        person in that office, and so is the office printed alone after it ("The Prime
        Minister:", as Hansard prints a holder once in full), until another holder is named. The
        chair's office alone ("PRESIDENTE.") is the person a heading put in the chair
        (*presiding*: "Presidenza del presidente ROSSI"), until another heading names another.
        A *name* not printed (*as_label* false: the unnamed witness's word) is no label form."""
        read = _once(self._forms, (name, role, affiliation), self._read_form)
        misread, name, role, affiliation, party = (
            read.misread,
            read.name,
            read.role,
            read.affiliation,
            read.party,
        )
        initialled, bracketed, holder = read.initialled, read.bracketed, read.holder
        chaired, described, chaired_label = read.chaired, read.described, read.chaired_label
        shown = holder  # the holder as the label prints it: "Sr. PRESIDENTE (Benítez)"
        if holder and presiding and self._chairs(name):
            holder = self._presiding_in_full(holder, presiding)
        if not holder and presiding and self._presides(name, presiding):
            holder = self._name_alone(presiding)
        affiliation = "" if holder and not role else affiliation
        office = name.strip() if holder else ""
        presides = bool(holder) and self._chairs(name)
        presides = presides or bool(presiding and not holder and self._is_presiding(name, presiding))
        if holder:  # the office is the holder's role, unless it is the chair's: role="chair" says it
            name, role = holder, None if presides or self._seat(name) else bare_office(name, self._config)
            role = role or described or None
        addressed, name, key, alone, addressing = _once(self._bares, name, self._read_bare)
        seat = role or (affiliation if alone or _DISTRICT.fullmatch(affiliation.strip()) else "")
        seated = bool(seat) and not holder and key in self._seats
        if seated:  # "Dr. Müller (Meiningen)" beside "Dr. Müller (Sagan)", "SENATOR (11TH)": two members
            key = label_key(f"{name.strip()} {seat}")
        person = None if holder else self._held(key, name) or self._held_addressed(addressing)
        honoured = () if holder else _once(self._honoured, name, self._honoured_office)
        honoured = tuple(form for form in honoured if self._honoured_by.setdefault(form, key) == key)
        person = person or next((self._by_key[form] for form in honoured if form in self._by_key), None)
        bracket = (role or affiliation).strip()
        labels = person.labels if person is not None else []
        if labels and bracket[:1].isupper() and not any(bracket in label for label in labels):
            # "DELEGATE (GMB)" after "DELEGATE (Unite)": the office's holder was another seat's; a
            # note in lower case is the holder's own ("THE MINISTER FOR HEALTH (in Kiswahili):")
            person, key = None, label_key(f"{name.strip()} {bracket}")
        person = person or (None if holder else self._named_chair(name, role))
        person = person or self._by_key.get(key) or (None if holder else self._chair_translated(key))
        if person is None:
            spec = self._specs.get(key)
            group = None if spec or seated or initialled else self._group(key, name, bool(office))
            ident = spec.id if spec else slug(key)
            if spec:
                person = next((p for p in self._people if p.id == ident), None)
            else:
                person = self._group_person.get(group) if group is not None else None
            if person is None:
                if not spec:
                    base, n = ident, 2
                    while ident in self._ids:
                        ident, n = f"{base}-{n}", n + 1
                person = self._new(ident, unmarked(name if group is None else self._fullest[group]), spec)
                if group is not None:
                    self._group_person[group] = person
            self._by_key[key] = person
        # as printed: "鈴木一郎君", "SEN. AQUINO (R.)"
        printed_name = shown if shown and shown != holder else (addressed or name)
        new_label = as_label and self.printed_as(person, bracketed or printed_name.strip())
        if misread:
            self.printed_as(person, misread.strip())
        if office and not self.is_group(office):  # the office as printed is a form of the holder's
            # label, alone too; the hall's voice alone ("Вопрос из зала:") is the hall's, unnamed
            self._holders.pop(label_key(office), None)  # the holder last named comes last
            self._holders[label_key(office)] = person
            self.printed_as(person, chaired_label if chaired else office)
        elif role and not holder and not person.group and self._config.offices.match(role.strip().casefold()):
            # "M. Guizot, ministre de l'instruction publique", then "M. le ministre de
            # l'instruction publique": the office after the comma is the one addressed later
            self._holders.pop(label_key(role), None)
            self._holders[label_key(role)] = person
        elif not holder and not person.group:
            for before in self._office_before(name):  # "Vorsitzender Dr. Martin Keller:", then
                self._holders.pop(before, None)  # "Vorsitzender:" alone: the same
                self._holders[before] = person
        for form in honoured:  # "HIS EXCELLENCY THE GOVERNOR:", then "THE GOVERNOR:": one person
            if not person.group:
                self._holders.pop(form, None)
                self._holders[form] = person
        for form in (key, label_key(office)):
            if form in self._chair_forms:
                self._chairs_seen.append((self._chair_forms[form], person))
        if role and role.strip() and not person.role:  # "IVANOV,<tab>:" has no role
            person.role = role.strip()
        affiliation = affiliation or party
        if affiliation and not person.affiliation and not person.group:
            person.affiliation = affiliation
        if (new_label or role or presides) and not person.chair and not person.group:  # once a form
            person.chair = (
                presides
                or chairs(name, self._config)
                or self._chair_after_surname(name)
                or bool(role and chairs(role, self._config, whole=True))
            )
        if not holder and role and chairs(role, self._config, whole=True) and not self._office_alone(name):
            self._chair_named = person  # "M. LAVOIE (président):", then "M. LE PRESIDENT:" is he
        self._spoken.pop(person.id, None)
        self._spoken[person.id] = person
        return person

    def _read_form(self, printed_as: tuple[str, str | None, str]) -> _Form:
        """What the label printed as *printed_as* (its name, its brackets and its party as the
        caller reads them) says by its words alone, before the registry's holders and chairs are
        asked: the misreading it is of, the party it speaks for, an office's portfolio, initials
        or holder in its brackets, a chair's office before the name (see :class:`_Form`). Read
        once a form (see :meth:`resolve`): a label recurs every turn, and these readings, some
        fifteen rules, had been most of the time each printing took."""
        name, role, affiliation = printed_as
        misread = name if name in self._misread else ""  # printed so, a form of the label believed
        name = self._misread.get(name, name)
        name, party = self._behalf(name)
        name = self._unsaid(name)
        # "THE MINISTER OF FINANCE, PLANNING AND …", "Chairman, Finance Committee:" (the body it heads)
        if role and (self._portfolios(name, role) or self._committee_after(name, role)):
            name, role = f"{name.strip()}, {role.strip()}", None
        initialled = _initialled(name, role, self._config)
        bracketed = f"{name.strip()} ({(role or '').strip()})" if initialled else ""
        if initialled:  # printed in its brackets, read as a forename's: "SEN. AQUINO R."
            name, role = initialled, None
        after = None if label_key(name) in self._specs else self._office_after(name)
        if after and role:  # "DR. SZALAI ANNA államtitkár (Belügyminisztérium)": the named's office
            name, role, affiliation = self._described_office(after, role, affiliation)
        else:
            after = after or (None if affiliation else self.listed_holder(name, role))
            if after:  # "Dr. Kovács Péter elnök", "Staatssekretär …, Staatsminister Dr. von X, …"
                name, role = after
        spaced = None if role or affiliation else self._spaced_holder(name)
        if spaced:  # "审判长 李文华": the office, its holder after a space as if in brackets
            name, role = spaced
        if role and role in self._parties and not affiliation:  # "Councillor Jones (Residents for Epsom)"
            affiliation, role = role, None
        if role and role.startswith(affiliation) and self._delegation(name) and not self._holder(name, role):
            affiliation, role = role, None  # "DELEGATE (Gauteng)", "(GMB, London region)": its delegation
        # a holder in capitals reads as a party: "ΠΡΟΕΔΡΕΥΩΝ (ΓΕΩΡΓΙΟΣ ΛΑΜΠΡΟΥ)"
        printed = role or affiliation
        member = self._member(name, role or "")
        if member:  # "F-PDIP (BUDI SANTOSO, S.H.)": the group is the member's party
            name, role, affiliation, printed = member, None, name.strip(), ""
        slashed = None if member else self._slashed_holder(name, role or "")
        if slashed:  # "PEMERINTAH (MENTERI KEUANGAN/SRI WAHYUNI)": the body the holder speaks for
            name, role, affiliation, printed = slashed[1], slashed[0], name.strip(), ""
        holder = self._holder(name, printed) if printed and not self._committee_seat(name, printed) else None
        chaired = None if holder or spaced or member or slashed else self._chair_first(name)
        described, chaired_label = "", name.strip()
        if chaired:  # "Председательствующий т. ГОРБАЧЁВ М. С., …", later "ГОРБАЧЁВ М. С.": the holder
            name, holder, described = chaired[0], chaired[1], chaired[2] or role or ""
        return _Form(
            misread,
            name,
            role,
            affiliation,
            party,
            bool(initialled),
            bracketed,
            holder,
            bool(chaired),
            described,
            chaired_label,
        )

    def _chair_after_surname(self, name: str) -> bool:
        """Whether *name* is a surname with the chair's office joined after it, as a script
        without spaces prints whoever presides ("井川委員長", "矢代委員長", the Diet's committee
        chair; "王主席"): the office, read alone, is a chair's."""
        if not UNSPACED_WORD.search(name):
            return False
        parts = [part for part in name_parts(name.strip(), self._config, self._lang) if part.kind]
        if not parts:
            return False
        *named, office = parts
        if not (
            office.kind == "roleName"
            and any(part.kind == "surname" for part in named)
            and all(part.kind in ("surname", "forename") for part in named)
            and chairs(office.text, self._config, whole=True)
        ):
            return False
        # the office of the first so printed presides, with its deputies ("副委員長"); another
        # chair's office is a guest's ("大野議長" reporting to a committee its "浜中委員長" chairs)
        self._surname_chair = self._surname_chair or office.text
        return office.text.endswith(self._surname_chair)

    def _named_chair(self, name: str, role: str | None) -> Person | None:
        """The person last printed with the chair's office in brackets after the name, for a
        label that is the chair's office alone: the Québec Journal des débats prints its Speaker
        "M. LAVOIE (président):" once, then "M. LE PRESIDENT:". None for another label."""
        if (
            role
            or self._chair_named is None
            or not chairs(name, self._config)
            or not self._office_alone(name)
        ):
            return None
        return self._chair_named

    def _described_office(
        self, after: tuple[str, str], bracket: str, affiliation: str
    ) -> tuple[str, str, str]:
        """The person, role and party of a label that prints a name, its office after it and a
        bracket after both ("DR. SZALAI ANNA államtitkár (Belügyminisztérium)"): the bracket
        describes the office (a ministry) or is the member's party; never the office's holder."""
        person, office = after
        if bracket.strip().casefold() in self._config.bracket_parties and not affiliation:
            return person, office, bracket.strip()
        return person, f"{office} ({bracket.strip()})", affiliation

    def _new(self, ident: str, name: str, spec: Person | None) -> Person:
        """A new person: the edition's entry (its labels filled in as they are printed), or one
        made from the label; the parts of its name are decided here, once."""
        recording = label_key(name) in self._config.recordings  # "[Video Clip]:": played, no one's
        group = recording or self.is_group(name)
        particles = self._config.particles - self._config.capital_particles
        shown = _display(name, particles, group, self._dotted, self._config.postnominal_letters)
        if shown != name:  # cased from CAPITALS: the accents the record prints the words with
            shown = " ".join(self._accent(word) for word in shown.split())
        shown = self._office_capitals(shown) if shown == name and not group else shown
        if spec is not None:
            person = replace(spec, labels=[], name=spec.name or shown, group=spec.group or group)
        else:
            person = Person(
                id=ident, name=shown, labels=[], group=group, role="recording" if recording else None
            )
        person = in_parts(person, self._config, self._lang, self._surname_first)
        if spec is None and shown != name:
            person = self._parts_as_printed(person, name)
        self._ids.add(ident)
        self._people.append(person)
        return person

    def learn_accents(self, text: HeldText) -> None:
        """Learn the words *text* prints capitalised with their accents, one spelling each
        ("ο κ. Παπαδάκης"): a name printed in CAPITALS, which Greek writes without them
        ("ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΑΚΗΣ"), is cased with that spelling ("Παπαδάκης"), not "Παπαδακης". The
        text is read a run of lines at a time: no word spans a line's end."""
        spellings: dict[str, set[str]] = {}
        for run in text.chunks():
            for found in _CAPITALISED_WORD.finditer(run):  # no list of the record's capitalised words
                word = found[0]
                if word[1:].islower() and _marked(word):
                    spellings.setdefault(_unmarked(word), set()).add(word)
        self._accented = {bare: words.pop() for bare, words in spellings.items() if len(words) == 1}

    def _accent(self, word: str) -> str:
        """*word*, cased from CAPITALS, as the record prints it with its accents where it
        carries none itself (see :meth:`learn_accents`); a short word (a particle) as it is."""
        if len(word) < _ACCENTED_LETTERS or _marked(word):
            return word
        return self._accented.get(_unmarked(word), word)

    def _office_capitals(self, name: str) -> str:
        """*name*, an office in Mixed case before a name in CAPITALS ("Statsrådet LENA HALLBERG",
        the Riksdag's minister; "Председательствующий ГОРБАЧЁВ М. С."), with the name's words
        set as a name in capitals alone is: the record sets the name apart by its case, as it
        prints its members' labels whole in CAPITALS. After a form of address alone the capitals
        are the surname's as the language prints it ("M. Jean DUPONT") and stay."""
        parts = name_parts(name, self._config, self._lang)
        named = [part for part in parts if part.kind in ("forename", "surname") and not part.initial]
        if (
            not named
            or parts[0].kind != "roleName"
            or parts[0].type != "office"
            or parts[0].text.isupper()
            or "".join(part.text for part in parts) != name
            or not all(part.text.isupper() for part in named)
        ):
            return name
        particles = self._config.particles - self._config.capital_particles
        letters = self._config.postnominal_letters
        return "".join(
            _display(part.text, particles, False, self._dotted, letters) if part in named else part.text
            for part in parts
        )

    def _parts_as_printed(self, person: Person, printed: str) -> Person:
        """*person*, the parts of its name read from the label in capitals it was *printed*
        as, where its language prints two surnames: "PÉREZ GARCÍA" is two surnames, which
        "Pérez García" in Mixed case is not (a forename and a surname)."""
        if self._lang not in self._config.name_order.get("two_surnames", ()) or len(printed) != len(
            person.name
        ):
            return person
        parts = name_parts(printed, self._config, self._lang)
        if not parts or " ".join(printed.split()) != printed:
            return person
        at, shown = 0, []
        for part in parts:
            shown.append(replace(part, text=person.name[at : at + len(part.text)]))
            at += len(part.text)
        return replace(person, parts=tuple(shown))

    def state_chairs(self) -> set[str]:
        """The ids of the chairs whose every office is the state's (``state_chairs``: a
        President, a Vice-President), who may be no chair of the sitting (see :meth:`unseat`)."""
        return {person.id for person in self._people if person.chair and self._state_offices(person)}

    def _state_offices(self, person: Person) -> dict[str, str]:
        held = {label: office for label in person.labels if (office := chair_office(label, self._config))}
        return held if held and all(office in self._config.state_chairs for office in held.values()) else {}

    def unseat(self, addressing: set[str]) -> None:
        """Unseat the chairs of the state's offices who address a Speaker (``speaker_chairs``),
        the ids *addressing*: "The Vice-President (Dr X): Mr Speaker, I rise …" speaks as
        members do; the office is the holder's role."""
        for person in self._people:
            held = self._state_offices(person) if person.chair and person.id in addressing else {}
            if held:
                person.chair = False
                if person.role is None and len(held) < len(person.labels):  # a holder named
                    person.role = next(iter(held))

    def unseat_visiting_heads(self) -> None:
        """Unseat a chair whose every label is the state's office before a name, no article
        before it ("President Petro Urrego (spoke in Spanish):", a head of state the General
        Assembly hears), where another chair speaks by the office with its article ("The
        Acting President:"), who chairs the sitting; the visitor's office is the role."""
        articles = self._config.articles
        articled = any(
            label.split()[0].casefold() in articles and chair_office(label, self._config)
            for person in self._people
            if person.chair
            for label in person.labels
        )
        for person in self._people if articled else ():
            held = self._state_offices(person) if person.chair else {}
            if (
                held
                and len(held) == len(person.labels)
                and all(
                    label.split()[0].casefold() not in articles
                    and len(bare_office(label, self._config).split()) > 1
                    for label in held
                )
            ):
                person.chair = False
                person.role = person.role or next(iter(held.values())).capitalize()

    @property
    def people(self) -> list[Person]:
        return list(self._people)

    @property
    def spoken(self) -> list[Person]:
        """The persons labels named, in the order each was last named."""
        return list(self._spoken.values())


def _once(cache: dict[_K, _T], key: _K, read: Callable[[_K], _T]) -> _T:
    """What *read* gives for *key*, read once a record: a label recurs every turn."""
    if key not in cache:
        cache[key] = read(key)
    return cache[key]


def _misreadings(names: list[str], spellings: dict[str, str]) -> dict[str, str]:
    """The labels of *names* (all printed, in order) that OCR misread, each printed once, with
    the label they are of: printed more often, or else with fewer marks of a misreading
    (:func:`~stenogram.transcript.candidate.misread_marks`), or else first, under the same
    :func:`~stenogram.transcript.candidate.ocr_key` ("Mr. SMlTH" → "Mr. SMITH", "M. le
    présidcnt" → "M. le président"), a form of address in its other *spellings* read as the
    one it is of ("MADAME PRESIDENT" → "MADAM PRESIDENT"), a word a hyphen broke at a line's end
    as the word whole ("THE CHAIR-" / "MAN:" → "THE CHAIRMAN"). A label printed twice or more is
    read as printed, but for a zero or a one among its letters beside the label spelt with them
    ("THE C0URT" beside "THE COURT": :func:`~stenogram.transcript.candidate.digit_for_letter`)."""
    counts = Counter(label_key(name) for name in names)
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(label_key(name), name)

    def read(key: str) -> str:  # the words run together: a hyphen that broke one at a line's end
        return ocr_key("".join(spellings.get(word, word) for word in key.split(" ")))

    best: dict[str, str] = {}  # each OCR key's label most printed, spelt with letters first
    for key, name in first.items():
        other = best.get(read(key))
        if other is None or (digit_for_letter(name), -counts[key], misread_marks(name)) < (
            digit_for_letter(other),
            -counts[label_key(other)],
            misread_marks(other),
        ):
            best[read(key)] = name
    return {
        name: best[read(key)]
        for key, name in first.items()
        if (counts[key] == 1 or (digit_for_letter(name) and not digit_for_letter(best[read(key)])))
        and label_key(best[read(key)]) != key
    }


def _initialled(name: str, role: str | None, config: Config) -> str:
    """*name* with the forename's initials its brackets (*role*) print after it ("SEN. AQUINO
    (R.)" is "SEN. AQUINO R."), a person of their own; "" where the brackets hold no initials,
    or an office's abbreviation shaped as initials (an Italian trial's prosecutor, "P.M.")."""
    if not role or not _INITIALS.fullmatch(role.strip()) or not role.strip()[0].isupper():
        return ""
    if config.offices.fullmatch(role.strip().casefold()):
        return ""
    return f"{name.strip()} {role.strip()}"


def _office_repeated(office: str, holder: str) -> str:
    """*holder* without the *office* its bracket repeats after the name, as some assemblies print
    the holder ("議長（坂井芳浩議長）", "市長（山本健一市長）"); *holder* itself where it does not."""
    office, holder = office.strip(), holder.strip()
    repeated = holder.endswith(office) and len(holder) > len(office)
    return holder[: -len(office)].rstrip() if repeated else holder


_HONORIFIC_WORDS = 2  # words of an honorific before an office's article at most: "His Excellency"
_HONOURED_WORDS = 2  # words of the office after it at most: "the Governor-General", "the Lord Mayor"
_SEAT_WORDS = 3  # the most words of a constituency in a label's brackets: "Frankfurt an der Oder"
_DELEGATE_NAME_WORDS = 3  # the most words of a delegate's name in brackets: "Thandi Grace Mokoena"


# A district's ordinal in a label's brackets, as a US state senate prints a member's seat.
_DISTRICT = regex(r"\d{1,3}(?:st|nd|rd|th|d)", re.IGNORECASE)


def _seat_shaped(bracket: str, config: Config) -> bool:
    """Whether *bracket*, after a member's name, may be the seat that tells two members of one
    name apart, as old records print them ("Dr. Müller (Meiningen)", "Dr. Müller (Sagan)"): words
    of letters from a capital, no office, no party of the vocabulary, no note in lower case
    ("continuing") nor a clock."""
    words = bracket.split()
    return (
        0 < len(words) <= _SEAT_WORDS
        and bracket.strip()[:1].isupper()
        and all(word.replace("-", "").isalpha() for word in words)
        and bracket.strip().casefold() not in config.bracket_parties
        and not config.office_words.search(bracket.casefold())
    )


def _initials_of(short: str, name: str) -> bool:
    """Whether *short*, letters in CAPITALS, is the initials of *name*'s words in order, or its
    first letter where it is one word ("AW" of "Anja Weber", "M" of "Moderator")."""
    if not (1 <= len(short) <= _INITIALS_MOST and short.isalpha() and short.isupper()):
        return False
    words = name.split()
    return short == "".join(word[:1] for word in words) or (len(words) == 1 and short == name[:1])


_INITIALS_MOST = 4  # letters of a name's initials set in brackets as its short form


def _party_shaped(bracket: str, config: Config) -> bool:
    """Whether *bracket* reads as a party's name rather than a place's: two words or more, the
    first a capital, and a word in lower case among them ("Wir für Bonn", "Residents for
    Epsom"; "South Australia" is a place), no office in it ("Cabinet Member for Culture")."""
    words = bracket.split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and any(word.islower() for word in words[1:])
        and not config.office_words.search(bracket)
    )


def in_parts(person: Person, config: Config, lang: str = "und", surname_first: bool = False) -> Person:
    """*person* with the parts of its name decided (a group's name has none), as the language
    *lang* orders them, or surname first in a record that prints every name so."""
    if person.group:
        return person
    if person.name.casefold() in config.examiner_words:
        return replace(person, parts=())  # "Допрашивающий", "L'interrogateur": whoever asks, no surname
    return replace(person, parts=name_parts(person.name, config, lang, surname_first))


# A word of letters alone, a capital first: a name's spelling as the record prints it (only
# these are listed, not every word of the record).
_CAPITALISED_WORD = regex(rf"(?<![\w'’-])[{UPPER}][^\W\d_]{{3,}}(?![\w'’-])")
_ACCENTED_LETTERS = 4  # letters of a word cased from CAPITALS that takes the record's accents


def _marked(word: str) -> bool:
    """Whether *word* carries an accent or another combining mark (no word in ASCII does: most
    of a record's capitalised words are asked)."""
    if word.isascii():
        return False
    return any(unicodedata.combining(char) for char in unicodedata.normalize("NFD", word))


def _unmarked(word: str) -> str:
    """*word* in lower case with no accent: the key of its spellings."""
    return unicodedata.normalize("NFC", unaccented(word.casefold()))


def _display(
    name: str,
    particles: frozenset[str],
    group: bool = False,
    dotted: bool = False,
    letters: frozenset[str] = frozenset(),
) -> str:
    """A readable name from a label in capitals: each word capitalised, every part of a
    hyphenated or apostrophed one too ("MAXWELL-FYFE", "O'BRIEN"), a name's particles in lower
    case ("THE SPEAKER OF THE HOUSE" → "The Speaker of the House"), an initial a capital
    ("ИВАНОВ И. И." → "Иванов И. И.", "JOHN F. KENNEDY"); a voice of the hall keeps its short
    words in lower case ("ГОЛОС ІЗ ЗАЛУ" → "Голос із Залу"). In a language that writes a
    *dotted* and a dotless i, its capitals are lowered as it does ("ALİ KILIÇ" → "Ali Kılıç").
    The post-nominal *letters* after the name stay capitals ("MR PEMBERTON KC" → "Mr Pemberton KC").
    An article in Mixed case before capitals stays as printed ("The MINISTER OF SPORT" → "The
    Minister of Sport", as South Africa's Hansard prints each office)."""
    article, _, rest = name.partition(" ")
    if not name.isupper() and rest.isupper() and article.istitle() and article.casefold() in particles:
        return f"{article} {_display(rest, particles, group, dotted, letters)}"
    if not name.isupper():
        return name
    words = []
    words_in = name.split()
    for i, word in enumerate(words_in):
        if (
            _INITIALS.fullmatch(word)
            or _code(word)
            or (i == len(words_in) - 1 and run_initials(word))  # "HHG", "Witness KXR"; not "MRS X"
            or (i and word.rstrip(".") in letters)
        ):
            words.append(word)
        elif i and (word.casefold() in particles or (group and len(word) <= 3)):
            words.append(_lowered(word, dotted))
        elif _ELIDED_ARTICLE.match(word):  # "L'ACCUSÉ", "L'ONOREVOLE": an article, then a word
            words.append(_capitalised(word, dotted))
        else:
            words.append(_WORD_PART.sub(lambda part: _recased(part, dotted), word))
    return " ".join(words)


def _recased(part: re.Match[str], dotted: bool) -> str:
    """A part of a word in capitals recased: capitalised after a hyphen or an apostrophe that
    joins two names ("O'BRIEN" → "O'Brien", "DELL'UTRI" → "Dell'Utri"), in lower case where the
    apostrophe elides letters inside a word and a letter or two end it ("RET'D" → "Ret'd")."""
    word, start = part.string, part.start()
    if len(part.group()) <= 2 and start >= 2 and word[start - 1] in "'’" and word[start - 2].isalpha():
        before = _WORD_PART.findall(word[: start - 1])
        if before and len(before[-1]) > 1:
            return _lowered(part.group(), dotted)
    return _capitalised(part.group(), dotted)


# The languages whose capital I lowers to a dotless ı and whose dotted İ to i (Unicode's
# SpecialCasing.txt: Turkish and Azerbaijani).
DOTTED_I = frozenset({"tr", "az"})


def _capitalised(word: str, dotted: bool = False) -> str:
    """*word* with its first letter a capital, the rest lower case; the dotted capital I of
    Turkish and Azerbaijani ("KÂTİP", "İSMAİL") is a plain i in lower case, where Unicode's
    default mapping would add a combining dot ("Kâti̇p"), and in those languages (*dotted*) the
    capital I a dotless ı ("KILIÇ" → "Kılıç")."""
    if dotted:
        return word[:1].upper() + _lowered(word[1:], dotted)
    return word.capitalize().replace("i\u0307", "i")


def _lowered(word: str, dotted: bool) -> str:
    """*word* in lower case, as a language with a *dotted* and a dotless i lowers its I's."""
    if dotted:
        word = word.replace("I", "ı").replace("İ", "i")
    return word.lower().replace("i\u0307", "i")


_WORD_PART = regex(r"[^\W\d_]+")  # the letters between a hyphen or an apostrophe
_CODE = regex(r"[^\W\d_]\W?\d|\d\W?[^\W\d_]")  # letters and digits side by side
_ORDINAL = regex(r"\d+[^\W\d_]{1,2}\.?")  # "2ND", "21ST": a number's ending, lowered


def _code(word: str) -> bool:
    """Whether *word* is a code kept as printed, letters and digits in one word (a witness's
    pseudonym: "K24", "DRC-OTP-0042"), no ordinal number."""
    return _CODE.search(word) is not None and _ORDINAL.fullmatch(word) is None


_ELIDED_ARTICLE = regex(r"L['’]", re.IGNORECASE)  # French and Italian; "D'ALEMA" is a name's
# "F.", "И.", "Ж.-П." (its hyphen the non-breaking one too), "О.О" (its stop cut); and in a
# label's brackets, a space between them, the forename's initials that tell members of one
# surname apart, as the Philippine Congress prints them ("SEN. CAYETANO (P.)", "REP. ROMUALDEZ
# (J. P.)"): no role. A word abbreviated to two letters is a party's ("(D. Vp.)", "(Rp.)").
_INITIALS = regex(r"(?:[^\W\d_]\.[\-\u2010\u2011 ]?)+[^\W\d_]?")


def _capitals(text: str) -> bool:
    """Every letter a capital: an initial ("В.", "О.О"), not a title ("D.ª", "h. c.")."""
    return all(char.isupper() for char in text if char.isalpha())


_PARTICLE_OPENING = regex(rf"{PARTICLE}(?=[{UPPER}])")  # "Mc" of "McKenzie", "Mac" of "MacDonald"


_PLACED_WORDS = 2  # the words of a participant's forename, or of the town after it ("Mary, Leeds")


def _placed_words(words: list[str]) -> bool:
    """Whether *words* are a caller's forename or town: a word or two in Mixed case."""
    return 1 <= len(words) <= _PLACED_WORDS and all(map(_mixed_name_word, words))


def _mixed_name_word(word: str) -> bool:
    """Whether *word* is a name's word in Mixed case, its capital first or after a surname's
    particle ("Mokoena", "McKenzie", "MacDonald", "DuPont"), no word in CAPITALS."""
    particle = _PARTICLE_OPENING.match(word)
    rest = word[particle.end() :] if particle else word
    return rest[:1].isupper() and rest[1:].islower()
