"""The patterns and bounds a speaker label's shapes are read with, shared by the label readers."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from stenogram.transcript.candidate import (
    ENCLOSING,
    ORDINAL_WORD,
    PARTICLE,
    SMALL,
    UPPER,
    letter_class,
)
from stenogram.transcript.regexcache import regex

if TYPE_CHECKING:
    from stenogram.transcript.config import Config, Vocabulary
    from stenogram.transcript.heldtext import HeldText

# Combining marks (the vowel signs of Devanagari, Bengali, Thai …): part of a word, yet no \w.
MARKS = letter_class(lambda c: unicodedata.category(c).startswith("M"))
MARK = regex(f"[{MARKS}]")
# The independent vowels of the Indian scripts (Devanagari to Malayalam, the same place in each
# block; Sinhala's elsewhere in its own) and the marks a consonant with no vowel sign may end in:
# its virama, an anusvara (Sinhala's al-lakuna and anusvaraya: "එම්.", em, as the Hansard spells M.).
INDIC_BLOCKS = range(0x900, 0xD80, 0x80)
INDIC_VOWEL = regex(
    "[" + "".join(f"{chr(b + 0x05)}-{chr(b + 0x14)}" for b in INDIC_BLOCKS) + "\u0d85-\u0d96]"
)
BARE_ENDS = frozenset(chr(block + offset) for block in INDIC_BLOCKS for offset in (0x02, 0x4D)) | {
    "\u0d82",
    "\u0dca",
}
# Tamil opens no word with ர or ல: their initials take the vowel இ before them ("இரா.", "இல.").
TAMIL_PROTHETIC = regex("\u0b87[\u0bb0\u0bb2]")
# A stop after a word or a parenthesis, and a word after it: a sentence that ends inside a line.
STOP_THEN_WORD = regex(r"(?:(?P<word>[^\W\d_]+)|\))[.!?…]\s+[^\W\d_]")
# A word in CAPITALS; OCR reads its O as a zero ("COUNCILMAN 0RTEGA:", "BR0WN"), a letter after
# the zero that opens it and the word ending in a letter (no figure: "10", "00").
UP = rf"{PARTICLE}?(?:[{UPPER}]|0(?=[{UPPER}]))[{UPPER}0'’‘\-]*[{UPPER}]"
# A capitalised word; a surname's prefix may be printed with the capital after it ("McLeod",
# "MacGregor", "DeSantis", "O'Brien"): only the configured prefixes (``surname_prefixes``), so
# that a brand's or a place's inner capital ("YouTube", "PowerPoint") is no name's word.
CAP = rf"[{UPPER}][{SMALL}'’‘\-]+"
# The signs of a number, its stop left out ("No.", "Nr.", "N°", "№", "Núm."): "N" alone, an
# initial as often, is a caption's sign only where a case's number follows it
NUMBER_SIGNS = r"n[or]|n[°º]|№|núm|num"
# Initials, a double forename's joined by its hyphen, the non-breaking one a web copy prints too
# ("Ж.-П.", "А.\u2011М. К. Бразаускас").
INITIAL = rf"[{UPPER}]\.(?:[\-\u2010\u2011][{UPPER}]\.)?"
INITIALS = rf"(?:{INITIAL}\s?){{1,3}}"


@cache
def initial_letter(digraphs: tuple[str, ...]) -> str:
    """An initial's letter before its stop: a capital, or one of the two-letter initials
    *digraphs* (``digraph_initials``: a Latin transliteration's initial of one Cyrillic letter,
    "Sh. Mirzayev:", "Ts.Batbayar:"), matched as printed; before a surname and a year in
    brackets such an initial is the abbreviated forename of a citation ("Ch. Dickens (1850):"),
    no name's."""
    if not digraphs:
        return f"[{UPPER}]"
    heads = "|".join(map(re.escape, sorted(sorted(digraphs), key=len, reverse=True)))
    return rf"(?:[{UPPER}]|(?-i:{heads})(?!\.[ \t]?[^\W\d_]+[ \t]*\(\d{{4}}\)))"


def initial_pattern(digraphs: tuple[str, ...]) -> str:
    """``INITIAL``, its letter perhaps one of the two-letter initials *digraphs*."""
    if not digraphs:
        return INITIAL
    return rf"{initial_letter(digraphs)}\.(?:[\-\u2010\u2011][{UPPER}]\.)?"


def initials_pattern(digraphs: tuple[str, ...]) -> str:
    """``INITIALS``, each perhaps one of the two-letter initials *digraphs*."""
    return rf"(?:{initial_pattern(digraphs)}\s?){{1,3}}"


# Initials after the surname, as Russian and Ukrainian records print them: ИВАНОВ И. И., ЯВОРІВСЬКИЙ В.О.;
# one initial alone only after a surname in CAPITALS ("Mr. Joseph R. Biden" has a middle initial),
# and not before a further word in CAPITALS: "MICHAEL A. CARVIN, ESQ." has one too. A surname in
# Cyrillic takes one initial in Mixed case too, as a congress's report prints a guest with one
# forename ("Носака С. Дорогие товарищи!"): no Cyrillic name sets a middle initial between its words.
def trailing_initials(digraphs: tuple[str, ...] = ()) -> str:
    """The initials after a surname, the first perhaps one of the two-letter *digraphs*."""
    return (
        rf"(?:\s+{initial_pattern(digraphs)}(?:\s?[{UPPER}]\.){{1,2}}"
        rf"|(?<=[{UPPER}][{UPPER}])\s+[{UPPER}]\.(?![ \t]+[{UPPER}]{{2}})"
        r"|(?<=[\u0400-\u04ff][\u0430-\u045f])\s+[\u0400-\u042f]\.(?![ \t]+[\u0400-\u042f]{2}))"
    )


TRAILING_INITIALS = trailing_initials()
# A middle initial with its stop between two words in CAPITALS is the name's, read with the word
# after it so that no name ends at its stop: "Sir JOHN A. MACDONALD said …", as Canada's early
# Hansard prints its Prime Minister's turns.
NAME = (
    rf"(?:{INITIALS}\s*)?(?:{UP}|{CAP})"
    + rf"(?:[ \-](?:{UP}|{CAP}|[{UPPER}](?=\s)|(?<=[{UPPER}]{{2}} )[{UPPER}]\. {UP}))"
    + r"{0,4}"
    + rf"(?:{TRAILING_INITIALS}|(?: \d{{1,3}}(?=[.:]|[ ]\()))?"
)


def name_pattern(prefixes: tuple[str, ...], digraphs: tuple[str, ...] = ()) -> str:
    """``NAME`` whose capitalised words may open with one of the surname *prefixes* before an
    inner capital ("Mc" of "McLeod", "O'" of "O'Brien"), as printed, and whose initials may be
    the two-letter *digraphs* ("Sh. Qodirov"); none given, it is ``NAME``."""
    if not prefixes and not digraphs:
        return NAME
    heads = "|".join(
        re.escape(prefix).replace("'", "['’]")
        # the longest first, and one order in every process: the machine's cache finds the pattern
        for prefix in sorted(sorted({p.replace("’", "'") for p in prefixes}), key=len, reverse=True)
    )
    cap = rf"(?:(?:{heads})(?=[{UPPER}]))?{CAP}" if prefixes else CAP
    return (
        rf"(?:{initials_pattern(digraphs)}\s*)?(?:{UP}|{cap})"
        + rf"(?:[ \-](?:{UP}|{cap}|[{UPPER}](?=\s)|(?<=[{UPPER}]{{2}} )[{UPPER}]\. {UP}))"
        + r"{0,4}"
        + rf"(?:{trailing_initials(digraphs)}|(?: \d{{1,3}}(?=[.:]|[ ]\()))?"
    )


