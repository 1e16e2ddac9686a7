"""The parts of a person's name: which word is the surname, which a forename, an initial, a
form of address or an office, so that the TEI header says it once and an index of speakers can
sort and print by surname without knowing any language.

The words that are never a surname come from the label model's vocabularies (``[labels]`` of
``defaults.toml``): ``titles`` and ``abbreviations`` (forms of address and academic titles),
``offices`` and ``particles``. The surname is the word set in capitals among words that are not
("Mr. SMITH", "Senator McCLURE"), unless it is an acronym of three letters or fewer (a
chamber, a party); else the first name word when an initial or title follows it and no name
word comes after ("ИВАНОВ И. И.", but "John F. Kennedy"); else the last ("Alexei Ivanovich
Rykov"). Words in brackets and anything after a comma ("Dr. Angela Merkel, Bundeskanzlerin")
describe the person and are no part of the name. A name with no capitalised word left, or whose
capitalised word is followed by ordinary words in lower case ("Unidentified speaker", "Voice
from the floor"), names a role, not a person: it has no surname and no parts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import takewhile

from stenogram.transcript.candidate import (
    HANGUL,
    IDEOGRAPHS,
    ORDINAL_WORD,
    WORD,
    label_key,
    lower_case,
    unaccented,
)
from stenogram.transcript.config import Config
from stenogram.transcript.model import NamePart
from stenogram.transcript.regexcache import regex

_TOKEN = regex(r"\([^)]*\)|\[[^\]]*\]|[^\s(\[]+")
# an initial, or a double forename's joined by its hyphen, the non-breaking one too ("Ж.\u2011П.")
_INITIAL = regex(r"(?:\w\.[\-\u2010\u2011]?)+\w?\.?|\w\.?")
# Initials set close to the surname, as the Saeima's and the Seimas's older records print them
# ("A.Bērziņš", "V.P.Andriukaitis"): two words of the name.
_GLUED_INITIALS = regex(r"((?:[^\W\d_]\.)+)([^\W\d_][^\W\d_'’-]+)")
# A form of address's abbreviation set close to the capitalised surname, as a typist of the
# Soviet records prints a comrade ("т.Коларов", "тов.Петров"): two words, as with the space.
_NAME_WORD = regex(r"[^\W\d_][^\W\d_'’‘-]*")  # a word of a name, its apostrophes and hyphens
_GLUED_TITLE = regex(r"([^\W\d_]{1,4}\.)([^\W\d_][^\W\d_'’-]+)")
_WORD = regex(r"\S+")
# Capitalised abbreviated words that may qualify a listed abbreviated office before it ("Asst." of
# "Asst. Sol. Gen. Reyes"), a word of two to five letters and its stop; two at most.
_OFFICE_QUALIFIER = regex(r"[^\W\d_][^\W\d_]{1,4}\.[ \t]+")
_QUALIFIERS = 2
_NUMBERED = regex(r"[^\W\d_]*\s*\d")  # the rest of an office's word, then a number
_ALONE = regex(r"[^\W\d_]*\W*")  # the rest of an office's word, and nothing more
_OFFICE_TEXT = 40  # the longest chair's office printed alone ("Vizepräsident", "Vice President")


@dataclass(frozen=True)
class _Word:
    """A word of a name: where it stands, and what the vocabularies say of it."""

    start: int
    text: str
    role: str | None  # "honorific" (a title) or "office"
    initial: bool
    particle: bool

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def caseless(self) -> bool:
        """Of a script without case (Arabic, Hebrew, Georgian, Devanagari), read from its first
        letter: a PDF's text may set a vowel sign before it, as the letters are drawn ("ෙපෙර්රා")."""
        first = next((char for char in self.text if not unicodedata.category(char).startswith("M")), "")
        return first.isalpha() and not lower_case(first) and not first.isupper()

    @property
    def named(self) -> bool:
        """Capitalised (or of a script without case) and no title, office or initial: a word a
        name is made of."""
        return (self.text[0].isupper() or self.caseless) and not self.role and not self.initial

    @property
    def capitals(self) -> bool:
        """Set in capitals: more capital letters than small ones."""
        return sum(c.isupper() for c in self.text) > sum(c.islower() for c in self.text)


def _tokens(proper: str, config: Config) -> list[tuple[int, str]]:
    """The words of *proper* with where each starts, without the colon or semicolon of a label;
    initials or a form of address glued to the capitalised surname after them are a word of
    their own."""
    tokens = []
    for token in _TOKEN.finditer(proper):
        text = token.group().rstrip(":;")
        glued = _GLUED_INITIALS.fullmatch(text)
        if not (glued and glued.group(1).isupper()):
            glued = _GLUED_TITLE.fullmatch(text)
            glued = glued if glued and _title_abbreviation(glued.group(1), config) else None
        if glued and glued.group(2)[0].isupper():
            tokens.append((token.start(), glued.group(1)))
            tokens.append((token.start() + glued.end(1), glued.group(2)))
        else:
            tokens.append((token.start(), text))
    return tokens


def _title_abbreviation(text: str, config: Config) -> bool:
    """Whether *text*, a word and its stop, is a form of address or an abbreviation a name
    follows ("тов.", "т.", "Abg."); a transliteration's initial of two letters printed so
    ("Ts.Batbayar", a Mongolian member's) is none, though the Vietnamese doctor's "TS." is one."""
    folded = text.casefold()
    return bool(config.titles.fullmatch(folded)) or (
        folded[:-1] in config.abbreviations and text[:-1] not in config.digraph_initials
    )


def _words(proper: str, config: Config, lang: str = "und") -> list[_Word]:
    """The words of the name proper (the part before any comma, in a record in the language
    *lang*), without bracketed words and the colon or semicolon of a label. An office comes
    before the name ("Poseł Jan Nowak"): after a name word, a capitalised word is an office only
    when it is one whole ("Jan Nowak Poseł"), not when it only begins like one ("Иван Голованов"
    is no "голова")."""
    offices = [(m.start(), m.end()) for m in config.office_words.finditer(proper)]
    words: list[_Word] = []
    tokens = _tokens(proper, config)
    lead = _office_abbreviated(proper, config)
    if lead:  # "Sol. Gen. Call": the office's words one office before the name
        words.append(_Word(0, proper[:lead].rstrip(), "office", False, False))
    for index, (start, text) in enumerate(tokens):
        if start < lead:
            continue
        if words and _bracketed_title(text, config):  # "Hon. (Dr.) Jane Wambui": a second form of address
            words.append(_Word(start, text, "honorific", False, False))
            continue
        if not text or text[0] in "([" or not any(c.isalnum() for c in text):
            continue  # a bracket, or a dash set apart inside a name ("ماري - لويز"): no word of it
        if words and words[-1].role == "office" and _one_office(offices, words[-1].start, start):
            words[-1] = replace(words[-1], text=proper[words[-1].start : start + len(text)])
            continue  # "CHIEF JUSTICE", "Prime Minister": one office of two words
        folded = text.casefold()
        joined = joined_title(text, config)
        if joined:  # "นายวันชัย": the form of address, then the forename, unspaced
            words.append(_Word(start, text[:joined], "honorific", False, False))
            start, text, folded = start + joined, text[joined:], folded[joined:]
        elided = _elided(text, start, offices, config)
        if elided:  # "L'accusé", "l'adjoint": the article, then the office
            words.append(_Word(start, text[:elided], None, False, True))
            start, text, folded = start + elided, text[elided:], folded[elided:]
        elif (
            not words
            and folded in config.articles
            and len(proper.split()) > 1
            and not config.titles.fullmatch(text)
        ):
            words.append(_Word(start, text, None, False, True))  # "Die Vorsitzende", "Il Presidente"
            continue
        after_name = text[0].isupper() and any(w.named and not w.particle for w in words)
        after_article = len(words) == 1 and words[0].particle and folded in config.article_titles
        if _two_word_title(words, text, config):  # "Tan Sri", "Dato' Sri": the second no title alone
            words[-1] = replace(words[-1], role="honorific", initial=False)
            words.append(_Word(start, text, "honorific", False, False))
            continue
        # a letter that is a form of address (the French "M.") among initials is one ("Mr. N. M. Joshi"),
        # and so after a name word ("SALAZAR M.", "NR SR M. Andel"),
        among_initials = bool(words) and words[-1].initial and bool(_INITIAL.fullmatch(text))
        among_initials = among_initials or (after_name and len(text.rstrip(".")) == 1)
        # nor a word after a forename in a script without case: the Nepali "सीता कुमारी राई" (Kumari)
        among_initials = among_initials or (
            _Word(start, text, None, False, False).caseless and any(w.named and not w.particle for w in words)
        )
        # a rank that opens an office of two words is the office's ("General Counsel"), no title
        opens_office = any(begin == start and end > start + len(text) for begin, end in offices)
        # and one in lower case after an office's word goes on with the office ("Secrétaire général")
        opens_office = opens_office or (text[0].islower() and bool(words) and words[-1].role == "office")
        if (
            (config.titles.fullmatch(text) and not among_initials and not opens_office)
            # one only before a capitalised name ("Ver. Nilton Sá", the vereador); a letter so
            # read is an initial still ("P. Beneš", "Mr. T. M. Harley")
            or (
                not after_name
                and not _INITIAL.fullmatch(text)
                and config.title_before_name(proper, start, start + len(text))
            )
            or text in config.letter_titles.get(lang, ())  # the Indonesian "Dr. H. Andi": Haji
            or (_abbreviated(folded, config) and not among_initials)
            or after_article  # "El C. Presidente": the citizen, no initial
            or _faculty(text, words)  # "Dr. med. Urs Brunner": the degree's faculty, no forename
        ):
            role: str | None = "honorific"
        elif (
            any(begin <= start < end for begin, end in offices)
            and (
                not after_name
                # after a name, an office whole, where none opened the label: no one holds two, and
                # the word after an office and a forename is the surname ("Podpredsednica Tina Župan")
                or (config.offices.fullmatch(folded) and not any(w.role == "office" for w in words))
                or _holder_initialled(tokens[index + 1 :])
            )
        ):
            role = "office"
        elif after_name and _possessed(folded, config, lang):  # "Mahkeme Başkanı": the court's
            words = [replace(w, role="office") if w.named and not w.particle else w for w in words]
            role = "office"
        else:
            role = None
        initial = (
            not after_article and bool(_INITIAL.fullmatch(text)) and folded not in config.capital_particles
        )
        particle = folded in config.particles and not _abbreviation(tokens, index, proper, config)
        initial = initial and not (particle and text[0].islower())  # "Graf v. Ballestrem"
        words.append(_Word(start, text, role, initial, particle))
    words = _postnominal_letters(_unstopped_titles(words, config), config)
    if len(words) > 1 and words[-1].particle and words[-1].text[:1].isupper() and not words[-1].initial:
        # a particle links a surname after it: last, in Mixed case, it is the surname ("Mr. B. Das")
        words[-1] = replace(words[-1], particle=False)
    return _office_surname(_nobility(_forename_title(_article_first(words), config), config), config, lang)


