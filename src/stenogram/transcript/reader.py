"""Reading a transcript: bytes → decoded, normalised lines → furniture removed → raw paragraphs.

The reader knows encodings, line ends, page furniture and paragraph layout; it knows nothing of
speakers. Every line it removes is returned as :class:`~stenogram.transcript.model.Furniture`, so that the
header can record it and the lossless check can account for it.
"""

from __future__ import annotations

import codecs
import math
import re
import statistics
import unicodedata
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice, pairwise

from stenogram.errors import InputError, Location
from stenogram.transcript.candidate import (
    CJK_MARKERS,
    NOTE_MARKS,
    ORDINAL,
    ORDINAL_WORD,
    SMALL,
    UPPER,
    cased,
    without_stops,
)
from stenogram.transcript.config import Config
from stenogram.transcript.events import stage_type
from stenogram.transcript.frontmatter import find_date
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.labels.patterns import CAPTION_MARK
from stenogram.transcript.model import Furniture
from stenogram.transcript.regexcache import regex
from stenogram.transcript.units import PARENTHESIS, Lines

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte encodings of the genre's sources, tried when the bytes are not UTF-8; the commoner
# ones first, and a later one must look clearly better to win.
_LEGACY = ["cp1251", "koi8_r", "cp1252", "cp1250", "iso8859_2", "latin_1", "cp866", "iso8859_5"]
_WORDS = regex(r"[^\W\d_]+")
# Letter frequencies of Russian, per cent.
_CYRILLIC_FREQUENCY = dict(
    zip(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
        (
            10.97,
            8.45,
            8.01,
            7.35,
            6.70,
            6.26,
            5.47,
            4.73,
            4.54,
            4.40,
            3.49,
            3.21,
            2.98,
            2.81,
            2.62,
            2.01,
            1.90,
            1.74,
            1.70,
            1.65,
            1.59,
            1.44,
            1.21,
            0.97,
            0.94,
            0.73,
            0.64,
            0.48,
            0.36,
            0.32,
            0.26,
            0.04,
            0.04,
        ),
        strict=True,
    )
)
_CYRILLIC_LETTER = regex(r"[\u0400-\u04ff]")
#: The layouts the reader tells apart, as the header describes them.
LAYOUTS = {
    "blank-line": "paragraphs separated by blank lines",
    "line": "one paragraph per line",
    "wrapped": "hard-wrapped lines",
    "cues": "subtitle cues",
}
_WRAP_WIDTH = 100  # the widest a hard-wrapped line runs
_UNWRAPPED = 150  # columns past which a line is no hard wrap's, however wide its margin
_HEAD_AND_BODY = 2  # blocks of a record whose head alone a blank line sets apart from its turns
_CUT_BODY_LINES = 2  # lines of that body a wrap cut mid-sentence, at least, for its own layout to be read
_INDENT = 2  # columns past a block's margin that make a line a paragraph's first
#: The stops that end a sentence, with those of Chinese and Japanese, Indic scripts, Arabic,
#: Urdu, Armenian, Ethiopic, Burmese and Khmer (its khan and its closing bariyosan).
SENTENCE_STOPS = ".!?…。！？।॥؟։።۔။។៕"
#: What ends a sentence, a clause or a label, or closes a quotation or a bracket: a line ending so
#: was not cut by a hard wrap (the Ethiopic and Khmer colons end a label as the colon does). The
#: one table of stops: the parser reads paragraphs by it too.
TERMINAL = SENTENCE_STOPS + ':;»”")]：；」』）፦៖'
_CONTROL = regex(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
)
#: Characters a transcript cannot hold, each class with what it tells the user. XML 1.0 cannot
#: carry control characters, surrogates or U+FFFE/U+FFFF; the other noncharacters it could, but
#: Unicode reserves them for a program's internal use, so in a transcript they are damage too.
_NOT_TEXT: tuple[tuple[re.Pattern[str], str], ...] = (
    (_CONTROL, "control character {code}: this looks like a binary file"),
    (regex("[\ud800-\udfff]"), "lone surrogate {code}: not a character; the text is damaged"),
    (
        regex(f"[{_NONCHARACTERS}]"),
        "noncharacter {code}: Unicode reserves it and XML cannot carry it; remove or replace it",
    ),
)
# The ones of the Basic Multilingual Plane in one character class, which is fast; the astral
# noncharacters (U+1FFFE …) are found among the few astral characters a text has, since a class
# holding them is tested character by character (15× slower).
_ANY_NOT_TEXT = regex(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_ASTRAL = regex("[\U00010000-\U0010ffff]")


class RawPara(Lines):
    """Consecutive lines that form one paragraph in the source layout: ``(line number, text)``.
    The paragraph is its lines, with no object around them: a record holds tens of thousands of
    paragraphs while its labels are decided, and such an object cost 48 bytes each."""

    __slots__ = ()

    @property
    def lines(self) -> Lines:
        return self

    @property
    def line(self) -> int:
        return self.first


@dataclass
class Source:
    """A transcript as read: how it was decoded, what was removed, its raw paragraphs."""

    name: str
    encoding: str
    held: HeldText  # the text as held from the reading's start: its lines are the reader's
    layout: str
    paragraphs: list[RawPara]
    furniture: list[Furniture] = field(default_factory=list)
    label_hints: frozenset[str] = frozenset()  # label keys the source's layout marked (bold)
    stage_hints: frozenset[str] = frozenset()  # texts it set in italics inside parentheses
    heading_hints: frozenset[str] = frozenset()  # paragraphs it marked as headings (<h2>)
    cells: frozenset[int] = frozenset()  # the lines of a table typed a cell a line (_table_runs)
    # the lines whose text stands between or after the turns, outside them: a message's own words
    # after the record it quotes, or between the blocks it quotes
    outside: frozenset[int] = frozenset()
    # the lines whose label's spaced letters the reading set close, by number: set close and as
    # printed (:func:`_unspaced_lines`), each given back as printed where it proves no label
    spaced: dict[int, tuple[str, str]] = field(default_factory=dict)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as high bytes of 0x00 (Latin) or 0x04 (Cyrillic) in one lane."""
    if len(data) < 4 or len(data) % 2:
        return None
    for lane, encoding in ((data[1::2], "utf-16-le"), (data[0::2], "utf-16-be")):
        high = lane.count(0) + lane.count(4)
        if high > 0.9 * len(lane):
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return None


def _plausibility(data: bytes, encoding: str) -> float:
    """How much *data* read as *encoding* looks like text; -1 where it does not decode.

    A wrong code page shows itself in the non-ASCII characters: symbols instead of letters
    (box drawing, ×, ÷, ¤), words mixing scripts or of accented letters only (Cyrillic read as
    Latin), cases swapped inside words (KOI8-R read as CP1251). Real text has few of these.
    """
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return -1.0
    if _CONTROL.search(text):
        return -1.0
    high = [c for c in text if ord(c) > 127]
    if not high:
        return 0.0
    symbols = sum(1 for c in high if not c.isalpha() and unicodedata.category(c)[0] in "SC")
    words = [w for w in _WORDS.findall(text) if not w.isascii()]
    good = sum(1 for w in words if _plausible_word(w))
    share = good / len(words) if words else 0.0
    letters = [c for c in high if c.isalpha() and "\u0400" <= c <= "\u04ff"]
    cyrillic = [c.lower() for c in letters]
    # Running text is mostly lower case; a wrong Cyrillic code page swaps the cases.
    lower = sum(c.islower() for c in letters) / len(letters) if letters else 0.0
    # Mean log frequency of the Cyrillic letters (Russian's; Ukrainian's extra letters as rare):
    # read in the wrong code page, common letters turn into rare ones.
    likely = (
        sum(math.log(_CYRILLIC_FREQUENCY.get(c, 0.05)) for c in cyrillic) / len(cyrillic) if cyrillic else 0.0
    )
    return share - 2 * symbols / len(high) + 0.1 * likely + 0.05 * lower


def _plausible_word(word: str) -> bool:
    cyrillic = len(_CYRILLIC_LETTER.findall(word))
    if cyrillic not in (0, len(word)):
        return False  # mixed scripts
    if not cyrillic and sum(1 for c in word if not c.isascii()) * 2 > len(word) and len(word) > 2:
        return False  # a "Latin" word of accented letters only
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of *data* and the encoding it was read in; bad input raises :class:`InputError`."""
    where = Location(name)
    if not data.strip():
        raise InputError("the file is empty", where)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise InputError(f"not valid {encoding}: {err.reason} at byte {err.start}", where) from None
    guessed = _utf16_without_bom(data)
    if guessed:
        return data.decode(guessed, errors="strict"), guessed
    if b"\x00" in data:
        raise InputError("this looks like a binary file, not a text transcript", where)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    scores = {encoding: _plausibility(data, encoding) - 0.02 * rank for rank, encoding in enumerate(_LEGACY)}
    best = max(_LEGACY, key=scores.__getitem__)
    if scores[best] < -0.5:
        raise InputError(
            "cannot tell the text encoding (tried UTF-8, UTF-16, CP1251, KOI8-R, Latin-1)", where
        )
    return data.decode(best), best


# The marks and controls of bidirectional text, which a right-to-left record pasted from a web
# page or a word processor sets around its labels and figures ("\u200fالسيد الرئيس:\u200f"): they
# print nothing, and the encoding states the direction by the language, so they are dropped.
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = regex(f"[{_BIDI_MARKS}]")


# The zero-width space, word joiner and byte-order mark a web page's or a word processor's copy
# leaves beside a space or a line's end ("Председательствующий.\u200b Уважаемые …", "Mr X:\ufeff"):
# they print nothing and the white space beside them already parts the words, so they are dropped
# there, and a label reads as printed; between two letters (a break hint in a script written
# without spaces) they stay.
_ZERO_WIDTH_MARKS = "\u200b\u2060\ufeff"
_ZERO_WIDTH = regex(
    rf"[{_ZERO_WIDTH_MARKS}]+(?=[ \t\n]|$)|(?<=[ \t\n])[{_ZERO_WIDTH_MARKS}]+|^[{_ZERO_WIDTH_MARKS}]+"
)


# The soft hyphen a web page or a word processor sets inside a word where it may break it
# ("Staats\u00adsekretär Dr. X:", a German page's &shy;): it prints nothing inside a line, so it
# is dropped between two letters, and a label's word reads as printed. At a line's end it marks
# the break, kept (:func:`~stenogram.transcript.units.join_lines` joins the halves unspaced).
_SOFT_HYPHEN = regex(r"(?<=[^\W\d_])\u00ad(?=[^\W\d_])")


# A form feed opening a page's first line under a line ending its sentence, in a text whose
# paragraphs blank lines part, the page's words at the margin: the page ended the paragraph ("…
# contre." / "\fNous …"), which a PDF's text prints with no blank line; elsewhere the page's
# break is a line's, and a page's number set in from the margin keeps the file's line
# ("\f      Sida 2").
_PAGE_AFTER_STOP = regex(rf"(?<=[{SENTENCE_STOPS}])[ \t]*\n\f(?=[^\W\d_])")


def normalise(text: str) -> str:
    """*text* normalised (see :func:`normalised`)."""
    return normalised(text)[0]


def normalised(text: str) -> tuple[str, dict[int, tuple[str, str]]]:
    """*text* normalised, and the lines whose spaced letters were set close, by their number: the line
    set close and as printed (:func:`_unspaced_lines`). Unix line ends, Unicode NFC, form feeds
    as line breaks (one at a line's start, where a PDF's text opens the next page, none: a
    page's break is no paragraph's, but after a sentence's end in a text whose blank lines part
    its paragraphs, :data:`_PAGE_AFTER_STOP`), no bidirectional marks, no zero-width marks beside
    white space (:data:`_ZERO_WIDTH`) nor soft hyphens inside words (:data:`_SOFT_HYPHEN`), a
    label's letters spaced out set close (:func:`_unspaced_labels`), a label's colon alone on the
    line below set after it (:data:`_COLON_BELOW`), a minus sign for a label's dash an en dash
    (:data:`_MINUS_DASH`) and between two letters a hyphen (:data:`_MINUS_HYPHEN`)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        if "\n\n" in text:  # blank lines part paragraphs: a page broken after a sentence parts two
            text = _PAGE_AFTER_STOP.sub("\n\n", text)
        text = text.replace("\n\f", "\n").replace("\f", "\n")
    # str.translate reads every character; each mark looked for as a substring, a search of the
    # class read every character too, at twice the time
    text = _BIDI.sub("", text) if any(mark in text for mark in _BIDI_MARKS) else text
    if any(mark in text for mark in _ZERO_WIDTH_MARKS):  # rare: rewritten only where one stands
        text = _ZERO_WIDTH.sub("", text)
    if "\u00ad" in text:  # rare in a copy: the whole text is rewritten only where one stands
        text = _SOFT_HYPHEN.sub("", text)
    if _COLON_ALONE.search(text):  # rare: the whole text is rewritten only where one stands
        text = _COLON_BELOW.sub(r" \g<colon>", text)
    if "\u2212" in text:
        text = _MINUS_DASH.sub("\\g<label>\N{EN DASH}", text)
        text = _MINUS_HYPHEN.sub("-", text)
    return _unspaced_lines(unicodedata.normalize("NFC", text))


# The minus sign a record sets for the dash after a label's stop, as the European Parliament's
# verbatim reports of 2007 to 2009 print it ("Der Präsident. − …", "X, im Namen der PSE-Fraktion.
# − …"): the en dash the other years' reports set there, the first such on its line.
_MINUS_DASH = regex(r"(?m)^(?P<label>[^\n\u2212]{1,200}?\.[ \t]+)\u2212(?=[ \t])")


# The minus sign a PDF's text layer sets for the hyphen inside a word, as court reporters'
# transcripts of inquiries print it ("SIR MARTIN MOORE−BICK:", "self−incrimination"): a hyphen,
# so a name joined by it reads as the same name joined by a hyphen, a label as a label. Two letters
# or more on either side: a formula's minus between letters ("x−y", "a−b") stays a minus.
_MINUS_HYPHEN = regex(r"(?<=[^\W\d_]{2})\u2212(?=[^\W\d_]{2})")


# A colon alone on its line under a line of text: a web page's copy sets the speaker's name and
# the colon after it in two elements, the copy two lines ("Puhemies Aino Karjalainen" / ":"); the
# line break read as a space, as a wrap that left a French colon alone reads it ("trente" / ":").
_COLON_BELOW = regex(r"(?<=\S)[ \t]*\n[ \t]*(?P<colon>[:：])(?=[ \t]*(?:\n|$))")
_COLON_ALONE = regex(r"\n[ \t]*[:：][ \t]*(?:\n|$)")  # the same, found by its line break


# A word in Mixed case with its letters spaced out, as old printed records set a speaker's name
# or office (Sperrsatz) and OCR reads it: "P r ä s i d e n t", "K r a n z".
_SPACED_WORD = rf"[{UPPER}](?: [{SMALL}]){{3,}}"
# One or more such words (two spaces or more between them) opening a line, after forms of
# address ("Dr. O e r t e l", "Frau Abg. L u t z") and an office unspaced ("Präsident L ö b e
# :", "Nám. primátora K a s l :"), up to the label's punctuation: "K r a n z , Abgeordneter:".
# After such a word a surname of three letters before a colon is spaced too ("Primátor B é m
# :"); letters in CAPITALS spaced are a heading's ("S T E N O Z Á P I S"), never set close.
_SHORT_SURNAME = rf"(?<=[{SMALL}.] )[{UPPER}](?: [{SMALL}]){{2}}(?=[ \t]*:)"
# After them, words in lower case so spaced, a voice's ("Г о л о с   и з   з а л а ."), or a
# surname's initials set solid, as a typescript's copy prints a member ("С и д о р о в   В. П."):
# both initials, the name's and the father's; one letter alone after a spaced word is an
# appendix's or a part's ("П р и л о ж е н и е   А."), no one's name.
_SPACED_SMALL = rf"(?:[ \t]{{2,}}[{SMALL}](?: [{SMALL}])*)"
_SPACED_LABEL = regex(
    rf"^(?P<lead>[ \t]*(?:(?:[{UPPER}][{SMALL}]{{0,4}}\.|[^\W\d_][{SMALL}]+)[ \t]+){{0,3}})"
    rf"(?P<words>{_SPACED_WORD}(?:[ \t]{{2,}}{_SPACED_WORD})*{_SPACED_SMALL}*|{_SHORT_SURNAME})"
    rf"(?:(?P<initials>[ \t]+[{UPPER}]\.[ \t]?[{UPPER}]\.)(?=[ \t]|$)|(?P<gap>[ \t]*)(?=[,:.;(]))",
    re.MULTILINE,
)
# A capital and two small letters spaced out, which each spaced label holds (a word of
# :data:`_SPACED_WORD`'s or :data:`_SHORT_SURNAME`'s): searched for first, by its first letter.
_SPACED_LETTERS = regex(rf"[{UPPER}] [{SMALL}] [{SMALL}]")


# A Japanese council's label after its circle whose characters an OCR of the printed page sets
# apart by single spaces, the holder's bracket too ("○ 議 長 （ 田 中 一 郎 君 ）　これより…",
# "◆ ２ 番 （ 高 橋 次 郎 君 ）"), the speech after an ideographic space or a run of spaces:
# read set close, as a spaced label in a script with case is. Three characters at least, each
# an ideograph, a kana, a figure or a bracket; a heading so spaced has no circle before it.
_SPACED_CJK_CHAR = "[\u3040-\u30ff\u3400-\u9fff\u3005\uff10-\uff19（）]"
_SPACED_CJK_LABEL = regex(
    rf"^(?P<lead>[ \t]*[{CJK_MARKERS}][ \t]?)(?P<words>{_SPACED_CJK_CHAR}(?: {_SPACED_CJK_CHAR}){{2,}})"
    r"(?=\u3000|[ \t]{2,}\S)",
    re.MULTILINE,
)
# A circle and two ideographs or figures after it each set apart by one space: searched for first.
_SPACED_CJK_START = regex(rf"[{CJK_MARKERS}] ?[\u3400-\u9fff\uff10-\uff19] [\u3400-\u9fff\uff10-\uff19（] ")


def _unspaced_labels(text: str) -> str:
    """*text* with its spaced labels set close (see :func:`_unspaced_lines`)."""
    return _unspaced_lines(text)[0]


def _unspaced_lines(text: str) -> tuple[str, dict[int, tuple[str, str]]]:
    """*text* with the letters of a label spaced out at a line's start set close ("P r ä s i d e n t
    :" is "Präsident:"; a Japanese council's "○ 議 長 （ 田 中 一 郎 君 ）" is "○議長（田中一郎君）",
    :data:`_SPACED_CJK_LABEL`): read so, its words are the name's and the office's that the record
    prints elsewhere unspaced, and the text's language is told from them. Only white space is
    taken out, which the lossless check does not count; the space before a bracket stays
    ("Abg. S c h m i d t (SPD):" is "Abg. Schmidt (SPD):"). A text with no capital and two small
    letters spaced out after it (:data:`_SPACED_LETTERS`), most texts, is not read by the
    label's pattern, which tries every line's start and the words after it. With it, the lines
    so changed by their number from 1, each set close and as printed: a line that proves no label
    is given back as printed (a speech's words letter-spaced for emphasis, "В а ж н о   и
    д р у г о е.", are no label to set close; nothing of the source is altered but a label's
    spacing)."""
    lines: dict[int, tuple[str, str]] = {}
    if _SPACED_LETTERS.search(text):
        text = _set_lines_close(text, _SPACED_LABEL, _set_close, lines)
    if _SPACED_CJK_START.search(text):
        text = _set_lines_close(text, _SPACED_CJK_LABEL, _set_cjk_close, lines)
    return text, lines


def _set_lines_close(
    text: str,
    pattern: re.Pattern[str],
    close: Callable[[re.Match[str]], str],
    lines: dict[int, tuple[str, str]],
) -> str:
    """*text* with each match of *pattern* (one a line, at its start) set close by *close*, each
    line so changed entered in *lines* by its number, set close and as printed."""
    pieces: list[str] = []
    number, at = 1, 0
    for match in pattern.finditer(text):  # one a line, at its start: no line end inside
        number += text.count("\n", at, match.start())
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        closed = close(match)
        lines.setdefault(number, (closed + text[match.end() : end], text[match.start() : end]))
        pieces += (text[at : match.start()], closed)
        at = match.end()
    pieces.append(text[at:])
    return "".join(pieces)


def _set_cjk_close(match: re.Match[str]) -> str:
    """The circle and the label of *match* (:data:`_SPACED_CJK_LABEL`) with no space between
    its characters, the line's indent kept."""
    return match["lead"].rstrip() + match["words"].replace(" ", "")