# An office abbreviated word by word, as a Cabinet secretary's notebook names the ministers ("Ch.
# of Ex.:", "For. Sec.:", "Ld. Pres.:"): capitalised words of a few letters, each with its stop, a
# short word in lower case between them, itself cut to its letter and stop perhaps (a Dutch
# court's "Off. v. Just.:", the officier van justitie). Its rest after one word's stop up to the
# label's colon, and its words before the last.
ABBREVIATED_LETTERS = 5  # letters of such a word, at most
_ABBREVIATED = rf"[{UPPER}][{SMALL}]{{0,{ABBREVIATED_LETTERS - 1}}}\."
_ABBREVIATION_LINK = rf"(?:[{SMALL}]{{1,3}}\.?[ \t]+)?"
ABBREVIATED_REST = regex(rf"(?:[ \t]+{_ABBREVIATION_LINK}{_ABBREVIATED}){{0,3}}[ \t]*:(?=[ \t])")
# A forename abbreviated to two or three letters after an office, the surname and the colon
# after it ("Председательтъ Ал. Малиновъ:", "Posl. Jos. Novák:"), or first, its party in
# parentheses after the surname ("Ст. Драгановъ (д.):"): the stop is the forename's.
FORENAME_LETTERS = 3  # letters of such a forename, at most
# A capitalised name's word, double-barrelled perhaps ("Novák", "Hlubuček", "Müller-Lüdenscheidt", the
# Finnish "Halla-aho" whose second part keeps its small letter).
CAPITALISED_NAME = rf"[{UPPER}][{SMALL}]+(?:[\-\u2010][^\W\d_][{SMALL}]+)?"
FORENAME_REST = regex(rf"[ \t]+{CAPITALISED_NAME}" r"(?P<party>[ \t]*\([^()\n]{1,40}\))?[ \t]*:(?=[ \t])")
# Such a forename first on its line, before the surname and the label's own stop or colon and the
# speech's capital ("Ελ. Βενιζέλος. Κύριοι …", "Вл. Ильин: Товарищи …"): the surname and the stop
# after it. A colon before small letters or a number is a sentence's ("Pl. Zamkowy: remont trwa").
FORENAME_STOPPED_REST = regex(
    rf"[ \t]+(?P<surname>{CAPITALISED_NAME})[ \t]*"
    rf"(?:\.[ \t]+(?=[{UPPER}\"“«„])|:[ \t]+(?=[{UPPER}\"“«„(\[–—-]))"
)
FIRST_FORENAME_LETTERS = 4  # letters of a forename so abbreviated first on the line, at most ("Alex.")
# Such a forename in CAPITALS before the surname in CAPITALS (a second surname or a hyphened one
# perhaps, the party in brackets) and the colon, as a record printing its labels in capitals cuts a
# member's forename ("ΧΡ. ΧΡΙΣΤΟΦΙΔΗΣ:", "АЛ. ИВАНОВ (ДПС):"): the speech's capital or the line's
# end after the colon. A Roman numeral is a division's number, no forename ("IV. HORVAT:").
_CAPITALS_NAME = rf"[{UPPER}]{{2,}}(?:[\-\u2010][{UPPER}]{{2,}})?"
FORENAME_CAPITALS_REST = regex(
    rf"[ \t]+(?P<surname>{_CAPITALS_NAME})(?:[ \t]+{_CAPITALS_NAME})?[ \t]*(?:\([^()\n]{{1,60}}\)[ \t]*)?"
    rf":(?:[ \t]+(?=[{UPPER}\"“«„(\[–—-])|[ \t]*$)",
    re.MULTILINE,
)
ROMAN_NUMERAL = regex(r"[IVXLC]+")
ABBREVIATED_HEAD = regex(rf"(?:{_ABBREVIATED}[ \t]+{_ABBREVIATION_LINK}){{1,3}}")
# Such an office's rest after its first word's stop when its holder's name follows it before the
# colon ("Sol. Gen. Call:", "Att. Gen. Smith (for the State):", "Dep. Spkr. Jones:", "Min. Fin.
# Brown:"): its abbreviated words (one more at least after the first's), then a capitalised name
# of a few words, perhaps a bracket; the office's words and the name one label.
ABBREVIATED_NAMED = regex(
    rf"(?P<more>(?:[ \t]+{_ABBREVIATION_LINK}{_ABBREVIATED}){{0,3}})(?:[ \t]+{CAPITALISED_NAME}){{1,3}}"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:(?=[ \t])"
)
# A degree's faculty in lower case after the degree, one or two words each with its stop ("iur."
# of "lic. iur.", "rer. nat." of "Dr. rer. nat."), and the space after it.
DEGREE_FACULTY = regex(rf"(?:[{SMALL}]{{2,{ABBREVIATED_LETTERS}}}\.[ \t]+){{1,2}}")
# French: a form of address with an office in lower case (M. le président, Mme la ministre).
OFFICE = rf"(?i:m[ ]?\.|mme|mlle|monsieur|madame)\s+(?:le|la|l['’])\s*[{SMALL}]+(?:[ \-][{SMALL}'’]+){{0,3}}"
# A group label may have words in lower case ("Голос с места.", "Voice from the floor:"), and
# its last words may be a party's name in quotation marks, as the Bulgarian Assembly prints its
# groups' voices ("РЕПЛИКИ ОТ „ВЪЗРАЖДАНЕ“:", "ГЛАСОВЕ ОТ «ГЕРБ-СДС»:"): only a group's label
# (the configured groups) so ends. A stop may have its dash glued to it ("Government
# supporters.—Oh!", the old Australian Hansard's labels).
# A member the record leaves unnamed, printed as asterisks after his form of address or alone
# (the old Moniteur's and the French chambers' "*** :", "M. *** :", "M***. —"): a label, its name
# the asterisks, weighed as an office is; two asterisks or fewer are a note's or a bold type's.
STARRED_NAME = r"(?:(?:M|MM|Mme|Mlle)\.?[ \t]*)?\*{3,}"
GROUP_START = regex(
    r"(?P<name>[^\W\d_]+(?:[ -/][^\W\d_]+){0,5}?"
    r"(?:[ \t][«„“\"][^\W\d_]+(?:[ -/][^\W\d_]+){0,3}[»“”\"])?)\s?(?P<punct>[.:])"
    r"(?:\s+|$|(?<=:)(?=[^\W\d_])|(?<=\.)(?=[–—]))"
)
# A group's voice whose stop OCR read as a comma, a short exclamation after it on its line
# ("Голоса слѣва, Довольно!", "Voices, Hear, hear!"): the voice's label as with its stop, where
# only the configured groups are read so.
GROUP_COMMA = regex(
    rf"(?P<name>[^\W\d_]+(?:[ -][^\W\d_]+){{0,5}}?)(?P<punct>,)[ \t]+"
    rf"(?=[{UPPER}][^\n.!?]{{0,40}}!+[ \t]*(?:\n|$))"
)
# The text of a label's parenthesis, perhaps with one inside it: the chair of a Canadian
# committee, "The Chair (Mr. John McKay (Scarborough—Guildwood, Lib.)):"; a long one in the
# Brazilian records, the holder, bloc, party and state and the kind of speech ("O SR. PRESIDENTE
# (Rodrigo Almeida. Bloco Parlamentar da Resistência Democrática/PSD - MG. Fala da Presidência.) -").
PAREN_SPAN = 160  # characters of a label's parenthesis
IN_PARENS = rf"(?:[^()\n]|\([^()\n]{{1,60}}\)){{1,{PAREN_SPAN}}}"
# One token of a label read word by word (GenericLabels._generic): a role or party in parentheses
# (full-width ones too: "主席（蘇嘉全）：", "涅边贾先生（俄罗斯联邦）（以俄语发言）：") or square
# brackets ("Klaus Beispiel [DIE LINKE]:" names his party, nothing is supplied), a word
# with its full stop (a zero-width joiner or non-joiner inside it: Sinhala ප්‍රේ, Persian می‌کنم;
# a quotation mark inside it: the Hebrew abbreviation היו"ר; a slash between
# letters: a party of two, "Abg. Hans Rülke FDP/DVP:"; an ampersand between letters, the
# European Parliament's "on behalf of the S&D Group"; a slash after a form of address, the Arabic
# records' "النائب/ مرزوق الخليفة:"; the at sign between a name and its alias, Malaysia's "Tuan
# Wong Ah Kow @ Wong Kim Seng [Sandakan]:"; a slash set apart between two offices one person
# holds, the European Parliament's "Vice-President of the Commission / High Representative of the
# Union …. –"), a number before
# the name ("01.01 Name:"), a footnote's mark before the punctuation, as an old printed record
# refers to its note on the speech ("Dr. X (D. Vp.)¹):", "Scheidemann *):"), a comma (the
# Arabic one too), a colon, a dash (in a Persian record the
# tatweel set apart by spaces, which no word prints alone; a hyphen before a space is no word's: the
# old Majlis's "رئیس- …"; the two hyphens a typist sets for a dash, glued or set apart: an Indian
# state assembly's "अध्यक्ष महोदय-- …", "श्री X -- …"), a stop. A word may open with a vowel sign
# where a PDF's text keeps the order in which the letters are drawn, the sign before its consonant
# (Sri Lanka's Hansard: "ෙපෙර්රා" for "පෙරේරා", as the Rajya Sabha's copies print "सभापित"), and
# a particle of a letter or two with its glottal stop typed as an apostrophe (Tongan's "Sea 'o e
# Komiti Kakato:"). A club's, party's or body's name in quotation marks, capitalised and of a few
# words, before the colon, a bracket or a further word ("Klubo „Žalgiris" atstovas:",
# "Представитель клуба «Спартак»:"): read as the label's words where an office names it.
# The conjunction after a compound's first part whose hyphen stands for the word they share
# ("Fjármála- og efnahagsráðherra", "Udlændinge- og integrationsministeren", "Wirtschafts- und
# Energieminister"), after an abbreviation's stop too ("stjórnsk.- og eftirln."): the hyphen is
# the word's, no dash.
SUSPENDED = r"(?:og|und|och|en|and|ja|és|a|i|e|et|y|ir|un|и|і|oder|eller|ou)"
# The second abbreviation of a compound degree or role after the first one's stop and its
# hyphen, as German and Austrian records print an engineer's or a merchant's diploma ("GR
# Dipl.-Ing. X:", "Abg. Dr.-Ing. Y:") and German court minutes a party's counsel ("Bekl.-Vertr.:",
# "Kl.-Vertr.:"): a short word and its stop, the hyphen the abbreviation's, no dash.
_DEGREE_PART = rf"[^\W\d_]{{2,{ABBREVIATED_LETTERS}}}\."
# An abbreviated word's stop and its hyphen before the compound's next part written out, as
# German town councils' and ministries' records print a council's chairman or a councillor of
# the government ("Stadtv.-Vorsteher Dr. X:", "Reg.-Rath Dr. Y:"): a capital after the hyphen,
# the compound's word, no dash (a dash stands apart, a sentence's stop before it has a space).
_COMPOUND_PART = rf"[{UPPER}][{SMALL}]"
# A run of a word's letters, figures, apostrophes and marks (and the joiners, and the circles or
# crosses a published court record masks a name's letters with after its first: "김○○", "李××"),
# read in one loop of the engine, a hyphen, a quotation mark, a slash or an ampersand between
# runs: not a branch tried at every letter (twice as fast on a word, the same tokens). The
# degree sign a French record prints for the number's abbreviation is the word's as the ordinal
# indicator is ("Le juré n° 4 :", "nº"), a letter's.
_WORD_RUN = rf"[\w'’‘°{MARKS}\u200c\u200d○◯×]*"
# The other gender's ending in brackets glued to a word, as Brazilian courts' transcripts print
# each office for either holder ("Juiz(a):", "Advogado(a) do(a) Autor(a):", "Réu(Ré)"): the
# word's, no role; a party's capitals glued to a name ("Smith(D):", "Nowak(PiS):") are not it.
# The word and its ending in lower case, in a script with case ("委員長(田辺君)" is a role).
_LOWER = letter_class(str.islower)
# So is a letter in lower case in brackets glued inside a party's acronym in CAPITALS, as the
# Bolshevik party's names print it ("ВКП(б)", "КП(б)У", "VKP(b)"): no role of the label
# "Секретарь ЦК ВКП(б) тов. ЖДАНОВ." nor of a protocol's signature "Секретарь райкома ВКП(б)".
# Either is the word's own letters in brackets.
_ACRONYM_LETTER = rf"(?<=[{UPPER}]{{2}})\([{_LOWER}]\)"
_WORD_BRACKETED = (
    rf"(?:(?<=[{_LOWER}])\((?:[{_LOWER}]{{1,3}}|[{UPPER}][{_LOWER}]{{1,3}})\)"
    rf"|{_ACRONYM_LETTER}[{UPPER}]{{0,2}})(?![^\W\d_])"
)
# The same letter anywhere (no word of a sentence in lower case), and where a label's parenthesis
# would close its name ("ВКП(б)" before the gap).
ACRONYM_LETTER = regex(_ACRONYM_LETTER)
ACRONYM_LETTER_END = regex(_ACRONYM_LETTER + "$")
# The Hangul syllables: a slash glued after them opens the role a Korean broadcast's script prints
# after the name ("김영숙/교장 : …"), no word's part as in "FDP/DVP".
HANGUL_SYLLABLES = "\uac00-\ud7a3"
_WORD_SLASH = rf"(?<![{HANGUL_SYLLABLES}])/(?=[^\W\d_])"
# A place or a party in brackets of one kind closed by another, as OCR reads a Hansard's scan
# ("Mr. Kiprono {Kapseret):", "Ms. Auma (Kisumu CWR]:"): the same bracket as printed; a brace
# opens none in a record's text, nor does one close a parenthesis.
MISMATCHED = r"\{[^(){}\[\]\n]{1,60}[)\]]|\([^(){}\[\]\n]{1,60}[}\]]|\[[^(){}\[\]\n]{1,60}[)}]"
# A district's number with its English ending after "of the", as a state senate or house names
# its member by the district ("SENATOR X OF THE 52ND:", "Representative Y of the 117th:"): a word
# of the label; elsewhere such an ordinal is a date's ("THURSDAY, 9TH OCTOBER:"), no name's.
_DISTRICT_ORDINAL = (
    r"(?<=[oO][fF][ \t][tT][hH][eE][ \t])\d{0,2}(?:1(?:st|ST)|2(?:nd|ND)|3(?:rd|RD)|\d(?:th|TH))(?![^\W\d_])"
)
# The Bengali visarga glued to a word's end of three letters or more before a space, as
# Bangladeshi typists print the colon ("জনাব স্পীকারঃ …", "বেগম X চৌধুরীঃ …"): the label's colon,
# no letter of the word (a word of fewer letters keeps it, an abbreviation's: "মোঃ", "ডঃ"; inside
# a word it is a letter: "দুঃখ"). A word stops before it.
_BENGALI_LETTERS = "\u0985-\u09e3\u09f0\u09f1"
_GLUED_VISARGA = rf"ঃ(?<=[{_BENGALI_LETTERS}]{{3}}ঃ)(?=[ \t])"
_NO_GLUED_VISARGA = rf"(?!(?<=ঃ)[ \t](?<=[{_BENGALI_LETTERS}]{{3}}ঃ[ \t]))"
# What follows a glued visarga that abbreviates a name's first word of four letters at most, as
# Bangladeshi records print Mohammad and Mosammat ("জনাব মোহাঃ আব্দুর রহিমঃ", "বেগম মোসাঃ X:"): the
# rest of the name, a few words, and the label's colon (a longer word's visarga ends the label:
# "জনাব স্পীকারঃ আমার প্রশ্নঃ …").
VISARGA_ABBREVIATED = regex(
    rf"(?<![{_BENGALI_LETTERS}]{{5}}ঃ)(?:[ \t]+[{_BENGALI_LETTERS}]+){{1,3}}(?:ঃ|[ \t]*[:：])(?=[ \t]|$)"
)