def _office_abbreviated(proper: str, config: Config) -> int:
    """Where the office abbreviated word by word that opens *proper* before its holder's name ends
    ("Sol. Gen. Call", "Att. Gen. Smith", "Dep. Spkr. Jones"), or 0: one the vocabulary lists
    (``abbreviated_offices``) and no initials ("L. C. J. Rao" is a name's, as the labels read
    it), perhaps after a word or two so abbreviated that qualify it ("Asst. Sol. Gen. Reyes").
    Unlisted abbreviated words alone stay the name's: capitalised words each with its stop before
    a surname are as often a forename's ("Jno. Edw. Smith", "Saml. Jos. Hart") as an office's."""
    found, at = config.abbreviated_office.match(proper), 0
    for _ in range(_QUALIFIERS):
        qualifier = None if found else _OFFICE_QUALIFIER.match(proper, at)
        if qualifier is None:
            break
        at = qualifier.end()
        found = config.abbreviated_office.match(proper, at)
    if found is None or found.group().count(".") < 2 or not proper[found.end() :].lstrip()[:1].isupper():
        return 0
    lettered = all(len(word) == 2 for word in found.group().replace(".", ". ").split())
    return 0 if lettered else found.end()


def _abbreviation(tokens: list[tuple[int, str]], index: int, proper: str, config: Config) -> bool:
    """Whether the word at *index* of *tokens*, a name's particle in lower case ("ag", "de",
    "van"), is printed as an abbreviation, the name's word and no particle: the whole name,
    capitalised ("AG:", the Attorney General; "Ag", as the person's name recases it), or in
    capitals in a name in Mixed case with no word in capitals beside it ("The AG:"); a block of
    capitals keeps its particles ("Sr. MARTÍNEZ DE LA FUENTE")."""
    text = tokens[index][1].rstrip(".")
    if len(text) < 2 or not text[0].isupper() or text.casefold() in config.capital_particles:
        return False
    if len(tokens) == 1:
        return True
    if not text.isupper():
        return False
    beside = [tokens[at][1] for at in (index - 1, index + 1) if 0 <= at < len(tokens)]
    return any(c.islower() for c in proper) and not any(w.isupper() for w in beside)


def _faculty(text: str, words: list[_Word]) -> bool:
    """Whether *text*, a word of three letters or more in lower case with its stop, follows a
    degree printed with its stop: the degree's faculty, as German and Swiss courts print counsel
    and experts ("Dr. med. X", "lic. iur. Y", "Dr. rer. nat. Z"), part of the form of address."""
    return (
        len(text) > 3
        and text[0].islower()
        and text.endswith(".")
        and bool(words)
        and words[-1].role == "honorific"
        and words[-1].text.endswith(".")
    )


def _abbreviated(folded: str, config: Config) -> bool:
    """Whether *folded*, a word in lower case, is an abbreviation with its stop ("abg.", "mag."),
    or a compound degree of two joined by a hyphen ("dipl.-ing.", "dr.-ing.")."""
    return folded.endswith(".") and all(part in config.abbreviations for part in folded[:-1].split(".-"))


def _unstopped_titles(words: list[_Word], config: Config) -> list[_Word]:
    """*words*, the forms of address and degrees printed without their stops at the name's head
    (``unstopped_titles``: Vienna's "Abg Mag Anna Huber", "GR Dipl-Ing Karl Maier") honorifics,
    where two words of the name or more follow them: "Mag Yong" keeps its forename. One with a
    capital inside and letters in lower case, no forename's shape ("GRin", "RAin"), is one before
    a surname alone too ("RAin Klein")."""
    at = 0
    while at < len(words) and (words[at].role or words[at].text in config.unstopped_titles):
        at += 1
    named = sum(w.text[0].isupper() and not w.role and not w.particle for w in words[at:])
    if at == 0 or named < (1 if all(w.role or _inner_capital(w.text) for w in words[:at]) else 2):
        return words
    heads = [w if w.role else replace(w, role="honorific", initial=False, particle=False) for w in words[:at]]
    return heads + words[at:]


def _inner_capital(word: str) -> bool:
    """Whether *word* has a capital after its first letter and a letter in lower case ("GRin",
    "StRin", "RAin"): an abbreviation's shape, no forename's."""
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def _possessed(folded: str, config: Config, lang: str) -> bool:
    """Whether *folded*, a word in lower case, is an office with a possessive ending of the
    language *lang* (``office_possessives``: Turkish "başkanı", "savcısı"), whose body or
    portfolio the words before it name."""
    office = config.offices.match(folded)
    return office is not None and folded[office.end() :] in config.office_possessives.get(lang, ())


def postnominal(word: str, config: Config) -> bool:
    """Whether *word* is a rank's or a seat's letters printed after a name ("KC", "MS"), or two
    languages' letters of one seat joined by a slash ("AS/MS", the Senedd's Welsh and English)."""
    return word in config.postnominal_letters or (
        "/" in word and all(part in config.postnominal_letters for part in word.split("/"))
    )


def _postnominal_letters(words: list[_Word], config: Config) -> list[_Word]:
    """*words*, the letters of a rank or a seat printed last after the name with no comma ("MR
    PEMBERTON KC", "Jane Rees MS", the Senedd's bilingual "Jane Rees AS/MS") honorifics: no
    surname, though printed where one stands."""
    at = len(words)
    while at > 1 and not words[at - 1].role and postnominal(words[at - 1].text.rstrip("."), config):
        at -= 1
    if at == len(words) or not any(w.named and not w.role for w in words[:at]):
        return words
    return words[:at] + [replace(w, role="honorific", initial=False) for w in words[at:]]


def _office_surname(words: list[_Word], config: Config, lang: str = "und") -> list[_Word]:
    """*words*, the last one a surname where it is spelt as an office but follows a member's
    office or an academic title and no name word is in the label ("Abgeordneter Richter", "Abg.
    Dr. Richter", "Stadtrat Kanzler"): no one holds two offices in one label. Not after a chair
    ("Vorsitzender Richter", the presiding judge) nor after a form of address that says the sex
    ("Mr. Mayor", "Madam Clerk" address the office) nor an article ("The Witness"), nor where it
    says by its possessive ending that the words before it are its own ("Cumhuriyet Savcısı")."""
    if len(words) < 2 or any(w.named for w in words):
        return words
    last, before = words[-1], words[-2]
    if last.role != "office" or not last.text[:1].isupper() or " " in last.text or last.text.isupper():
        return words
    if config.chairs.match(last.text.casefold()) or config.chairs.match(before.text.casefold()):
        return words
    if _possessed(last.text.casefold(), config, lang):
        return words
    folded = before.text.casefold()
    addressed = (
        before.role == "honorific"
        and folded.rstrip(".") not in config.sexes
        and folded not in config.articles
    )
    if before.role == "office" or addressed:
        return [*words[:-1], replace(last, role=None)]
    return words


def _holder_initialled(rest: list[tuple[int, str]]) -> bool:
    """Whether *rest*, the words after one that begins like an office, are its holder's initials
    and surname and no more ("SVEIKATOS APSAUGOS MINISTRAS A. DULKYS", the portfolio before the
    office): the word is the office, not a name."""
    texts = [text for _, text in rest]
    return (
        len(texts) >= 2
        and all(_INITIAL.fullmatch(text) and text.endswith(".") for text in texts[:-1])
        and len(texts[-1]) > 2
        and texts[-1][0].isupper()
    )


def _bracketed_title(text: str, config: Config) -> bool:
    """Whether *text* is a form of address or an abbreviated title in parentheses after another
    ("Hon. (Dr.) Jane Wambui", "Hon. (Eng.) …", as Kenya's and Uganda's records print them)."""
    if not (text.startswith("(") and text.endswith(")")):
        return False
    inner = text[1:-1].strip()
    return bool(config.titles.fullmatch(inner)) or (
        inner.endswith(".") and inner[:-1].casefold() in config.abbreviations
    )


def joined_title(text: str, config: Config) -> int:
    """The length of the form of address *text* opens joined to the name (``joined_titles``, the
    longest: Thai "นางสาว" before "นาง"), 0 where it opens with none."""
    return max((len(t) for t in config.joined_titles if text.startswith(t) and len(text) > len(t)), default=0)