def _set_close(match: re.Match[str]) -> str:
    if match["initials"]:
        return match["lead"] + _closed_up(match["words"]) + " " + match["initials"].lstrip()
    gap = match["gap"] if match.string[match.end() : match.end() + 1] == "(" else ""
    return match["lead"] + _closed_up(match["words"]) + gap


def _closed_up(words: str) -> str:
    """*words*, spaced out letter by letter with two spaces or more between them, set close."""
    return " ".join(word.replace(" ", "") for word in re.split(r"[ \t]{2,}", words))


# A name of two words or more, each spaced out letter by letter (see _SPACED_WORD).
_SPACED_NAME = regex(rf"{_SPACED_WORD}(?:[ \t]{{2,}}{_SPACED_WORD})+")


def spaced_name(text: str) -> str:
    """*text* set close where it is a name whose every word is spaced out letter by letter, as
    the Storting's record prints the president in its head ("President: M a s u d   G h a r a h
    k h a n i"): read so, the field's holder is a name like any other; else *text* as it is."""
    return _closed_up(text) if _SPACED_NAME.fullmatch(text) else text


_CUE_TIMING = "subtitle-timing"  # the furniture pattern of a subtitle cue's timing line
_CUES = 2  # timing lines that make a text a subtitle file


def strip_furniture(lines: list[str], config: Config) -> tuple[list[str], list[Furniture]]:
    """Blank out furniture lines (keeping line numbers) and list each one removed."""
    kept = list(lines)
    removed: list[Furniture] = []
    _strip_photo_captions(kept, removed, config)  # first: a photo's credit line is furniture whole
    scan = config.furniture_any
    plain: set[str] = set()  # texts the scan passed: a line repeated is not scanned again
    index = 0
    while index < len(kept):
        stripped = kept[index].strip()
        if not stripped or stripped in plain:
            index += 1
            continue
        if scan is not None and not scan.match(stripped):
            plain.add(stripped)
        else:
            for name, start, end in config.furniture_blocks:
                if start.match(stripped):
                    stop = _block_end(kept, index, end)
                    for number in range(index, stop + 1):
                        if kept[number].strip():
                            removed.append(Furniture(number + 1, kept[number].strip(), name))
                        kept[number] = ""
                    index = stop
                    break
            else:
                for pattern in config.furniture_lines if not _sentence_words(kept, index) else ():
                    if pattern.regex.match(stripped) and (
                        not pattern.over_label or _labelled_below(kept, index)
                    ):
                        removed.append(Furniture(index + 1, stripped, pattern.name))
                        kept[index] = ""
                        break
        index += 1
    _glue_label_numbers(kept, removed, config)
    _strip_glued_links(kept, removed, config)
    _name_cue_numbers(removed)
    _strip_transcript_tiles(kept, removed, config)
    _restore_card_numbers(lines, kept, removed, config)
    _restore_table_cells(lines, kept, removed)
    _strip_stop_lines(kept, removed)
    _strip_term_head_pages(kept, removed)
    _restore_opening_heads(lines, kept, removed)
    _strip_running_heads(kept, removed, config)
    _restore_worded_page(lines, kept, removed)
    _strip_catchwords(kept, removed)
    _strip_wrap_heads(kept, removed)
    _strip_dated_heads(kept, removed, config)
    _strip_repeated_heads(kept, removed, config)
    _strip_symbol_heads(kept, removed, config)
    _strip_doubled_heads(kept, removed)
    _strip_speech_index(kept, removed)
    _strip_page_index(kept, removed)
    _strip_card_groups(kept, removed)
    _strip_name_cards(kept, removed, config)
    _strip_speaker_captions(kept, removed, config)
    return kept, sorted(removed, key=lambda item: item.line)


# A link's address closing a line, and how far before it a page's words for the link may begin.
_LINE_END_LINK = regex(r"https?://\S+\Z")
_LINK_WORDS = 20


def _strip_glued_links(kept: list[str], removed: list[Furniture], config: Config) -> None:
    """Take off a page's link that a copy glued to the end of a line of the record, its words
    and its address a furniture line of their own ("… たえません。発言のURL:https://…", the
    Diet library's link under each speech, the break before it lost): the line keeps its words.
    The link follows a sentence's end or is glued to a script without spaces; a speaker's own
    words before an address ("… see the photo: https://…") stay his."""
    for index, line in enumerate(kept):
        link = _LINE_END_LINK.search(line) if "://" in line else None
        if link is None:
            continue
        for start in range(max(1, link.start() - _LINK_WORDS), link.start()):
            tail = line[start:]
            pattern = next((p for p in config.furniture_lines if p.regex.match(tail)), None)
            if pattern is not None and _link_glued(line[:start], tail):
                removed.append(Furniture(index + 1, tail.strip(), pattern.name, part=True))
                kept[index] = line[:start].rstrip()
                break


def _link_glued(before: str, tail: str) -> bool:
    """Whether a page's link, *tail*, can begin after *before* on a line: after a sentence's end
    ("… ました。発言のURL:…") or glued to a letter of a script without spaces ("開議発言のURL:…"),
    never inside a word or after a sentence it goes on ("see the photo: https://…")."""
    last = before.rstrip()[-1:]
    glued = last.isalpha() and not cased(last) and not cased(tail[:1]) and not tail[:1].isspace()
    return bool(last) and (last in TERMINAL or glued)


_SENTENCE_WORDS = 4  # words of a page's link at most: "share this page", "next item"


# What opens a turn's line: a speaker's marker, or a few words up to a colon ("MR X:  …").
_TURN_OPENING = regex(r"[○◯●◎〇■]|[^:：\n]{1,60}[:：]")


def _labelled_below(kept: list[str], index: int) -> bool:
    """Whether the next line with words under line *index* of *kept*, a number with its colon
    alone ("2:"), opens with a speaker's marker or a label's colon ("◯議長（X君）…"): the speech's
    number a search site prints over each turn, where over an item of a list it is the list's."""
    below = next((line.strip() for line in kept[index + 1 :] if line.strip()), "")
    return _TURN_OPENING.match(below) is not None


def _glue_label_numbers(kept: list[str], removed: list[Furniture], config: Config) -> None:
    """A line that is wholly the marker or number a record prints before a label (the prefix:
    "Anf. 1", "Q12"), right over a line that opens with a label's shape ("Talmannen:"), is that
    label's number the copy broke onto a line of its own, as "Anf. 2 STATSRÅDET X (S):" prints
    it on one: the record's, glued back before the label, no page's furniture. Over speech, or
    over a blank line, it stays the furniture its pattern made it."""
    for item in list(removed):
        index = item.line  # the line below the furniture's (its number counts from one)
        if item.part or index >= len(kept) or not _label_below(kept[index].lstrip()):
            continue
        found = config.prefix.fullmatch(item.text)
        if found is None or not found.group().strip():
            continue
        kept[index] = f"{item.text} {kept[index].lstrip()}"
        removed.remove(item)


def _sentence_words(kept: list[str], index: int) -> bool:
    """Whether line *index* of *kept* is a few words in lower case inside a sentence: the line
    above goes on into it, the line below goes on from it. A narrow column wraps a speech's own
    words ("keep a close" / "watch" / "on the budget", "move on to the" / "next item" / "on the
    agenda") onto a line alone, where a page's link of the same words ("Watch", "Next item")
    stands apart. So is a photo the speaker names, its word capitalised ("… zeigte uns ein" /
    "Foto von Herrn Weber" / "aus dem Jahr 1990"), where the speaker's photo caption stands
    apart or beside the page's other furniture."""
    words = kept[index].split()
    above = kept[index - 1].rstrip() if index else ""
    below = kept[index + 1].lstrip() if index + 1 < len(kept) else ""
    return (
        len(words) <= _SENTENCE_WORDS
        and all(word.isalpha() for word in words)
        and (words[0][:1].islower() or _PHOTO_WORDS.fullmatch(words[0]) is not None)
        and above[-1:] not in ("", *TERMINAL)
        and below[:1].islower()
    )


_CAPTION_NUMBER = regex(r"[ \t]+\d{1,3}")  # "Speaker 1": the page numbers its speakers
# a name of one to five capitalised words, initials perhaps set close ("A.J. Rice"), or an office
# alone ("Operator")
_CAPTIONED_NAME = regex(rf"[{UPPER}][^\W\d_]*\.?(?:(?:[ '’-]|(?<=\.))[{UPPER}][^\W\d_]*\.?){{0,4}}")


def _strip_speaker_captions(kept: list[str], removed: list[Furniture], config: Config) -> None:
    """A web page's caption alone on its line right above a speaker's name alone on the next
    line, over the speech ("Speaker" / "Jane Doe" / "Thank you, operator."), is the page's word:
    the name is the label. Above anything else the word may be a label or speech of its own."""
    for index, line in enumerate(kept[:-2]):
        word = line.strip()
        # a caption's number ends its line: a line ending in no figure is not searched for one
        number = _CAPTION_NUMBER.search(word) if word[-1:].isdigit() else None
        word = word[: number.start()] if number and number.end() == len(word) else word
        # a word casefolded is no shorter: a line longer than every caption is not casefolded
        if len(word) > config.longest_caption or word.casefold() not in config.furniture_captions:
            continue
        named = kept[index + 1].strip()
        # one word and its stop is a speech's first sentence under a service's numbered speaker
        # ("Falante 1" / "Bom." / "Vamos começar …"), no name: a name's stop closes an initial
        if named.endswith(".") and " " not in named and "." not in named[:-1]:
            continue
        if _CAPTIONED_NAME.fullmatch(named) and kept[index + 2].strip():
            removed.append(Furniture(index + 1, line.strip(), "speaker-caption"))
            kept[index] = ""


# The words of a photo's caption the label's prefix knows ("Photo of", "Foto:", "… portrait"): a
# line without one is not matched against the prefix. The look-ahead of the words' first letters
# lets the search skip a position at one test, where the alternation tried each word there.
# The prefix (defaults.toml, [labels] prefix) and the web-speech-buttons furniture line list these
# words again inside their own patterns, which the configuration compiles whole: this is the
# cheap test before either, kept in step with them.
_PHOTO_WORDS = regex(r"(?=[pifbф])(?:photo|picture|image|foto|bild|fotó|фото|portrait)", re.IGNORECASE)
PHOTO_CAPTION = "photo-caption"  # the furniture's kind: a speaker's card had a photo over it


def _strip_photo_captions(kept: list[str], removed: list[Furniture], config: Config) -> None:
    """A web copy's caption of the speaker's photo glued before the label that names the speaker
    again ("Photo of Anna BeispielAnna Beispiel (Kildare South)", "Foto: Anna Beispiel Anna
    Beispiel (SPD):", "Helen Marsh Portrait Mrs Helen Marsh (Lab)") is the page's: taken from its
    line as furniture, so that the label is read and printed as the record prints it. The line's
    other words stay."""
    for index, line in enumerate(kept):
        if not _PHOTO_WORDS.search(line):
            continue
        start = len(line) - len(line.lstrip())
        found = config.prefix.match(line, start)
        named = found.groupdict() if found else {}
        if found is None or not (named.get("photo") or named.get("portrait")):
            continue
        # the label named again opens the rest, capitalised: a sentence goes on in lower case
        # ("The Churchill portrait was moved from the Churchill Room …", a speech's own line)
        if line[found.end() :].lstrip()[:1].islower():
            continue
        removed.append(Furniture(index + 1, line[start : found.end()].rstrip(), PHOTO_CAPTION, part=True))
        kept[index] = line[:start] + line[found.end() :]


# A viewer's number of a speech and its speaker's name in Chinese characters or kana, alone on a
# line over the speech: a web copy of the Diet's minutes ("  2. 石田博英", "  1. 会議録情報"; the
# Diet library's own plain view "001・櫻内義雄", "000・会議録情報"), or the number alone after a
# hash as another archive of the Diet's minutes prints it ("#2").
_SPEECH_NUMBER = regex(
    r"(\d{1,4})(?:\.[ \t]+|・)[\u3005\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{2,12}|#(\d{1,4})"
)
_SPEECH_NUMBERS = 3  # speeches so numbered one after another: a viewer's index, no list of the text
_ITEM_MARK = frozenset("-‐–—・•*")  # a list's bullet alone on its line, as a viewer sets one over each speech


def _strip_speech_index(kept: list[str], removed: list[Furniture]) -> None:
    """Lines that number the speeches of a web copy one by one, each with its speaker's name
    (see :data:`_SPEECH_NUMBER`), are the viewer's furniture, not the record's: the speech
    below opens with the record's own label ("石田委員長 それでは…"). They count up by one, a
    few of them at least; a numbered list of the text's own items runs no longer than it. A
    bullet alone on the line right above a number ("-" / "002・櫻内義雄") is its list item's."""
    found: list[tuple[int, re.Match[str]]] = []
    for index, line in enumerate(kept):
        text = line.strip()
        # a figure or a hash opens such a line: the pattern is asked of no other line (most)
        if (text[:1].isdigit() or text[:1] == "#") and (match := _SPEECH_NUMBER.fullmatch(text)):
            found.append((index, match))
    numbers = [int(match.group(1) or match.group(2)) for _, match in found]
    if len(found) < _SPEECH_NUMBERS or any(b != a + 1 for a, b in pairwise(numbers)):
        return
    for index, _ in found:
        bullet = index - 1
        if bullet >= 0 and kept[bullet].strip() in _ITEM_MARK:
            removed.append(Furniture(bullet + 1, kept[bullet].strip(), "speech-number"))
            kept[bullet] = ""
        removed.append(Furniture(index + 1, kept[index].strip(), "speech-number"))
        kept[index] = ""


# A PDF's index entry over a speech: the page and the label the line below prints again after its
# mark ("P.5 議長（X君）" / "○議長（X君）　おはようございます。").
_PAGE_ENTRY = regex(r"[Pp]\.?[ \t]?\d{1,4}[ \t]+(?P<label>\S.{0,60})")


def _strip_page_index(kept: list[str], removed: list[Furniture]) -> None:
    """A line of a page's number and a label that the next line opens with again, a mark at most
    before it and its speech after it (see :data:`_PAGE_ENTRY`), is the PDF's index of speeches,
    the viewer's furniture: the line below is the record's label."""
    for index, line in enumerate(kept[:-1]):
        if line.lstrip()[:1] not in ("P", "p"):
            continue
        entry = _PAGE_ENTRY.fullmatch(line.strip())
        below = kept[index + 1].strip()
        if entry is None or not below:
            continue
        label = entry.group("label").rstrip()
        # the label opens the line below, or follows its mark ("○", "◆")
        opening = below if below.startswith(label) or below[:1].isalnum() else below[1:].lstrip()
        if len(opening) > len(label) and opening.startswith(label):
            removed.append(Furniture(index + 1, line.strip(), "page-index"))
            kept[index] = ""


_CARD_MORE = ("...", "…")  # a speech card's mark that the card above was cut short
_CARD_WORDS = 8  # words of a card's group or name line


def _strip_card_groups(kept: list[str], removed: list[Furniture]) -> None:
    """A web page's speech cards ("..." / "Srpska napredna stranka" / "Veroljub Arsić" /
    "Srpska napredna stranka | Predsedava" / the speech, a parliament's transcript site): the
    mark that the card above was cut short and the speaker's group printed over the name, which
    the line below the name prints again, are the page's, no words of the speech above."""
    filled: deque[int] = deque(maxlen=4)  # four lines that are not blank, one after another
    for at in _filled(kept):
        filled.append(at)
        if len(filled) < 4 or kept[filled[0]].strip() not in _CARD_MORE:
            continue
        group, name, below = (kept[i].strip() for i in list(filled)[1:])
        short = all(len(text.split()) <= _CARD_WORDS and text[-1:] not in TERMINAL for text in (group, name))
        if short and group != name and (below == group or below.startswith(f"{group} |")):
            for number in list(filled)[:2]:
                removed.append(Furniture(number + 1, kept[number].strip(), "speech-card"))
                kept[number] = ""


def _filled(kept: list[str]) -> Iterator[int]:
    """The indices of the lines of *kept* that are not blank, each found as it is asked: a list
    of them all had held a number object for each line of the record while it is read."""
    return (index for index, line in enumerate(kept) if line.strip())


_CARD_NAME_WORDS = (3, 5)  # words of a name card: a form of address, forenames and the surname


