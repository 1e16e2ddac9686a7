"""A seeded generator of hostile transcripts: what an attacker or a careless user would feed in.

``transcript(seed, scale)`` returns the bytes of one transcript; the same seed gives the same
bytes on every machine (only :class:`random.Random` decides). Each is built from the genre's parts
(speaker labels of every style, stage directions, interjections, editorial brackets, front
matter, page furniture) mixed with what breaks naive code: nested and unbalanced brackets,
Cyrillic, Latin, right-to-left scripts, emoji sequences, combining marks, zero-width and
bidirectional controls, control characters, Unicode noncharacters, huge lines, every line end
and the encodings the reader knows. *scale* bounds the size: 1 keeps an example under ~20 KB
(for CI), larger values reach the hundreds of kilobytes a fuzzing run needs.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import genre_words
from genre_words import CYRILLIC_WORDS, LATIN_WORDS

LABELS = [
    "IVANOV.",
    "Ivanov.",
    "Petrov (presiding).",
    "THE CHAIRMAN:",
    "Mr. SMITH:",
    "The CHAIRMAN.",
    "Senator McCLURE.",
    "ИВАНОВ И. И.",
    "КАГАНОВИЧ.",
    "Präsident Dr. Norbert Lammert:",
    "Dr. Angela Merkel, Bundeskanzlerin:",
    "M. le président.",
    "Q.",
    "A.",
    "SPEAKER 1:",
    "[00:01:23] MAYOR DAVIS:",
    "VOICES.",
    "Голос с места.",
    "السيد الرئيس:",
    "רבין:",
    "MR. O'BRIEN-SMITH:",
    "Mme la présidente.",
    "The hon. Member for Bolsover:",
]
WORDS = {
    "latin": LATIN_WORDS,
    "cyrillic": CYRILLIC_WORDS,
    "rtl": ["هذا", "السؤال", "ليس", "بسيطا", "שאלה", "זו", "אינה", "פשוטה"],
    "emoji": ["👍", "👨\u200d👩\u200d👧", "🇺🇦", "🏳️\u200d🌈", "🤔🤔", "✊🏿"],
    "combining": ["e\u0301", "n\u0303o", "z\u0335\u0336\u0337a\u0338\u0321l\u0322g\u0327o", "ё\u0308"],
    "numbers": ["1936", "12,5", "§ 3", "No. 17", "100%", "***", "—", "…"],
    "invisible": ["\u200b", "\u200e", "\u202e", "\u2066", "\u00a0", "\ufeff", "\u2028", "\t"],
}
STAGES = [
    "(Laughter)",
    "(Noise in the hall)",
    "(Applause)",
    "(Шум в зале)",
    "(VOICES. Right)",
    "(Petrov. No!)",
]
#: The web copies' furniture and a printed copy's page numbers (a running head may repeat around them).
FURNITURE = [*genre_words.FURNITURE, "- 12 -", "Page 3 of 9"]
EDITORIAL = ["[?]", "[illegible]", "[Text abridged. - Ed.]", "[KAGANOVICH].", "Kagan[ovich]", "[sic]"]
FRONT = ["STENOGRAM", "Archive: RGASPI. F. 17.Op. 2.D. 574. L. 76-103.", "A source: Pravda, 1936.", "ACT II"]
#: Characters no transcript may hold: the reader must refuse them, naming file:line:col.
FORBIDDEN = ["\x01", "\x1b", "\x7f", "\ufffe", "\uffff", "\ufdd0", "\U0001fffe"]
LINE_ENDS = ["\n", "\r\n", "\r"]


def _words(rng: random.Random, count: int) -> str:
    scripts = rng.sample(sorted(WORDS), k=rng.randint(1, 3))
    return " ".join(rng.choice(WORDS[rng.choice(scripts)]) for _ in range(count))


def _nested(rng: random.Random, depth: int) -> str:
    pairs = [("(", ")"), ("[", "]")]
    opened = [rng.choice(pairs) for _ in range(depth)]
    inner = _words(rng, 2)
    return "".join(o + "x " for o, _ in opened) + inner + "".join(c for _, c in reversed(opened))


def _unbalanced(rng: random.Random) -> str:
    return rng.choice(["(", ")", "[", "]", "((", "))", "(]", "[)"]) + _words(rng, rng.randint(0, 3))


def _sentence(rng: random.Random, scale: int) -> str:
    """One stretch of speech, with the hostile parts the seed picks."""
    parts: list[str] = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        if kind < 0.45:
            parts.append(_words(rng, rng.randint(1, 12)) + rng.choice([".", "!", "?", ",", "", "…"]))
        elif kind < 0.55:
            parts.append(rng.choice(STAGES))
        elif kind < 0.63:
            parts.append(rng.choice(EDITORIAL))
        elif kind < 0.70:
            parts.append(_nested(rng, rng.randint(1, 8)))
        elif kind < 0.78:
            parts.append(_unbalanced(rng))
        elif kind < 0.84:
            parts.append(rng.choice(LABELS) + " " + _words(rng, 3))  # a label mid-paragraph
        elif kind < 0.90:
            parts.append(" ".join([rng.choice(["Mme", "the", "the hon.", "Mr."])] * rng.randint(2, 6)))
        else:
            parts.append(rng.choice(WORDS["invisible"]) + _words(rng, 2))
    return " ".join(parts)


def _huge_line(rng: random.Random, scale: int) -> str:
    unit = rng.choice(["(x) ", "word ", "(", "[a] ", "Ivanov. ", "ё\u0301 ", "(VOICES. Yes) "])
    return rng.choice(LABELS) + " " + unit * rng.randint(50, 400) * scale


def _turn(rng: random.Random, scale: int) -> str:
    label = rng.choice(LABELS)
    body = _sentence(rng, scale)
    style = rng.random()
    if style < 0.6:
        return f"{label} {body}"
    if style < 0.8:
        return f"{label}\n{body}"  # a label alone on its line
    return f"{label.rstrip('.:')}.{body}"  # glued: Ivanov.I think


def _with_forbidden(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(FORBIDDEN) + text[at:]


def _encoded(rng: random.Random, text: str) -> bytes:
    encoding = rng.choice(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1251", "latin-1"])
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:  # the text holds what that code page lacks: as UTF-8 then
        return text.encode("utf-8", "surrogatepass")


#: Ways of building a whole transcript, chosen by the seed.
SHAPES: dict[str, Callable[[random.Random, int], list[str]]] = {
    "turns": lambda rng, scale: [_turn(rng, scale) for _ in range(rng.randint(1, 12 * scale))],
    "front-matter": lambda rng, scale: [
        *rng.sample(FRONT, k=rng.randint(1, len(FRONT))),
        *(_turn(rng, scale) for _ in range(rng.randint(1, 6))),
    ],
    "furniture": lambda rng, scale: [
        part for _ in range(rng.randint(2, 8)) for part in (rng.choice(FURNITURE), _turn(rng, scale))
    ],
    "huge-line": lambda rng, scale: [_turn(rng, scale), _huge_line(rng, scale)],
    "deep-brackets": lambda rng, scale: [
        _turn(rng, scale),
        "IVANOV. " + _nested(rng, rng.randint(20, min(120 * scale, 1000))),
    ],
    "labels-only": lambda rng, scale: [rng.choice(LABELS) for _ in range(rng.randint(1, 20))],
    "noise": lambda rng, scale: [_sentence(rng, scale) for _ in range(rng.randint(1, 5))],
}


def transcript(seed: int, scale: int = 1) -> bytes:
    """The hostile transcript of *seed*: always the same bytes for the same seed and scale."""
    rng = random.Random(seed)
    shape = rng.choice(sorted(SHAPES))
    paragraphs = SHAPES[shape](rng, scale)
    separator = rng.choice(["\n\n", "\n", "\n \n"])
    text = separator.join(paragraphs) + rng.choice(["", "\n"])
    if rng.random() < 0.08:
        text = _with_forbidden(rng, text)
    end = rng.choice(LINE_ENDS)
    return _encoded(rng, text.replace("\n", end))
