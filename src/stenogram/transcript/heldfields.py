"""A protocol's head names who holds its offices in a block of fields, one a line ("Председатель
собрания: тов. Сидоров." / "Секретарь: тов. Кузнецова.", "Председатель — Волков." / "Секретарь —
Миронова."): each an office, its colon or spaced dash, and a holder's name alone, perhaps under
its form of address and with a stop. A chair calling the next speaker by name prints one such line,
and the speaker called answers under it; two offices' holders set one under another are the head's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stenogram.transcript.candidate import label_key
from stenogram.transcript.labels.patterns import NAME_WORD
from stenogram.transcript.regexcache import regex

if TYPE_CHECKING:
    from stenogram.transcript.config import Config

# An office of one to four words, its colon or spaced dash, the holder's words after it.
_HELD = regex(
    r"(?P<office>[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){0,3})(?:[ \t]?[:：]|[ \t]+[–—])[ \t]*(?P<value>.+)"
)
_OFFICE_WORDS = 6  # words of a holder's office after the name's comma at most
_HOLDER_WORDS = 4  # words of a holder's name with its forms of address at most
_HELD_WORDS = 10  # words of a field's value naming holders joined ("X with Y for the Accused") at most
_INITIAL = regex(r"(?:[^\W\d_]\.){1,3}")  # a holder's initials ("И.И.", "A.")
# An office's word abbreviated before the holder's name ("sekr. sąd. Anna Nowak", "st. sierż.").
_ABBREVIATED = regex(r"[^\W\d_]{1,5}\.")


def held_field(text: str, config: Config, lang: str) -> str | None:
    """The office of *text*, one line of a head, when it names the office's holder and no more:
    forms of address (``titles``), abbreviations, initials and capitalised words, at least one of
    a name, a stop at the end at most; after a comma the holder's own office in capitalised words
    ("Mr. S. Fernando, SSC for the Attorney General") or the oath the witness took
    (``holder_marks``: "W. Bandara, affirmed."). A speech has a word in lower case or a figure;
    a greeting has no name but an office's ("THE CHAIRMAN: Mr. Secretary.")."""
    found = _HELD.fullmatch(text.strip())
    if found is None or config.offices.match(found["office"].casefold()) is None:
        return None
    value, _, described = found["value"].removesuffix(".").partition(",")
    if described and not _described(described.split(), config, lang):
        return None
    words = value.split()
    if not 0 < len(words) <= _HELD_WORDS or max(map(len, _parts(words, config))) > _HOLDER_WORDS:
        return None
    if len(words) == 1 and not described and not found["value"].endswith("."):
        return None  # "PRESIDENT: Silence", "WITNESS: Nothing": a reply of one word; "— Волков." has its stop
    common = config.openers.get(lang, frozenset()) | config.thanks | config.salutations | config.vote_answers
    if value.strip().casefold() in common or words[0].casefold() in common:
        return None  # "Clerk: Thank you.", "Председатель: Товарищи.", "COUNCILLOR ADAMS: Aye.": speech
    if label_key(value) in config.attendance_values.get(lang, frozenset()):
        return None  # "COUNCILMEMBER ADAMS: Present.", "Prosecutor: Present": an attendance marked
    named = False
    for at, word in enumerate(words):
        if config.titles.fullmatch(word.casefold()) or (at < len(words) - 1 and _ABBREVIATED.fullmatch(word)):
            continue
        if 0 < at < len(words) - 1 and word in config.joining_words:
            continue
        if not (_INITIAL.fullmatch(word) or (NAME_WORD.fullmatch(word) and word[0].isupper())):
            return None
        # an office's word after a form of address is the speaker's vocative ("Mr. Secretary.",
        # "Herr Minister."), no holder's name: it may stand in the value but names no holder
        named = named or bool(NAME_WORD.fullmatch(word) and not config.offices.match(word.casefold()))
    return found["office"].casefold() if named else None


def _parts(words: list[str], config: Config) -> list[list[str]]:
    """*words* parted at the words in lower case joining two holders or a holder and the party
    ("Mr. R. Silva with Ms. N. Dias for the Accused")."""
    parts: list[list[str]] = [[]]
    for word in words:
        if word in config.joining_words:
            parts.append([])
        else:
            parts[-1].append(word)
    return parts


def _described(words: list[str], config: Config, lang: str) -> bool:
    """Whether *words*, after a holder's name and its comma, are the oath taken or the holder's
    office, its words capitalised but those joining them ("SSC for the Attorney General")."""
    if label_key(" ".join(words)) in config.holder_marks.get(lang, frozenset()):
        return True
    joining = config.joining_words
    return 0 < len(words) <= _OFFICE_WORDS and all(
        word[:1].isupper() or word.casefold() in joining for word in words
    )


def held_block(lines: list[str], index: int, config: Config, lang: str) -> bool:
    """Whether the line at *index* of *lines*, consecutive lines of the head, names an office's
    holder as :func:`held_field` reads it, and the line above or below names another office's:
    the head's block of fields, no chair's call of one speaker."""
    office = held_field(lines[index], config, lang)
    if office is None:
        return False
    beside = [lines[k] for k in (index - 1, index + 1) if 0 <= k < len(lines)]
    return any((other := held_field(line, config, lang)) is not None and other != office for line in beside)
