"""Which lines open a turn: every candidate collected with its surroundings and decided by the
scored model (:mod:`stenogram.transcript.scoring`), then asked of each line."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from stenogram.transcript.candidate import (
    ANSWERED,
    ENCLOSED,
    NOTE_MARKS,
    UPPER,
    WORD,
    Candidate,
    bracketed,
    cased,
    fold,
    label_key,
    lower_case,
    stopless_end,
    uncased,
    unclosed,
    without_stops,
)
from stenogram.transcript.config import Config, Vocabulary
from stenogram.transcript.frontmatter import front_kind
from stenogram.transcript.identity import same_stem
from stenogram.transcript.labels.bodies import body_named
from stenogram.transcript.labels.generic import OPENING_WORDS
from stenogram.transcript.labels.patterns import (
    BRACKETED_CLOCK,
    CAPITALISED,
    CAPITALS_SHARE,
    CAPTION_MARK,
    CLIP_RANGE,
    HAN_NAME,
    LINE_END_CLOCK,
    MEMBER_WORDS,
    OPENING_QUOTES,
)
from stenogram.transcript.labels.shapes import speech_start
from stenogram.transcript.lines import (
    address_left_open,
    broken_at_end,
    capitals_left_open,
    glued_surname,
    paragraph_end,
    sentence_below,
)
from stenogram.transcript.names import addressing, chair_office_alone, chairs, last_address, portfolio_closed
from stenogram.transcript.reader import (
    PHOTO_CAPTION,
    SENTENCE_STOPS,
    TERMINAL,
    RawPara,
    exchange_runs,
    spaced_name,
)
from stenogram.transcript.regexcache import regex
from stenogram.transcript.salutations import opens_with, saluting, thanks_alone
from stenogram.transcript.scoring import (
    AFTER,
    HALL_VOICE,
    SENTENCE_GAP,
    Occurrence,
    addressed_printing,
    addresses_chair,
    addresses_hall,
    announcing_printings,
    called_above,
    clock_set_off,
    dashed_office_line,
    decide,
    initials_in_name,
    reported_printings,
    weekday_dated,
)
from stenogram.transcript.units import BLOCK_LINE, BRACKETED_ONLY, Lines, SourceLines, Unit, join_lines

if TYPE_CHECKING:
    from stenogram.transcript.labels import LabelMatcher
    from stenogram.transcript.lines import LineLabels
    from stenogram.transcript.model import Document
    from stenogram.transcript.persons import Registry
    from stenogram.transcript.reader import Source

# A name in Han characters as a Japanese record's list of who attends prints it, the surname and
# the given name set apart by a space ("森川　晃", "田中　一郎"): no speech is so spaced.
_SPACED_HAN_NAME = regex(r"[\u3400-\u9fff]{1,3}[ \u3000]+[\u3400-\u9fff]{1,3}")
# A field's name padded by spaces or a tab up to its colon, the value after it, as a head's table
# is typed ("Acara      : Pendapat …")
_PADDED_COLON = regex(r"\S[^:：]*?(?:\t|[ ]{2,})[:：][ \t]*(?P<value>\S.*)")
_TABLE_VALUE_WORDS = 12  # words of the value of a field in a head's table at most: no speech
_DASHED_PAIR = 2  # a section's dashed heading and the speaker's dashed label under it, no more such lines
_NAME_SEPARATORS = regex(r"\s*[、，,]\s*|\s+")
_CLOSING_QUOTES = "”»’\"'"  # quotes closing a field's words: a stop before one ends a sentence
_SURNAME_LETTERS = 2  # a surname's fewest letters: no initial
_CALLED_LETTERS = 5  # a surname's fewest letters to be known under another case's ending
_FIELD_LINE = 40  # characters of a heading's word alone on its line ("Transcript", "Orders of the Day")
_FIELD_NAMES = 2  # capitalised words a field of the head names at least ("Voorzitter: Van der Berg")
_SHORT_FORENAME = 3  # letters of a forename abbreviated inside a name ("Ma. Teresa Reyes", "Jos. Smith")
_OFFICE_HOLDER_WORDS = 3  # words of an office and its holder in a field's list ("Zweiter Präsident Max Roth")
_HOLDERS_SPAN = 400  # characters of a field's first two holders after its colon, each an office and a name
_OFFICE_END = 4  # letters of a chair's office at least that ends a compound word ("Landstingsformand")
_ROSTER_WORDS = 8  # words of a name with its title and office on a line of a court's roll
_ROLL_LINE = 240  # characters of a roll's line under its heading: who sits for the government, listed
_SPEECH_BELOW_WORDS = 6  # words at least of the speech under an office that ends a roll above it
_SPEECH_BELOW_LINES = 3  # lines of that speech counted
_ROSTER_RUN = 3  # one-line paragraphs of a court's roll line under line, the fewest read as one
_ROSTER_PAIR = 2  # … and the fewest where blank lines set them apart from the head and the turns
_ROSTER_MIN_WORDS = 2  # … and the fewest: a title and a surname, a forename and a surname
_NAME_LINE_WORDS = 3  # words of a guest's name alone on its line in a script without case
_LIST_LINES = 2  # lines of a list of names, one a line, at least
_LIST_SHARE = (1, 2)  # … of which this share at least is a name alone with no stop
_PERSON_WORDS = (2, 5)  # words of a name with its title on a line of a list of persons
_NAME_WORDS = 5  # words of a name in Mixed case that may open a turn on a line inside a paragraph
_ABBREVIATION = 3  # characters of an abbreviation with its stop, at most ("dr.", "ing.")
# after a comma, the next name and its seat's bracket: a list of members with their seats
_SEATED_NEXT = regex(r"[ \t]*[^\W\d_][\w'’-]*(?:[ \t][\w'’-]+){0,2}[ \t]?\(")


def _seated_next(text: str, at: int) -> bool:
    """Whether a member's name and his seat's bracket follow the comma at *at* in *text*: each
    word before the bracket capitalised or a figure ("Марковъ 2-й (Курская губ.)"), as a list
    of members goes on; a speech's clause before a remark in brackets ("Я прошу (и настаиваю)
    …") has a word in lower case."""
    found = _SEATED_NEXT.match(text, at)
    words = found.group()[:-1].split() if found is not None else []
    return bool(words) and all(word[:1].isupper() or word[:1].isdigit() for word in words)


_STOPPED_END = regex(r"[\s.:：\-–—]+$")  # a label's stop and dash, as printed

# Words in lower case that make a speech's first words a sentence, however short and unstopped
# ("The applicant's letter was signed by:" over a signature), not a list of names after a label.
_SENTENCE_WORDS = 4
_CASELESS_SENTENCE_WORDS = 6  # without case, every word counts: a few more
_CASELESS_COMMAS = regex("[,،、，]")  # the commas that part a list of names
_CLAUSE_CHARS = 8  # characters at least of a clause in a script without spaces: longer than a name
_STOP_ANYWHERE = regex(r"[.!?؟。]")  # a sentence's end anywhere on a line
_HEADING_CAPITALS = 4  # capitals at least of such a heading ("ADJOURNMENT")
# A sentence's stop inside the braces that close a line, ending it as a bracket's would: an
# editor's note of who took the chair ("{अध्यक्ष महोदय (श्री …) पीठासीन हुए.}", a Vidhan Sabha's).
_STOP_IN_BRACES = regex(r"[.!?।]\}\s*$")
_NUMBERED_ITEM = regex(r"\s*\d{1,3}\s*[.)ـ\-–—]")  # a list's item and its number: "1ـ", "2.", "3)"
_BRACKETS_AT_END = regex(BRACKETED_ONLY.pattern + r"\s*$")
_BRACKET_ENDS = (")", "]")  # the marks a bracket :data:`_BRACKETS_AT_END` finds closes with
# A name's two initials after the surname, their stops no sentence's end: "Корнилова Е.В.", "Kruk
# A. M."; one capital letter with its stop ends a sentence as often ("Defendant's Exhibit B.")
_INITIALS_AT_END = regex(r"(?<!\S)[^\W\d_]\.[ ]?[^\W\d_]\.$")
# A line wholly in square brackets, as a note of the hall is printed: "[Proceedings Resumed]".
_SQUARED_LINE = regex(r"\s*\[[^\[\]\n]+\]\s*")
# A sentence's end inside a label's first line, the line cut by a hard wrap before its own: an
# exclamation or a question, a stop before a spaced dash ("Vielen Dank. – Das Wort hat jetzt
# Rolf-Georg", a line copied alone as its paragraph); never an abbreviation's stop in a field's
# value ("Ex.mo Sr. D. X", "mevr. drs. K. de Graaf"); a full stop of a script without case before
# more words ("主席，我想提出幾點意見。第一，政府應該", an excerpt cut mid-sentence after it).
_SENTENCE_END_INSIDE = regex(r"[!?](?=\s)|\.\s+[–—]\s|[。！？](?=\S)")
_LISTED_NAMES = 3  # names listed on a label's line, the fewest that make a roll of attendance
_LISTED_NAME_WORDS = 2  # words of each such name, the fewest ("Sí, Presidente, Gracias." is speech)
_UNSTOPPED_ROLL = 3  # names one a line with no stop that make a roll, not a short speech
_ROLL_WORDS = (3, 8)  # capitalised words of a name alone on a roll's one line (fewest); words (most)
# The spaced dashes between a protocol's head field in Mixed case and its holder ("Председатель –
# Иванов И.И." / "Секретарь – Петрова А.В.", over "СЛУШАЛИ:"), as a colon sets one off; an office
# in CAPITALS before a dash is a record's label ("BAŞKAN – Buyurun Sayın Arslan.").
_FIELD_DASHES = ("–", "—")
_SPACES = regex(r"\s*")  # white space from a place on, read where it stands
# A holder's initials and surname, or surname and initials, ending a field's value after the office
# ("… pavaduotojas A. Stankevičius.", "… patarėja R. Petraitienė", "… Ковалёв П.С.").
_HOLDER_END = regex(
    r"(?<!\S)(?:(?:[^\W\d_]\.[ ]?){1,3}[^\W\d_][\w’'-]+\.?|[^\W\d_][\w’'-]+ (?:[^\W\d_]\.[ ]?){1,3})$"
)
_OFFICE_WORDS = 5  # words of an office before its holder's name in a head's field, at most
_BENCH_LINES = 6  # lines of an office alone over its holders: the office and a few names
_BENCH_NAME_WORDS = 4  # words of a judge named alone on a line of the bench ("McALISTER J")
_ROLL_CALLS = 2  # the calls of one office that make a roll at the head ("CLERK: Mary Adams", …)
_BENCH_OFFICES = 2  # offices of a roll printed office by office, each over its holders, at least
# a name's initials ending a line, after its surname or alone ("Жаров А. С.", "Smith J.")
_INITIALS_END = regex(r"(?:^|\s)[^\W\d_]\.\s?(?:[^\W\d_]\.)?$")
# A word of a name: letters with a hyphen or apostrophe inside ("Krüger-Lenz", "O'Neill"),
# perhaps abbreviated with its stops ("J.", "dott.", "sig.ra"), perhaps closed by a list's comma.
_NAME_WORD = regex(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?,?")
_INITIAL_ONLY = regex(r"(?:[^\W\d_]\.){1,3}")  # a given name's initials before a surname: "J.", "A.B."
# a forename an old record contracts, its last two letters consonants ("Saml.", "Richd.", "Robt.",
# "Friedr."), as no word of a sentence's ends: "Hello.", "Begin."
_CONTRACTED_FORENAME = regex(r"[A-Z][a-z]{1,4}[b-df-hj-np-tv-xz]{2}")


def _capitalised(name: str, particles: frozenset[str]) -> bool:
    """A name of a few words, each capitalised but a name's particles (``The Taoiseach``,
    ``Rhun ap Iorwerth``): a label's shape at a line's start; a sentence has words in lower case
    before its first colon."""
    words = name.split()
    return (
        0 < len(words) <= _NAME_WORDS
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word.casefold() in particles for word in words)
    )


_SPEECH_LINES = 4  # lines from a label's on that an occurrence reads its speech in


def _in_joined(lines: Lines, texts: list[str], held: str, at: int, number: int = 0) -> tuple[str, int]:
    """*held* from *at*, where it is one of *texts*, the lines of *lines*, line *number* or one of
    the few below it, as the same place in their joined text if the first characters read there
    are the same: a line's text, made afresh from the joined one, would be a copy an occurrence
    keeps."""
    if len(texts) == 1:
        return held, at
    below = range(number, min(number + _SPEECH_LINES, len(texts)))
    index = next((index for index in below if texts[index] is held), -1)
    if index < 0:
        return held, at
    start = lines.place(index)[0] + at
    kept = held[at : at + AFTER]
    if lines.joined[start : start + AFTER] != kept and not (
        kept.strip() and len(kept) < AFTER and lines.joined.startswith(kept, start)
    ):  # a line's rest shorter than what is read goes on in the joined text, the wrap's
        return held, at
    return lines.joined, start


def _held_after(speech: list[str], line: str, beside: str) -> tuple[str, int]:
    """What follows a label, the first characters of its *speech* (the text *beside* it on its
    *line*, then the lines below it), as a place in a text the paragraphs hold anyway, the
    label's line or a line of its speech (*beside* is a copy): an occurrence keeps no copy."""
    after = " ".join(speech).lstrip()[:AFTER]
    at = len(line) - len(beside.lstrip())
    rest = line[at : at + AFTER]
    if line.endswith(beside) and (rest == after or (rest.strip() and after.startswith(rest))):
        return line, at  # its rest on the line, or what the wrap left of it there
    return next(((text, 0) for text in speech if text is not beside and text[:AFTER] == after), (after, 0))


def _ending(
    start: list[str],
    last: str,
    particles: frozenset[str] | None = None,
    listed: tuple[frozenset[str], frozenset[str]] | None = None,
) -> str:
    """How a label's speech ends, from its first lines and its last: "" when there is none,
    "short" for a short line with no final punctuation (a list of names after "Presidente:"),
    "roll" for names one a line, each with its stop, under a label alone on its line (given the
    name *particles*; see :func:`_roll_of_names`), or for names listed on the label's own line
    (given the particles and the conjunctions, *listed*; see :func:`_listed_names`), "speech" for
    a long text, else "sentence". Reads a few lines, never the whole paragraph."""
    text = " ".join(start).strip()
    if not text:
        return ""
    if particles is not None and _roll_of_names(start, particles):
        return "roll"
    if listed is not None and _listed_names(text, *listed):
        return "roll"
    # a role in brackets ends no sentence: "President: Mr. X (Brazil)", the field of a UN record;
    # an editor's note mark after the stop is none of the sentence's ("Zgadzam się.¹")
    end = last.rstrip()[-1:]  # a bracket closing the line asked first: most lines end with none
    unbracketed = _BRACKETS_AT_END.sub("", last) if end in _BRACKET_ENDS else last
    closed = unbracketed.rstrip().rstrip(NOTE_MARKS) or last.rstrip()
    # a speech cut off, its dash glued to its last word, ends as a sentence does: a Hansard's
    # member interrupted or called to order ("Ricardo X: Supplementary—", "Mr SPEAKER: The member for—")
    if len(text) < 120 and closed[-1:] not in TERMINAL and not stopless_end(closed) and not _cut_off(closed):
        sentence = sum(lower_case(word[0]) for word in text.split()) >= _SENTENCE_WORDS
        sentence = sentence or _SENTENCE_END_INSIDE.search(text) is not None
        if not (sentence or _caseless_opening(start, text)):
            return "short"
    return "speech" if len(text) >= 300 else "sentence"


def _cut_off(text: str) -> bool:
    """Whether *text* ends with an em dash glued to its last word, a speech broken off."""
    return text[-1:] == "—" and text[-2:-1].isalpha()


def _caseless_opening(start: list[str], text: str) -> bool:
    """Whether the speech a label opens, *start* its first lines (on the label's own line or
    under a label alone on its line) and *text* them joined, is a sentence in a script without
    case: its first line one, or a clause its comma parts run on below it, as a copy wrapped at a
    narrow width breaks the sentence ("اللائحة نظمت الدور في الحديث ، اذا كان" / "النائب حريصا ان
    يأتي مبكرا …"); a roll of names one a line, no comma between them, is read by its first line
    only."""
    lines = [line for line in start if line.strip()]  # a label alone: its own line holds nothing
    if _NUMBERED_ITEM.match(lines[0]):
        return False  # "فهرست مطالب:" / "1ـ اعلام رسمیت جلسه …": a list of contents' first item
    if _caseless_sentence(lines[0]):
        return True
    return len(lines) > 1 and _CASELESS_COMMAS.search(text) is not None and _caseless_sentence(text)


def _caseless_sentence(text: str) -> bool:
    """Whether *text*, a label's own line with no final stop, is a sentence in a script without
    case, where no small letter tells one from a list of names: words enough and no list's
    commas, as an old Majlis record ends its chair's line ("رئیس ـ با حضور180 نفر جلسه رسمی است . دستور
    جلسه قرائت شود"); a comma after a clause longer than any name is a sentence's ("اللائحة نظمت
    الدور في الحديث ، اذا كان النائب حريصا ان يأتي مبكرا …", a web copy's member without a final
    stop), its words of letters counted: a date's numbers make no clause ("די באב התשנ"ח (27 ביולי
    1998), שעה 13:00", a head's date line)."""
    if cased(text):
        return False
    clauses = _CASELESS_COMMAS.split(text)
    if len(clauses) == 1:
        return len(text.split()) >= _CASELESS_SENTENCE_WORDS
    return any(_lettered_words(clause) >= _CASELESS_SENTENCE_WORDS for clause in clauses)


def _lettered_words(text: str) -> int:
    """How many of *text*'s words hold no digit: a sentence's words, not a date's or a clock's."""
    return sum(not any(char.isdigit() for char in word) for word in text.split())


def _roll_of_names(lines: list[str], particles: frozenset[str]) -> bool:
    """Whether *lines*, below a label alone on its line, are a roll of names, one a line, each
    closed by a stop, as a record lists its members present under each party ("Deputado
    independente:" / "Ana Maria de Sousa Lemos."): capitalised words and a name's *particles*
    in lower case, three capitalised at least on a single line ("Muito bem." and "Das Wort hat
    Frau Dr. Weber." are speech)."""
    rows = [line.strip() for line in lines if line.strip()]
    if not rows:
        return False
    if len(rows) >= _UNSTOPPED_ROLL and not any(row.endswith(".") for row in rows[:-1]):
        # a Gaceta's roll call, surnames and forenames one a line with no stop ("Representantes:"
        # / "Albán Urbano Luis Alberto" / "Burgos Lugo Jorge Enrique" / …): three names or more
        return all(names_line(row.rstrip("."), particles, _ROLL_WORDS, listed=False) for row in rows)
    capitals = _ROLL_WORDS[0] if len(rows) == 1 else 2
    return all(
        row.endswith(".") and names_line(row[:-1], particles, (capitals, _ROLL_WORDS[1]), listed=False)
        for row in rows
    )


def _listed_names(text: str, particles: frozenset[str], joins: frozenset[str]) -> bool:
    """Whether *text*, the speech on a label's own line, is a roll of names listed with commas
    and a conjunction (*joins*) before the last, its stop after: a record's attendance ("Asisten
    los señores Representantes: Pablo X, Álvaro Y, Beatriz Z y Roque W."), no speaker's words;
    three names at least, each of two words or more."""
    if not text.endswith(".") or "," not in text:
        return False
    names: list[list[str]] = []
    for piece in text[:-1].split(","):
        names.append([])
        for word in piece.split():
            if word in joins and names[-1]:
                names.append([])
            else:
                names[-1].append(word)
    return len(names) >= _LISTED_NAMES and all(
        names_line(" ".join(name), particles, (_LISTED_NAME_WORDS, _ROLL_WORDS[1]), listed=False)
        for name in names
    )


def names_line(text: str, particles: frozenset[str], words: tuple[int, int], listed: bool = True) -> bool:
    """Whether *text*, a line with no stop of its own, is names alone: from ``words[0]``
    capitalised words to ``words[1]`` words, each a word of a name (see :func:`name_word`), the
    names *listed* with commas between or, not so, one name alone (a roll's line: "Sim, Senhor
    Presidente" is a sentence)."""
    split = text.split(None, words[1])  # no more words than it takes to tell: a speech's line has more
    return (
        len(split) <= words[1]
        and all(name_word(word, particles) and (listed or word[-1] != ",") for word in split)
        and sum(word[0].isupper() for word in split) >= words[0]
    )


def _in_role(cand: Candidate | None, line: str, at: int, inside: Candidate) -> bool:
    """Whether the label *inside* *line* at *at* is the end of the role of *cand*, the label the
    line opens with, up to the same colon: "JOHN SMITH — ACME PLC Chairman:" is the chairman's
    name, his firm and his office, no heading in CAPITALS before "Chairman:". A label inside
    before the role's words is not ("13. Mr. X (Iceland), Rapporteur …:", the paragraph's number
    before the label)."""
    if cand is None or not cand.role or not line.startswith(cand.printed):
        return False
    role = cand.printed.rfind(cand.role)
    return 0 < role <= at and at + len(inside.printed.rstrip()) == len(cand.printed.rstrip())


def _field_value(cand: Candidate, text: str, config: Config) -> bool:
    """Whether *text*, a paragraph of one line under *cand*, an office alone with its colon, is
    a name in CAPITALS alone, no stop after it: the holder the head's field names ("Congress
    President:" / "JANE ROE"), as a report's cover prints who presides; a speech is never a
    name alone, and a heading ends with its stop ("QUESTIONS AND ANSWERS.")."""
    words = text.strip()
    return (
        cand.punct == ":"
        and config.offices.search(cand.name.casefold()) is not None
        and words.isupper()
        and words[-1:].isalpha()
        and names_line(words, config.particles, (2, _ROLL_WORDS[1]), listed=False)
    )


def _signed_lines(cand: Candidate, lines: Sequence[str], config: Config) -> bool:
    """Whether *lines*, under *cand* alone with its colon, are each a name in any case with the
    mark that it was signed by hand: a resolution's or a protocol's signatures under the office
    or the function signing it ("Předseda Senátu:" / "Miloš Novák v. r.", "Ověřovatelé:" / "Jan
    Horák v. r." / "Eva Malá v. r."), no speech, for no one speaks a name and that mark."""
    return cand.punct == ":" and bool(lines) and all(_signed_name(line, config) for line in lines)


def _signed_name(line: str, config: Config) -> bool:
    """Whether *line* is a name and a signature's mark after it, perhaps after a comma ("Miloš
    Novák v. r.", "Ivan Horvat, v. r."); the mark is in lower case as printed, for a name's
    initials in capitals end it as well ("Ram Singh M. P.", "Ivan Horvat S. R.")."""
    text = line.strip()
    mark = next((mark for mark in config.signed_marks if text.endswith(" " + mark)), None)
    name = text[: -len(mark)].rstrip().removesuffix(",") if mark else ""
    return bool(name) and names_line(name, config.particles, (2, _ROLL_WORDS[1]), listed=False)


def _sentences(words: list[str], titles: Vocabulary, abbreviations: frozenset[str]) -> bool:
    """Whether *words* end a sentence before their last: a word in lower case with its stop
    ("ouverte."), no form of address ("dott.") nor abbreviation ("inž. Mareš"), as no office's
    value prints."""
    return any(
        word[-1] in ".!?"
        and word[:-1].isalpha()
        and word[:-1].islower()
        and len(word) > _ABBREVIATION
        and not titles.fullmatch(word.casefold())
        and word[:-1].casefold() not in abbreviations
        for word in words[:-1]
    )


def name_word(word: str, particles: frozenset[str]) -> bool:
    """Whether *word* may be a word of a name: capitalised, an abbreviated title or forename with
    its stop ("dott.", "Ma."), or one of the name *particles* in lower case ("de", "van")."""
    return bool(_NAME_WORD.fullmatch(word)) and (word[0].isupper() or "." in word or word in particles)


_APPOSITION_TAIL = 3  # words of a name's description the wrap carried to the line below
_WRAPPED_LINE = 45  # characters a hard-wrapped line holds at least (a label alone is shorter)


def _person_line(text: str, config: Config) -> bool:
    """Whether *text* is a line of a list of persons: a name of two to five capitalised words,
    then its offices and organisation after commas, each opening and ending with a capitalised
    word ("Dr. Anna Reyes, Director, State Water Board", "ANNA REYES, DIRECTOR, STATE WATER
    BOARD"), nothing after it. A figure is a date's ("Annual General Meeting, 14 May 2026"); a
    speech's sentence goes on in lower case ("Mr. Chairman, I rise in support of the bill") or
    ends with its stop; a label wrapped over two lines ends its first with the comma ("Helen
    Marsh," / "Chair of the Board:")."""
    name, comma, rest = text.strip().partition(",")
    parts = [part.split() for part in rest.split(",")]
    if not comma or text.rstrip()[-1:] in TERMINAL or not all(parts):
        return False
    words = name.split()
    if not _PERSON_WORDS[0] <= len(words) <= _PERSON_WORDS[1]:
        return False
    if not all(word[:1].isupper() or word in config.particles for word in words):
        return False
    return all(part[0][:1].isupper() and part[-1][:1].isupper() for part in parts)