def _strip_name_cards(kept: list[str], removed: list[Furniture], config: Config) -> None:
    """A web page's card over a member's speech, the name in full with its form of address and
    no stop ("M. Martin Ouellet" / "M. Ouellet : M. le Président, …", Québec's Journal des
    débats): the label just below names the same person, form of address and surname, so the
    card is the page's, no last words of the speech above."""
    for index, below in pairwise(_filled(kept)):
        # split no further than a card's words: a line of speech is not cut into all of its own
        words = kept[index].split(maxsplit=_CARD_NAME_WORDS[1])
        if not _CARD_NAME_WORDS[0] <= len(words) <= _CARD_NAME_WORDS[1] or words[-1][-1:] in TERMINAL:
            continue
        if not config.titles.fullmatch(words[0].casefold()) or not _capitalised(words[1:], config):
            continue
        label = rf"{re.escape(words[0])}\s+{re.escape(words[-1])}\s*(?:\([^()]*\)\s*)?[:：]"
        if re.match(label, kept[below].strip()):
            removed.append(Furniture(index + 1, kept[index].strip(), "name-card"))
            kept[index] = ""


def _name_cue_numbers(removed: list[Furniture]) -> None:
    """A number alone right above a subtitle's timing is the cue's number, not a page's (whose
    neighbours would be asked whether they are running heads)."""
    timings = {item.line for item in removed if item.pattern == _CUE_TIMING}
    for index, item in enumerate(removed):
        if item.pattern == "page-number" and item.line + 1 in timings:
            removed[index] = Furniture(item.line, item.text, "subtitle-cue")


_ENTRY_NAME_WORDS = 4  # words of the name an entry line opens with, at most
_TILE_INITIALS = 3  # letters of the initials a tile's avatar prints over the name, at most


def _strip_transcript_tiles(kept: list[str], removed: list[Furniture], config: Config) -> None:
    """A copy of a Teams or Stream transcript's page: over each run of a speaker's entries, the
    tile of the name, its clock spelt and glued to its figures, and perhaps the avatar's initials
    before it ("MK" / "Mia Knudsen" / "0 minutes 5 seconds0:05"), where the entry below names the
    speaker again with its clock ("Mia Knudsen 0 minutes 5 seconds"), the turn's label: the tile
    is the page's, and so is each later entry's line under it that names the same speaker, which
    a sentence runs on across ("… using two main" / "Mia Knudsen 1 minute 20 seconds" / "table
    from …"); the tile's name only where the entry below repeats it. Where a page prints no tile
    over a change of speaker, the other speaker's entry is the next run's label. The clock is
    spelt in the configuration's units (:attr:`Config.spelled_span`), on the tile glued to its
    figures ("0 minutes 5 seconds0:05")."""
    span = config.spelled_span
    tile = regex(rf"{span}\d{{1,2}}(?::\d{{2}}){{1,2}}")
    entry, spelled = regex(rf"(?P<name>[^\n]+?) {span}"), regex(span)  # a name, its clock spelt
    filled = list(_filled(kept))
    name, label = "", -1  # the speaker of the tile above and the line of the turn's label
    for at, index in enumerate(filled):
        text = kept[index].strip()
        if tile.fullmatch(text):
            page = [index]
            above = kept[filled[at - 1]].strip() if at >= 1 else ""
            below = kept[filled[at + 1]].strip() if at + 1 < len(filled) else ""
            name = above if above and below.startswith(f"{above} ") else ""
            if name:
                page.append(filled[at - 1])
                label = filled[at + 1]
                initials = kept[filled[at - 2]].strip() if at > 1 else ""
                if initials and initials == "".join(word[0] for word in name.split())[:_TILE_INITIALS]:
                    page.append(filled[at - 2])  # the avatar's letters over the name: "MK"
        elif name and index != label and _entry_of(text, name, spelled):
            page = [index]
        else:
            if name and index != label and (other := _entry_name(text, entry)):  # no tile over it
                name, label = other, index
            continue
        for number in sorted(page):
            removed.append(Furniture(number + 1, kept[number].strip(), "transcript-tile"))
            kept[number] = ""


def _entry_name(text: str, entry: re.Pattern[str]) -> str:
    """The name of any speaker's entry line *text* (*entry*), capitalised words before the clock
    spelt ("Omar Haddad 0 minutes 11 seconds"), else "": no sentence ending in a duration ("…
    within 2 hours 30 minutes")."""
    found = entry.fullmatch(text)
    words = found.group("name").split() if found else []
    named = 0 < len(words) <= _ENTRY_NAME_WORDS and all(word[:1].isupper() for word in words)
    return " ".join(words) if named else ""


def _entry_of(text: str, name: str, spelled: re.Pattern[str]) -> bool:
    """Whether *text* is a transcript's entry line of the speaker *name*: the name and the
    clock spelt (*spelled*) after it, nothing else ("Mia Knudsen 0 minutes 6 seconds")."""
    return text.startswith(f"{name} ") and spelled.fullmatch(text[len(name) + 1 :]) is not None


_CARD_NAME_SPAN = (2, 5)  # words of the name on a numbered card: forenames and a surname
_CARD_KIND_WORDS = 3  # words of the kind of speech under it: "Huvudinlägg", "Replik", "Main speech"
_NUMBERED_CARDS = 2  # numbered cards a web record prints at least, each number one of its speeches


def _restore_card_numbers(
    lines: list[str], kept: list[str], removed: list[Furniture], config: Config
) -> None:
    """A number alone over a name and a short line with no stop, the three set apart by blank
    lines over the speech ("14" / "Sanna Lindholm" / "Huvudinlägg", the Nordic Council's web
    record, which numbers each speech and says its kind under the speaker's name): the speech's
    running number, no page's, the numbers rising by one as pages' do; the card stays whole, its
    name no running head. Two such cards at least, no two of them the same name over the same
    kind: a running head of two lines ("Deutscher Bundestag" / "Stenografischer Bericht") is
    printed the same over every page, or every other; nor one line a name on one card and the kind
    on another: a PDF's facing pages print their two-line head swapped ("Legislative Assembly" /
    "Official Report" over one, "Official Report" / "Legislative Assembly" over the next), where a
    speaker's name is never a kind of speech."""
    pages = [item for item in removed if item.pattern == "page-number"]
    numbered = [item for item in pages if _numbered_card(lines, item.line - 1, config)]
    cards = {(lines[item.line].strip(), lines[item.line + 1].strip()) for item in numbered}
    names, kinds = {name for name, _ in cards}, {kind for _, kind in cards}
    if len(numbered) < _NUMBERED_CARDS or len(cards) < len(numbered) or names & kinds:
        return
    for item in numbered:
        kept[item.line - 1] = lines[item.line - 1]
        removed.remove(item)


def _numbered_card(lines: list[str], index: int, config: Config) -> bool:
    """Whether the number alone at *index* opens a card (see :func:`_restore_card_numbers`)."""
    if not _figure(lines[index].strip()) or index + 4 >= len(lines):
        return False
    name, kind, gap, speech = (line.strip() for line in lines[index + 1 : index + 5])
    if (index and lines[index - 1].strip()) or gap or not speech[:1].isupper():
        return False  # a page's text goes on under its head, often in lower case
    low, high = _CARD_NAME_SPAN
    return (
        low <= len(name.split()) <= high
        and _capitalised(name.split(), config)
        and 0 < len(kind.split()) <= _CARD_KIND_WORDS
        and kind[:1].isupper()
        and not any(char.isdigit() for char in name + kind)
        and kind[-1] not in TERMINAL + ":"
        and name[-1] not in TERMINAL + ":"
    )


_TABLE_FIGURES = 3  # bare figures a run of cells holds at least to be a table's
_ROW_CELLS = 3  # lines from one figure to the next at most in a table's rows typed a cell a line
_CELL = regex(r"[^\W_][\w.,%+-]{0,24}(?:[ \t]+[^\W_][\w.,%+-]{0,24}){0,2}")  # three words at most
_CELL_FURNITURE = frozenset(["page-number", "web-speech-buttons"])


def _restore_table_cells(lines: list[str], kept: list[str], removed: list[Furniture]) -> None:
    """Three bare figures or more in a run of short lines with no blank between them, not the
    pages' numbers counting up one by one, are a table's cells that the record types one a line,
    a vote's result or roll call inside a speech or after it ("Jaa" / "Ei" / "Tyhjiä" / "102" /
    "64" / "2"; "Za" / "Proti" / "Zdržel se" / "180" / "3" / "7"): the figures are no pages and
    a heading word no page's button (Finnish "Jaa", share, is "yes"). A run of nothing but the
    furniture (a web page's buttons, each over its count) is no table."""
    if sum(item.pattern == "page-number" for item in removed) < _TABLE_FIGURES:
        return
    for run in _table_runs(lines):
        if not any(kept[index].strip() and not _figure(kept[index].strip()) for index in run):
            continue  # a web page's buttons and their counts alone ("Share" / "12" / "Tweet" / "4")
        for item in [item for item in removed if item.line - 1 in run and item.pattern in _CELL_FURNITURE]:
            kept[item.line - 1] = lines[item.line - 1]
            removed.remove(item)


def _table_runs(lines: list[str]) -> Iterator[range]:
    """The runs of a table's cells typed one a line (see :func:`_restore_table_cells`)."""
    done = -1
    for start, line in enumerate(lines):
        if start <= done or not _figure(line.strip()):
            continue
        low = high = start
        while low > 0 and _CELL.fullmatch(lines[low - 1].strip()):
            low -= 1
        while high + 1 < len(lines) and _CELL.fullmatch(lines[high + 1].strip()):
            high += 1
        done = high
        figures = [index for index in range(low, high + 1) if _figure(lines[index].strip())]
        # a table a speech's sentence brings in ("… zgłoszonych przez kluby:", "… as follows.")
        introduced = low > 0 and lines[low - 1].rstrip()[-1:] in TERMINAL
        numbers = [int(lines[index]) for index in figures]
        if len(figures) >= _TABLE_FIGURES and not _paged(figures, numbers, introduced):
            yield range(low, high + 1)


def _paged(figures: list[int], numbers: list[int], introduced: bool) -> bool:
    """Whether the bare *numbers* on the lines *figures* of a run of short lines are pages, no
    table's cells: counting up one by one, or rising with a line or more between each two, as the
    pages of a list of names one a line do across a page break ("Jan Dąbek" / … / "11" / … / "12"
    / … / "14": a page without its number between) and the pages of a contents' entries
    ("Poseł Jan Kura" / "5" / "Poseł Ewa Sowa" / "9"). A table's figures stand in a row, two on
    consecutive lines ("102" / "64"), or fall ("Ayes," / "102" / "noes" / "64"); and figures
    counting up one by one a row's cells apart ("1" / "Adam Nowak" / "KO" / "2" / …, "Ward" /
    "1" / "412 votes" / "2"), each row as many cells as the others, in a table a sentence
    *introduced*: a page turns after a page's lines, no row of a table; a PDF's short pages of
    a cover and its contents ("Evidence" / "1" / "CONTENTS" / "Opening statements" / "2") stand
    under no sentence, and their lines differ in number."""
    pairs = list(pairwise(numbers))
    if all(b == a + 1 for a, b in pairs):
        gaps = {b - a for a, b in pairwise(figures)}
        return not (introduced and len(gaps) == 1 and max(gaps) <= _ROW_CELLS)
    return all(b > a for a, b in pairs) and all(b - a > 1 for a, b in pairwise(figures))


def _figure(text: str) -> bool:
    """Whether *text* is a bare figure of decimal digits ("102"; no "²", which isdigit passes)."""
    return text.isdigit() and _PAGE_ALONE.fullmatch(text) is not None


def _strip_stop_lines(kept: list[str], removed: list[Furniture]) -> None:
    """A stop alone on its line under a line that ends a sentence or a colon: the mark the
    reporters of Ireland's tribunals of inquiry set on each line they leave blank between turns
    and headings ("CHAIRMAN: Good morning." / "." / "MR. X: …"), the page's blank line. Under a
    line cut mid-sentence the stop is that sentence's, which a wrap left alone ("… las puertas
    giratorias" / "."): it stays."""
    above = ""
    for index, line in enumerate(kept):
        text = line.strip()
        if text == "." and above[-1:] in TERMINAL and above:
            removed.append(Furniture(index + 1, text, "blank-line-stop"))
            kept[index] = ""
        elif text:
            above = text


_PAGE_ALONE = regex(r"\d{1,6}")  # a page's number, its term's pagination past ten thousand


def _restore_opening_heads(lines: list[str], kept: list[str], removed: list[Furniture]) -> None:
    """A parliament's running head above the text's first sentence, printed there only, is the
    excerpt's head, which names the house, the sitting and its date ("Deutscher Bundestag – 20.
    Wahlperiode – 112. Sitzung. Berlin, …"): it stays, for the head to read; past the first
    sentence, printed again below, or over a page that goes on with a sentence in lower case,
    it is the pages' furniture."""
    first = next((index for index, line in enumerate(kept) if _SENTENCE_MARK.search(line)), len(kept))
    heads = [item for item in removed if item.pattern == "running-head"]
    texts = Counter(item.text for item in heads)
    # the page's first words going on with a sentence the page before began: the head stands
    # inside the speech, furniture
    opening = next((line.strip() for line in kept if line.strip()), "")
    if opening[:1].islower():
        return
    for item in heads:
        if item.line - 1 < first and texts[item.text] == 1:
            kept[item.line - 1] = lines[item.line - 1]
            removed.remove(item)


_SENTENCE_MARK = regex(r"[.!?:;]")  # a line of a sentence, a label's colon perhaps


def _strip_term_head_pages(kept: list[str], removed: list[Furniture]) -> None:
    """In a text whose parliament's running head a PDF's text sets on lines of their own
    ("Bayerischer Landtag – 17. Wahlperiode"), a number alone between blank lines, or next to
    the head, is the page's number, wherever the columns' order put it ("12843" between two
    paragraphs): a term's pages run past what a number alone is read as otherwise."""
    heads = [item.line - 1 for item in removed if item.pattern == "running-head"]
    if not heads:
        return
    beside = {_next_filled(kept, head, step) for head in heads for step in (-1, 1)}
    for index, line in enumerate(kept):
        if not _PAGE_ALONE.fullmatch(line.strip()):
            continue
        alone = all(not (0 <= near < len(kept)) or not kept[near].strip() for near in (index - 1, index + 1))
        if alone or index in beside:
            removed.append(Furniture(index + 1, line.strip(), "page-number"))
            kept[index] = ""


# A page's number after the word for page alone ("strona 12", "Seite 4", "page 7"), no "of 40".
_WORDED_PAGE = regex(r"[^\W\d_][^\W\d_]{0,11}\.?\s*\d{1,5}")


def _lower_worded(text: str) -> bool:
    """Whether *text* is the word for page in lower case and its number ("strona 12")."""
    return _WORDED_PAGE.fullmatch(text) is not None and text[:1].islower()


def _restore_worded_page(lines: list[str], kept: list[str], removed: list[Furniture]) -> None:
    """The word for page and a number alone on a line inside a hard-wrapped sentence, the
    record's only page furniture and no running head beside it ("… w druku na" / "strona 12" /
    "znajduje się …"): the speech's words a wrap set alone, no page, which the record shows by
    its pages' numbers rising down the text or by a head printed with them; it stays. Not in a
    record hard-wrapped at a width whose wrap would have set the next word beside it ("… pokryją"
    / "Strona 2" / "samorządy województw, …", a PDF's two pages): a page's footer a page break set
    inside the sentence, as it most often is; nor a page's word capitalised as a footer's is and no
    word inside a sentence ("… koszt pokryją" / "Strona 2" / "samorządy …", one paragraph a line).
    A bare number is read so too, where the text wraps: "… carried the vote of" / "12" / "members
    …" in a ragged wrap keeps its number; in a copy of one paragraph a line, whose only line ending
    mid-sentence is the one the page broke, the "12" is the page (a speaker citing a page names it:
    "… druk numer 245," / "strona 12" / "i następne …" stays)."""
    pages = [item for item in removed if item.pattern == "page-number"]
    if len(pages) > 1:
        _restore_cited_pages(lines, kept, removed, pages)
        return
    if len(pages) != 1 or not (_WORDED_PAGE.fullmatch(pages[0].text) or _figure(pages[0].text)):
        return
    if any("head" in item.pattern for item in removed):
        return
    index = pages[0].line - 1
    if not (0 < index < len(kept) - 1 and kept[index - 1].strip() and kept[index + 1].strip()):
        return  # a page's number set apart by a blank line
    others = [line.rstrip() for line in kept if line.strip()]
    width = sorted(columns(line) for line in others)[int(len(others) * 0.9) - 1]
    room = columns(lines[index].strip()) + 1 + columns(kept[index + 1].split(maxsplit=1)[0])
    if _cut_lines_full(others, width) and room < _ROOM_TO_SPARE * width:
        return  # the wrap would have set the next word on the line: a page's footer
    if not _lower_worded(pages[0].text) and _cut_lines(others, width)[0] < _WRAPPED_CUTS:
        return  # one paragraph a line: the page broke the only line that ends mid-sentence
    if _cuts_a_sentence(kept, index):
        kept[index] = lines[index]
        removed.remove(pages[0])


_WRAPPED_CUTS = 2  # lines ending mid-sentence in a wrapped text, the one above a page's number among them


def _restore_cited_pages(
    lines: list[str], kept: list[str], removed: list[Furniture], pages: list[Furniture]
) -> None:
    """The word for page in lower case and a number alone on a line inside a sentence, among
    page lines whose numbers run on one by one ("strona 2", "strona 3" at the breaks): one whose
    number is out of that run is the speech's page a speaker cites ("… w druku numer 245," /
    "strona 12" / "i następne …"), no page's; it stays. Pages out of step alone prove no run
    (an excerpt's pages skipped), and stay the pages they were. A page's next or last in the
    record tells the run, wherever a citation falls among them."""
    numbers = [int(figure.group()) if (figure := _PAGE_FIGURES.search(item.text)) else None for item in pages]
    known = set(numbers)
    in_step = [number is not None and (number - 1 in known or number + 1 in known) for number in numbers]
    if not any(in_step):
        return
    for item, stepped in zip(pages, in_step, strict=True):
        index = item.line - 1
        if stepped or not _lower_worded(item.text) or not 0 < index < len(kept) - 1:
            continue
        if kept[index - 1].strip() and kept[index + 1].strip() and _cuts_a_sentence(kept, index):
            kept[index] = lines[index]
            removed.remove(item)


def _next_filled(kept: list[str], index: int, step: int, gap: int | None = None) -> int | None:
    """The index of the first line with text from *index* on in direction *step*, past
    :data:`_HEAD_GAP` blank lines at most (or *gap*); None where there is none."""
    gap = _HEAD_GAP if gap is None else gap
    for near in range(index + step, index + step * (gap + 2), step):
        if not 0 <= near < len(kept):
            break
        if kept[near].strip():
            return near
    return None


_LABEL_COLONS = ":："  # a label's colons, which no page's head ends on


