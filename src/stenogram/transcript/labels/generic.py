"""The label read word by word: a form of address, a name, a role or party in brackets, a
description after a comma, and the punctuation that ends it (colon, stop, dash)."""

from __future__ import annotations

import re
from itertools import dropwhile, islice

from stenogram.transcript.candidate import (
    BRACKETED,
    ORDINAL_MARKS,
    SMALL,
    UPPER,
    WORD,
    Candidate,
    cased,
    is_party,
    label_key,
    lower_case,
    without_stops,
)
from stenogram.transcript.config import Config, Vocabulary
from stenogram.transcript.labels.base import MatcherBase
from stenogram.transcript.labels.patterns import (
    ABBREVIATED_LETTERS,
    ABBREVIATED_NAMED,
    ABBREVIATED_REST,
    ARMENIAN_COMMA,
    BRACKETED_THEN_COLON,
    CAPITALISED,
    CAPITALISED_NAME,
    CAPITALS,
    CAPITALS_UNHELD_WORDS,
    CAPITALS_WORDS,
    CAPS_SEGMENT,
    CLOCK,
    CLOCK_THEN_COLON,
    CODE,
    COLLAR,
    COLON_DASH,
    COLON_NEXT,
    COLONS,
    COLUMN_COLON,
    DASH_AFTER,
    FIRST_FORENAME_LETTERS,
    FORENAME_LETTERS,
    FORENAME_REST,
    FORENAME_STOPPED_REST,
    GENERIC_SPAN,
    GENERIC_WORDS,
    GROUP_COMMA,
    GROUP_START,
    HYPHENATED,
    JOINT,
    KASHIDA_APART,
    NUMBER_SIGN_WORD,
    NUMBERED_OFFICE,
    OFFICE,
    OFFICE_AFTER_SEAT,
    PLAIN,
    PLAIN_DASHED_WORDS,
    SEAT_AFTER_NUMBER,
    SEAT_PLACE_WORDS,
    SEAT_WORDS,
    SENTENCE_STOP,
    SPACE_RUN,
    STARRED_NAME,
    STOP_DASH,
    TYPED_DASHES,
    UNCASED_SEAT_AFTER_NUMBER,
    VISARGA_ABBREVIATED,
    VISARGAS,
    WORDSPACE,
    token_pattern,
)
from stenogram.transcript.labels.shapes import (
    capitals_forename,
    closes_unspaced,
    initial,
    question_announced,
    rendered_end,
    rendered_on,
    runs_on,
    speech_start,
    two_word_title,
    unmarked_end,
)
from stenogram.transcript.names import (
    chairs,
    joined_title,
    office_ends,
    office_or_title,
    office_phrase,
    seat_for,
    surname_in_capitals,
)
from stenogram.transcript.regexcache import regex
from stenogram.transcript.salutations import saluting

# A surname and a year in brackets after an initial's stop: a citation ("Ch. Dickens (1850):").
_CITED = regex(r"[ \t]?[^\W\d_]+[ \t]*\(\d{4}\)")
# After OCR's hyphen set apart from a name's first part, the name's rest up to the label's own
# stop: a double name's hyphen read with a space before it ("Mme Anne -Marie Dupont :", "Abg. Dr.
# Hans -Peter Uhl (CDU/CSU):", "El señor VIAL -ORTÚZAR.-"), no dash before the speech
_NAME_REST_TO_STOP = regex(
    rf"[{UPPER}][^\W\d_]+(?:[ \t]+[{UPPER}][^\W\d_]+){{0,3}}[ \t]*(?:[:：(]|\.[ \t]*[-–—])"
)
# A mark of a sentence's stop or its comma on the rest of the line: a speech after OCR's hyphen
# glued to its capital ("-Sr. Presidente, …", "-Com a palavra …"), where a list's entry has none
# ("Prof. Dr. X -Universität Hamburg", an affiliation after the expert's name)
_SENTENCE_MARKED = regex(r"[^\n]*?[.,;:!?…]")
_TITLE_WORDS = 3  # words of an item's title at least: "Report of Finance", "Minutes of the Meeting"
_ITEM_TAIL_WORDS = 3  # words after an item's title at most, what became of it: "tabled.", "noted."
# A word of letters, two or more, no stop: the surname OCR's semicolon may follow, in CAPITALS
_LETTERS_WORD = regex(r"[^\W\d_]{2,}")
_CONTRACTED = regex(r"['’]")  # the apostrophe that joins a pronoun to its verb ("We're")
_GROUP_COMMA_SPAN = 60  # the most characters of a group's voice before OCR's comma for its stop
# The most words of the exclamation after a group's comma: a voice's cry is short ("Hear, hear!",
# "Sehr richtig!", "Довольно!"); a longer one after the hall's word is the chair's vocative and
# its sentence ("Members, I appeal to you!", "Senators, The vote is closed!"), speech.
_GROUP_COMMA_WORDS = 3
# A surname (in Mixed case or CAPITALS) and its initials, each with its stop: "Лапина С.И."
# Matched whole and after a list's comma, so capitalised and up to three initials, its surname
# double by a hyphen; lines.py's _INITIALLED is searched inside a label's words, head.py's
# _INITIALLED_NAME is a title line's name with its initials on either side.
_SURNAME_INITIALLED = rf"[{UPPER}][{UPPER}{SMALL}]+(?:-[{UPPER}][{UPPER}{SMALL}]+)?(?: ?[{UPPER}]\.){{1,3}}"
_SURNAME_INITIALS = regex(_SURNAME_INITIALLED)
# A Cyrillic surname in Mixed case and its two or three initials, each with its stop, last in an
# office's label that a lower-case portfolio keeps from the name's pattern ("Министр финансов
# Тахиев М.Б."), and the capitalised word of the speech after it, no further initial.
_CYRILLIC_INITIALLED = regex(
    r"(?<![^\W\d_])[\u0400-\u042f][\u0430-\u045f]+(?:-[\u0400-\u042f][\u0430-\u045f]+)?"
    r"[ ](?:[\u0400-\u042f]\.[ ]?){1,2}[\u0400-\u042f]\.$"
)
# A name in quotation marks inside a label, left out when its words are counted.
_QUOTED_NAME = regex(r"[«„“\"][^»“”\"\n]*[»“”\"]")
# Another office's holder and initials on the line after such a label: a list, no speech.
_CYRILLIC_HOLDER = regex(r"[\u0400-\u042f][\u0430-\u045f]+[ ](?:[\u0400-\u042f]\.[ ]?){1,2}[\u0400-\u042f]\.")
_SPEECH_AFTER = regex(rf"[ \t]+(?=[{UPPER}])(?![{UPPER}]\.)")
# another such name after the initials' comma: a list of names ("Иванов И.И., Петров П.П., …",
# the authors of an amendment, a vote's noes), no label and its seat
_NAMES_LISTED = regex(rf",[ ]?{_SURNAME_INITIALLED}")
# a stop OCR set apart from the word it ends, inside a name: "M . Clemenceau", "MR . LOGAN"
_SPACED_STOP = regex(r"(?<=[^\W\d_])[ ]\.(?=[ ]|$)")
_DESCRIBED_WORDS = 8  # words of a region or seat after an initialled name's comma, at most
_NAMED_WORDS, _FIRM_WORDS = 2, 4  # a name's words in a firm's caption, at least; its parts' words, at most
# The firm's or body's words in CAPITALS after a role's comma, up to the label's colon
_FIRM_WORD = rf"[{UPPER}&][{UPPER}&.'’-]*"
_FIRM_CAPITALS = regex(rf"[ \t]+{_FIRM_WORD}(?:[ \t]+{_FIRM_WORD}){{0,3}}[ \t]*[:：]")
# The firm's capitalised words in Mixed case after a role the vocabularies know, up to the colon:
# "Evercore ISI:", "Keefe Bruyette & Woods:"
_FIRM_CAPITALISED_WORD = rf"(?:[{UPPER}][^\W_]*[.'’-]?[^\W_]*|&)"
_FIRM_CAPITALISED = regex(
    rf"[ \t]+{_FIRM_CAPITALISED_WORD}(?:[ \t]+{_FIRM_CAPITALISED_WORD}){{0,3}}[ \t]*[:：]"
)
_CLOCK_SPAN = 8  # characters after a label's colon a clock in brackets opens within: "(9時2分)"
# A name's short word in lower case right after a stop with no space: "di" of "ver.di"; and the
# letters of the word before the stop at most.
_DOTTED_REST = regex(r"[a-zß-ÿ]{1,4}(?![^\W\d_])")
# What follows an abbreviation's stop in a script that ends no sentence with one (Thai, Lao,
# Khmer): the label's colon, a word of the script glued to the stop ("ผอ.กองช่าง:", "ส.อบต.หมู่
# 3:"), or a space and the label's further words up to its colon on the line ("นายวิชัย ทองดี
# ส.อบต. หมู่ 5:", a council's member and the village he sits for).
_STOPLESS_REST = regex(r"[ \t]*[:：៖]|[\u0e00-\u0eff\u1780-\u17ff]|[ \t]+[^\s:：៖][^\n:：៖]{0,60}[:：៖]")
# A label's colon further on its line: an abbreviation in two capitals before it opens a title and
# a name ("TS. Vũ Minh Châu:"), before none a person's initials ("TS. In 1962, …").
_COLON_ON_LINE = regex(r"[^\n:：]*[:：]")
_INITIALS_LETTERS = 2  # letters of such initials
# A word in CAPITALS: a Turkish council's minutes print the chair's office or a member's surname so
# and glue the label's hyphen to it ("BAŞKAN- Evet …", "Veli TOPAL- Sayın Başkanım …").
_CAPITALS_WORD = regex(rf"(?<![^\W\d_])[{UPPER}]{{2,}}(?![^\W\d_])")
_SPEECH_CAPITAL = regex(rf"[ \t]+(?![{UPPER}]{{2,}}(?:[-:,\n]|$))[{UPPER}]")
_DOTTED_LETTERS = 3
# an office or form of address and the holder's initials and names before OCR's semicolon, at most
# ("Shri A. K. Gopalan ;", "Sr. Lara Peña (UCD) ;")
_SEMICOLON_NAMED = 5
# the stops that end a speech of no word in lower case on its label's line ("No.", "Aye!")
_SPEECH_STOPS = frozenset(".!?…")
# after an abbreviated office at a line's start (``abbreviated_offices``): the holder's capitalised
# name and its stop before the speech's capital ("Serj. Maynard. Call …"), or the speech's capital
_OFFICE_HOLDER = regex(rf"[ \t]+(?P<name>{CAPITALISED_NAME})\.(?=[ \t]+[{UPPER}\"“])")
_TITLE_WORD = regex(r"(?P<title>[^\W\d_]{1,4}\.)[ \t]+(?=[^\W\d_]{2,5}\.)")  # "Mr. " before "Serj."
# the name of such a member with a colon or a stop and a dash, the speech after it
_STARRED = regex(rf"(?P<name>{STARRED_NAME})[ \t]*(?P<punct>:|\.?[ \t]*[–—])(?=[ \t]|$)")
_STARRED_SPAN = 8  # the asterisks come within a form of address's letters of the line's start
_OFFICE_SPEECH = regex(rf"[ \t]+(?=[{UPPER}\"“])")
# a surname after such an office's letters and a verb in lower case after it ("L. C. B. Smith
# moved that the report be adopted."): the letters a name's initials, the line the minutes'
# narration of what its bearer did
_OFFICE_NARRATED = regex(rf"[ \t]+(?P<surname>{CAPITALISED_NAME})[ \t]+(?P<verb>[{SMALL}]+)\b")
# what follows such an office when its letters are a person's initials instead: a name up to a
# label's colon ("L. K. Advani: Sir, …", "L. C. B. Smith (Secretary):"), or a name alone on the
# line with its stop or none ("L. K. Advani.", a hearing's speaker over the speech)
_OFFICE_NAMED = regex(
    rf"[ \t]+[^\W\d_][^\n.,;!?:：()]{{0,60}}?[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?[:：]"
    rf"|[ \t]+[{UPPER}][^\W\d_'’-]*(?:[ \t-]+[{UPPER}][^\W\d_'’-]*){{0,2}}\.?[ \t]*$"
)
OPENING_WORDS = 3  # a speech's first words that hold its speaker's pronoun or verb ("Jeg vil …")


