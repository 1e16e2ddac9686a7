"""Configuration: the genre's defaults (``data/defaults.toml``) merged with a project's
``stenogram.toml``.

Everything the converter "knows" — furniture patterns, label styles, stage keywords, editorial
bracket forms, the persons of an edition — is data here, compiled once into a :class:`Config`.
A project file extends the defaults: its list entries come first, its scalars win.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
import tomllib
import unicodedata
from collections.abc import Callable, Iterator, KeysView
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from stenogram.errors import InputError, Location, UsageError
from stenogram.files import cache_dir, write_atomic
from stenogram.transcript.candidate import UPPER, fold, label_key
from stenogram.transcript.model import Person
from stenogram.transcript.openings import Openings, openings
from stenogram.transcript.regexcache import pattern_text, regex

_DEFAULTS = Path(__file__).resolve().parent / "data" / "defaults.toml"
_FLAGS = re.IGNORECASE | re.UNICODE
_WORD_OPENS = r"(?<![^\W\d_])"  # no letter before: where a word opens
_DATE_TAIL = 40  # characters of a line's end searched for a date its break cuts
# A year in Roman numerals, as a Latin record dates itself ("die quarto mensis Decembris anno
# MMXXVI"): a thousand at least, so that no short word of capitals ("MIX", "DC") is one.
ROMAN_YEAR = r"M{1,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
ROMAN_DAY = r"(?=[XVI])X{0,3}(?:IX|IV|V?I{0,3})"  # … and its day, in capitals ("die IV mensis Decembris")


_KEPT = 4096  # the texts a vocabulary's pattern keeps its answers for before it forgets them all
_COMPOUND_BODY = 6  # letters of a committee's word at least that ends a compound: "…ausschuss"
_STATE_WORDS = 3  # words of a State's name before the words saying it speaks for a group, at most
_GROUP_WORDS = 4  # words of the group after them, at most: "a group of countries"


class Vocabulary:
    """A vocabulary's compiled pattern (offices, forms of address, the chair's and the presiding
    words) that keeps its answers (match, fullmatch, search) to whole texts: a miss of its
    hundreds of branches costs 20-80 µs, and a record asks of the same words again and again (a
    label's title, a name's first word), half its questions on the 28 sittings a repeat.
    Bounded: past :data:`_KEPT` texts it starts afresh."""

    __slots__ = ("_found", "_matched", "_opens", "_whole", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str], opens: Openings | None = None) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self._opens = opens  # what a match opens with: the text that opens none matches not
        self._matched: dict[str, re.Match[str] | None] = {}
        self._whole: dict[str, re.Match[str] | None] = {}
        self._found: dict[str, re.Match[str] | None] = {}

    def match(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.match`` of the whole *text*, asked once a distinct text."""
        return _asked(self._matched, self._match, text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.fullmatch`` of *text*, asked once a distinct text."""
        return _asked(self._whole, self._fullmatch, text)

    def _match(self, text: str) -> re.Match[str] | None:
        return None if self._opens and not self._opens.may_match(text) else self.regex.match(text)

    def _fullmatch(self, text: str) -> re.Match[str] | None:
        return None if self._opens and not self._opens.may_match(text) else self.regex.fullmatch(text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vocabulary) and other.regex == self.regex

    def __hash__(self) -> int:
        return hash(self.regex)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``; of a whole text asked once a distinct text."""
        if pos or endpos != sys.maxsize:
            return self.regex.search(text, pos, endpos)
        return _asked(self._found, self.regex.search, text)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, endpos)


def _script(word: str) -> str:
    """The script *word* is written in, named as Unicode names its first letter's ("LATIN",
    "ARABIC", "CYRILLIC"); empty for a word with no letter."""
    first = next((char for char in word if char.isalpha()), "")
    return _letter_script(first)


@cache
def _letter_script(letter: str) -> str:
    """The script of *letter* (``_script``), looked up once a letter: a vocabulary's words
    share a few first letters."""
    return unicodedata.name(letter, "").partition(" ")[0]


def _opened(regex: re.Pattern[str]) -> Vocabulary:
    """A vocabulary that asks its pattern only of a text that opens as a match may (the
    presiding words, which open with any words of a name, are asked of every text)."""
    return Vocabulary(regex, openings(regex))


def _asked(
    answers: dict[str, re.Match[str] | None], ask: Callable[[str], re.Match[str] | None], text: str
) -> re.Match[str] | None:
    """*ask*'s answer to *text*, kept in *answers*, which forget them all past :data:`_KEPT`."""
    try:
        return answers[text]
    except KeyError:
        if len(answers) >= _KEPT:
            answers.clear()
        found = answers[text] = ask(text)
        return found


@dataclass(frozen=True)
class Pattern:
    """A named regular expression from the data tables; *over_label*: a furniture line's, which
    is the record's furniture only where a label opens the next line with words."""

    name: str
    regex: re.Pattern[str]
    over_label: bool = False