def _two_word_title(words: list[_Word], text: str, config: Config) -> bool:
    """Whether *text*, a capitalised word, closes a form of address of two words with the word
    before it ("Tan Sri", "Dato' Sri", "Datuk Seri", Malaysia's titles)."""
    return (
        bool(words)
        and text[0].isupper()
        and words[-1].role in (None, "honorific")
        and bool(config.titles.fullmatch(f"{words[-1].text} {text}"))
    )


def _nobility(words: list[_Word], config: Config) -> list[_Word]:
    """*words*, a title of nobility (``nobility``) named so where a name word or a particle
    follows it ("Graf v. Ballestrem", "Frhr. v. Stumm", "Fürst Bülow", "Otto Graf Lambsdorff"):
    no forename; the last name word, it is a surname ("Abg. Ritter", "Roman Herzog")."""
    for i, word in enumerate(words[:-1]):
        after = words[i + 1]
        titled = word.role in (None, "honorific") and word.text.casefold() in config.nobility
        if titled and (after.particle or after.named):
            words[i] = replace(word, role="nobility", initial=False)
    return words


def _forename_title(words: list[_Word], config: Config) -> list[_Word]:
    """*words*, a form of address that is a forename in another language named so where another
    form of address comes before it and one name word only after it ("Mr. Don Davies")."""
    for i in range(1, len(words) - 1):
        word = words[i]
        if (
            word.role == "honorific"
            and words[i - 1].role == "honorific"
            and word.text.casefold() in config.forename_titles
            and word.text[0].isupper()
            and len(words) == i + 2
            and words[i + 1].named
        ):
            return [*words[:i], replace(word, role=None), words[i + 1]]
    return words


def _elided(text: str, start: int, offices: list[tuple[int, int]], config: Config) -> int:
    """The length of the article elided before an office in *text* ("L'accusé", "l’adjoint"),
    0 where none is: an apostrophe joins it to a surname too ("L'Hermite"), named as it is."""
    mark = next((at for at, c in enumerate(text[:4]) if c in "'’"), -1)
    if mark < 1 or text[: mark + 1].casefold() not in config.articles:
        return 0
    return mark + 1 if any(begin == start + mark + 1 for begin, _ in offices) else 0


def _one_office(offices: list[tuple[int, int]], first: int, start: int) -> bool:
    """Whether the word at *start* goes on the office whose word opens at *first*: one office of
    the vocabulary spans both ("chief justice", "teniente de alcalde")."""
    return any(begin <= first and start < end for begin, end in offices)


def _article_first(words: list[_Word]) -> list[_Word]:
    """*words*, the first one an article where one letter without a stop opens them before a form
    of address (the Portuguese "O SR. …", "A SRA. …", as "El señor" opens a Spanish label), never
    an initial."""
    if len(words) > 1 and words[0].particle and words[1].role == "honorific" and words[0].text.isalpha():
        return [replace(words[0], initial=False), *words[1:]]
    return words


def _portfolio_at(words: list[_Word], config: Config) -> set[int]:
    """The positions in *words* of an office's portfolio, printed after the office and a particle
    ("Secretary of State for Health", "SECRETARY FOR HOUSING", "COUNSEL TO THE INQUIRY"): no
    name's words. It ends before the holder's name: at a form of address or an initial ("… für
    Finanzen Dr. Max Muster"), after the chamber a chair presides ("Präsident des Bundestages Max
    Muster"), at a capital after a portfolio in lower case ("președinte de ședință Vasile Neagu").
    An Irish particle after an office opens a surname ("Deputy Ó Briain")."""
    at = next((i + 1 for i in range(len(words) - 1) if _opens_portfolio(words[i], words[i + 1], config)), 0)
    if not at:
        return _body_after(words, config) | _portfolio_before(words)
    held: set[int] = set()
    first = next(
        (w for w in words[at:] if not w.particle and w.text.casefold() not in config.office_links), None
    )
    lower = bool(at and first and first.text[0].islower())
    for index, word in enumerate(words[at:] if at else [], start=at):
        if (word.role == "honorific" or word.initial) and not word.particle:
            break
        if lower and word.text[0].isupper():
            break
        held.add(index)
        linking = word.particle or word.text.casefold() in config.office_links  # "… НА ФИНАНСИТЕ …"
        ended = not linking and _holder_after(words[index + 1 :], config)
        if config.chambers.match(word.text.casefold()) or ended:
            break
    return held


def _body_after(words: list[_Word], config: Config) -> set[int]:
    """The positions of the words in lower case right after an office, up to the holder's name,
    a form of address or an initial: the body whose office it is, printed in the genitive
    ("Председатель городской думы Смирнов", "Pełnomocnik oskarżyciela posiłkowego adw. Ewa
    Lis"), and an acronym or a chamber before a forename and a surname ("Místopředseda PSP Jan
    Novák", "Przewodniczący Komisji Jan Kowalczyk"), and the genitives after one up to the last
    two names ("Przewodniczący Rady Miasta Jan Kowalski"). A particle among them ("Minister
    responsible for Housing") makes them a description. After an office that carries its
    article, in a script without case, no body follows: the holder's name ("היו"ר משה אלון")."""
    at = next((i + 1 for i, word in enumerate(words[:-1]) if word.role == "office"), 0)
    if at and words[at].caseless and _definite(words[at - 1], config):
        return set()
    held: set[int] = set()
    for index, word in enumerate(words[at:] if at else [], start=at):
        if word.particle:
            return set()
        rest = [
            w
            for w in words[index + 1 :]
            if (w.named or w.initial or w.role == "honorific") and not w.particle
        ]
        body = _acronym(word) or bool(config.chambers.match(word.text.casefold()))
        chained = index - 1 in held and bool(config.chambers.match(words[index - 1].text.casefold()))
        body = body or (chained and word.text[0].isupper())  # "Rady Miasta", "Komisji Zdrowia"
        if body and len(rest) >= 2:  # a forename and a surname, or an initial: "NR SR P. Holec"
            held.add(index)  # "Místopředseda PSP Jan Novák", "Ministr financí ČR Petr Svoboda"
            continue
        if held and word.text.casefold() in config.office_links and len(words) - index > _HELD_AFTER_LINK:
            # the body's link to its department, the holder's forename and surname after it
            # ("Podsekretarz stanu w Ministerstwie Zdrowia Adam Nowak", "… stanu w MZ Adam Nowak")
            return held | set(range(index, len(words) - 2))
        if word.text[0].isupper() or word.initial or word.role == "honorific":
            break
        held.add(index)
    return held


def _definite(office: _Word, config: Config) -> bool:
    """Whether *office*, of a script without case, carries the article joined to it
    (``definite_prefixes``): "היו"ר", the chair, beside "יו"ר", a chair of some body."""
    folded = office.text.casefold()
    return office.caseless and any(
        folded.startswith(article) and config.offices.match(folded[len(article) :])
        for article in config.definite_prefixes
    )


# The words from a body's link to its department on: the link, one of the department's at least,
# and the holder's forename and surname.
_HELD_AFTER_LINK = 3
# The most letters of an acronym: a chamber's or a state's after an office ("PSP", "ČR"), a role's
# or a firm's after a name's dash ("CFO", "UBS").
ACRONYM_LETTERS = 4


def _acronym(word: _Word) -> bool:
    """Whether *word* is an acronym in capitals, a chamber's or a state's, no name's."""
    return word.text.isalpha() and word.text.isupper() and 2 <= len(word.text) <= ACRONYM_LETTERS


def _portfolio_before(words: list[_Word]) -> set[int]:
    """The positions of the words before an office that its holder's name follows: its
    portfolio, as Turkish prints a minister ("TARIM VE ORMAN BAKANI KEMAL ÖZTÜRK", "MİLLÎ EĞİTİM
    BAKANI …"), or what qualifies it ("Erster Vizepräsident Hans Muster"); none before a form of
    address, and none where no name follows the office ("Kovács János képviselő")."""
    at = next((i for i, word in enumerate(words) if i and word.role == "office"), 0)
    before, after = words[:at], words[at + 1 :]
    named = [w for w in after if w.named and not w.particle]
    if not at or not (len(named) >= 2 or (named and all(w.initial for w in after[:-1]))):
        return set()
    if any(w.role or w.initial or not w.named for w in before if not w.particle):
        return set()
    return set(range(at))


def _holder_after(rest: list[_Word], config: Config) -> bool:
    """Whether *rest*, after a word of a portfolio, is the holder's name: two capitalised words
    or more and nothing else, no chamber ("Ministri i Financave Arben Kola", "Secretary of State
    John Kerry"; "… for Health and Social Care" goes on after its particle)."""
    return len(rest) >= 2 and all(
        w.named and not w.particle and not config.chambers.match(w.text.casefold()) for w in rest
    )


def _opens_portfolio(office: _Word, link: _Word, config: Config) -> bool:
    """Whether *link* after *office* opens its portfolio: an office, then a particle in its
    case (a particle with a capital after an office in Mixed case opens the holder's surname)."""
    folded = link.text.casefold()
    if folded in config.capital_particles or not (link.particle or folded in config.office_links):
        return False
    if link.particle and link.text[0].isupper() and not (link.capitals or office.capitals):
        return False  # "Minister Van den Heuvel": a capital opens the surname in a Mixed-case label
    if link.initial and link.text[0].isupper() and link.text.endswith("."):
        return False  # "Seimo Pirmininkė V. KARKLIENĖ": the holder's initial, no "von"
    return office.role == "office" or bool(office.role and config.office_words.fullmatch(office.text))