_PARTY_CAPITALS = (2, 3)  # of the cased letters of the other party's line at least: "ALIEU KONDEWA et al."
_SPEECH_MARKS = frozenset(",;:?!([")  # no party's name holds them inside; a speech's or a stage's line does


def _versus_ended(printed: str, below: str, config: Config) -> bool:
    """Whether *printed*, a name alone on its line, is a caption's first party with the versus
    after it, the other party in CAPITALS on the line *below*: a name, its stop or comma at most
    at its end, where a speech in capitals under a name ending in its initial ("SHRI RAMESH
    V." / "THANK YOU, SIR.") has its commas and stops, and a stage its bracket ("(INTERRUPTIONS)")."""
    words = printed.split()
    if len(words) < 3 or words[-1].casefold() not in config.versus:
        return False
    party = below.strip().rstrip(".,")
    if _SPEECH_MARKS.intersection(party) or ". " in party:  # a stop inside: a sentence before it
        return False
    letters = [char for char in below if char.isupper() or char.islower()]
    upper = sum(char.isupper() for char in letters)
    return bool(letters) and upper * _PARTY_CAPITALS[1] >= len(letters) * _PARTY_CAPITALS[0]


def _apposition_cut(line: str, below: str, config: Config) -> bool:
    """Whether *line*, a name and its description after a comma filling a hard-wrapped line,
    goes on in *below* as a sentence about that person: the description's last words, a comma,
    the sentence in lower case ("Mr. X, President of the Republic of Southern" / "Isles, was
    escorted into the Hall."). A name alone on its line has its speech below, not its rest,
    though its speech may open with a salutation so ("Monsieur le député, je partage …",
    "Madam Speaker, thank you")."""
    head, comma, tail = below.partition(",")
    words = head.split()
    return (
        "," in line
        and len(line.strip()) >= _WRAPPED_LINE
        and bool(comma)
        and 0 < len(words) <= _APPOSITION_TAIL
        and all(name_word(word, config.particles) for word in words)
        and " ".join(WORD.findall(head.casefold())) not in config.salutations
        and tail.strip()[:1].islower()
    )


def _calls_holder(bare: Candidate, opens: Candidate | None, titles: Vocabulary, offices: Vocabulary) -> bool:
    """Whether *bare*, an office and its holder alone on the line, is the chair calling the
    member whose own label opens the line below ("Председатель – Петров П.П." / "Петров П.П. –
    Уважаемые коллеги, …"): the holder speaks next under their own label, so the line is the
    chair's words, no label over a speech. The names match with their *titles* left out, one
    name's words all the other's: the label below may print the name short ("Presidente –
    Onorevole Bianchi" / "Bianchi – …") or with the member's own office or title before it
    ("Председатель – Сомов Г.А." / "Депутат Сомов Г.А. – …", "On. Bianchi – …"), but never the
    line's office again: "Председатель Ковалёв П.С. – …" below is the holder's fuller label. A
    member's own office in the *offices* before the surname below is left out as a title is (a
    council's roll call: "CLERK: Mary Adams" / "COUNCILMEMBER ADAMS: Present")."""
    if opens is None or not bare.role:
        return False
    holder = _untitled_words(bare.role, titles)
    line_office = _untitled_words(bare.name, titles)
    called = {
        word
        for word in _untitled_words(opens.name, titles)
        if word in line_office or offices.fullmatch(word) is None
    }
    if not (holder and called):
        return False
    return called <= holder or (holder < called and not _untitled_words(bare.name, titles) & called)


def _untitled_words(name: str, titles: Vocabulary) -> set[str]:
    """The words of *name*, in lower case, its forms of address left out ("On. Bianchi")."""
    kept = " ".join(word for word in name.casefold().split() if not titles.fullmatch(word))
    return set(WORD.findall(kept))


def _colon_column(line: str) -> int:
    """Where *line* prints its first colon, or -1."""
    return min((at for at in (line.find(":"), line.find("：")) if at >= 0), default=-1)


def _aligned_field(texts: Sequence[str], number: int) -> bool:
    """Whether line *number* of *texts* is a field of a head's table: its name padded by spaces
    to the column of its colon, a line beside it with its colon in that column ("Tahun Sidang
    : 2025-2026" over "Ketua Rapat      : Dr. H. Ahmad Wijaya, S.H.", an Indonesian risalah's head
    as typed), and a short value with no stop but an abbreviation's. A label aligned so in a
    typed interview ("INT    : Where were you born?") has its question or its sentence's stop."""
    found = _PADDED_COLON.fullmatch(texts[number].rstrip())
    if found is None:
        return False
    value = found.group("value")
    words = value.split()
    stopped = value[-1:] in TERMINAL and "." not in words[-1][:-1]  # "S.H." ends a degree
    if stopped or "?" in value or len(words) > _TABLE_VALUE_WORDS:
        return False
    column = _colon_column(texts[number])
    beside = [texts[at] for at in (number - 1, number + 1) if 0 <= at < len(texts)]
    return any(_colon_column(line) == column for line in beside)


def _weak(cand: Candidate | None) -> bool:
    """Whether *cand* is no label's shape of its own: none, or a word in Mixed case with a stop
    and no role (a sentence ends so, "הזאת, שהיא הצעה חשובה מאוד.")."""
    return cand is None or (cand.punct == "." and not (cand.upper or cand.role))


def _speech_follows(below: str, cand: Candidate | None, config: Config, typed: bool = False) -> bool:
    """Whether the text below a name alone on its line is its speech: a sentence, not another
    label, heading or date line ("THE INQUIRY" / "First day" is a title over a heading). Where the
    record types its speech in capitals (*typed*), capitals make no label below: only a form of
    address or a role does ("MR. SPEAKER" / "ORDER. THE MEMBER MAY GO ON." is a speech). A
    sentence's first words before its colon, a word in lower case among them and no form of
    address or role, the sentence going on after it ("I move: "That …""), or ending its line
    with a word that announces a text read out (``narration``: "I move:" over the motion's
    paragraph), open a speech, no label; a list's heading ending its line ("Asistieron los
    señores:") does not."""
    if not below:
        return False
    # a phrase before its colon opening with a preposition or a possessive, no form of address,
    # role nor office, leading on to the sentence in lower case after its colon ("MR. VANCE" /
    # "Before the Panel:" / "the notice of 4 May, …"): the speech's first line; an appearances
    # list's side under a counsel's name leads on to no sentence, another name or a blank line
    # after it ("MR. DAVID LAM" / "On behalf of the Respondent:"), and makes no label of the name
    led = cand is not None and _phrase_led(cand, config) and below[cand.end :].lstrip()[:1].islower()
    if cand is not None and (
        (cand.upper and (not typed or bool(cand.title or cand.role)))
        or (
            cand.punct in (":", "：")
            and not led
            and (
                cand.strong
                or not _sentence_words(cand.name, config)
                or not (below[cand.end :].strip() or _narrates(cand.name, config))
            )
        )
    ):
        return False
    # a script that ends no sentence with a stop (Thai: "ขอบคุณครับ"): the line below a name alone
    # is its speech however short, as a stop would show elsewhere
    final = below.rstrip()[-1:]
    return (
        len(below) >= 60
        or final in TERMINAL
        or without_stops(final)
        or thanks_alone(below, config)
        or _clause_cut(below)
    )


def _phrase_led(cand: Candidate, config: Config) -> bool:
    """Whether *cand*, in Mixed case with no form of address nor role, two words or more, opens
    with a capitalised preposition or possessive of any language (``phrase_openers``) and names
    no office: a phrase of place, time or topic, never a label."""
    words = cand.name.split()
    if cand.upper or cand.title or cand.role or len(words) < 2 or not words[0][:1].isupper():
        return False
    first = words[0].casefold()
    return first in config.any_phrase_openers and (config.offices.search(cand.name.casefold()) is None)


def _clause_cut(line: str) -> bool:
    """Whether *line* ends with the ideographic comma after a clause longer than any name, a
    sentence the wrap cut ("資料に沿ってご説明します。まず、推進計画の改定についてでありますが、" under
    an official's label alone, a prefectural assembly's record); a list of names wrapped ends
    with one after a name ("山田一郎、鈴木花子、")."""
    text = line.rstrip()
    return text[-1:] in "、，" and len(_CASELESS_COMMAS.split(text[:-1])[-1].strip()) >= _CLAUSE_CHARS


def _narrates(name: str, config: Config) -> bool:
    """Whether *name*, a sentence's first words before its colon, has a word in lower case that
    announces a text read out (``narration``: "I move", "The Clerk read the following")."""
    return any(word.islower() and word in config.narration for word in name.split())


def _sentence_words(name: str, config: Config) -> bool:
    """Whether *name* has a word in lower case after its first that is no name's particle nor
    article: a sentence's words ("I move"), no label's; in a script without case, more words
    than a member's name has with no office opening them ("אני פותח את ישיבת הוועדה בנושא")."""
    skip = config.particles | config.articles
    words = name.split()
    if uncased(name):
        return len(words) > MEMBER_WORDS[1] and config.offices.match(name.casefold()) is None
    return any(word[:1].islower() and word.casefold() not in skip for word in words[1:])


def _saluted_below(below: str, opens: Candidate | None, config: Config) -> bool:
    """Whether the line below a name alone on its line is a salutation alone on its line, the
    speech's first, as a narrow column sets it ("MONSIEUR LE PRESIDENT" / "Mesdames et
    Messieurs," / "La séance est ouverte."): the speech opens there, no title goes on; or a line
    that opens by addressing them (see :func:`_addressing`)."""
    line = below.strip()
    alone = line[-1:] in (",", "!") and " ".join(WORD.findall(line.casefold())) in config.salutations
    return alone or _addressing(line, opens, config)


def _addressing(below: str, opens: Candidate | None, config: Config) -> bool:
    """Whether the line below a name alone on its line opens by addressing the chair or the hall,
    no label's shape opening it (*opens*, the candidate there: "Mr Speaker: Order!" is the next
    turn): a speech however short, as an excerpt's last is cut off ("Baroness Kell (Lab)" / "My
    Lords, the noble Lord"), no stop ending it."""
    return opens is None and saluting(below, config)


def _asked_below(cand: Candidate | None, config: Config) -> bool:
    """Whether the line below a name alone on its line opens with a question's letter of a pair
    ("问：…", "Q. …"): the name is an examiner's, over the questions it asks ("公诉人（赵明）")."""
    return (
        cand is not None
        and cand.paired
        and any(cand.key == label_key(pair[0]) for pair in config.short_labels)
    )


def _said(cand: Candidate | None, config: Config) -> bool:
    """Whether *cand*, shaped as a label, is a sentence: words in lower case, a name's
    particles aside, as many as make a speech's first words one. Under a name with the
    recording's clock it is the speech ("Karen Hale  0:02" / "Bonjour à tous, il est dix heures
    trente :"), where under a heading it may be a field ("I. ASISTENCIA" / "Asistieron …:")."""
    if cand is None:
        return False
    words = [
        word for word in cand.name.split() if lower_case(word[0]) and word.casefold() not in config.particles
    ]
    return not cand.upper and len(words) >= _SENTENCE_WORDS


def _goes_on(text: str, at: int) -> bool:
    """Whether *text* goes on at *at*, past the line's end, in lower case or with a number: a
    sentence the line's end cut, no speech's first word."""
    opening = text[at : at + 40].lstrip()[:1]
    return opening.isdigit() or opening.islower()


def _valued_below(cand: Candidate, line: str, below: str, config: Config) -> bool:
    """Whether *cand*, alone with its colon on *line*, heads a field whose value goes on in lower
    case on the line *below*, the colon's phrase carried on ("Imputato:" / "del reato p. e p.
    dall'art. 640 c.p., perché …", a sentence's heading naming the accused and the charge): a
    speech under its label opens as a sentence does, and a label the wrap cut carries its words
    on with its colon ("VADÁSZ IMRE, a … törvényjavaslat" / "előadója: Köszönöm …"). A label
    in CAPITALS or under a form of address is a speaker's whatever opens below ("MR. SMITH:" /
    "and so I say …"), and so is one over a speech in lower case (:meth:`Config.carries_phrase`)."""
    alone = cand.punct in (":", "：") and cand.printed.strip() == line.strip()
    return alone and not (cand.upper or cand.title) and config.carries_phrase(below)


def _labelled(below: Candidate | None, config: Config, line: str) -> bool:
    """Whether *line*, below a label alone on its line, opens with a label of its own, plainly
    one (a colon, and CAPITALS, a role, a form of address or an office): "Zur Geschäftsordnung:"
    over "Abg. Lena Fuchs (Grüne): …" is a heading, and the chair's call closing its speech
    ("Pani posłanka Anna Lis, Koalicja Obywatelska.") over "Poseł Anna Lis:" no label: either's
    turn would have no words; but the chair addressed ("Mr. Speaker: I rise …") opens its speech,
    and so does a clause naming an office before its colon, the sentence going on after it
    ("Mam jedno pytanie do pana ministra: kiedy …?", :func:`_clause_before_colon`).
    An office enclosed in full-width brackets is one too: "【質疑応答】" over "【記者】" is a heading."""
    if below is not None and below.punct in ENCLOSED:
        return bool(below.title or config.offices.search(below.name.casefold()))
    return (
        below is not None
        and below.punct in (":", "：")
        and not below.short
        and (below.upper or below.strong or bool(config.offices.search(below.name.casefold())))
        and not addresses_chair(below, config)
        and not _opener_described(below, config)
        and not _clause_before_colon(below, line)
    )


def _clause_before_colon(below: Candidate, line: str) -> bool:
    """Whether *below*, a candidate opening *line*, is a speech's clause before its colon: words
    enough in lower case before it, as a sentence has and a label hardly (an office's links, "w",
    "of", are one or two), and the sentence going on in lower case after it, where a speech under
    a label opens with a capital."""
    after = line[below.end :].lstrip()
    small = sum(lower_case(word[0]) for word in below.name.split())
    return not below.upper and small >= _SENTENCE_WORDS - 1 and lower_case(after[:1])


def _opener_described(below: Candidate, config: Config) -> bool:
    """Whether *below* reads as a name and the role after its comma only because a speech's
    first word opens it ("Baiklah, keputusan Dewan seperti berikut:", "Well, the vote is this:"):
    the label above's speech, a sentence's clause before its colon, no label of its own."""
    return (
        bool(below.role)
        and below.printed.startswith(",", len(below.name))
        and label_key(below.name) in config.any_openers
    )


def _spaced_colon(cand: Candidate) -> bool:
    """Whether *cand*, two words or more, ends with a colon set apart by a space ("فهد العنزي :"),
    as a web copy in Arabic prints each label: no sentence's phrase, whose colon is glued."""
    return cand.punct == ":" and len(cand.name.split()) >= 2 and cand.printed.rstrip().endswith(" :")


def _named_last(name: str, above: str) -> bool:
    """Whether the last word of *above* is *name* but for its ending, the chair's sentence giving
    him the floor ("Слово предоставляется товарищу Листову." over "Листов. Товарищи! …")."""
    last = above.split()[-1:]
    return bool(last) and same_stem(fold(last[0].strip(_WORD_EDGES)), fold(name))


def _line_end(line: str) -> str:
    """The last character of *line*, past an OCR's column rule read as a bar after a sentence's
    stop ("… Je demande la parole. |"): the stop ends the line, the bar is the page's."""
    end = line.rstrip()
    if end[-1:] == "|" and (stopped := end[:-1].rstrip())[-1:] in SENTENCE_STOPS:
        return stopped[-1]
    return end[-1:]


def _name_line(line: str) -> bool:
    """Whether *line* is a name alone in a script without case, one to three words with no stop
    nor digit: a broadcaster's transcript lists its presenter and guests so, one a line, above
    the first label of the same paragraph ("حسن جمول" / "خالد الطاحوس" / "حسن جمول: …")."""
    words = line.split()
    return 0 < len(words) <= _NAME_LINE_WORDS and all(word.isalpha() for word in words) and uncased(line)


def _inside_parenthesis(above: str, line: str) -> bool:
    """Whether *line* goes on inside a parenthesis that *above* leaves open and *line* closes: a
    voice in the hall that a wrap cut ("(Ruf bei der" / "ÖVP: Das fängt schon gut an!) …"), no
    label's line."""
    close = line.find(")")
    return unclosed(above) and close >= 0 and "(" not in line[:close]


_CARRIED_LINES = 3  # lines above whose parenthesis left open may hold a label inside the next
_QUOTED_LINES = 8  # lines a quotation read out after a lead-in's colon may run over
# A quotation's opening mark and the marks that close it: a straight one closes any (a copy may
# close "“" with it); Polish closes "„" with "”", German with "“".
_QUOTE_PAIRS = {'"': '"', "“": '”"', "„": '“”"', "«": "»"}
_LEAD_IN_ENDS = frozenset(":：")  # what ends a lead-in to a quotation


def _quote_closes(line: str, mark: str) -> bool:
    """Whether *line* closes the quotation *mark* opened: an odd count of straight marks, or
    more of its closing marks than opening ones, anywhere on it (an agenda's title wrapped over
    two lines and closed before its paper's number: "Feststellung des Haushaltsplans“
    (Drucksache 14/3)"); a line that opens and closes a quotation of its own ("A. I wrote
    \"home.\"") closes none."""
    if line.count('"') % 2:
        return True
    return mark != '"' and sum(
        line.count(closer) for closer in _QUOTE_PAIRS[mark] if closer != '"'
    ) > line.count(mark)


def quotations(lines: Sequence[str], alone: Callable[[str], bool]) -> dict[int, int]:
    """The quotations read out after a lead-in's colon, each its first line's index in *lines*
    and its last one's: a document or an intercept a counsel or a commissioner reads into the
    record ("… and I quote:" / "\"Captain: Fire when you see them." / "Me: Yes, Captain.\""),
    whose lines open with the words of its own speakers, no turn of the hearing. The quotation
    opens with its mark at its line's start under a line that ends with a colon and runs to the
    line that closes it, a few lines at most. A mark no line closes within them opens none (a
    motion's mark the typist never closed, the councillors' labels below it), nor does one under
    a label alone on its line with its colon (*alone*: "Bürgermeister Huber:" / "„Meine Damen
    und Herren, …", the speech opening with a quotation). A line is read again only within the
    few lines after an opening mark, and a candidate asked only of a lead-in over one."""
    found: dict[int, int] = {}
    after = 0  # the first line past the last quotation found
    # the lines that open with a mark under a lead-in ending with its colon, asked in one pass:
    # most lines end with no colon and are read no further
    opening = (
        at
        for at, (above, line) in enumerate(itertools.pairwise(lines), start=1)
        if above.rstrip()[-1:] in _LEAD_IN_ENDS and line.lstrip()[:1] in _QUOTE_PAIRS
    )
    for at in opening:
        if at < after:
            continue
        mark = lines[at].lstrip()[:1]
        shut = _quote_closes(lines[at].lstrip()[1:], mark)  # one line, closed on it
        last = (
            at
            if shut
            else next(
                (
                    k
                    for k in range(at + 1, min(at + 1 + _QUOTED_LINES, len(lines)))
                    if _quote_closes(lines[k], mark)
                ),
                -1,
            )
        )
        if last >= 0 and not alone(lines[at - 1]):
            found[at] = last
            after = last + 1
    return found


def bracket_carried(texts: Sequence[str], number: int) -> int:
    """The round brackets the lines just above line *number* of a paragraph leave open: a
    stage's parenthesis a hard wrap carried over lines ("(Vizepräsident X verhindert den" / "…
    gehörig. Abg. Y (Soz.): Lassen Sie ihn doch reden!) Ich …"), read over a few lines only, so
    that a stray bracket keeps no paragraph's labels inside it."""
    depth = 0
    for text in texts[max(0, number - _CARRIED_LINES) : number]:
        if "(" in text or (depth and ")" in text):  # a line of neither leaves the depth as it was
            depth = max(0, depth + text.count("(") - text.count(")"))
    return depth


def opens_inside_carried(texts: Sequence[str], number: int) -> bool:
    """Whether line *number* of a paragraph opens inside the brackets the lines above left open
    and closes them ("… (Der Präsident ruft" / "den Abgeordneten X zur Ordnung." / "Abg. X
    (Soz.): Das ist doch die Wahrheit!) Ich …"): a label opening it is the stage's voice."""
    line = texts[number]
    return line.count(")") > line.count("(") and bracket_carried(texts, number) > 0


def outside_carried(line: str, at: int, carried: int) -> bool:
    """Whether position *at* of *line* stands outside the *carried* open brackets (see
    :func:`bracket_carried`): a label inside one is a voice in the stage, no turn."""
    return carried <= 0 or carried + line.count("(", 0, at) - line.count(")", 0, at) <= 0


_LINE_DASHES = ("-", "–", "—")  # a label's dash, its speech after it
_BRACKET_CLOSES = ")）"  # a bracket closing a line: the hall's reaction or the editor's note
_WORD_EDGES = ".,;:!?…»”\"'"  # the marks around a sentence's last word


# A legend's line: the code a label prints in CAPITALS, a run of spaces or a tab, the person or
# role it stands for, a capital first ("PO  Presiding Officer", "CA\tCounsel Assisting").
_LEGEND_LINE = regex(
    rf"(?P<code>[{UPPER}]{{1,4}})(?: {{2,}}|\t)[ \t]*(?P<name>[{UPPER}][^\W\d_][\w.'’ -]{{0,60}})"
)
_LEGEND_LINES = 2  # a legend explains two codes at least


def _front_line(line: str, config: Config, asked: dict[str, bool]) -> bool:
    """Whether *line* is of a kind of the front matter (:func:`front_kind`), kept in *asked*: the
    decision asks it of each candidate's line, the same lines again where a record's labels
    recur (110 distinct of 32,042 on the 4 MB input)."""
    if line not in asked:
        asked[line] = bool(front_kind(line, config))
    return asked[line]


def _stopped_labels(
    occurrences: list[Occurrence], accepted: set[str], config: Config
) -> dict[str, Candidate]:
    """The believed labels printed with their stop, by their printed name without it, in the
    shapes no sentence opens with: a name in CAPITALS ("WEBERLING:", "ЛАВРУХИН."), a name
    and its office after a comma ("Kranz, Abgeordneter:"), an office of the vocabulary and
    its holder ("Präsident Löbe:"), a name and the seat or role in its brackets ("Шульгинъ
    (Волынская губ.).", a Duma member's label in Mixed case, OCR's comma for its stop elsewhere)
    or the chair's office alone with its stop ("Vicepräs."); a vocative in
    Mixed case ("Mr Speaker, I beg to move") is no misread label, nor one after a form of
    address ("Herr Präsident, meine Damen …")."""
    stopped: dict[str, Candidate] = {}
    # each printed shape read once: a believed label recurs, printed alike, through a record
    stems: dict[tuple[str, str, str, str], str] = {}
    for occurrence in occurrences:
        cand = occurrence.cand
        if cand.key not in accepted or cand.short or cand.punct in ("", ",", ";"):
            continue
        shape = (cand.printed, cand.name, cand.title, cand.punct)
        stem = stems.get(shape)
        if stem is None:
            stem = stems[shape] = _stopped_stem(cand, config)
        if stem:
            stopped.setdefault(stem, cand)
    return stopped


def _stopped_stem(cand: Candidate, config: Config) -> str:
    """The printed name of *cand* without its stop where it is in one of the shapes
    :func:`_stopped_labels` keeps, else ""."""
    stem = _STOPPED_END.sub("", cand.printed)
    capitals = cand.upper and sum(c.isalpha() for c in cand.name) > 1
    held = len(stem.split()) >= 2 and config.offices.match(stem.casefold())
    # the chair's office alone only with the stop OCR misreads as a comma ("Vicepräs."): a
    # member's vocative opens a paragraph with "Presidente:"'s word and a comma
    chair = cand.punct == "." and (
        config.chairs.fullmatch(stem.casefold()) is not None or _chair_named(stem, config)
    )
    roled = bool(cand.role) and stem.endswith(")")  # "Шульгинъ (Волынская губ.)"
    return stem if stem and (capitals or "," in stem or held or chair or roled) else ""


def _chair_named(stem: str, config: Config) -> bool:
    """Whether *stem* is the chair's office alone, after an article and the form of address
    before it perhaps ("Председатель", "M. le président", "El señor PRESIDENTE"): OCR's comma
    for its stop ("M. le président, La parole est à …") is that label; a form of address right
    before the office is a vocative's ("Mr. Speaker, I rise …", "Herr Präsident, …"; :func:`_vocative`)."""
    return not _vocative(stem.split(), config) and chairs(stem, config, whole=True)