def _strip_running_heads(kept: list[str], removed: list[Furniture], config: Config) -> None:
    """A line that stands next to a page number at least twice is the page's running head; so is
    one with the sitting's date printed once beside it past the text's first sentence (an
    excerpt that crosses one page break: "Page 23 of 40" / "DAY 52 – 14 MARCH 2019")."""
    pages = [item.line - 1 for item in removed if item.pattern == "page-number"]
    beside: dict[str, list[tuple[int, int]]] = {}
    for page in pages:
        for step in (-1, 1):
            near = page + step
            while 0 <= near < len(kept) and not kept[near].strip() and abs(near - page) <= 2:
                near += step
            if 0 <= near < len(kept) and kept[near].strip() and len(kept[near].strip()) <= 80:
                beside.setdefault(kept[near].strip(), []).append((near, step))
    alone: dict[str, int] = {}
    for text, places in beside.items():
        places = sorted(set(places))
        if text[-1] in _LABEL_COLONS and all(step == 1 for _, step in places):
            continue  # "- 3 -" / "KETUA DPRD:" / its speech: a page's first turn, the label its line
        if len({near for near, _ in places}) >= 2 or _dated_once(kept, places[0][0], config):
            _remove_heads(kept, removed, _head_blocks(kept, places))
        else:
            alone[text] = places[0][0]
    _strip_numbered_heads(kept, removed, config, alone)
    _strip_facing_heads(kept, removed)


# A facing page's head as a PDF's text gives it, one space before its page: the agenda item's
# title on the page across from the one the sitting's head stands on ("Oświadczenia poselskie 35",
# "Sprawy formalne 12"): capitalised words with no sentence's punctuation, then the page.
_FACING_HEAD = regex(r"(?P<head>[^\W\d_a-z][^.!?…:;()\d]{2,78}?)[ \t]+(?P<page>\d{1,5})")
_PAGE_FIGURES = regex(r"(?<![\d.])\d{1,5}(?![\d.])")  # a page number's line: its first figure
_EDGE_PAGE = regex(r"^\d{1,5}(?=\s)|(?<=\s)\d{1,5}$")  # a running head's: at either end


# A page's catchword: the first word or words of the next page, printed alone at the foot of the
# page before it as the books of the seventeenth and eighteenth centuries print them, and as OCR
# keeps them ("                                   Mr. Love" / "  Mr. Love. I humbly thank …").
_CATCHWORD_TEXT = 24  # the longest catchword
_CATCHWORD_WORDS = 3  # the most words a catchword holds
_CATCHWORD_INDENT = 24  # columns past the next page's line, at least, that set a catchword right
_HEAD_INDENT = 8  # columns a facing page's head is set in past the line under it, at least
_CATCHWORD_GAP = (
    4  # blank lines at most between a catchword and its next page's line, a page number among them
)


def _strip_catchwords(kept: list[str], removed: list[Furniture]) -> None:
    """A short line of a word or three that the next line with text opens with, and goes on past,
    is the page's catchword where it stands far right of that line or where the next page's head
    or number, taken off, stands between them: a speaker's name alone over a speech that opens
    with the name again is no record's. A line with its page number at either end between the
    catchword and the words it repeats is the next page's head ("Cooke." / "for High Treaſon.
    114" / "Cooke. One Wells …"), the catchword and the page proving each other where the
    catchword stands right, the head is set in as a page's head is or its number is next to one
    the text's other furniture numbers ("113" over the page before); a turn's short line, a line
    ending in a number and the turn again, all at one margin, are the record's own lines."""
    taken = {item.line - 1 for item in removed}
    pages: set[int] | None = None  # the furniture's page numbers, read at the first head asked
    for index, line in enumerate(kept):
        text = line.strip()
        if not text or len(text) > _CATCHWORD_TEXT or len(text.split()) > _CATCHWORD_WORDS:
            continue
        # a record of paragraphs parted by blank lines sets the page's number apart by them too
        # ("Q. And then" / "" / "12" / "" / "Q. And then what did you do?")
        near = _next_filled(kept, index, 1, _CATCHWORD_GAP)
        if near is None:
            continue
        if near - index - 1 > _HEAD_GAP and taken.isdisjoint(range(index + 1, near)):
            continue  # so far below, only the page's number taken off between ties the two
        head = None
        if not _catches(text, kept[near]) and _edge_paged(kept[near].strip()):
            head, near = near, _next_filled(kept, near, 1)
            if near is None or len(kept[head].strip()) > _RUNNING_HEAD or not _catches(text, kept[near]):
                continue
        elif not _catches(text, kept[near]):
            continue
        right = _indent(line) >= _indent(kept[near]) + _CATCHWORD_INDENT
        if head is not None and not (right or _indent(kept[head]) >= _indent(kept[near]) + _HEAD_INDENT):
            pages = _furniture_pages(removed) if pages is None else pages
            if not any(
                int(found.group()) + step in pages
                for found in _EDGE_PAGE.finditer(kept[head].strip())
                for step in (-1, 1)
            ):
                continue  # "THE COURT: Yes." / "Look at page 12" / "THE COURT: Yes. Now, …": the turns' lines
        if head is not None or right or not taken.isdisjoint(range(index + 1, near)):
            removed.append(Furniture(index + 1, text, "catchword"))
            kept[index] = ""
        if head is not None:
            removed.append(Furniture(head + 1, kept[head].strip(), "running-head"))
            kept[head] = ""


def _edge_paged(text: str) -> bool:
    """Whether *text* holds a page's number at either end (:data:`_EDGE_PAGE`), a figure opening
    or closing it asked first: the pattern's search had been most of the catchwords' time, asked of
    the line under every short line of a play's or a record's turns."""
    return (text[:1].isdigit() or text[-1:].isdigit()) and _EDGE_PAGE.search(text) is not None


def _indent(line: str) -> int:
    """The columns of blank before *line*'s text."""
    return len(line) - len(line.lstrip())


def _catches(text: str, line: str) -> bool:
    """Whether *line* opens with the words *text* and goes on past them with other words."""
    below = line.strip()
    return len(below) > len(text) and below.startswith(text) and not below[len(text)].isalnum()


def _furniture_pages(removed: list[Furniture]) -> set[int]:
    """The page numbers the furniture taken off prints, alone or at a running head's end."""
    pages: set[int] = set()
    for item in removed:
        if item.pattern == "page-number" and (figure := _PAGE_FIGURES.search(item.text)):
            pages.add(int(figure.group()))
        elif "running-head" in item.pattern:
            pages.update(int(found.group()) for found in _EDGE_PAGE.finditer(item.text))
    return pages


def _strip_facing_heads(kept: list[str], removed: list[Furniture]) -> None:
    """A line of words and a page number whose page is next to one the text's other furniture
    numbers (a page number alone, a running head's) is the facing page's head, where it cuts a
    sentence or comes back so on another page: a record's PDF heads its even pages with the
    sitting and its odd ones with the agenda item's title ("36" / "8. posiedzenie Sejmu w dniu
    12 marca 2020 r." … "Oświadczenia poselskie 37"). Known page numbers alone prove nothing."""
    pages = _furniture_pages(removed)
    if not pages:
        return
    heads: dict[str, list[tuple[int, int]]] = {}
    for index, line in enumerate(kept):
        text = line.strip()
        found = _FACING_HEAD.fullmatch(text) if text[-1:].isdigit() else None
        page = int(found.group("page")) if found else 0
        if page and page not in pages and (page - 1 in pages or page + 1 in pages):
            heads.setdefault(found.group("head") if found else "", []).append((index, page))
    for head, places in heads.items():
        rising = len(places) >= 2 and all(a < b for (_, a), (_, b) in pairwise(places))
        # printed once, a title's words, no clause a comma parts: a speech's line so cut ("Koalicji
        # Obywatelskiej i Lewicy, razem 37" / "posłów, …") counts, no page
        once = len(places) == 1 and "," not in head and _cuts_a_sentence(kept, places[0][0])
        if rising or once:
            _remove_heads(kept, removed, [index for index, _ in places])


# A word its hyphen broke at a line's end, as a printed column breaks it (OCR may read the soft
# hyphen or print "¬"): a letter before it.
_BROKEN_WORD = regex(r"[^\W\d_][-\u00ad¬]$")
_HEAD_GAP = 2  # blank lines at most between a running head and each half of the word it parts
_HEAD_TEXT = 80  # the longest running head


def _strip_wrap_heads(kept: list[str], removed: list[Furniture]) -> None:
    """A line in CAPITALS between the halves of a word its hyphen broke ("tri-" / "CHAMBRE DES
    DÉPUTÉS — SÉANCE DU 3 JUIN 1906" / "bune pour …") is the running head of the page the
    speech turned over, which OCR read between the lines: no heading parts a word. Its page
    number may be lost or printed apart, so it counts without one."""
    for index, line in enumerate(kept):
        text = line.strip()
        if not text or len(text) > _HEAD_TEXT or not _in_capitals(text):
            continue
        if not _next_text(kept, index, 1)[:1].islower():
            continue  # asked first: below most lines in CAPITALS no word goes on in lower case
        if _BROKEN_WORD.search(_next_text(kept, index, -1)):
            removed.append(Furniture(index + 1, text, "running-head"))
            kept[index] = ""


def _next_text(kept: list[str], index: int, step: int) -> str:
    """The first line with text from *index* on in direction *step*, past :data:`_HEAD_GAP`
    blank lines at most; "" where there is none."""
    for near in range(index + step, index + step * (_HEAD_GAP + 2), step):
        if not 0 <= near < len(kept):
            break
        if text := kept[near].strip():
            return text
    return ""


_HEAD_BLOCK = 2  # the most lines in CAPITALS a page's head sets over its dated line


def _head_block(kept: list[str], near: int, step: int) -> list[int]:
    """The running head at *near* with the lines in CAPITALS set close on its far side from the
    page number: a parliament's unrevised record heads each page with its title, its chamber,
    the date and the page ("UNREVISED HANSARD" / "NATIONAL ASSEMBLY CHAMBER" / "TUESDAY, 2 MARCH
    2017" / "PAGE: 2"). A line with a stop at its end or past a blank line is none of it."""
    block = [near]
    index = near + step
    while len(block) <= _HEAD_BLOCK and 0 <= index < len(kept):
        text = kept[index].strip()
        if not text or len(text) > 80 or text[-1] in TERMINAL or not _in_capitals(text):
            break
        block.append(index)
        index += step
    return block


def _head_blocks(kept: list[str], places: list[tuple[int, int]]) -> list[int]:
    """The lines of the running heads beside the page numbers at *places*: each head with the
    lines in CAPITALS over it that every one of its pages prints the same."""
    blocks = [_head_block(kept, near, step) for near, step in places]
    depth = 1
    while depth < min(map(len, blocks)) and len({kept[block[depth]].strip() for block in blocks}) == 1:
        depth += 1
    return sorted({index for block in blocks for index in block[:depth]})


def _in_capitals(text: str) -> bool:
    """Whether *text* has letters and none of them in lower case. ``str.isupper`` answers most
    texts in one call, every line of the record asking; it refuses a letter in title case ("ǅ")
    too, which ASCII has none of, so a text outside ASCII it refuses is asked letter by letter."""
    if text.isupper():
        return True
    # a letter in lower case among the first two answers most texts it refuses, no letter read by
    # a generator (most lines of a record in Cyrillic or Greek open "Сл…", "Κύ…")
    if text.isascii() or text[1:2].islower() or text[:1].islower():
        return False
    return any(c.isupper() for c in text) and not any(c.islower() for c in text)


_STOPS = tuple(SENTENCE_STOPS)


def _dated_once(kept: list[str], index: int, config: Config) -> bool:
    """Whether the line at *index*, beside a page number, is the page's head printed once: the
    date in words that end no sentence, below a sentence's end (no line of the record's head),
    the line in capitals or the date most of it (a wrapped line of a speech that names a date,
    "agreed on 14 March 2019 that the", is none)."""
    text = kept[index].strip()
    above = kept[: max(index - 1, 0)]
    if text[-1] in TERMINAL or not any(line.rstrip().endswith(_STOPS) for line in above):
        return False
    found = find_date(text, config)
    return found is not None and (not any(c.islower() for c in text) or 2 * len(found[1]) >= len(text))


# A running head with its page number at the right margin: "COMMITTEE ON FINANCE        12",
# perhaps after the word for page ("H. CÁMARA DE SENADORES        Pág. 12", a Latin American
# record's PDF; a word the page-number furniture knows, see _page_worded), or at the left, as an
# even page prints it: "12        COMMITTEE ON FINANCE".
_PAGE_DASHES = ("-", "–", "—", "－")  # the dashes a page's number may stand between: "- 3 -", "－３－"
_PAGE_DASH = "[" + "".join(_PAGE_DASHES) + "]"
# the page number after a head's gap, perhaps after the word for page or between dashes
_GAP_PAGE = (
    rf"(?:(?P<word>[^\W\d_]{{1,6}}\.?[ \t]?)|{_PAGE_DASH}[ \t]?)?(?P<page>\d{{1,4}})(?:[ \t]?{_PAGE_DASH})?"
)
_NUMBERED_HEAD = regex(rf"(?P<head>\S.{{10,78}}?)[ \t]{{2,}}{_GAP_PAGE}")
_NUMBERED_HEAD_LEFT = regex(r"(?P<page>\d{1,4})[ \t]{2,}(?P<head>\S.{10,78})")
_WIDER_GAP = regex(r"[ \t]{4,}")
# the page between dashes: "…    - 3 -"
_DASHED_PAGE_END = regex(rf"{_PAGE_DASH}[ \t]?\d{{1,4}}[ \t]?{_PAGE_DASH}$")


def _numbered_head(line: str) -> re.Match[str] | None:
    """The head and the page number of *line* if it is shaped as a numbered running head, its
    wide gaps counted as three spaces: a PDF's copy centres the head's parts far apart
    ("ΠΡΑΚΤΙΚΑ ΒΟΥΛΗΣ" … "14 ΜΑΡΤΙΟΥ 2018" … "4567"). A line with no figure at either end, most
    lines, has no page: its gaps are not read; nor is one ending in a hyphen with no page before it."""
    dashed = line[-1:] in _PAGE_DASHES and _DASHED_PAGE_END.search(line[-7:]) is not None
    right = line[-1:].isdigit() or dashed
    left = line[:1].isdigit()
    if not (right or left):
        return None
    line = _WIDER_GAP.sub("   ", line)
    found = _NUMBERED_HEAD.fullmatch(line) if right else None
    return found or (_NUMBERED_HEAD_LEFT.fullmatch(line) if left else None)


def _paged_numbered_head(line: str, config: Config) -> re.Match[str] | None:
    """The numbered running head of *line* (see :func:`_numbered_head`) whose page is a page: a
    figure at the right after a word that is no word for page is the issue's or the column's
    ("1015      DIARIO DE SESIONES …      NÚM. 42"), the page then the one at the left, if any."""
    found = _numbered_head(line)
    if found and found.groupdict().get("word") is not None and not _page_worded(found, config):
        return _NUMBERED_HEAD_LEFT.fullmatch(_WIDER_GAP.sub("   ", line)) if line[:1].isdigit() else None
    return found


def _strip_numbered_heads(
    kept: list[str], removed: list[Furniture], config: Config, alone: dict[str, int]
) -> None:
    """A line of the same words with the page number after or before a run of spaces, at least
    twice and numbered upwards, is the page's running head (a transcript's heading on every page),
    a page's number at both ends of it no word of it (a Hansard's columns: "1247   Supply.   1248");
    so is one whose words stood once on the line beside a page number *alone* (an OCR'd page's
    "2577" / "ASSEMBLEE NATIONALE — …" before "2578      ASSEMBLEE NATIONALE — …"), that line too
    unless it opens the text (the excerpt's title, as it was); and one printed once between two
    lines of a sentence it cuts (an excerpt's one page break: "… bei den Sozialdemo-" /
    "Reichstag. — 12. Sitzung …    231" / "kraten.) …"), or as the text's first line, its page
    set off by a wide gap (a copy of one page opens with its head: "58. Sitzung des
    Nationalrates der Republik      1")."""
    first = next((index for index, line in enumerate(kept) if line.strip()), -1)
    heads: dict[str, list[tuple[int, int]]] = {}
    for index, line in enumerate(kept):
        found = _paged_numbered_head(line.strip(), config)
        if found:
            head = found.group("head")
            inner = _NUMBERED_HEAD_LEFT.fullmatch(head) if head[:1].isdigit() else None
            heads.setdefault(inner.group("head") if inner else head, []).append(
                (index, int(found.group("page")))
            )
    for head, places in heads.items():
        pages = [page for _, page in places]
        if head in alone:  # the first page's head over the text's first line stays its title
            _remove_heads(
                kept, removed, [alone[head]] * (alone[head] != first) + [index for index, _ in places]
            )
        elif (len(places) >= 2 and all(a < b for a, b in pairwise(pages)) and _pages_apart(kept, places)) or (
            len(places) == 1
            and _PAGE_GAP.search(kept[places[0][0]].rstrip())
            and (
                places[0][0] == first
                or _cuts_a_sentence(kept, places[0][0])
                or _dated_between_sentences(kept, places[0][0], head, config)
            )
        ):
            _remove_heads(kept, removed, [index for index, _ in places])
    _strip_paged_heads(kept, removed, first, config)


def _dated_between_sentences(kept: list[str], index: int, head: str, config: Config) -> bool:
    """Whether the line at *index*, its words *head* beside a page number past a wide gap, is
    the page's head printed once between two sentences, as between a speech's last one and the
    next speaker's label: its words date the sitting, the line above ends a sentence, the one
    below opens with a capital, a blank line or two perhaps on either side (a PDF's copy across
    one page break: "… necesară." / "Camera Deputaţilor - Stenograma şedinţei din 14 octombrie
    2024      12" / "Doamna Ana X - ministrul justiţiei,"). The line below shaped so too makes the
    two a table's rows under a sentence that announces them ("… as follows." / "Year ending 31
    March 2020      450" / "Year ending 31 March 2021      512"), no head; so does an amount for
    its page, four figures or more with no word for page nor dashes ("Balance at 30 June 2021
    4120"), unless a weekday names the sitting, and words that open a table's row
    (``table_rows``: "Total as at 31 December 2020      12")."""
    above = next(
        (kept[at].rstrip() for at in range(index - 1, max(index - 4, -1), -1) if kept[at].strip()), ""
    )
    below = next(
        (kept[at].lstrip() for at in range(index + 1, min(index + 4, len(kept))) if kept[at].strip()), ""
    )
    return (
        above.endswith(_STOPS)
        and below[:1].isupper()
        and _numbered_head(below.rstrip()) is None
        and find_date(head, config) is not None
        and not _table_row(kept[index].strip(), head, config)
    )


