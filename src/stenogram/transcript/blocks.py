"""What a paragraph of a transcript is when no speaker says it: a heading of a few words, an
event of the hall printed without brackets, the procedural closing line, or part of a quotation
read out over several paragraphs. The parser asks; the shapes are here."""

from __future__ import annotations

from stenogram.transcript.candidate import ENCLOSING, label_key
from stenogram.transcript.config import Config
from stenogram.transcript.events import stage_type
from stenogram.transcript.model import BlockStage, Para, Quote
from stenogram.transcript.reader import SENTENCE_STOPS, TERMINAL
from stenogram.transcript.regexcache import regex

_QUOTE_SPAN = 5  # paragraphs a quotation read out may run over
_QUOTE_MARKS = {"“": "”", "«": "»", "„": "“"}


def _para_text(item: object) -> str | None:
    if not isinstance(item, Para):
        return None
    return "".join(n for n in item.content if isinstance(n, str))


def group_quotes(
    items: list[Para | BlockStage | Quote], decisions: list[str]
) -> list[Para | BlockStage | Quote]:
    """Runs of two to five paragraphs whose first opens a quotation that only the last closes;
    *items* themselves where there is none (most turns: a copy of each had outgrown the model's
    own lists)."""
    out: list[Para | BlockStage | Quote] = []
    index = 0
    while index < len(items):
        text = _para_text(items[index])
        opener = text.lstrip()[:1] if text else ""
        closer = _QUOTE_MARKS.get(opener)
        end = None
        if text is not None and closer and text.count(opener) - text.count(closer) == 1:
            depth = 1
            for later in range(index + 1, min(index + _QUOTE_SPAN, len(items))):
                following = _para_text(items[later])
                if following is None:
                    break
                if opener != closer:
                    depth += following.count(opener)
                depth -= following.count(closer)
                if depth == 0:
                    if following.rstrip(" .,;:!?…").endswith(closer):
                        end = later
                    break
        if end is None:
            out.append(items[index])
            index += 1
            continue
        paras = [item for item in items[index : end + 1] if isinstance(item, Para)]  # all are: _para_text
        out.append(Quote(paras, paras[0].line))
        decisions.append(
            f"line {paras[0].line}: {len(paras)} paragraphs between quotation marks encoded as a quotation"
        )
        index = end + 1
    return out if len(out) < len(items) else items  # no quotation: the list as it was, not a copy


_HEADING_WORDS = 8  # the longest line before the first turn taken for a heading


def short_heading(text: str, most: int = _HEADING_WORDS) -> bool:
    """A line of a few words (*most*) with no final punctuation, as a record heads an item
    ("Engagements", "Oral Answers to Questions"); a date, a number or a field ("PRESENT: …") is none."""
    words = text.split()
    return (
        0 < len(words) <= most
        and "\n" not in text.strip()
        and text.rstrip()[-1] not in TERMINAL + ",-–—"
        and text.strip()[0].isupper()
        and not any(c.isdigit() or c in ":：" for c in text)  # "PRESENT: …" is a field, not a heading
    )