def _vocative(words: list[str], config: Config) -> bool:
    """Whether the *words* before a comma open with a form of address right before an office,
    no article between, as a vocative does ("Mr. Speaker", "Herr Präsident", "Señor Ministro"),
    not a label's third person ("M. le président", "El señor PRESIDENTE", "The Minister")."""
    return (
        len(words) > 1
        and bool(config.titles.fullmatch(words[0]))
        and words[1].casefold() not in config.articles
    )


def _stopped_letters(occurrences: list[Occurrence], accepted: set[str]) -> frozenset[str]:
    """The believed letters of a question-and-answer pair the record prints with their stop
    ("Q.", "A."): where it does, the letter alone on its line with no stop is no label but a
    word of the speech (a grade "A" in a table the witness reads out under "A. … as follows:")."""
    return frozenset(
        o.cand.name for o in occurrences if o.cand.short and o.cand.key in accepted and o.cand.punct == "."
    )


def _addressed_labels(occurrences: list[Occurrence], accepted: set[str]) -> dict[str, Candidate]:
    """The believed labels with a form of address printed with their colon, by their printed
    name without it ("Mr. Denby:"): OCR's semicolon for that colon ("Mr. Denby; Thank you.") is
    that label, as a vocative a semicolon follows is none (its comma is: "Mr Speaker, I …")."""
    return {
        _STOPPED_END.sub("", o.cand.printed): o.cand
        for o in occurrences
        if o.cand.key in accepted and o.cand.addressed and o.cand.punct in (":", "：")
    }


def _runs_on(words: list[str], titles: Vocabulary) -> bool:
    """Whether the capitalised *words* of a name run on into a word in lower case and another
    person under a form of address, no stop or comma between them ("Hale and Mr. Orr …"): the
    names are a list inside a sentence, as no speech's vocative is ("Mr. Chairman, I …") nor a
    speaker's own sentence ("Mrs. Hale and I made it …")."""
    for before, word, after in zip(words, words[1:], words[2:], strict=False):
        if not before[:1].isupper() or not before[-1:].isalpha():
            return False
        if word[:1].islower():
            return bool(titles.fullmatch(after.casefold()))
    return False


# A label's stop OCR read as a comma or a semicolon, a space before it perhaps, the speech after
# it; looked for only within a label's length, and only at its first few commas.
_MISREAD_STOP = regex(r"[,;][ \t]+(?=\S)")
# A witness's age and its word for years after the name's comma, another comma after them ("X,
# 58 ans, général de division", "Y, 42 Jahre, Kaufmann"): the line that names the witness
# called, as a trial's record prints it before the questions; no speech opens so.
_AGED = regex(r"\d{1,3}[ \t]+[^\W\d_]{1,6},")
# The stop OCR lost altogether: a space between the label and its speech's capital.
_LOST_STOP = regex(r"[ \t]+(?=[^\W\d_])")
# The line under a name alone on its line that gives the speaker's part and country, no stop,
# the speech on the lines below ("Mr X" / "Government (Norway)" / "Allow me …", the International
# Labour Conference's record): a capitalised word or a few, the country in brackets.
_ROLE_BELOW = regex(
    r"[ \t]*(?P<role>[^\W\d_a-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}"
    r"[ \t]+\([^\W\d_a-z][^()\n.!?]{1,40}\))[ \t]+(?=[^\W\d_a-z])"
)
# The line under a name alone on its line that gives the speaker's office and firm, a comma
# between, and the question's or the answer's letter closing it, the speech on the lines below
# ("Jane Roe" / "Chief Financial Officer, Acme Corp. A" / "Sure. …", a financial wire's PDF of an
# earnings call): capitalised words a few, then the letter alone.
_LETTERED_ROLE_BELOW = regex(
    r"[ \t]*(?P<role>[^\W\d_a-z][\w'’&.-]*,?(?:[ \t]+[\w'’&.,()-]+){1,12}?[ \t]+(?P<letter>[^\W\d_a-z]))"
    r"[ \t]+(?=[^\W\d_a-z])"
)
# The dialogue dash glued to the first word of the line under a name alone on its line ("El
# señor PRESIDENTE" / "—Pasamos al dictamen."): the speech's opening, as a blank line between
# them would show, no stop of the label that the wrap cut.
_DIALOGUE_BELOW = regex(r"[ \t]*[-\u2010\u2013\u2014\u2015][^\W\d_]")
_MISREAD_SPAN = 100
_CAPITAL_NAME_WORDS = 4  # words of an office and its portfolio, or of a name, before a misread stop, at most
_LISTED_ENTRY_WORDS = 4  # words of a person's entry in a list, its form of address with them, at most
_MISREAD_TRIES = 3
_OFFICE_LINE_WORDS = 12  # words of an office and its body or firm on a line under its holder's name
_OFFICE_LINE_ENDS = frozenset(TERMINAL) | frozenset(":;,")  # an office's line ends in none
_STEM_REST = regex(r"^\w*")  # the rest of the word an office's stem opens

# the longest value of a head's field run into its sentence: a name in full and its stop
_FIELD_VALUE_CHARS = 60
# a typed page's gap between the cells of a row, as a tribunal's page head sets its title, its
# session and its witness apart ("Trial Hearing   (Open Session)   WITNESS: P-0547")
_CELL_GAP = regex(r"\S[ \t]{3,}(?=\S)")


def _unclocked(text: str) -> str:
    """*text* less the clock in brackets a transcript's line opens with ("[00:00:04] Sam
    Whitaker: …"), asked only of a line opening with a bracket."""
    if text[:1] not in "[(":
        return text
    clock = BRACKETED_CLOCK.match(text)
    return text[clock.end() :] if clock else text


