"""Speeches a web page lists one under another: the speaker's name alone on its line, the party,
group or office on the next ("SPD", "Srpska napredna stranka | Predsedava", "The Chancellor of
the Exchequer"), perhaps a time line after it, then the speech as paragraphs of its own. Some
pages print the party or office on the name's own line, with nothing between ("Alan Brook
Labour, Northtown", "Jane Hale The Minister of State, Home Office": TheyWorkForYou's copies of
Hansard): the name ends where a party of :attr:`Config.listed_parties` or an office begins.
Copied as text, no punctuation marks the name as a label: the block's shape does, printed over
each speech, so a page takes it for labels only where it prints two such blocks or more. A page
copied card by card may part the name from its affiliation and join that to the speech under it
("Dragan Milić" / "| Predsedava" over the speech's lines): :func:`cards` finds those names.

The minutes of council meetings published with their video (Notubiz, iBabs) print the clock of
the speech in the video and the name, the role with the party (lower case, "raadslid CDA",
"Wethouder (ChristenUnie)"), then the name again over the speech; the name printed twice around
the role marks the block, so one suffices."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from stenogram.transcript.candidate import is_party
from stenogram.transcript.config import Config
from stenogram.transcript.reader import TERMINAL
from stenogram.transcript.regexcache import regex

_NAME_WORDS = (2, 5)  # words of a name alone on its line: a forename and a surname at least
_AFFILIATION_WORDS = 10  # "Ausschuss für Arbeit und Soziales, Vorsitzende", "Conservative, Harrowgate West"
# of an affiliation line that names an office: "The Parliamentary Under-Secretary of State for
# Environment, Food and Rural Affairs"
_OFFICE_LINE_WORDS = 13
_TIME_WORDS = 6  # "10:32, 4 March 2025", "09.14 Uhr"
_PARTY_WORDS = 3  # of a party alone on its line over the member's: "Bloc Québécois"
_ECHO_LINES = 3  # of a block that prints the party twice: the clock, the party, the name's line
_LEAST_BLOCKS = 2  # a page lists speeches: one block alone is as likely a heading
_MOST_LINES = 4  # of a block: the name (twice, where a photo's caption gives it), affiliation, time
_NAME_SPAN = 80  # characters of a line that may be a name of five words
# The bullet before a speaker's name where a web copy lists each speech as an item
_LIST_BULLET = regex(r"[-–•·▪][ \t]+")
_SPEECH_NUMBER = regex(r"\d{1,4}\.?")  # a web record's running number of the speech, over its card
_JOINED_SPAN = 160  # of a name's line with its office after it: "… The Parliamentary Under-Secretary …"
_OFFICE_AFTER = 2  # words of an office's line before the office: "The Economic Secretary …"
_PORTFOLIO = regex(r"\s*\([^()]+\)$")  # an office's portfolio in brackets: "Minister (Health)"
_CLOCK_OR_YEAR = regex(r"\d{1,2}[:.]\d{2}|(?<!\d)\d{4}(?!\d)")
_CLOCK = regex(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])")  # "2:46 pm", "14.46", no date "4.03.2026"
# a video minute's clock before the name, perhaps after a bullet: "• 0:11 J. Deuring", "1:02:13 …"
_CLOCKED_NAME = regex(r"(?:[•·●▪◦]\s*)?(?P<time>\d{1,2}(?::\d{1,2}){1,2})\s+(?P<name>\S.*)")
# the time and date a name's line ends with, where the page prints them on it ("… Plaid Cymru
# 7:24, 24 March 2021", "… Labour 10:32 am, 4th March 2025")
_TIME_AFTER = regex(r"\s+(?P<time>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?,\s*[^,]{1,30}?\d{4})$", re.IGNORECASE)
_BRACKET_PARTY = regex(r"(?P<role>.*?)\s*\((?P<party>[^()]+)\)")  # "Wethouder (ChristenUnie)"
# a sentence's end inside a line, a word in lower case and its stop before the next word: a
# speech's first line the wrap cut ("Gràcies, presidenta. Diputades, …"), never an affiliation's
# words ("St. Helens", "Assoc. Prof. of Law": an abbreviation's stop)
_SENTENCE_INSIDE = regex(r"(?:[^\W\d_]+\.|[!?])\s+\S")
_SPEECH_AFTER_COLON = regex(r"[:：]\s+\S")  # "The Convener (X): Good morning and …", a label's
_ABBREVIATION = 3  # letters of a word in lower case with its stop that may be an abbreviation ("mbr.")


@dataclass(frozen=True)
class Listed:
    """A speech's block: the name, its affiliation line, the time line (or "")."""

    name: str
    affiliation: str
    time: str
    party: str = ""  # the affiliation's party, where it is one of the listed parties
    seat: str = ""  # the affiliation after that party and a comma: "Labour, Northtown"
    weak: bool = False  # on the name's line, a party alone and no time: "Mary Ann Green"?
    role: str = ""  # a video minute's role before its party: "raadslid" of "raadslid CDA"
    span: int = 1  # the paragraphs the block takes: a video minute's may be cut into three


