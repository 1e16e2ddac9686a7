"""Labels alone on their line: a name or an office with no punctuation, a member and party, an
office and its holder, a clock after the name; and what is a heading rather than a label."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from stenogram.transcript.candidate import (
    ENUMERATOR,
    UNSPACED_WORD,
    UPPER,
    Candidate,
    uncased,
    without_stops,
)
from stenogram.transcript.events import stage_type
from stenogram.transcript.frontmatter import dated
from stenogram.transcript.labels.generic import GenericLabels
from stenogram.transcript.labels.patterns import (
    CAPITALISED,
    CLOCK_ENDS,
    DASH_LEAD,
    DAY_CLOCK_ALONE,
    DAY_CLOCK_END,
    DOTTED_CLOCK,
    GENERIC_SPAN,
    GLUED_DASH,
    HOLDER_AFTER,
    INNER_CAPITAL_HEAD,
    JOINED_WORDS,
    LINE_END_CLOCK,
    LINE_END_CLOCK_SPAN,
    MARKDOWN_HEADING,
    MEMBER_WORDS,
    NAME_WORD,
    OFFICE,
    OFFICE_WORDS,
    PERSON_CODE,
    POSSESSIVE,
    QUALIFIED_WORDS,
    STOP_THEN_WORD,
    SURNAME_FIRST_PARTY,
)
from stenogram.transcript.labels.shapes import numbered_speaker
from stenogram.transcript.names import (
    ACRONYM_LETTERS,
    chairs,
    office_ends,
    office_or_title,
    portfolio_office,
    postnominal,
)
from stenogram.transcript.regexcache import regex

# A wire's counter of the turns last on a label's line, set off by spaces: "Operator   [1]".
_TURN_COUNTER = regex(r"[ \t]{2,}\[\d{1,4}\][ \t]*$")
# A name, its comma, the firm and a spaced dash before the role, as a wire prints each speaker
# of a call: "Jenna X,  Halvard Industries Inc. - VP of IR".
_NAME_FIRM_ROLE = regex(
    r"(?P<name>[^\W\d_][^,\n]{2,40}),[ \t]+(?P<firm>[^,\n]{2,60}?)[ \t]+-[ \t]+(?P<role>[^\n]{1,60})"
)
# Full-width Latin letters and figures, an abbreviation a Japanese office is printed with
# ("ＳＤＧｓ推進課長", "ＩＣＴ推進室長"): no word of a cased script beside the office.
_FULL_WIDTH_ALNUM = regex("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_SPELLED_CLOCK_SPAN = 48  # characters of a line's end a clock spelt in its units runs to, at most
# A note in brackets last on the line: "(12:05 horas)", "(desde la curul)".
_NOTE_LAST = regex(r"[ \t]+\((?P<note>[^()\n]{1,60})\)[ \t]*$")
# Brackets last on the line, one or more, the first read as the role: "(Lab)", "(Bristol East) (Lab)".
_BRACKETS_LAST = regex(r"[ \t]*\((?P<role>[^()\n]{1,60})\)(?:[ \t]*\([^()\n]{1,60}\))*$")
# The last of two brackets at a line's end: "(Baroness X) (Lab)".
_PARTY_LAST = regex(r"(?<=\))[ \t]*\((?P<party>[^()\n]{1,60})\)$")
# A closing bracket and a word after it, perhaps after the label's stop and dash: "(ZAVALLONI)
# Tiene …", "(MEDRANO).- Tiene …".
_WORDS_AFTER_BRACKET = regex(r"\)[^\w()]*?[ \t]\w")
# A dash set apart by spaces, or after the label's stop ("X.- Dear …"), with words after it: a
# label's dash and the speech on its line.
_DASH_THEN_WORDS = regex(r"[ \t.](?:--|[-–—])[ \t]+\S")
# A dash set apart by spaces between a name and its role, or between two parts of a role; a
# roll's hyphen glued to a surname in CAPITALS is such a dash too ("Veli TOPAL- Meclis Üyesi"), as
# a label's is before the speech.
_ROLE_DASH = regex(rf"(?:[ \t]+|(?<=[{UPPER}]{{2}}))(?:--|[-–—])[ \t]+")
_PARTY_WORDS = 2  # a party's short name in a member's brackets: "(PLR)", "(Les Vert-e-s)"
# A firm's abbreviated ending last in a role of two parts or more, its stop no sentence's:
# "Ana Ruiz, Head of Investor Relations, Acme Corp.", "…, Halvard Industries Inc.".
_FIRM_STOP = regex(r"(?<=[ \t])[^\W\d_][^\W\d_]{1,3}\.$")
_ROLE_PARTS = 3  # a firm, a desk and a part at most: "X - Y Bank - Research - Equity - Analyst" is none
# A question's or an answer's letter and a spaced dash before a name: "Q - Mark Mahaney".
_LETTERED = regex(r"(?P<letter>[^\W\d_])[ \t]+(?:--|[-–—])[ \t]+(?P<name>\S.*)")


class AloneLabels(GenericLabels):
    """Reads labels printed alone on their line."""

    def dashed_role(self, line: str) -> Candidate | None:
        """A person's name alone on its line, a spaced dash after it and their role or their
        firm and role ("Meera Rao - CFO", "Jane Doe -- Head of Investor Relations", "Tim Arcuri
        -- UBS -- Analyst"), as the web copies of an earnings call print each speaker above the
        words: the role in its dashes is the role in brackets, no speech; the name has two words
        at least and every part of the role opens with a capital. A name that an office opens
        already prints its role, and a role that repeats the name's words is a witness saying it:
        after such a dash the words are speech ("Witness Anna Reyes – Doctor Paul Okafor",
        "Anna Reyes – Anna Reyes"); words in CAPITALS joined as a heading's are none. The role may
        be an office in lower case (:meth:`_lower_office`); the office first, its holder after
        the dash, is :meth:`office_holder`."""
        parts = _ROLE_DASH.split(line.strip())
        if not 2 <= len(parts) <= _ROLE_PARTS + 1:
            return None
        lower = len(parts) == 2 and self._lower_office(parts[1])
        return self._named_role(parts[0], parts[1:], line, lower)

    def _lower_office(self, role: str) -> bool:
        """Whether *role*, after a name's dash, is an office of the vocabulary in lower case and
        no more ("Ковалёв П.С. – председатель комиссии", "Marco Rossi – consigliere comunale"), as
        Russian, Ukrainian and Romance minutes print the office after the name: its own words, no
        stop or comma of a sentence going on."""
        return (
            role[:1].islower()
            and role[-1:].isalpha()
            and not any(mark in role for mark in ".,;:!?")
            and bool(self.config.offices.match(role.casefold()))
        )

    def office_holder(self, line: str) -> Candidate | None:
        """An office, a spaced dash and its holder's name alone on the line ("Председатель –
        Ковалёв П.С.", "Presidente – Onorevole Bianchi", "Secretária — Dra. Ana Lopes"), as
        commissions', councils' and boards' minutes print each speaker above the words: read as
        the office and its holder in brackets are (:meth:`_office_and_holder`), the office the
        name and the holder its role, so the person is the holder's. Over speech that opens with
        no label the line is the label; over the holder's own label it is the chair calling them,
        and the turns' reader keeps the office's dash the label there. The holder is a person's
        name printed as one, with a title, initials or two capitalised words, no office; the
        office has no stop or comma inside, so an agenda's item ("1. Отчёт – Ковалёв П.С.") or a
        sentence's dash reads none; the office's own words after its first are in lower case, so
        a witness named before the dash ("Witness Anna Reyes – Doctor Paul Okafor") is no office."""
        parts = _ROLE_DASH.split(line.strip())
        if len(parts) != 2 or any(mark in parts[0] for mark in ".,;:!?"):
            return None
        office, holder = parts
        if not (office.isupper() or all(word.islower() for word in office.split()[1:])):
            return None
        found = self._bare.fullmatch(holder)
        if found is None or found.group("role") or self.config.offices.match(holder.casefold()):
            return None
        words = holder.split()
        person = bool(found.group("title")) or "." in holder or len(words) >= MEMBER_WORDS[0]
        if not (person and all(word[:1].isupper() for word in words)):
            return None
        return self._office_and_holder(f"{office} ({holder})", line)

    def _comma_office(self, line: str) -> Candidate | None:
        """A person's name alone on its line, a comma and their office after it ("Sarah Quinn,
        Chair of the Board", "Tom Hale, Chief Financial Officer", "Jean Martin, directeur
        financier"), as company meetings', earnings calls' and press conferences' web copies
        print each speaker above the words: read as the name and role after a spaced dash are
        (:meth:`dashed_role`), where an office of the vocabulary opens or ends a word of the
        role, since a byline's, an agenda's or a dateline's words after a comma name none ("By
        John Smith, Staff Writer", "Item 3, Finance Report", "London, 4 March"). A role in
        lower case is the office's own words, as French and Spanish print it; a stop after it
        ends a sentence ("… nous accueillons M. X, directeur général de l'agence."). An office
        of two or three parts is printed with a comma between them, the firm's abbreviated
        ending perhaps last ("Daniel Okoro, Senior Vice President, Sales", "Ana Ruiz, Head of
        Investor Relations, Acme Corp."): its parts read as the dashed form's."""
        name, _, role = line.strip().partition(", ")
        parts = role.split(", ")
        firm = _FIRM_STOP.search(parts[-1]) if len(parts) > 1 else None
        read = [*parts[:-1], parts[-1][:-1]] if firm else parts
        if len(parts) > _ROLE_PARTS or ". " in role or not all(part[-1:].isalpha() for part in read):
            return None  # a stop inside: the label's, a hard-wrapped speech after it
        if not any(self._office_part(part.casefold()) for part in read):
            return None
        lower = len(parts) == 1 and role[:1].islower() and bool(self.config.offices.match(role.casefold()))
        named = self._named_role(name, read, line, lower)
        return replace(named, role=" – ".join(parts)) if named and firm else named

    def _office_part(self, part: str) -> bool:
        """Whether an office of the vocabulary opens *part*, a part of a role in lower case
        ("head of investor relations"), or ends one of its words ("senior vice president")."""
        words = part.split()
        return bool(self.config.offices.match(part)) or any(office_ends(word, self.config) for word in words)

    def _named_role(self, name: str, role: list[str], line: str, lower: bool = False) -> Candidate | None:
        """The name and the parts of its role of :meth:`dashed_role`, read as a label where the
        name is a person's and every part a role's (*lower*: the role an office in lower case)."""
        found = self._bare.fullmatch(name)
        if found is None or len(name.split()) < MEMBER_WORDS[0]:
            return None
        # a party's short name in brackets after the name is the member's, the one part after
        # the dash her role in the debate ("M. Luc Favre (PLR) — Rapporteur-trice", a Swiss
        # cantonal council's web copy)
        party = found.group("role") or ""
        if party and (len(role) > 1 or len(party.split()) > _PARTY_WORDS):
            return None
        if self.config.offices.match(name.casefold()) or set(name.split()) & set(" ".join(role).split()):
            return None
        if name.isupper() and self._linked(name):
            return None  # "ENTRANCE OF THE GOVERNOR - GENERAL": a heading's compound, spaced
        if not (lower or all(self._role_part(part) for part in role)):
            return None
        # a calendar date after the dash is a sitting's, the line the record's title ("CHAMBRE DES
        # DÉPUTÉS — SÉANCE DU 4 JUILLET 1905"): no one's role is dated
        if dated(" ".join(role), self.config):
            return None
        title = (found.group("title") or "").strip()
        return Candidate(found.group("name"), " – ".join(role), "", len(line), line, title, party=party)

    def dashed_title(self, cand: Candidate) -> bool:
        """Whether *cand*, a name alone on its line with its role after a dash, is a title in
        CAPITALS either side of the dash ("BOSE VAKATURAGA – VEITALANOA", a body's name and the
        record's kind): asked where the line below opens with a label of its own, since a
        speaker's name and role in CAPITALS over the speech ("JANE MORROW – ANALYST") print so
        too."""
        role = cand.role or ""
        return (
            cand.name.isupper()
            and bool(role)
            and not cand.party
            and all(self._heading_half(part) for part in role.split(" – "))
        )

    def _heading_half(self, part: str) -> bool:
        """Whether *part*, after the dash of a name in CAPITALS alone on its line, is a title's
        second half: words in CAPITALS longer than an acronym ("CFO", "UBS" are a role's and a
        firm's) and no office of the vocabulary ("VEITALANOA", "VERBATIM REPORT")."""
        return (
            part.isupper()
            and all(len(word) > ACRONYM_LETTERS for word in part.split())
            and not self.config.offices.search(part.casefold())
        )

    def _linked(self, name: str) -> bool:
        """Whether a word inside *name* links a place or a portfolio ("OF", "TO"), as a
        heading's words are joined, no person's name in CAPITALS."""
        links = self.config.place_links | self.config.office_links
        return any(word.casefold() in links for word in name.split()[1:-1])

    def _lettered_name(self, line: str) -> Candidate | None:
        """A question's or an answer's letter, a spaced dash and the asker's or the answerer's
        name alone on the line ("Q - Mark Mahaney" / "A - Ruth Porat"), as a financial wire's
        transcript of an earnings call prints each analyst and executive in its questions: the
        name the label's, the letter and its dash printed before it."""
        found = _LETTERED.fullmatch(line.strip())
        if found is None or not any(found["letter"] in pair for pair in self.config.short_labels):
            return None
        named = self._bare.fullmatch(found["name"])
        if named is None or named.group("role") or len(found["name"].split()) < MEMBER_WORDS[0]:
            return None
        title = (named.group("title") or "").strip()
        prefix = line.strip()[: found.start("name")].strip()
        return Candidate(found["name"], None, "", len(line), line, title, prefix=prefix)

    def _slashed_seat(self, line: str) -> Candidate | None:
        """A name alone on its line after which two languages' letters of the member's seat are
        joined by a slash ("Buffy Williams AS/MS", the Senedd's web copy): read as the name with
        the last letters alone, the pair printed in the label and kept in the name."""
        head, _, letters = line.rstrip().rpartition(" ")
        if "/" not in letters or not postnominal(letters, self.config):
            return None
        last = letters.rsplit("/", 1)[1]
        inner = self._bare_line(f"{head} {last}")
        if inner is None or inner.punct or not inner.name.endswith(last):
            return None
        return replace(inner, name=inner.name[: -len(last)] + letters, end=len(line), printed=line)

    def _bare_line(self, line: str) -> Candidate | None:
        if line.endswith("}") and (code := PERSON_CODE.search(line)):
            inner = self._bare_line(line[: code.start()])
            return replace(inner, end=len(line), printed=line) if inner and not inner.punct else None
        if line.endswith("]") and (counter := _TURN_COUNTER.search(line)):
            inner = self._bare_line(line[: counter.start()])
            return replace(inner, end=len(line), printed=line) if inner and not inner.punct else None
        dashed = self.dashed_role(line) or self.office_holder(line) or self._lettered_name(line)
        if dashed is not None:
            return dashed
        if "," in line and (held := self._comma_office(line)) is not None:
            return held
        if "/" in line and (seat := self._slashed_seat(line)) is not None:
            return seat
        if "," in line and (firm := _NAME_FIRM_ROLE.fullmatch(line.strip())):
            # the firm after the name's comma: read as the name, the firm and the role in dashes,
            # the stop of the firm's abbreviated ending no sentence's ("Halvard Industries Inc.")
            short = firm["firm"].endswith(".") and " " in firm["firm"]
            firmed = firm["firm"][: -1 if short else None]
            dashed = self.dashed_role(f"{firm['name']} - {firmed} - {firm['role']}")
            role = f"{firm['firm']} – {firm['role']}"
            return replace(dashed, role=role, end=len(line), printed=line) if dashed else None
        prefix = self.config.prefix.match(line.strip())
        if prefix and prefix.group().strip():  # "Q1. [901234] Jane Smith (Anytown) (Lab)"
            inner = self._bare_line(line.strip()[prefix.end() :])
            return (
                replace(inner, end=len(line), printed=line, prefix=prefix.group().strip()) if inner else None
            )
        if line[:1] == "#" and (marks := MARKDOWN_HEADING.match(line.strip())):
            # "### Sarah Kim" over the speech: a meeting's notes exported as Markdown, the name
            # its heading's; read as the line without the marks would be, which name no one
            inner = self._bare_line(line.strip()[marks.end() :])
            return replace(inner, end=len(line), printed=line) if inner else None  # no marker's weight
        lead = DASH_LEAD.match(line.strip()) or GLUED_DASH.match(line.strip())
        if lead:  # "- La secretaria diputada X", "-La …": the dash Mexico's record prints before a label
            inner = self._bare_line(line.strip()[lead.end() :])
            if inner is None:
                return None
            office = self.config.past_article(inner.name)
            if not (inner.title or self._names_office(office.casefold())):
                return None  # "— Да, Иван Петрович": a line of dialogue
            return replace(inner, end=len(line), printed=line, prefix=lead.group().strip())
        note = _NOTE_LAST.search(line)
        if note and self.config.language_notes.fullmatch(note.group("note").strip().casefold()):
            # "El presidente diputado X (12:05 horas)": the hour or the place it is given from,
            # a note on the speech printed with the label, never its role
            named = line[: note.start()].rstrip()
            inner = self._bare_line(named.removesuffix(","))
            if inner is not None and named.endswith(",") and not self._office_named(inner):
                return None  # "REPORT OF THE COMMITTEE, (continued)": a heading's comma
            return replace(inner, end=len(line), printed=line) if inner and not inner.role else None
        # the hour and minute with their stop where the record prints them before its labels:
        # "14.03 Valtiovarainministeri X" alone over the speech, the Eduskunta's minutes in a PDF
        stamp = self.config.timestamp.match(line.strip())
        dotted = DOTTED_CLOCK.match(line.strip()) if self.dotted_clocks and not stamp else None
        stamp = stamp or dotted
        if stamp and DAY_CLOCK_ALONE.fullmatch(line.strip()):
            return None  # "11:05 AM": the hour and its half of the day, no label after a clock
        if stamp and stamp.end() < len(line.strip()):  # "14:00 Esimees Lauri Kask": a web copy's clock
            inner = self._bare_line(line.strip()[stamp.end() :].lstrip())
            if inner is None and not dotted:
                # "00:00:03 Speaker 1", "[00:00:03] - Orador 2": a service's speaker and number
                inner = self._numbered_alone(line.strip()[stamp.end() :].lstrip(" \t-–—"))
            if inner and dotted and not self._marked_speaker(inner):
                return None  # "10.15 Coffee Break": a programme's item at its hour, no speaker
            return replace(inner, end=len(line), printed=line, time=stamp.group().strip()) if inner else None
        # the clock searched for from its longest's start, not from each space of a long line
        tail = max(0, len(line.rstrip(" \t")) - LINE_END_CLOCK_SPAN)
        clock = LINE_END_CLOCK.search(line, tail) if line.rstrip()[-1:] in CLOCK_ENDS else None
        if clock is None and line.rstrip()[-1:].isalpha():  # "Mia Knudsen 0 minutes 5 seconds"
            clock = self.config.spelled_clock.search(line, max(0, len(line) - _SPELLED_CLOCK_SPAN))
        if clock:
            return self._clocked(line, clock)
        kind = line.rstrip().rsplit(None, 1)
        if len(kind) == 2 and kind[0].endswith(")") and kind[1].casefold() in self.config.speech_kinds:
            # "Anf. 14 Anna Berg (S) replik", a web copy's heading: the kind of speech after the
            # party's brackets, as the printed record has it before the colon
            inner = self._bare_line(kind[0])
            return replace(inner, end=len(line), printed=line) if inner and inner.role else None
        if (
            len(kind) == 2
            and kind[1] in self.config.parties
            and kind[1].islower()
            and (inner := self._bare_line(kind[0])) is not None
            and not inner.role
            and len(inner.name.split()) >= 2
        ):
            # "Anna Virtanen kesk" alone above the speech: a web copy of the Eduskunta's record,
            # the member's party in lower case after the name as the printed record has it before
            # the colon ("Ville Niinistö vihr:")
            return replace(inner, role=kind[1], end=len(line), printed=line, party=kind[1])
        if (noted := self._party_then_kind(line)) is not None:
            return noted
        if (listed := self._listed_party_last(line) or self._office_then_holder(line)) is not None:
            return listed
        found = self._bare.fullmatch(line.strip())
        if self._heading.match(line.strip()):
            return None
        if not found:
            return (
                self._holder_then_party_alone(line)
                # before the office alone, which would read the comma and brackets as its words
                or self._comma_bracketed_alone(line)
                or self._office_alone(line)
                or self._uncased_alone(line)
                or self._qualified_office_alone(line)
                or self._capitals_office_alone(line)
                or self._long_office_alone(line)
                or self._joined_alone(line)
                or self._placed_alone(line)
                or self._surname_first_alone(line)
                or self._addressed_after_article(line)
                or self._titled_bracketed_alone(line)
            )
        title = (found.group("title") or "").strip()
        if not title and regex(OFFICE).match(found.group("name")):  # "M. le président" alone
            title = found.group("name").split()[0]
        cand = Candidate(found.group("name"), found.group("role"), "", len(line), line, title)
        if cand.upper or title or cand.role:
            return cand
        if len(cand.name.split()) >= 2:
            # a name alone opens with its forename, the prefixed surname after it ("Sarah McLeod");
            # an inner capital opening the line is a place's or a brand's ("LaGuardia Airport",
            # "MacBook Pro"), a heading of the speech as the names read before the prefixes were
            return None if INNER_CAPITAL_HEAD.match(cand.name) else cand
        if self.config.offices.fullmatch(cand.name.casefold()):  # "Chairman" alone above the speech
            return cand
        if CAPITALISED.fullmatch(cand.name):  # "Brandauer" alone: a surname or a heading, as the text shows
            return cand
        return None

    def _marked_speaker(self, cand: Candidate) -> bool:
        """Whether *cand*, read after a dotted clock alone on its line, names a speaker by more
        than its capitals: its party, a title or an office opening it ("14.10 Ville Tavio ps",
        "14.03 Valtiovarainministeri X"), as the minutes print every speaker; a capitalised phrase
        alone after such an hour is a programme's or an agenda's item ("10.30 Keynote Address")."""
        return bool(cand.party or cand.title or self._names_office(cand.name.casefold()))

    def _party_then_kind(self, line: str) -> Candidate | None:
        """A member's name, the party in lower case after it and the kind of speech in brackets
        in lower case after that, alone above the speech ("Mikko Laine ps (vastauspuheenvuoro)",
        the Eduskunta's minutes, which print it before the colon on a speech's line too): the
        member's label, the bracket a note on the speech. The note is a kind of speech or a
        manner of giving it (*speech_kinds*, *language_notes*): a list of members in the minutes'
        head prints each one's place in the body so ("Mikko Laine ps (varapuheenjohtaja)")."""
        head, bracket, note = line.rstrip().removesuffix(")").rpartition(" (")
        if not (bracket and line.rstrip().endswith(")") and note.islower() and note.isalpha()):
            return None
        if note not in self.config.speech_kinds and not self.config.language_notes.fullmatch(note):
            return None
        inner = self._bare_line(head)
        return replace(inner, end=len(line), printed=line) if inner and inner.party else None

    def _listed_party_last(self, line: str) -> Candidate | None:
        """A member's name under a form of address or an office and the party after it with no
        parentheses, as the party printed on the line under the name is joined to it ("Deputy
        Mary Lou Harte Sinn Féin", the Oireachtas's web copy): the name, the party its role and
        the member's party, where the party is one the vocabulary lists, capitalised."""
        words = line.split()
        for size in range(_PARTY_WORDS, 0, -1):
            party = " ".join(words[-size:])
            # a forename and a surname at least under the address: "Senator Tom Labour" is a name
            if len(words) - size < 1 + MEMBER_WORDS[0] or not party[:1].isupper():
                continue
            if party.casefold() not in self.config.listed_parties:
                continue
            inner = self._bare_line(" ".join(words[:-size]))
            if (
                inner is not None
                and not inner.role
                and (inner.title or office_or_title(words[0], self.config))
            ):
                return replace(inner, role=party, end=len(line), printed=line, party=party)
        return None

    def _office_then_holder(self, line: str) -> Candidate | None:
        """An office (with its portfolio) and its holder's name after it with no brackets, as
        the holder's name printed on the line under the office is joined to it ("The Taoiseach
        Leo Varadkar", "The Minister for Finance Michael Doyle", the Oireachtas's web copy): read
        as the office with its holder in brackets is. The office opens with its article and an
        office of the vocabulary, capitalised, its other words in lower case particles ("for", "of") and each
        capitalised one after a particle ("for Finance"), as no forename after an office
        addressing its holder is ("Deputy Mary Lou Harte") nor a second office ("La presidenta
        diputada …"). With no article the office needs its portfolio after a particle ("Minister
        for Finance Aoife Quinlan"), as no address before a name has one."""
        words = line.split()
        if len(words) < 1 + MEMBER_WORDS[0]:
            return None
        first = 1 if words[0].casefold() in self.config.articles else 0
        if not first and (len(words) < 3 + MEMBER_WORDS[0] or words[1] not in self.config.particles):
            return None  # "Deputy Mary Lou Harte": an address before a name, no office over it
        for size in (MEMBER_WORDS[0], MEMBER_WORDS[0] + 1):
            office, holder = words[:-size], words[-size:]
            if len(office) < first + 1 or not office[first][:1].isupper():
                continue  # "El diputado X": an address in lower case before a name
            if not all(CAPITALISED.fullmatch(word) for word in holder):
                continue
            if any(word.casefold() in self.config.articles for word in holder):
                continue  # "The Speaker Took The Chair": a heading's words in capitals, no name
            if not self.config.offices.match(" ".join(office[first:]).casefold()):
                continue
            after = office[first + 1 :]
            # "for Finance": a portfolio after a particle; no second office ("La presidenta diputada")
            if any(word.islower() and word not in self.config.particles for word in after):
                continue
            if any(
                word[:1].isupper() and not office[at - 1].islower()
                for at, word in enumerate(after, first + 1)
            ):
                continue
            inner = self._bare_line(f"{' '.join(office)} ({' '.join(holder)})")
            if inner is not None and inner.role:
                return replace(inner, end=len(line), printed=line)
        return None

    def _holder_then_party_alone(self, line: str) -> Candidate | None:
        """An office, its holder in brackets and the holder's party in brackets after them,
        alone above the speech, as the Lords' Hansard prints a minister ("The Minister of State,
        Department for Transport (Baroness X) (Lab)"): read as the office and its holder are
        without the party, the party its own."""
        found = _PARTY_LAST.search(line.rstrip())
        if found is None or not self._party(found.group("party").strip()):
            return None
        inner = self._bare_line(line[: found.start()])
        if inner is None or not inner.role or inner.party:
            return None
        return replace(inner, party=found.group("party").strip(), end=len(line), printed=line)

    def _addressed_after_article(self, line: str) -> Candidate | None:
        """A name after its form of address and the article before it, alone on its line
        (``La señora GARCÍA LÓPEZ``, ``El señor RUIZ MORALES``), as Spanish parliaments' web
        copies print each label above its speech: read as the same label with a colon is."""
        text = line.strip()
        article, _, rest = text.partition(" ")
        if article.casefold() not in self.config.articles - {"the"}:
            return None
        found = self._bare.fullmatch(rest)
        if found is None or not found.group("title") or found.group("name") == found.group("title").strip():
            return None
        return Candidate(text, found.group("role"), "", len(line), line, self._title_of(text))

    def _titled_bracketed_alone(self, line: str) -> Candidate | None:
        """A name under its title that the bare reading takes alone, its brackets after it: a
        peer by the place of the title, the party bracketed, as the Lords' Hansard prints each
        speaker alone on a line in its web copy ("Baroness Harding of Winscombe (Con)", "Lord
        Young of Cookham (Con)"), the first bracket its role as a member's constituency is."""
        found = _BRACKETS_LAST.search(line.strip())
        if found is None or not found.start():
            return None
        inner = self._bare_line(line.strip()[: found.start()])
        if inner is None or not inner.title or inner.role:
            return None
        return replace(inner, role=found.group("role").strip(), end=len(line), printed=line)

    def _qualified_office_alone(self, line: str) -> Candidate | None:
        """An office in lower case after the capitalised names that qualify it, its holder's name
        after it, alone above the speech, as the Riigikogu's web copy prints a minister, a
        committee's chair or a guest ("Eesti Panga president Madis Müller", "Majanduskomisjoni
        esimees Kristen Michal"): read as it would be with a colon, where the name after the
        office is of two words at least and every word but the office's is capitalised."""
        words = line.split()
        if not 3 <= len(words) <= QUALIFIED_WORDS or not words[0][:1].isupper():
            return None
        at = next((i for i, word in enumerate(words) if not word[:1].isupper()), 0)
        holder = words[at + 1 :]
        if at == 0 or len(holder) < MEMBER_WORDS[0] or len(holder) > MEMBER_WORDS[1]:
            return None
        if not all(CAPITALISED.fullmatch(word) for word in (*words[:at], *holder)):
            return None
        if not self.config.office_words.fullmatch(words[at].casefold()):
            return None
        named = self._whole_name(line.strip())
        return replace(named, punct="", end=len(line), printed=line) if named else None

    def _capitals_office_alone(self, line: str) -> Candidate | None:
        """A name in CAPITALS (its title too) and the holder's office in lower case after it,
        alone above the speech, as a web copy of the Országgyűlés's record prints a minister
        ("VARGA MIHÁLY pénzügyminiszter", "DR. KOVÁCS ANNA államtitkár"): read as it would be
        with a colon, where the name has two words at least and the office's last word ends in
        an office of the vocabulary."""
        words = line.split()
        if not 3 <= len(words) <= QUALIFIED_WORDS or not words[-1][:1].islower():
            return None
        at = next((i for i, word in enumerate(words) if not word.isupper()), 0)
        names = [word for word in words[:at] if not self._title_only.fullmatch(word)]
        if len(names) < MEMBER_WORDS[0] or not all(word[:1].islower() for word in words[at:]):
            return None
        if not office_ends(words[-1].casefold(), self.config):
            return None
        named = self._whole_name(line.strip())
        return replace(named, punct="", end=len(line), printed=line) if named else None

    def _long_office_alone(self, line: str) -> Candidate | None:
        """An office in CAPITALS alone on its line, its portfolio's words too many for a name
        ("VICEPRESIDENTE PRIMERO DEL GOBIERNO Y MINISTRO DE HACIENDA", "RAPPORTEUR DE LA
        COMMISSION DES LOIS", "HEAD OF THE DEPARTMENT OF JUSTICE"), where the record prints its
        other labels so over the speech (*capitals_alone*, "THE PRESIDENT" / "Order."): read as
        it would be with a colon, where the line opens
        with an office of the vocabulary (its article before it) whose word has no possessive's
        apostrophe ("SPEAKER'S RULING …"), no department opens it ("MINISTRY OF …", "CONSEJERÍA DE
        …"), no body's word an office names too ("COUNCIL MEETING OF THE TOWN OF …", a council's
        heading) and no word names an item of business ("MINISTERIAL STATEMENT ON …")."""
        text = line.strip()
        words = text.split()
        if not self.capitals_alone or not JOINED_WORDS <= len(words) <= OFFICE_WORDS or not text.isupper():
            return None
        folded = text.casefold()
        if folded.startswith(self.config.departments) or not NAME_WORD.fullmatch(words[0]):
            return None
        if not self.config.business_words.isdisjoint(folded.split()):
            return None  # "MINISTERIAL STATEMENT ON …", "DIPUTADOS … EN EL DEBATE …": an item's heading
        opening = self.config.past_article(folded)
        office = self.config.offices.match(opening)
        if office is None or any(c in "'’" for c in opening.split()[0]):
            return None
        if office.group().split()[-1] in self.config.body_offices or self.config.chambers.match(opening):
            return None  # "COUNCIL MEETING OF THE TOWN OF …", "COURT OF APPEAL …": the body's heading
        named = self._whole_name(text)
        return replace(named, punct="", end=len(line), printed=line) if named else None

    def _joined_alone(self, line: str) -> Candidate | None:
        """A name in Mixed case alone on its line whose names a particle in lower case joins
        ("Joan Puigverd i Roca", "María del Carmen Ruiz"), as a web copy of the Catalan and
        Spanish records prints it above the speech: read as it would be with a colon, where it
        opens and ends on a capitalised word and every word is a capitalised one or a particle.
        A bracket may close the line, the witness's office or the member's party, as the Catalan
        record prints a hearing's witness the first time ("Jordi Puig i Serra (exdirector
        general de Pressupostos)"): the name's words are asked before it."""
        text = line.strip()
        bracket = _NOTE_LAST.search(text)
        words = text[: bracket.start()].split() if bracket else text.split()
        if not 3 <= len(words) <= JOINED_WORDS or not CAPITALISED.fullmatch(words[-1]):
            return None
        if not all(CAPITALISED.fullmatch(word) or word in self.config.particles for word in words[:-1]):
            return None
        if not CAPITALISED.fullmatch(words[0]) or all(CAPITALISED.fullmatch(word) for word in words):
            return None
        named = self._whole_name(text)
        return replace(named, punct="", end=len(line), printed=line) if named else None

    def _placed_alone(self, line: str) -> Candidate | None:
        """A forename and a surname (or three names) alone on their line, a comma and the place
        or branch the speaker comes from after them, as a party congress's record prints a
        delegate above the speech ("Johan Nyqvist, Örebro"): read as the name, the place its
        role, where every word is capitalised, the place has one or two words and no party ends
        the name (a web page's member, party and seat: "Jane Hale Labour, Northtown")."""
        name, comma, place = line.strip().partition(", ")
        words, placed = name.split(), place.split()
        if not comma or not MEMBER_WORDS[0] <= len(words) <= MEMBER_WORDS[1]:
            return None
        # a club's mark beside its town ("Erik Sundin, Västerås SK"): the delegate's club, his
        # affiliation, as a sports federation's minutes print it
        club = self._affiliated(place)
        if not all(CAPITALISED.fullmatch(word) for word in words) or not (
            club or (len(placed) <= 2 and all(CAPITALISED.fullmatch(word) for word in placed))
        ):
            return None
        parties = self.config.listed_parties  # "Anita X Labour, Eastmouth": a web page's party and seat
        if any(" ".join(words[at:]).casefold() in parties for at in range(1, len(words))):
            return None
        named = self._whole_name(name)
        if named is None:
            return None
        return replace(named, role=place, punct="", end=len(line), printed=line, party=place if club else "")

    def _office_named(self, named: Candidate) -> bool:
        """Whether *named* opens with an office ("THE CHAIRMAN") or is a name after its form of
        address ("SENATOR HOLT", "Mr. SMITH"): the comma before a note of going on is then the
        printer's, as a hearing prints its chair or a witness resuming ("THE CHAIRMAN,
        (continuing)", "Mr. SMITH, (continuing)"); a heading has no form of address ("REPORT OF
        THE COMMITTEE, (continued)"), nor a person's thing, a possessive after the form of address ("MR.
        SMITH'S STATEMENT, (continued)"; "Mr. BILL JONES" is a name, whatever its words)."""
        name = named.name.casefold()
        if self._names_office(name):
            return True
        return bool(named.title) and not any(word.endswith(POSSESSIVE) for word in name.split())

    def _comma_bracketed_alone(self, line: str) -> Candidate | None:
        """A name, a comma and the delegate's region in brackets alone on the line, as a
        congress's stenogram prints a speaker above the speech ("F.M. Prass, (Molotov region)",
        "Прасс Ф.М., (Молотовская область)"): read as the name with its bracket, the comma the
        typist's."""
        if not line.rstrip().endswith(")"):
            return None
        inner = self.comma_unbracketed(line.strip(), self._bare_line)
        return replace(inner, end=len(line), printed=line) if inner else None

    def comma_unbracketed(self, text: str, read: Callable[[str], Candidate | None]) -> Candidate | None:
        """The label *read* finds in *text* without the comma a typist or printer set between a
        name and the bracket after it, where the bracket is the label's role: alone on its line
        ("F.M. Prass, (Molotov region)") or before the speech on it, as the Congressional Globe
        prints its chair ("The PRESIDING OFFICER, (Mr. FOOTE in the chair.) The question …");
        None where no such comma parts a name of no other comma from its bracket."""
        name, comma, rest = text.partition(", (")
        if not comma or "," in name or len(name) > GENERIC_SPAN:
            return None
        inner = read(f"{name} ({rest}")
        return inner if inner is not None and inner.role and len(inner.printed) > len(name) else None

    def _surname_first_alone(self, line: str) -> Candidate | None:
        """A surname, a comma and the forename alone on their line with the party in brackets
        after them, as a web copy of the Croatian Sabor prints its members above the speech
        ("Jandrić, Marko (HDZ)"): read as the name, the party its role, where the surname is
        one capitalised word (or two joined by a hyphen), the forename one or two, and the
        brackets hold one short word or acronym."""
        found = SURNAME_FIRST_PARTY.fullmatch(line.strip())
        if found is None:
            return None
        words = found.group("name").replace(",", " ").split()
        if not all(CAPITALISED.fullmatch(word) for word in words):
            return None
        return Candidate(found.group("name"), found.group("party"), "", len(line), line)

    def _uncased_alone(self, line: str) -> Candidate | None:
        """A name alone on its line in a script without case, with a form of address or an office in
        parentheses, or that opens with an office, read as it would be with a colon: a web copy of
        the Urdu debates prints "جناب ڈپٹی اسپیکر", "خواجہ محمد آصف (وزیر دفاع)" above the speech,
        a Japanese court's transcript its roles ("裁判長", "被告人", "検察官（田村）") above theirs."""
        head = line.strip()
        # a few letters of a cased script inside an office are its abbreviation ("ＳＤＧｓ推進課長")
        if not head or not uncased(head):
            return None
        named = self._whole_name(head)
        if named is None:
            return None
        # the office before its holder in brackets, or after the name: "検察官（田村）"; in a script
        # that spaces no words the office may end it ("主任弁護人（小西）", "右陪席裁判官"), and a
        # Korean member's office follows the name as its last word ("윤서연 의원")
        words = named.name.split()
        last = words[-1] if len(words) == 2 else ""  # a name and its office
        office = any(
            self.config.offices.match(part.casefold())
            or (UNSPACED_WORD.fullmatch(_FULL_WIDTH_ALNUM.sub("", part)) and office_ends(part, self.config))
            for part in (named.role, named.name, last)
            if part
        )
        # a form of address joined to the forename ("นางสาวมาลี ศรีสุข") addresses it as a title does,
        # the office after the surname perhaps ("นายวิชัย สุขสวัสดิ์ สมาชิกสภาเทศบาล")
        joined = named.name.startswith(self.config.joined_titles) and (
            len(words) == 2 or (len(words) == 3 and bool(self.config.offices.match(words[-1].casefold())))
        )
        bare = self._bare_uncased(named)
        if not (named.title or office or joined or bare or self._member_and_party(named)):
            return None  # "وقفہ سوالات (جاری)": a heading and its note, no office
        if joined and len(words) == 3 and not named.role:  # the office after the name is its role
            named = replace(named, name=" ".join(words[:2]), role=words[2])
        return replace(named, punct="", end=len(line), printed=line)

    def _bare_uncased(self, named: Candidate) -> bool:
        """Whether *named* is a forename and a surname (or three names) alone, nothing else on the
        line, as the Knesset's committee protocols print a guest or a member above the speech
        ("ליליה פרישר"): a candidate the scorer believes only as the record's turns show it."""
        words = named.name.split()
        return (
            not named.role
            and MEMBER_WORDS[0] <= len(words) <= MEMBER_WORDS[0] + 1
            and all(NAME_WORD.fullmatch(word) for word in words)
            and not any(without_stops(c) for c in named.name)  # a Thai line of three words is a sentence
        )

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
            and MEMBER_WORDS[0] <= len(words) <= MEMBER_WORDS[1]
            and not any(c.isdigit() for c in role)
            and role.casefold() not in self.config.continued_notes
        )

    def _numbered_alone(self, line: str) -> Candidate | None:
        """A speech-to-text service's word for a speaker it could not name and its number alone on
        the line ("Speaker 1", "Orador 2", "話者1"), as its export prints each label over the
        speech with the clock before it or none: read as with a colon after it."""
        if not numbered_speaker(line, self.config):
            return None
        named = self._whole_name(line)
        return replace(named, punct="", end=len(line), printed=line) if named else None

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
            and DAY_CLOCK_END.search(line)
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
        for stop in STOP_THEN_WORD.finditer(text):
            word = stop.group("word")
            if not word or (self.config.stop_ends_sentence(word) and not ENUMERATOR.fullmatch(word)):
                return True
        return False

    def _office_and_holder(self, text: str, line: str) -> Candidate | None:
        """An office of words in lower case too, its holder's name in the parentheses after it
        (``The Minister of State, Department for Transport (Peter Grant)``, ``The Secretary of
        State for Health and Social Care (Mr John Doe)``), as a web copy of Hansard prints a
        minister's label alone above the speech: the office the name, the holder the role."""
        found = HOLDER_AFTER.fullmatch(text)
        if found is None or not (self._bare.fullmatch(found["holder"]) or self._joined_name(found["holder"])):
            return None
        office = found["office"]
        if len(office.split()) > OFFICE_WORDS:
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
        capitalised = [word for word in words if CAPITALISED.fullmatch(word)]
        return (
            len(capitalised) >= MEMBER_WORDS[0]
            and len(words) <= QUALIFIED_WORDS
            and bool(words)
            and CAPITALISED.fullmatch(words[0]) is not None
            and CAPITALISED.fullmatch(words[-1]) is not None
            and all(CAPITALISED.fullmatch(word) or word.casefold() in self.config.particles for word in inner)
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
        if _DASH_THEN_WORDS.search(text):  # and with its dash, the speech after it: "X (Y) – Dear …"
            return None
        if self._sentence_inside(text):  # "THE PRESIDING OFFICER (X). The session is resumed."
            return None
        held = self._office_and_holder(text, line)
        if held is not None or len(text.split()) > OFFICE_WORDS:
            return held
        name, comma, office = text.rpartition(",")
        if comma and ". " not in office and self.config.offices.match(office.strip().casefold()):
            if all(part.strip()[:1].isupper() for part in name.split(",")):
                return Candidate(name.strip(), office.strip(), "", len(line), line, self._title_of(name))
            return None
        article, _, rest = text.partition(" ")
        # a form of address before the office and its portfolio, as a town council's video
        # transcript prints each member alone over the speech ("Sra. Concejala Delegada de
        # Hacienda", "Sr. Portavoz del Grupo Municipal Vox"): the title's, whatever its length,
        # so the labels of one record share their shape with "Sr. Alcalde-Presidente"
        if (
            self._title_only.fullmatch(article)
            and self.config.offices.match(rest.casefold())
            and not _WORDS_AFTER_BRACKET.search(rest)
        ):
            return Candidate(text, None, "", len(line), line, article)
        # words after a closing bracket are the speech a wrap cut, the label ending at its role
        # ("SR. PRESIDENTE (ZAVALLONI) Tiene la palabra el señor" / "diputado por Chubut.")
        if (
            len(article) <= 3
            and self.config.offices.match(rest.casefold())
            and not _WORDS_AFTER_BRACKET.search(rest)
        ):
            return Candidate(text, None, "", len(line), line)
        # and after a form of address, as a West African assembly prints a minister alone above
        # the answer ("MONSIEUR LE MINISTRE DE LA SANTE PUBLIQUE", "Madame la Ministre de …")
        addressed = text.split(maxsplit=2)
        if (
            len(addressed) == 3
            and self._title_only.fullmatch(addressed[0])
            and len(addressed[1]) <= 3
            and self.config.offices.match(addressed[2].casefold())
        ):
            return Candidate(text, None, "", len(line), line, addressed[0])
        # an office of words in lower case alone, or before its holder's capitalised name, as a
        # Vietnamese record prints "Chủ tọa", "Đại biểu Lê Thị Hoa" above the speech
        if len(text.split()) <= JOINED_WORDS and chairs(text, self.config, whole=True):
            return Candidate(text, None, "", len(line), line)
        opening = self.config.offices.match(text.casefold())
        holder = text[opening.end() :].split() if opening else []
        if holder[1:] and self._address(holder[0]):
            # the holder's title before his name ("Oberbürgermeister Dr. Klaus Weber", "Chair
            # Dr. Jane Smith"): the name after it capitalised as a holder's alone is
            holder = holder[1:]
        if opening and len(text.split()) <= JOINED_WORDS and (not holder or CAPITALISED.fullmatch(holder[0])):
            return Candidate(text, None, "", len(line), line)
        # or after its portfolio, the holder's initial after it ("Оқу-ағарту министрі Б.Қасымов")
        if portfolio_office(text.split(), self.config):
            return Candidate(text, None, "", len(line), line)
        return None