def _token_text(ordinal: str) -> str:
    """The token pattern with *ordinal*, the branch of an ordinal in figures as a name's word."""
    return (
        rf"(?P<space>[ \t]*)(?:(?P<paren>{MISMATCHED}"
        rf"|\({IN_PARENS}\)|（[^（）\n]{{1,80}}）|\[[^\[\]\n]{{0,80}}\])"
        r"|(?P<noted>(?:\*{1,3}|[¹²³\u2070\u2074-\u2079]{1,3})\))(?=[ \t]*[-–—:.])"
        r"|(?P<kashida>\u0640)(?=[ \t]|$)"
        # the party or the role after a slash, a word or up to three before the colon or a bracket:
        # "Annika Saarikko /kesk:", a Korean news script's "[인터뷰] 최순자/마을 주민 : …"; the
        # words after one in small letters are a sentence's ("Das Ergebnis lautet /wie folgt:")
        rf"|(?P<slashed>/(?:(?![{_LOWER}])[^\W\d_]{{1,12}}(?:[ \t][^\W\d_]{{1,12}}){{0,2}}|[^\W\d_]{{1,12}}))"
        r"(?=[ \t]*[(:：])"
        # a case's suffix glued by its hyphen after a name of words set apart: "Renew Europe -ryhmän"
        rf"|(?P<word>(?:[{MARKS}](?=[^\W\d_])|['’‘](?=[{SMALL}]{{1,2}}[ \t])"
        rf"|(?<=[ \t])-(?=[{SMALL}]{{3}}))?[^\W\d_]"
        rf"{_WORD_RUN}(?:(?:-(?![ \t-])|[\"״&·・－](?=[^\W\d_])|{_WORD_SLASH}){_WORD_RUN})*"
        rf"{_NO_GLUED_VISARGA}"
        rf"(?:{_WORD_BRACKETED})?"
        rf"(?:/(?=[ \t][^\W\d_])|-(?=[ \t]+{SUSPENDED}[ \t]))?"
        rf"|{ordinal}|{_DISTRICT_ORDINAL}|[@&/](?=[ \t]+[^\W\d_]))"
        rf"(?P<stop>\.(?:-(?=[ \t]+{SUSPENDED}[ \t])|-(?={_DEGREE_PART}|{_COMPOUND_PART}))?)?"
        r"|(?P<number>#?\d{1,3}(?:\.\d{1,3})*\.?)|(?P<comma>[,،])"
        r"|(?P<colon>[:：፦៖՝]|፡(?:[-–]|(?=[ \t]|$))|>>(?=[ \t])|။[ \t]*။|(?<=[ \t])[|ঃः](?=[ \t]|$)"
        rf"|{_GLUED_VISARGA}"
        r"|(?<=[ \t])>(?=[ \t]+\S))"
        r"|(?P<semi>;)(?=[ \t]+[^\W\d_])|(?P<dash>--|[-–—])(?=\s|$)|(?P<dot>\.)"
        rf"|(?P<glued>—|–|--|(?<=[ \t])-)(?=[{UPPER}«“\"])"
        r"|(?P<starred>\*)(?=[ \t]*[-–—:])"
        rf"|(?P<quoted>[«„“\"][{UPPER}][^\W\d_]*(?:[ \-][^\W\d_]+){{0,3}}[»“”\"])"
        r"(?=[ \t]*[:(]|[ \t]+[^\W\d_]))"
    )


@cache
def token_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    """The label's tokens, the ordinal endings (``ordinal_endings``, each language's: "1st",
    "2nd", "3rd") glued to a figure of one or two a word of the name or office ("1st Accused:",
    "3rd Respondent:"), in capitals too ("2ND ACCUSED:"), as "1er" and "2º" are."""
    ordinal = ORDINAL_WORD
    if endings:
        ordinal += rf"|\d{{1,2}}(?i:{'|'.join(map(re.escape, sorted(endings)))})(?![^\W\d_])"
    return regex(_token_text(ordinal))


TOKEN = token_pattern(())