_FIGURES = regex(r"(?<=\s)\d+(?:[/.–-]\d+)*(?=\s|$)")  # a year, a number among a heading's words
# The number of an item of the agenda before its words ("5. Voting time", "2.1. Statement by the
# President", "12) Petitions"), as a record numbers the items it takes up between the turns.
_ITEM_NUMBER = regex(r"\d{1,3}(?:\.\d{1,3})*[.)]\s+(?=[^\W\d_])")
_WORDY = regex(r"[^\W\d_]{3,}")  # a word of three letters at least
_QUALIFIED = regex(r"[ \t]+\([^()\n\d]{1,40}\)$")  # a numbered item's stage after its words
_ITEM_HEADING_WORDS = 12  # the longest line between turns taken for an item's heading (a subtitle too)
_UNCASED_HEADING = 40  # the longest line of a script without case taken for an item's heading
# An item's word and number in CAPITALS, a dash and its title, a stop after it: "OGGETTO N. 1 –
# APPROVAZIONE DEL VERBALE DELLA SEDUTA PRECEDENTE.", as an Italian regional council's record
# heads each item between the turns; no vote's tally, a word and its count after the dash again
# ("PRESENTI 25 – VOTANTI 24 – FAVOREVOLI 20 – CONTRARI 4.", "AYES 45 – NOES 12.").
_CAPITALS_ITEM = regex(
    r"[^\W\d_]{3,}(?:[ \t]+N[.°º]?)?[ \t]*\d{1,3}[ \t]+[-–—][ \t]+(?![^\W\d_]+[ \t]+\d)[^\W\d_][^\n]{2,200}\."
)
# What a heading in a script without case may close with: the bill's origin in brackets
# ("…法律案（内閣提出）").
_BRACKETED_TAIL = regex(r"\s*[（(][^()（）\n]{1,20}[）)]$")
# A sentence's or a clause's stop anywhere in a line of a script without case: no heading's.
_UNCASED_STOPS = regex(r"[。，、；：！？,;:!?]")


# Letters of a script without case set apart by spaces ("報 告 事 項", "討 論 事 項"): a heading's
# letter-spacing, as the Legislative Yuan's gazette prints the parts of a sitting.
_SPACED_LETTERS = regex(r"[^\W\d_](?:[ \u3000]{1,3}[^\W\d_]){1,9}")


def spaced_heading(text: str) -> bool:
    """A line of single letters without case set apart by spaces: a part of the sitting's heading."""
    line = text.strip()
    return bool(_SPACED_LETTERS.fullmatch(line)) and all(c.upper() == c.lower() for c in line if c.isalpha())


def item_heading(text: str) -> bool:
    """A line that names the item a sitting takes up next, printed between two turns: a short
    line with no final stop ("Autorités indépendantes et politique de la France", "Beëdiging de
    heer W.J. Korteweg"), its year or number in it too ("Einberufung der ordentlichen Tagung
    2024/2025"), or a line of a script without case with no stop in it ("弔詞贈呈の件", a
    Taiwanese record's spaced "報 告 事 項"); an item's word and number in CAPITALS, a dash and its
    title and a stop ("OGGETTO N. 1 – APPROVAZIONE DEL VERBALE.")."""
    line = text.strip()
    if not line or "\n" in line:
        return False
    if short_heading(line, _ITEM_HEADING_WORDS):
        return True
    item = _ITEM_NUMBER.match(line)  # the item's number before it: "5. Voting time"
    # and the stage of the item in brackets after it: "1. Election of the President (Second round)"
    if item and short_heading(_QUALIFIED.sub("", line[item.end() :]), _ITEM_HEADING_WORDS):
        return True
    unnumbered = _FIGURES.sub("", line)  # its figures among two words at least: no date's, no list's
    if (
        unnumbered != line
        and short_heading(unnumbered, _ITEM_HEADING_WORDS)
        and len(_WORDY.findall(line)) >= 2
    ):
        return True
    if _titled_item(line):
        return True
    if line.isupper() and _CAPITALS_ITEM.fullmatch(line):
        return True
    first = line[:1]
    bare = _BRACKETED_TAIL.sub("", line)
    return (
        first.isalpha()
        and first.upper() == first.lower()  # a letter without case
        and len(line) <= _UNCASED_HEADING
        and bool(bare)
        and bare[-1] not in TERMINAL
        and not _UNCASED_STOPS.search(bare)
    )


_TITLED_WORD = regex(r"[^\W\d_]{4,}")  # a word long enough that a title capitalises it


