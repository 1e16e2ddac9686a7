"""Speaker labels: the candidates at the start of a paragraph or line that have a label's shape.

A label is found in its many printed shapes: a name in CAPITALS or Mixed case, forms of address
and offices, a role or party in brackets, a colon, a full stop, a dash, a marker or number before
it, a time stamp, a description after a comma, labels set off by spaces in scripts without case.
Which candidates are real is decided by the scored model (:mod:`stenogram.transcript.scoring`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import replace
from functools import partial

from stenogram.transcript.candidate import (
    ANSWERED,
    BRACKETED,
    ENCLOSING,
    ENUMERATOR,
    ORDINAL_MARKS,
    PARTICLE,
    SMALL,
    SQUARED,
    UNSPACED_WORD,
    UPPER,
    Candidate,
    bracketed,
    cased,
    is_party,
    letter_class,
    lower_case,
    unclosed,
)
from stenogram.transcript.config import Config
from stenogram.transcript.events import SLASHED, stage_type
from stenogram.transcript.names import office_ends, office_phrase, uncased_name
from stenogram.transcript.regexcache import regex

# Combining marks (the vowel signs of Devanagari, Bengali, Thai …): part of a word, yet no \w.
_MARKS = letter_class(lambda c: unicodedata.category(c).startswith("M"))
_MARK = re.compile(f"[{_MARKS}]")
# The independent vowels of the Indian scripts (Devanagari to Malayalam, the same place in each
# block; Sinhala's elsewhere in its own) and the marks a consonant with no vowel sign may end in:
# its virama, an anusvara (Sinhala's al-lakuna and anusvaraya: "එම්.", em, as the Hansard spells M.).
_INDIC_BLOCKS = range(0x900, 0xD80, 0x80)
_INDIC_VOWEL = re.compile(
    "[" + "".join(f"{chr(b + 0x05)}-{chr(b + 0x14)}" for b in _INDIC_BLOCKS) + "\u0d85-\u0d96]"
)
_BARE_ENDS = frozenset(chr(block + offset) for block in _INDIC_BLOCKS for offset in (0x02, 0x4D)) | {
    "\u0d82",
    "\u0dca",
}
# Tamil opens no word with ர or ல: their initials take the vowel இ before them ("இரா.", "இல.").
_TAMIL_PROTHETIC = re.compile("\u0b87[\u0bb0\u0bb2]")
# A stop after a word or a parenthesis, and a word after it: a sentence that ends inside a line.
_STOP_THEN_WORD = re.compile(r"(?:(?P<word>[^\W\d_]+)|\))[.!?…]\s+[^\W\d_]")
_UP = rf"{PARTICLE}?[{UPPER}][{UPPER}'’‘\-]*[{UPPER}]"
_CAP = rf"[{UPPER}][{SMALL}'’‘\-]+"
# Initials, a double forename's joined by its hyphen, the non-breaking one a web copy prints too
# ("Ж.-П.", "А.\u2011М. К. Бразаускас").
_INITIAL = rf"[{UPPER}]\.(?:[\-\u2010\u2011][{UPPER}]\.)?"
_INITIALS = rf"(?:{_INITIAL}\s?){{1,3}}"
# Initials after the surname, as Russian and Ukrainian records print them: ИВАНОВ И. И., ЯВОРІВСЬКИЙ В.О.;
# one initial alone only after a surname in CAPITALS ("Mr. Joseph R. Biden" has a middle initial),
# and not before a further word in CAPITALS: "MICHAEL A. CARVIN, ESQ." has one too.
_TRAILING_INITIALS = (
    rf"(?:\s+{_INITIAL}(?:\s?[{UPPER}]\.){{1,2}}"
    rf"|(?<=[{UPPER}][{UPPER}])\s+[{UPPER}]\.(?![ \t]+[{UPPER}]{{2}}))"
)
_NAME = (
    rf"(?:{_INITIALS}\s*)?(?:{_UP}|{_CAP})(?:[ \-](?:{_UP}|{_CAP}|[{UPPER}](?=\s)))"
    + r"{0,4}"
    + rf"(?:{_TRAILING_INITIALS}|(?: \d{{1,3}}(?=[.:]|[ ]\()))?"
)
# French: a form of address with an office in lower case (M. le président, Mme la ministre).
_OFFICE = rf"(?i:m\.|mme|mlle|monsieur|madame)\s+(?:le|la|l['’])\s*[{SMALL}]+(?:[ \-][{SMALL}'’]+){{0,3}}"
# A group label may have words in lower case ("Голос с места.", "Voice from the floor:").
_GROUP_START = re.compile(
    r"(?P<name>[^\W\d_]+(?:[ -/][^\W\d_]+){0,5}?)\s?(?P<punct>[.:])(?:\s+|$|(?<=:)(?=[^\W\d_]))"
)
# The text of a label's parenthesis, perhaps with one inside it: the chair of a Canadian
# committee, "The Chair (Mr. John McKay (Scarborough—Guildwood, Lib.)):"; a long one in the
# Brazilian records, the holder, bloc, party and state and the kind of speech ("O SR. PRESIDENTE
# (Rodrigo Almeida. Bloco Parlamentar da Resistência Democrática/PSD - MG. Fala da Presidência.) -").
_PAREN_SPAN = 160  # characters of a label's parenthesis
_IN_PARENS = rf"(?:[^()\n]|\([^()\n]{{1,60}}\)){{1,{_PAREN_SPAN}}}"
# One token of a label read word by word (LabelMatcher._generic): a role or party in parentheses
# (full-width ones too: "主席（蘇嘉全）：", "涅边贾先生（俄罗斯联邦）（以俄语发言）：") or square
# brackets ("Klaus Beispiel [DIE LINKE]:" names his party, nothing is supplied), a word
# with its full stop (a zero-width joiner or non-joiner inside it: Sinhala ප්‍රේ, Persian می‌کنم;
# a quotation mark inside it: the Hebrew abbreviation היו"ר; a slash between
# letters: a party of two, "Abg. Hans Rülke FDP/DVP:"; an ampersand between letters, the
# European Parliament's "on behalf of the S&D Group"; a slash after a form of address, the Arabic
# records' "النائب/ مرزوق الخليفة:"; the at sign between a name and its alias, Malaysia's "Tuan
# Wong Ah Kow @ Wong Kim Seng [Sandakan]:"), a number before
# the name ("01.01 Name:"), a comma (the Arabic one too), a colon, a dash (in a Persian record the
# tatweel set apart by spaces, which no word prints alone; a hyphen before a space is no word's: the
# old Majlis's "رئیس- …"), a stop. A word may open with a vowel sign where a PDF's text keeps
# the order in which the letters are drawn, the sign before its consonant (Sri Lanka's Hansard:
# "ෙපෙර්රා" for "පෙරේරා", as the Rajya Sabha's copies print "सभापित").
_TOKEN = regex(
    rf"(?P<space>[ \t]*)(?:(?P<paren>\({_IN_PARENS}\)|（[^（）\n]{{1,80}}）|\[[^\[\]\n]{{0,80}}\])"
    r"|(?P<kashida>\u0640)(?=[ \t]|$)"
    r"|(?P<slashed>/[^\W\d_]{1,12})(?=[ \t]*[(:：])"
    rf"|(?P<word>(?:[{_MARKS}](?=[^\W\d_]))?[^\W\d_]"
    rf"(?:[\w'’‘{_MARKS}\u200c\u200d]|-(?![ \t])|[\"״/&](?=[^\W\d_]))*"
    r"(?:/(?=[ \t][^\W\d_]))?"
    rf"|\d{{1,2}}[ºª°]|@(?=[ \t]+[^\W\d_]))(?P<stop>\.)?"
    r"|(?P<number>\d{1,3}(?:\.\d{1,3})*\.?)|(?P<comma>[,،])|(?P<colon>[:：፦៖]|፡[-–]|>>(?=[ \t])|။[ \t]*။)"
    r"|(?P<dash>[-–—])(?=\s|$)|(?P<dot>\.)"
    rf"|(?P<glued>—|–|--)(?=[{UPPER}«“\"])"
    r"|(?P<starred>\*)(?=[ \t]*[-–—:]))"
)
_COLON_NEXT = re.compile(r"[ \t]*[:：]")
# An office after a member's bracketed party and its comma, up to the label's colon or stop: a few
# words with no bracket, digit or sentence's punctuation ("(SVP), Kommissionssprecher der JuKo. ").
_DESCRIBED_AFTER = re.compile(
    r"[ \t]+(?P<description>[^\W\d_]+(?:-[^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:-[^\W\d_]+)*){0,5})"
    r"[ \t]*(?P<punct>[:：]|\.(?=[ \t]))"
)
# A number last in a name, which a stop and a word follow: the stop an ordinal's ("Gemeinderat
# 21. Wahlperiode 59. Sitzung", a flattened head), no label's.
_ORDINAL_STOP = re.compile(r"(?<![^\W\d_])\d{1,4}$")
_WORD_AFTER = re.compile(r"[^\W\d_]")
# A place after a name's comma: one capitalised word, hyphenated perhaps, or its two languages'
# names ("Schwanden-Sigriswil", "Biel/Bienne").
_PLACE_WORD = regex(rf"[{UPPER}][^\W\d_]+(?:[-/][{UPPER}][^\W\d_]+)*")
# The dash an older printed trial glues between a question's or an answer's letter and its speech
# ("Q—Where were you?", "A.—Yes.", a web copy's "Q--", "A–"), a capital after it.
_GLUED_PAIR_DASH = rf"\.?(?:—|–|--)(?=[{UPPER}\"“(])"
# A dash glued to a label's colon, before a space or the line's end: the colon and dash of the
# Iraqi and other Arab records ("د. سالم الحديثي:- …"), as older English-language ones of South
# Asia print it ("MR. SPEAKER:- …"); an em or en dash glued to the speech's capital, as the
# nineteenth century's Hansard and Archives parlementaires print it ("M. X, au milieu du
# bruit:—Je prie …", "Mr. X, rising to order:—Sir, …").
_DASH_LEAD = re.compile(r"[-–—][ \t]+(?=[^\W\d_])")  # a dash before a label: "– د. سالم:-"
_COLON_DASH = re.compile(rf"[-–—](?=\s|$)|[–—](?=[{UPPER}«“\"(])")
# A colon set off by a run of spaces with nothing after it on its line: the column of colons a
# court's case caption aligns ("HARROW COUNTY, ET AL.,      :" / "Petitioners  :  No. 21-417").
_COLUMN_COLON = re.compile(r"[ ]{3,}:[ \t]*(?:\n|$)")
# Colons of other scripts that end a label as the colon does: the Ethiopic preface colon of the
# Amharic record ("ክቡር አፈ ጉባኤ፦ …") and the wordspace and dash its typists print for it ("ዳኛ፡- …",
# an Ethiopian court's record), the Khmer colon ("ឯកឧត្តម សុខ វណ្ណា៖ …"), the Burmese section
# mark twice, a space between ("ဥက္ကဋ္ဌ။ ။ …": once it ends a sentence), and the arrows a TV
# captioner prints after a name in CAPITALS ("JUSTICE ROBERTS>> The Senate will convene …"); the
# label keeps its printed colon, its punctuation reads ":" (keyed without the space).
_COLONS = {"፦": ":", "፡-": ":", "፡–": ":", "៖": ":", "။။": ":", ">>": ":"}
_KASHIDA_APART = re.compile(r"\s\u0640(?=\s|$)")  # a tatweel set apart by spaces: a Persian dash
_DASH_APART = re.compile(r"\s[-–—](?=\s|$)")  # a dash set apart by spaces
# The rest of a name after a hyphen set apart by spaces, as the Arabic records of the United Nations
# print a foreign name ("توماس - غرينفيلد"), up to the label's parentheses and colon: in a script
# without case, where a dash ends a label, the dash is the name's where these follow it.
_HYPHENATED = re.compile(r"[ \t]+[^\W\d_]+(?:[ \t][^\W\d_]+){0,2}(?:[ \t]*\([^()\n]{1,80}\))+[ \t]*[:：]")
_SENTENCE_STOP = re.compile(r"[.!?؟]")
_SPACE_RUN = re.compile(r"(?<=\S)[ \t]{2,3}(?=\S)")  # a justified line's doubled spaces, no column's gap
_INITIAL_STOP = re.compile(r"(?<![^\W\d_])[^\W\d_]\.[ \t]*")  # an initial and its stop: "H. "
_TURN_NUMBER = re.compile(r"\d{1,4}[.)][ \t]")  # the number a record gives each turn: "14. KETUA: …"
# The dash between a member's party and seat or office in brackets: "(Green—Auckland Central)".
_PARTY_DASH = re.compile(r"\s?[—–]\s?")
# A conjunction between two names in CAPITALS, each with its role: a joint label ("ROMEO
# (LSP-PSd'Az) e BOCCIA (PD-IDP).", two members asking at once in the Italian Senate's record).
_JOINT = regex(rf"[ \t]+(?P<word>[^\W\d_]{{1,3}})[ \t]+(?=[{UPPER}]{{2,}})")
_CAPITALS = regex(rf"[{UPPER}]{{2,}}")  # a word in CAPITALS inside a name
# The reporter's verb after a label printed with no punctuation ("MR. SMITH said, he …"), perhaps
# after the words that he answers ("MR. JONES, in reply, said, …"): a comma, a colon or a word in
# lower case after it.
_REPORTED_VERB = regex(
    rf"(?:,[ \t]+(?=in reply,)|[ \t]+)"
    rf"(?P<speech>(?:in reply,[ \t]+)?(?P<verb>[{SMALL}]+)(?=[,:]|[ \t]+[{SMALL}]))"
)
_SENTENCE_WORD = regex(rf",|(?<![^\s])[{SMALL}]{{4,}}(?![^\W\d_])")
_SMALL_WORD = regex(rf"(?<![^\s])[{SMALL}]+(?![^\W\d_.])")
_CODE = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")  # letters and digits in one word: a reference, not a name


def _addressee(words: tuple[str, ...]) -> re.Pattern[str]:
    """Whom a question is put to, after the asker's name and role, before the colon, after the
    configured words that put it (the New Zealand record's "1. Hon NAME (Leader—National) to the
    Prime Minister:", Malta's "L-ONOR. X staqsa lill-Ministru għall-Intern:")."""
    put = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) or "(?!)"
    return regex(rf"[ \t]+(?:{put})[{UPPER}][\w'’\-]*(?:[ \t]+[\w'’\-]+){{0,6}}(?=[ \t]?[:：])")