def _surname(words: list[_Word], config: Config, lang: str = "und", reverse: bool = False) -> _Word | None:
    """The surname among *words* (of a record in the language *lang*, or of one that prints
    every name surname first: *reverse*), or None for a name that names a role."""
    if len(words) == 1 and words[0].text.casefold() in config.short_words:
        return None  # "Вопрос:", "DOMANDA:": a question's or an answer's label, no name
    if " ".join(w.text for w in words).casefold() in config.follow_ups:
        return None  # "Zusatzfrage:", "Question complémentaire :": a follow-up question, no name
    portfolio = _portfolio_at(words, config)
    words = [w for at, w in enumerate(words) if at not in portfolio]
    named = [w for w in words if w.named]
    candidates = [w for w in named if not w.particle]
    if not candidates:
        return None
    if len(candidates) > 1:  # an acronym (a chamber, a party: "Místopředseda PSP Karel Dvořák")
        # but the short word closing a name all in capitals is its surname ("Rt Hon JOHN KEY")
        last = candidates[-1] if all(w.capitals for w in candidates) else None
        short = [w for w in candidates if w.capitals and len(w.text) <= 3 and w is not last]
        candidates = [w for w in candidates if w not in short] or candidates
    after = words[words.index(candidates[0]) + 1 :]
    if candidates[0].caseless and any(w.role == "office" for w in after):
        return None  # "ممثل النيابة": in a script without case, words before an office are the office's
    if any(lower_case(w.text[0]) and not (w.particle or w.initial or w.role == "honorific") for w in after):
        return None  # a description in sentence case: "Unidentified speaker"
    capitals = [w for w in candidates if w.capitals]
    # the article opening a label ("O SR. JOÃO SILVA", "O Sr. JOÃO SILVA") is no word in Mixed case
    # beside the name's capitals: the name is all in capitals, its surname found as such a name's
    lead = named[:1] if words[0].particle and words[0].text.casefold() in config.articles else []
    if capitals and len(capitals) < len(named) - len(lead):
        return capitals[0]
    first = _surname_first(words, candidates, config)
    if first is not None:
        return first
    if _family_first(candidates, config, lang) or (reverse and len(candidates) >= 2):
        return candidates[0]
    # "ИВАНОВ И. И.": the initials close the name; "John F. Kennedy": a name word follows them
    if after and (after[0].role or after[0].initial) and not any(w in candidates for w in after):
        return candidates[0]
    return candidates[-1]


def _family_first(candidates: list[_Word], config: Config, lang: str) -> bool:
    """Whether the name of *candidates* (its name words) is printed surname first: in a language
    that prints every name so (``name_order.surname_first``: "KOVÁCS JÁNOS"), or a name of three
    words that ends with a patronymic ("Иванов Иван Петрович"; not "Иван Петрович Иванов")."""
    if len(candidates) >= 2 and lang in config.name_order.get("surname_first", ()):
        return True
    if len(candidates) != 3:
        return False
    return _patronymic(candidates[2], config) and not _patronymic(candidates[1], config)


def _patronymic(word: _Word, config: Config) -> bool:
    """Whether *word* is a patronymic by its ending ("Петрович", "Ивановна"), longer than it."""
    folded = word.text.casefold()
    return any(folded.endswith(end) and len(folded) > len(end) + 2 for end in config.patronymics)


def _more_surnames(words: list[_Word], surname: _Word, config: Config, lang: str) -> tuple[_Word, ...]:
    """The surnames of a name of *words* in the language *lang*, *surname* the one its person is
    known by first: two in Spanish (``name_order.two_surnames``): a name in capitals of two
    words or more ("El señor PÉREZ GARCÍA", "El señor PABLO ECHENIQUE ROBBA") or of four in
    Mixed case ends with them, particles between them ("MARTÍNEZ DE LA FUENTE"); in Portuguese
    (``joined_surnames``) every name word after the first particle ("MARIA DA SILVA PEREIRA").
    *surname* alone where the name is of another shape (an initial after it, another word
    found the surname: "Juan Pérez" in Mixed case is a forename and a surname)."""
    candidates = [w for w in words if w.named and not w.particle]
    if len(candidates) < 2 or surname not in candidates or words[-1].initial:
        return (surname,)
    joined = _joined_before(words, surname, config)
    if joined is not None:  # "Jansen-de Vries": the husband's surname joined to her own
        return (joined, surname)
    if lang in config.name_order.get("two_surnames", ()):
        if all(w.capitals for w in candidates) or len(candidates) >= 4:
            return (candidates[-2], candidates[-1])
        after = candidates[candidates.index(surname) + 1 :]
        if surname.capitals and len(after) == 1 and after[0].capitals:  # "Juan PÉREZ GARCÍA"
            return (surname, after[0])
        return _given_before(candidates, config) or (surname,)
    if surname is candidates[-1] and lang in config.name_order.get("joined_surnames", ()):
        first = words.index(candidates[0])
        links = [at for at, w in enumerate(words) if at > first and w.particle]
        if links:
            return tuple(w for w in candidates if words.index(w) > links[0])
    return (surname,)


def _given_before(candidates: list[_Word], config: Config) -> tuple[_Word, ...]:
    """The two surnames closing a Spanish name in Mixed case of two or three name words
    (*candidates*) where its given names tell them apart (``given_names``): one forename, then
    two words no forename ("Ruth Zavaleta Salgado"), or two words neither a forename ("La
    señora Arévalo Araya"); none for another ("Juan Carlos Pérez", "Juan Pérez")."""
    given = [w.text.casefold() in config.given_names for w in candidates]
    if len(candidates) == 3 and given[0] and not any(given[1:]):
        return (candidates[1], candidates[2])
    if len(candidates) == 2 and not any(given):
        return (candidates[0], candidates[1])
    return ()


def _joined_before(words: list[_Word], surname: _Word, config: Config) -> _Word | None:
    """The surname joined by a hyphen and a particle before *surname* ("Jansen-de Vries",
    "Smit-van der Berg", as Dutch and Flemish records print a married name), or None."""
    at = words.index(surname) - 1
    while at >= 0 and words[at].particle:
        at -= 1
    if at < 0 or not words[at].named:
        return None
    head, hyphen, link = words[at].text.rpartition("-")
    return words[at] if hyphen and head and link.casefold() in config.particles else None


# A syllable of a romanised Chinese, Korean or Vietnamese given name: "kee", "boon", "hsien",
# "kwok", "yew", "jae", "in"; never "anderson", "scott" or "claudia".
_SYLLABLE = regex(r"[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|[nmkhptw])?")
_GIVEN_SYLLABLES = 2  # the most words of a given name after a surname printed first


def _syllables(word: _Word) -> int:
    """How many syllables of a given name *word* is ("Kee" one, "LAI-WAN" two); 0 for a word
    of another shape."""
    parts = word.text.casefold().split("-")
    return len(parts) if all(_SYLLABLE.fullmatch(part) for part in parts) else 0


def _surname_first(words: list[_Word], candidates: list[_Word], config: Config) -> _Word | None:
    """The surname of a Chinese, Korean or Vietnamese name printed surname first, as English
    records in Asia print it (``surnames_first``): a known surname followed by one or two
    syllables of a given name that end the name, after an English forename at most ("Mr Tan
    Kee Wah", "Ms Claire Foo Mei Ling", "DR CHIANG LAI-WAN"); or a name of two words whose last
    is two syllables joined by a hyphen ("MR LEUNG KWOK-HUNG"). None where an initial is in the
    name ("Mr K Shanmugam") or a name of another shape."""
    if any(w.initial for w in words) or len(candidates) < 2:
        return None
    for at, word in enumerate(candidates[:2]):
        given = candidates[at + 1 :]
        if (
            given
            and len(given) <= _GIVEN_SYLLABLES
            and all(_syllables(w) for w in given)
            and (word.text.casefold() in config.surnames_first or _hyphenated_given(word, given))
        ):
            return word
    return None


def _hyphenated_given(word: _Word, given: list[_Word]) -> bool:
    """Whether *given*, after *word* opening a name of two words, is a given name of two
    syllables joined by a hyphen ("KWOK-HUNG"), *word* a syllable too."""
    return len(given) == 1 and "-" in given[0].text and _syllables(given[0]) == 2 and _syllables(word) == 1


def _kind(word: _Word, surnames: tuple[_Word, ...], portfolio: bool) -> tuple[str, str | None]:
    """The TEI element of *word* in a name of *surnames*, and its ``@type``: a word of an
    office's *portfolio* is the office's."""
    if word in surnames:
        return "surname", None
    if word.role:
        return "roleName", word.role
    if portfolio and not word.particle:
        return "roleName", "office"
    if word.particle and not word.initial:
        return "nameLink", None
    return "forename", None


def chairs(label: str, config: Config, whole: bool = False) -> bool:
    """Whether *label* (a printed label's name, or with *whole* its role) names whoever chairs
    the sitting: after its forms of address and articles ("M. le président", "The SPEAKER", "O
    señor PRESIDENTE") it opens with one of the ``chairs`` offices, and no number follows that
    word ("Speaker 2" is a transcriber's numbered voice). A role must be the office alone
    ("presiding", "председательствующий"): "голова Комісії …" heads a committee, not the sitting.
    An office of ``lone_chairs`` names the chair only alone ("KETUA", not "Ketua Fraksi")."""
    if " ".join(label.casefold().split()) in config.lone_chairs:
        return True
    found = _chair_office(label, config)
    if found is None or _NUMBERED.match(label, found.end()) or _portfolio(label, found.end(), config):
        return False
    return not whole or bool(_ALONE.fullmatch(label, found.end()))