def _titled_item(line: str) -> bool:
    """A heading of two parts around a colon, each in Title Case, as a Westminster-style record
    names the item and its stage ("Arms Trade Treaty: Referral to Select Committee", "Finance Bill
    2013: Second Stage"): a sentence's words after a colon are in lower case."""
    topic, colon, stage = line.partition(":")
    if not colon or ":" in stage or not topic.strip() or not stage.strip():
        return False
    words = _TITLED_WORD.findall(line)
    return (
        all(word[0].isupper() for word in words)
        and len(words) >= 2
        and all(short_heading(_FIGURES.sub("", part).strip(), _ITEM_HEADING_WORDS) for part in (topic, stage))
        and stage.strip()[0].isupper()
    )


_TITLE_WORDS = 40  # the longest line taken for an item's title under the hour


def item_title(text: str) -> bool:
    """A line that names an item of the order of business, as a record prints it under the
    hour the item was taken up ("Seimo nutarimo „Dėl …" projektas Nr. XIVP-1234 (pateikimas)"):
    one line, a capital first, no sentence's stop, colon or comma at its end (a bracket may
    close it, a number stand in it)."""
    line = text.strip()
    first = line.lstrip("„“\"«‘'")[:1]
    return (
        bool(first)
        and "\n" not in line
        and len(line.split()) <= _TITLE_WORDS
        and first.isupper()
        and line[-1] not in SENTENCE_STOPS + ":;,"
    )


# An event enclosed as a label elsewhere is ("【拍手】"): the brackets and what they hold.
_ENCLOSED = regex(
    rf"(?P<open>[{''.join(ENCLOSING.values())}])(?P<event>[^\n]{{1,40}})(?P<close>[{''.join(ENCLOSING)}])"
)
_BARE_STAGE_WORDS = 6  # the longest paragraph taken for a stage direction printed without brackets
_DASHED_EVENT_WORDS = 10  # the longest event of the hall after the stage's dash, who did it first
_BARE_STAGE_TYPES = ("applause", "laughter", "noise")
# The dash the Argentine and Chilean records set before an event of the hall on its own line
# ("- Aplausos.", "--Risas."), or the two angle brackets the Nunavut Hansard sets there
# (">>Applause"): a mark of the stage, not a word of it.
_STAGE_DASH = regex(r"\s*(?:[-–—]{1,3}|>>)[ \t]*(?=[^\W\d_])")


def dashed_event(text: str, config: Config) -> bool:
    """Whether *text* is an event of the sitting led by the stage's dash, as the Argentine and
    Uruguayan records print one on its own line ("- Se entona el Himno Nacional Argentino.",
    "- Ocupa la Presidencia el concejal X."): a procedural line, or a short one of the sitting after
    it (the sitting's pattern opens a line and may be followed by a speech's sentence). The mark
    stands for the stop an event alone needs to be told from a heading (">>Prayer", the Nunavut
    Hansard's, where "PRAYERS" alone heads the item)."""
    dash = _STAGE_DASH.match(text)
    rest = text[dash.end() :].strip() if dash else ""
    sitting = config.sitting.match(rest) is not None and len(rest.split()) <= _CLOSING_WORDS
    procedural = config.procedural.match(rest) or config.procedural.match(f"{rest}.")
    return bool(rest and (procedural or sitting))


