"""What a label candidate is (its name, role, punctuation, and the key under which its printed
variants are one speaker), and the letters of the scripts labels are read in: which are
capitals, which scripts have no case or end no sentence with a stop.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from stenogram.transcript.regexcache import pattern_text, regex


def letter_class(test: Callable[[str], bool]) -> str:
    """A regex character class of every letter in the Basic Multilingual Plane passing *test*,
    built once a machine: a test is known by its code (a function's instructions and constants),
    so a test changed is a class built anew."""
    code = getattr(test, "__code__", None)
    key = repr((code.co_code, code.co_consts, code.co_names) if code else test)
    return pattern_text(key, lambda: _letter_class(test))


def _letter_class(test: Callable[[str], bool]) -> str:
    points = [c for c in range(0x10000) if test(chr(c))]
    ranges: list[str] = []
    start = points[0]
    for prev, cur in zip(points, [*points[1:], -1], strict=True):
        if cur != prev + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = cur
    return "".join(ranges)


# Upper- and lower-case letters of every script (Latin with diacritics, Cyrillic, Greek …).
UPPER = letter_class(str.isupper)
SMALL = letter_class(lambda c: c.isalpha() and not c.isupper())
# Surname particles printed in lower case inside a name in CAPITALS: McCLURE, DeCONCINI.
PARTICLE = r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’]|D['’])"
LETTER = regex(r"[^\W\d_]")
# The ideographs of Chinese, Japanese and Korean (the unified block, its first extension and the
# compatibility block) and the Hangul syllables, as ranges of a pattern's character class.
IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HANGUL = "\uac00-\ud7a3"
# the circles and the diamond a Japanese or Chinese record's label opens with ("○議長（…君）",
# "〇議長(…君)", "◆２番（…君）"), one set for every reading of them
CJK_MARKERS = "○◯◆◎●〇"
# The vowel signs and other marks of a letter (Devanagari's "ी", Thai's "ี"): no word's end.
MARKS = letter_class(lambda c: unicodedata.category(c) in ("Mn", "Mc"))
# letters, digits and their marks: SPEAKER 1 and SPEAKER 2 differ, and so do "มาลี" and "มาลา"
_KEY_WORD = regex(rf"(?:[^\W_]|[{MARKS}])+")
# A word: its letters, each with the marks a decomposed or a toned letter carries ("Ọ̀gbẹ́ni",
# the Yoruba tones no letter of Unicode holds composed; Devanagari's vowel signs): a run of
# letters first, as most words have no mark, then marks each opening a run of its own.
_MARKED = rf"[^\W\d_]+(?:[{MARKS}]+[^\W\d_]*)*"
WORD = regex(rf"{_MARKED}(?:[-'’‘]{_MARKED})*")
ORDINAL_MARKS = regex("[ºª]")  # "2º SECRETÁRIO": letters Unicode counts as lower case
# An ordinal in figures with its mark or its ending after a hyphen, a word of a name or office:
# "2º SECRETÁRIO", and the namesake's number the old State Duma prints after a surname
# ("Марков 2-й.", "Львов 1-й."), whose ending is no word in lower case of a sentence; and the
# French and Spanish endings glued to the figure before a council's deputy ("Mme la 1ère
# Adjointe :", "M. le 2e adjoint :", "1er Teniente de Alcalde:").
ORDINAL_WORD = r"\d{1,2}(?:[ºª°]|-[^\W\d_]{1,3}(?![^\W\d_])|(?:er|re|ère|e|ème|nde)(?![^\W\d_]))"
ORDINAL = regex(ORDINAL_WORD)
# A Roman numeral of the few letters a list of a text's items counts in ("II", "IV", "XII"; not
# "LI" or "MI", a name's letters).
ENUMERATOR = regex(r"X{0,3}(?:IX|IV|V?I{0,3})")
# The full-width brackets that enclose a label as its punctuation ("【裁判長】", "〔検察官〕"),
# each closing one after its opening one.
ENCLOSING = {"】": "【", "〕": "〔", "〗": "〖", "］": "［"}
# The square bracket closing a label in a script without case that a web copy's live text prints
# before each speech, the speech glued to it ("[新闻发布会主持人 陈立新]各位记者…", "[王晓梅]下面…").
SQUARED = "]"
# A role or a name a publisher put in square brackets in place of a person's name, its number
# perhaps, the label's colon after it: a Dutch court's pseudonymised record ("[Verdachte]:",
# "[slachtoffer]:", "[getuige 1]:").
PSEUDONYM_LABEL = regex(r"\[(?P<label>[^\W\d_]+(?:[ ][^\W\d_]+)?(?:[ ]\d{1,3})?)\]:(?=[ \t]|\n|$)")
# the punctuation of a role glued before the corner bracket quoting its words: "裁判長「…」"
QUOTED = "「"
# The full-width round bracket closing an office or a question's or answer's word alone on its
# line, the speech below, as a Japanese ministry's summary of its press conference prints them
# ("（大臣）", "（記者）", "（問）"); such brackets enclose the hall's events too ("（拍手）").
ROUNDED = "）"
# The angle bracket closing a chat's or a meeting log's nick or role, the speech after it on its
# line ("<jdoe> first topic: …", "<CHAIR> Good morning."): its punctuation.
ANGLED = ">"
# The brackets that close a label enclosed in them: its punctuation.
ENCLOSED = frozenset({*ENCLOSING, SQUARED, ROUNDED, ANGLED})
# The round bracket that closes a witness's name before the answer on its line, as the Commons'
# minutes of evidence printed the answers until 2005 ("(Sir John Smith) Yes."): its punctuation.
ANSWERED = ")"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible label at the start of a text. Slotted, its three derived values cached in slots
    of their own: a record's many candidates hold no dictionary each."""

    name: str  # the name as printed, without role and punctuation
    role: str | None
    punct: str
    end: int  # where the speech begins
    printed: str  # the label as printed, up to and including its punctuation
    title: str = ""  # a form of address before the name ("Mr.")
    time: str = ""  # a time stamp printed before the label ("[00:01:23]")
    prefix: str = ""  # a marker or number printed before the label ("○", "Anf. 12")
    party: str = ""  # a party the label prints in lower case after the name ("vihr")
    page: str = ""  # the printed edition's page before the label, as printed ("[612] ")
    paired: bool = False  # one of a question-and-answer pair ("Q.", "Frage:", "Ответ:")
    reported: bool = False  # the reporter's verb follows it, no punctuation: "MR. SMITH said, …"
    # described, key and upper: worked out when first asked, then kept
    _described: bool | None = field(default=None, init=False, repr=False, compare=False)
    _key: str | None = field(default=None, init=False, repr=False, compare=False)
    _upper: bool | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def unopened(self) -> bool:
        """Whether the label's role is printed with its closing bracket and no opening one, which
        a copy lost ("議長伏屋嘉弘君)"): the name and the role joined are how it is printed."""
        printed = self.printed.rstrip()
        return bool(self.role) and printed.endswith((")", "）")) and not any(c in printed for c in "(（")

    @property
    def affiliation(self) -> str:
        """The party the label names in parentheses or brackets (``(DIE LINKE)``, ``[SPD]``,
        ``(PvdD)``) or after a comma (``Jan Kowalski, SPD:``): a role mostly in capitals, of a
        few words, with no initials. In a label all in CAPITALS the capitals after the comma tell
        nothing: the words there describe the person ("JANE MORROW, CNN ANCHOR:"), a role; a
        description in Mixed case keeps its party ("РУБЦОВ В. Л., фракция "ЕДИНАЯ РОССИЯ"")."""
        role = self.role or ""
        role = "" if self.described and self.upper and role.isupper() else role
        return self.party or _affiliation(self.printed, role, self.name)

    @property
    def described(self) -> bool:
        """Whether the label prints its role after the name and a comma, outside brackets ("JANE
        MORROW, ANCHOR:", "Pierre Dumont, ministre:"): what a person is, said of a name."""
        if self._described is None:
            object.__setattr__(self, "_described", self._find_described())
        return bool(self._described)

    def _find_described(self) -> bool:
        role = (self.role or "").strip()
        if not role or "," not in self.printed:
            return False
        return re.search(rf"{re.escape(self.name.strip())}\s*,\s*{re.escape(role)}", self.printed) is not None

    @property
    def held(self) -> str | None:
        """The role a person holds, less the party and what follows it where the role's
        parenthesis prints them as sentences of their own: the Brazilian notes' holder, bloc,
        party and state, then the kind of speech ("Rodrigo Almeida. Bloco/PSD - MG. Fala da
        Presidência.", "Bloco/PT - SP. Para encaminhar. Sem revisão do orador."): no role."""
        role = self.role
        if not role or "." not in role:  # one sentence at most (the body asks each turn's twice)
            return role
        parts = _sentences(role)
        if len(parts) < 2 or self.affiliation not in parts:
            return self.role
        return ". ".join(parts[: parts.index(self.affiliation)]) or None

    @property
    def key(self) -> str:
        """The name's key (:func:`label_key`), read once: the decision asks it of every
        occurrence many times (a million times on the 4 MB input)."""
        key = self._key
        if key is None:
            key = label_key(self.name)
            object.__setattr__(self, "_key", key)
        return key

    @property
    def addressed(self) -> bool:
        """A form of address before the name (``Mr.``, ``M. le``), not an article alone (``The``)."""
        return bool(re.sub(r"(?i)^the\b", "", self.title).strip())

    @property
    def strong(self) -> bool:
        """A form of address or a role: ``Mr. Smith:``, ``Petrov (presiding).``, ``M. le président.``"""
        return bool(self.role) or self.addressed

    @property
    def short(self) -> bool:
        """A one-letter label such as the Q. and A. of examination transcripts, or a word of
        such a pair printed in full ("Frage:", "Réponse :", "Ответ:"). One ideograph is a word,
        no letter: a Chinese court's role abbreviated ("审：", "原：") is read as any label,
        unless it is a letter of a pair ("问："). A letter whose note in brackets follows its stop
        keeps the stop in its name ("A. (Speaks English) Good morning.", "A. (Interpretation) …")
        and is that letter."""
        letter = self.name[:-1] if len(self.name) == 2 and self.name.endswith(".") else self.name
        return self.paired or (len(letter) == 1 and not _IDEOGRAPH.match(letter))

    @property
    def upper(self) -> bool:
        if self._upper is None:
            name = ORDINAL_MARKS.sub("", self.name[len(self.title) :])
            letters = [c for c in re.sub(PARTICLE + r"(?=[^\W\d_])", "", name) if c.isalpha()]
            object.__setattr__(self, "_upper", all(c.isupper() for c in letters))
        return bool(self._upper)

    @property
    def named_in_capitals(self) -> bool:
        """A name in CAPITALS opens it, its description in lower case after ("SZIJJÁRTÓ PÉTER
        külgazdasági és külügyminiszter", the Országgyűlés's minister): two words or more."""
        words = self.name[len(self.title) :].split()[:2]
        return len(words) == 2 and all(len(word) >= 2 and word.isupper() for word in words)


@lru_cache(maxsize=4096)
def _affiliation(printed: str, role: str, name: str = "") -> str:
    """The first text in brackets of *printed* outside its *name* (an office's portfolio: "…
    (PRIMARY HEALTH CARE)"), or else *role*, shaped as a party (asked once per distinct label: a
    record prints its labels again and again)."""
    texts = [text for text in bracketed(printed) if f"({text})" not in name]
    return next(
        (text for text in [*texts, role, *_sentences(role)] if is_party(text) and not _place_word(text)), ""
    )


_IDEOGRAPH = regex(f"[{IDEOGRAPHS}]")
# Words of a script that sets no space between them: ideographs and the Japanese kana
UNSPACED_WORD = regex(f"[\u3040-\u30ff{IDEOGRAPHS}]+")
_VOWELS = frozenset("AEIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜ")
_PLACE_LETTERS = 8  # letters of a word in CAPITALS past any party's acronym: "(GORAKHPUR)"


def _place_word(text: str) -> bool:
    """Whether *text*, in a label's brackets, is one long word in CAPITALS spelt as a word is, its
    vowels a third of its letters: a constituency ("SHRI X (GORAKHPUR):", India's record), no
    party's acronym ("AIADMK", "CDU/CSU")."""
    return (
        text.isalpha()
        and text.isupper()
        and len(text) >= _PLACE_LETTERS
        and 3 * sum(c in _VOWELS for c in text) >= len(text)
    )


def _sentences(role: str) -> list[str]:
    """The sentences of *role*, each without its stop ("Bloco/PT - SP. Pela ordem."): a stop
    before a word in Mixed case ends one, an initial's does not ("SHRI A. B. SHARMA")."""
    return [part.strip(" .") for part in _ROLE_SENTENCE.split(role) if part.strip(" .")]


_ROLE_SENTENCE = regex(rf"\.\s+(?=[{UPPER}][{SMALL}])")
BRACKETED = regex(r"[(\[]([^()\[\]\n]{1,80})[)\]]")


def bracketed(printed: str) -> list[str]:
    """The texts in parentheses or square brackets of a printed label, in order."""
    return [found.group(1).strip() for found in BRACKETED.finditer(printed)]


def is_party(text: str) -> bool:
    """Whether *text* has the shape of a party's name or acronym: two or more capitals, at
    least half of its letters, at most three words, no full stop ("CDU/CSU", "BÜNDNIS 90/DIE
    GRÜNEN", "PvdD"; not "Leipzig", "presiding", "SHRI A. B. SHARMA"), or a bloc's name before
    a slash and a party so shaped ("Bloco Parlamentar Vanguarda/PL - RJ", the Brazilian notes)."""
    bloc, slash, party = text.rpartition("/")
    if slash and bloc[:1].isupper() and "." not in bloc and len(bloc.split()) <= 6 and is_party(party):
        return True
    letters = [c for c in text if c.isalpha()]
    capitals = sum(1 for c in letters if c.isupper())
    return capitals >= 2 and capitals * 2 >= len(letters) and "." not in text and len(text.split()) <= 3


# Georgian is written without capitals, though Unicode gives its letters a case (Mtavruli, the
# capitals, serve headings only); Thai, Lao and Khmer end no sentence with a stop. Where a text is
# in these scripts, the evidence of case and of a final stop says nothing.
_NO_STOPS = regex("[\u0e00-\u0eff\u1780-\u17ff]")


def lower_case(char: str) -> bool:
    """Whether *char* is a small letter of a script written with capitals (the Georgian
    letters, U+10D0 to U+10FF, are small ones of a script without: compared, not matched, as
    this is asked of most letters a label's scoring reads)."""
    return char.islower() and not "\u10d0" <= char[:1] <= "\u10ff"


def without_stops(char: str) -> bool:
    """Whether *char* belongs to a script that ends no sentence with a stop (Thai, Lao, Khmer)."""
    return _NO_STOPS.match(char) is not None


def stopless_end(text: str) -> bool:
    """Whether *text* ends in a script that ends no sentence with a stop, past the figures it
    may close with: a Thai sentence's share or year ("… เพิ่มขึ้นร้อยละ 15", "… ธันวาคม 2566")
    ends it as its last word would."""
    return without_stops(text.rstrip().rstrip("0123456789%").rstrip()[-1:])


def cased(text: str) -> bool:
    """Whether *text* has a letter of a script written with case (Latin, Cyrillic, Greek …)."""
    return any(c.isupper() or lower_case(c) for c in text)


_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def uncased(text: str) -> bool:
    """Whether most letters of *text* are of a script without case: a PDF's text may map a few
    of a Tamil font's ligatures to Greek letters ("அைமச்சᾞம்"), no word of a cased script.
    Every letter of ASCII has case: a text with at least as many as it has other characters is
    answered by counting them; another's distinct characters are asked once each (a line's
    letters repeat, and this is asked of whole lines)."""
    plain = text.encode("ascii", "ignore")
    if len(plain) - len(plain.translate(None, _ASCII_LETTERS)) >= len(text) - len(plain):
        return False
    cased_letters = letters = 0
    for char, count in Counter(text).items():
        if char.isupper() or lower_case(char):
            cased_letters += count
        if char.isalpha():
            letters += count
    return cased_letters * 2 < letters


def unclosed(line: str) -> bool:
    """Whether *line* opens a parenthesis it does not close: a role the wrap cut ("THE MINISTER
    OF AGRICULTURE (SHRI X" / "Y): Sir, …"), never a name alone on its line; or a low quotation
    mark, the procedure a label names cut inside its name ("… der „blauen" / "Karte“. – …")."""
    # each mark's presence asked first: most lines open no bracket and no low quotation mark
    return ("(" in line and line.count("(") > line.count(")")) or (
        "„" in line and line.count("„") > line.count("“") + line.count("”")
    )


# Latin letters OCR reads for the Cyrillic ones they look like ("БУXAPOB" for "БУХАРОВ").
_CYRILLIC_LOOKALIKES = str.maketrans("aceopxyikmhtb", "асеорхуікмнтв")
_CYRILLIC = regex("[\u0400-\u04ff]")
_LATIN = regex("[a-z]")


def _one_script(word: str) -> str:
    """*word* (in lower case) in Cyrillic letters throughout where it mixes them with Latin
    letters of the same shape: OCR's reading of one word, never a word of either alphabet."""
    if _CYRILLIC.search(word) and _LATIN.search(word):
        return word.translate(_CYRILLIC_LOOKALIKES)
    return word


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """*text* casefolded so that a name is one in capitals and in Mixed case in every language:
    the Turkish and Azerbaijani capitals "İ" and "I" are the small "i" and "ı" there, which
    Unicode's default folding makes "i̇" (two characters) and "i"; both are "i" here, so that
    "KILIÇ" and "Kılıç", "İSMAİL" and "İsmail" are one word."""
    return text.casefold().replace("i\u0307", "i").replace("ı", "i")


# The marks that are part of a word's letters: the Uzbek "oʻ" and "gʻ" (a modifier letter, or the
# quotation mark printed for it, "o‘") and the sign of a glottal stop ("Maʼruf"): no word's end,
# and one name in either spelling; so is the sign of an initial's letter before its stop
# ("Gʻ. Toʻxtayev", an Uzbek initial of Ғ).
# The sign first, the letter before it looked back at: a search skips from one such sign to the
# next, where a lookbehind first is tried at every character of a name.
IN_WORD = regex(r"[\u02bb\u02bc\u2018](?<=[^\W\d_].)(?=[^\W\d_]|\.)")
#: The marks an edition sets to refer to its note: superscript figures and circled numbers,
#: glued to a speaker's name where it is first printed ("Grotewohl¹:", "Калинин².") or after a
#: sentence's stop ("Zgadzam się.¹", "我有不同意见。①"); no letter of a name, no word of a sentence.
NOTE_MARKS = "¹²³\u2070" + "".join(map(chr, range(0x2074, 0x207A))) + "".join(map(chr, range(0x2460, 0x2474)))
_UNMARKED = str.maketrans("", "", NOTE_MARKS)


def unmarked(text: str) -> str:
    """*text* without an edition's note marks: "Молотов²" names Молотов, the mark is the editor's."""
    return text.translate(_UNMARKED)


# Russian's letters before the reform of 1918 (yat, fita, izhitsa, the hard sign ending a word
# after a consonant) mark a word of the old orthography, where "і" stands before a vowel for "и":
# "ЗАСѢДАНІЕ" is "заседание", "Воронцовъ" is "Воронцов". Only such a word is read so: "і" alone
# is Ukrainian's and Belarusian's letter ("засідання", "комісія").
_OLD_ORTHOGRAPHY = regex("[ѣѳѵ]|(?<=[бвгджзклмнпрстфхцчшщ])ъ$")
_OLD_LETTERS = str.maketrans("ѣѳѵі", "ефии")


def _modern(word: str) -> str:
    """*word* (in lower case) in the reformed orthography where it is written in the old one."""
    if not _OLD_ORTHOGRAPHY.search(word):
        return word
    modern = word.translate(_OLD_LETTERS)
    return modern[:-1] if modern.endswith("ъ") else modern


@lru_cache(maxsize=8192)
def label_key(name: str) -> str:
    """The form under which label variants ("KAGANOVICH", "Kaganovich", OCR's "БУXAPOB" with
    Latin X, A, P, O, B for "БУХАРОВ") are one speaker. Kept for the labels a record repeats:
    every turn asks for its label's key several times."""
    bare = IN_WORD.sub("", name).translate(_UNMARKED)
    return " ".join(_modern(_one_script(word)) for word in _KEY_WORD.findall(fold(bare)))


# What OCR reads for the letters of a printed label: "li" for "h" ("Tlie"), "rn" for "m", "cl"
# for "d", "ii" for "ü" ("Miiller"); "1", "l" and "I" for one another ("Mül1er", "SMlTH"),
# "0" for "o", "c" for "e" ("présidcnt"); accents dropped or added ("Prasident", "prèsident").
_OCR_SEQUENCES = (("li", "h"), ("rn", "m"), ("cl", "d"), ("ii", "u"))
_OCR_LETTERS = str.maketrans({"1": "l", "i": "l", "|": "l", "0": "o", "c": "e"})


def unaccented(text: str) -> str:
    """*text* without its accents and other combining marks, decomposed: "Παπαδάκης" →
    "Παπαδακης"."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def ocr_key(key: str) -> str:
    """The form under which a label's *key* and its OCR misreadings are one: without accents,
    each group of letters OCR confuses as one letter. Only a label printed once is read as
    another under it (the registry's misreadings, scoring's ``misread``): two names it makes one
    that are each printed twice or more stay two."""
    plain = unaccented(key)
    for printed, read in _OCR_SEQUENCES:
        plain = plain.replace(printed, read)
    return plain.translate(_OCR_LETTERS)


# The marks of OCR's misreadings in a printed label: letters it reads for one ("li", "rn", "cl",
# "ii"), a digit among letters ("Mül1er"), a small letter inside a word in CAPITALS ("SMlTH"), a
# hyphen before a small letter, which a line's end left inside a word ("Lü-denscheid").
_MISREAD_MARKS = regex(
    rf"li|rn|cl|ii|(?<=[^\W\d_])\d|\d(?=[^\W\d_])|(?<=[{UPPER}])[{SMALL}](?=[{UPPER}])|(?<=[^\W\d_])-(?=[{SMALL}])"
)


def misread_marks(name: str) -> int:
    """How many marks of OCR's misreadings *name* shows: of two forms of one label printed as
    often, the one with fewer is the label as printed."""
    return len(_MISREAD_MARKS.findall(name))


# A word with a zero or a one among its letters ("THE C0URT", "MR. SM1TH"): OCR's reading of an
# "O" or an "I", never a name's spelling; a letter and a digit alone are a code ("P1", a
# participant, beside "PI", the investigator).
_DIGIT_FOR_LETTER = regex(r"[^\W_]*(?:(?<=[^\W\d_])[01]|[01](?=[^\W\d_]))[^\W_]*")
_MISREAD_WORD_LETTERS = 3  # letters at least of a word a digit stands in: "C0URT", not "P1"


def digit_for_letter(name: str) -> bool:
    """Whether *name* has a zero or a one among the letters of a word of three or more, a
    letter OCR misread: however often it is printed so, the label it is of is the one spelt
    with the letter."""
    words = _DIGIT_FOR_LETTER.findall(name)
    return any(sum(char.isalpha() for char in word) >= _MISREAD_WORD_LETTERS for word in words)