def _table_row(line: str, head: str, config: Config) -> bool:
    """Whether *line*, a dated line with a number past a wide gap (its words *head*), reads as a
    table's row rather than a page's head: its words open as a row's label does ("Balance at 30
    June 2021", "Year ending …", ``table_rows``), or its number is an amount, four figures or
    more with no word for page nor dashes around it, where no weekday names a sitting's day."""
    if head.casefold().startswith(config.table_rows):
        return True
    found = _numbered_head(line)
    if found is None or found.start("page") < found.start("head") or len(found.group("page")) < 4:
        return False
    if not found.string[found.end("head") : found.end()].strip().isdigit():  # "Page 4120", "- 1234 -"
        return False
    weekday = config.head.get("weekday")
    return (weekday is None or weekday.search(head) is None) and not _named_record(head, config)


# A word of a head past its date: a word in CAPITALS or one of the record's heading's words.
_HEAD_WORD = regex(r"[^\W\d_]+")


def _named_record(head: str, config: Config) -> bool:
    """Whether *head*, a dated line's words, names a house or its record as a page's head does,
    a word in CAPITALS past its date or a record's heading's word (``record_headings``: "May 3,
    2021      COMMONS DEBATES      6457", "House of Commons      3 May 2021      1234", a
    Hansard's column of four figures): no table's row, whose label is a sentence's words."""
    date = find_date(head, config)
    rest = head.replace(date[1], " ", 1) if date else head
    return any(
        (len(word) > 1 and word.isupper()) or word.casefold() in config.record_headings
        for word in _HEAD_WORD.findall(rest)
    )


def _pages_apart(kept: list[str], places: list[tuple[int, int]]) -> bool:
    """Whether each of the running head's *places* has text between it and the next, as a
    page's head has its page: rows of the same words one under another are a table's ("1   Purchase
    of vehicles   Res. 4" / "2   Purchase of vehicles   Res. 4")."""
    return all(any(kept[i].strip() for i in range(a + 1, b)) for (a, _), (b, _) in pairwise(places))


def _page_worded(found: re.Match[str], config: Config) -> bool:
    """Whether the word before the page number of a running head *found* is the word for page,
    as the page-number furniture reads it ("Pág. 12"), not a margin's other mark ("Se aprueba por
    unanimidad.        Art. 3", a vote article by article)."""
    return page_numbered(found.string[found.start("word") :], config)


def page_numbered(text: str, config: Config) -> bool:
    """Whether *text* is a page's number as the page-number furniture reads it, perhaps after
    the word for page ("Pág. 12", "Trang 4", "- 3 -")."""
    return any(p.regex.fullmatch(text) for p in config.furniture_lines if p.name == "page-number")


def _remove_heads(kept: list[str], removed: list[Furniture], places: list[int]) -> None:
    """Blank out the running heads at *places*, each recorded as furniture."""
    for index in places:
        removed.append(Furniture(index + 1, kept[index].strip(), "running-head"))
        kept[index] = ""


