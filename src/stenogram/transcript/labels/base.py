"""The label matcher's state, built once from the configuration, and its questions of a name's words.

The forms of address, the short pairs (`Q.`/`A.`), the labels the configuration forces, and the
small predicates every reader asks (an office, a place or a holder after a comma, a dash after a
plain name)."""

from __future__ import annotations

import re
from typing import NamedTuple

from stenogram.transcript.candidate import (
    SMALL,
    UPPER,
    Candidate,
    cased,
    label_key,
    lower_case,
    uncased,
)
from stenogram.transcript.config import Config
from stenogram.transcript.labels.patterns import (
    CAPITALISED,
    CAPITALISED_NAME,
    DASH_APART,
    DASHED_HOLDER,
    DASHED_OFFICE,
    DATED_AFTER,
    DEGREE_FACULTY,
    DESCRIBED_AFTER,
    GLUED_PAIR_DASH,
    HOLDER_WORDS,
    IN_PARENS,
    INITIAL_STOP,
    NUMBER_SIGNS,
    OFFICE,
    PARTY_AFTER_OFFICE,
    PLACE_WORD,
    PLAIN,
    PLAIN_DASHED_WORDS,
    SENTENCE_STOP,
    name_pattern,
)
from stenogram.transcript.labels.shapes import addressee_pattern, initial, mixed, printed_pairs
from stenogram.transcript.names import holder_only, office_ends, particled, portfolio_closed
from stenogram.transcript.regexcache import regex
from stenogram.transcript.salutations import saluting

# What follows a comma of a portfolio's areas up to the label's brackets or colon: words and
# commas alone (":" or "(" after it, on the same line).
_PORTFOLIO_TAIL = regex(r"[ \t]*(?P<areas>[^\W\d_][\w'’ \t,-]{0,160}?)[ \t]*(?=[(:：])")
# The words of one area at most: "Regional Administration and Local Government", which Swahili
# says in seven ("Tawala za Mikoa na Serikali za Mitaa").
_AREA_WORDS = 7
# The second office after a semicolon, perhaps after a word that joins it, up to the holder's
# brackets ("; AND THE MINISTER OF MINORITY AFFAIRS (SHRI X):"): without the holder's name after
# it, two offices and a colon are a sentence's ("El ministro de Hacienda; la ministra de Sanidad:
# ninguno ha comparecido.").
_JOINED_OFFICE = regex(r"[ \t]+(?P<office>[^\W\d_][^;:：()\n]{2,240}?)[ \t]*(?=\()")
# The record's dash after a label's stop ("… question «carton bleu». – …").
_DASH_AFTER = regex(r"[ \t]*[-–—]")
# The words of one part of a role after a name's dash: capitalised first, short, no stop at
# its end ("CFO", "Head of Investor Relations", "Deutsche Bank", "Analyst").
_ROLE_PART = regex(r"[^\W\d_][\w&'’.,/-]*(?:[ \t]+[\w&'’.,/()-]+){0,6}")
_ROLE_ABBREVIATION = 4  # "Inc.", "Co.", "Ltd.": a word with its stop no longer is none
_ROLE_LINK = 3  # "of", "and", "for": the longest word in lower case a role's words join with
_DASHED_HOLDER_WORDS = 4  # "محمد الحلبوسي": a holder's name after an office's dash, no clause
_PORTFOLIO_WORDS = 2  # "Dahiliye", "Maarif-i Umumiye": a portfolio's words before its office's
# A label opening with its office in lower case, perhaps qualified by a word or two in lower case,
# then its holder's capitalised forename and surname and the colon, as a city council's web minutes
# print every turn ("primátor Bohuslav Svoboda:", "náměstek primátora Petr Hlubuček:"): the
# office's words, the name's.
_LOWER_OFFICE_NAME = regex(
    rf"(?P<office>[{SMALL}]+(?:[ ][{SMALL}]+){{0,2}})[ ]"
    rf"(?:{CAPITALISED_NAME}[ ]){{1,2}}{CAPITALISED_NAME}:(?=[ \t]|$)"
)
# Or the office in lower case, its areas' hyphens suspended perhaps, its holder in brackets after
# it and the colon ending the line, as the Althingi's web copy prints a minister alone over the
# speech ("fjármála- og efnahagsráðherra (Benedikt Jóhannesson) (V):"), a party or a note in
# brackets after the holder; a sentence's words before a minister named so run on after the colon.
_LOWER_OFFICE_HELD = regex(
    rf"(?P<office>[{SMALL}][^\s()]*(?:[ ][{SMALL}][^\s()]*){{0,4}})[ ]"
    rf"\((?:{CAPITALISED_NAME}[ ]){{1,3}}{CAPITALISED_NAME}\)(?:[ ]\([^()\n]{{1,40}}\))*:(?=[ \t]*(?:\n|$))"
)
_CLUB_WORDS = 3  # "IFK Göteborg", "Djurgårdens IF", "Västerås SK": a club's town and mark, a word between
_DASHED_ROLE_WORDS = 3  # "Shareholder", "CFO", "Company Secretary": a role after a titled name's dash
_HOLDER_NAMED = 2  # words at least of an office's holder named between two commas: "Jane Doe", "Mr. Doe"
_GROUP_WORDS = 3  # "IG Metall", "ver.di": a union's or a group's name between a name's two commas


def _role_link(word: str) -> bool:
    """Whether *word* is a short word in lower case that joins a role's words ("of", "and")."""
    return word.islower() and len(word) <= _ROLE_LINK


class _Patterns(NamedTuple):
    """A label matcher's patterns, all read from its configuration alone."""

    pair_mark: re.Pattern[str]
    short: re.Pattern[str]
    asked: re.Pattern[str]
    start: re.Pattern[str]
    bare: re.Pattern[str]
    title_only: re.Pattern[str]
    rendered_title: re.Pattern[str]
    addressee: re.Pattern[str]
    configured: re.Pattern[str] | None


# The patterns by the configuration they were read from: a conversion builds a matcher for each
# record, and writing the patterns' texts anew (the forms of address, the pairs' printed forms)
# cost each record some 0.7 ms. A few configurations are kept, the one that is asked for is
# itself (a frozen configuration's patterns never change).
_BUILT: dict[int, tuple[Config, _Patterns]] = {}
_KEPT_CONFIGS = 8


def _patterns(config: Config) -> _Patterns:
    """The matcher's patterns of *config*, read once while it is kept."""
    kept = _BUILT.get(id(config))
    if kept is None or kept[0] is not config:
        if len(_BUILT) >= _KEPT_CONFIGS:
            _BUILT.clear()
        kept = _BUILT[id(config)] = (config, _built(config))
    return kept[1]