def chair_office_alone(text: str, config: Config) -> bool:
    """Whether *text* is a chair's office and nothing more, as a note of who presides prints the
    holder's office after the name ("Vizepräsident", "Vice President", "Vicepresidente")."""
    text = text.strip()
    return 0 < len(text) <= _OFFICE_TEXT and text[-1] not in ".:!?" and chairs(text, config, whole=True)


def numbered_seat(name: str, config: Config) -> bool:
    """Whether *name* is a member's numbered seat, a number in figures or numerals and one of
    ``seat_counters`` ("２番", "四十八番"): no office, the bracket after it names the member."""
    bare = name.strip()
    return any(
        bare.endswith(counter)
        and len(bare) > len(counter)
        and all(unicodedata.numeric(char, None) is not None for char in bare[: -len(counter)])
        for counter in config.seat_counters
    )


def seat_for(words: list[str], config: Config) -> bool:
    """Whether *words* open with an office's or a meeting's participant's word, an article perhaps
    before it, and the link naming the ward, the district or the seat it holds after it ("Member
    for Ward", "The Councillor for Ashfield", "Representative for District"): a seat's holder,
    whatever follows; "Thanks for Ward" names none."""
    folded = [word.casefold() for word in words[:3]]
    if folded[:1] and folded[0] in config.articles:
        folded = folded[1:]  # "The Member for Ward 3"
    return (
        len(folded) >= 2
        and folded[1] in config.genitive_links
        and (folded[0] in config.participants or office_or_title(folded[0], config))
    )


def office_ends(word: str, config: Config) -> bool:
    """Whether an office of the vocabulary ends *word*, as a script that spaces no words joins
    the office to what precedes it ("主任弁護人", "国務大臣"), Korean its unit or portfolio
    ("사무국장", "의사계장")."""
    word = word.strip()
    if _HANGUL.fullmatch(word) and _office_ending(word, config):
        return True
    return any(found.end() == len(word) for found in config.offices.finditer(word))


def chair_office(label: str, config: Config) -> str | None:
    """The chair's office *label* opens with, after its forms of address and articles, in lower
    case ("vice-president" of "The Vice-President (Dr X)"); None where it opens with none."""
    found = _chair_office(label, config)
    return found.group().casefold() if found else None


def bare_office(label: str, config: Config) -> str:
    """The office *label* prints, without the article and the form of address before it ("O
    Sr. Primeiro-Ministro" is the office "Primeiro-Ministro", "El señor MINISTRO DE HACIENDA"
    "MINISTRO DE HACIENDA", "The Prime Minister" "Prime Minister"); *label* itself where
    nothing is left. A form of address is one of ``sexes`` abbreviated or in lower case: "Lord
    Chancellor" is an office of its own. An article that mutates the word after it, a letter in
    lower case before its capital ("An tAire Stáit", the Irish minister), stays with it."""
    article = None
    for word in _WORD.finditer(label):
        text = word.group()
        folded = text.casefold()
        abbreviated = text.endswith(".") or "ª" in text or "ᵃ" in text or lower_case(text[0])
        if folded in config.articles:
            article = word.start()
            continue
        if abbreviated and folded.rstrip(".") in config.sexes:
            continue
        mutated = article is not None and lower_case(text[0]) and text[1:2].isupper()
        return label[article if mutated else word.start() :].strip()
    return label.strip()


def office_or_title(word: str, config: Config) -> bool:
    """Whether *word* is a form of address or (the start of) an office, not a name."""
    return bool(config.titles.fullmatch(word) or config.offices.match(word.casefold()))


def last_address(words: list[str], config: Config) -> int:
    """The place of the last form of address in *words* after the first, or 0: where the holder's
    name begins after the office or the words that call the holder ("मन्त्री श्री X", "Honourable
    Member Mr. X")."""
    return max(
        (at for at, word in enumerate(words) if at and config.titles.fullmatch(word.casefold())), default=0
    )


_FORENAMES = 2  # a surname's forenames in Mixed case before it, at most
_ROMAN = regex("[IVXLCDM]+")  # a body's term or a king's number, no surname: "Nationalrat, XXIX. GP"


def surname_in_capitals(words: list[str], config: Config) -> bool:
    """Whether *words* are a forename or two in Mixed case and the surname in CAPITALS after them,
    as Turkish councils' minutes print a member before the label's dash ("Gülten UÇAR-", "Fatma
    Duygu KUMAŞ -"): the name's capitals, as a title's before it. An article or an office before
    a party's capitals names a group ("Die Fraktion GRÜNE", "Die SPD- Fraktion"); before a colon
    such a name may be a roll's field ("Marie CLAIRE: Rapporteure"), which the caller leaves to
    the other evidence."""
    forenames = list(takewhile(lambda word: not word.isupper(), words))
    surname = words[len(forenames) :]
    return (
        1 <= len(forenames) <= _FORENAMES
        and 1 <= len(surname) <= _FORENAMES
        and all(
            word[:1].isupper()
            and word[1:].islower()
            and not office_or_title(word, config)
            and word.casefold() not in config.articles
            for word in forenames
        )
        and all(word.isupper() and len(word) >= 2 and not _ROMAN.fullmatch(word) for word in surname)
    )


# The polytonic marks of Greek: the breathings, the iota subscript and the vowels' length marks
# dropped, the grave and the circumflex read as the monotonic accent.
_POLYTONIC_DROPPED = dict.fromkeys(map(ord, "\u0313\u0314\u0345\u0304\u0306"))
_POLYTONIC_ACCENTS = {ord("\u0300"): "\u0301", ord("\u0342"): "\u0301"}
_GREEK_EXTENDED = regex("[\u1f00-\u1fff]")  # the polytonic letters' block


def monotonic(word: str) -> str:
    """*word* with its polytonic Greek letters (the Greek Extended block) in their monotonic
    spelling ("ὁ" → "ο", "πρωθυπουργὸς" → "πρωθυπουργός"); any other word as it is."""
    if word.isascii() or _GREEK_EXTENDED.search(word) is None:  # most words: no letter read
        return word
    bare = unicodedata.normalize("NFD", word).translate(_POLYTONIC_DROPPED).translate(_POLYTONIC_ACCENTS)
    return unicodedata.normalize("NFC", bare)


def addressing(word: str, config: Config) -> bool:
    """Whether *word* is a form of address, a particle or an article before an office or a name;
    a Greek word printed polytonic is looked up monotonic ("Ὁ Πρόεδρος": the article "ο")."""
    folded = monotonic(word.casefold())
    return bool(
        config.titles.fullmatch(word)
        or folded in config.particles
        or folded in config.articles
        or folded in config.article_titles
    )


def _chair_office(label: str, config: Config) -> re.Match[str] | None:
    found = None
    words = list(_WORD.finditer(label))
    for at, word in enumerate(words):
        found = config.chairs_listed.match(label, word.start())
        if found or not (addressing(word.group(), config) or _rank_before_chair(words, at, config)):
            break  # "Il Presidente", "El C. Presidente", "SEÑOR MINISTRO PRESIDENTE"
    return found


def _rank_before_chair(words: list[re.Match[str]], at: int, config: Config) -> bool:
    """Whether the word at *at* of a label's *words* is the member's office before the chair's
    word that ends the label ("SEÑOR MINISTRO PRESIDENTE", "CONSEJERO PRESIDENTE", "el diputado
    presidente"): the chair of a court or a council named by his rank among its members first."""
    if at + 2 != len(words) or not config.office_words.fullmatch(words[at].group()):
        return False
    last = words[at + 1]
    found = config.chairs_listed.match(last.group())
    return found is not None and bool(_ALONE.fullmatch(last.group(), found.end()))


# A word of the Arabic script right after a chair's word: the genitive that joins a portfolio to
# an office in Arabic, Persian, Urdu and Kurdish with no particle between them.
_ARABIC_SCRIPT = regex(r"[ \t]+[\u0600-\u06ff]")


def _portfolio(label: str, at: int, config: Config) -> bool:
    """Whether the chair's word ending at *at* in *label* is followed by a portfolio that is no
    chamber's: a particle and more words ("PRESIDENTE DEL GOBIERNO", "President of the
    Republic"), as the head of a government or a state is printed, unlike "Präsident des
    Bundestages", or by a government's name in the genitive ("Místopředseda vlády"). Words in
    brackets and after a comma describe the holder, not the office; a committee's name after the
    chair's word and its comma is the body it heads ("Chairman, Finance Committee", ``committees``),
    another than the sitting."""
    word_rest, comma, body = label[at:].partition(",")
    if comma and not word_rest.strip(" ").count(" ") and config.names_committee(re.split(r"[(\[,]", body)[0]):
        return True
    after = re.split(r"[(\[,،]", label[at:], maxsplit=1)[0]
    joined = _ARABIC_SCRIPT.match(after)
    if joined:  # "رئيس مجلس الوزراء", the head of the government; "رئيس مجلس النواب", the chair
        words = [w for w in _WORD.findall(after) if w not in config.address_words]
        return bool(words) and not config.chambers.search(" ".join(words))
    rest = _WORD.findall(after)
    # past the chair's word's end where the office matched its stem ("Présid"), and past the
    # particle of a chair's but a state's ("Chairman of Committees", "Maire de Paris"): a state's
    # office of its state's name is no chair's ("President of Russia X", "President of Norland")
    if after[:1].isalpha() or label[:at].split()[-1].casefold() not in config.state_chairs:
        rest = rest[1:]
    if rest and rest[0].casefold() in config.governments:  # "Místopředseda vlády ČSFR": no particle
        return True
    if len(rest) < 2 or rest[0].casefold() not in config.particles or rest[0].endswith("."):
        return False  # "Präsident Graf v. X": an abbreviated particle is a name's, no portfolio's
    return not config.chambers.search(" ".join(rest))


