"""The language of a transcript: the script that names it, else its commonest words and the
letters only it writes among its neighbours (tables in ``[languages]`` of the defaults)."""

from __future__ import annotations

import re
from collections import Counter

from stenogram.transcript.config import Config
from stenogram.transcript.regexcache import regex

_WORDS = regex(r"[^\W\d_]+")
_SPACED = regex(r"[^\s\d.,;:!?()\[\]\"'“”‘’«»\-–—।॥]+")  # a word as spaces and stops bound it
_LETTER = regex(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])")  # a letter standing alone
_GUILLEMETS = regex(r"«[^«»\n]*»")  # a quotation between guillemets on one line
_SCRIPT_SHARE = 0.1  # the share of a text's letters in a script that names its language
_WORD_SHARE = 0.05  # the share of a text's words among a language's commonest for it to be named
_KIN_SHARE = 0.8  # languages this close to the best share are told apart by their kin letters
_RIVAL_SHARE = 0.5  # languages this close to the best share are weighed line by line
_CLEAR = 2.0  # a line is in a language whose share on it is this many times any rival's
_FOLDED_RUN = 8192  # characters casefolded at a time
_LINE_WORDS = 3  # and whose common words it holds at least so many of ("vamos dar" is no Romanian)
LANGUAGE_SPAN = 200_000  # the opening characters of a record its language is read from


def detect_language(text: str, config: Config) -> str:
    """The language of *text*: the script that names it (Greek, Japanese kana, Han …) where one
    makes up a tenth of its letters (kana far fewer: Chinese never writes them), else the language
    whose commonest words, with the letters only it writes among its neighbours, make up most of
    it (``und`` when none makes 5 %).
    Letters count so that a short excerpt is decided too: three lines of Ukrainian hold few
    common words but many і, ї, є; between close kin (Swedish, Danish; Russian, Bulgarian) the
    letters one of them writes and the others do not decide where their shared words tie."""
    head = text[:LANGUAGE_SPAN]
    sample = _casefolded(head)
    # the letters of its words: what is left when they are taken out is the rest (no word counted)
    letters = len(sample) - len(_WORDS.sub("", sample))
    if not letters:
        return "und"
    # no script names ASCII: its characters bound what any script holds, each distinct one asked once
    outside = len(sample) - len(sample.encode("ascii", "ignore"))
    shares = [
        (code, script, config.language_script_shares.get(code, _SCRIPT_SHARE))
        for code, script in config.language_scripts
    ]
    if any(outside >= least * letters for _, _, least in shares):
        others = [(char, n) for char, n in Counter(sample).items() if not char.isascii()]
        for code, script, least in shares:
            if sum(n for char, n in others if script.match(char)) >= least * letters:
                return _script_kin(sample, code, script, config)
    prose, uncapitalised = _prose(head.splitlines())
    read = "\n".join(prose)
    if not read:
        read, prose = sample, sample.splitlines()
    # the prose's words, the sample's where the prose has none
    words = _word_counts(prose) or _word_counts(sample.splitlines())
    total = words.total()
    chars = _counted(read, config.counted_letters)
    codes = config.language_codes
    plain = _counted(uncapitalised, config.unwritten_letters)
    share = _shares(words, total, chars, codes, config, plain)
    best = max(share, key=lambda code: share[code])  # the first in the table on a tie
    if share[best] < _WORD_SHARE:
        return "und"
    rivals = [code for code in codes if share[code] >= _RIVAL_SHARE * share[best]]
    if len(rivals) > 1:
        best = _main_language(prose, rivals, best, config)
    if best not in config.language_kin:
        return best
    kin = {
        code: share[code] + sum(chars[c] for c in own) / total
        for code, own in config.language_kin.items()
        if share.get(code, 0) >= _KIN_SHARE * share[best]
    }
    return max(kin, key=lambda code: kin[code])


def _casefolded(text: str) -> str:
    """*text* casefolded a run at a time: casefolding asks nothing of a character's neighbours,
    and the whole head's at once had taken a transient of six times its size."""
    return "".join(text[at : at + _FOLDED_RUN].casefold() for at in range(0, len(text), _FOLDED_RUN))


def _word_counts(lines: list[str]) -> Counter[str]:
    """How often each word of *lines* is printed, counted a line at a time: no word spans a
    line's end, and a list of the text's every word had been the detection's peak (five times
    the text read)."""
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(_WORDS.findall(line))
    return counts


def _counted(text: str, letters: frozenset[str]) -> Counter[str]:
    """How often *text* holds each of *letters* that it holds: all the tables ask of its
    characters (a count of every character cost a tenth of the language's reading). Only the
    letters its set of characters holds are counted: a text holds few of the tables' letters."""
    held = set(text)
    return Counter({letter: n for letter in letters if letter in held and (n := text.count(letter))})


def _script_kin(sample: str, code: str, script: re.Pattern[str], config: Config) -> str:
    """Of the languages that write the script of *code* (Hindi, Marathi and Nepali Devanagari),
    the one whose commonest words the *sample* holds most of; *code*, the first in the table,
    where none holds more. The words are told by spaces and stops, not by letters: the vowel
    signs of the Indic scripts are no letters to a regular expression ("आहे" would be "आह")."""
    kin = [other for other, written in config.language_scripts if written.pattern == script.pattern]
    if len(kin) < 2:
        return code
    counts = Counter(_SPACED.findall(sample))
    empty: frozenset[str] = frozenset()
    held = {other: _common(counts, config.language_words.get(other, empty)) for other in kin}
    return max(kin, key=lambda other: held[other])  # the first in the table on a tie