def _built(config: Config) -> _Patterns:
    """The matcher's patterns as *config* makes them."""
    titles = config.titles.pattern
    # Forms of address in a row ("The Hon.", "Mme Mme …"): atomic and possessive, so that
    # overlapping titles ("the" and "the hon.") never backtrack exponentially; each a whole
    # word ("Mrs" is no "Mr", "Members" no "Me").
    # OCR sets a space before a title's stop: "MR . LOGAN :", and reads the colon after a
    # name as a semicolon with a space before it: "Mr. HANLON ;", and its stop as a comma so set
    # before the speech's capital: "Mr. KNOWLTON , I yield.", "PRESIDENTE , Ha facoltà …"
    # a title whose stop is no option gets it so spaced too: "M . le président.", "M . X."
    spaced_titles = titles.replace(r"\.)", r"[ ]?\.)")
    name = name_pattern(config.surname_prefixes, config.digraph_initials)
    title_run = rf"(?:(?>(?i:{spaced_titles})(?![^\W\d_]))(?:[ ]\.)?\s*)++"
    # a police officer's collar number after the rank abbreviated in CAPITALS with no vowel (or
    # the community support officer's "PCSO"), before the name: "PC 2291 REID:", "DS 4107 Moore:";
    # no year ("THE 1990 ACT:", "DC 2020 CONFERENCE:" head an item)
    rank = "[B-DF-HJ-NP-TV-Z]"
    collar = (
        rf"(?:(?:(?<=\b{rank}{{2}}[ ])|(?<=\b{rank}{{3}}[ ])|(?<=\bPCSO[ ]))"
        rf"(?!(?:1[89]|20)\d\d\b)\d{{2,6}}[ ](?=[{UPPER}]))"
    )
    forms = "|".join(sorted(sorted(printed_pairs(config.short_labels)), key=len, reverse=True)) or "(?!)"
    # A question's letter and stop before the label of who asks, as Ireland's tribunals print
    # a day's first question ("1 Q. MR. X: …"): the pair's mark, no initial of the name.
    marks = sorted({word for pair in config.short_labels for word in pair if len(word) == 1})
    pair_mark = regex(rf"(?:{'|'.join(map(re.escape, marks)) or '(?!)'})\.[ \t]+")
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
    # an Indian court's numbered question, its number glued to the stop ("Q.1 It is in evidence
    # against you …", the questions put to the accused; the answer "Ans." unnumbered);
    # a deposition sets the letter off by a tab or a run of spaces: "Q   …"
    # (OCR's "Q . …" a space before the stop); the question's number may come first, as the
    # Irish tribunals number each question ("283 Q. …"); a copy may set the letter alone on
    # its line with its stop or dash, the words below ("Q." / "Please state your name.")
    # A word of a pair may name who asks or answers before its colon, in the genitive of a
    # court's record ("Вопрос защитника:", "Ответ подсудимого:", "Pytanie obrońcy:"); the
    # pair's word stays the label's key, so the pair is still believed as a pair.
    # The name may open with a title's stop ("Frage Dr. Klein:"). A word of a pair printed in
    # full may end with a spaced dash, as an Italian court's transcript prints its "DOMANDA -" /
    # "RISPOSTA -" under "PRESIDENTE -" (a letter alone keeps its stop: "D. -").
    # Or a note in brackets may say who asks or to whom, as a ministry's briefing prints it
    # ("Вопрос (РИА Новости):", "Вопрос (перевод с английского):", "Question (AFP) :"). A
    # number's sign and its number are none: the question's number ("MISTOQSIJA NRU 1234:",
    # "QUESTION No. 12:"), a heading's, read whole.
    whose = (
        r"(?:(?<=[^\W\d_]{2})[ ](?!(?i:n[^\W\d_]{0,2})\.?[ ]?\d)"
        r"(?:[^\W\d_]+\.?(?:[ ][^\s:]+){0,3}(?=:)|\([^()\n:]{1,60}\)(?=[ ]?[:：])))?"
    )
    # The question's or the answer's number after its word, before the colon or stop: a
    # deposition's, an interrogatory's, a list's ("QUESTION NO. 1:", "Question 1:", "Вопрос № 3:",
    # "Pregunta 2:", "質問１：", and glued to a letter "Q1." / "A1."): the item's number, no name,
    # so every question is one asker's and every answer one answerer's; a word's number after a
    # space, a letter's glued; read only before the stop or colon (see ``short_label``)
    numbered = (
        rf"(?P<item_number>(?:(?<=[^\W\d_]{{2}})[ ](?i:n|{NUMBER_SIGNS})\.?[ ]?|(?<=[^\W\d_]{{2}})[ ]"
        r"|(?<=(?<![^\W\d_])[^\W\d_])(?=\d)|(?<=[\u3040-\u9fff])(?=[0-9０-９]))"
        r"[0-9０-９]{1,3}(?![\d０-９]))"
    )
    # A letter of config.spaced alone on its line, no stop, its words below ("Q" / "What …")
    alone = rf"(?<=^[{cased}{caseless}])[ \t]*$" if cased or caseless else "(?!)"
    word_dash = r"(?<=[^\W\d_]{2}[ ])[-–—](?=[ \t])"  # "DOMANDA - …": a word's spaced dash
    # A pair's word printed in full alone on its line, no mark, its paragraph below ("Frage" /
    # "Frau X, …", an interview copied from a web page, which set the words in bold): believed
    # only with its pair so printed (see ``_paired``)
    word_alone = r"(?<=[^\W\d_]{2})[ \t]*$"
    # a pair's letter of a script without case before a spaced dash, as an Arab prosecutor's
    # minutes of an interrogation print it ("س - …" / "ج - …"); a Latin letter so set opens an
    # outline's item ("A - Introduction")
    uncased_letters = "".join(
        re.escape(word) for pair in config.short_labels for word in pair if len(word) == 1 and uncased(word)
    )
    letter_dash = rf"(?<=(?<![^\W\d_])[{uncased_letters}][ ])[-–—](?=[ \t])" if uncased_letters else "(?!)"
    # OCR glues a letter's stop to the form of address that opens the speech: "Q.Mr. Hale, …",
    # "A.Dr. Whitcombe, …", "A.Sir, …"
    glued = rf"(?<![^\W\d_]{{2}})\.(?=(?=[{UPPER}])(?i:{titles})\.?[ ,])"
    # OCR of old print reads a question's or answer's stop as a comma ("Q, Where do you reside?",
    # "A, Twelve years."): a letter of config.spaced alone, its comma, a capital after
    comma = rf"(?<=(?<![^\W\d_])[{cased}]),(?=[ \t]+[{UPPER}])" if cased else "(?!)"
    # A French police record's letters of question and answer end in a slash, as its typist
    # sets them ("D/ Connaissez-vous M. X ?" / "R/ Oui."): a letter of a pair alone, its slash,
    # a space after it; believed only as the pair is
    letters = "".join(re.escape(mark) for mark in marks)
    slash = rf"(?<=(?<![^\W\d_])[{letters}])/(?=[ \t]+\S)" if letters else "(?!)"
    # The number before the letter is the line's ("12 Q. …") or the question's in a deposition
    # that numbers each one with its stop or bracket ("1. Q. Where were you …?", "2) Q. …"): the
    # turn's number, kept as its prefix as a numbered turn's ("14. KETUA:"), no part of the letter
    short = regex(
        rf"(?:(?P<number>\d{{1,5}}(?:[.)](?=[ \t]))?)[ \t]+)?(?P<name>{forms})(?:{numbered}|{whose})"
        rf"(?:[ ]?(?P<punct>[.:](?=\s|$)|\.(?P<asked_number>\d{{1,3}})(?=[ \t])|\.[-–—](?=[ \t]|$)"
        rf"|{glued}|{comma}|{word_dash}|{letter_dash}"
        rf"|{slash}|：|။[ \t]*။|{GLUED_PAIR_DASH})\s*"
        r"|(?:\t|[ ]{2,}|\u3000)[ \t\u3000]*"
        rf"|{spaced}|{alone}|{word_alone})(?=\S|(?<=[.:：\-–—])$|{alone}|{word_alone})"
    )
    asked_letters = "|".join(re.escape(letter) for letter in sorted(config.asked)) or "(?!)"
    # "Q Thanks, Jen.": a briefing's question, one space before a capital or a dash
    asked = regex(rf"(?P<name>{asked_letters})(?P<punct>)[ ](?=[{UPPER}—–«“\"])")
    start = regex(
        rf"(?P<name>{OFFICE}|(?:(?P<title>{title_run}){collar}?)?{name})"
        rf"(?:\s*\((?P<role>{IN_PARENS})\))?"
        r"(?:,\s*(?P<office>[^,:.()\n]{1,50})(?=:))?"
        rf"(?P<punct>\s?[.:]|[ ]?;(?=[ ])|[ ],(?=[ ][{UPPER}])|(?<=\.)(?=\s|,\s)|(?<=\.\))(?=\s))"
        rf"(?P<after>\s+|$|(?=\.\.|…)|(?=[{UPPER}«“\"])|(?<=[{UPPER}]\.)(?=,\s)|(?<=:)[–—](?=[{UPPER}«“\"])|(?<=:)(?=[(\[]))",
    )
    bare = regex(
        rf"(?P<name>{OFFICE}|(?P<title>{title_run})?{name})"
        r"(?:\s*\((?P<role>[^()\n]{1,60})\))?(?:\s*\([^()\n]{1,60}\))*"
    )
    title_only = regex(rf"(?i:{titles})\.?")
    rendered_title = regex(rf"(?i:{titles})\.?[ \t]+[^\W\d_]")  # "The Hon. Speaker"
    addressee = addressee_pattern(config.question_put)
    literal = sorted({*config.always, *(label for p in config.persons for label in p.labels)}, key=len)
    configured = (
        re.compile(
            "(?P<name>"
            + "|".join(r"\s+".join(map(re.escape, label.split())) for label in reversed(literal))
            + r")(?:(?P<punct>\s?[.:：])(?:\s+|$)|\s*$)",
            re.IGNORECASE,
        )
        if literal
        else None
    )
    return _Patterns(pair_mark, short, asked, start, bare, title_only, rendered_title, addressee, configured)