_DASH_AFTER = re.compile(r"[ \t]+[-–—](?=\s|$)")  # at a line's end too: the speech below
# A dash right after the label's stop, before a space ("Sr. X.- …") or glued to the speech's
# capital, as Spanish and Latin American records print it ("EL PRESIDENTE.–Se abre la sesión."),
# or the two hyphens a typed transcription sets for that dash ("M. Charamaule.--Je demande …").
_STOP_DASH = regex(rf"(--|[-–—])(?=\s|$|[{UPPER}¿¡«“\"(])")
# An office in lower case after a spaced dash, up to the label's colon (the Romanian chambers'
# "Domnul Andrei Popa - ministrul finanțelor:").
_DASHED_OFFICE = re.compile(r"[ \t]*(?P<office>[^\W\d_][^:.!?\n]{0,100}?)[ \t]*:(?=\s|$)")
# A further segment of a label in CAPITALS between spaced dashes: "O SR. PRESIDENTE - CAUÊ
# MACRIS - PSDB - …", the name and the party after the office (Brazilian records).
_CAPS_SEGMENT = regex(
    rf"[ \t]*(?P<segment>[{UPPER}][{UPPER}\d.'’/]*(?: [{UPPER}][{UPPER}\d.'’/]*){{0,5}})[ \t]+[-–—](?=\s|$)"
)
# A label set off by an ideographic space or two spaces (after a marker): a name of up to three
# words, perhaps a role in (full-width) parentheses; a member's seat number may open it when the
# name follows in parentheses (a Japanese assembly's "○１２番（佐藤花子君）").
_SPACED_OFF = re.compile(
    r"(?P<name>\d{0,3}[^\W\d_][^\s（()）:：.。,，]{0,24}(?: [^\W\d_][^\s（()）:：.。,，]{0,24}){0,2})"
    r"(?:[（(](?P<role>[^）)\n]{1,40})[）)])?(?P<gap>\u3000+|[ \t]{2,})(?=\S)"
)
_ONE_WORD_OFF = re.compile(
    r"(?P<name>\d{0,3}[^\W\d_][^\s（()）:：.。,，]{0,24})"
    r"(?:[（(](?P<role>[^）)\n]{1,40})[）)])?(?P<gap>[ \t])(?=\S)"
)
# After a marker, two words of a script without case (an office and a name: "소위원장 이상민")
# set off by one space, or a unit, a name and an office (see LabelMatcher._office_beside_name).
_WORDS_OFF = re.compile(
    r"(?P<first>[^\W\d_][^\W_]{0,15}) (?P<second>[^\W\d_]{1,12})(?: (?P<third>[^\W\d_]{1,12})(?= ))?"
)
# After a marker, a name in a script without case and its full-width parenthesis, the speech
# glued to it where a copy lost the ideographic space ("○議長（山田一郎君）これより…").
_BRACKET_OFF = re.compile(
    r"(?P<name>\d{0,3}[^\W\d_][^\s（()）:：.。,，]{0,24})（(?P<role>[^）\n]{1,40})）(?P<gap>)(?=[^\s（(])"
)
# After a marker, an office and its holder in a script without case whose opening bracket a copy
# lost, the closing one kept ("◯議長伏屋嘉弘君)　以上で…"): the office is read off the front.
_OPENER_LOST = re.compile(r"(?P<name>[^\W\d_][^\s（()）:：.。,，]{1,30})[）)](?P<gap>\u3000+|[ \t]+)(?=\S)")
# With no marker, the same label printed with its closing bracket only, the speech glued to it or
# after a space, as a city's web minutes print each turn ("浜中委員長)ただ今から…", "市長) それでは…").
_UNOPENED = re.compile(
    r"(?P<name>[^\W\d_][^\s（()）:：.。,，、「」]{0,24})[）)](?P<gap>[ \t\u3000]*)(?=[^\s）)])"
)
# With no marker, a Japanese surname and the office joined to it, one space, then a speech in
# kana, as a web copy that lost the circle and the ideographic space prints the Diet's turns
# ("石田委員長 それでは…", "大池事務総長 回付案は…"); Chinese writes no kana. A member's cry for the
# floor, the office he calls and its trailing dots, is all the speech and has none ("早瀬委員
# 委員長……。").
_SURNAME_OFFICE_SPACED = re.compile(
    r"(?P<name>[\u3400-\u9fff\uf900-\ufaff]{2,12})[ \u3000]"
    r"(?=[^\s]{0,30}[\u3040-\u30ff]|[\u3400-\u9fff]{1,8}[…‥]+[。！!]?\s*$)"
)
# A description after a label that ends in initials or a stop, up to its own stop: the seat,
# faction or office of the parliaments of the former USSR ("Жириновский В. В., фракция ЛДПР.",
# "ЯВОРІВСЬКИЙ В.О., голова Комісії …."). It starts in lower case, so a sentence never is one;
# it may be long, and its parenthesis (the seat: "округ № 211, м. Київ") may hold stops.
_DESCRIPTION = re.compile(r",[ \t]*(?P<role>[^\W\d_](?:[^.!?\n()]|\([^()\n]{0,200}\)){0,300}?)\.(?=\s|$)")
# A recording's clock printed after a label, as transcription services print it: in brackets
# after the punctuation ("Mayor Garcia: (00:04)", "Name: [00:01:23]"), or alone after a name
# with none, at its line's end ("Speaker 1  0:02").
# A party's role, a spaced dash, then the profession in lower case with the name and a colon: a
# court protocol's "Защитник – адвокат Зотов В.В.:", "Захисник – адвокат Мельничук І.П.:".
_APPOSITION = re.compile(
    r"[ \t]*(?P<office>[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]+)[ ]+"
    r"(?P<name>[^\W\d_][^:\n]{1,40}?)(?P<punct>:)(?=\s|$)"
)
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_BRACKETED_CLOCK = re.compile(rf"[ \t]*(?P<time>\({_CLOCK}\)|\[{_CLOCK}\])(?=\s|$)")
_CLOCK_ENDS = "0123456789)].mM"  # how a line that ends in a clock ends
# the hour of the day after a name on its line, as a web copy of Ghana's Hansard prints each turn
# ("Mr Speaker 10:30 a.m.", "Mr First Deputy Speaker 11 a.m.")
_DAY_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?\s?m\.?"
_DAY_CLOCK_END = re.compile(rf"[ \t]{_DAY_CLOCK}[ \t]*$", re.IGNORECASE)
_LINE_END_CLOCK = re.compile(
    rf"[ \t]+(?P<time>\({_CLOCK}\)|\[{_CLOCK}\]|{_CLOCK}|{_DAY_CLOCK})[ \t]*$", re.IGNORECASE
)
# A label in the first cell of a table copied from a web page or a spreadsheet: the speech in
# the next cell, after a tab ("John Smith<TAB>Good morning.").
_TAB_CELL = re.compile(r"(?P<name>[^\t\n]{1,80}?)(?<![,;])[ ]*\t+(?=[^\W_]|[\"'«“„(\[])")
# A label enclosed in full-width brackets, its speech below or after it: the roles of a Japanese
# court's record ("【裁判長】", "〔検察官〕"); the closing bracket is its punctuation.
_OPENING, _CLOSING = "".join(ENCLOSING.values()), "".join(ENCLOSING)
_ENCLOSED = re.compile(
    rf"(?P<open>[{_OPENING}])(?P<label>[^{_OPENING}{_CLOSING}\n]{{1,40}})(?P<close>[{_CLOSING}])"
)
# A label in square brackets, the speech glued to it or below it: a Chinese live text's
# "[新闻发布会主持人 陈立新]各位记者…"; no clock's digits ("[03-04 11:12]"); in a cased script a
# space before the speech ("[Jane Citizen] Thank you, Chair.").
_SQUARED = re.compile(r"\[(?P<label>[^\[\]\d\n]{1,40})\](?=[ ]?\S|$)")
# A witness's name in round brackets, the answer after it on its line: "(Sir John Smith) Yes."
_ANSWERED = re.compile(r"\((?P<label>[^()\n]{2,60})\)[ \t]+(?=[^\W\d_]|[\"'«“‘])")
_EMPHASIS = re.compile(r"(\*\*|__)(?P<label>[^*_\n]{1,160}?)\1")  # Markdown's bold
_OPENING_QUOTES = "«“„\"'‘‚"
_GENERIC_SPAN = 240  # characters a label read word by word may take
_LABEL_SPAN = 400  # characters of a text a label candidate is looked for in
_GENERIC_WORDS = 14  # a long office: "The Lord Chancellor and Secretary of State for Justice (…):"
# a longer one in CAPITALS with its holder in parentheses and a colon, as India's records print a
# minister's two portfolios: "THE MINISTER OF STATE IN THE MINISTRY OF PERSONNEL, PUBLIC
# GRIEVANCES AND PENSIONS AND MINISTER OF STATE IN THE PRIME MINISTER'S OFFICE (DR. X):"
_CAPITALS_WORDS = 26
# A label with no punctuation, its speech on its line: an office, its portfolio and a name of two
# words or more before the speech's first word ("Ministr kultury ČR Antonín Staněk Děkuji, …").
_UNMARKED_WORDS = 10  # words of such a label, its office's and its name's
_PLAIN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’‘\-])*")  # a word with nothing attached to it
_HEADING = 80  # characters of a heading alone on its line
# and of one in CAPITALS: a hearing's heading names the witness with all offices ("STATEMENT OF
# HON. JANE DOE, A U.S. SENATOR FROM OHIO, CHAIRMAN, COMMITTEE ON FINANCE")
_CAPITALS_HEADING = 200
_CLOCK_SPAN = 20  # characters of the hour a heading may print after it ("  10:30 a.m.")
_MEMBER_WORDS = (2, 4)  # words of a member's name alone above the speech, in a script without case
# The party or seat after an office and a comma, up to the label's colon: "…, Siumut:".
_PARTY_AFTER_OFFICE = re.compile(r"[ \t]*[^\W\d_][\w.'’&/-]*(?:[ \t]+[^\W\d_][\w.'’&/-]*){0,3}[ \t]*:")
_PLAIN_DASHED_WORDS = 3  # a plain name before a dash: forename, patronymic or particle, surname
_HOLDER_WORDS = 7  # words of a holder's name after an office and a comma: "doña Inés Sabanés Nadal"
# An office and its holder's name in the parentheses closing the line.
_HOLDER_AFTER = re.compile(r"(?P<office>[^()]{3,120}?)\s*\((?P<holder>[^()]{3,60})\)")
# an office qualified by the names before it, and its holder: "Eesti Panga president Madis Müller"
_QUALIFIED_WORDS = 8
_JOINED_WORDS = 6  # a name alone whose particles join its names: forename, surnames, particles
_CAPITALISED = regex(rf"(?:[{UPPER}][{SMALL}'’\-]+|[{UPPER}]\.)+")
_OFFICE_WORDS = 12  # an office alone: "M. Jean Dupont, ministre de l'intérieur et des outre-mer"


# A heading in CAPITALS of two words or more before a word in Mixed case: a flattened record's
# item heading over the label that follows it on the line ("LEAVE OF ABSENCE Mr. Speaker: …",
# "ELECTION OF SPEAKER Clerk of the House: …", a Caribbean Hansard's PDF text).
HEADING_BEFORE_LABEL = re.compile(
    rf"(?<![^\s\]])[{UPPER}][{UPPER}'’\-]+(?:[ \t]+[{UPPER}(][{UPPER}'’()\-]*){{1,8}}"
    rf"[ \t]+(?=[{UPPER}][{SMALL}])"
)


def _mixed(word: str) -> bool:
    """Whether *word* is a name's word in Mixed case: a capital, then a small letter."""
    return word[:1].isupper() and lower_case(word[1:2])


_CAPITALS_UNMARKED_WORDS = 3  # a name in CAPITALS with no punctuation: forename, particle, surname
_CAPITALS_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?")
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")


def _capitals_unmarked(text: str) -> Candidate | None:
    """A name in CAPITALS with no punctuation, the speech after it on its line from a word in
    Mixed case, as a newspaper's transcript of a trial prints each turn ("GÖTZL Dann wird es am
    sinnvollsten sein, …", "VOUTTA Am 8.11.2011 wurde …"); the scored model weighs it (punctuation
    ``" "``: recurring, as a sentence opening with an abbreviation does not)."""
    words = text[:_GENERIC_SPAN].split(" ", _CAPITALS_UNMARKED_WORDS + 1)
    for at in range(1, min(len(words) - 1, _CAPITALS_UNMARKED_WORDS) + 1):
        word = words[at - 1]
        if not (_CAPITALS_WORD.fullmatch(word) and word.isupper()):
            return None
        opening = words[at].rstrip(",;:!?")  # the speech's first word: no abbreviation ("Dr.")
        if _mixed(opening) and _PLAIN.fullmatch(opening):
            name = " ".join(words[:at])
            if not _SENTENCE_END.search(text, len(name)):
                return None  # "HC Deb 12 May 1881 vol 261": a reference, no speech
            return Candidate(name, None, " ", len(name) + 1, name, "")
    return None