def bare_stage(text: str, config: Config, alone: bool = True) -> str | None:
    """The stage type of a short paragraph that is an event of the hall printed without
    brackets, as the Portuguese and Australian records print them: the event's word first and
    then only whose it is ("Aplausos do PS.", "Risos."), or after the stage's dash and then where
    it happened ("- Aplausos en las bancas.", the Argentine Senate's) or who made it first
    ("- Varios señores diputados hablan a la vez."), or last with a dash
    ("Opposition members interjecting—"), or another event in one word on a line of its own
    (*alone*: "Pausa.", not the chair's "X (председательствующий). Перерыв."); or an event alone
    in the full-width brackets that enclose a label elsewhere ("【拍手】", "【掌声】"). A sentence
    ("Protests continue.") has other words in lower case."""
    dash = _STAGE_DASH.match(text)
    text = text[dash.end() :] if dash else text
    enclosed = _ENCLOSED.fullmatch(text.strip())
    if enclosed and ENCLOSING[enclosed.group("close")] == enclosed.group("open"):
        return stage_type(enclosed.group("event"), config)
    words = text.split(maxsplit=_BARE_STAGE_WORDS)
    # after the stage's dash the event is one phrase, no comma between clauses: a line of dialogue
    # a witness or a quoted voice speaks may open with an event's word ("— Шум был очень сильный,
    # я испугалась.")
    phrase = bool(dash and words) and "," not in text
    if phrase and len(text.split()) <= _DASHED_EVENT_WORDS:
        first = stage_type(words[0].strip("."), config)
        # who made it, named first ("- Varios señores diputados hablan a la vez."), or the event's
        # word first and where it happened ("- Aplausos prolongados en las bancas y …")
        if first is None:
            kind = stage_type(text.strip(), config)
        else:
            kind = first if _placed_event(text, config) else None
        if kind in _BARE_STAGE_TYPES:
            return kind
    if not words or len(words) > _BARE_STAGE_WORDS or text.rstrip()[-1:] in "?!:,;":
        return None
    if text.rstrip()[-1] in "—–-":
        kind = stage_type(words[-1].strip("—–-"), config)
    elif phrase or all(word[:1].isupper() or len(word.strip(".")) <= 4 for word in words[1:]):
        # after the stage's dash, where it happened in lower case too ("- Aplausos en las bancas.")
        kind = stage_type(words[0].strip("."), config)
    else:
        return None
    if kind == "other" and alone and len(words) == 1:  # "Pausa.", the Portuguese Assembly's pause
        return kind
    return kind if kind in _BARE_STAGE_TYPES else None


_PLACE_WORDS = 4  # the words of one place after its preposition: "en las bancas del oficialismo"


def _placed_event(text: str, config: Config) -> bool:
    """Whether a dashed phrase is the event's word, at most one word that qualifies it and then
    where it happened ("Aplausos prolongados en las bancas y en las galerías."): a place's
    preposition so near the event; a voice's sentence opening with the event's word goes on with
    its verb ("Aplausos no habrá para quien vote …"), and so does one whose place the verb
    follows ("Шум в подъезде стоял страшный до самой ночи."): after each preposition no more
    than a place's few words, the next place's preposition perhaps after them."""
    words = [word.casefold() for word in text.split()]
    preposition = next((at for at in (1, 2) if at < len(words) and words[at] in config.place_prepositions), 0)
    if not preposition or text.rstrip()[-1:] in "?!:;":
        return False
    place = 0
    for word in words[preposition + 1 :]:
        place = 0 if word in config.place_prepositions else place + 1
        if place > _PLACE_WORDS:
            return False
    return True


_CLOSING_WORDS = 16  # the longest unbracketed paragraph taken for a procedural closing line


def short_closing(para: Para, config: Config) -> bool:
    """A last paragraph of plain text that is only a procedural closing ("The meeting rose at
    1.10 p.m.", "Заседание закрывается."): short, and opening with the closing words' sentence."""
    if not all(isinstance(node, str) for node in para.content):
        return False
    text = " ".join("".join(node for node in para.content if isinstance(node, str)).split())
    found = config.closing.search(text)
    return found is not None and len(text.split()) <= _CLOSING_WORDS and "." not in text[: found.start()]


_CREDIT_WORDS = 4  # the most words of a credit's verb ("recorded and transcribed by")
_CREDIT_LINE = 16  # the most words of a credit line: the verb, a name or two, a date, a place


def _credit_words(key: str, config: Config) -> int:
    """How many of *key*'s first words are the verb or participle of a recorder's or a
    transcriber's credit (``credits``), or 0."""
    words = key.split(" ", _CREDIT_WORDS)
    counts = range(min(len(words), _CREDIT_WORDS), 0, -1)
    return next((count for count in counts if " ".join(words[:count]) in config.credits), 0)


