"""A field's value naming a company or a public body, as a decision's head names its parties."""

from __future__ import annotations

from stenogram.transcript.candidate import lower_case
from stenogram.transcript.reader import SENTENCE_STOPS
from stenogram.transcript.regexcache import regex

# A name in quotes closing the value ("«Будінвест»", '"Stroy"', "„Agro“"), opening with a letter.
_QUOTED_NAME = regex(r"[«„“\"][^\W\d_][^«»„“”\"]{0,60}[»“”\"]$")
_LEGAL_FORM_WORDS = 4  # "Товариство з обмеженою відповідальністю «X»"


def body_named(value: str) -> bool:
    """Whether *value*, a field's, names a company or a body: its name in quotes at its end and
    its legal form of a few words before it, which may be in lower case ("ТОВ «Будінвест»",
    "Приватне підприємство «Зоря-Агро»", 'OOO "Stroy"'), a party of a decision's head, no speech;
    a sentence quoting a name has more words before it, a stop inside, or opens in lower case."""
    text = value.strip()
    found = _QUOTED_NAME.search(text)
    if found is None:
        return False
    form = text[: found.start()].split()
    return (
        len(form) <= _LEGAL_FORM_WORDS
        and not lower_case(text[:1])
        and not any(word[-1:] in SENTENCE_STOPS for word in form)
    )
