"""Labels set off by a mark: enclosed in brackets or emphasis, after a number, bullet, dash or tab,
reported by a verb, or unmarked in CAPITALS."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from stenogram.transcript.candidate import (
    ANGLED,
    ANSWERED,
    ENCLOSING,
    HANGUL,
    PSEUDONYM_LABEL,
    QUOTED,
    ROUNDED,
    SQUARED,
    Candidate,
    cased,
    label_key,
    lower_case,
)
from stenogram.transcript.events import stage_type
from stenogram.transcript.labels.generic import GenericLabels
from stenogram.transcript.labels.patterns import (
    ANGLED_LABEL,
    ANSWERED_ALONE,
    ANSWERED_LABEL,
    ARABIC_SEMICOLON,
    BRACED,
    CAPITALS,
    CAPTION_MARK,
    CHAT_NAME,
    DASH_LEAD,
    EMPHASIS,
    ENCLOSED,
    GENERIC_SPAN,
    GLUED_CASELESS_HYPHEN,
    GLUED_DASH,
    HOLLOW_SCRIPTS,
    HYPHEN_NAMED_WORDS,
    LINE_END_CLOCK,
    OPENER_LOST,
    OPENING_QUOTES,
    PADDED_NAME,
    PLAIN,
    QUOTED_LABEL,
    RENDERED_SPEECH,
    RENDERING,
    REPORTED_VERB,
    ROUNDED_ALONE,
    SEAT_ALONE,
    SEMICOLON_WORDS,
    SMALL_WORD,
    SQUARED_LABEL,
    SURNAME_OFFICE_SPACED,
    TAB_CELL,
    UNMARKED_WORDS,
    UNOPENED,
    WHOLE_BRACKETED,
    WORDS_OFF,
)
from stenogram.transcript.labels.shapes import mixed, numbered_speaker, read_past, spaced_off, speech_start
from stenogram.transcript.names import chairs, numbered_seat, office_ends, office_or_title, uncased_name
from stenogram.transcript.regexcache import regex
from stenogram.transcript.salutations import saluting

# The first letter of each word, capitalised in a label captions print in lower case.
_WORD_START = regex(r"(?<![^\W\d_])[^\W\d_]")
_LOWER_CAPTION_WORDS = 4  # the most words of a label in lower case after the captioner's mark
_SUFFIXED_NAME = 12  # characters of a name and its suffix of address alone after a marker, at most
_NAME_BEFORE_SUFFIX = 2  # characters of a member's name at least before its suffix: "林実君", not "諸君"
_OFFICE_AT = 2  # the words after its article a hyphen-led label's office or form of address is among
_NAMED_WORDS = (2, 3)  # words of a forename and surname alone after a glued dash, at least and at most
_SPEECH_OPENERS = OPENING_QUOTES + "¿¡(["  # the marks a speech may open with before its first letter
_FRENCH_SPACES = (" ", "\u00a0", "\u202f")  # the space French typography sets before a colon


# A name after a label's bracket, set off from the speech by an ideographic space or two spaces.
_HOLDER_THEN_GAP = regex(r"[ \t]?(?P<name>\w{2,5})(?:\u3000|[ \t]{2,})(?=\S)")
# A Korean member's title one space after the bracket of his party, then the speech: "(비) 위원 …".
_TITLE_AFTER_BRACKET = regex(rf"[ \t](?P<title>[{HANGUL}]{{1,6}})(?=[ \t]+\S|[ \t]*$)")

# the stops of the scripts without case and of the Latin their copies mix in
SENTENCE_STOP = regex(r"[。！？.!?…]")
_HEADING_REST = 20  # characters at most of a heading's words after its body's name ("討論（要旨）")


def _heading_spaced(spaced: Candidate, office_end: int, text: str) -> bool:
    """Whether *spaced*, a name in a script without case set off by space at the start of
    *text*, its office inside it ending at *office_end*, opens a heading: the office is a body's
    word glued to more of its name (委員会総会, a committee's plenary meeting), and a few words
    with no sentence's stop follow, alone in their paragraph ("第十回中央委員会総会　討論（要旨）", the
    meeting and the part of its minutes); an office with its holder ("議長　　森川　晃") is none."""
    rest = text[spaced.end :]
    return (
        not cased(spaced.name)
        and 0 < office_end < len(spaced.name)
        and len(rest) <= _HEADING_REST
        and "\n" not in rest
        and not SENTENCE_STOP.search(rest)
    )


class MarkedLabels(GenericLabels):
    """Reads labels that a mark sets off."""

    def _office_spaced(self, spaced: Candidate, text: str) -> bool:
        """Whether *spaced*, a label set off by space at the start of *text* with no marker of
        its own, names its speaker as a label must: an office ("소위원장 박광온  …"), not a heading
        an office opens; a member by the seat's number, the name in its brackets ("５番（佐藤花子）
        …"), or a meeting's participant with the seat's number in them ("株主（出席番号15番）　…")."""
        office = self.config.offices.search(spaced.name.casefold())
        if office and not _heading_spaced(spaced, office.end(), text):
            return True
        return bool(
            spaced.role
            and (numbered_seat(spaced.name, self.config) or spaced.name in self.config.participants)
        )

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

    def _hollow_rendering(self, text: str) -> Candidate | None:
        """The label of a trilingual record whose PDF's text lost the letters of its other
        scripts, their parentheses left empty before the English rendering, its form of address
        first, and the speech after it ("( ) (The Hon. X) Sir, …", ") ( - ) (The Hon. X - State
        Minister of Finance) …", Sri Lanka's Hansard): the rendering names the speaker, the
        office after its dash the role."""
        hollow = HOLLOW_SCRIPTS.match(text)
        rendering = RENDERING.match(text, hollow.end()) if hollow else None
        if rendering is None or not self._rendered_title.match(rendering.group("inner")):
            return None
        if not RENDERED_SPEECH.match(text, rendering.end()) and text[rendering.end() :].strip():
            return None
        name, _, role = rendering.group("inner").partition(" - ")
        named = self._candidate(f"{name.strip()}: ")
        if named is None or named.punct != ":":
            return None
        end = rendering.end()
        return replace(named, role=role.strip() or None, end=speech_start(text, end), printed=text[:end])

    def _enclosed(self, text: str) -> Candidate | None:
        """A label enclosed in full-width brackets (``【裁判長】``, ``〔検察官〕``), read as it would
        be with a colon: an office or a form of address inside, since such brackets also hold a
        record's events (the Diet's ``〔拍手〕``) and headings (``【質疑応答】``); a name alone
        inside (``【鈴木】``) is read too, believed only beside such labels (``enclosed``), never an
        event the stage words name (``【拍手】``, ``【掌声】``)."""
        found = ENCLOSED.match(text)
        if found is None or ENCLOSING[found.group("close")] != found.group("open"):
            return None
        # an ideographic space between an outlet and its reporter reads as a space ("【NHK　山田記者】")
        inside = found.group("label").strip(" \t\u3000").replace("\u3000", " ")
        named = self._whole_name(inside)
        if named is None or any(stage.regex.match(inside) for stage in self.config.stages):
            return None
        end = found.end()
        return replace(named, punct=found.group("close"), end=speech_start(text, end), printed=text[:end])

    def _rounded(self, text: str) -> Candidate | None:
        """A label in full-width round brackets alone on its line, the speech below, as a Japanese
        ministry's summary of its minister's press conference prints the minister and the press
        (``（大臣）``, ``（記者）``): read only where an office of the vocabulary ends what the
        brackets hold, or the word of a question or an answer (``（問）``), since such brackets
        hold the hall's events (``（拍手）``) and a speech's asides; a name alone is none."""
        found = ROUNDED_ALONE.match(text)
        if found is None:
            return None
        inside = found.group("label")
        named = self._whole_name(inside)
        if named is None or any(stage.regex.match(inside) for stage in self.config.stages):
            return None
        key = label_key(inside)
        paired = key in self.config.asking_keys or key in self.config.answering_keys
        if not paired and not office_ends(inside.casefold(), self.config):
            return None
        end = found.start() + len(found.group().rstrip(" \t\u3000"))
        printed = text[:end]
        return replace(named, punct=ROUNDED, end=speech_start(text, end), printed=printed, paired=paired)

    def _squared(self, text: str) -> Candidate | None:
        """A label in a script without case enclosed in square brackets, as a Chinese live text
        prints each speaker before the speech ("[新闻发布会主持人 陈立新]各位记者…", "[王晓梅]下面…"):
        read as :meth:`_enclosed` reads full-width ones; a cased script's square brackets hold the
        hall's noise ("[Laughter]") or the editor's words, no label, but for a person's name or
        office before the speech, a colon after the bracket or none ("[Jane Citizen]: Yes.")."""
        found = SQUARED_LABEL.match(text)
        if found is None:
            return self._pseudonym(text)
        inside = found.group("label").strip()
        # "[President Kennedy:] What is the latest?": the editor supplies the speaker, colon and
        # all, where the tape or the typescript named none; the speech after it on its line
        supplied = inside[-1:] == ":" and cased(inside)
        inside = inside[:-1].rstrip() if supplied else inside
        named = self._whole_name(inside) or self._offices_listed(inside)
        if named is None or any(stage.regex.match(inside) for stage in self.config.stages):
            return self._pseudonym(text)
        end = found.end()
        if supplied:
            after = text[end:]
            if after[:1] != " " or not after.strip()[:1].isupper():
                return None
            return replace(named, punct=SQUARED, end=speech_start(text, end), printed=text[:end])
        # "[Jane Citizen]: Thank you.": an automatic transcript's colon after it, the speech after
        # it on its line or below it
        colon = cased(inside) and text[end : end + 1] == ":" and text[end + 1 : end + 2] in (" ", "\n", "")
        # "[审判长]：现在开庭。": a court's record copied from a web page, the role's colon after
        # the bracket; the colon is the label's, not the speech's
        colon = colon or (not cased(inside) and text[end : end + 1] in (":", "："))
        end += colon
        after = text[end:]
        # "[Helen Park] 18:03:12": a meeting's live transcript saved, the clock after the name
        clock = LINE_END_CLOCK.match(after.partition("\n")[0]) if cased(inside) and not colon else None
        if cased(inside) and not colon and (clock or after.lstrip(" ")[:1] in ("\n", "")):
            # alone on its line, the speech below, no colon: a name alone ("[Ingrid X]"), which
            # the hall's note shares ("[Proceedings Suspended]"), read as a bare name is
            end += clock.end() if clock else 0
            time = clock.group("time") if clock else named.time
            person = self._person_named(named)
            return (
                replace(named, punct="", end=speech_start(text, end), printed=text[:end], time=time)
                if person
                else None
            )
        spaced = after[:1] == " " and not colon  # "[王晓梅]下面…": the speech glued to the bracket
        if not self._bracketed_person(named, after, colon) if cased(inside) else spaced:
            return self._pseudonym(text)
        return replace(named, punct=SQUARED, end=speech_start(text, end), printed=text[:end])

    def _angled(self, text: str) -> Candidate | None:
        """A chat's or a meeting log's nick or role in angle brackets, the speech after it on its
        line ("<jdoe> first topic: the mirror outage", "<CHAIR> Good morning."): the name inside,
        printed with its brackets; never a web page's tag left in the text ("<p>", ``markup_tags``),
        a gap or the hall's noise ("<inaudible>", "<laughter>"), nor words in lower case after the
        first, an editor's note's ("<Tape change>"), where a nick is one word and a name's words are
        capitalised. The scored model weighs the rest."""
        found = ANGLED_LABEL.match(text)
        if found is None:
            return None
        inside = found.group("label")
        config = self.config
        if inside.casefold() in config.markup_tags or config.gap.match(inside) or config.note.match(inside):
            return None
        if config.language_notes.fullmatch(inside.casefold()) or stage_type(inside, config) is not None:
            return None
        if any(stage.regex.match(inside) for stage in config.stages):
            return None
        words = inside.split()
        if len(words) > 1 and not all(word[:1].isupper() for word in words):
            return None  # "<Tape change> …", "<Note du secrétariat> …": an editor's note, a nick is one word
        printed = text[: found.end("label") + 1]
        return Candidate(inside, None, ANGLED, found.end(), printed)

    def _pseudonym(self, text: str) -> Candidate | None:
        """A role or a name in square brackets before the label's colon, which a publisher printed
        in place of the person's name (a Dutch court's "[Verdachte]:", "[slachtoffer]:",
        "[getuige 1]:"): the label, brackets and all, in lower case and with its number too;
        never the hall's noise, a gap or an editor's note ("[Laughter]:", "[inaudible]:")."""
        found = PSEUDONYM_LABEL.match(text)
        if found is None or not cased(found.group("label")):
            return None
        inside = found.group("label")
        config = self.config
        if config.gap.match(inside) or config.note.match(inside) or config.supplied_marks.match(inside):
            return None
        if config.language_notes.fullmatch(inside.casefold()) or stage_type(inside, config) is not None:
            return None
        end = found.end()
        return Candidate(inside, None, ":", speech_start(text, end), text[:end])

    def _quoted(self, text: str) -> Candidate | None:
        """A role in a script without case glued before the corner bracket that quotes its words,
        as a Japanese trial's report prints each turn ("裁判長「被告人は前に出てください。」",
        "被告人「はい。」"): an office only, since a news headline quotes anyone so ("首相「…」"
        is weighed as any label printed once); the quotation, brackets and all, is the speech."""
        found = QUOTED_LABEL.match(text)
        if found is None or cased(found.group("label")):
            return None
        name = found.group("label")
        if not self.config.offices.fullmatch(name.casefold()):
            return None
        return Candidate(name, None, QUOTED, found.end("label"), name)

    def _bracketed_person(self, named: Candidate, after: str, colon: bool = False) -> bool:
        """Whether *named*, in a cased script's square brackets, is a person's label with the
        speech after it on its line, as a member's web transcript of a hearing prints each
        speaker ("[Jane Citizen] Thank you, Chair.", "[Chair] All right."), or below it where a
        *colon* follows the bracket ("[Jane Citizen]:" alone on its line): a forename and a
        surname or an office, never one word alone ("[Translation]Thank you", "[Inaudible]")."""
        below = colon and after[:1] in ("\n", "")
        return (
            self._person_named(named)
            and (after[:1] == " " or below)
            and (after.strip()[:1].isupper() or not after.strip())
        )

    def _person_named(self, named: Candidate) -> bool:
        """Whether *named*, in a cased script's square brackets, names a person: a forename and a
        surname or an office, never one word alone ("[Translation]", "[Inaudible]")."""
        words = named.name.split()
        if len(words) == 2 and words[1].isdigit():
            # "[Speaker 1]", "[Sprecher 2]", "[Witness 3]": a transcription's role numbered, as
            # "Speaker 1:" is; an office that names a body too numbered is a document's ("[Council
            # 2] The council supports …", ``body_offices``)
            role = words[0].casefold()
            return numbered_speaker(named.name, self.config) or (
                role not in self.config.body_offices and bool(self.config.offices.fullmatch(role))
            )
        return (len(words) >= 2 and all(word[:1].isupper() for word in words)) or bool(
            self.config.offices.fullmatch(named.name.casefold().removeprefix("the "))
        )

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
        event of the hall ("(Laughter) Yes.") or a member's aside is none. A chat's log of a
        meeting so prints each member's forename, no form of address ("(Brent) Yes, Shaul."): a
        name of one or two capitalised words is read too, the scored model weighing it."""
        found = ANSWERED_LABEL.match(text) or ANSWERED_ALONE.match(text)
        if found is None:
            return None
        inside = found.group("label").strip()
        first = inside.split(" ", 1)[0]
        titled = self.config.titles.fullmatch(first) and first.casefold() not in ("the", "an")
        if not titled and not CHAT_NAME.fullmatch(inside):
            return None
        named = self._whole_name(inside)
        if named is None or any(stage.regex.match(inside) for stage in self.config.stages):
            return None
        if found.re is ANSWERED_ALONE and self._worded(inside):
            return None  # "(Hon. X laid the Papers on the Table)": the record's note, no name
        end = found.start() + len(found.group().rstrip())
        if end < len(text.rstrip()) and not text[speech_start(text, end) :][:1].isupper():
            return None  # "(Mr. Roe) each will control …": a sentence the wrap cut, no answer
        return replace(named, punct=ANSWERED, end=speech_start(text, end), printed=text[:end])

    def _worded(self, inside: str) -> bool:
        """Whether *inside*, a bracket alone on its line, holds a word in lower case that is no
        name's particle: a sentence of the record's, where a name alone has none."""
        return any(word not in self.config.particles for word in SMALL_WORD.findall(inside))

    def _unmarked(self, text: str) -> Candidate | None:
        """A label printed with no punctuation, the speech after it on its line, as the Czech
        Chamber's web pages have printed them since 2017 ("Ministr kultury ČR Antonín Staněk
        Děkuji, pane předsedající."): an office opens it, its portfolio in lower case or
        abbreviations may follow, then a name of two words in Mixed case or more; the speech's
        first word is capitalised and a stop, a comma or a word in lower case follows it. Read at
        the first place these hold, so a sentence that goes on in lower case after an office and a
        name ("Předseda vlády Petr Fiala dnes řekl …") gives none; the scored model weighs the
        rest (punctuation ``" "``)."""
        words = text[:GENERIC_SPAN].split(" ", UNMARKED_WORDS + 1)
        if len(words) < 4 or not self.config.offices.match(words[0].casefold()):
            return None
        if not PLAIN.fullmatch(words[0]) or not words[0][:1].isupper():
            return None
        for at in range(3, min(len(words) - 1, UNMARKED_WORDS) + 1):
            head, opening = words[:at], words[at]
            if not all(PLAIN.fullmatch(word) for word in head):
                return None  # punctuation inside: a sentence, no label
            if not all(mixed(word) for word in head[-2:]) or not opening[:1].isupper():
                continue
            after = words[at + 1] if at + 1 < len(words) else ""
            ends = not PLAIN.fullmatch(opening) or lower_case(after[:1])
            if ends and (opening[1:2].islower() or len(opening) == 1 or not opening[1:2].isalpha()):
                if self._two_named(head):
                    return None
                name = " ".join(head)
                return Candidate(name, None, " ", len(name) + 1, name, self._title_of(name))
        return None

    def _reported(self, text: str) -> Candidate | None:
        """A label in the reporter's third person, no punctuation after it, as the historic
        Hansard prints every turn ("MR. SMITH said, he wished …", "THE SECRETARY OF STATE FOR WAR
        (Mr. JONES), in reply, said, …", "THE EARL OF X rose to call attention …"): a name in
        CAPITALS with a form of address or an office, then a verb of :attr:`Config.reported` in
        lower case; the verb opens the speech, so nothing printed is lost. A paragraph that is a
        procedural line as a whole is the record's narration, no turn ("Mr. X asked and was given
        permission to revise and extend his remarks.", the Congressional Record's)."""
        bare = self._bare.match(text)
        if bare is None:
            return None
        verb = REPORTED_VERB.match(text, bare.end())
        if verb is None or verb.group("verb") not in self.config.reported:
            return None
        if self.config.procedural.match(text.strip()):
            return None
        name, title = bare.group("name").strip(), (bare.group("title") or "").strip()
        named = name[len(title) :] if title else name
        if not CAPITALS.search(named) or not (title or self.config.offices.search(name.casefold())):
            return None
        printed = text[: verb.start("speech")].rstrip()  # with the comma before "in reply"
        return Candidate(name, bare.group("role"), " ", verb.start("speech"), printed, title, reported=True)

    def _tabbed(self, text: str) -> Candidate | None:
        """A label in a table's first cell, a tab before the speech (a table copied from a web
        page): the cell read as a label would be read with a colon after it."""
        cell = TAB_CELL.match(text)
        if cell is None:
            return None
        name = cell.group("name")
        named = self._whole_name(name)
        return replace(named, punct="\t", end=cell.end(), printed=name) if named else None

    def _emphasised(self, text: str) -> Candidate | None:
        """A label set in bold as Markdown writes it (``**Mr. Smith:** …``, ``**Mr. Smith**: …``),
        or in its italics (``*Mr. Smith:* …``), the marks printed with it: a web copy saved as
        Markdown. The marks stay in the label as printed; the name inside is the speaker's."""
        found = EMPHASIS.match(text)
        if found is None:
            return None
        label, close = found.group("label"), found.end()
        after = text[close : close + 1] if label.rstrip()[-1:] not in ".:：–—-" else ""
        if after in _FRENCH_SPACES and text[close + 1 : close + 2] == ":":
            after = text[close : close + 2]  # "**Mme Durand** : …", the French space before the colon
        if after and after.lstrip("".join(_FRENCH_SPACES)) not in ".:：":
            return None
        inner = self._candidate(label + after + " " + text[close + len(after) :])
        if inner is None or inner.printed.strip() != (label + after).strip():
            return None
        end = close + len(after)
        return replace(inner, end=speech_start(text, end), printed=text[:end])

    def _as_colon_label(self, label: str, text: str, end: int) -> Candidate | None:
        """*label*, printed in *text* up to *end* with a mark of its own for the colon (a brace
        and its colon, the Arabic semicolon), read as it would be with a colon: the whole of it a
        name or an office."""
        inner = self._candidate(f"{label}: {text[end:]}")
        if inner is None or inner.printed.strip() != f"{label}:":
            return None
        return replace(inner, punct=":", end=speech_start(text, end), printed=text[:end])

    def _braced(self, text: str) -> Candidate | None:
        """A label in curly braces before its colon or OCR's semicolon (``{Hon. Speaker}: …``,
        ``{Deputy Clerk (Ms. X)}; …``), the braces printed with it: read as the inside would be
        with a colon, the whole inside a name or an office, as a note of the chair so enclosed
        (``{Hon. Speaker (Hon. X) in the Chair}``) is none and has no colon after it."""
        found = BRACED.match(text)
        if found is None:
            return None
        label = found.group("label").strip()
        return self._as_colon_label(label, text, found.end())

    def _semicolon_office(self, text: str) -> Candidate | None:
        """An office before the Arabic semicolon set off by spaces, which a court's record prints
        for a label's colon ("رئيس المحكمة ؛ هل المتهم حاضر ؟", "المحامي ؛ نعم …"), the mark printed
        with it: read as the office with a colon would be, a few words, the first an office's;
        prose before the mark ("وأكد الوزير أن …") opens with none."""
        found = ARABIC_SEMICOLON.match(text)
        if found is None:
            return None
        label = found.group("label").strip()
        words = label.split()
        office = self.config.offices.match(label.casefold())
        if len(words) > SEMICOLON_WORDS or office is None or office.end() < len(words[0]):
            return None
        return self._as_colon_label(label, text, found.end())

    def _hyphen_glued(self, text: str) -> Candidate | None:
        """A label in a script without case before a hyphen glued to the speech's first word, as a
        Hindi record's PDF copy prints it ("अध्यक्ष महोदय-माननीय सदस्य …"): the chair's office, or
        a form of address with a forename and surname ("श्री रमेश प्रजापति-अध्यक्ष महोदय, …"); a
        compound's hyphen joins one word to the next ("मंत्री-परिषद", "श्री राम-जानकी")."""
        found = GLUED_CASELESS_HYPHEN.match(text)
        if found is None:
            return None
        label = found.group("label")
        words = label.split()
        fewest, most = HYPHEN_NAMED_WORDS
        named = (
            bool(words)
            and self.config.titles.fullmatch(words[0]) is not None
            and fewest <= len(words) <= most
        )
        if (
            label != label.strip()
            or cased(label)
            or not (named or (len(words) > 1 and chairs(label, self.config)))
        ):
            return None
        inner = self._whole_name(label)
        if inner is None:
            return None
        return replace(inner, punct="-", end=speech_start(text, found.end()), printed=text[: found.end()])

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
            inner = (
                self._office_beside_name(rest)
                or self._padded_name(rest)
                or self._spaced_off(rest)
                or self._opener_lost(rest)
                or self._bracketed_whole(rest)
                or self._suffixed_alone(rest)
                or self._seat_alone(rest)
                or inner
            )
        if inner is not None and inner.role and inner.printed.rstrip().endswith((")", "）")):
            inner = self._holder_in_bracket(self._holder_after_bracket(inner, rest))
        if inner is None or (inner.punct == "." and not (inner.role or inner.upper)):
            inner = self._reported(rest) or inner  # "§ MR. SMITH said, …"
        if prefix.group().strip().startswith(CAPTION_MARK):
            # captions name a speaker before a colon: "TENTATIVELY THE SEVENTEENTH." is a sentence
            inner = self._lower_caption(rest) if inner is None else inner
            inner = inner if inner is not None and inner.punct in (":", "：") else None
        if inner is None:
            return None
        # "１．議案第５号（…）　原案可決": an agenda's item, numbered as a turn is; the front matter's
        # list names an office with no holder ("１．出席議員（全員） 以上１２名"): a turn's bracket
        # names its holder with the suffix of address ("１．議長（X君）")
        held = self._suffixed(inner.role or "") or self._bare_holder(inner, rest)
        if prefix.group("numbered") and not (held and self._office_spaced(inner, rest)):
            return None
        return read_past(inner, text, prefix.end(), prefix=prefix.group().strip())

    def _bare_holder(self, inner: Candidate, text: str) -> bool:
        """Whether *inner*, an office and its bracket at the start of *text* after a number, holds
        its holder's bare name, no suffix of address, over a sentence of speech ("１．議長（森本和夫）
        ただいまから…。", a town's minutes): the bracket a name's letters in a script without case
        and no office in it, the speech after it ending a sentence, where a front matter's list
        names a body or a count ("１．説明員（町長以下） 別紙のとおり", "１．出席議員（全員） 以上１２名"),
        or a roll's heading of the front matter (the configured ``list``) its one member ("１．欠席議員
        （川田花子）　届出あり。")."""
        role = inner.role or ""
        if not role.isalpha() or cased(role) or not _NAME_BEFORE_SUFFIX < len(role) <= _SUFFIXED_NAME:
            return False
        rolled = self.config.head.get("list")
        if self.config.offices.search(role) or (rolled is not None and rolled.match(inner.name)):
            return False
        return SENTENCE_STOP.search(text, len(inner.printed)) is not None

    def _holder_after_bracket(self, found: Candidate, text: str) -> Candidate:
        """*found*, an office and its bracket after a marker, with the name in a script without
        case after the bracket up to the gap before the speech ("○증인(주식회사 … 대표이사) 김도윤
        작년 …", a Korean witness's company and post before his name): the name is the label's."""
        holder = _HOLDER_THEN_GAP.match(text, len(found.printed.rstrip()))
        if holder is None or not uncased_name(holder.group("name"), self.config):
            return self._title_after_bracket(found, text)
        end = holder.end("name")
        return replace(
            found,
            name=f"{found.name} {holder.group('name')}",
            end=speech_start(text, end),
            printed=text[:end],
        )

    def _holder_in_bracket(self, found: Candidate) -> Candidate | None:
        """*found*, an office and its bracket after a marker, the bracket holding another office
        and a name in a script without case ("○국무위원 (법무부장관 김철수)", a minister of state by
        his portfolio and name): the bracket's office and name are the label's name, who speaks,
        the office before it the role. A name with its suffix of address ("○国務大臣（法務大臣
        山田太郎君）") is read by the suffix, as it was. A bracket set one space apart before the
        gap is a label's only so, or holding its office's holder alone, or a name with its suffix
        of address after an office ("○委員長 (山田太郎君)　…", "○主席 (陳大文議員)　…", as
        "○委員長（山田太郎君）"): "○의사일정 (정부 제출) 형사소송법 …" is the agenda's item."""
        office, _, holder = (found.role or "").rpartition(" ")
        if office_ends(found.name, self.config) and uncased_name(holder, self.config):
            if office_ends(office, self.config):
                return replace(found, name=found.role or "", role=found.name)
            if not office:
                return found
        apart = found.punct == "\u3000" and found.printed.startswith(f"{found.name} ")
        suffixed = office_ends(found.name, self.config) and self._suffixed(
            found.role or "", _NAME_BEFORE_SUFFIX
        )
        return None if apart and not suffixed else found

    def _title_after_bracket(self, found: Candidate, text: str) -> Candidate:
        """*found*, a Korean name and the bracket of its party after a marker, with the member's
        title after the bracket, one space either side ("◯이수진(비) 위원 질문이 …", the minutes
        telling two members of one name apart): the title is the label's; not the members the
        chair addresses ("◯위원장(홍길동) 위원 여러분, …")."""
        title = _TITLE_AFTER_BRACKET.match(text, len(found.printed.rstrip()))
        if (
            title is None
            or not uncased_name(found.name, self.config)
            or not self._office_word(title.group("title"))
            or saluting(text[title.start("title") :], self.config)
        ):
            return found
        end = title.end("title")
        return replace(found, end=speech_start(text, end), printed=text[:end])

    def _lower_caption(self, text: str) -> Candidate | None:
        """A label in lower case after the captioner's mark, as captions typed all in lower case
        print it (">> mr. smith: thank you, mayor."): read as it would be with each word of it
        capitalised, printed as it is; a head of more words than a name's is a sentence's."""
        head, colon, _ = text.partition(":")
        words = head.split()
        if not colon or not 0 < len(words) <= _LOWER_CAPTION_WORDS or not head.islower():
            return None
        capitalised = _WORD_START.sub(lambda first: first.group().upper(), head)  # as long as *head*
        inner = self._candidate(capitalised + text[len(head) :])
        if inner is None or inner.punct != ":":
            return None
        return replace(inner, printed=text[: len(inner.printed)])

    def _office_beside_name(self, text: str) -> Candidate | None:
        """A label after a marker of two words in a script without case, an office and a name on
        either side of it, set off by one space as a web copy of the Korean minutes prints it
        ("◯소위원장 이상민 감사합니다.", "◯박광온 위원 예."), or of three, the unit before the name
        and its office ("○의사팀 이은정 주무관 안녕하십니까?") or the office, the name and the
        member's title ("○임시의장 김철수 의원 …", the acting chair): one word alone would end at
        the first space and leave the others in the speech."""
        found = WORDS_OFF.match(text)
        if found is None or cased(found.group("first")):
            return None
        first, second, third = found.group("first", "second", "third")
        named = partial(uncased_name, config=self.config)
        office_first = self._office_word(first) and named(second)
        if third and named(second) and self._office_word(third) and not office_first:
            end = found.end("third")  # not "○議事擔當官 鄭在民 議事擔當官 鄭在民입니다": he names himself
        elif (
            office_first
            and third
            and first not in third
            and named(second)
            and self._office_word(third)
            and third.casefold() not in self.config.witnesses
            and not text[found.end("third") :].lstrip().startswith(second)
            and not saluting(text[found.start("third") :], self.config)
        ):
            # the member's title after the name: "○임시의장 김철수 의원"; not the office again, the
            # name after it, as one introduces oneself ("○사무국장 이을죽 의회사무국장 이을죽입니다.")
            # nor the members the chair addresses ("○의장 김진표 의원 여러분, …"), nor the witness
            # a committee's chair turns to ("○위원장 홍길동 증인 선서가 있겠습니다."), no title
            end = found.end("third")
        elif office_first or (named(first) and self._office_word(second)):
            end = found.end("second")
        else:
            return None
        gap = speech_start(text, end)
        alone = not text[end:].strip()  # "○의사계장 박원근" over its speech, as a copy breaks the line
        return Candidate(text[:end], None, "\u3000", gap, text[:end]) if gap > end or alone else None

    def _suffixed_alone(self, text: str) -> Candidate | None:
        """A name in a script without case alone on its line after a marker, ending with the
        suffix of address its language joins to a name (``address_suffixes``: "○佐藤一郎君" over
        the speech, a copy that set each label on its own line): the label the ideographic space
        after it would end; a heading after the marker ("○本日の会議に付した案件") has no suffix."""
        name = text.strip()
        if not name or len(name) > _SUFFIXED_NAME or not name.isalpha() or cased(name):
            return None
        if not self._suffixed(name):
            return None
        return Candidate(name, None, "", len(text.rstrip()), name)

    def _seat_alone(self, text: str) -> Candidate | None:
        """A member's numbered seat after a marker with the member's name in its brackets, alone
        on its line over the speech ("〇１２番(石原大輔君)", a copy that set each label on its own
        line): the label the ideographic space after it would end on the seat's line."""
        found = SEAT_ALONE.match(text) if text[:1].isdigit() or text[:1].isnumeric() else None
        if found is None or not numbered_seat(found.group("name"), self.config):
            return None
        end = found.end("role") + 1
        return Candidate(found.group("name"), found.group("role"), "", len(text.rstrip()), text[:end])

    def _bracketed_whole(self, text: str) -> Candidate | None:
        """A label in a script without case wholly inside its brackets after a marker, the name
        with the office or the suffix of address after it, as a prefectural assembly's minutes
        print each turn ("○（三宅浩二議長）　ただいまから…", "○（北野　実議員）　…"): the
        bracket's words are the label's name; a bracket with neither ("○（仮称）市民会館") none."""
        found = WHOLE_BRACKETED.match(text)
        if found is None or cased(found.group("name")):
            return None
        name = found.group("name")  # as printed: the rules read the label's words against it
        bare = "".join(name.split())
        if not (office_ends(bare, self.config) or self._suffixed(bare)):
            return None
        if found.group("gap") is None:  # alone on its line: the speech is below it
            return Candidate(name, None, "", len(text.rstrip()), text[: found.start("alone")])
        return Candidate(name, None, "\u3000", found.end(), text[: found.start("gap")])

    def _padded_name(self, text: str) -> Candidate | None:
        """A member's name after a marker in a script without case, the surname and the given
        name parted by one ideographic space and the suffix of address ending it ("◯飯島　修君　…",
        a short name padded to the others' width): one name, where the first space would end it."""
        found = PADDED_NAME.match(text)
        if found is None or cased(found.group("name")):
            return None
        name = found.group("name")
        if not self._suffixed("".join(name.split()), _NAME_BEFORE_SUFFIX):
            return None
        if found.group("gap") is None:
            return Candidate(name, None, "", len(text.rstrip()), name)
        return Candidate(name, None, "\u3000", found.end(), name)

    def _opener_lost(self, text: str, marked: bool = True) -> Candidate | None:
        """A label after a marker, an office and its holder in a script without case, whose
        opening bracket is lost ("議長伏屋嘉弘君)"): the office that opens it, the holder its role
        as "議長（伏屋嘉弘君）" prints them; None where no office opens it or nothing follows.
        Not *marked*, the label opens its line with no marker, as a city's web minutes print it
        ("議長山田一郎)", "浜中委員長)ただ今から…", "市長) それでは…"): an office alone or
        after the surname is read too, since a closing bracket with an office before it and no
        opening one ends no sentence."""
        found = (OPENER_LOST if marked else UNOPENED).match(text)
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
        kana, no marker before it ("石田委員長 それでは…", see :data:`SURNAME_OFFICE_SPACED`), or
        an office of the vocabulary alone so set off, as a court's record prints each turn where
        a copy made its ideographic space a plain one ("裁判長 では開廷します。"); an office
        before a name is none ("委員長 石田 博英君" lists who attends: no kana follows)."""
        found = SURNAME_OFFICE_SPACED.match(text)
        if found is None:
            return None
        name = found.group("name")
        if self.config.offices.fullmatch(name) or self.config.chairs.fullmatch(name):
            return Candidate(name, None, "\u3000", found.end(), name)
        # "安平鹿一君 全國…": a member named with the suffix of address, two characters of a name
        # before it at least ("諸君 ただいま…" addresses the hall)
        if self._suffixed(name, _NAME_BEFORE_SUFFIX):
            return Candidate(name, None, "\u3000", found.end(), name)
        office = self.config.offices.search(name) or self.config.chairs.search(name)
        if office is None or office.start() == 0 or not office_ends(name, self.config):
            return None
        return Candidate(name, None, "\u3000", found.end(), name)

    def _spaced_off(self, text: str) -> Candidate | None:
        """:func:`spaced_off` of *text* after a marker; where a note in brackets is glued after the
        name's bracket ("○12番（X君）（拍手）おはよう…", the hall's applause), the bracket names a
        person under a suffix of address, no agenda's item ("○日程第一（議案第１号）（質疑）について")."""
        found = spaced_off(text)
        if found is not None and text.startswith(("（", "("), found.end):
            return found if self._suffixed(found.role or "") else None
        return found

    def _suffixed(self, name: str, named: int = 1) -> bool:
        """Whether *name* ends with a suffix of address its language joins to a name
        (``address_suffixes``: "佐藤一郎君"), *named* characters of a name before it at least."""
        suffixes = (suffix for suffixes in self.config.address_suffixes.values() for suffix in suffixes)
        return any(name.endswith(suffix) and len(name) >= len(suffix) + named for suffix in suffixes)

    def _dash_led(self, text: str) -> Candidate | None:
        """A label with its colon after a dash that opens its paragraph, printed with it but no
        part of its name, as the Iraqi record sets one before each speaker ("– د. سالم:- …") and
        the Mexican one a hyphen glued to an office ("-La C. Presidenta X: …"), a Spanish
        council's or a press transcript's dialogue dash ("—Concejal Gómez: …", "—Presidenta
        (López): …"): glued, only before a form of address or an office;
        without a colon the dash opens a line of dialogue ("— Да, — сказал он.")."""
        lead = DASH_LEAD.match(text) or GLUED_DASH.match(text)
        inner = self._candidate(text[lead.end() :]) if lead else None
        if lead is None or inner is None or inner.punct not in (":", "："):
            return None
        hyphen = lead.group() == "-"
        if hyphen and self._listed_item(inner):
            return None  # "-Release Plan: …", "-Ordenanza Fiscal: …": a list's item, no one's label
        # "—Juan Pérez: …"; after a glued hyphen a known forename opens the name ("-Juan Pérez: …"),
        # as a list's item in Title Case goes on no less ("-Key Partners: The city …", "-Hora Inicio: …")
        # Any other name of one to three capitalised words glued to its dash ("-Kwame Mensah:",
        # "–Иванов:") is read too, and believed only where the dash opens the record's turns
        # (see the scoring's ``dash_opened``): a list's item or a line of dialogue is printed so once.
        named = self._named_whole(inner, text[lead.end() :], least=1)
        if len(lead.group()) == 1 and not (self._office_opens(inner) or named):
            return None  # "-Sí, claro: …", "—Mira, Juan: …": a dash glued to a word opens a line of dialogue
        if lead.group() in "–—" and self._office_addressed(inner, text[lead.end() :]):
            return None  # "—Señor presidente: le traigo …", "—Товарищ министр: разрешите …": a vocative
        return read_past(inner, text, lead.end(), prefix=lead.group().strip())

    def _named_whole(self, cand: Candidate, text: str, least: int = _NAMED_WORDS[0]) -> bool:
        """Whether *cand*, read from *text* after a glued dash, is a person's forename and surname
        and no more, each word capitalised, no comma, no sentence's opener nor a clause's word
        among them ("Juan Pérez", "Anna Berg"), over a speech that opens as a sentence does, as a
        web copy prints each turn after a glued dash ("—Juan Pérez: Gracias."); a line of dialogue
        calls someone after a word of its own ("—Mira, Juan:", "—Sí, claro:"). The value of a
        list's item goes on in lower case after its colon ("—Obras Públicas: la reparación …",
        "—Release Plan: ship in March."), as does a vocative quoted in a speech ("—Иван Петрович:
        помогите нам …"). After a glued hyphen the name is asked once the list's item is ruled out
        (see :meth:`_listed_item`: "-Release Plan: Ship in March." is none)."""
        words = cand.name.split()
        if not least <= len(words) <= _NAMED_WORDS[1] or "," in cand.name or cand.title:
            return False
        speech = text[speech_start(text, cand.end) :].lstrip(_SPEECH_OPENERS)
        if speech[:1].islower():
            return False
        config = self.config  # each list asked apart: their union, thousands of words, made per line no more
        return all(
            word[:1].isupper()
            and word.replace("-", "").replace("'", "").isalpha()
            and (key := word.casefold()) not in config.any_openers
            and key not in config.any_clause_words
            and key not in config.thanks
            for word in words
        )

    def _listed_item(self, cand: Candidate) -> bool:
        """Whether *cand*, read after a glued hyphen, is a list's item in Title Case: a common
        noun that names a plan, a budget, a bylaw or an item of business among its words
        (``listed_words``, ``business_words``: "Release Plan", "Plan General", "Ordenanza
        Fiscal", "Plan de Obras"), no bracket nor form of address naming a person."""
        if cand.title or cand.role:
            return False
        listed, business = self.config.listed_words, self.config.business_words
        return any(word in listed or word in business for word in cand.name.casefold().split())

    def _office_addressed(self, cand: Candidate, text: str) -> bool:
        """Whether *cand*, read from *text* after a dialogue's glued dash, is a form of address
        before an office in lower case and no name or bracket ("Señor presidente", "Товарищ
        министр"): a novel's or a press report's line of dialogue calls the office so before its
        colon, where a record's label names its holder ("—Concejal Gómez:", "—Presidenta
        (López):") or prints the office bare ("—Председатель:")."""
        if not cand.title or "(" in text[: cand.end]:
            return False
        rest = cand.name.split()[len(cand.title.split()) :]
        return bool(rest) and all(word[:1].islower() for word in rest)

    def _office_opens(self, cand: Candidate) -> bool:
        """Whether a form of address or an office is among the first words of *cand* after its
        article ("La C. Presidenta X", "El secretario diputado X")."""
        words = cand.name.casefold().split()
        words = words[1:] if words and words[0] in self.config.articles else words
        return bool(cand.title) or any(office_or_title(word, self.config) for word in words[:_OFFICE_AT])

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
        return read_past(inner, text, len(text) - len(rest), prefix=text[:1])