# A running head as OCR or a PDF's text gives it, one space between it and its page number:
# "Reichstag. — 12. Sitzung. Dienstag den 5. Mai 1925. 237", "238 Reichstag. — 12. Sitzung. …".
# A parliament's head naming its term, sitting, place, weekday and date runs to a hundred
# characters, its pages late in a term to five figures ("Deutscher Bundestag – 20. Wahlperiode –
# 118. Sitzung. Berlin, Donnerstag, den 6. Juli 2023 14211").
_PAGE_BEFORE = regex(r"(?P<page>\d{1,5})\s+(?P<head>\S.{10,118})")
_PAGE_AFTER = regex(r"(?P<head>\S.{10,118}?)\s+(?P<page>\d{1,5})")
_YEAR = regex(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_PAGE_STEP = 2  # pages from one head to the next: an excerpt's next page or the one after it


def _paged_head(line: str) -> tuple[str, int] | None:
    """The words and the page number of a line that may be a running head: a page number at
    its start or end and the year of the sitting in its words."""
    for pattern in (_PAGE_BEFORE, _PAGE_AFTER):
        found = pattern.fullmatch(line)
        if found and _YEAR.search(found.group("head")):
            return found.group("head"), int(found.group("page"))
    return None


def _strip_paged_heads(kept: list[str], removed: list[Furniture], first: int, config: Config) -> None:
    """A line with the year of its sitting and a page number at its start or end, closely set:
    the running head, where it comes back with the same words on the pages after (the number
    on the left of an even page, on the right of an odd one). Printed once, such a line may be
    a wrapped sentence's ("в 1936 году — против прошлого года — 14" / "миллионов тонн"): it
    stays text, unless its words end in a stop before the page and it stands between two lines
    of a sentence it cuts, as a scan's text keeps an older printed debate's head once in a short
    excerpt ("… nicht" / "Reichstag. — 41. Sitzung. Donnerstag den 12. März 1891. 987" /
    "schaden werde", "1866. THE CONGRESSIONAL GLOBE. 2417"), or where it is the text's *first*
    line and its words hold the sitting's date, the page no year: a copy of a page opens with its
    head ("Deutscher Bundestag – 20. Wahlperiode – 45. Sitzung, Berlin, Mittwoch, 14. Juni 2023
    4567"), as one whose page a wide gap sets off does (see :func:`_strip_numbered_heads`)."""
    heads: dict[str, list[tuple[int, int]]] = {}
    for index, line in enumerate(kept):
        text = line.strip()
        found = _paged_head(text) if text[:1].isdigit() or text[-1:].isdigit() else None
        if found:
            heads.setdefault(found[0], []).append((index, found[1]))
    for head, places in heads.items():
        pages = [page for _, page in places]
        if len(places) >= 2 and all(0 < b - a <= _PAGE_STEP for a, b in pairwise(pages)):
            _remove_heads(kept, removed, [index for index, _ in places])
        elif len(places) == 1 and _printed_once(head, kept, places[0][0]):
            _remove_heads(kept, removed, [places[0][0]])
        elif len(places) == 1 and _opening_head(head, places[0], first, kept, config):
            _unpage_head(kept, removed, places[0])


def _unpage_head(kept: list[str], removed: list[Furniture], place: tuple[int, int]) -> None:
    """Take the page's number off the head an excerpt opens with (*place*: its index and page),
    its words kept for the title and the sitting's date they name."""
    index, page = place
    line = kept[index]
    number = str(page)
    words = line.rstrip()
    if words.endswith(number):
        kept[index] = words[: -len(number)].rstrip()
    else:
        start = len(line) - len(line.lstrip())
        kept[index] = line[:start] + line[start + len(number) :].lstrip()
    removed.append(Furniture(index + 1, number, "page-number", part=True))


def _opening_head(head: str, place: tuple[int, int], first: int, kept: list[str], config: Config) -> bool:
    """Whether a line that may be a running head (its words *head*, at *place*: index and page)
    is the text's *first* line set apart from the text below it (a blank line, or the page's
    other furniture taken off), its words ending with the sitting's date and its page no year
    (see :func:`_strip_paged_heads`): not a title's clock or day ("… kl. 10", "… Day 41")."""
    index, page = place
    return (
        index == first
        and index + 1 < len(kept)
        and not kept[index + 1].strip()
        and not _YEAR.fullmatch(str(page))
        and _DATE_LAST.search(head) is not None
        and find_date(head, config) is not None
    )


_DATE_LAST = regex(r"(?<!\d)(?:1[6-9]|20)\d\d\.?$")  # a head's words end with the date's year


# the wide gap before a head's page number, perhaps with the word for page or between dashes
# ("…    Trang 12", "…    - 3 -")
_PAGE_GAP = regex(rf"\S[ \t]{{3,}}{_GAP_PAGE}$")

# A page's head between its page (a number, or a chamber's letter and number: "H6114", "S8012")
# and the sitting's date: "H6114      CONGRESSIONAL RECORD — HOUSE      July 20, 2005", or the
# date first on the facing page. Its middle is set off by wide gaps or printed in CAPITALS. The
# word for page may have its colon ("TUESDAY, 12 MARCH 2024        Page: 14", a Hansard's PDF).
_PAGE_AT_START = regex(r"(?:(?i:page):?\s+)?[A-Z]?\d{1,5}(?P<gap>\s+)(?P<rest>\S.{8,120})")
_PAGE_AT_END = regex(r"(?P<rest>\S.{8,120}?)(?P<gap>\s+)(?:(?i:page):?\s+)?[A-Z]?\d{1,5}")
_WIDE_GAP = regex(r"\s{3,}|\t")


def _dated_head(line: str, config: Config) -> bool:
    """Whether *line* is a page's head: its page at one end, the date at the other; no table's
    row, its amount at the end (see :func:`_table_row`)."""
    for pattern in (_PAGE_AT_START, _PAGE_AT_END):
        found = pattern.fullmatch(line)
        if (
            found
            and _head_and_date(found.group("rest"), bool(_WIDE_GAP.fullmatch(found.group("gap"))), config)
            and (pattern is _PAGE_AT_START or not _table_row(line, found.group("rest"), config))
        ):
            return True
    return False


def _head_and_date(rest: str, wide: bool, config: Config) -> bool:
    """Whether *rest*, a line past its page, is a head and the date (with its weekday) at its
    far end, the head set off by wide gaps, in CAPITALS, or a title after a page set off by a
    wide gap ("22      City Council Meeting – October 3, 2023")."""
    date = find_date(rest, config)
    if date is None:
        return False
    fields = _WIDE_GAP.split(rest)
    titled = wide
    wide = wide and len(fields) > 1
    ends = (fields[0], fields[-1]) if wide else (rest[: len(date[1])], rest[-len(date[1]) :])
    head = rest.replace(date[1], "", 1).strip(" \t,")
    return (
        any(date[1] in end for end in ends)
        and bool(head)
        and (wide or not any(c.islower() for c in head) or (titled and _title(head)))
    )


_TITLE_WORD = regex(r"[^\W\d_][\w’'&.-]*")


def _title(head: str) -> bool:
    """Whether *head* is a title of capitalised words, short words between them lower case and a
    dash or bar ending it perhaps: a meeting's name, no sentence of speech."""
    words = head.rstrip(" \t-–—|").split()
    return 0 < len(words) <= 8 and words[0][0].isupper() and all(_title_word(word) for word in words)


def _title_word(word: str) -> bool:
    """Whether *word* is a title's: capitalised, or a short word between them in lower case."""
    return bool(_TITLE_WORD.fullmatch(word)) and (word[0].isupper() or (word.islower() and len(word) <= 3))


def _strip_dated_heads(kept: list[str], removed: list[Furniture], config: Config) -> None:
    """A page's head with its page and the sitting's date is furniture even printed once: an
    excerpt that crosses one page break keeps one. A head naming the house, its term and its
    record by their numbers is the record's title on its first line, furniture below it."""
    first = next((index for index, line in enumerate(kept) if line.strip()), 0)
    places = [
        index
        for index, line in enumerate(kept)
        if line.strip()[-1:].isdigit()
        and (
            _dated_head(line.strip(), config)
            or _dated_head_in_a_sentence(kept, index, config)
            or (index > first and _termed_head(line.strip(), config))
        )
    ]
    # the first lines with words, read no further: a list of every such line's index (an int
    # object and its place each, 36 bytes a line) had been the reading's peak of memory
    heading = list(islice((index for index, line in enumerate(kept) if line.strip()), _HEAD_LINES))
    for index in [index for index in places if index in heading]:
        found = _PAGE_WORD_COLON.search(kept[index].rstrip())
        if found is not None:  # the record's day in its head, the page's word and number taken off
            places.remove(index)
            removed.append(Furniture(index + 1, found.group().strip(), "page-number", part=True))
            kept[index] = kept[index].rstrip()[: found.start()]
    _remove_heads(kept, removed, places)


# The word for page with its colon and the page's number after a wide gap at a head's end
# ("WEDNESDAY, 8 MAY 2024        Page: 31"); within the text's first lines the head's words are
# the record's day, kept for its date as a head with no page's word is.
_PAGE_WORD_COLON = regex(r"[ \t]{3,}(?i:page):[ \t]*\d{1,5}$")
_HEAD_LINES = 3


# A word of a head that numbers the house's term, sitting or record: "7.", "7/45", "112.".
_HEAD_NUMBER = regex(r"\d{1,4}(?:[./]\d{1,4})*\.?")
_HEAD_DASHES = frozenset("-–—|")


def _termed_head(line: str, config: Config) -> bool:
    """Whether *line* is a page's head as a parliament's PDF prints it, its page set off by a
    wide gap and the sitting's date at the far end, the house, its term and its record numbered
    between dashes ("Landtag Brandenburg – 7. Wahlperiode – Plenarprotokoll 7/45 – 12. Mai 2021
    4513"): capitalised words, numbers and dashes, no sentence's word in lower case."""
    return any(
        found is not None and _WIDE_GAP.fullmatch(found.group("gap")) and _termed(found.group("rest"), config)
        for found in (_PAGE_AT_END.fullmatch(line), _PAGE_AT_START.fullmatch(line))
    )


def _termed(rest: str, config: Config) -> bool:
    """Whether *rest*, a head past its page, numbers its house's term and record between dashes
    and ends with the sitting's date."""
    date = find_date(rest, config)
    if date is None or not rest.rstrip(" .").endswith(date[1].rstrip(" .")):
        return False
    words = rest[: rest.rindex(date[1])].replace(",", " ").split()
    return (
        any(word in _HEAD_DASHES for word in words)
        and any(_HEAD_NUMBER.fullmatch(word) for word in words)
        and all(word in _HEAD_DASHES or _HEAD_NUMBER.fullmatch(word) or _title_word(word) for word in words)
    )


def _dated_head_in_a_sentence(kept: list[str], index: int, config: Config) -> bool:
    """Whether the line at *index* is a page's head in Mixed case, its page set off at the right
    margin by a wide gap and the sitting's date in it, standing inside a sentence the page break
    cut (a split word's hyphen or a word above, lower case below, blank lines between perhaps):
    an old printed record's "Reichstag. — 88. Sitzung. Donnerstag den 3. Mai 1906.      2741"."""
    found = _PAGE_AT_END.fullmatch(kept[index].strip())
    if (
        found is None
        or not _WIDE_GAP.fullmatch(found.group("gap"))
        or find_date(found.group("rest"), config) is None
    ):
        return False
    above = next((line.rstrip() for line in reversed(kept[:index]) if line.strip()), "")
    below = next((line.lstrip() for line in kept[index + 1 :] if line.strip()), "")
    return bool(above and (above[-1].isalnum() or above[-1] in ",-") and below[:1].islower())


_INNER_GAP = regex(r"\S[ \t]{3,}\S")  # fields of one line set apart by wide gaps


def _strip_repeated_heads(kept: list[str], removed: list[Furniture], config: Config) -> None:
    """A line of fields set apart by wide gaps, one of them the sitting's date, printed the same
    at least twice: the page's running head, with no page number beside it ("March 3, 2021
    Harbourside Fire Inquiry      Day 42" over each page of a British inquiry's transcript)."""
    places: dict[str, list[int]] = {}
    for index, line in enumerate(kept):
        if "   " in line or "\t" in line:  # a wide gap, looked for in C before the line is read
            text = line.strip()
            if len(text) <= _RUNNING_HEAD and _INNER_GAP.search(text):
                places.setdefault(text, []).append(index)
    for text, found in places.items():
        if len(found) >= 2 and find_date(text, config) is not None:
            _remove_heads(kept, removed, [*_alike_above(kept, found), *found])


_FRONT_LINES = 8  # the lines of text at the record's top read as its front matter


def _strip_symbol_heads(kept: list[str], removed: list[Furniture], config: Config) -> None:
    """A document's symbol alone on its line (the furniture's ``page_symbols``), printed twice
    at least or named in the front matter too: each page's head, never a heading of the
    record's ("S/PV.1750" over each page of an old Security Council record). The front matter's
    own, its first, stays."""
    symbol = config.page_symbol
    if symbol is None:
        return
    places: dict[str, list[int]] = {}
    for index, line in enumerate(kept):
        if "/" in line and (text := line.strip())[:1].isupper() and symbol.match(text):
            places.setdefault(text, []).append(index)
    if not places:
        return
    front = [index for index, line in enumerate(kept) if line.strip()][:_FRONT_LINES]
    for text, found in places.items():
        first_in_front = found[0] in front
        heads = found[1:] if first_in_front else found
        named = first_in_front or any(text in kept[index] for index in front)
        if heads and (named or len(found) >= 2):
            _remove_heads(kept, removed, heads)


def _alike_above(kept: list[str], found: list[int]) -> list[int]:
    """The lines right over each of the running head's places *found* that every page prints
    the same, no stop ending one, :data:`_HEAD_BLOCK` at most: the house and the committee over
    the head's file number and date ("CÂMARA DOS DEPUTADOS - DETAQ" / "CPI - Fraudes no X" /
    "Número: 0452/24      12/06/2024", a Brazilian committee's shorthand notes)."""
    above: list[int] = []
    for depth in range(1, _HEAD_BLOCK + 1):
        lines = {kept[index - depth].strip() if index >= depth else "" for index in found}
        text = lines.pop()
        if lines or not text or len(text) > _HEAD_TEXT or text[-1] in TERMINAL:
            break
        above += [index - depth for index in found]
    return above


_RUNNING_HEAD = 120  # the longest line read as a running head without a page number
_DOUBLED_HEAD = 15  # the shortest line read as a running head printed twice over each page
_TWIN_GAP = 2  # lines from a running head to its twin, a blank line between them at most
_DOUBLED_PAGES = 2  # pages that print a line twice over them, at least, to make it their head


def _strip_doubled_heads(kept: list[str], removed: list[Furniture]) -> None:
    """A running head printed twice at the top of each page, as a copy of a page with its
    header layer doubled gives it ("Plenarprotokoll 21/45 … 4. Dezember 2026" on two lines): the
    twin right by a running head taken off is one too, and a line with a figure or in capitals
    printed so twice, at two pages at least, is one wherever it is so doubled."""
    heads = [(item.line - 1, item.text) for item in removed if item.pattern == "running-head"]
    taken = {index for index, _ in heads}
    twins = [
        near
        for index, head in heads
        for near in range(max(index - _TWIN_GAP, 0), min(index + _TWIN_GAP + 1, len(kept)))
        if kept[near].strip() == head and _twinned(index, near, taken)
    ]
    pairs: dict[str, list[int]] = {}
    for index, line in enumerate(kept):
        text = line.strip()
        if len(text) < _DOUBLED_HEAD or len(text) > _RUNNING_HEAD:
            continue
        # the first line with text below, read in a plain loop: a generator made for each line
        # of the record had been most of this pass's time
        for twin in range(index + 1, min(index + _TWIN_GAP + 1, len(kept))):
            below = kept[twin].strip()
            if below:
                if below == text:
                    pairs.setdefault(text, []).extend([index, twin])
                break
    for text, doubled in pairs.items():
        if len(set(doubled)) >= _DOUBLED_PAGES * 2 and (any(c.isdigit() for c in text) or _in_capitals(text)):
            twins += doubled
    _remove_heads(kept, removed, sorted(set(twins)))


def _twinned(index: int, near: int, taken: set[int]) -> bool:
    """Whether the line at *near* is the twin of the running head at *index*: no other line of
    the page's head taken off between them, where the line past the head's block is the speech
    that ends the page before ("CPI - Fraudes no X" / "CÂMARA DOS DEPUTADOS" / "CPI - Fraudes no
    X": the last line of a speech, the house, the committee)."""
    low, high = sorted((index, near))
    return taken.isdisjoint(range(low + 1, high))


def _printed_once(head: str, kept: list[str], index: int) -> bool:
    """Whether the line at *index*, its words *head* ending in a stop, is a running head printed
    once: where it cuts a sentence, or, its words in CAPITALS, where it stands between two."""
    if not head.endswith("."):
        return False
    return _cuts_a_sentence(kept, index) or (_capitals_head(head) and _between_sentences(kept, index))


def _capitals_head(head: str) -> bool:
    """Whether *head*, a line's words beside its page, is a running head's in CAPITALS, its
    year and its parts each with a stop ("1894. HOUSE OF COMMONS."): no sentence's."""
    parts = head.split(". ")
    return len(parts) >= 2 and all(_in_capitals(part) or part.isdigit() for part in parts)


def _between_sentences(kept: list[str], index: int) -> bool:
    """Whether the line at *index* stands between two lines of a paragraph, the one above ending
    a sentence and the one below opening another with a capital, no blank line between: a page
    break of an older printed debate fell between two sentences of a speech."""
    if index == 0 or index + 1 >= len(kept):
        return False
    above, below = kept[index - 1].rstrip(), kept[index + 1].lstrip()
    return bool(above) and above.endswith(_STOPS) and below[:1].isupper()


def _cuts_a_sentence(kept: list[str], index: int) -> bool:
    """Whether the line at *index* stands between two lines of one sentence: the line above
    ends in a word, a comma or a split word's hyphen, the line below starts in lower case; a
    blank line or two may stand on either side, as a PDF's copy sets the page's head apart."""
    above = next(
        (kept[at].rstrip() for at in range(index - 1, max(index - 4, -1), -1) if kept[at].strip()), ""
    )
    below = next(
        (kept[at].lstrip()[:1] for at in range(index + 1, min(index + 4, len(kept))) if kept[at].strip()), ""
    )
    return bool(above and (above[-1].isalnum() or above[-1] in ",-") and below.islower())


def _block_end(lines: list[str], start: int, end: re.Pattern[str] | None) -> int:
    if end is None:
        return len(lines) - 1
    for number in range(start, len(lines)):
        if end.match(lines[number].strip()):
            return number
    return start  # no end marker: only the start line is furniture


# Every wide or full-width character Unicode assigns lies at U+1100 or above: a line without one
# is all narrow.
_MAYBE_WIDE = regex("[\u1100-\U0010ffff]")


def columns(line: str) -> int:
    """The columns *line* takes, a wide (Chinese, Japanese, Korean) character two: "主席：第一項質詢。"
    is a line as long as "The Chair: The first question." A line with no character where wide
    ones lie (most lines) is asked nothing more; a line in ASCII is known to hold none unread."""
    if line.isascii() or _MAYBE_WIDE.search(line) is None:
        return len(line)
    wide = _MAYBE_WIDE.findall(line)
    return len(line) + sum(1 for char in wide if unicodedata.east_asian_width(char) in "WF")


def _wider(line: str, width: float) -> bool:
    """Whether *line* takes more than *width* columns (:func:`columns`). A line takes its length
    at least and twice it at most: the length answers most lines, the layout asking of every
    one, with no character of theirs read."""
    length = len(line)
    return length > width or (2 * length > width and columns(line) > width)


def _blocks(lines: list[str]) -> tuple[int, int, tuple[list[str], list[str]]]:
    """The blocks of *lines* between blank lines, as the layout asks of them: their count, the
    columns of their widest line, and their inner lines (each but a block's last, stripped; not
    one that ends no sentence over a line opening with a label's full-width colon), the first
    block's apart from the others'. A list of every block's lines had held a reference to
    each line of the record beside the reading's own, a tenth of the reading's peak."""
    blocks, width = 0, 0
    inner: tuple[list[str], list[str]] = ([], [])
    last = ""  # the block's last line so far, an inner one once a line follows it
    for line in lines:
        stripped = line.strip()
        if not stripped:
            last = ""
            continue
        if last:
            # a line over one that opens with a label's full-width colon tells nothing, as in a
            # text with no blank line: a field of a Chinese or Japanese head over the next
            # ("場所：市民会館" / "議題：…"), a turn over the next where the head's blocks stand
            # over turns one a line
            if not _fullwidth_label_below(stripped) or _last(last) in TERMINAL:
                inner[blocks > 1].append(last)
        else:
            blocks += 1
        if _wider(stripped, width):
            width = columns(stripped)
        last = stripped
    return blocks, width, inner


def _layout(lines: list[str]) -> str:
    """``blank-line`` (paragraphs between blank lines), ``wrapped`` or ``line`` (one per line).

    With blank lines, the lines inside a block decide: cut mid-sentence, they are one wrapped
    paragraph; ending sentences, each is a paragraph of its own (a title's blank line does not
    make a one-per-line text blank-line). Without, a fixed width means wrapped lines, unless
    nearly every line ends a sentence (short paragraphs of like length, one a line). Rows of a
    table (a tab between two cells on most lines: a table copied from a web page) are lines.
    """
    blocks, width, (head, rest) = _blocks(lines)
    # the head of a record (its title, date and fields, one block) tells nothing of how its
    # speeches are laid out, where the blocks after it have lines enough to tell
    body = rest if len(rest) >= 2 else head + rest
    inner = [line for line in body if _wider(line, 40) and not _timed(line)]
    if len(inner) < 2:  # short turns one a line (an excerpt, a web copy): its medium lines decide,
        # but not a label alone above its speech ("Katrin Jakobsdottir:"): the block is its turn
        inner = [line for line in body if _wider(line, 20) and line[-1] not in ":：" and not _timed(line)]
    if blocks >= 2:
        # Thai ends no sentence with a stop: its line's end says nothing either way
        ending = sum(1 for line in inner if _last(line) in TERMINAL or without_stops(_last(line)))
        # but blocks whose inner lines all run to one margin, one of them cut mid-sentence, are
        # hard-wrapped paragraphs, however many of their lines happen to end a sentence
        at_margin = all(columns(line) >= 0.75 * width for line in inner)
        wrapped = width <= _WRAP_WIDTH and len(inner) >= 3 and at_margin and ending < len(inner)
        # lines longer than any hard wrap runs, most of them ending a sentence, are a web copy's
        # paragraphs one a line, whatever its headings and salutations without a stop between them
        unwrapped = [line for line in inner if _wider(line, _UNWRAPPED)]
        ended = sum(1 for line in unwrapped if _last(line) in TERMINAL or without_stops(_last(line)))
        if len(unwrapped) >= 2 and ended > len(unwrapped) / 2:
            return "line"
        # a head set apart over one block of turns hard-wrapped (an excerpt's title and date
        # over its page), lines that end no sentence among them: the turns run on with no blank
        # line, read as a text with none is (lines that each end a sentence are paragraphs; an
        # aside alone in its brackets, "〔速記中止〕", "(Applause.)", is no sentence cut)
        cut = sum(
            1
            for line in rest
            if _last(line) not in TERMINAL
            and not without_stops(_last(line))
            and not PARENTHESIS.fullmatch(line.strip())
        )
        if blocks == _HEAD_AND_BODY and cut >= _CUT_BODY_LINES and _layout(_after_head(lines)) == "wrapped":
            return "wrapped"
        return "line" if len(inner) >= 2 and ending > 0.6 * len(inner) and not wrapped else "blank-line"
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    cells = sum(1 for line in lines if "\t" in line.strip())
    if len(lengths) < 3 or cells >= 0.6 * len(lengths):
        return "line"
    width = sorted(lengths)[int(len(lengths) * 0.9) - 1]
    full = sum(1 for n in lengths if n >= 0.75 * width)
    nonblank = [line.rstrip() for line in lines if line.strip()]
    texts = nonblank[:-1]
    # a line over one that opens with a label's shape tells nothing: a heading or a paragraph's end
    told = [
        _last(line) in TERMINAL
        for line, on in zip(texts, _goes_on(nonblank)[:-1], strict=True)
        if on or _last(line) in TERMINAL
    ]
    ending = sum(told)
    # an aside alone in its brackets, indented as a Japanese record sets its stage directions
    # ("　　（被告人、証言台の前に立つ）"), is no paragraph's indented first line
    # nor is a saved chat's message, indented under its clock and sender ("19:12:04 De X à Tout le
    # monde:" / "<tab>Bonsoir, …")
    margins = {
        min(indent(line), _INDENT)
        for line, above in zip(texts, ["", *texts], strict=False)
        if not PARENTHESIS.fullmatch(line.strip()) and not _CHAT_SENDER.fullmatch(above)
    }
    # Lines that mostly end a sentence are turns one per line, even of one length (wrapped lines
    # end mid-sentence), unless first lines are indented past the rest (indented paragraphs).
    if _cut_lines_full(texts, width):
        return "wrapped"
    if ending > 0.6 * len(told) and len(margins) == 1:
        return "line"
    if width <= _WRAP_WIDTH and full >= 0.6 * len(lengths) and statistics.pstdev(lengths) < width / 3:
        return "wrapped"
    return "line"


def _after_head(lines: list[str]) -> list[str]:
    """The lines of *lines* after the first block and the blank lines below it."""
    start = next(index for index, line in enumerate(lines) if line.strip())
    blank = next(index for index in range(start, len(lines)) if not lines[index].strip())
    return lines[blank:]


def _last(line: str) -> str:
    """The last character of *line* (not blank), an editor's note mark after it no end of the
    line's sentence: the line ends where the sentence before the mark does."""
    return (line.rstrip(NOTE_MARKS) or line)[-1]


# A name with the recording's clock after it, set off by two spaces or a tab, as a speech-to-text
# service exports it over each speech ("Karen Hale  0:02", "Speaker 1\t00:01:02").
_TIMED = regex(r"\S(?:[ ]{2,}|\t)\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")


# A saved chat's line over each message: the clock, the sender and the colon ("18:04:12 From X to
# Everyone:"), the message indented below it.
_CHAT_SENDER = regex(r"\d{1,2}:\d{2}(?::\d{2})?[ \t]+[^\W\d_][^\n]{0,80}[:：]")


def _timed(line: str) -> bool:
    """Whether *line* ends in a clock set off from a name (:data:`_TIMED`): a label alone above
    its speech, as one ending in a colon is, and no line of the speech a wrap cut. The clock's
    figure or its bracket ends the line: a line ending otherwise (most) is not searched."""
    return (line[-1:].isdigit() or line[-1:] == ")") and _TIMED.search(line[-20:]) is not None


# The start of a line that opens with a label's shape: a capitalised word, a few more, a colon;
# or a full-width one with the speech glued to it ("申请人：我要求 …"), which a wrapped sentence's
# line opens with too ("问题很多：漏水、…"), so read as a label's only under a sentence's end.
_LABEL_START = regex(r"[^\W\d_][^\s:：]*(?:[ \t]+[^\s:：]+){0,5}[ \t]*[:：](?:\s|$)")
_GLUED_START = regex(r"[^\W\d_][^\s:：]*(?:[ \t]+[^\s:：]+){0,5}[ \t]*：")
_UNCASED_LABEL = 30  # the longest such start in a script without case ("นางสาวมาลี ศรีสุข: ")
_SHORT_LINE = 0.75  # of the longest line, a line short enough to end no wrapped sentence


def _label_below(below: str, glued: bool = False) -> bool:
    """Whether *below* opens with a label's shape, so that the line above it ended its
    paragraph, whatever its last character ("Tagesordnungspunkt 5: Haushaltssatzung 2025" /
    "Landrat Bernd Keller: Ich rufe …": the headings of minutes copied one paragraph a line);
    a full-width colon with the speech glued to it too where *glued*.

    Asked of nearly every line of the record: a line with no colon at all, most of them, is
    answered by two substring tests before its first letter is read and the pattern tried."""
    return _label_start(below, glued) is not None


def _fullwidth_label_below(below: str) -> bool:
    """Whether *below* opens with a label's shape whose colon is the full-width one, the speech
    glued to it perhaps ("住民Ａ：広場に…", "議題：…")."""
    if "：" not in below[: _UNCASED_LABEL + 1]:
        return False
    found = _label_start(below, glued=True)
    return found is not None and found.group().rstrip().endswith("：")


def _label_start(below: str, glued: bool = False) -> re.Match[str] | None:
    """The label's shape *below* opens with (see :func:`_label_below`), or None."""
    if ":" not in below and "：" not in below:
        return None  # both patterns end in a colon
    below = below.lstrip()
    if not below[:1].isupper() and not (below[:1].isalpha() and not cased(below[:1])):
        return None
    found = _LABEL_START.match(below) or (_GLUED_START.match(below) if glued else None)
    # a script without case shows no capital: a short head before the colon is a label's shape
    return (
        found if found is not None and (below[:1].isupper() or len(found.group()) <= _UNCASED_LABEL) else None
    )


def _field_above(line: str, below: str) -> bool:
    """Whether *below* opens with a label's shape and *line* is no head of that label that the
    wrap cut ("Anf. 1 Ålderspresident KARIN" / "LINDGREN: …" reads as one label joined)."""
    cut = _label_below(f"{line} {below}") and not _label_below(line)
    return _label_below(below, glued=line.rstrip()[-1:] in TERMINAL) and not cut


def _capitals_broken(line: str, below: str, config: Config) -> bool:
    """Whether the hyphen ending *line* broke a word in CAPITALS that *below* goes on with in
    CAPITALS ("THE MINISTER OF STATE FOR FINANCE, PLANNING AND ECONOMIC DEVELOP-" / "MENT
    (GENERAL DUTIES) (Mr X): …", a long office a PDF's column cut): the line ends no paragraph,
    though the rest below has a label's shape. A label's own dash follows a stop or a space
    ("HON. X.-", "MR X –"), and a word in lower case goes on by the lower case below; a form of
    address below opens a label of its own ("… SMITH-" / "MR SPEAKER: …")."""
    if not line.endswith("-") or not line[-2:-1].isalpha() or not below[:1].isupper():
        return False  # "… DEVELOP-", the hyphen on the word; "ORAL ANSWERS -", "HON. X -": a dash
    last = line[:-1].rsplit(maxsplit=1)[-1:]
    first = below.split(maxsplit=1)[0].rstrip(",:;")
    return (
        bool(last)
        and last[0].isupper()
        and last[0][-1:].isalpha()
        and first.isupper()
        and first.isalpha()
        and not config.titles.fullmatch(first.casefold())
    )


def marked_label_cut(line: str, below: str, config: Config) -> bool:
    """Whether *line* opens with the marker a record prints before each label ("Anf. 1
    Ålderspresident INGVAR") with no colon of its own, and *below* ends that label ("CARLSSON:"
    alone, the speech under it): one label a narrow column cut, never a paragraph that ends
    before its name, however short the line."""
    found = config.prefix.match(line.lstrip())
    if not found or not found.group().strip() or not found.group()[:1].isupper() or ":" in line:
        return False
    return _label_below(f"{line} {below}")


# A surname's initials after it before a spaced dash: "Литвин І.С. – Розрахунки …".
_INITIALS_AFTER = r"(?:[ \t]+[^\W\d_]\.(?:[ \t]?[^\W\d_]\.){0,2})?"
# The words of a name in Mixed case that may open a turn at the start of a wrapped line.
_NAME_WORDS = 5
# A name of a few words that its stop or a spaced dash ends, a capitalised word after it: a
# label's shape without a colon ("Лысак. Товарищи, …", "Sattler – Ich danke …"), its initials
# glued to it perhaps ("А.Белоусова. Товарищи! …"), a namesake's number after it ("Марков 2-й. …").
_STOPPED_START = regex(
    rf"(?P<name>(?:[^\W\d_]\.)*[^\W\d_][^\s.]*(?:[ \t]+(?:[^\W\d_][^\s.]*|{ORDINAL_WORD})){{0,3}})"
    rf"(?:\.|{_INITIALS_AFTER}[ \t]+[-–—]{{1,2}})[ \t]+[^\W\d_]"
)


def _stopped_below(below: str, config: Config) -> bool:
    """Whether *below* opens with a name that its stop or a spaced dash ends and a capitalised
    word after it ("Лысак. Товарищи, …"), its words capitalised but a name's particles: under
    a line that ends a sentence with room for that name's first word, a paragraph's first line,
    as a hard wrap would have run the word onto the line above. A form of address alone before
    its stop is none ("Dr. Kranz …": the name goes on after it)."""
    found = _STOPPED_START.match(below)
    if found is None or not below[found.end() - 1].isupper():
        return False
    words = found.group("name").split()
    if len(words) == 1 and config.titles.fullmatch(words[0]):
        return False  # "Dr. Kranz …": a form of address's stop, the name after it
    if words[0].casefold() in config.divisions and ORDINAL.fullmatch(words[-1]):
        return False  # "Глава 2-я. Она говорит …": a text's division, no namesake's number
    # a word in CAPITALS names the speaker among words in lower case ("The PRESIDENT pro tempore.")
    return _capitalised(words, config) or any(len(word) > 1 and word.isupper() for word in words)


# A surname, its two initials and a comma or a stop before a capitalised word: the label of a
# record that names its members so ("Котяков А. О., министр …", "Нилов Я.Е. Уважаемый …").
_INITIALLED_START = regex(
    rf"[{UPPER}][{SMALL}]+(?:-[{UPPER}][{SMALL}]+)?[ \t]+[{UPPER}]\.[ \t]?[{UPPER}]\."
    rf"(?:,[ \t]+[^\W\d_]|[ \t]+[{UPPER}])"
)


def _initialled_below(below: str) -> bool:
    """Whether *below*, under a line that ends a sentence, opens with a surname, its two
    initials and a comma or a stop before a word ("Котяков А. О., министр труда …"): a member's
    label, its description perhaps wrapped onto the lines below, that opens a paragraph however
    near the margin the stop above fell (the name's first word had not fitted on it)."""
    return below[:1].isupper() and _INITIALLED_START.match(below) is not None


# One word and its stop, then a capitalised word: an abbreviated office opening a turn ("Präs.
# Ich eröffne …", "Vicepräs. Das Wort hat …").
_ABBREVIATED_START = regex(r"(?P<word>[^\W\d_]+)\.[ \t]+[^\W\d_]")


def _office_abbreviated_below(line: str, below: str, config: Config) -> bool:
    """Whether hard-wrapped *line*, which ends a sentence, ends its paragraph because *below*
    opens with an office abbreviated to one word, its stop and a capitalised word ("… nicht
    hinnehmen." / "Vicepräs. Das Wort hat …"): the abbreviation's stop ends no sentence, so it
    is no sentence of the paragraph's, however near the margin the stop above fell; a form of
    address ("Dr. Kranz …") stays a sentence's start."""
    found = _ABBREVIATED_START.match(below)
    if found is None or not _ends_sentence(line) or not below[found.end() - 1].isupper():
        return False
    word = found.group("word").casefold()
    office = config.offices.match(word)
    return word in config.abbreviations and office is not None and office.end() == len(word)


# A name of a few words, its role after a comma maybe, then its stop or a spaced dash and a
# capitalised word: the shape of a label an announcement above names ("Eva Dvořáčková,
# poslankyně. Děkuji …", "Ardian Kola – Faleminderit …").
_NAMED_START = regex(
    r"(?P<name>[^\W\d_][^\s.,]*(?:[ \t]+[^\W\d_][^\s.,]*){0,3})(?:,[^.,\n]{1,40})?"
    rf"(?:\.|{_INITIALS_AFTER}[ \t]+[-–—]{{1,2}})[ \t]+[^\W\d_]"
)
_ANNOUNCED_TAIL = 160  # the characters of a paragraph's end that an announcement is looked for in


def _announced_below(said: str, below: str, config: Config) -> bool:
    """Whether *below* opens with the name that *said*, the end of the paragraph above, ending a
    sentence, gives the floor to ("… Fjalën e ka deputeti Ardian Kola." / "Ardian Kola –
    Faleminderit …", "Слово предоставляется товарищу Гаврилову." / "Гаврилов. Товарищи! …"):
    that speaker's first line, however near the margin the stop above fell (a hard wrap runs
    no word of a new paragraph onto the line above; a stem is enough: "Гаврилову" names
    Гаврилов)."""
    found = _NAMED_START.match(below)
    if found is None or not below[found.end() - 1].isupper() or said[-1:] not in SENTENCE_STOPS:
        return False
    words = found.group("name").split()
    if not _capitalised(words, config):
        return False
    tail = said[-_ANNOUNCED_TAIL:]
    ends = [opened.end() for opened in config.announcements.finditer(tail)]
    stem = words[-1].casefold()[: max(4, len(words[-1]) - 2)]
    return bool(ends) and stem in tail[ends[-1] :].casefold()


def _ends_sentence(line: str) -> bool:
    """Whether *line* ends a sentence: its stop last, or inside the bracket that closes it ("…
    ablehnen. (Sehr richtig! links.)", the hall's note after the sentence)."""
    return line[-1] in SENTENCE_STOPS or (line[-1] in ")]" and line[-2:-1] in SENTENCE_STOPS)


def _event_below(line: str, below: str, config: Config) -> bool:
    """Whether *below* is an event of the sitting its record prints on a line of its own
    (``procedural``: "Mr. X moved that the Senate adjourn.", the Globe's narration) under *line*,
    a sentence's end: a paragraph of its own, never the last speech's words."""
    return bool(below[:1].isupper() and _ends_sentence(line) and config.procedural.fullmatch(below))


def _capitalised(words: list[str], config: Config) -> bool:
    """Whether *words* are each capitalised but a name's particles and a namesake's number
    ("Stephen Kinnock", "Марков 2-й", "Membership of the European Economic Area"): a name, or a
    heading in title case."""
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(
            word[:1].isupper() or word.casefold() in config.particles or ORDINAL.fullmatch(word)
            for word in words
        )
    )