def _name_word(word: str, config: Config) -> bool:
    """A word of a name in Mixed case ("Milić", "Krüger-Lenz", "Dr.", "J.") or a particle."""
    if word.casefold() in config.particles:
        return True
    letters = word.rstrip(".").replace("-", "").replace("'", "").replace("’", "")
    mixed = letters[:1].isupper() and (len(letters) == 1 or any(c.islower() for c in letters[1:]))
    return mixed and letters.isalpha() and (not word.endswith(".") or len(letters) <= 4)


def _unbulleted(line: str) -> str:
    """A name's line less the bullet a web copy sets before it, listing each speech as an item
    ("- Jane Roe" / "Legislator", "• Jane Roe" / "Person": a state legislature's transcribed
    committee hearing)."""
    bullet = _LIST_BULLET.match(line)
    return line[bullet.end() :] if bullet else line


def _list_item(paragraphs: Sequence[Sequence[str]], at: int) -> bool:
    """Whether the name under a bullet at *at* is an item of a list a speech reads out, no card:
    no speech under its affiliation, the next item's bullet right below ("- Mark Stone" /
    "Planning Commission" / "- Lucy Field" / "Library Board", a council's appointments)."""
    if _LIST_BULLET.match(paragraphs[at][0].strip()) is None or len(paragraphs[at + 1]) > 1:
        return False
    return at + 2 < len(paragraphs) and _LIST_BULLET.match(paragraphs[at + 2][0].strip()) is not None


def _name_line(line: str, config: Config) -> bool:
    words = line.split()
    low, high = _NAME_WORDS
    # the surname in CAPITALS after the forenames, as French prints it ("M. Issa Moussa KABORE")
    named = len(words) - len(_capital_surnames(words))
    return (
        low <= len(words) <= high
        and all(_name_word(word, config) for word in words[:named])
        and words[0].casefold() not in config.particles
        and words[-1].casefold() not in config.particles
        and sum(word.casefold() in config.particles for word in words) < 2  # "Business of the House"
        and config.offices.search(line.casefold()) is None
    )


def _capital_surnames(words: Sequence[str]) -> Sequence[str]:
    """The words in CAPITALS that end *words* after a forename in Mixed case: the surnames."""
    at = len(words)
    while (
        at > 1
        and len(words[at - 1]) > 1
        and words[at - 1].replace("-", "").isalpha()
        and words[at - 1].isupper()
    ):
        at -= 1
    forenamed = at < len(words) and any(word[:1].isupper() and word[1:].islower() for word in words[:at])
    return words[at:] if forenamed else ()


def party_seat(affiliation: str, config: Config) -> tuple[str, str]:
    """The party an affiliation names, one of the listed parties, and the seat after its comma
    ("Conservative, Harrowgate West" → "Conservative", "Harrowgate West"); ("", "") if none."""
    party, comma, seat = (part.strip() for part in affiliation.partition(","))
    if party.casefold() in config.listed_parties and (seat or not comma):
        return party, seat
    return "", ""


