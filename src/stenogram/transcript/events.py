"""What the words of a bracket name: the stage type of an event of the hall.

Read by the label reader (a bracketed event on its own line is no heading), the inline reader (a
parenthesis that names an event is a stage direction) and the block reader, from one table: the
configured stage patterns.
"""

from __future__ import annotations

import re

from stenogram.transcript.config import Config
from stenogram.transcript.regexcache import regex

#: A dash between parts printed close up after a sentence, as the Spanish records print it
#: ("Aplausos.—Un señor diputado: …").
CLOSE_DASH = r"(?<=[.!?…])[–—](?=[^\W\d_])"
#: A dash between the parts of one bracket ("Beifall bei der SPD – Zuruf von der CDU/CSU: …").
PART_BREAK = regex(rf"\s[-–—]\s|{CLOSE_DASH}")

# A note of the hall between slashes, a paragraph of its own, as the records of Bosnia and
# Herzegovina and of Slovenia print the anthem or a noise ("/INTONIRANJE HIMNE/", "/ oglašanje iz
# dvorane/"): a letter opens it and no slash is inside, so no path, date or fraction is one.
SLASHED = regex(r"/[ \t]*(?P<note>[^\W\d_][^/\n]{0,100}?)[ \t]*/[.]?")

# A bracket's words with their letters spaced out (Sperrsatz), one space between letters and two
# or more between words, as the Rada's records and old printed ones set the events of the hall:
# "(О п л е с к и)", "(Ш у м  у  з а л і)", "(H e i t e r k e i t .)"; a comma may close a word,
# as the congress stenograms list the events ("Б у р н ы е,  п р о д о л ж и т е л ь н ы е …").
_SPACED = regex(r"[^\W\d_](?: [^\W\d_.!]){2,},?(?: {2,}[^\W\d_](?: [^\W\d_])*,?)*(?: ?[.!])?")


def stage_type(content: str, config: Config) -> str | None:
    """The stage type of a bracket's *content*: of several events the first named
    ("Wesołość na sali, oklaski", "Heiterkeit und Beifall bei der FDP"), as the stenographer heard
    them, or the first part after a dash that names one when the bracket opens with an account of
    what members do ("Thomas Keindorf, CDU, unterhält sich stehend … - Unruhe"); a procedural
    closing ("Whereupon, at 4:12 p.m., the hearing was adjourned.") or another event of the sitting
    ("Die Sitzung wird um 12.03 Uhr unterbrochen.", "Segue la votazione") is ``other``, wherever
    it stands. Words spaced out letter by letter are read set close; where one space parts every
    letter and no wider gap parts the words ("Б у р н ы е а п л о д и с м е н т ы"), the event's
    word is sought anywhere in the run."""
    if _SPACED.fullmatch(content.strip()):
        words = re.split(r" {2,}", content.strip())
        content = " ".join(word.replace(" ", "") for word in words)
        if len(words) == 1:  # an OCR kept no gap between the words: the event's word inside the run
            run = [
                (m.start(), order, p.name)
                for order, p in enumerate(config.stages)
                if (m := p.regex.search(content))
            ]
            if run:
                return min(run)[2]
    for part in [content, *PART_BREAK.split(content)[1:]]:
        text = part.strip()
        found = [
            (m.end(), order, p.name) for order, p in enumerate(config.stages) if (m := p.regex.match(text))
        ]
        if found:
            return min(found)[2]
    return "other" if config.closing.search(content) or config.sitting.match(content.strip()) else None