COLON_NEXT = regex(r"[ \t]*[:：]")
# A police officer's rank abbreviated in CAPITALS with no vowel (or "PCSO"), the collar number
# after it and the name, read as one label's words where a number opens the line before them (a
# tape's counter: "0.14  PC 2291 REID:"); no year ("DC 2020 CONFERENCE:" heads an item).
COLLAR = regex(r"(?:[B-DF-HJ-NP-TV-Z]{2,3}|PCSO)[ ](?!(?:1[89]|20)\d\d\b)\d{2,6}[ ](?=[A-Z])")
# the holder's name in brackets after a numbered office, then the colon: "ACCUSED No. 2 (SISULU):";
# a name opens with a capital (any letter of a script without case: "พยานโจทก์ปากที่ 1 (X):", a
# Thai court's numbered witness) and holds no digit, a reference's page or paragraph in brackets
# is no holder ("See Exhibit No. 4 (page 12): it shows …", "Annex No. 2 (para. 3):")
BRACKETED_THEN_COLON = regex(rf"[ \t]*\((?![{_LOWER}])[^\W\d_][^()\d\n]{{0,59}}\)[ \t]*[:：]")
# An office's number and a word of the office in CAPITALS after it, up to the label's colon: a
# Colombian trial's prosecutor by the number of the office ("FISCAL 23 SECCIONAL:").
NUMBERED_OFFICE = regex(r"\d{1,3}[ \t]+[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,})?[ \t]*[:：]")
# A representative's number and the seat after it, joined by a short particle, up to the label's
# colon, as Tonga's Fale Alea numbers its members of a constituency ("Fakafofonga Fika 3 'o
# Tongatapu:", "Fakafofonga Nōpele Fika 1 'o Vava'u:", "Representative No. 2 for Ha'apai:").
SEAT_AFTER_NUMBER = regex(
    rf"[ \t]+['’‘ʻ]?[{SMALL}]{{1,3}}[ \t]+[{UPPER}][^\W\d_]*(?:['’‘][^\W\d_]+)*[ \t]*[:：]"
)
SEAT_WORDS = 2  # words before such a number at least: the office and the word for number
# The same in a script without case: the seat's place after its number, a word or up to three of
# the script before the colon, as Lao and Thai records print a member's constituency after the
# office ("ທ່ານ X ສະມາຊິກສະພາແຫ່ງຊາດ ເຂດເລືອກຕັ້ງທີ 3 ແຂວງຫຼວງພະບາງ:", "นาย X ส.ส. เขต 3 ขอนแก่น:").
UNCASED_SEAT_AFTER_NUMBER = regex(r"(?:[ \t]+[^\W\d_][^\s\d:：៖()]*){1,3}[ \t]*[:：៖]")
# The office after a seat's place and its number, up to the label's colon, as a Pacific house
# prints a member by the constituency's number first ("Tongatapu No. 3 People's Representative:",
# "Upolu No. 2 Member:"): one to three words, a possessive's apostrophe in them.
OFFICE_AFTER_SEAT = regex(r"(?P<office>(?:[ \t]+[^\W\d_]+(?:['’‘][^\W\d_]*)*){1,3})[ \t]*[:：]")
NUMBER_SIGN_WORD = regex(rf"(?i:{NUMBER_SIGNS})\.?")  # a number's sign alone: "No.", "Nr", "№"
SEAT_PLACE_WORDS = 2  # a seat's place before its number at most: "Tongatapu", "Ha'apai", "Upolu West"
# A voice's number after a service's field and its colon, alone on its line: "Speaker : spk3".
VOICE_AFTER_COLON = regex(r"[ \t]*(?P<voice>[^\W\d]{0,12}\d{1,3})[ \t]*(?=\n|$)")
TYPED_DASHES = {"--": "–"}  # the two hyphens a typist sets for a label's dash: that dash's kind
# An office after a member's bracketed party and its comma, up to the label's colon or stop: a few
# words with no bracket, digit or sentence's punctuation ("(SVP), Kommissionssprecher der JuKo. "),
# or the kind of speech, its last words a term in quotation marks, as the European Parliament's
# reports name a blue-card question in most of their languages ("(EFD), question «carton bleu».
# –", "(Verts/ALE), Antwort auf eine Frage nach dem Verfahren der „blauen Karte“. –"); an article
# elided into its word is the word's ("(PSC), tinenta d'alcalde d'Urbanisme:"). The stop may
# carry the record's dash glued to it ("M. X (DP), rapporteur.- …", Luxembourg's Chamber). The
# office may name its body and a note in brackets follow it, as the United Nations' older records
# print a rapporteur or a chair ("Mr. X (Colombia), Rapporteur of the Ad Hoc Political Committee
# (translated from Spanish):"): the note is the label's, as after the country's brackets.
DESCRIBED_AFTER = regex(
    r"[ \t]+(?P<description>[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:[-'’][^\W\d_]+)*){0,7}"
    r"|(?:[^\W\d_]+[ \t]+){0,9}(?P<quoted>[«„“\"][^«»„“”\"\n]{1,30}[»“”\"])(?:-[^\W\d_]+)?)"
    r"(?:[ \t]+\((?P<note>[^\W\d_][^()\n]{0,39})\))?"
    r"[ \t]*(?P<punct>[:：]|\.(?=\s|$|(?:--|[-–—])(?=\s|$)))"
)
# A number last in a name, which a stop and a word follow: the stop an ordinal's ("Gemeinderat
# 21. Wahlperiode 59. Sitzung", a flattened head), no label's.
ORDINAL_STOP = regex(r"(?<![^\W\d_])\d{1,4}$")
WORD_AFTER = regex(r"[^\W\d_]")
# A place after a name's comma: one capitalised word, hyphenated perhaps, or its two languages'
# names ("Schwanden-Sigriswil", "Biel/Bienne").
PLACE_WORD = regex(rf"[{UPPER}][^\W\d_]+(?:[-/][{UPPER}][^\W\d_]+)*")
# The dash an older printed trial glues between a question's or an answer's letter and its speech
# ("Q—Where were you?", "A.—Yes.", a web copy's "Q--", "A–"), a capital after it.
GLUED_PAIR_DASH = rf"\.?(?:—|–|--)(?=[{UPPER}\"“(])"
# A dash glued to a label's colon, before a space or the line's end: the colon and dash of the
# Iraqi and other Arab records ("د. سالم الحديثي:- …"), as older English-language ones of South
# Asia print it ("MR. SPEAKER:- …"); an em or en dash glued to the speech's capital, as the
# nineteenth century's Hansard and Archives parlementaires print it ("M. X, au milieu du
# bruit:—Je prie …", "Mr. X, rising to order:—Sir, …").
DASH_LEAD = regex(r"[-–—][ \t]+(?=[^\W\d_])")  # a dash before a label: "– د. سالم:-"
# … and a hyphen or a dialogue's dash glued to it: "-La C. Presidenta X:", the Spanish and
# Portuguese records' and press transcripts' "—Presidenta (López):", "—Concejal Gómez:"
GLUED_DASH = regex(rf"[-–—](?=[{UPPER}])")
# A spaced dash alone after the colon at the line's end is the label's too, the speech on the next
# line ("السيد رئيس مجلس النواب: -"), where the colon is glued to the label's last word: a heading's
# separator spaced on both sides (" : - ", a Spanish record's "DEBATES DE TOTALIDAD … : -" wrapped
# over "PROYECTO DE LEY …") stays the heading's. An asterisk glued to the colon before the speech
# is the label's too: German parliaments mark so a speech its speaker has not checked ("Dirk
# Kienscherf SPD:* Frau Präsidentin, …", "Dr. Anna Beispiel (CDU):*").
COLON_DASH = regex(
    rf"[-–—](?=\s|$)|[–—](?=[{UPPER}«“\"(])|(?<![ \t]:)[ \t]+[-–—](?=[ \t]*(?:\n|$))|\*(?=[ \t]+\S)"
)
# A colon set off by a run of spaces with nothing after it on its line: the column of colons a
# court's case caption aligns ("HARROW COUNTY, ET AL.,      :" / "Petitioners  :  No. 21-417").
COLUMN_COLON = regex(r"[ ]{3,}:[ \t]*(?:\n|$)")
# Colons of other scripts that end a label as the colon does: the Ethiopic preface colon of the
# Amharic record ("ክቡር አፈ ጉባኤ፦ …") and the wordspace and dash its typists print for it ("ዳኛ፡- …",
# an Ethiopian court's record), or alone before a space after a label of two words or more ("ክቡር
# አፈ ጉባኤ፡ …"; after one word, or a word that the wordspace itself set off, it parts words),
# the Khmer colon ("ឯកឧត្តម សុខ វណ្ណា៖ …"), the Armenian comma-like mark that a council's minutes
# print after a label, the colon being the script's full stop ("Համայնքի ղեկավար՝ …"), the Burmese section
# mark twice, a space between ("ဥက္ကဋ္ဌ။ ။ …": once it ends a sentence), and the arrows a TV
# captioner prints after a name in CAPITALS ("JUSTICE ROBERTS>> The Senate will convene …"), and
# the bar set apart by spaces that Luxembourg's Chamber prints after its labels ("M. X (Party) |
# Merci, …", alone on its line: a table's row has more than one), and the arrow so set apart that
# a city council's web minutes print after the office or the name ("MAYOR > Thank you.", "ALD.
# X > I move …"; a breadcrumb's arrows are more than one); the label keeps its printed
# colon, its punctuation reads ":" (keyed without the space). The wordspace and the bar end a
# label alone on its line too, the speech below it ("ዳኛ፡", "M. le Président |").
# The visarga of Bengali and Devanagari set apart by spaces, as typists and OCR print it for the
# colon ("মাননীয় অধ্যক্ষ ঃ …", an old assembly's record; "अध्यक्ष ः …", a text converted from a
# legacy font): glued to its word it is a letter ("দুঃখ", "অতঃ") or an abbreviation's ("ডঃ", "মোঃ");
# set apart after one word that is no office it is that word's, its stem split off ("अत ः मैं …").
VISARGAS = "ঃः"
WORDSPACE = "፡"  # the Ethiopic wordspace, a label's colon only after two words or more
# the Armenian mark, a label's colon only after two words or more or an office ("Այսօր՝ …", today,
# opens a sentence)
ARMENIAN_COMMA = "՝"
COLONS = {
    "፦": ":",
    WORDSPACE: ":",
    "፡-": ":",
    "፡–": ":",
    "៖": ":",
    ARMENIAN_COMMA: ":",
    "။။": ":",
    ">>": ":",
    ">": ":",
    "|": ":",
    VISARGAS[0]: ":",
    VISARGAS[1]: ":",
}
_WORDSPACE_WORDS = 4  # a label's words before the wordspace that ends it, at most
_WORDSPACE_LINE = regex(rf"[^\n]*{WORDSPACE}[^\n]*")


# The first letter of a line, where a line opens with one (after any marks or figures).
_LINE_LETTER = regex(r"^[^\w\n]*(?P<letter>[^\W\d_])", re.MULTILINE)
_TYPED_LINES = 200  # lines with a cased first letter read to tell a record typed in lower case
# a line's one word before a colon, as a label in lower case prints it ("predsednik:", "moderator:")
_WORD_COLON = regex(r"[^\W\d_]+(?=:)")


def typed_in_lower_case(text: HeldText, offices: Vocabulary) -> bool:
    """Whether *text* is typed in lower case throughout, as some committees' minutes are
    ("predsednik: začenjam sejo …", "sekretar: hvala."): of its first lines that open with a
    letter of a cased script, none opens with a capital, and every one word before a colon that
    opens one is an office (*offices*). Such a record's offices in lower case open its turns; a
    caption's "moderator:" among them says its labels are names and roles of its own, "mayor:"
    no office that alone opens a turn. It is read a run of lines at a time."""
    cased = 0
    for run in text.chunks():
        for found in _LINE_LETTER.finditer(run):
            letter = found.group("letter")
            if letter.isupper():
                return False
            word = _WORD_COLON.match(run, found.start("letter"))
            if word and not offices.match(word.group().casefold()):
                return False
            cased += letter.islower()
            if cased >= _TYPED_LINES:
                return True
    return cased > 0