def _office_at(words: Sequence[str], config: Config) -> int:
    """The word of a name's line where an office begins, with the article or opener a word or
    two before it ("Jane Hale The Minister of State, Home Office", "… The Economic Secretary to
    the Treasury", "… Shadow Minister (Health)"); 0 where none does, or inside a word. The office
    is sought in the whole line, so that a name that holds its first words is none ("Hon.
    Temporary Deputy Speaker (…)")."""
    line = " ".join(words)
    found = config.offices.search(line.casefold())
    if found is None or (found.start() and not line[found.start() - 1].isspace()):
        return 0
    at = len(line[: found.start()].split())
    before = [word.casefold() for word in words[max(0, at - _OFFICE_AFTER) : at]]
    for back, word in enumerate(reversed(before), 1):
        if word in config.articles or (back == 1 and word in config.office_openers):
            return at - back
    return at


def _joined(line: str, time: str, config: Config) -> Listed | None:
    """The block a name's line is with its party or office after the name ("Alan Brook Labour,
    Northtown"): the shortest name that leaves a party, so that a name's last word that is a
    party's too ("Mary Ann Green Liberal Democrat, …") stays the name's, else the name before
    the office."""
    words = line.split()
    low, high = _NAME_WORDS
    if len(words) <= low or not all(_name_word(word, config) for word in words[:low]):  # prose, cheaply
        return None
    office: int | None = None  # sought once, and only where a split leaves no party
    for at in range(low, min(high, len(words) - 1) + 1):
        name, rest = " ".join(words[:at]), " ".join(words[at:])
        if not _name_line(name, config) or not _affiliation_line(_PORTFOLIO.sub("", rest), config):
            continue
        party, seat = party_seat(rest, config)
        if not party and office is None:
            office = _office_at(words, config)
        if party or at == office:
            return Listed(name, rest, time, party, seat, weak=bool(party) and not seat and not time)
    return None


def _affiliation_line(line: str, config: Config) -> bool:
    words = line.split()
    office = len(words) <= _OFFICE_LINE_WORDS and config.offices.search(line.casefold()) is not None
    return (
        (0 < len(words) <= _AFFILIATION_WORDS or office)
        and line[0].isupper()
        and line[-1] not in TERMINAL + ":：,;"
        and _CLOCK_OR_YEAR.search(line) is None  # "Bündnis 90/Die Grünen", never a date
        and not any(_ends_sentence(found.group()) for found in _SENTENCE_INSIDE.finditer(line))
    )


def _ends_sentence(found: str) -> bool:
    """Whether *found*, a word or a mark with its stop and the next word's first letter, ends a
    sentence: a question's or an exclamation's mark, or a stop after a word in lower case longer
    than an abbreviation."""
    word = found.split()[0]
    return word[-1] in "!?" or (word[:-1].islower() and len(word) - 1 > _ABBREVIATION)


def _card_affiliation(line: str) -> str:
    """An affiliation line less the bar a card prints before its role ("| Predsedava": no party)."""
    return line.strip().removeprefix("|").strip()


def cards(paragraphs: Sequence[Sequence[str]], config: Config) -> list[int]:
    """The paragraphs (by index) that are a card's name alone, the next opening with its
    affiliation over the speech (in its paragraph, or in those after it where each line is one);
    none where fewer than :data:`_LEAST_BLOCKS` are."""
    found = [
        at
        for at in range(len(paragraphs) - 1)
        if len(paragraphs[at]) == 1
        and len(paragraphs[at][0]) <= _NAME_SPAN
        and _name_line(_unbulleted(paragraphs[at][0].strip()), config)
        and (len(paragraphs[at + 1]) > 1 or at + 2 < len(paragraphs))
        and _affiliation_line(_card_affiliation(paragraphs[at + 1][0]), config)
        and not _SPEECH_AFTER_COLON.search(paragraphs[at + 1][0])  # a label and its speech the wrap cut
        and not _list_item(paragraphs, at)
        and not _roster_heading(paragraphs[at][0], config)
        # a section's heading over a name alone ("Question and Answer" / "Carla X" / "Thanks. …"):
        # the name opens the turn, no card's affiliation
        and config.headings.fullmatch(paragraphs[at][0].strip()) is None
    ]
    if len(found) == 1 and _addressed_name(paragraphs[found[0]][0], config):
        return found  # "M. Alassane Bala SAKANDE" / "Président sortant de l'Assemblée nationale"
    return found if len(found) >= _LEAST_BLOCKS else []