def _name_opens_below(line: str, below: str, config: Config) -> bool:
    """Whether hard-wrapped *line* ends its paragraph because *below* opens with a name of a few
    capitalised words and its colon ("Zariņš Ivars: Zinot, …"; two words or more, or an office):
    the line ends a sentence, however near the margin its stop fell, or it is a heading in title
    case filling its line ("Membership of the European Economic Area" / "Stephen Kinnock: 1. …").
    A label so printed once inside a paragraph would count as no paragraph's start."""
    head, colon, _ = below.partition(":")
    words = head.split()
    if not colon or not _LABEL_START.match(below) or not 0 < len(words) <= _NAME_WORDS:
        return False
    named = len(words) >= 2 or config.offices.match(head.casefold()) is not None
    ended = line[-1] in TERMINAL or (len(line.split()) >= 2 and _capitalised(line.split(), config))
    return named and ended and _capitalised(words, config)


# After an office in a script without case, a word or two of its holder or an honorific, then
# the label's dash (a tatweel too) or colon and the speech: "رئیس ـ …", "अध्यक्ष महोदय-- …".
_OFFICE_MARK = regex(
    r"(?:[ \t]+[^\s:：\-–—ـ]+){0,2}(?:(?P<dash>[ \t]+[-–—ـ]{1,2}|[ \t]*-{2})|[ \t]*[:：])[ \t]*\S"
)


def _office_opens_below(below: str, config: Config) -> bool:
    """Whether *below*, in a script without case, opens with an office of the vocabulary and its
    label's mark: a turn's first line however the line above ends, since such a script shows no
    capital for a paragraph's start and its records may print no stop at a speech's end (a
    Majlis's "… تشکیل شد" / "رئیس ـ با حضور …" with no blank line between); a dash that the same
    dash further on the line answers sets an aside off, no label's."""
    if not below[:1].isalpha() or cased(below[:1]):
        return False
    found = config.offices.match(below.casefold())
    mark = _OFFICE_MARK.match(below, found.end()) if found else None
    if mark is None:
        return False
    # the same dash spaced further on the line closes an aside the first opened ("وزیر کشور - که
    # در جلسه حضور دارد - باید …", the minister, who is present, …), where a label's tatweel is
    # no prose's dash ("رئیس ـ آقای X - نماینده تهران - بفرمایید")
    dash = (mark.group("dash") or "").strip()
    return not dash or dash not in below[mark.end() :].split()


_ROOM_TO_SPARE = 0.9  # of the margin a line alone and the next line's first word stay short of
_BRACKETED = regex(r"\([^()\n]*\)")  # a name's seat, party or organisation in brackets
_ALONE_WORDS = 8  # words of a name or a heading alone on its line: "Morag Pettigrew (Lothian Care Forum)"


def _alone_below(line: str, below: list[str], width: int, config: Config) -> bool:
    """Whether hard-wrapped *line*, which ends a sentence, ends its paragraph because the first of
    *below* is a name or an office alone on its line above its speech, copied with no blank line
    around it ("… what should change?" / "Morag Pettigrew (Lothian Care Forum)" / "It has not. …"):
    a few words capitalised but a name's particles (those in brackets aside) or an office, ending
    in a letter or a bracket, with room to spare on the line for the next line's first word. A
    wrapped sentence's line left room for no next word; a paragraph's last words that end no
    sentence ("Nyní se budeme věnovat bodu číslo") have a word in lower case."""
    if len(below) < 2 or line[-1] not in SENTENCE_STOPS:
        return False
    alone, after = below
    words = _BRACKETED.sub(" ", alone).split()
    if not words or len(alone.split()) > _ALONE_WORDS or not (alone[-1].isalpha() or alone[-1] == ")"):
        return False
    if not (_capitalised(words, config) or config.offices.match(alone.casefold())):
        return False
    room = len(alone) + 1 + len(after.split(maxsplit=1)[0] if after.strip() else "")
    return room < _ROOM_TO_SPARE * width


def _goes_on(lines: list[str]) -> list[bool]:
    """For each of *lines* (none blank), whether it ends no sentence and goes on in the next:
    not where a label opens the next, its colon glued to the speech only under a line short of
    the others (a heading's: "第七次调解会议记录" / "调解员：现在开始…"), no wrapped sentence's."""
    width = max((len(line.rstrip()) for line in lines), default=0)
    return [
        line.rstrip()[-1] not in TERMINAL
        and not _label_below(below, glued=len(line.rstrip()) < _SHORT_LINE * width)
        for line, below in zip(lines, [*lines[1:], ""], strict=True)
    ]


def _cut_lines(lines: list[str], width: int, labels_end: bool = False) -> tuple[int, int]:
    """How many of *lines* end no sentence, and how many of those run to the margin: a line a
    hard wrap cut always does; one paragraph a line has no such lines, or short ones (a label or
    a heading alone on its line). With *labels_end*, a line over one that opens with a label's
    shape ends its paragraph."""
    texts = [line.rstrip() for line in lines if line.strip()]
    goes_on = _goes_on(texts) if labels_end else [line[-1] not in TERMINAL for line in texts]
    cut = [line for line, on in zip(texts, goes_on, strict=True) if on]
    return len(cut), sum(1 for line in cut if len(line) >= 0.75 * width)


def _cut_lines_full(texts: list[str], width: int) -> bool:
    """Whether the lines that end no sentence are wrapped ones: two or more, and nearly all of
    the full width (short paragraphs hard-wrapped end a sentence on most lines)."""
    cut, full = _cut_lines(texts, width)
    return 40 <= width <= _WRAP_WIDTH and cut >= 2 and full >= 0.8 * cut


def indent(line: str) -> int:
    """The columns of white space before a line's text."""
    return len(line) - len(line.lstrip())


def _indented_starts(lines: list[str]) -> tuple[set[int], set[int]]:
    """Indices of the lines that start a paragraph by their indentation, and of those that go
    on with one: in a block of lines (between blank lines) whose first line is indented past the
    block's margin, as a typed page indents each paragraph's first line and wraps the rest to
    the margin, every line so indented starts one and a line at the margin under one the wrap
    cut goes on with the paragraph above it, whatever its first word. A block whose first line
    is at the margin (a hanging indent) stays whole."""
    starts: set[int] = set()
    wrapped: set[int] = set()
    block: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if line.strip():
            block.append(index)
            continue
        if len(block) >= 3 and indent(lines[block[0]]) >= _INDENT:  # else no margin is below it
            margin = min(indent(lines[i]) for i in block)
            if indent(lines[block[0]]) >= margin + _INDENT:
                starts.update(i for i in block[1:] if indent(lines[i]) >= margin + _INDENT)
                widest = max(len(lines[i].rstrip()) for i in block)
                wrapped.update(
                    i
                    for i in block[1:]
                    if indent(lines[i]) < margin + _INDENT and _cut_above(lines[i - 1], widest)
                )
        block = []
    return starts, wrapped


_CUT_SHARE = 0.75  # of the widest line, the least a line the wrap cut runs to


def _cut_above(above: str, widest: int) -> bool:
    """Whether *above*, the line over one at a typed page's margin, was cut by the wrap: its
    text runs near the widest line and ends no sentence (a centred title over the margin, a
    short line that ends its sentence, were no paragraph's first line cut)."""
    text = above.strip()
    return len(text) >= _CUT_SHARE * widest and text[-1:] not in TERMINAL


# A line that opens with a parenthesis and a colon after it: the role of a label whose office
# the line above holds ("Le Président" / "(M. Paradis) : …"); or with the clock in square
# brackets a web copy prints after the name, which its line break cut from it ("Presidenten" /
# "[13:01:16 ]: …", the Storting's).
# A hard-wrapped line that is one short parenthesis: a note of its own, never a wrapped sentence's
# ("(10.00 am)" under the date, "(The witness withdrew)" after a speech, in a British inquiry's record).
_NOTE_LINE = regex(r"\([^()\n]{1,60}\)\.?")
# The text of the clock in square brackets a web copy prints after a speaker's name ("[13:01:16 ]"),
# spaces inside the brackets allowed (the labels' own bracketed clock allows none).
WEB_CLOCK_TEXT = r"\[[ \t]*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*\]"
_LABEL_PARENTHESIS = regex(rf"(?:\([^()\n]{{1,80}}\)|{WEB_CLOCK_TEXT})[ \t]*[:：]")


def _closes(line: str, below: str) -> bool:
    """Whether *below* closes a parenthesis that *line* leaves open: one parenthesis cut in two
    ("Right Hon. X (Prime Minister," / "Lib.): …"), never two paragraphs."""
    close = below.find(")")
    return line.count("(") > line.count(")") and close >= 0 and "(" not in below[:close]


_WRAPPED_ON_LINES = 3  # lines of a sentence wrapped one a line that read its line's end as a wrap


def _wrapped_on(current: list[tuple[int, str]], below: str) -> bool:
    """Whether the last of *current*, a paragraph's lines read one a line, goes on in *below*
    though that opens with a capital (a name the wrap cut): the paragraph is a sentence already
    wrapped over three lines or more (a narrow column beside an acta's margin roll), its last
    line ends none, it and *below* run near the paragraph's own margin, and *below* is no
    label's; a web copy's short lines (a heading over a name: "le travail de la Fondation" /
    "M.") stay apart."""
    texts = [text for _, text in current]
    last, width = texts[-1], max(len(text) for text in texts)
    return (
        len(texts) >= _WRAPPED_ON_LINES
        and last[-1] not in TERMINAL
        and not without_stops(last[-1])
        and any(text[:1].islower() for text in texts[1:])
        and min(len(last), len(below)) >= 0.75 * width
        and below[:1].isupper()
        and not _label_below(below)
    )


# A row of a transcript typed as a table: a short first cell at the margin (a name, an office),
# a run of spaces, the speech ("Van Ree          Dank u, voorzitter. …").
_ROW = regex(r"(?P<cell>[^\W\d_][^\t:!?]{0,39}?[^\W\d_)])(?P<gap>[ ]{2,})(?=[^\W_]|[\"'«“„(\[])")
_ROW_WORDS = 4  # words of a row's first cell at most
_ROW_GAP, _ROW_GAP_END = "  ", 43  # the gap's first two spaces, inside a row's first 43 characters
_COLUMN_ROWS = 3  # rows that make a label column
_COLUMN_SHARE = 0.6  # of the lines at the margin from the first row on, rows at least


@dataclass(frozen=True, slots=True)
class _Column:
    """A label column's rows (indices of the lines that open one) and the lines indented to its
    speech's column below them (a row's speech the wrap cut)."""

    rows: frozenset[int] = frozenset()
    wrapped: frozenset[int] = frozenset()


def _label_column(lines: list[str]) -> tuple[list[str], _Column]:
    """*lines* with the gap after each row's first cell read as a table's cell end (a tab), where
    three rows or more, most lines at the margin from the first row on, start their speech at
    one column and every line indented below them is indented to it: the labels of a
    transcript typed as a table, in Mixed case too ("Wethouder Kamps  Die zorgen …", the
    speech wrapped below at its column)."""
    # the rows found as the lines are read: a number and a match kept for each line at the
    # margin had been the reading's peak of memory
    cells = {
        index: row
        for index, line in enumerate(lines)
        if line[:1].isalpha()
        and _ROW_GAP in line[:_ROW_GAP_END]  # no gap where a first cell may end: no row, not matched
        and (row := _ROW.match(line)) is not None
        and len(row.group("cell").split()) <= _ROW_WORDS
        and not _timed(line)
    }
    if len(cells) < _COLUMN_ROWS:
        return lines, _Column()
    column = statistics.mode(row.end() for row in cells.values())
    rows = {index for index, row in cells.items() if row.end() == column}
    first = min(rows)
    margin = sum(1 for line in lines[first:] if line[:1].isalpha())
    indented = [
        index for index in range(first, len(lines)) if lines[index].strip() and not lines[index][:1].strip()
    ]
    if (
        len(rows) < _COLUMN_ROWS
        or len(rows) < _COLUMN_SHARE * margin
        or any(indent(lines[index]) != column for index in indented)
    ):
        return lines, _Column()
    out = list(lines)
    for index in rows:
        out[index] = cells[index].group("cell") + "\t" + lines[index][column:]
    return out, _Column(frozenset(rows), frozenset(indented))


# the most lines a text may have and still be too short to learn its wrap's width from
_FEW_LINES = 12
# a label's colon and the speech's first word after it
_SPEECH_AFTER_COLON = regex(r"[:：]\s+\w")


def _speech_cut(current: list[tuple[int, str]], below: str, width: int, config: Config) -> bool:
    """Whether the paragraph *current*, a label and its speech, breaks off mid-sentence (its last
    line ends in a letter) and goes on in *below*, which opens no label and ends the sentence: a
    short excerpt's wrap, as long as a wrap runs, its line reaching half the text's *width* at
    least (a notes' short answer, "Nein", or a label's line naming its holder ends no wrapped
    line). A heading holds no speech after a label's colon, a clock's line ends in a figure; an
    event of the sitting below is the record's ("Question put and agreed to."), no speech's."""
    text = current[-1][1]
    return (
        text[-1].isalpha()
        and 2 * len(text) >= width
        and columns(text) <= _WRAP_WIDTH
        and columns(below) <= _WRAP_WIDTH
        and bool(below)
        and _last(below) in SENTENCE_STOPS
        and not _label_below(below)
        and any(_SPEECH_AFTER_COLON.search(line) for _, line in current)
        and stage_type(below, config) is None
    )


# the lines behind the one read that the paragraphs' rules still ask (a cue's line above it)
_LOOK_BACK = 2
# the captioner's mark of a change of speaker and its space opening a line: a new paragraph, never
# a wrap's cut, where captions copied without stops end no line with one
_CAPTION_CHANGE = f"{CAPTION_MARK} "

# the fewest lines in a row, each opening with a label's shape, that make an exchange
_EXCHANGE_LINES = 3


def exchange_runs(keys: Sequence[str | None]) -> set[int]:
    """The indexes of *keys*, the labels that open lines in a row (None where a line opens with
    none), in runs of an exchange one turn a line, as chats, typed minutes and subtitles print
    it ("Chair: Agreed" / "Clerk: Item two, the budget" / "Chair: Carried"): three labels or
    more in a row, two speakers or more and one of them again, from the first that speaks again
    (the head's fields over the first turn name each office once: "Date: 4 May" / "Place: …",
    see :func:`_speaks_again`)."""
    found: set[int] = set()
    run: list[tuple[int, str]] = []
    for index, key in enumerate([*keys, None]):
        if key is not None:
            run.append((index, key))
            continue
        if not run:  # a line with no label after another: no run ends here (most lines)
            continue
        heads = [head for _, head in run]
        last = {head: at for at, head in enumerate(heads)}  # each label's last line: one pass
        start = next((at for at in range(len(heads)) if _speaks_again(heads, last, at)), len(heads))
        run, heads = run[start:], heads[start:]
        if len(run) >= _EXCHANGE_LINES and len(set(heads)) >= 2:
            found.update(at for at, _ in run)
        run = []
    return found