# The most words in lower case of an office printed after a name ("önkormányzati képviselő").
_OFFICE_AFTER_WORDS = 3


def office_after(name: str, config: Config) -> tuple[str, str] | None:
    """*name* as the person's name and the office printed after it in lower case, as Hungarian
    prints both ("Dr. Kovács Péter elnök", "Horváth Zoltán polgármester", "Szabó Anna
    települési képviselő"): the office ends the name and its last word is one of ``offices``
    or ``chairs``, two name words or more before it; None where *name* is of another shape. The
    "and" joining two areas of its portfolio is no word of the count ("Dr. Kovács Péter
    közigazgatási és igazságügyi miniszter")."""
    words = name.split()
    tail = joins = 0
    while tail < len(words) and tail - joins < _OFFICE_AFTER_WORDS and lower_case(words[-1 - tail][:1]):
        joins += tail > 0 and words[-1 - tail].casefold() in config.portfolio_joins
        tail += 1
    if not tail:
        return None
    last = words[-1].rstrip(".:;")
    if not (config.office_words.fullmatch(last) or config.chairs.match(last.casefold())):
        return None
    before = words[: len(words) - tail]
    if not before or before[-1].endswith(","):
        return None  # "Mme Sophie Marchand, rapporteure": a description after a comma
    if sum(word[:1].isupper() and not config.titles.fullmatch(word) for word in before) < 2:
        return None
    if any(lower_case(word[:1]) and word.casefold() not in config.particles for word in before):
        return None  # "Dr. Kovács Péter, a bizottság elnöke": a description, not the office alone
    at = name.rstrip().rfind(" ".join(words[len(words) - tail :]))
    return name[:at].rstrip(), name[at:].strip()


def less_former(office: str, config: Config) -> str:
    """*office*, folded, without the word before it saying its holder held it once
    (``former_offices``: "ancien directeur de …" is "directeur de …"); "" where none opens it."""
    if not office.startswith(config.former_offices):
        return ""
    former = max((word for word in config.former_offices if office.startswith(word)), key=len)
    return office[len(former) :].lstrip()


def former_narrated(office: str, config: Config) -> bool:
    """Whether *office*, what a name's comma is followed by, is one its holder held once
    (``former_offices``) with a word in lower case after the office's own comma ("ex ministro,
    ha detto", "ehemaliger Staatssekretär im Ministerium, schrieb dazu"): a sentence describing
    someone so, no label's office."""
    return bool(less_former(office.strip().casefold(), config)) and any(
        lower_case(word[0]) for word in WORD.findall(office.partition(",")[2])
    )


def office_after_comma(name: str, config: Config) -> tuple[str, str] | None:
    """*name* as the person's name and the office printed after its comma ("M. Jean Dupont,
    rapporteur", "MARIA BIANCHI, Sottosegretaria di Stato per l'interno"): what follows the comma
    opens with one of ``offices`` or ``chairs`` (a name there is a forename: "Dupont, Jean"), or
    says the person tabled the item called ("La señora López Martín, autora de la pregunta"), and
    what precedes it names a person; None where *name* is of another shape."""
    person, comma, office = name.partition(",")
    office = office.strip()
    if not comma or not office or not name_parts(person, config):
        return None
    if former_narrated(office, config):
        return None  # "ROSSI, ex ministro, ha detto": a sentence, as the scoring reads it
    held = less_former(office.casefold(), config)  # "M. X, ancien directeur de …": the office after
    first = (held or office).split()[0].casefold()
    if not (
        config.office_words.match(first)
        or config.chairs.match(first)
        or _portfolio_first(held or office, config)
        or _capitals_described(person, office)
        or config.tabled_item(office)
    ) or office_phrase(person, config):
        return None
    return person.rstrip(), office


def _portfolio_first(office: str, config: Config) -> bool:
    """Whether *office*, after a name's comma, is a portfolio and the office word that closes it,
    as the languages that set the portfolio first print a minister ("श्री राम प्रसाद, कृषि
    मंत्री", "श्री X, राज्य मंत्री", "Shri X, Agriculture Minister"): no word in lower case of a
    cased script among them, which a sentence's would be ("Smith, our minister"), nor a form of
    address, which says the office is addressed ("Well, Mister Chairman", "धन्यवाद, माननीय
    मंत्री", a speech's vocative)."""
    words = office.split()
    return (
        1 < len(words) <= _PORTFOLIO_WORDS
        and config.office_words.fullmatch(words[-1].rstrip(".")) is not None
        and not any(lower_case(word[:1]) for word in words)
        and not any(config.titles.fullmatch(word.casefold()) for word in words[:-1])
    )


def holder_after_comma(name: str, config: Config, lang: str = "und") -> tuple[str, str] | None:
    """The person a label names after its office and a comma with a form of address, and that
    office ("La Sra. Concejala Delegada de Hacienda, Dña. Pilar Ortiz", a Spanish council's
    minutes; "PRESIDENTA, H.S. MARÍA OSORIO", a Latin American house's, the letters of the
    record's language *lang* a form of address too): the office is a phrase no name is in, the
    holder a form of address before capitalised words; None where *name* is of another shape."""
    office, comma, person = name.partition(",")
    words = person.split()
    if not comma or "," in person or len(words) < 2 or not _addressed(words[0], config, lang):
        return None
    if not all(word[:1].isupper() for word in words[1:]) or not office_phrase(office, config):
        return None
    return person.strip(), bare_office(office, config)


def _addressed(word: str, config: Config, lang: str) -> bool:
    """Whether *word* is a form of address: a title, or the letters of one in the language *lang*
    (``letter_titles``, as printed: "H.S.", the Colombian honorable senator)."""
    return config.titles.fullmatch(word.casefold()) is not None or word in config.letter_titles.get(lang, ())


def _capitals_described(person: str, description: str) -> bool:
    """Whether *description*, after the comma of a name set in capitals, is the holder's post
    whatever its first word ("DONATO MANCA, Comandante Carabinieri NOE di Venezia"): the record
    sets the name apart by its case, and a post of two words or more in Mixed case follows.
    One word after the comma may be a forename ("ROSSI, Mario"), so it takes two."""
    words = person.split()
    return (
        len(words) >= 2
        and person.isupper()
        and len(description.split()) >= 2
        and any(char.islower() for char in description)
    )


def portfolio_office(words: list[str], config: Config) -> int:
    """The place in *words* of an office word that a portfolio printed before it names, the
    portfolio's first word capitalised and the rest in lower case, the holder's name with an
    initial after the office ("Хүнс, хөдөө аж ахуйн сайд Г.Ганболд", a Mongolian minister;
    "Оқу-ағарту министрі Б.Қасымов", a Kazakh one); 0 where *words* are no such label. An
    article, a particle or a linking word among them is a sentence's ("Speech by the minister
    J. Smith")."""
    at = next((i for i in range(len(words) - 1, 0, -1) if _office_word(words[i], config)), 0)
    portfolio, holder = words[1:at], words[at + 1 :]
    if not (at and words[0][:1].isupper() and len(portfolio) <= _PORTFOLIO_WORDS and holder):
        return 0
    if not all(word[:1].isupper() for word in holder) or not _HOLDER_INITIAL.search(" ".join(holder)):
        return 0
    return 0 if any(word.casefold().strip(",") in config.portfolio_links for word in portfolio) else at


def portfolio_closed(words: list[str], config: Config) -> bool:
    """Whether *words* are an office printed after the body or portfolio it belongs to, no
    holder named after it, as Turkic languages set the head word last ("Moliya vaziri
    o‘rinbosari", "Maliyyə şöbəsinin müdiri", a holder's name and comma perhaps before it: "N.X,
    fraksiya a’zosi"): the last word an office's whole, its ending inflected, the first
    capitalised, none of the others an article, a particle, a linking word or one of a language's
    commonest words ("Bu masalani vazir" is a sentence's), but the "and" that joins two areas in
    lower case, each no such word, as the languages that print the holder's name first join a
    minister's ("Dr. X Y közigazgatási és igazságügyi miniszter", "X Y vallás- és közoktatásügyi
    miniszter", the Hungarian house's)."""
    if not 1 < len(words) <= _PORTFOLIO_WORDS + 1 or not words[0][:1].isupper():
        return False
    if not _office_word(words[-1], config):
        return False
    before = [word.casefold().strip(",") for word in words[:-1]]

    def stopping(word: str) -> bool:
        return word in config.portfolio_links or word in config.any_language_words

    def area(at: int) -> bool:  # a word in lower case of the portfolio, the office's own last
        word = words[at]
        return lower_case(word[:1]) and (at == len(words) - 1 or not stopping(before[at]))

    return not any(
        stopping(word) and not (word in config.portfolio_joins and at > 0 and area(at - 1) and area(at + 1))
        for at, word in enumerate(before)
    )


def holder_only(text: str) -> bool:
    """Whether *text*, after an office's dash or colon, is its holder's name and no more: two or
    three capitalised words and initials ("Karimov A.", "A. Karimov"), the entry of a list of
    appointments, no speech."""
    words = text.split()
    return 1 < len(words) <= _HOLDER_ONLY_WORDS and all(
        word[:1].isupper() and bool(_INITIAL.fullmatch(word) or _NAME_WORD.fullmatch(word)) for word in words
    )


def _office_word(word: str, config: Config) -> bool:
    """Whether *word* is an office's word whole, its ending inflected ("министрі", "сайд")."""
    found = config.offices.match(word.casefold())
    return found is not None and _ALONE.fullmatch(word, found.end()) is not None and word[-1:].isalpha()