def _runs_on(found: Candidate, capitals: Candidate) -> bool:
    """Whether *found* runs on past the name in CAPITALS at its start into words in lower case,
    a sentence ("GÖTZL Im Aktenvermerk, den Sie gefertigt haben, heißt es:"), where an office in
    CAPITALS before a name is one label ("PREDSJEDNIK Milan Radović:")."""
    words = found.name.split()[len(capitals.name.split()) :]
    return found.end > capitals.end and any(lower_case(word[:1]) for word in words)


def _unmarked_end(token: re.Match[str], name: str) -> bool:
    """Whether *token*, a word after a name and its role in parentheses, starts the speech of a
    label whose colon the typist left out: the name in CAPITALS, the word capitalised."""
    word = token.group("word") or ""
    return bool(token.group("space")) and word[:1].isupper() and not word.isupper() and name.isupper()


def _rendered_end(text: str, pos: int, name: str, roles: list[str], titled: re.Pattern[str]) -> bool:
    """Whether the speech starts after the parenthesis ending at *pos* in *text*: a name in a
    script without case followed by its renderings in the record's other languages, the last with
    its form of address, and the speech on the line, as Sri Lanka's Hansard prints each label in
    Sinhala, Tamil and English with no colon ("ගරු කථානායකතුමා (மாண்புமிகு சபாநாயகர் அவர்கள்)
    (The Hon. Speaker) …"); the renderings end the label as a colon would."""
    after = _RENDERED_SPEECH.match(text, pos) or not text[pos:].strip()  # or the speech below
    return (
        bool(after)
        and len(roles) >= 2
        and bool(name.strip())
        and not cased(name)
        and bool(titled.match(roles[-1]))
    )


# The speech after a label's last parenthesis on its line: a space, then no other parenthesis,
# colon or dash that would end the label itself.
_RENDERED_SPEECH = re.compile(r"[ \t]+(?=[^\s(\[:：\-–—])")
# The empty parentheses a PDF's text leaves of a label's renderings in scripts its fonts lost,
# before the English one ("( ) (The Hon. X)", ") ( - ) (The Hon. X - …)", "( () ) (The Hon. …)").
_HOLLOW_SCRIPTS = re.compile(r"[()\s\-–]*?\([\s\-–()]*\)\s*(?=\()")


def hollow_scripts(text: str) -> bool:
    """Whether *text* opens with the empty parentheses of a label's renderings a PDF's text lost
    (see :data:`_HOLLOW_SCRIPTS`)."""
    return _HOLLOW_SCRIPTS.match(text) is not None


# the English rendering in parentheses, a parenthesis inside it ("(The Hon. (Mrs.) X)")
_RENDERING = re.compile(r"\((?P<inner>(?:[^()\n]|\([^()\n]{1,20}\)){1,160})\)")
_RENDERED_SPAN = 480  # characters of a label with its renderings, a minister's office in each


def _rendered_on(text: str, pos: int, name: str) -> bool:
    """Whether a rendering of the name in a script without case opens at *pos*, past the span
    of a label read word by word: the renderings of a minister's long office in Tamil and
    English go on ("… (… - Minister of Urban Development and Sacred Area Development …)")."""
    return pos < _RENDERED_SPAN and text.startswith(" (", pos) and bool(name.strip()) and not cased(name)


# A line that is one parenthesis, perhaps after a label's colon: the stenographer's note of an event
# ("(APPLAUSE)", "(ЗАСІДАННЯ СОРОК ВОСЬМЕ)", "UNIDENTIFIED MALE: (OFF-MIKE)"), never a heading
_NOTE_LINE = re.compile(r"(?:[^()\n]*[:：][ \t]*)?\([^()\n]*\)\.?")


def _with_clock_after(found: Candidate, text: str) -> Candidate:
    """*found* with the recording's clock printed in brackets right after its name (``Chairman
    Durbin (00:00):``, read as a role until here) or after it (``Mayor Garcia: (00:04)``) as its
    time, and the speech starting after that."""
    if found.role and re.fullmatch(_CLOCK, found.role):
        inside = re.search(rf"[(\[]{re.escape(found.role)}[)\]]", found.printed)
        return replace(found, role=None, time=inside.group()) if inside else found
    clock = _BRACKETED_CLOCK.match(text, len(found.printed))
    if clock is None:
        return found
    return replace(
        found, end=_speech_start(text, clock.end()), printed=text[: clock.end()], time=clock.group("time")
    )


def _speech_start(text: str, end: int) -> int:
    """Where the speech begins after a label ending at *end*: past the white space."""
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def _closes_unspaced(punct: str, following: str) -> bool:
    """Whether a label ending in *punct* may have its speech start right after it, unspaced: a
    full-width colon always, an ASCII one before a letter of a script without case, as Chinese
    and Japanese records print it (``主席:現在開會。``), an em dash before a capital, as the
    Australian Hansard did until 2011 (``The SPEAKER—Order!``), or after the label's stop
    (``El señor PÉREZ.—Gracias.``); an en dash or two hyphens so glued, as older printed trials
    and their web copies give them (``The Court–If …``, ``Mr. Hays--Is …``)."""
    caseless = following.isalpha() and not following.isupper() and not following.islower()
    dashed = punct in ("—", "–", "--") or (punct[:2] == ". " and punct[-1:] in "-–—")
    return punct == "：" or (punct == ":" and caseless) or (dashed and not following.islower())


def _read_past(inner: Candidate, text: str, lead: int, prefix: str = "", page: str = "") -> Candidate:
    """*inner*, the label read after the first *lead* characters of *text* (a marker, a page
    of the printed edition), as the label of *text*: printed with them, ending after them."""
    printed = text[:lead] + inner.printed
    return replace(
        inner, end=inner.end + lead, printed=printed, prefix=prefix or inner.prefix, page=page or inner.page
    )


def runs_on(generic: Candidate | None, config: Config) -> bool:
    """Whether *generic*, a label read on to its stop, is none or runs into a sentence: a comma,
    a word of four letters or more in lower case, or two words in lower case that are no
    particles before its stop ("Präs. Diejenigen Herren, welche …", "Präs. Nach der Ansicht des
    Bureau ist die Minderheit …"), where a name has at most its particles ("v. Gagern")."""
    if generic is None:
        return True
    if generic.punct != "." or _SENTENCE_WORD.search(generic.name):
        return generic.punct == "."
    small = [word for word in _SMALL_WORD.findall(generic.name) if word not in config.particles]
    return len(small) >= 2


def _spaced_off(text: str, marked: bool = True) -> Candidate | None:
    """A label of a few words (a role in parentheses after it) that ends at an ideographic
    space or at two spaces, with no punctuation of its own; after a marker (*marked*) also a
    one-word label ending at one space (``○議長(櫻内義雄君) これより…``, ``○書記 三十八次…``) or at
    its full-width parenthesis (``○議長（山田一郎君）これより…``)."""
    found = _SPACED_OFF.match(text) or (_ONE_WORD_OFF.match(text) if marked else None)
    if found is None and marked:
        found = _BRACKET_OFF.match(text)
        if found is not None and cased(found.group("name")):
            return None  # a cased script sets a label off by its punctuation, not its bracket
    if found is None:
        return None
    if found.re is _ONE_WORD_OFF and not found.group("role") and cased(found.group("name")):
        return None  # one space ends a word of a cased script: "Anf. 1 Ålderspresident INGVAR …" goes on
    name, role = found.group("name"), found.group("role")
    if name[:1].isdigit() and not role:
        return None  # "12 番地 …": a number opens a label only with the name in parentheses after it
    return Candidate(name, role, "\u3000", found.end(), text[: found.start("gap")])


def _with_description(found: Candidate, text: str) -> Candidate:
    """*found* with the description that follows it in *text* (see :data:`_DESCRIPTION`) as its
    role, and the speech starting after it; *found* itself where none follows."""
    more = _DESCRIPTION.match(text, len(found.printed))
    if more is None or not more.group("role")[0].islower():
        return found
    return replace(
        found,
        role=more.group("role").strip(),
        punct=".",
        end=_speech_start(text, more.end()),
        printed=text[: more.end()],
    )


def _initial(word: str) -> bool:
    """Whether *word* is one initial: one letter, with its vowel signs in a script that writes
    them as marks (the Tamil record's "திரு. கே. ஏ. செங்கோட்டையன்:", கே is க with its vowel),
    or a Latin letter's name spelt in an Indian script, a vowel and a consonant without one of
    its own ("ಶ್ರೀಮತಿ ಎಸ್. ಲಕ್ಷ್ಮಿ:", "एम. आर. शर्मा": es, em, ar), or a Tamil one with the vowel
    that stands before ர and ல ("திரு. இரா. செல்வம்:")."""
    letters = _MARK.sub("", word)
    if len(letters) == 1 or _TAMIL_PROTHETIC.fullmatch(letters):
        return True
    bare = word[-1] in _BARE_ENDS or not _MARK.match(word[-1])
    return len(letters) == 2 and bare and _INDIC_VOWEL.fullmatch(letters[0]) is not None


def _printed_pairs(pairs: tuple[tuple[str, ...], ...]) -> set[str]:
    """The question and answer labels of *pairs* as a record prints them, escaped: a letter as
    it is ("Q", "A"), a word also in CAPITALS ("Frage", "FRAGE")."""
    printed = {form for pair in pairs for word in pair for form in (word, word.upper())}
    return {re.escape(form) for form in printed}