def _speaks_again(heads: list[str], last: dict[str, int], at: int) -> bool:
    """Whether the label *heads[at]* opens a line again below (*last* holds each label's last
    line), another speaking between: the same office twice in a row is a head's field over its
    holder's first turn ("会议主持人：李明华" / "会议主持人：现在开会。")."""
    head = heads[at]
    return last[head] > at and heads[at + 1 : at + 2] != [head]


def _exchange_lines(lines: list[str]) -> set[int]:
    """The indexes of *lines* in an exchange one turn a line (see :func:`exchange_runs`), each
    a turn of its own where a wrap would join a line with no stop to the next; a full-width
    colon with the speech glued to it opens such a line too, as Chinese and Japanese records
    print a short reply with no stop ("主席：好" / "委员：好的" / "主席：现在开会。")."""
    starts = (_label_start(line, glued=True) for line in lines)
    return exchange_runs([start.group().rstrip(" \t:：").casefold() if start else None for start in starts])


# a page's running head: its fields far apart on one line, no label's colon before the gap (a
# label column's: "MS ALDRED:          Tēnā koe, …")
_FIELDS_APART = regex(r"[^\s:：][ \t]{8,}\S")


def _set_apart(line: str) -> str:
    """The last character of *line*'s first field where it prints fields far apart, as a PDF
    copy's running head sets the record's title and the page's date or number at either margin
    ("Государственная Дума        Стенограмма заседания": its width is the page's, no hard
    wrap's); empty where it prints none."""
    found = _FIELDS_APART.search(line) if "        " in line.strip() else None
    return found[0][0] if found else ""


def _paragraphs(
    lines: list[str],
    layout: str,
    config: Config,
    column: _Column = _Column(),
    cells: frozenset[int] = frozenset(),
) -> list[RawPara]:
    """The raw paragraphs of *lines*, which are stripped in their places and emptied as they are
    read; the indexes of a table's *cells* each open one."""
    paragraphs: list[RawPara] = []
    current: list[tuple[int, str]] = []
    # a hard wrap's width: a line past any wrap's (a flattened page's cover run into one line)
    # was never wrapped, and read as the margin would end every wrapped line as a paragraph
    wrap = _UNWRAPPED if layout == "wrapped" else math.inf
    # a running head's fields far apart run to the page's margin, past the wrap's
    # (the widths taken in one pass, no pair kept a line: a list of them, 128 bytes a line, had
    # been the reading's peak of memory; a line is asked for its fields only past the widest yet)
    width = widest = 0
    for line in lines:
        n = len(line.rstrip())
        if n <= wrap and n > widest:
            widest = n
        if n <= wrap and n > width and not _set_apart(line):
            width = n
    width = width or widest
    starts, indented_on = _indented_starts(lines)
    starts |= column.rows  # a label column's row opens a paragraph
    starts |= _exchange_lines(lines)  # an exchange's line is a turn, with or without its stop
    starts |= cells | {index + 1 for index in cells}  # a table's cells: each its own, the line after too
    # short turns hard-wrapped end a sentence on most lines (read one a line), but where two or
    # more lines end none at the margin, the wrap cut them, before a capital too ("in the" / "Senate)")
    cut_at_margin = width <= _WRAP_WIDTH and _cut_lines(lines, width, labels_end=True)[1] >= 2
    # too few lines to learn a wrap's width from (a short excerpt copied from a PDF)
    few = sum(1 for line in lines if line.strip()) <= _FEW_LINES
    # each line's width kept, the line stripped in its place: a second list of the lines
    # stripped (8 bytes a line, and a copy of each with a margin) had been the reading's peak
    widths = array("I", [0]) * len(lines)
    for index, line in enumerate(lines):
        widths[index], lines[index] = len(line.rstrip()), line.strip()
    texts = lines
    for number, text in enumerate(texts, start=1):
        if number > _LOOK_BACK:
            # a line further behind is read no more: let it go as the record is read, the
            # lines of the whole record held at once had been the parse's peak of memory
            texts[number - _LOOK_BACK - 1] = ""
        if not text:
            if current and layout != "cues":  # a cue's end is no paragraph's: its sentence's is
                paragraphs.append(RawPara(current))
                current = []
            continue
        note = layout == "wrapped" and _NOTE_LINE.fullmatch(text) is not None
        # a running head's fields far apart go on no wrapped line above them, its first no
        # sentence (a line's vote and the article's number in the margin go on: "… por
        # unanimidad.        Art. 3")
        apart = layout == "wrapped" and _set_apart(text).strip(TERMINAL) != ""
        if current and (number - 1 in starts or note or apart):
            paragraphs.append(RawPara(current))
            current = []
        below = texts[number] if number < len(texts) else ""
        address = _address_cut_off(text, below, config)
        if address:  # "… reach the fund. MR." / "HOLLIS: I thank …": the form goes down with its name
            text, below = text[:address].rstrip(), f"{text[address:]} {below}"
            texts[number] = below
        glued = _glued_label(text, below, config) or _glued_heading(text, config)
        glued = glued or _glued_event(text, config)
        if glued:  # "… zur Diskussion.Stv. Abg. X" / the speech: the label its own paragraph
            paragraphs.append(RawPara([*current, (number, text[:glued])]))
            current, text = [], text[glued:].lstrip()
        current.append((number, text))
        if layout == "cues":
            ends = text[-1] in TERMINAL or (not below and _cue_ends(texts, number))
        elif layout == "line":
            # one a line, a line that ends no sentence (an editor's note mark after its stop ends
            # one: "… v kraji.¹" / "s. Hronek: …") and a next one in lower case are one cut in two
            ends = _last(text) in TERMINAL or not below[:1].islower()
            # a word the line's end hyphenated goes on below, in CAPITALS too ("… ЗА ЧИСТО-" /
            # "ТАТА НА АТМОСФЕРНИЯ ВЪЗДУХ.", a heading in a PDF's copy)
            ends = ends and not (text[-1] == "-" and text[-2:-1].isalpha() and below[:1].isalpha())
            full = widths[number - 1] >= 0.75 * width
            cut = (
                _last(text) not in TERMINAL
                and not without_stops(text[-1])
                and full
                and not _label_below(below)
                and not below.startswith(_CAPTION_CHANGE)  # ">> here": the captions' next speaker
            )
            if ends and cut_at_margin and cut:
                ends = False  # a line that ends no sentence and runs to the margin was cut by a wrap
            if ends and few and _speech_cut(current, below, width, config):
                ends = False  # "The President: I now give … of the Russian" / "Federation."
            if ends and _wrapped_on(current, below):
                ends = False  # "… bajo la presidencia de la" / "Srª Alcaldesa Dª X" / "Y y los …"
            ends = ends or _office_opens_below(below, config)  # "… تشکیل شد" / "رئیس ـ …"
        elif layout == "blank-line":
            ends = False  # a blank line ends a paragraph, no line's end (no rule below is asked)
        else:
            # wrapped, a short line ends its paragraph where it ends a sentence, or where the next
            # line's first word would have fitted on it with room to spare (a title, a label alone),
            # or fitted at all where that line opens with a label's shape (a field over a turn)
            length, short = widths[number - 1], 0.75 * width
            fitted = length + 1 + len(below.split(maxsplit=1)[0] if below else "")
            ends = length < short
            if ends and text[-1] not in TERMINAL:
                ends = fitted < short
            ends = ends or (fitted <= width and _field_above(text, below))
            ends = ends or (
                fitted <= width
                and (_ends_sentence(text) or len(current) == 1)  # or a heading's one line
                and _stopped_below(below, config)
            )
            ends = ends or _name_opens_below(text, below, config)
            ends = ends or (_ends_sentence(text) and _initialled_below(below))
            # a label alone on its line under a sentence's end, however near the margin the
            # stop fell ("… mevrouw Van der Plas." / "Mevrouw Van der Plas (BBB):")
            ends = ends or (_ends_sentence(text) and below[-1:] in ":：" and _field_above(text, below))
            ends = ends or _office_opens_below(below, config)
            ends = ends or _office_abbreviated_below(text, below, config)
            ends = ends or _event_below(text, below, config)
            ends = ends or _announced_below(" ".join(t for _, t in current[-3:]), below, config)
            ends = ends or _alone_below(text, texts[number : number + 2], width, config)
        if ends and layout != "cues" and marked_label_cut(text, below, config):
            ends = False  # "Anf. 1 Ålderspresident INGVAR" / "CARLSSON:": the label goes on
        if ends and layout == "wrapped" and _capitals_broken(text, below, config):
            ends = False  # "THE MINISTER OF … DEVELOP-" / "MENT (Mr X): …": one word, one label
        if (
            ends
            and below
            and (
                config.leaves_open(text)
                or _LABEL_PARENTHESIS.match(below)
                or _closes(text, below)
                or config.cuts_date(text, below)
            )
        ):
            # a label the copy's line break cut: "La" / "Vice-Présidente (Mme X) :"; a date a title's
            # wrap cut ("… DEL 15" / "MAGGIO 2000", "… DE DOS MIL" / "DOCE.")
            ends = False
        if number in column.wrapped or number in indented_on:
            # the line below, indented to a label column's speech or at a typed page's margin
            # under its paragraph's indented first line, goes on with it
            ends = False
        if ends or note:
            paragraphs.append(RawPara(current))
            current = []
    if current:
        paragraphs.append(RawPara(current))
    return paragraphs


# A name in CAPITALS and its colon opening a line: a label the form of address above was cut from.
_CAPITALS_LABEL = regex(rf"[{UPPER}][{UPPER}'’-]+(?:[ \t]+[{UPPER}][{UPPER}.'’-]*){{0,3}}[ \t]*:[ \t]")
# A sentence's stop, then a form of address in CAPITALS last on the line: "… reach the fund. MR."
_ADDRESS_TAIL = regex(rf"(?<=[.!?])[ \t]+(?P<form>[{UPPER}]+\.?)$")


def _address_cut_off(text: str, below: str, config: Config) -> int:
    """Where a form of address in CAPITALS that a hard wrap cut from its label begins on *text*:
    the line ends a sentence, then the form ("… reach the fund. MR."), and *below* opens with a
    name in CAPITALS and its colon ("HOLLIS: I thank …"), a label's shape in a record that prints
    them so; 0 where there is none. The form is the label's, no word of the speech above."""
    if not _CAPITALS_LABEL.match(below):  # asked of every line: the line below's shape first
        return 0
    found = _ADDRESS_TAIL.search(text)
    return found.start("form") if found is not None and config.leaves_open(text) else 0


# A sentence's stop with a label's first word glued to it, up to the line's end: "… Er steht zur
# Diskussion.Stv. Abg. Manfred Kaufmann" (a web copy of Liechtenstein's Landtag lost the break).
_GLUED_TAIL = regex(rf"(?<=[{SMALL}][.!?])[{UPPER}][^.!?:]*(?:\.[^.!?:]*)*$")
_GLUED_WORDS = (2, 6)  # words of a label glued to the sentence above


def _glued_label(text: str, below: str, config: Config) -> int:
    """Where a label alone glued to the end of the speech above begins on *text* (see
    :data:`_GLUED_TAIL`): a form of address or an office, then capitalised words of a name, no
    stop at its end, and a speech on the line *below*; 0 where there is none."""
    if not below[:1].isupper():
        return 0  # asked first: the pattern searches the whole line
    found = _GLUED_TAIL.search(text)
    if found is None:
        return 0
    words = found.group().split()
    if not _GLUED_WORDS[0] <= len(words) <= _GLUED_WORDS[1] or words[-1][-1:] in TERMINAL:
        return 0
    # a form of address first, or after an abbreviation that qualifies it ("Stv. Abg.")
    titled = any(config.titles.fullmatch(word.casefold()) for word in words[:2])
    titled = titled or config.offices.match(found.group().casefold()) is not None
    if not titled or not _capitalised(words, config):
        return 0
    return found.start()


# A space before a capitalised short word and another word: where an article may open a label.
# The letter before the space is asked at a space, not at every character (a class of every
# lower-case letter asked first had cost a third more on a paragraph's first 240 characters).
_ARTICLE_AT = regex(rf"[ \t](?<=[{SMALL}][ \t])[ \t]*(?=[{UPPER}][{SMALL}]{{0,2}}[ \t]+[{UPPER}])")
# The rest of a label after its office: words, a bracket perhaps ("(spoke in French)"), a colon.
_OFFICE_TO_COLON = regex(r"[^:()\n]{1,60}?(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]")
_GLUED_HEADING_WORDS = (2, 20)  # words of an item's heading a label is glued to


def _glued_heading(text: str, config: Config) -> int:
    """Where a chair's or an office's label with its article begins on *text* after the item's
    heading a copy of the page glued to it, the line break lost ("The situation in the Great
    Lakes region The President (spoke in French): …", a PDF's text of the Security Council's
    record): the heading's words in Mixed case, some in lower case, with no stop, comma or
    colon; 0 where there is none. Asked of every line: a line with no colon, which the label
    after the heading ends in, is answered by a substring test before the pattern is read."""
    if ":" not in text:
        return 0
    for found in _ARTICLE_AT.finditer(text, 0, 240):
        head, (article, _, rest) = text[: found.start()], text[found.end() :].partition(" ")
        words = head.split()
        if (
            article.casefold() not in config.articles
            or not _GLUED_HEADING_WORDS[0] <= len(words) <= _GLUED_HEADING_WORDS[1]
            or any(char in head for char in ":;.!?,")
            or all(word[:1].isupper() for word in words)
        ):
            continue
        office = rest.casefold()
        if (config.chairs.match(office) or config.offices.match(office)) and _OFFICE_TO_COLON.match(rest):
            return found.start()
    return 0


# The full stop of a script without spaces ending a sentence, and what a line has after it.
_IDEOGRAPHIC_STOP_TAIL = regex(r"[。！？](?=[^。！？]+\Z)")


def _glued_event(text: str, config: Config) -> int:
    """Where an event of the sitting its record prints on a line of its own (``procedural``: the
    numbered hour it closed, "午後三時五分散会") begins on *text* after the last sentence of a
    speech in a script without spaces, a wrap having joined the two lines with nothing between
    them ("… 散会いたします。午後三時五分散会"); 0 where there is none."""
    if "。" not in text and "！" not in text and "？" not in text:  # asked first: most lines hold none
        return 0
    found = _IDEOGRAPHIC_STOP_TAIL.search(text)
    if found is None or not config.procedural.fullmatch(text[found.end() :].strip()):
        return 0
    return found.end()


def _cue_ends(texts: list[str], number: int) -> bool:
    """Whether the subtitle cue whose last line is line *number* (of *texts*, 1-based) ends its
    paragraph, its text ending no sentence: where the next cue opens with a label's shape, or
    where the cue is one line (a heading, a label's own cue) and the next opens with a capital;
    elsewhere a cue's end is no paragraph's, a sentence runs on over cues: a clause after a
    comma that ends in a colon goes on with a sentence the cue cut (:func:`_clause`)."""
    following = next((text for text in texts[number:] if text), "")
    whole = number < 2 or not texts[number - 2]
    clause = texts[number - 1][-1:].isalpha() and _clause(following)
    return (_label_below(following) and not clause) or (whole and following[:1].isupper())


# A word, its comma and a clause up to a colon at a line's start ("Υποθέσεων, με θέμα: «…»").
_CLAUSE = regex(r"[^\W\d_][^\s,:：]*,[ \t]+(?P<next>[^\W\d_])[^:：\n]{0,40}[:：]")


def _clause(line: str) -> bool:
    """Whether *line* opens with a word, its comma and a clause in lower case up to a colon: under
    a line cut mid-sentence, the sentence's words ("… Εργασίας και Κοινωνικών" / "Υποθέσεων, με
    θέμα: «…»"), no label of a name and its description."""
    found = _CLAUSE.match(line)
    return found is not None and found.group("next").islower()


def check_characters(text: str, name: str) -> None:
    """Refuse *text* if it holds a character no transcript (and no XML) can, at file:line:col.

    Run before anything is parsed, so that such a character is the reader's clean refusal and
    never an XML library's exception deep inside the encoder.
    """
    found = _ANY_NOT_TEXT.search(text)
    end = found.start() if found else len(text)
    astral = (m for m in _ASTRAL.finditer(text, 0, end) if ord(m.group()) & 0xFFFE == 0xFFFE)
    found = next(astral, found)
    if found is None:
        return
    char = found.group()
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    reason = next(reason for pattern, reason in _NOT_TEXT if pattern.fullmatch(char))
    raise InputError(reason.format(code=f"U+{ord(char):04X}"), Location(name, line, column))


def read_source(data: bytes, name: str, config: Config) -> Source:
    """Decode, normalise and de-furnish *data*; split it into raw paragraphs."""
    text, encoding = decode(data, name)
    held = held_text(normalise(text), name)
    del text  # the decoded text is let go: the held text is the reading's (see held_text)
    return read_text(held, encoding, name, config)


def held_text(text: str, name: str) -> HeldText:
    """*text*, decoded and normalised, checked and held as the conversion holds it from here
    (:class:`HeldText`: its UTF-8 where that is smaller). The caller lets the decoded text go:
    held beside its lines and paragraphs, then read whole at the parse's start, it had set the
    parse's peak of memory."""
    check_characters(text, name)
    return HeldText(text)


def read_text(held: HeldText, encoding: str, name: str, config: Config) -> Source:
    """De-furnish the *held* text, decoded from *encoding* and normalised; split it into raw
    paragraphs."""
    lines = held.lines()
    kept, removed = strip_furniture(lines, config)
    if not any(line.strip() for line in kept):
        raise InputError("nothing but page furniture in this file", Location(name))
    kept, column = _label_column(kept)
    shown = [line for line, was in zip(kept, lines, strict=True) if line or not was.strip()]
    # each line is let go as its paragraph is read (:func:`_paragraphs`); the list of them as
    # read is let go before the layout is read: beside the kept lines and the layout's, it had
    # been a list too many at the reading's peak
    del lines
    layout = _layout(shown)
    del shown
    if sum(1 for item in removed if item.pattern == _CUE_TIMING) >= _CUES:
        layout = "cues"
    cells = frozenset(index for run in _table_runs(kept) for index in run)
    paragraphs = _paragraphs(kept, layout, config, column, cells)
    return Source(name, encoding, held, layout, paragraphs, removed, cells=frozenset(i + 1 for i in cells))