class MatcherBase:
    """The configured patterns of a label matcher and the predicates its readers share."""

    def __init__(
        self,
        config: Config,
        cache_chars: int = 1_000_000,
        wordspace_labels: bool = False,
        lower_typed: bool = False,
        floor_minutes: bool = False,
        dotted_clocks: bool = False,
        names_unmarked: bool = False,
        capitals_spaced: bool = False,
        capitals_alone: bool = False,
        typed_capitals: bool = False,
    ) -> None:
        """*cache_chars* bounds the memory of the cache of candidates (about the input's size);
        *wordspace_labels*: the record prints the Ethiopic wordspace only after its labels
        (:func:`~stenogram.transcript.labels.patterns.wordspace_after_labels`); *lower_typed*:
        the record is typed in lower case throughout, its offices too
        (:func:`~stenogram.transcript.labels.patterns.typed_in_lower_case`); *floor_minutes*:
        the record is a court's minutes that give the floor in clauses
        (:func:`~stenogram.transcript.labels.patterns.gives_the_floor`); *dotted_clocks*: the
        record prints the clock with a stop before its labels
        (:func:`~stenogram.transcript.labels.patterns.dotted_clocks`); *names_unmarked*: the record
        prints no circle before its labels (:func:`~stenogram.transcript.labels.patterns.names_unmarked`);
        *capitals_spaced*: the record sets its labels in CAPITALS off by two spaces, no colon
        (:func:`~stenogram.transcript.labels.patterns.capitals_spaced`); *capitals_alone*: the
        record prints its labels in CAPITALS alone over the speech, an office opening one
        (:func:`~stenogram.transcript.labels.patterns.capitals_alone`); *typed_capitals*: the
        record types its speech in capitals
        (:func:`~stenogram.transcript.labels.patterns.typed_in_capitals`)."""
        self.config = config
        self.dotted_clocks = dotted_clocks
        self.names_unmarked = names_unmarked
        self.capitals_spaced = capitals_spaced
        self.capitals_alone = capitals_alone
        self.typed_capitals = typed_capitals
        self.wordspace_labels = wordspace_labels
        self.lower_typed = lower_typed
        self.floor_minutes = floor_minutes
        self._budget = cache_chars
        (
            self._pair_mark,
            self._short,
            self._asked,
            self._start,
            self._bare,
            self._title_only,
            self._rendered_title,
            self._addressee,
            self._configured,
        ) = _patterns(config)
        self._heading = config.headings
        self._seen: dict[str, Candidate | None] = {}
        self._bares: dict[str, Candidate | None] = {}
        self._headings: dict[str, bool] = {}  # short lines asked whether they head a part, by text
        # the lines of an office and its holder over a speech, no headings (see hold_over_speech)
        self._held_over_speech: dict[str, str] = {}
        # the commonest words of the record's language, once it is known: a sentence's words
        self.common: frozenset[str] = frozenset()

    def says_common(self, text: str) -> bool:
        """Whether *text* holds a common word of the record's language, no article nor particle
        ("NISAM GA VIDIO"): a sentence's words, where a name holds none ("IVAN HORVAT")."""
        config = self.config
        return any(
            word in self.common and word not in config.articles and word not in config.particles
            for word in (word.strip(",;").casefold() for word in text.split())
        )

    def _address(self, text: str) -> bool:
        """Whether *text* is a form of address or an abbreviated title ("Dr.", "Eng.", "Prof.")."""
        stopped = text.endswith(".") and text[:-1].casefold() in self.config.abbreviations
        return bool(self._title_only.fullmatch(text)) or stopped

    def _lower_office_first(self, text: str) -> bool:
        """Whether *text* opens with a label whose office is printed in lower case before its
        holder's capitalised forename and surname (``_LOWER_OFFICE_NAME``: "zastupitel Jan
        Čižinský:"), every word of the office one (*offices*): a sentence's words in lower case
        before a name ("řekl pan Jan Novák:") are no office's. So does an office whose holder
        is in brackets after it (``_LOWER_OFFICE_HELD``), the office's words read as one."""
        held = _LOWER_OFFICE_HELD.match(text)
        if held is not None:
            return self.config.offices.fullmatch(held.group("office").casefold()) is not None
        found = _LOWER_OFFICE_NAME.match(text)
        return found is not None and all(
            self.config.offices.match(word) for word in found.group("office").casefold().split()
        )

    def _degree_first(self, text: str, token: re.Match[str]) -> bool:
        """Whether *token*, a label's first word in lower case, is a degree's abbreviation before
        a capitalised name ("doc. Mgr. Ján X, PhD.:", "prof. Ing. X:", as a Slovak or Czech
        university's minutes print them), its faculty in lower case between them as Swiss and
        Austrian records print it ("lic. iur. Anna X:", "Dr. rer. nat. Y:"); a caption in lower
        case ("mr. halberg:") is no label's."""
        after = text[token.end() :].lstrip(" \t")
        faculty = DEGREE_FACULTY.match(after)
        after = after[faculty.end() :] if faculty else after
        return (
            bool(token.group("stop"))
            and bool(self._title_only.fullmatch(token.group("word") + "."))
            and after[:1].isupper()
        )

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
        if self._title_only.fullmatch(first):
            return first if first.casefold() != "the" else ""
        # a form of address that is one only before a name ("Ass. Moretti", "VER.ª Costa")
        title = self.config.titles.regex.match(name) if len(words) > 1 and first[-1:] in ".ªᵃ" else None
        return first if title and title.end() == len(first) else ""

    def _names_office(self, name: str) -> bool:
        """Whether *name* opens with an office, or holds one anywhere in a script written without
        spaces between words (``新华社记者``, a news agency's reporter; ``山田裁判長``)."""
        if cased(name) or " " in name:
            return bool(self.config.offices.match(name))
        return any(self.config.offices.match(name[at:]) for at in range(len(name)))

    def _plain_name(self, name: str, after: str) -> bool:
        """Whether *name* is a plain name of one to three capitalised words before a spaced dash
        and a sentence that opens with a capital ("Məhərrəmov - Rica edirəm …", "Nowak - Panowie
        …", as old records print every speaker beside the chair's "Sədr - …"), or alone on its
        line with its dash, the speech below ("Nowak -" / "Panowie …"): a candidate only,
        believed where the record's other labels share its shape or its name recurs; a sentence's
        first word before a dash ("Москва - столица …") goes on in lower case."""
        words = name.split()
        opening = after.strip()[:1]
        # an initial glued before the surname is the name's ("Г.Занданшатар - … байна."), where a
        # sentence ends after the dash: a list of appointments in a speech names its offices with
        # no stop ("Д.Бат - Сангийн сайд", "Б.Петрова - Начальник управления")
        plain = [INITIAL_STOP.sub("", word, 1) for word in words]
        if not (opening.isupper() or opening in '«„"“'):
            return False
        # so is an initial set apart before the surname ("A. Simonyan – Thank you."), where the
        # surname is no sentence's opener ("A. Yes – I was there." answers)
        spaced = [bare for bare in plain if bare]
        if len(spaced) < len(plain) and (len(spaced) != 1 or not self._initialled_surname(spaced[0])):
            return False
        if 0 < len(words) <= PLAIN_DASHED_WORDS and all(
            (PLAIN.fullmatch(bare) or not bare) and word[:1].isupper()
            for bare, word in zip(plain, words, strict=True)
        ):
            return plain == words or bool(SENTENCE_STOP.search(after))
        # an office or a seat in a language whose particles no vocabulary lists, its words joined
        # by them, perhaps the seat's number last ("Sea ʻo e Komiti Kakato –", "Hou'eiki
        # Fakafofonga 'o Tongatapu 4 –", "Kọmíṣánnà fún Ètò Ẹ̀kọ́ –"): a candidate only, as a
        # plain name is, its speech a sentence ended by its stop
        head = words[:-1] if len(words) > 2 and words[-1].isdigit() and len(words[-1]) <= 2 else words
        return (
            particled(" ".join(head), self.config)[0]
            and all(PLAIN.fullmatch(word) for word in head if word[:1].isupper())
            and bool(SENTENCE_STOP.search(after))
        )

    def _initialled_surname(self, word: str) -> bool:
        """Whether *word*, the one word after a name's initials set apart, is a surname: no word
        opening a sentence in any language, no office."""
        folded = word.casefold()
        return not (
            any(folded in openers for openers in self.config.openers.values())
            or self.config.offices.fullmatch(folded)
        )

    def _office_word(self, word: str) -> bool:
        """Whether *word* is an office or the chair's office, or ends in one ("위원", "소위원장",
        "행정복지국장")."""
        return bool(self.config.chairs.fullmatch(word)) or office_ends(word, self.config)

    def _party(self, text: str) -> bool:
        """Whether *text* is a party the vocabulary knows in Mixed case ("Lib Dem", "Labour")."""
        return text.casefold() in self.config.bracket_parties

    def _affiliated(self, text: str) -> bool:
        """Whether *text*, all a label prints after a member's name and comma, names what the
        member belongs to rather than an office or a place: a club's name (:meth:`_club`), a
        party the vocabulary knows by name ("Tom Reed, Conservative:", "Ane Lynge, Siumut:"; of
        three letters or more, no initial's), or a group's or club's name opened by its word
        (*bracket_groups*) and a capital after it, no office in it ("Eva Malá, Klub Pirátů:",
        "Rossi, Gruppo Misto:"; not "Group Leader")."""
        text = text.strip()
        if self._club(text) or text.casefold() in self.config.listed_parties:
            return True
        first, _, rest = text.partition(" ")
        return (
            first[:1].isupper()
            and first.casefold() in self.config.bracket_groups
            and rest[:1].isupper()
            and not self.config.office_words.search(text.casefold())
        )

    def _club(self, text: str) -> bool:
        """Whether *text*, after a delegate's name and comma, is a club's name: two or three
        words, each capitalised or a club's mark printed with its capital (*club_marks*), one mark
        at least beside a word that is none ("IFK Göteborg", "Västerås SK", "Malmö FF"); a mark
        alone ("SK") or in lower case ("if") is none, nor a word of an office ("SK Minister")."""
        words = text.split()
        if not 2 <= len(words) <= _CLUB_WORDS or any(self.config.offices.match(w.casefold()) for w in words):
            return False
        marks = [w for w in words if w.casefold() in self.config.club_marks and not w.islower()]
        return 0 < len(marks) < len(words) and all(w in marks or CAPITALISED.fullmatch(w) for w in words)

    def _in_department(self, text: str, comma: int) -> bool:
        """Whether the description after the label's first comma, at *comma*, opens a department's
        name, whose own commas part its portfolios ("Department for Environment, Food and Rural
        Affairs")."""
        return text[comma + 1 :].lstrip().casefold().startswith(self.config.departments)

    def _portfolio_listed(self, text: str, start: int, comma: int) -> bool:
        """Whether the comma at *comma* parts the areas of one office's portfolio in a label read
        from *start*: an office opens the label, and what follows the comma up to the label's
        brackets or colon is areas, each opening with a capital, the last joined by a word of
        ``portfolio_joins`` ("The Secretary of State for Digital, Culture, Media and Sport (X):",
        "NAIBU WAZIRI WA AFYA, MAENDELEO YA JAMII, JINSIA, WAZEE NA WATOTO:"); the kind of speech
        that may close the label is no word of the last area ("… SERIKALI ZA MITAA alijibu:-")."""
        label = text[start:comma].strip()
        office = self.config.past_article(label).casefold()  # "The …", "An tAire …"
        title = self._title_of(label)
        if title and not self.config.offices.match(office):
            office = label[len(title) :].strip().casefold()  # "La señora consejera de …": past her address
        if start < 0 or len(office.split()) < 2 or not self.config.offices.match(office):
            return False
        tail = _PORTFOLIO_TAIL.match(text, comma + 1)
        if tail is None:
            return False
        listed = tail.group("areas")
        last = tail.start("areas") + listed.rfind(",")
        if "," in listed and self._degrees(text, last):
            listed = listed[: last - tail.start("areas")]  # "… und Technologie Leonore X, BA:": her degree
        areas = [area.split() for area in listed.split(",")]
        if areas[-1] and areas[-1][-1].casefold() in self.config.speech_kinds:
            areas[-1].pop()
        if not all(0 < len(area) <= _AREA_WORDS and area[0][:1].isupper() for area in areas):
            return False
        return any(word.casefold() in self.config.portfolio_joins for word in areas[-1][1:-1])

    def _offices_joined(self, text: str, start: int, semi: int) -> bool:
        """Whether the semicolon at *semi* parts two offices of one holder in a label read from
        *start*, the second perhaps after a word of ``portfolio_joins``, as the Lok Sabha and the
        Rajya Sabha print a minister of two ministries ("THE MINISTER OF PARLIAMENTARY AFFAIRS;
        AND THE MINISTER OF MINORITY AFFAIRS (SHRI X):", "THE MINISTER OF STATE OF THE MINISTRY
        OF TEXTILES; THE MINISTER OF STATE IN THE MINISTRY OF … (SHRI Y):"): an office before
        it and one after it, up to the holder's brackets."""
        joined = _JOINED_OFFICE.match(text, semi + 1)
        if joined is None:
            return False
        first = self.config.past_article(text[start:semi].strip()).casefold()
        if not self.config.offices.match(first):
            return False
        second = joined.group("office")
        join, _, rest = second.partition(" ")
        if rest and join.casefold() in self.config.portfolio_joins:
            second = rest.lstrip()
        return bool(self.config.offices.match(self.config.past_article(second).casefold()))

    def _offices_around(self, text: str, start: int, at: int) -> bool:
        """Whether a label read from *start* (or its description from a name's comma) opens with
        an office and goes on after the comma before *at* with another: the holder of several
        offices between them, as the Reichstag printed a minister ("Staatssekretär des Innern,
        Staatsminister Dr. X, Bevollmächtigter zum Bundesrath:"), or named first ("Graf v. X,
        Staatssekretär des Innern, Bevollmächtigter zum Bundesrat:")."""
        offices = self.config.offices
        before = text[start:at].lstrip().casefold()
        # a military rank between the name and the office ("Bronsart von Schellendorff,
        # Generalleutnant, Kriegsminister:", "Graf von Caprivi, General der Infanterie, Reichskanzler:")
        ranked = " ".join(before.rstrip(",").split()) in self.config.ranks
        return bool((ranked or offices.match(before)) and offices.match(text[at:].lstrip().casefold()))

    def _forename_then_office(self, text: str, start: int, comma: int, at: int) -> bool:
        """Whether a label read from *start* is a surname, its *comma*, a forename up to the comma
        at *at* and an office after it, as the Slovak National Council's record names its members
        ("Nováková, Eva, poslankyňa NR SR:", the shape it prints alone on a line with no colon):
        one or two capitalised words before the first comma (a double surname: "Šutaj Eštok,
        Matúš, poslanec NR SR:"), one or two given names after it."""
        surname, forename = text[start:comma].split(), text[comma + 1 : at].split()
        return (
            1 <= len(surname) <= 2
            and 1 <= len(forename) <= 2
            and all(CAPITALISED.fullmatch(word) for word in (*surname, *forename))
            and self.config.offices.match(text[at + 1 :].lstrip().casefold()) is not None
        )

    def _floor_verb_after(self, text: str, at: int) -> bool:
        """Whether the words after the comma before *at* up to the colon are the verb with which
        old minutes give the floor, after an office and its holder's name set off by commas
        ("Første representant for Aust-Agder fylke, X, tok ordet og uttalte:")."""
        verb, colon, _ = text[at:].partition(":")
        return bool(colon) and " ".join(verb.split()).casefold() in self.config.floor_verbs

    def _said_after(self, text: str, at: int) -> int:
        """The end of the colon after a clause in lower case from *at* that ends with a verb of
        saying (``floor_verbs``), on the line and with no sentence's stop ("moving the motion for
        consideration of the Bill, said:", "replying to the debate said:"), or 0."""
        clause = self.config.said_clause.match(text, at)
        if clause is None or not clause.group("words")[:1].islower():
            return 0
        last = clause.group("words").rstrip(" ,").rpartition(" ")[2]
        return clause.end() if last.casefold() in self.config.floor_verbs else 0

    def _said_between_commas(self, text: str, name_start: int, name_end: int, at: int) -> int:
        """The end of the colon after a clause in lower case set off by a comma from *at* that
        ends with a verb of saying (``floor_verbs``), after a name with a form of address or of
        two capitalised words or more ("Comrade X, who was greeted with prolonged cheers, said:"),
        or 0: no sentence's opening word ("Finally, the chairman said:") is such a name."""
        if name_start < 0:
            return 0
        name = text[name_start:name_end]
        words = name.split()
        capitalised = len(words) >= 2 and all(CAPITALISED.fullmatch(word) for word in words)
        if not (self._title_of(name) or capitalised):
            return 0
        start = at + len(text[at:]) - len(text[at:].lstrip(" \t"))
        return self._said_after(text, start)

    def _office_then_party(self, text: str, comma: int, at: int) -> bool:
        """Whether the description after a name's *comma*, up to the comma before *at*, is an
        office, and a short group of words closes the label after it: the party or the seat, as
        Nordic records print a member of the government ("Emil Abelsen, Landsstyremedlem for
        Sundhed, Siumut:", "Ruth Heilmann, Landstingsformand, Siumut:")."""
        office = text[comma + 1 : at - 1].strip().casefold()
        after = PARTY_AFTER_OFFICE.match(text, at)
        offices = self.config.offices
        return bool(
            after
            and text[comma + 1 : at].strip()[:1].isupper()
            and (offices.match(office) or self.config.chairs.match(office))
            and not offices.match(text[:comma].strip().casefold())  # the holder of offices: "X, Y, Z:"
            and not offices.match(after.group().strip(" \t:").casefold())
        )

    def _office_body_seat(self, text: str, start: int, comma: int, at: int) -> bool:
        """Whether the label read from *start* is an office, after its *comma* up to the comma
        before *at* the committee or board it heads (*committees*), and a short group closing the
        label after it, the holder's place or seat, no holder named ("Chairman, Finance Committee,
        Northshire:", a council's minutes): the body's words capitalised, the place no office."""
        office, body = self.config.past_article(text[start:comma].strip()), text[comma + 1 : at - 1].strip()
        after = PARTY_AFTER_OFFICE.match(text, at)
        if after is None or not body[:1].isupper() or not self.config.names_committee(body):
            return False
        place = after.group().strip(" \t:")
        return (
            self.config.offices.match(office.casefold()) is not None
            and place[:1].isupper()
            and not self.config.offices.search(place.casefold())
            and not self._address(place.split()[0])
        )

    def _holder_then_party(self, text: str, start: int, comma: int, at: int) -> bool:
        """Whether the label read from *start* is an office, its holder's name after the *comma*
        up to the comma before *at*, and a short group closing the label after it, the holder's
        party, as the Nordic assemblies print a member of the government with the office first
        ("Naalakkersuisoq for Sundhed, Aqqaluaq Nielsen, IA:", "Landsstýrismaður, Jógvan
        Hansen, Fólkaflokkurin:", "Minister for Health, Jane Doe, Labour:"): the holder is a name
        (:meth:`_holder_after_comma`), the group no office and no second name under its address.
        The holder is named whole, a forename and a surname or a name under its address: one word
        between the commas is a place or a date's ("Minister for Health, Dublin, Monday:", a
        press release's dateline), no holder."""
        after = PARTY_AFTER_OFFICE.match(text, at)
        if after is None or not text[at:].lstrip()[:1].isupper():
            return False
        group, holder = after.group().strip(" \t:"), text[comma + 1 : at - 1]
        if len(holder.split()) < _HOLDER_NAMED or self.config.names_committee(holder):
            return False  # "Chairman, Finance Committee, Northshire:": the body the office heads
        return (
            self._holder_after_comma(text[start:comma], holder)
            and not self.config.offices.match(group.casefold())
            and not self._address(group.split()[0])
        )

    def _group_then_role(self, text: str, start: int, comma: int, at: int) -> bool:
        """Whether the description after a name's *comma*, up to the comma before *at*, is the
        speaker's union, party or group, a few capitalised words or an acronym ("ver.di", "IG
        Metall", "NGG"), and a role closes the label after it, opening with a form of address or
        an office ("Kollegin Eva Roth, ver.di, Delegierte aus Hamburg:", a union congress), under
        a name that opens with its own form of address or a forename and a surname alone: no
        office in the group, which
        :meth:`_office_then_party` reads, and no verb of the narration (``narration``,
        ``language_narration``) after the role."""
        group = text[comma + 1 : at - 1].split()
        clause = self.config.said_clause.match(text, at + len(text[at:]) - len(text[at:].lstrip(" \t")))
        if clause is None or not 1 <= len(group) <= _GROUP_WORDS:
            return False
        name = text[start:comma].split()
        # or a forename and a surname alone ("Michael Schmitz, IG Metall, Delegierter:"), no
        # word of them a sentence's opener or an office ("Meine Damen, Herren, Präsident:")
        named = _HOLDER_NAMED <= len(name) <= _GROUP_WORDS and all(
            CAPITALISED.fullmatch(word) and self._initialled_surname(word) for word in name
        )
        if not (named or self._title_of(text[start:comma])):
            return False
        if not all(word[:1].isupper() or "." in word.strip(".") for word in group):
            return False
        role = clause.group("words").split()
        return (
            not self.config.offices.match(" ".join(group).casefold())
            and role[0][:1].isupper()
            # a verb of report after the role's comma: the protocol's sentence ("…, Delegierte aus
            # Hamburg, verweist auf den Antrag:"), no label
            and not any(word.casefold().strip(",") in self.config.narration for word in role)
            and bool(
                self.config.titles.fullmatch(role[0].casefold())
                or self.config.offices.match(role[0].casefold())
            )
        )

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
                mixed(word)
                and not self.config.offices.match(folded)
                and not self.config.titles.fullmatch(folded)
            )
            run = run + 1 if named else 0
        return False

    def _described_after(self, text: str, pos: int) -> re.Match[str] | None:
        """The office after a bracket's comma up to the label's colon or stop ("…(SVP),
        Kommissionssprecher der JuKo.", "…(FDP), für die Kommission:"): a few words opening with
        an office, or two or more in lower case, the last no abbreviation a stop would end, or the kind
        of speech ending in a quoted term ("…(EFD), question «carton bleu». –")."""
        described = DESCRIBED_AFTER.match(text, pos)
        if described is None:
            return None
        if described.group("quoted"):
            # the kind of speech, its term quoted: no office, no abbreviation; its stop before the
            # record's dash, where a speech's sentence addressing a member ends in a quoted word
            # ("Frau X (CDU), Sie sagen immer „Wende“. Das ist …")
            dashed = described.group("punct") != "." or _DASH_AFTER.match(text, described.end())
            return described if dashed else None
        words = described.group("description").split()
        if described.group("punct") == "." and (
            self.config.unarticled(words[-1]).casefold() in self.config.abbreviations or initial(words[-1])
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
            and PLACE_WORD.fullmatch(description) is not None
            and not self.config.offices.search(description.casefold())
            and description not in self.config.parties
        )

    def _office_after_comma(self, name: str, description: str) -> bool:
        """Whether *description*, after a name's comma before the colon, is the person's office
        ("Freiherr v. Stolzenau, Abgeordneter:", "Graf X, Staatssekretär des Innern:", as the
        name pattern reads "Kranz, Abgeordneter:"): it opens with an office, set as a name is (in a
        script without case too: "…، وزير المالية:"), or in lower case after a forename and a
        surname (the Belgian Chamber's numbered "01.02 Jan Peeters, minister:", "Pierre Dumont,
        ministre:"), or says the person tabled the item called ("La señora López Martín, autora
        de la pregunta:"). A military rank and its comma may stand before the office ("Bronsart von
        Schellendorff, Generalleutnant, Kriegsminister:")."""
        rank, ranked, office = description.partition(",")
        held = (
            office.strip()
            if ranked and " ".join(rank.casefold().split()) in self.config.ranks
            else description
        )
        if not (self.config.offices.match(held.casefold()) or self.config.tabled_item(held)):
            return False
        opening, named = description[:1], name.split()
        if opening.isupper():
            return True
        if opening.isalpha() and not cased(opening):
            # no capital tells a name in a script without case: the chair addressed before the
            # comma opens a speech's sentence ("महोदय, मंत्री जी ने पिछली बार कहा था:"), no person
            return label_key(name) not in self.config.salutations
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
        opened = self.config.past_article(office.strip())
        if not self.config.offices.match(opened.casefold()) or any(map(self._address, opened.split()[1:])):
            return False
        words = holder.split()
        if not 0 < len(words) <= HOLDER_WORDS:
            return False
        particles = [w for w in words if w.casefold() in self.config.particles]
        named = [w for w in words if not (self._address(w) or w in particles)]
        return (
            bool(named)
            and not any(w.casefold() in self.config.office_links for w in words)
            and all(w.islower() for w in particles)
            and all(PLAIN.fullmatch(w) and not self.config.offices.match(w.casefold()) for w in named)
            and all(w[:1].isupper() for w in named)
        )

    def _role_part(self, part: str) -> bool:
        """Whether *part* may be a part of a role after a name's dash: capitalised words, a short
        word in lower case between them ("Head of Investor Relations"), no stop at its end nor a
        word of a sentence ("GR X – Ich möchte nur anmerken, dass …" is a label's dash and its
        speech), its first word no thanks nor opener ("Danke, Frau Bürgermeisterin")."""
        if not (_ROLE_PART.fullmatch(part) and part[:1].isupper() and part[-1] not in ".!?,;:"):
            return False
        words = part.split()
        first = words[0].rstrip(",").casefold()
        if first in self.config.thanks or any(first in openers for openers in self.config.openers.values()):
            return False
        return all(
            (word[:1].isupper() or word[:1].isdigit() or word == "&" or _role_link(word))
            and not (word.endswith(".") and len(word) > _ROLE_ABBREVIATION)
            for word in words
        )

    def _clause_word(self, word: str) -> bool:
        """Whether *word*, in an office after a name's spaced dash, is a pronoun or a verb of
        some language's clause (``clause_words``, every language's, the record's not yet known):
        in lower case, and no article nor particle, which join an office's portfolio in another
        language (the French "il" is the Italian article of "sottosegretario di Stato per il
        lavoro")."""
        config = self.config
        return (
            word.islower()
            and word in config.any_clause_words
            and word not in config.articles
            and word not in config.particles
        )

    def _dashed_office(self, text: str, at: int) -> re.Match[str] | None:
        """The office in lower case after a name's spaced dash at *at* in *text*, up to the
        label's colon ("Domnul Andrei Popa - ministrul finanțelor:"): one the vocabulary knows,
        so that a sentence after a dash is none. After a name in CAPITALS the office may be in
        CAPITALS too, opening with an office of the vocabulary ("NDG. X – KATIBU WA BUNGE:", the
        Bunge's clerk), and after any name capitalised as a title so opening; after a name under
        its form of address, any role of a few capitalised words, as a company's meeting names
        its shareholders and officers ("Mr. Ashok Jain - Shareholder:", "Ms. Priya Nair - CFO:")."""
        found = DASHED_OFFICE.match(text, at)
        office = found.group("office") if found else ""
        if found and self.config.oath_roles.fullmatch(office.casefold()):
            return found  # "CW1 - sworn states in English:": the witness's oath, its verb no clause's
        if any(self._clause_word(word) for word in office.split()):
            # a pronoun or a verb in lower case makes the words a sentence of the speech the dash
            # opens: "Ms X (Y) – The chairman was clear: …", "Mr. X – Thank you: …"
            return None
        if lower_case(office[:1]):
            return found if self.config.offices.search(office.casefold()) else None
        capitals = office.isupper() and text[:at].isupper()
        # an office capitalised as a title is one too ("Domnul Ion Rusu – Președintele
        # Parlamentului:"), opening with an office of the vocabulary
        titled = not office.isupper() and office[:1].isupper()
        if (capitals or titled) and self.config.offices.match(office.casefold()):
            return found
        # a form of address, no article: "The Treasurer - Annual Accounts: …" reports on an item
        addressed = len(text[:at].split()) >= 2 and bool(self._title_of(text[:at]))
        short = len(office.split()) <= _DASHED_ROLE_WORDS
        return found if addressed and short and self._role_part(office) else None

    def _uncased_holder(self, text: str, at: int) -> re.Match[str] | None:
        """The holder's name after an office's spaced dash at *at* in *text*, up to the label's
        colon, in a script without case, a form of address opening the office ("السيد رئيس
        مجلس النواب – محمد الحلبوسي:", "السيد النائب – X:"): a few words, no figure nor
        punctuation of a clause inside them; its group ``office`` is the name."""
        found = DASHED_OFFICE.match(text, at)
        if found is None or cased(text[:at] + found.group("office")):
            return None
        if len(text[:at].split()) < 2 or not self._title_of(text[:at]):
            return None
        if saluting(text, self.config):  # "السيد الرئيس – …", the chair addressed: a speech goes on
            return None
        name = found.group("office")
        named = len(name.split()) <= _DASHED_HOLDER_WORDS and all(c.isalpha() or c.isspace() for c in name)
        # a pronoun or a verb of saying makes the words a sentence: "السيد الرئيس – أود أن أقول:"
        clause = any(word in self.config.any_clause_words for word in name.split())
        return found if named and not clause else None

    def _holder_after_dash(self, office: str, text: str, at: int) -> re.Match[str] | None:
        """The holder of *office* named after its spaced dash at *at* in *text*, up to the
        label's colon (an Italian trial's "PRESIDENTE - Dott.ssa Bianchi:", "P.M. - DOTT.
        ROSSI:"): the office in CAPITALS or one of the vocabulary, the holder a form of address
        and a capitalised name, or a bare name of a few capitalised words, no office, so that a
        sentence after a dash is none."""
        if not (office.isupper() or self.config.offices.match(office.casefold())):
            return None
        found = DASHED_HOLDER.match(text, at)
        holder = found.group("holder") if found else ""
        words = holder.split()
        if not 2 <= len(words) <= HOLDER_WORDS:
            return None
        # the holder under a form of address, or a bare name of a few words, no salutation of the
        # hall ("Forseti – Magnea Gná Jóhannsdóttir:", "ГОЛОВУЮЧИЙ – Садовий А.І.:", a town
        # council's and a city's record; "PRESIDENTE - Signori Consiglieri:" addresses the hall)
        addressed = self._address(words[0])
        named = words[1:] if addressed else words
        if not addressed and (len(words) > _DASHED_HOLDER_WORDS or saluting(holder, self.config)):
            return None
        # a bare name only after an office the vocabulary believes, no department's nor court's
        # heading in CAPITALS ("MINISTRY OF HEALTH – Annual Report:", "TRIBUNALE DI ROMA – Sezione
        # Lavoro:" head a report and a court's section), and with the speech on its line: alone
        # on it, the words are an agenda's heading ("Mayor – Public Questions:", the text below)
        if not addressed and found:
            folded, eol = office.casefold(), text.find("\n", found.end())
            if (
                not self.config.offices.match(folded)  # the chairs' among them
                or folded.startswith(self.config.departments)
                or not text[found.end() : eol if eol >= 0 else None].strip()
            ):
                return None
        # an article's word inside a name is no form of address ("Chủ tọa – Ông Nguyễn Văn An:")
        if any(
            (self._address(w) and w.casefold() not in self.config.articles)
            or self.config.offices.match(w.casefold())
            for w in named
        ):
            return None
        return found if all(w[:1].isupper() and w.replace(".", "").isalpha() for w in named) else None

    def _role_parts_colon(self, name: str, after: str) -> bool:
        """Whether *after*, the text after a plain name's spaced dash, is the parts of a role up
        to the colon on its line, each set off by a spaced dash, the last a participant's or an
        office ("Klaus Meier – Lindenweg – Anwohner:", a citizens' hearing's name, street and
        role): a label's second dash, no clause's ("Bürgermeister Hoffmann – so hieß es – …")."""
        colon = after.find(":", 0, _ROLE_PARTS_SPAN)
        if colon < 0 or "\n" in after[:colon] or not self._plain_name(name, after):
            return False
        parts = _PART_DASH.split(after[:colon].strip())
        if not 2 <= len(parts) <= _DASHED_PARTS or not all(self._role_part(part) for part in parts):
            return False
        last = parts[-1].casefold()
        return last in self.config.participants or self.config.offices.match(last.split()[-1]) is not None

    def _dashed(self, name: str, roles: list[str], after: str) -> bool:
        """Whether *name*, before a dash and the text *after* it, may be a label's: in CAPITALS
        (``BAŞKAN –``) or in a script without case (the Persian record's ``رئیس ـ``, its dash a
        tatweel), or in Mixed case where a form of address or an office opens it or a role
        follows it (``Председательствующий –``, ``Präsident Lammert –``, ``El señor PRESIDENTE
        —``, ``Hans Weber (SPD) –``), a group's voice (``Голоса слева –``) or a plain name
        (see :meth:`_plain_name`); a title's words ("Meeting – Transcript") open with none,
        and a second dash in the sentence after it sets off a clause ("Bürgermeister Hoffmann –
        so hieß es – hat zugesagt"), unless the name after a form of address is in CAPITALS
        ("Mr JAMES KORA (Tari) – I move – That …", Papua New Guinea's Hansard); nor does a body's
        name before the record's own name ("Full Council — Minutes of the meeting held on …", a
        council's first line: see :meth:`_record_titled`)."""
        if self._record_titled(name, after) or self._headline(name):
            return False
        if name.isupper() or not cased(name):
            return True
        title = self._title_of(name)
        if title and name[len(title) :].strip().isupper():
            return True
        if DATED_AFTER.match(after):
            return False
        if DASH_APART.search(SENTENCE_STOP.split(after, maxsplit=1)[0]):
            return self._role_parts_colon(name, after)
        if roles:
            return True
        rest = name[len(title) :].strip().casefold()
        article, _, office = rest.partition(" ")
        if not title and office and article in self.config.particles:
            rest = office  # "The PRESIDENT –": the office after its article (the Council of Europe's)
        elided = [word for word in self.config.articles if word[-1:] in "'’" and rest.startswith(word)]
        if not title and elided:
            rest = rest[len(elided[0]) :]  # "L'avocat général –": the office after its elided article
        voices = self.config.groups.fullmatch(name)  # "Голоса с мест –", "Głosy na lewicy –"
        # an office in CAPITALS after its article, of any count of words ("The CHIEF EXECUTIVE
        # OFFICER –", beside the council's "The MAYOR –")
        article, _, capitals = name.partition(" ")
        office_capitals = article.casefold() in self.config.articles and capitals.isupper()
        # an office closing its portfolio, the head word last ("Moliya vaziri o‘rinbosari –"),
        # no holder named after its dash and no more, as a list of appointments prints its
        # entries ("Moliya bo‘limi mudiri o‘rinbosari – Karimov A.")
        closed = (
            after.strip()[:1].isupper()
            and portfolio_closed(name.split(), self.config)
            and not holder_only(after)
        )
        # a plain name, its comma and its office in lower case ("Ante X, vijećnik – Hvala.")
        head, comma, held = name.partition(",")
        described = bool(comma) and self._lower_office(held.strip()) and self._plain_name(head, after)
        # a portfolio before the office and the holder after it, each word capitalised ("Dahiliye
        # Nazırı Talat Bey –", the Ottoman chamber's minister of the interior)
        words = rest.split()
        inside = self.config.offices.search(rest)
        portfolio = (
            inside is not None
            and 0 < len(rest[: inside.start()].split()) <= _PORTFOLIO_WORDS
            and len(rest[inside.end() :].split()) >= 1
            and len(words) <= _DASHED_HOLDER_WORDS + _PORTFOLIO_WORDS
            and all(word[:1].isupper() for word in name.split())
        )
        return bool(
            title
            or voices
            or office_capitals
            or closed
            or described
            or portfolio
            or self.config.offices.match(rest)
        ) or self._plain_name(name, after)

    def _headline(self, name: str) -> bool:
        """Whether *name*, before a dash, is a news headline's: an office, then a capitalised
        verb of the headlines (``headline_verbs``: "Prime Minister Visits Ottawa — Talks On
        Trade", "Foreign Minister X Spoke — In London …"), what the office's holder did, no
        label's name. A form of address before the word makes it the holder's surname ("Minister
        for Works Mr. Leaves —"): a headline names no one so."""
        words = name.split()
        return any(
            word[:1].isupper()
            and word.casefold() in self.config.headline_verbs
            and self.config.offices.search(" ".join(words[:at]).casefold()) is not None
            and not any(self._addressed(before.casefold()) for before in words[:at])
            for at, word in enumerate(words[1:], 1)
        )

    def _addressed(self, word: str) -> bool:
        """Whether *word* (in lower case) is a form of address that is no office ("mr.", "dr."; a
        "minister" is both): the name of a person follows it."""
        return self.config.titles.fullmatch(word) is not None and self.config.offices.match(word) is None

    def _record_titled(self, name: str, after: str) -> bool:
        """Whether *name* ends with a word naming a body (``body_offices``: "Full Council") and
        the text *after* its dash opens with a word or two the record names itself with, never a
        label (``never``: "Minutes", "Transcript", "Verbatim report"): a title's line."""
        last = name.rsplit(maxsplit=1)[-1:]
        if not last or last[0].casefold() not in self.config.body_offices:
            return False
        words = after.split(None, 2)
        return any(
            " ".join(words[:count]).casefold() in self.config.never for count in (1, 2) if count <= len(words)
        )

    def _lower_office(self, text: str) -> bool:
        """Whether *text* is an office the vocabulary knows, in lower case, a few words
        with no pronoun or verb of a clause, as a name's description after its comma prints it
        ("vijećnik", "councillor")."""
        words = text.split()
        return (
            0 < len(words) <= _DASHED_ROLE_WORDS
            and text[:1].islower()
            and self.config.offices.match(text.casefold()) is not None
            and not any(word in self.config.any_clause_words for word in words)
        )


_ROLE_PARTS_SPAN = 80  # characters after a name's dash up to the colon of its role's parts
_DASHED_PARTS = 3  # a role's parts after a name's dash: "Ridge Capital – Research – Analyst"
_PART_DASH = regex(r"[ \t]+(?:--|[-–—])[ \t]+")  # the spaced dash between two parts of a role