# Words in CAPITALS opening a line, set off from a speech that opens with a capital by two spaces
# or more and no punctuation, as some court reporters' software prints every label ("THE COURT
# You may.", "MR. X  Your Honor, …"): the record's lines so opened, and a label so printed.
_CAPITALS_WORD = rf"[{UPPER}][{UPPER}.'’\-]* "  # a word in CAPITALS, its stop perhaps, and its space
_CAPITALS_LAST = rf"[{UPPER}][{UPPER}'’\-]*"  # the last one no stop
_CAPITALS_WORDS = rf"(?:{_CAPITALS_WORD}){{0,3}}{_CAPITALS_LAST}"
_CAPITALS_SPACED_LINE = regex(rf"(?m)^(?P<label>{_CAPITALS_WORDS})[ ]{{2,}}(?=[{UPPER}])")
CAPITALS_SPACED = regex(rf"(?P<name>{_CAPITALS_WORDS})(?P<gap>[ ]{{2,}})(?=[{UPPER}])")


def capitals_spaced(text: str, offices: Vocabulary) -> bool:
    """Whether *text* prints its labels in CAPITALS set off by two spaces with no colon, as some
    court reporters' transcripts do ("THE COURT  You may."): of its opening lines one or more so
    open with an office (*offices*), a label of the record's own shape."""
    opening = text[:OPENING_SPAN]
    if "  " not in opening:
        return False
    return any(
        offices.search(line.group("label").casefold()) for line in _CAPITALS_SPACED_LINE.finditer(opening)
    )


# A line of a few words in CAPITALS alone, no colon, over a line that opens a sentence in Mixed
# case, as a record printing its labels above the speech has them ("THE PRESIDENT" / "Order.").
_CAPITALS_ALONE_LINE = regex(
    rf"(?m)^[ \t]*(?P<label>(?:{_CAPITALS_WORD}){{0,4}}{_CAPITALS_LAST})[ \t]*\n[ \t]*(?=[{UPPER}][{SMALL}])"
)


def capitals_alone(text: str, config: Config) -> bool:
    """Whether *text* prints its labels in CAPITALS alone on their line over the speech, no colon
    ("THE PRESIDENT" / "Order. I call …"): of its opening lines one or more so print an office
    (the configured ``offices``) opening the line after its article, a label of the record's own
    shape that an office whose portfolio runs long ("HEAD OF THE DEPARTMENT OF JUSTICE") shares."""
    lines = _CAPITALS_ALONE_LINE.finditer(text[:OPENING_SPAN])
    return any(config.offices.match(config.past_article(line.group("label").casefold())) for line in lines)


# Of a text's cased letters, the share in capitals that makes it a text in capitals: a record typed
# so (its opening's letters), a name of a roll ("McALISTER J", a capital's "Mc" in lower case).
CAPITALS_SHARE = (3, 4)
_TYPED_LETTERS = 200  # cased letters at least: a title alone in capitals is no typed record


def typed_in_capitals(text: str) -> bool:
    """Whether *text* types its speech in capitals, three in four of its opening's cased letters
    so (an old typed record, a teletype's copy: "MR. SPEAKER" / "THE HOUSE WILL NOW …"): its
    capitals then make no label nor heading, a label's shape alone does."""
    opening = text[:OPENING_SPAN]
    upper = sum(map(str.isupper, opening))
    cased = upper + sum(map(str.islower, opening))
    return cased >= _TYPED_LETTERS and upper * CAPITALS_SHARE[1] >= cased * CAPITALS_SHARE[0]


def gives_the_floor(text: HeldText, clause: re.Pattern[str]) -> bool:
    """Whether *text*, read a run of lines at a time, is a court's minutes that give the floor
    in clauses (*clause*, the configured ``floor_clause``): a line of it opens with one that
    says it is given ("Dada a palavra ao advogado da autora, por ele foi dito:") or that follows
    the act before it ("Aberta a audiência, pelo MM. Juiz foi dito:"). A bare "Pelo Secretário
    foi dito: …" alone is a speaker reporting what was said, no clause of minutes."""
    return any(_clause_in_run(run, clause) for run in text.chunks())


def _clause_in_run(text: str, clause: re.Pattern[str]) -> bool:
    """Whether a line of *text*, a run of whole lines, gives the floor in a clause (see
    :func:`gives_the_floor`)."""
    if "dito" not in text and "DITO" not in text:  # asked of every record: the verb first
        return False
    # only the lines that print the verb are read, each cut from the text where it is found: a
    # list of every line of a long record had been the parse's highest memory
    begin = 0  # where the text not yet read begins
    for verb in _SAID.finditer(text):
        at = verb.start()
        if at < begin:
            continue  # on a line read already
        start = text.rfind("\n", begin, at) + 1 or begin
        for other in _LINE_END.finditer(text, start, at):  # a rarer break, as str.splitlines reads it
            start = other.end()
        end = _LINE_END.search(text, verb.end())
        begin = end.end() if end else len(text)
        found = clause.match(text[start : end.start() if end else len(text)].strip())
        if found and (found.group("given") or "," in found.group(0)[: found.start("holder")]):
            return True
    return False