def _roster_heading(line: str, config: Config) -> bool:
    """Whether *line* heads a roster of the head ("Company Participants" / "Nadia X - Vice
    President, Investor Relations", an earnings call's): the names under it are a list of the
    head, no card over its speech; counted as cards, they made the call's headings alone over a
    label ("Question-and-Answer Session" / "Operator") cards too."""
    heading = config.head.get("list")
    return heading is not None and heading.fullmatch(line.strip()) is not None


def _addressed_name(line: str, config: Config) -> bool:
    """Whether *line* is a form of address, forenames and the surname in CAPITALS ("M. Issa
    Moussa KABORE", "Mme Awa SAWADOGO"): a speaker's name however few cards a page prints."""
    words = line.split()
    return (
        len(words) >= 3
        and config.titles.fullmatch(words[0].casefold()) is not None
        and bool(_capital_surnames(words))
    )


def _time_line(line: str) -> bool:
    return 0 < len(line.split()) <= _TIME_WORDS and _CLOCK_OR_YEAR.search(line) is not None


def listed(lines: Sequence[str], config: Config) -> Listed | None:
    """The block of a listed speech that *lines* (one paragraph's) are, if they are one: a name
    (printed twice where a photo's caption gives it first), its affiliation, perhaps a time."""
    if not lines or len(lines) > _MOST_LINES or len(lines[0]) > _JOINED_SPAN:  # most paragraphs
        return None
    lines = [line.strip() for line in lines if line.strip()]
    if len(lines) > 2 and _SPEECH_NUMBER.fullmatch(lines[0]):
        lines = lines[1:]  # "14" / "Sanna Lindholm" / "Huvudinlägg": the Nordic Council's web record
    if len(lines) > 1 and lines[0] == lines[1]:
        lines = lines[1:]
    if not lines or len(lines) > 3:
        return None
    if len(lines) > 1:
        lines[0] = _unbulleted(lines[0])
    time = lines[-1] if len(lines) > 1 and _time_line(lines[-1]) else ""
    if len(lines) - bool(time) == 1:  # the name's line alone, perhaps over a time or ending with it
        line = _uncaptioned(lines[0], config)
        after = None if time else _TIME_AFTER.search(line)
        return (
            _joined(line[: after.start()], after.group("time"), config)
            if after
            else _joined(line, time, config)
        )
    affiliation = _card_affiliation(lines[1])
    if len(lines[0]) > _NAME_SPAN or not _name_line(lines[0], config):
        return None
    if not _affiliation_line(affiliation, config):
        return None
    if len(lines) == 3 and not time:
        return None
    return Listed(lines[0], affiliation, time, *party_seat(affiliation, config))


def _uncaptioned(line: str, config: Config) -> str:
    """A name's line less the caption of the speaker's photo before it, which names the speaker
    once more ("Photo of Elin Hale Elin Hale Plaid Cymru …")."""
    found = config.prefix.match(line)
    return line[found.end() :] if found and found.group("photo") else line


def _role_party(affiliation: str) -> tuple[str, str]:
    """The role and the party of a video minute's role line: the party in brackets after the
    role ("Wethouder (ChristenUnie)") or its last word shaped as one ("raadslid CDA")."""
    found = _BRACKET_PARTY.fullmatch(affiliation)
    if found and found.group("role"):
        return found.group("role"), found.group("party")
    role, _, last = affiliation.rpartition(" ")
    if role and is_party(last):
        return role, last
    return affiliation, ""