class LabelMatcher:
    """Finds label candidates with the configured forms of address."""

    def __init__(self, config: Config, cache_chars: int = 1_000_000) -> None:
        """*cache_chars* bounds the memory of the cache of candidates (about the input's size)."""
        self.config = config
        self._budget = cache_chars
        titles = config.titles.pattern
        # Forms of address in a row ("The Hon.", "Mme Mme …"): atomic and possessive, so that
        # overlapping titles ("the" and "the hon.") never backtrack exponentially; each a whole
        # word ("Mrs" is no "Mr", "Members" no "Me").
        # OCR sets a space before a title's stop: "MR . LOGAN :"
        title_run = rf"(?:(?>(?i:{titles})(?![^\W\d_]))(?:[ ]\.)?\s*)++"
        short = "|".join(sorted(sorted(_printed_pairs(config.short_labels)), key=len, reverse=True)) or "(?!)"
        # "Q What is …" / "A Yes.": one space after a letter of config.spaced (one letter each),
        # before a capital; a letter of a script without case before any letter ("문 증인은 …")
        cased = "".join(re.escape(ch) for ch in sorted(config.spaced) if len(ch) == 1 and ch != ch.lower())
        caseless = "".join(re.escape(ch) for ch in sorted(config.spaced) if len(ch) == 1 and ch == ch.lower())
        spaced = (
            "|".join(
                rf"(?<=(?<![^\W\d_])[{letters}])[ ](?={after})"
                for letters, after in ((cased, rf"[{UPPER}\d\"“(]"), (caseless, r"[^\W_]"))
                if letters
            )
            or "(?!)"
        )
        # "Q. …", "A: …", the Spanish "P.- …" (a stop and a dash, as the record's labels end);
        # a deposition sets the letter off by a tab or a run of spaces: "Q   …"
        # (OCR's "Q . …" a space before the stop); the question's number may come first, as the
        # Irish tribunals number each question ("283 Q. …")
        # A word of a pair may name who asks or answers before its colon, in the genitive of a
        # court's record ("Вопрос защитника:", "Ответ подсудимого:", "Pytanie obrońcy:"); the
        # pair's word stays the label's key, so the pair is still believed as a pair.
        # The name may open with a title's stop ("Frage Dr. Klein:").
        whose = r"(?:(?<=[^\W\d_]{2})[ ][^\W\d_]+\.?(?:[ ][^\s:]+){0,3}(?=:))?"
        self._short = regex(
            rf"(?:(?P<number>\d{{1,5}})[ \t]+)?(?P<name>{short}){whose}"
            rf"(?:[ ]?(?P<punct>[.:](?=\s)|\.[-–—](?=[ \t])|：|။[ \t]*။|{_GLUED_PAIR_DASH})\s*"
            r"|(?:\t|[ ]{2,}|\u3000)[ \t\u3000]*"
            rf"|{spaced})(?=\S)"
        )
        asked = "|".join(re.escape(letter) for letter in sorted(config.asked)) or "(?!)"
        # "Q Thanks, Jen.": a briefing's question, one space before a capital or a dash
        self._asked = regex(rf"(?P<name>{asked})(?P<punct>)[ ](?=[{UPPER}—–«“\"])")
        self._start = regex(
            rf"(?P<name>{_OFFICE}|(?P<title>{title_run})?{_NAME})"
            rf"(?:\s*\((?P<role>{_IN_PARENS})\))?"
            r"(?:,\s*(?P<office>[^,:.()\n]{1,50})(?=:))?"
            r"(?P<punct>\s?[.:]|(?<=\.)(?=\s|,\s)|(?<=\.\))(?=\s))"
            rf"(?P<after>\s+|$|(?=\.\.|…)|(?=[{UPPER}«“\"])|(?<=[{UPPER}]\.)(?=,\s)|(?<=:)[–—](?=[{UPPER}«“\"]))",
        )
        self._heading = config.headings
        self._seen: dict[str, Candidate | None] = {}
        self._bares: dict[str, Candidate | None] = {}
        self._bare = regex(
            rf"(?P<name>{_OFFICE}|(?P<title>{title_run})?{_NAME})"
            r"(?:\s*\((?P<role>[^()\n]{1,60})\))?(?:\s*\([^()\n]{1,60}\))*"
        )
        self._title_only = regex(rf"(?i:{titles})\.?")
        self._rendered_title = regex(rf"(?i:{titles})\.?[ \t]+[^\W\d_]")  # "The Hon. Speaker"
        self._addressee = _addressee(config.question_put)
        literal = sorted({*config.always, *(label for p in config.persons for label in p.labels)}, key=len)
        self._configured = (
            re.compile(
                "(?P<name>"
                + "|".join(r"\s+".join(map(re.escape, label.split())) for label in reversed(literal))
                + r")(?:(?P<punct>\s?[.:：])(?:\s+|$)|\s*$)",
                re.IGNORECASE,
            )
            if literal
            else None
        )

    def candidate(self, text: str) -> Candidate | None:
        """The label candidate at the start of *text*, if its shape is that of a label.

        Only the first :data:`_LABEL_SPAN` characters are read (no label is longer), so the
        cost and the cache are bounded whatever the length of the text."""
        text = text[:_LABEL_SPAN]
        if text in self._seen:
            return self._seen[text]
        page = self.config.page.match(text)
        if page:  # the printed edition's page before the label: printed with it, no part of it
            inner = self.candidate(text[page.end() :])
            return None if inner is None else _read_past(inner, text, page.end(), page=page.group())
        if text[:1] in "()" and (hollow := self._hollow_rendering(text)):
            return self._remember(text, hollow)
        if text[:1] in _OPENING:
            return self._remember(text, self._enclosed(text))
        if text[:1] == "[" and (squared := self._squared(text)):
            return self._remember(text, squared)
        if text[:1] == "(" and (answered := self._answered(text)):
            return self._remember(text, answered)
        if self.config.speech_heads.match(text):  # "Intervención del … Senador X:" heads a speech
            return self._remember(text, None)
        heading = HEADING_BEFORE_LABEL.match(text)
        if heading and self._labelled_after(text[heading.end() :]):
            return self._remember(text, None)  # "ELECTION OF SPEAKER Clerk of the House: …": a heading
        stamp = self.config.timestamp.match(text)
        found = self._prefixed(text) or self._candidate(text[stamp.end() :] if stamp else text)
        if found is None or (found.punct == "." and not found.role):
            # no marker: set off by space only where an office names it ("소위원장 박광온  …")
            spaced = _spaced_off(text, marked=False)
            if spaced and self.config.offices.search(spaced.name.casefold()):
                found = spaced
        if found is None:
            found = self._opener_lost(text, marked=False) or self._surname_office(text)
        if found is None or (found.punct == "." and not (found.role or found.upper)):
            unmarked = self._unmarked(text)  # the weak "label" a whole sentence up to its stop
            found = unmarked if unmarked and (found is None or found.end > unmarked.end) else found
        if found is None or not found.upper:
            capitals = _capitals_unmarked(text)  # "VOUTTA Am 8.11.2011 wurde …"
            found = capitals if capitals and (found is None or _runs_on(found, capitals)) else found
        reported = self._reported(text) if found is None or found.punct in ("", ".", " ") else None
        if reported and (found is None or found.end > reported.end):
            found = reported
        if found and stamp:
            found = replace(
                found,
                end=found.end + stamp.end(),
                printed=text[: stamp.end()] + found.printed,
                time=stamp.group().strip(),
            )
        if found and found.role is None and found.punct in ("", "."):
            found = _with_description(found, text)
        if found and found.role is None and found.punct in ("-", "–", "—"):
            found = self._with_apposition(found, text)
        if found and found.punct and not found.time:
            found = _with_clock_after(found, text)
        tabbed = self._tabbed(text) if "\t" in text[:_GENERIC_SPAN] else None
        if tabbed and (found is None or found.end > tabbed.end):  # no label runs across a cell
            found = tabbed
        if found is None and text[:2] in ("**", "__"):
            found = self._emphasised(text)
        if found is None and text[:1] in _OPENING_QUOTES and text[1:2].isalpha():
            quoted = self._candidate(text[1:])  # «ИВАНОВ. …, "MR. SMITH: … in a web copy
            if quoted and (quoted.upper or quoted.punct in (":", "：")):
                found = replace(quoted, end=quoted.end + 1, printed=text[0] + quoted.printed)
        if found and found.punct in (":", "："):
            found = self._holder_after_colon(self._without_verb(found), text)
        if found and found.punct in ("", ".") and self._initials_before_surname(found, text):
            found = None
        if (
            found
            and found.punct == "."
            and not found.title
            and _ORDINAL_STOP.search(found.name)
            and _WORD_AFTER.match(text, found.end)
        ):
            found = None  # "Gemeinderat 21. Wahlperiode …": an ordinal's stop ("M. Orateur 1." is a label)
        return self._remember(text, self._described(found) if found else None)

    def _labelled_after(self, text: str) -> bool:
        """Whether *text*, after words in CAPITALS, opens with a label in Mixed case that an office
        or a form of address opens and a colon ends: the words before it a heading flattened
        onto its line, no name ("LEAVE OF ABSENCE Mr. Speaker: …")."""
        after = self._candidate(text)
        return bool(
            after
            and after.punct in (":", "：")
            and not after.upper
            and (after.title or self.config.offices.match(after.name.casefold()))
        )

    def _initials_before_surname(self, found: Candidate, text: str) -> bool:
        """Whether *found* is a form of address and initials, the surname after them: a
        sentence's subject ("Mr B. M. Mundubile was escorted to the Bar …"), not a surname with
        its initials after it as Russian records print a label ("Нилов Я. Е. Спасибо …")."""
        words = found.name.split()
        titled = list(itertools.takewhile(lambda word: self.config.titles.fullmatch(word.casefold()), words))
        initials = words[len(titled) :]
        if not titled or not initials or not all(re.fullmatch(r"[^\W\d_]\.", word) for word in initials):
            return False
        return text[found.end :].lstrip()[:1].isupper()

    def _holder_after_colon(self, found: Candidate, text: str) -> Candidate:
        """*found* ("KETUA:") with the holder's name after its colon where that name, in
        CAPITALS as the office is, ends its line: Indonesia's Constitutional Court numbers each
        turn and prints the role, a colon and the name over the speech ("1. KETUA: BAMBANG
        SETIADI", "2. KUASA HUKUM PEMOHON: RUDI HARTANTO"); the name is the person's, the office
        the role. A field of a head ("NAME: SIPHO TEMBANI") has no office before its colon."""
        if found.role or not found.name.isupper():
            return found
        line = text[found.end :].split("\n", 1)[0].rstrip()
        if not line.isupper() or not self._holder_after_comma(found.name, _INITIAL_STOP.sub("", line)):
            return found
        end = found.end + len(line)
        return replace(found, name=line, role=found.name, end=_speech_start(text, end), printed=text[:end])

    def _hollow_rendering(self, text: str) -> Candidate | None:
        """The label of a trilingual record whose PDF's text lost the letters of its other
        scripts, their parentheses left empty before the English rendering, its form of address
        first, and the speech after it ("( ) (The Hon. X) Sir, …", ") ( - ) (The Hon. X - State
        Minister of Finance) …", Sri Lanka's Hansard): the rendering names the speaker, the
        office after its dash the role."""
        hollow = _HOLLOW_SCRIPTS.match(text)
        rendering = _RENDERING.match(text, hollow.end()) if hollow else None
        if rendering is None or not self._rendered_title.match(rendering.group("inner")):
            return None
        if not _RENDERED_SPEECH.match(text, rendering.end()) and text[rendering.end() :].strip():
            return None
        name, _, role = rendering.group("inner").partition(" - ")
        named = self._candidate(f"{name.strip()}: ")
        if named is None or named.punct != ":":
            return None
        end = rendering.end()
        return replace(named, role=role.strip() or None, end=_speech_start(text, end), printed=text[:end])

    def _without_verb(self, found: Candidate) -> Candidate:
        """*found* named by its role alone where a court's record glues the verb of asking or
        answering to it ("审判长问：", "被告人李某答："), or a council's minutes the verb of
        addressing or reporting ("主席致詞:", "觀傳局劉局長口頭報告:", the office closing the
        bureau's and the surname's ideographs): the role speaks, the verb stays printed."""
        offices = self.config.offices
        for verb in self.config.asks_answers:
            role = found.name[: -len(verb)]
            if not (role and found.name.endswith(verb)):
                continue
            if offices.match(role.casefold()) or (not cased(role) and offices.search(role)):
                return replace(found, name=role)
        return self._without_floor_verb(found)

    def _without_floor_verb(self, found: Candidate) -> Candidate:
        """*found* named by the form of address or office and the name before the verb with
        which old minutes give the floor ("Herr X sade:", "Statsminister X tok ordet og
        uttalte:", "Sihteeri luki:", "Herr X, som yttrade:"): the verb is no word of the person,
        it stays printed; so after the narration before it ("Sammanträdet öppnades av herr X,
        som yttrade:"). Only where a form of address or an office opens a name with no word in
        lower case, so that a sentence's subject and verb ("Regjeringen sa:") stay a sentence."""
        if found.role and found.role.casefold() in self.config.floor_verbs:
            return replace(found, role=None)  # "Herr X, som yttrade:": the clause is no office
        folded = found.name.casefold()
        for verb in self.config.floor_verbs:
            if not folded.endswith(f" {verb}"):
                continue
            words = found.name[: -len(verb)].rstrip(" ,").split()
            for start, word in enumerate(words):
                speaker = " ".join(words[start:])
                if not (
                    self.config.titles.fullmatch(word.casefold())
                    or self.config.offices.match(speaker.casefold())
                ):
                    continue
                # narration before it ("Sammanträdet öppnades av herr X, som yttrade:"): the
                # words from the form of address or office on, a name after it, no sentence
                if all(
                    rest[:1].isupper() or rest.casefold() in self.config.particles
                    for rest in words[start + 1 :]
                ):
                    return replace(found, name=speaker)
            return found
        return found

    def _with_apposition(self, found: Candidate, text: str) -> Candidate:
        """*found*, an office before a spaced dash, with the profession and the name after the
        dash up to the colon (see :data:`_APPOSITION`): one label; *found* itself otherwise."""
        more = _APPOSITION.match(text, len(found.printed))
        offices = self.config.offices
        if more is None or not offices.match(found.name.casefold()):
            return found
        if not offices.match(more.group("office").casefold()):
            return found
        return replace(
            found,
            name=f"{found.name} {more.group('office')} {more.group('name').strip()}",
            punct=":",
            end=_speech_start(text, more.end()),
            printed=text[: more.end()],
        )

    def _described(self, found: Candidate) -> Candidate:
        """*found* with what its brackets say of the person: no language spoken as its role,
        and its party where only the vocabulary knows it."""
        if found.role and self.config.language_notes.match(found.role.strip()):
            found = self._without_language(found)
        elif found.role and "," in found.role:  # "X (КБ, от място):" — the party, then the seat
            head, _, note = found.role.rpartition(",")
            if self.config.language_notes.match(note.strip()):
                found = replace(found, role=head.strip())
        found = self._holder_after_portfolio(found)
        return found if found.party else self._with_party(found)

    def _holder_after_portfolio(self, found: Candidate) -> Candidate:
        """*found*, an office whose first brackets print its portfolio and whose last its holder
        with a form of address ("THE MINISTER OF STATE FOR HEALTH (PRIMARY HEALTH CARE) (Dr Jane
        Akello):", Uganda's Hansard): the portfolio is the office's, the holder the role."""
        texts = bracketed(found.printed)
        if len(texts) != 2 or found.role != texts[0] or not self.config.offices.search(found.name.casefold()):
            return found
        words = [text.split(maxsplit=1)[0] for text in texts]
        if self.config.titles.fullmatch(words[0]) or not self.config.titles.fullmatch(words[1]):
            return found
        return replace(found, name=f"{found.name} ({texts[0]})", role=texts[1])

    def _without_language(self, found: Candidate) -> Candidate:
        """*found* whose role is the language its speech was given in ("The President (spoke in
        French):", the United Nations' records): the next text in its brackets is the role
        ("Mr. X (France) (spoke in French):" is of France), or none; the label stays as printed."""
        notes = self.config.language_notes
        others = [text for text in bracketed(found.printed) if not notes.match(text)]
        return replace(found, role=others[0] if others else None)

    def _remember(self, text: str, found: Candidate | None) -> Candidate | None:
        """*found*, the candidate of *text*, kept in the cache while its budget lasts."""
        if self._budget >= len(text):
            self._budget -= len(text)
            self._seen[text] = found
        return found

    def _with_party(self, found: Candidate) -> Candidate:
        """*found* with the party in its brackets that only the vocabulary knows, printed in
        Mixed case ("Councillor Smith (Lib Dem):", "Jane Smith (Anytown) (Lab):"), before the
        canton and a comma ("Imhof Thomas (V, ZG):", the Swiss Federal Assembly), or after the
        seat and a comma ("Hon. Peter Odhiambo (Suba South, ODM):", the Kenyan Hansard), or on
        either side of a dash, the other side the member's role ("(Leader—Labour)", "(Green—
        Auckland Central)", the New Zealand Hansard)."""
        for match in BRACKETED.finditer(found.printed):
            text = match.group(1).strip()
            first, comma, last = (part.strip() for part in text.partition(","))
            last = last.rpartition(",")[2].strip()
            if self._party(text):
                return replace(found, party=text)
            if comma and (self._party(first) or (is_party(first) and not is_party(last))):
                return replace(
                    found, party=first
                )  # "(V, ZG)", "(FDC, Lubaga North, Kampala)": the seat after it
            if comma and (is_party(last) or self._party(last)):
                return replace(found, party=last)
            sides = [side.strip() for side in _PARTY_DASH.split(text)]
            parties = [side for side in sides if self._party(side)]
            if len(sides) == 2 and len(parties) == 1:
                other = sides[1 - sides.index(parties[0])]
                return replace(found, party=parties[0], role=other if found.role == text else found.role)
        return found

    def _party(self, text: str) -> bool:
        """Whether *text* is a party the vocabulary knows in Mixed case ("Lib Dem", "Labour")."""
        return text.casefold() in self.config.bracket_parties

    def _enclosed(self, text: str) -> Candidate | None:
        """A label enclosed in full-width brackets (``【裁判長】``, ``〔検察官〕``), read as it would
        be with a colon: an office or a form of address inside, since such brackets also hold a
        record's events (the Diet's ``〔拍手〕``) and headings (``【質疑応答】``); a name alone
        inside (``【鈴木】``) is read too, believed only beside such labels (``enclosed``), never an
        event the stage words name (``【拍手】``, ``【掌声】``)."""
        found = _ENCLOSED.match(text)
        if found is None or ENCLOSING[found.group("close")] != found.group("open"):
            return None
        inside = found.group("label").strip()
        named = self._whole_name(inside)
        if named is None or any(stage.regex.match(inside) for stage in self.config.stages):
            return None
        end = found.end()
        return replace(named, punct=found.group("close"), end=_speech_start(text, end), printed=text[:end])

    def _squared(self, text: str) -> Candidate | None:
        """A label in a script without case enclosed in square brackets, as a Chinese live text
        prints each speaker before the speech ("[新闻发布会主持人 陈立新]各位记者…", "[王晓梅]下面…"):
        read as :meth:`_enclosed` reads full-width ones; a cased script's square brackets hold the
        hall's noise ("[Laughter]") or the editor's words, no label, but for a person's name or
        office before the speech, a colon after the bracket or none ("[Jane Citizen]: Yes.")."""
        found = _SQUARED.match(text)
        if found is None:
            return None
        inside = found.group("label").strip()
        named = self._whole_name(inside) or self._offices_listed(inside)
        if named is None or any(stage.regex.match(inside) for stage in self.config.stages):
            return None
        end = found.end()
        if cased(inside) and text[end : end + 2] == ": ":
            end += 1  # "[Jane Citizen]: Thank you.": an automatic transcript's colon after it
        after = text[end:]
        if not self._bracketed_person(named, after) if cased(inside) else after[:1] == " ":
            return None
        return replace(named, punct=SQUARED, end=_speech_start(text, end), printed=text[:end])

    def _bracketed_person(self, named: Candidate, after: str) -> bool:
        """Whether *named*, in a cased script's square brackets, is a person's label with the
        speech after it on its line, as a member's web transcript of a hearing prints each
        speaker ("[Jane Citizen] Thank you, Chair.", "[Chair] All right."): a forename and a
        surname or an office, never one word alone ("[Translation]Thank you", "[Inaudible]")."""
        words = named.name.split()
        person = (len(words) >= 2 and all(word[:1].isupper() for word in words)) or bool(
            self.config.offices.fullmatch(named.name.casefold().removeprefix("the "))
        )
        return person and after[:1] == " " and after.strip()[:1].isupper()

    def _offices_listed(self, inside: str) -> Candidate | None:
        """*inside*, offices parted by the ideographic comma before the holder's name, read as
        its last office and the name ("新闻局局长、新闻发言人 张红" names "新闻发言人 张红"),
        printed whole; None where an office ends no part before it (a news agency's note
        "新华网、央视网现场报道" names no person)."""
        *offices, last = inside.split("、")
        named = self._whole_name(last) if offices else None
        if named is None or not self.config.offices.search(last):
            return None
        if not all(office_ends(office, self.config) for office in offices):
            return None
        return replace(named, end=len(inside), printed=inside)

    def _answered(self, text: str) -> Candidate | None:
        """A witness's name in round brackets with the answer after it on its line, as the
        Commons' minutes of evidence printed each answer under its numbered question ("(Sir John
        Smith) Yes."): a form of address opens the name, which is all of the bracket, so an
        event of the hall ("(Laughter) Yes.") or a member's aside is none."""
        found = _ANSWERED.match(text)
        if found is None:
            return None
        inside = found.group("label").strip()
        first = inside.split(" ", 1)[0]
        if not self.config.titles.fullmatch(first) or first.casefold() in ("the", "an"):
            return None
        named = self._whole_name(inside)
        if named is None or any(stage.regex.match(inside) for stage in self.config.stages):
            return None
        end = found.start() + len(found.group().rstrip())
        if not text[_speech_start(text, end) :][:1].isupper():
            return None  # "(Mr. Roe) each will control …": a sentence the wrap cut, no answer
        return replace(named, punct=ANSWERED, end=_speech_start(text, end), printed=text[:end])

    def _unmarked(self, text: str) -> Candidate | None:
        """A label printed with no punctuation, the speech after it on its line, as the Czech
        Chamber's web pages have printed them since 2017 ("Ministr kultury ČR Antonín Staněk
        Děkuji, pane předsedající."): an office opens it, its portfolio in lower case or
        abbreviations may follow, then a name of two words in Mixed case or more; the speech's
        first word is capitalised and a stop, a comma or a word in lower case follows it. Read at
        the first place these hold, so a sentence that goes on in lower case after an office and a
        name ("Předseda vlády Petr Fiala dnes řekl …") gives none; the scored model weighs the
        rest (punctuation ``" "``)."""
        words = text[:_GENERIC_SPAN].split(" ", _UNMARKED_WORDS + 1)
        if len(words) < 4 or not self.config.offices.match(words[0].casefold()):
            return None
        if not _PLAIN.fullmatch(words[0]) or not words[0][:1].isupper():
            return None
        for at in range(3, min(len(words) - 1, _UNMARKED_WORDS) + 1):
            head, opening = words[:at], words[at]
            if not all(_PLAIN.fullmatch(word) for word in head):
                return None  # punctuation inside: a sentence, no label
            if not all(_mixed(word) for word in head[-2:]) or not opening[:1].isupper():
                continue
            after = words[at + 1] if at + 1 < len(words) else ""
            ends = not _PLAIN.fullmatch(opening) or lower_case(after[:1])
            if ends and (opening[1:2].islower() or len(opening) == 1 or not opening[1:2].isalpha()):
                if self._two_named(head):
                    return None
                name = " ".join(head)
                return Candidate(name, None, " ", len(name) + 1, name, self._title_of(name))
        return None

    def _two_named(self, head: list[str]) -> bool:
        """Whether *head* names a person and then another's office, as the narration of minutes
        does ("Przewodniczący Rady Pan Bogdan Ferenc Powitał Burmistrza Pana …"): two words of a
        name in Mixed case, neither an office nor a form of address, and an office after them."""
        run = 0
        for word in head[1:]:
            folded = word.casefold()
            if run >= 2 and self.config.offices.match(folded):
                return True
            named = (
                _mixed(word)
                and not self.config.offices.match(folded)
                and not self.config.titles.fullmatch(folded)
            )
            run = run + 1 if named else 0
        return False

    def _in_department(self, text: str, comma: int) -> bool:
        """Whether the description after the label's first comma, at *comma*, opens a department's
        name, whose own commas part its portfolios ("Department for Environment, Food and Rural
        Affairs")."""
        return text[comma + 1 :].lstrip().casefold().startswith(self.config.departments)

    def _offices_around(self, text: str, start: int, at: int) -> bool:
        """Whether a label read from *start* opens with an office and goes on after the comma
        before *at* with another: the holder of several offices between them, as the Reichstag
        printed a minister ("Staatssekretär des Innern, Staatsminister Dr. X, Bevollmächtigter
        zum Bundesrath:")."""
        offices = self.config.offices
        return bool(offices.match(text[start:at].casefold()) and offices.match(text[at:].lstrip().casefold()))

    def _office_then_party(self, text: str, comma: int, at: int) -> bool:
        """Whether the description after a name's *comma*, up to the comma before *at*, is an
        office, and a short group of words closes the label after it: the party or the seat, as
        Nordic records print a member of the government ("Emil Abelsen, Landsstyremedlem for
        Sundhed, Siumut:", "Ruth Heilmann, Landstingsformand, Siumut:")."""
        office = text[comma + 1 : at - 1].strip().casefold()
        after = _PARTY_AFTER_OFFICE.match(text, at)
        offices = self.config.offices
        return bool(
            after
            and text[comma + 1 : at].strip()[:1].isupper()
            and (offices.match(office) or self.config.chairs.match(office))
            and not offices.match(text[:comma].strip().casefold())  # the holder of offices: "X, Y, Z:"
            and not offices.match(after.group().strip(" \t:").casefold())
        )

    def _reported(self, text: str) -> Candidate | None:
        """A label in the reporter's third person, no punctuation after it, as the historic
        Hansard prints every turn ("MR. SMITH said, he wished …", "THE SECRETARY OF STATE FOR WAR
        (Mr. JONES), in reply, said, …", "THE EARL OF X rose to call attention …"): a name in
        CAPITALS with a form of address or an office, then a verb of :attr:`Config.reported` in
        lower case; the verb opens the speech, so nothing printed is lost."""
        bare = self._bare.match(text)
        if bare is None:
            return None
        verb = _REPORTED_VERB.match(text, bare.end())
        if verb is None or verb.group("verb") not in self.config.reported:
            return None
        name, title = bare.group("name").strip(), (bare.group("title") or "").strip()
        named = name[len(title) :] if title else name
        if not _CAPITALS.search(named) or not (title or self.config.offices.search(name.casefold())):
            return None
        printed = text[: verb.start("speech")].rstrip()  # with the comma before "in reply"
        return Candidate(name, bare.group("role"), " ", verb.start("speech"), printed, title, reported=True)

    def _tabbed(self, text: str) -> Candidate | None:
        """A label in a table's first cell, a tab before the speech (a table copied from a web
        page): the cell read as a label would be read with a colon after it."""
        cell = _TAB_CELL.match(text)
        if cell is None:
            return None
        name = cell.group("name")
        named = self._whole_name(name)
        return replace(named, punct="\t", end=cell.end(), printed=name) if named else None

    def _whole_name(self, head: str) -> Candidate | None:
        """*head* read as a label would be read with a colon after it, where all of it is the
        name: a table's first cell, a name before its clock, a name alone in a script without case."""
        named = self._candidate(head + ":")
        return named if named is not None and named.end >= len(head) else None

    def _emphasised(self, text: str) -> Candidate | None:
        """A label set in bold as Markdown writes it (``**Mr. Smith:** …``, ``**Mr. Smith**: …``),
        the marks printed with it: a web copy saved as Markdown."""
        found = _EMPHASIS.match(text)
        if found is None:
            return None
        label, close = found.group("label"), found.end()
        after = text[close : close + 1] if label.rstrip()[-1:] not in ".:：–—-" else ""
        if after and after not in ".:：":
            return None
        inner = self._candidate(label + after + " " + text[close + len(after) :])
        if inner is None or inner.printed.strip() != (label + after).strip():
            return None
        end = close + len(after)
        return replace(inner, end=_speech_start(text, end), printed=text[:end])

    def _prefixed(self, text: str) -> Candidate | None:
        """A label after a marker or number (:attr:`Config.prefix`) printed with it but no part
        of its name; after one, a label may also end at an ideographic space or a run of spaces,
        as the Japanese and Korean records print it (``○議長（尾辻秀久君）　これより…``)."""
        prefix = self.config.prefix.match(text)
        if prefix is None or not prefix.group().strip():
            return self._dash_led(text) or self._bullet_led(text)
        rest = text[prefix.end() :]
        inner = self._candidate(rest)
        if inner is None or not (inner.role or inner.punct in (":", "：")):
            # after a marker the label is set off by space (a "label" up to a stop is a sentence)
            inner = self._office_beside_name(rest) or _spaced_off(rest) or self._opener_lost(rest) or inner
        if inner is None or (inner.punct == "." and not (inner.role or inner.upper)):
            inner = self._reported(rest) or inner  # "§ MR. SMITH said, …"
        if inner is None:
            return None
        return _read_past(inner, text, prefix.end(), prefix=prefix.group().strip())

    def _office_beside_name(self, text: str) -> Candidate | None:
        """A label after a marker of two words in a script without case, an office and a name on
        either side of it, set off by one space as a web copy of the Korean minutes prints it
        ("◯소위원장 이상민 감사합니다.", "◯박광온 위원 예."), or of three, the unit before the name
        and its office ("○의사팀 이은정 주무관 안녕하십니까?"): one word alone would end at the
        first space and leave the others in the speech."""
        found = _WORDS_OFF.match(text)
        if found is None or cased(found.group("first")):
            return None
        first, second, third = found.group("first", "second", "third")
        named = partial(uncased_name, config=self.config)
        office_first = self._office_word(first) and named(second)
        if third and named(second) and self._office_word(third) and not office_first:
            end = found.end("third")  # not "○議事擔當官 鄭在民 議事擔當官 鄭在民입니다": he names himself
        elif office_first or (named(first) and self._office_word(second)):
            end = found.end("second")
        else:
            return None
        gap = _speech_start(text, end)
        alone = not text[end:].strip()  # "○의사계장 박원근" over its speech, as a copy breaks the line
        return Candidate(text[:end], None, "\u3000", gap, text[:end]) if gap > end or alone else None

    def _office_word(self, word: str) -> bool:
        """Whether *word* is an office or the chair's office, or ends in one ("위원", "소위원장",
        "행정복지국장")."""
        return bool(self.config.chairs.fullmatch(word)) or office_ends(word, self.config)

    def _opener_lost(self, text: str, marked: bool = True) -> Candidate | None:
        """A label after a marker, an office and its holder in a script without case, whose
        opening bracket is lost ("議長伏屋嘉弘君)"): the office that opens it, the holder its role
        as "議長（伏屋嘉弘君）" prints them; None where no office opens it or nothing follows.
        Not *marked*, the label opens its line with no marker, as a city's web minutes print it
        ("議長山田一郎)", "浜中委員長)ただ今から…", "市長) それでは…"): an office alone or
        after the surname is read too, since a closing bracket with an office before it and no
        opening one ends no sentence."""
        found = (_OPENER_LOST if marked else _UNOPENED).match(text)
        if found is None or cased(found.group("name")):
            return None
        head = found.group("name")
        printed = text[: found.start("gap")]
        office = self.config.offices.match(head)
        if office is not None and office.end() < len(head):
            return Candidate(head[: office.end()], head[office.end() :], "\u3000", found.end(), printed)
        if marked or not (self.config.chairs.fullmatch(head) or office_ends(head, self.config)):
            return None
        return Candidate(head, None, "\u3000", found.end(), printed)

    def _surname_office(self, text: str) -> Candidate | None:
        """A label of a surname and its office joined, set off by one space from a speech in
        kana, no marker before it ("石田委員長 それでは…", see :data:`_SURNAME_OFFICE_SPACED`);
        an office alone is none ("委員長 石田 博英君" lists who attends)."""
        found = _SURNAME_OFFICE_SPACED.match(text)
        if found is None:
            return None
        name = found.group("name")
        office = self.config.offices.search(name) or self.config.chairs.search(name)
        if office is None or office.start() == 0 or not office_ends(name, self.config):
            return None
        return Candidate(name, None, "\u3000", found.end(), name)

    def _dash_led(self, text: str) -> Candidate | None:
        """A label with its colon after a dash that opens its paragraph, printed with it but no
        part of its name, as the Iraqi record sets one before each speaker ("– د. سالم:- …");
        without a colon the dash opens a line of dialogue ("— Да, — сказал он.")."""
        lead = _DASH_LEAD.match(text)
        inner = self._candidate(text[lead.end() :]) if lead else None
        if lead is None or inner is None or inner.punct not in (":", "："):
            return None
        return _read_past(inner, text, lead.end(), prefix=lead.group().strip())

    def _bullet_led(self, text: str) -> Candidate | None:
        """A label after the letter a symbol font's bullet became in a PDF copy ("w M. le
        Président.- …"), printed with it but no part of it: the letter alone, then a label with
        a form of address or an office and a colon or dash, as no sentence opens."""
        if text[:1] not in self.config.bullet_letters or text[1:2] not in (" ", "\t"):
            return None
        rest = text[2:].lstrip(" \t")
        inner = self._candidate(rest)
        if inner is None or not any(mark in inner.punct for mark in ":：-–—"):
            return None
        if not (inner.title or self.config.offices.search(inner.name.casefold())):
            return None
        return _read_past(inner, text, len(text) - len(rest), prefix=text[:1])

    def _candidate(self, text: str) -> Candidate | None:
        configured = self._configured.match(text) if self._configured else None
        if configured:
            punct = (configured.group("punct") or "").strip()
            end = configured.end("punct") if punct else configured.end("name")
            return Candidate(configured.group("name"), None, punct, configured.end(), text[:end])
        group = _GROUP_START.match(text)
        if group and self.config.groups.match(group.group("name")):
            punct, end, printed = group.group("punct"), group.end(), text[: group.end("punct")]
            dash = _DASH_AFTER.match(text, group.end("punct")) if punct == "." else None
            if dash:  # "A gauche. — Très bien !": the Chambre's stop and dash after a group too
                punct, printed = ". " + dash.group().strip(), text[: dash.end()]
                end = _speech_start(text, dash.end())
            return Candidate(group.group("name"), None, punct, end, printed)
        found = self._start.match(text)
        generic = self._generic(text)
        # the dash glued to a colon is the label's: "M. X, au milieu du bruit:—Je prie …"
        dashed = found and found.group("punct").strip() == ":" and _COLON_DASH.match(text, found.end("punct"))
        printed_end = dashed.end() if dashed else found.end("punct") if found else 0
        if generic and (found is None or (generic.punct != "." and len(generic.printed) > printed_end)):
            return generic
        if not found:
            return None
        name = found.group("name").strip()
        # an abbreviated office alone ("Präs.", "Secr.", the Austrian Reichstag of 1848) is the
        # label where reading on runs into a sentence ("Präs. Nach der Ansicht des Bureau ist …"),
        # read on where a name follows it ("Secr. Jucho.", "Vicepräs. Soiron.")
        abbreviated = f"{name.casefold()}."
        office_alone = " " not in name and (
            self.config.chairs.match(abbreviated) or self.config.offices.match(abbreviated)
        )
        if (
            found.group("punct").strip() == "."
            and name.split()[-1].casefold() in self.config.abbreviations
            and not (office_alone and runs_on(generic, self.config))
        ):
            # "Präsident Mag." stops at an abbreviation, not at the label's end: read on word by
            # word ("Mr. SMITH of Texas.")
            return generic
        if not any(c.isalpha() for c in name):
            return None
        # an office alone is read word by word ("PRÄSIDENT:"), but the chair's office alone with
        # its stop ("Präsident. Darf ich Sie bitten, …", the Bernese Grand Council) is the chair's label
        chair = found.group("punct").strip() == "." and self.config.chairs.match(name.casefold())
        if self._title_only.fullmatch(name) and not chair:
            return generic if generic and generic.punct in (":", "：") else None
        end = max(found.end(), printed_end)
        printed = text[:printed_end]
        title = (found.group("title") or "").strip()
        if found.group("name").startswith(tuple("MmMm")) and re.match(_OFFICE, name):
            title = name.split()[0]
        role = found.group("role") or found.group("office")
        punct = found.group("punct").strip()
        if not punct and role and role.endswith("."):  # "Андреев (председательствующий.)": the
            role, punct = role[:-1].rstrip(), "."  # label's stop printed inside its parenthesis
        dash = _DASH_AFTER.match(text, found.end("punct")) if punct == "." else None
        if dash:  # "M. Jean Dupont .  - …": the French Senate's stop and dash
            punct, printed, end = (
                ". " + dash.group().strip(),
                text[: dash.end()],
                _speech_start(text, dash.end()),
            )
        return Candidate(name, role, punct, end, printed, title)

    def _generic(self, text: str) -> Candidate | None:
        """A label read word by word up to its punctuation, for the shapes the name pattern does
        not know: academic titles (``Präsident Ing. Norbert Hofer:``), offices in lower case
        (``De voorzitter:``), ``Surname, Name:``, a number before it (``01.01 Name (VB):``), a
        dash after it (``BAŞKAN –``), a description in lower case after a comma when a stop and a
        dash end it (``Manfred Weber, on behalf of the PPE Group. –``, the European Parliament's
        style: the description is the role). Linear: at most a few tokens are read."""
        pos, words, particles = 0, 0, 0
        roles: list[str] = []
        joined: list[tuple[str, str]] = []  # the names before a joint label's conjunction
        slashed = ""  # the party after a slash: "Annika Saarikko /kesk:" (the Eduskunta's web copy)
        name_start, name_end, comma = -1, 0, -1
        limit = min(len(text), _GENERIC_SPAN)
        punct, end = "", 0
        while pos < limit or (roles and _rendered_on(text, pos, text[name_start:name_end])):
            token = _TOKEN.match(text, pos)
            if token is None:
                return None
            pos = token.end()
            if token.group("paren"):
                inner = token.group("paren")[1:-1].strip()
                if not words:
                    return None
                if not inner:  # "Presidenten []:": the Storting's draft leaves its clock's brackets empty
                    continue
                if not roles and self._address(inner) and self._title_only.fullmatch(text[:pos].split()[0]):
                    name_end = pos  # a form of address in parentheses after another: "Hon. (Eng.) Name:"
                    continue
                if not roles and inner.casefold() in self.config.rank_notes:
                    name_end = pos  # a rank's note before the name: "HON. MAJOR-GENERAL (RET'D) X.-"
                    continue
                roles.append(inner)
                if _rendered_end(text, pos, text[name_start:name_end], roles, self._rendered_title):
                    # the renderings are the label's own words: only the English one's office after
                    # a dash is a role ("(The Hon. X - Prime Minister)")
                    roles = roles[-1].split(" - ", 1)[1:]
                    punct, end = ":", pos
                    break
            elif token.group("starred"):  # "MR FISCHER (Germany)* –": a speech given in interpretation
                if not words:
                    return None
            elif token.group("slashed"):
                if not words or slashed:
                    return None
                slashed = token.group("slashed")[1:]
            elif token.group("glued"):  # "Mr HOWARD (Bennelong—Prime Minister) (2.01 pm)—I thank …"
                name = text[name_start:name_end]
                titled = self._title_of(name) or self.config.offices.search(name.casefold())
                # a surname or two alone in Mixed case, no note in brackets ("Bryan–Not at all."); in
                # CAPITALS with no form of address it is a heading's ("PART ONE—The Beginning")
                plain = (
                    not roles
                    and words <= _PLAIN_DASHED_WORDS
                    and all(w[:1].isupper() for w in name.split())
                    and not _CAPITALS.search(name)
                )
                if not words or not (roles or titled or plain):
                    return None
                if not (_CAPITALS.search(name) or token.group("space") or titled or plain):
                    # a name in mixed case with its dash set apart ("Senator Faulkner —I …") or
                    # glued after a form of address or an office, or a plain surname, as older
                    # printed trials give every turn ("Mr. Darrow—That's all.", "The Court–If …")
                    return None
                punct, end = token.group("glued"), pos
                break
            elif token.group("kashida"):
                sentence = _SENTENCE_STOP.split(text[pos:], maxsplit=1)[0]
                if not words or not (token.group("space") or roles) or _KASHIDA_APART.search(sentence):
                    return None  # "این طرح ـ که … ـ تصویب شد": a pair of them sets off a clause
                punct, end = "–", pos  # "رئیس ـ", "نخست وزیر(آقای …)ـ": a tatweel set apart is its dash
                break
            elif (
                token.group("dash")
                and token.group("space")
                and words
                and (office := self._dashed_office(text, pos))
            ):
                roles.append(office.group("office"))
                punct, end = ":", office.end()
                break
            elif token.group("dash") and words and _HYPHENATED.match(text, pos) and not cased(text[:pos]):
                continue  # "السيدة توماس - غرينفيلد (…) (…):": a foreign name's hyphen set apart
            elif token.group("colon") or token.group("dash") or token.group("dot"):
                glued = token.group("dash") and not token.group("space")
                if not words or (glued and (cased(text[name_start:name_end]) or token.group("dash") != "-")):
                    return None  # "رئیس- …": a Persian record's hyphen glued to its label, no cased word's
                dashed = ORDINAL_MARKS.sub("", text[name_start:name_end])
                if token.group("dash") and not self._dashed(dashed, roles, text[pos:]):
                    return None  # "Meeting – Transcript": a title, no label
                if token.group("dash") and _CODE.search(dashed):
                    return None  # "L176A - Wed 2 Apr 1997", "UNITED24 - …": a code or a banner, no name
                if (
                    token.group("dot")
                    and not roles
                    and not (_DASH_AFTER.match(text, pos) or _STOP_DASH.match(text, pos))
                ):
                    # a stop set apart ends a label only before a dash: "M. X .  - …", "El señor X .- …"
                    return None
                if token.group("colon") == ">>" and not dashed.isupper():
                    return None  # "Read more>> …": a web page's link, no captioned name
                if token.group("colon") and _COLUMN_COLON.match(text, token.start()):
                    return None  # "MARGARET L. QUINCE          :": a case caption's column, no label
                colon = token.group("colon")
                colon = _COLONS.get("".join(colon.split()), colon) if colon else None
                punct, end = colon or token.group("dash") or ".", pos
                if colon == ":" and (dashed_colon := _COLON_DASH.match(text, pos)):
                    end = dashed_colon.end()  # "د. سالم الحديثي:-": the Iraqi record's colon and dash
                break
            elif (
                (roles or (words and text[name_start:name_end].isupper()))
                and (token.group("word") or "").casefold() in self.config.speech_kinds
                and _COLON_NEXT.match(text, pos)
            ):
                continue  # "(S) replik:", "WAZIRI WA AFYA alijibu:-": the kind of speech before the colon
            elif (
                roles
                and (word := token.group("word") or "").islower()
                and self.config.offices.fullmatch(word)
                and _COLON_NEXT.match(text, pos)
            ):
                continue  # "Kovács János (szd) előadó:": the office after the party, printed with it
            elif roles and (addressee := self._addressee.match(text, token.start())):
                pos = addressee.end()  # "(Leader—National) to the Prime Minister:": whom it asks
            elif (
                words
                and (addressee := self._addressee.match(text, token.start()))
                and self._title_of(text[name_start:name_end])
                and _CAPITALS.search(text[name_start:name_end])
            ):
                pos = addressee.end()  # "Mr BOYD to the Minister for Finance:": the asker alone
            elif (
                roles
                and (joint := _JOINT.match(text, token.start()))
                and joint.group("word") in self.config.particles
                and text[name_start:name_end].isupper()
                and len(joined) < 3
            ):
                joined.append((f"{text[name_start:name_end]} {joint.group('word')} ", "; ".join(roles)))
                roles, name_start, pos = [], -1, joint.end()
            elif roles and _unmarked_end(token, text[name_start:name_end]):
                end = token.start("word")  # "DR. KUBUSCHOK (Counsel for …) The Defendant …"
                break
            elif (
                token.group("number")
                and words
                and not roles
                and text[name_end - 1 : name_end] == "."
                and _COLON_NEXT.match(text, pos)
            ):
                name_end = pos  # a number after "No." ends the name: "JUROR NO. 5:"
            elif (
                token.group("comma")
                and words
                and not roles
                and (degrees := self._degrees(text, token.start()))
            ):
                pos = name_end = degrees.end()  # "Ing. Petr Svoboda, Ph.D.:": the name's, no description
            elif token.group("comma") and comma >= 0 and text[comma + 1 :].lstrip()[:1].islower():
                continue  # a comma inside a description: "X, secrétaire d'État auprès du …, chargé …"
            elif token.group("comma") and comma >= 0 and self._in_department(text, comma):
                continue  # "…, Department for Environment, Food and Rural Affairs (Lord X):"
            elif token.group("comma") and comma >= 0 and self._offices_around(text, name_start, pos):
                continue  # "Staatssekretär des Innern, Staatsminister Dr. X, Bevollmächtigter zum …:"
            elif token.group("comma") and comma >= 0 and self._office_then_party(text, comma, pos):
                continue  # "Emil Abelsen, Landsstyremedlem for Sundhed, Siumut:"
            elif (
                token.group("comma")
                and roles
                and not any(char.isdigit() for char in roles[-1])
                and (described := self._described_after(text, pos))
            ):
                # a member's office after the party's brackets and a comma: "Patrick Muster,
                # Langenthal (SVP), Kommissionssprecher der JuKo. …" (a Swiss Grosser Rat's record)
                roles.append(described.group("description"))
                punct, end = described.group("punct"), described.end()
                break
            elif (
                roles
                or (token.group("number") and words)
                or (token.group("comma") and (comma >= 0 or not words))
            ):
                return None
            elif token.group("comma"):
                comma = token.start("comma")
            elif token.group("word"):
                word = token.group("word")
                if not words and lower_case(word[0]):
                    return None  # a label starts with a capital (or a letter without case)
                words += 1
                # the particles of a long office count for nothing: "La Delegada del Área de
                # Gobierno de Medio Ambiente y Movilidad, doña Inés Sabanés Nadal:"; printed in
                # CAPITALS they are words of a heading ("… ЗА ИЗМЕНЕНИЕ И ДОПЪЛНЕНИЕ НА ЗАКОНА …")
                particles += word.islower() and word.casefold() in self.config.particles
                name_start = token.start("word") if name_start < 0 else name_start
                if words - particles > _GENERIC_WORDS and not (
                    words <= _CAPITALS_WORDS and text[name_start : token.end()].isupper()
                ):
                    return None
                name_end = token.end()
                if token.group("stop") and not (
                    _initial(word) or self.config.unarticled(word).casefold() in self.config.abbreviations
                ):
                    name_end, punct, end = token.end("word"), ".", pos
                    break
        if words - particles > _GENERIC_WORDS and not (roles and punct in (":", "：")):
            return None  # a long heading in CAPITALS, no office: the office names its holder
        if not punct and roles and end:  # a name in CAPITALS and its role, the colon left out
            name = text[name_start:name_end]
            return Candidate(name, roles[0], "", end, text[:end].rstrip(), self._title_of(name))
        stop_dash = _STOP_DASH.match(text, end) if punct == "." else None
        if stop_dash:  # "Sr. Santilli.- …", "El señor BIANCHI.- …": Latin American records
            punct, end = ". " + stop_dash.group(1), stop_dash.end()
        if not punct or (
            end < len(text)
            and not text[end].isspace()
            and not _closes_unspaced(punct, text[end])
            and not (punct == ":" and text[end - 1] in "–—")  # "…:—Je prie": the colon's dash
        ):
            return None
        if punct == ".":
            dash = _DASH_AFTER.match(text, end)
            if dash:
                punct, end = ". " + dash.group().strip(), dash.end()
        segments: list[str] = []
        while punct in "-–—" and (segment := _CAPS_SEGMENT.match(text, end)) and len(segments) < 3:
            segments.append(segment.group("segment"))
            end = segment.end()
        if segments:
            roles = [" - ".join(segments), *roles]
        # a justified line's spaces run together inside the name ("Tuan  Haji  Rosli  bin  Ahmad:", a
        # PDF's text): one name, as printed with one space
        name = _SPACE_RUN.sub(
            " ", "".join(before for before, _ in joined) + text[name_start:name_end].rstrip(" ,")
        )
        if joined:  # each member's role, in the order of the names
            roles = ["; ".join([*(role for _, role in joined), *roles[:1]]), *roles[1:]]
        *given, last = name.split() or [""]
        party = last if punct in (":", "：") and len(given) >= 2 and last in self.config.parties else ""
        if party:  # "Ville Niinistö vihr:"
            name, roles = " ".join(given), [party, *roles]
        if slashed:
            party, roles = slashed, [slashed, *roles]
        description = text[comma + 1 : name_end].strip() if comma >= 0 else ""
        if (
            (
                # a stop and a dash end it, or a colon and a dash ("M. X, au milieu du bruit:—Je …")
                (punct.startswith(". ") or (punct == ":" and text[end - 1] in "–—"))
                and (description[:1].islower() or self.config.offices.search(description.casefold()))
            )
            or (
                punct in (":", "：")
                and self._office_after_comma(text[name_start:comma], description)
                # an office whose holder the brackets name: its department follows the comma ("The
                # Minister of State, Ministry of Justice (Lord X):", Westminster's Hansard)
                and not (roles and office_phrase(text[name_start:comma], self.config))
            )
        ):
            name, roles = text[name_start:comma], [description, *roles]
            held, _, after = description.rpartition(",")
            if held and not party and self._office_then_party(text, comma, text.index(",", comma + 1) + 1):
                roles[0], party = held.strip(), after.strip()  # "…, Landsstyremedlem for Sundhed, Siumut:"
        elif (
            punct in (":", "：")
            and comma >= 0
            and not roles
            and self._holder_after_comma(text[name_start:comma], description)
        ):
            name, roles = description, [text[name_start:comma].strip(), *roles]
        elif roles and comma >= 0 and self._place_after_comma(text[name_start:comma], description):
            name = text[name_start:comma]  # "Madeleine Muster, Schwanden-Sigriswil (SVP).": her place
        title = self._title_of(name)
        # the clock in brackets among the roles ("Frank Sve (FrP) [10:01:37 ]:", the Storting's
        # record) is the label's time, not a role
        clocks = [
            found
            for found in BRACKETED.finditer(text, 0, end)
            if re.fullmatch(_CLOCK, found.group(1).strip())
        ]
        time = ""
        if clocks and roles[-1:] == [clocks[-1].group(1).strip()]:
            roles, time = roles[:-1], clocks[-1].group()
        return Candidate(
            name,
            roles[0] if roles else None,
            punct,
            _speech_start(text, end),
            text[:end],
            title,
            time=time,
            party=party,
        )

    def _described_after(self, text: str, pos: int) -> re.Match[str] | None:
        """The office after a bracket's comma up to the label's colon or stop ("…(SVP),
        Kommissionssprecher der JuKo.", "…(FDP), für die Kommission:"): a few words opening with
        an office, or two or more in lower case, the last no abbreviation a stop would end."""
        described = _DESCRIBED_AFTER.match(text, pos)
        if described is None:
            return None
        words = described.group("description").split()
        if described.group("punct") == "." and (
            self.config.unarticled(words[-1]).casefold() in self.config.abbreviations or _initial(words[-1])
        ):
            return None
        lowered = words[0][:1].islower() and len(words) > 1
        if not (self.config.offices.search(words[0].casefold()) or lowered):
            return None  # "(2021–2022), jf. Dokument …": a reference's abbreviation, no office
        return described

    def _place_after_comma(self, name: str, description: str) -> bool:
        """Whether *description*, one capitalised word between a member's forename and surname and
        the party's brackets, is the member's place ("Madeleine Muster, Schwanden-Sigriswil (SVP)",
        as a cantonal parliament prints its members), not a part of the name: "Surname, Forename"
        has one word before its comma."""
        return (
            len(name.split()) >= 2
            and _PLACE_WORD.fullmatch(description) is not None
            and not self.config.offices.search(description.casefold())
            and description not in self.config.parties
        )

    def _office_after_comma(self, name: str, description: str) -> bool:
        """Whether *description*, after a name's comma before the colon, is the person's office
        ("Freiherr v. Stolzenau, Abgeordneter:", "Graf X, Staatssekretär des Innern:", as the
        name pattern reads "Kranz, Abgeordneter:"): it opens with an office, set as a name is (in a
        script without case too: "…، وزير المالية:"), or in lower case after a forename and a
        surname (the Belgian Chamber's numbered "01.02 Jan Peeters, minister:", "Pierre Dumont,
        ministre:")."""
        if not self.config.offices.match(description.casefold()):
            return False
        opening, named = description[:1], name.split()
        if opening.isupper() or (opening.isalpha() and not cased(opening)):
            return True
        return opening.islower() and len(named) >= 2 and all(word[:1].isupper() for word in named)

    def _holder_after_comma(self, office: str, holder: str) -> bool:
        """Whether *holder*, after a comma before the colon, names who holds the *office* before
        the comma ("Secretario de Gobernación, Juan Pérez:", "La Delegada del Área de …, doña Inés
        Sabanés Nadal:", "El tinent d'alcalde, senyor Roca:"): the office opens with an office
        of the vocabulary, after its article perhaps; the holder is a name, its words capitalised,
        forms of address or particles in lower case, and no office. No name is in the office (a
        degree after a name: "Bundesminister Dr. Max Muster, LL.M."), nor a particle in
        CAPITALS in the holder, nor a word that joins portfolios (a list of them: "THE MINISTER
        OF HOME AFFAIRS, LAW AND JUSTICE", "Minister of Finance, Planning and Economic
        Development")."""
        article, _, rest = office.strip().partition(" ")
        opened = rest if article.casefold() in self.config.articles else office.strip()
        if not self.config.offices.match(opened.casefold()) or any(map(self._address, opened.split()[1:])):
            return False
        words = holder.split()
        if not 0 < len(words) <= _HOLDER_WORDS:
            return False
        particles = [w for w in words if w.casefold() in self.config.particles]
        named = [w for w in words if not (self._address(w) or w in particles)]
        return (
            bool(named)
            and not any(w.casefold() in self.config.office_links for w in words)
            and all(w.islower() for w in particles)
            and all(_PLAIN.fullmatch(w) and not self.config.offices.match(w.casefold()) for w in named)
            and all(w[:1].isupper() for w in named)
        )

    def _dashed_office(self, text: str, at: int) -> re.Match[str] | None:
        """The office in lower case after a name's spaced dash at *at* in *text*, up to the
        label's colon ("Domnul Andrei Popa - ministrul finanțelor:"): one the vocabulary knows,
        so that a sentence after a dash is none. After a name in CAPITALS the office may be in
        CAPITALS too, opening with an office of the vocabulary ("NDG. X – KATIBU WA BUNGE:", the
        Bunge's clerk)."""
        found = _DASHED_OFFICE.match(text, at)
        office = found.group("office") if found else ""
        if lower_case(office[:1]):
            return found if self.config.offices.search(office.casefold()) else None
        capitals = office.isupper() and text[:at].isupper()
        return found if capitals and self.config.offices.match(office.casefold()) else None

    def _dashed(self, name: str, roles: list[str], after: str) -> bool:
        """Whether *name*, before a dash and the text *after* it, may be a label's: in CAPITALS
        (``BAŞKAN –``) or in a script without case (the Persian record's ``رئیس ـ``, its dash a
        tatweel), or in Mixed case where a form of address or an office opens it or a role
        follows it (``Председательствующий –``, ``Präsident Lammert –``, ``El señor PRESIDENTE
        —``, ``Hans Weber (SPD) –``), a group's voice (``Голоса слева –``) or a plain name
        (see :meth:`_plain_name`); a title's words ("Meeting – Transcript") open with none,
        and a second dash in the sentence after it sets off a clause ("Bürgermeister Hoffmann –
        so hieß es – hat zugesagt")."""
        if name.isupper() or not cased(name):
            return True
        if _DASH_APART.search(_SENTENCE_STOP.split(after, maxsplit=1)[0]):
            return False
        if roles:
            return True
        title = self._title_of(name)
        rest = name[len(title) :].strip().casefold()
        article, _, office = rest.partition(" ")
        if not title and office and article in self.config.particles:
            rest = office  # "The PRESIDENT –": the office after its article (the Council of Europe's)
        voices = self.config.groups.fullmatch(name)  # "Голоса с мест –", "Głosy na lewicy –"
        return bool(title or voices or self.config.offices.match(rest)) or self._plain_name(name, after)

    def _plain_name(self, name: str, after: str) -> bool:
        """Whether *name* is a plain name of one to three capitalised words before a spaced dash
        and a sentence that opens with a capital ("Məhərrəmov - Rica edirəm …", "Nowak - Panowie
        …", as old records print every speaker beside the chair's "Sədr - …"): a candidate only,
        believed where the record's other labels share its shape or its name recurs; a sentence's
        first word before a dash ("Москва - столица …") goes on in lower case."""
        words = name.split()
        opening = after.lstrip()[:1]
        return (
            0 < len(words) <= _PLAIN_DASHED_WORDS
            and all(_PLAIN.fullmatch(word) and word[:1].isupper() for word in words)
            and (opening.isupper() or opening in '«„"“')
            and bool(opening)
        )

    def _names_office(self, name: str) -> bool:
        """Whether *name* opens with an office, or holds one anywhere in a script written without
        spaces between words (``新华社记者``, a news agency's reporter; ``山田裁判長``)."""
        if cased(name) or " " in name:
            return bool(self.config.offices.match(name))
        return any(self.config.offices.match(name[at:]) for at in range(len(name)))

    def _address(self, text: str) -> bool:
        """Whether *text* is a form of address or an abbreviated title ("Dr.", "Eng.", "Prof.")."""
        stopped = text.endswith(".") and text[:-1].casefold() in self.config.abbreviations
        return bool(self._title_only.fullmatch(text)) or stopped

    def _degrees(self, text: str, at: int) -> re.Match[str] | None:
        """The degrees after the comma at *at* up to the label's colon or parenthesis, if any."""
        return self.config.postnominals.match(text, at)

    def _title_of(self, name: str) -> str:
        """The form of address that opens *name* ("Dr.", "Präsident"), with the article before it
        ("El señor", "La señora"), if any ("The" is none)."""
        words = name.split()
        if len(words) > 1 and words[0].casefold() in self.config.particles - {"the"}:
            titled = self._title_only.fullmatch(words[1]) and words[1].casefold() != "the"
            return " ".join(words[:2]) if titled else ""  # not "For the plaintiff"
        first = words[0] if words else ""
        return first if self._title_only.fullmatch(first) and first.casefold() != "the" else ""

    def short_label(self, text: str) -> Candidate | None:
        """A one-letter label (the Q. and A. of examination transcripts) at the start of *text*."""
        found = self._short.match(text) or self._asked.match(text)
        if not found:
            return None
        printed = text[: found.end("punct") if found.group("punct") else found.end("name")]
        punct = _COLONS.get("".join((found.group("punct") or "").split()), found.group("punct") or "")
        number = (found.groupdict().get("number") or "").strip()
        short = Candidate(found.group("name"), None, punct, found.end(), printed, prefix=number, paired=True)
        # an international court's record stamps the recording's clock after the letter: "Q. [9:35:12] …"
        clock = _BRACKETED_CLOCK.match(text, len(printed))
        if clock is None:
            return short
        end = _speech_start(text, clock.end())
        return replace(short, end=end, printed=text[: clock.end()], time=clock.group("time"))

    def bare(self, line: str) -> Candidate | None:
        """A name alone on its line, with no punctuation: in CAPITALS (``HAMLET``), or in Mixed
        case with a form of address, a role or two names (``Mr. Speaker``, ``Angela Rayner``,
        ``The Prime Minister (Boris Johnson)``), as web copies of parliamentary records print;
        or any label's name followed by the recording's clock (``Speaker 1  0:02``)."""
        if len(line) > _LABEL_SPAN or unclosed(line):  # a line of speech, a label cut by a wrap
            return None
        if line not in self._bares:  # asked of each paragraph's first line twice, once a pass
            found = self._bare_line(line)
            self._bares[line] = self._described(found) if found else None
        return self._bares[line]

    def _bare_line(self, line: str) -> Candidate | None:
        prefix = self.config.prefix.match(line.strip())
        if prefix and prefix.group().strip():  # "Q1. [901234] Jane Smith (Anytown) (Lab)"
            inner = self._bare_line(line.strip()[prefix.end() :])
            return (
                replace(inner, end=len(line), printed=line, prefix=prefix.group().strip()) if inner else None
            )
        stamp = self.config.timestamp.match(line.strip())
        if stamp and stamp.end() < len(line.strip()):  # "14:00 Esimees Lauri Kask": a web copy's clock
            inner = self._bare_line(line.strip()[stamp.end() :])
            return replace(inner, end=len(line), printed=line, time=stamp.group().strip()) if inner else None
        clock = _LINE_END_CLOCK.search(line) if line.rstrip()[-1:] in _CLOCK_ENDS else None
        if clock:
            return self._clocked(line, clock)
        found = self._bare.fullmatch(line.strip())
        if self._heading.match(line.strip()):
            return None
        if not found:
            return (
                self._office_alone(line)
                or self._uncased_alone(line)
                or self._qualified_office_alone(line)
                or self._joined_alone(line)
            )
        title = (found.group("title") or "").strip()
        if not title and re.match(_OFFICE, found.group("name")):  # "M. le président" alone
            title = found.group("name").split()[0]
        cand = Candidate(found.group("name"), found.group("role"), "", len(line), line, title)
        if cand.upper or title or cand.role or len(cand.name.split()) >= 2:
            return cand
        if self.config.offices.fullmatch(cand.name.casefold()):  # "Chairman" alone above the speech
            return cand
        if _CAPITALISED.fullmatch(cand.name):  # "Brandauer" alone: a surname or a heading, as the text shows
            return cand
        return None

    def _qualified_office_alone(self, line: str) -> Candidate | None:
        """An office in lower case after the capitalised names that qualify it, its holder's name
        after it, alone above the speech, as the Riigikogu's web copy prints a minister, a
        committee's chair or a guest ("Eesti Panga president Madis Müller", "Majanduskomisjoni
        esimees Kristen Michal"): read as it would be with a colon, where the name after the
        office is of two words at least and every word but the office's is capitalised."""
        words = line.split()
        if not 3 <= len(words) <= _QUALIFIED_WORDS or not words[0][:1].isupper():
            return None
        at = next((i for i, word in enumerate(words) if not word[:1].isupper()), 0)
        holder = words[at + 1 :]
        if at == 0 or len(holder) < _MEMBER_WORDS[0] or len(holder) > _MEMBER_WORDS[1]:
            return None
        if not all(_CAPITALISED.fullmatch(word) for word in (*words[:at], *holder)):
            return None
        if not self.config.office_words.fullmatch(words[at].casefold()):
            return None
        named = self._whole_name(line.strip())
        return replace(named, punct="", end=len(line), printed=line) if named else None

    def _joined_alone(self, line: str) -> Candidate | None:
        """A name in Mixed case alone on its line whose names a particle in lower case joins
        ("Joan Puigverd i Roca", "María del Carmen Ruiz"), as a web copy of the Catalan and
        Spanish records prints it above the speech: read as it would be with a colon, where it
        opens and ends on a capitalised word and every word is a capitalised one or a particle."""
        words = line.split()
        if not 3 <= len(words) <= _JOINED_WORDS or not _CAPITALISED.fullmatch(words[-1]):
            return None
        if not all(_CAPITALISED.fullmatch(word) or word in self.config.particles for word in words[:-1]):
            return None
        if not _CAPITALISED.fullmatch(words[0]) or all(_CAPITALISED.fullmatch(word) for word in words):
            return None
        named = self._whole_name(line.strip())
        return replace(named, punct="", end=len(line), printed=line) if named else None

    def _uncased_alone(self, line: str) -> Candidate | None:
        """A name alone on its line in a script without case, with a form of address or an office in
        parentheses, or that opens with an office, read as it would be with a colon: a web copy of
        the Urdu debates prints "جناب ڈپٹی اسپیکر", "خواجہ محمد آصف (وزیر دفاع)" above the speech,
        a Japanese court's transcript its roles ("裁判長", "被告人", "検察官（田村）") above theirs."""
        head = line.strip()
        if not head or any(c.isupper() or c.islower() for c in head):
            return None
        named = self._whole_name(head)
        if named is None:
            return None
        # the office before its holder in brackets, or after the name: "検察官（田村）"; in a script
        # that spaces no words the office may end it ("主任弁護人（小西）", "右陪席裁判官")
        office = any(
            self.config.offices.match(part.casefold())
            or (UNSPACED_WORD.fullmatch(part) and office_ends(part, self.config))
            for part in (named.role, named.name)
            if part
        )
        if not (named.title or office or self._member_and_party(named)):
            return None  # "وقفہ سوالات (جاری)": a heading and its note, no office
        return replace(named, punct="", end=len(line), printed=line)

    def _member_and_party(self, named: Candidate) -> bool:
        """Whether *named* is a forename and a surname (or three names) before a faction in
        parentheses that is no continuation note, as the Knesset's committee protocols print a
        member above the speech ("עמרי שגיא (יש עתיד)"): a candidate the scorer believes only
        as the record's turns show it; a heading's note that it goes on ("وقفہ سوالات (جاری)") is
        no faction."""
        words = named.name.split()
        role = (named.role or "").strip()
        return (
            bool(role)
            and _MEMBER_WORDS[0] <= len(words) <= _MEMBER_WORDS[1]
            and not any(c.isdigit() for c in role)
            and role.casefold() not in self.config.continued_notes
        )

    def _clocked(self, line: str, clock: re.Match[str]) -> Candidate | None:
        """A name and the recording's clock alone on a line (``Speaker 1  0:02``): the name read
        as a label would be read with a colon after it, the clock its time."""
        head = line[: clock.start()].strip()
        if not head or head[-1] in ".:：" or self._heading.match(head):
            return None  # a label with its own punctuation: candidate() reads its clock
        opened = self.config.head.get("presiding")
        if opened is not None and opened.match(head):
            return None  # "The Speaker, Sir X took the Chair at 9.30 a.m.": the sitting's sentence
        named = self._whole_name(head)
        if (
            named
            and _DAY_CLOCK_END.search(line)
            and named.upper
            and (
                not (named.title or self._names_office(head.casefold()))
                or head.casefold().startswith(self.config.departments)
            )
        ):
            return None  # a heading and its hour: "PRAYERS 10:30 a.m.", "MINISTRY OF FINANCE 11:35 a.m."
        return (
            replace(named, punct="", end=len(line), printed=line, time=clock.group("time")) if named else None
        )

    def is_heading(self, text: str) -> bool:
        """A short line on its own that heads a part of the text (``ACT II``, ``DRAMATIS PERSONAE``)."""
        if "\n" in text or len(text) > _CAPITALS_HEADING + _CLOCK_SPAN:  # a paragraph of speech
            return False
        if (
            _TURN_NUMBER.match(text)
            and (cand := self.candidate(text))
            and cand.role
            and cand.end >= len(text.rstrip())
        ):
            return False  # "1. KETUA: BAMBANG SETIADI": a numbered turn's office and holder over its speech
        if text.rstrip().rstrip(".")[-1:] in ("m", "M"):  # its hour after it: "PRAYERS 10:30 a.m."
            text = _DAY_CLOCK_END.sub("", text)
        if len(text) > (_CAPITALS_HEADING if text.isupper() else _HEADING):
            return False
        if self._heading.match(text):
            return True
        if (
            _NOTE_LINE.fullmatch(text.strip())
            or self._bracketed_event(text.strip())
            or SLASHED.fullmatch(text.strip())
        ):
            return False
        if not text.isupper() or text[-1] in ".:!?,;–—-":  # no letter in lower case, one at least
            return False
        letters = [c for c in text if c.isalpha()]
        return (
            # every letter in CAPITALS: a letter without case among them (Han, kana) makes it a
            # line of a script without case that names a broadcaster ("DVB电视台记者：…？")
            all(c.isupper() for c in letters)
            and len(letters) >= 2
            and not self._sentence_inside(text)  # "SENATOR KIM: THANK YOU. I HAVE …", a wrap cut it
        )

    def _bracketed_event(self, text: str) -> bool:
        """Whether *text* is an event of the hall in square brackets, as a news transcript prints
        it on a line of its own ("[CROSSTALK]", "[APPLAUSE]"): a note, never a heading."""
        bracketed = text.startswith("[") and text.endswith("]")
        return bracketed and stage_type(text[1:-1].strip(), self.config) is not None

    def _sentence_inside(self, text: str) -> bool:
        """Whether a stop ends a sentence inside *text* and more words follow: after a word of
        three letters or more that is no abbreviation (``Sen.``, ``Prof.``; ``PART IV. …``) or
        after a parenthesis; never after a Roman numeral, a part's number (``III. TRAMITACIÓN DE
        ACTAS``, the Chilean Senate's parts of a sitting)."""
        for stop in _STOP_THEN_WORD.finditer(text):
            word = stop.group("word")
            if not word or (self.config.stop_ends_sentence(word) and not ENUMERATOR.fullmatch(word)):
                return True
        return False

    def _office_and_holder(self, text: str, line: str) -> Candidate | None:
        """An office of words in lower case too, its holder's name in the parentheses after it
        (``The Minister of State, Department for Transport (Peter Grant)``, ``The Secretary of
        State for Health and Social Care (Mr John Doe)``), as a web copy of Hansard prints a
        minister's label alone above the speech: the office the name, the holder the role."""
        found = _HOLDER_AFTER.fullmatch(text)
        if found is None or not (self._bare.fullmatch(found["holder"]) or self._joined_name(found["holder"])):
            return None
        office = found["office"]
        if len(office.split()) > _OFFICE_WORDS:
            return None
        article, _, rest = office.partition(" ")
        offices = self.config.offices
        if not (offices.match(office.casefold()) or (len(article) <= 3 and offices.match(rest.casefold()))):
            return None
        return Candidate(office, found["holder"], "", len(line), line, self._title_of(office))

    def _joined_name(self, text: str) -> bool:
        """Whether *text* is a name of capitalised words that particles join, as the Catalan
        and Spanish records print a holder's two surnames ("Anna Erra i Solà", "Juan Pérez y
        Gómez"): two capitalised words at least, a particle never first or last."""
        words = text.split()
        inner = words[1:-1]
        capitalised = [word for word in words if _CAPITALISED.fullmatch(word)]
        return (
            len(capitalised) >= _MEMBER_WORDS[0]
            and len(words) <= _QUALIFIED_WORDS
            and bool(words)
            and _CAPITALISED.fullmatch(words[0]) is not None
            and _CAPITALISED.fullmatch(words[-1]) is not None
            and all(
                _CAPITALISED.fullmatch(word) or word.casefold() in self.config.particles for word in inner
            )
        )

    def _office_alone(self, line: str) -> Candidate | None:
        """An office alone on its line after its article (``La presidenta``, ``El president de la
        Generalitat``), or after a name and a comma (``Raši, Richard, predseda NR SR``, the office
        its role), as the Catalan and the Slovak parliaments' records print their labels."""
        text = line.strip()
        if not text[:1].isupper() or text[-1] in ".!?…:;,":
            return None
        if ":" in text or "：" in text:  # a label with its colon: candidate() reads it
            return None
        if self._sentence_inside(text):  # "THE PRESIDING OFFICER (X). The session is resumed."
            return None
        held = self._office_and_holder(text, line)
        if held is not None or len(text.split()) > _OFFICE_WORDS:
            return held
        name, comma, office = text.rpartition(",")
        if comma and ". " not in office and self.config.offices.match(office.strip().casefold()):
            if all(part.strip()[:1].isupper() for part in name.split(",")):
                return Candidate(name.strip(), office.strip(), "", len(line), line, self._title_of(name))
            return None
        article, _, rest = text.partition(" ")
        if len(article) <= 3 and self.config.offices.match(rest.casefold()):
            return Candidate(text, None, "", len(line), line)
        return None