class TurnLabels:
    """The parser's decision of its labels: what it asks of the rest of the parser is declared
    below for the type checker."""

    if TYPE_CHECKING:
        config: Config
        doc: Document
        source: Source
        lines: LineLabels
        matcher: LabelMatcher
        registry: Registry
        accepted: set[str]
        _printed: Counter[str]
        _stopped: dict[str, Candidate]
        _stopped_dot: bool
        _stopped_letters: frozenset[str]
        _colon_addressed: dict[str, Candidate]
        _reported: frozenset[str]
        _offices_under: dict[str, set[str]]
        _witness_label: str | None
        _run_in: set[str]
        _odd_headings: set[str]
        _roll: dict[str, str]
        _line_openings: dict[tuple[Candidate, str, str], bool]
        _chairs_below: dict[str, bool]
        _source_lines: SourceLines
        _voices: frozenset[str]
        _inside_again: set[tuple[int, int]]
        _inside_unread: set[int]
        _quoted_lines: set[int]
        _chair_calls: set[str]
        _whole_lines: set[str]
        _exchanged_lines: frozenset[str]

        def _date_line(self, text: str) -> str | None: ...
        def _heads_examination(self, text: str) -> bool: ...
        def _clock(self, text: str) -> bool: ...
        def _head_field(self, text: str) -> bool: ...
        def _head_kind(self, text: str) -> str | None: ...
        def _roll_spoken(self, line: str) -> bool: ...

    def _asker(self, name: str) -> str:
        """Whom a label names: the examiner where the label is an examination's heading ("EXAMINATION
        BY ADV VENTER: Thank you …", a truth commission's), else *name*."""
        by = self.config.examiner.fullmatch(name) if " " in name else None
        return next((found for found in by.groupdict().values() if found), name).strip() if by else name

    def _label_alone(self, line: str) -> bool:
        """Whether *line* is a label's shape and nothing after it, no word in lower case but a
        particle or an article ("Bürgermeister Huber:", "M. le Maire :"): its colon the label's,
        the line below the speech's first, no lead-in to a quotation ("The intercept reads as
        follows:", "I quote:", "Слово предоставляется:" keep theirs)."""
        cand = self.lines.candidate(line)
        if cand is None or line[cand.end :].strip():
            return False
        linking = self.config.particles | self.config.articles
        return all(not word[:1].islower() or word.casefold() in linking for word in cand.printed.split())

    def _decide_labels(self, paragraphs: list[RawPara]) -> None:
        """Collect every candidate with its surroundings and let the scored model decide."""
        occurrences: list[Occurrence] = []
        listed_names = (self.config.particles, self.config.portfolio_joins)  # a roll on a label's line
        label_only = 0  # paragraphs that are a label alone, the speech in the next one
        headed = -1  # paragraphs of the record's head, above the first that holds a candidate
        previous: str | Lines = ""  # the end of the paragraph above, or its lines
        # the last line of the paragraph above, as its lines and its index (see Occurrence.above)
        above: tuple[str | Lines, int] = ("", -1)
        under = False  # the paragraph above is a label alone on its line: this one opens its speech
        spoken = False  # a label with a speech came before: no field of the head follows
        rolling = False  # under a roll's heading alone on its line ("Přítomni:"), its lines one a paragraph
        benched = self._line_benches(paragraphs)  # a roll office by office, one line a paragraph
        # the lines whose caption of the speaker's photo was taken off: a web copy's mark of a label
        captioned = {item.line for item in self.source.furniture if item.pattern == PHOTO_CAPTION}
        fronted: dict[str, bool] = {}  # each candidate's line asked once whether it is the front matter's
        exchanged = self._exchanged_paragraphs(paragraphs)  # one turn a line, short ones with no stop
        again = Counter(
            label_key(cand.name) for index in exchanged if (cand := self._opening(paragraphs[index]))
        )
        self._exchanged_lines = frozenset(paragraphs[index].lines.texts[0].strip() for index in exchanged)
        # the quotations read out after a lead-in's colon, by the index of their first line among
        # all the paragraphs' lines and their last one's; one held inside a turn only, a label with
        # its speech above it (a page that is an interview quoted whole has none)
        starts = list(itertools.accumulate((len(para.lines.texts) for para in paragraphs), initial=0))
        openings = quotations([line for para in paragraphs for line in para.lines.texts], self._label_alone)
        quoted_to = -1  # the last line of the quotation read out that holds the line read
        for index, para in enumerate(paragraphs):
            count = len(occurrences)
            skip = -1  # the last line of a label wrapped over two or three lines
            alone_above = False  # the line above, in this paragraph, is a label alone on it
            rolling = not spoken and self._roll_goes_on(para.lines, rolling, paragraphs, index)
            if rolling or (
                not spoken
                and (
                    index in benched
                    or self._roster(para.lines)
                    or self._roster_lines(paragraphs, index)
                    or self._persons_listed(paragraphs, index)
                    or self._bench(paragraphs, index)
                    or self._office_over_han_name(paragraphs, index)
                )
            ):
                previous = para.lines
                above = para.lines, -1
                self._inside_unread.add(index)
                continue
            texts = para.lines.texts
            marker = self.lines.paragraph_marker(texts)
            cut_into = -1  # the line that opens with the rest of a label the wrap cut above it
            opening = not occurrences  # no label above: this paragraph opens the body's labels
            for number, line in enumerate(texts):
                at = starts[index] + number
                if at in openings and spoken:  # a label and its speech above: the quotation a turn's
                    quoted_to = openings[at]
                quoted = at <= quoted_to
                if quoted:  # the body opens no turn there either, a label's key believed or not
                    self._quoted_lines.add(para.lines[number][0])
                if number <= skip:
                    self._inside_again.add((index, number))
                    continue
                found = len(occurrences)
                cand = self.lines.candidate(line) if number != cut_into and not quoted else None
                if not number and cand is not None and self._office_over_speech(line, paragraphs, index):
                    cand = None  # "Председатель – Ковалёв П.С." over the speech: a label alone, below
                if not number and cand is not None:
                    cand = self._colon_call(cand, line, paragraphs, index)
                if number and cand is None:
                    cand = self._named_inside(texts, number)
                # before any turn, an office's colon with the speech on its line opens one under the
                # head's unstopped list ("… als Verteidigerin des Angeklagten" / "Vorsitzende: Ich …"),
                # never inside a stage's bracket the lines above left open ("(Beifall – Thomas" /
                # "Kreuzer (CSU): Sie täuschen …", a justified page's interjection)
                if number and (
                    cand is None
                    or not (
                        self._opens_line(cand, texts[number - 1], line)
                        or (
                            self._before_turns(occurrences)
                            and self._opens_front(cand, line)
                            and (cand.punct == "." or bool(line[cand.end :].strip()))
                            and not bracket_carried(texts, number)
                        )
                    )
                ):
                    cand = None  # inside a paragraph only a strong label opens a turn
                if number and cand is not None and opens_inside_carried(texts, number):
                    cand = None  # a voice inside the stage the lines above opened
                # a name with no stop filling its line may be a label the wrap cut before its stop
                filled = cand is not None and not cand.punct and not line[cand.end :].strip()
                weak = _weak(cand) or unclosed(line) or filled or self.lines.office_after_dash(line)
                weak = weak or (number + 1 < len(texts) and broken_at_end(line, texts[number + 1]))
                # an office with no stop run on into a form of address the wrap left last ("Vorsitzender
                # Herr Abgeordneter Dr." / "Redmann (CDU): …"): the label may go on below
                weak = weak or (cand is not None and cand.punct == " " and self.config.leaves_open(line))
                # a name and its initials whose description after the comma the wrap cut ("Мельников
                # А. Г., первый секретарь …" / "(… округ, …" / "область). Уважаемые …")
                described = cand is not None and not cand.punct and line.startswith(",", cand.end)
                if (weak or described) and number + 1 < len(texts):
                    cut_off = texts[number + 1 : number + 3]
                    fresh = not number or texts[number - 1].rstrip()[-1:] in TERMINAL
                    wrapped, joined, taken = self.lines.wrapped_label(line, cut_off, fresh)
                    if wrapped is None and sentence_below(line, cut_off[0]):
                        self._whole_lines.add(line)  # "X, депутат …" / "У меня вопрос: …": whole
                    if wrapped and not (described and self._clause_described(wrapped, joined)):
                        cand, line, skip = wrapped, joined, number + taken
                if cand and self._heads_examination(line):
                    cand = None  # "BY MR. SMITH:" heads an examination, it is no turn
                if (
                    cand
                    and not spoken
                    and (self._stacked_fields(texts) or (len(texts) == 1 and self._field(cand, line)))
                ):
                    cand = None  # "Voorzitter: Van der Berg" over the first turn names the chair
                if cand and len(texts) == 1 and self.config.procedural.fullmatch(line.strip()):
                    cand = None  # "The Speaker assumed the chair.": the record's narrative, no turn
                if cand and len(texts) == 1 and self._note_apart(cand, paragraphs, index):
                    cand = None  # "[Proceedings Suspended]", a blank line under it: the hall's note
                if cand and self._bracket_note(cand, line, paragraphs, index, number):
                    cand = None  # "(Recess)" set apart, "(Referat)" over "(1. …)": notes
                if cand and not self.matcher.is_heading(line) and not _front_line(line, self.config, fronted):
                    beside = line[cand.end :]
                    speech = [beside, *texts[max(number, skip) + 1 : number + _SPEECH_LINES]]
                    last = texts[-1]
                    alone = not line[cand.end :].strip()
                    dated = ""
                    end = max(number, skip)  # the label's last line, where a wrap carried it on
                    if alone and end + 1 == len(texts) and index + 1 < len(paragraphs):
                        first = [text for _, text in paragraphs[index + 1].lines[:3]]
                        # a title over its date, a head's field over the name it holds ("Congress
                        # President:" / "JANE ROE"), an office over its signatures ("Předseda:" /
                        # "Jan Novák v. r."), a heading over a turn: no speech of its own
                        valued = (
                            len(first) == 1
                            and (self._date_line(first[0]) or _field_value(cand, first[0], self.config))
                        ) or _signed_lines(cand, first, self.config)
                        if valued or _labelled(self.lines.candidate(first[0]), self.config, first[0]):
                            speech = []
                            # a title over its day, each a paragraph ("KING'S BENCH:" / "Monday,
                            # June 2, 1794."): the day is its heading's rest, as on the line under it
                            dated = first[0].strip() if weekday_dated(first[0].strip(), self.config) else ""
                        else:
                            speech, last = self._speech_on(paragraphs, index + 1, first)
                    elif len(texts) == 1 and weekday_dated(line[cand.end :].strip(), self.config):
                        speech = []  # a court's room and its day: "NEW COURT.—Monday, June 24th, 1878."
                    elif len(texts) == 1 and not cand.time and self._clock(beside):
                        speech = []  # a web copy's hour over a turn, one paragraph a line ("Kl. 13:00")
                    elif (
                        alone and number + 2 == len(texts) and weekday_dated(texts[-1].strip(), self.config)
                    ):  # and on the line under it, a heading's rest: "KING'S BENCH:" / "Monday, 2 June"
                        speech, dated = [], texts[-1].strip()
                    elif alone and _signed_lines(cand, texts[number + 1 :], self.config):
                        speech = []  # and on the lines under it, its signatures: "Předseda:" / "X v. r."
                    elif end + 1 == len(texts):
                        speech, last = self._speech_on(paragraphs, index, speech)
                    after_in, after_at = _held_after(speech, line if line is texts[number] else "", beside)
                    after_in, after_at = _in_joined(para.lines, texts, after_in, after_at, number)
                    above_in, above_line = (para.lines, number - 1) if number else above
                    ending = _ending(
                        speech,
                        last,
                        self.config.particles if alone else None,
                        listed=None if alone else listed_names,
                    )
                    if ending == "short" and index in exchanged and self._exchanging(cand, again):
                        ending = "sentence"  # a turn of an exchange, however short ("Chair: Agreed")
                    occurrences.append(
                        Occurrence(
                            cand,
                            alone,
                            not occurrences,
                            after_in,
                            previous,
                            ending,
                            # under the heading that names it the line opens no wrapped speech
                            inner=number > 0 and not (alone and self._headed_by(cand, texts[number - 1])),
                            under=(under and number == 0) or alone_above,
                            rest=line[cand.end :].strip() or dated,
                            above_in=above_in,
                            after_at=after_at,
                            above_line=above_line,
                            captioned=bool(captioned) and para.lines[number][0] in captioned,
                        )
                    )
                    # a question's or an answer's letter alone proves no speech: "A Horta de Sant
                    # Joan, …", a Catalan dateline's preposition, opens the head's sentence
                    spoken = spoken or (occurrences[-1].ending in ("sentence", "speech") and not cand.paired)
                alone_above = (
                    len(occurrences) > found and occurrences[-1].alone and occurrences[-1].cand.punct != "."
                )
                below = texts[number + 1] if number + 1 < len(texts) else ""
                found_inside = self._midline_found(line, below, marker)
                # the brackets the lines above left open, read only where a label stands inside
                carried = bracket_carried(texts, number) if found_inside else 0
                labels_inside = [
                    (at, inside)
                    for at, inside in found_inside
                    if outside_carried(line, at, carried) and not _in_role(cand, line, at, inside)
                ]
                if labels_inside or line is not texts[number]:  # found, or read joined to the wrap's rest
                    self._inside_again.add((index, number))
                for at, inside in labels_inside if not quoted else ():
                    if glued_surname(line, at, inside, self.config):
                        continue  # "….Петров. Товарищи": the units' reading asks the label's others
                    if at + len(inside.printed.rstrip()) > len(line):
                        cut_into = number + 1  # "… – السيد كريم" / "الزبيدي:- …": the name's rest no label
                    colon = inside.punct in (":", "：")
                    if not spoken and colon and self._holders_at(line, at, inside, below):
                        continue  # "… (Beginn um 9.02 Uhr) Vorsitzende: GR X, GRin Y, …": a field's colon
                    if not spoken and colon and self._field_closing_head(line, at, inside):
                        continue  # "… Archive. Interviewer: Sam Whitaker." over "Sam Whitaker: …"
                    if not spoken and _row_cell(line, at):
                        continue  # "Trial Hearing   (Open Session)   WITNESS: P-0547": a page head's cell
                    # the words after the label and the text before it read from windows of the
                    # line: a copy of its rest and of its start at each label had made a line of
                    # many turns cost the square of its labels
                    start = at + inside.end
                    if start + AFTER <= len(line):
                        after = line[start : start + AFTER]
                    else:
                        after = join_lines([line[at:], below])[inside.end :][:AFTER]
                    before = line[max(0, at - 300) : at]
                    occurrences.append(
                        Occurrence(inside, False, False, after, before, inner=True, above_in=before)
                    )
            broken = len(texts) > 1 and broken_at_end(texts[0], texts[1])  # "Vizepräsi-" / "dent X:"
            bare = None if broken else self.matcher.bare(texts[0])
            if bare is not None and not bare.role and len(texts) > 2:
                lettered = self._lettered_role(f"{texts[1]} {texts[2]}", 0)  # its office and firm below
                bare = replace(bare, role=lettered["role"]) if lettered else bare
                # or its office alone, the speech under it: "Helen Marsh" / "Chair of the Board"
                if not lettered and self._office_under(texts[0], texts[1], texts[2]):
                    bare = replace(bare, role=texts[1].strip())
                    self._offices_under.setdefault(texts[0].strip(), set()).add(texts[1].strip())
            listing = not spoken and (
                (self._names_listed(para.lines) and not self._voice_over_reply(texts[0]))
                or (
                    len(para.lines) == 1
                    and index + 1 < len(paragraphs)
                    and self._names_listed(paragraphs[index + 1].lines)
                )
                or self._uncased_roll_line(paragraphs, index)
            )
            if bare is not None and not listing:  # a list's first name is no label over the rest
                below = self._below_bare(paragraphs, index)
                said = bool(bare.time) and _said(self.lines.candidate(below), self.config)
                opens = self.lines.candidate(below)
                versus = below.strip().casefold() in self.config.versus  # a case caption's party over "v."
                # or with its "v." at its line's end over the other party in CAPITALS, the caption
                # wrapped after it ("THE PROSECUTOR OF THE SPECIAL COURT V." / "ALIEU KONDEWA et al.",
                # a tribunal's cover), no name with its initial over its speech ("SHRI RAMESH V.")
                versus = versus or _versus_ended(bare.printed, below, self.config)
                # nor is a name whose description the wrap cut: "Mr. X, President of the Republic of
                # Southern" / "Isles, was escorted …", a sentence about the person named
                versus = versus or _apposition_cut(para.lines[0][1], below, self.config)
                # nor a title in CAPITALS either side of a dash over a line that opens with its own
                # label ("BOSE NI YASANA – VEIVOSAKI" / "Turaga na Liuliu: …")
                versus = versus or (
                    opens is not None and opens.punct in (":", "：") and self.matcher.dashed_title(bare)
                )
                # nor a head's field over the next in the same shape, an office and its holder
                # joined by a dash, stacked with no speech between ("Председатель – Ковалёв П.С." /
                # "Секретарь – Петрова А.И.", a protocol's officers): the initials' stop no sentence's
                versus = versus or self.matcher.office_holder(below) is not None
                # nor the chair calling the member whose own label opens the line below
                versus = versus or _calls_holder(bare, opens, self.config.titles, self.config.offices)
                clipped = _clip_speech(below)  # "Jane Doe" / "00:00:00-00:00:09 (9 sec)" / the speech
                # a name set off from the recording's clock over a paragraph is its speech's label,
                # whatever the paragraph opens with ("Karen Hale  0:02" / "„The President of the
                # Republic makes known:", a letter quoted), another such name below it aside
                stamped = (
                    clock_set_off(bare, self.config)
                    and bool(below.strip())
                    and not (opens is not None and opens.time)
                )
                if not versus and (
                    said
                    or stamped
                    or _speech_follows(below, opens, self.config, self.matcher.typed_capitals)
                    or _speech_follows(clipped, self.lines.candidate(clipped), self.config)
                    or _asked_below(opens, self.config)
                    or _saluted_below(below, opens, self.config)
                ):
                    occurrences.append(
                        Occurrence(
                            bare,
                            True,
                            # the first paragraph's, whatever its lines below hold ("Kimmo Kiljunen
                            # 0:02" over "… esille: tällaisen …", a colon inside the speech)
                            opening,
                            below[:AFTER],
                            previous,
                            # thanks alone are a reply, however short ("Gracias Presidente"), and
                            # a line addressing the chair or the hall a speech, cut off however
                            # short ("My Lords, the noble Lord", an excerpt's last)
                            "sentence"
                            if thanks_alone(below, self.config) or _addressing(below, opens, self.config)
                            else _ending([below], below),
                            above_in=above[0],
                            above_line=above[1],
                            captioned=bool(captioned) and para.lines[0][0] in captioned,
                        )
                    )
            if not spoken and len(para.lines) == 1 and self._date_line(para.lines.texts[0]):
                # a page's title naming the speaker over the speech's date ("Rede von Anna Krüger" /
                # "12.10.2023" / "Anna Krüger (SPD)"): the date goes on from the title, no new text
                title = previous if isinstance(previous, str) else paragraph_end(previous)
                previous = paragraph_end([title, para.lines.texts[0]])
            else:  # its lines, the end read from them when a label below asks
                previous = para.lines
            above = para.lines, -1
            # the head's line naming the chair, no stop after its initials ("Головує депутат
            # Плющ І.С."), is no label whose speech the office's label below it opens
            under = (  # the cheap test first: the pattern of the chair's line is slow
                len(para.lines) == 1
                and any(
                    o.alone
                    and o.cand.punct != "."
                    and not self._heading_word(o.cand)
                    and not self._house(o.cand)
                    for o in occurrences[count:]
                )
                and not self.config.presiding.fullmatch(para.lines[0][1].strip())
            )
            label_only += under
            if headed < 0 and len(occurrences) > count:
                headed = index
        # labels the source's layout marks (bold at a paragraph's start) count as configured
        configured = self.registry.configured_keys() | self.source.label_hints
        decision = decide(
            occurrences,
            self.source.held,
            self._voices,
            self.config,
            configured,
            self.doc.lang,
            len(paragraphs) - label_only - max(headed, 0),
            self.matcher.typed_capitals,
        )
        self.accepted = decision.accepted
        self._run_in = {row.key for row in decision.table if "run_in" in row.features and not row.accepted}
        self._hall_voices = frozenset(row.key for row in decision.table if row.reason == HALL_VOICE)
        self._odd_headings = {
            row.key for row in decision.table if "odd_shape" in row.features and not row.accepted
        }
        self._printed = Counter(o.cand.key for o in occurrences)
        self._stopped = _stopped_labels(occurrences, self.accepted, self.config)
        # a believed label printed with its stop: OCR's comma or semicolon for it ends one printed once
        self._stopped_dot = any(cand.punct.startswith(".") for cand in self._stopped.values())
        self._stopped_letters = _stopped_letters(occurrences, self.accepted)
        self._colon_addressed = _addressed_labels(occurrences, self.accepted)
        self._reported = reported_printings(occurrences, self.accepted, self.config) | announcing_printings(
            occurrences, self.accepted, self.config
        )
        self._learn_legend(paragraphs)
        self.registry.expect(
            (
                self._asker(
                    listed[0]
                    if (listed := self.registry.listed_holder(o.cand.name, o.cand.held))
                    else o.cand.name
                )
                for o in occurrences
                if o.cand.key in self.accepted
            ),
            {o.cand.name for o in occurrences if o.cand.key in self.accepted and o.cand.described},
        )
        self.registry.expect_brackets(
            (o.cand.name, o.cand.held) for o in occurrences if o.cand.key in self.accepted and o.cand.held
        )
        self._witness_label = next(
            (o.cand.name for o in occurrences if o.cand.key in self.accepted & self.config.witnesses), None
        ) or next(  # the spokesperson who announces answers the questions ("X首先发布消息：")
            (
                o.cand.name
                for o in occurrences
                if o.cand.key in self.accepted
                and o.cand.printed.rstrip(":： ").endswith(self.config.announces)
            ),
            None,
        )
        self.doc.labels = decision.table
        self.doc.decisions.extend(decision.notes)

    def _learn_legend(self, paragraphs: list[RawPara]) -> None:
        """The persons a legend names above the first turn, one a line, each after the code the
        record's labels print in CAPITALS and a run of spaces ("PO  Presiding Officer", "W   Witness",
        a commission's transcript whose turns are "PO: …", "W: …"): two lines at least, each code
        an accepted label."""
        for para in paragraphs:
            texts = para.lines.texts
            if self._label(texts[0], texts[0]) is not None:
                return  # the first turn: a legend stands above it
            found = [_LEGEND_LINE.fullmatch(text.strip()) for text in texts]
            legend = [match for match in found if match and label_key(match["code"]) in self.accepted]
            if len(legend) >= _LEGEND_LINES and len(legend) == len(found):
                for match in legend:
                    self.registry.legend(match["code"], match["name"].strip())
                return

    def _exchanged_paragraphs(self, paragraphs: list[RawPara]) -> set[int]:
        """The indexes of the paragraphs in an exchange one turn a line (see
        :func:`exchange_runs`): paragraphs of one line with no blank line between, each opening
        with a label and its colon. A turn's short speech with no stop is its own there
        ("Chair: Agreed"), and no head's field naming an office's holder."""
        keys: list[str | None] = []
        places: list[int] = []  # the paragraph each key opens, -1 for a blank line between
        below = -1  # the line under the paragraph before
        for index, para in enumerate(paragraphs):
            if places and para.line != below:
                keys.append(None)  # a blank line between: no exchange across it
                places.append(-1)
            cand = self._opening(para)
            keys.append(label_key(cand.name) if cand is not None else None)
            places.append(index)
            below = para.lines.last + 1
        return {places[at] for at in exchange_runs(keys)}

    def _opening(self, para: RawPara) -> Candidate | None:
        """The label with its colon that opens *para*, a paragraph of one line, if any."""
        cand = self.lines.candidate(para.lines.texts[0]) if len(para.lines) == 1 else None
        return cand if cand is not None and cand.punct in (":", "：") else None

    def _exchanging(self, cand: Candidate, again: Counter[str]) -> bool:
        """Whether *cand*, in an exchange one turn a line, is a speaker of it whatever its short
        speech: one who speaks again there, or an office ("Clerk: Item two, the budget"); a
        word once ("原：每件一百元" / "现：每件一百二十元", a list inside an answer) reads as ever."""
        return again[label_key(cand.name)] > 1 or self.config.offices.search(cand.name.casefold()) is not None

    def _house(self, cand: Candidate) -> bool:
        """Whether *cand*, alone on its line, names the house and no office in it ("Grand
        Conseil" over a web copy's first turn): the line under it is no label's speech."""
        name = cand.name.casefold()
        return self.config.chambers.search(name) is not None and self.config.offices.search(name) is None

    def _heading_word(self, cand: Candidate) -> bool:
        """Whether *cand*, alone on its line, is a heading in CAPITALS with no form of address and
        no office ("PRAYERS" over the first turn of a Hansard): the label under it is no speech's
        first words; nor is a hearing's heading over a witness's statement, whatever office it names
        ("STATEMENT OF HON. JANE DOE, SECRETARY OF ENERGY", ``[labels] statement_heads``)."""
        name = cand.name.casefold()
        if cand.upper and name.startswith(self.config.statement_heads):
            return True
        return cand.upper and not cand.strong and self.config.offices.search(name) is None

    def _office_over_speech(self, line: str, paragraphs: list[RawPara], index: int) -> bool:
        """Whether *line*, the first of paragraph *index*, is an office and its holder joined by
        a dash alone (:meth:`~AloneLabels.office_holder`) to be read whole as the label over the
        speech below, not as the office's dash before a one-line speech naming the holder: so
        unless the holder's own label opens the line below, the chair calling the member who
        speaks next ("Председатель – Петров П.П." / "Петров П.П. – Уважаемые коллеги, …"). A call's
        line is remembered by its text (``_chair_calls``) for the turns' reader: the same line
        printed elsewhere over speech, the member called once holding the chair later, is read
        as the call there too."""
        held = self.matcher.office_holder(line)
        if held is None or self.matcher.bare(line) is None:
            return False
        if _calls_holder(
            held,
            self.lines.candidate(self._below_bare(paragraphs, index)),
            self.config.titles,
            self.config.offices,
        ):
            self._chair_calls.add(line)  # the office's dash its label, the holder's name its speech
            return False
        return True

    def _colon_call(self, cand: Candidate, line: str, paragraphs: list[RawPara], index: int) -> Candidate:
        """*cand*, an office, its colon and its holder alone on the first line of paragraph *index*
        (the Yugoslav records' "PREDSJEDNIK: dr. Ante Barić" over the speech), read as the office's
        label with the holder's name its speech where the holder's own label opens the line below: the
        chair calling the member who speaks next ("THE CHAIR: Senator Maria Lopez" / "SENATOR
        LOPEZ: Thank you …"), as :meth:`_office_over_speech` reads the office's dash. The line
        is remembered (``_chair_calls``) for the turns' reader."""
        if not cand.role or cand.punct != ":" or cand.printed.rstrip() != line.rstrip():
            return cand
        office = self._called_office(cand, line)
        if office is None:
            return cand
        called = replace(cand, name=cand.role, role=cand.name)  # the office first, as a dash prints it
        if not _calls_holder(
            called,
            self.lines.candidate(self._below_bare(paragraphs, index)),
            self.config.titles,
            self.config.offices,
        ):
            return cand
        self._chair_calls.add(line)
        return office

    def _called_office(self, cand: Candidate, line: str) -> Candidate | None:
        """The office's label alone of *line*, where *cand* read its holder after its colon: the
        office, its colon, and the holder's name its speech."""
        colon = line.find(":", len(cand.role or ""))
        office = self.lines.candidate(line[: colon + 1]) if colon > 0 else None
        if office is None or office.role or office.name.strip() != (cand.role or "").strip():
            return None
        return replace(office, end=speech_start(line, colon + 1))

    def _below_bare(self, paragraphs: list[RawPara], index: int) -> str:
        """The text below the name alone on the first line of paragraph *index*: the rest of
        the paragraph, or the next one; past the chair addressed on a line of its own between
        them ("Hon. John Smith (Eastfield)" / "Mr. Speaker:" / the speech), its salutation. The
        chair's label with the speech on its line is a turn of its own under a heading ("TUAN
        YANG DI-PERTUA MENGANGKAT SUMPAH" / "Tuan Yang di-Pertua: Saya, …"). A clip's clock range
        alone under the name goes on with the paragraph after it, the speech it times."""
        texts = [" ".join(text for _, text in para.lines) for para in paragraphs[index + 1 : index + 3]]
        lines = paragraphs[index].lines
        first = (
            lines[1][1]
            if len(lines) > 1
            else next((p.lines[0][1] for p in paragraphs[index + 1 : index + 2]), "")
        )
        if len(lines) > 1:
            texts = [" ".join(text for _, text in lines[1:])]
        below = texts[0] if texts else ""
        # a paragraph below in lower case goes on with the speech a break cut ("… el plan de
        # vivienda" / "llega tarde …", a copy with a blank line where a page or a line ended), or
        # with the sentence its colon leads on ("My point is this:" / "the appeal is late.")
        after = paragraphs[index + 2 if len(lines) == 1 else index + 1 :][:1]
        ended = below.rstrip()[-1:]
        led_on = ended not in TERMINAL or ended in ":："
        if ended and led_on and after and after[0].lines[0][1][:1].islower():
            below = f"{below} {' '.join(text for _, text in after[0].lines)}"
        elif after and CLIP_RANGE.fullmatch(below.strip()):  # a clip's clock range over the speech
            below = f"{below}\n{' '.join(text for _, text in after[0].lines)}"
        if (role := self._lettered_role(below, 0)) is not None:
            below = below[role.end("role") :].strip()  # "Chief Financial Officer, Acme A" / the speech
        elif len(lines) > 2 and self._office_under(lines[0][1], lines[1][1], lines[2][1]):
            below = below[len(lines[1][1]) :].strip()  # "Chair of the Board" / the speech
        salute = self.lines.candidate(below)
        if salute is None or not addresses_chair(salute, self.config) or first[salute.end :].strip():
            return below
        return below[salute.end :].strip() or (texts[1] if len(texts) > 1 else "")

    def _field(self, cand: Candidate, line: str, stacked: bool = False) -> bool:
        """Whether *line*, one paragraph of the record's head above its first turn, is a field
        naming who sits in an office rather than a turn: an office with its colon and a short
        line of names with no stop ("Voorzitter: Van der Berg", "BAŞKAN: Başkan Vekili Ayşe
        Demirtaş", "KÂTİP ÜYELER: Mehmet Kaya (Konya), …"); a speech has a word in lower case or
        its stop. A quote closing a name's words is no stop ("1º SECRETÁRIO: DEP. X “AD HOC”").
        A protocol's head sets the office off by a spaced dash as well ("Председатель – Иванов
        И.И.", "Секретарь – Петрова А.В.").
        A Japanese list of who attends sets the office off by spaces, the holder's name spaced
        ("議長　　森川　晃" over "○議長（森川晃君）　ただいまから…"). A field *stacked* under or
        over another with no blank line names its holder even where the holder speaks below, for
        a call of the next speaker is followed by the speaker called, never by another office."""
        if cand.punct == "\u3000" and not cand.role:  # "議長　　森川　晃": an office, its holder spaced
            return bool(_SPACED_HAN_NAME.fullmatch(line[cand.end :].strip()))
        dashed = cand.punct.strip() in _FIELD_DASHES and not cand.upper
        if (cand.punct not in (":", "：") and not dashed) or cand.short:
            return False
        if cand.prefix.startswith(CAPTION_MARK):
            return False  # ">> MAYOR PRICE: LET US BEGIN.": live captions' change of speaker, no head's field
        if (
            cand.title
            and chair_office_alone(cand.name[len(cand.title) :], self.config)
            and self._calls_next_speaker(line[cand.end :])
        ):
            # the chair addressed ("Mr Speaker:", "MADAM SPEAKER:", "THE SPEAKER:") calling the
            # next speaker by office or seat ("… : Hon. Member for X.") is the chair's turn; a
            # field names the holder ("The Chair: Ms Jane Roe", "THE SPEAKER: Hon. X (in the Chair)")
            return False
        rest = spaced_name(BRACKETED_ONLY.sub("", line[cand.end :]).strip())
        if self._attendance(cand, rest):
            return True  # "Accused: Present", "Mshtakiwa: Yupo": the party's attendance marked
        if self._plural_listed(cand, rest):
            return True  # "Co-Chairs: Smith, Jones.": one word for the names listed, no call of one
        # "Vorsitzende: Präsidentin X, Zweiter Präsident Y, Dritter Präsident Z.", of any length
        listed = self._office_list(rest.removesuffix("."))
        if len(rest.removesuffix(".")) > BLOCK_LINE and not listed:  # a speech's paragraph
            return False
        # the chair's office and its holder, who speaks below as the chair ("Mødeleder:
        # Landstingsformand X." over "Landstingsformand X: Mødet er åbnet.")
        held = not listed and self._chair_held(rest)
        if listed or held:
            rest = rest.removesuffix(".")
        rest = self._holder_after_office(self._degrees_off(rest))
        if rest.endswith(".") and self._addressed(rest[:-1]):
            rest = rest[:-1]  # "President: M. GUANI.", "Witness: Rt Hon. Jane Roe MP.": a field's stop
        elif rest.endswith(".") and self._full_name(rest[:-1]):
            rest = rest[:-1]  # "Secretaría: Jaquelina Ferreyra.", an acta's head: a field's stop
        elif rest.endswith(".") and self._named_in_full_below(cand, line, rest[:-1]):
            rest, held = rest[:-1], True  # "Interviewer: Sam Whitaker." over "Sam Whitaker: Could you …"
        elif rest.endswith(".") and self._chair_holds_below(cand, rest[:-1]):
            return True  # "Chairman: Comrade Kolarov." over "KOLAROV (Chairman): The session …"
        elif rest.endswith(".") and self._names_stopped(rest[:-1]):
            rest = rest[:-1]  # "Schriftführer: Biedermann, Jucho.", "Vorsitzender: H. v. Gagern."
        last = rest.rstrip(_CLOSING_QUOTES)[-1:] or rest[-1:]
        if last == "." and self._addressed_in_lower_case(rest[:-1]):
            return not self._speaks_below(rest)  # "Voorzitter: de heer Dullert.", an old Handelingen's
        if dashed and self._office_then_holder(rest):
            return True  # "Posėdžio pirmininkas – Seimo Pirmininko pavaduotojas A. Stankevičius."
        if last in TERMINAL:
            return False
        words = WORD.findall(rest)
        # a form of address is no word of a name to be capitalised ("Presidente: Ex.mo Sr. X")
        unaddressed = [word for word in rest.split() if not self.config.titles.fullmatch(word.casefold())]
        named_words = WORD.findall(" ".join(unaddressed))
        # an office's own words in lower case before its holder ("Richterin am Landgericht Dr. X")
        joins = self._office_joins(unaddressed)
        named = (
            self._han_names(cand, rest)
            or body_named(rest)
            or (
                (
                    sum(word[0].isupper() for word in words) >= _FIELD_NAMES
                    or self._chair_surname(cand, words, line)
                )
                and all(
                    word[0].isupper() or self._particle(word) or word.casefold() in joins
                    for word in named_words
                )
                and (
                    words[0].casefold() not in self.config.openers.get(self.doc.lang, frozenset())
                    or self.config.forename_opened(rest)  # "Secretario: Segundo Martínez"
                )
            )
        )
        if not (named and (held or stacked or not self._speaks_below(rest))):
            return False
        # last, for these read the whole text: the chair calling a speaker below, or an exchange
        return not (
            self._labelled(cand)
            and (
                self._calls_labelled(cand, rest, line)
                or self._calls_next_label(cand, line, rest)
                or self._calls_in_case(rest)
                or self._echoed(cand, line)
            )
        )

    def _attendance(self, cand: Candidate, value: str) -> bool:
        """Whether *value*, after *cand*'s colon in the head, a role alone, is a party's attendance
        as a court's head marks it, no stop (``attendance_values``: "Accused: Present", "Mshtakiwa:
        Yupo"); a roll call's answer follows a member's name ("COUNCILMEMBER ADAMS: Present"), or
        ends with its stop, a member's turn."""
        marks = self.config.attendance_values.get(self.doc.lang or "", frozenset())
        role = self.config.offices.fullmatch(cand.name.casefold()) is not None
        return role and value[-1:].isalpha() and label_key(value) in marks

    def _calls_next_speaker(self, text: str) -> bool:
        """Whether *text*, after a chair's label, calls the next speaker: by an office, its forms
        of address before it ("Honourable Minister of Health and Wellness"), or in a sentence
        with its stop ("Hon. Member for Kiamaina Ward.", "Hon. Kalaba."), where a field of the
        head names its holder with none ("Ms Jane Roe", "Hon. Z. Mutale (in the Chair)")."""
        text = BRACKETED_ONLY.sub("", text).strip()
        if text[-1:] in TERMINAL:
            return True
        for word in text.split()[:_OFFICE_WORDS]:
            if self.config.offices.match(word.casefold()):
                return True
            if not self.config.titles.fullmatch(word.casefold()):
                return False
        return False

    def _particle(self, word: str) -> bool:
        """Whether *word*, a word without its stop, is a name's particle, abbreviated too ("v"
        of "Heinrich v. Gagern")."""
        folded = word.casefold()
        return folded in self.config.particles or f"{folded}." in self.config.particles

    def _stacked_fields(self, texts: Sequence[str]) -> bool:
        """Whether *texts*, a paragraph's lines above the first turn, are two fields of the head or
        more set one under another with no blank line ("Posėdžio pirmininkas – A. X." /
        "Posėdžio sekretorė – R. Y."), each naming an office's holder: no turn whose speech is
        the next field."""
        return len(texts) > 1 and all(
            (cand := self.lines.candidate(text)) is not None and self._field(cand, text, stacked=True)
            for text in texts
        )

    def _office_then_holder(self, value: str) -> bool:
        """Whether *value*, after a field's spaced dash, is an office's words in any case, the
        office's noun last, then its holder's initials and surname ("Seimo Pirmininko
        pavaduotojas A. Stankevičius.", "Seimo kanceliarijos patarėja R. Petraitienė."): a
        protocol head names who presides and who keeps the record so. The value opens with a
        capital and no word of it ends in a stop or a comma: no sentence of a speech."""
        found = _HOLDER_END.search(value)
        office = value[: found.start()].split() if found else []
        return (
            self._office_words(office)
            and office[0][:1].isupper()
            and all(word[-1:].isalpha() for word in office)
        )

    def _office_words(self, words: list[str]) -> bool:
        """Whether *words* are a few words of an office before its holder, the office's noun last
        ("Seimo kanceliarijos patarėja", "помощник прокурора")."""
        return (
            0 < len(words) <= _OFFICE_WORDS and self.config.offices.search(words[-1].casefold()) is not None
        )

    def _holder_after_office(self, value: str) -> str:
        """*value*, a field's holder, without the holder's office in lower case before the name
        ("Защитник подсудимого: адвокат Садыков Б.М.", "Государственный обвинитель: помощник
        прокурора X"): a court's head names each party's counsel and judge so; unchanged where
        no full name follows the office's words."""
        words = value.split()
        office = list(itertools.takewhile(lambda word: word[:1].islower() and word[-1:].isalpha(), words))
        name = " ".join(words[len(office) :])
        return name if self._office_words(office) and self._full_name(name.removesuffix(".")) else value

    def _degrees_off(self, value: str) -> str:
        """*value*, a field's holder, without the degrees printed after the name and its comma
        ("Ketua Rapat : Dr. H. Ahmad Wijaya, S.H."): their stop ends an abbreviation, no sentence."""
        found = self.config.postnominals.search(f"{value}:")  # the pattern ends before a colon
        return value[: found.start()] if found and found.end() == len(value) else value

    def _office_joins(self, words: list[str]) -> frozenset[str]:
        """The words in lower case a field's value may hold where it opens with an office, in a
        language that writes its nouns with a capital: the articles and prepositions between an
        office's nouns (``[headings] lower_words``: "Richterin am Landgericht Dr. X"); none else."""
        if not words or self.config.offices.search(words[0].casefold()) is None:
            return frozenset()
        return self.config.heading_lower_words.get(self.doc.lang or "", frozenset())

    def _labelled(self, cand: Candidate) -> bool:
        """Whether *cand*, before a field's colon, is printed as a speaker's label: under a form
        of address ("La señora PRESIDENTA"), in CAPITALS, an office and its holder's name
        ("Puhemies Matti Leinonen"), or the chair's office, who calls the next speaker ("Le
        Président : Madame Dupont."), where a head's field names another office alone
        ("Secretaria: Señora Calvo.")."""
        holder = cand.name.split()[1:]
        named = len(holder) >= 2 and all(word[:1].isupper() for word in holder)
        return bool(cand.title) or cand.upper or named or chairs(cand.name, self.config)

    def _calls_labelled(self, cand: Candidate, named: str, line: str) -> bool:
        """Whether *named* is a surname under forms of address or offices alone ("Señor Bel.",
        "Madame Dupont.", "Edustaja Virtanen.") whose label is printed below: the chair calling
        the next speaker as a short excerpt opens ("La señora PRESIDENTA: Señor Bel." over "El
        señor BEL ACCENSI: …"), not a field of the head, which names its holder in full. The
        chair calls several so, or by their surnames alone, each labelled below ("Präsident: Herr
        Jucho, Herr Biedermann.", "Chair: Smith, Jones."); one surname alone may be the field's
        holder, who speaks below as the chair. Surnames alone are the chair's call only where
        its *line* opens the excerpt: under a title ("Ausschuss für Haushalt" over "Vorsitzende:
        Müller, Schmidt.") or with another label of the chair's office below ("Chairs: Smith,
        Jones." over "Chair: Welcome.") they are a head's co-chairs, who speak below."""
        items: list[list[str]] = [[]]
        for word in named.removesuffix(".").replace(",", " , ").split():
            if word == "," or (word.islower() and word in self.config.portfolio_joins):
                items.append([])
            else:
                items[-1].append(word)
        several = len(items) > 1
        if not all(self._called_labelled(item, several) for item in items):
            return False
        if not (several and any(len(item) == 1 for item in items)):
            return True
        return self._source_lines.opens(line) and not self._chaired_apart(cand)

    def _chaired_apart(self, cand: Candidate) -> bool:
        """Whether a line of the text opens with a label of the chair's office other than *cand*."""
        printed = cand.name.casefold()
        for text in self._source_lines.texts():
            other = self.matcher.candidate(text)
            if other is None or not other.punct.strip() or other.name.casefold() == printed:
                continue
            if chairs(other.name, self.config):
                return True
        return False

    def _called_labelled(self, words: list[str], several: bool) -> bool:
        """Whether *words*, one name the chair calls (see :meth:`_calls_labelled`), is a surname
        under forms of address or offices, or alone among *several*, whose label is printed
        below."""
        if len(words) < (1 if several else 2) or not all(
            self.config.titles.fullmatch(word.casefold()) or self.config.offices.search(word.casefold())
            for word in words[:-1]
        ):
            return False
        surname = words[-1].casefold()
        if not words[-1][:1].isupper() or len(surname) < _SURNAME_LETTERS:
            return False
        for text in self._source_lines.texts():
            if surname in text.casefold():
                cand = self.matcher.candidate(text)
                if cand is not None and cand.punct.strip() and surname in WORD.findall(cand.name.casefold()):
                    return True
        return False

    def _echoed(self, cand: Candidate, line: str) -> bool:
        """Whether the words after *cand* on *line* are printed again after another label on a
        line of the text: an exchange, as a court's record prints counsel marking an exhibit and
        the clerk saying it after ("MS. PIKE: Defense Exhibit C." / "THE CLERK: Defense Exhibit
        C."); a head's fields name each office's own holder."""
        value = line[cand.end :].strip()
        for text in self._source_lines.texts():
            if text == line or not text.rstrip().endswith(value):
                continue  # most lines: told before a candidate is read
            other = self.matcher.candidate(text)
            if (
                other is not None
                and other.punct.strip()
                and text[other.end :].strip() == value
                and other.name.casefold() != cand.name.casefold()
            ):
                return True
        return False

    def _calls_in_case(self, named: str) -> bool:
        """Whether *named*, a field's value of two words or more, ends on the surname a label
        below opens with, in the case the chair's call puts it ("Головуючий: Слово Петренку." over
        "Петренко О.В.: …", the floor given to a name in the dative): the chair calling the next
        speaker as a short excerpt opens; a head's field names its holder as the labels print him,
        which :meth:`_speaks_below` reads."""
        words = WORD.findall(named)
        called = words[-1].casefold() if len(words) > 1 else ""
        if len(called) < _CALLED_LETTERS or not words[-1][:1].isupper():
            return False
        for text in self._source_lines.texts():
            first = WORD.search(text)
            opened = first.group().casefold() if first else ""
            if opened != called and same_stem(opened, called):
                cand = self.matcher.candidate(text)
                if cand is not None and cand.punct.strip() and cand.name.casefold().startswith(opened):
                    return True
        return False

    def _calls_next_label(self, cand: Candidate, line: str, named: str) -> bool:
        """Whether *named*, after the label *cand* on *line*, ends with a name of two capitalised
        words that another line's label holds, the chair's own label printed again on a line
        below: the chair calling the next speaker under a form of address the vocabularies do not
        know, as a short excerpt opens ("SPEAKER: L-Onor. Membru Adrian Delia." over "ONOR. ADRIAN
        DELIA: …" and "SPEAKER: Grazzi."); a head's field names the chair, who speaks below under
        the office alone."""
        words = named.removesuffix(".").split()
        if len(words) < _FIELD_NAMES or not all(CAPITALISED.fullmatch(word) for word in words[-2:]):
            return False
        called = " ".join(words[-2:]).casefold()
        printed = cand.name.casefold()
        again = labelled = False
        for text in self._source_lines.texts():
            folded_line = text.casefold()
            if text == line or not (called in folded_line or folded_line.lstrip().startswith(printed)):
                continue  # most lines: neither, told before a candidate is read
            other = self.matcher.candidate(text)
            if other is None or not other.punct.strip():
                continue
            folded = " ".join(WORD.findall(other.name.casefold()))
            again = again or other.name.casefold() == printed
            labelled = labelled or f" {called} " in f" {folded} "
            if again and labelled:
                return True
        return False

    def _clause_described(self, cand: Candidate, line: str) -> bool:
        """Whether *cand*, a name and its initials read on over a wrap to the stop after its
        comma in *line*, holds a sentence's clauses rather than the speaker's post: a comma
        outside its brackets ("Петров А. И., как известно, предложил план (в трёх" / "секциях).
        …", a speech's line) or a verb of the narration; a post is one phrase ("первый секретарь
        … КПСС (… округ, …" / "область). Уважаемые …"), and the speech after it opens with a
        salutation's or a thanks' first word (``salutation_openers``: "Уважаемые народные
        депутаты!"): a person a speech describes is followed by more of its sentences ("Сидоров
        Е. К., механизатор из села Липовка" / "(… район). Он собрал …")."""
        role = BRACKETED_ONLY.sub("", cand.role or "").casefold()
        if "," in role or any(word in self.config.narration for word in role.split()):
            return True
        return not opens_with(line[cand.end :], self.config.salutation_openers, 1)

    def _chair_dashed(self, cand: Candidate, line: str) -> bool:
        """Whether *line*, before any turn, is the chair's office, a dash and its holder under a
        form of address with the stop and no more ("Председательствующий — тов. Хрущев.", a
        congress's sitting over its first turn): who presides, no turn whose speech is his name.
        Where the office and its dash label the chair's turns below and the name is a label's
        there too, it is the chair's first call ("ПРЕДСЕДАТЕЛЬ – Товарищ Горбунов." over
        "ГОРБУНОВ – Товарищи, …", "CHAIRMAN – Senator Warren."), the chair's turn."""
        if cand.punct not in _LINE_DASHES or not chairs(cand.name, self.config):
            return False
        words = line[cand.end :].split()
        return (
            1 < len(words) <= _FIELD_NAMES + 1
            and words[-1].endswith(".")
            and self.config.titles.fullmatch(words[0].casefold()) is not None
            and all(word[:1].isupper() for word in words[1:])
            and not (self._dashed_again(cand, line) and self._calls_labelled(cand, " ".join(words), line))
        )

    def _dashed_again(self, cand: Candidate, line: str) -> bool:
        """Whether another line of the text opens with *cand*'s name and a dash as a label: the
        chair's office labels turns of the record, as it does in a call's excerpt."""
        printed = cand.name.casefold()
        return any(
            other.punct in _LINE_DASHES and other.name.casefold() == printed
            for other in self._other_openings(printed, line)
        )

    def _other_openings(self, printed: str, line: str) -> Iterator[Candidate]:
        """The candidates of the text's lines other than *line* that open with *printed*."""
        for text in self._source_lines.texts():
            if text == line or not text.lstrip().casefold().startswith(printed):
                continue  # most lines: told before a candidate is read
            if (other := self.matcher.candidate(text)) is not None:
                yield other

    def _labels_again(self, cand: Candidate, line: str) -> bool:
        """Whether another line of the text opens with *cand* printed alike as a label: a
        speaker's label the record prints again ("THE WITNESS:") opens its turn under a speech
        broken off after a preposition ("… THE MANAGER OF" / "THE WITNESS: GOOD MORNING."),
        where a stenographer's opening words going on below are printed once."""
        printed = cand.printed.strip().casefold()
        return any(other.key == cand.key for other in self._other_openings(printed, line))

    def _addressed(self, text: str) -> bool:
        """Whether *text* is one name under its form of address and no more: a surname in
        CAPITALS ("M. GUANI", "Mr. HOLM", as an old record's head prints it after a field) or a
        name in full with no office ("Rt Hon. Jane Roe MP", a Commons committee's "Witness:")."""
        words = text.split()
        if len(words) < 2 or self.config.titles.fullmatch(words[0].casefold()) is None:
            return False
        if len(words) <= _FIELD_NAMES + 1 and all(
            word.isupper() and len(word.strip(".-'")) > 1 for word in words[1:]
        ):
            return True
        return (
            len(words) > _FIELD_NAMES
            and "," not in text
            and all(word[:1].isupper() for word in words[1:])
            and self.config.offices.search(text.casefold()) is None
        )

    def _full_name(self, text: str) -> bool:
        """Whether *text* is one person's name in full and no more, a given name and a surname
        or an initial ("Jaquelina Ferreyra", "Roberto A. Alcaraz"), as a council's acta prints who
        presides and who keeps the minutes in its head; no word of thanks nor a sentence's
        opener ("Muchas gracias"); nor a name a roll call reads out, its holder answering below
        under a label of his surname ("CLERK: Mary Adams." over "COUNCILMEMBER ADAMS: Present.")."""
        words = text.split()
        # a name's particle inside it, abbreviated too, is no word of it ("Heinrich v. Gagern")
        inner = [word for word in words[1:-1] if word not in self.config.particles]
        if not _FIELD_NAMES <= len(inner) + min(len(words), 2) <= _FIELD_NAMES + 1 or "," in text:
            return False
        folded = [word.strip(".").casefold() for word in words]
        common = (
            self.config.openers.get(self.doc.lang, frozenset()) | self.config.thanks | self.config.salutations
        )
        return (
            all(_NAME_WORD.fullmatch(word) for word in words)
            and all(word[0].isupper() for word in [*words[:1], *inner, *words[-1:]])
            # a stop inside the name is an initial's or an abbreviated forename's ("Roberto A.
            # Alcaraz", "Geo. Fox"); after a word of its own it ends a sentence, two words of
            # speech under a label ("Καλησπέρα. Ξεκινάμε.", "Hello. Begin.")
            and all(self._name_stop(word) for word in words[:-1] if word.endswith("."))
            and not any(word in common for word in folded[self.config.forename_opened(text) :])
            and text.casefold() not in common
            and self.config.offices.search(text.casefold()) is None
            and not self._answers_below(words[-1])  # last: it reads the whole text
        )

    def _name_stop(self, word: str) -> bool:
        """Whether *word*, a word of a name with its stop, is an initial ("A.", "A.B."), a
        forename abbreviated to three letters at most ("Ma.", "Jos."), contracted ("Saml.",
        "Richd.", a town meeting's moderator and clerk in its head) or as ``abbreviations`` lists
        it ("Geo.", "Benj."), or a name's particle ("v.")."""
        return bool(
            _INITIAL_ONLY.fullmatch(word)
            or len(word) <= _SHORT_FORENAME + 1
            or _CONTRACTED_FORENAME.fullmatch(word[:-1])
            or word[:-1].casefold() in self.config.abbreviations
            or self._particle(word[:-1])
        )

    def _field_unit(self, cand: Candidate, unit: Unit) -> bool:
        """Whether *unit*, a paragraph above the first turn, is a field of the head: its line, or
        its first line and the names the wrap set on the lines below it, each a value of the
        field ("Wethouders: de heer P.L. Barnhoorn" / "de heer P. van Bockhove"), or a field of
        its own ("Vorsitzende: GR X, GRin Y" / "Schriftführerinnen bzw. Schriftführer: GR Z")."""
        if len(unit.lines) == 1:
            return self._field(cand, unit.text)
        if self._stacked_fields([text for _, text in unit.lines]):
            return True  # "Председатель – Ковалёв П.С." / "Секретарь – Лаптева Н.И.": fields stacked
        valued = _valued_below(cand, unit.first_line, unit.lines[1][1], self.config)
        if valued and not self._source_lines.opens(unit.first_line):
            return True  # "Imputato:" / "del reato …" under the court's title; an excerpt opens with a turn
        first = self._field(cand, unit.first_line)
        return first and all(self._field_below(text) for _, text in unit.lines[1:])

    def _field_below(self, text: str) -> bool:
        """Whether *text*, a line under a field of the head, goes on with its names, is a field
        of its own, or the roll's with its names beside ("Judge: Hon. X" / "Clerk: Y" /
        "Appearances: Z, for the State; W, for the Defendant", a trial's head), or a field of an
        office and its holder as a label's shape would print it ("Sekretorė – Seimo kanceliarijos
        patarėja R. Petraitienė.")."""
        if self._names_line(text) or self._head_field(text) or self._head_kind(text) == "list":
            return True
        cand = self.lines.candidate(text)
        return cand is not None and self._field(cand, text)

    def _names_line(self, text: str) -> bool:
        """Whether *text*, a line under a field of the head, goes on with its names: short, no
        stop at its end, each word capitalised but a form of address or a name's particle."""
        line = text.strip()
        if not line or len(line) > BLOCK_LINE or line[-1:] in TERMINAL:
            return False
        words = [word for word in line.split() if not self.config.titles.fullmatch(word.casefold())]
        named = WORD.findall(" ".join(words))
        joined = self.config.particles | self._office_joins(words)  # "Richter am Landgericht X"
        return bool(named) and all(word[0].isupper() or word.casefold() in joined for word in named)

    def _chair_held(self, rest: str) -> bool:
        """Whether *rest*, a field's value ending in its full stop, names the chair's office and
        its holder ("Se. Durchlaucht der Oberstlandmarschall Karl Fürst Auersperg.",
        "Landstingsformand Bendt Frederiksen."): three words or more, one of them the chair's
        office before its holder's name or after the holder's comma ("Sra. Carmen Rojas Fuentes,
        Alcaldesa."); a speech's sentence names no office ("Meine Damen und Herren."), nor one
        ending on the office with no holder before its comma ("Hitza du Lehendakariak.", the
        Basque chair giving itself the floor)."""
        words = rest.removesuffix(".").split()
        return (
            rest.endswith(".")
            and len(words) >= _OFFICE_HOLDER_WORDS
            and (
                any(self._chair_word(word.casefold()) for word in words[:-1])
                or (words[-2].endswith(",") and self._chair_word(words[-1].casefold()))
            )
        )

    def _chair_holds_below(self, cand: Candidate, named: str) -> bool:
        """Whether *named*, the value of the chair's field *cand* opens, is a form of address and a
        surname whose own label below prints the chair's office in its brackets ("Chairman:
        Comrade Kolarov." over "KOLAROV (Chairman): The session is opened.", a congress's report
        naming who presides over the sitting): the head's field, no chair calling a member, for
        the member called speaks under no chair's office."""
        words = named.split()
        if not (
            _FIELD_NAMES <= len(words) <= _FIELD_NAMES + 1
            and self.config.titles.fullmatch(words[0].casefold())
            and all(word[:1].isupper() for word in words[1:])
            and chairs(cand.name, self.config, whole=True)
        ):
            return False
        surname = words[-1].casefold()
        # a record's chair calls member after member in this shape ("CHAIRMAN: Comrade Radek."):
        # each surname's lines read once
        if surname not in self._chairs_below:
            self._chairs_below[surname] = any(
                (below := self.lines.candidate(text)) is not None
                and below.role
                and below.name.casefold().split()[-1:] == [surname]
                and chairs(below.role, self.config, whole=True)
                for text in self._source_lines.texts()
                if surname in text.casefold()
            )
        return self._chairs_below[surname]

    def _chair_word(self, word: str) -> bool:
        """Whether *word* is or ends in the chair's office, as a compound prints it with the
        house before it ("Landstingsformand", "Oberstlandmarschall")."""
        chairs = self.config.chairs
        return bool(chairs.search(word)) or any(
            chairs.fullmatch(word[at:]) for at in range(1, len(word) - _OFFICE_END)
        )

    def _chair_surname(self, cand: Candidate, words: list[str], line: str) -> bool:
        """Whether *words*, a field's value of one word after the chair's office, are the chair's
        surname ("Voorzitter: Arib"): a capitalised word the record never prints in lower case,
        as it would a word of speech ("Chairman: Order", "Voorzitter: Bedankt"), on a *line* set
        off as a paragraph of its own, no line of an exchange ("PRESIDENT: Silence" / "WITNESS:
        Nothing"), nor of one typed one turn a line (see :meth:`_exchanged_paragraphs`)."""
        if (
            len(words) != 1
            or not words[0][:1].isupper()
            or not self.config.chairs.search(cand.name.casefold())
            or line.strip() in self._exchanged_lines  # "Chair: Agreed" / "Clerk: …" / "Chair: Carried"
        ):
            return False
        word = words[0]
        folded = word.casefold()
        # an office is no surname: "Presidenten: Representanten" / "Ola Dahl vil …" calls a member
        if label_key(word) in self.config.any_openers or self.config.offices.search(folded):
            return False
        lower = re.compile(rf"(?<![^\W\d_]){re.escape(folded)}(?![^\W\d_])")
        if self.source.held.search(lower):
            return False
        line = line.strip()
        return any(text.strip() == line for text in self._source_lines.lone())

    def _plural_listed(self, cand: Candidate, rest: str) -> bool:
        """Whether *cand* is an office or a form of address in the plural (``plural_titles``: "Co-
        Chairs", "Senators") and *rest* after its colon two names or more of one form parted by
        commas and conjunctions, with or without the stop: a field naming all who hold it, though
        each speaks below under his own label; the chair calling speakers names no plural."""
        if "," not in rest or self.config.past_article(cand.name.casefold()) not in self.config.plural_titles:
            return False
        items: list[list[str]] = [[]]
        for word in rest.removesuffix(".").replace(",", " , ").split():
            if word == "," or (word.islower() and word in self.config.portfolio_joins):
                items.append([])
            else:
                items[-1].append(word)
        forms = {self._name_form(item) for item in items}
        return len(items) >= _FIELD_NAMES and len(forms) == 1 and None not in forms

    def _names_stopped(self, text: str) -> bool:
        """Whether *text*, a field's value before its full stop, is only names, each of one form,
        parted by commas and conjunctions: surnames ("Biedermann, Jucho"), or forms of address
        or initials and names ("М. И. Калинин", "MM. Dupont, Martin", "Sen. Bianchi e Sen.
        Verdi", "Tom Reid and Jo Hale"), as an old protocol's head names who presides and who keeps the
        minutes. A speech's first words differ in form ("Meine Damen und Herren", "Silakan, Yang
        Berhormat X") or are a word of thanks or greeting; one capitalised word alone is as often
        a speech's ("Chair: Welcome.", "Präsident: Bitte.") as a surname; one name alone in full is
        a name a roll call reads out where its holder answers below ("CLERK: Mary Adams." over
        "COUNCILMEMBER ADAMS: Present."), or one the chair calls ("Präsident: Herr Jucho."); so
        are names each under its form of address where every one answers below, the chair
        calling its speakers in turn ("Präsident: Herr Jucho, Herr Biedermann.")."""
        items: list[list[str]] = [[]]
        for word in text.replace(",", " , ").split():
            if word == "," or (word.islower() and word in self.config.portfolio_joins):
                items.append([])
            else:
                items[-1].append(word)
        forms = {self._name_form(item) for item in items}
        form = forms.pop() if len(forms) == 1 else None
        if form is None or text.casefold() in self.config.salutations:
            return False
        if len(items) > 1:
            return not (any(form) and all(self._answers_below(item[-1]) for item in items))
        return any(form) and not self._answers_below(items[0][-1])

    def _name_form(self, words: list[str]) -> tuple[bool, ...] | None:
        """The form of *words*, one name of a list: for each word but a name's particle whether it
        is a form of address or an initial (true) or a capitalised word of the name (false); none
        where a word is neither, or the name opens in lower case."""
        if not words or words[0].islower():
            return None
        form: list[bool] = []
        common = self.config.courtesies
        for at, word in enumerate(words):
            folded = word.casefold()
            if self.config.titles.fullmatch(folded) or _INITIAL_ONLY.fullmatch(word):
                form.append(True)
            elif word.islower() and self._particle(word):
                continue  # "Heinrich v. Gagern"
            elif (
                word[:1].isupper()
                and _NAME_WORD.fullmatch(word) is not None
                and word[-1:].isalpha()
                # an opener that is a forename before the name's next word ("Segundo Martínez")
                and (
                    label_key(word) not in self.config.any_openers
                    or self.config.forename_opened(" ".join(words[at:]))
                )
                and folded not in common
                and self.config.offices.search(folded) is None
            ):
                form.append(False)
            else:
                return None
        return tuple(form)

    def _addressed_in_lower_case(self, rest: str) -> bool:
        """Whether *rest* is one name under its form of address after an article in lower case
        ("de heer Dullert"), which no speech's first words are: a chair calling on a speaker
        prints the form of address in capitals ("Mr. Jones.")."""
        words = rest.split()
        if (
            not 3 <= len(words) <= 5
            or not words[0].islower()
            or words[0].casefold() not in self.config.particles
        ):
            return False
        return bool(self.config.titles.fullmatch(words[1].casefold())) and all(
            w[:1].isupper() for w in words[2:]
        )

    def _office_list(self, rest: str) -> bool:
        """Whether *rest*, a field's value before its full stop, lists who holds an office, each
        by the office and the name ("Präsidentin Doris Bures, Zweiter Präsident Karlheinz Kopf")
        or by the form of address and the name ("GR Mag. Thomas Reindl, GRin Dr. Eva Roth, BSc
        und GRin Anna Mörk", a city council's chairs): two items or more; a speech's commas part
        shorter phrases ("Danke, Herr Kollege")."""
        items = self._listed_items(rest)
        return len(items) > 1 and all(self._holder(item) for item in items)

    def _holders_open(self, value: str) -> bool:
        """Whether *value*, the words after a colon inside a flattened head, open with two
        holders of an office, the field's list ("Vorsitzende: GR Mag. Thomas Reindl, GRin Anna
        Mörk, … Schriftführer: …"), not a speech, whose first words are no such list."""
        items = self._listed_items(",".join(value.split(",", 2)[:2]))
        return len(items) > 1 and all(self._holder(item) for item in items)

    def _holders_at(self, line: str, at: int, inside: Candidate, below: str) -> bool:
        """Whether the words after *inside*, a label at *at* of *line*, open with two holders of
        an office (:meth:`_holders_open`), the line's rest joined to *below* where it ends inside
        a window: a field's holders are short, two running past the window are a speech's words
        (a copy of the line's rest at each label had made a flattened line of many labels, where
        none had its speech yet, cost the square of them)."""
        start = at + inside.end
        window = line[start : start + _HOLDERS_SPAN]
        if len(window) < _HOLDERS_SPAN:
            return self._holders_open(join_lines([line[at:], below])[inside.end :])
        first = window.find(",")
        second = window.find(",", first + 1) if first >= 0 else -1
        return second >= 0 and self._holders_open(window[:second])

    def _listed_items(self, rest: str) -> list[str]:
        """The items of *rest*, a list of names, parted by its commas and by the conjunction
        before the last one's form of address ("…, BSc und GRin Dr. Eva Roth"); a degree after
        a name's comma ("BSc", "Ph.D.") is that name's, no item."""
        particles, titles = self.config.particles, self.config.titles
        items: list[str] = []
        for item in rest.split(","):
            words = item.split()
            cut = next(
                (
                    at
                    for at in range(1, len(words) - 1)
                    if words[at] in particles and titles.fullmatch(words[at + 1].casefold())
                ),
                0,
            )
            for part in (words[:cut], words[cut + 1 :]) if cut else (words,):
                if len(part) == 1 and self.config.postnominals.match(f", {part[0]}:"):
                    continue  # the degree printed after the name before it
                items.append(" ".join(part))
        return items

    def _holder(self, item: str) -> bool:
        """Whether *item* of a field's list names who holds an office: the office and the name
        ("Zweiter Präsident Max Roth"), or a form of address and a name of capitalised words
        ("GRin Dipl.-Ing. Eva Roth"), three words or more."""
        words = item.split()
        folded = item.casefold()
        if len(words) < _OFFICE_HOLDER_WORDS:
            return False
        if self.config.offices.search(folded) or self.config.chairs.search(folded):
            return True
        return bool(self.config.titles.fullmatch(words[0].casefold())) and all(
            word[:1].isupper() or word in self.config.particles for word in words[1:]
        )

    def _han_names(self, cand: Candidate, rest: str) -> bool:
        """Whether *rest*, after the chair's office and its colon, is the names of whoever holds
        it in Chinese characters, no speech: each a known surname and a given name, two to four
        characters ("主持人：王建国", "会议主持人：李明华、张红"), a press conference's or a
        congress's head; Chinese writes no capitals to tell a name from a word. The office speaks
        below, as the host does: an excerpt's first words ("主持人：谢谢") are no field."""
        chair = self.config.chairs.search(cand.name.casefold())
        return bool(chair) and self._printed[cand.key] > 1 and self._han_names_only(rest)

    def _han_names_only(self, text: str) -> bool:
        """Whether *text* is names in Chinese characters alone, each a known surname and a
        given name, two to four characters in all."""
        surnames = self.config.surname_chars
        return all(
            HAN_NAME.fullmatch(name) and (name[:1] in surnames or name[:2] in surnames)
            for name in _NAME_SEPARATORS.split(text.strip())
        )

    def _office_over_han_name(self, paragraphs: list[RawPara], index: int) -> bool:
        """Whether paragraph *index*, above the first turn, is an office alone with no stop over
        a paragraph naming its holder in Chinese characters alone ("主席" / "柯文哲"): a web copy
        of a meeting's head, each field and its value a paragraph of their own, no turn; or an
        office with its colon over its holder's line in one paragraph ("审判长：" / "张明远", a
        copy setting each field's name on a line of its own)."""
        lines = paragraphs[index].lines
        if len(lines) == 2:  # the field as its one line prints it ("审判长：张明远")
            text, holder = lines[0][1].strip(), lines[1][1].strip()
            cand = self.lines.candidate(text + holder)
            held = cand is not None and text == cand.printed.strip() and self._held(cand, text + holder)
            office = cand.name if cand is not None and held else ""
        elif index + 1 < len(paragraphs) and len(lines) == 1 and len(paragraphs[index + 1].lines) == 1:
            text, holder = lines[0][1].strip(), paragraphs[index + 1].lines[0][1].strip()
            office = text if self.config.offices.fullmatch(text.casefold()) else ""
        else:
            return False
        if not office or not self._han_names_only(holder):
            return False
        chair = self.config.chairs.search(office.casefold())
        self._roll[text] = self._roll[holder] = "presiding" if chair else "list"
        return True

    def _field_closing_head(self, line: str, at: int, inside: Candidate) -> bool:
        """Whether *inside*, a field at *at* of *line* after a sentence's stop of the record's
        head, closes the line with its value and the value's stop, a name in full that speaks
        below as its own label ("Recorded for the Eastside Archive. Interviewer: Sam Whitaker."
        over "[00:00:04] Sam Whitaker: Could you …"): the head names who asks, no turn, as
        :meth:`_named_in_full_below` reads such a field opening its line. A chair's label there
        is its first turn, calling the member who speaks below ("… May 3, 2023. CHAIRMAN BROWN:
        Senator Warren." over "SENATOR WARREN: Thank you, …")."""
        rest = line[at + inside.end :].strip()
        if not rest.endswith(".") or len(rest) > _FIELD_VALUE_CHARS or line[:at].rstrip()[-1:] not in ".!?":
            return False
        if self.config.chairs.search(inside.name.casefold()):
            return False
        return self._named_in_full_below(inside, line, rest[:-1])

    def _named_in_full_below(self, cand: Candidate, line: str, named: str) -> bool:
        """Whether *named*, the value of the field *cand* opens *line* with, is a name in full (a
        few capitalised words) that speaks below as its own label ("Interviewer: Sam Whitaker."
        over "Sam Whitaker: Could you tell me …", under a web page's lead), while the field's word
        opens no other line: the head names who asks, no turn. A roll call's caller reads every
        name out under one label ("CLERK: Mary Adams." / "CLERK: John Roe.")."""
        words = named.split()
        if not (_FIELD_NAMES <= len(words) <= _FIELD_NAMES + 2 and all(word[:1].isupper() for word in words)):
            return False
        printed = cand.printed.strip()
        others = (
            text
            for text in self._source_lines.texts()
            if text.startswith(printed) and text.strip() != line.strip()
        )
        return next(others, None) is None and self._speaks_below(f"{named}:")

    def _answers_below(self, surname: str) -> bool:
        """Whether a line of the text opens with a label whose own name ends with *surname*
        ("COUNCILMEMBER ADAMS: Present."), not a chair's office with its holder in brackets after
        it ("Sr. PRESIDENTE (Alcaraz).-", who holds the field's office)."""
        folded = surname.strip(".").casefold()
        for text in self._source_lines.texts():
            if folded not in text.casefold():
                continue
            cand = self._label(text)
            if cand is not None and cand.name.rstrip(".").casefold().split()[-1:] == [folded]:
                return True
        return False

    def _speaks_below(self, named: str) -> bool:
        """Whether a line of the text opens with *named* as a label would: the chair calling the
        next speaker ("CHAIRMAN: Senator Warren" / "SENATOR WARREN: Thank you …"), not a field;
        or with the name from its last form of address on, the words before it how the chair
        calls that member ("Mr. Speaker: Honourable Member Mr. X." / "Mr. X (Seat): …")."""
        words = named.casefold().split()
        last = last_address(words, self.config)
        forms = (" ".join(words), " ".join(words[last:])) if 0 < last < len(words) - 1 else (" ".join(words),)
        lines = self._source_lines.texts()
        return any(" ".join(_unclocked(text).casefold().split()).startswith(forms) for text in lines)

    def _opens_turn(self, unit: Unit, spoken: bool = False) -> Candidate | None:
        """The label that opens a turn at *unit*, if any; before the first turn (*spoken* false)
        a field of the head is none, and a line the record narrates in its own voice, a procedural
        line with a dash after its name ("Mr X — rose —"), is none."""
        return self._turn_opened(unit, self._label(unit.text, unit.first_line), spoken)

    def _turn_opened(self, unit: Unit, cand: Candidate | None, spoken: bool = False) -> Candidate | None:
        """The label that opens a turn at *unit*, whose label as its paragraph reads is *cand*
        (see :meth:`_opens_turn`)."""
        if cand and not spoken and self._chair_dashed(cand, unit.first_line):
            return None  # "Председательствующий — тов. Хрущев." over the first turn: who presides
        if cand and not spoken and self._field_unit(cand, unit) and not self._roll_called(cand, unit):
            return None
        if cand and not spoken and _aligned_field([text for _, text in unit.lines], 0):
            return None  # "Ketua Rapat      : Dr. X, S.H." over "Acara            : …", a table
        cand = _unbroken_name(cand, unit, self.config.particles)
        dashed = cand is not None and bool(cand.punct) and not cand.punct.strip("-–—")
        if dashed and len(unit.lines) == 1 and self.config.procedural.fullmatch(unit.text.strip()):
            return None  # "Mr X — rose —": the record's narrative, no label before a speech
        if cand and not spoken and all(text.strip() in self._roll for _, text in unit.lines):
            return None
        if cand and not spoken and not cand.punct and self._judges_listed(unit):
            return None
        return cand

    def _roll_called(self, cand: Candidate, unit: Unit) -> bool:
        """Whether *unit* is the first of the calls of a roll at the record's head: the office's
        colon and a holder whose own label answers on the line below (``_chair_calls``), the
        same office calling another holder so again ("CLERK: Mary Adams" / "COUNCILMEMBER ADAMS:
        Present" / "CLERK: John Baker"), no field of a head naming its officer once."""
        if unit.first_line not in self._chair_calls:
            return False
        offices = [label_key(line.split(":", 1)[0]) for line in self._chair_calls]
        return offices.count(cand.key) >= _ROLL_CALLS

    def _judges_listed(self, unit: Unit) -> bool:
        """Whether *unit*, above the first turn, is the bench a court's transcript lists under its
        parties, one judge a line with no stop ("KIEFEL CJ" / "GAGELER J" / "GORDON J"), each a
        believed label that speaks below with its colon, or a judge of the same shape whom a
        short excerpt never hears (a name in capitals alone, no stop): a roll, no turn of its
        first judge."""
        if len(unit.lines) < 2:
            return False
        return all(label_key(text) in self.accepted or self._bare_capitals(text) for _, text in unit.lines)

    @staticmethod
    def _bare_capitals(text: str) -> bool:
        """Whether *text* is a name in capitals alone on its line, a few words with no mark after
        them ("McALISTER J", a capital's "Mc" in lower case): a line of a roll, never speech."""
        words = text.split()
        letters = [c for c in text if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        return (
            0 < len(words) <= _BENCH_NAME_WORDS
            and all(word[:1].isupper() for word in words)
            and upper * CAPITALS_SHARE[1] >= len(letters) * CAPITALS_SHARE[0]
            and text.rstrip()[-1:].isalpha()
        )

    def _roster(self, lines: Sequence[tuple[int, str]]) -> bool:
        """Whether *lines*, one paragraph above the first turn, are a court's roll: two lines or
        more, each an office with its colon and who holds it ("审判长：张明远" / "审判员：李秀英",
        "Presidente: dott. Rossi" / "Pubblico Ministero: dott.ssa Bianchi"), perhaps under its
        heading ("Composition de la cour :", "APPEARANCES:"), never a speech (no stop ends
        a value). The chair's office speaks below as a label: its line names the chair."""
        texts = [text.strip() for _, text in lines]
        heading = self.config.head.get("list")
        titled = bool(texts and heading and heading.fullmatch(texts[0]) and not self._roll_spoken(texts[0]))
        if not titled:  # the title and the fields of the sitting over the roll, no blank line between
            texts = texts[self._head_lead(texts) :]
        cands = [self.lines.candidate(text) for text in texts[titled:]]
        held = [
            cand and self._held(cand, text, titled) for cand, text in zip(cands, texts[titled:], strict=True)
        ]
        # a line of names alone goes on with the office above it, whose holders the wrap cut
        # ("Secretários: Exmos. Srs. Reinaldo Gomes" / "Guilherme Gomes dos Santos")
        held = [
            bool(ok) or (index > 0 and bool(held[0]) and self._names_only(text))
            for index, (ok, text) in enumerate(zip(held, texts[titled:], strict=True))
        ]
        if len(cands) < 2 or not all(held):
            return False
        if titled:
            self._roll[texts[0]] = "list"
        for cand, text in zip(cands, texts[titled:], strict=True):
            chair = cand is not None and self.config.chairs.search(cand.name.casefold())
            self._roll[text] = "presiding" if chair else "list"
        return True

    def _head_lead(self, texts: list[str]) -> int:
        """How many of *texts*, a paragraph's first lines, are the head's over a court's roll that
        a copy set line under line ("庭审笔录" / "时间：2020年9月14日上午9时" / "地点：本院第三法庭" /
        "审判长：周明"): a title with no label, a field of the sitting's time or place, a field
        whose value opens with a figure (a date, a case's number); none ends with a stop,
        as a speech cut above a roll would."""
        count = 0
        for text in texts:
            if not text or text[-1:] in SENTENCE_STOPS or (self._one_holder(text) and self._held_line(text)):
                break
            cand = self.lines.candidate(text)
            value = text[cand.end :].strip() if cand is not None else ""
            if cand is not None and not (value[:1].isdigit() or self._sitting_field(text)):
                break
            count += 1
        return count

    def _sitting_field(self, text: str) -> bool:
        """Whether *text* is a field of the sitting's time or place ("地点：本院第三法庭"), as the
        head's patterns read them."""
        return any(
            (pattern := self.config.head.get(kind)) is not None and pattern.match(text.casefold()) is not None
            for kind in ("time", "place")
        )

    def _held_line(self, text: str) -> bool:
        """Whether *text* is an office with its colon and who holds it (see :meth:`_held`)."""
        cand = self.lines.candidate(text)
        return cand is not None and self._held(cand, text)

    def _roster_lines(self, paragraphs: list[RawPara], index: int) -> bool:
        """Whether paragraph *index*, one line above the first turn, is a line of a court's roll
        that a copy set one line a paragraph (a web page's, blank lines between the roll's lines):
        a roll (see :meth:`_roster`) with the paragraph of one line above it or below it."""
        if len(paragraphs[index].lines) != 1 or not self._one_holder(paragraphs[index].lines[0][1]):
            return False
        beside = [at for at in (index - 1, index + 1) if 0 <= at < len(paragraphs)]
        return any(
            len(paragraphs[at].lines) == 1
            and (
                abs(paragraphs[at].line - paragraphs[index].line) > 1  # a blank line between
                or self._roster_run(paragraphs, index)
            )
            and self._one_holder(paragraphs[at].lines[0][1])
            and self._roster([*paragraphs[min(at, index)].lines, *paragraphs[max(at, index)].lines])
            for at in beside
        )

    def _note_apart(self, cand: Candidate, paragraphs: list[RawPara], index: int) -> bool:
        """Whether *cand*, in square brackets with no colon alone on paragraph *index*, is the
        hall's note: set apart by a blank line under it ("[Proceedings Suspended]"), a note of the
        proceedings, or a bracket again on the next line, as a copy that lost its blank lines
        prints notes in a run ("[Proceedings Suspended]" / "[Proceedings Resumed]", each perhaps
        with its clock after it), where a name so printed has its speech on the next line
        ("[Chair]" / "Senator X, you have the call.")."""
        squared = not cand.punct and cand.printed.lstrip()[:1] == "["
        if not squared:
            return False
        if index + 1 >= len(paragraphs) or paragraphs[index + 1].line != paragraphs[index].lines[-1][0] + 1:
            return True
        # a saved live transcript's clock after each bracket ("[Technical Difficulties] 18:00:40"
        # / "[Ada Lindqvist] 18:01:12") leaves the run of notes one
        if LINE_END_CLOCK.sub("", cand.printed).rstrip()[-1:] != "]":
            return False  # "[10:06:32] X Y." under a clock in brackets, a clock on each line
        # a note run has the next note alone on its line too; a clock in brackets opening the
        # speech ("[Chair]" / "[00:01:02] Welcome, …") keeps the name above it a label
        below = LINE_END_CLOCK.sub("", paragraphs[index + 1].lines[0][1])
        return _SQUARED_LINE.fullmatch(below) is not None or bool(self.config.procedural.fullmatch(cand.name))

    @staticmethod
    def _line_below(paragraphs: list[RawPara], index: int, number: int) -> str | None:
        """The line under line *number* of paragraph *index*: in the paragraph, or the next
        paragraph's first where no blank line stands between; None where one does."""
        lines = paragraphs[index].lines
        if number + 1 < len(lines):
            return lines[number + 1][1]
        if index + 1 < len(paragraphs) and paragraphs[index + 1].line == lines.last + 1:
            return paragraphs[index + 1].lines[0][1]
        return None

    def _bracket_note(
        self, cand: Candidate, line: str, paragraphs: list[RawPara], index: int, number: int
    ) -> bool:
        """Whether *cand*, a name in round brackets alone on its *line*, line *number* of
        paragraph *index* ("(Hollis)" over "Present are …", a chat's log with each name on its
        line), is a note of the record instead: a blank line under it ("(Recess)"), or a line under
        it that opens with no word, another note ("(Referat)" / "(1. (474) Statsministerens kontor
        …)"). The line under it is read only for such a name, not for every label."""
        if cand.punct != ANSWERED or cand.end < len(line.rstrip()):
            return False
        below = self._line_below(paragraphs, index, number)
        opening = below.lstrip()[:1] if below is not None else ""
        return not (opening.isalpha() or (opening != "" and opening in OPENING_QUOTES))

    def _roster_run(self, paragraphs: list[RawPara], index: int) -> bool:
        """Whether paragraph *index* stands in a run of _ROSTER_RUN one-line paragraphs or more,
        each an office with its one holder, set line under line with no blank between, as a copy
        that lost the head's blank lines prints a court's roll ("Presidente: dott. Rossi" /
        "Giudice a latere: dott. Neri" / "Cancelliere: sig.ra Greco" / "Presidente: Dichiaro …"),
        the run ending right over a label with its punctuation and a sentence: a roll, where a
        council's head goes on with more fields ("Wethouders : de heer X" / "de heer Y")."""

        def holder(at: int) -> bool:
            lines = paragraphs[at].lines
            text = lines[0][1].strip()
            return len(lines) == 1 and self._one_holder(text) and self._held_line(text)

        start = index
        while start > 0 and paragraphs[start - 1].line == paragraphs[start].line - 1 and holder(start - 1):
            start -= 1
        end = index
        while (
            end + 1 < len(paragraphs)
            and paragraphs[end + 1].line == paragraphs[end].line + 1
            and holder(end + 1)
        ):
            end += 1
        below = paragraphs[end + 1].lines if end + 1 < len(paragraphs) else []
        label = self.lines.candidate(below[0][1].strip()) if below else None
        # two lines do where blank lines set the run apart from the turns below and from the text
        # above, unless that is the head's title and fields (see :meth:`_head_lead`)
        head = [text.strip() for _, text in paragraphs[start - 1].lines] if start else []
        apart = (
            not head
            or paragraphs[start - 1].lines[-1][0] < paragraphs[start].line - 1
            or self._head_lead(head) == len(head)
        ) and bool(below and below[0][0] > paragraphs[end].line + 1)
        return (
            end - start + 1 >= (_ROSTER_PAIR if apart else _ROSTER_RUN)
            and label is not None
            and bool(label.punct.strip())
            and below[-1][1].rstrip()[-1:] in SENTENCE_STOPS
        )

    def _one_holder(self, text: str) -> bool:
        """Whether *text* is an office with its colon and one holder ("Presidente: dott.ssa Lanza",
        "审判长：孙立华"), no list of holders between commas ("Members present: Ms X (Chair), Mr Y");
        the judges a Chinese bench's office lists between its enumeration commas are one seat's
        ("审判员：李秀英、周建国")."""
        cand = self.lines.candidate(text.strip())
        if cand is None:
            return False
        rest = text[cand.end :].strip()
        if "、" in rest and all(HAN_NAME.fullmatch(name) for name in rest.split("、")):
            return True
        return not any(mark in rest for mark in ",;，、；")

    def _bench(self, paragraphs: list[RawPara], index: int) -> bool:
        """Whether paragraph *index*, above the first turn, is a court's roll printed office by
        office, each alone on its line with its colon over its holders' names, one a line
        ("Председательствующий:" / "Армвоенюрист Гладков П. Н.", "Члены:" / two names,
        "Секретарь:" / "Военный юрист 1-го ранга Жаров А. С."), beside another so printed: no
        speech. One such paragraph alone may be a speech of one line ("Председательствующий:"
        / "Вызывается свидетель Кузин Л. Д.")."""
        if not self._office_over_holders(paragraphs[index].lines):
            return False
        beside = [paragraphs[at].lines for at in (index - 1, index + 1) if 0 <= at < len(paragraphs)]
        if not any(self._office_over_holders(lines) for lines in beside):
            return False
        self._benched(paragraphs[index].lines[0][1], [text for _, text in paragraphs[index].lines])
        return True

    def _benched(self, office: str, lines: list[str]) -> None:
        """*lines*, an office's and its holders' on a roll, the head's: the chair's where the
        office is the chair's ("ALCALDE-PRESIDENTE:", "Председательствующий:"), else the list's."""
        cand = self.lines.candidate(office.strip())
        chair = cand is not None and self.config.chairs.search(cand.name.casefold())
        for text in lines:
            self._roll[text.strip()] = "presiding" if chair else "list"

    def _line_benches(self, paragraphs: list[RawPara]) -> set[int]:
        """The paragraphs, one line each, of a roll printed office by office, as a minute's margin
        copied one line a paragraph gives it ("ALCALDE-PRESIDENTE:" / "D. MANUEL ORTIZ LLORENTE."
        / "CONCEJALES:" / a name a line / "SECRETARIA:" / …): two offices or more in a row, each
        alone with its colon over its holders' lines (see :meth:`_bench`, the same roll a
        paragraph an office). No speech: an office with no words of its own is no turn."""
        groups: list[list[int]] = []
        index = 0
        while index < len(paragraphs):
            group = self._line_bench(paragraphs, index)
            groups += [group] if group else []
            index = group[-1] + 1 if group else index + 1
        benched: set[int] = set()
        run: list[list[int]] = []
        for group in [*groups, []]:
            if run and group and group[0] == run[-1][-1] + 1:
                run.append(group)
                continue
            if len(run) >= _BENCH_OFFICES:
                for ran in run:
                    benched.update(ran)
                    lines = [paragraphs[at].lines[0][1] for at in ran]
                    self._benched(lines[0], lines)
            run = [group]
        return benched

    def _line_bench(self, paragraphs: list[RawPara], index: int) -> list[int]:
        """Paragraph *index*, an office alone on its line with its colon, and the paragraphs under
        it that are each a holder's line (see :meth:`_holder_line`); none where it has none."""
        lines = paragraphs[index].lines
        if len(lines) != 1:
            return []
        group = [index]
        for at in range(index + 1, min(index + _BENCH_LINES, len(paragraphs))):
            below = paragraphs[at].lines
            if len(below) != 1 or not self._holder_line(below[0][1].strip()):
                break
            group.append(at)
        # the office asked last, only over a holder's line: its label is read, where the holders'
        # lines are only counted words (most lines of a record are over a line of speech)
        return group if len(group) > 1 and self._office_alone(lines[0][1]) else []

    def _office_over_holders(self, lines: Sequence[tuple[int, str]]) -> bool:
        """Whether *lines* are an office alone on its line with its colon ("Секретарь:") over one
        line or a few, each a holder's name with its rank or office and no more (see
        :meth:`_holder_line`)."""
        if not 2 <= len(lines) <= _BENCH_LINES or not self._office_alone(lines[0][1]):
            return False
        return all(self._holder_line(text.strip()) for _, text in lines[1:])

    def _office_alone(self, line: str) -> bool:
        """Whether *line* is an office alone with its colon ("Секретарь:", "CONCEJALES:")."""
        office = line.strip()
        cand = self.lines.candidate(office)
        return not (cand is None or cand.punct not in (":", "：") or cand.short or office[cand.end :].strip())

    def _holder_line(self, text: str) -> bool:
        """Whether *text* is a holder's name, with the rank or office before it ("Армвоенюрист
        Гладков П. Н.", "Военный юрист 1-го ранга Жаров А. С."): a few words, two capitalised at
        least, ending with the name (its initials, or a word with no stop), no sentence's stop;
        no colon inside, which sets a label off from its speech under the roll ("THE CHAIR: Yes,
        Ms Furnell.", its words all capitalised)."""
        words = text.split()
        if not _ROSTER_MIN_WORDS <= len(words) <= _ROSTER_WORDS or text[-1:] in "!?;,":
            return False
        if ":" in text or "：" in text:
            return False
        if sum(word[:1].isupper() for word in words) < _ROSTER_MIN_WORDS:
            return False
        named = text[-1:] not in TERMINAL and name_word(words[-1], self.config.particles)
        # a name of capitalised words to its stop, as a Spanish acta's margin prints each
        # ("D. MANUEL ORTIZ LLORENTE.")
        stopped = (
            text[-1:] == "."
            and all(word[:1].isupper() for word in words)
            and name_word(words[-1][:-1], self.config.particles)
        )
        return named or stopped or bool(_INITIALS_END.search(text))

    def _names_only(self, text: str) -> bool:
        """Whether *text*, a line of a roll under an office's line, is names alone: a few, with no
        stop at its end (see :func:`names_line`)."""
        return (
            len(text.split()) >= _ROSTER_MIN_WORDS
            and text[-1:] not in TERMINAL
            and names_line(text, self.config.particles, (0, _ROSTER_WORDS))
        )

    def _roll_goes_on(
        self, lines: Sequence[tuple[int, str]], rolling: bool, paragraphs: list[RawPara], index: int
    ) -> bool:
        """Whether *lines*, one paragraph above the first turn, are a roll's heading alone on its
        line ("Přítomni:", "Присутствовали:") or, under it (*rolling*), a line of that roll, each
        a paragraph of its own: an office with its colon and who holds it, printed with a stop
        ("Předseda: Tomášek.", "Zástupci vlády: ministři Habrman, Johanis, dr. Winter."), or a
        short line between ("217 poslanců podle presenční listiny."). An office's value is no
        speech where a capitalised word stands past its first, or it is one word no sentence
        opens with; a label alone on its line ("Předseda (zvoní):") opens the record below."""
        heading = self.config.head.get("list")
        if len(lines) != 1 or heading is None:
            return False
        text = lines[0][1].strip()
        if heading.fullmatch(text) and not self._roll_spoken(text):
            # the roll's heading, or another under it ("Assisteixen:" / "Regidors:")
            self._roll[text] = "list"
            return True
        if not rolling:
            return False
        if len(text) > _ROLL_LINE or (self.matcher.is_heading(text) and self.matcher.bare(text) is None):
            return False  # a heading under the roll, no name ("P R O C E E D I N G S"), opens the record
        cand = self.lines.candidate(text)
        if cand is not None:
            words = text[cand.end :].split()
            openers = self.config.openers.get(self.doc.lang, frozenset())
            # a speech opens with a word sentences open with or asks ("THE COMMISSIONER: Yes, Mr X?"),
            # or ends a sentence before its last word ("Le président : L'audience est ouverte. Accusé, …"),
            # or says its speaker's pronoun or verb first ("HEARING OFFICER X: We're on the record in
            # Proceeding 22A-0419E.", under "APPEARANCES:"), as no office's value does
            spoken = (
                not words
                or (label_key(words[0]) in openers and not self.config.forename_opened(" ".join(words)))
                or text[-1] in "?!"
                or _sentences(words, self.config.titles, self.config.abbreviations)
                or self.matcher.speech_opens(" ".join(words))
            )
            # one word in a script that parts no words (Thai: "ขอเปิดการประชุม") is a clause, no value
            alone = len(words) == 1 and not without_stops(words[0][-1:])
            held = not spoken and (any(word[:1].isupper() for word in words[1:]) or alone)
            if cand.punct not in (":", "：") or not held:
                return False
        elif text[-1:] in (":", "："):
            return False  # a heading of what follows, not a line of the roll
        elif self._office_under_entry(text, paragraphs, index):
            return False  # "Priya X - Mizuho" / "Operator" / "Good afternoon …": the first turn's label
        office = cand is not None and self.config.chairs.search(cand.name.casefold())
        self._roll[text] = "presiding" if office else "list"
        return True

    def _office_under_entry(self, text: str, paragraphs: list[RawPara], index: int) -> bool:
        """Whether *text*, paragraph *index* of one line under a roll's heading, is an office alone
        with no punctuation ("Operator", "Moderator") under an entry of a name and its role or firm
        alone on its line ("Conference Call Participants" / "Priya X - Mizuho", an earnings call's
        web copy) and over a paragraph of speech: the first turn's label, as no entry of that roll
        is an office without a name, so the roll ends above it."""
        cand = self.matcher.bare(text)
        if cand is None or cand.punct or cand.role or cand.title or cand.printed.strip() != text:
            return False
        if (
            not index
            or index + 1 >= len(paragraphs)
            or self.config.offices.fullmatch(cand.name.casefold()) is None
        ):
            return False
        entry = self.matcher.bare(paragraphs[index - 1].lines.texts[-1].strip())
        if entry is None or not entry.role:
            return False
        below = paragraphs[index + 1].lines.texts
        words = sum(len(line.split()) for line in below[:_SPEECH_BELOW_LINES])
        return below[-1].rstrip()[-1:] in TERMINAL and words >= _SPEECH_BELOW_WORDS

    def _uncased_roll_line(self, paragraphs: list[RawPara], index: int) -> bool:
        """Whether paragraph *index*, one line in a script without case, is a name of a roll whose
        names stand one a paragraph, each with its office ("ผู้มาประชุม" / "นายX Y สมาชิกสภาเทศบาล" /
        "นางสาวX Y สมาชิกสภาเทศบาล"): read with the lines either side, they list names."""
        lines = paragraphs[index].lines
        if len(lines) != 1 or not uncased(lines.texts[0]):
            return False
        above = paragraphs[index - 1].lines[-1:] if index else []
        below = paragraphs[index + 1].lines[:1] if index + 1 < len(paragraphs) else []
        return self._names_listed([*above, *lines, *below])

    def _persons_listed(self, paragraphs: list[RawPara], index: int) -> bool:
        """Whether paragraph *index*, one line above the first turn, is a line of a list of persons
        (see :func:`_person_line`) set one a paragraph, as a hearing prints its witnesses above its
        opening ("Dr. Anna Reyes, Director, State Water Board" / "Mr. Tom Lind, President, Farmers
        Union" / "Chairman MILLS. The committee will come to order."): two such lines or more, the
        line under the last opening with a label, no line of them its label's; a name with its
        office alone over a speech stays a label ("Helen Marsh, Chair of the Board" / "Good …")."""

        def listed(at: int) -> bool:
            texts = paragraphs[at].lines.texts
            return len(texts) == 1 and _person_line(texts[0], self.config)

        if not listed(index):
            return False
        first = last = index
        while first > 0 and listed(first - 1):
            first -= 1
        while last + 1 < len(paragraphs) and listed(last + 1):
            last += 1
        if last == first or last + 1 == len(paragraphs):
            return False
        opening = paragraphs[last + 1].lines.texts[0]
        cand = self.lines.candidate(opening)
        return cand is not None and bool(cand.punct) and bool(opening[cand.end :].strip())

    def _names_listed(self, lines: Sequence[tuple[int, str]]) -> bool:
        """Whether *lines*, one paragraph above the first turn, list names one a line with no stop
        and nothing after them, as a council's minutes list those present ("RM Anna Beispiel
        (CDU)" / "RM Max Muster (SPD)"): two lines or more, most of them such a name, none a
        sentence (a line of the list may note more: "… i. V. für RM Eva Roth", or lose its bracket)."""
        if len(lines) < _LIST_LINES or any(text.rstrip()[-1:] in SENTENCE_STOPS for _, text in lines):
            return False
        named = sum(self.matcher.bare(text) is not None for _, text in lines)
        return named >= _LIST_LINES and named * _LIST_SHARE[1] >= len(lines) * _LIST_SHARE[0]

    def _voice_over_reply(self, line: str) -> bool:
        """Whether *line*, the first of a paragraph, is a name with the recording's clock: a
        speech-to-text export's label over its speech however short ("Speaker 2  00:00:12" /
        "Okay"), no list's first name, as no list prints a clock. A service's word for a speaker
        and its number with no clock may head a programme's entry ("Speaker 1" / "Dr. Jane Doe,
        University of Leeds"), left to the list's reading."""
        bare = self.matcher.bare(line)
        return bare is not None and bool(bare.time)

    def _held(self, cand: Candidate, line: str, titled: bool = False) -> bool:
        """Whether *line*, from *cand*'s colon on, names who holds the office: a short value, no
        stop at its end, a name of capitalised words with its titles' abbreviations ("dott.",
        "sig.ra", "Me") or a name in Chinese characters, not opening with a word that opens speech.
        Under the roll's heading (*titled*) a dash parts the office from its holder as a colon
        does ("Состав суда:" / "Секретарь – Иванова А.А."). The captioner's ">>" marks a change
        of speaker, never a roll's line: its value in CAPITALS is the speech ("COUNCILOR X: THANK
        YOU MAYOR I WANT TO …" / "THE GIRLS SOCCER TEAM"), however its words look like names."""
        rest = BRACKETED_ONLY.sub("", line[cand.end :]).strip()
        words = rest.split()
        stopped = rest[-1:] in TERMINAL and not (_INITIALS_AT_END.search(rest) and rest[-2:-1].isupper())
        marked = cand.punct in (":", "：") or (titled and cand.punct.strip() in _FIELD_DASHES)
        if not marked or cand.short or not words or stopped or cand.prefix.startswith(CAPTION_MARK):
            return False
        if len(rest) > BLOCK_LINE or len(words) > _ROSTER_WORDS:
            return False
        first = words[0].rstrip(",")
        # the first of the names a bench's office lists ("审判员：李秀英、周建国")
        if HAN_NAME.fullmatch(_NAME_SEPARATORS.split(first)[0]):
            return all(
                HAN_NAME.fullmatch(name)
                and (name[:1] in self.config.surname_chars or name[:2] in self.config.surname_chars)
                for name in _NAME_SEPARATORS.split(rest)
            )
        # a name of two words or more, each capitalised, a particle or an abbreviated title
        # ("dott. Rossi", "M. Durand", "Jane Roe, Assistant U.S. Attorney"): one word ("CHAIRMAN:
        # Silence", "Speaker 2: Yes") or words in lower case ("Order please") are speech
        # a judge's office in lower case may come before the holder's name ("судья Корнилова Е.В.")
        titled = len(words) > _ROSTER_MIN_WORDS and bool(self.config.offices.fullmatch(first.casefold()))
        named = all(
            word[:1].isupper() or "." in word or word.casefold() in self.config.particles
            for word in words[titled:]
        )
        openers = self.config.openers.get(self.doc.lang, frozenset())
        opened = label_key(first) in openers and not self.config.forename_opened(rest)
        return len(words) >= _ROSTER_MIN_WORDS and named and not opened

    def _before_turns(self, occurrences: list[Occurrence]) -> bool:
        """Whether no label that may open a turn came before: a field's name the record never
        prints as a label ("Вопрос:" under a State Duma fragment's date) opens none."""
        return all(occurrence.cand.key in self.config.never for occurrence in occurrences)

    def _opens_front(self, cand: Candidate, line: str) -> bool:
        """Whether *cand*, on a line inside the text's first lines before any turn, opens the
        first turn: with a colon and a form of address, a role or an office, whatever the line
        above ends with, as it is the title's, no sentence a wrap cut ("Tweede Kamer. 12de
        Vergadering. 3 November 1918. 345" / "De Voorzitter : Het woord …", an OCR's page); or a
        name in CAPITALS with its initials and its role, alone on its line with its stop, the
        speech below ("Строки с 477 по 488" / "ИВАНОВ П. С., фракция …." / the speech)."""
        office = self.config.offices.search(cand.name.casefold())
        if cand.punct == "." and cand.upper and cand.role and not line[cand.end :].strip():
            return bool(initials_in_name(self.config.digraph_initials).search(cand.name))
        return cand.punct in (":", "：") and bool(cand.strong or cand.upper or office)

    def _opens_line(self, cand: Candidate, above: str, line: str) -> bool:
        """Whether *cand*, at the start of a line inside a paragraph, opens a turn: in CAPITALS,
        after a marker or enclosed in full-width brackets (``〔検察官〕``); or, after a line that
        ends a sentence or a heading ("MEMILIH TUAN YANG DI-PERTUA" / "Setiausaha: …"),
        with a colon and a form of address, a role, an office or a group's name
        (``Councilmember Pedersen: …``, ``Noble Lords: …`` in hard-wrapped lines whose
        paragraph ends the reader could not see), or with a full stop, a form of address, a
        role, an office, initials or a group's name and the speech on its line
        (``Председательствующий. Спасибо.``, ``Нилов Я. Е. Спасибо …``, ``Голос с места. А …``,
        ``M. Jaurès. Messieurs, …``: the old French and Belgian records' narrow columns, whose
        last line of a speech is as long as any; a list of persons, "Mrs Linde." a line, opens
        none), or a name with its stop that the line
        above called to speak. A name in CAPITALS alone on its line with its stop, under a line
        that ends no sentence, ends that sentence ("Presidenza del presidente provvisorio" /
        "NAPOLITANO.", a chair's heading the wrap cut). A line that closes a parenthesis the line
        above left open opens none."""
        asked = (cand, above, line)
        if asked not in self._line_openings:  # asked by the units' pass and the labels' alike
            self._line_openings[asked] = self._line_opening(cand, above, line)
        return self._line_openings[asked]

    def _alone_inside(self, above: str, line: str, below: str) -> Candidate | None:
        """The believed name alone on *line*, inside a paragraph under *above*, a line that ends a
        sentence, and over *below*, the speech's first line in no lower case ("What did you see?"
        / "ANNA BERG" / "I saw the car.", an interview whose copy lost the blank line over the
        name): the turn's label as it is where a blank line sets it apart. A sentence's last
        capitalised words share a line with its first or run on below in lower case; a list of
        names or a table's row goes on below with another believed name or a number ("The
        results were as follows." / "Anna Berg" / "12 votes, elected.")."""
        stripped = line.strip()
        if (
            not stripped[:1].isupper()
            or stripped[-1:] in TERMINAL
            or _line_end(above) not in SENTENCE_STOPS
            or below.lstrip()[:1].islower()
        ):
            return None
        cand = self.matcher.bare(line)
        if cand is None or cand.key not in self.accepted or cand.punct.strip() or cand.time:
            return None
        listed = self.matcher.bare(below) if below.strip() else None
        if below.lstrip()[:1].isdigit() or (listed is not None and listed.key in self.accepted):
            return None  # "as follows." / "Anna Berg" / "12 votes" or "Tom Reed": a table's or a list's names
        return cand

    def _believed_run_in(self, cand: Candidate, above: str, line: str) -> bool:
        """Whether *cand*, one word and its stop at the start of a line inside a paragraph, is a
        label the record believes elsewhere, under a sentence's end with the speech on its line
        ("Голоса. Правильно!" / "Хрущев. Товарищ Молотов, вы хотите ответить?", a plenum's OCR
        run on in one block): the speaker's turn again, though nothing on the line calls it. An
        initial is none, nor a line under a form of address the wrap cut from its name ("… driven
        by Mr." / "A. Brown. He stayed …", a question's answer of an examination). A label with
        its stop and a dash, of any words, is one too ("Une voix. — C'est faux !" / "Frossinet. —
        Je le maintiens.", a congress's record whose turns run on in one block): no sentence's
        word so ends."""
        dashed = cand.punct[:1] == "." and cand.punct[-1:] in _LINE_DASHES
        return (
            cand.key in self.accepted
            and ((cand.punct == "." and " " not in cand.name) or dashed)
            and len(cand.name) > 1
            and _line_end(above) in TERMINAL
            and not address_left_open(above, self.config)
            and bool(line[cand.end :].strip())
            and not _inside_parenthesis(above, line)
        )

    def _headed_by(self, cand: Candidate, above: str) -> bool:
        """Whether *above* is a heading that ends with the name *cand* prints alone below it, as a
        council's minutes head each speech with whose intervention follows: the name below is
        the label, not a line of a speech the heading's paragraph wraps."""
        return above.rstrip().endswith(cand.printed.rstrip()) and self.matcher.is_heading(above)

    def _line_opening(self, cand: Candidate, above: str, line: str) -> bool:
        """:meth:`_opens_line` worked out for a line and its candidate not asked before."""
        colon = cand.punct in (":", "：") and not cand.title
        if (cand.upper or colon) and not cand.prefix and address_left_open(above, self.config):
            # "… WAS EXAMINED BY MR." / "GALLAGHER AS FOLLOWS:", "… sagte Frau Dr." / "Weber:
            # »…«": the name the form opened, its colon the sentence's
            return False
        if (
            cand.upper
            and not cand.prefix
            and capitals_left_open(above, self.config)
            and not self._labels_again(cand, line)
        ):
            return False  # "… ON MONDAY, 3RD DAY OF" / "MARCH, 2025 AS FOLLOWS:": one sentence
        if cand.prefix or cand.punct in ENCLOSED:
            return True
        if _inside_parenthesis(above, line):
            return False
        if self.config.cuts_date(above, line):
            return False  # the date's end the line above cut: "… DE DOS MIL" / "VEINTITRÉS."
        if cand.punct in (":", "：") and any(
            self.config.interrupting.match(note) for note in bracketed(cand.printed)
        ):
            return True  # "… and that advice was" / "Senator X (interrupting): Who …": it cut the sentence
        if cand.punct in (":", "：") and not line[cand.end :].strip() and self._clock(above):
            return True  # a web copy's clock above a label alone ("16.21" / "Ville Harju kd:")
        if cand.punct == ANSWERED:  # "(Sir John Smith) Yes." under the question it answers
            return above.rstrip()[-1:] in TERMINAL
        # a question's or an answer's letter in a script without case, with its stop and its
        # words, opens its line as "Q." does: an Israeli protocol's "ש." / "ת." typed one a line
        if cand.paired and uncased(cand.name) and line[cand.end :].strip():
            return above.rstrip()[-1:] in TERMINAL
        if cand.upper:  # but a name alone with its stop ends the sentence a wrap cut above it;
            # a date alone on the line above is no sentence ("25.04.2007" / "ХАРИТОНОВ Н. М.")
            return not (
                cand.punct == "."
                and not line[cand.end :].strip()
                and (
                    (above.rstrip()[-1:] not in TERMINAL and not self._date_line(above))
                    or self._colon_label_alone(above)
                )
            )
        if cand.punct in (":", "：") and stopless_end(above) and without_stops(cand.name[:1]):
            return True  # Thai ends no sentence with a stop: the line above cannot show its end
        if cand.punct in (":", "：") and _name_line(above) and uncased(cand.name):
            return True  # a roll of the guests above the first label ("شملان العيسى" / "حسن جمول: …")
        # a caseless copy with no stops, its labels' colons spaced and their speech beside them
        # ("فهد العنزي : …"); a clause alone on its line before a quote is the speaker's
        # ("وأقول للحكومة الموقرة :" / "إن الطرق …")
        spaced = _spaced_colon(cand) and uncased(cand.name) and line[cand.end :].strip()
        if spaced and not _STOP_ANYWHERE.search(above):
            return True
        if cand.strong and cand.printed.rstrip().endswith("|") and line[cand.end :].strip():
            return True  # "M. Paul Weber (CSV) | Merci, …": a bar after a member's name, whatever ends above
        # a clock, a date or a heading alone on the line above ("10:01", "25.04.2007") ends what
        # was said before it: the label under it opens the record's first turn, its speech maybe below
        dated = bool(self._date_line(above))
        # a section's dashed heading over it ("Opening Remarks -- Chairman" / "Peter Castellan --
        # Chairman"): the speaker's label, however the heading ends
        if not cand.punct and not line[cand.end :].strip() and self._dashed_inside(above, line):
            return True
        if (
            _line_end(above) not in TERMINAL
            and not _STOP_IN_BRACES.search(above)
            and not (cand.punct in (":", "：") and self.heading_ran_on(above))
            and not self._clock(above)
            and not dated
            and not self.matcher.is_heading(above)
            and not self._field_word(above)
            and not self._word_over_office(cand, above)
        ):
            return False
        if not cand.punct and not line[cand.end :].strip() and self._headed_by(cand, above):
            return True  # "Intervention de Mme X" / "Mme X" / "Merci …": the heading names who speaks
        if cand.time and not cand.punct and not line[cand.end :].strip():
            return True  # "Prof Kwame Asante 12:33 p.m." alone: the speaker's line of a web copy
        initials = initials_in_name(self.config.digraph_initials).search(cand.name)
        if cand.punct.startswith(".") or (initials and not cand.punct):  # "Нилов Я. Е." ends with its stop
            named = cand.strong or self.config.offices.match(cand.name.casefold()) or initials
            # a group's voice too: "Голос с места. А паровозы?" of a plenum's hard-wrapped record
            named = named or self.config.groups.fullmatch(cand.name)
            # a surname alone with its stop, the speech after it addressing the hall, under the
            # hall's reaction that closed the turn before or the chair's words giving him the floor
            # ("(Аплодисменты.)" / "Киров. Товарищи! …", "… товарищу Листову." / "Листов.
            # Товарищи! …", a congress's OCR whose turns run on in one block): a speaker's label;
            # under another sentence's end a word alone is the speech's own ("Довольно. Товарищи!")
            saluted = (
                not named
                and " " not in cand.name
                and cand.punct == "."
                and (_line_end(above) in _BRACKET_CLOSES or _named_last(cand.name, above))
                and saluting(line[cand.end :], self.config)
            )
            # the speech on its line; or, under a member's initial and party alone with the stop,
            # on the lines below ("A. Kalniņš (NA)." / "Godātā …", the Saeima's hard-wrapped PDF)
            spoken = (
                dated or bool(line[cand.end :].strip()) or bool(initials and cand.role and cand.punct == ".")
            )
            return bool(named or saluted or called_above(cand.name, above)) and spoken
        if cand.punct in _LINE_DASHES and line[cand.end :].strip():
            # a council's office and holder before a dash, the speech after it on the line
            # ("GR Pichlmayr – Danke. …"), as its colon would; a member's initials before the
            # surname ("Ц.Мөнхцэцэг - Төсвийн …") and an office printed after its portfolio
            # ("Moliya vaziri o‘rinbosari – Keyingi …") too
            return bool(
                cand.strong
                or self.config.offices.match(cand.name.casefold())
                or initials
                or portfolio_closed(cand.name.split(), self.config)
            )
        if cand.punct not in (":", "："):
            return False
        # a name with the suffix of address its language joins to it ("陈云同志：", "佐藤君："),
        # a form of address as "Mr." before a name is; no salutation of the hall that ends in it
        # ("各位同志：", "亲爱的同志：", a speech's opening)
        suffixes = self.config.address_suffixes.get(self.doc.lang or "", ())
        suffixes = () if cand.name.casefold() in self.config.salutations else suffixes
        return bool(
            cand.strong
            or self.config.offices.search(cand.name.casefold())
            or self.config.groups.match(cand.name)
            or _capitalised(cand.name, self.config.particles)
            or cand.named_in_capitals
            or any(cand.name.endswith(suffix) and len(cand.name) > len(suffix) for suffix in suffixes)
        )

    def _word_over_office(self, cand: Candidate, above: str) -> bool:
        """Whether *above* is one capitalised word alone on its line, no office, form of address or
        particle, over *cand*, an office's or a form of address's label with its colon ("Mitigation"
        / "Accused: I am …", a magistrate's record whose copy lost the blank lines around a step's
        heading): a heading of its own. A wrap that cut a label leaves its head above as more
        words ("Minister for" / "Finance:"), an office or a form of address ("Dr." / "Smith:"),
        or a given name over a surname no office opens ("John" / "Smith:"): none of these."""
        word = above.strip()
        return (
            cand.punct in (":", "：")
            and word.isalpha()
            and word.istitle()
            and not self.config.leaves_open(word)
            and not self.config.offices.match(word.casefold())
            and bool(cand.strong or self.config.offices.match(cand.name.casefold()))
        )

    def _colon_label_alone(self, above: str) -> bool:
        """Whether *above* is a label's shape with its colon alone on its line: a name with its
        stop alone under it is the first line of that label's speech ("THE CLERK:" / "MR. JONES.",
        the roll called; "THE WITNESS:" / "JONES."), no turn of its own under a label that has
        none yet. Asked of the shape, not of the labels believed: the answer is kept for the
        units' pass and the labels' alike."""
        if above.rstrip()[-1:] not in (":", "："):
            return False
        label = self.lines.candidate(above)
        return label is not None and label.punct in (":", "：") and label.printed.strip() == above.strip()

    def _field_word(self, line: str) -> bool:
        """Whether *line* is a heading's word no label is (``never``), capitalised alone on its
        line, as a web page sets "Transcript" over a video's text: no sentence goes on below it."""
        return line[:1].isupper() and len(line) <= _FIELD_LINE and label_key(line) in self.config.never

    def heading_ran_on(self, line: str) -> int:
        """Where the next item's heading in CAPITALS starts that a copy with no blank lines ran onto
        the end of *line*, the last sentence of the turn above a label ("… read a second time.
        ADJOURNMENT" / "The Leader of the House (Hon. X): …"): no letter in lower case after a
        sentence's stop to the line's end, which ends no sentence, four capitals at least, the stop's
        word no initial, no abbreviation's, no name's in CAPITALS ("… the Hon. MR. SMITH"); 0
        where none."""
        if line.rstrip()[-1:] in TERMINAL:
            return 0  # asked first: a line that ends a sentence ends its turn as printed
        for gap in SENTENCE_GAP.finditer(line):
            tail = line[gap.end() :]
            if any(char.islower() for char in tail):
                continue
            word = (line[: gap.start()].rsplit(maxsplit=1) or [""])[-1]
            if len(word) < 2 or word.isupper() or word.casefold() in self.config.abbreviations:
                return 0
            return gap.end() if sum(char.isupper() for char in tail) >= _HEADING_CAPITALS else 0
        return 0

    def _clocked_inside(self, above: str, line: str) -> Candidate | None:
        """A name and the hour of the day alone on a line inside a paragraph, under a line that
        ends a sentence: a web copy of Ghana's Hansard prints each turn's speaker so above the
        speech, its lines hard-wrapped with no blank line between turns ("Page 9?" / "Prof Kwame
        Asante 12:33 p.m." / "Mr Speaker, …")."""
        if above.rstrip()[-1:] not in TERMINAL:  # asked first: the line's name is read only under a sentence
            return None
        bare = self.matcher.bare(line)
        return None if bare is None or not bare.time or bare.punct else bare

    def _headed_inside(self, above: str, line: str) -> Candidate | None:
        """A name alone on a line inside a paragraph under the heading that names it
        ("Intervention de Mme X" / "Mme X" / "Merci, …"): a council's minutes print each
        speaker so, no blank line between the heading, the name and the speech."""
        if not self.matcher.is_heading(above):  # asked first: a tenth of the name's cost, seldom true
            return None
        bare = self.matcher.bare(line)
        return bare if bare is not None and not bare.punct and self._headed_by(bare, above) else None

    def _named_inside(self, texts: list[str], index: int) -> Candidate | None:
        """A label alone on line *index* of a paragraph's *texts* that no line's reading finds:
        under a clock, a heading naming it or a section's dashed heading (the three below)."""
        above, line = texts[index - 1], texts[index]
        found = self._clocked_inside(above, line) or self._headed_inside(above, line)
        if found is not None:
            return found
        # the paragraph's lines counted only under a dashed pair: counted at every line, a
        # hard-wrapped paragraph's read grew with its square
        dashed = self._dashed_inside(above, line)
        return dashed if dashed is not None and self._dashed_pair(texts) else None

    def _dashed_pair(self, texts: list[str]) -> bool:
        """Whether two lines of a paragraph's *texts* alone are a name and its dashed office, a
        section's heading and the speaker's label under it: three or more are a list of the call's
        participants ("Helen Sandoval -- Chief Executive Officer" / "Marcus Reilly -- Chief
        Financial Officer" / …), the head's, none of them a turn."""
        return sum(dashed_office_line(text, self.config) for text in texts) == _DASHED_PAIR

    def _dashed_inside(self, above: str, line: str) -> Candidate | None:
        """A name and its dashed office alone on a line inside a paragraph under a section's
        heading of that shape ("Opening Remarks -- Chairman" / "Peter Castellan -- Chairman" /
        "Thank you, …"): an earnings call's copy that lost the blank lines between them."""
        if not (dashed_office_line(line, self.config) and dashed_office_line(above, self.config)):
            return None
        bare = self.matcher.bare(line)
        return bare if bare is not None and not bare.punct else None

    def _midline_found(self, line: str, below: str, opening: str = "") -> list[tuple[int, Candidate]]:
        """The labels inside *line* (see :meth:`LineLabels.midline`), with the one a hard wrap
        cut at its end, the rest on *below* (:meth:`LineLabels.cut_midline`); *opening* is the
        marker the paragraph's first line opens its turn with."""
        found = self.lines.midline(line, opening)
        return [*found, *self.lines.cut_midline(line, below, opening)] if below else found

    def _none_inside(self, index: int, number: int) -> bool:
        """Whether the labels' decision read line *number* of paragraph *index* as it stands for
        labels inside it (:meth:`_midline_found`) and found none: the units, cut from the same
        paragraphs, need not read it again (a second reading had cost a tenth of the decision's
        time on long records). The lines read otherwise or with a label inside are kept, few."""
        return index not in self._inside_unread and (index, number) not in self._inside_again

    def _midline_labels(self, line: str, below: str = "", opening: str = "", carried: int = 0) -> list[int]:
        """Where accepted labels start inside *line*, one a wrap cut at its end too, none inside
        the *carried* brackets the lines above left open."""
        return [
            at
            for at, cand in self._midline_found(line, below, opening)
            if cand.key in self.accepted and outside_carried(line, at, carried)
        ]

    def _lettered_role(self, text: str, at: int) -> re.Match[str] | None:
        """The office and firm on the line at *at* of *text* under a name alone on its line,
        closed by a letter of a question's and answer's pair (see :data:`_LETTERED_ROLE_BELOW`):
        the name's role, a comma in it, no speech."""
        found = _LETTERED_ROLE_BELOW.match(text, at)
        if found is None or "," not in found["role"]:
            return None
        # an office's and a firm's words, each capitalised but a particle ("Head of Sales"): no
        # sentence that ends on a letter ("Yes, I saw the man in Row A")
        if any(word[:1].islower() and word not in self.config.particles for word in found["role"].split()):
            return None
        return found if any(found["letter"] in pair for pair in self.config.short_labels) else None

    def _office_under(self, name: str, line: str, speech: str) -> bool:
        """Whether *line*, under *name* alone on its line, is that person's office, its body or
        firm after it, no colon ("Helen Marsh" / "Chair of the Board" / "Good morning …", a
        shareholders' meeting's, a hearing's or a panel's web copy; "Anna Berg" / "Vorsitzende
        des Aufsichtsrats"): an office of the vocabulary opening the line, each word after the
        office's capitalised, a particle or after one, no stop, colon or comma ending it; and
        *speech* under it that person's, no minute naming them again ("Helen Marsh welcomed …").
        The caller asks for the speech's sentence: a signature's, an address's or a list's lines
        have none."""
        line = line.strip()
        office = self.config.offices.match(line.casefold())
        if office is None or len(line.split()) > _OFFICE_LINE_WORDS or line[-1] in _OFFICE_LINE_ENDS:
            return False
        after = _STEM_REST.sub("", line[office.end() :], count=1)  # "Vorsitz|ende des …": its word whole
        words = after.replace(",", " ").split()  # "Director, City Water Authority": its body after a comma
        particles = self.config.particles
        return (
            self.lines.name_alone(name.strip())
            and all(
                word[:1].isupper() or word in particles or (at and words[at - 1] in particles)
                for at, word in enumerate(words)  # "Consiglio di amministrazione", no sentence's verb
            )
            and self.lines.speech_under_name(speech.strip(), name.strip())
        )

    def _office_role(self, bare: Candidate, text: str, first_line: str) -> Candidate:
        """*bare*, the name alone on *first_line*, with the office line under it that the labels'
        decision read as its role (:meth:`_office_under`): the label the two lines joined."""
        for office in self._offices_under.get(first_line.strip(), ()) if bare.role is None else ():
            end = len(first_line) + 1 + len(office)
            if text.startswith(f"{first_line} {office} "):
                return replace(bare, role=office, end=end + 1, printed=text[:end])
        return bare

    def _office_cut_holder(self, text: str, first_line: str) -> Candidate | None:
        """The label of *text*, a paragraph whose *first_line* is an office alone in capitalised
        words, no stop, and whose next line goes on with its holder's initials, surname and stop
        ("Министръ Иностранныхъ Дѣлъ" / "С. Д. Сазоновъ. Господа …", a scan of the old Duma's
        column): the label the two lines make (see ``office_cut_holder``), no office alone."""
        gap = _SPACES.match(text, len(first_line))  # the next line's start, the rest not copied
        at = gap.end() if gap else len(first_line)
        # the holder's first initial opens the next line: no sentence naming someone at its end
        # ("Operator" / "Our first question comes from the line of B.T. Ashby. …")
        if not (text[at : at + 1].isupper() and text[at + 1 : at + 2] == ".") or not text.startswith(
            first_line
        ):
            return None
        if not self.lines.office_cut_holder(first_line, text[at:]):
            return None
        return self.lines.candidate(text)

    def _label(self, text: str, first_line: str | None = None) -> Candidate | None:
        if text.strip() in self._stopped_letters:
            return None  # a grade "A" alone in a table the witness reads out, the record's letters "A."
        if (
            first_line is not None
            and first_line != text
            and (cut := self._office_cut_holder(text, first_line))
        ):
            return cut
        if first_line is not None:
            bare = None if first_line in self._chair_calls else self.matcher.bare(first_line)
            if bare and bare.key in self.accepted and text.startswith(first_line):
                # the same label, its stop on the next line: the wrap cut it; or its stop inside
                # the line, the speech after it ("M. X, ministre des travaux publics.--Je demande à la")
                whole = self.lines.candidate(text)
                if (
                    whole
                    and whole.key != bare.key
                    and whole.key in self.accepted
                    and whole.punct
                    and whole.end > len(first_line)
                    and not _DIALOGUE_BELOW.match(text, len(first_line))
                ):
                    # a description the wrap cut, believed whole ("Mme X, directrice de l'Office
                    # national des" / "forêts. Merci, …"): the line's name alone is another label
                    return whole
                if (
                    whole
                    and whole.key == bare.key
                    and whole.punct
                    and (
                        (
                            whole.end > len(first_line)
                            and not _DIALOGUE_BELOW.match(text, len(first_line))
                            and first_line not in self._whole_lines
                        )
                        # a stop printed inside the line, not its clock after the name ("X  0:33")
                        or (len(whole.printed) < len(bare.printed) and whole.punct.strip() and not bare.time)
                    )
                    # nor the dash between a name and the role it holds, alone on the line with the
                    # speech below ("Marcus Feld - Vice President, Investor Relations" / "Thank
                    # you, …", an earnings call's web copy): the role is the label's, no speech;
                    # unless the words below go on in lower case or with a number, the "role" the
                    # speech's first words a wrap cut off ("BAŞKAN – Türkiye Büyük Millet
                    # Meclisinin" / "13’üncü Birleşimini açıyorum.", a subtitle's cue)
                    and not (
                        bare.role
                        and whole.punct in _LINE_DASHES
                        and whole.end <= len(first_line)
                        and not _goes_on(text, len(first_line))
                    )
                ):
                    return whole
                role = _ROLE_BELOW.match(text, len(first_line)) if not bare.role else None
                role = role or (self._lettered_role(text, len(first_line)) if not bare.role else None)
                if role:  # "Mr OLSEN" / "Government (Norway)" / "Allow me …": the line its role
                    return replace(
                        bare, role=role.group("role"), end=role.end(), printed=text[: role.end("role")]
                    )
                return self._office_role(bare, text, first_line)
        cand = self.lines.candidate(text)
        if cand and first_line in self._chair_calls:  # "THE CHAIR: Senator X" calling the next speaker
            cand = self._called_office(cand, text) or cand
        if cand and self._reported and cand.printed in self._reported:
            return None  # "The Mayor said: we will …": the speech reports the office's words
        if cand and cand.key in self._hall_voices and addressed_printing(cand, text[cand.end :], self.config):
            return None  # "Товарищи: план выполнен …" beside "Товарищи (хором): Выполним!"
        if cand and cand.key in self.accepted and addresses_hall(cand, self.config, self.doc.lang):
            return None  # "Hon. Members, I have ruled as follows:" beside "Hon. Members: Hear, hear!"
        whole_line = first_line in self._whole_lines and not self.matcher.is_heading(text)
        if (
            cand
            and whole_line
            and cand.key in self.accepted
            and cand.punct
            and cand.end > len(first_line or "")
        ):
            # a label whole on its line over a sentence and its colon ("САВЧУК О.М., заступник
            # міського голови" / "Відповім коротко:"): the label ends at its line
            return replace(cand, punct="", end=len(first_line or ""), printed=first_line or "")
        if cand and cand.key in self.accepted and not self.matcher.is_heading(text):
            # the office's holder after its colon alone on the line, the office alone believed
            # elsewhere ("PREDSJEDNIK: dr. Ante Barić" / "Otvaram …" beside "PREDSJEDNIK: Hvala."):
            # the line's label whole
            held = (
                first_line is not None
                and first_line != text
                and len(first_line.rstrip()) > len(cand.printed.rstrip())
                and cand.punct in (":", "：")
            )
            alone = self._alone_line(first_line, text) if held and first_line is not None else None
            return alone if alone and alone.printed.startswith(cand.printed.rstrip()) else cand
        if first_line is not None and first_line != text and (alone := self._alone_line(first_line, text)):
            return alone
        if cand and cand.short:  # a one-letter label not accepted: perhaps an initial of a name
            cand = self.matcher.candidate(text)
            if cand and cand.key in self.accepted and not self.matcher.is_heading(text):
                return cand
        short = self.matcher.short_label(text) if cand and not cand.short else None
        if short and short.punct and short.key in self.accepted:
            return short  # "A. The report reads as follows:": the answer's letter, no sentence's label
        if first_line is not None and first_line != text and (barred := self._barred_line(first_line)):
            return barred
        misread = self._stopped or self._colon_addressed
        return self._misstopped(text) if first_line is not None and misread else None

    def _alone_line(self, line: str, text: str) -> Candidate | None:
        """The believed label that is the whole of *line*, the first of *text*, read on its line
        alone: an office, its colon and its holder over the speech ("2. KUASA HUKUM PEMOHON: SRI
        LESTARI" / "Terima kasih, …"), which read together with the speech's first words make
        another label, the office's alone ("KUASA HUKUM PEMOHON:")."""
        cand = self.lines.candidate(line)
        if cand is None or cand.key not in self.accepted or line[cand.end :].strip():
            return None
        return cand if text.startswith(line) and not self.matcher.is_heading(line) else None

    def _barred_line(self, line: str) -> Candidate | None:
        """The believed label that opens *line* with its bar, the speech after it ("M. Paul Weber
        (CSV) | Merci, …"), read on its line alone: a paragraph whose blank lines a copy lost
        joins a later label's bar to it, which read together make a table's row."""
        cand = self.lines.candidate(line)
        if cand is None or cand.key not in self.accepted or not cand.printed.rstrip().endswith("|"):
            return None
        return cand if line[cand.end :].strip() else None

    def _misstopped(self, text: str) -> Candidate | None:
        """The believed label that opens the paragraph *text* with its stop OCR read as a comma
        or a semicolon ("WEBERLING, Meine Herren …", "Kranz, Abgeordneter; …", "ЛАВРУХИН , Я
        …"), the stop of an abbreviated office inside it too ("Vicepräs, Dr. X, Meine Damen …"
        beside "Vicepräs. Dr. X."): printed so, the same label with its stop is believed
        elsewhere in the record, and a speech opens after it, not a word in lower case (see
        :func:`_stopped_labels`); the longest so believed ("Vicepräs, Dr. X," before "Vicepräs,")."""
        misread = itertools.islice(_MISREAD_STOP.finditer(text, 0, _MISREAD_SPAN), _MISREAD_TRIES)
        for found in reversed(list(misread)):
            printed = text[: found.start()].rstrip()
            believed = self._stopped.get(printed) or self._stopped.get(printed.replace(",", "."))
            semicolon = found.group().startswith(";")
            if believed is None and semicolon and not self._listed_after(text, found.end()):
                believed = self._colon_addressed.get(printed)
            if believed is None or text[found.end() : found.end() + 1].islower():
                continue
            if _AGED.match(text, found.end()):
                continue  # "M. LE GÉNÉRAL X, 58 ans, général de division.": the witness's identity
            # the chair's office alone before a comma is the first of a sentence's subjects where
            # the next two are joined after it ("Председатель, Президиум и Совет Думы обязаны …")
            if self._listed_subjects(text[found.end() :]) and chairs(printed, self.config, whole=True):
                continue
            if believed.role and _seated_next(text, found.end()):
                continue  # "Марковъ 2-й (Курская губ.), Пуришкевичъ (Бессарабская губ.) и …": a list
            if self._addresses_on(printed, text[found.end() :]) or self._addressees_joined(
                text[found.end() :]
            ):
                continue
            return replace(believed, printed=text[: found.start() + 1].rstrip(), end=found.end())
        return self._unbelieved_misstopped(text) if self._stopped_dot else self._unstopped(text)

    def _addresses_on(self, printed: str, rest: str) -> bool:
        """Whether *rest*, after *printed* and its comma, addresses another: a form of address
        printed as *printed* prints its own opening a few words that a comma closes, the speech
        going on in lower case ("M. le président, M. le ministre, vous nous dites …"): the first
        of a speech's vocatives, the chair addressed and not speaking, no label whose stop OCR
        misread ("M. le président, La parole est à …"). A chain of vocatives prints its forms of
        address alike, a copy abbreviating them all; one spelled otherwise after the chair's
        office, as a record abbreviates its labels and spells out a speech's address, opens the
        chair's own speech ("M. le président, Monsieur le ministre, vous avez la parole.")."""
        address, comma, after = rest.partition(",")
        words = address.split()
        return (
            bool(comma)
            and 0 < len(words) <= _CAPITAL_NAME_WORDS
            and bool(self.config.titles.fullmatch(words[0]))
            and _alike_forms(printed.split()[0], words[0], self.config.abbreviations)
            and after.strip()[:1].islower()
        )

    def _addressees_joined(self, rest: str) -> bool:
        """Whether *rest*, after a believed label's words and a comma, names one more person in a
        few capitalised words, a comma and the word that joins a list's last after them, or the
        hall addressed ("Chairman Pell, Ranking Member Okafor, and members of the Committee: …",
        "…, Ranking Member Okafor, members of the Committee, thank you …", a prepared statement's
        opening): the speech's list of those it addresses, the first of them no speaker whose stop
        OCR misread; a speech after a label opens with its own sentence, no such list. One
        word alone or a sentence's opener is the speech's answer ("Chairwoman X, Certainly, and I
        …", "Mr. X, Yes, and we …"), and a pronoun after the join makes the two a sentence's
        subjects ("Chairman X, Senator Y, and I agreed …"): a label's turn still."""
        address, comma, after = rest.partition(",")
        words = address.split()
        joined = after.split(maxsplit=2)[:2]
        config = self.config
        return (
            bool(comma)
            and 2 <= len(words) <= _CAPITAL_NAME_WORDS
            and all(word[:1].isupper() for word in words)
            and words[0].casefold() not in config.any_openers
            and bool(joined)
            and (
                (
                    joined[0] in config.portfolio_joins
                    and joined[1:2] != []
                    and joined[1].casefold() not in config.any_clause_words
                )
                or saluting(after, config)
            )
        )

    def _listed_subjects(self, rest: str) -> bool:
        """Whether *rest*, after a comma, opens with two capitalised words joined as a list joins
        its last ("Президиум и Совет …", "Council and Senate …"): a sentence's subjects."""
        words = rest.split(maxsplit=3)[:3]
        return (
            len(words) == 3
            and words[1] in self.config.portfolio_joins
            and words[0][:1].isupper()
            and words[2][:1].isupper()
        )

    def _speech_after(self, rest: str) -> bool:
        """Whether *rest*, after a stop OCR misread, opens as a speech does: addressing the hall,
        an exclamation, the speaker's pronoun or verb in its first words, not a clause set off by
        commas ("The Minister, I believe, …")."""
        opening = " ".join(rest.split()[:OPENING_WORDS])
        return saluting(rest, self.config) or ("," not in opening and self.matcher.speech_opens(rest))

    def _unbelieved_misstopped(self, text: str) -> Candidate | None:
        """A label printed once at the start of the paragraph *text* with its stop OCR read as a
        comma or a semicolon, in a record whose believed labels print their stop: an office alone,
        its portfolio in lower case after it ("M. le ministre de l'intérieur, Je demande la
        parole.", "Министр юстиции, Господа, …" beside "Председатель."), or a name in CAPITALS
        after the forms of address a believed label prints ("El señor GIL ROBLES; Pido la
        palabra." beside "El señor AZAÑA."); a speech opening after it: addressing the hall, an
        exclamation, the speaker's pronoun or verb in its first words (not a clause set off by
        commas, "The Minister, I believe, …"). Else the stop lost altogether (:meth:`_unstopped`)."""
        found = _MISREAD_STOP.search(text, 0, _MISREAD_SPAN)
        rest = text[found.end() :] if found else ""
        if found is None or not rest[:1].isupper() or not self._misstopped_shape(text[: found.start()]):
            return self._unstopped(text)
        if self._listed_role(rest):
            return None  # "Mr. JOHN ADAMS , President, Ohio Farm Bureau": a hearing's list of witnesses
        # the second person after it addresses the office or the name ("Министр юстиции, Вы …")
        first = WORD.search(rest)
        addressed = first is not None and first.group().casefold() in self.config.second_person
        if addressed or not self._speech_after(rest):
            return self._unstopped(text)
        return Candidate(
            text[: found.start()].strip(), None, found.group().strip(), found.end(), text[: found.start() + 1]
        )

    def _listed_role(self, rest: str) -> bool:
        """Whether *rest*, after a name and its comma, is the named person's office and body, as a
        hearing prints its list of witnesses one a line under "WITNESSES" ("Mr. JOHN ADAMS ,
        President, Ohio Farm Bureau"): an office and its comma first, then capitalised words and
        the words that join them alone, no stop at the end; a speech says a word in lower case."""
        office, comma, body = rest.partition(",")
        words = body.split()
        if not comma or not words or rest.rstrip()[-1:] in SENTENCE_STOPS:
            return False
        if len(office.split()) > _CAPITAL_NAME_WORDS or not self.config.offices.match(
            office.strip().casefold()
        ):
            return False
        joins = self.config.particles | self.config.articles
        words = [word.strip(",") for word in words]
        return all(not word or word[:1].isupper() or word.casefold() in joins for word in words)

    def _misstopped_shape(self, stem: str) -> bool:
        """Whether *stem*, before a stop OCR misread, is an office alone, its portfolio in lower
        case after it and no vocative (:func:`_vocative`: "M. le ministre de l'intérieur",
        "Министр юстиции", not "Mr. Speaker" nor the chair's office alone), or a name in CAPITALS
        after the forms of address and articles a believed label with its stop opens with ("El
        señor GIL ROBLES" beside "El señor AZAÑA.")."""
        words = stem.split()
        at = next((i for i, word in enumerate(words) if not addressing(word, self.config)), len(words))
        if at == len(words) or len(words) - at > _CAPITAL_NAME_WORDS:
            return False
        # the forms of address a believed label prints, not a vocative's written out ("Monsieur
        # le ministre, Je vous demande …" beside "M. le président.")
        keys = [key.split() for key in self._stopped if key.split()[:at] == words[:at]]
        if not keys:
            return False
        if self.config.offices.match(words[at].casefold()):
            # the chair's office alone is a member's vocative ("Presidente, Señorías, …")
            return (
                not _vocative(words, self.config)
                and all(word[:1].islower() for word in words[at + 1 :])
                and not chairs(stem, self.config)
            )
        return (
            at > 0
            and all(word.isupper() for word in words[at:])
            and any(key[at:] != words[at:] for key in keys)
        )

    def _listed_after(self, text: str, at: int) -> bool:
        """Whether the words after a semicolon at *at* are another person under a form of address,
        a few words and another semicolon ending them ("Mr. Denby; Mrs. Hale; Mr. Orr were
        present."), or the name running on into a word in lower case and another person ("Mr.
        Denby; Mrs. Hale and Mr. Orr were present."): a list of persons in a sentence, no
        label's colon OCR misread; a speech may open by addressing the chair ("Mr. Denby; Mr.
        Chairman, I …; …", "Mr. Denby; Mr. Chairman and members of the subcommittee, …")."""
        entry, semicolon, _ = text[at : at + _MISREAD_SPAN].partition(";")
        words = entry.split()
        if len(words) < 2 or not self.config.titles.fullmatch(words[0].casefold()):
            return False
        listed = semicolon and len(words) <= _LISTED_ENTRY_WORDS and "," not in entry
        runs_on = _runs_on(words[1 : _LISTED_ENTRY_WORDS + 2], self.config.titles)
        return bool(listed) or (runs_on and not saluting(text[at:].lstrip(), self.config))

    def _unstopped(self, text: str) -> Candidate | None:
        """The believed label that opens *text* with no stop at all, OCR having lost it ("Präsident
        Löbe Meine Damen …" beside "Präsident Löbe:"): the longest so printed, a capital after it,
        a speech that ends a sentence, no other office after it (a roll of the chairs is no turn:
        "Präsident X Zweite Präsidentin Y …"). A label in capitals with the rest of its line in
        capitals is the record's own line in capitals ("COURT RESUMES ON 11 FEBRUARY 2020 [10:04]"
        beside "COURT:"), no speech, unless the record types its speech in capitals ("MR. PIKE
        THE STATE CALLS …"); a speech opening with an acronym ("MR. PIKE FBI agents …") is one."""
        if text.rstrip()[-1:] not in TERMINAL or self.config.procedural.fullmatch(text.strip()):
            return None  # "COURT ADJOURNS [11:15]" also where the record types all in capitals
        spaces = itertools.islice(_LOST_STOP.finditer(text, 0, _MISREAD_SPAN), _MISREAD_TRIES + 2)
        for found in reversed(list(spaces)):
            believed = self._stopped.get(text[: found.start()])
            rest = text[found.end() :]
            if believed is None or not rest[0].isupper() or self.config.offices.match(rest.casefold()):
                continue
            if believed.upper and _in_capitals(rest) and not self.matcher.typed_capitals:
                return None
            return replace(believed, printed=text[: found.start()], end=found.end(), punct="")
        return None

    def _speech_on(self, paragraphs: list[RawPara], at: int, speech: list[str]) -> tuple[list[str], str]:
        """The first lines of a label's *speech*, read to paragraph *at*, and the last line read:
        read one paragraph a line, a hard-wrapped speech goes on in the paragraphs after a line
        that ends no sentence, up to three lines or a line that opens with a label's strong
        shape (a label is not taken for a field over a short line for want of the rest); never
        past a blank line, which a wrap does not print ("President: Mr. X (Brazil)" is a field)."""
        while (
            len(speech) < 3
            and at + 1 < len(paragraphs)
            and paragraphs[at + 1].line == paragraphs[at].lines[-1][0] + 1
            and speech[-1].rstrip()[-1:] not in TERMINAL
            and _weak(self.lines.candidate(paragraphs[at + 1].lines[0][1]))
        ):
            at += 1
            speech += [text for _, text in paragraphs[at].lines[: 3 - len(speech)]]
        return speech, paragraphs[at].lines[-1][1]


def _clip_speech(below: str) -> str:
    """The speech under the clip's clock range that opens *below* ("00:00:00-00:00:09 (9 sec)",
    a web archive's row under the speaker's name), or "" where none opens it."""
    clock = CLIP_RANGE.match(below)
    return below[clock.end() :].strip() if clock and below[clock.end() : clock.end() + 1].isspace() else ""


def _alike_forms(first: str, second: str, abbreviations: frozenset[str]) -> bool:
    """Whether two forms of address are printed alike: the same word, or both abbreviated, with
    their stop or with none where the abbreviation keeps its last letter ("M." and "Mme", "Mr"
    and "Mrs", beside "Monsieur" and "Madam")."""
    return first.casefold() == second.casefold() or all(
        form.endswith(".") or form.casefold() in abbreviations for form in (first, second)
    )


def _in_capitals(text: str) -> bool:
    """Whether *text* is in capitals, two letters or more ("COURT RESUMES [10:04]", not "I")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _unbroken_name(cand: Candidate | None, unit: Unit, particles: frozenset[str]) -> Candidate | None:
    """*cand* with the word a hyphen broke at its first line's end read whole in its name
    ("Vizepräsi-" / "dent Dr. X:" names "Vizepräsident Dr. X"), as the line's wrap is no part of
    the name; the label stays as printed. A name's *particles* after the hyphen go on a double
    name ("Mevrouw Jansen-" / "van der Berg (CDA):", "Abd-" / "al-Rahman"), its hyphen the name's."""
    if cand is None or len(unit.lines) < 2:
        return cand
    first = unit.first_line.rstrip()
    # most labels end on their first line, and a label alone on it ends with no hyphen: no second
    # line is made to be read (see broken_at_end)
    if cand.end <= len(first) or not first.endswith("-"):
        return cand
    second = unit.lines[1][1].lstrip()
    if not broken_at_end(first, second):
        return cand
    if second.split(maxsplit=1)[0].split("-")[0].casefold() in particles:  # "al-Rahman" too
        return cand
    broken = first.rsplit(maxsplit=1)[-1]
    at = cand.name.find(broken + second.split(maxsplit=1)[0][:1])
    if at < 0:
        return cand
    cut = at + len(broken) - 1
    return replace(cand, name=cand.name[:cut] + cand.name[cut + 1 :])


def _row_cell(line: str, at: int) -> bool:
    """Whether the label at *at* of *line* is the last cell of a row of three or more that wide
    gaps set apart, before any turn: a page head's cell ("Trial Hearing   (Open Session)
    WITNESS: P-0547", an ICC transcript's), no line's start; a speech runs on with single spaces."""
    return line[:at][-3:].isspace() and len(_CELL_GAP.findall(line[: at + 1])) >= 2