def video_minute(paragraphs: Sequence[Sequence[str]], at: int, config: Config) -> Listed | None:
    """The block of a video minute that opens at paragraph *at*: the clock and the name, the
    role line, the name again, each paragraph of the block no more than these lines."""
    first = paragraphs[at][0].strip() if paragraphs[at] else ""
    found = _CLOCKED_NAME.fullmatch(first)
    if found is None or not _name_line(found.group("name"), config):
        return None
    lines: list[str] = []
    span = 0
    while len(lines) < 3 and at + span < len(paragraphs) and span < 3:
        lines += [line.strip() for line in paragraphs[at + span] if line.strip()]
        span += 1
    name, role = found.group("name"), lines[1] if len(lines) > 1 else ""
    if len(lines) != 3 or lines[2] != name or not _role_line(role):
        return None
    office, party = _role_party(role)
    return Listed(name, role, found.group("time"), party, role=office, span=span)


def _role_line(line: str) -> bool:
    """A role line of a video minute: an affiliation's, in lower case too ("raadslid CDA")."""
    words = line.split()
    closed = line.removesuffix(")")  # the party's bracket closes it: "Wethouder (ChristenUnie)"
    stopped = closed[-1:] in TERMINAL + ":：,;"
    return 0 < len(words) <= _AFFILIATION_WORDS and not stopped and line[0].isalpha()


def _party_line(line: str) -> bool:
    """A party alone on its line, as a web copy prints it over the member's: one to three
    capitalised words, no digit and no stop ("Liberal", "NDP", "Bloc Québécois")."""
    words = line.split()
    return (
        0 < len(words) <= _PARTY_WORDS
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and line[-1] not in TERMINAL + ":：,;"
    )


def _echoed(line: str, party: str, time: str, config: Config) -> Listed | None:
    """The block of a name's line that prints the *party* of the line above it again, between
    the member's name and seat ("Jane Doe Liberal Northtown Centre, ON") or between the office
    and its holder ("The Chair Liberal John Roe"): the name before the party, the seat after it;
    or the office before it, its holder after it."""
    words, parted = line.split(), party.split()
    for at in range(1, len(words) - len(parted) + 1):
        if words[at : at + len(parted)] != parted:
            continue
        before, after = " ".join(words[:at]), " ".join(words[at + len(parted) :])
        if len(words[:at]) >= _NAME_WORDS[0] and _name_line(before, config):
            return Listed(before, line[len(before) :].strip(), time, party, after)
        if config.offices.match(before.casefold().removeprefix("the ")) and _name_line(after, config):
            return Listed(before, f"{party} {after}", time, party, role=after)
        return None
    return None


def party_echoes(paragraphs: Sequence[Sequence[str]], at: int, config: Config) -> Listed | None:
    """The block that opens at paragraph *at* where a web copy of a committee's evidence prints
    the clock, the member's party alone, then the name's line with the party again in it
    ("8:20 p.m." / "Liberal" / "Jane Doe Liberal Northtown Centre, ON"), a line or a paragraph
    each, the speech below: the party printed twice marks the block, so one suffices. A voice of
    the hall (:attr:`Config.groups`) has no party: its clock and its line alone are its block
    ("8:20 p.m." / "An hon. member")."""
    first = next((line for line in paragraphs[at] if line.strip()), "")
    if first and not _time_line(first.strip()):  # the clock opens every block: most paragraphs
        return None
    lines: list[str] = []
    span = 0
    while len(lines) < _ECHO_LINES and at + span < len(paragraphs) and span < _ECHO_LINES:
        lines += [line.strip() for line in paragraphs[at + span] if line.strip()]
        span += 1
        if len(lines) == 2 and _time_line(lines[0]) and config.groups.fullmatch(lines[1]):
            return Listed(lines[1], "", lines[0], span=span)
    if len(lines) != _ECHO_LINES or not _time_line(lines[0]) or not _party_line(lines[1]):
        return None
    if len(lines[2]) > _JOINED_SPAN:
        return None
    found = _echoed(lines[2], lines[1], lines[0], config)
    return replace(found, span=span) if found else None