class GenericLabels(MatcherBase):
    """Reads a label word by word from its start."""

    def _candidate(self, text: str) -> Candidate | None:
        configured = self._configured.match(text) if self._configured else None
        if configured:
            punct = (configured.group("punct") or "").strip()
            end = configured.end("punct") if punct else configured.end("name")
            return Candidate(configured.group("name"), None, punct, configured.end(), text[:end])
        group = GROUP_START.match(text)
        if group and self.config.groups.match(group.group("name")):
            punct, end, printed = group.group("punct"), group.end(), text[: group.end("punct")]
            dash = DASH_AFTER.match(text, group.end("punct")) if punct == "." else None
            if dash:  # "A gauche. — Très bien !": the Chambre's stop and dash after a group too
                punct, printed = ". " + dash.group().strip(), text[: dash.end()]
                end = speech_start(text, dash.end())
            elif punct == "." and text[end : end + 1] in ("–", "—"):  # glued: "Government supporters.—Oh!"
                punct, printed, end = "." + text[end], text[: end + 1], speech_start(text, end + 1)
            return Candidate(group.group("name"), None, punct, end, printed)
        comma = GROUP_COMMA.match(text) if "," in text[:_GROUP_COMMA_SPAN] else None
        if (
            comma
            and self.config.groups.match(comma.group("name"))  # "Голоса слѣва, Довольно!"
            and len(WORD.findall(text, comma.end())) <= _GROUP_COMMA_WORDS
            and not saluting(text, self.config)  # the hall addressed: "Honourable members, I must …!"
        ):
            return Candidate(comma.group("name"), None, ",", comma.end(), text[: comma.end("punct")])
        office_label = self._abbreviated_office(text) if text[:1].isupper() else None
        if office_label:
            return office_label
        starred = _STARRED.match(text) if "*" in text[:_STARRED_SPAN] else None
        if starred:  # "*** : Et le financement ?": a member the record leaves unnamed
            punct = starred.group("punct")
            return Candidate(
                starred.group("name"), None, punct, speech_start(text, starred.end()), starred.group()
            )
        found = self._start.match(text)
        generic = self._generic(text)
        # the dash glued to a colon is the label's: "M. X, au milieu du bruit:—Je prie …"
        dashed = found and found.group("punct").strip() == ":" and COLON_DASH.match(text, found.end("punct"))
        printed_end = dashed.end() if dashed else found.end("punct") if found else 0
        if (
            generic
            and (
                found is None
                or (
                    len(generic.printed) > printed_end
                    # "КРАВЧУК Н.І., Житомирська область.": the seat after the initials' comma is the label's
                    and (
                        generic.punct != "."
                        or _initialled_described(generic.name, generic.role or "")
                        or self._surnamed_initials(found.group("name"), found.group("punct"), generic)
                    )
                )
            )
            and not (
                found
                and _initialled(
                    found.group("name").strip(), generic.name, self.config.offices, self.config.particles
                )
            )
        ):
            return generic
        if not found:
            return None if generic else self._chair_semicolon_label(text)
        if generic and generic.party and generic.printed == text[:printed_end]:
            return generic  # "Abg. X Y SPD:": a listed party after the name, no word of it
        # OCR's space before a title's stop ("M . le président du conseil.") is no word of the name
        name = _SPACED_STOP.sub(".", found.group("name").strip())
        # OCR reads a label's colon as a semicolon, a space before it ("Mr. HANLON ; Mr Speaker, …"),
        # a surname in CAPITALS before it, or an office and a capitalised surname in Mixed case
        # ("Poseł Grabski ; Wysoki Sejmie!", "Statsminister Gerhardsen; Jeg …"); another name
        # in Mixed case so set is a sentence's clause, and a second semicolon a list's
        if found.group("punct").strip() == ";" and not (
            any(_LETTERS_WORD.fullmatch(w) and w.isupper() for w in name.split())
            or self._office_semicolon(name, text)
            or self._surname_semicolon(name, text)
            or self._chair_semicolon(name, text)
        ):
            return generic
        if found.group("punct") == " ," and not self._comma_stop(name, text):
            return generic
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
            and not (
                office_alone
                and (runs_on(generic, self.config) or self._word_said(generic, name))
                and not self._named_after(text, found.end())
            )
        ):
            # "Präsident Mag." stops at an abbreviation, not at the label's end: read on word by
            # word ("Mr. SMITH of Texas.")
            return generic
        if (
            generic
            and generic.printed.startswith(f"{name}. ")
            and found.group("punct").strip() == "."
            and self._abbreviated_forename(text, -1, 0, name, found.end("punct"))
        ):
            return generic  # "Ελ. Βενιζέλος. Κύριοι …": a forename abbreviated before the surname
        if not any(c.isalpha() for c in name):
            return None
        # an office alone is read word by word ("PRÄSIDENT:"), but the chair's office alone with
        # its stop ("Präsident. Darf ich Sie bitten, …", the Bernese Grand Council) is the chair's label
        chair = found.group("punct").strip() == "." and self.config.chairs.match(name.casefold())
        if self._title_only.fullmatch(name) and not chair:
            return generic if generic and generic.punct in (":", "：") else None
        if not found.group("punct").strip() and _NAMES_LISTED.match(text, found.end()):
            return None  # "Иванов И.И., Петров П.П., Сидоров С.С.": names listed, none a label
        end = max(found.end(), printed_end)
        printed = text[:printed_end]
        title = (found.group("title") or "").strip()
        if found.group("name").startswith(tuple("MmMm")) and regex(OFFICE).match(name):
            title = name.split()[0]
        office = found.group("office")
        if office and generic and self._degrees(text, text.rfind(",", 0, found.start("office"))):
            return generic  # "Abg X, MAIS:": the name's degree after its comma, no office
        role = found.group("role") or office
        punct = found.group("punct").strip()
        if office and punct in (":", "：") and self._addressing_phrase(office, text, found.end()):
            return None
        if office and punct in (":", "：") and self._clause_said(office):
            return None
        if office and punct in (":", "：") and question_announced(office, self.config):
            return None  # "Mr X, one question: did you …?": the asker turns to the witness
        # "Андреев (председательствующий.)": the label's stop printed inside its parenthesis, a
        # capitalised speech after it; before a word in lower case the stop is an abbreviation's
        # and the line narrates ("Abg. Rippel (Chr.-Soz.) gibt eine Erklärung ab, …")
        if not punct and role and role.endswith(".") and not lower_case(text[found.end() :].lstrip()[:1]):
            role, punct = role[:-1].rstrip(), "."
        # the stop of a name's last initial is no label's: a spaced dash after it is ("Гончаренко
        # С.В. – Дякую.", a city council's transcript), as a stop and a dash are, before a speech's
        # capital; before a word in lower case it is a roll call's vote ("Иванов И.И. – за")
        initialled = not punct and name.endswith(".")
        dash = DASH_AFTER.match(text, found.end("punct")) if punct == "." or initialled else None
        if dash and initialled and lower_case(text[dash.end() :].lstrip()[:1]):
            dash = None
        if dash:  # "M. Jean Dupont .  - …": the French Senate's stop and dash
            punct, printed, end = (
                dash.group().strip() if initialled else ". " + dash.group().strip(),
                text[: dash.end()],
                speech_start(text, dash.end()),
            )
        return Candidate(name, role, punct, end, printed, title)

    def _abbreviated_office(self, text: str) -> Candidate | None:
        """An office abbreviated word by word, as the old trials' reports print it before the
        speech on its line ("L. C. J. Prisoner at the bar, …", "Att. Gen. My lord, …"), or before
        its holder's name and the name's stop ("Serj. Maynard. Call Mr. Smith."): the label, the
        speech after the last stop. An office of one word is one only before a name. A form of
        address may stand before the office and its holder ("Mr. Serj. Maynard. My Lord, …"):
        the label whole, the name the holder's."""
        office = self.config.any_abbreviated_office.match(text)
        titled = _TITLE_WORD.match(text) if office is None else None
        if titled and self._title_only.fullmatch(titled.group("title")):
            office = self.config.any_abbreviated_office.match(text, titled.end())
            if office and not _OFFICE_HOLDER.match(text, office.end()):
                return None  # "Mr. L. C. Smith": the name's initials; an office titled needs its holder
        if not office:
            return None
        words = office.group().replace(".", ". ").split()
        if not all(word[:1].isupper() or not word.endswith(".") for word in words):
            return None  # "Cl. of Arr.": a link in lower case between the abbreviated words
        lettered = all(len(word) == 2 for word in words)
        named = _OFFICE_NAMED.match(text, office.end())
        if named and (lettered or office.group().count(".") < 2 or named.group().rstrip()[-1:] in ":："):
            # "L. K. Advani: …", "L. K. Advani.": initials of a name, read as a name's; "Sol. Gen.
            # Call:", the office's words and its holder's name, read whole as any label; not "Sol.
            # Gen. Call Thomas Ware.", the office's words and the speech after them
            return None
        narrated = _OFFICE_NARRATED.match(text, office.end())
        if narrated and lettered and self._narrating(narrated):
            return None  # "L. C. B. Smith moved that …": a name's initials, its bearer's act narrated
        holder = _OFFICE_HOLDER.match(text, office.end())
        if holder and lettered:
            return None  # "L. K. Advani. Sir, …": initials alone before a name and its stop, a name's
        if holder and (
            holder.group("name").casefold() in self.config.abbreviations
            or holder.group("name").casefold() in self.config.any_openers
            or self._title_only.fullmatch(holder.group("name") + ".")
        ):
            holder = None
        if holder:
            return Candidate(
                holder.group("name"),
                office.group().rstrip(". \t"),
                ".",
                speech_start(text, holder.end()),
                text[: holder.end()],
                titled.group("title") if titled else "",
            )
        if office.group().count(".") < 2 or not _OFFICE_SPEECH.match(text, office.end()):
            return None
        read_on = self._generic(text)
        if (
            read_on is not None
            and read_on.punct.strip()[-1:] in ":：-–—"
            and len(read_on.printed) > office.end()
        ):
            return None  # "P.M. DOTT. ROSSI – …": the office's holder up to the label's own dash
        printed = office.group()
        return Candidate(printed[:-1], None, ".", speech_start(text, office.end()), printed)

    def _asker_named(self, name: str) -> bool:
        """Whether *name*, before a question's subject, names its asker: a form of address or an
        office opens it, its last word capitalised ("Deputy J. Martin of St. Helier", "The
        Connétable of St. Y")."""
        last = name.split()[-1] if name.split() else ""
        opened = (
            bool(self._title_of(name))
            or self.config.offices.match(self.config.past_article(name).casefold()) is not None
        )
        return opened and last[:1].isupper()

    def _put_to_office(self, name: str, addressee: str) -> bool:
        """Whether *addressee*, after a numbered question's *name* ("12. Smith to the Treasurer:"),
        puts it to an office (``question_put`` then the office: "to the Treasurer"), the name a
        word or two capitalised, none a field's word ("12. Questions to the Mayor:" a heading)."""
        words = name.split()
        if not 1 <= len(words) <= 2 or not all(word[:1].isupper() for word in words):
            return False
        if any(label_key(word) in self.config.never for word in words):
            return False
        put = addressee.strip()
        for word in sorted(self.config.question_put, key=len, reverse=True):
            if put.startswith(word.strip() + " "):
                office = put[len(word.strip()) :].strip()
                return self.config.offices.match(office.casefold()) is not None
        return False

    def _narrated_topic(self, topic: str) -> bool:
        """Whether *topic*, read as a question's subject after its asker, reports what was said
        or announces a text instead, a sentence of the speech or the narration: one of its words
        is a verb of saying or a narration's word ("The Minister regarding this matter said the
        following:", "Senator X concerning the harbour wrote to the Committee in these terms:")."""
        return any(
            word in self.config.narration or word in self.config.reported for word in topic.casefold().split()
        )

    @staticmethod
    def _abbreviated_holder(text: str, pos: int, abbreviated: bool) -> bool:
        """Whether an office abbreviated word by word goes on at *pos*, after a word's stop, to its
        holder's name and the label's colon ("Sol. Gen. Call:", "Dep. Spkr. Jones:"): two of its
        words at least, the one before (*abbreviated*) or one after the stop."""
        named = ABBREVIATED_NAMED.match(text, pos)
        return named is not None and (abbreviated or bool(named.group("more")))

    def _place_abbreviated(self, before: str, word: str) -> bool:
        """Whether *word*, abbreviated with its stop after the words *before* it, is a place the
        word that links it to the member names ("Mr. McLANE, of Md.", "Mr. BAYARD, of Del.", the
        Congressional Record's state): the place's stop closes the label, though the same letters
        abbreviate a form of address before a name elsewhere ("Md. X", Mudane or Mohammad). A
        particle so abbreviated opens the place's name ("Lord Smith of St. Albans"), read on, unless
        it is a place's abbreviation too (``place_abbreviations``: "Del.", "La.")."""
        linked = before.split()[-1:]
        return (
            bool(linked)
            and linked[0].casefold() in self.config.place_links
            and word[:1].isupper()
            and (
                word.casefold() in self.config.place_abbreviations
                or word.casefold() not in self.config.particles
            )
        )

    def _addressing(self, word: str) -> bool:
        """Whether *word*, before a form of address in parentheses, is a form of address or an
        office's whole word that a person bears before the name ("Hon.", "Chief", "Otunba")."""
        return bool(self._title_only.fullmatch(word) or self.config.offices.fullmatch(word.casefold()))

    def _narrating(self, narrated: re.Match[str]) -> bool:
        """Whether *narrated*, a capitalised word and a word in lower case after an office's
        letters, is a surname and a verb narrating what its bearer did or said ("Smith moved",
        "Brown seconded": the reporter's verbs and the record's narration). The office's own
        speech opens so too, with a pronoun, an opener or a role for its subject ("L. C. J. You
        said you were at home?", "L. C. J. He asked you …", "L. C. J. Witness stated …"): no
        surname, the letters the office's."""
        verb, surname = narrated.group("verb"), narrated.group("surname").casefold()
        config = self.config
        return (verb in config.reported or verb in config.narration) and not (
            surname in config.any_clause_words
            or surname in config.any_openers
            or config.offices.match(surname)
            or config.titles.fullmatch(surname)
        )

    def _holder_alone(self, text: str, start: int, end: int, colon: int) -> re.Match[str] | None:
        """The holder of the office *text[start:end]* named after its colon at *colon*, alone on
        the label's line over the speech, as Yugoslav and post-Yugoslav records print every turn
        ("PREDSJEDNIK: dr. Žarko Domljan" / "Otvaram sjednicu. …"), the office in CAPITALS (a
        head's officers in Mixed case, "President: Margaret Ellison OBE", are no label's); the
        holder a forename and a surname at least, in Mixed case, perhaps after a form of address,
        no stop after them; a word of the speech on the label's line ("PREDSJEDNIK: Hvala.") is
        none, and so are a sentence's capitalised words ("THE COURT: Good Morning") and officers
        in CAPITALS listed in a head ("CHAIRMAN: ROBERT ELLIS"), a form of address before the name
        perhaps ("SPEAKER   : Hon. SEULE SIMEON"), where a form of address in lower case before
        the name in CAPITALS is the Sabor's holder ("PREDSJEDNIK: dr. ŽARKO DOMLJAN"; officers so
        listed one under another are weighed as a head's, ``officers``)."""
        office = text[start:end] if start >= 0 else ""
        found = _HOLDER_LINE.match(text, colon) if office.isupper() else None
        if found is None:
            return None
        holder = found.group("holder")
        named = [word for word in holder.split() if not self._address(word)]
        opened = self.config.opener_at_start.match(holder) and not self.config.forename_opened(holder)
        # a name in CAPITALS after a form of address in lower case is the holder's as the Sabor
        # prints it ("PREDSJEDNIK: dr. ŽARKO DOMLJAN"); a head lists none so ("Hon. ROBERT ELLIS")
        addressed = holder[:1].islower() and len(named) < len(holder.split())
        if len(named) < _HOLDER_NAMED or (all(word.isupper() for word in named) and not addressed) or opened:
            return None  # "THE COURT: Good Morning" / …: a sentence's capitalised words
        if not self._holder_after_comma(office, holder):
            return None
        return None if saluting(holder, self.config) else found

    def _asks_or_answers(self, inner: str) -> bool:
        """Whether *inner*, in a label's brackets, is the letter of a question or an answer in a
        script without case ("問", "答", "问", "문"): whether the one named asks or answers."""
        key = label_key(inner)
        return key in self.config.asking_keys or key in self.config.answering_keys

    def _hall_event(self, inner: str) -> bool:
        """Whether a bracket's words *inner* name an event of the hall ("Rumores", "Laughter"):
        a stage, no holder of the office before it."""
        return any(stage.regex.match(inner) for stage in self.config.stages)

    def _seat_held(self, words: str) -> bool:
        """Whether *words*, before a number, name who holds a seat: an office or a form of address
        among them ("Fakafofonga Fika 3", "People's Representative No. 3", "Witness No. 2"); a
        text's item, clause, motion or bill so numbered has none ("Item No. 3 of Agenda:", "Motion
        No. 4 by Greens:", "Antrag Nr. 12 der SPD:"). A meeting's participant linked to the
        ward or the seat it speaks for holds one too ("Member for Ward 3:", "Representative for
        District 2:"), as "Thanks for Ward 3:" does not. An article holds none, though
        ``titles`` lists "the" and "an": "Report of the Working Group 2 (Finance):"."""
        split = words.split()
        return any(
            office_or_title(word, self.config) and word.casefold() not in self.config.articles
            for word in split
        ) or seat_for(split, self.config)

    def _titled_item(self, text: str, pos: int) -> bool:
        """Whether the words at *pos*, after a hyphen glued to them, up to the first mark of a
        sentence, are a document's title in its capitals: two words or more capitalised, a
        particle linking them, the first no form of address nor a sentence's opener, and at most
        a few words after its mark, what became of it ("-Report of the Director of Finance,
        tabled.", a minutes' item under its mover), where a speech opens with its vocative or its
        sentence ("-Sr. Presidente, …", "-Com a palavra …", "-Nobre Vereador da Bancada do Povo,
        agradeço a palavra e vou ser breve.")."""
        found = _SENTENCE_MARKED.match(text, pos)
        words = (found.group() if found else text[pos:]).rstrip(".,;:!?…").split()
        if len(words) < _TITLE_WORDS or words[0].casefold() in self.config.any_openers:
            return False
        end = text.find("\n", pos)
        if found and len(text[found.end() : end if end >= 0 else len(text)].split()) > _ITEM_TAIL_WORDS:
            return False  # "-Nobre Vereador da Bancada, agradeço a palavra e …": a vocative, a sentence
        if self.config.titles.fullmatch(words[0].casefold()) or office_or_title(words[0], self.config):
            return False
        particles = self.config.particles | self.config.articles
        linked = any(word.casefold() in particles for word in words[1:-1])
        return linked and all(word[:1].isupper() or word.casefold() in particles for word in words)

    def _office_after_seat(self, text: str, name_start: int, name_end: int, pos: int) -> bool:
        """Whether the words from *name_start* to *name_end* are a seat's place and the sign of a
        number ("Tongatapu No.", "Ha'apai No."), no office nor form of address among them, and an
        office or a form of address ends the words after the number at *pos*, up to the colon
        ("Tongatapu No. 3 People's Representative:"); an item's or a motion's number has none after
        it ("Item No. 3 Summary:", "Ward No. 2 Report:")."""
        words = text[name_start:name_end].split()
        if (
            not NUMBER_SIGN_WORD.fullmatch(words[-1])
            or (office := OFFICE_AFTER_SEAT.match(text, pos)) is None
        ):
            return False
        if any(
            office_or_title(word, self.config) or word.casefold() in self.config.participants
            for word in words
        ):
            return False
        last = office.group("office").split()[-1]
        return office_or_title(last, self.config) and last[:1].isupper()

    def _office_semicolon(self, name: str, text: str) -> bool:
        """Whether *name*, before the semicolon OCR read for a colon, is an office or a form of
        address and a capitalised surname, perhaps after its holder's forenames or initials
        ("Poseł Grabski", "Statsminister Gerhardsen", "Mr. Hanlon", "Shri A. K. Gopalan"), the
        only semicolon of its line, a capital after it and no second name: a list
        of names holds more ("Mr. A; Mrs. B;", "Mr. Denby; Mrs. Hale and Mr. Orr were present.")."""
        words = name.split()
        if not 2 <= len(words) <= _SEMICOLON_NAMED or not office_or_title(words[0], self.config):
            return False
        if any(CAPITALISED.fullmatch(word) is None for word in words[1:]):
            return False
        line = text.split("\n", 1)[0]
        after = line.partition(";")[2].split(None, 2)
        # another person after it: a form of address or an office and a capitalised name, no
        # chair's office the speech salutes ("Herr president!", "Mr. Speaker, …")
        named = (
            len(after) >= 2
            and office_or_title(after[0], self.config)
            and CAPITALISED.fullmatch(after[1].rstrip(",.!")) is not None
            and not self.config.chairs.match(after[1].casefold())
        )
        # a speech opens with a capital ("Wysoki Sejmie!"); a clause goes on in lower case
        # ("Г-н Иванов ; он сказал, что …")
        opens = bool(after) and after[0][:1].isupper()
        return line.count(";") == 1 and opens and not named and self.speech_opens(line.partition(";")[2])

    def _addressing_phrase(self, role: str, text: str, end: int) -> bool:
        """Whether *role*, the phrase after a name's comma up to the colon, speaks to the person
        named, in the second person, and the words after the colon go on in lower case ("M. le
        ministre, avec votre permission : je répondrai …"): a speech addressing him, no label's
        description ("M. X, au nom de la commission : Je …")."""
        addressed = any(word.casefold() in self.config.second_person for word in WORD.findall(role))
        return addressed and lower_case(text[end:].lstrip()[:1])

    def _clause_said(self, description: str) -> bool:
        """Whether *description*, after a name's comma up to the colon, holds a pronoun or a verb
        in lower case (:meth:`_clause_word`): a sentence, the person named addressed ("Chair
        Whitmore, the question is simple: will you …?", "Mr. X, the report says the following:").
        Every language's clause words are asked, the record's not yet known, so some are another
        language's prepositions or possessives: a description opening with an office or a title
        is the holder's ("assessore ai lavori pubblici", "Richter am Bundesgericht"), a word before
        a capitalised one is a preposition before a name or a German noun ("Professorin am
        Institut"), and a word after a particle or an article a possessive ("au nom de son
        groupe"), no verb."""
        words = description.split()
        config = self.config
        if not words or config.offices.match(description):
            return False
        if words[0].casefold() not in config.articles and config.titles.fullmatch(words[0]):
            return False
        return any(
            self._clause_word(word)
            and not (
                at
                and (
                    words[at - 1].casefold() in config.particles
                    or words[at - 1].casefold() in config.articles
                )
            )
            and not (at + 1 < len(words) and words[at + 1][:1].isupper())
            for at, word in enumerate(words)
        )

    def _on_behalf(self, description: str) -> bool:
        """Whether *description*, after a name's comma, is all a phrase saying on whose behalf the
        member speaks (``behalf``), as the languages that print the group before the word for it
        set it in the European Parliament's record ("Ville X, Verts/ALE-ryhmän puolesta. –", "X,
        PPE grupas vārdā. –", "X, S&D frakcijos vardu. –"): the role, as "on behalf of the PPE
        Group" is in English."""
        behalf = self.config.behalf
        # the pattern opens a label before its name and so asks for a space and a word after the
        # phrase: a stand-in word after the description, the phrase to end where it does
        found = behalf.match(f"{description} .") if behalf else None
        return found is not None and found.end() == len(description) + 1

    def _comma_stop(self, name: str, text: str) -> bool:
        """Whether *name*, before a comma set off by a space, is a label whose stop OCR read as
        the comma ("Mr. KNOWLTON , I yield.", "PRESIDENTE , Ha facoltà …"): the chair's office,
        none addressed (a speech's opening: "Mr. Speaker , I rise …"), or a form of address and a
        surname in CAPITALS, a capital after it that opens no second name (a list of names so
        misread: "Mr. ORR , Mr. HALE and …"), and a speech after it, a word in lower case or a
        sentence's stop (no member's state in a list: "Mr. ADAMS , Ohio" / "Mr. BAKER , Texas").
        Print sets no space before a comma, so a sentence's clause so set is OCR's too, but after
        a name it is rare."""
        rest = text.split("\n", 1)[0].partition(" ,")[2].strip()
        after = rest.split(None, 1)
        if not after or office_or_title(after[0], self.config):
            return False
        if rest[-1:] not in _SPEECH_STOPS and not any(word[:1].islower() for word in rest.split()):
            return False
        words = name.split()
        surnamed = len(words) >= 2 and office_or_title(words[0], self.config) and words[-1].isupper()
        return surnamed or (chairs(name, self.config, whole=True) and not saluting(name, self.config))

    def _quoted_body(self, text: str, start: int, quote: int, end: int) -> bool:
        """Whether the label read from *start* to *end*, a name in quotation marks opening at
        *quote*, names a body an office's holder speaks for ("Представитель клуба «Спартак»:",
        "Vertreter des Vereins „Eintracht“:", "Klubo „Žalgiris“ atstovas:"): an office opening
        it or following the name's closing mark, no more than one word in lower case besides it,
        its article and particles (the body's noun: "клуба", "klubu"), and the speech after its
        colon no sentence going on in lower case. A quotation in a sentence has its verb and
        object before it ("Министр назвал программу «Новая Волна»: это важно", "The Minister
        called it "Project Hope": a name"), its clause going on after the colon; an item's
        heading its office inside it ("ДОКЛАД МИНИСТРА «О БЮДЖЕТЕ»:")."""
        label = text[start:end]
        names = list(_QUOTED_NAME.finditer(text, quote, end))
        past = text[names[-1].end() : end].split() if names else []
        if not (
            self.config.offices.match(self.config.past_article(label).casefold())
            or (past and self.config.offices.match(past[0].casefold()))
        ):
            return False  # "ДОКЛАД МИНИСТРА «О БЮДЖЕТЕ»:": an item's heading, the office no label's
        after = text[end:].lstrip(" \t:：")
        if lower_case(after[:1]):
            return False
        free = [
            word
            for word in (text[start:quote] + " " + _QUOTED_NAME.sub(" ", text[quote:end])).split()
            if word.islower()
            and len(word) > 2  # a preposition: "Депутат от фракции «Единая Россия» Иванов"
            and word not in self.config.articles
            and word not in self.config.particles
            and not self.config.offices.match(word.casefold())
        ]
        return len(free) <= 1

    def _office_initialled(self, text: str, start: int, pos: int) -> Candidate | None:
        """The label read from *start* to *pos* where it ends on a Cyrillic surname and its
        initials after an office and its portfolio in lower case, the speech after it ("Министр
        финансов Тахиев М.Б. Спасибо.", "… М.Б. Уважаемые депутаты!"): the initials' stop is the
        label's end, as it is of "Министр Тахиев М.Б." and past the state's name that closes the
        portfolio ("Министр финансов Республики Казахстан Иванов Т.М."); none where the word
        before the surname is otherwise capitalised, the initials before the surname ("Министръ
        Финансовъ В. Н. Коковцовъ.", "Председатель Совета Министров А. Н." / "Косыгин."), or
        where another office and its holder's initials follow on the line (a list of those
        present)."""
        speech = _SPEECH_AFTER.match(text, pos)
        label = text[start:pos]
        named = _CYRILLIC_INITIALLED.search(label) if speech else None
        if speech is None or named is None or not named.start():
            return None
        words = label[: named.start()].split()
        portfolio = self._stateless(words)[-1:]  # "финансов": in lower case, no name's word
        if not portfolio or not portfolio[0].islower():
            return None
        if self.config.offices.match(named.group().casefold()) or not self.config.offices.match(
            label.casefold()
        ):
            return None
        line_end = text.find("\n", speech.end())
        rest = text[speech.end() : line_end if line_end >= 0 else len(text)]
        if self.config.offices.match(rest.casefold()) and _CYRILLIC_HOLDER.search(rest):
            return None  # "… Тахиев М.Б. Заместитель министра Орлов П.П.": a list of those present
        return Candidate(label, None, "", speech.end(), text[:pos])

    def _stateless(self, words: list[str]) -> list[str]:
        """*words*, an office and its portfolio before its holder's surname, without the state's
        name in the genitive that closes the portfolio (``state_genitives``: "Министр финансов
        Республики Казахстан", "Министр юстиции Российской Федерации"): its capitalised words are
        the country's, no name's; a capitalised word before the state's own ("Совета Министров")
        is still the portfolio's."""
        folded = [word.casefold() for word in words]
        at = next(
            (
                at
                for at in range(len(words) - 1, max(len(words) - 3, 0) - 1, -1)
                if folded[at] in self.config.state_genitives
            ),
            -1,
        )
        if at <= 0 or not all(word[:1].isupper() for word in words[at:]):
            return words
        if at >= 2 and words[at - 1][:1].isupper() and words[at - 2].islower():
            at -= 1  # "Российской Федерации": the state's adjective before it
        return words[:at]

    def _surnamed_initials(self, name: str, punct: str, generic: Candidate) -> bool:
        """Whether the name read is an office that ends on its holder's initials with no
        punctuation of its own, the label read word by word going on to the surname and its stop
        ("Председатель Совета Министров А. Н." before "Косыгин. Товарищи! …"): the initials'
        stop is no label's, the surname is the name's. So is a title of nobility before the
        initials ("Графъ С. Ю." before "Витте. Господа …"), no surname. After a surname and its
        initials the capitalised word is the speech's ("Петров С. А. Спасибо.")."""
        rest = generic.name[len(name) :].strip() if generic.name.startswith(name) else ""
        return (
            not punct.strip()
            and name.endswith(".")
            and CAPITALISED.fullmatch(rest) is not None
            and (
                self.config.offices.match(name.casefold()) is not None
                or name.split()[0].casefold() in self.config.nobility
            )
            and label_key(rest) not in self.config.thanks
        )

    def _chair_semicolon_label(self, text: str) -> Candidate | None:
        """The chair's office alone and OCR's semicolon for its colon that neither reading of a
        name takes ("Tuan Yang di-Pertua; Yang Berhormat …"): see :meth:`_chair_semicolon`. The
        semicolon asked first: most lines that no reading takes hold none near their start."""
        name, semicolon, _ = text[:GENERIC_SPAN].partition(";")
        if not semicolon or not name.strip() or "\n" in name or not self._chair_semicolon(name.strip(), text):
            return None
        end = len(name) + 1
        return Candidate(name.strip(), None, ";", speech_start(text, end), text[:end])

    def _chair_semicolon(self, name: str, text: str) -> bool:
        """Whether *name* is the chair's office alone before the semicolon OCR read for a colon,
        the only one of its line, a speech opening after it ("Tuan Yang di-Pertua; Yang
        Berhormat Kepong sudah berdiri, …", "PRESIDENT; I thank …"), or the chair giving the
        floor ("Marszałek ; Głos ma p. Poseł Grabski.", an OCR of the Sejm's record): the chair's
        label. An abbreviated form of address before the office ("Mr. President; The Senate has
        waited …", a member's paragraph) is the speech's salutation of the chair, no label."""
        if not chairs(name, self.config, whole=True) or any(word.endswith(".") for word in name.split()):
            return False
        line = text.split("\n", 1)[0]
        speech = line.partition(";")[2].lstrip()
        if line.count(";") != 1 or not speech[:1].isupper():
            return False
        return self.speech_opens(speech) or self.config.announcement_opens.match(speech) is not None

    def _surname_semicolon(self, name: str, text: str) -> bool:
        """Whether *name* is a surname alone in Mixed case before the semicolon OCR read for a
        colon, the only one of its line, a speech addressing the hall or the chair after it
        ("Аладьинъ; Господа народные представители! …"): a clause's semicolon after a word opens
        no salutation."""
        if " " in name or CAPITALISED.fullmatch(name) is None:
            return False
        line = text.split("\n", 1)[0]
        return line.count(";") == 1 and saluting(line.partition(";")[2].lstrip(), self.config)

    def speech_opens(self, speech: str) -> bool:
        """Whether *speech*, after a semicolon OCR read for a label's colon, opens as a speech
        does: addressing the chair or the hall ("Wysoki Sejmie!", "Herr president!"), an
        exclamation ("Order, please!") or the speaker's pronoun or verb in its first words ("Jeg
        vil gjerne svare.", "Ich eröffne die Sitzung."); a roll call's or a minute's remark after a
        member's name ("Senator Ellery; Absent with leave.", "Councillor Marsh; Seconded the
        motion.") and a sentence's clause after a minister named in it do neither."""
        if saluting(speech, self.config):
            return True
        if next((mark for mark in speech if mark in ".!?"), "") == "!":
            return True
        words = islice(WORD.finditer(speech), OPENING_WORDS)
        # a pronoun contracted with its verb is the pronoun ("We're on the record", "I'm")
        return any(
            word.group().casefold() in self.config.any_clause_words
            or _CONTRACTED.split(word.group(), 1)[0].casefold() in self.config.any_clause_words
            for word in words
        )

    def _holder_before(self, text: str, pos: int) -> bool:
        """Whether the brackets that end before *pos* hold a person's name after a form of address
        or a rank's abbreviation ("… (SHRI X)", "… (DR. Y)", "… (GEN. (DR.) V. K. SINGH (RETD.))"),
        the holder of the long offices before them: a heading's brackets in CAPITALS hold no
        person ("THE REPORT OF THE COMMITTEE … (SEVENTEENTH LOK SABHA): LAID ON THE TABLE") and do
        not carry a label past its span. Reads back over the one bracket only."""
        close = len(text[:pos].rstrip()) - 1
        if close < 0 or text[close] != ")":
            return False
        depth, at = 0, close
        while at >= 0:  # the bracket's opening, past the brackets inside it
            depth += {")": 1, "(": -1}.get(text[at], 0)
            if depth == 0:
                break
            at -= 1
        inner = text[at + 1 : close].strip()
        first = inner.split(maxsplit=1)[0] if inner and at >= 0 else ""
        return bool(first) and (bool(self._title_of(inner)) or (first.endswith(".") and len(first) > 2))

    def _noted_letter(self, name: str, note: str) -> bool:
        """Whether *name* is a question's or an answer's letter with its stop and *note*, in the
        brackets after it, a note on the speech's language (``language_notes``): "Q.
        [Interpretation] Where …?" is the letter's question, the note the speech's, no role; a
        name's place or manner note stays the colonless label's ("VOUTTA (Geht zum Pult)")."""
        return (
            label_key(name) in self.config.short_keys
            and self.config.language_notes.fullmatch(note.casefold()) is not None
        )

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
        abbreviated = False  # the word before ended in an abbreviation's stop the label reads past
        surnamed = -1  # the comma after "Surname, Forename" that the holder's office follows
        quoted = -1  # where a body's name in quotation marks read as the label's words opens
        limit = min(len(text), GENERIC_SPAN)
        punct, end = "", 0
        tokens = token_pattern(self.config.any_ordinal_endings)
        # past the span, a holder's bracket after an office in CAPITALS goes on to its colon only
        # ("THE MINISTER OF STATE …; THE MINISTER OF STATE IN THE MINISTRY OF … (SHRI X):", the
        # long offices of a minister of two or three ministries)
        while pos < limit or (
            roles
            and (
                rendered_on(text, pos, text[name_start:name_end])
                or (
                    COLON_NEXT.match(text, pos)
                    and text[name_start:name_end].isupper()
                    and self._holder_before(text, pos)
                )
            )
        ):
            token = tokens.match(text, pos)
            if token is None:
                return None
            pos = token.end()
            part = token.groupdict()  # read once: the branches below ask a token's parts some twenty times
            after_abbreviation, abbreviated = abbreviated, False
            if part["paren"]:
                inner = part["paren"][1:-1].strip()
                if not words and part["paren"][0] == "[" and _SUPPLIED_FORENAME.fullmatch(inner):
                    name_start = token.start("paren")  # "[M.] Miková:": the editor's initial
                    continue
                if not words:
                    return None
                if part["paren"][0] == "[" and inner.isdigit() and not part["space"]:
                    continue  # "Genosse Ulbricht[3]:": the edition's note mark glued to the name, no role
                if not inner:  # "Presidenten []:": the Storting's draft leaves its clock's brackets empty
                    continue
                if (
                    not roles
                    and self._address(inner)
                    and all(self._addressing(word) for word in text[name_start : token.start()].split())
                ):
                    # a form of address in parentheses after another: "Hon. (Eng.) Name:", after
                    # two or a chief's word ("Hon. Chief (Mrs.) Name:", a Nigerian member's
                    # chieftaincy); after the name it is a party's ("M. X (MR). -", the
                    # Mouvement réformateur)
                    name_end = pos
                    continue
                if not roles and inner.casefold() in self.config.rank_notes:
                    name_end = pos  # a rank's note before the name: "HON. MAJOR-GENERAL (RET'D) X.-"
                    continue
                if inner.upper() == inner.lower() and self._asks_or_answers(inner):
                    continue  # "記者（問）：", "大臣（答）：": the mark of a question or an answer, no role
                roles.append(inner)
                if rendered_end(text, pos, text[name_start:name_end], roles, self._rendered_title):
                    # the renderings are the label's own words: only the English one's office after
                    # a dash is a role ("(The Hon. X - Prime Minister)")
                    roles = roles[-1].split(" - ", 1)[1:]
                    punct, end = ":", pos
                    break
            elif part["quoted"]:
                # a club's, party's or body's name in quotation marks inside the label, an office's
                # word before or after it ("Klubo „Žalgiris" atstovas:", "Представитель клуба
                # «Спартак»:"): the label's words (the office asked at its end)
                if not words or roles:
                    return None
                quoted = token.start() if quoted < 0 else quoted
                name_end = pos
            elif part["starred"] or part["noted"]:
                # "MR FISCHER (Germany)* –": a speech given in interpretation; "Dr. X (D. Vp.)¹):",
                # "X *):": a footnote's mark, the note on the speech
                if not words:
                    return None
            elif part["slashed"]:
                if not words or slashed:
                    return None
                slashed = part["slashed"][1:]
            elif part["word"] == "/" and comma < 0:
                # a slash set apart joins two offices of one person in the description after
                # the name's comma ("X, Vice-President of the Commission / High Representative …
                # . –"); before it, two labels ("Y Llywydd / The Presiding Officer:", read whole
                # as the record's two languages)
                return None
            elif part["glued"]:  # "Mr HOWARD (Bennelong—Prime Minister) (2.01 pm)—I thank …"
                name = text[name_start:name_end]
                titled = self._title_of(name) or self.config.offices.search(name.casefold())
                # a surname or two alone in Mixed case, no note in brackets ("Bryan–Not at all."); in
                # CAPITALS with no form of address it is a heading's ("PART ONE—The Beginning")
                plain = (
                    not roles
                    and words <= PLAIN_DASHED_WORDS
                    and all(w[:1].isupper() for w in name.split())
                    and not CAPITALS.search(name)
                )
                if not words or not (roles or titled or plain):
                    return None
                if part["glued"] == "-" and _NAME_REST_TO_STOP.match(text, pos):
                    continue  # "Mme Anne -Marie Dupont :": a double name's hyphen, the name goes on
                if part["glued"] == "-" and not (titled and _SENTENCE_MARKED.match(text, pos)):
                    # one hyphen set apart before it and glued to the speech's capital, as OCR
                    # reads a scanned record's spaced dash ("O SR. JOÃO BATISTA -Sr. Presidente,
                    # …"): only after a form of address or an office ("Porto Alegre -Capital")
                    # and before a sentence ("Prof. Dr. X -Universität Hamburg", a list's entry)
                    return None
                if part["glued"] == "-" and self._titled_item(text, pos):
                    return None  # "Councillor Brown -Report of the Director of Finance, tabled.": an item
                if not (CAPITALS.search(name) or part["space"] or titled or plain):
                    # a name in mixed case with its dash set apart ("Senator Faulkner —I …") or
                    # glued after a form of address or an office, or a plain surname, as older
                    # printed trials give every turn ("Mr. Darrow—That's all.", "The Court–If …")
                    return None
                punct, end = part["glued"], pos
                break
            elif part["kashida"]:
                sentence = SENTENCE_STOP.split(text[pos:], maxsplit=1)[0]
                if not words or not (part["space"] or roles) or KASHIDA_APART.search(sentence):
                    return None  # "این طرح ـ که … ـ تصویب شد": a pair of them sets off a clause
                punct, end = "–", pos  # "رئیس ـ", "نخست وزیر(آقای …)ـ": a tatweel set apart is its dash
                break
            elif (
                part["dash"]
                and part["space"]
                and words
                and not roles
                and (holder := self._holder_after_dash(text[name_start:name_end], text, pos))
            ):
                # "PRESIDENTE - Dott.ssa Bianchi:": the office, a dash, the person who holds it
                roles.append(text[name_start:name_end])
                name_start, name_end = holder.start("holder"), holder.end("holder")
                punct, end = ":", holder.end()
                break
            elif (
                part["dash"]
                and part["space"]
                and words
                and not roles
                and (holder := self._uncased_holder(text, pos))
            ):
                # "السيد النائب – سليم الحمداني:": the office, a dash, the name of who holds it
                roles.append(text[name_start:name_end])
                name_start, name_end = holder.start("office"), holder.end("office")
                punct, end = ":", holder.end()
                break
            elif part["dash"] and part["space"] and words and (office := self._dashed_office(text, pos)):
                roles.append(office.group("office"))
                punct, end = ":", office.end()
                break
            elif part["dash"] and words and HYPHENATED.match(text, pos) and not cased(text[:pos]):
                continue  # "السيدة توماس - غرينفيلد (…) (…):": a foreign name's hyphen set apart
            elif (
                part["colon"] == VISARGAS[0]
                and not part["space"]
                and words
                and VISARGA_ABBREVIATED.match(text, pos)
            ):
                # "জনাব মোহাঃ আব্দুর রহিমঃ": the visarga of an abbreviated first name, the colon after it
                continue
            elif part["colon"] or part["dash"] or part["dot"]:
                glued = part["dash"] and not part["space"]
                hyphens = part["dash"] in ("-", "--")
                if not words or (
                    glued
                    and (cased(text[name_start:name_end]) or not hyphens)
                    and not _capitals_hyphen(text[name_start:name_end], part["dash"], text, pos, self.config)
                ):
                    return None  # "رئیس- …", "अध्यक्ष महोदय-- …": hyphens glued to a label, no cased word's
                dashed = ORDINAL_MARKS.sub("", text[name_start:name_end])
                if part["dash"] and not self._dashed(dashed, roles, text[pos:]):
                    return None  # "Meeting – Transcript": a title, no label
                if part["dash"] and CODE.search(dashed):
                    return None  # "L176A - Wed 2 Apr 1997", "UNITED24 - …": a code or a banner, no name
                if (
                    part["dot"]
                    and not roles
                    and not (DASH_AFTER.match(text, pos) or STOP_DASH.match(text, pos))
                ):
                    # a stop set apart ends a label only before a dash: "M. X .  - …", "El señor X .- …"
                    return None
                if part["colon"] == WORDSPACE and words < 2 and not self.wordspace_labels:
                    return None  # "ክቡር፡ አቶ፡ …": after one word the wordspace parts words
                if (
                    part["colon"] in (ARMENIAN_COMMA, *VISARGAS)
                    and words < 2
                    and not self.config.offices.match(dashed.casefold())
                ):
                    # "Այսօր՝ հունիսի …": after one word that is no office, a sentence's; the
                    # visarga a legacy font's conversion or OCR sets apart from its word's stem
                    # ("अत ः मैं …", "पुन ः", "नम ः शिवाय", "অত ঃ পর") is the word's letter
                    return None
                if (
                    part["colon"] == VISARGAS[0]
                    and not part["space"]
                    and not (roles or self._title_of(dashed) or self.config.offices.search(dashed.casefold()))
                    and not self._visarga_named(dashed)
                ):
                    # glued to a sentence's word ("আমাদের দেশে মূলতঃ …", an older spelling of an
                    # adverb), the visarga is a letter: the colon so typed follows a form of address,
                    # an office or a name's abbreviated first word ("জনাব স্পীকারঃ", "বেগম X চৌধুরীঃ",
                    # "মোঃ রহিম উদ্দিনঃ")
                    return None
                if part["colon"] == ">>" and not dashed.isupper():
                    return None  # "Read more>> …": a web page's link, no captioned name
                if part["colon"] == ">" and (CODE.search(dashed) or _COMPARED.match(text, pos)):
                    return None  # "GDP > 2 percent …", "Q3 > Q2 …": a comparison's sign, no label's arrow
                barred = part["colon"] in ("|", ">")
                if barred and part["colon"] in text[pos:].split("\n", 1)[0] + text[:name_start]:
                    return None  # "Datum | Typ | Wortlaut": a table's row, no label
                if part["colon"] and COLUMN_COLON.match(text, token.start()):
                    return None  # "MARGARET L. QUINCE          :": a case caption's column, no label
                colon = part["colon"]
                colon = COLONS.get("".join(colon.split()), colon) if colon else None
                typed = TYPED_DASHES.get(part["dash"], part["dash"])
                punct, end = colon or typed or ".", pos
                if colon == ":" and (dashed_colon := COLON_DASH.match(text, pos)):
                    end = dashed_colon.end()  # "د. سالم الحديثي:-": the Iraqi record's colon and dash
                elif (
                    colon == ":"
                    and not roles
                    and (holder := _HOLDER_AFTER_COLON.match(text, pos))
                    and holder.group("holder")[:1].isupper()
                    and not self.config.language_notes.fullmatch(holder.group("holder").strip().casefold())
                    # "PRESIDENTE: (Rumores): …": the hall's noise, a stage after the label
                    and not self._hall_event(holder.group("holder").strip())
                ):
                    roles.append(holder.group("holder").strip())  # "EL Sr. VICEPRESIDENTE: (Portilla ):"
                    end = holder.end()
                elif (
                    colon == ":"
                    and not roles
                    and (holder := self._holder_alone(text, name_start, name_end, pos))
                ):
                    # "PREDSJEDNIK: dr. Žarko Domljan" over the speech: the office's holder after it
                    roles.append(text[name_start:name_end])
                    name_start, name_end = holder.start("holder"), holder.end("holder")
                    end = name_end
                if barred and self._button_after(text, pos):
                    end = len(
                        text.split("\n", 1)[0]
                    )  # "X (Louth, Sinn Féin) | Oireachtas source": the page's link
                break
            elif (
                (part["word"] or "").casefold() in self.config.speech_kinds  # asked first: few words name one
                and (roles or (words and self._capitalised_words(text[name_start:name_end])))
                and COLON_NEXT.match(text, pos)
            ):
                # "(S) replik:", "WAZIRI WA AFYA alijibu:-", "Mhe. X aliuliza:-": the kind of speech
                # before the colon
                continue
            elif (
                roles
                and (word := part["word"] or "").islower()
                and self.config.offices.fullmatch(word)
                and COLON_NEXT.match(text, pos)
            ):
                continue  # "Kovács János (szd) előadó:": the office after the party, printed with it
            elif (
                words
                and not roles
                and (part["word"] or "") in self.config.question_topics  # asked first: few words are one
                and (topic := self.config.question_topic.match(text, token.start()))
                and not self._narrated_topic(topic.group())
                and not text[:name_start].strip()[:1].isdigit()  # numbered, the question's heading
                and self._asker_named(text[name_start:name_end])
            ):
                pos = topic.end()  # "Deputy X of St. Helier regarding the draft Law:": the asker alone
            elif roles and (addressee := self._addressee.match(text, token.start())):
                pos = addressee.end()  # "(Leader—National) to the Prime Minister:": whom it asks
            elif (
                words
                and (addressee := self._addressee.match(text, token.start()))
                and self._title_of(text[name_start:name_end])
                and CAPITALS.search(text[name_start:name_end])
            ):
                pos = addressee.end()  # "Mr BOYD to the Minister for Finance:": the asker alone
            elif (
                words
                and text[:name_start].strip()[:1].isdigit()
                and (addressee := self._addressee.match(text, token.start()))
                and self._put_to_office(text[name_start:name_end], addressee.group())
            ):
                pos = addressee.end()  # "12. Smith to the Treasurer:": a numbered question's asker alone
            elif (
                roles
                and (joint := JOINT.match(text, token.start()))
                and joint.group("word") in self.config.particles
                and text[name_start:name_end].isupper()
                and len(joined) < 3
            ):
                joined.append((f"{text[name_start:name_end]} {joint.group('word')} ", "; ".join(roles)))
                roles, name_start, pos = [], -1, joint.end()
            elif roles and unmarked_end(token, text[name_start:name_end]):
                end = token.start("word")  # "DR. KUBUSCHOK (Counsel for …) The Defendant …"
                break
            elif (
                part["number"]
                and words
                and not roles
                and (
                    text[name_end - 1 : name_end] == "."
                    or part["number"][0] == "#"
                    # a participant's number after a word of a script without case: "주주 1:"
                    or (part["number"].isdigit() and not cased(text[name_start:name_end]))
                    # a ward's or a seat's number after an office's words: "Councillor for Ward 3:"
                    or (part["number"].isdigit() and self._seat_held(text[name_start:name_end]))
                )
                and (
                    COLON_NEXT.match(text, pos)
                    # the holder after a number's sign, in brackets: "ACCUSED No. 2 (SISULU):";
                    # or after the number a seat's words give ("Vertreter der Gläubigerin zu 4
                    # (Sparkasse Spree):", a creditor's numbered party and whom it is)
                    or (
                        (text[name_end - 1 : name_end] == "." or part["number"].isdigit())
                        and BRACKETED_THEN_COLON.match(text, pos)
                    )
                    # a speech-to-text service's speaker and number, the recording's clock between
                    # them and the colon ("वक्ता 1 (00:00:03):"); an item's number so is no label
                    or (
                        CLOCK_THEN_COLON.match(text, pos)
                        and text[name_start:name_end].casefold() in self.config.furniture_captions
                    )
                )
            ):
                name_end = pos  # a number after "No." or "#" ends the name: "JUROR NO. 5:", "JUROR #3:"
            elif (
                part["comma"]
                and comma < 0
                and not roles
                and (said := self._said_between_commas(text, name_start, name_end, pos))
            ):
                # "Comrade X, who was greeted with prolonged cheers, said:": what the hall did, set
                # off by commas, then the verb of saying, as a congress's report prints the turn
                punct, end = ":", said
                break
            elif part["comma"] and words and not roles and (degrees := self._degrees(text, token.start())):
                pos = name_end = degrees.end()  # "Ing. Petr Svoboda, Ph.D.:": the name's, no description
            elif (
                part["comma"]
                and words
                and not roles
                and self._portfolio_listed(text, name_start, token.start("comma"))
            ):
                continue  # "The Secretary of State for Digital, Culture, Media and Sport (X):"
            elif (
                part["comma"]
                and comma >= 0
                and not roles
                and self._portfolio_listed(text, comma + 1, token.start("comma"))
            ):
                continue  # after the holder's name: "X, Bundesministerin für Familie, Senioren, …:"
            elif part["comma"] and comma >= 0 and text[comma + 1 :].lstrip()[:1].islower():
                continue  # a comma inside a description: "X, secrétaire d'État auprès du …, chargé …"
            elif part["comma"] and comma >= 0 and _SURNAME_INITIALS.fullmatch(text[name_start:comma]):
                continue  # a seat's comma: "Бабурин С.Н., Омский городской избирательный округ, …"
            elif part["semi"]:
                if comma < 0 and not roles and self._offices_joined(text, name_start, token.start("semi")):
                    # "THE MINISTER OF PARLIAMENTARY AFFAIRS; AND THE MINISTER OF MINORITY AFFAIRS
                    # (SHRI X):", the Rajya Sabha's holder of two offices: the second the label's too
                    continue
                if comma < 0 or roles or not text[pos:].lstrip()[:1].islower():
                    return None
                # a semicolon inside a description, its second part in lower case ("X, a napirendi
                # pont előadója; valamint az MDF képviselőcsoportja részéről:", the Országgyűlés)
                continue
            elif part["comma"] and comma >= 0 and self._in_department(text, comma):
                continue  # "…, Department for Environment, Food and Rural Affairs (Lord X):"
            elif (
                part["comma"]
                and comma >= 0
                and (
                    self._offices_around(text, name_start, pos) or self._offices_around(text, comma + 1, pos)
                )
            ):
                continue  # "Staatssekretär des Innern, Staatsminister Dr. X, Bevollmächtigter zum …:"
            elif part["comma"] and comma >= 0 and self._floor_verb_after(text, pos):
                continue  # "Første representant for X fylke, Y, tok ordet og uttalte:"
            elif part["comma"] and comma >= 0 and self._office_then_party(text, comma, pos):
                continue  # "Emil Abelsen, Landsstyremedlem for Sundhed, Siumut:"
            elif (
                part["comma"]
                and comma >= 0
                and not roles
                and self._office_body_seat(text, name_start, comma, pos)
            ):
                continue  # "Chairman, Finance Committee, Northshire:": the office, its body, the seat
            elif (
                part["comma"]
                and comma >= 0
                and not roles
                and self._holder_then_party(text, name_start, comma, pos)
            ):
                continue  # "Naalakkersuisoq for Sundhed, Aqqaluaq Nielsen, IA:": the office first
            elif (
                part["comma"]
                and comma >= 0
                and not roles
                and self._group_then_role(text, name_start, comma, pos)
            ):
                continue  # "Kollegin Eva Roth, ver.di, Delegierte aus Hamburg:"
            elif (
                part["comma"]
                and comma >= 0
                and not roles
                and _role_then_firm(text, name_start, comma, pos, self.config)
            ):
                continue  # "RAVI SUNDARAM, CFO, LINDEN MOTORS:": the speaker's role, then the firm's name
            elif (
                part["comma"]
                and comma >= 0
                and surnamed < 0
                and not roles
                and self._forename_then_office(text, name_start, comma, token.start("comma"))
            ):
                surnamed = token.start("comma")  # "Nováková, Eva, poslankyňa NR SR:": the office after
            elif (
                part["comma"]
                and roles
                and comma < 0
                and CAPITALS.search(re.split(r"[(\[]", text[name_start:pos], maxsplit=1)[0])
                and (said := self._said_after(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" \t"))))
            ):
                # "THE CHANCELLOR OF THE EXCHEQUER (Mr. X), who was received with applause, said:":
                # the holder in brackets, what the hall did set off by a comma, then the verb of
                # saying, as a party conference's report prints the turn, the office or the
                # surname before the brackets in CAPITALS: "The Chancellor (Mr. Snowden), who was
                # asked this, said:" in Mixed case is a speech quoting him
                punct, end = ":", said
                break
            elif (
                part["comma"]
                and roles
                and not any(char.isdigit() for char in roles[-1])
                and (described := self._described_after(text, pos))
            ):
                # a member's office after the party's brackets and a comma: "Patrick Muster,
                # Langenthal (SVP), Kommissionssprecher der JuKo. …" (a Swiss Grosser Rat's record)
                roles.append(described.group("description"))
                if described.group("note"):
                    roles.append(described.group("note"))
                punct, end = described.group("punct"), described.end()
                break
            elif roles and part["word"] and (said := self._said_after(text, token.start("word"))):
                # "THE MINISTER OF CULTURE (SHRI X) moving the motion …, said:": what the holder
                # does, then the verb of saying, as a synopsis of debates prints the turn
                punct, end = ":", said
                break
            elif (
                part["number"]
                and words
                and not roles
                and text[name_start:name_end].isupper()
                and self.config.offices.fullmatch(text[name_start:name_end].casefold())
                and NUMBERED_OFFICE.match(text, token.start("number"))
            ):
                continue  # "FISCAL 23 SECCIONAL:": the office's number, a word of the office after it
            elif part["number"] and words == 1 and not roles and COLLAR.match(text, name_start):
                continue  # "0.14  PC 2291 REID:": a rank's collar number, a tape's counter first
            elif (
                part["number"]
                and words >= SEAT_WORDS
                and not roles
                and self._seat_held(text[name_start:name_end])
                and SEAT_AFTER_NUMBER.match(text, pos)
            ):
                # "Fakafofonga Fika 3 'o Tongatapu:": a seat's number, its place after it, after an
                # office and the word for number
                continue
            elif (
                part["number"]
                and part["number"].isdigit()
                and words >= SEAT_WORDS
                and not roles
                and not cased(text[name_start:name_end])
                and self._seat_held(text[name_start:name_end])
                # the word for the constituency before its number ("เขต 3", "ເຂດເລືອກຕັ້ງທີ 3"), no
                # date's ("ວັນທີ 15") nor legislature's ("ຊຸດທີ 9")
                and text[name_start:name_end].split()[-1].endswith(self.config.any_seat_number)
                and (seated := UNCASED_SEAT_AFTER_NUMBER.match(text, pos)) is not None
                and not cased(seated.group())
                # no sentence going on after the number ("เขต 2 ได้เสนอญัตติ:")
                and not seated.group().split()[0].startswith(self.config.seat_clause_words)
            ):
                continue  # "ທ່ານ X ສະມາຊິກສະພາແຫ່ງຊາດ ເຂດເລືອກຕັ້ງທີ 3 ແຂວງຫຼວງພະບາງ:": the seat's province
            elif (
                part["number"]
                and 2 <= words <= SEAT_PLACE_WORDS + 1
                and not roles
                and part["number"].isdigit()
                and self._office_after_seat(text, name_start, name_end, pos)
            ):
                # "Tongatapu No. 3 People's Representative:": the seat's place and number first,
                # the office after them
                continue
            elif roles or (part["number"] and words) or (part["comma"] and (comma >= 0 or not words)):
                return None
            elif part["comma"]:
                comma = token.start("comma")
            elif part["word"]:
                word = part["word"]
                if (
                    not words
                    and lower_case(word[0])
                    and not self._degree_first(text, token)
                    # a record typed in lower case throughout prints its offices so: "predsednik:"
                    and not (
                        self.lower_typed
                        and self.config.offices.match(word.casefold())
                        and COLON_NEXT.match(text, token.end())
                    )
                    and not self._lower_office_first(text)
                ):
                    return None  # a label starts with a capital (or a letter without case)
                words += 1
                # the particles of a long office count for nothing: "La Delegada del Área de
                # Gobierno de Medio Ambiente y Movilidad, doña Inés Sabanés Nadal:"; printed in
                # CAPITALS they are words of a heading ("… ЗА ИЗМЕНЕНИЕ И ДОПЪЛНЕНИЕ НА ЗАКОНА …")
                particles += word.islower() and word.casefold() in self.config.particles
                name_start = token.start("word") if name_start < 0 else name_start
                if words - particles > GENERIC_WORDS and not (
                    words <= CAPITALS_WORDS
                    and (
                        text[name_start : token.end()].isupper()
                        or _described_capitals(text, name_start, comma)
                    )
                ):
                    return None
                name_end = token.end()
                # a degree's faculty in lower case after the degree's stop, as German and Swiss
                # courts print counsel and experts ("lic. iur. X:", "Dr. rer. nat. Y:")
                faculty = after_abbreviation and word.islower() and len(word) <= ABBREVIATED_LETTERS
                compound = (part["stop"] or "").endswith("-")  # "Kl.-Vertr.": the first abbreviation
                if (
                    part["stop"]
                    and initial(word)
                    and words > 2
                    and (initialled := self._office_initialled(text, name_start, pos))
                ):
                    return initialled
                if (
                    part["stop"]
                    and not (
                        initial(word)
                        # "Member Ts.Batbayar:": Ц's initial; "Ch. Dickens (1850):" a citation's forename
                        or (
                            word in self.config.digraph_initials
                            and not _CITED.match(text, token.end("word") + 1)
                        )
                        or faculty
                        or compound
                        or (
                            self.config.unarticled(word).casefold() in self.config.abbreviations
                            and not self._place_abbreviated(text[name_start : token.start("word")], word)
                            and not (words == 1 and self._initials_alone(word, text, pos))
                        )
                        or self._hyphened_abbreviation(word)
                        or (
                            after_abbreviation
                            and two_word_title(
                                " ".join(text[name_start : token.start("word")].split()[-1:]),
                                word,
                                self.config,
                            )
                        )
                        or (
                            len(word) <= ABBREVIATED_LETTERS
                            and word[:1].isupper()
                            and word[1:].islower()
                            and (
                                ABBREVIATED_REST.match(text, pos)
                                or self._abbreviated_holder(text, pos, after_abbreviation)
                            )
                        )
                        or self._abbreviated_forename(text, name_start, token.start("word"), word, pos)
                        or self._dotted_word(word, text, token.end())
                        # "นายก อบต.:", "ผอ.กองช่าง:": a Thai, Lao or Khmer word's stop is an
                        # abbreviation's, as those scripts end no sentence with one
                        or (without_stops(word[-1:]) and _STOPLESS_REST.match(text, pos) is not None)
                        or (
                            (words == 1 or after_abbreviation)
                            and self.config.title_before_name(text, token.start("word"), token.end())
                        )
                    )
                ):
                    name_end, punct, end = token.end("word"), ".", pos
                    break
                abbreviated = bool(part["stop"])
        if words - particles > GENERIC_WORDS and not (
            (roles or _described_capitals(text, name_start, comma)) and punct in (":", "：")
        ):
            return None  # a long heading in CAPITALS, no office: the office names its holder
        if words - particles > CAPITALS_UNHELD_WORDS and not self._holder_before(
            text, len(text[:end].rstrip()) - 1
        ):
            # the offices of a minister of two or three ministries name their holder in brackets;
            # a report's or a bill's title as long does not ("THE REPORT OF THE COMMITTEE ON … OF
            # THE COMMITTEE (2022-23) (SEVENTEENTH LOK SABHA): LAID ON THE TABLE")
            return None
        if quoted >= 0 and not self._quoted_body(text, name_start, quoted, name_end):
            return None  # "Он сказал «Нет»:", "Министр назвал программу «Новая Волна»: это …"
        if not punct and roles and end and not self._noted_letter(text[name_start:name_end], roles[0]):
            # a name in CAPITALS and its role, the colon left out
            name = text[name_start:name_end]
            return Candidate(name, roles[0], "", end, text[:end].rstrip(), self._title_of(name))
        stop_dash = STOP_DASH.match(text, end) if punct == "." else None
        if stop_dash:  # "Sr. Santilli.- …", "El señor BIANCHI.- …": Latin American records
            punct, end = ". " + stop_dash.group(1), stop_dash.end()
        if not punct or (
            end < len(text)
            and not text[end].isspace()
            and not closes_unspaced(punct, text[end : end + _CLOCK_SPAN], text[end - 2 : end - 1])
            and not (punct == ":" and text[end - 1] in "–—")  # "…:—Je prie": the colon's dash
        ):
            return None
        if punct == ".":
            dash = DASH_AFTER.match(text, end)
            if dash:
                punct, end = ". " + dash.group().strip(), dash.end()
        segments: list[str] = []
        while punct in "-–—" and (segment := CAPS_SEGMENT.match(text, end)) and len(segments) < 3:
            segments.append(segment.group("segment"))
            end = segment.end()
        if segments:
            roles = [" - ".join(segments), *roles]
        mark = self._pair_mark.match(text, name_start) if name_start >= 0 else None
        if (
            mark
            and self._title_of(text[mark.end() : name_end])
            and not self._whole_office(text[name_start:name_end])
        ):
            name_start = mark.end()  # "1 Q. MR. X:": the question's letter, no initial of the asker
        # a justified line's spaces run together inside the name ("Tuan  Haji  Rosli  bin  Ahmad:", a
        # PDF's text): one name, as printed with one space
        name = SPACE_RUN.sub(
            " ", "".join(before for before, _ in joined) + text[name_start:name_end].rstrip(" ,")
        )
        if joined:  # each member's role, in the order of the names
            roles = ["; ".join([*(role for _, role in joined), *roles[:1]]), *roles[1:]]
        *given, last = name.split() or [""]
        # in lower case ("Ville Niinistö vihr:") or in capitals after a surname ("Abg. Andreas Stoch
        # SPD:"), never after an article ("Fraktion der SPD: 19 Stimmen", a vote's count by group)
        listed = last in self.config.parties or (
            last.isupper()
            and last.casefold() in self.config.parties
            and len(given) >= 2
            and given[-1][:1].isupper()
            and given[0].casefold() not in self.config.articles
        )
        party = last if punct in (":", "：") and len(given) >= 2 and listed else ""
        if party:  # "Ville Niinistö vihr:"
            name, roles = " ".join(given), [party, *roles]
        if slashed:
            # an office before the slash and its holder after it ("위원장/홍길동:",
            # "기획재정부장관/김철수:"): the holder, as in brackets after an office, no party
            office_held = office_ends(name, self.config) and not office_ends(slashed, self.config)
            party, roles = ("" if office_held else slashed), [slashed, *roles]
        description = text[comma + 1 : name_end].strip() if comma >= 0 else ""
        # where two parts follow the name's comma before the colon ("X, A, B:"), the second's place
        parted = punct in (":", "：") and comma >= 0 and not roles and "," in description
        second_part = text.index(",", comma + 1) + 1 if parted else -1
        if surnamed >= 0 and punct in (":", "："):
            name, roles = text[name_start:surnamed], [text[surnamed + 1 : name_end].strip(), *roles]
        elif (
            (
                # a stop and a dash end it, or a colon and a dash ("M. X, au milieu du bruit:—Je …")
                (punct.startswith(". ") or (punct == ":" and text[end - 1] in "–—"))
                and (
                    description[:1].islower()
                    or self.config.offices.search(description.casefold())
                    or self._on_behalf(description)
                )
            )
            or (
                # a spaced dash after an office in lower case the vocabulary knows ("Ante X,
                # vijećnik – Zahvaljujem.", a county assembly's minutes)
                punct in ("-", "–", "—") and self._lower_office(description)
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
        elif second_part >= 0 and (
            (grouped := self._group_then_role(text, name_start, comma, second_part))
            or _role_then_firm(text, name_start, comma, second_part, self.config)
        ):
            # two parts after the name's comma: "Kollegin Eva Roth, ver.di, Delegierte aus Hamburg:"
            # (her union, then her role) or "RAVI SUNDARAM, CFO, LINDEN MOTORS:" (his role, then his firm)
            first, _, second = description.partition(",")
            role, party = (second, first) if grouped else (first, second)
            name, roles, party = text[name_start:comma], [role.strip()], party.strip()
        elif second_part >= 0 and self._office_body_seat(text, name_start, comma, second_part):
            # the office and the committee it heads, the holder's seat after: "Chairman, Finance
            # Committee, Northshire:"
            body, _, seat = description.partition(",")
            name, roles = f"{text[name_start:comma].strip()}, {body.strip()}", [seat.strip()]
        elif second_part >= 0 and self._holder_then_party(text, name_start, comma, second_part):
            # the office, its holder and the holder's party: "Minister for Health, Jane Doe, Labour:"
            named, _, after = description.partition(",")
            name, roles, party = named.strip(), [text[name_start:comma].strip()], after.strip()
        elif (
            punct in (":", "：")
            and comma >= 0
            and not roles
            and self._affiliated_after_comma(text[name_start:comma], description)
        ):
            name, roles = text[name_start:comma], [description]  # "TS. Nguyễn Văn An, Viện Kinh tế:"
        elif (
            punct in (":", "：")
            and comma >= 0
            and not roles
            and self._holder_after_comma(text[name_start:comma], description)
        ):
            name, roles = description, [text[name_start:comma].strip(), *roles]
        elif (
            punct in (":", "：")
            and comma >= 0
            and not roles
            and (is_party(description) or self._affiliated(description))
            and self._particled_name(text[name_start:comma])
        ):
            # "Eva von Rath, DIE LINKE:", "Jógvan á Lakjuni, Fólkaflokkurin:": her party, his
            name, roles = text[name_start:comma], [description]
        elif (
            punct == "."
            and comma >= 0
            and not roles
            and _initialled_described(text[name_start:comma], description)
        ):
            name, roles = text[name_start:comma], [description]  # "КРАВЧУК Н.І., Житомирська область."
        elif roles and comma >= 0 and self._place_after_comma(text[name_start:comma], description):
            name = text[name_start:comma]  # "Madeleine Muster, Schwanden-Sigriswil (SVP).": her place
        elif (
            punct in (":", "：")
            and comma < 0
            and not roles
            and (holder_office := _joined_holder_office(name, self.config))
        ):
            name, roles = holder_office  # "นายบุญเลิศ ศรีงาม ส.อบต. หมู่ 7:": the member, his post and village
        title = self._title_of(name)
        # the clock in brackets among the roles ("Frank Sve (FrP) [10:01:37 ]:", the Storting's
        # record) is the label's time, not a role, before the part the speaker has in the debate
        # too ("Per Olsen (H) [10:02:15] (ordfører for saken):", the rapporteur of the item)
        clocks = [
            found for found in BRACKETED.finditer(text, 0, end) if re.fullmatch(CLOCK, found.group(1).strip())
        ]
        clock = clocks[-1].group(1).strip() if clocks else ""
        time = ""
        if clock and clock in roles[-2:]:
            at = len(roles) - 1 - roles[::-1].index(clock)
            roles, time = roles[:at] + roles[at + 1 :], clocks[-1].group()
        return Candidate(
            name,
            roles[0] if roles else None,
            punct,
            speech_start(text, end),
            text[:end],
            title,
            time=time,
            party=party,
        )

    def _affiliated_after_comma(self, name: str, description: str) -> bool:
        """Whether *description*, after a name's comma before the colon, names the body the
        speaker comes from: capitalised, opening with an institution's or a department's words
        (``affiliations``, ``departments``: "TS. Nguyễn Văn An, Viện Kinh tế:"): his role, the
        name who speaks. The name is two words or more, each capitalised, neither an office nor a
        body: a sentence's words before a comma are not ("Hôm nay, Bộ Tài chính:", "Theo Bộ
        trưởng, Viện Kinh tế:")."""
        words, folded = name.split(), name.casefold()
        return (
            description[:1].isupper()
            and len(words) >= 2
            and all(word[:1].isupper() for word in words)
            and not (folded + " ").startswith(self.config.any_affiliations)
            and self.config.offices.match(folded) is None
            and (description.casefold() + " ").startswith(self.config.any_affiliations)
        )

    def _visarga_named(self, name: str) -> bool:
        """Whether *name*, before a visarga glued as its colon, opens with a forename's
        abbreviation (``abbreviated_forenames``: "মোঃ রহিম উদ্দিনঃ", a member's name with no form
        of address) and holds no clause's word: "মোঃ রহিম উদ্দিন বলেনঃ" reports what he said. Any
        other word cut by its visarga is no name's ("পোঃ রামপুর বাজারঃ", a post office's address;
        "বিঃ দ্রঃ …ঃ", a note)."""
        words = name.split()
        return (
            len(words) >= 2
            and words[0] in self.config.any_abbreviated_forenames
            and not any(word in self.config.any_clause_words for word in words)
        )

    def _initials_alone(self, word: str, text: str, pos: int) -> bool:
        """Whether *word*, a label's first word before its stop at *pos*, is two capitals that
        abbreviate no form of address (``titles``) and no colon follows on its line ("TS. In 1962,
        straight from school.", an oral history's initials): the stop ends the label, though the
        same letters before a name and a colon abbreviate a title ("TS. Vũ Minh Châu:", the
        Vietnamese doctor's)."""
        return (
            len(word) == _INITIALS_LETTERS
            and word.isupper()
            and not self.config.titles.fullmatch(f"{word.casefold()}.")
            and _COLON_ON_LINE.match(text, pos) is None
        )

    def _whole_office(self, name: str) -> bool:
        """Whether *name* is an abbreviated office and no more, its initials spaced ("P. M. –", an
        Italian trial's pubblico ministero): its first letter is no question's letter before a
        form of address ("Q. M. Dupont:")."""
        office = self.config.offices.match(name.casefold())
        return office is not None and office.end() == len(name) and name.endswith(".")

    def _hyphened_abbreviation(self, word: str) -> bool:
        """Whether *word*, before its stop, is a full word joined by its hyphen to a capitalised
        abbreviation, as a German court's minutes print the joint plaintiff's counsel
        ("Nebenkläger-Vertr. RA X:"): the stop is the abbreviation's, no sentence's end."""
        head, hyphen, cut = word.rpartition("-")
        return bool(head and hyphen) and cut[:1].isupper() and cut.casefold() in self.config.abbreviations

    def _dotted_word(self, word: str, text: str, at: int) -> bool:
        """Whether the stop after *word*, at *at* in *text*, is inside a name written with a stop
        and no space, a union's "ver.di": *word* a few letters in lower case and a short word in
        lower case right after the stop, no file's name ("befragung.txt")."""
        after = _DOTTED_REST.match(text, at)
        return word.islower() and len(word) <= _DOTTED_LETTERS and after is not None

    def _abbreviated_forename(self, text: str, start: int, at: int, word: str, pos: int) -> bool:
        """Whether *word*, stopped, is a forename abbreviated to two or three letters between an
        office or a form of address and the surname the colon ends ("Председательтъ Ал.
        Малиновъ:", the Bulgarian Sabranie's record of the 1930s; "Posl. Jos. Novák:"), or first
        with the member's party after the surname ("Ст. Драгановъ (д.):"): the stop is the
        abbreviation's, not the label's."""
        if 2 <= len(word) <= FIRST_FORENAME_LETTERS and word.isupper():
            return self._capitals_forename(text, start, at, word, pos)
        if not (2 <= len(word) <= FIRST_FORENAME_LETTERS and word[:1].isupper() and word[1:].islower()):
            return False
        head = text[start:at].strip() if start >= 0 else ""
        if not head and self._first_forename(text, word, pos):
            return True
        rest = FORENAME_REST.match(text, pos) if len(word) <= FORENAME_LETTERS else None
        if rest is None:
            return False
        if not head:  # the label's first word: its party after the surname tells a member's label
            party = rest.group("party") or ""  # a year in brackets is a citation's: "Ch. Dickens (1850):"
            return bool(party) and not any(char.isdigit() for char in party)
        office = self.config.offices.match(head.casefold())  # inflected: "Председательтъ"
        return self._address(head) or (office is not None and " " not in head[office.end() :])

    def _capitals_forename(self, text: str, start: int, at: int, word: str, pos: int) -> bool:
        """Whether *word*, stopped and in CAPITALS, is a forename cut before the surname and the
        colon (:func:`capitals_forename`), first on its line or after an office or a form of
        address in CAPITALS ("ПРЕДСЕДАТЕЛ ХР. ПЕТРОВ:")."""
        head = text[start:at].strip() if start >= 0 else ""
        if head and not (
            head.isupper() and (self._address(head) or self.config.offices.match(head.casefold()) is not None)
        ):
            return False
        return capitals_forename(word, text, pos, self.config)

    def _first_forename(self, text: str, word: str, pos: int) -> bool:
        """Whether *word*, stopped and first on its line, is a forename abbreviated before the
        surname, the label's colon or stop and the speech after it ("Ελ. Βενιζέλος. Κύριοι …",
        "Вл. Ильин:", "Alex. Dumas:"): the stop is the forename's. A sentence's word or an
        opener is none ("Ja. Gut. …", "So. Danke:"), nor a street's or a place's word (the
        ``place_openers``: "Ul. Długa: …", "Пр. Мира. …"), nor a word before a year in brackets
        (a citation's "Ch. Dickens (1850):")."""
        rest = FORENAME_STOPPED_REST.match(text, pos)
        if rest is None:
            return False
        openers, abbreviated = self.config.any_openers, f"{word.casefold()}."
        if self.config.chairs.match(abbreviated) or self.config.offices.match(abbreviated):
            return False  # "Рәис. Рәхмәт. …": the chair's office abbreviated, then the speech
        if abbreviated in self.config.place_openers:
            return False  # "Ul. Długa: …", "Пр. Мира. …": a street's or a place's word, no forename
        return not any(
            w.casefold() in openers or w.casefold() in self.config.any_clause_words
            for w in (word, rest.group("surname"))
        )

    def _particled_name(self, name: str) -> bool:
        """Whether *name* is a forename and a surname in Mixed case with a particle in lower
        case between them, after a form of address perhaps ("Eva von Rath", "Dr. Jan van der
        Berg"): a member's name, as the name pattern reads it without the particle."""
        words, particles = name.split(), self.config.particles
        words = words[1:] if words and self.config.titles.fullmatch(words[0]) else words
        named = [word for word in words if word.casefold() not in particles]
        return (
            len(named) >= 2
            and len(named) < len(words)
            and all(word.islower() for word in words if word.casefold() in particles)
            and all(PLAIN.fullmatch(word) and word[:1].isupper() and not word.isupper() for word in named)
        )

    def _capitalised_words(self, name: str) -> bool:
        """Whether *name* is in CAPITALS, or each of its words capitalised but a name's particles
        ("Mhe. Juma Hamisi Mkomwa"): a name that a kind of speech in lower case may follow."""
        particles = self.config.particles
        return name.isupper() or all(w[:1].isupper() or w.casefold() in particles for w in name.split())

    def _button_after(self, text: str, pos: int) -> bool:
        """Whether the rest of the line after *pos* is the link a speech archive sets beside the
        speaker's name ("Oireachtas source"): no speech's words, the speech is below."""
        rest = text[pos:].split("\n", 1)[0].strip()
        return any(
            p.name == "web-speech-buttons" and p.regex.fullmatch(rest) for p in self.config.furniture_lines
        )

    def _word_said(self, generic: Candidate | None, office: str) -> bool:
        """Whether *generic*, read on past the abbreviated *office* to the next stop, adds one word
        that is a common word of the record's language or a sentence's opener ("PRES. Prego.",
        "PRES. Grazie.", an Italian trial's president; "PRES. Respinta.", the vote's result): a
        speech of one word, no holder's name."""
        if generic is None or not generic.name.startswith(f"{office}."):
            return False
        added = generic.name[len(office) + 1 :].split()
        return len(added) == 1 and (
            added[0].casefold() in self.common or added[0].casefold() in self.config.any_openers
        )

    def _named_after(self, text: str, stop: int) -> bool:
        """Whether a capitalised name and a verb of reported speech follow an abbreviated
        office's stop at *stop* ("Cllr. Moss said that …", "Cllr. Hale seconded."): the minutes
        report what the holder did, the abbreviation is the name's title, no label; a sentence's
        first word ("Präs. Die Sitzung ist eröffnet.", a common word of the record's language or
        an opener) or a verb of no report ("Präs. Nun kommen wir …") leaves the office the label."""
        named = _NAME_THEN_VERB.match(text, stop)
        if named is None or named.group("verb") not in self.config.reported:
            return False
        first = named.group("name").split()[0].casefold()
        return not (
            first in self.common or first in self.config.any_openers or first in self.config.particles
        )

    def _whole_name(self, head: str) -> Candidate | None:
        """*head* read as a label would be read with a colon after it, where all of it is the
        name: a table's first cell, a name before its clock, a name alone in a script without case."""
        named = self._candidate(head + ":")
        return named if named is not None and named.end >= len(head) else None


# A figure after a spaced arrow, a sum's sign or a minus perhaps before it: the arrow compares
# ("GDP > 2 percent", "Cost > $400"), as no speech after a label's arrow opens.
_COMPARED = regex(r"[ \t]+[-+−$€£]?\d")

# A capitalised name of up to three words and the lower-case word after it: "Moss said", "Jane
# Moss asked" after an abbreviated office's stop.
_NAME_THEN_VERB = regex(
    rf"[ \t]*(?P<name>[{UPPER}][^\W\d_'’-]+(?:[ \t]+[{UPPER}][^\W\d_'’-]+){{0,2}})"
    rf"[ \t]+(?P<verb>[{SMALL}]+)\b"
)

# The holder's surname in brackets with a colon of its own after an office's colon, as a Spanish
# Diario prints who presides ("EL Sr. VICEPRESIDENTE: (Portilla ):"): the label's role; a note
# on the speech so printed ("MAJOR WARREN:  (Continuing):") is none.
_HOLDER_AFTER_COLON = regex(r"[ \t]*\((?P<holder>[^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[ \t]*)\)[ \t]*:")

# The rest of a label's line after its colon, the line's end or the speech's line under it: where
# the rest is a name, the holder of the office before the colon (``GenericLabels._holder_alone``).
_HOLDER_LINE = regex(r"[ \t]+(?P<holder>[^\n]{1,80}?)[ \t]*(?:\n(?=[ \t]*\S)|$)")
_HOLDER_NAMED = 2  # a holder's words that are no form of address, at least: forename and surname

# The initials of a forename an editor supplied in square brackets before a surname, as an edition
# of a historic record prints them ("[M.] Miková:"); a word so bracketed is a note ("[Beifall]").
_SUPPLIED_FORENAME = regex(r"(?:[^\W\d_]\.[ -]?){1,3}")


def _described_capitals(text: str, name_start: int, comma: int) -> bool:
    """Whether a name in CAPITALS of two words or more comes before the comma that opens a
    description in lower case: a long description is a label's ("LEZSÁK SÁNDOR, az oktatási és
    tudományos bizottság elnöke, a napirendi pont előadója; valamint …:"), as a sentence is not."""
    if comma < 0 or name_start < 0:
        return False
    name = text[name_start:comma].split()
    described = text[comma + 1 :].lstrip()[:1].islower()
    return len(name) >= 2 and all(word.isupper() for word in name) and described


def _joined_holder_office(name: str, config: Config) -> tuple[str, list[str]] | None:
    """The holder and the office of *name*, a label in a script without case that opens with a
    form of address (``joined_titles`` joined to the forename, or ``titles`` of a word or two set
    apart), the holder's two names after it and an office's word after them ("นายบุญเลิศ ศรีงาม
    ส.อบต. หมู่ 7", "ທ່ານ ນາງ ຄຳແພງ ວົງສາ ສະມາຊິກສະພາ…", "ឯកឧត្តម សុខ ចាន់ថា តំណាងរាស្ត្រ…", a
    Thai, Lao or Khmer member and the post or the seat after the name): the name the title and the
    two words print, the rest its role, as the same minutes' tab and dash or brackets print it."""
    words = name.split()
    if len(words) < 3 or cased(name) or config.offices.match(words[0].casefold()):
        return None
    if joined_title(words[0], config):
        held = 2
    elif len(words) > 4 and config.titles.fullmatch(" ".join(words[:2]).casefold()):
        held = 4
    elif len(words) > 3 and config.titles.fullmatch(words[0].casefold()):
        held = 3
    else:
        return None
    if any(office_or_title(word, config) for word in words[held - 2 : held]):
        return None
    if not config.offices.match(words[held].casefold()):
        return None
    return " ".join(words[:held]), [" ".join(words[held:])]


def _role_then_firm(text: str, name_start: int, comma: int, at: int, config: Config) -> bool:
    """Whether a name in CAPITALS of two words or more, its role after the *comma* up to the
    comma before *at* and a firm's or a body's few words after that comma, up to the label's
    colon, are all in CAPITALS, as a company call's or a broadcast's transcript prints a speaker
    ("RAVI SUNDARAM, CFO, LINDEN MOTORS:", "KATE BRYLOW, ANALYST, PEMBROKE CAPITAL:"): one
    label, not a name cut at its first comma; so in Mixed case, where the role is one the
    vocabularies know ("Ravi Shah, Analyst, Evercore ISI:"). A dateline and a house's heading
    in CAPITALS are none: a weekday ends a place's dateline ("NEW YORK, N.Y., MONDAY:"), and a
    house in the name or the role heads the record ("UNITED NATIONS, GENERAL ASSEMBLY, FIFTIETH
    SESSION:"; a firm's may name one: "HOUSE OF FRASER")."""
    if name_start < 0:
        return False
    name = text[name_start:comma].split()
    role = text[comma + 1 : at - 1].split()
    firm = _FIRM_CAPITALS.match(text, at)
    if firm is None and all(word[:1].isupper() for word in name) and _known_role(" ".join(role), config):
        # in Mixed case, the role one the vocabularies know: "Ravi Shah, Analyst, Evercore ISI:"
        firm = _FIRM_CAPITALISED.match(text, at)
        name, role = [word.upper() for word in name], [word.upper() for word in role]
    weekday = config.head.get("weekday")
    return (
        _NAMED_WORDS <= len(name) <= _FIRM_WORDS
        and 1 <= len(role) <= _FIRM_WORDS
        and all(word.isupper() for word in name + role)
        and firm is not None
        and not (weekday and weekday.fullmatch(firm.group().rstrip(" \t:：").rpartition(" ")[2]))
        and config.chambers.search(text[name_start : at - 1].casefold()) is None
    )


def _known_role(role: str, config: Config) -> bool:
    """Whether *role* is a participant's word or opens with an office: "Analyst", "Chief Financial
    Officer", "Head of Investor Relations"."""
    folded = role.casefold()
    return folded in config.participants or config.offices.match(folded) is not None


def _initialled_described(name: str, description: str) -> bool:
    """Whether *name*, before a label's comma, is a surname (in CAPITALS or Mixed case) and its
    initials, and *description*, after the comma up to the label's stop, a few capitalised words
    (the member's region or seat), as the Verkhovna Rada's record prints a member asking a question
    ("КРАВЧУК Н.І., Житомирська область.", "Лапшин Г.Т., Тамбовский … округ, Тамбовская
    область."): the name and its role, not a name cut at the comma."""
    words = description.split()
    return (
        _SURNAME_INITIALS.fullmatch(name) is not None
        and 0 < len(words) <= _DESCRIBED_WORDS
        and description[:1].isupper()
        and not description.isupper()
    )


def _initialled(name: str, longer: str, offices: Vocabulary, particles: frozenset[str]) -> bool:
    """Whether *name* is a surname and its initials that *longer*, a label read on to a colon,
    goes on from with a capitalised sentence: the initials end the label and the colon further on
    is the speech's ("Лапина С.И. У меня вопрос к докладчику: …", a member at a hearing asking).
    An office after the initials goes on with the label ("Сидоров А.В. Министр финансов:"), and
    so does a surname and the seat a particle joins to it, capitalised but the particle, as the
    States of Jersey print a deputy ("Deputy R.J. Tadman of St. Helier Central:")."""
    if not _SURNAME_INITIALS.fullmatch(name) or not longer.startswith(name + " "):
        return False
    rest = longer[len(name) + 1 :]
    if offices.match(rest.casefold()):
        return False
    opens = rest[:1].isupper() and (rest[1:2] == " " or rest[1:2].islower())
    # a sentence goes on in lower case; a capitalised word alone is the surname after an office's
    # or a forename's initials ("Deputy P.M. Quérée:", "FS P. Horáček:")
    return opens and any(
        lower_case(word[0]) and word.casefold() not in particles for word in rest.split()[1:]
    )


def _capitals_hyphen(name: str, dash: str, text: str, at: int, config: Config) -> bool:
    """Whether a hyphen glued to a cased *name* is its label's dash: one hyphen after an office in
    CAPITALS or a surname in CAPITALS after its forenames (``BAŞKAN- Evet …``, ``Veli TOPAL-
    Sayın …``), before a space and the speech's capital. A news report's place in CAPITALS before
    its dateline's hyphen is neither (``İSTANBUL- …``, ``NEW YORK- The council …``); a compound's
    suspended part goes on in lower case (``NATO- und EU-Staaten``), a double surname split at its
    hyphen in CAPITALS (``Anna NOWAK- KOWALSKA,``), a dialogue's hyphen after no word in CAPITALS."""
    words = list(dropwhile(lambda word: bool(config.titles.fullmatch(word)), name.split()))
    return (
        dash == "-"
        and bool(_CAPITALS_WORD.search(name))
        and (bool(config.offices.match(name.casefold())) or surname_in_capitals(words, config))
        and bool(_SPEECH_CAPITAL.match(text, at))
    )