def _shares(
    counts: Counter[str],
    total: int,
    chars: Counter[str],
    codes: tuple[str, ...],
    config: Config,
    plain: Counter[str],
) -> dict[str, float]:
    """The share of the *total* words (*counts*: how often each is printed) that are each
    language's commonest, each letter only it writes counting as one more; where the *plain*
    letters of its words in lower case hold letters the language never writes, its own letters
    count for nothing and those as one less each: Mongolian and Kyrgyz write Russian's ы and э
    as often as Russian does, and their ө and ү, which Russian never writes, tell them apart.
    A Kazakh name in a Russian record ("Әбілқасымов") is no evidence against Russian."""
    # the counted words and letters are looked up once each in the tables turned round, not each
    # language's vocabulary in them: a short record's counts are few, the languages a hundred
    common = _by_language(counts, config.languages_of_word, codes)
    own = _by_language(chars, config.languages_of_letter, codes)
    never = _by_language(plain, config.languages_unwriting, codes)
    return {code: (common[code] + (0 if never[code] else own[code]) - never[code]) / total for code in codes}


def _by_language(
    counts: Counter[str], languages: dict[str, tuple[str, ...]], codes: tuple[str, ...]
) -> dict[str, int]:
    """How many of the counted items are each language's (*languages*: an item → the languages
    whose it is), for each of *codes*."""
    found = dict.fromkeys(codes, 0)
    for item in counts.keys() & languages.keys():
        n = counts[item]
        for code in languages[item]:
            found[code] += n
    return found


def _common(counts: Counter[str], vocabulary: frozenset[str]) -> int:
    """How many of the counted items are in *vocabulary*, asked of whichever is the smaller."""
    if len(counts) < len(vocabulary):
        return sum(n for item, n in counts.items() if item in vocabulary)
    return sum(map(counts.__getitem__, counts.keys() & vocabulary))  # no missing item asked


def _main_language(lines: list[str], rivals: list[str], best: str, config: Config) -> str:
    """The language of most of the text among *rivals* whose shares come close: the one in which
    most of its letters are written, line by line, each line counted for the rival it is clearly
    in.
    A language dense in common words (French: "de", "la", "les") takes the whole text's share
    from a sparser one (German) it shares a record with, as the Swiss chambers print a French
    turn among German ones; its lines do not outweigh the other's. A line of a few words is no
    evidence. *best* where no language holds most of the letters."""
    letters = dict.fromkeys(rivals, 0)
    total = 0
    empty: frozenset[str] = frozenset()
    vocabularies = [
        (code, config.language_words.get(code, empty), config.language_letters.get(code, empty))
        for code in rivals
    ]
    for line in lines:
        words = _WORDS.findall(line)  # a line's words, one line's at a time
        if not words:
            continue
        total += sum(map(len, words))
        share = {  # as _shares counts them, asked of the line's few words and letters
            code: (sum(word in common for word in words) + sum(map(line.count, own))) / len(words)
            for code, common, own in vocabularies
        }
        first, second = sorted(rivals, key=lambda code: share[code], reverse=True)[:2]
        if share[first] * len(words) >= _LINE_WORDS and share[first] >= _CLEAR * share[second]:
            letters[first] += sum(map(len, words))
    top = max(letters, key=lambda code: letters[code])
    return top if 2 * letters[top] > total else best


def _names_only(words: list[str]) -> bool:
    """Whether every one of a line's *words* opens with a capital, not all in CAPITALS: a roll's name
    ("Horácio Meireles Cunha."), a label alone, a heading in Title Case. Its words are names,
    no language's common words (the Portuguese surname "Cunha" is Galician's "with a")."""
    return bool(words) and all(w[0].isupper() for w in words) and any(not w.isupper() for w in words)


def _prose(lines: list[str]) -> tuple[list[str], str]:
    """The *lines* that are not names only, casefolded, without their letters standing alone in
    capitals (the "Q." and "A." of an examination, an initial, a letter-spaced
    "A P P E A R A N C E S"): the lines the language is told by, not the Italian "e" or
    Portuguese "a"; and the words of all *lines* that open in lower case, as one text, but
    those of a quotation between guillemets: a Kazakh or Tatar saying a Ukrainian record quotes
    ("… казахського поета: «Бірінші сөз — ақиқат»") holds letters Ukrainian never writes, and is
    no evidence against it. Each line's words are read and let go in turn: lists of every word
    had held several times the text's size."""
    prose: list[str] = []
    uncapitalised: list[str] = []
    for line in lines:
        words = _WORDS.findall(line)
        said = _WORDS.findall(_GUILLEMETS.sub(" ", line)) if "«" in line else words
        uncapitalised.append("".join(word for word in said if not word[0].isupper()))
        if not _names_only(words):
            # a letter standing alone is a word of one letter: none in capitals, nothing to drop
            if any(len(word) == 1 and word.isupper() for word in words):
                line = _LETTER.sub(_lower_only, line)
            prose.append(line.casefold())
    return prose, "".join(uncapitalised)


def _lower_only(letter: re.Match[str]) -> str:
    return "" if letter[0].isupper() else letter[0]
