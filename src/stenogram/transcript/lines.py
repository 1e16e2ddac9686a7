"""Label candidates line by line: each line's candidate, labels a hard wrap or a page break
cut (read across the lines), and labels inside a line (a record flattened to one line, a label
glued to the word before it). Each line is asked once; the answers are kept for the whole parse.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache

from stenogram.transcript.blocks import bare_stage
from stenogram.transcript.candidate import (
    CJK_MARKERS,
    MARKS,
    SMALL,
    UPPER,
    Candidate,
    cased,
    is_party,
    lower_case,
    unclosed,
)
from stenogram.transcript.config import Config
from stenogram.transcript.events import stage_type
from stenogram.transcript.frontmatter import dated, find_date
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.inline import ROUND
from stenogram.transcript.labels import COLON_MARKS, HEADING_BEFORE_LABEL, LabelMatcher, hollow_scripts
from stenogram.transcript.labels.patterns import (
    ABBREVIATED_HEAD,
    ABBREVIATED_LETTERS,
    CAPITALISED_NAME,
    INITIAL_STOP,
    MEMBER_WORDS,
    initials_pattern,
)
from stenogram.transcript.labels.shapes import addressee_pattern, capitals_forename, mixed, two_word_title
from stenogram.transcript.names import chairs, numbered_item, office_or_title
from stenogram.transcript.reader import SENTENCE_STOPS, TERMINAL, WEB_CLOCK_TEXT, RawPara
from stenogram.transcript.regexcache import regex
from stenogram.transcript.salutations import saluting
from stenogram.transcript.units import BRACKETED_ONLY, Lines, join_lines, joined_text

# After a sentence inside a line, or a semicolon, which a page flattened from a PDF may print where
# one speech ends ("… the bill on rural roads; MR. HOLLIS: …"), a word in CAPITALS, perhaps after the
# clock the record prints before each label ("… businesses? 11.38 MS X (NRM, …): …", Uganda's
# Hansard), or after a stop and the dash a council's minutes end each turn with ("… para
# sesionar.- SECRETARIA: habiendo …", an Argentine deliberative council's acta flattened): where a
# flattened record's label may start; and after a sentence or a bracket, the page's line number a
# flattened commission transcript kept ("… [intervenes] 10 CHAIRPERSON: Thank you. 11 …"), the
# number left to the text before it.
_MIDLINE = regex(
    r"[ \t](?:(?:(?<=[.!?…»”\");][ \t])|(?<=[.!?]-[ \t]))[ \t]*(?:\d{1,2}[ \t]+)?"
    r"|(?<=\][ \t])[ \t]*\d{1,2}[ \t]+)"
    r"(?=(?:\d{1,2}[.:]\d{2}[ \t]+)?[^\W\d_a-zà-ÿа-яё]{2})"
)
# A lower-case letter or a digit and a capital with no space between: where a glued label may start;
# not inside a word of two or three letters that a capital opens, or of three that two capitals
# open, an abbreviation in camel case ("StA Dr. X:", "OStA Dr. X:", a German court's prosecutors;
# "McDonald"), whose capital after is no label's; two capitals and an "s" are an abbreviation's
# plural, a label glued to it ("… as I met the GPsMr Speaker:", a flattened web copy); nor
# after a lower-case letter that is a word by itself, an Irish mutation's prefix to the capital
# of its word ("An tAire Stáit:", "na hAirí", "ár nDaoine"), no word a label was glued to; a
# letter after a number is a section's or an item's ("… under section 5aMr SPEAKER:", "§ 3a"),
# which a speech may end with. The word's start is asked after the letter, which a search skips
# to (asked first, at every character, the lookbehinds had cost three times the time on a
# flattened record's lines).
_LINKED_WORDS, _LINK_LETTERS = 6, 3  # an office run on past a short link: its words, the link's letters
_GLUED = regex(
    r"[0-9a-zß-öø-ÿа-яё](?=[A-ZÀ-ÖØ-ÞА-ЯЁ])"
    r"(?<!(?<![^\W_])[a-zß-öø-ÿа-яё])"
    r"(?<!(?<![^\W\d_])[A-ZÀ-ÖØ-ÞА-ЯЁ][0-9a-zß-öø-ÿа-яё])"
    r"(?<!(?<![^\W\d_])[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё][0-9a-zß-öø-ÿа-яё])"
    r"(?<!(?<![^\W\d_])[A-ZÀ-ÖØ-ÞА-ЯЁ]{2}[a-rt-zß-öø-ÿа-яё])"
)
# A rule of dashes or underscores that closes a head and the first label glued to it, no space or
# break between ("-----------CHAIRPERSON: Good afternoon.", a commission's web copy).
_RULE_THEN_LETTER = regex(r"(?:---|___)[-_]{2,}(?=[^\W\d_])")
_FIRST_WORD = regex(r"([^\W\d_]{2,})[ \t]+")  # a word and the space after it: "APPLAUSE "
_TWO_LETTERS = regex(r"[^\W\d_]{2}")  # a word of a name, not an initial
# a bracketed description after a name ("О. Смирнова (председатель комиссии):"): a label's role
_BRACKETED_ROLE = regex(r"[(（\[][^()（）\[\]]*[)）\]]")
# A sentence's stop and a capital with no space between: where a label the copy glued to the
# sentence before it may start ("… por aprobada.Sr. Senador X.- Pido la palabra …"); the stop
# first: a fast scan.
_GLUED_STOP = regex(r"[.!?…](?<=[^\W\d_]{2}[.!?…])(?=[A-ZÀ-ÖØ-ÞА-ЯЁΆΈ-ΏΑ-Ω])")
# After a sentence, the empty parentheses of a label's lost scripts: where a label of a
# trilingual record whose PDF's text lost them may start ("… Order. ( ) (The Hon. X) …").
_SENTENCE_THEN_HOLLOW = regex(r"[ \t](?<=[.!?…][ \t])[ \t]*(?=[()])")
# A heading in CAPITALS and a form of address in Mixed case with its stop, no space between:
# where a label the copy glued to the heading above it may start ("… IZAMIENTO DE BANDERASSr.
# Presidente (X).- Invito …"); the form of address is the label's.
# A word of four capitals or more: an acronym glued to a form of address is the label's own
# ("LTAbg. X:", a Landtag's member; "JUDr. X:", a doctor of law).
# A holder or a role in brackets closed by a stop and a dash, a capital after: where a label that
# a flattened copy ran on after a heading with no stop ends ("… INICIACIÓN DE LA SESIÓN Sra.
# Presidente (X).- Con la presencia …", "… Izamiento de la Bandera Nacional Sra. Presidenta (Y).-
# Invito …"); its form of address, a few words before the bracket, opens it.
_ROLE_THEN_DASH = regex(r"\)\.[ \t]?[-–—][ \t]+(?=[^\W\d_])")
# A word's stop and a dash, the speech after it: where a member's label addressed by its form
# ends with the stop and dash the chair's bracketed ones end with ("… del Día Sr. Ibarra.- Pido …").
_NAME_THEN_DASH = regex(r"(?<=[^\W\d_]{2})\.-[ \t]+(?=[^\W\d_])")
_TITLE_BEFORE_DASH = 3  # words of a form of address and a surname before the stop and dash, at most
_TITLE_BEFORE_ROLE = 4  # words between a form of address and the bracket after it, at most
_RUN_ON_WORDS = 2  # words of a heading at least that a label runs on after
# A word in CAPITALS of three letters or more, a heading's last or a party's acronym, with a form
# of address glued after it ("… DE BANDERASSr. Presidente (X).- …", "… der SPDAbg. Dr. X: …").
_GLUED_CAPITALS = regex(r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?<=[A-ZÀ-ÖØ-ÞА-ЯЁ]{3})(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё]{1,3}\.)")
# A word in CAPITALS with its stop and a space after it: a heading whose last word a form of
# address in CAPITALS may be glued to ("AĠĠORNAMENTONOR. JOE MIZZI: …", Malta's record).
_CAPITALS_STOPPED = regex(r"(?<![^\W\d_])(?P<word>[^\W\d_]{6,})\.[ \t]")
_GLUED_TITLE_LETTERS = range(2, 6)  # the letters of a form of address glued to a heading's word
# A name in Mixed case and an office in CAPITALS with its colon after it: where a flattened
# record's label follows the name a line above it printed alone ("… 1. Ms Jane Doe THE DEPUTY
# SPEAKER: Hon. Doe, you are welcome …", an oath's taker and the chair who welcomes her).
_NAME_THEN_CAPITALS = regex(r"(?<=[a-zß-öø-ÿ])[ \t]+(?=[A-ZÀ-ÖØ-Þ]{2,}(?:[ \t]+[A-ZÀ-ÖØ-Þ]{2,}){1,4}[ \t]*:)")
# Inside a run of CAPITALS, a short word (an article) and an office with its colon, or its holder
# in brackets and a stop ("… PRAYER THE DEPUTY SPEAKER (Rep. Abu). Please …"): where a
# flattened record's label follows the item's heading above it ("… COMMUNICATION FROM THE CHAIR
# THE SPEAKER: Honourable members, …"); the article or a form of address in Mixed case before the
# office in CAPITALS, as the Australian Hansards print the chair ("… AUDITOR-GENERAL'S REPORT Mr
# SPEAKER: Honourable members, …").
_HEADING_THEN_ARTICLE = regex(
    r"[ \t](?<=[A-ZÀ-ÖØ-Þ][ \t])"
    r"(?=(?:[A-ZÀ-ÖØ-Þ]{1,4}|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,4}\.?)[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ \t]{1,40}"
    r"(?::|\([^()\n]{1,40}\)\.))"
)
# After a sentence or a bracket, the clock in brackets a turn's label opens with: where a label of a
# transcript flattened to one line may start ("… to sign up. [00:00:48] DS: You're …").
_SENTENCE_THEN_CLOCK = regex(
    r"[ \t](?<=[.!?…»”\")\]][ \t])[ \t]*(?=\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]+[^\W\d_])"
)
# After a word, a form of address with its stop or none, a word after it: where the first label of
# a flattened record may follow its head's words.
_WORD_THEN_TITLE = regex(r"(?<=\w)[ \t]+(?=(?P<title>[^\W\d_]{2,5}\.?)[ \t]+[^\W\d_])")
# One to three capitalised words and an opening bracket: a name with its region or party.
_NAME_THEN_BRACKET = regex(r"[^\W\d_][\w\-]*(?:[ \t]+[^\W\d_][\w\-]*){0,2}[ \t]*\(")
# A surname alone with its stop and a space, glued to a sentence's stop ("….Петров. Товарищи").
_SURNAME_STOPPED = regex(r"[^\W\d_][^\W\d_\-]+\.[ \t]")
# A surname and an initial with its stop ("Кузнецов С. П.", "Kowalski J."), a label's opening.
_SURNAME_INITIAL = regex(r"[^\W\d_][^\W\d_\-]+[ \t]+[^\W\d_]\.")
# After a sentence, or its stop and the dash an acta ends each turn with ("… de la fecha.- Concejal
# X: …"), a word: where a flattened record's label with an office or a form of address may start.
_SENTENCE_THEN_WORD = regex(r"[ \t](?:(?<=[.!?…»”\")\]][ \t])|(?<=[.!?]-[ \t]))[ \t]*(?=[^\W\d_])")
# After a sentence, an agenda item's number and the capital its title opens with: a flattened
# council's minutes set the item's title before its first label, no stop between them ("… 12
# maart. 1. Opening en mededelingen De voorzitter: Ik open …").
_SENTENCE_THEN_ITEM = regex(r"(?:^|[ \t](?<=[.!?][ \t]))[ \t]*\d{1,2}\.[ \t]+(?=[^\W\d_])")
# An agenda item's number opening a line, the capital its title opens with.
_ITEM_OPENS = regex(r"[ \t]*\d{1,2}\.[ \t]+(?=[^\W\d_a-zà-ÿ])")
# A written question's number opening its line, before the asker's form of address ("101. Mr X
# to the Premier:"): asked before the line's own label is read.
_QUESTION_NUMBER = regex(r"[ \t]*\d{1,5}\.[ \t]+(?=[^\W\d_])")
# A word's start inside an item's title: where the label after the title may open.
_WORD_START = regex(r"(?<=[ \t])(?=[^\W\d_])")
_ITEM_TITLE_SPAN = 100  # characters of an item's title read for the label after it
# After a sentence, the marker a record prints before each turn (a dash, a circle, a captioner's
# ">>"): where a flattened record's marked label may start ("… نص. – السيد X:- …", "…です。○議長 …",
# "… SO MOVED. >> SPEAKER: SECOND."); a circle after the page's line number the copy kept
# ("…以上です。 2 ◯議長（…君） …"), the number left to the sentence before it.
_MARKED = regex(
    r"(?<=[.!?…؟»”\")])[ \t]+(?=(?:[-–—]|>>)[ \t])"
    r"|(?<=[.!?…؟»”\")。！？])[ \t]*(?:[0-9０-９]{1,3}[ \t\u3000]+)?(?=[○◯●◎〇■])"
)
# the markers themselves, which a line holds for _MARKED to find any (most lines hold none): a
# dash or ">>" with a space after it, or a circle; a class of their first characters opens the
# pattern, so that a search skips from one such character to the next (an alternation first
# is tried at every character, five times the time on a speech's lines)
_MARK_SEEN = regex(r"[-–—>○◯●◎〇■](?:(?<=[○◯●◎〇■])|(?<=[-–—])[ \t]|(?<=>)>[ \t])")
_MARKERS = ("-", "–", "—", "○", "◯", "●", "◎", "〇", "■", ">>")
_SURNAME_WORDS = 5  # words of a surname in CAPITALS after a form of address: "TORRES Y TORRES LARA"
_DASHED_TURNS = 2  # labels after a dash that mark a flattened record's turns, its first line not one
# After a full-width stop, no space: where a flattened CJK record's label may start ("…。主席：…").
_CJK_SENTENCE = regex(r"(?<=[。！？」])(?=[^\W\d_])")
_CJK_STOPS = regex("[。！？」]")  # the stops both passes after a full-width stop need
# After a full-width stop and perhaps a space, a label whose opening bracket a web copy lost, a
# closing one near (a city's minutes flattened: "…いたします。 大野議長)８月３０日付で…").
_CJK_UNOPENED = regex(r"(?<=[。！？」])[ \t\u3000]*(?=[^\W\d_][^\s（()）。]{0,15}[）)])")
# A name of a few words with its party in parentheses and a colon: "Anna Probe (CDU/CSU):", an
# office perhaps after the party ("Csala László (szd) előadó:").
_PARTY_LABEL = regex(
    r"[^\W\d_][\w'’-]*(?:[ \t]+[\w'’.-]+){1,3}[ \t]*\([^()\n]{1,30}\)(?:[ \t]+[^\W\d_]+)?[ \t]*:"
)
_CJK_LABEL_SPAN = 16  # characters of a CJK label before its colon
_SPEECH_WORDS = 3  # words after a label a stop ends, inside a line: a speech, not a call ("… Mr. X.")
# A name in CAPITALS with its initials ("ПЕТРОВ Н. А.", "N. A. PETROV"): a label a stop ends.
# Searched in a candidate's name, its other words around it (an office, a seat): one or two
# initials before two letters, or two after a word at the name's end, the second set close or
# apart; generic.py's _SURNAME_INITIALS and head.py's _INITIALLED_NAME match a whole name instead
# (a list's or an OCR'd label's, a title line's), each with the bounds its own reading needs.
_INITIALLED = regex(r"(?:\b[^\W\d_]\.[ \t]*){1,2}\w{2}|\w{2}[ \t]+[^\W\d_]\.(?:[ \t]*[^\W\d_]\.)?$")
# Two initials or more before a surname, a double forename's joined by its hyphen ("В. А. Корнилов",
# "О.Н. Смирнов", "Ж.-П. К. Сабонис"): a name, whatever letter opens it, never a question's "В."
# An initial and a capitalised surname: "V. Petrov", read past the letter of a pair ("A.", "V.").
_INITIAL_SURNAME = regex(r"[^\W\d_]\.[ \t]?(?P<word>(?-i:[^\W\d_])(?:[^\W\d_]|['’-](?=[^\W\d_])){1,30})")
_TWO_INITIALS = regex(r"(?:[^\W\d_]\.(?:[\-\u2010\u2011][^\W\d_]\.)?[ \t]*){2,}[^\W\d_]{2}")
_TYPED_GAP = regex(r"\t|[ ]{2,}|\u3000")  # a typed gap after a letter: "Q    Thanks, Dana."
# the last word before a stop, its vowel signs with it ("ෙනොෙව්.", "करेंगे."): a word, not a letter;
# matched from a window's end back to the word's first letter, where a search from each letter of
# the window had read on to its word's end
# A surname in CAPITALS alone and its colon after a stop: the name a form of address in CAPITALS
# cut with its stop goes on with ("DET. RAMIREZ:").
_SURNAME_COLON = regex(rf"[ \t]+(?P<name>[{UPPER}][{UPPER}'’\-]+)[ \t]*:")
_LAST_WORD = regex(rf"(?s:.*(?<![\w{MARKS}]))((?:\w|[{MARKS}])+)[^\w{MARKS}]*\Z")
# the characters before a stop where its word is looked for (the sentence's last, a form of
# address): a flattened line's whole head split at each of its stops had grown with its square
_WORD_SPAN = 30
_COLON_NEAR = regex("[:：]")
# A wide gap inside a label's words: two columns of a caption on one line ("IN THE CROWN COURT
# AT LEEDS          Case No: T2019…"), the court's name on the left, a field on the right.
_COLUMNS = regex(r"\S(?:[ ]{6,}|\t)\S")
_WRAPPED_SPAN = 60  # characters of a line where the colon of a label wrapped onto it may stand
_FULL_LINE = 30  # characters a narrow column's line holds at least where a wrap cut a label on it
_ABBREVIATION = 4  # characters of a form of address with its stop at most ("M.", "Abg.")
_CUT_TAIL = 120  # characters of a line's end read with the next line for a label the wrap cut
_MIDLINE_SPAN = 400  # characters after a sentence read for a label inside the line
_FORENAME_INDENT = 8  # characters of indent, at most, before a forename cut in CAPITALS opening its line
_FLOOR_SPAN = 200  # characters before a label read for the sentence that gave it the floor
# A paragraph's end of a sentence, a turn's dash and a name's first words, a form of address
# with its stop perhaps ("… النواب. – السيد فراس", "… النواب. – د. ماجد"); and the words that end
# the name with the label's colon and dash, opening the paragraph below ("العزاوي:- …").
_DASHED_NAME_HEAD = regex(r"[.!?…؟»”\")][ \t]+[-–—][ \t]+[^\W\d_]+\.?(?:[ \t]+[^\W\d_]+\.?){0,3}[ \t]*$")
_DASHED_NAME_REST = regex(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*:[ \t]*[-–—]")
_PAGE_CUT_LINES = 2  # lines of a label's head that a page break left in a paragraph of its own
_CUT_HEAD_WORDS = 3  # words of a label's head that a copy's line break left on a line of its own
_CUT_HEAD_SPAN = 60  # characters of an office's head alone on its line, its holder below, at most
_CUT_OFFICE_WORDS = 8  # words of an office and its portfolio so left
_RENDERINGS = 2  # paragraphs of a label's renderings below its name, one a language
_STACKED_NAME_WORDS = 4  # a member's name and party stacked a word a line: no more lines
_OFFICE_STACK = 3  # an office, a forename and a surname stacked a word a line, no party
_GROUP_STACK = 3  # a name, its group in parentheses below it and the speech: lines at least
_HEADED_LINES = 3  # a title, the name alone under it and the speech's first line
_HEADING_WORDS = 6  # words of a section's or a statement's title over a name alone, at most
_HEADED_NAME_WORDS = (2, 6)  # words of the name alone under such a title, its form of address too
_SPOKEN_LINE_WORDS = 6  # words of a speech's first line that need no sentence's end to be read as one
_NAMED_AGAIN_WORDS = 3  # first words of a line that narrate a person named ("Councillor Ash asked")
_GROUP_NAME_WORDS = 6  # words of a label over its group, a form of address and an office with them
# a word of a name alone on its line, capitalised, a double one with its hyphen ("Halla-aho")
_NAME_WORD = regex(CAPITALISED_NAME)


def _speech_opens(line: str) -> bool:
    """Whether *line*, below a member's label stacked a word a line, opens a speech: a capital
    ("Arvoisa puhemies! …", "– Herra puhemies! …" after its dash or quote), not a poem's or a
    list's lower-case run on ("… sin" / "väg mot havet.", "… vihr" / "ryhmästä …") nor a table's
    figures ("kesk" / "21")."""
    opening = next((char for char in line if char.isalnum()), "")
    return opening.isupper()


def _speech_line(line: str) -> bool:
    """Whether *line*, under a name alone, opens a speech: a capital, not a line in CAPITALS (a
    record's head goes on so: "GACETA DEL CONGRESO" / "SENADO DE LA REPÚBLICA" / "ACTA …"), and a
    sentence's end, or a wrapped sentence's word in lower case after more words than a line of
    an address or of a list holds ("Springfield, IL 62701", "Senator X, Assistant Minister")."""
    words = line.split()
    return (
        _speech_opens(line)
        and not line.isupper()
        and (line[-1] in TERMINAL or (len(words) >= _SPOKEN_LINE_WORDS and words[-1][:1].islower()))
    )


# A word of a sentence without its stop or possessive ending ("Ash,", "Avery's"): the name it is.
_NAMED_WORD = regex(r"(.+?)(?:['’]s)?[.,;:]*")


def _names_again(line: str, surname: str) -> bool:
    """Whether one of the first words of *line* is *surname*, as a sentence narrating that person
    opens ("Councillor Ash asked …", "Mrs Avery's service …")."""
    words = (_NAMED_WORD.fullmatch(word) for word in line.split()[:_NAMED_AGAIN_WORDS])
    return any(word is not None and word.group(1).casefold() == surname.casefold() for word in words)


# The letters, stops, hyphens and apostrophes a name alone is printed with.
_NAME_CHARACTERS = regex(r"[\w .'’-]+")
# a paragraph that is one parenthesis, a parenthesis inside it ("(மாண்புமிகு (திருமதி) X)")
_PARENTHESIS_ALONE = regex(r"\((?:[^()\n]|\([^()\n]*\))*\)")
_OPENING = tuple(ROUND)  # the parentheses a role opens with
# The clock in square brackets a web copy prints after the speaker's name, and the label's colon,
# opening the line its line break cut from the name ("Presidenten" / "[13:01:16 ]: …").
_CLOCK_BELOW = regex(rf"{WEB_CLOCK_TEXT}[ \t]*[:：]")
# A member's seat or role in brackets and a label's colon, or the colon alone, opening a line: the
# end of a label.
_SEAT_THEN_COLON = regex(r"(?:\([^()\n]{1,80}\)[ \t]*)?[:：]")
_DASHES = ("-", "–", "—")  # the stops before an office printed after the name


@cache
def _initialled_end(digraphs: tuple[str, ...]) -> re.Pattern[str]:
    """A name's end in its holder's initials and surname ("… СССР А. Н. Косыгин"), an initial
    perhaps one of the two-letter *digraphs*: an office's holder."""
    return regex(rf"(?<!\S){initials_pattern(digraphs)}[{UPPER}][{SMALL}]+$")


def opening_marker(text: str) -> str:
    """The marker a paragraph's first line *text* opens its turn with ("– د. X:-", "○議長"), or ""."""
    start = text.lstrip()
    if not start.startswith(_MARKERS):  # most lines open with none: one test, not one a marker
        return ""
    return next(marker for marker in _MARKERS if start.startswith(marker))


def _office_whole(name: str, config: Config) -> bool:
    """Whether *name* is an office whole: as listed, or one word in Mixed case an office's stem
    opens, its ending the feminine's or the case's ("Richterin", "Gerichtsschreiberin" of the
    stems "richter", "gerichtsschreiber"). A word in CAPITALS so opened is as often a surname,
    the tail of a label the wrap cut ("Anf. 12 Statsrådet LINA" / "HAKIMI: Herr talman!", the
    Turkish judge's "hakim" opening it)."""
    folded = name.casefold().removeprefix("the ")
    if config.offices.fullmatch(folded) is not None:
        return True
    return " " not in folded and not name.isupper() and config.offices.match(folded) is not None


def _dated_after_dash(line: str, config: Config) -> bool:
    """Whether a calendar date follows a spaced dash on *line*: a sitting's, the line the record's
    title ("Consejo de Guerra — sesión del 9 de marzo de 1939" over "El Presidente: …", a blank
    line between perhaps), whose words no label's name and role run on from to the colon below; no
    one's role is dated."""
    at = max(line.rfind(f" {dash} ") for dash in _DASHES)
    if at < 0:
        return False
    after = line[at + 3 :]
    return dated(after, config)


def _capitals_after_sentence(line: str) -> bool:
    """Whether *line*, a speech's, ends in words in CAPITALS right after a sentence's stop: a
    label's first words the wrap cut ("… I thank you. THE MINISTER OF", "… Buyurun Sayın Gürsoy.
    SELMA"), no acronym the sentence ends in ("… the question of troops in NATO" / "SENATOR X:"),
    nor a heading's line in CAPITALS ("THE REPUBLIC VRS." / "KOFI MENSAH")."""
    words = line.split()
    if not words or not (words[-1].isupper() and cased(words[-1])) or line.isupper():
        return False
    run = len(words) - 1
    while run > 0 and words[run - 1].isupper() and cased(words[run - 1]):
        run -= 1
    return run > 0 and words[run - 1][-1:] in SENTENCE_STOPS


def _colon_glued(lines: list[tuple[int, str]], at: int) -> list[tuple[int, str]]:
    """*lines*, a label's name cut from its colon, which opens the line *at* ("Hon. X" / ": Thank
    you, …"): that line joined to the name's, as the label is printed unbroken."""
    if not lines[at][1].lstrip().startswith((":", "：")):
        return lines
    number, name = lines[at - 1]
    return [*lines[: at - 1], (number, name.rstrip() + lines[at][1].lstrip()), *lines[at + 1 :]]


def address_left_open(above: str, config: Config) -> bool:
    """Whether *above* ends with a form of address a hard wrap cut from its name, inside a
    sentence ("… WAS EXAMINED BY MR."): the line below goes on with that name, no label of its
    own. After a sentence's stop the form is a label's, which the reader sets down with it."""
    words = above.split()
    if len(words) < 2 or words[-2][-1:] in TERMINAL or not config.leaves_open(above):
        return False
    return bool(config.titles.fullmatch(words[-1].casefold()))


def words_left_open(above: str, config: Config) -> bool:
    """Whether *above* ends on a preposition, an article or a conjunction (``[head]
    title_goes_on``: "… 3RD DAY OF", "Minister for"), words the line below goes on."""
    ends = config.head.get("title_goes_on")
    line = above.strip()
    return ends is not None and line[-1:].isalpha() and ends.search(line) is not None


def capitals_left_open(above: str, config: Config) -> bool:
    """Whether *above*, a line in CAPITALS, ends inside its sentence (:func:`words_left_open`:
    "THE MEETING COMMENCED ON MONDAY, 3RD DAY OF"), so that the line below goes on with it
    ("MARCH, 2025 AS FOLLOWS:", a stenographer's opening words on a numbered page): no label of
    its own, though it reads as one in CAPITALS."""
    return above.isupper() and words_left_open(above, config)


_END_LINES = 8  # lines of a paragraph whose end the label below it reads
_END_SPAN = 300  # characters of that end


def paragraph_end(texts: list[str] | Lines) -> str:
    """The end of a paragraph of *texts* as the label below it reads it (an announcement, an
    open quotation): its last lines joined, since a wrap cut their sentences; of :class:`Lines`,
    read in their joined text (its end from a line's start on is those lines joined; a paragraph
    of no more lines than that is its whole joined text, placed at none)."""
    if isinstance(texts, Lines):
        joined = texts.joined
        start = texts.place(-_END_LINES)[0] if len(texts) > _END_LINES else 0
        return joined[max(start, len(joined) - _END_SPAN) :]
    return join_lines(texts[-_END_LINES:])[-_END_SPAN:]


def _colon_within(line: str, at: int) -> bool:
    """Whether a colon follows *at* within the span a label is read from: no colon, no label
    inside a line (asked first, since most sentences of a long paragraph have none)."""
    return line.find(":", at, at + _MIDLINE_SPAN) >= 0 or line.find("：", at, at + _MIDLINE_SPAN) >= 0


def _outside_labels(
    found: list[tuple[int, Candidate]], chair_after: Callable[[Candidate | None], bool]
) -> list[tuple[int, Candidate]]:
    """*found*, in order, without a label that starts inside the one before it ("Presidente
    (X).-" is the end of "…BANDERASSr. Presidente (X).-"), but for the chair's label that ends
    a heading in CAPITALS read with it ("COMMUNICATION FROM THE CHAIR THE SPEAKER:"): the
    label is the chair's, the heading's words before it."""
    kept: list[tuple[int, Candidate]] = []
    end = -1
    for at, cand in found:
        if at < end and at + len(cand.printed) == end and chair_after(cand) and not chair_after(kept[-1][1]):
            kept[-1] = (at, cand)
        elif at >= end:
            kept.append((at, cand))
            end = at + len(cand.printed)
    return kept


def sentence_below(line: str, below: str) -> bool:
    """Whether *below* opens a sentence under *line*, a label with no stop: a capital first and
    a word in lower case before its colon, outside brackets ("У меня вопрос: почему …"), no rest
    of a name or a body ("CARLSSON: …", "TION (Ms X):", "Государственной Думы: …") nor a
    description in lower case ("előadója: …"); and *line* had room for its first word, *below*
    taken as long as the column holds at least (a hard wrap breaks a line only before a word
    that would not fit): the label is whole on its line ("СИДОРОВА Е.Н., депутат от округа №
    12"), the colon below the speech's."""
    colon = _COLON_NEAR.search(below, 0, _WRAPPED_SPAN)
    head = below[: colon.start()] if colon else below
    first = head.split(maxsplit=1)[:1]
    words = BRACKETED_ONLY.sub("", head).split()
    # a short line below says nothing of the column's width ("Відповім коротко:", "Отвечу так:
    # …"): a sentence opens it where its words after the first are all in lower case, where a
    # body's name or a role the wrap cut goes on capitalised ("Government and Heritage (Mr. X):",
    # "Государственной Думы по бюджету:")
    roomy = len(line.rstrip()) + 1 + len(first[0] if first else "") < len(below.rstrip())
    return (
        bool(first)
        and first[0][:1].isupper()
        and any(lower_case(word[:1]) for word in words)
        and (roomy or (all(lower_case(word[:1]) for word in words[1:]) and not _link_last(line)))
        and not _name_runs_on(line, head)
    )


def _link_last(line: str) -> bool:
    """Whether *line* ends with a short linking word in lower case ("… Department of Finance
    and", "… vicepresidenta primera del Gobierno y", "… комиссии по"): a label the wrap cut before
    the rest of its office, never one whole on its line, however short the line below."""
    last = line.rsplit(maxsplit=1)[-1:]
    return bool(last) and len(last[0]) <= _NAME_LINK and last[0].isalpha() and last[0].islower()


# Letters at most of the linking word in lower case a body's name goes on with after its first
# word ("Федерации по вопросам", "Affairs and Trade"), where a sentence's second word is most often
# longer or capitalised ("My question is …", "Meine Antwort lautet", "Odpowiedź jest prosta").
_NAME_LINK = 3


def _name_runs_on(line: str, head: str) -> bool:
    """Whether *line* ends with a word in Mixed case that *head*, the words before a colon below
    it, goes on with, in Mixed case too, then a short linking word in lower case and no comma or
    stop of a clause: a body's name the break cut inside the label ("… заместитель министра
    финансов Российской" / "Федерации по вопросам бюджета: …"), no sentence under a label whole
    ("… від Полтави" / "Шановні колеги, у мене одне питання: …", "… Member for Northern
    Districts" / "My question is simple: …"); a name never ends with its link, a sentence's
    verb and its short adverb do ("… города Заречный" / "Отвечу так: …")."""
    last = line.rsplit(maxsplit=1)[-1:]
    link = head.split()[1:2]
    return (
        bool(last and link)
        and len(head.split()) > len(link) + 1  # a name goes on past its link: "Отвечу так:" ends there
        and mixed(last[0])
        and mixed(head)
        and len(link[0]) <= _NAME_LINK
        and link[0].islower()
        and not any(c in head for c in SENTENCE_STOPS + ",")
    )


def _described(cand: Candidate, line: str) -> bool:
    """Whether *cand* opens with a name in CAPITALS and *line* goes on with its description in
    lower case ("BARTOS GELLÉRT, a környezetvédelmi bizottság elnöke, a napirendi pont" /
    "előadója: …"), no title in CAPITALS over a field of the head ("… KOMISI X DPR RI" / "Tahun
    Sidang : 2023")."""
    return cand.named_in_capitals and any(word.islower() for word in line.split())


def glued_surname(line: str, at: int, cand: Candidate, config: Config) -> bool:
    """Whether *cand*, a label inside *line* at *at*, is a surname alone in Mixed case with its
    stop glued to the sentence before it ("… поддерживаем.Петров. Товарищи, …"), no office: no
    evidence of a label of its own, a label only where the record's others print it."""
    return (
        at > 0
        and line[at - 1] in ".!?…"
        and cand.punct == "."
        and not (cand.role or cand.title or " " in cand.name or cand.name.isupper())
        and not (config.offices.fullmatch(cand.name.casefold()) or chairs(cand.name, config))
    )


def _words_after(line: str, start: int, count: int) -> list[str]:
    """The first *count* words of *line* from *start* (all of them where fewer): read from a
    window where it holds more, the words it ends inside not asked for; the rest of a long
    flattened line is split only where the window holds no more (a split of the rest at each
    label inside the line had read the line once a label)."""
    words = line[start : start + _MIDLINE_SPAN].split()
    return words[:count] if len(words) > count else line[start:].split()[:count]


def _initial(word: str) -> bool:
    """Whether *word* is one capital and its stop (the labels' initial and its stop): an
    initial, or a form of address so abbreviated ("C.", the Mexican record's citizen)."""
    return word[:1].isupper() and INITIAL_STOP.fullmatch(word) is not None


def _word_before(line: str, end: int) -> str:
    """The last word of *line* before *end*, read from a window where it holds two words or
    more (see :func:`_words_after`); "" where there is none."""
    start = max(0, end - _MIDLINE_SPAN)
    words = line[start:end].split()
    if len(words) < 2 and start > 0:
        words = line[:end].split()
    return words[-1] if words else ""


def _unclosed_at(line: str, places: list[int]) -> set[int]:
    """Those of the ascending *places* before which *line* opens a parenthesis it has not closed
    (:func:`unclosed` of the line up to each), counted once along the line, where each place had
    counted the line from its start."""
    opened = closed = last = 0
    inside: set[int] = set()
    for at in places:
        opened += line.count("(", last, at)
        closed += line.count(")", last, at)
        last = at
        if opened > closed:
            inside.add(at)
    return inside


# A word its hyphen broke at a line's end, a letter before the hyphen.
_BROKEN_END = regex(r"[^\W\d_]-$")
_HYPHEN_ENDS = ("-", "-\n")  # the ends of a line that pattern can match at


def broken_at_end(line: str, following: str) -> bool:
    """Whether a hyphen at *line*'s end broke a word that *following* goes on with in lower
    case ("Vizepräsi-" / "dent Dr. X:"): not a double name's hyphen, whose next part is capital.
    Asked of most lines: the hyphen at the end is looked for first, where the pattern's search
    had scanned the whole line ("$" also ends a line before its last line break)."""
    return line.endswith(_HYPHEN_ENDS) and following[:1].islower() and _BROKEN_END.search(line) is not None


def _unbroken(joined: str, end: int) -> str:
    """*joined* (a line *end* characters long and the next, as :func:`join_lines` joins them)
    without the hyphen that broke a word at the line's end: the word as a label reads it."""
    return joined[: end - 1] + joined[end:]


def asked_letters(text: HeldText, config: Config) -> frozenset[str]:
    """The one-letter questions of the pairs (``short``) that *text* prints opening a line with
    their stop and a question mark on the line ("Q. Did you see him?"): a record of questions and
    answers, whose answer's letter before a capitalised word and a dash is the answer's ("A.
    Nobody – I was alone."), no initial of a name; a letter before a surname and a dash asks no
    question of a pair ("P. Nowak – Czy …?"). One scan of the text, before the lines are read."""
    asked = config.asked_letters_line
    if asked is None:
        return frozenset()
    return frozenset(found.group("letter") for found in text.matches(asked.finditer, 1))


def numbered_letters(text: HeldText, config: Config) -> frozenset[str]:
    """The letters of the pairs (``short``) that *text* prints glued to a question's or an
    answer's number at a line's start, where the pair's other letter is so printed too ("Q1." and
    "A1.", an interrogatory's numbered questions and answers): the number the item's, no name's.
    A letter numbered alone is a code ("P1:", an interview's first participant), and so is a pair
    whose letter prints one number again ("P1:" / "R1:" / "P1:" / "R1:", an interview study's
    participant and respondent, each speaking often): an item's number is printed once, or
    again only after the numbers went on ("Q1." … "Q2." / "Q1." … "Q2.", a second set of
    interrogatories numbered from one). The question's letter numbered over the answer's printed
    bare at lines' starts is the same item's number ("Q1." / "A.", a police interview's record)
    where more of its lines ask than not, a numbering begun again included ("Q1." of a second
    tape): only the question's, each answer's "A1:" and "A2:" under one "Q:" being a focus
    group's respondents, and "P1:", "P2:" answering a researcher's "R:" its participants. One scan
    of the text, before the lines are read, and one more where a question's letter alone is
    numbered."""
    numbered = config.numbered_letters_line
    if numbered is None:
        return frozenset()
    found: set[str] = set()
    last: dict[str, str] = {}  # each letter's code the last time it was printed
    again: set[str] = set()
    lines: Counter[str] = Counter()  # each letter's numbered lines
    asking: Counter[str] = Counter()  # and those of them that ask
    for match in text.matches(numbered.finditer, 1):
        letter, code = match.group("letter"), match.group().strip()[:-1]
        found.add(letter)
        if last.get(letter) == code:
            again.add(letter)
        last[letter] = code
        lines[letter] += 1
        end = match.string.find("\n", match.end())
        if _QUESTION_MARK.search(match.string, match.end(), len(match.string) if end < 0 else end):
            asking[letter] += 1
    both = [
        pair for pair in config.short_labels if len(pair) > 1 and set(pair) <= found and not set(pair) & again
    ]
    # the question's letter numbered, its lines asking more often than not (a numbering begun
    # again, "Q1." of a second tape, is no code): "R:" over "P1:", "P2:" is a researcher's
    # question to participants who answer, each a code
    asked = [
        pair
        for pair in config.short_labels
        if len(pair) == 2
        and pair[0] in found
        and pair[1] not in found
        and 2 * asking[pair[0]] > lines[pair[0]]
    ]
    bare = config.bare_letters_line
    if asked and bare is not None:
        plain = {match.group("letter") for match in text.matches(bare.finditer, 1)}
        both += [(pair[0],) for pair in asked if len(pair[1]) == 1 and pair[1] in plain]
    return frozenset(word for pair in both for word in pair)


def glued_letters(text: HeldText, config: Config) -> frozenset[str]:
    """The letters of the pairs (``short``) that *text* prints with their stop glued to the
    speech at lines' starts, each letter of the pair so printed twice or more ("Q.Will you state
    your name?" / "A.Thomas R. Whitcomb.", OCR of a typed deposition that lost the spaces): the
    letter a label, no initial of a name glued to it. A name's initial so glued ("A.Thomas")
    twice with no question's letter so glued is a name's. One scan of the text, the first time a
    letter glued to a capital opens a line."""
    glued = config.glued_letters_line
    if glued is None:
        return frozenset()
    found = Counter(match.group("letter") for match in text.matches(glued.finditer, 1))
    return frozenset(
        word
        for pair in config.short_labels
        if len(pair) > 1 and all(len(word) == 1 and found[word] >= _GLUED_TIMES for word in pair)
        for word in pair
    )


_GLUED_TIMES = 2  # lines each letter of a pair opens glued to its speech, at least
_QUESTION_MARK = regex("[?？؟]")  # a question's mark: a numbered line that asks


# A question's mark and the capital after it: where the answer's letter may open on its line.
# the answer's letter after the question's mark, or after a dash there as the Old Bailey's and the
# Gazette des Tribunaux's reports set it ("… the prisoner? — A. I did", "… le 3 mai ? — R. Chez …"),
# or after a stop with that dash, where the question is put as a statement ("D. Le témoin vous
# a reconnu. — R. Il a de mauvais yeux."); a stop alone is a sentence's ("Schedule A. The …")
_QUESTION_THEN_WORD = regex(rf"(?:[?？][ \t]+(?:[—–-][ \t]+)?|[.!][ \t]+[—–][ \t]+)(?=[{UPPER}])")


class _Placed(list[tuple[int, Candidate]]):
    """The labels found inside a line as they are added, with the places they open at: each rule
    asks whether a place holds one already, which a scan of the list had answered in time growing
    with the labels a flattened line holds."""

    def __init__(self) -> None:
        super().__init__()
        self.places: set[int] = set()

    def append(self, item: tuple[int, Candidate]) -> None:
        super().append(item)
        self.places.add(item[0])

    def extend(self, items: Iterable[tuple[int, Candidate]]) -> None:
        for item in items:
            self.append(item)


class LineLabels:
    """The label candidates of a text's lines, as the parser asks for them."""

    def __init__(self, config: Config, matcher: LabelMatcher) -> None:
        self.config = config
        self.matcher = matcher
        self._candidates: dict[str, Candidate | None] = {}
        self._addressee = addressee_pattern(config.question_put)  # "to the Premier:"
        # a line's labels, keyed by the line, or by the paragraph's marker and the line (no copy made)
        self._midlines: dict[str | tuple[str, str], list[tuple[int, Candidate]]] = {}
        # the last line asked for announcements and the places one may open at in it
        self._announcing: tuple[str, list[int]] = ("", [])
        # the pairs' question letters the record asks with (see :func:`asked_letters`), set once
        # before any line is read
        self.asked_letters: frozenset[str] = frozenset()
        # the record's text, whose pairs' letters numbered at lines' starts are read from it when
        # first asked (see :attr:`numbered_letters`): most records print no such letter
        self.numbered_text: HeldText | None = None
        self._numbered_letters: frozenset[str] | None = None
        self._glued_letters: frozenset[str] | None = None

    @property
    def numbered_letters(self) -> frozenset[str]:
        """The pairs' letters the record numbers at lines' starts (see :func:`numbered_letters`),
        its text scanned once, the first time a letter and a number open a label."""
        if self._numbered_letters is None:
            text = self.numbered_text
            self._numbered_letters = frozenset() if text is None else numbered_letters(text, self.config)
        return self._numbered_letters

    @property
    def glued_letters(self) -> frozenset[str]:
        """The pairs' letters the record glues to their speech at lines' starts (see
        :func:`glued_letters`), its text scanned once, the first time such a line is read."""
        if self._glued_letters is None:
            text = self.numbered_text
            self._glued_letters = frozenset() if text is None else glued_letters(text, self.config)
        return self._glued_letters

    def _glued_short(self, text: str) -> Candidate | None:
        """The pair's letter opening *text* with its stop glued to the speech's capital ("Q.Will
        you …"), where the record so glues both letters of its pair (:attr:`glued_letters`)."""
        if len(text) < 3 or text[1] != "." or not ("A" <= text[2] <= "Z"):
            return None
        glued = self.config.glued_letters_line
        if glued is None or glued.match(text) is None or text[0] not in self.glued_letters:
            return None
        return Candidate(text[0], None, ".", 2, text[:2], paired=True)

    def wraps(self, line: str, below: list[str]) -> Iterator[tuple[str, bool, int]]:
        """The texts a label opening *line* may run over where a hard wrap cut it: *line* joined
        with the next of *below* (a colon near its start, or *line* cut inside the label: a
        parenthesis left open, a form of address or a particle last, the role opening the next
        line, the head of a name or an office: :meth:`_cut_label_head`), then with the one
        after where the two are still cut (a long office of two portfolios); each with whether
        the line was cut and how many lines it took."""
        carried = False  # the line before went on with its office's portfolio: the label goes on
        for taken, following in enumerate(below[:2], start=1):
            portfolio = taken == 1 and len(below) > 1 and self._portfolio_below(line, following, below[1])
            cut = (
                portfolio
                or carried
                or unclosed(line)
                or self.config.leaves_open(line)
                or following.startswith(_OPENING)
                or (taken == 1 and self._cut_label_head(line, following))
                or (taken == 1 and self._office_runs_on(line, following))
                or (taken == 1 and self._seat_below(line, following))
                or (taken == 1 and self._reported_below(line, following))
                or (taken == 1 and broken_at_end(line, following))
                or (taken == 1 and self.office_cut_holder(line, following))
            )
            if not (cut or _COLON_NEAR.search(following, 0, _WRAPPED_SPAN)):
                return
            joined = join_lines([line, following])
            yield joined, cut, taken
            if not (portfolio or unclosed(joined) or self.config.leaves_open(joined)):
                return
            line, carried = joined, portfolio

    def _portfolio_below(self, line: str, following: str, name: str) -> bool:
        """Whether *line*, an office alone in capitalised words ("Podsekretarz Stanu"), goes on
        with its portfolio in lower case on *following* ("w Ministerstwie Finansów"), an office's
        word in the two, and ends with its holder's bare name and colon on *name* below that
        ("Hanna Majszczyk:"): one label a PDF's narrow column set on three lines."""
        if not following[:1].islower():  # asked first: most lines below open a capital's word
            return False
        words = line.split()
        if not words or len(words) > _CUT_HEAD_WORDS or line.rstrip()[-1:] in TERMINAL:
            return False
        if not all(word[:1].isupper() for word in words):
            return False
        if following.rstrip()[-1:] in TERMINAL or ":" in following:
            return False
        below = self.candidate(name)
        if below is None or below.punct not in (":", "：") or below.title or below.role:
            return False
        # an office in the two lines ("… w Ministerstwie Zdrowia"): no heading's phrase
        return self.config.offices.search(" ".join([line, following]).casefold()) is not None

    def wrapped_label(
        self, line: str, below: list[str], opens: bool = False
    ) -> tuple[Candidate | None, str, int]:
        """A label in CAPITALS (or after a marker) with a colon that a hard-wrapped line cut in
        two ("Anf. 1 Ålderspresident INGVAR" / "CARLSSON: Ärade …") or three (see :meth:`wraps`),
        the lines joined, and how many lines of *below* it took; ``(None, line, 0)`` where the
        first line opens none. A label whose parenthesis the wrap cut ends with whatever stop its
        record prints ("(2.00" / "pm)—My question …"); one in Mixed case is read so only where
        the line was cut inside it ("La" / "Vice-Présidente (Mme X) :", "Le Président" / "(M. X) :",
        "SZIJJÁRTÓ PÉTER külgazdasági és" / "külügyminiszter: …"), or where the line *opens* a
        paragraph or a sentence, fills a column's line, and the label has a role or a form of
        address and its colon (a long office a narrow column wrapped: "Minister of State at the
        Department of Rural" / "Development (Deputy X): …", "Ministro de Hacienda y Crédito
        Público, Alberto" / "Ruiz: …"), or where the line below opens with the clock a web copy
        prints after the name ("Presidenten" / "[13:01:16 ]: …"): the label the line would be
        unwrapped."""
        start = len(line)
        # a sitting's date after a dash, and an office's portfolio below (at the third line), are
        # asked only of a line a wrap runs on: most lines asked run on nowhere, where the two had
        # been asked of each before its wraps were read
        for joined, cut, taken in self.wraps(line, below):
            if taken == 1 and _dated_after_dash(line, self.config):
                break
            if taken == 1 and (not cut or self._field_below(below[0])) and self._office_alone(below[0]):
                # "ECONOMICS LEGISLATION COMMITTEE" / "CHAIR: Senator X.", "Ata … – degravação" / "JUIZ: …":
                break  # a heading over an office's turn, or a roll's wrapped name over its next field
            cand = self.candidate(joined)
            # a word the line's end broke read whole ("Vizepräsi-" / "dent Dr. X:"): its shape
            read = (
                self.candidate(_unbroken(joined, start)) if cand and broken_at_end(line, below[0]) else cand
            )
            shaped = read and (
                (read.upper and (cut or not sentence_below(line, below[0])))
                or read.prefix
                # an office over its portfolio in lower case and its holder's name: one label of three lines
                or (taken == 2 and self._portfolio_below(line, below[0], below[1]))
                or (taken == 1 and _CLOCK_BELOW.match(below[0]) is not None)
                or (
                    cut
                    and (
                        read.role
                        or read.addressed
                        or read.named_in_capitals
                        or self._chair_opens(read)
                        or self._articled_office(line, read)
                        or self._office_after_comma(line)
                    )
                )
                or (
                    opens
                    and len(line) >= _FULL_LINE
                    and not sentence_below(line, below[0])
                    and read.punct in (":", "：")
                    and (read.strong or _described(read, line) or self._floor_verb_last(read))
                )
            )
            # a label in the third person ends before its verb, which the wrap may carry alone
            ends = start < cand.end or (cut and cand.reported) if cand else False
            if cand and shaped and ends and cand.end <= len(joined) - len(below[taken - 1]) + _WRAPPED_SPAN:
                if cand.punct in (":", "：") or (cut and cand.punct):
                    return cand, joined, taken
                break
        return None, line, 0

    def _field_below(self, line: str) -> bool:
        """Whether *line* is a court roll's field, an office and the name alone after its colon
        ("Greffier : Mme Anne Roux"): the line above it is the roll's name run on from the field
        before ("Assesseurs : M. Luc Benoît, Mme Claire Fabre," / "M. Henri Dumas"), no label
        the wrap cut, whose line below goes on with speech."""
        _, colon, value = line.partition(":")
        return bool(colon) and self.name_alone(value.strip())

    def _office_alone(self, line: str) -> bool:
        """Whether *line* opens with an office's label whole, the office alone and its colon
        ("CHAIR:", "The PRESIDENT:", a trial's "JUIZ:" or "FISCAL:"), or the office and its holder
        in brackets alone on the line ("Chairperson (Ms X, Sweden, SOC):", a committee's hearing
        as a web page prints it, the speech below), a stem's one word too ("Richterin:"): a line
        above it the wrap did not cut ("Ata da
        sessão – transcrição da gravação", "Hearing on … – transcript") is a heading over that
        turn, no head of its label."""
        cand = self.candidate(line)
        return (
            cand is not None
            and cand.punct in (":", "：")
            and (not cand.role or (not line[cand.end :].strip() and line.rstrip(" \t:：").endswith(")")))
            and _office_whole(cand.name, self.config)
        )

    def _floor_verb_last(self, cand: Candidate) -> bool:
        """Whether *cand* ends with the verb with which old minutes give the floor before its
        colon (``floor_verbs``: "…, herr statsrådet X, yttrade med följande ord:", "…, said:"):
        the record's own label shape, however long its description runs."""
        words = cand.printed.rstrip(":： ").casefold().split()
        return any(" ".join(words[-size:]) in self.config.floor_verbs for size in range(1, 6))

    def cut_midline(self, line: str, below: str, opening: str = "") -> list[tuple[int, Candidate]]:
        """The labels of a flattened record that a hard wrap cut at the end of *line*, the rest
        on *below* ("… Je vous remercie. M. le" / "président. La parole …", "… Mme Claire" /
        "Martin. Je …"): read as :meth:`midline` reads them in the two lines joined, each where
        it starts in *line*; none where *line* ends a sentence (its last word more than an
        abbreviation before its stop) or *below* opens a label of its own in CAPITALS ("… Very
        well. Mr Lyle, any objection?" / "15 MR LYLE: None …") where *line*, a speech's, ends in
        no words in CAPITALS after a sentence's stop. The marker the paragraph's turns
        open with is *opening*, or *line*'s own (the two lines joined open with neither)."""
        last = line.rsplit(maxsplit=1)[-1] if line.strip() else ""
        if last[-1:] in TERMINAL and len(last) > _ABBREVIATION:
            return []
        opened = self.candidate(below)
        # a label in CAPITALS opening *below* is its own, unless a speech's line ends in CAPITALS
        # after a sentence: a label's first words the wrap cut ("… I thank you. THE MINISTER OF" /
        # "FINANCE (SHRI X):"), no acronym ending a sentence the wrap left open ("… in NATO")
        if opened and opened.upper and cased(opened.name) and not self._label_head_cut(line, below):
            return []
        start = max(0, len(line) - _CUT_TAIL)
        tail = line[start:]
        joined = f"{tail} {below[:_MIDLINE_SPAN]}"
        return [
            (start + at, cand)
            for at, cand in self.midline(joined, opening or opening_marker(line))
            if at < len(tail) < at + len(cand.printed.rstrip())
        ]

    def midline(self, line: str, paragraph: str = "") -> list[tuple[int, Candidate]]:
        """The labels of a record flattened to one line, each after a sentence inside *line*,
        never inside a parenthesis: in CAPITALS with a colon, or with a stop and a speech after it
        (``… thank you. THE MINISTER (SHRI X): Sir …``, ``… Спасибо. ПЕТРОВ Н. А. Уважаемые …``);
        an office, a form of address or a name with its party (``… (Beifall) Anna Probe (CDU):``);
        after the marker the line's first turn opens with (``… نص. – د. محمود:- …``,
        ``…。○議長（山田一郎君）…``) or a full-width stop (``…。陳大文議員：…``, ``…。 大野議長)…``,
        the opening bracket a web copy lost); and a label with an office or a form of address
        glued to the word or the sentence before it, where a copy lost the line break (``… am 3.
        Mai 2011Präsident Dr. Max Muster: …``, ``… aprobada.Sr. Presidente (X).- Tiene …``), or
        in CAPITALS to a heading's last word (``AĠĠORNAMENTONOR. JOE MIZZI: …``). A line inside
        a paragraph that opens no turn is read with the marker of the *paragraph*'s first."""
        key = (paragraph, line) if paragraph else line
        if key in self._midlines:
            return self._midlines[key]
        found = _Placed()
        # the passes whose labels end with a colon are not run where the line holds no colon's
        # mark (see COLON_MARKS), most lines of a speech; those that read a colon itself (":",
        # "："), only up to the last one
        marked = COLON_MARKS.search(line) is not None
        colon = max(line.rfind(":"), line.rfind("："))
        stamp = self.config.timestamp.match(line)  # "12.15.02Abgeordneter X:": the label's own clock
        for match in _GLUED.finditer(line, 0, colon + 1) if colon >= 0 else ():
            if stamp and match.end() == stamp.end():
                continue
            if _colon_within(line, match.end()):
                self._strong_label_at(line, match.end(), found)
        for match in _RULE_THEN_LETTER.finditer(line) if "---" in line or "___" in line else ():
            self._strong_label_at(line, match.end(), found)  # "-----CHAIRPERSON: Good afternoon."
        for match in _GLUED_STOP.finditer(line):  # "… aprobada.Sr. Presidente (X).- Tiene …"
            if self._ends_sentence(line, match.end() - 1):
                self._strong_label_at(line, match.end(), found)
                self._capitals_label_at(line, match.end(), found)
                self._bracketed_name_at(line, match.end() - 1, match.end(), found)
                self._glued_surname_at(line, match.end(), found)
        for match in _ROLE_THEN_DASH.finditer(line) if ")." in line else ():  # "… SESIÓN Sra. X (Y).- …"
            self._titled_before_role(line, match.end(), found)
        for match in _NAME_THEN_DASH.finditer(line) if ".-" in line else ():  # "… del Día Sr. X.- …"
            self._titled_before_dash(line, match.end(), found)
        for match in _GLUED_CAPITALS.finditer(line):  # "… DE BANDERASSr. Presidente (X).- …"
            title = line[match.end() : line.index(".", match.end()) + 1]
            if self.config.titles.fullmatch(title.casefold()):
                self._strong_label_at(line, match.end(), found)
        for match in _CAPITALS_STOPPED.finditer(line) if marked else ():  # "AĠĠORNAMENTONOR. JOE MIZZI: …"
            word = match.group("word")
            if not word.isupper():
                continue  # asked first: most words a stop ends are no heading's
            titles = self.config.titles
            letters = next(
                (n for n in _GLUED_TITLE_LETTERS if titles.fullmatch(f"{word[-n:]}.".casefold())), 0
            )
            if letters and len(word) - letters >= 4:
                # the label in CAPITALS to its colon, as the heading is: "МОЛОТОВ. Товарищи." is
                # a surname's label, its last letters no form of address ("тов.")
                glued: list[tuple[int, Candidate]] = []
                self._strong_label_at(line, match.end("word") - letters, glued)
                found.extend((at, cand) for at, cand in glued if cand.punct == ":" and cand.printed.isupper())
        for match in (
            _NAME_THEN_CAPITALS.finditer(line) if ":" in line else ()
        ):  # "… Ms Jane Doe THE DEPUTY SPEAKER: …"
            if self._opens_label(_word_before(line, match.start())):
                continue  # "The DEPUTY SPEAKER:": the article or form of address is the label's
            cand = self.matcher.candidate(line[match.end() : match.end() + _MIDLINE_SPAN])
            if cand and cand.upper and cand.punct == ":" and chairs(cand.name, self.config):
                found.append((match.end(), cand))
        for match in (
            _HEADING_THEN_ARTICLE.finditer(line) if ":" in line else ()
        ):  # "… FROM THE CHAIR THE SPEAKER: …"
            if self._opens_label(_word_before(line, match.start())) and (
                line[match.end() + 1 : match.end() + 2].islower()
                or all(self._opens_label(word) for word in line[: match.start()].split())
            ):
                # "EL Sr. VICEPRESIDENTE:": the article before the form of address is the label's;
                # so are a form of address and an article that open the line, no heading's words
                # ("M. LE JUGE PRÉSIDENT X :", a French transcript of an international court)
                continue
            if self.config.offices.fullmatch(line[: match.start()].strip().casefold()):
                continue  # "HIS WORSHIP THE MAYOR:": the form of address opening the line is the label's
            if _word_before(line, match.start()).casefold() in self.config.genitive_links:
                continue  # "REPORT OF THE CHAIR:": the office is the heading's, whose link ends no heading
            if self._office_linked_on(line[: match.start()]):
                continue  # "The MINISTER IN THE PRESIDENCY:": one office, run on past its link
            cand = self.matcher.candidate(line[match.end() : match.end() + _MIDLINE_SPAN])
            if self._chair_after_heading(cand):
                found.append((match.end(), cand))  # type: ignore[arg-type]
        for match in _SENTENCE_THEN_WORD.finditer(line):  # "… Zusammenarbeit. Vizepräsidentin X: …"
            if (
                line[match.start() - 1] == "]"
                and line.lstrip()[:1] == "["
                and line.find("]") == match.start() - 1
            ):
                continue  # "[288] THE PRESIDENT: …": the page's mark opening the line is the label's
            if line[match.start() - 1] == "-" and self._opening_label_ends(line, match.end()):
                continue  # "HON. X.- Madam Speaker, I move:": the stop and dash are the label's
            head = line[match.end() : match.end() + 40]
            if (numbered := self.config.prefix.match(head)) and numbered.group().strip():
                head = head[numbered.end() :]  # "… small. Q2 Mr Wade: …": a question's number before it
            office = self.config.past_article(head)  # "… Hino Nacional”. O vereador X: …"
            opens = (
                self.config.offices.match(office.casefold())
                or self.config.chairs.match(office.casefold())  # "… Хрущева. Председательствующий тов. X. …"
                or ("(" in head and _PARTY_LABEL.match(head))  # no bracket, no party: not asked
                or self.config.titles.fullmatch(office.split(maxsplit=1)[0].casefold())
            )
            ended = self._ends_sentence(line, match.start())  # asked once: each rule below needs it
            if opens and ended:
                self._strong_label_at(line, match.end(), found, named=True)
            if (
                match.end() not in found.places
                and ended
                and COLON_MARKS.search(line, match.end(), match.end() + _MIDLINE_SPAN)
            ):  # "… (Approvazioni). Voci: Per tutti! …": a voice's colon, never asked for without one
                cand = self.matcher.candidate(line[match.end() : match.end() + _MIDLINE_SPAN])
                before = line[max(0, match.start() - _MIDLINE_SPAN) : match.start()]
                after = line[match.end() + cand.end : match.end() + cand.end + _MIDLINE_SPAN] if cand else ""
                if cand and self._hall_or_announced(cand, before, after):
                    found.append((match.end(), cand))
            if (
                _SURNAME_INITIAL.match(head) and match.end() not in found.places and ended
            ):  # "… Слово предоставляется Кузнецову. Кузнецов С. П., фракция КПРФ. Уважаемые …"
                self._announced_initialled_at(line, match.start(), match.end(), found)
            if ended:  # "… открытым. Родионов (Тверская губ.). …"
                self._bracketed_name_at(line, match.start(), match.end(), found)
        for match in (
            _SENTENCE_THEN_CLOCK.finditer(line) if "[" in line and marked else ()
        ):  # "… up. [00:00:48] DS: You're …"
            cand = self.matcher.candidate(line[match.end() : match.end() + _MIDLINE_SPAN])
            if cand and cand.time and cand.punct in (":", "："):
                found.append((match.end(), cand))
        for match in _SENTENCE_THEN_ITEM.finditer(line) if colon >= 0 else ():
            opened = not match.start() or self._ends_sentence(line, match.start())
            if opened and line[match.end()].isupper():
                self._after_item(line, match.end(), found)
        headed = self._after_headings(line) if marked else []
        found.extend(headed)
        opening_end = -1  # where the label opening the line ends, asked only after a semicolon
        for match in _MIDLINE.finditer(line):
            if not self._ends_sentence(line, match.start()):
                continue
            if line[match.start() - 1 : match.start()] == ";":
                if opening_end < 0:
                    first = self.matcher.candidate(line[:_MIDLINE_SPAN])
                    opening_end = first.end if first else 0
                if match.end() < opening_end:
                    continue  # "THE MINISTER OF X; AND THE MINISTER OF Y (SHRI Z):": the opening label's
            if match.group().rstrip()[-1:].isdigit() and " " not in line[: match.start()].strip():
                continue  # "Anf. 2 MAGDALENA ANDERSSON (S):": a speech's number after one word is the label's
            window = line[match.end() : match.end() + _MIDLINE_SPAN]
            # a label there ends in a colon, a stop or a seat's dash: without any, none is asked for
            stopped = _colon_within(line, match.end()) or line.find(".", match.end(), match.end() + 60) >= 0
            if not stopped and not any(dash in window for dash in _DASHES):
                continue
            cand = self.matcher.candidate(window)
            if not stopped and not _seated_dash(cand):
                continue
            if cand is None or not cand.upper:
                continue
            # the chair's office alone may answer in a word ("… переглянути. ГОЛОВУЮЧИЙ. Дякую.")
            least = (
                1
                if cand.punct == "." and " " not in cand.name and chairs(cand.name, self.config)
                else _SPEECH_WORDS
            )
            spoken = len(_words_after(line, match.end() + cand.end, least)) >= least
            dashed = _dashed_name(cand, line[match.end() :])
            strong = self._stopped_label(cand) or _seated_dash(cand) or dashed
            if cand.punct in (":", "：") or (spoken and strong):
                found.append((match.end(), cand))
        # the marker the line's first turn opens with, or the paragraph's a wrap cut the line from
        opening = opening_marker(line) or paragraph
        if not opening:  # the head before the first turn: the dash its turns open with
            opening = self._turns_dash(line)
        # a CJK record's marker sets its label off by a space or its bracket, no colon
        spaced = bool(opening) and opening in CJK_MARKERS
        for match in (
            _MARKED.finditer(line) if opening and opening in _MARKERS and (spaced or colon >= 0) else ()
        ):  # "… نص. – د. محمود:- …"
            if line.startswith(opening, match.end()) and (spaced or _colon_within(line, match.end())):
                cand = self.matcher.candidate(line[match.end() : match.end() + _MIDLINE_SPAN])
                if cand and cand.prefix and cand.punct in ((":", "：", "\u3000") if spaced else (":", "：")):
                    found.append((match.end(), cand))
        for match in (
            _SENTENCE_THEN_HOLLOW.finditer(line) if "(" in line or ")" in line else ()
        ):  # "… Order. ( ) (The Hon. X) …"
            if hollow_scripts(line[match.end() :]) and self._ends_sentence(line, match.start()):
                cand = self.matcher.candidate(line[match.end() : match.end() + _MIDLINE_SPAN])
                if cand and cand.title:
                    found.append((match.end(), cand))
        cjk = _CJK_STOPS.search(line) is not None  # the two passes after a full-width stop, asked once
        for match in _CJK_SENTENCE.finditer(line) if cjk and "：" in line else ():  # "…。陳大文議員：主席，…"
            if line.find("：", match.end(), match.end() + _CJK_LABEL_SPAN) >= 0:
                self._strong_label_at(line, match.end(), found)
        for match in _CJK_UNOPENED.finditer(line) if cjk else ():  # "…。 大野議長)８月３０日付で…"
            cand = self.matcher.candidate(line[match.end() : match.end() + _MIDLINE_SPAN])
            if cand and cand.punct == "\u3000" and cand.printed.endswith((")", "）")):
                found.append((match.end(), cand))
        if ("?" in line or "— " in line or "– " in line) and line.lstrip()[:1].isupper():
            self._answer_after_question(line, found)  # "Q. Did you see him? A. I did."
        if found:
            found.extend(self._after_head(line, min(at + cand.end for at, cand in found)))
        # none inside a parenthesis the line opened: a bracket's fields ("(… Elnök: X. Jegyzők: Y.)")
        # a label read from a sentence's end through the heading is the heading's and the label's
        ends = {at + len(cand.printed) for at, cand in headed}
        kept = [(at, c) for at, c in found if (at, c) in headed or at + len(c.printed) not in ends]
        kept = sorted(dict(self._past_event(line, at, c) for at, c in kept).items())
        inside = _unclosed_at(line, [at for at, _ in kept])
        kept = [(at, cand) for at, cand in kept if at not in inside]
        kept = _outside_labels(kept, self._chair_after_heading)
        if kept and ABBREVIATED_HEAD.match(line) and (whole := self.matcher.candidate(line[:_MIDLINE_SPAN])):
            # the tail of an office abbreviated word by word opening the line: "Ld. Pres.:" (a
            # Cabinet notebook's) holds "Pres.:", no second turn
            kept = [
                (at, c)
                for at, c in kept
                if not (at + len(c.printed) == len(whole.printed) and ABBREVIATED_HEAD.fullmatch(line, 0, at))
            ]
        if kept and (whole := self.matcher.candidate(line[:_MIDLINE_SPAN])) and (whole.prefix or whole.time):
            # the label after the number the line opens with is the line's own ("1. ( *क्र. 412 )
            # श्री X :", a starred question's), as is the one after the clock in brackets a video's
            # transcript opens it with ("(00:00:05) Juez: …"): no second turn after its number
            kept = [(at, c) for at, c in kept if at + len(c.printed) != len(whole.printed)]
        if kept and _QUESTION_NUMBER.match(line) and (whole := self.matcher.candidate(line[:_MIDLINE_SPAN])):
            # a written question's number before its asker and whom it is put to ("101. Mr R.S.
            # LOVE to the Premier:"): the label the line opens with holds it, no turn after it
            kept = [(at, c) for at, c in kept if not self._numbered_asker(whole, at + len(c.printed))]
        self._midlines[key] = kept
        return kept

    def _answer_after_question(self, line: str, found: _Placed) -> None:
        """The answer's letter after the question's mark on the line its question's letter
        opens, as an old trial's report prints each pair on one line ("Q. Did you see the
        prisoner? A. I did, at the corner."), or after a stop and a dash ("D. Vous l'avez
        frappé. — R. Il m'avait insulté."): the answer a turn of its own; a letter after a
        sentence's stop alone ("Schedule A. The next …") or on a line no question opens is none."""
        opened = self.matcher.short_label(line[:_MIDLINE_SPAN])
        if opened is None or opened.key not in self.config.asking_keys:
            return
        for match in _QUESTION_THEN_WORD.finditer(line, opened.end):
            if match.end() in found.places:
                continue
            cand = self.matcher.short_label(line[match.end() : match.end() + _MIDLINE_SPAN])
            if (
                cand is not None
                and cand.key in self.config.answering_keys
                and cand.end < len(line) - match.end()
            ):
                found.append((match.end(), cand))

    def _numbered_asker(self, whole: Candidate, end: int) -> bool:
        """Whether *whole*, the label read from a line's start through its number, is a numbered
        question's asker with a form of address and whom the question is put to after the name,
        ending at *end*, where a label read after the number ends; a name with no form of
        address too, where the reader cut whom it is put to ("12. Smith to the Treasurer:")."""
        if end != len(whole.printed):
            return False
        named = whole.printed.find(whole.name)
        return named > 0 and self._addressee.match(whole.printed, named + len(whole.name)) is not None

    def _after_head(self, line: str, first: int) -> list[tuple[int, Candidate]]:
        """The first label of a record flattened to one line whose head runs into it with no
        sentence's end before it, ending by *first*, where the first label found ends: a form of
        address and a colon, the label in CAPITALS or with the speaker's country or party in
        parentheses ("… Hearing No. 7 MS. X: All rise. …", "… related matters Mr. X (Japan): We
        …"). A line that opens with a label has no head: a name in its speech ("… from Mr. X
        (Ohio): he …") is none; nor is a sentence's name in Mixed case ("… said Mr. X: …"). A
        head's field opening the line is no label ("Transcriptor: X  El señor PRESIDENTE.- …"),
        and a label in CAPITALS may end with the stop and dash a record's labels end with."""
        opening = self.matcher.candidate(line[:_MIDLINE_SPAN])
        if opening is not None and opening.punct in (":", "：") and opening.key not in self.config.never:
            return []  # a head's field opening the line ("Transcriptor: X  El señor …") is no label
        for match in _WORD_THEN_TITLE.finditer(line, 0, first):  # a label read through the head ends so
            if not self.config.titles.fullmatch(match.group("title").casefold()):
                continue
            at = match.end()
            before = _word_before(line, at)
            if before and before.casefold() in self.config.articles:
                at = line.rfind(before, 0, at)  # "… Ríos  El señor PRESIDENTE.- …": the label's article
            cand = self.matcher.candidate(line[at : at + _MIDLINE_SPAN])
            # its colon, or in CAPITALS the stop and dash the record's labels end with
            stopped = cand is not None and cand.upper and len(cand.punct) > 1 and cand.punct[0] == "."
            if (
                cand is not None
                and cand.title
                and (cand.punct == ":" or stopped)
                and at + cand.end <= first
                and (cand.upper or cand.printed.rstrip(": ").endswith(")"))
            ):
                return [(at, cand)]
        return []

    def _after_item(self, line: str, title: int, found: list[tuple[int, Candidate]]) -> None:
        """Add to *found* the label after the title of an agenda item opening at *title* of
        *line*, a flattened council's minutes ("1. Opening en mededelingen De voorzitter: …"):
        the first word of the title's after which an office or a form of address opens a label
        with its colon, no stop or colon before it."""
        end = min(len(line), title + _ITEM_TITLE_SPAN)
        stop = next((at for at in range(title, end) if line[at] in ".!?:;"), end)
        for word in _WORD_START.finditer(line, title + 1, stop):
            if not self._titled(line[title : word.start()]):
                continue  # "2. De voorzitter:": the article opens the label, no title before it
            if line[title : word.start()].split()[-1].casefold() in self.config.genitive_links:
                continue  # "3. Report of the Auditor:": the office the title's, after its link
            before = len(found)
            self._strong_label_at(line, word.start(), found)
            if len(found) > before:
                return

    def _titled(self, words: str) -> bool:
        """Whether *words* before a label are an item's title: a word no article nor form of
        address among them, and no bracket, form of address or word in CAPITALS, which a
        numbered question's asker prints ("1. Mr X (Party) to the Minister of Housing:")."""
        if "(" in words or ")" in words:
            return False
        folded = [word.casefold() for word in words.split()]
        if any(self.config.titles.fullmatch(word) for word in folded):
            return False
        if any(len(word) > 1 and word.isupper() for word in words.split()):
            return False
        return any(word not in self.config.articles for word in folded)

    def _past_event(self, line: str, at: int, cand: Candidate) -> tuple[int, Candidate]:
        """The label *cand* at *at*, or the one after its first word where that word in CAPITALS
        is the hall's event a flattened record ran in before the label with no brackets ("… I
        thank you. APPLAUSE MR. X: …"): the event is no word of the name, and the label ends
        where *cand* does."""
        event = _FIRST_WORD.match(line, at)
        word = event.group(1) if event else ""
        if event is None or not word.isupper() or not bare_stage(word, self.config, alone=False):
            return at, cand
        after = self.matcher.candidate(line[event.end() : event.end() + _MIDLINE_SPAN])
        if after is None or after.punct != cand.punct or event.end() + after.end != at + cand.end:
            return at, cand
        return event.end(), after

    def _after_headings(self, line: str) -> list[tuple[int, Candidate]]:
        """The labels in Mixed case with a colon that follow a heading in CAPITALS inside *line*
        ("… LEAVE OF ABSENCE Mr. Speaker: …"): an office or a form of address opens each."""
        found: list[tuple[int, Candidate]] = []
        for match in HEADING_BEFORE_LABEL.finditer(line):
            self._strong_label_at(line, match.end(), found)
        return [(at, cand) for at, cand in found if cand.punct in (":", "：") and not cand.upper]

    def paragraph_marker(self, texts: list[str]) -> str:
        """The marker the turns of a paragraph of the lines *texts* open with: its first line's,
        or the dash before two labels or more after its sentences (:meth:`_turns_dash`) where a
        hard wrap cut a flattened record's lines ("… on" / "the item. — Anna X: Thank you …" /
        "… committee. — Paul Y:"), so that one line holds one label or none."""
        first = opening_marker(texts[0])
        # a mark is three characters at most, no line's break among them: one search of the
        # lines joined finds what a search of each would
        if first or len(texts) < 2 or not _MARK_SEEN.search("\n".join(texts)):
            return first
        return self._turns_dash(" ".join(texts))

    def _turns_dash(self, line: str) -> str:
        """The dash that opens the labels of a flattened record after its head's sentences, where
        two labels or more open so with a colon ("… ظهراً. – د. محمود:- … الغياب. – السيد X:- …",
        the Iraqi Council's minutes copied as one line): the marker its first line would open
        with; "" where none does."""
        if (":" not in line and "：" not in line) or not _MARK_SEEN.search(line):
            return ""  # no colon, no label it would count
        dashes = Counter(
            line[match.end()]
            for match in _MARKED.finditer(line)
            if line[match.end()] in _DASHES
            and _colon_within(line, match.end())
            and (cand := self.matcher.candidate(line[match.end() : match.end() + _MIDLINE_SPAN]))
            and cand.prefix
            and cand.punct in (":", "：")
        )
        dash, count = max(dashes.items(), key=lambda item: item[1], default=("", 0))
        return dash if count >= _DASHED_TURNS else ""

    def _opening_label_ends(self, line: str, at: int) -> bool:
        """Whether the label opening *line* ends at *at*, its speech after it: the stop and dash
        before *at* close that label ("HON. X.- Madam Speaker, …"), no sentence of a turn."""
        opening = self.matcher.candidate(line[:_MIDLINE_SPAN])
        return opening is not None and len(line) - len(line[opening.end :].lstrip()) == at

    def _ends_sentence(self, line: str, at: int) -> bool:
        """Whether the stop before *at* ends a sentence: not one of an abbreviation, a plural form
        of address ("OS SRS. DEPUTADOS:") or an initial ("Mr. JONES:", "O Sr. Presidente:"); a
        number's may ("Item 7.")."""
        start = max(0, at - _WORD_SPAN)
        before = _LAST_WORD.match(line[start:at])
        word = before.group(1).casefold() if before else ""
        # a number's stop after a word ends one too ("… proceed with Item 7. THE SPEAKER: …"), not
        # an item's number opening the line ("1. MAREIKO TANE …")
        opened = start + before.start(1) if before else 0
        counted = word.isdigit() and line[:opened].rstrip()[-1:].isalpha()
        # a unit in lower case after a number is no form of address, though spelt as one ("… was
        # only 12 mm. THE CHAIRMAN: …" beside "MM. Juiz:")
        unit = before is not None and before.group(1).islower() and line[:opened].rstrip()[-1:].isdigit()
        return (
            (len(word) >= 2 or counted)
            and (
                unit
                or (word not in self.config.abbreviations and f"{word}." not in self.config.plural_titles)
            )
            # a form of address cut with its stop in CAPITALS before a surname alone and its colon
            # ("DET. RAMIREZ:", a police interview's detective): the title's, though in Mixed case
            # the word may end a sentence ("… det. Formanden: …", Danish), and before an article
            # or a form of address so may a word in CAPITALS ("… AT TEN. THE CLERK: …")
            and not (
                before is not None
                and before.group(1).isupper()
                and self.config.titles.fullmatch(f"{word}.")
                and (surname := _SURNAME_COLON.match(line, at))
                and not self.config.titles.fullmatch(surname.group("name").casefold())
                and surname.group("name").casefold() not in self.config.articles
            )
            # a rank's note in its bracket before the name ("LT GEN. (RTD) X:")
            and not (line[:at].rstrip().endswith(")") and word in self.config.rank_notes)
            # the stop closing a form of address of two words, each stopped ("DR. SC. X (HDZ):",
            # the Croatian degree): the form's, where its second word alone ends a sentence ("…
            # holds a B.Sc. THE CHAIRMAN: …")
            and not self._two_word_title(line, opened, word)
            # a forename cut in CAPITALS opening the line before the surname and its colon
            # ("ΧΡ. ΧΡΙΣΤΟΦΙΔΗΣ: …"): the label's, read whole from the line's start
            and not (
                before is not None
                and opened <= _FORENAME_INDENT
                and not line[:opened].strip()
                and capitals_forename(line[: at - 1].strip(), line, at, self.config)
            )
            and not (
                before is not None
                and before.group(1).islower()
                and len(word) <= ABBREVIATED_LETTERS
                and line.startswith(".", opened + len(word))
                and self._faculty_of(line[max(0, opened - 40) : opened])
            )
            # a second form of address that is one only before a name, after the first ("O SR.
            # VER. ADAUTO GUSMÃO –", a Brazilian council's vereador): the label's, where "… vamos
            # ver." ends its sentence
            and not (
                self._titled_before(line, opened) and self.config.title_before_name(line, opened, at + 1)
            )
        )

    def _titled_before(self, line: str, opened: int) -> bool:
        """Whether the word before *opened* in *line* is an abbreviated form of address, its stop
        printed ("SR.", "Sra."): a whole word that is one elsewhere ends no such title ("… vieram
        me ver. O SR. PRESIDENTE –", where the French Maître's "me" is the Portuguese pronoun)."""
        last = line[max(0, opened - _WORD_SPAN) : opened].split()[-1:]  # the line's rest unread
        return (
            bool(last)
            and last[0].endswith((".", "ª", "ᵃ"))
            and bool(self.config.titles.fullmatch(last[0].casefold()))
        )

    def _two_word_title(self, line: str, opened: int, word: str) -> bool:
        """Whether *word*, stopped and opening at *opened* in *line*, closes a form of address of
        two stopped words (:func:`two_word_title`): the stop before it is the first word's."""
        head = line[:opened].rstrip()
        before = _LAST_WORD.match(head[-12:]) if head.endswith(".") else None
        return before is not None and two_word_title(f"{before.group(1)}.", word, self.config)

    def _faculty_of(self, before: str) -> bool:
        """Whether *before*, the text before a short word in lower case with its stop, ends with
        a degree, or a degree and a faculty: the word is the degree's faculty, no sentence's end
        ("lic. iur. Anna X:", "Dr. rer. nat. Y:", as Swiss and Austrian records print them)."""
        for word in reversed(before.split()[-2:]):
            if not word.endswith("."):
                return False  # "… and the end.": a title printed without its stop is no degree
            if self.config.titles.fullmatch(word.casefold()):
                return True
            if not (word[:-1].islower() and len(word) <= ABBREVIATED_LETTERS + 1):
                return False
        return False

    def _capitals_label_at(self, line: str, at: int, found: _Placed) -> None:
        """Add the label in CAPITALS at *at* of *line*, glued to the sentence before it, to
        *found*, as one after a sentence and a space is read: with its colon, or a stop or its
        seat and dash and a speech after it ("… Σταύρου.ΝΙΚΟΛΑΟΣ ΣΤΑΥΡΟΥ: Ευχαριστώ …", "…
        Arslan.ZEYNEP ARSLAN (İzmir) – Sayın Başkan …", a web copy that lost its line breaks)."""
        cand = self.matcher.candidate(line[at : at + _MIDLINE_SPAN])
        if cand is None or not cand.upper or at in found.places:
            return
        if not _TWO_LETTERS.search(cand.name):
            return  # a degree's last letter ("Ing. Petr Svoboda, Ph.D.:"), no name
        spoken = len(_words_after(line, at + cand.end, _SPEECH_WORDS)) >= _SPEECH_WORDS
        if cand.punct in (":", "：") or (spoken and (self._stopped_label(cand) or _seated_dash(cand))):
            found.append((at, cand))

    def _strong_label_at(
        self, line: str, at: int, found: list[tuple[int, Candidate]], named: bool = False
    ) -> None:
        """Add the candidate at *at* of *line* to *found* if an office or a form of address opens
        it (or names it, in a script with no capitals: "陳大文議員：") and a colon ends it; or a
        name of capitalised words with its party in parentheses ("Anna Probe (CDU/CSU):") where
        *named* (after a sentence, not glued to a word); a form of address and a name a stop
        ends, a speech after it on the line ("… merci. M. Jean Dupré. Monsieur le président, …";
        "Good morning. Mr. Lefebvre." only calls him), or a stop and a dash, which no call prints
        ("… aprobada.Sr. Senador X.- Aprobada."): strong enough to start a turn in a line."""
        cand = self.matcher.candidate(line[at : at + _MIDLINE_SPAN])
        if cand is None:
            return
        name = cand.name.casefold()
        office = self.config.offices.search(name)
        after = _words_after(line, at + cand.end, _SPEECH_WORDS)
        # a speech follows, not the label in CAPITALS the call announced ("Shri X. SHRI X: Sir, …")
        spoken = len(after) >= _SPEECH_WORDS and not (after[0].isupper() and len(after[0]) > 1)
        # the chair's office opening it needs no form of address ("… Хрущева. Председательствующий
        # тов. ХРУЩЕВ. Есть предложение …", a flattened plenum)
        addressed = cand.addressed and (office or self._capitalised_name(cand.name))
        dashed = cand.punct.endswith(_DASHES) and bool(after)  # "Sr. Senador X.- Aprobada.": no call
        caseless = not any(c.isupper() or c.islower() for c in name)
        # a comma inside, in a script with no capitals, is a sentence opened by its vocative
        # ("ගරු කථානායකතුමනි, මා එම ප්‍රශ්නය අහනවා.": "Honourable Speaker, I ask the question.")
        stopped = cand.punct == "." and spoken and not (caseless and "," in name)
        # the chair's office after its article, its holder in brackets: "… order. THE DEPUTY
        # SPEAKER (Rep. Abu). The session …", the Philippine House's record flattened
        chair = self.config.chairs.match(name) or self.config.chairs.match(self.config.past_article(name))
        # a stop and a dash after a form of address and a surname in CAPITALS, or after an office
        # and its article: the Spanish Diario's "… Lara. El señor TORRES.- Gracias …", "… lista.
        # El RELATOR.- (Pasó lista).", a web copy that flattened its turns
        # ("CC. Secretarios de la H. Cámara.- Presentes.", a letter's address, is no label)
        unarticled = self.config.past_article(cand.name)
        articled = unarticled != cand.name and unarticled.isupper()
        surnamed = dashed and (
            (cand.addressed and self._surname_in_capitals(cand.name[len(cand.title) :]))
            or (articled and bool(self.config.offices.match(unarticled.casefold())))
        )
        if ((dashed or stopped) and (addressed or chair)) or surnamed:
            found.append((at, cand))  # "… merci. M. le président. La parole est à M. X. M. X. …"
        if cand.punct not in (":", "："):
            return
        # an office's vocative and its topic in lower case, the question going on in lower case
        # after the colon ("… Thank you. Secretary General, on Sweden: when?"); a speech after a
        # flattened label opens its sentence ("… Be seated. Counsel, for the Crown: Your Honour …")
        topic = cand.described and not cand.title and not cand.upper and (cand.role or "")[:1].islower()
        if topic and after[:1] and after[0][:1].islower():
            return
        strong = (
            cand.title
            or self.config.offices.match(self.config.past_article(name))
            or (caseless and self.config.offices.search(name))
            or (named and self._party_bracket(cand) and self._capitalised_name(cand.name))
        )
        if strong:
            found.append((at, cand))

    def _bracketed_name_at(self, line: str, end: int, at: int, found: _Placed) -> None:
        """Add the label at *at* of *line* to *found* where it is a name in Mixed case with the
        speaker's region or party in brackets and a stop, and the speech after it addresses the
        hall or the sentence ending at *end* gave that name the floor ("… открытым.Родионов
        (Тверская губ.). Товарищи, …", a congress's record flattened by OCR)."""
        if not _NAME_THEN_BRACKET.match(line, at):
            return  # asked first: most sentences open with no name and bracket
        cand = self.matcher.candidate(line[at : at + _MIDLINE_SPAN])
        if cand is None or cand.punct != "." or not cand.role or at in found.places:
            return
        words = cand.name.split()
        if not 1 <= len(words) <= 3 or cand.name.isupper() or not all(w[:1].isupper() for w in words):
            return
        after = line[at + cand.end : at + cand.end + _MIDLINE_SPAN]  # its opening: a long line read once
        if len(after.split()) < _SPEECH_WORDS:
            return
        if saluting(after, self.config):
            found.append((at, cand))
            return
        before = line[max(0, end - _FLOOR_SPAN) : end]
        stem = words[-1].casefold()[: max(4, len(words[-1]) - 2)]
        if stem not in before.casefold():
            return  # no sentence before names it: no announcement to look for
        if not self._may_announce(line, max(0, end - _FLOOR_SPAN), end):
            return
        announced = max((m.end() for m in self.config.announcements.finditer(before)), default=-1)
        if announced >= 0 and stem in before[announced:].casefold():
            found.append((at, cand))

    def _glued_surname_at(self, line: str, at: int, found: _Placed) -> None:
        """Add the label at *at* of *line* to *found* where it is a surname alone in Mixed case
        with its stop, glued to the sentence before it, and the speech after it addresses the hall
        ("… поддерживаем.Петров. Товарищи, …", a record OCR flattened): a label only where the
        record accepts that surname's label elsewhere, as the units' reading asks."""
        if not _SURNAME_STOPPED.match(line, at) or at in found.places:
            return  # asked first: most glued sentences open with more than a word and its stop
        cand = self.matcher.candidate(line[at : at + _MIDLINE_SPAN])
        speech = line[at + cand.end : at + cand.end + _MIDLINE_SPAN] if cand else ""
        if cand is not None and glued_surname(line, at, cand, self.config) and saluting(speech, self.config):
            found.append((at, cand))

    def _announced_initialled_at(
        self, line: str, end: int, at: int, found: list[tuple[int, Candidate]]
    ) -> None:
        """Add the label at *at* of *line* to *found* where it is a name in Mixed case with its
        initials, a stop ending it and a speech after it, and the sentence ending at *end* gave
        that name the floor ("… Слово предоставляется Кузнецову. Кузнецов С. П., фракция КПРФ.
        Уважаемые коллеги! …", a Duma's stenogram a web copy flattened)."""
        cand = self.matcher.candidate(line[at : at + _MIDLINE_SPAN])
        if cand is None or cand.punct != "." or not _INITIALLED.search(cand.name.split(",")[0].rstrip()):
            return
        if len(_words_after(line, at + cand.end, _SPEECH_WORDS)) < _SPEECH_WORDS:
            return
        surname = cand.name.split()[0]
        stem = surname.casefold()[: max(4, len(surname) - 2)]
        if not self._may_announce(line, max(0, end - _MIDLINE_SPAN), end):
            return
        before = line[max(0, end - _MIDLINE_SPAN) : end]
        announced = max((m.end() for m in self.config.announcements.finditer(before)), default=-1)
        if announced >= 0 and stem in before[announced:].casefold():
            found.append((at, cand))

    def _hall_or_announced(self, cand: Candidate, before: str, after: str) -> bool:
        """Whether *cand*, a label with its colon after a sentence inside a flattened record's
        line, is a voice of the hall ("… (Approvazioni). Voci: Per tutti! …", "Moltissime voci:"),
        a name whose speech *after* it addresses the hall ("… Internationale. Otto Beispiel:
        Genossinnen und Genossen! …", a party congress's protocol copied page by page) or the name
        the sentence *before* it gave the floor to ("… Es spricht nun Genosse Anna Roth. Anna
        Roth: Liebe Genossen …"): strong enough there though no office opens it."""
        if cand.punct not in (":", "：") or not cand.name[:1].isupper():
            return False
        if self.config.groups.fullmatch(cand.name.strip()):
            return True
        words = cand.name.split()
        if not (self._capitalised_name(cand.name) or (len(words) == 1 and cand.name.isupper())):
            return False
        # not a name the form of address before it opens ("Hon. Engr. X (Seat): Mr Speaker, …")
        titled = before.split()[-1:]
        if len(words) >= 2 and saluting(after, self.config):
            return not (titled and self.config.titles.fullmatch(titled[0].casefold()))
        # the last sentence that gave the floor: the name must follow it
        found = max((match.end() for match in self.config.announcements.finditer(before)), default=-1)
        tail = before[found:].casefold() if found >= 0 else ""
        return found >= 0 and all(word.casefold()[: max(4, len(word) - 2)] in tail for word in words)

    def _may_announce(self, line: str, start: int, end: int) -> bool:
        """Whether an announcement may open in *line* between *start* and *end* (a search of that
        window alone may find one): the places are found by one scan of the line, kept while it
        is asked, where a search of each window before a name had read a long line again at
        every one."""
        if self._announcing[0] is not line:
            self._announcing = (line, [m.start() for m in self.config.announcement_starts.finditer(line)])
        places = self._announcing[1]
        first = bisect_left(places, start)
        if first < len(places) and places[first] < end:
            return True
        # the window's start opens a word to a search of the window alone, a letter before it or not
        glued = start > 0 and line[start - 1].isalnum()
        return glued and start < end and self.config.announcement_opens.match(line, start, end) is not None

    def _party_bracket(self, cand: Candidate) -> bool:
        """Whether *cand*'s bracket holds its member's party: shaped as one ("(CDU/CSU)") or one
        a record prints in lower case ("(szd)")."""
        role = cand.role or ""
        return bool(role) and (role == cand.affiliation or role.casefold() in self.config.bracket_parties)

    def _titled_before_role(self, line: str, end: int, found: _Placed) -> None:
        """Add to *found* the label of *line* that ends at *end* after its brackets, a stop and
        a dash, opened by a form of address (perhaps after its article) a few words before the
        bracket, anywhere in the line: a flattened record's label run on after a heading."""
        bracket = line.rfind("(", max(0, end - _MIDLINE_SPAN), end)
        if bracket <= 0:
            return
        offset = max(0, bracket - _MIDLINE_SPAN)
        starts = [word.start() for word in re.finditer(r"\S+", line[offset:bracket])]
        for start in reversed(starts[-_TITLE_BEFORE_ROLE:]):
            at = offset + start
            word = line[at : line.find(" ", at)]
            if not self.config.titles.fullmatch(word.casefold()):
                continue
            before = _word_before(line, at)
            if before and before.casefold() in self.config.articles:
                at = line.rfind(before, 0, at)  # "… SESIÓN El señor X (Y).- …": the article is the label's
            if len(line[max(0, at - _MIDLINE_SPAN) : at].split()) < _RUN_ON_WORDS:
                return  # a bullet's letter before a label opening its line ("w M. X (Y).-"): read so already
            cand = self.matcher.candidate(line[at : at + _MIDLINE_SPAN])
            if at not in found.places and cand and cand.role and at + cand.end >= end - 1:
                found.append((at, cand))
            return

    def _titled_before_dash(self, line: str, end: int, found: _Placed) -> None:
        """Add to *found* the label of *line* that ends at *end* with a stop and a dash, a form of
        address a few words before it, run on after a heading or a sentence ("… Orden del Día
        Sr. Ibarra.- Pido …"): believed only where the record's other labels end so. After a
        word in lower case the form of address is inside a phrase ("Nota del Sr. Gómez.- Se gira
        a la Comisión", the secretary's list of the matters entered), no label's."""
        offset = max(0, end - _MIDLINE_SPAN)
        starts = [word.start() for word in re.finditer(r"\S+", line[offset:end])]
        for start in reversed(starts[-_TITLE_BEFORE_DASH - 1 : -1]):
            at = offset + start
            if not self.config.titles.fullmatch(line[at : line.find(" ", at)].casefold()):
                continue
            opening = line[max(0, at - _MIDLINE_SPAN) : at].split()
            if len(opening) < _RUN_ON_WORDS or (
                at <= _MIDLINE_SPAN and all(self._opens_label(word) or _initial(word) for word in opening)
            ):
                # a label opening its line, read so already, its article and forms of address
                # before this one too, "C." the citizen's ("LA C. DIP. X.- …", a Mexican state
                # congress's member)
                return
            if _word_before(line, at)[:1].islower():
                return  # a phrase's person, no label: "… Nota del Sr. Gómez.- Se gira …"
            cand = self.matcher.candidate(line[at : at + _MIDLINE_SPAN])
            ended = cand is not None and at + cand.end >= end - 1
            if at not in found.places and cand and cand.addressed and not cand.role and ended:
                found.append((at, cand))
            return

    def _surname_in_capitals(self, name: str) -> bool:
        """One to five words in CAPITALS but a name's particles: a surname, or two joined
        ("TORRES Y TORRES LARA")."""
        words = name.split()
        particles = self.config.particles
        return 1 <= len(words) <= _SURNAME_WORDS and all(
            (w.isupper() and len(w) > 1) or w.casefold() in particles for w in words
        )

    def _capitalised_name(self, name: str) -> bool:
        """Two to four words, each capitalised but a name's particles: a person's name."""
        words = name.split()
        particles = self.config.particles
        return 2 <= len(words) <= 4 and all(w[:1].isupper() or w.casefold() in particles for w in words)

    def _stopped_label(self, cand: Candidate) -> bool:
        """A label in CAPITALS that a full stop ends, strong enough inside a line: an office
        ("ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ."), a form of address ("MR. SMITH."), a name with its
        initials ("ПЕТРОВ Н. А."); a word in CAPITALS alone ("NATO.") is none."""
        stopped = cand.punct == "." or (not cand.punct and cand.name.endswith("."))
        return stopped and bool(
            cand.addressed or self.config.offices.match(cand.name.casefold()) or _INITIALLED.search(cand.name)
        )

    def _initial_stop_dashed(self, cand: Candidate, letter: str) -> bool:
        """Whether *cand*, read past a pair's *letter*, is an initial and a surname before the
        stop and dash a French record sets after its labels ("V. Petrov. — Merci, monsieur le
        président."): never past an answer's letter, whose one word before a stop and dash is
        the answer, any word ("A. Outside. — By the gate.", "R. Dehors. — Près de la porte."),
        nor past a question's before a sentence's opener ("Q. Right. — And then?")."""
        found = _INITIAL_SURNAME.fullmatch(cand.name)
        if found is None or cand.punct[:1] != "." or not cand.punct[1:].strip().endswith(_DASHES):
            return False
        if any(pair[-1] == letter for pair in self.config.short_labels):
            return False
        word = found.group("word").casefold()
        return not any(word in openers for openers in self.config.openers.values())

    def _initial_dashed(self, cand: Candidate, letter: str) -> bool:
        """Whether *cand*, read past a pair's *letter*, is an initial and a capitalised surname
        before a spaced dash ("A. Simonyan – Thank you.", "J. Kowalski – Panie Marszałku"): a
        name, no answer's letter, where the surname opens no sentence ("A. Yes – I was."). Never
        past an answer's letter in a record that asks its pair's questions (``asked_letters``):
        there an answer's capitalised word and its dash ("A. Nobody – I was alone.", "A. Outside
        – The car was there.") are this shape, and no vocabulary lists every such word."""
        found = _INITIAL_SURNAME.fullmatch(cand.name)
        if found is None or cand.punct not in _DASHES or not cand.name.startswith(letter + "."):
            return False
        if any(pair[-1] == letter and pair[0] in self.asked_letters for pair in self.config.short_labels):
            return False
        word = found.group("word").casefold()
        return not any(word in openers for openers in self.config.openers.values())

    def _article_letter(self, cand: Candidate, short: Candidate, text: str) -> bool:
        """Whether *cand*, read past the letter *short* is, is that letter as the article before
        an office or a form of address in Mixed case and a name ("A Deputada Beatriz X –", a
        Brazilian state assembly's record beside its "O Deputado Y –"): a label, no answer's
        letter. The label ends with its dash and the speech after it opens no word in lower case:
        an answer's sentence naming a person has its own stop or goes on after a dash ("A Senator
        Brown was there.", "A Mr. Jones – he called")."""
        if cand.punct not in ("-", "–", "—") or text[cand.end :].lstrip()[:1].islower():
            return False
        if short.name.casefold() not in self.config.articles or not cand.name.startswith(short.name + " "):
            return False
        office = self.config.past_article(cand.name)
        titled = cand.title.startswith(short.name + " ")  # "A Sra.", "A Deputada": the article's
        return mixed(office) and (titled or self.config.offices.match(office.casefold()) is not None)

    def candidate(self, text: str) -> Candidate | None:
        """The label candidate of *text*: a one-letter Q./A. label unless a name in CAPITALS
        starts there (``В. М. МОЛОТОВ.`` is Molotov, ``A. Yes.`` is an answer). Each line is
        asked about in every pass: the answer is kept for the whole parse."""
        if text in self._candidates:
            return self._candidates[text]
        cand = self.matcher.candidate(text)
        short = self.matcher.short_label(text)
        if (
            short is None
            and (cand is None or cand.punct not in (":", "："))
            and (glued := self._glued_short(text)) is not None
        ):
            # "A.Thomas R. Whitcomb.": the answer, no initial, where Q. is glued too; a name closed
            # by its colon keeps its initial ("S.Ahmad bin Ali (Kota Bharu):", an OCR's glued stop)
            cand = short = glued
        # "A. Kulbergs (AS).", "В. Путин:" are a name with its initial, not the letter of an answer
        # "Q — most likely to respond to?": the dash after a question's letter is its speech's
        # as is the dash after its stop before words in lower case ("A. - strike him …", an
        # answer resumed after an objection); before a capital it is the label's ("D. - Senta, …")
        resumed = (
            cand is not None
            and short is not None
            and cand.punct in ("-", "–", "—")
            and (
                cand.name == short.name
                or (
                    cand.name == f"{short.name}." == short.printed
                    and lower_case(text[cand.end :].lstrip()[:1])
                )
            )
        )
        # a word of a pair ("Frage:", "ОТВЕТ:") is read as one, whatever the name pattern reads
        whole = short is not None and len(short.name) > 1
        # "Q    And one more:": a letter set off by a typed gap, its question's words ending in a
        # colon; no name opens with a letter and a run of spaces
        gapped = (
            short is not None
            and cand is not None
            and not short.punct
            and cand.name.strip() != short.name  # "Q      :": the gap before the letter's own colon
            and cand.end > short.end
            and _TYPED_GAP.match(text, len(short.printed)) is not None
        )
        # "Q.  The minutes record:" over a quotation: a letter with its stop, a sentence's words in
        # lower case after it up to the colon (no comma: "A. Kowalski, ekspert:" is a name
        # described), announcing what it quotes; no name reads on from a pair's letter so
        sentenced = (
            short is not None
            and cand is not None
            and short.punct == "."
            and len(short.name) == 1
            and not cand.upper
            and cand.punct in (":", "：")
            and cand.end > short.end
            and self._sentence_after_letter(text[len(short.printed) : cand.end])
        )
        # "A.   (Through the interpreter) Luis …": a note on the speech after the letter's stop,
        # no colon after it, is the answer's, no role of a name "A."
        noted = (
            short is not None
            and cand is not None
            and short.punct == "."
            and cand.name in (short.name, short.printed)
            and cand.punct not in (":", "：")
            and self._note_after(cand.printed[len(short.printed) :])
        )
        if (
            short
            and (
                whole
                or cand is None
                or resumed
                or noted
                or gapped
                or sentenced
                or bool(short.time)  # "Q. [9:35:12]": the clock is no role of a name "Q."
                or (cand.name[len(short.name) :].isdigit() and short.name in self.numbered_letters)  # "Q1."
                or (cand.name == short.name and not cand.short)  # "问：": an ideograph of a pair
                or not (
                    cand.upper
                    or cand.role
                    or cand.punct in (":", "：")
                    or _TWO_INITIALS.match(cand.name)
                    or self._article_letter(cand, short, text)
                    or self._initial_stop_dashed(cand, short.name)
                    or self._initial_dashed(cand, short.name)
                )
            )
        ):
            cand = short
        if cand is not None and cand.punct in (":", "：") and (item := _ITEM_OPENS.match(text)):
            inside: list[tuple[int, Candidate]] = []  # "1. Opening en mededelingen De voorzitter: …"
            self._after_item(text, item.end(), inside)
            ended = any(at + found.end == cand.end for at, found in inside)
            cand = None if ended and not self._numbered_asker(cand, cand.end) else cand
        if cand is not None and not cand.short and _COLUMNS.search(cand.name):
            cand = None
        if cand is not None and cand.name[-1:].isdigit() and self._date_through(text, cand.end):
            cand = None  # "DRUGA SEDNICA 1. 12. 1945.": the number is the day of the sitting's date
        self._candidates[text] = cand
        return cand

    def _note_after(self, text: str) -> bool:
        """Whether *text*, after a letter's stop, is a note on the speech in brackets alone
        ("(Through the interpreter)", ``language_notes``)."""
        inner = text.strip()
        if not (inner.startswith("(") and inner.endswith(")")):
            return False
        return self.config.language_notes.fullmatch(inner[1:-1].strip().casefold()) is not None

    def _sentence_after_letter(self, words: str) -> bool:
        """Whether *words*, after a question's or an answer's letter up to the colon, are a
        sentence's: no comma, a word all in lower case that is no particle of a name and that no
        capitalised word follows ("The minutes record", "It says", "At paragraph 14 you say").
        A lower-case word before a capital is a surname's particle however spelt ("R. von Arnim",
        "A. dela Cruz", "F. bint Hamad"), as a capital inside a word is ("D. al-Rashid",
        "P. d'Alema"): an initial and a name, no question's words; so are the lower-case words
        of a role in brackets after it ("P. Nowak (poseł niezrzeszony):")."""
        if "," in words:
            return False
        split = _BRACKETED_ROLE.sub(" ", words).rstrip(" :：").split()
        return any(
            word.islower()
            and word.casefold() not in self.config.particles
            and not (at + 1 < len(split) and split[at + 1][:1].isupper())
            for at, word in enumerate(split)
        )

    def _date_through(self, text: str, end: int) -> bool:
        """Whether a date in figures printed on *text* runs on past a label's *end*: the label's
        last number is the date's first."""
        found = find_date(text, self.config)
        at = text.find(found[1]) if found else -1
        return 0 <= at < end < at + len(found[1]) if found else False

    def rejoin_cut_labels(self, paragraphs: list[RawPara], layout: str) -> list[RawPara]:
        """Paragraphs that a label's cut left, joined with the next that ends the label: a page
        break of a PDF inside its parenthesis, the head a line or two ("O SR. PRESIDENTE (Vital
        do Rêgo. Bloco Maioria/PMDB -" / blank line / "PB) – Muito boa tarde …": the blank line
        and any furniture between were the page's end; read joined, the label is one a hard wrap
        could have cut, :meth:`wrapped_label`); or, where the copy keeps no blank lines (a blank
        line is its own paragraph end), a line break between its words ("Sir Edward" / "Leigh
        (Gainsborough) (Con): …", "The Prime" / "Minister (Rishi Sunak): …"; see
        :meth:`_cut_label_head`); or a label's renderings in the record's other languages, each a
        paragraph of its own below the name (see :meth:`_renderings_below`)."""
        between_words = layout != "blank-line"
        width = (
            max((len(line) for para in paragraphs for _, line in para.lines), default=0)
            if between_words
            else 0
        )
        joined: list[RawPara] = []
        skip = 0
        paragraphs = [piece for para in paragraphs for piece in self._stacked_lines(para)]
        paragraphs = [piece for para in paragraphs for piece in self._headed_name(para)]
        paragraphs = [self._role_under_name(para) for para in paragraphs]
        paragraphs = self._groups_below(paragraphs)
        for index, para in enumerate(paragraphs):
            if skip:
                skip -= 1
                continue
            if taken := self._stacked_name(paragraphs, index):
                words = [
                    line.strip() for stacked in paragraphs[index : index + taken] for _, line in stacked.lines
                ]
                joined.append(RawPara([(para.lines[0][0], " ".join(words))]))  # "Anna Virtanen kesk"
                skip = taken - 1
                continue
            if taken := self._renderings_below(para, paragraphs[index + 1 : index + 1 + _RENDERINGS]):
                label = join_lines(
                    [below.lines[0][1].strip() for below in paragraphs[index : index + 1 + taken]]
                )
                joined.append(RawPara([(para.lines[0][0], label), *paragraphs[index + taken].lines[1:]]))
                skip = taken
                continue
            head = joined[-1].lines if joined and len(joined[-1].lines) <= _PAGE_CUT_LINES else []
            # the paragraph above as one text and the lines around the break, each read alone:
            # no list of a paragraph's lines made, nor its joined text again
            text, below = joined_text(head), para.lines.text(0)
            after = (
                [para.lines.text(1)]
                if len(para.lines) > 1
                else [following.lines.text(0) for following in paragraphs[index + 1 : index + 2]]
            )
            lone = len(head) == 1
            if head and (
                (unclosed(text) and self.wrapped_label(text, [below])[0])
                or (between_words and lone and self._cut_label_head(text, below))
                or (between_words and lone and self._role_cut_below(text, below, after))
                or (lone and self._seat_cut_below(text, below))
                or (lone and self._seat_below(text, below))
                or (lone and self._address_cut_below(text, below))
                or (between_words and lone and self._margin_cut(text, [below, *after], width))
                or (between_words and lone and self._capitals_cut_inside(text, below))
                or (between_words and lone and self.office_cut_holder(text, below))
            ):
                joined[-1] = RawPara(_colon_glued([*head, *para.lines], len(head)))
            elif (
                between_words
                and joined
                and (
                    self._chair_cut_off(joined[-1].lines, below)
                    or self._name_cut_off(joined[-1].lines, below)
                )
            ):
                # "… neprojednaly." / "Předsedající místopředseda" ending the speech's paragraph,
                # "FS P. Horáček: …" opening the next: the office goes with the name it was cut from
                *speech, last = joined[-1].lines
                joined[-1] = RawPara(speech)
                joined.append(RawPara(_colon_glued([last, *para.lines], 1)))
            elif joined and self._dashed_name_cut(joined[-1].lines, below):
                joined[-1] = RawPara([*joined[-1].lines, *para.lines])
            else:
                joined.append(para)
        return joined

    def office_cut_holder(self, head: str, below: str) -> bool:
        """Whether *head*, an office alone on its line in capitalised words with no stop, and
        *below*, going on with the rest of the office and its holder's initials, surname and stop,
        are one label the copy's line break cut ("Председатель Совета Министров" / "СССР А. Н.
        Косыгин. Товарищи депутаты! …", an OCR of a Soviet stenogram): read joined."""
        if len(head) > _CUT_HEAD_SPAN or head.rstrip()[-1:] in TERMINAL:
            return False  # asked first: most lines are longer or end a sentence
        words = head.split()
        if not words or len(words) > _CUT_HEAD_WORDS:
            return False
        if (
            not all(word[:1].isupper() for word in words)
            or self.config.offices.match(head.strip().casefold()) is None
        ):
            return False
        cand = self.candidate(join_lines([head, below]))
        return (
            cand is not None
            and cand.punct in (".", ":", "：")
            and cand.end > len(head) + 1
            and _initialled_end(self.config.digraph_initials).search(cand.name) is not None
        )

    def _address_cut_below(self, head: str, below: str) -> bool:
        """Whether *below*, a paragraph's first line opening with a name in CAPITALS, goes on
        from *head*, a line of one paragraph that a form of address ends inside its sentence
        ("12 … WAS EXAMINED BY MR." / "13 GALLAGHER AS FOLLOWS:", a numbered page's short line
        in capitals set apart as a heading of its own): the name the form opened, no label."""
        cand = self.matcher.candidate(below) if address_left_open(head, self.config) else None
        return cand is not None and cand.upper

    @staticmethod
    def _dashed_name_cut(lines: Sequence[tuple[int, str]], below: str) -> bool:
        """Whether *lines*, a paragraph whose turn opens with a dash, end with a sentence, the dash
        and the first words of the next label's name, and *below* opens with its last words and
        the label's colon and dash ("… النواب. – السيد فراس" / "العزاوي:- …", a flattened
        record copied one line a paragraph): the paragraphs are one, as a hard wrap cut it."""
        return (
            opening_marker(lines[0][1]) in _DASHES
            and _DASHED_NAME_HEAD.search(lines[-1][1]) is not None
            and _DASHED_NAME_REST.match(below) is not None
        )

    def _role_cut_below(self, head: str, line: str, after: list[str]) -> bool:
        """Whether *head*, a name alone on its line, and *line* below it, opening the bracket of
        its role that the next line closes before the label's colon, are one label a copy with no
        blank lines cut in three ("GR Karl Dampier" / "(Sozialdemokratische Fraktion des" /
        "Wiener Landtags und Gemeinderats): Ich …", Vienna's council): the bracket's lines are
        joined to the name as :meth:`wrapped_label` reads them."""
        if not line.startswith(_OPENING) or self.candidate(head) is not None:
            return False
        return self.wrapped_label(head, [line, *after])[0] is not None

    def _capitals_cut_inside(self, head: str, below: str) -> bool:
        """Whether *head*, a line of its own in a copy that keeps no blank lines, ends after a
        sentence inside it with a label's first words in CAPITALS that the wrap cut, its rest
        opening *below* ("… Buyurun Sayın Gürsoy. SELMA" / "GÜRSOY (Bursa) – Sayın Başkan, …", "…
        I thank you. THE MINISTER OF" / "FINANCE (SHRI X): Sir, …", a flattened paragraph): read
        joined, as :meth:`cut_midline` reads a wrap inside one paragraph."""
        return self._label_head_cut(head, below) and bool(self.cut_midline(head, below))

    def _label_head_cut(self, line: str, below: str) -> bool:
        """Whether *line*, a speech's, ends after a sentence's stop in a label's first words in
        CAPITALS that the wrap cut (:func:`_capitals_after_sentence`), its rest opening *below*:
        no acronym ending the sentence that follows ("… we followed it. NATO" / "MR BRENNER: …"),
        one word no form of address, office or article over a label that opens with its own."""
        if not _capitals_after_sentence(line):
            return False
        last, config = line.rsplit(maxsplit=2)[-2:], self.config
        if last[0][-1:] not in SENTENCE_STOPS or office_or_title(last[1], config):
            return True  # more words than one in CAPITALS, or the label's own first word
        if last[1].casefold() in config.articles:
            return True
        opens = below.split(maxsplit=1)[:1]
        return not (opens and office_or_title(opens[0], config))

    def _margin_cut(self, head: str, below: list[str], width: int) -> bool:
        """Whether *head*, a line of its own that ends no sentence, is a label's head that the
        copy's wrap cut at its margin, the label's colon on the first of *below*: the next line's
        first word would not have fitted on it ("The Minister of State, Department for
        Environment, Food and Rural" / "Affairs (Baroness X): Local …", a long office in a
        narrow column), and read joined as :meth:`wrapped_label` reads them, the label runs into
        that line. A heading over a label leaves room on its line."""
        first = below[0].split(maxsplit=1)[0] if below[0].strip() else ""
        if not first or head.rstrip()[-1:] in TERMINAL or len(head) + 1 + len(first) <= width:
            return False
        cand, _, taken = self.wrapped_label(head, below, opens=True)
        return cand is not None and taken == 1 and cand.end > len(head)

    def _seat_cut_below(self, head: str, line: str) -> bool:
        """Whether *head*, a name with its form of address or office alone in its paragraph, and
        *line* below it, opening with the member's seat in brackets and the label's colon, are one
        label a PDF's line break cut after the name, a blank line between perhaps ("SHRI X" /
        "(RAMPUR): The national highway …", India's synopsis of debates): no speech opens so; nor
        with the colon alone, which a web copy's break after the name set in bold leaves ("Hon. X"
        / ": Thank you, …"), any name then."""
        seat = _SEAT_THEN_COLON.match(line)
        if seat is None or head.rstrip()[-1:] in TERMINAL:
            return False
        cand = self.candidate(join_lines([head, line]))
        return (
            cand is not None
            and cand.punct in (":", "：")
            and cand.end >= len(head) + seat.end() - 1
            and (
                cand.addressed
                or self.config.offices.match(cand.name.casefold()) is not None
                or seat.end() == 1
            )
        )

    def _stacked_name(self, paragraphs: list[RawPara], index: int) -> int:
        """How many paragraphs from *index* stack a member's label a word a line, as a web copy
        of the Eduskunta's record sets forename, surname and party each in an element of its own
        above the speech ("Anna" / "Virtanen" / "kesk" / "Arvoisa puhemies! …"): two or three
        capitalised words alone, then a party of ``[labels] parties`` in lower case, a line more
        below it; 0 where they do not."""
        lines = paragraphs[index].lines  # one word asked first: most lines are more
        if not lines or not _NAME_WORD.fullmatch(lines[0][1].strip()):
            return 0
        window = paragraphs[index : index + _OFFICE_STACK + 1]  # "Puhemies" / "Matti" / "Lehtola" / …
        single = len(window) > _OFFICE_STACK and all(len(para.lines) == 1 for para in window[:_OFFICE_STACK])
        if single and self._office_stacked(
            [para.lines[0][1].strip() for para in window[:_OFFICE_STACK]], window[-1].lines[0][1].strip()
        ):
            return _OFFICE_STACK
        words: list[str] = []
        taken = index
        while taken < len(paragraphs) and len(words) < _STACKED_NAME_WORDS:
            stacked = [line.strip() for _, line in paragraphs[taken].lines]
            if not all(line and " " not in line for line in stacked):
                break
            words += stacked
            taken += 1
            if words[-1].islower():
                break
        if not words:
            return 0
        party, names = words[-1], words[:-1]
        if not (
            party in self.config.parties
            and party.islower()
            and 2 <= len(names) < _STACKED_NAME_WORDS
            and all(_NAME_WORD.fullmatch(name) for name in names)
            and taken < len(paragraphs)
            and paragraphs[taken].lines
            and _speech_opens(paragraphs[taken].lines[0][1])
        ):
            return 0
        return taken - index

    def _groups_below(self, paragraphs: list[RawPara]) -> list[RawPara]:
        """*paragraphs*, with a member's club, group or party alone in parentheses on the line
        under the name joined to the name's line, the speech below them ("Poseł Jan Kowalski" /
        "(Klub Parlamentarny Lewica)" / "Panie Marszałku! …", a Sejm committee's web copy): the
        member's affiliation, as the label prints it on one line, no event of the hall."""
        joined: list[RawPara] = []
        skip = False
        for index, para in enumerate(paragraphs):
            if skip:
                skip = False
                continue
            lines = para.lines
            following = paragraphs[index + 1].lines if index + 1 < len(paragraphs) else None
            count = len(lines)
            # the line under the first, in its paragraph or opening the next, read alone: no list
            # of a paragraph's lines made for each paragraph
            below = lines.text(1) if count > 1 else following.text(0) if following is not None else None
            # the speech after them: on the lines below, or in a paragraph of its own
            spoken = count > _GROUP_STACK - 1 or index + 1 + (count == 1) < len(paragraphs)
            if below is None or not spoken or not self._group_under(lines.text(0), below, paragraphs, index):
                joined.append(para)
                continue
            name = f"{lines.text(0).strip()} {below.strip()}"
            if count > 1:
                joined.append(RawPara([(lines.first, name), *lines[2:]]))
            elif following is not None:
                joined.append(RawPara([(lines.first, name), *following[1:]]))
                skip = True
        return joined

    def _group_under(self, name: str, group: str, paragraphs: list[RawPara], index: int) -> bool:
        """Whether *group*, a line under *name* (that of *paragraphs* at *index*), is the
        parenthesis of its member's club, group or party alone (:meth:`_groups_below`)."""
        if group.lstrip()[:1] != "(":  # asked first: rare
            return self._party_under(name, group, paragraphs, index) or self._holder_under(
                name, group, paragraphs, index
            )
        name, group = name.strip(), group.strip()
        if not _PARENTHESIS_ALONE.fullmatch(group) or name[-1:] in TERMINAL + ",;" or not name[:1].isupper():
            return False
        inside = group[1:-1].strip().casefold()
        config = self.config
        grouped = inside in config.bracket_parties or inside.partition(" ")[0] in config.bracket_groups
        if not grouped and is_party(group[1:-1].strip()):
            # a club's acronym ("Poseł Jan Kowalski" / "(PSL)"): under a member's form of address or
            # office, and no event of the hall in CAPITALS ("(OKLASKI)")
            addressed = office_or_title(name.split()[0], config)
            event = stage_type(group[1:-1], config)
            grouped = addressed and event is None and self._spoken_below(paragraphs, index)
        return grouped and len(name.split()) <= _GROUP_NAME_WORDS

    def _party_under(self, name: str, party: str, paragraphs: list[RawPara], index: int) -> bool:
        """Whether *party*, a line under *name* (that of *paragraphs* at *index*), is its
        member's party printed without parentheses, as the Oireachtas's web copy sets it
        ("Deputy Mary Lou Harte" / "Sinn Féin" / "Rents have …"): a party the vocabulary lists,
        capitalised, under a name that opens with a form of address or an office, a speech below:
        the two lines read joined as one label whose party it is
        (:meth:`AloneLabels._listed_party_last`)."""
        name, party = name.strip(), party.strip()
        if not party[:1].isupper() or party.casefold() not in self.config.listed_parties:
            return False  # asked first: rare
        if name[-1:] in TERMINAL + ",;" or len(name.split()) > _GROUP_NAME_WORDS:
            return False
        cand = self.matcher.bare(f"{name} {party}")
        return cand is not None and cand.party == party and self._spoken_below(paragraphs, index)

    def _holder_under(self, office: str, holder: str, paragraphs: list[RawPara], index: int) -> bool:
        """Whether *holder*, a line under *office* (that of *paragraphs* at *index*), is the
        name of the office's holder, as the Oireachtas's web copy prints a minister ("The
        Taoiseach" / "Leo Varadkar" / "The Deputy is …", "Minister for Finance" / "X" with no
        article before the portfolio's particle): read joined, the office with its
        holder (:meth:`AloneLabels._office_then_holder`), a speech below."""
        opening = office.split(maxsplit=2)[:2]
        # "The Taoiseach", or an office's portfolio after a particle ("Minister for Finance")
        articled = bool(opening) and opening[0].casefold() in self.config.articles
        if office.rstrip()[-1:] in TERMINAL + ",;" or not (
            articled or (len(opening) > 1 and opening[1] in self.config.particles)
        ):
            return False  # asked first: the line under it, a speech's most often, is not split
        words = holder.split()
        if not MEMBER_WORDS[0] <= len(words) <= MEMBER_WORDS[0] + 1:
            return False
        cand = self.matcher.bare(f"{office.strip()} {holder.strip()}")
        return cand is not None and cand.role == " ".join(words) and self._spoken_below(paragraphs, index)

    def _spoken_below(self, paragraphs: list[RawPara], index: int) -> bool:
        """Whether the line under a name and its parenthesis, that of *paragraphs* at *index*,
        opens a speech, a sentence no label opens ("Pani przewodnicząca! …"): no roll call's next
        name, its vote in parentheses ("Councilmember Ortiz" / "(AYE)" / "Councilmember Vale")."""
        rest = [line for para in paragraphs[index : index + 3] for _, line in para.lines][2:3]
        if not rest or not _speech_opens(rest[0]):
            return False
        line = rest[0].strip()
        cand = self.matcher.candidate(line)
        if cand is not None and COLON_MARKS.match(cand.punct):
            return False
        return line[-1] in TERMINAL or len(line.split()) > _GROUP_NAME_WORDS

    def _office_stacked(self, words: list[str], below: str) -> bool:
        """Whether *words*, each alone on its line, are an office and the holder's forename and
        surname stacked with no party, as a web copy of the Eduskunta's record sets the chair and
        the ministers ("Puhemies" / "Matti" / "Lehtola" / "Täysistunto jatkuu. …"), the speech
        *below* them a sentence of its own."""
        office, *names = words
        return (
            self.config.offices.fullmatch(office.casefold()) is not None
            and all(_NAME_WORD.fullmatch(name) for name in names)
            and " " in below
            and below[:1].isupper()
        )

    def _stacked_lines(self, para: RawPara) -> list[RawPara]:
        """*para*, or its pieces where a member's label stacked a word a line stands inside it
        ("… käsittelyä." / "14.09" / "Mikko" / "Laine" / "ps" / "Arvoisa puhemies! …", a web copy
        kept in one paragraph): the label set on one line as a paragraph of its own, the clock
        above it one too, as :meth:`_stacked_name` joins it from paragraphs of their own."""
        lines = para.lines
        count = len(lines)  # asked of each line below: counted once
        if count < _STACKED_NAME_WORDS:
            return [para]
        pieces: list[RawPara] = []
        start = at = 0
        while at < count - 1:
            run = at
            while (
                run < count
                and run - at < _STACKED_NAME_WORDS
                and " " not in lines[run][1].strip()
                and _NAME_WORD.fullmatch(lines[run][1].strip())
            ):
                run += 1
            party = lines[run][1].strip() if run - at >= 2 and run + 1 < count else ""
            office = run - at >= _OFFICE_STACK and at + _OFFICE_STACK < count
            if office:  # three words alone at least: an office over a holder's two names perhaps
                stack = [line.strip() for _, line in lines[at : at + _OFFICE_STACK + 1]]
                office = self._office_stacked(stack[:_OFFICE_STACK], stack[_OFFICE_STACK])
            if office:  # "Puhemies" / "Matti" / "Lehtola" / "Täysistunto jatkuu. …"
                run = at + _OFFICE_STACK - 1
            elif not (party.islower() and party in self.config.parties and _speech_opens(lines[run + 1][1])):
                at = max(run, at + 1)
                continue
            clock = (
                at - 1
                if at > start
                and lines[at - 1][1].strip()[:1].isdigit()
                and " " not in lines[at - 1][1].strip()
                else at
            )
            pieces += [RawPara(list(lines[start:clock]))] if clock > start else []
            pieces += [RawPara([lines[clock]])] if clock < at else []
            pieces.append(
                RawPara([(lines[at][0], " ".join(line.strip() for _, line in lines[at : run + 1]))])
            )
            start = at = run + 1
        if not pieces:
            return [para]
        return [*pieces, RawPara(list(lines[start:]))]

    def _headed_name(self, para: RawPara) -> list[RawPara]:
        """*para*, or its first line and the rest where that line is a section's or a statement's
        title over a name alone and the speech below it, as a hearing's, a council's or a speech's
        web copy prints the first speaker under the heading with no blank line between
        ("Opening Statement" / "Senator Maria Okafor" / "Good morning. …"): the title a paragraph
        of its own, so that the name opens its turn as the other labels alone do. A name over an
        office in lower case ("Helen Marsh" / "Chair of the Board"), a byline ("By Tom Reed"), an
        address's or a list's next line (no sentence) leave the paragraph whole."""
        lines = para.lines
        # the title's line asked first, read alone: most paragraphs open with none, and their
        # lines are not made
        if len(lines) < _HEADED_LINES or not self._heading_line(lines[0][1].strip()):
            return [para]
        _, name, speech = (line.strip() for _, line in lines[:_HEADED_LINES])
        if not (self.name_alone(name) and self.speech_under_name(speech, name)):
            return [para]
        return [RawPara([lines[0]]), RawPara(list(lines[1:]))]

    def _role_under_name(self, para: RawPara) -> RawPara:
        """*para*, its first two lines one where the first is a name under its form of address
        alone with no punctuation ("Тов. КРАВЧЕНКО"; a heading has none: "X AMENDMENT BILL" /
        "(Serial 41)") and the second holds nothing but a bracket that the joined line reads as
        that label's role ("(шахта «Центральная», Донбасс)"), as a plenum's stenogram sets a
        speaker's affiliation on the line under his name: the one label the record would print on
        one line. A bracket reporting what the hall did ("(Аплодисменты.)") is no role."""
        lines = para.lines
        if len(lines) < 2:
            return para
        role = lines[1][1].strip()
        if not (role[:1] in _OPENING and role.endswith(")")):  # asked first: most lines are speech
            return para
        name = lines[0][1].strip()
        alone = self.matcher.bare(name)
        if alone is None or not alone.addressed or alone.punct or alone.printed.strip() != name:
            return para
        text = f"{name} {role}"
        joined = self.matcher.bare(text)
        if joined is None or joined.punct or joined.printed.strip() != text or joined.role != role[1:-1]:
            return para
        if stage_type(joined.role, self.config) is not None:  # "(Аплодисменты.)": the hall's, no role
            return para
        return RawPara([(lines[0][0], text), *lines[2:]])

    def speech_under_name(self, line: str, name: str) -> bool:
        """Whether *line*, under the name alone *name*, opens that speaker's speech: not the head's
        note of the sitting's opening hour, which a sitting's head prints under its chair's name
        ("Second Sitting" / "Speaker Ruth Obi" / "The House met at half past two o'clock."), nor
        a minute's or a tribute's sentence naming the person in the third person under an item's
        heading ("Main Street Project" / "Councillor Ben Ash" / "Councillor Ash asked …")."""
        opened = self.config.head.get("time")
        return (
            _speech_line(line)
            and not _names_again(line, name.split()[-1])
            and not (opened and opened.match(line))
        )

    def _heading_line(self, line: str) -> bool:
        """Whether *line* has a title's shape: a few words opening with a capital, no sentence's
        end, colon or comma after them, and no form of address nor office among them (an office
        over its holder's name is one label: "The Chairman" / "Maria Okafor")."""
        words = line.split()
        unarticled = [word for word in words if word.casefold() not in self.config.articles]  # "the"
        return (
            0 < len(words) <= _HEADING_WORDS
            and line[:1].isupper()
            and line[-1] not in TERMINAL
            and line[-1] not in ":;,"
            and self.config.offices.search(line.casefold()) is None
            and not any(office_or_title(word, self.config) for word in unarticled)
        )

    def name_alone(self, line: str) -> bool:
        """Whether *line* is a name alone, its form of address or office before it ("Senator Maria
        Okafor", "Präsidentin Dr. Ute Lamm", "Dario Feld"): a candidate of the whole line with no
        punctuation after it, each word capitalised but a name's particles, no office after the form
        of address or the office it opens with (an office's line under its holder's name: "Helen
        Marsh" / "Board Chair") nor a byline's word."""
        cand = self.matcher.bare(line)
        words = line.split()
        if cand is None or cand.punct or cand.printed.strip() != line:
            return False
        named = cand.name[len(cand.title) :].strip().casefold()
        office = self.config.offices.match(named)  # "Mayor Ann Cole": the office, then its holder
        named = named[office.end() :] if office else named
        return (
            _HEADED_NAME_WORDS[0] <= len(words) <= _HEADED_NAME_WORDS[1]
            and bool(named.split())
            and named.split()[0] not in self.config.particles  # "Chair" / "of the Board": a portfolio
            and all(word[:1].isupper() or word in self.config.particles for word in words)
            and _NAME_CHARACTERS.fullmatch(line) is not None
            and self.config.offices.search(named) is None
            and not self.config.front["byline"].match(line.casefold())
        )

    def _renderings_below(self, para: RawPara, below: list[RawPara]) -> int:
        """How many paragraphs below *para*, a name in a script without case alone on its line
        (with its office in parentheses, or its question's number), hold its renderings in the
        record's other languages that the label read joined reaches into, as Sri Lanka's Hansard
        sets a minister's long label over three paragraphs ("ගරු X මහතා (… අමාත්‍යතුමා)" / "(மாண்புமிகு
        X - … அமைச்சர்)" / "(The Hon. X - Minister of …)"), or a member's question under its
        number ("4. ගරු X මහතා" / "(மாண்புமிகு X) (The Hon. X) … ඇසූ ප්‍රශ්නය:"); 0 where none
        does. Each rendering is a parenthesis alone on its line but the last, which the speech may
        follow."""
        head = para.lines[0][1].strip()
        if len(para.lines) != 1 or cased(head[:1]) or self.candidate(head) is not None:
            return 0
        lines, ended = [head], 0
        for taken, following in enumerate(below, 1):  # every rendering there is, not the first
            line = following.lines[0][1].strip()
            if not line.startswith("("):
                break
            before = len(join_lines(lines))
            lines.append(line)
            cand = self.candidate(join_lines(lines))
            if cand is not None and cand.end > before:
                ended = taken
            if len(following.lines) != 1 or not _PARENTHESIS_ALONE.fullmatch(line):
                break  # the speech opens after the renderings
        return ended

    def _chair_cut_off(self, lines: Sequence[tuple[int, str]], below: str) -> bool:
        """Whether the last of *lines*, after a sentence's end, is the chair's office that a
        wrap cut from its holder's name and label opening *below*, a paragraph of a copy that
        keeps no blank lines."""
        if len(lines) < 2 or lines[-2][1].rstrip()[-1:] not in TERMINAL:
            return False
        last = lines[-1][1]
        chair = self.config.chairs.match(last.strip().casefold()) is not None
        return chair and self._cut_label_head(last, below)

    def _name_cut_off(self, lines: Sequence[tuple[int, str]], below: str) -> bool:
        """Whether the last of *lines*, after a sentence's end, is a label's name whose colon
        opens *below*, a paragraph of a copy that keeps no blank lines ("… the House." / "Hon. X"
        / ": Thank you, …"): the name goes with its colon."""
        return (
            len(lines) >= 2
            and lines[-2][1].rstrip()[-1:] in TERMINAL
            and below.startswith((":", "："))
            and self._seat_cut_below(lines[-1][1].strip(), below)
        )

    def office_after_dash(self, line: str) -> bool:
        """Whether *line* opens a label whose office follows a dash in lower case ("Domnul X –
        șeful Direcției generale"), which a wrap may have cut before its colon."""
        cand = self.candidate(line)
        return cand is not None and cand.punct in _DASHES and line[cand.end :].lstrip()[:1].islower()

    def _opens_label(self, word: str) -> bool:
        """Whether *word* may open a label before an office: an article or a form of address."""
        folded = word.casefold()
        return folded in self.config.articles or self.config.titles.fullmatch(folded) is not None

    def _office_linked_on(self, before: str) -> bool:
        """Whether *before*, a line's start up to an article inside its run of CAPITALS, is an
        office after its article or form of address that a short link runs on ("The MINISTER
        IN" of "The MINISTER IN THE PRESIDENCY:", South Africa's Hansard): one label, which no
        heading ends before the article ("THE CLERK READ THE PRAYER THE SPEAKER:" ends none)."""
        words = before.split()
        if not 3 <= len(words) <= _LINKED_WORDS or not self._opens_label(words[0]):
            return False
        rest = " ".join(words[1:])
        return (
            len(words[-1]) <= _LINK_LETTERS
            and words[-1].isalpha()
            and rest.isupper()
            and self.config.offices.match(rest.casefold()) is not None
        )

    def _chair_after_heading(self, cand: Candidate | None) -> bool:
        """Whether *cand* is the chair's office in CAPITALS after its article or a form of address,
        with its colon ("THE SPEAKER:", "THE DEPUTY SPEAKER:", "Mr SPEAKER:"), as a flattened
        Hansard prints it after a heading, or with its holder in brackets and a stop ("PRAYER THE
        DEPUTY SPEAKER (Rep. Abu). Please remain standing …", the Philippine House's record)."""
        return (
            cand is not None
            and cand.upper
            and (cand.punct == ":" or (cand.punct == "." and bool(cand.role)))
            and (
                cand.title.strip().casefold() in self.config.articles
                or self.config.titles.fullmatch(cand.title.strip().casefold()) is not None
            )
            and not any(word.casefold() in self.config.articles for word in cand.name.split()[1:])
            and chairs(cand.name, self.config)
        )

    def _articled_office(self, line: str, cand: Candidate) -> bool:
        """Whether *line* is the article alone that a copy breaking its lines anywhere cut from
        the office it opens ("Le" / "Secrétaire : Alors, …", Québec's web copy of its debates):
        the office past the article is the label, as on one line."""
        if line.strip().casefold() not in self.config.articles:
            return False
        office = self.config.past_article(cand.name).casefold()
        return bool(self.config.offices.fullmatch(office) or self.config.chairs.match(office))

    def _chair_opens(self, cand: Candidate) -> bool:
        """Whether the chair's office opens *cand* before a holder's name ("Předsedající
        místopředseda FS J. Stank"), or an office of one word does ("Poseł Sprawozdawca Zofia
        Czernow", a PDF's column setting the holder on the line below it): a label in Mixed case
        as plain as a form of address; so does an office of several words its qualifier opens
        ("Parlamentarischer Staatssekretär X")."""
        if len(cand.name.split()) < 2:
            return False
        first = cand.name.split()[0].casefold()
        office = self.config.offices.match(cand.name.casefold())
        return (
            self.config.chairs.match(cand.name.casefold()) is not None
            or bool(self.config.offices.fullmatch(first))
            or (office is not None and office.end() > len(first))
        )

    def _office_runs_on(self, line: str, following: str) -> bool:
        """Whether *line* opens a label whose office, after a dash and in lower case, the wrap
        cut and *following* goes on with in lower case ("Domnul X – șeful Direcției generale" /
        "parlamentară a Secretariatului Parlamentului:", the Moldovan Parliament's stenograms),
        or after the name's comma (see :meth:`_office_after_comma`)."""
        return following[:1].islower() and (self.office_after_dash(line) or self._office_after_comma(line))

    def _office_after_comma(self, line: str) -> bool:
        """Whether *line* opens with a name in CAPITALS, perhaps after its form of address, and
        its comma, an office after that comma, and ends on a word with no label of its own and no
        colon, as a column of an old printed record set a minister's long label and a scan keeps
        its lines ("M. CASIMIR-PERIER, président du conseil, ministre des affaires" / "étrangères.
        Messieurs, …", the Chambre's record; "TITTONI, ministro degli affari" / "esteri. …", the
        Camera's): the wrap cut the office. Each part after a comma opens with an office: a
        sentence about the minister goes on with its verb ("X, ministro degli esteri, ha detto")."""
        text = line.rstrip()
        name, comma, description = text.partition(", ")
        if not comma or not text[-1:].isalpha() or ":" in text or not name.isupper():
            return False
        parts = description.casefold().split(", ")
        return all(self.config.offices.match(part) for part in parts) and self.candidate(line) is None

    def _reported_below(self, head: str, line: str) -> bool:
        """Whether *head* ends with a comma and *line* opens with the reporter's verb (``reported``)
        and a comma ("§ THE SECRETARY OF STATE FOR WAR (Mr. X), in reply," / "said, the matter
        …"): the historic Hansard's label in the third person that a narrow column wrapped."""
        if not head.rstrip().endswith(","):
            return False  # asked first, of every line a wrap may cut: the line below is not read
        verb, comma, _ = line.lstrip().partition(",")
        return bool(comma) and verb in self.config.reported

    def _seat_below(self, head: str, line: str) -> bool:
        """Whether *head*, a line in CAPITALS that names an office or on whose behalf one speaks
        and ends on a word, and *line* below it, a surname with the seat and its dash ("KARACA
        (Antalya) – …"), are one member's label that a narrow column wrapped ("ÇEVRE, ŞEHİRCİLİK
        VE İKLİM DEĞİŞİKLİĞİ BAKANI SELİM" / "KARACA (Antalya) – …", the Turkish Grand National
        Assembly's minister)."""
        text = head.strip()
        if not text[-1:].isalpha() or not text.isupper() or self.candidate(head):
            return False
        behalf = self.config.behalf
        if not (self.config.offices.search(text.casefold()) or (behalf and behalf.match(text.casefold()))):
            return False
        below, cand = self.candidate(line), self.candidate(join_lines([head, line]))
        return _seated_dash(below) and _seated_dash(cand) and cand is not None and cand.end > len(text)

    def _cut_label_head(self, head: str, line: str) -> bool:
        """Whether *head*, a line of its own, and *line* below it are one label cut in two (see
        :meth:`rejoin_cut_labels`)."""
        words = head.split(None, _CUT_OFFICE_WORDS)  # no more than it takes to tell
        # an office's portfolio may run long ("Sekretarz stanu w Ministerstwie Rolnictwa i Rozwoju")
        # (the office asked only of a head longer than any other label's)
        if len(words) > _CUT_HEAD_WORDS and (
            len(words) > _CUT_OFFICE_WORDS or not self.config.offices.fullmatch(words[0].casefold())
        ):
            return False
        if head.rstrip()[-1:] in TERMINAL or self.candidate(head):
            return False
        # a time or a number over a label ("10.16") has no word; a line in a script without case
        # no run of words a break could cut (a Chinese title over a label)
        if not all(word[:1].isupper() or word[:1].islower() for word in words):
            return False
        below, cand = self.candidate(line), self.candidate(join_lines([head, line]))
        if below is None or cand is None:
            return False
        # OCR's or a stop-printing record's label in CAPITALS under its form of address, the stop
        # after the name's last word below ("Mr. KWAME" / "ANSAH. Sir, …"); where the record types
        # its speech in capitals, the words below are its speech ("MR. JONES" / "NO, I WILL NOT.")
        stopped = (
            cand.punct == "."
            and cand.addressed
            and not self.matcher.typed_capitals
            and _capitals_after_title(words)
            and below.name.isupper()
        )
        if cand.punct not in (":", "：") and not stopped:
            return False
        office = self.config.offices.search(cand.name.casefold())  # "The Prime Minister"
        # the office's qualifier alone over the rest of it, the holder's name after that
        # ("Parlamentarischer" / "Staatssekretär X:", "Stellvertretende" / "Vorsitzende Y:"): the
        # office read across the two lines, whatever opens the line below
        spanned = office is not None and office.start() == 0 and office.end() > len(head.strip()) + 1
        if below.addressed and len(below.name) > len(below.title.rstrip()) and not spanned:
            return False  # a form of address before a name: the line below opens its own label
        if below.key in self.config.never and not words_left_open(head, self.config):
            return False  # "Council Chambers" / "CALL TO ORDER: …": a place over the minutes' field
        if line[: below.end].rstrip()[-1:] in ":：" and numbered_item(line[: below.end], self.config):
            return False  # "THE CHAIR" / "Question 2: when …?": the chair's numbered question
        # a name in full below: a heading over its label ("Council Tax" / "Jane Smith (Lab):"),
        # but for the chair's office the wrap cut from its holder's name ("Předsedající
        # místopředseda" / "FS J. Stank: …", a federal assembly's columns)
        if len(below.name.split()) > 1 and not (
            spanned
            or self.config.chairs.match(head.strip().casefold())
            or self._office_over_name(words, line, below)
        ):
            return False
        opened = cand.addressed or (office and (office.start() == 0 or cand.title))
        return bool(opened) and cand.end == len(head) + 1 + below.end

    def _office_over_name(self, words: list[str], line: str, below: Candidate) -> bool:
        """Whether *words*, a line over the label *below*, are an office whose holder a narrow
        column set on the next line, as a parliament's PDF prints its members of the government
        ("Minister Finansów" / "Andrzej Domański:", "Sekretarz Poseł" / "Mirosław Adam Orliński:"),
        or whose portfolio goes on there in lower case ("Podsekretarz Stanu" / "w Ministerstwie
        Finansów Hanna Majszczyk:"), or whose portfolio in lower case and capitalised words the
        wrap cut before its last word ("Sekretarz stanu w Ministerstwie Rolnictwa i Rozwoju" /
        "Wsi Jan Nowak:"): the office first, then capitalised words or a portfolio ending in one;
        the line below a bare name, no form of address nor office of its own (a heading stands
        over a full label)."""
        first = words[0].casefold()
        if not (self.config.offices.fullmatch(first) or self.config.titles.fullmatch(first)):
            return False
        if not (all(word[:1].isupper() for word in words) or (len(words) > 2 and words[-1][:1].isupper())):
            return False
        if line[:1].islower():
            return True
        # a bare name: capitalised words, its particles inside it ("For the Prosecution:" under
        # a counsel's name is the side he appears for, a field of the appearances); a phrase that
        # opens with a preposition is none, the line under a name its own ("MR. VANCE" / "Before
        # the Panel:"), a label of one line over it ("Mr. JOHN" / "HENRY SMITH:" one cut in two)
        names = below.name.split()
        if names[0].casefold() in self.config.any_phrase_openers:
            return False
        particles = self.config.particles
        named = names[0].casefold() not in particles and all(w[:1].isupper() or w in particles for w in names)
        office = self.config.offices.search(below.name.casefold())
        return named and not below.title and not below.role and office is None


def _dashed_name(cand: Candidate, text: str) -> bool:
    """Whether *cand*, at the start of *text*, is a name of two words or more in CAPITALS that a
    spaced dash ends, a speech in Mixed case after it ("… to the committee. PAUL GIRARD — I
    support the motion."): a label a council's minutes print inside a paragraph."""
    speech = text[cand.end :]
    return (
        cand.upper
        and cand.punct in _DASHES
        and len(cand.name.split()) >= 2
        and text[len(cand.printed) - 1 : len(cand.printed) + 1].strip() == cand.punct
        and any(c.islower() for c in speech[:_MIDLINE_SPAN])
    )


def _seated_dash(cand: Candidate | None) -> bool:
    """Whether *cand* is a name in CAPITALS with its seat in parentheses and a spaced dash, as the
    Turkish Grand National Assembly prints a member ("ENGİN ALTAY (İstanbul) - …"): a label
    strong enough inside a line a web copy flattened, where a heading's brackets hold a number."""
    return (
        cand is not None
        and cand.upper
        and cand.punct in _DASHES
        and bool(cand.role)
        and not any(ch.isdigit() for ch in cand.role or "")
    )


def _capitals_after_title(words: list[str]) -> bool:
    """Whether *words*, a line of its own, are a form of address and one or two words in
    CAPITALS after it ("Mr. KWAME"), a label's head and no heading's words."""
    return 2 <= len(words) <= 3 and all(word.isupper() and len(word) > 1 for word in words[1:])