# The verb of a clause of minutes in any case, its letters ASCII's alone: a line holds it where
# its casefold does ("DITO", "Dito"; no other letter folds into one of these four beside another).
_SAID = regex("(?ai)dito")
# Where str.splitlines ends a line ("\r\n" ends one, as its "\n" does).
_LINE_END = regex("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


# The hour and minute a record prints before each member's label, its stop between them, as the
# Eduskunta's minutes print every speech's start ("14.02 Ville Tavio ps: Arvoisa puhemies!"): a
# line opening with such a figure and a capitalised word, and the figure itself.
_HOUR, _MINUTE = r"[01]?\d|2[0-3]", r"[0-5]\d"
_DOTTED_LINE = regex(rf"(?m)^[ \t]*(?P<hour>{_HOUR})\.(?P<minute>{_MINUTE})[ \t]+(?=[^\W\d_])")
DOTTED_CLOCK = regex(rf"(?:{_HOUR})\.{_MINUTE}(?=[ \t])")
# the record's opening characters read for its clocks and its labels' shape: its first speeches
OPENING_SPAN = 20_000
_DOTTED_LINES = 2  # lines opening with a clock that show the record prints one before its labels


# A circle or a square opening a line, as the Japanese and Korean records print before each label
# ("○議長（X君）　…", "◯의장 X").
_CIRCLED_LINE = regex(r"(?m)^[ \t\u3000]*[○◯●◎〇■]")


def names_unmarked(text: str) -> bool:
    """Whether *text* prints no circle or square before any of its opening lines, so a name set
    off by an ideographic space may open a turn with none ("宮本顕治　では討論に入ります。"): in a
    record that marks its labels, such a line is a speech's own ("　日程第一　国務大臣の…")."""
    return _CIRCLED_LINE.search(text, 0, OPENING_SPAN) is None


def dotted_clocks(text: str) -> bool:
    """Whether *text* prints the clock with a stop before its labels ("14.02 Ville Tavio ps:",
    "14.05 Tytti Tuppurainen sd (vastauspuheenvuoro):"): of its opening lines, two or more open
    with an hour and its minutes, which never go back, and which are not a numbering of
    questions and their answers (the Belgian Chamber's "01.01 Els Janssens (N-VA):" /
    "01.02 Pierre Dumont, ministre:" / "02.01 …": each number's second part 01 where its first
    changes, the one before it and one more where it stays, wherever the excerpt starts)."""
    opening = text[:OPENING_SPAN]
    if "." not in opening:
        return False
    figures = [(int(m.group("hour")), int(m.group("minute"))) for m in _DOTTED_LINE.finditer(opening)]
    if len(figures) < _DOTTED_LINES:
        return False
    minutes = [hour * 60 + minute for hour, minute in figures]
    if any(later < earlier for earlier, later in pairwise(minutes)):
        return False
    numbered = all(
        later[1] == (earlier[1] + 1 if later[0] == earlier[0] else 1) for earlier, later in pairwise(figures)
    )
    return not numbered


def wordspace_after_labels(text: HeldText) -> bool:
    """Whether *text* prints the wordspace only where a label ends: once on a line at most,
    after one of the line's first words, a space after it ("ዳኛ፡ ችሎቱ ተሰይሟል።"). Such a record's
    label of one word ends there too; where the wordspace parts every word, it ends none. It is
    read a run of lines at a time."""
    printed = False
    for run in text.chunks():
        if WORDSPACE not in run:  # asked of every record: most have none
            continue
        printed = True
        for line in _WORDSPACE_LINE.finditer(run):
            words = line.group().split()
            marked = [at for at, word in enumerate(words) if WORDSPACE in word]
            if len(marked) != 1 or marked[0] >= _WORDSPACE_WORDS or not words[marked[0]].endswith(WORDSPACE):
                return False
    return printed


# What a label whose punctuation reads as a colon needs in its text: a colon, one of COLONS, or
# the bracket of the renderings that end a label as a colon would (Sri Lanka's "(…) (The Hon.
# X)"), the curly brace of a label so enclosed ("{Hon. Speaker};") or the Arabic semicolon a court
# prints for the colon ("رئيس المحكمة ؛"). A text with none has no such label: a caller that wants
# only those need not ask.
COLON_MARKS = regex("[" + re.escape(":：(（[{؛" + "".join(sorted({mark[0] for mark in COLONS}))) + "]")
KASHIDA_APART = regex(r"\s\u0640(?=\s|$)")  # a tatweel set apart by spaces: a Persian dash
DASH_APART = regex(r"\s[-–—](?=\s|$)")  # a dash set apart by spaces
# Brackets with a figure inside straight after a dash: a title's dates, no speech ("XIX Congress (b)
# - (October 5-14, 1952). Documents").
DATED_AFTER = regex(r"\s*\([^()\d]{0,40}\d")
# The rest of a name after a hyphen set apart by spaces, as the Arabic records of the United Nations
# print a foreign name ("توماس - غرينفيلد"), up to the label's parentheses and colon: in a script
# without case, where a dash ends a label, the dash is the name's where these follow it.
HYPHENATED = regex(r"[ \t]+[^\W\d_]+(?:[ \t][^\W\d_]+){0,2}(?:[ \t]*\([^()\n]{1,80}\))+[ \t]*[:：]")
SENTENCE_STOP = regex(r"[.!?؟։]")  # "։": the Armenian full stop
SPACE_RUN = regex(r"(?<=\S)[ \t]{2,3}(?=\S)")  # a justified line's doubled spaces, no column's gap
# The surname after an office's initials, with its stop, before the speech's first letter or the
# line's end: "Председательствующий Н. П. |Кружилин|. Товарищи, …" (both capitals, as read).
SURNAME_AFTER_INITIALS = regex(
    r"[ \t]?(?P<surname>[^\W\d_]+(?:-[^\W\d_]+)?)\.(?:[ \t]+(?P<speech>[^\W\d_])|[ \t]*(?:\n|$))"
)
INITIAL_STOP = regex(r"(?<![^\W\d_])[^\W\d_]\.[ \t]*")  # an initial and its stop: "H. "
# A list's first and second items opening their lines: the figure, its stop, bracket or dash
# ("1- Yoklama", "1. Вилоят ҳокими …", "2) …").
FIRST_ITEM = regex(r"[ \t]*1[ \t]?[.)\-–—][ \t]+\S")
SECOND_ITEM = regex(r"[ \t]*2[ \t]?[.)\-–—][ \t]+\S")
# A word spelt out letter by letter for the record ("V-A-N-C-E", "S-M-I-T-H"): an answer, no name.
SPELLED_WORD = regex(r"(?<![^\W\d_])[^\W\d_](?:-[^\W\d_]){2,}(?![^\W\d_])")
TURN_NUMBER = regex(r"\d{1,4}[.)][ \t]")  # the number a record gives each turn: "14. KETUA: …"
# A list's letter before a question's asker, as a committee's public questions letter each one
# ("a) Parent at the school:", "(b) Resident of Hill Street:"): a small letter of the list's first
# few and its bracket, a capital after it; the label after it holds the letter as printed.
LETTERED_ITEM = regex(rf"\(?[a-h]\)[ \t]+(?=[{UPPER}])")
# The dash between a member's party and seat or office in brackets: "(Green—Auckland Central)".
PARTY_DASH = regex(r"\s?[—–]\s?")
# A conjunction between two names in CAPITALS, each with its role: a joint label ("ROMEO
# (LSP-PSd'Az) e BOCCIA (PD-IDP).", two members asking at once in the Italian Senate's record).
JOINT = regex(rf"[ \t]+(?P<word>[^\W\d_]{{1,3}})[ \t]+(?=[{UPPER}]{{2,}})")
CAPITALS = regex(rf"[{UPPER}]{{2,}}")  # a word in CAPITALS inside a name
# The reporter's verb after a label printed with no punctuation ("MR. SMITH said, he …"), perhaps
# after the words that he answers ("MR. JONES, in reply, said, …"): a comma, a colon or a word in
# lower case after it.
REPORTED_VERB = regex(
    rf"(?:,[ \t]+(?=in reply,)|[ \t]+)"
    rf"(?P<speech>(?:in reply,[ \t]+)?(?P<verb>[{SMALL}]+)(?=[,:]|[ \t]+[{SMALL}]))"
)
SENTENCE_WORD = regex(rf",|(?<![^\s])[{SMALL}]{{4,}}(?![^\W\d_])")
SMALL_WORD = regex(rf"(?<![^\s])[{SMALL}]+(?![^\W\d_.])")
CODE = regex(r"[^\W\d_]\d|\d[^\W\d_]")  # letters and digits in one word: a reference, not a name


# A dash set apart after a label's stop, at a line's end too (the speech below), or the two
# hyphens that OCR and typists set for it ("M. le président. -- La parole est à …"); a long dash
# or those hyphens glued to the speech's capital after the space, as a French record prints it
# too ("M. Dupont. —Sur ce point, …"), the dash the label's, no speech's.
DASH_AFTER = regex(rf"[ \t]+(?:(?:--|[-–—])(?=\s|$)|(?:--|[–—])(?=[{UPPER}«“\"]))")
# A dash right after the label's stop, before a space ("Sr. X.- …") or glued to the speech's
# capital, as Spanish and Latin American records print it ("EL PRESIDENTE.–Se abre la sesión."),
# or the two hyphens a typed transcription sets for that dash ("M. Charamaule.--Je demande …").
STOP_DASH = regex(rf"(--|[-–—])(?=\s|$|[{UPPER}¿¡«“\"(])")
# An office in lower case after a spaced dash, up to the label's colon (the Romanian chambers'
# "Domnul Andrei Popa - ministrul finanțelor:"), the clock in brackets perhaps between them, its
# stop no sentence's ("LTAbg. Dr. X – KPÖ (10.15 Uhr):", an Austrian Landtag's party and hour):
# its hour and minutes first, no year nor a paper's number ("Punkt 3 (2024):" is none).
DASHED_OFFICE = regex(
    r"[ \t]*(?P<office>[^\W\d_][^:.!?\n]{0,100}?)"
    r"(?:[ \t]*\([ \t]*\d{1,2}[.:h]\d{2}\b[^()\n]{0,12}\))?[ \t]*:(?=\s|$)"
)
# The holder after an office's spaced dash, up to the label's colon: an Italian trial's
# "PRESIDENTE - Dott.ssa Bianchi:", "DIFESA - AVV. GRECO:".
DASHED_HOLDER = regex(r"[ \t]*(?P<holder>[^\W\d_][^:!?\n]{0,80}?)[ \t]*:(?=\s|$)")
# A further segment of a label in CAPITALS between spaced dashes: "O SR. PRESIDENTE - CAUÊ
# MACRIS - PSDB - …", the name and the party after the office (Brazilian records).
CAPS_SEGMENT = regex(
    rf"[ \t]*(?P<segment>[{UPPER}][{UPPER}\d.'’/]*(?: [{UPPER}][{UPPER}\d.'’/]*){{0,5}})[ \t]+[-–—](?=\s|$)"
)
# A label set off by an ideographic space or two spaces (after a marker): a name of up to three
# words, perhaps a role in (full-width) parentheses; a member's seat number may open it when the
# name follows in parentheses (a Japanese assembly's "○１２番（佐藤花子君）").
SPACED_OFF = regex(
    r"(?P<name>\d{0,3}[^\W\d_][^\s（()）:：.。,，]{0,24}(?: [^\W\d_][^\s（()）:：.。,，]{0,24}){0,2})"
    r"(?:(?P<apart>[ \t])?[（(](?P<role>[^）)\n]{1,40})[）)])?(?P<gap>\u3000+|[ \t]{2,})(?=\S)"
)
# After a marker, a member's numbered seat and the member's name in its brackets alone on the
# line, the speech below: "〇１２番(石原大輔君)" (see names.numbered_seat).
SEAT_ALONE = regex(r"(?P<name>[^\W_]{2,8})[（(](?P<role>[^（()）\n]{1,40})[）)][ \t\u3000]*$")
ONE_WORD_OFF = regex(
    r"(?P<name>\d{0,3}[^\W\d_][^\s（()）:：.。,，]{0,24})"
    r"(?:[（(](?P<role>[^）)\n]{1,40})[）)])?(?P<gap>[ \t])(?=\S)"
)
# After a marker, two words of a script without case (an office and a name: "소위원장 이상민")
# set off by one space, or a unit, a name and an office (see MarkedLabels._office_beside_name).
WORDS_OFF = regex(
    r"(?P<first>[^\W\d_][^\W_]{0,15}) (?P<second>[^\W\d_]{1,12})(?: (?P<third>[^\W\d_]{1,12})(?= ))?"
)
# After a marker, a surname with the first character of the forename in full-width parentheses
# and the office glued after them, as the Diet tells two members of one surname apart
# ("○田村（貴）委員　…"): one label, the parenthesis no role.
TOLD_APART = regex(
    r"(?P<name>[^\W\d_][^\s（()）:：.。,，]{0,24}（[^\W\d_]{1,2}）[^\W\d_]{1,6})(?P<gap>\u3000+|[ \t])(?=\S)"
)
# After a marker, a name in a script without case and its full-width parenthesis, the speech
# glued to it where a copy lost the ideographic space ("○議長（山田一郎君）これより…"), perhaps
# after a short note in its own brackets, the hall's applause an older prefectural minute glues
# between them ("○12番（X君）（拍手）おはよう…"): the note is the speech's, read as a stage.
BRACKET_OFF = regex(
    r"(?P<name>\d{0,3}[^\W\d_][^\s（()）:：.。,，]{0,24})（(?P<role>[^）\n]{1,40})）(?P<gap>)"
    r"(?=[^\s（(]|（[^（()）\n]{1,12}）[^\s（(])"
)
# After a marker, the whole label inside its (full-width) brackets, the name and the office or
# title after it, set off from the speech by space, as a prefectural assembly's minutes print each
# turn ("○（三宅浩二議長）　ただいまから…", "○（北野　実議員）　…").
# Or alone on its line over the speech, as a committee's copy sets each label ("○（庄本えつこ委員）"):
# the gap is then what ends the line.
WHOLE_BRACKETED = regex(
    r"[（(](?P<name>[^\W\d_][^（()）:：.。,，\n]{0,30}?)[）)]"
    r"(?:(?P<gap>\u3000+|[ \t]+)(?=\S)|(?P<alone>[ \t\u3000]*)$)"
)
# After a marker, a member's surname and given name parted by one ideographic space, as a copy
# pads a short name to the width of the others, the suffix of address ending it ("◯飯島　修君　…"),
# then the gap before the speech or the line's end.
PADDED_NAME = regex(
    r"(?P<name>[^\W\d_]{1,4}\u3000[^\W\d_]{1,4})(?:(?P<gap>\u3000+|[ \t]{2,})(?=\S)|(?P<alone>[ \t]*)$)"
)
# After a marker, an office and its holder in a script without case whose opening bracket a copy
# lost, the closing one kept ("◯議長伏屋嘉弘君)　以上で…"): the office is read off the front.
OPENER_LOST = regex(r"(?P<name>[^\W\d_][^\s（()）:：.。,，]{1,30})[）)](?P<gap>\u3000+|[ \t]+)(?=\S)")
# With no marker, the same label printed with its closing bracket only, the speech glued to it or
# after a space, as a city's web minutes print each turn ("浜中委員長)ただ今から…", "市長) それでは…").
UNOPENED = regex(r"(?P<name>[^\W\d_][^\s（()）:：.。,，、「」]{0,24})[）)](?P<gap>[ \t\u3000]*)(?=[^\s）)])")
# With no marker, a Japanese surname and the office joined to it, one space, then a speech in
# kana, as a web copy that lost the circle and the ideographic space prints the Diet's turns
# ("石田委員長 それでは…", "大池事務総長 回付案は…", a member named with his suffix of address:
# "安平鹿一君 全國…"); Chinese writes no kana. A member's cry for the
# floor, the office he calls and its trailing dots, is all the speech and has none ("早瀬委員
# 委員長……。").
SURNAME_OFFICE_SPACED = regex(
    r"(?P<name>[\u3400-\u9fff\uf900-\ufaff]{2,12})[ \u3000]"
    r"(?=[^\s]{0,30}[\u3040-\u30ff]|[\u3400-\u9fff]{1,8}[…‥]+[。！!]?\s*$)"
)
# A description after a label that ends in initials or a stop, up to its own stop: the seat,
# faction or office of the parliaments of the former USSR ("Жириновский В. В., фракция ЛДПР.",
# "ЯВОРІВСЬКИЙ В.О., голова Комісії …."). It starts in lower case, so a sentence never is one;
# it may be long, and its parenthesis (the seat: "округ № 211, м. Київ") may hold stops. A city
# council's record ends it with a spaced dash as it does a label ("ЗАХАРОВ Д.С., депутат по
# избирательному округу № 5 – Прошу …"): the dash is the label's stop, the speech after it. A
# faction's name in quotes is read whole, its own dash no stop ("фракция «Справедливая Россия –
# За правду».").
DESCRIPTION = regex(
    r",[ \t]*(?P<role>[^\W\d_](?:[^.!?\n()«»\"„“”]|\([^()\n]{0,200}\)"
    r"|«[^»\n]{0,200}»|\"[^\"\n]{0,200}\"|[„“][^“”\n]{0,200}[“”]){0,300}?)"
    r"(?:\.(?=\s|$)|[ \t]+(?P<dash>[–—-])(?=[ \t]))"
)
# A recording's clock printed after a label, as transcription services print it: in brackets
# after the punctuation ("Mayor Garcia: (00:04)", "Name: [00:01:23]"), or alone after a name
# with none, at its line's end ("Speaker 1  0:02").
# A party's role, a spaced dash, then the profession in lower case with the name and a colon: a
# court protocol's "Защитник – адвокат Зотов В.В.:", "Захисник – адвокат Мельничук І.П.:".
APPOSITION = regex(
    r"[ \t]*(?P<office>[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]+)[ ]+"
    r"(?P<name>[^\W\d_][^:\n]{1,40}?)(?P<punct>:)(?=\s|$)"
)
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
BRACKETED_CLOCK = regex(rf"[ \t]*(?P<time>\({CLOCK}\)|\[{CLOCK}\])(?=\s|$)")
# That clock in brackets before the label's colon, after a participant's number ("वक्ता 1 (00:00:03):")
CLOCK_THEN_COLON = regex(rf"[ \t]*(?:\({CLOCK}\)|\[{CLOCK}\])[ \t]*[:：]")
CLOCK_ENDS = "0123456789)].mM"  # how a line that ends in a clock ends
# A clip's clock range a web archive of speeches prints under each speaker's name alone on its
# line, its length perhaps ("00:00:00-00:00:09 (9 sec)", "00:01:12 - 00:01:40"), the speech below.
CLIP_RANGE = regex(
    rf"{CLOCK}[ \t]*[-–][ \t]*{CLOCK}(?:[ \t]*\(\d{{1,5}}[ \t]*(?:sec|seconds?|s|min|minutes?)\.?\))?"
)
# the hour of the day after a name on its line, as a web copy of Ghana's Hansard prints each turn
# ("Mr Speaker 10:30 a.m.", "Mr First Deputy Speaker 11 a.m.")
DAY_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?\s?m\.?"
DAY_CLOCK_END = regex(rf"[ \t]{DAY_CLOCK}[ \t]*$", re.IGNORECASE)
DAY_CLOCK_ALONE = regex(DAY_CLOCK, re.IGNORECASE)  # "11:05 AM", a live page's hour on its line
LINE_END_CLOCK = regex(rf"[ \t]+(?P<time>\({CLOCK}\)|\[{CLOCK}\]|{CLOCK}|{DAY_CLOCK})[ \t]*$", re.IGNORECASE)
# The most characters of that clock (14, "(12:30:15.250)") and a space before it, before the
# spaces that end the line: a search from there finds the clock a search of the line finds
LINE_END_CLOCK_SPAN = 16
# A label in the first cell of a table copied from a web page or a spreadsheet: the speech in
# the next cell, after a tab ("John Smith<TAB>Good morning.").
TAB_CELL = regex(r"(?P<name>[^\t\n]{1,80}?)(?<![,;])[ ]*\t+(?=[^\W_]|[\"'«“„(\[])")
# A label enclosed in full-width brackets, its speech below or after it: the roles of a Japanese
# court's record ("【裁判長】", "〔検察官〕"); the closing bracket is its punctuation.
OPENING, CLOSING = "".join(ENCLOSING.values()), "".join(ENCLOSING)
ENCLOSED = regex(rf"(?P<open>[{OPENING}])(?P<label>[^{OPENING}{CLOSING}\n]{{1,40}})(?P<close>[{CLOSING}])")
# A label in full-width round brackets alone on its line, the speech below: "（大臣）".
ROUNDED_ALONE = regex(r"（(?P<label>[^（）\s]{1,12})）[ \t\u3000]*$")
# A label in square brackets, the speech glued to it or below it: a Chinese live text's
# "[新闻发布会主持人 陈立新]各位记者…"; no clock's digits ("[03-04 11:12]"); in a cased script a
# space before the speech ("[Jane Citizen] Thank you, Chair."), or a typed page's run of them.
SQUARED_LABEL = regex(r"\[(?P<label>[^\[\]\d\n]{1,40}?(?:[ ]\d{1,3})?)\](?=[ ]*\S|[ ]*\n|$)")
# A chat's or a meeting log's nick or role in angle brackets, the speech after it on its line
# ("<jdoe> first topic: …", "<CHAIR> Good morning.", after a clock "14:01 <asmith> …"): a word
# or up to three, no tag's attributes ("<p class=…>") nor a closing tag's slash ("</p>").
ANGLED_LABEL = regex(r"<(?P<label>[^\W_][^<>\s=\"'/]{0,30}(?:[ ][^\W_][^<>\s=\"'/]{0,30}){0,2})>[ \t]+(?=\S)")
# A role glued before the corner bracket that quotes its words, the line ending with the closing
# one (or cut before it): a Japanese trial's report ("裁判長「被告人は前に出てください。」").
QUOTED_LABEL = regex(
    r"(?P<label>[^\s\d「」『』:：()（）]{1,12})「(?=[^「」\n]*」[ \t\u3000]*(?:\n|$)|[^「」\n]*$)"
)
# A witness's name in round brackets, the answer after it on its line: "(Sir John Smith) Yes."
ANSWERED_LABEL = regex(r"\((?P<label>[^()\n]{2,60})\)[ \t]+(?=[^\W\d_]|[\"'«“‘])")
# the same alone on its line, the answer on the next ("(Sir John Smith)" / "Yes.")
ANSWERED_ALONE = regex(r"\((?P<label>[^()\n]{2,60})\)[ \t]*$")
# a chat log's name in round brackets: a forename, perhaps a surname ("(Brent)", "(Nancy Ruiz)")
CHAT_NAME = regex(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
# A word of a name letter-spaced for emphasis (Sperrsatz) among words set solid, as older German
# records print a name's part ("Bronsart v o n Schellendorff, Kriegsminister:"): three letters at
# least, one in lower case (see set_solid), as initials without stops are all capitals ("Mr M G E
# WILEY") and a script without case spaces its words of one syllable ("그 후 이 문제에"), no letters.
SPACED_WORD = regex(r"(?<![^\s(])(?P<word>[^\W\d_](?: [^\W\d_]){2,})(?![^\s,.:;)])")
# Markdown's bold, or its italics in one asterisk glued to the label's first letter: a list's or
# a footnote's asterisk is set apart ("* Item: the budget.", "* See the annex."), so no label.
EMPHASIS = regex(r"(\*\*|__|\*(?=[^\W\d_]))(?P<label>[^*_\n]{1,160}?)\1")
# The marks of a Markdown heading before its words ("### Sarah Kim"), no part of them.
MARKDOWN_HEADING = regex(r"#{1,6}[ \t]+(?=[^\W\d_])")
# A Markdown list's item whose label is set in bold after the item's mark, as a meeting's notes
# exported as Markdown print each turn ("- **Lena**: …", "* **Ana Souza:** …", "1. **Chair:** …"):
# the mark printed with the label, no part of its name; bold only, as a bare item is a list's.
BOLD_ITEM = regex(r"(?:[-*+•]|\d{1,3}[.)])[ \t]+(?=\*\*|__)")
# A label of a few words before the Arabic semicolon, set off by spaces, that a court's record
# prints for its labels' colon ("رئيس المحكمة ؛ هل المتهم حاضر ؟").
ARABIC_SEMICOLON = regex(r"(?P<label>[^\W\d_][^\n:：;؛]{1,40}?)[ \t]+؛(?=[ \t]+[^\W\d_])")
SEMICOLON_WORDS = 4  # words of such a label: an office and its court or holder ("رئيس المحكمة")
# A label in a script without case, its hyphen glued to the speech's first word, as a Hindi
# record's PDF copy prints it ("अध्यक्ष महोदय-माननीय सदस्य …", "श्री रमेश प्रजापति-अध्यक्ष महोदय, …").
GLUED_CASELESS_HYPHEN = regex(r"(?P<label>[^\W\d_][^\n:：;؛\-–—]{1,60}?)-(?=[^\W\d_])")
HYPHEN_NAMED_WORDS = (3, 5)  # words of a name so printed: a form of address, forename and surname
# A label in curly braces, its colon or OCR's semicolon after the closing one, as a Kenyan county
# assembly's verbatim report prints each ("{Hon. Speaker}: …", "{Deputy Clerk (Ms. X)}; …").
BRACED = regex(r"\{(?P<label>[^{}\n]{1,120})\}(?P<punct>[:;])(?=[ \t]|\n|$)")
OPENING_QUOTES = "«“„\"'‘‚"
GENERIC_SPAN = 240  # characters a label read word by word may take
LABEL_SPAN = 400  # characters of a text a label candidate is looked for in
GENERIC_WORDS = 14  # a long office: "The Lord Chancellor and Secretary of State for Justice (…):"
# a longer one in CAPITALS with its holder in parentheses and a colon, as India's records print a
# minister's two portfolios: "THE MINISTER OF STATE IN THE MINISTRY OF PERSONNEL, PUBLIC
# GRIEVANCES AND PENSIONS AND MINISTER OF STATE IN THE PRIME MINISTER'S OFFICE (DR. X):", or
# three, a semicolon between the first two ("THE MINISTER OF STATE OF THE MINISTRY OF TEXTILES;
# THE MINISTER OF STATE IN THE MINISTRY OF PARLIAMENTARY AFFAIRS AND THE MINISTER OF STATE IN THE
# MINISTRY OF WATER RESOURCES, RIVER DEVELOPMENT AND GANGA REJUVENATION (SHRI X):")
CAPITALS_WORDS = 40
# beyond so many words a label in CAPITALS names its holder in brackets before its colon ("… (SHRI
# X):"), as the minister of several ministries does: a title of a report or a bill runs as long
CAPITALS_UNHELD_WORDS = 26
# A label with no punctuation, its speech on its line: an office, its portfolio and a name of two
# words or more before the speech's first word ("Ministr kultury ČR Antonín Staněk Děkuji, …").
UNMARKED_WORDS = 10  # words of such a label, its office's and its name's
# a word with nothing attached to it, its letters perhaps with the marks of a decomposed or toned
# letter ("Ọ̀nọ̀rábù", the Yoruba tones no letter of Unicode holds composed)
PLAIN = regex(rf"[^\W\d_](?:[^\W\d_]|[{MARKS}'’‘\-])*")
HEADING = 80  # characters of a heading alone on its line
# and of one in CAPITALS: a hearing's heading names the witness with all offices ("STATEMENT OF
# HON. JANE DOE, A U.S. SENATOR FROM OHIO, CHAIRMAN, COMMITTEE ON FINANCE")
CAPITALS_HEADING = 200
CLOCK_SPAN = 20  # characters of the hour a heading may print after it ("  10:30 a.m.")
# words of the holder's name after an office and its comma, before the verb that gives the floor
FLOOR_HOLDER_WORDS = (2, 5)
CAPTION_MARK = ">>"  # the mark live captions print before a change of speaker
# A financial terminal's code of the person last on the line, in braces with its key: "Marta X
# {BIO 18830412 <GO>}", "Q - Devin Y {BIO 20114477 <GO>}", a wire's call transcript; it marks the
# line a speaker's label as a marker before it does.
PERSON_CODE = regex(r"[ \t]+\{BIO[ \t]+\d{1,12}[ \t]+<GO>\}[ \t]*$")
# A word of a person's name: letters, an apostrophe, a quotation mark or a hyphen inside them
# ("O’Neill", "Smith-Jones", "חיימוביץ'"), no digit nor stop.
NAME_WORD = regex(r"[^\W\d_]+(?:['’\"׳״-][^\W\d_]*)*")
# A person's name in Chinese characters ("王丽华", "王建国").
HAN_NAME = regex(r"[\u3400-\u9fff]{2,4}")
MEMBER_WORDS = (2, 4)  # words of a member's name alone above the speech, in a script without case
# A word whose capital comes after its first small letters or apostrophe ("LaGuardia", "MacBook",
# "McLeod"): a surname's prefix before its inner capital, or a place's or a brand's.
INNER_CAPITAL_HEAD = regex(rf"[{UPPER}](?:[{SMALL}]+['’]?|['’])[{UPPER}]")
POSSESSIVE = ("'s", "’s")  # a possessive's ending: the thing named is the person's ("MAYOR'S REPORT")
# The party or seat after an office and a comma, up to the label's colon: "…, Siumut:".
PARTY_AFTER_OFFICE = regex(r"[ \t]*[^\W\d_][\w.'’&/-]*(?:[ \t]+[^\W\d_][\w.'’&/-]*){0,3}[ \t]*:")
PLAIN_DASHED_WORDS = 3  # a plain name before a dash: forename, patronymic or particle, surname
HOLDER_WORDS = 7  # words of a holder's name after an office and a comma: "doña Inés Sabanés Nadal"
# An office and its holder's name in the parentheses closing the line.
HOLDER_AFTER = regex(r"(?P<office>[^()]{3,120}?)\s*\((?P<holder>[^()]{3,60})\)")
# an office qualified by the names before it, and its holder: "Eesti Panga president Madis Müller"
QUALIFIED_WORDS = 8
JOINED_WORDS = 6  # a name alone whose particles join its names: forename, surnames, particles
CAPITALISED = regex(rf"(?:[{UPPER}][{SMALL}'’\-]+|[{UPPER}]\.)+")
OFFICE_WORDS = 12  # an office alone: "M. Jean Dupont, ministre de l'intérieur et des outre-mer"


# A heading in CAPITALS of two words or more before a word in Mixed case: a flattened record's
# item heading over the label that follows it on the line ("LEAVE OF ABSENCE Mr. Speaker: …",
# "ELECTION OF SPEAKER Clerk of the House: …", a Caribbean Hansard's PDF text).
HEADING_BEFORE_LABEL = regex(
    rf"(?<![^\s\]])[{UPPER}][{UPPER}'’\-]+(?:[ \t]+[{UPPER}(][{UPPER}'’()\-]*){{1,8}}"
    rf"[ \t]+(?=[{UPPER}][{SMALL}])"
)


CAPITALS_UNMARKED_WORDS = 3  # a name in CAPITALS with no punctuation: forename, particle, surname
CAPITALS_WORD = regex(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?")
SENTENCE_END = regex(r"[.!?…](?:\s|$)")


# The speech after a label's last parenthesis on its line: a space, then no other parenthesis,
# colon or dash that would end the label itself.
RENDERED_SPEECH = regex(r"[ \t]+(?=[^\s(\[:：\-–—])")
# The empty parentheses a PDF's text leaves of a label's renderings in scripts its fonts lost,
# before the English one ("( ) (The Hon. X)", ") ( - ) (The Hon. X - …)", "( () ) (The Hon. …)").
HOLLOW_SCRIPTS = regex(r"[()\s\-–]*?\([\s\-–()]*\)\s*(?=\()")


# the English rendering in parentheses, a parenthesis inside it ("(The Hon. (Mrs.) X)")
RENDERING = regex(r"\((?P<inner>(?:[^()\n]|\([^()\n]{1,20}\)){1,160})\)")
RENDERED_SPAN = 480  # characters of a label with its renderings, a minister's office in each


# A line that is one parenthesis, perhaps after a label's colon: the stenographer's note of an event
# ("(APPLAUSE)", "(ЗАСІДАННЯ СОРОК ВОСЬМЕ)", "UNIDENTIFIED MALE: (OFF-MIKE)"), never a heading
NOTE_LINE = regex(r"(?:[^()\n]*[:：][ \t]*)?\([^()\n]*\)\.?")
# A member alone on the line as a web copy of a record prints it: surname, comma, one or two
# forenames, the party's short name or acronym in brackets ("Jandrić, Marko (HDZ)").
SURNAME_FIRST_PARTY = regex(
    r"(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?,[ \t][^\W\d_]+(?:[ \t][^\W\d_]+)?)"
    r"[ \t]+\((?P<party>[^\W\d_][\w\-/ ]{0,19})\)"
)


def set_solid(name: str) -> str:
    """*name* with a word letter-spaced for emphasis set solid (``SPACED_WORD``: "Bronsart v o n
    Schellendorff" reads "Bronsart von Schellendorff"): a run of three letters at least, one in
    lower case, beside a word set solid; a name spaced out whole is a heading's or an office's as
    printed, and initials in capitals are no spaced word. A script without case has no lower
    case: its words of one syllable set apart are a sentence's words ("그 후 이 문제에 대해서는",
    Korean), which set solid would no longer weigh as one."""
    runs = [run for run in SPACED_WORD.finditer(name) if any(c.islower() for c in run.group("word"))]
    if not runs or not any(len(word) > 1 for word in name.split()):
        return name
    for run in reversed(runs):
        name = name[: run.start()] + run.group("word").replace(" ", "") + name[run.end() :]
    return name
