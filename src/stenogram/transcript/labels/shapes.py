"""Small readings of a label's shape that need no configuration: a clock after it, its speech's start,
a description after a comma, a name in CAPITALS with no punctuation."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from stenogram.transcript.candidate import (
    UPPER,
    Candidate,
    cased,
    label_key,
    lower_case,
)
from stenogram.transcript.config import Config
from stenogram.transcript.labels.patterns import (
    ACRONYM_LETTER_END,
    BARE_ENDS,
    BRACKET_OFF,
    BRACKETED_CLOCK,
    CAPITALS_UNMARKED_WORDS,
    CAPITALS_WORD,
    CLOCK,
    DESCRIPTION,
    FIRST_FORENAME_LETTERS,
    FORENAME_CAPITALS_REST,
    GENERIC_SPAN,
    HOLLOW_SCRIPTS,
    INDIC_VOWEL,
    MARK,
    ONE_WORD_OFF,
    PLAIN,
    RENDERED_SPAN,
    RENDERED_SPEECH,
    ROMAN_NUMERAL,
    SENTENCE_END,
    SENTENCE_WORD,
    SMALL_WORD,
    SPACED_OFF,
    TAMIL_PROTHETIC,
    TOLD_APART,
)
from stenogram.transcript.regexcache import regex

_COMPOUND_KEY = 5  # letters at least of an asking word a compound ends in ("Nach|frage"), not "usual"
# Letters at least of the stem before it ("Nach", "Zusatz", "Rück"): a prefix of two makes another
# word ("An|frage", an inquiry filed; "Um|frage", a survey), no question put ("Frau X, zur Anfrage:").
_COMPOUND_STEM = 3
# Words at most of a question announced: its count, an adjective and the asking word ("una última
# pregunta", "noch eine Zusatzfrage"); more relate the speaker to it ("author of the question").
_ANNOUNCED_WORDS = 3


def question_announced(role: str, config: Config) -> bool:
    """Whether *role*, after a name's comma, announces the question the speaker puts to that
    person: a word in lower case that counts it (``question_counts``) before the examination's
    asking word (``asking_keys``: "one question", "eine Frage", "une question", "una última
    pregunta"), or a compound ending in it ("eine Nachfrage", "noch eine Zusatzfrage"), as a
    member turns to the witness inside the turn or opening a paragraph; a role names an office
    or a body, never the question, and a phrase naming the asker's turn counts none ("Senator
    Reed, follow-up question:", a label). A
    letter of the pairs ("Q", "P") is no word of a role. A longer role relates its speaker to
    the question asked ("Anna X, author of the question:", "autora de la pregunta", "auteur de la
    question", the European Parliament's and a chamber's question time): a label."""
    words = role.split()
    if not 2 <= len(words) <= _ANNOUNCED_WORDS or not lower_case(words[0][:1]):
        return False
    if label_key(words[0]) not in config.question_counts:
        return False
    asked = label_key(words[-1])
    return any(
        asked == key
        or (len(key) >= _COMPOUND_KEY and len(asked) - len(key) >= _COMPOUND_STEM and asked.endswith(key))
        for key in config.asking_keys
        if len(key) > 1
    )


def addressee_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Whom a question is put to, after the asker's name and role, before the colon, after the
    configured words that put it (the New Zealand record's "1. Hon NAME (Leader—National) to the
    Prime Minister:", Malta's "L-ONOR. X staqsa lill-Ministru għall-Intern:")."""
    put = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) or "(?!)"
    return regex(rf"[ \t]+(?:{put})[{UPPER}][\w'’\-]*(?:[ \t]+[\w'’\-]+){{0,6}}(?=[ \t]?[:：])")


def mixed(word: str) -> bool:
    """Whether *word* is a name's word in Mixed case: a capital, then a small letter."""
    return word[:1].isupper() and lower_case(word[1:2])


def capitals_unmarked(text: str) -> Candidate | None:
    """A name in CAPITALS with no punctuation, the speech after it on its line from a word in
    Mixed case, as a newspaper's transcript of a trial prints each turn ("GÖTZL Dann wird es am
    sinnvollsten sein, …", "VOUTTA Am 8.11.2011 wurde …"); the scored model weighs it (punctuation
    ``" "``: recurring, as a sentence opening with an abbreviation does not). A typed page may
    set the speech off by a run of spaces ("KERNBACH   Dann schauen wir …")."""
    words = list(itertools.islice(_WORD.finditer(text[:GENERIC_SPAN]), CAPITALS_UNMARKED_WORDS + 1))
    for at in range(1, len(words)):
        word = words[at - 1].group()
        if not (CAPITALS_WORD.fullmatch(word) and word.isupper()) or _set_apart(words, at - 1):
            return None
        opening = words[at].group().rstrip(",;:!?")  # the speech's first word: no abbreviation ("Dr.")
        if mixed(opening) and PLAIN.fullmatch(opening):
            name = text[: words[at - 1].end()]
            if not SENTENCE_END.search(text, len(name)):
                return None  # "HC Deb 12 May 1881 vol 261": a reference, no speech
            return Candidate(name, None, " ", words[at].start(), name, "")
    return None


_WORD = regex(r"[^ ]+")  # a word between single spaces, as str.split(" ") reads them
_BRACKETED_CLOCK = regex(r"[(（][ \t]*[\d０-９]{1,2}[ \t]*[時时:：]")  # "(9時2分)", "(10:15)"


def _set_apart(words: list[re.Match[str]], at: int) -> bool:
    """Whether the word at *at* is set apart from the one before it (the line's start for the
    first) by other than one space: no word of the same name, or a line that opens no label."""
    return words[at].start() - (words[at - 1].end() + 1 if at else 0) != 0


def runs_into(
    found: Candidate, capitals: Candidate, particles: frozenset[str], abbreviations: frozenset[str]
) -> bool:
    """Whether *found* runs on past the name in CAPITALS at its start into words in lower case,
    a sentence ("GÖTZL Im Aktenvermerk, den Sie gefertigt haben, heißt es:"), where an office in
    CAPITALS before a name is one label ("PREDSJEDNIK Milan Radović:"), and so is an office whose
    abbreviation in CAPITALS opens it, joined by *particles* only ("CEC Member for Water (Ms. X):",
    a county executive's); a degree's *abbreviations* in lower case are the label's too ("JM Rektor
    prof. dr hab. X:", a Polish rector)."""
    words = found.name.split()[len(capitals.name.split()) :]
    return found.end > capitals.end and any(
        lower_case(word[:1])
        and word.casefold() not in particles
        and word.rstrip(".").casefold() not in abbreviations
        for word in words
    )


def unmarked_end(token: re.Match[str], name: str) -> bool:
    """Whether *token*, a word after a name and its role in parentheses, starts the speech of a
    label whose colon the typist left out: the name in CAPITALS, the word capitalised."""
    word = token.group("word") or ""
    return bool(token.group("space")) and word[:1].isupper() and not word.isupper() and name.isupper()


def rendered_end(text: str, pos: int, name: str, roles: list[str], titled: re.Pattern[str]) -> bool:
    """Whether the speech starts after the parenthesis ending at *pos* in *text*: a name in a
    script without case followed by its renderings in the record's other languages, the last with
    its form of address, and the speech on the line, as Sri Lanka's Hansard prints each label in
    Sinhala, Tamil and English with no colon ("ගරු කථානායකතුමා (மாண்புமிகு சபாநாயகர் அவர்கள்)
    (The Hon. Speaker) …"); the renderings end the label as a colon would."""
    after = RENDERED_SPEECH.match(text, pos) or not text[pos:].strip()  # or the speech below
    return (
        bool(after)
        and len(roles) >= 2
        and bool(name.strip())
        and not cased(name)
        and bool(titled.match(roles[-1]))
    )


def hollow_scripts(text: str) -> bool:
    """Whether *text* opens with the empty parentheses of a label's renderings a PDF's text lost
    (see :data:`HOLLOW_SCRIPTS`)."""
    return HOLLOW_SCRIPTS.match(text) is not None


def rendered_on(text: str, pos: int, name: str) -> bool:
    """Whether a rendering of the name in a script without case opens at *pos*, past the span
    of a label read word by word: the renderings of a minister's long office in Tamil and
    English go on ("… (… - Minister of Urban Development and Sacred Area Development …)")."""
    return pos < RENDERED_SPAN and text.startswith(" (", pos) and bool(name.strip()) and not cased(name)


# a speech-to-text service's word for a speaker it could not name and its number: "Speaker 1", "話者1"
_SPEAKER_NUMBER = regex(r"(?P<word>[^\W\d_][^\d\n]{0,20}?)[ ]?\d{1,3}")


def numbered_speaker(name: str, config: Config) -> bool:
    """Whether *name* is a speech-to-text service's word for a speaker it could not name and its
    number ("Speaker 2", "Sprecher 1", "話者1", "참석자 3"; the words are ``[furniture] captions``)."""
    if not name[-1:].isdigit():  # the cheap test first: most names end in a letter
        return False
    numbered = _SPEAKER_NUMBER.fullmatch(name)
    return numbered is not None and numbered.group("word").casefold() in config.furniture_captions


def with_clock_after(found: Candidate, text: str) -> Candidate:
    """*found* with the recording's clock printed in brackets right after its name (``Chairman
    Durbin (00:00):``, read as a role until here) or after it (``Mayor Garcia: (00:04)``) as its
    time, and the speech starting after that."""
    if found.role and re.fullmatch(CLOCK, found.role):
        inside = re.search(rf"[(\[]{re.escape(found.role)}[)\]]", found.printed)
        return replace(found, role=None, time=inside.group()) if inside else found
    clock = BRACKETED_CLOCK.match(text, len(found.printed))
    if clock is None:
        return found
    return replace(
        found, end=speech_start(text, clock.end()), printed=text[: clock.end()], time=clock.group("time")
    )


def speech_start(text: str, end: int) -> int:
    """Where the speech begins after a label ending at *end*: past the white space."""
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def closes_unspaced(punct: str, after: str, last: str = "") -> bool:
    """Whether a label ending in *punct* may have its speech, the text *after* it, start right
    after it, unspaced: a full-width colon always, an ASCII one before a letter of a script
    without case, as Chinese and Japanese records print it (``主席:現在開會。``), or before a
    clock in brackets where the label's *last* letter is of such a script (the Legislative
    Yuan's ``邱委員文彥:(9時2分)…``; a bill's ``說明:(一)…`` numbers its points), an em dash
    before a capital, as the Australian Hansard did until 2011 (``The SPEAKER—Order!``), or
    after the label's stop (``El señor PÉREZ.—Gracias.``); an en dash or two hyphens so glued,
    as older printed trials and their web copies give them (``The Court–If …``, ``Mr. Hays--Is
    …``); one hyphen so glued with a space before it, as OCR reads a scan's spaced dash
    (``O SR. JOÃO -Sr. Presidente, …``)."""
    following = after[:1]
    caseless = _caseless(following) or (_BRACKETED_CLOCK.match(after) is not None and _caseless(last))
    dashed = (
        punct in ("—", "–", "--")
        or (punct[:2] == ". " and punct[-1:] in "-–—")
        or (punct == "-" and last == " ")
    )
    return punct == "：" or (punct == ":" and caseless) or (dashed and not following.islower())


def _caseless(char: str) -> bool:
    """Whether *char* is a letter of a script without case."""
    return char.isalpha() and not char.isupper() and not char.islower()


def read_past(inner: Candidate, text: str, lead: int, prefix: str = "", page: str = "") -> Candidate:
    """*inner*, the label read after the first *lead* characters of *text* (a marker, a page
    of the printed edition), as the label of *text*: printed with them, ending after them."""
    printed = text[:lead] + inner.printed
    return replace(
        inner, end=inner.end + lead, printed=printed, prefix=prefix or inner.prefix, page=page or inner.page
    )


def runs_on(generic: Candidate | None, config: Config) -> bool:
    """Whether *generic*, a label read on to its stop, is none or runs into a sentence: a comma,
    a word of four letters or more in lower case, or two words in lower case that are no
    particles before its stop ("Präs. Diejenigen Herren, welche …", "Präs. Nach der Ansicht des
    Bureau ist die Minderheit …"), where a name has at most its particles ("v. Gagern"); or the
    words that give the floor (``announcements``: "Präs. Das Wort hat der Herr Abg. X.")."""
    if generic is None:
        return True
    if generic.punct != "." or SENTENCE_WORD.search(generic.name):
        return generic.punct == "."
    if config.announcements.search(generic.name):
        return True
    small = [word for word in SMALL_WORD.findall(generic.name) if word not in config.particles]
    return len(small) >= 2


def spaced_off(text: str, marked: bool = True) -> Candidate | None:
    """A label of a few words (a role in parentheses after it) that ends at an ideographic
    space or at two spaces, with no punctuation of its own; after a marker (*marked*) also a
    one-word label ending at one space (``○議長(櫻内義雄君) これより…``, ``○書記 三十八次…``) or at
    its full-width parenthesis (``○議長（山田一郎君）これより…``). The parentheses may stand one
    space apart in a script without case (``○국무위원 (법무부장관 김철수)  …``)."""
    found = SPACED_OFF.match(text) or (ONE_WORD_OFF.match(text) if marked else None)
    told = TOLD_APART.match(text) if found is None and marked else None
    if told is not None and not cased(told.group("name")):
        return Candidate(told.group("name"), None, "\u3000", told.end(), text[: told.start("gap")])
    if found is None and marked:
        found = BRACKET_OFF.match(text)
        if found is not None and cased(found.group("name")):
            return None  # a cased script sets a label off by its punctuation, not its bracket
    if found is None:
        return None
    if found.re is ONE_WORD_OFF and not found.group("role") and cased(found.group("name")):
        return None  # one space ends a word of a cased script: "Anf. 1 Ålderspresident INGVAR …" goes on
    if found.re is SPACED_OFF and found.group("apart") and cased(found.group("name")):
        return None  # a cased script's bracket one space apart is its punctuation's to end, not a gap's
    name, role = found.group("name"), found.group("role")
    if role is not None and ACRONYM_LETTER_END.search(text, 0, found.end("role") + 1):
        name, role = text[: found.end("role") + 1], None  # "Секретарь райкома ВКП(б)   А. Сомов"
    if name[:1].isdigit() and not role:
        return None  # "12 番地 …": a number opens a label only with the name in parentheses after it
    return Candidate(name, role, "\u3000", found.end(), text[: found.start("gap")])


# A name's initials at its end, each with its stop: "Силуанов А. Г.", "Нилов Я.Е."
_ENDS_IN_INITIALS = regex(rf"(?:^|\s)(?:[{UPPER}]\.\s?){{1,3}}$")


def with_description(found: Candidate, text: str, config: Config) -> Candidate | None:
    """*found* with the description that follows it in *text* (see :data:`DESCRIPTION`) as its
    role, and the speech starting after it; *found* itself where none follows. After a name's
    initials it may open with an office in capitals, as the Duma's web transcript prints a
    minister's and a chair's ("Силуанов А. Г., Министр финансов Российской Федерации."). None
    where a verb of the narration follows the office after its comma, in either case: the
    minutes tell who spoke ("Петров И. С., министр транспорта, выступил с сообщением о …")."""
    more = DESCRIPTION.match(text, len(found.printed))
    if more is None:
        return found
    role = more.group("role")
    # an office of one phrase: a comma in it goes on into a sentence ("Петров И. С., Министр
    # транспорта, выступил с сообщением …", the minutes' narration)
    phrase = "," not in role
    office = phrase and _ENDS_IN_INITIALS.search(found.name) and config.offices.match(role.casefold())
    if not phrase and any(word in config.narration for word in role.casefold().split()):
        return None  # a verb of the narration after the office's comma: the line is the minutes' own
    if not (role[0].islower() or office):
        return found
    return replace(
        found,
        role=more.group("role").strip(),
        punct=more.group("dash") or ".",
        end=speech_start(text, more.end()),
        printed=text[: more.end()],
    )


def initial(word: str) -> bool:
    """Whether *word* is one initial: one letter, with its vowel signs in a script that writes
    them as marks (the Tamil record's "திரு. கே. ஏ. செங்கோட்டையன்:", கே is க with its vowel),
    or a Latin letter's name spelt in an Indian script, a vowel and a consonant without one of
    its own ("ಶ್ರೀಮತಿ ಎಸ್. ಲಕ್ಷ್ಮಿ:", "एम. आर. शर्मा": es, em, ar), or a Tamil one with the vowel
    that stands before ர and ல ("திரு. இரா. செல்வம்:")."""
    letters = MARK.sub("", word)
    if len(letters) == 1 or TAMIL_PROTHETIC.fullmatch(letters):
        return True
    bare = word[-1] in BARE_ENDS or not MARK.match(word[-1])
    return len(letters) == 2 and bare and INDIC_VOWEL.fullmatch(letters[0]) is not None


def printed_pairs(pairs: tuple[tuple[str, ...], ...]) -> set[str]:
    """The question and answer labels of *pairs* as a record prints them, escaped: a letter as
    it is ("Q", "A"), a word also in CAPITALS ("Frage", "FRAGE")."""
    printed = {form for pair in pairs for word in pair for form in (word, word.upper())}
    return {re.escape(form) for form in printed}


_BODY_WORDS = 3  # words of the body a delegate speaks for after her name's dash: "FIOM Torino"
_BODY_LETTERS = 6  # letters of a body's short name at most: "CdL", "FIOM", "UILCA"
_FIRM_WORDS = 4  # words of a firm's name after a name's dash: "Keefe, Bruyette & Woods"


def _body_short(cand: Candidate) -> bool:
    """Whether *cand*, a plain name of two words or three before a dash and its role, has for
    its role a body's short name and a few capitalised words, no office nor article opening the
    name: a congress's delegate and the chamber or union she speaks for ("Elena X – CdL Modena",
    "Dario Y – FIOM Torino"); an item's heading after a street's name has no short name ("Mill
    Lane – Footpath Repairs")."""
    words = (cand.role or "").split()
    short = words[0] if words else ""
    return (
        not cand.title
        and 2 <= len(cand.name.split()) <= _BODY_WORDS
        and 0 < len(words) <= _BODY_WORDS
        and short.isalpha()
        and 2 <= len(short) <= _BODY_LETTERS
        and sum(letter.isupper() for letter in short) >= 2
    )


def vouched_role(cand: Candidate, config: Config) -> bool:
    """Whether the role of *cand*, a name before a spaced dash and its role up to the colon
    ("Jane Moss — Shareholder:", "Peter Lang – Finance Director:", "Elena X – CdL Modena:"), is
    one the vocabularies vouch for: a participant's (``participants``), an office opening it or
    its last word ("Directeur général", "Finance Director"), a body's short name opening it
    (see :func:`_body_short`), or a delegation's word (``delegation_words``). A role of several
    dashed parts is vouched for by its last part, the firm and the desk before it free ("Tom
    Baker -- Ridge Capital -- Analyst:", an earnings call's analyst as web copies print her)."""
    role = (cand.role or "").casefold()
    last = role.rsplit(maxsplit=1)[-1] if role else ""
    part = role.rpartition(" – ")[2]
    return (
        role in config.participants
        or part in config.participants
        or config.offices.match(last) is not None
        or config.offices.match(role) is not None
        or _body_short(cand)
        # the delegation the delegate sits for: "Đoàn ĐBQH tỉnh Z", "Delegation of Chile"
        or role.split(maxsplit=1)[0] in config.delegation_words
    )


_TURNED_CAPITALS = 2  # the fewest words in CAPITALS before the word in Mixed case of a turned run


def capitals_turned(words: list[str], config: Config) -> bool:
    """Whether *words* are two or more in CAPITALS, then words in Mixed case to the end: a heading
    in CAPITALS run into the next line's first word, as a paragraph's reading joins them
    ("INDEPENDENT TRIBUNAL — ANTI-DOPING HEARING" over "Between: …"), no role. Where the last
    word in Mixed case is an office or a participant's, the words in CAPITALS are a party's or
    a body's short names before the office they hold ("SNP MSP, Cabinet Secretary", "UN OHCHR
    Representative"), a role still."""
    upper = len(list(itertools.takewhile(str.isupper, words)))
    if not _TURNED_CAPITALS <= upper < len(words) or any(word.isupper() for word in words[upper:]):
        return False
    last = words[-1].casefold()
    return config.offices.match(last) is None and last not in config.participants


def firm_role(cand: Candidate, config: Config) -> bool:
    """Whether *cand* is a plain name of two words or three, no form of address, before a spaced
    dash and a firm's name of a few capitalised words ("Lena Hansen – Commerzbank", "Julien Caron
    – Oddo BHF", "Brian X — Keefe, Bruyette & Woods"), as an earnings call's typed excerpt prints
    an analyst and her bank: a heading's two halves are so printed too ("Mill Lane – Footpath
    Repairs"), so the label is believed only beside believed labels of a name, its dash and a role
    the vocabularies vouch for (the weight ``firm``). Its words may join as a portfolio's do
    (``portfolio_joins``: "Kepler und Co", "Bruyette & Woods")."""
    words = (cand.role or "").replace(",", " ").split()
    return (
        not cand.title
        and 2 <= len(cand.name.split()) <= _BODY_WORDS
        and 0 < len(words) <= _FIRM_WORDS
        and all(word[:1].isupper() or word == "&" or word in config.portfolio_joins for word in words)
        and not any(char.isdigit() for char in cand.role or "")
    )


def capitals_forename(word: str, text: str, pos: int, config: Config) -> bool:
    """Whether *word*, two to four letters in CAPITALS before its stop, is a forename cut before
    the surname in CAPITALS and the colon at *pos* of *text* (``FORENAME_CAPITALS_REST``: "ΧΡ.
    ΧΡΙΣΤΟΦΙΔΗΣ:", the Cypriot House's minutes; "АЛ. ИВАНОВ (ДПС):"): the stop is the
    forename's. A Roman numeral is a division's ("IV. HORVAT:") and no surname ("VOL. III:"), a
    division's word abbreviated before its number in words a bill's article ("ЧЛ. ПЪРВИ:",
    `divisions`), an office, a chair or a street abbreviated no forename, nor a sentence's word
    ("NE. HVALA:"). The label's reading and the line's sentence ends ask it alike."""
    if not (2 <= len(word) <= FIRST_FORENAME_LETTERS and word.isupper() and word.isalpha()):
        return False
    folded = word.casefold()
    if ROMAN_NUMERAL.fullmatch(word) or folded in config.divisions:
        return False
    rest = FORENAME_CAPITALS_REST.match(text, pos)
    if rest is None or ROMAN_NUMERAL.fullmatch(rest.group("surname")):
        return False
    abbreviated = f"{folded}."
    if (
        config.chairs.match(abbreviated)
        or config.offices.match(abbreviated)
        or abbreviated in config.place_openers
    ):
        return False
    return not any(
        w.casefold() in config.any_openers or w.casefold() in config.any_clause_words
        for w in (word, rest.group("surname"))
    )


def two_word_title(first: str, word: str, config: Config) -> bool:
    """Whether *first*, a word with its stop, and *word*, stopped after it, make a form of
    address of two such words that `titles` lists whole ("DR. SC.", "MR. SC.", the Croatian
    degree): the stop after *word* is the form's, where it alone ends a sentence ("B.Sc.",
    "sc.")."""
    return bool(config.titles.fullmatch(f"{first} {word}.".casefold()))
