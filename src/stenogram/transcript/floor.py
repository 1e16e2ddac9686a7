"""The floor given and taken: a turn announced by the one before ("I call Mr. X", "Слово имеет …"),
a line of narration naming the speaker, a heading in CAPITALS that names who speaks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from stenogram.transcript.candidate import (
    SMALL,
    UPPER,
    Candidate,
    label_key,
    lower_case,
)
from stenogram.transcript.config import Config
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.labels.patterns import (
    CAPTION_MARK,
    FIRST_ITEM,
    MEMBER_WORDS,
    NAME_WORD,
    SECOND_ITEM,
)
from stenogram.transcript.model import (
    BlockStage,
    Division,
    Document,
    Para,
    Person,
    SpeakerLabel,
    Stage,
    Turn,
)
from stenogram.transcript.persons import Registry
from stenogram.transcript.reader import TERMINAL, Source
from stenogram.transcript.regexcache import regex
from stenogram.transcript.salutations import thanks_alone
from stenogram.transcript.scoring import addresses_chair
from stenogram.transcript.units import Unit

# Words of the chair's speech giving a counsel the witness ("Mr. Lane, you may examine."), and
# of the counsel's name after the form of address
_CALL_WORDS = 16
_CALLED_NAME_WORDS = 3
# A narrative line that gives the floor (see FloorGiving._floor_given): its length, the words of the
# name after the announcing phrase, the name's first capital, a sentence's end inside it.
_FLOOR_LINE = 300
_FLOOR_NAME_WORDS = 12
_FIRST_CAPITAL = regex(rf"(?<![^\W\d_])[{UPPER}]")
_SENTENCE_END = regex(r"[.!?;](?:\s|$)")
# A hyphen inside a capitalised name before a letter in lower case: the hyphen a hard wrap set at
# the line's end ("il senatore Ter-" / "racini."), which the joined text keeps; no double name's,
# whose second part is capitalised ("Rossi-Doria") or a particle a Dutch double name joins
# ("Kuiken-de Jong", "Van Dijk-van der Meer").
_WRAP_HYPHEN = regex(rf"(?<![^\W\d_])([{UPPER}][^\W\d_]*)-(?=(?P<part>[{SMALL}][^\W\d_]*))")
# The fewest words of a speech with no label that the chair's one sentence before it gave to another.
_HANDED_SPEECH_WORDS = 8
_HANDED_NAME_WORDS = 4  # the longest name before the phrase ("Comrade Stalin has the floor.")
_SUBHEADING_WORDS = 8  # the longest subject line under a statement's heading, no stop at its end
_WORDS = regex(r"[^\W\d_]+")
# The captioner's mark of a change of speaker alone before the speech's words.
# the mark before a bracketed note alone is the captioner's note of a sound, no speaker's (">> [
# Gavel ]", ">> (APPLAUSE)")
_CAPTION_CHANGE = regex(r">>(?=[ \t]+\S)(?![ \t]+(?:\[[^\[\]\n]*\]|\([^()\n]*\))[ \t]*$)")
_CAPTION_MARK_ALONE = regex(r">>(?=[ \t])")
# The mark before such a note alone (">> [ INAUDIBLE ]", ">> [ Gavel ]"), the note's words.
CAPTION_NOTE = regex(r">>[ \t]+(?:\[(?P<square>[^\[\]\n]*)\]|\((?P<round>[^()\n]*)\))[ \t]*$")
# The stops that end an interviewer's question after its dash ("――それはいつ頃ですか。"), where an
# epigraph's source after a dash ends with none ("――夏目漱石").
_ASKED_STOPS = "。？！?!…」』)）"
_ASKED = 2  # the questions so answered that make a text an interview whose dash marks them


# A panel's heading goes on to its next witness after a semicolon ("STATEMENTS OF X, M.D.,
# DIRECTOR; AND Y, PRESIDENT"), as a witness's own names who accompanies him ("; ACCOMPANIED BY").
_PANEL_NEXT = regex(r";\s*and\b", re.IGNORECASE)
_NAME_STEM = 4  # letters of a name at least that its case endings leave ("Özdemir'de", "Иванову")


class FloorGiving:
    """The parser's reading of the floor given and taken: what it asks of the rest of the parser
    is declared below for the type checker."""

    if TYPE_CHECKING:
        _spoken_keys: set[str] | None
        _quoted_lines: set[int]
        _captioned: bool
        _asked_dash: str
        _answerer: str
        config: Config
        doc: Document
        matcher: LabelMatcher
        registry: Registry
        source: Source

        def _heads_examination(self, text: str) -> bool: ...
        def _opens_turn(self, unit: Unit, spoken: bool = False) -> Candidate | None: ...
        def _roll_lines(self, unit: Unit) -> bool: ...
        def _label(self, text: str, first_line: str | None = None) -> Candidate | None: ...

    def _floor_taker(
        self, spoke: Sequence[tuple[Person, bool, str]], witness: str | None, renewed: bool
    ) -> str | None:
        """Who asks the questions that follow a labelled turn where no heading names an examiner
        ("検察官：はい。" over "問　…"): whoever spoke last, unless a question or answer came last
        (the same examination goes on), the chair (a ruling between the questions) or the witness
        (who answered the chair's questions before). Where questions came before (*renewed*:
        another examination, or the same letters with no examiner named), only one the chair gave
        the floor to takes it over ("裁判長：弁護人、どうぞ。" / "弁護人：はい。"), no counsel's
        objection nor the court ruling on it ("THE COURT: Overruled."). Where the last speaker
        gives the witness to a counsel by name ("THE COURT: Mr. Lane, you may examine."), that
        counsel asks."""
        if not spoke or spoke[-1][1]:
            return None
        if counsel := self._called_counsel(spoke[-1][2], witness):
            return counsel
        if spoke[-1][0].chair:
            return None
        person = spoke[-1][0]
        named: str = person.labels[0] if person.labels else person.name
        forms = {label_key(form) for form in person.labels} | {label_key(person.name)}
        called = {" ".join(form.split()[:words]) for form in forms for words in (1, 2)}  # "Świadek X"
        if called & self.config.witnesses or (witness and label_key(witness) in forms):
            return None
        if renewed and (len(spoke) < 2 or not spoke[-2][0].chair):
            return None
        return named

    def _called_counsel(self, speech: str, witness: str | None) -> str | None:
        """The counsel the chair's short *speech* gives the witness to, addressed by a form of
        address and the name ("Mr. Lane, you may examine.", "Your witness, Ms. Ortega."), as
        the record prints that person's label where one came before; None where the speech calls
        no one so (a ruling: "Overruled.") or names the *witness*."""
        calls = self.config.examine_calls
        words = speech.split()
        if calls is None or not 0 < len(words) <= _CALL_WORDS or not calls.search(speech.casefold()):
            return None
        for at, word in enumerate(words):
            if not (word[:1].isupper() and self.config.titles.fullmatch(word.casefold())):
                continue
            name: list[str] = []
            for after in words[at + 1 : at + 1 + _CALLED_NAME_WORDS]:
                if not after[:1].isupper():
                    break
                name.append(after.rstrip(",.;:!?"))
                if after[-1] in ",.;:!?":
                    break
            called = " ".join([word, *name])
            if not name or (witness and label_key(witness).endswith(label_key(" ".join(name)))):
                continue
            key = label_key(called)
            known = next((p for p in self.registry.people if key in map(label_key, p.labels)), None)
            return known.labels[0] if known else called
        return None

    def _verb_after(self, cand: Candidate) -> str:
        """The verb of asking or answering a court's record glues after *cand*'s role
        ("审判长问：", "被告人答："), or a spokesperson's of announcing after her name
        ("X首先发布消息："), if its label prints one."""
        said = cand.printed.rstrip().rstrip(":：")
        verbs = self.config.asks_answers + self.config.announces
        if not said.endswith(verbs):  # most labels: no verb, asked once
            return ""
        return next((verb for verb in verbs if said.endswith(cand.name + verb)), "")

    def _hails_chair(self, cand: Candidate, unit: Unit) -> bool:
        """Whether *cand* is the chair addressed (see :func:`addresses_chair`), or the line is
        that address alone, a dash after it ("Mr Ahmed Ibrahim 10:25 a.m." / "Mr Speaker —", a
        member cut short): read as a name alone on its line, it names no one."""
        if addresses_chair(cand, self.config):
            return True
        line = unit.text.strip()
        inner = None if cand.punct or "\n" in line else self.matcher.candidate(line)
        dashed = inner is not None and inner.punct in ("-", "–", "—") and inner.end == len(line)
        return dashed and inner is not None and addresses_chair(inner, self.config)

    def _caption_change(self, text: str, turn: Turn | None) -> re.Match[str] | None:
        """The captioner's mark of a change of speaker, ">>", opening *text* with no label after
        it, where the turn it would go on (*turn*) opened with that mark before its label: the
        captions' next speaker, unnamed (">> MAYOR X: …" / ">> I HAVE ONE QUESTION."); before any
        turn where the mark opens two paragraphs or more (:attr:`_captioned`), captions that name
        no one, every speaker unnamed."""
        if turn is None and self._captioned:
            return _CAPTION_CHANGE.match(text) or self._caption_lost(text)
        if turn is None or not turn.speaker.text.startswith(CAPTION_MARK):
            return None
        return _CAPTION_CHANGE.match(text) or self._caption_lost(text)

    def _caption_lost(self, text: str) -> re.Match[str] | None:
        """The mark of a change of speaker before a note alone that the speaker's words were
        lost (">> [ INAUDIBLE ]", ">> (unintelligible)": the editorial gap's illegible words): the
        next speaker's turn, unnamed, holding the note, as ">> HERE." is one; a sound's note
        (">> [ Gavel ]") is the hall's, no speaker's."""
        note = CAPTION_NOTE.match(text)
        if note is None:
            return None
        lost = self.config.gap.match((note["square"] or note["round"] or "").strip())
        return _CAPTION_MARK_ALONE.match(text) if lost is not None and lost["illegible"] else None

    def _unnamed_turn(self, mark: str, division: Division, unit: Unit) -> Turn:
        """The turn of a speaker the captions do not name, its *mark* printed as its label: the
        record's language's word for one (``unnamed_word``), else the English."""
        words = self.config.unnamed_word
        name = words.get(self.doc.lang or "", "") or words.get("en", "") or mark
        person = self.registry.resolve(name, as_label=False)
        person.turns += 1
        turn = Turn(person.id, SpeakerLabel(mark, name, ""), [], unit.line)
        division.items.append(turn)
        self.doc.decisions.append(f"line {unit.line}: a bare {mark!r} opens an unnamed speaker's turn")
        return turn

    def _asked_dash_of(self, units: Sequence[Unit], labels: Sequence[Candidate | None]) -> str:
        """The dash that opens each of an interview's questions (``asked_dashes``), where no unit
        holds a label, the title or a line above the first question names an interview
        (``interview_titles``: "特集インタビュー", "聞き手・構成", "专访") and two questions or more so
        opened have a paragraph under them that opens with none, the answer ("――それはいつ頃ですか。"
        / "はい、…"); "" for any other text (a speech quoting after a dash, a record with labels,
        an epigraph's source under a dash, an essay's or a novel's dashed lines of thought and
        dialogue, a speech's dashed list of points, none of which a head calls an interview)."""
        if not self.config.asked_dashes or any(label is not None for label in labels):
            return ""
        titles = self.config.interview_titles.get(self.doc.lang or "", ())
        if not titles:
            return ""
        for mark in self.config.asked_dashes:
            opened = [_asked_after(unit.text, mark) is not None for unit in units]
            answered = sum(
                1
                for at, asks in enumerate(opened[:-1])
                if asks and not opened[at + 1] and units[at + 1].text.strip()
            )
            if answered < _ASKED:
                continue
            head = [self.doc.title or "", *(unit.text for unit in units[: opened.index(True)])]
            if any(word in line.casefold() for line in head for word in titles):
                return mark
        return ""

    def _asked_turn(
        self, text: str, turn: Turn | None, division: Division, unit: Unit
    ) -> tuple[Turn, str] | None:
        """The turn *text* opens in an interview whose dash marks the questions (:attr:`_asked_dash`):
        the interviewer's where the dash opens it, its words after the dash; the interviewee's
        where it opens a paragraph right under a question; None within an answer, or elsewhere."""
        mark = self._asked_dash
        question = _asked_after(text, mark) if mark else None
        if question is None and (turn is None or turn.speaker.text != mark or not turn.blocks):
            return None
        lang = self.doc.lang or ""
        words = self.config.interview_words.get(lang) or self.config.interview_words.get("en") or ()
        side = 0 if question is not None else 1
        name = words[side] if len(words) > side else mark
        person = self.registry.resolve(name, as_label=False)
        person.turns += 1
        printed = mark if question is not None else ""
        asked = Turn(person.id, SpeakerLabel(printed, name, ""), [], unit.line)
        division.items.append(asked)
        self.doc.decisions.append(
            f"line {unit.line}: the interview's {'question' if side == 0 else 'answer'}"
        )
        return asked, text if question is None else question

    def _give_floor(self, given: str, unit: Unit, following: list[Unit], division: Division) -> Turn | None:
        """The turn a line giving the floor to *given* opens, the line a stage above it; none
        where the next line gives the floor again ("Palabras del honorable Senador X." / "Con
        la venia de la Presidencia hace uso de la palabra el honorable Senador X:"): that one opens it."""
        division.items.append(BlockStage(Stage("other", [unit.text.strip()]), unit.line))
        if self._floor_given(following[0].text, following[1:]):
            return None
        person = self.registry.resolve(given)
        person.turns += 1
        turn = Turn(person.id, SpeakerLabel("", given, ""), [], unit.line)
        division.items.append(turn)
        self.doc.decisions.append(f"line {unit.line}: the floor given to {given!r} opens a turn")
        return turn

    def _statement_turn(self, title: str, below: list[Unit], division: Division, line: int) -> Turn | None:
        """The turn of the witness a hearing's heading names ("STATEMENT OF HON. JANE DOE,
        SECRETARY OF ENERGY", ``[labels] statement_heads``) where the statement follows it with
        no label of its own: the name before the office's comma speaks it. A subject's line under
        it and a label below that ("STATEMENT BY PREMIER" / "Absence of Attorney-General" /
        "Mr X (Franklin - Premier) - …", a state assembly's Hansard) opens no turn: the label does;
        nor does a panel's heading over a witness's ("STATEMENTS OF X, M.D., DIRECTOR; AND" / "Y,
        PRESIDENT" / "STATEMENT OF X, M.D."): each speaks under a label or a heading of his own.
        A semicolon alone tells no panel: one witness's heading names who accompanies him after
        one ("STATEMENT OF HON. X, SECRETARY; ACCOMPANIED BY Y, DEPUTY"); a panel's names the next
        witness after it ("…; AND Y, PRESIDENT")."""
        heading = " ".join(title.split())
        heads = self.config.statement_heads
        opening = next((head for head in heads if heading.casefold().startswith(head)), "")
        if not opening or not below or self._opens_turn(below[0], True) is not None:
            return None
        next_line = below[0].text.strip()
        if next_line.casefold().startswith(heads) or _PANEL_NEXT.search(f"{heading} {next_line}"):
            return None  # a panel's heading: over a witness's own, or going on to the next witness
        if len(below) > 1 and _subject_line(below[0].text) and self._opens_turn(below[1], True) is not None:
            return None
        name = heading[len(opening) :].split(",", 1)[0].strip()
        if not name or not any(c.isalpha() for c in name):
            return None
        why = f"the statement the heading gives {name!r} opens a turn"
        return self._heading_turn(name, division, line, why)

    def _question_turn(self, title: str, below: list[Unit], division: Division, line: int) -> Turn | None:
        """The turn under a question time's heading that names who asks and who answers ("Ms X
        question to PREMIER, Mr Y", ``[labels] question_head``), the question printed under it
        with no label of its own: the asker's; under the answer's heading (``answer_heads``:
        "ANSWER") the answerer's the question's heading named."""
        heading = " ".join(title.split())
        if not below or self._opens_turn(below[0], True) is not None:
            return None
        asked = self.question_asked(heading)
        if asked is not None:
            name, self._answerer = asked["asker"].strip(), asked["answerer"].strip()
        elif self._answerer and heading.casefold() in self.config.answer_heads:
            name, self._answerer = self._answerer, ""
        else:
            return None
        return self._heading_turn(name, division, line, f"the question's heading gives {name!r} a turn")

    def _announced_turn(self, title: str, below: list[Unit], division: Division, line: int) -> Turn | None:
        """The turn under a heading that names whose speech follows (:meth:`announced_name`), the
        speech printed under it with no label of its own: that person's."""
        name = self.announced_name(title)
        if name is None or not below or self._opens_turn(below[0], True) is not None:
            return None
        return self._heading_turn(name, division, line, f"the heading gives {name!r} the speech under it")

    def announced_name(self, title: str) -> str | None:
        """The person a heading names whose speech follows ("Intervention de M. le Maire", "Rede
        von Dr. X": an announcing phrase of ``[labels] announcements`` opening it, a short name
        after it, capitalised but for its particles, no stop ending it); None for any other line."""
        heading = " ".join(title.split())
        found = self.config.announcement_opens.match(heading)
        words = heading[found.end() :].split() if found and heading[-1] not in TERMINAL else []
        if not words or not words[0][0].isupper() or not self._short_name(words):
            return None
        return " ".join(words)

    def _short_name(self, words: list[str]) -> bool:
        """Whether *words* are a name a heading or the chair's sentence hands the floor to: a few
        words, each capitalised but for a name's particles ("Jean de la Tour")."""
        return 0 < len(words) <= _HANDED_NAME_WORDS and all(
            word[0].isupper() or word.casefold() in self.config.particles for word in words
        )

    def _heading_turn(self, name: str, division: Division, line: int, why: str) -> Turn:
        """A turn of *name*, whom a heading at *line* names with no label of his own, opened in
        *division*, the decision (*why*) reported."""
        person = self.registry.resolve(name)
        person.turns += 1
        turn = Turn(person.id, SpeakerLabel("", name, ""), [], line)
        division.items.append(turn)
        self.doc.decisions.append(f"line {line}: {why}")
        return turn

    def question_asked(self, text: str) -> re.Match[str] | None:
        """The question's heading *text* is, its asker and answerer (``[labels] question_head``):
        each under a form of address, no stop ending it, as a heading has none; a chair's own
        sentence so worded ("A supplementary question to the Minister, the member for X.") is
        none. The stop is asked first, of the text's last character: the pattern had read each
        paragraph of the body whole, most of them ending with a stop."""
        last = text.rstrip()[-1:]
        if not last or last in TERMINAL or not self.config.question_head:
            return None
        heading = " ".join(text.split())
        asked = self.config.question_head.fullmatch(heading)
        if asked is None:
            return None
        titles = self.config.titles
        titled = all(titles.fullmatch(asked[group].split()[0].casefold()) for group in ("asker", "answerer"))
        return asked if titled else None

    def _floor_given(self, text: str, following: list[Unit]) -> str | None:
        """Whom a narrative line gives the floor to, where it ends with a colon and the speech
        follows with no label of its own (the Colombian Gaceta's "La Presidencia concede el uso
        de la palabra al honorable Senador X:", "Con la venia de la Presidencia hace uso de la
        palabra el honorable Senador X:"): the name after the last announcing phrase (``[labels]
        announcements``), from its first capital, of a few words with at most one in lower case
        beside a name's particles ("Ministro de Hacienda, doctor Andrés Villa")."""
        line = text.strip()
        if "\n" in line or len(line) > _FLOOR_LINE or not following:
            return None
        last = self._floor_phrase(line)
        after = _FIRST_CAPITAL.search(line, last) if last >= 0 else None
        if after is None or self._label(following[0].text, following[0].first_line):
            return None
        name = line[after.start() : -1].strip()
        words = name.split()
        lower = [w for w in words if lower_case(w[0]) and w.casefold() not in self.config.particles]
        if len(words) > _FLOOR_NAME_WORDS or len(lower) > 1 or _SENTENCE_END.search(name):
            return None
        return name

    def _handed_floor(self, turn: Turn | None, text: str, below: list[Unit]) -> str | None:
        """Whom the turn before *text*, a speech with no label, gave the floor to where that turn
        is one sentence announcing a speaker ("Andreev. Comrade Stalin has the final word.", a
        congress's report; ``[labels] announcements``): the name after the phrase, or the
        capitalised name before it where nothing follows; None where the turn says more, or where
        the label *below* the speech is that person's (the chair's words went on before it: "I give
        the floor to Mr Jones." / "Before he begins, I remind members …" / "MR JONES: …")."""
        paras = [item for item in turn.blocks if isinstance(item, Para)] if turn is not None else []
        if turn is None or len(paras) != 1 or not isinstance(paras[0].held, str):
            return None
        said = paras[0].held.strip()
        if (
            not said.endswith(".")
            or _SENTENCE_END.search(said[:-1])
            or len(text.split()) < _HANDED_SPEECH_WORDS
        ):
            return None
        found = self.config.announcements.search(said)
        if found is None:
            return None
        # asked after the turn's one sentence and its phrase (the procedural lines' pattern, read
        # over the whole speech, had cost ten times those tests)
        if self.config.procedural.match(text.strip()):
            return None  # the note of the sitting ("Заседание прерывается в 11 ч. 30 м. …"): no speech
        after = _FIRST_CAPITAL.search(said, found.end())
        name = said[after.start() : -1].strip() if after else said[: found.start()].strip()
        words = name.split()
        while len(words) > 1 and self.config.titles.fullmatch(words[0].casefold()):
            words = words[1:]  # "Comrade Stalin": the person, the form of address no name's word
        name = _WRAP_HYPHEN.sub(self._unwrapped, " ".join(words)) if "-" in said else " ".join(words)
        if _SENTENCE_END.search(name) or not self._short_name(words):
            return None
        if label_key(name) == label_key(turn.speaker.name):
            return None
        following = self._opens_turn(below[0], True) if below else None
        if following is not None and words[-1].casefold() in _WORDS.findall(following.name.casefold()):
            return None
        return name

    def _unwrapped(self, found: re.Match[str]) -> str:
        """The name's part before a hyphen a hard wrap set ("Ter-" / "racini": "Ter"), the hyphen
        kept before a particle of a double name ("Kuiken-de Jong") and before a double given name's
        second part an OCR set in lower case ("Jean-" / "baptiste"): one the record prints
        capitalised after the same first part elsewhere ("Jean-Baptiste"), or two given names."""
        head, part = found.group(1), found.group("part")
        if part.casefold() in self.config.particles:
            return found.group()
        if f"{head}-{part[:1].upper()}{part[1:]}" in self.source.held:
            return found.group()
        given = self.config.double_given_names
        return found.group() if head.casefold() in given and part.casefold() in given else head

    def _handed_turn(self, name: str, unit: Unit, division: Division) -> Turn:
        """The turn of *name*, whom the chair's sentence before *unit* gave the floor to; its
        label the surname letter-spaced with its stop where *unit* opens with it, as an old
        Camera record prints members as it prints the chair ("P R E S I D E N T E . Ha facoltà
        di parlare l'onorevole Colajanni." / "C O L A J A N N I . Non posso …"): a word so
        spaced elsewhere is emphasis, the chair's announcement makes this one a name."""
        person = self.registry.resolve(name)
        person.turns += 1
        surname = " ".join(map(re.escape, name.split()[-1].upper()))
        spaced = re.match(rf"{surname}[ \t]*\.(?=\s)", unit.text)
        printed = spaced.group() if spaced else ""
        if spaced:
            self.registry.printed_as(person, printed.rstrip(" ."))
        turn = Turn(person.id, SpeakerLabel(printed, name, "." if spaced else ""), [], unit.line)
        division.items.append(turn)
        self.doc.decisions.append(
            f"line {unit.line}: the floor the turn before gave to {name!r} opens a turn"
        )
        return turn

    def _floor_phrase(self, line: str) -> int:
        """Where the phrase that gives the floor ends in *line*: the last announcement of a line
        ending with a colon, or the head of a line ending with a full stop or a colon ("Palabras
        del …", "Intervención del …:", ``[labels] speech_heads``); -1 where there is none."""
        head = self.config.speech_heads.match(line) if line.endswith((".", ":")) else None
        if line.endswith(":"):
            found = max((found.end() for found in self.config.announcements.finditer(line)), default=-1)
            return found if found >= 0 or head is None else head.end()
        return head.end() if head else -1

    def _called(self, cand: Candidate, unit: Unit, following: list[Unit]) -> bool:
        """Whether *cand*, a name in Mixed case with a full stop that is its whole paragraph,
        is the chair calling the next speaker ("Mr. Clement." before "MR. CLEMENT: …"): no
        turn, for no speech follows it before the next label or heading. So is a name alone
        with no punctuation over the line that heads the examination ("David Grey" / "Questioned
        by Ms Lane"), as an inquiry's transcript prints the witness called: a heading."""
        after = following[0] if following else None
        if not cand.punct and self._over_name(cand, unit, after):
            return True  # a roll of names alone, one a line ("Samir Hattab" / "Walid Mutairi")
        if not cand.punct and not unit.text[cand.end :].strip():
            return after is not None and self._heads_examination(after.text)
        if cand.upper or cand.role or cand.punct != "." or unit.text[cand.end :].strip():
            return False
        return after is None or bool(
            self._label(after.text, after.first_line)
            or self.matcher.is_heading(after.text)
            or self._heads_examination(after.text)
        )

    def _roll_ends(self, cand: Candidate, unit: Unit, following: list[Unit]) -> bool:
        """Whether *cand*, above the first turn a name alone with no punctuation that is its whole
        paragraph, is right over a paragraph that another's label with its punctuation opens:
        the last line of a roll set one name a paragraph (the guests' names over the host's
        first label), no turn, for it says nothing before the turn below; but a name with its
        stop alone below it that the label after it prints is the chair calling that member, the
        chair's words (a Sri Lankan Hansard's "ගරු කථානායකතුමා (…) (The Hon. Speaker)" / "ගරු X
        මහතා." / "ගරු X මහතා (…) (The Hon. X)" / the question)."""
        if cand.punct or cand.time or unit.text.strip() != cand.printed.strip() or not following:
            return False
        below = self._label(following[0].text, following[0].first_line)
        if below is None or not below.punct.strip() or below.key == cand.key:
            return False
        after = self._label(following[1].text, following[1].first_line) if len(following) > 1 else None
        if after is not None and after.key == below.key and self._called(below, following[0], following[1:]):
            return False
        return not any(isinstance(item, Turn) for division in self.doc.body for item in division.items)

    def _in_roll(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index* opens with a name alone over another's in a roll (see
        :meth:`_over_name`): above the first turn, a line of the head's roll, no turn."""
        unit = units[index]
        cand = self._opens_turn(unit)
        after = units[index + 1] if index + 1 < len(units) else None
        if cand is None or cand.punct:
            return False
        return self._over_name(cand, unit, after) or self._roll_entry(units, index)

    def _roll_entry(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index*, above the first turn, is an entry of a roll a copy sets one
        line a paragraph: a name alone with no punctuation or an office's heading ("CONVENER" /
        "*Clare Beispiel (Rutherglen) (SNP)" / "COMMITTEE MEMBERS" / …) over another such paragraph,
        or the roll's last entry under one over a short line of no sentence ("*attended") or right
        over a label with its punctuation: no speech of its own, for a label's speech is no name
        alone; or a paragraph that is a roll
        itself, a name and its role on each of two lines or more (see :meth:`_roles_listed`)."""
        if self._roles_listed(units[index]):
            return True
        if not self._bare_paragraph(units[index]):
            return False
        below = units[index + 1] if index + 1 < len(units) else None
        if below is not None and self._bare_paragraph(below):
            return True
        if index and below is not None and (label := self._opens_turn(below)) is not None and label.punct:
            # the roll's last entry right over the first label with its colon ("2. Verwaltung" /
            # "Stadtrat Dr. Ulrich Pohl" / "Vorsitzende Helga Sommer: Ich eröffne …"): no speech of its own
            return True
        above = units[index - 1] if index else None
        return (
            above is not None
            and below is not None
            and self._bare_paragraph(above)
            and len(below.lines) == 1
            and self._roll_lines(below)
        )

    def _roles_listed(self, unit: Unit) -> bool:
        """Whether *unit* names a person and their role alone on each of its two lines or more, a
        :meth:`_bare_paragraph` ("Participants:" / blank / "Laura X, Chief Executive Officer" /
        "Omar Y, Chief Financial Officer", a conference's or a meeting's roll): no label over its
        speech, for no one's speech is another's name and office alone on its line."""
        return (
            len(unit.lines) > 1
            and self._bare_paragraph(unit)
            and all(
                (bare := self.matcher.bare(text.strip())) is not None and bare.role for _, text in unit.lines
            )
        )

    def _list_heading(self, cand: Candidate, unit: Unit, following: list[Unit]) -> bool:
        """Whether *cand*, words and their colon alone in their paragraph that name no office
        nor a person by title or role ("Intervienen:", "Asistentes:", "Participants:",
        "Votaron a favor:"), heads a list of names one a line in the paragraph below it (see
        :meth:`_bare_paragraph`): no turn, for a speech is no list of names alone; a clerk's or
        a chair's office over such a list ("SECRETARIO:") reads it out and keeps its turn."""
        if not following or not cand.punct.strip() or cand.role or cand.title:
            return False
        if unit.text.strip() != cand.printed.strip() or self.config.offices.match(cand.name.casefold()):
            return False
        return len(following[0].lines) > 1 and self._bare_paragraph(following[0])

    def _items_heading(self, cand: Candidate, unit: Unit, following: list[Unit], above: list[Unit]) -> bool:
        """Whether *cand*, alone on its paragraph's first line with its colon over the list's first
        item ("GÜNDEM:" / "1- … onaylanması."), heads the list whose second item opens the
        paragraph below ("2- …"): an agenda's items set apart by blank lines, which the label's
        scoring reads no further than the first (a speaker's first point has no second below).
        One word with no office, title nor role, as a heading is; an office's or a name's reads
        out its points, and so does a word the paragraph *above* (one or none) gives the floor to."""
        lines = unit.lines
        return (
            bool(following)
            and len(lines) > 1
            and " " not in cand.name.strip()
            and not (cand.role or cand.title or self.config.offices.match(cand.name.casefold()))
            and cand.punct.strip() in (":", "：")
            and lines[0][1].strip() == cand.printed.strip()
            and FIRST_ITEM.match(lines[1][1]) is not None
            and SECOND_ITEM.match(following[0].first_line) is not None
            and not (above and self._floor_to(cand.name, above[0].text))
        )

    def _floor_to(self, name: str, above: str) -> bool:
        """Whether *above* gives the floor to *name* after an announcing phrase (``[labels]
        announcements``: "Söz sırası Sayın Özdemir'de.", "Слово предоставляется депутату
        Иванову."): the speaker called, who reads out his points. A word's stem is enough, as
        its case endings follow it."""
        found = max((match.end() for match in self.config.announcements.finditer(above)), default=-1)
        folded = name.strip().casefold()
        return found >= 0 and folded[: max(_NAME_STEM, len(folded) - 2)] in above[found:].casefold()

    def _bare_paragraph(self, unit: Unit) -> bool:
        """Whether each line of *unit* is a name or an office alone with no punctuation and no
        clock, the whole line (see :meth:`LabelMatcher.bare`): a roll's lines, no speech. Its
        first line is asked before its lines are made: a speech's refuses most paragraphs."""
        return self._bare_whole(unit.first_line) and all(self._bare_whole(text) for _, text in unit.lines)

    def _bare_whole(self, text: str) -> bool:
        """Whether *text* is a name or an office alone with no punctuation and no clock."""
        bare = self.matcher.bare(text.strip())
        return bare is not None and not bare.punct and not bare.time and bare.printed.strip() == text.strip()

    def _name_over_label(self, units: list[Unit], index: int) -> bool:
        """Whether the unit at *index*, the record's first, is a name alone on its line with no
        punctuation over a line that opens with a label and its own punctuation ("Anna Berg" /
        "Anna Berg (Labour): …", a speech page's name over its record): the page's title, for
        the name has no speech of its own before the next label."""
        unit = units[index]
        cand = self._opens_turn(unit) if index == 0 and len(units) > 1 else None
        if cand is None or cand.punct or cand.time or unit.text.strip() != cand.printed.strip():
            return False
        below = self._opens_turn(units[1])
        return below is not None and bool(below.punct.strip())

    def _over_name(self, cand: Candidate, unit: Unit, after: Unit | None) -> bool:
        """Whether *cand*, alone on its line with no punctuation, has another person's names alone
        with no punctuation on the line below it (a roll of the guests, one a line, over the
        first turn): no speech of its own, for no one's speech is a name of two words; thanks
        alone ("Gracias Presidente") are a reply, no name."""
        if cand.time or unit.first_line.strip() != cand.printed.strip():
            return False
        below = unit.lines[1][1] if len(unit.lines) > 1 else after.first_line if after else ""
        listed = self.matcher.bare(below)
        words = below.split()
        return (
            listed is not None
            and listed.key != cand.key
            and listed.name == below.strip()
            and MEMBER_WORDS[0] <= len(words) <= MEMBER_WORDS[1]
            and all(NAME_WORD.fullmatch(word) for word in words)
            and not thanks_alone(below, self.config)
        )

    def _capitals_heading(
        self, units: list[Unit], cand: Candidate, unit: Unit, following: list[Unit]
    ) -> bool:
        """Whether *cand*, a line in CAPITALS with its stop or none that is its whole paragraph
        and names no form of address, office or role, heads an item ("OATH OF ALLEGIANCE.",
        "PETITIONS.", the Congressional Globe's; "IZAMIENTO DE BANDERAS"): a label follows it,
        or the record's narration of what the house did ("The Senate resumed the consideration
        of …"), no speech of its own; and it opens no speech anywhere in the record ("STALIN."
        silent once, "STALIN. Yes." later)."""
        if not cand.upper or cand.role or cand.title or cand.punct not in (".", "") or len(unit.lines) > 1:
            return False
        if unit.text[cand.end :].strip() or not following or self._office_named(cand.name):
            return False
        if cand.key in self._speaking(units):
            return False
        after = following[0]
        if self._label(after.text, after.first_line) is not None:
            return True
        words = after.text.split()[:2]
        if len(words) == 2 and len(words[0]) <= 3 and words[1][:1].isupper():  # "The Senate", "Le Sénat"
            words = words[1:]
        return bool(words) and self.config.chambers.match(words[0].casefold()) is not None

    def _narration_below(self, cand: Candidate, unit: Unit, following: list[Unit]) -> str | None:
        """The record's narration of an event of the sitting that *cand*, a line in CAPITALS
        alone with no punctuation, heads ("" where it is the next paragraph), or None where it
        heads a speech: a synod's "THE CHAIR" over "Miss X (London) took the Chair at 10.30
        am.", "WORSHIP" over "The Revd X led the Synod in an act of worship." (``[labels]
        procedural`` or ``presiding``, the whole paragraph). A copy that ran the heading into its
        line sets the taking of the chair after it there ("THE CHAIR Miss X (London) took the
        Chair at 10.30 am."): the heading's too, whose chair's words no speech of a label's are."""
        if not cand.upper or cand.role or cand.punct.strip():
            return None
        below = unit.text[cand.end :].strip()
        if unit.first_line.strip() != cand.printed.strip() and not self.config.presiding.fullmatch(below):
            return None  # its line is the label alone, or the chair's taking it on the line
        narration = below or (following[0].text.strip() if following else "")
        narrated = self.config.procedural.match(narration) or self.config.presiding.fullmatch(narration)
        return below if narration and narrated else None

    def _office_named(self, name: str) -> bool:
        """Whether *name*, a line in CAPITALS, names an office's holder: the office opens it
        ("THE PRIME MINISTER.") or follows a name and its comma ("JOHN ROE, MINISTER OF LABOUR.");
        a body named inside a heading is none ("MESSAGES FROM THE COUNCIL OF STATE.")."""
        words = name.casefold().split()
        if words[:1] == ["the"]:
            words = words[1:]
        return bool(self.config.offices.match(" ".join(words))) or (
            "," in name and bool(self.config.offices.search(name.casefold()))
        )

    def _speaking(self, units: list[Unit]) -> set[str]:
        """The keys of the labels that open a speech on their own line somewhere in *units*,
        read once (see :meth:`_unit_labels`)."""
        if self._spoken_keys is None:
            self._unit_labels(units)
        return self._spoken_keys or set()

    def _unit_labels(self, units: list[Unit]) -> list[Candidate | None]:
        """Each unit's label as its paragraph reads (:meth:`_label`), read once before the body
        frees the units: the body's turns take theirs from it, in order, and :meth:`_speaking`
        the keys of those with a speech beside them, the first time (a unit's label had been read
        twice, a tenth of the body's time)."""
        labels = [self._label(unit.text, unit.first_line) for unit in units]
        if self._quoted_lines:  # a line a quotation read out holds opens no turn, its key believed
            quoted = self._quoted_lines
            labels = [
                None if cand is not None and unit.line in quoted else cand
                for unit, cand in zip(units, labels, strict=True)
            ]
        if self._spoken_keys is None:
            self._spoken_keys = {
                cand.key
                for unit, cand in zip(units, labels, strict=True)
                if cand is not None and unit.text[cand.end :].strip()
            }
        return labels


def _asked_after(text: str, mark: str) -> str | None:
    """The words of an interviewer's question after *mark* opening *text* ("――それはいつ頃ですか。"):
    words after it, no dash again (a rule of dashes), a stop at their end; else None."""
    line = text.lstrip(" \t\u3000")
    if not line.startswith(mark):
        return None
    words = line[len(mark) :].strip()
    if not words or words[0] in "―—-–" or words[-1] not in _ASKED_STOPS:
        return None
    return words


def _subject_line(text: str) -> bool:
    """Whether *text* is one short line with no stop or colon at its end: a subject's line under
    a heading ("Absence of Attorney-General"), no speech."""
    line = text.strip()
    return "\n" not in line and 0 < len(line.split()) <= _SUBHEADING_WORDS and line[-1:] not in ".!?:;,"