_HOLDER_ONLY_WORDS = 3  # a holder's name alone: surname, forename or initials, patronymic
_PORTFOLIO_WORDS = 8  # the most words of a portfolio between its first and the office
_HOLDER_INITIAL = regex(r"(?<![^\W\d_])[^\W\d_]\.")


def office_phrase(label: str, config: Config) -> bool:
    """Whether *label* is an office printed as a phrase, which a holder's name in parentheses
    may follow: "The Secretary of State for Health", "The First Minister", "El señor MINISTRO
    DE HACIENDA", "VICEPRESIDENTE PRIMERO". An office or chair word is among its first two
    words after the forms of address and articles, and no word stands out in capitals amid
    Mixed case, as a surname does ("Senator SMITH (New South Wales)" is a person and a place).
    After its office, two words or more that are no portfolio (which follows a particle: "for
    Health", "DE HACIENDA") are the person's own name ("Senator Penny Wong (South Australia)":
    the parenthesis is a place); one may be an office's ("The Presiding Officer", "VICEPRESIDENTE
    PRIMERO")."""
    kept: list[tuple[_Word, bool]] = []  # the words that say what the label is, and which are offices
    portfolio, named = False, 0
    for word in _words(_DESCRIBING_COMMA.split(label, 1)[0], config):
        office = word.role == "office" or bool(config.office_words.fullmatch(word.text))
        portfolio = portfolio or (word.particle and any(was for _, was in kept))
        if office or not (word.role or word.particle or word.text.casefold().rstrip(".") in config.sexes):
            named += not office and not portfolio and any(was for _, was in kept)
            kept.append((word, office))
    if named >= 2:
        return False
    if not any(office for _, office in kept[:2]):
        return False
    return len({word.capitals for word, _ in kept if word.text[:1].isupper()}) == 1


# the comma a description follows, not one after an area whose hyphen is suspended ("Klima-,
# energi- og forsyningsministeren")
_DESCRIBING_COMMA = regex(r"(?<!-),")
_HANGUL = regex(f"[{HANGUL}]+")
_HAN = regex(f"[{IDEOGRAPHS}]+")
_GIVEN_CHARS = (1, 2)  # the lengths of a Chinese given name and of a Korean one
_PORTFOLIO_CHARS = 2  # the fewest syllables of a Korean ministry glued to its office ("법무부장관")


def _uncased_parts(name: str, config: Config, lang: str = "und") -> tuple[NamePart, ...]:
    """The parts of a Chinese or Korean *name*, surname first: its words are offices and names
    (Korean sets them apart: "위원장 박영호", "김민수 위원"; Chinese joins them: "王委員小明",
    "王委員", "李小明委员"); a name is a known surname (``surname_chars``) and a given name of
    one or two characters, or in Japanese (``name_order.surname_office``) any surname before an
    office that ends the word ("井原委員長", "加藤国務大臣"). None where a word is neither, or no
    name is in it ("主席", "財政部長")."""
    parts: list[NamePart] = []
    at = 0
    for word in re.finditer(r"\S+", name):
        pieces = _uncased_word(word.group(), config, spaced=" " in name.strip(), lang=lang)
        if not pieces:
            return ()
        parts.extend([NamePart(None, name[at : word.start()]), *pieces])
        at = word.end()
    if at < len(name):
        parts.append(NamePart(None, name[at:]))
    return tuple(p for p in parts if p.text) if any(p.kind == "surname" for p in parts) else ()


def _uncased_word(word: str, config: Config, spaced: bool, lang: str = "und") -> list[NamePart]:
    """The parts of one *word* of a Chinese or Korean name (see :func:`_uncased_parts`): an
    office, a name, or an office with the name joined to it in Han; none where it is no such."""
    office = next(config.offices.finditer(word), None)
    if _HANGUL.fullmatch(word) and (office is not None or _office_ending(word, config)):
        return [NamePart("roleName", word, type="office")]  # "위원장", "행정안전부장관"
    if office is None:
        named = _uncased_name(word, config) if spaced or _HAN.fullmatch(word) is None else []
        return named
    if not _HAN.fullmatch(word):
        return []
    end = next(
        e
        for e in range(len(word), office.end() - 1, -1)
        if config.offices.regex.fullmatch(word, office.start(), e)
    )
    before, held, after = word[: office.start()], word[office.start() : end], word[end:]
    if after:  # "王委員小明": the surname, the office, the given name
        surname = _uncased_name(before, config, alone=True)
        given = [NamePart("forename", after)] if surname and len(after) in _GIVEN_CHARS else []
        if given:
            return [*surname, NamePart("roleName", held, type="office"), *given]
        # "主席賀志成", "行政院院長陳建文": the office (its portfolio before it) and the full name
        named = _uncased_name(after, config)
        return [NamePart("roleName", before + held, type="office"), *named] if named else []
    if not before:
        return [NamePart("roleName", held, type="office")]
    named = _uncased_name(before, config, alone=True) or _uncased_name(before, config)
    if not named and _surname_before_office(before, lang, config):
        ends = (p for p in config.joined_portfolios if before.endswith(p) and len(p) < len(before))
        portfolio = next(ends, "")
        before, held = before[: len(before) - len(portfolio)], portfolio + held  # "加藤" "国務大臣"
        named = [NamePart("surname", before)]
    return [*named, NamePart("roleName", held, type="office")] if named else []


_JAPANESE_SURNAME = regex(f"[{IDEOGRAPHS}々ヶ]{{1,4}}")


def _surname_before_office(before: str, lang: str, config: Config) -> bool:
    """Whether *before*, the Han before an office that ends a label's word, is a surname in a
    record in the language *lang*: the Japanese Diet and councils print a member by the surname
    and the office alone ("井原委員長", "山田委員"), of surnames no table lists."""
    return lang in config.name_order.get("surname_office", ()) and bool(_JAPANESE_SURNAME.fullmatch(before))


def _office_ending(word: str, config: Config) -> bool:
    """Whether an office ends *word* after its portfolio glued to it, as Korean prints a
    minister ("행정안전부장관", "기획재정부차관"): no word boundary sets the office apart. A
    portfolio has two syllables or more: "최장관" may be a name."""
    return any(config.offices.fullmatch(word[at:]) for at in range(_PORTFOLIO_CHARS, len(word) - 1))


def _uncased_name(word: str, config: Config, alone: bool = False) -> list[NamePart]:
    """*word* as a Chinese or Korean name: a known surname (the longest) and a given name of one
    or two characters, or with *alone* the surname by itself ("王" of "王委員"); else none."""
    for length in (2, 1):
        surname, given = word[:length], word[length:]
        if surname not in config.surname_chars:
            continue
        if alone and not given:
            return [NamePart("surname", surname)]
        if not alone and len(given) in _GIVEN_CHARS:
            return [NamePart("surname", surname), NamePart("forename", given)]
    return []


def uncased_name(text: str, config: Config) -> bool:
    """Whether *text*, a value printed by itself (a head's field: "主持人：王建国"), is a Chinese
    or Korean name: within a label, unspaced Han is read as a name only beside an office."""
    return bool(_HAN.fullmatch(text) or _HANGUL.fullmatch(text)) and bool(_uncased_name(text, config))


def office_inside_name(text: str, config: Config) -> bool:
    """Whether *text* is a Chinese name with the office inside it, the surname before it and the
    given name after ("蔡議長旺璉", "林委員美華"): a person as Taiwan's records print one."""
    kinds = [part.kind for part in _uncased_parts(text, config)] if _HAN.fullmatch(text) else []
    return kinds == ["surname", "roleName", "forename"]


_PARTS_KEPT = 4096  # names whose parts are kept (a record's labels recur every turn)
_parts_read: dict[tuple[str, str, bool], tuple[Config, tuple[NamePart, ...]]] = {}


def name_parts(
    name: str, config: Config, lang: str = "und", surname_first: bool = False
) -> tuple[NamePart, ...]:
    """The parts of *name* (in a record in the language *lang*, which orders its words, or one
    that prints every name *surname_first*), which together are *name* exactly; none where it
    has no surname. A name may have two surnames or more (see :func:`_more_surnames`). Read once
    a configuration: a label's name is asked for its signature, its office and its parts."""
    key = (name, lang, surname_first)
    kept = _parts_read.get(key)
    if kept is not None and kept[0] is config:
        return kept[1]
    if len(_parts_read) >= _PARTS_KEPT:
        _parts_read.clear()
    parts = _read_parts(name, config, lang, surname_first)
    _parts_read[key] = (config, parts)
    return parts


# A Latin word of capitals with no vowel: initials run together ("HHG", Althingi's "(HHG: Heyr,
# heyr.)"), no surname; three letters at least, as "NG" is one.
_RUN_INITIALS = regex(r"[B-DF-HJ-NP-TV-XZ]{3,4}")


def run_initials(word: str) -> bool:
    """Whether *word* is a member's initials run together in capitals, no name to recase."""
    return _RUN_INITIALS.fullmatch(unaccented(word)) is not None