def credit(key: str, config: Config) -> bool:
    """Whether a label's *key* opens with the verb or participle of a recorder's or a
    transcriber's credit ("Записала Е.", "Recorded by", "Стенограмму вела О."): front or back
    matter naming who took the record down, never a speaker."""
    return bool(config.credits) and _credit_words(key, config) > 0


def credit_line(para: Para, config: Config) -> bool:
    """Whether *para* is a short line crediting who recorded or transcribed the record
    ("Записала Е. Васильева, 12 мая 1998 г.", "Recorded by P. Grant, Harbour Museum."): the
    credit's verb, then a name in capitals (its colon between, perhaps, :func:`_credited`), few
    words in all; a sentence of speech opening with such a verb goes on in lower case ("Recorded
    by the BBC …", "Recorded by Father Kelly in the parish book, …")."""
    if not config.credits or not all(isinstance(node, str) for node in para.content):
        return False
    text = " ".join("".join(node for node in para.content if isinstance(node, str)).split())
    if len(text.split()) > _CREDIT_LINE:
        return False
    if _credit_text(text, config):
        return True
    # a dated sentence before it, the credit's noun and its name after ("Записано в мае 1998 г.
    # Расшифровка Е. Васильевой."): the tail credited by the same test
    dated = _DATED_SENTENCE.match(text)
    return dated is not None and _credit_text(text[dated.end() :], config)


# A short sentence with a date's figures, its stop (perhaps an abbreviated year's: "1998 г.") and
# a capital after it: what a credit's line may open with before the credit itself.
_DATED_SENTENCE = regex(r"[^.!?]{0,60}\d[^.!?\d]{0,12}\.[ ](?=[^\W\d_])")


def _credit_text(text: str, config: Config) -> bool:
    """Whether *text* opens with a credit's verb or noun and the name credited after it."""
    count = _credit_words(label_key(" ".join(text.split(" ", _CREDIT_WORDS)[:_CREDIT_WORDS])), config)
    after = regex(rf"(?:[\W_]*[^\W_]+){{{count}}}[\W_]*").match(text) if count else None
    if after is None or not text[after.end() : after.end() + 1].isupper():
        return False
    return _credited(text[after.end() :], config)


_CREDIT_NAME = regex(r"[^,;\d]*")  # a credit's name: its words up to a comma or a date's figures
_DATE_LINKS = 2  # the most words in lower case before a date's figures ("am 3. Mai", "в мае 1998 г.")


def _credited(text: str, config: Config) -> bool:
    """Whether *text*, the words after a credit's verb, name who is credited: up to a comma or a
    date's figures, words in capitals (initials, a surname, an institution's words) or a name's
    particles ("P. Grant, Harbour Museum", "Jean de La Fontaine", "Anna Müller am 3. Mai 1998"),
    a surname among them (no abbreviation's "Nr." alone); a word in lower case there, not before
    the figures, is a sentence's, the speaker's last paragraph so opening ("Recorded by Mr.
    Speaker as agreed.", "Protokoll Nr. 12 wird genehmigt." has no name)."""
    name = _CREDIT_NAME.match(text)  # matches always, empty perhaps
    end = name.end() if name else 0
    words = [word for word in (word.strip("\"'«»„“”()[].:") for word in text[:end].split()) if word]
    dated = text[end : end + 1].isdigit()
    particles = config.particles
    lower = [i for i, word in enumerate(words) if word[:1].islower() and word.casefold() not in particles]
    ends_dated = dated and all(i >= len(words) - _DATE_LINKS for i in lower)
    surname = any(
        word[:1].isupper() and len(word) > 1 and word.casefold() not in config.abbreviations for word in words
    )
    return surname and (not lower or ends_dated)