def _under_field(paragraphs: Sequence[Sequence[str]], index: int) -> bool:
    """Whether the paragraph above *index* ends with a field's colon ("Présidents de séance :"
    over "Monsieur X" / "Président du Bureau d'âge", a minutes' head): the name and office below
    are the field's, no speech's block."""
    above = paragraphs[index - 1] if index else []
    return bool(above) and above[-1].rstrip().endswith((":", "："))


class Shaped(NamedTuple):
    """The paragraphs (by index) shaped as each kind of block, as one sweep finds them."""

    minutes: dict[int, Listed]
    echoes: dict[int, Listed]
    found: dict[int, Listed]  # the blocks alone, not an entry for every paragraph


def shaped(paragraphs: Sequence[Sequence[str]], config: Config) -> Shaped:
    """The paragraphs shaped as blocks: one sweep asks each paragraph for the three shapes, its
    lines made once (three passes had made every paragraph's lines three times); a shape is
    asked only while none before it is found. A paragraph's shapes are read from it and those
    below it: a run of paragraphs none of which is shaped holds none at its end either."""
    swept = Shaped({}, {}, {})
    for at in range(len(paragraphs)):
        if block := video_minute(paragraphs, at, config):
            swept.minutes[at] = block
        elif swept.minutes:
            continue
        elif block := party_echoes(paragraphs, at, config):
            swept.echoes[at] = block
        elif not swept.echoes and (block := listed(paragraphs[at], config)) is not None:
            swept.found[at] = _timed_below(block, paragraphs, at)
    return swept


def _timed_below(block: Listed, paragraphs: Sequence[Sequence[str]], at: int) -> Listed:
    """*block* with the time line in the paragraph of its own right under it, which a copy with
    no blank lines parts from the block ("Priya Raman" / "The Parliamentary Under-Secretary …"
    over "2:46 pm, 4th March 2025"): the block's time, its span two paragraphs, where it gives the
    hour."""
    below = paragraphs[at + 1] if not block.time and at + 1 < len(paragraphs) else ()
    clocked = len(below) == 1 and _time_line(below[0].strip()) and _CLOCK.search(below[0]) is not None
    if clocked and at + 2 < len(paragraphs):  # a day alone under a name is a head's ("Wednesday 4 March")
        return replace(block, time=below[0].strip(), span=2)
    return block


def listed_blocks(
    paragraphs: Sequence[Sequence[str]], config: Config, swept: Shaped, photographed: set[int]
) -> dict[int, Listed]:
    """The paragraphs (by index) that are the blocks of listed speeches, of those *swept* found
    shaped as blocks in *paragraphs* (see :func:`shaped`): each followed by a paragraph that is
    none, and at least :data:`_LEAST_BLOCKS` of them, not all of them weak; one is enough where
    it is *photographed* (its first line bore the caption of the speaker's photo, taken off as
    furniture)."""
    minutes, echoes, found = swept
    if minutes:
        return minutes
    if echoes:
        return echoes
    blocks = {
        index: block
        for index, block in found.items()
        if index + 1 < len(paragraphs) and index + 1 not in found and not _under_field(paragraphs, index)
    }
    if all(block.weak for block in blocks.values()):  # "Mary Ann Green": a name, as likely
        return {}
    if len(blocks) == 1 and all(
        _addressed_name(block.name, config) or at in photographed for at, block in blocks.items()
    ):
        # "M. Alassane Bala SAKANDE" / "Président sortant de l'Assemblée nationale"; a speech's
        # page that captions the speaker's photo ("Photo of Anna Berg Anna Berg Labour 1:57, …")
        return blocks
    return blocks if len(blocks) >= _LEAST_BLOCKS else {}
