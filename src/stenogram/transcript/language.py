"""The language of a transcript: the script that names it, else its commonest words and the
letters only it writes among its neighbours (tables in ``[languages]`` of the defaults)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from stenogram.transcript.config import Config

_WORDS = re.compile(r"[^\W\d_]+")
_SCRIPT_SHARE = 0.1  # the share of a text's letters in a script that names its language
_WORD_SHARE = 0.05  # the share of a text's words among a language's commonest for it to be named
_KIN_SHARE = 0.8  # languages this close to the best share are told apart by their kin letters


def detect_language(text: str, config: Config) -> str:
    """The language of *text*: the script that names it (Greek, Japanese kana, Han …) where one
    makes up a tenth of its letters (kana far fewer: Chinese never writes them), else the language
    whose commonest words, with the letters only it writes among its neighbours, make up most of
    it (``und`` when none makes 5 %).
    Letters count so that a short excerpt is decided too: three lines of Ukrainian hold few
    common words but many і, ї, є; between close kin (Swedish, Danish; Russian, Bulgarian) the
    letters one of them writes and the others do not decide where their shared words tie."""
    sample = _unmarked(text[:200_000], config.short_labels).casefold()
    words = _WORDS.findall(sample)
    if not words:
        return "und"
    letters = sum(map(len, words))
    chars = Counter(sample)  # each distinct character asked once, not each occurrence
    others = [(char, n) for char, n in chars.items() if not char.isascii()]  # no script names ASCII
    for code, script in config.language_scripts:
        least = config.language_script_shares.get(code, _SCRIPT_SHARE)
        if sum(n for char, n in others if script.match(char)) >= least * letters:
            return code
    counts = Counter(words)
    share = {
        code: (
            sum(counts[w] for w in config.language_words.get(code, ()))
            + sum(chars[c] for c in config.language_letters.get(code, ()))
        )
        / len(words)
        for code in dict.fromkeys([*config.language_words, *config.language_letters])
    }
    best = max(share, key=lambda code: share[code])  # the first in the table on a tie
    if share[best] < _WORD_SHARE:
        return "und"
    if best not in config.language_kin:
        return best
    kin = {
        code: share[code] + sum(chars[c] for c in own) / len(words)
        for code, own in config.language_kin.items()
        if share.get(code, 0) >= _KIN_SHARE * share[best]
    }
    return max(kin, key=lambda code: kin[code])


def _unmarked(text: str, pairs: tuple[tuple[str, ...], ...]) -> str:
    """*text* less the question's and answer's letters that open its lines ("Q. …", "A. …"):
    a short excerpt of an examination prints them on every line, and "a" is a common word of
    Czech, Slovak and Portuguese; a mark is no word of the record's language."""
    return _marks(pairs).sub("", text)


@lru_cache(maxsize=4)
def _marks(pairs: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """The letters of the question-and-answer pairs one or two letters long, at a line's start
    before a stop, a colon or a space (as printed: "A." opens an answer, "a" a Czech clause)."""
    short = sorted({mark for pair in pairs for mark in pair if len(mark) <= 2}, key=len, reverse=True)
    if not short:
        return re.compile(r"(?!)")
    return re.compile(rf"^[ \t]*(?:{'|'.join(map(re.escape, short))})(?=[.:)]|[ \t])", re.M)