@dataclass(frozen=True)
class Config:
    """The compiled configuration of one conversion."""

    furniture_lines: tuple[Pattern, ...]
    furniture_blocks: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]
    # a web page's caption alone on the line over each speaker's name ("Speaker" / "Jane Doe")
    furniture_captions: frozenset[str]
    # a reply's or a forward's subject in a message quoting a record ("Re: Day 3", "AW: Protokoll")
    reply_subject: re.Pattern[str]
    # a document's symbol alone on its line at each page's top ("S/PV.1750"), or None
    page_symbol: re.Pattern[str] | None
    front: dict[str, re.Pattern[str]]
    head: dict[str, re.Pattern[str]]  # the lines of a record's head by kind: "Beginn: 9.00 Uhr" a time
    archive: dict[str, re.Pattern[str]]
    titles: Vocabulary
    always: tuple[str, ...]  # labels always believed, as printed
    never: frozenset[str]  # label keys never believed
    decided: frozenset[str]  # the minutes' fields of what an item decided, after its turns
    openers: dict[str, frozenset[str]]  # per language: words that open ordinary sentences
    clause_words: dict[str, frozenset[str]]  # per language: a clause's pronouns and verbs, no description's
    question_verbs: dict[str, frozenset[str]]  # per language: a question's verbs before its subject ("Could")
    occasion_words: dict[str, frozenset[str]]  # per language: the first word of a when or a where ("Tại")
    clause_pronouns: dict[str, frozenset[str]]  # per language: relative and reflexive pronouns ("qui", "se")
    announcing_words: dict[str, frozenset[str]]  # per language: the word announcing a text ("seguinte")
    titled_compounds: dict[
        str, frozenset[str]
    ]  # per language: common nouns a form of address opens ("ibu kota"), no one addressed
    opening_verbs: dict[str, frozenset[str]]  # per language: the narration's verbs of a sitting opened
    document_nouns: dict[str, frozenset[str]]  # per language: a paper's nouns ("Empfehlung")
    doubled_nouns: dict[str, frozenset[str]]  # per language: nouns doubled as the plural ("ahli")
    abbreviated_forenames: dict[str, frozenset[str]]  # per language: a forename's abbreviation ("মোঃ")
    affiliations: dict[str, tuple[str, ...]]  # per language: an institution's first words ("viện")
    second_person: frozenset[str]  # every language's second person's pronouns: a vocative's speech opens so
    question_counts: frozenset[str]  # every language's words counting a question put to a person ("one")
    phrase_openers: dict[str, frozenset[str]]  # per language: prepositions, possessives: no label's first
    instruction_verbs: dict[str, frozenset[str]]  # per language: an amendment's verbs: no label's first
    verb_endings: dict[str, tuple[str, ...]]  # per language: a finite verb's endings: no portfolio's word
    past_endings: dict[str, tuple[str, ...]]  # per language: a past's feminine, plural: no joined portfolio's
    adjective_endings: dict[str, tuple[str, ...]]  # per language: an adjective's after its area's noun
    offices: Vocabulary  # every office, the chair's too
    chairs: Vocabulary  # the offices of whoever chairs a sitting, as a trie: whether one stands
    chairs_listed: re.Pattern[str]  # the same as listed: where one ends ("president" of "presidente")
    chambers: re.Pattern[str]  # what a chair presides: "Präsident des Bundestages", not "… der Republik"
    governments: frozenset[str]  # a government a chair's office heads: "Místopředseda vlády"
    office_words: re.Pattern[str]  # an office and the rest of its word: "Vizepräsidentin"
    abbreviations: frozenset[str]
    particles: frozenset[str]  # with the capital ones
    capital_particles: frozenset[str]  # particles printed with a capital: "Ó", "Ní", "Mac"
    compound_particles: re.Pattern[str] | None  # particles of two words before a surname: "in 't"
    postnominal_letters: frozenset[str]  # "KC" of "MR PEMBERTON KC": a rank after the surname
    unstopped_titles: frozenset[str]  # "Mag" of "Abg Mag Anna Huber": a degree with no stop
    place_links: frozenset[str]  # "of" of "Mr. BROWN of Ohio": the place after it is no name
    place_abbreviations: frozenset[str]  # a state abbreviated after it, a particle's letters too: "Del."
    place_openers: frozenset[str]  # "St." of "X of St. Saviour": a place's word, no title
    patronym_links: frozenset[str]  # "binti" of "Siti Aminah binti Yusof": the father's name after it
    forename_titles: frozenset[str]  # a form of address that is a forename too: "Mr. Don Davies"
    nobility: frozenset[str]  # titles of nobility in a name, no forename: "Graf", "Frhr."
    opening_particles: frozenset[str]  # a particle opening a label in lower case, in particles too: "von X:"
    markup_tags: frozenset[str]  # a web page's tags left in a text, no chat's nick: "<p>", "<br>"
    oblique_titles: frozenset[str]  # a form of address in a governed case, no label's head: "Herrn"
    joined_titles: tuple[str, ...]  # forms of address printed joined to the name: Thai "นาย"
    definite_prefixes: tuple[str, ...]  # an article joined to an office: Hebrew "ה" of "היו"ר"
    address_words: frozenset[str]  # words of address after an office: Urdu "سپیکر صاحب"
    group_prefixes: tuple[str, ...]  # what opens a parliamentary group's label: the DPR's "F-"
    surname_prefixes: tuple[str, ...]  # a surname's prefix before its inner capital: "Mc" of "McLeod"
    digraph_initials: tuple[str, ...]  # a transliteration's initial of two letters: "Sh." of "Sh. Qodirov"
    surnames_first: frozenset[str]  # surnames printed before the given name: "Mr Tan Kee Wah"
    # portfolios joined to an office after a Japanese surname, the longest first: "加藤国務大臣"
    joined_portfolios: tuple[str, ...]
    given_names: frozenset[str]  # Spanish forenames, to tell them from surnames: "Ruth Zavaleta Salgado"
    double_given_names: frozenset[str]  # "Jean" and "baptiste" of "Jean-" / "baptiste": one double name
    office_links: frozenset[str]  # join an office to its portfolio, no name's particle: "Counsel to …"
    reported: frozenset[str]  # verbs of the reported speech after a label: "MR. X said, …"
    narration: frozenset[str]  # words in lower case that announce a text read out: no label's
    letter_salutations: tuple[str, ...]  # a letter read out opens so: "Dear Mr. Speaker:" no label
    state_genitives: frozenset[str]  # a portfolio closes so: "Министр финансов Республики Казахстан"
    record_headings: frozenset[str]  # a record's heading's words: "JOURNAL OF THE HOUSE" / "PROCEEDINGS …:"
    table_rows: tuple[str, ...]  # a table's row opens so: "Balance at 30 June 2021      4120"
    oath_note: re.Pattern[str] | None  # a witness's oath noted in the turn: "WILLIAM BROWN sworn."
    statement_heads: tuple[str, ...]  # a hearing's heading opens so: "STATEMENT OF HON. X", no label
    parties: frozenset[str]  # parties printed in lower case after the name: "Ville Niinistö vihr:"
    bracket_parties: frozenset[str]  # parties in Mixed case in a label's brackets: "(Lab)", "(Lib Dem)"
    recordings: frozenset[str]  # "[Video Clip]:": a recording played, no person
    bracket_groups: frozenset[str]  # a group's first word in a label's brackets: "(Gruppo Misto)"
    continued_notes: frozenset[str]  # a heading's note in brackets that it goes on: "(continued)", "(جاری)"
    rank_notes: frozenset[str]  # a rank's note in brackets before the name: "MAJOR-GENERAL (RET'D)"
    former_offices: tuple[str, ...]  # what says an office was held once: "ancien ", "ex-"
    ranks: frozenset[str]  # a military rank before an office: "X, Generalleutnant, Kriegsminister:"
    resuming: frozenset[str]  # label keys of the interrupted speaker going on: the Eduskunta's "Puhuja:"
    departments: tuple[str, ...]  # what opens a department's name after an office: "Department for"
    portfolio_joins: frozenset[str]  # what joins a portfolio's last area: "… Media and Sport"
    language_notes: re.Pattern[str]  # a note on the speech in brackets: "(spoke in French)", "(continuing)"
    spoken_codes: frozenset[str]  # a language's code in brackets after a label's dash: "X (PPE). – (DE)"
    interrupting: re.Pattern[str]  # a note that the speaker cut in: "(interrupting)", "(перебивая)"
    divisions: frozenset[str]  # divisions of a text, printed with their number: "Article 2:", "Punkt 3:"
    delivery: re.Pattern[str]  # how a speech is given, in a label's brackets: "（以英语发言）"
    speech_kinds: frozenset[str]  # the kind of speech after a label's party: "ANNA BERG (S) replik:"
    asks_answers: tuple[str, ...]  # a court's verb glued to the role: "审判长问：", "被告人答："
    announces: tuple[str, ...]  # a spokesperson's verb glued to the name: "X首先发布消息："
    quoting: tuple[str, ...]  # a verb of saying glued before a quotation's colon: "物业经理说："
    credits: frozenset[str]  # keys of a recorder's credit's verb: "Записала", "Recorded by"
    floor_verbs: tuple[str, ...]  # the minutes' verb after the speaker: "Herr X sade:", "Sihteeri luki:"
    postnominals: re.Pattern[str]  # degrees after a name and its comma: "Ing. Petr Svoboda, Ph.D.:"
    announcements: Guarded  # the phrases giving the floor: "Das Wort hat", "Kadri Tamm, palun!"
    speech_heads: re.Pattern[str]  # "Palabras del honorable Senador X.": names who speaks below
    weights: dict[str, float]
    threshold: float
    closing: re.Pattern[str]  # a procedural closing line: placed after the last turn
    inserted: re.Pattern[str]  # a bracketed line after which the record inserts a document
    procedural: re.Pattern[str]  # a paragraph that is a procedural line: a stage of its own
    verdicts: re.Pattern[str] | None  # a procedural line that ends a trial: "NOT GUILTY ."
    sitting: re.Pattern[str]  # a bracket that is an event of the sitting: it stands between turns
    opening: re.Pattern[str]  # a procedural opening line: text of the record, never its title
    examiner: re.Pattern[str]  # "BY MR. SMITH:": the Q. turns below are that person's
    witness: re.Pattern[str]  # "DR AMELIA HART (sworn)": the A. turns below are that person's
    floor_clause: re.Pattern[
        str
    ]  # "Dada a palavra ao X, por ele foi dito:": a court's minutes give the floor
    witnesses: frozenset[str]  # "the witness": the label of whoever is being examined
    witness_resumed: re.Pattern[str]  # "(Resumed)": the witness line's evidence goes on
    provisions: re.Pattern[str]  # "section 10", "§ 12": a bracket citing a provision is no role
    crossed: frozenset[str]  # "חקירה נגדית": a heading naming no one over another side's questions
    presiding: Vocabulary  # "Presidenza del presidente ROSSI": the chair below is that person
    short_labels: tuple[tuple[str, ...], ...]
    follow_ups: frozenset[str]  # a follow-up question's label: "Zusatzfrage", "Follow-up"
    office_possessives: dict[str, tuple[str, ...]]  # Turkish "Başkan-ı": the office of the word before
    asked: frozenset[str]  # the reporters' "Q" of a press briefing: one space, no stop, no answer letter
    spaced: frozenset[str]  # question and answer letters set off by one space: "Q What …" / "A Yes."
    asked_dashes: tuple[str, ...]  # an interview's dash before each question, no name: "――それは…"
    role_letters: frozenset[str]  # "审" of "审：" among "问：" / "答：": a role abbreviated to one character
    timestamp: re.Pattern[str]
    chat_sender: re.Pattern[str]  # after a chat's clock, its sender: "From X to Everyone:"
    clock_marks: re.Pattern[str]  # what says the time of day after a clock alone: "am", "Uhr"
    clock_words: re.Pattern[str]  # what says a clock alone is one before it: "Kl. 13:05", "klo 14.05"
    page: re.Pattern[str]  # a page of the printed edition before a label: "[612] VORSITZENDER:"
    prefix: re.Pattern[str]  # printed before a label and not part of it: "○", "Anf. 12"
    groups: re.Pattern[str]
    voice_leads: re.Pattern[str]  # before a person's voice in a bracket: "Zuruf von X [SPD]: …"
    headings: re.Pattern[str]
    stages: tuple[Pattern, ...]
    stage_types: tuple[str, ...]
    stage_brackets: tuple[tuple[str, str], ...]
    supplied_marks: re.Pattern[str]
    gap: re.Pattern[str]
    note: re.Pattern[str]
    note_heads: re.Pattern[str]  # an editor's heading opening a bracket: "(Note de l'éditeur: …)"
    supplied_max_words: int
    months: dict[str, int]
    month_words: dict[str, dict[str, int]]  # by language: a word that names another month elsewhere
    eras: dict[str, int]  # the year before each era's first: "令和" 2018
    solar_months: dict[str, int]  # the months of the Iranian solar year: "اسفند" 12
    ethiopian_months: dict[str, int]  # the Ethiopian calendar's thirteen: "መጋቢት" 7
    date_words: tuple[str, ...]  # between a spelled date's day, month and year: "day", "of", "del"
    numbers: dict[str, int]  # a number's words as a date spells them: "nineteen" 19, "mil" 1000
    buddhist_months: dict[str, int]  # months whose years count in the Buddhist era: "กันยายน" 9
    bikram_sambat_months: dict[str, int]  # the months of Nepal's calendar: "असार" 3
    language_words: dict[str, frozenset[str]]
    language_names: dict[str, str]
    # a bracketed mark alone on its line → the language the record turns to ("[English]"); ""
    # for the record's own language, translated ("[Translation]")
    language_marks: dict[str, str] = field(default_factory=dict)
    persons: tuple[Person, ...] = ()  # the edition's persons; labels: the forms they claim
    edition: dict[str, Any] = field(default_factory=dict)
    source: str = "defaults"
    chain: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    source_chain: dict[str, str] = field(default_factory=dict)  # the project's [source]
    repositories: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → settlement, country
    published: re.Pattern[str] | None = None
    translated: dict[str, str] = field(default_factory=dict)  # a language's name → its code
    author_share: float = 1.0
    # scripts that name their language, in the order they are tried: code → its letters
    language_scripts: tuple[tuple[str, re.Pattern[str]], ...] = ()
    language_script_shares: dict[str, float] = field(default_factory=dict)  # code → its own share
    language_letters: dict[str, frozenset[str]] = field(default_factory=dict)  # letters only it writes
    language_kin: dict[str, frozenset[str]] = field(default_factory=dict)  # letters it writes, its kin not
    language_unwritten: dict[str, frozenset[str]] = field(default_factory=dict)  # letters it never writes
    # the chair or the hall addressed as a speech opens, in every language: "товарищи", "mr speaker"
    salutations: frozenset[str] = frozenset()
    thanks: frozenset[str] = frozenset()  # words of thanks before a salutation: "thank you", "مننه"
    # forms of address that say a man or a woman (casefolded, without their stop) → "male"/"female"
    sexes: dict[str, str] = field(default_factory=dict)
    # a form of address's other spelling → the one a label printed once is read as ("madame" → "madam")
    address_spellings: dict[str, str] = field(default_factory=dict)
    articles: frozenset[str] = frozenset()  # open a label before its office: "Die Vorsitzende", "L'accusé"
    # open an unnamed person's label: "Un actionnaire individuel :", "Ein Aktionär:", "Un actionnaire" alone
    indefinite_articles: frozenset[str] = frozenset()
    stage_agents: frozenset[str] = frozenset()  # name another doer in a stage: "(lecture par le secrétaire)"
    place_prepositions: tuple[str, ...] = ()  # before a place's name: "aus Berlin", "from Leeds"
    # open a mandate's topic after its office: "Special Rapporteur on …"
    mandate_links: frozenset[str] = frozenset()
    # parties a web page prints after a member's name: "Alan Brook Labour, Northtown", "SNP"
    listed_parties: frozenset[str] = frozenset()
    office_openers: frozenset[str] = frozenset()  # words before an office: "Shadow Minister (Health)"
    headline_verbs: frozenset[str] = frozenset()  # a headline's verb after an office: "Minister Visits …"
    none_values: frozenset[str] = frozenset()  # a field's value as none: "Реплика: няма.", "Absent: none."
    committees: frozenset[str] = frozenset()  # a body an office heads after its comma: "Finance Committee"
    club_marks: frozenset[str] = frozenset()  # a club's mark beside its town: "IFK Göteborg", "Västerås SK"
    article_titles: frozenset[str] = frozenset()  # a form of address only after an article: "El C."
    hyphen_articles: frozenset[str] = frozenset()  # Maltese "L-", "Is-" joined to a title
    question_put: tuple[str, ...] = ("to the ", "to ")  # "X to the Minister:": whom it asks
    question_topics: frozenset[str] = frozenset()  # "2.1 Deputy X regarding the site:": a question's heading
    bullet_letters: frozenset[str] = frozenset()  # a symbol font's bullet read as a letter: "w M. X.-"
    speaker_chairs: frozenset[str] = frozenset()  # the chairs of a house a Speaker chairs
    lone_chairs: frozenset[str] = frozenset()  # the chair's office only alone: "KETUA:", not "Ketua Fraksi"
    question_head: re.Pattern[str] | None = None  # "Ms X question to PREMIER, Mr Y": who asks, who answers
    answer_heads: frozenset[str] = frozenset()  # "ANSWER": the heading over the answer to a question
    delegations: frozenset[str] = frozenset()  # an office many hold, its bracket a seat: "DELEGATE (Gauteng)"
    delegation_seats: frozenset[str] = frozenset()  # words of a delegate's seat: "(Eastern Cape)"
    delegation_words: frozenset[str] = frozenset()  # a seat's first word after a dash: "X – Đoàn …:"
    body_offices: frozenset[str] = frozenset()  # an office's word that names a body: "… PARISH COUNCIL"
    defence_heads: frozenset[str] = (
        frozenset()
    )  # the holder's own words after an office's "'s": "Prisoner's Defence"
    business_words: frozenset[str] = frozenset()  # a word naming an item of business: "… STATEMENT ON …"
    listed_words: frozenset[str] = frozenset()  # a common noun of a list's item: "-Plan General:"
    item_authors: frozenset[str] = frozenset()  # who tabled an item: "…, autora de la pregunta"
    participants: frozenset[str] = frozenset()  # a meeting's role with no office: "Jane Moss — Shareholder:"
    participant_endings: frozenset[str] = frozenset({""})  # "s" of "actionnaires": its plural, its whole word
    genitive_links: frozenset[str] = frozenset()  # whose a body is: "… de l'association des actionnaires"
    identifier_words: frozenset[str] = frozenset()  # a field's last word before a code: "Witness ID:"
    voice_fields: frozenset[str] = frozenset()  # a service's field before a voice's number: "Speaker : spk3"
    state_chairs: frozenset[str] = frozenset()  # no chairs where a Speaker chairs: "The Vice-President"
    patronymics: tuple[str, ...] = ()  # the endings of an East Slavic patronymic: "Петрович"
    surname_chars: frozenset[str] = frozenset()  # Chinese and Korean surnames in their scripts: "王"
    behalf: re.Pattern[str] | None = None  # on whose behalf, before the name: "CHP GRUBU ADINA"
    # a bracket after a bare name that says the record prints names surname first: "(S, VD)"
    surname_first_brackets: re.Pattern[str] | None = None
    # languages by how they order a name's words: "surname_first", "two_surnames", "joined_surnames"
    name_order: dict[str, frozenset[str]] = field(default_factory=dict)
    address_suffixes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "君" of "佐藤一郎君"
    ordinal_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "st" of "1st Accused:"
    # a party's counsel before the party, by language: "Counsel for the Defendant", "Lauyan …"
    counsel_of: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # by language: an initial that is a form of address there ("H." of "Dr. H. Andi", Haji)
    letter_titles: dict[str, frozenset[str]] = field(default_factory=dict)
    address_after: frozenset[str] = frozenset()  # a form of address after the name: Basque "jaunak"
    plural_titles: frozenset[str] = frozenset()  # a list's form of address for all: "Senators X, Y"
    plural_endings: tuple[
        str, ...
    ] = ()  # a listed plural's ending, its singular before it: "ы" of "депутаты"
    vote_answers: frozenset[str] = frozenset()  # a vote's one-word answer: "за", "Aye"
    versus: frozenset[str] = frozenset()  # a case caption's line between its parties: "v."
    # what a court says giving a counsel the witness ("Mr. Lane, you may examine."): the bare
    # questions below are that counsel's, as "BY MR. LANE:" would say
    examine_calls: re.Pattern[str] | None = None
    # a label under which the record describes what is seen: "AUDIO DESCRIPTION: Jury leaving."
    descriptions: re.Pattern[str] | None = None
    seat_counters: tuple[str, ...] = ()  # a numbered seat's counter: "番" of "２番（佐藤一郎）"
    signed_marks: tuple[str, ...] = ()  # after a name, that it signed by hand, as printed: "v. r."
    # an office abbreviated word by word, each word with its stop, the speech after it on the line:
    # "L. C. J.", "Att. Gen." of the old trials' reports
    abbreviated_offices: tuple[str, ...] = ()
    # per language: such an office that language's records alone print ("P. M.", the Italian
    # prosecutor), another language's words elsewhere ("P.M. The meeting resumed …")
    language_abbreviated_offices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # per language: an office of one word that language's records alone print ("preses", the Dutch
    # synod's chair), another language's word elsewhere (the Latvian "Preses paziņojums:", press)
    language_offices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # per language: the word for a constituency or a ward before its number in a script without
    # case ("เขต" of "ส.ส. เขต 3 ขอนแก่น:", "ເຂດເລືອກຕັ້ງທີ"): a member's seat, its place after it
    seat_numbers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # per language: the participants a phone-in brackets with their forename and town ("CALLER
    # (Mary, Leeds)"), one person each; another participant's comma is a party's or a state's
    placed_participants: dict[str, frozenset[str]] = field(default_factory=dict)
    # per language: a number's sign abbreviated with its stop before the figure ("Nr. 214"): no
    # sentence's end in a clause read up to a label's colon
    number_signs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # per language: a party's attendance as a court's head marks it after the role's colon
    # ("Accused: Present", "Mshtakiwa: Yupo"): a field, no turn
    attendance_values: dict[str, frozenset[str]] = field(default_factory=dict)
    # per language: the word a court's head prints after a witness's name and its comma for the
    # oath taken ("Witness: W. Bandara, affirmed."): the head's field, no turn
    holder_marks: dict[str, frozenset[str]] = field(default_factory=dict)
    # per language: the oath as a witness's role after the label's spaced dash ("CW1 - sworn
    # states in English:"), every language's in one expression matched whole, in lower case
    oath_roles: re.Pattern[str] = field(default_factory=lambda: regex(r"(?!)"))
    # per language: the words by which a State says it speaks for a group ("Norland on behalf of
    # the Nordic-Baltic group:"), each phrase split into its words
    group_behalf: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # per language: the units a meeting's web transcript spells the recording's clock in after
    # each speaker's name ("Mia Knudsen 0 minutes 5 seconds"): the label's time
    spelled_clock_units: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # per language, the words an office's stem opens that name a department, no office's holder
    # ("secretaria-geral", the Brazilian Senate's secretariat, beside its "Secretário-Geral")
    department_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # conjunctions that open a reported clause: no label's last word ("El Alcalde dice que:")
    subordinators: frozenset[str] = frozenset()
    # the words that qualify an office, its ordinals among them ("Vicepresidente Segundo")
    chair_qualifiers: frozenset[str] = frozenset()
    # the chair's office printed alone, by language: "The Speaker" and "Le Président" are one person
    chair_alone: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the word for a witness, by language: the name of one no line names ("le témoin", "証人")
    witness_word: dict[str, str] = field(default_factory=dict)
    # the words of a title naming a briefing, by language ("press briefing", "记者会"), and the
    # words for the spokesperson who answers there and the journalist who asks, where a witness
    # and an examiner would in a trial ("发言人", "the journalist")
    briefing_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spokesperson_word: dict[str, str] = field(default_factory=dict)
    journalist_word: dict[str, str] = field(default_factory=dict)
    # the word for whoever asks, by language: the name of an examiner no line names ("the examiner")
    examiner_word: dict[str, str] = field(default_factory=dict)
    # the words for a speaker live captions do not name, by language ("unidentified speaker")
    unnamed_word: dict[str, str] = field(default_factory=dict)
    # the words for an interview's two sides where a dash marks the questions, by language: who
    # asks and who answers ("聞き手", "話し手"), the names of the turns no label names
    interview_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the words of a title or a line above the first question that call a text an interview, by
    # language ("インタビュー", "专访"): only there do the dashes of `asked_dashes` mark questions
    interview_titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the headings of the order of business under which the chair's speech goes on ("Affaires courantes")
    rubrics: re.Pattern[str] | None = None
    # by language that writes its nouns with a capital: the words in lower case a heading holds
    # ("der", "über"); another second in a line is a sentence's verb ("Götzl belehrt den Zeugen")
    heading_lower_words: dict[str, frozenset[str]] = field(default_factory=dict)

    def stop_ends_sentence(self, word: str) -> bool:
        """Whether a stop after *word* ends a sentence: after a word of three letters or more
        that is no abbreviation (the stop of "Sen.", "Prof." or an initial ends none)."""
        return len(word) >= 3 and word.casefold() not in self.abbreviations

    def title_before_name(self, text: str, start: int, end: int) -> bool:
        """Whether the word with its stop from *start* to *end* of *text* is a form of address
        that is one only before a capitalised name ("Ass. Moretti –", "VER.ª Costa –", "O SR.
        VER. ADAUTO GUSMÃO –": the Italian assessore, the Brazilian vereador), so that its stop
        ends no label while the word ends a sentence elsewhere ("… vamos ver.")."""
        title = self.titles.regex.match(text, start)
        return (
            title is not None and title.end() >= end - 1 and title.group().rstrip().endswith((".", "ª", "ᵃ"))
        )

    def carries_phrase(self, text: str) -> bool:
        """Whether *text* opens with a name's particle or an article in lower case, no
        conjunction: a heading's phrase carried on below its colon ("Imputato:" / "del reato …",
        "Accused:" / "of the offence of …"), where a speech opens as a sentence does, and one
        typed in lower case with any word ("ja, das stimmt.", "and so I say …")."""
        first = text.split(maxsplit=1)[:1]
        word = first[0] if first else ""
        return word.islower() and word in self.particles and word not in self.portfolio_joins

    def leaves_open(self, line: str) -> bool:
        """Whether *line* ends with a word no paragraph ends with, so that the next line goes on
        with it: a form of address or its initial ("Mme", "Mr", "(M."), a name's particle or an
        article ("la", "de", "the"; one letter in lower case only: "A" alone is an answer). A
        copy that breaks its lines anywhere cuts labels so: "La" / "Vice-Présidente (Mme X) :",
        "M." / "Legault :"."""
        last = line.rsplit(maxsplit=1)
        token = last[-1].lstrip("([«“\"'") if last else ""
        word = token.rstrip(".")
        if not word:
            return False
        if token == word and word.casefold() in self.particles:
            return len(word) >= 2 or word.islower()
        addressed = word.casefold() in self.abbreviations or (len(word) == 1 and token != word)
        if not (word[0].isupper() and addressed and self.titles.fullmatch(token.casefold())):
            return False
        # the tail of a form of two words printed whole, never with a stop ("… kepada Tan Sri.",
        # "… terima kasih, Dato' Sri.", a Malaysian member thanking the one addressed): its stop
        # the sentence's; one abbreviated in each word ("… the Rt. Hon.") leaves it open
        before = line.rsplit(maxsplit=2)[-2:-1]
        pair = f"{before[0]} {word}".casefold() if before else ""
        return not (pair and self.titles.fullmatch(pair) and not self.titles.fullmatch(f"{pair}."))

    def unarticled(self, word: str) -> str:
        """*word* less the article joined to it by a hyphen ("L-ONOR" → "ONOR"), else *word*."""
        head, hyphen, rest = word.partition("-")
        return rest if hyphen and rest and head.casefold() in self.hyphen_articles else word

    def past_article(self, text: str) -> str:
        """*text* past the article a label may open with before its office ("Die Vorsitzende",
        "O vereador X", "Le président" → "président"), else *text*."""
        first, _, rest = text.partition(" ")
        return rest if rest and first.casefold() in self.articles else text

    def tabled_item(self, text: str) -> bool:
        """Whether *text* says who tabled an item of business: an author's word, articles or
        particles, the item ("autora de la pregunta", "mover of the motion"), a description of
        the speaker after a name's comma, as an office there is."""
        words = text.casefold().split()
        return (
            len(words) >= 2
            and words[0] in self.item_authors
            and words[-1] in self.business_words
            and all(word in self.particles or word in self.articles for word in words[1:-1])
        )

    @cached_property
    def any_affiliations(self) -> tuple[str, ...]:
        """Every language's institutions' first words (:attr:`affiliations`) and the departments',
        for a label's description read before its language is known."""
        listed = (word for words in self.affiliations.values() for word in words)
        return tuple(sorted({*self.departments, *listed}))

    @cached_property
    def any_abbreviated_forenames(self) -> frozenset[str]:
        """Every language's forenames' abbreviations (:attr:`abbreviated_forenames`) together, for
        a label read before its record's language is known."""
        return frozenset().union(*self.abbreviated_forenames.values())

    @cached_property
    def any_clause_words(self) -> frozenset[str]:
        """Every language's clause words (:attr:`clause_words`) together, for a label read before
        its record's language is known: read once."""
        return frozenset().union(*self.clause_words.values())

    @cached_property
    def any_ordinal_endings(self) -> tuple[str, ...]:
        """Every language's endings of an ordinal in figures, sorted: a label's token reads them
        before its language is known ("1st Accused:")."""
        return tuple(sorted({ending for endings in self.ordinal_endings.values() for ending in endings}))

    @cached_property
    def office_ordinals(self) -> frozenset[str]:
        """The office's qualifiers that are ordinals, printed after the office as its number
        ("Vicepresidente Segundo", "Vicepresidenta Primera"): those a language's openers or its
        spelled numbers hold too, no "Senior" or "Town", a surname after an office ("Councillor
        Senior"). Read once."""
        ordinals = frozenset(self.numbers).union(*self.openers.values())
        return self.chair_qualifiers & ordinals

    @cached_property
    def asking_keys(self) -> frozenset[str]:
        """The keys of the short labels that ask, each pair's first ("Q.", "問", "Вопрос"): read
        once, asked of every line an examination's reading weighs."""
        return frozenset(label_key(pair[0]) for pair in self.short_labels)

    @cached_property
    def asking_initials(self) -> frozenset[str]:
        """The first letters of :attr:`asking_keys`: whether a line's first letter may open one,
        asked of every office alone over a line an examination's reading weighs."""
        return frozenset(key[:1] for key in self.asking_keys)

    @cached_property
    def answering_keys(self) -> frozenset[str]:
        """The keys of the short labels that answer, each pair's last ("A.", "答", "Ответ")."""
        return frozenset(label_key(pair[-1]) for pair in self.short_labels)

    @cached_property
    def any_counsel(self) -> frozenset[str]:
        """The counsel of a party of every language (``counsel_of``), casefolded: a short
        excerpt's language may be misread."""
        return frozenset(words.casefold() for table in self.counsel_of.values() for words in table)

    @cached_property
    def narration_endings(self) -> tuple[str, ...]:
        """The words of ``narration`` in scripts written without spaces between words (Chinese,
        Japanese, Thai, Lao, Khmer, Burmese): a sentence that ends so before its colon ("议案的主要
        内容如下：", "เรื่องที่สำคัญมีดังนี้:") is one word to a split, the word its end."""
        return tuple(sorted(word for word in self.narration if _WORDLESS.search(word)))

    @cached_property
    def joining_words(self) -> frozenset[str]:
        """The short words the label and heading vocabularies list as joining capitalised ones:
        names' particles, an office's links and joins, places' prepositions, every language's
        phrase openers and heading words in lower case ("of", "to", "on", "zum", "de la"), a known
        language's, where an office's particles no vocabulary lists are a language's it does not
        know ("Minisita ki he Ngāue Lalahi")."""
        return frozenset().union(
            self.particles,
            self.office_links,
            self.portfolio_joins,
            self.place_prepositions,
            *self.phrase_openers.values(),
            *self.heading_lower_words.values(),
        )

    @cached_property
    def any_phrase_openers(self) -> frozenset[str]:
        """The prepositions and possessives that open a phrase in every language (``phrase_openers``):
        a line's first word so opens no name nor label, whatever the record's language."""
        return frozenset().union(*self.phrase_openers.values())

    @cached_property
    def any_openers(self) -> frozenset[str]:
        """The sentence openers of every language: a short excerpt's language may be misread."""
        return frozenset().union(*self.openers.values())

    @cached_property
    def record_openers(self) -> dict[str, frozenset[str]]:
        """The sentence openers a record in a language with its own list reads: that list, and
        every other language's openers written in a script the list does not write. Another
        language's word in the record's own script may be a name or a field there, but a word in
        another script is the same word in any record ("Yes: …", "OK:" over an Arabic or Russian
        interview's turns are no one's label, as they were none before Arabic had a list). Not a
        single letter ("a", "i"): the Latin one is the look-alike of a Cyrillic initial or of a
        Q/A record's mark typed in the wrong script ("A:" for "А:")."""
        written = {word: _script(word) for word in self.any_openers}
        scripts: dict[str, set[str]] = {}
        for word, script in written.items():
            if len(word) > 1:
                scripts.setdefault(script, set()).add(word)
        lists: dict[str, frozenset[str]] = {}
        for lang, words in self.openers.items():
            own = {written[word] for word in words}
            lists[lang] = words.union(*(found for script, found in scripts.items() if script not in own))
        return lists

    @cached_property
    def salutation_openers(self) -> frozenset[str]:
        """The first words of the salutations and of the thanks before one: a speech that opens
        with none of them salutes no one, asked before its words are read."""
        return frozenset(words.split(" ")[0] for words in self.salutations | self.thanks)

    @cached_property
    def salutation_tails(self) -> frozenset[str]:
        """The last words of the salutations of two words or more ("депутаты" of "уважаемые
        депутаты", "delegates" of "fellow delegates"): after the hall's word they are its office
        addressed ("Товарищи депутаты."), no verb of a sentence the hall is the subject of."""
        return frozenset(words.rpartition(" ")[2] for words in self.salutations if " " in words)

    # What the tables below derive depends on the configuration alone: each is made once a
    # configuration, where the readings that ask it had made it again for every record (or every
    # label) a process converts, a pass over a vocabulary that a short record pays in full.

    @cached_property
    def participant_phrases(self) -> dict[str, tuple[str, ...]]:
        """The participants' phrases of two words or more ("member of the public"), by their
        first word: a line's words are held against the few its first word opens."""
        phrases: dict[str, list[str]] = {}
        for phrase in self.participants:
            if " " in phrase:
                phrases.setdefault(phrase.partition(" ")[0], []).append(phrase)
        return {first: tuple(found) for first, found in phrases.items()}

    @cached_property
    def longest_caption(self) -> int:
        """The characters of the longest of a web page's captions (``furniture_captions``)."""
        return max(map(len, self.furniture_captions), default=0)

    @cached_property
    def courtesies(self) -> frozenset[str]:
        """The salutations and the words of thanks together: a word of a name is neither."""
        return self.thanks | self.salutations

    @cached_property
    def short_words(self) -> frozenset[str]:
        """The words of the question and answer labels (``short``), casefolded."""
        return frozenset(word.casefold() for pair in self.short_labels for word in pair)

    @cached_property
    def short_keys(self) -> frozenset[str]:
        """The label keys of the words of the question and answer labels (``short``)."""
        return frozenset(label_key(word) for pair in self.short_labels for word in pair)

    @cached_property
    def short_partners(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """Each word of the question and answer labels (``short``) folded, with the other words
        of its pair folded: a record that prints one of those pairs the word with it."""
        return tuple(
            (fold(word), frozenset(fold(other) for other in pair if other != word))
            for pair in self.short_labels
            for word in pair
        )

    @cached_property
    def numbered_letters_line(self) -> re.Pattern[str] | None:
        """A line opening with one letter of a pair (``short``) glued to a number and its stop or
        colon ("Q1.", "A12:"): group ``letter``; None where no pair is lettered."""
        letters = {word for pair in self.short_labels for word in pair if len(word) == 1}
        return _letters_line(letters, r"\d{1,3}[.:](?=[ \t])")

    @cached_property
    def glued_letters_line(self) -> re.Pattern[str] | None:
        """A line opening with one letter of a pair (``short``) in Latin capitals, its stop glued
        to the capital that opens the speech, no colon closing the first word ("Q.Will you …",
        "A.Eleven years."; not "В.Путин:"): group ``letter``; None where no pair is lettered."""
        letters = {word for pair in self.short_labels for word in pair if len(word) == 1 and word.isascii()}
        return _letters_line(letters, r"\.(?=[A-Z])(?![^\s:]*:)")

    @cached_property
    def bare_letters_line(self) -> re.Pattern[str] | None:
        """A line opening with one letter of a pair (``short``) and its stop or colon, no number
        ("A.", "A:"): group ``letter``; None where no pair is lettered."""
        letters = {word for pair in self.short_labels for word in pair if len(word) == 1}
        return _letters_line(letters, r"[.:](?=[ \t])")

    @cached_property
    def asked_letters_line(self) -> re.Pattern[str] | None:
        """A line opening with the one letter of a pair's question (``short``, both letters alone:
        "Q." of "Q."/"A."), its stop and a space, a question mark on the line, the letter no
        initial before a surname and a dash ("P. Nowak – Czy …?"): group ``letter``; None where
        no pair is so lettered."""
        letters = {pair[0] for pair in self.short_labels if len(pair[0]) == 1 and len(pair[-1]) == 1}
        return _letters_line(letters, r"\.[ \t](?![^\W\d_]+[ \t]+[-–—][ \t])[^\n]*\?")

    @cached_property
    def chair_alone_languages(self) -> dict[str, frozenset[str]]:
        """The label key of each form of the chair's office alone (``chair_alone``) and the
        languages that print it ("presidente": Italian, Spanish and Portuguese)."""
        forms: dict[str, set[str]] = {}
        for language, words in self.chair_alone.items():
            for word in words:
                forms.setdefault(label_key(word), set()).add(language)
        return {form: frozenset(languages) for form, languages in forms.items()}

    @cached_property
    def examiner_words(self) -> frozenset[str]:
        """Every language's word for whoever examines (``examiner_word``), casefolded."""
        return frozenset(word.casefold() for word in self.examiner_word.values())

    @cached_property
    def portfolio_links(self) -> frozenset[str]:
        """The words that link an office's portfolio to what follows, no word of a portfolio
        printed before its office: articles, particles, a place's and an office's links, the
        words of narration."""
        return self.articles | self.particles | self.place_links | self.office_links | self.narration

    @property
    def any_language_words(self) -> KeysView[str]:
        """The commonest words of every language (``language_words``) together: the keys of
        :attr:`languages_of_word`, no second set of them."""
        return self.languages_of_word.keys()

    @cached_property
    def floor_verb_ends(self) -> tuple[str, ...]:
        """Each verb of saying after a speaker (``floor_verbs``) as a label's printed form ends
        with it, after a space."""
        return tuple(f" {verb}" for verb in self.floor_verbs)

    @cached_property
    def _months_by_language(self) -> dict[str, dict[str, int]]:
        return {}  # filled by months_in, a language at a time (a few languages have words of their own)

    def months_in(self, lang: str) -> dict[str, int]:
        """The month words a date in the language *lang* is read with: every language's, and its
        own that name another month elsewhere (``month_words``), merged once a language."""
        if lang not in self.month_words:
            return self.months
        merged = self._months_by_language.get(lang)
        if merged is None:
            merged = self._months_by_language[lang] = self.months | self.month_words[lang]
        return merged

    @cached_property
    def language_codes(self) -> tuple[str, ...]:
        """The languages the words and the letters of a text are counted for, in the tables' order."""
        return tuple(dict.fromkeys([*self.language_words, *self.language_letters]))

    @cached_property
    def languages_of_word(self) -> dict[str, tuple[str, ...]]:
        """Each of the languages' commonest words (``language_words``) → the languages whose it is:
        a text's words are looked up once each, not once a language."""
        return _inverted(self.language_words, self.language_codes)

    @cached_property
    def languages_of_letter(self) -> dict[str, tuple[str, ...]]:
        """Each letter only some languages write (``letters``) → those languages."""
        return _inverted(self.language_letters, self.language_codes)

    @cached_property
    def languages_unwriting(self) -> dict[str, tuple[str, ...]]:
        """Each letter some languages never write (``unwritten``) → those languages."""
        return _inverted(self.language_unwritten, self.language_codes)

    @cached_property
    def counted_letters(self) -> frozenset[str]:
        """The letters only some languages write, or their kin do not (``letters``, ``kin``)."""
        return frozenset().union(*self.language_letters.values(), *self.language_kin.values())

    @cached_property
    def unwritten_letters(self) -> frozenset[str]:
        """The letters some language never writes (``unwritten``)."""
        return frozenset().union(*self.language_unwritten.values())

    def names_committee(self, text: str) -> bool:
        """Whether *text* names a committee or a board (``committees``): one of its words is one,
        or ends with one of six letters or more, a compound's ("Haushaltsausschuss")."""
        for word in text.split():
            folded = word.casefold().strip(".,;:()")
            if folded in self.committees or any(
                len(body) >= _COMPOUND_BODY and folded.endswith(body) for body in self.committees
            ):
                return True
        return False

    @cached_property
    def question_topic(self) -> re.Pattern[str]:
        """A question's subject after its asker's name, up to the label's colon: a word of
        ``question_topics`` in lower case and the words after it (" regarding the draft Law on
        housing:", the Jersey States' question without its number)."""
        longest = sorted(sorted(self.question_topics), key=len, reverse=True)  # one order in every process
        words = "|".join(re.escape(word) for word in longest)
        return regex(rf"[ \t]+(?:{words})[ \t]+[^\n:：]{{1,80}}?(?=[ \t]?[:：])" if words else r"(?!)")

    @cached_property
    def abbreviated_office(self) -> re.Pattern[str]:
        """An office of ``abbreviated_offices`` at a line's start, its words each with its stop
        and with a space or none between them ("L. C. J.", "L.C.J.", "Att. Gen."): its group
        office."""
        return _abbreviated(self.abbreviated_offices)

    @cached_property
    def any_seat_number(self) -> tuple[str, ...]:
        """Every language's ``seat_numbers``: a line's seat before its record's language is
        known, the words each a script's own."""
        return tuple(word for words in self.seat_numbers.values() for word in words)

    @cached_property
    def spelled_span(self) -> str:
        """The text of a pattern of the recording's clock spelt in two or three of any language's
        ``spelled_clock_units`` ("0 minutes 5 seconds", "1 hour 2 minutes 3 seconds"), as a
        meeting's web transcript prints it after a speaker's name and on its tiles: the language
        is not known when the lines are read."""
        units = {word for words in self.spelled_clock_units.values() for word in words}
        unit = "|".join(sorted(sorted(units), key=len, reverse=True)) or "(?!)"
        return rf"(?i:(?:\d{{1,2}} (?:{unit}) ){{1,2}}\d{{1,2}} (?:{unit}))"

    @cached_property
    def spelled_clock(self) -> re.Pattern[str]:
        """The clock spelt (:attr:`spelled_span`) at a line's end, after a name ("Mia Knudsen 0
        minutes 5 seconds"): its group time."""
        return regex(rf"[ \t]+(?P<time>{self.spelled_span})[ \t]*$")

    def for_group(self, name: str, lang: str) -> tuple[list[str], list[str]] | None:
        """*name*'s words before and after its language's words saying it speaks for a group
        (``group_behalf``: "Norland on behalf of the Nordic-Baltic group" → "Norland", "the
        Nordic-Baltic group"), a few on each side; ``None`` where no such words follow them or
        the words after are a committee's long name ("SENATOR HAYES on behalf of the committee on
        rules and administration", the member's own)."""
        words = name.split()
        folded = [word.casefold() for word in words]
        for phrase in self.group_behalf.get(lang, ()):
            at = next(
                (i for i in range(1, _STATE_WORDS + 1) if tuple(folded[i : i + len(phrase)]) == phrase), 0
            )
            if at and 0 < len(words) - at - len(phrase) <= _GROUP_WORDS:
                return words[:at], words[at + len(phrase) :]
        return None

    @cached_property
    def any_placed_participant(self) -> frozenset[str]:
        """Every language's ``placed_participants``: a caller's word, each language's its own, so
        the record's language need not be known when the persons are named."""
        return frozenset(word for words in self.placed_participants.values() for word in words)

    @cached_property
    def all_number_signs(self) -> frozenset[str]:
        """Every language's ``number_signs``: asked where the record's language is not known yet."""
        return frozenset(sign for words in self.number_signs.values() for sign in words)

    @cached_property
    def said_clause(self) -> re.Pattern[str]:
        """A clause after a label's brackets or a comma up to its colon, on the line, no sentence's
        stop in it but the stop of any language's ``number_signs`` before a figure ("Delegierter
        Nr. 214:", a union congress's delegate by the number of the list): the record's language
        is not known yet."""
        signs = sorted(sorted(self.all_number_signs), key=len, reverse=True)
        behind = "|".join(rf"(?<=\b(?i:{re.escape(sign)}))" for sign in signs)
        stop = rf"|(?:{behind})\.(?=[ \t]?\d)" if signs else ""
        return regex(rf"(?P<words>[^\W\d_](?:[^.!?:\n]{stop}){{0,120}}?)[ \t]*:")

    @cached_property
    def seat_clause_words(self) -> tuple[str, ...]:
        """The ``clause_words`` of the languages that print a seat's number so (``seat_numbers``):
        what a word after the number opens with where a member's sentence goes on, the script
        setting no space between its words ("ได้" of "ได้เสนอญัตติ:")."""
        return tuple(word for code in self.seat_numbers for word in self.clause_words.get(code, ()))

    @cached_property
    def any_abbreviated_office(self) -> re.Pattern[str]:
        """:attr:`abbreviated_office` with every language's ``language_abbreviated_offices``: a
        line's candidate before its record's language is known, scored in that language."""
        local = (word for words in self.language_abbreviated_offices.values() for word in words)
        return _abbreviated((*self.abbreviated_offices, *local))

    def abbreviated_office_in(self, lang: str) -> re.Pattern[str]:
        """:attr:`abbreviated_office` with the offices of ``language_abbreviated_offices`` that
        the record's language *lang* prints ("P. M." in an Italian trial, no English "P.M.")."""
        local = self.language_abbreviated_offices.get(lang, ())
        return _abbreviated((*self.abbreviated_offices, *local)) if local else self.abbreviated_office

    def foreign_office(self, office: str, lang: str, local: dict[str, tuple[str, ...]] | None = None) -> bool:
        """Whether *office*, an office matched at a name's start, is one of the offices of
        ``language_abbreviated_offices`` (or of *local*, ``language_offices``) that *lang*'s
        records do not print ("p.m." in English, "preses" in Latvian)."""
        offices = self.language_abbreviated_offices if local is None else local
        spaced = " ".join(office.casefold().replace(".", ". ").split())
        return any(
            spaced in words for code, words in offices.items() if code != lang
        ) and spaced not in offices.get(lang, ())

    @cached_property
    def opener_at_start(self) -> re.Pattern[str]:
        """Any language's sentence opener as a text's first words ("Thank you", "Dank u wel"):
        compiled once a configuration, not once a conversion."""
        openers = sorted(sorted(self.any_openers), key=len, reverse=True)
        words = "|".join(map(re.escape, openers))
        return regex(rf"(?:{words})(?![^\W\d_])" if openers else r"(?!)", re.IGNORECASE)

    def forename_opened(self, name: str) -> bool:
        """Whether *name* opens with a forename (``given_names``) that is a sentence opener too,
        a capitalised word of the name after it: the Spanish ordinals that number a resolution's
        points are forenames ("Segundo Martínez", "Quinto Herrera"), no sentence's first word."""
        first, _, rest = name.strip().partition(" ")
        return first.casefold() in self.given_names and rest[:1].isupper()

    @cached_property
    def spelled_date(self) -> re.Pattern[str] | None:
        """A date whose day and year are spelled out ("the third day of May, nineteen hundred and
        twelve"), the day in figures too ("3rd day of May, …"), or in Roman numerals with such a
        year ("die IV mensis Decembris anno MMXXVI"): its groups day, month, year.

        The number words and the month words are tries (see :func:`_words_alternation`): as
        flat alternations every word's start tried some three hundred branches one by one, a
        third of a head's date search; the words are casefolded, so the longest still wins."""
        if not self.numbers:
            return None
        numbers = _trie(sorted(self.numbers))
        spelled = rf"(?:{numbers})(?:(?:[ \t]*-[ \t]*|[ \t]+(?:(?:and|y|e)[ \t]+)?)(?:{numbers}))*"
        words = {*self.months, *(word for table in self.month_words.values() for word in table)}
        months = _trie(sorted(words))
        between = "|".join(map(re.escape, self.date_words))
        gap = rf"(?:[ \t]*,)?(?:[ \t]+(?:{between}))*(?:[ \t]*,)?[ \t]+"
        return regex(
            rf"(?<![^\W\d_])(?P<day>{spelled}|\d{{1,2}}(?:st|nd|rd|th)?|(?-i:{ROMAN_DAY})){gap}(?P<month>{months})"
            rf"{gap}(?P<year>{spelled}|\d{{4}}|{ROMAN_YEAR})(?![^\W\d_])",
            re.IGNORECASE,
        )

    @cached_property
    def wrapped_date(self) -> re.Pattern[str]:
        """A line's break inside a date, which a wrapped title or dateline leaves: after the day
        before the month and the year ("… DEL 15" / "MAGGIO 2000"), or after a spelled year's
        thousand or hundreds before its last words ("… DE DOS MIL" / "DOCE."); group ``gap``."""
        words = {*self.months, *(word for table in self.month_words.values() for word in table)}
        months = _trie(sorted(words)) or "(?!)"
        big = [word for word, value in self.numbers.items() if value >= 100 and value % 100 == 0]
        bigs = _trie(sorted(big)) or "(?!)"
        numbers = _trie(sorted(self.numbers)) or "(?!)"
        return regex(
            rf"(?:(?<![\d.,:/])\d{{1,2}}\.?(?P<gap>[ \t]*\n[ \t]*)(?=(?:{months})[ \t,]+\d{{4}}(?!\d))"
            rf"|(?<![^\W\d_])(?:{bigs})(?P<gap2>[ \t]*\n[ \t]*)(?=(?:{numbers})(?![^\W\d_])))",
            re.IGNORECASE,
        )

    def cuts_date(self, line: str, below: str) -> bool:
        """Whether the break between *line* and the line *below* it falls inside a date (see
        :attr:`wrapped_date`): the two are one line's, the date read whole."""
        return self.wrapped_date.search(f"{line[-_DATE_TAIL:]}\n{below}") is not None

    @cached_property
    def announcement_opens(self) -> re.Pattern[str]:
        """An announcement (``announcements``) opening where it is matched, its word's bounds not
        asked: it opens so in a line wherever it opens in a window cut from the line."""
        core = self.announcements.pattern.removeprefix(_WORD_OPENS).removesuffix(r"\b")
        return regex(f"(?:{core})", _FLAGS)

    @cached_property
    def announcement_starts(self) -> re.Pattern[str]:
        """The places at a word's start where an announcement opens (:attr:`announcement_opens`),
        found by one scan of a long flattened line: a window of it holding none (and opening with
        none) holds no announcement, so is not searched (such a line asks the text before each
        name and bracket whether it gave that name the floor)."""
        return regex(f"{_WORD_OPENS}(?={self.announcement_opens.pattern})", _FLAGS)

    @cached_property
    def furniture_any(self) -> re.Pattern[str] | None:
        """Every furniture pattern in one alternation: a line that is none is passed by one scan."""
        return any_of(
            [start for _, start, _ in self.furniture_blocks] + [p.regex for p in self.furniture_lines]
        )

    @cached_property
    def front_any(self) -> re.Pattern[str] | None:
        """Every front-matter and source-chain form in one alternation (see :meth:`furniture_any`)."""
        return any_of([*self.front.values(), *(form for forms in self.chain.values() for form in forms)])


def _inverted(table: dict[str, frozenset[str]], codes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """*table* (a language → its words or letters) turned round: each word → its languages, those
    of *codes* (the languages a text's words are counted for)."""
    found: dict[str, list[str]] = {}
    for code in codes:
        for item in table.get(code, ()):
            found.setdefault(item, []).append(code)
    return {item: tuple(codes) for item, codes in found.items()}


_BACKREFERENCE = regex(r"\\[1-9]|\(\?P=")
_NAMED_GROUP = regex(r"\(\?P<\w+>")


def any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One alternation that matches at the start of a text wherever one of *patterns* does, for
    scanning a line once instead of once per pattern; None (scan each) where it cannot be built:
    a back-reference's group number would shift in the alternation."""
    sources = [p.pattern for p in patterns]
    if not sources or any(_BACKREFERENCE.search(source) for source in sources):
        return None
    try:
        return regex("|".join(f"(?:{_NAMED_GROUP.sub('(?:', s)})" for s in sources), _FLAGS)
    except re.error:  # a pattern with a global flag of its own: it only compiles alone
        return None


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = value + old
        else:
            merged[key] = value
    return merged


def _full(pattern: str, where: str) -> re.Pattern[str]:
    return _compile(rf"(?:{pattern})\Z", where)


def _reply_subject(prefixes: list[str], where: str) -> re.Pattern[str]:
    """A subject's prefix at a line's start with its colon, perhaps a count of replies ("Re[2]:")."""
    words = "|".join(map(re.escape, prefixes))
    return _compile(rf"[ \t]*(?:{words})(?:\[\d+\])?[ \t]?:", where)


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return regex(pattern, _FLAGS)
    except re.error as err:
        raise InputError(f"bad regular expression {pattern!r}: {err}", Location(where)) from None


class Guarded:
    """An alternation whose branches that hold one of a few words (*guards*) are asked only of a
    text that holds one: such a branch opens with a look-ahead on any letter ("Kadri Tamm,
    palun!"), so the engine tries it at every word's start of every text, and each needs its word
    to match. A text holding none of the words is searched by the alternation without those
    branches (*plain*), which could find nothing there: every match is the whole one's (*full*).
    A search's answer is kept by its text, as :class:`Vocabulary` keeps its own: the decision
    asks it of the text after and before each occurrence of a label, the same few texts again
    and again where a label recurs (966 distinct of 22,395 on the 4 MB input)."""

    __slots__ = ("_found", "_guards", "_plain", "full")

    def __init__(self, full: re.Pattern[str], plain: re.Pattern[str] | None, guards: tuple[str, ...]) -> None:
        self.full, self._plain, self._guards = full, plain, guards
        self._found: dict[str, re.Match[str] | None] = {}

    def _for(self, text: str) -> re.Pattern[str]:
        plain = self._plain
        if plain is None:
            return self.full
        lowered = text.lower()  # read case-blind, the words' letters have no other forms
        for word in self._guards:
            if word in lowered:
                return self.full
        return plain

    @property
    def pattern(self) -> str:
        return self.full.pattern

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Guarded) and other.full == self.full

    def __hash__(self) -> int:
        return hash(self.full)

    def search(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.search`` of *text*, asked once a distinct text."""
        return _asked(self._found, self._search, text)

    def _search(self, text: str) -> re.Match[str] | None:
        return self._for(text).search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text)


def _announcements(branches: list[str], guards: list[str], where: str) -> Guarded:
    """The announcements' alternation (``announcements``), the branches holding a word of
    ``announcement_guards`` asked only of a text holding it (see :class:`Guarded`)."""

    def compiled(kept: list[str]) -> re.Pattern[str]:
        return _compile(_WORD_OPENS + "(?:" + ("|".join(_lettered(kept)) or "(?!)") + r")\b", where)

    words = tuple(word.lower() for word in guards)
    plain = [branch for branch in branches if not any(word in branch.lower() for word in words)]
    return Guarded(compiled(branches), compiled(plain) if len(plain) < len(branches) else None, words)


def _letter_variants(pattern: str, variants: dict[str, str]) -> str:
    """*pattern* with each letter of *variants* matching its other spellings too: the Arabic
    yeh and kaf of a Persian record printed with Arabic letters ("آقاى", "آقاي" for "آقای"), in
    a character class or out of one. Read a character at a time, some 30,000 of the offices'
    and the chairs': built once a machine, as a trie is."""
    if not variants:
        return pattern
    return pattern_text(
        f"variants\0{sorted(variants.items())!r}\0{pattern}", lambda: _with_variants(pattern, variants)
    )


def _with_variants(pattern: str, variants: dict[str, str]) -> str:
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char in variants:
            out.append(char + variants[char] if in_class else f"[{char}{variants[char]}]")
        else:
            out.append(char)
            if char == "[" and not in_class:
                in_class = True
            elif char == "]" and in_class and out[-2:-1] != ["["]:
                in_class = False
    return "".join(out)


def _titles(titles: list[str], where: str) -> str:
    """The pattern of any one of *titles*, each checked alone (a bad one is named)."""
    return "|".join(f"(?:{_compile(t, where).pattern})" for t in titles)


def _hyphened(articles: list[str], titles: str) -> str:
    """*titles* with the article a language joins to them by a hyphen before them, as Maltese
    prints it ("L-ONOR.", "Is-Sur"): the article is the title's, as "The" is of "The Hon."."""
    if not articles:
        return titles
    return rf"(?:(?:{'|'.join(map(re.escape, articles))})-)?(?:{titles})"


def _spellings(word: str, variants: dict[str, str]) -> list[str]:
    """*word* and its spellings with the other letters of *variants* ("آقاى" for "آقای")."""
    others = [(char, other) for char, spelt in variants.items() if char in word for other in spelt]
    return [word] + [word.replace(char, other) for char, other in others]


def _compound_particles(phrases: list[str]) -> re.Pattern[str] | None:
    """Particles of two words or more inside a name, between its capitalised words: the Dutch
    "in 't" of "Sophie in 't Veld", "op de" of "Jan op de Beeck"; the apostrophe either one."""
    if not phrases:
        return None
    spelled = sorted({p.casefold().replace("’", "'") for p in phrases}, key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace("'", "['’]") for p in spelled)
    return re.compile(rf"(?<=[^\W\d_] )(?:{alternation})(?= [{UPPER}])")


def _behalf(patterns: list[str], where: str) -> re.Pattern[str] | None:
    """What opens a label before the name to say on whose behalf, and the space after it."""
    return _compile(r"(?:" + "|".join(patterns) + r")\s+(?=\S)", where) if patterns else None


def _cased(patterns: list[str], where: str) -> re.Pattern[str] | None:
    """One of *patterns* matched whole and in its case (codes in capitals), or None for none."""
    if not patterns:
        return None
    try:
        return regex(_alternatives_of(patterns) + r"\Z")
    except re.error as err:
        raise InputError(f"bad regular expression {patterns!r}: {err}", Location(where)) from None


def _alternatives_of(patterns: list[str]) -> str:
    """*patterns* as one group of alternatives, one that never matches where there are none."""
    return "(?:" + "|".join(f"(?:{p})" for p in patterns or ["(?!)"]) + ")"


def _alternatives(patterns: list[str], where: str) -> re.Pattern[str]:
    """*patterns* as one expression matched whole, one that never matches where there are none."""
    return _full(_alternatives_of(patterns), where)


_WORD_END = r"(?![^\W\d_])"  # no letter follows: a whole word


_HAN_KANA = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"  # the Japanese kana and the Han characters
# Scripts written without spaces between words: an office may stand inside a name there ("陳部長文華").
_UNSPACED = regex(f"[{_HAN_KANA}]")
# The same scripts with those of South-East Asia (Thai, Lao, Burmese, Khmer): a sentence's words
# there run on to its colon unparted.
_WORDLESS = regex(f"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff{_HAN_KANA}]")


def _words_alternation(words: list[str]) -> str:
    """One alternation of literal *words*, each where it opens a word (anywhere in a script
    without spaces), the longest first where several match at one place.

    Written as a trie ("deputy (?:speaker|chair)"), with the word-start test once: Python's
    regular expressions try an alternation's branches one by one at every place a search
    looks, and five hundred branches, each opening with its own lookbehind, cost 60 µs on a
    short name; a trie rejects a place by its first letter."""
    spaced = [word for word in words if not _UNSPACED.match(word)]
    unspaced = [word for word in words if _UNSPACED.match(word)]
    branches = [rf"(?<![^\W\d_]){_trie(spaced)}" if spaced else "", _trie(unspaced) if unspaced else ""]
    return "(?:" + "|".join(filter(None, branches)) + ")"


def _trie(words: list[str]) -> str:
    """A pattern matching exactly *words* (literals), the longest match first: built once a
    machine for the same words (a large vocabulary's trie is most of a configuration's load)."""
    return pattern_text("trie\0" + "\0".join(words), lambda: _built_trie(words))


def _built_trie(words: list[str]) -> str:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return (body if len(branches) == 1 and len(body) == 1 else f"(?:{body})") + "?"

    return pattern(root)


def _qualified(labels: dict[str, Any]) -> tuple[str, str]:
    """The patterns of the words an office may open with that are the office's own: its
    qualifiers ("Vice Mayor", "City Clerk", "Zweite Präsidentin", "Temporary Deputy Speaker",
    "Vice-President"), and before a chair's office also the chamber or sitting it presides in the
    genitive ("POSĖDŽIO PIRMININKAS", "House Speaker")."""
    qualifiers = _trie(labels["chair_qualifiers"])
    chambers = _trie(labels["chambers"])
    qualified = rf"(?:(?<![^\W\d_])(?:{qualifiers})[\s\-‐]+)*" if qualifiers else ""
    before = "|".join(filter(None, [qualifiers, chambers and rf"(?:{chambers})[^\W\d_]*"]))
    presiding = rf"(?:(?<![^\W\d_])(?:{before})[\s\-‐]+)*" if before else ""
    return qualified, presiding


def _deputy_chairs(labels: dict[str, Any]) -> str:
    """The pattern of a chair's word with a prefix joined to it that makes it the deputy's, who
    chairs in turn ("Wiceprzewodniczący", "Vizepräsident"); "" where there are no prefixes."""
    joined = _trie(labels["chair_prefixes"])
    spaced = [word for word in labels["chairs"] if " " not in word and not _UNSPACED.match(word)]
    return rf"(?<![^\W\d_])(?:{joined})(?:{_trie(spaced)})" if joined and spaced else ""


_QUANTIFIERS = frozenset("?*+{")


def _lettered(branches: list[str]) -> list[str]:
    """The alternation's *branches*, each that opens with a letter of its own (no quantifier on
    it) opening instead with a class, read with case, of the forms the case-blind letter takes
    ("has the floor": ``(?-i:[hH])as the floor``): at every word's start the engine tries the
    branches one by one, entering each that opens with a case-blind letter to refuse it there,
    and passes over one whose class of its own refuses the place's character. The forms are
    those ``re`` reads as the letter with case ignored ("ſ" for "s", "K" the Kelvin sign for
    "k"), so each branch matches as before, at the same places, in the same order."""
    letters = sorted(
        {branch[0] for branch in branches if branch[:1].isalpha() and branch[1:2] not in _QUANTIFIERS}
    )
    if not letters:
        return branches
    forms = dict(
        zip(
            letters,
            pattern_text("caseforms\0" + "".join(letters), lambda: _case_forms(letters)).split("\0"),
            strict=True,
        )
    )
    return [
        f"(?-i:[{forms[branch[0]]}]){branch[1:]}"
        if branch[:1] in forms and branch[1:2] not in _QUANTIFIERS
        else branch
        for branch in branches
    ]


def _case_forms(letters: list[str]) -> str:
    """Each of *letters*' forms as a class's text, the classes apart by a NUL: every code point a
    case-blind pattern of the letter matches (one walk of every code point, once a machine)."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    found = regex("[" + "".join(map(re.escape, letters)) + "]", _FLAGS).findall(every)
    return "\0".join(
        "".join(re.escape(form) for form in found if regex(re.escape(letter), _FLAGS).fullmatch(form))
        for letter in letters
    )


def _postnominals(degrees: list[str], where: str) -> re.Pattern[str]:
    """The degrees printed after a name and a comma, one or more, up to the label's colon or
    parenthesis ("Ing. Petr Svoboda, Ph.D.:", "doc. Jana Malá, CSc., MBA:"): the name's, no role."""
    one = "|".join(re.escape(degree) for degree in sorted(degrees, key=len, reverse=True)) or "(?!)"
    return _compile(rf",[ \t]*(?:{one})(?:[ \t]*,?[ \t]*(?:{one}))*(?=[ \t]*[:：(])", where)


def _office_groups(labels: dict[str, Any]) -> list[str]:
    """The offices and the chairs' offices as three alternations, each with its qualifiers once
    (not once a word: the pattern would take seconds to compile), the longest first in each so
    that a match spans the whole of it ("deputy speaker", not "deputy"): offices of several
    words, then the chairs', then the others."""
    qualified, presiding = _qualified(labels)
    chairs = set(labels["chairs"])

    def group(prefix: str, words: list[str]) -> str:
        return prefix + _words_alternation(words) if words else ""

    offices = labels["offices"] + labels["council_chairs"]  # "Vice Mayor": an office, qualified
    offices += [word for words in labels.get("language_offices", {}).values() for word in words]
    several = [word for word in offices + labels["chairs"] if " " in word]
    whole = group(presiding, labels["chair_words"])
    whole_offices = group(qualified, labels["whole_offices"])
    return [
        pattern
        for pattern in (
            group(presiding, [word for word in several if word in chairs]),
            group(qualified, [word for word in several if word not in chairs]),
            whole and whole + _WORD_END,
            whole_offices and whole_offices + _WORD_END,
            group(presiding, [word for word in labels["chairs"] if " " not in word]),
            _deputy_chairs(labels),
            group(qualified, [word for word in offices if " " not in word]),
        )
        if pattern
    ]


def _compound(labels: dict[str, Any]) -> str:
    """The pattern of a word that ends in an office, as Nordic, German and Hungarian records print
    a minister with the portfolio (and perhaps the article) in one word ("Justitsministeren",
    "Utbildningsministern", "Dómsmálaráðherra", "Oberbürgermeister"): the whole word, so that no
    ordinary word holding the office's letters ("Justitsministeriet", the ministry) is one. Its
    first areas may stand apart, their hyphens suspended before the join ("Haridus- ja
    teadusminister", "Maa- ja metsätalousministeri", "Klima-, energi- og forsyningsministeren")."""
    endings = _trie(labels["office_endings"])
    joins = "|".join(re.escape(word) for word in sorted(labels["portfolio_joins"], key=len, reverse=True))
    suspended = rf"(?:(?:[^\W\d_]+-,[ \t]+)*[^\W\d_]+-[ \t]+(?:{joins})[ \t]+)?" if joins else ""
    return rf"(?<![^\W\d_]){suspended}[^\W\d_]+?(?:{endings})(?![^\W\d_])"


def _load_toml(path: Path, kept: bool = False) -> dict[str, Any]:
    """The tables of the TOML file at *path*; where *kept* (the defaults), what the parse gave
    for the file's very bytes is kept in the user's cache beside the compiled patterns and read
    back while those bytes are the same: TOML is parsed in Python, a tenth of a second, a third
    of a short record's process."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read configuration: {err.strerror}", Location(str(path))) from None
    digest = hashlib.blake2b(raw, digest_size=16).digest() if kept else b""
    stored = _parsed(digest) if kept else None
    if stored is not None:
        return stored
    try:
        data = tomllib.loads(raw.decode())
    except tomllib.TOMLDecodeError as err:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(err))
        line, column = (int(found.group(1)), int(found.group(2))) if found else (None, None)
        raise InputError(f"invalid TOML: {err}", Location(str(path), line, column)) from None
    if kept:
        with suppress(ValueError, UsageError):  # a value marshal cannot write, a read-only home
            _keep_parsed(digest, data)
    return data


# How many versions of the defaults the cache keeps parsed: checkouts of the project run in turn
# on one machine (a worktree, its base) each find their own bytes' tables, not the other's.
_PARSED_KEPT = 4


def _parsed_file() -> Path:
    """Where the defaults' tables are kept as last parsed, beside the compiled patterns (a name
    of its own: the one-parse file of older versions is theirs)."""
    return cache_dir("patterns") / "defaults-kept.marshal"


def _parsed_entries() -> list[tuple[bytes, bytes]]:
    """The kept parses of the defaults, the newest first, each its bytes' digest and its tables
    marshalled apart (only the one asked for is read back); none where the file is missing,
    damaged or of an older shape."""
    try:
        stored = marshal.loads(_parsed_file().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return []
    if not isinstance(stored, list):
        return []
    return [
        entry
        for entry in stored
        if isinstance(entry, tuple) and len(entry) == 2 and all(isinstance(part, bytes) for part in entry)
    ]


def _parsed(digest: bytes) -> dict[str, Any] | None:
    """The defaults' tables kept for the file whose bytes have *digest*; none if not kept or damaged."""
    tables = next((tables for kept, tables in _parsed_entries() if kept == digest), None)
    if tables is None:
        return None
    try:
        data = marshal.loads(tables)
    except (EOFError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def _keep_parsed(digest: bytes, data: dict[str, Any]) -> None:
    """Keep *data*, the parse of the defaults whose bytes have *digest*, first among the kept
    parses, the oldest beyond :data:`_PARSED_KEPT` dropped: the file stays bounded."""
    others = [entry for entry in _parsed_entries() if entry[0] != digest]
    kept = [(digest, marshal.dumps(data)), *others][:_PARSED_KEPT]
    write_atomic(_parsed_file(), marshal.dumps(kept))


# The shape of a stenogram.toml: every key a project may set, and the type of its value. A list
# type is [item type]; a table of free keys is {"*": value type}; "str|list" accepts either.
_STR, _INT, _BOOL, _STRS = "str", "int", "bool", ["str"]
# a furniture line's pattern may hold only over a label's line ("2:" over "◯議長（X君）…")
_PATTERNS = [{"name": _STR, "pattern": _STR, "over_label": _BOOL}]
_SHAPE: dict[str, Any] = {
    "edition": {
        "title": _STR,
        "editor": "str|list",
        "publisher": _STR,
        "licence": _STR,
        "licence_url": _STR,
        "availability": _STR,
        "date": _STR,
    },
    "source": {
        "url": _STR,
        "retrieved": _STR,
        "language": _STR,
        "translator": _STR,
        "translation_of": _STR,
        "published": _STR,
        "archive": _STR,
        "place": _STR,
        "note": _STR,
    },
    "chain": {"*": _STRS},
    "repositories": [{"names": _STRS, "settlement": _STR, "country": _STR}],
    "published": {"pattern": _STR},
    "header": {"author_share": "float|int"},
    "persons": {
        "*": {
            "labels": "str|list",
            "name": _STR,
            "group": _BOOL,
            "role": _STR,
            "sex": _STR,
            "birth": "str|int",
            "death": "str|int",
            "wikidata": _STR,
            "note": _STR,
        }
    },
    "furniture": {
        "line": _PATTERNS,
        "block": [{"name": _STR, "start": _STR, "end": _STR}],
        "captions": _STRS,
        "reply_prefixes": _STRS,
        "page_symbols": _STRS,
    },
    "front": {"*": _STR},
    "archive": {"*": _STR},
    "head": {"*": _STRS},
    "labels": {
        "timestamp": _STR,
        "chat_sender": _STR,
        "clock_marks": _STRS,
        "clock_words": _STRS,
        "page": _STR,
        "prefix": _STR,
        "titles": _STRS,
        "letter_variants": {"*": _STR},
        "address_spellings": {"*": _STR},
        "short": [_STRS],
        "asked": _STRS,
        "spaced": _STRS,
        "asked_dashes": _STRS,
        "role_letters": _STRS,
        "always": _STRS,
        "never": _STRS,
        "decided": _STRS,
        "groups": _STRS,
        "voice_leads": _STRS,
        "offices": _STRS,
        "office_endings": _STRS,
        "chairs": _STRS,
        "chair_words": _STRS,
        "whole_offices": _STRS,
        "council_chairs": _STRS,
        "speaker_chairs": _STRS,
        "lone_chairs": _STRS,
        "delegations": _STRS,
        "delegation_seats": _STRS,
        "delegation_words": _STRS,
        "participants": _STRS,
        "participant_endings": _STRS,
        "genitive_links": _STRS,
        "identifier_words": _STRS,
        "body_offices": _STRS,
        "defence_heads": _STRS,
        "business_words": _STRS,
        "listed_words": _STRS,
        "item_authors": _STRS,
        "voice_fields": _STRS,
        "state_chairs": _STRS,
        "chair_qualifiers": _STRS,
        "chair_prefixes": _STRS,
        "place_prepositions": _STRS,
        "mandate_links": _STRS,
        "pro_tempore": _STRS,
        "office_links": _STRS,
        "chambers": _STRS,
        "governments": _STRS,
        "parties": _STRS,
        "bracket_parties": _STRS,
        "bracket_groups": _STRS,
        "recordings": _STRS,
        "continued_notes": _STRS,
        "rank_notes": _STRS,
        "former_offices": _STRS,
        "ranks": _STRS,
        "resuming": _STRS,
        "departments": _STRS,
        "portfolio_joins": _STRS,
        "listed_parties": _STRS,
        "office_openers": _STRS,
        "headline_verbs": _STRS,
        "none_values": _STRS,
        "committees": _STRS,
        "club_marks": _STRS,
        "language_notes": _STRS,
        "spoken_codes": _STRS,
        "manner_notes": _STRS,
        "interrupting": _STRS,
        "abbreviations": _STRS,
        "language_abbreviations": {"*": _STRS},
        "particles": _STRS,
        "capital_particles": _STRS,
        "compound_particles": _STRS,
        "postnominal_letters": _STRS,
        "unstopped_titles": _STRS,
        "place_links": _STRS,
        "place_abbreviations": _STRS,
        "place_openers": _STRS,
        "patronym_links": _STRS,
        "forename_titles": _STRS,
        "nobility": _STRS,
        "opening_particles": _STRS,
        "markup_tags": _STRS,
        "oblique_titles": _STRS,
        "articles": _STRS,
        "indefinite_articles": _STRS,
        "stage_agents": _STRS,
        "article_titles": _STRS,
        "bullet_letters": _STRS,
        "question_put": _STRS,
        "question_topics": _STRS,
        "hyphen_articles": _STRS,
        "joined_titles": _STRS,
        "follow_ups": _STRS,
        "office_possessives": {"*": _STRS},
        "definite_prefixes": _STRS,
        "address_words": _STRS,
        "address_after": _STRS,
        "plural_titles": _STRS,
        "plural_endings": _STRS,
        "vote_answers": _STRS,
        "versus": _STRS,
        "group_prefixes": _STRS,
        "surname_prefixes": _STRS,
        "digraph_initials": _STRS,
        "seat_counters": _STRS,
        "signed_marks": _STRS,
        "abbreviated_offices": _STRS,
        "subordinators": _STRS,
        "surnames_first": _STRS,
        "joined_portfolios": _STRS,
        "given_names": _STRS,
        "double_given_names": _STRS,
        "patronymics": _STRS,
        "surname_chars": _STRS,
        "behalf": _STRS,
        "surname_first_brackets": _STRS,
        "name_order": {
            "surname_first": _STRS,
            "two_surnames": _STRS,
            "joined_surnames": _STRS,
            "surname_office": _STRS,
        },
        "address_suffixes": {"*": _STRS},
        "ordinal_endings": {"*": _STRS},
        "counsel_of": {"*": _STRS},
        "letter_titles": {"*": _STRS},
        "chair_alone": {"*": _STRS},
        "witness_word": {"*": _STR},
        "briefing_words": {"*": _STRS},
        "spokesperson_word": {"*": _STR},
        "journalist_word": {"*": _STR},
        "examiner_word": {"*": _STR},
        "unnamed_word": {"*": _STR},
        "interview_words": {"*": _STRS},
        "interview_titles": {"*": _STRS},
        "narration": _STRS,
        "language_narration": {"*": _STRS},
        "letter_salutations": _STRS,
        "statement_heads": _STRS,
        "table_rows": _STRS,
        "record_headings": _STRS,
        "state_genitives": _STRS,
        "question_head": _STR,
        "answer_heads": _STRS,
        "reported": _STRS,
        "divisions": _STRS,
        "delivery": _STRS,
        "speech_kinds": _STRS,
        "asks_answers": _STRS,
        "announces": _STRS,
        "quoting": _STRS,
        "credits": _STRS,
        "floor_verbs": {"*": _STRS},
        "postnominals": _STRS,
        "announcements": _STRS,
        "announcement_guards": _STRS,
        "examine_calls": _STRS,
        "descriptions": _STRS,
        "speech_heads": _STRS,
        "openers": {"*": _STRS},
        "clause_words": {"*": _STRS},
        "question_verbs": {"*": _STRS},
        "occasion_words": {"*": _STRS},
        "clause_pronouns": {"*": _STRS},
        "announcing_words": {"*": _STRS},
        "language_abbreviated_offices": {"*": _STRS},
        "language_offices": {"*": _STRS},
        "seat_numbers": {"*": _STRS},
        "placed_participants": {"*": _STRS},
        "number_signs": {"*": _STRS},
        "attendance_values": {"*": _STRS},
        "holder_marks": {"*": _STRS},
        "oath_roles": {"*": _STRS},
        "group_behalf": {"*": _STRS},
        "spelled_clock_units": {"*": _STRS},
        "department_words": {"*": _STRS},
        "titled_compounds": {"*": _STRS},
        "document_nouns": {"*": _STRS},
        "opening_verbs": {"*": _STRS},
        "doubled_nouns": {"*": _STRS},
        "abbreviated_forenames": {"*": _STRS},
        "affiliations": {"*": _STRS},
        "second_person": {"*": _STRS},
        "question_counts": {"*": _STRS},
        "phrase_openers": {"*": _STRS},
        "instruction_verbs": {"*": _STRS},
        "verb_endings": {"*": _STRS},
        "past_endings": {"*": _STRS},
        "adjective_endings": {"*": _STRS},
        "salutations": {"*": _STRS},
        "thanks": {"*": _STRS},
        "weights": {"*": "float|int"},
        "threshold": "float|int",
        "closing": _STRS,
        "inserted": _STRS,
        "procedural": _STRS,
        "verdicts": _STRS,
        "sitting": _STRS,
        "opening": _STRS,
        "examiner": _STR,
        "witness": _STR,
        "floor_clause": _STR,
        "witnesses": _STRS,
        "witness_resumed": _STRS,
        "oath_note": _STR,
        "provisions": _STRS,
        "crossed": _STRS,
        "presiding": _STR,
        "sexes": {"male": _STRS, "female": _STRS},
    },
    "headings": {"pattern": _STR, "rubrics": _STRS, "lower_words": {"*": _STRS}},
    "stage": [{"type": _STR, "pattern": _STR}],
    "stage_brackets": [{"open": _STR, "close": _STR}],
    "editorial": {
        "supplied_marks": _STR,
        "gap": _STR,
        "note": _STR,
        "note_heads": _STR,
        "supplied_max_words": _INT,
    },
    "languages": {
        "months": [_STRS],
        "month_words": {"*": {"*": _INT}},
        "eras": {"*": _INT},
        "solar_months": [_STRS],
        "ethiopian_months": [_STRS],
        "date_words": _STRS,
        "numbers": {"*": _INT},
        "buddhist_months": [_STRS],
        "bikram_sambat_months": [_STRS],
        "words": {"*": _STRS},
        "letters": {"*": _STR},
        "kin": {"*": _STR},
        "unwritten": {"*": _STR},
        "scripts": {"*": _STR},
        "script_shares": {"*": "float|int"},
        "names": {"*": _STR},
        "translated": {"*": _STRS},
        "marks": {"*": _STRS},
    },
}
_TYPES = {"str": str, "int": int, "float": float, "bool": bool}
_OPTIONAL = {"end", "over_label"}  # the keys of a list's tables that may be left out


def _check_shape(value: Any, shape: Any, key: str, where: Location) -> None:
    """Raise :class:`InputError` naming *key* where *value* is not of *shape*."""
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            raise InputError(f"{key} must be a table", where)
        for name, item in value.items():
            inner = shape.get(name, shape.get("*"))
            if inner is None:
                known = ", ".join(sorted(shape))
                raise InputError(f"unknown key {key + '.' if key else ''}{name} (known: {known})", where)
            _check_shape(item, inner, f"{key}.{name}" if key else name, where)
    elif isinstance(shape, list):
        if not isinstance(value, list):
            raise InputError(f"{key} must be a list", where)
        for index, item in enumerate(value):
            _check_shape(item, shape[0], f"{key}[{index}]", where)
            missing = sorted(set(shape[0]) - set(item) - _OPTIONAL) if isinstance(shape[0], dict) else []
            if missing:
                raise InputError(f"{key}[{index}] needs {', '.join(missing)}", where)
    else:
        kinds = [_TYPES.get(kind, list) for kind in shape.split("|")]
        if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, tuple(kinds)):
            raise InputError(f"{key} must be {' or '.join(shape.split('|'))}, not {value!r}", where)
        if isinstance(value, list):
            _check_shape(value, _STRS, key, where)


def _persons(table: dict[str, Any], path: str) -> tuple[Person, ...]:
    specs = []
    for ident, entry in sorted(table.items()):
        if not isinstance(entry, dict):
            raise InputError(f"[persons.{ident}] must be a table", Location(path))
        if not re.fullmatch(r"[^\W\d][\w.-]*", ident):
            raise InputError(f"person id {ident!r} is not a valid XML id", Location(path))
        labels = entry.get("labels", [])
        if isinstance(labels, str):
            labels = [labels]
        known = {"labels", "name", "group", "role", "sex", "birth", "death", "wikidata", "note"}
        unknown = set(entry) - known
        if unknown:
            raise InputError(f"[persons.{ident}]: unknown keys {sorted(unknown)}", Location(path))
        specs.append(
            Person(
                id=ident,
                labels=[str(label) for label in labels],
                name=entry.get("name", ""),
                group=bool(entry.get("group", False)),
                role=entry.get("role"),
                sex=entry.get("sex"),
                birth=str(entry["birth"]) if "birth" in entry else None,
                death=str(entry["death"]) if "death" in entry else None,
                wikidata=entry.get("wikidata"),
                note=entry.get("note"),
                known=True,
            )
        )
    return tuple(specs)


def _stage_types(data: dict[str, Any], own: int, where: str) -> tuple[str, ...]:
    """The closed list of stage types, with every ``[[stage]]`` checked against it: a type outside
    it would be written by the converter and refused by the validator, so it is refused here.
    The first *own* entries are the project's (at *where*), the rest the defaults'."""
    types = tuple(data["vocabulary"]["stage_types"])
    for index, item in enumerate(data["stage"]):
        if item["type"] not in types:
            file, number = (where, index) if index < own else (str(_DEFAULTS), index - own)
            raise InputError(
                f"stage[{number}].type: {item['type']!r} is not a stage type (known: {', '.join(types)})",
                Location(file),
            )
    return types


def _numbered(months: list[list[str]]) -> dict[str, int]:
    """A calendar's month names, casefolded, by the month's number (its place in *months*)."""
    return {name.casefold(): number for number, names in enumerate(months, start=1) for name in names}


def _letters_line(letters: set[str], tail: str) -> re.Pattern[str] | None:
    """A line opening with one of *letters* (a pair's, ``short``) and then *tail*, the letter its
    group ``letter``; None where no pair is so lettered. The letters sorted: the same pattern
    under any hash seed."""
    if not letters:
        return None
    return regex(rf"(?m)^[ \t]*(?P<letter>{'|'.join(map(re.escape, sorted(letters)))}){tail}")


@cache
def _abbreviated(offices: tuple[str, ...]) -> re.Pattern[str]:
    """Offices abbreviated word by word at a line's start, each word with its stop and with a
    space or none between them ("L. C. J.", "L.C.J.", "Att. Gen."): its group office."""
    words = [
        r"[ \t]*".join(re.escape(word) for word in office.replace(".", ". ").split())
        for office in sorted(offices, key=len, reverse=True)
    ]
    return regex(rf"(?P<office>{'|'.join(words)})" if words else r"(?!)", re.IGNORECASE)


def _keys(labels: list[str]) -> frozenset[str]:
    """Labels as the registry keys them: letters and digits, lower case, one space between."""
    return frozenset(map(label_key, labels))


def _spelt_keys(words: list[str], variants: dict[str, str]) -> frozenset[str]:
    """*words* keyed as :func:`_keys` keys them, each in its other spellings too, a letter of
    *variants* at a time and all at once: a Romanian record typed with the cedilla prints its
    speech's first words and salutations so ("Mulţumesc.", "Domnule preşedinte,", "Stimaţi
    colegi")."""
    spelt: set[str] = set()
    table = {ord(char): others[0] for char, others in variants.items() if others}
    letters = frozenset(variants)  # a word with none of them is its only spelling, most words
    for word in words:
        if letters.isdisjoint(word):
            spelt.add(word)
            continue
        spelt.update(_spellings(word, variants))
        spelt.add(word.translate(table))
    return frozenset(map(label_key, spelt))


def _weights(table: dict[str, Any], known: set[str], where: str) -> dict[str, float]:
    """The label features' weights; a project may reweigh the features, not invent them."""
    unknown = sorted(set(table) - known)
    if unknown:
        raise InputError(f"unknown label features {unknown} (known: {sorted(known)})", Location(where))
    return {name: float(value) for name, value in table.items()}


_ISO_DATE = regex(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _source_chain(data: dict[str, Any], where: str) -> dict[str, str]:
    """The project's ``[source]`` table, its dates (``[source] retrieved``, ``[edition] date``)
    and the original's language code checked here, so the header never carries a bad one."""
    table = dict(data.get("source", {}))
    dated = [
        ("source.retrieved", table.get("retrieved")),
        ("edition.date", data.get("edition", {}).get("date")),
    ]
    for key, value in dated:
        if value is not None and not _ISO_DATE.fullmatch(value):
            raise InputError(
                f"{key} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}", Location(where)
            )
    language = table.get("language")
    if language is not None and language not in data["languages"]["names"]:
        known = ", ".join(sorted(data["languages"]["names"]))
        raise InputError(
            f"source.language {language!r} is not a language code (known: {known})", Location(where)
        )
    return table


def _repositories(entries: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """Each name of each repository (case-folded) → its settlement and country."""
    table: dict[str, tuple[str, str]] = {}
    for entry in entries:
        for name in entry["names"]:
            table.setdefault(name.casefold(), (entry["settlement"], entry["country"]))
    return table


@cache
def default_config() -> Config:
    """The defaults alone, read once a process (a Config is frozen): a caller converting text
    after text with no project file pays for the tables and patterns once, not once a text."""
    return load_config()


def load_config(path: str | Path | None = None) -> Config:
    """The defaults, extended by the project file at *path* when one is given."""
    data = _load_toml(_DEFAULTS, kept=True)
    features = set(data["labels"]["weights"])
    source = "defaults"
    own_stages = 0
    if path is not None:
        extra = _load_toml(Path(path))
        own_stages = len(extra.get("stage", []))
        _check_shape(extra, _SHAPE, "", Location(str(path)))
        data = _merge(data, extra)
        source = str(path)
    where = source
    labels = data["labels"]
    editorial = data["editorial"]
    months: dict[str, int] = {}
    for number, names in enumerate(data["languages"]["months"], start=1):
        for name in names:
            months[name.casefold()] = number
    variants = dict(labels.get("letter_variants", {}))
    offices = "(?:" + "|".join([*_office_groups(labels), _compound(labels)]) + ")"
    held = rf"(?:\s+(?:{'|'.join(map(re.escape, labels['pro_tempore']))})(?![^\W\d_]))"
    offices = f"{offices}{held}?" if labels["pro_tempore"] else offices
    offices = _letter_variants(offices, variants)

    # the chairs' words that open other words ("Reis" of "Reisinger"): only as whole words
    whole_chairs = f"|(?:{_trie(labels['chair_words'])}){_WORD_END}" if labels["chair_words"] else ""

    def chairs_of(chair_offices: str) -> str:
        chairs = r"(?<![^\W\d_])" + _qualified(labels)[1] + f"(?:{_letter_variants(chair_offices, variants)})"
        deputies = _deputy_chairs(labels)
        chairs += f"|{_letter_variants(deputies, variants)}" if deputies else ""
        if labels["council_chairs"]:  # unqualified: a vice mayor is a member
            chairs += r"|(?<![^\W\d_])(?:" + "|".join(map(re.escape, labels["council_chairs"])) + ")"
        return f"{chairs}|(?:{offices}){held}" if labels["pro_tempore"] else chairs

    return Config(
        furniture_lines=tuple(
            Pattern(item["name"], _full(item["pattern"], where), item.get("over_label", False))
            for item in data["furniture"]["line"]
        ),
        furniture_blocks=tuple(
            (
                item["name"],
                _full(item["start"], where),
                _full(item["end"], where) if item.get("end") else None,
            )
            for item in data["furniture"].get("block", [])
        ),
        furniture_captions=frozenset(word.casefold() for word in data["furniture"].get("captions", [])),
        reply_subject=_reply_subject(data["furniture"].get("reply_prefixes", []), where),
        page_symbol=(
            _full("|".join(data["furniture"]["page_symbols"]), where)
            if data["furniture"].get("page_symbols")
            else None
        ),
        front={key: _compile(rf"(?:{value})", where) for key, value in data["front"].items()},
        archive={key: _compile(value, where) for key, value in data["archive"].items()},
        head={
            key: _compile("|".join(f"(?:{v})" for v in value), where) for key, value in data["head"].items()
        },
        titles=_opened(
            _compile(
                _hyphened(
                    labels["hyphen_articles"],
                    _letter_variants(
                        _titles(labels["titles"] + [re.escape(rank) for rank in labels["ranks"]], where),
                        variants,
                    ),
                ),
                where,
            )
        ),
        always=tuple(labels["always"]),
        never=_keys(labels["never"]) | _keys(labels["decided"]),  # a decision's field is no label
        decided=_keys(labels["decided"]),
        openers={code: _spelt_keys(words, variants) for code, words in labels["openers"].items()},
        clause_words={code: _keys(words) for code, words in labels.get("clause_words", {}).items()},
        question_verbs={code: _keys(words) for code, words in labels.get("question_verbs", {}).items()},
        occasion_words={code: _keys(words) for code, words in labels.get("occasion_words", {}).items()},
        clause_pronouns={code: _keys(words) for code, words in labels.get("clause_pronouns", {}).items()},
        announcing_words={code: _keys(words) for code, words in labels.get("announcing_words", {}).items()},
        titled_compounds={code: _keys(words) for code, words in labels.get("titled_compounds", {}).items()},
        document_nouns={code: _keys(words) for code, words in labels.get("document_nouns", {}).items()},
        opening_verbs={code: _keys(words) for code, words in labels.get("opening_verbs", {}).items()},
        doubled_nouns={code: _keys(words) for code, words in labels.get("doubled_nouns", {}).items()},
        abbreviated_forenames={
            code: frozenset(words) for code, words in labels.get("abbreviated_forenames", {}).items()
        },
        affiliations={
            code: tuple(word.casefold() + " " for word in words)
            for code, words in labels.get("affiliations", {}).items()
        },
        second_person=frozenset().union(*map(_keys, labels.get("second_person", {}).values())),
        question_counts=frozenset().union(*map(_keys, labels.get("question_counts", {}).values())),
        phrase_openers={
            code: _spelt_keys(words, variants) for code, words in labels.get("phrase_openers", {}).items()
        },
        instruction_verbs={code: _keys(words) for code, words in labels.get("instruction_verbs", {}).items()},
        verb_endings={code: tuple(ends) for code, ends in labels.get("verb_endings", {}).items()},
        past_endings={code: tuple(ends) for code, ends in labels.get("past_endings", {}).items()},
        adjective_endings={code: tuple(ends) for code, ends in labels.get("adjective_endings", {}).items()},
        salutations=frozenset().union(
            *(_spelt_keys(w, variants) for w in labels.get("salutations", {}).values())
        ),
        thanks=frozenset().union(*(_spelt_keys(w, variants) for w in labels.get("thanks", {}).values())),
        offices=_opened(_compile(offices, where)),
        chairs=_opened(_compile(chairs_of(_trie(labels["chairs"]) + whole_chairs), where)),
        chairs_listed=_compile(
            chairs_of("|".join(re.escape(o) for o in labels["chairs"]) + whole_chairs), where
        ),
        governments=frozenset(word.casefold() for word in labels.get("governments", [])),
        # the longest first: a house's whole name before the chamber's word opening it
        # ("camera dei deputati" before "camera"), sorted (determinism)
        chambers=_compile(
            r"(?<![^\W\d_])(?:"
            + "|".join(re.escape(c) for c in sorted(labels["chambers"], key=lambda c: (-len(c), c)))
            + ")",
            where,
        ),
        office_words=_compile(offices + r"[^\W\d_]*", where),
        abbreviations=frozenset(
            word.casefold()
            for word in labels["abbreviations"]
            + [word for words in labels.get("language_abbreviations", {}).values() for word in words]
        ),
        particles=frozenset(
            word.casefold()
            for word in labels["particles"] + labels["capital_particles"] + labels["opening_particles"]
        ),
        capital_particles=frozenset(word.casefold() for word in labels["capital_particles"]),
        compound_particles=_compound_particles(labels.get("compound_particles", [])),
        postnominal_letters=frozenset(labels["postnominal_letters"]),
        unstopped_titles=frozenset(labels["unstopped_titles"]),
        place_links=frozenset(word.casefold() for word in labels["place_links"]),
        place_abbreviations=frozenset(word.casefold() for word in labels.get("place_abbreviations", [])),
        place_openers=frozenset(word.casefold() for word in labels["place_openers"]),
        patronym_links=frozenset(word.casefold() for word in labels["patronym_links"]),
        forename_titles=frozenset(word.casefold() for word in labels["forename_titles"]),
        nobility=frozenset(word.casefold() for word in labels["nobility"]),
        opening_particles=frozenset(word.casefold() for word in labels["opening_particles"]),
        markup_tags=frozenset(word.casefold() for word in labels["markup_tags"]),
        oblique_titles=frozenset(word.casefold() for word in labels["oblique_titles"]),
        articles=frozenset(word.casefold() for word in labels["articles"]),
        indefinite_articles=frozenset(word.casefold() for word in labels.get("indefinite_articles", [])),
        stage_agents=frozenset(word.casefold() for word in labels.get("stage_agents", [])),
        place_prepositions=tuple(labels.get("place_prepositions", [])),
        mandate_links=frozenset(word.casefold() for word in labels.get("mandate_links", [])),
        article_titles=frozenset(word.casefold() for word in labels["article_titles"]),
        bullet_letters=frozenset(labels.get("bullet_letters", [])),
        question_put=tuple(labels.get("question_put", ["to the ", "to "])),
        question_topics=frozenset(word.casefold() for word in labels.get("question_topics", [])),
        hyphen_articles=frozenset(word.casefold() for word in labels.get("hyphen_articles", [])),
        spoken_codes=frozenset(labels.get("spoken_codes", [])),
        joined_titles=tuple(labels["joined_titles"]),
        definite_prefixes=tuple(labels.get("definite_prefixes", [])),
        address_words=frozenset(labels.get("address_words", [])),
        address_after=frozenset(word.casefold() for word in labels.get("address_after", [])),
        plural_titles=frozenset(word.casefold() for word in labels.get("plural_titles", [])),
        plural_endings=tuple(ending.casefold() for ending in labels.get("plural_endings", [])),
        vote_answers=frozenset(word.casefold() for word in labels.get("vote_answers", [])),
        versus=frozenset(word.casefold() for word in labels.get("versus", [])),
        group_prefixes=tuple(prefix.casefold() for prefix in labels["group_prefixes"]),
        surname_prefixes=tuple(labels.get("surname_prefixes", [])),
        digraph_initials=tuple(labels.get("digraph_initials", [])),
        seat_counters=tuple(labels.get("seat_counters", [])),
        signed_marks=tuple(labels.get("signed_marks", [])),
        abbreviated_offices=tuple(word.casefold() for word in labels.get("abbreviated_offices", [])),
        seat_numbers={code: tuple(words) for code, words in labels.get("seat_numbers", {}).items()},
        placed_participants={
            code: _keys(words) for code, words in labels.get("placed_participants", {}).items()
        },
        number_signs={code: tuple(words) for code, words in labels.get("number_signs", {}).items()},
        attendance_values={code: _keys(words) for code, words in labels.get("attendance_values", {}).items()},
        holder_marks={code: _keys(words) for code, words in labels.get("holder_marks", {}).items()},
        oath_roles=_alternatives(
            sorted(p for ps in labels.get("oath_roles", {}).values() for p in ps), where
        ),
        group_behalf={
            code: tuple(tuple(phrase.casefold().split()) for phrase in phrases)
            for code, phrases in labels.get("group_behalf", {}).items()
        },
        spelled_clock_units={
            code: tuple(words) for code, words in labels.get("spelled_clock_units", {}).items()
        },
        department_words={
            code: tuple(word.casefold() for word in words)
            for code, words in labels.get("department_words", {}).items()
        },
        language_abbreviated_offices={
            code: tuple(word.casefold() for word in words)
            for code, words in labels.get("language_abbreviated_offices", {}).items()
        },
        language_offices={
            code: tuple(word.casefold() for word in words)
            for code, words in labels.get("language_offices", {}).items()
        },
        subordinators=frozenset(word.casefold() for word in labels.get("subordinators", [])),
        chair_qualifiers=frozenset(word.casefold() for word in labels["chair_qualifiers"]),
        surnames_first=frozenset(word.casefold() for word in labels["surnames_first"]),
        given_names=frozenset(word.casefold() for word in labels["given_names"]),
        double_given_names=frozenset(word.casefold() for word in labels["double_given_names"]),
        joined_portfolios=tuple(sorted(labels["joined_portfolios"], key=len, reverse=True)),
        speaker_chairs=frozenset(word.casefold() for word in labels["speaker_chairs"]),
        lone_chairs=frozenset(word.casefold() for word in labels.get("lone_chairs", [])),
        delegations=frozenset(word.casefold() for word in labels.get("delegations", [])),
        delegation_seats=frozenset(word.casefold() for word in labels.get("delegation_seats", [])),
        delegation_words=frozenset(word.casefold() for word in labels.get("delegation_words", [])),
        participants=frozenset(word.casefold() for word in labels.get("participants", [])),
        participant_endings=frozenset(
            ["", *(word.casefold() for word in labels.get("participant_endings", []))]
        ),
        genitive_links=frozenset(word.casefold() for word in labels.get("genitive_links", [])),
        identifier_words=frozenset(word.casefold() for word in labels.get("identifier_words", [])),
        body_offices=frozenset(word.casefold() for word in labels.get("body_offices", [])),
        defence_heads=frozenset(word.casefold() for word in labels.get("defence_heads", [])),
        business_words=frozenset(word.casefold() for word in labels.get("business_words", [])),
        listed_words=frozenset(word.casefold() for word in labels.get("listed_words", [])),
        item_authors=frozenset(word.casefold() for word in labels.get("item_authors", [])),
        voice_fields=frozenset(word.casefold() for word in labels.get("voice_fields", [])),
        state_chairs=frozenset(word.casefold() for word in labels["state_chairs"]),
        patronymics=tuple(ending.casefold() for ending in labels.get("patronymics", [])),
        surname_chars=frozenset(labels.get("surname_chars", [])),
        behalf=_behalf(labels.get("behalf", []), where),
        surname_first_brackets=_cased(labels.get("surname_first_brackets", []), where),
        name_order={order: frozenset(codes) for order, codes in labels.get("name_order", {}).items()},
        address_suffixes={code: tuple(words) for code, words in labels.get("address_suffixes", {}).items()},
        ordinal_endings={code: tuple(words) for code, words in labels.get("ordinal_endings", {}).items()},
        counsel_of={code: tuple(words) for code, words in labels.get("counsel_of", {}).items()},
        letter_titles={code: frozenset(words) for code, words in labels.get("letter_titles", {}).items()},
        chair_alone={code: tuple(words) for code, words in labels.get("chair_alone", {}).items()},
        witness_word=dict(labels.get("witness_word", {})),
        briefing_words={code: tuple(words) for code, words in labels.get("briefing_words", {}).items()},
        spokesperson_word=dict(labels.get("spokesperson_word", {})),
        journalist_word=dict(labels.get("journalist_word", {})),
        examiner_word=dict(labels.get("examiner_word", {})),
        unnamed_word=dict(labels.get("unnamed_word", {})),
        interview_words={code: tuple(words) for code, words in labels.get("interview_words", {}).items()},
        interview_titles={
            code: tuple(word.casefold() for word in words)
            for code, words in labels.get("interview_titles", {}).items()
        },
        office_links=frozenset(word.casefold() for word in labels["office_links"]),
        narration=frozenset(
            word.casefold()
            for word in labels["narration"]
            + [word for words in labels.get("language_narration", {}).values() for word in words]
        ),
        letter_salutations=tuple(words.casefold() + " " for words in labels.get("letter_salutations", ())),
        statement_heads=tuple(words.casefold() + " " for words in labels.get("statement_heads", ())),
        state_genitives=frozenset(word.casefold() for word in labels.get("state_genitives", ())),
        record_headings=frozenset(word.casefold() for word in labels.get("record_headings", ())),
        table_rows=tuple(words.casefold() + " " for words in labels.get("table_rows", ())),
        question_head=_full(labels["question_head"], where) if labels.get("question_head") else None,
        answer_heads=frozenset(words.casefold() for words in labels.get("answer_heads", [])),
        reported=frozenset(labels["reported"]),
        parties=frozenset(word.casefold() for word in labels["parties"]),
        bracket_parties=frozenset(word.casefold() for word in labels["bracket_parties"]),
        bracket_groups=frozenset(word.casefold() for word in labels["bracket_groups"]),
        recordings=frozenset(word.casefold() for word in labels["recordings"]),
        continued_notes=frozenset(word.casefold() for word in labels["continued_notes"]),
        rank_notes=frozenset(word.casefold() for word in labels["rank_notes"]),
        former_offices=tuple(
            sorted(
                {word.casefold() + ("" if word.endswith("-") else " ") for word in labels["former_offices"]}
            )
        ),
        ranks=frozenset(" ".join(word.casefold().split()) for word in labels["ranks"]),
        resuming=frozenset(map(label_key, labels["resuming"])),
        departments=tuple(word.casefold() + " " for word in labels["departments"]),
        portfolio_joins=frozenset(word.casefold() for word in labels["portfolio_joins"]),
        listed_parties=frozenset(  # the bracket parties too, but for their letters ("Åsa Berglund S")
            word.casefold()
            for word in labels.get("listed_parties", []) + labels["bracket_parties"]
            if len(word) > 2
        ),
        office_openers=frozenset(word.casefold() for word in labels.get("office_openers", [])),
        headline_verbs=frozenset(word.casefold() for word in labels.get("headline_verbs", [])),
        none_values=frozenset(word.casefold() for word in labels.get("none_values", [])),
        committees=frozenset(word.casefold() for word in labels.get("committees", [])),
        club_marks=frozenset(word.casefold() for word in labels.get("club_marks", [])),
        language_notes=_alternatives(
            labels["language_notes"] + labels.get("manner_notes", []) + labels.get("interrupting", []), where
        ),
        interrupting=_alternatives(labels.get("interrupting", []), where),
        divisions=frozenset(word.casefold() for word in labels["divisions"]),
        delivery=_compile("|".join(re.escape(word) for word in labels["delivery"]), where),
        speech_kinds=frozenset(word.casefold() for word in labels["speech_kinds"]),
        asks_answers=tuple(sorted(labels.get("asks_answers", []), key=len, reverse=True)),
        announces=tuple(sorted(labels.get("announces", []), key=len, reverse=True)),
        quoting=tuple(labels.get("quoting", [])),
        credits=_keys(labels.get("credits", [])),
        floor_verbs=tuple(
            sorted(
                {verb.casefold() for verbs in labels.get("floor_verbs", {}).values() for verb in verbs},
                key=len,
                reverse=True,
            )
        ),
        postnominals=_postnominals(labels["postnominals"], where),
        announcements=_announcements(labels["announcements"], labels.get("announcement_guards", []), where),
        examine_calls=_compile(r"(?<![^\W\d_])(?:" + "|".join(labels["examine_calls"]) + r")\b", where)
        if labels.get("examine_calls")
        else None,
        descriptions=_compile(r"(?:" + "|".join(labels["descriptions"]) + r")\s*:\s*\S", where)
        if labels.get("descriptions")
        else None,
        speech_heads=_compile(r"(?:" + "|".join(labels["speech_heads"]) + r")\s", where),
        weights=_weights(labels["weights"], features, where),
        threshold=float(labels["threshold"]),
        closing=_compile("|".join(f"(?:{c})" for c in labels["closing"]), where),
        inserted=_compile("|".join(f"(?:{c})" for c in labels["inserted"]) or "(?!)", where),
        procedural=_alternatives(labels["procedural"] + labels.get("verdicts", []), where),
        verdicts=_alternatives(labels["verdicts"], where) if labels.get("verdicts") else None,
        sitting=_compile("|".join(f"(?:{c})" for c in labels["sitting"]), where),
        opening=_compile("|".join(f"(?:{c})" for c in labels["opening"]), where),
        examiner=_full(labels["examiner"], where),
        witness=_full(labels["witness"], where),
        oath_note=_full(labels["oath_note"], where) if labels.get("oath_note") else None,
        floor_clause=_compile(labels["floor_clause"], where),
        witnesses=_keys(labels["witnesses"]),
        witness_resumed=_compile(rf"[\[(,]\s*(?:{_trie(labels['witness_resumed'])}){_WORD_END}", where),
        provisions=_compile(rf"(?<![^\W\d_])(?:{_trie(labels.get('provisions', []))})\s*\d", where)
        if labels.get("provisions")
        else _compile("(?!)", where),
        crossed=_keys(labels.get("crossed", [])),
        presiding=Vocabulary(_full(labels["presiding"], where)),
        short_labels=tuple(tuple(pair) for pair in labels.get("short", [])),
        follow_ups=frozenset(word.casefold() for word in labels.get("follow_ups", [])),
        office_possessives={code: tuple(ends) for code, ends in labels.get("office_possessives", {}).items()},
        asked=frozenset(labels.get("asked", [])),
        spaced=frozenset(labels.get("spaced", [])),
        asked_dashes=tuple(labels.get("asked_dashes", [])),
        role_letters=frozenset(labels.get("role_letters", [])),
        timestamp=_compile(labels["timestamp"], where),
        chat_sender=_compile(labels["chat_sender"], where),
        clock_marks=_compile("|".join(f"(?:{mark})" for mark in labels["clock_marks"]), where),
        clock_words=_compile(r"(?:" + "|".join(labels["clock_words"]) + r")[ \t]+(?=\d)", where),
        page=_compile(labels["page"], where),
        prefix=_compile(labels["prefix"], where),
        groups=_alternatives(labels["groups"], where),
        voice_leads=_compile(_alternatives_of(labels["voice_leads"]) + r"\s+", where),
        headings=_full("|".join([data["headings"]["pattern"], *data["headings"].get("rubrics", [])]), where),
        rubrics=_alternatives(data["headings"].get("rubrics", []), where),
        heading_lower_words={
            code: frozenset(words) for code, words in data["headings"].get("lower_words", {}).items()
        },
        stages=tuple(
            Pattern(item["type"], _compile(rf"(?:{item['pattern']})\b", where)) for item in data["stage"]
        ),
        stage_types=_stage_types(data, own_stages, where),
        stage_brackets=tuple((item["open"], item["close"]) for item in data.get("stage_brackets", [])),
        supplied_marks=_full(editorial["supplied_marks"], where),
        gap=_full(editorial["gap"], where),
        note=_full(editorial["note"], where),
        note_heads=_compile(editorial["note_heads"], where),
        supplied_max_words=int(editorial["supplied_max_words"]),
        months=months,
        month_words={
            lang: {word.casefold(): number for word, number in words.items()}
            for lang, words in data["languages"].get("month_words", {}).items()
        },
        eras=dict(data["languages"].get("eras", {})),
        date_words=tuple(word.casefold() for word in data["languages"].get("date_words", [])),
        numbers={word.casefold(): value for word, value in data["languages"].get("numbers", {}).items()},
        solar_months=_numbered(data["languages"].get("solar_months", [])),
        ethiopian_months=_numbered(data["languages"].get("ethiopian_months", [])),
        buddhist_months=_numbered(data["languages"].get("buddhist_months", [])),
        bikram_sambat_months=_numbered(data["languages"].get("bikram_sambat_months", [])),
        language_words={
            code: frozenset(w.casefold() for w in words) for code, words in data["languages"]["words"].items()
        },
        language_names=dict(data["languages"]["names"]),
        language_marks={
            mark.casefold(): "" if code == "*" else code
            for code, marks in data["languages"].get("marks", {}).items()
            for mark in marks
        },
        language_scripts=tuple(
            (code, _compile(letters, where)) for code, letters in data["languages"]["scripts"].items()
        ),
        language_script_shares={
            code: float(share) for code, share in data["languages"].get("script_shares", {}).items()
        },
        language_letters={
            code: frozenset(letters.casefold()) for code, letters in data["languages"]["letters"].items()
        },
        language_kin={
            code: frozenset(letters.casefold()) for code, letters in data["languages"].get("kin", {}).items()
        },
        language_unwritten={
            code: frozenset(letters.casefold())
            for code, letters in data["languages"].get("unwritten", {}).items()
        },
        persons=_persons(data.get("persons", {}), where),
        edition=dict(data.get("edition", {})),
        source=source,
        chain={kind: tuple(_full(p, where) for p in patterns) for kind, patterns in data["chain"].items()},
        source_chain=_source_chain(data, where),
        repositories=_repositories(data["repositories"]),
        published=_full(data["published"]["pattern"], where),
        translated={
            name.casefold(): code for code, names in data["languages"]["translated"].items() for name in names
        },
        author_share=float(data["header"]["author_share"]),
        address_spellings={
            other.casefold(): spelling.casefold() for other, spelling in labels["address_spellings"].items()
        },
        sexes={
            spelling.casefold().rstrip("."): sex
            for sex, forms in labels["sexes"].items()
            for form in forms
            for spelling in _spellings(form, variants)
        },
    )