def _read_parts(name: str, config: Config, lang: str, surname_first: bool) -> tuple[NamePart, ...]:
    """:func:`name_parts`, read afresh."""
    if _HAN.search(name) or _HANGUL.search(name):
        return _uncased_parts(name, config, lang)
    if run_initials(name.strip().rstrip(":.")):
        return ()
    proper = name.split(",", 1)[0]
    words = _words(proper, config, lang)
    place = _place_at(words, config)
    words, place_words = words[:place], words[place:]
    surname = _surname(words, config, lang, surname_first)
    if surname is None or _unnamed(words, surname, config):
        return ()
    surnames = _more_surnames(words, surname, config, lang)
    portfolio = _portfolio_at(words, config)
    parts: list[NamePart] = []
    at = 0
    for index, word in enumerate(words):
        if word.start > at:
            parts.append(NamePart(None, name[at : word.start]))
        kind, kind_type = _kind(word, surnames, index in portfolio)
        parts.append(NamePart(kind, word.text, word.initial and kind == "forename", kind_type))
        at = word.end
    if place_words and place_words[0].text.casefold() in config.patronym_links:  # "binti Yusof"
        parts.append(NamePart(None, name[at : place_words[0].start]))
        parts.append(NamePart("nameLink", place_words[0].text))
        if len(place_words) > 1:
            parts.append(NamePart(None, name[place_words[0].end : place_words[1].start]))
            parts.append(
                NamePart("addName", name[place_words[1].start : place_words[-1].end], type="patronym")
            )
        at = place_words[-1].end
    elif place_words:  # "of Ohio": one addName
        parts.append(NamePart(None, name[at : place_words[0].start]))
        parts.append(NamePart("addName", name[place_words[0].start : place_words[-1].end]))
        at = place_words[-1].end
    if not place_words and all(part.kind != "forename" for part in parts):
        for word in _forenames_after_comma(name, len(proper), config):
            parts.append(NamePart(None, name[at : word.start]))
            parts.append(NamePart("forename", word.text, word.initial))
            at = word.end
    if at < len(name):
        parts.append(NamePart(None, name[at:]))
    return tuple(p for p in parts if p.text)


_AGREEING_ENDING = 2  # letters of an office's ending after an article ("Abgeordnete-r", "Zeug-in")


def _unnamed(words: list[_Word], surname: _Word, config: Config) -> bool:
    """Whether *words* name one the record leaves unnamed: an indefinite article, then an office
    or the word of one of the hall ("Ein Aktionär", "Eine Zuhörerin", "Un Député", "Een Bewoner"),
    which German and a label in Title Case print capitalised; the surname found one of these two,
    as the article is no forename and the office or the hall's word no surname. A name after them
    keeps its parts ("An Teachta Seán Ó Briain"), as does a forename like an article ("Una Healy")."""
    if (
        len(words) < 2
        or surname not in words[:2]
        or words[0].text.casefold() not in config.indefinite_articles
    ):
        return False
    folded = words[1].text.casefold()
    if words[1].role == "office" or folded in config.participants:
        return True
    # "Ein Abgeordneter", "Eine Abgeordnete": the office's word, its ending agreeing with the
    # article's, no more letters after it ("Una Clerkson" is a name)
    office = config.offices.match(folded)
    return office is not None and len(folded) - office.end() <= _AGREEING_ENDING


# The most forenames printed after the surname and its comma: "THOMAS, ENRIQUE LUIS".
_FORENAMES_AFTER_COMMA = 3


def _forenames_after_comma(name: str, comma: int, config: Config) -> list[_Word]:
    """The forenames *name* prints after the comma at *comma*, its surname before it, as a
    roll prints a member ("SR. THOMAS, ENRIQUE LUIS", "Rossi, Mario", "DUPONT, J."): one to three
    words, each a name word or an initial and no office, form of address or common word of a
    language, the first a given name the vocabulary knows or an initial; none where what follows
    the comma describes the person ("M. Jean Dupont, rapporteur", "SMITH, JR.")."""
    rest = name[comma + 1 :]
    if not rest.strip() or "," in rest:
        return []
    words = [
        _Word(comma + 1 + start, text, None, _INITIAL.fullmatch(text) is not None, False)
        for start, text in _tokens(rest, config)
    ]
    if not 0 < len(words) <= _FORENAMES_AFTER_COMMA or not (
        words[0].initial or words[0].text.casefold() in config.given_names
    ):
        return []
    for word in words:
        folded = word.text.rstrip(".").casefold()
        if not word.initial and not (word.text[:1].isupper() and word.text.replace("-", "").isalpha()):
            return []
        if (
            config.office_words.fullmatch(word.text)
            or config.titles.fullmatch(word.text.casefold())
            or folded in config.abbreviations
        ):
            return []
        if folded in config.any_language_words and folded not in config.given_names:
            return []
    return words


def _place_at(words: list[_Word], config: Config) -> int:
    """Where the place that tells a member apart begins among *words* ("Mr. BROWN of Ohio",
    "Lord Smith of Finsbury"): a ``place_links`` word after a name word, followed only by
    capitalised name words, a ``place_openers`` word among them ("Deputy K.M. Le Cornu of St.
    Saviour"), or after an office where such a word opens the place ("The Deputy of St.
    Helier", its place no surname); or the father's name, a ``patronym_links`` word in lower case after
    a name word ("Siti Aminah binti Yusof"); the length of *words* where none is."""
    openers = config.place_openers
    for at, word in enumerate(words):
        cased = word.text[:1].islower() or (word.text.isupper() and at > 0 and words[at - 1].capitals)
        linked = word.text.casefold() in config.patronym_links and cased  # "binti", "BIN" amid capitals
        if linked and any(w.named and not w.particle for w in words[:at]) and words[at + 1 :]:
            return at  # "Siti Aminah binti Yusof": the father's name, whatever its words
        if (
            at
            and word.text.casefold() in config.place_links
            and words[at + 1 :]
            # a participant's word names no one ("Caller from Dayton", "Listener from Akron")
            and " ".join(w.text for w in words[:at]).casefold() not in config.participants
            and (
                any(w.named and not w.particle for w in words[:at])
                # an office's seat, no name ("The Deputy of St. Helier"), which has no surname and
                # so no parts (a name in parts has one): a place's opener tells it from an
                # office's portfolio ("The Minister of Finance"), whose last word is no surname either
                or (words[at + 1].text.casefold() in openers and words[at - 1].role == "office")
            )
            and all(w.named and not w.capitals for w in words[at + 1 :] if w.text.casefold() not in openers)
            and words[-1].named
        ):
            return at
    return len(words)


PARTICLE_LENGTH = 3  # a word in lower case so short may join a name's or an office's ("of the", "fun", "ʻo")
# the okina or apostrophe a particle may open with, a glottal stop ("'o", "ʻo")
_PARTICLE_OPENING = regex("^['’ʻ‘]")
_PARTICLED_WORDS = (2, 5)  # words of an office or a name joined by particles no vocabulary lists
_PARTICLED_SMALL = 2  # of its words in lower case, the most: a sentence's are more


def particled(name: str, config: Config) -> tuple[bool, int]:
    """Whether *name* is capitalised words joined by one or two short words in lower case, the
    first and the last capitalised ("Turaga ni Mataqali", "Loea ki he Pule'anga", "Minisita ni
    iTaukei", "Kọmiṣanna fun Eto Ẹkọ"): an office or a name in a language whose particles no
    vocabulary lists, so none of the words the vocabularies list as joining ("Welcome to
    Parliament", "Turno de la Oposición", "Wahl zum Präsidium": a heading's or a sentence's);
    and how many of its words are capitalised (the particles are no words of its shape's
    length)."""
    words = name.split()
    small = [word for word in words if not any(char.isupper() for char in word)]
    joined = (
        _PARTICLED_WORDS[0] <= len(words) <= _PARTICLED_WORDS[1]
        and 1 <= len(small) <= _PARTICLED_SMALL
        and small[:1] != words[:1]
        and small[-1:] != words[-1:]
        and all(_PARTICLE_OPENING.sub("", word).isalpha() and len(word) <= PARTICLE_LENGTH for word in small)
        and config.joining_words.isdisjoint(word.casefold() for word in small)
    )
    return joined, len(words) - len(small)


# The number of a division: "2", "1er", "3a", "IV", "12.", "19/1234", an ordinal with its ending
# after a hyphen ("Глава 2-я", "Пункт 3-й": no namesake's number), perhaps after the number
# sign ("Nº 22", "N° 5", "No. 3"; the ordinal's mark taken off before: "N 22"), the Romanian,
# Slavic and Cyrillic ones too ("nr. 4", "br. 3", "№ 2"), or a figure in brackets ("البند (3):",
# an Arab council's item).
_NUMBER_SIGN = r"(?:N[º°o]?|[Nn][Rr]|[Bb][Rr]|№)\.?[ \t]*"
DIVISION_NUMBER = regex(
    rf"(?:{_NUMBER_SIGN})?(?:\d{{1,5}}(?:[/.]\d{{1,5}})?[^\W\d_]{{0,3}}|{ORDINAL_WORD}|[IVXLCDM]{{1,6}})\.?"
    r"|\(\d{1,5}\)"
)


def division_number(number: str, config: Config) -> bool:
    """Whether *number* numbers a division: in figures or letters ("2", "IV", "Nº 22"), or one
    word that spells it ("Ponto Um:", "Item one:", "Punto primero:"), as an association's
    minutes write their order of the day's points. A language's number sign in words before it
    (``number_signs``: "البند رقم 4:") is the sign's."""
    number = number.strip()
    sign, _, figure = number.partition(" ")
    if figure and sign.rstrip(".").casefold() in config.all_number_signs:
        number = figure.strip()
    return bool(DIVISION_NUMBER.fullmatch(number)) or number.rstrip(".").casefold() in config.numbers


def numbered_item(text: str, config: Config) -> bool:
    """Whether *text*, a line, is a numbered item's word and number alone with its colon ("Frage
    2:", "Question 3:", "Pregunta 4:", "Article 5:"): a heading of a questionnaire or a text read
    out, between the turns, no words of the turn above nor a label's second line."""
    name, colon, rest = text.strip().partition(":")
    if not colon or rest.strip():
        return False
    word, _, number = name.partition(" ")
    return (
        label_key(word) in config.asking_keys or word.rstrip(".").casefold() in config.divisions
    ) and division_number(number, config)
