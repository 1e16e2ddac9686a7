"""Plain text of a record quoted in an email or a forum post, its lines behind the reply's quote
marks (``> THE COURT: Counsel, you may proceed.``, ``> > Vorsitzender: …`` quoted again, a
message forwarded or answered with the transcript in it): the marks are no words of the record.
They are taken off and listed as left-out furniture, so that the lossless guarantee holds against
the text without them, and the labels open their lines again. A text with fewer quoted lines is left to the
plain-text reader (a speech quoting a line so marked), and so is a record that quotes in a speech, a
speaker's label opening the paragraph the quotation follows or a line after it ("Senator X: … I
quote the record:" / "> Senator X: Will it be funded?" / "> Secretary Y: In full." / "Chair Z: …"):
the quoted labels are the speaker's words, no turns of the record; a reply's subject over the
quotation ("Re: Day 3 testimony") is the message's, no speaker's label. The message's own words
after the quotation ("I think that answer hurt them." / "--" / "Posted by X") or between its
quoted blocks stand outside the turns (:attr:`Extracted.outside`).
"""

from __future__ import annotations

import re

from stenogram.transcript.candidate import UPPER
from stenogram.transcript.labels.patterns import CLOCK
from stenogram.transcript.model import Origin
from stenogram.transcript.regexcache import regex
from stenogram.transcript.sources import Extracted, Left

# A reply's quote marks at a line's start, one per level and perhaps spaced: "> ", ">> ", "> > ".
# A text whose every mark is ">>" or ">>>" is a closed caption's, which marks each change of speaker
# so (``>> MAYOR X: …``, its lines wrapped under it unmarked): the reader reads those marks.
_QUOTED = regex(r"^[ \t]*>(?:[ \t]?>)*[ \t]?", re.MULTILINE)
# A closed caption's marks: ">>" before each change of speaker, ">>>" before a new story or item.
_CAPTION_MARKS = (">>", ">>>")
# A speaker's label opening a line of the record's own, its speech after it ("Chair Osei: Thank
# you", "MS. RIVERA: …", "De heer Van Dam: …", "Maria Fenske (SPD): …", a Markdown copy's
# "**Chair Osei:** …"): one to five words, the first capitalised, perhaps a bracket, the colon and
# a word.
_SPEAKER_LINE = regex(
    rf"[ \t]*[*_]{{0,2}}[{UPPER}][^\W\d_]*\.?(?:[ \t][^\W\d_]+\.?){{0,4}}"
    r"(?:[ \t]\([^()\n]{1,40}\))?[*_]{0,2}[ \t]?[:：][*_]{0,2}[ \t]+\S"
)
# The hour a forum's or a mail's quotation header ends with, when the quoted message was posted
# ("Quote from: juryfan on May 02, 2024, 08:12:33 PM", "Le 3 mai 2024 à 20:12"), the line right
# over the quotation: the message's header, though a colon follows its first words or the
# subject's ("Re: Westbrook trial"), no speaker's label whose speech quotes the record.
_POSTED_AT = regex(rf"{CLOCK}(?:[ \t]?[ap]\.?m\.?)?[ \t]*$", re.IGNORECASE)
_SUBJECT_ENDS = frozenset(".:：;!?")  # a sentence's or an introduction's end, no subject's
_MIN_LINES = 3  # quoted lines that make a quotation of the record, not a line quoted in a speech
_SHARE = 3  # and a third of the written lines or more: the message's own words are the rest


def extract_quoted(text: str, reply_subject: re.Pattern[str]) -> Extracted | None:
    """The text of a message quoting a record, its lines without the quote marks; None for any
    other text. *reply_subject* matches a reply's or a forward's subject ("Re: Day 3 testimony",
    ``[furniture] reply_prefixes``)."""
    if not text.startswith(">") and "\n>" not in text and "\n >" not in text:
        return None
    lines = text.split("\n")
    found = [(number, match) for number, line in enumerate(lines) if (match := _QUOTED.match(line))]
    written = sum(1 for line in lines if line.strip())
    if len(found) < _MIN_LINES or len(found) * _SHARE < written:
        return None
    if all(match.group().strip() in _CAPTION_MARKS for _, match in found) and not _quoted_block(lines, found):
        return None  # a closed caption's change of speaker, each turn's first line only: ">> MAYOR X: …"
    if _quoted_in_speech(lines, found[0][0], found[-1][0], reply_subject):
        return None
    left: list[Left] = []
    for number, match in found:
        left.append(Left(f"line {number + 1}", match.group().strip(), "quote-mark"))
        lines[number] = lines[number][match.end() :]
    own = _own_lines(lines, {number for number, _ in found})
    return Extracted("\n".join(lines), Origin("plain text quoted in a message"), left=left, outside=own)


