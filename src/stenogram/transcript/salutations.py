"""What a speech opens with: the chair or the hall it addresses, perhaps after thanking them,
or one of its language's common openers; a speech begins there, so a label stands before it."""

from __future__ import annotations

import re
from itertools import islice

from stenogram.transcript.candidate import WORD, label_key
from stenogram.transcript.config import Config

SALUTATION_WORDS = 4  # "meine damen und herren"; a form of address and the chair's office
_THANKS_WORDS = 3  # "thank you very much", before a salutation
_MARKS = frozenset(",!.;:?¡¿")  # a vocative's comma or stop after the hall addressed


def opens_with(speech: str, openers: frozenset[str], most: int = 3) -> bool:
    """Whether *speech* opens with one of its language's common openers ("Děkuji, …", "Vážené
    paní poslankyně …", "Thank you"): the first one, two or up to *most* of its words."""
    words = [word.casefold() for word in WORD.findall(speech)[:most]]
    return any(" ".join(words[:count]) in openers for count in range(1, len(words) + 1))


def saluting(speech: str, config: Config) -> bool:
    """Whether *speech* opens by addressing the chair or the hall, perhaps after thanking them
    ("Товарищи! …", "Thank you, Mr. Speaker.", "مننه ښاغلی رییس"): a speech begins there."""
    first = WORD.search(speech)
    # keyed as the salutations are: "Sayın Başkan" opens with "sayin" (the Turkish dotless i
    # folded), "Collega's, …" with "collega"
    if first is None or label_key(first.group()).partition(" ")[0] not in config.salutation_openers:
        return False  # asked first: most speeches open with neither thanks nor a salutation
    # its first words only: a flattened record's long line is not read to its end at every label
    found = list(islice(WORD.finditer(speech), _THANKS_WORDS + SALUTATION_WORDS))
    # each word as the salutations are keyed: "אדוני היושב-ראש" is "אדוני היושב ראש"
    words = [label_key(word.group()) for word in found]
    thanked = (count for count in range(1, _THANKS_WORDS + 1) if " ".join(words[:count]) in config.thanks)
    return any(
        opens_with(" ".join(words[start:]), config.salutations, SALUTATION_WORDS)
        and not _subject(found[start:], config)
        for start in (0, *thanked)
    )


def _subject(found: list[re.Match[str]], config: Config) -> bool:
    """Whether the words *found* open a sentence whose subject is the one salutation's word, a
    word in lower case after it with only a space between and no mark of address in the words
    after ("Colleagues will see that …"): the hall is spoken of, not addressed; the vocative
    sets its comma or its stop soon ("Colleagues, …", "Товарищи делегаты!")."""
    if len(found) < 2 or label_key(found[0].group()) not in config.salutations:
        return False
    longer = any(
        label_key(" ".join(word.group() for word in found[:count])) in config.salutations
        for count in range(2, SALUTATION_WORDS + 1)
    )
    between = found[0].string[found[0].end() : found[1].start()]
    if len(found) > SALUTATION_WORDS:
        after = found[0].string[found[0].end() : found[SALUTATION_WORDS].start()]
    elif label_key(found[1].group()) in config.salutation_tails:
        return False  # "Товарищи депутаты.", "Comrades delegates.": the hall's office addressed, stopped
    else:  # a short sentence, whose full stop marks no vocative ("Members noted the figures."), read
        # to the mark after its last word only: a flattened record's line is not read to its end
        after = found[0].string[found[0].end() : found[-1].end() + 1].rstrip().removesuffix(".")
    return not longer and between == " " and found[1].group()[:1].islower() and not _MARKS.intersection(after)


def thanks_alone(line: str, config: Config) -> bool:
    """Whether *line* is only thanks, perhaps to the chair or the hall, with no stop after them, as
    a plenary's record prints a short reply ("Gracias Presidente", "Muchas gracias"): a speech
    however short, no title."""
    words = [label_key(word) for word in WORD.findall(line)]  # keyed as the thanks and salutations are
    if not words or len(words) > _THANKS_WORDS + SALUTATION_WORDS:
        return False
    for count in range(1, min(_THANKS_WORDS, len(words)) + 1):
        rest = " ".join(words[count:])
        if " ".join(words[:count]) in config.thanks and (
            not rest or rest in config.salutations or config.offices.fullmatch(rest)
        ):
            return True
    return False