def _own_lines(lines: list[str], quoted: set[int]) -> frozenset[int]:
    """The lines (1-based) of the message's own words among *lines*, their marks taken off, from
    the first of the *quoted* ones (0-based) on: the written lines past a blank one, unquoted or
    the quotation's own (">" alone, as a mail quotes a paragraph's end), up to the next quoted
    line with words ("> THE WITNESS: At the depot." / "" / "That is the alibi." / "> MR. HALE: …",
    "I think that answer will hurt them." / "--" / "Posted by X" after the last): the poster's,
    no words of the last quoted speaker. A line right under a quoted one with words is its wrapped
    end."""
    own: set[int] = set()
    blank = outside = False
    for number in range(min(quoted), len(lines)):
        written = bool(lines[number].strip())
        if number in quoted and written:
            blank = outside = False
        elif not written:
            blank = True
        else:
            outside = outside or blank
            if outside:
                own.add(number + 1)
    return frozenset(own)


def _quoted_block(lines: list[str], found: list[tuple[int, re.Match[str]]]) -> bool:
    """Whether the lines *found* marked ">>" are a message's quotation, not a closed caption's
    changes of speaker: one block, every line of it marked and opening with a speaker's label,
    one label at least in Mixed case, the message's own words outside it ("Zitat von X:" / ">>
    Vorsitzender: …" / ">> Zeugin: …" / "Danke!"), or, where every label is in CAPITALS as a
    court's are, a line introducing it right above ("… from the transcript:" / ">> THE COURT: …")
    and the speeches in Mixed case as a court's are; a caption marks a turn's first line only,
    its labels in CAPITALS, under a title at most, a provider's line perhaps below, and one typed
    in capitals throughout is a caption whatever line stands over its marks (a speech run on from
    before them ending in its colon, a title ending in the meeting's hour)."""
    first, last = found[0][0], found[-1][0]
    if last - first + 1 != len(found):
        return False
    labels = [_SPEAKER_LINE.match(lines[number], match.end()) for number, match in found]
    if not all(labels):
        return False
    if all(label.group().upper() == label.group() for label in labels if label):
        return _introduced(lines[:first]) and not _in_capitals(lines[first : last + 1])
    return any(line.strip() for line in [*lines[:first], *lines[last + 1 :]])


def _introduced(lines: list[str]) -> bool:
    """Whether the last written line of *lines*, right over a quotation, introduces it: a
    sentence ending in its colon ("… from this morning's transcript:", "On Monday, X wrote:") or
    a forum's header ending in the hour posted; a caption's title over its marks does neither
    ("Regular Meeting of the City Council, March 4")."""
    above = next((line.rstrip() for line in reversed(lines) if line.strip()), "")
    return above.endswith((":", "：")) or _POSTED_AT.search(above) is not None


def _in_capitals(lines: list[str]) -> bool:
    """Whether *lines* are typed in capitals throughout, as a caption's are, no lower-case letter
    in them: a court's record a message quotes prints its speeches in Mixed case."""
    return not any(char.islower() for line in lines for char in line)


def _quoted_in_speech(lines: list[str], first: int, last: int, reply_subject: re.Pattern[str]) -> bool:
    """Whether the quotation from line *first* to line *last* of *lines* stands in a speech of the
    record itself: a speaker's label opens the paragraph above it, or a line below it that is not
    quoted (the record's next turn), where a message's own words round a quoted record ("Quoting
    the transcript here:" / … / "Draw your own conclusions.")."""
    above = first
    while above > 0 and not lines[above - 1].strip():
        above -= 1  # the blank lines between the paragraph and the quotation
    top = above
    while top > 0 and lines[top - 1].strip() and not _QUOTED.match(lines[top - 1]):
        top -= 1
    if (
        top < above
        and _SPEAKER_LINE.match(lines[top])
        and not _POSTED_AT.search(lines[above - 1])
        and not _reply_subject(lines[top:above], reply_subject)
    ):
        return True
    return any(_SPEAKER_LINE.match(line) for line in lines[last + 1 :] if not _QUOTED.match(line))


def _reply_subject(lines: list[str], reply_subject: re.Pattern[str]) -> bool:
    """Whether *lines*, the paragraph over a quotation, open with a reply's or a forward's
    subject ("Re: Day 3 testimony", perhaps over the forum's "Quote from: …"): a title, with no
    stop nor colon at its end, and no line of a sentence running on below it. A speaker whose
    label is written as initials like a subject's prefix introduces the quotation with a
    sentence ("RV: Let me read you what the minister said:", "AW: Ich lese Ihnen vor, was im
    Ausschuss" / "gesagt wurde:", an interview's transcript): the quoted labels are his words."""
    return (
        reply_subject.match(lines[0]) is not None
        and lines[0].rstrip()[-1:] not in _SUBJECT_ENDS
        and not any(line.lstrip()[:1].islower() for line in lines[1:])
    )
