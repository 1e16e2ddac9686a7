"""An examination's turns: who asks (the examiner a heading names, counsel called), who answers
(the witness sworn or resumed), a question under a heading, an answer after its question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stenogram.transcript.candidate import (
    Candidate,
    label_key,
    lower_case,
)
from stenogram.transcript.config import Config
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.labels.patterns import NUMBER_SIGNS
from stenogram.transcript.model import (
    Division,
    Document,
    Para,
    SpeakerLabel,
    Turn,
)
from stenogram.transcript.persons import Registry
from stenogram.transcript.regexcache import regex
from stenogram.transcript.units import Unit

_LETTER = 1  # an answer's letter ("A:", "O:") may be a name's initial; its word in full is no one's
_SWORN_NAME = 60  # characters of a witness's name alone on its line over the oath's words
_WORD_START = regex(r"(?<!\S)(?=\S)")
# A question's number after its word, no one's name: "1", "NO. 1", "№ 3", "１".
_NUMBERED = regex(rf"(?:(?i:n|{NUMBER_SIGNS})\.?[ ]?)?[0-9０-９]{{1,3}}")
# Whoever answers after "?---" where no line has sworn a witness in nor a label named them.
_THE_WITNESS = "the witness"


def heading_person(heading: re.Match[str]) -> str:
    """The person an examination's heading names: whichever of its pattern's named groups
    matched (the examiner's "name" or "agent", the witness's "name", "called" or "heard"), or
    "" where it names no one (a cross-examination's heading alone, "חקירה נגדית"); the witness an
    examiner's heading names first ("examined") is not the one it names."""
    found = heading.groupdict()
    return next((name for key, name in found.items() if name and key != "examined"), "").strip()


class Examinations:
    """The parser's reading of examinations: what it asks of the rest of the parser is declared below
    for the type checker."""

    if TYPE_CHECKING:
        _examinations: dict[str, bool]
        _witness_label: str | None
        accepted: set[str]
        config: Config
        doc: Document
        matcher: LabelMatcher
        registry: Registry

        def _opens_turn(self, unit: Unit, spoken: bool = False) -> Candidate | None: ...

    def _answer_first(self, cand: Candidate, lettered: bool) -> bool:
        """Whether *cand* is an answer's letter before any question's letter (*lettered*), whose
        question's letter the record prints later ("R -" then "Q -"), in a language whose word
        for an unnamed examiner makes the later answers the unnamed witness's: an interview whose
        introduction asks the first question unlabelled, its answer the interviewee's as every
        later one is."""
        if lettered or not cand.short:
            return False  # asked first: the pairs of letters are read only for a letter
        pairs = [pair for pair in self.config.short_labels if label_key(pair[-1]) == cand.key]
        if not any(label_key(pair[0]) in self.accepted for pair in pairs):
            return False
        lang = "en" if cand.key == "a" and "q" in self.accepted else self.doc.lang or ""
        return bool(self.config.examiner_word.get(lang))

    def _answers_asked(self, cand: Candidate, turn: Turn | None) -> bool:
        """Whether *cand* is an answer's letter, no question's word of any pair a label, right
        after *turn*, whose last paragraph asks ("MR WONG: Madam, what is your name?" / "A: Chan
        Siu-ling."): counsel asks under his own label, and the answer is the witness's (a
        briefing's "Q:" answered by "Answer:" is no examination). The answer's word printed in
        full ("ODGOVOR:") answers whatever the turn before asked or bade, its question mark or
        none: a letter alone may be a name's initial, a word is no one's name."""
        if not cand.short or cand.key not in self.config.answering_keys:
            return False
        if not self.config.asking_keys.isdisjoint(self.accepted):
            return False
        if turn is not None and turn.blocks and len(cand.key) > _LETTER:
            return True
        last = turn.blocks[-1] if turn is not None and turn.blocks else None
        words = last.content[-1] if isinstance(last, Para) and last.content else None
        return isinstance(words, str) and words.rstrip().endswith("?")

    def _paired_question(self, cand: Candidate, questions: frozenset[str]) -> bool:
        """Whether *cand* is a question's letter whose answer's letter the record prints too
        ("問" with "答", "Q." with "A."): an examination's, not a press briefing's lone "Q"."""
        if not (cand.short and cand.key in questions):
            return False
        return any(
            label_key(pair[0]) == cand.key and label_key(pair[-1]) in self.accepted
            for pair in self.config.short_labels
        )

    @staticmethod
    def _asks_in(cand: Candidate, turn: Turn | None, division: Division, questions: frozenset[str]) -> bool:
        """Whether *cand* is a question's letter ("Q.") right under a label alone on its line
        (*turn*, still empty, the division's last): a tribunal's counsel resuming the
        questions after an objection. The question is that turn's, its letter kept in its text."""
        return (
            cand.short
            and cand.key in questions
            and turn is not None
            and not turn.blocks
            and bool(division.items)
            and division.items[-1] is turn
        )

    def _question_under(self, text: str, turn: Turn, division: Division, questions: frozenset[str]) -> bool:
        """Whether *text* opens with a question's letter right under *turn*'s label alone on its
        line, the turn still empty: a committee's member asks, the letter marking the question
        in the member's own turn ("Jane Roe Labour, Northtown" / "Q Thank you, …", a public bill
        committee's evidence on the web), so the letter alone later is that member's question.
        The turn is asked first: under most paragraphs it has words already, no letter is read."""
        if turn.blocks or not division.items or division.items[-1] is not turn:
            return False
        short = self.matcher.short_label(text)
        return short is not None and short.key in questions

    def _answer(self, witness: str | None, marker: str, division: Division, unit: Unit) -> Turn:
        """The turn of whoever answers a question after "?---", its marker printed as its label:
        the witness a line swore in, else the record's label for the witness, else the witness
        unnamed."""
        name = witness or self._witness_label or self._unnamed_witness(marker)
        person = self.registry.resolve(name, as_label=bool(witness or self._witness_label))
        person.turns += 1
        turn = Turn(person.id, SpeakerLabel(marker, name, ""), [], unit.line)
        division.items.append(turn)
        return turn

    def _unnamed_witness(self, mark: str) -> str:
        """The name of a witness whom no line names and no label prints, answering under *mark*
        ("A", "R", "答", "---"): the record's language's word for a witness (``witness_word``),
        else the mark as printed, else the English word. It is no label the record prints."""
        lang = self.doc.lang or ""
        if label_key(mark) == "a" and "q" in self.accepted:  # the common-law reporter's "Q." and "A."
            lang = "en"  # though a short excerpt's many "A." make it read as Czech or Slovak
        word = self.config.witness_word.get(lang, "")
        if self._briefing(lang):
            word = self.config.spokesperson_word.get(lang, word)
        word = word[:1].upper() + word[1:]  # a name's first capital: "Le témoin"
        return word or (mark.strip() if any(char.isalpha() for char in mark) else _THE_WITNESS)

    def _briefing(self, lang: str) -> bool:
        """Whether the record's title or a heading above names a press briefing or conference
        (``briefing_words``): there the one who answers is the spokesperson, no witness, and the
        one who asks a journalist, no examiner."""
        words = self.config.briefing_words.get(lang, ())
        heads = [self.doc.title or "", *(division.head or "" for division in self.doc.body)]
        return any(word in head.casefold() for head in heads for word in words)

    def _unnamed_examiner(self, cand: Candidate) -> str | None:
        """The name of whoever asks the questions where no line names an examiner and no label
        before the first question prints one (*cand* the question's letter, "Q."): the record's
        language's word (``examiner_word``), else None and the letter stays the name. A question
        that names whose it is ("Pytanie obrońcy:") keeps its label; its number ("Q.1") names no one."""
        at = cand.printed.find(cand.name)
        whose = cand.printed[at + len(cand.name) :].strip(" .:：\t—–-/") if at >= 0 else ""
        if at < 0 or (whose and not _NUMBERED.fullmatch(whose)):
            return None
        lang = self.doc.lang or ""
        if cand.key == "q" and "a" in self.accepted:  # the common-law reporter's "Q." and "A."
            lang = "en"  # as for the witness: a short excerpt's "A." may read as another language
        word = self.config.examiner_word.get(lang, "")
        if self._briefing(lang):
            word = self.config.journalist_word.get(lang, word)
        return word[:1].upper() + word[1:] if word else None

    def _resumed(self, turn: Turn, division: Division, unit: Unit) -> Turn:
        """A new turn of *turn*'s person with no printed label, from *unit* on: the question
        after a witness's answer is the examiner's again, the answer after it the witness's."""
        again = Turn(turn.who, SpeakerLabel("", turn.speaker.name, ""), [], unit.line)
        division.items.append(again)
        return again

    def _answered_under(self, cut: Turn, division: Division, below: list[Unit], spoken: bool) -> Turn | None:
        """The turn under an examination's heading that names no one, where the line *below* opens
        no turn nor heading: the answers of the person whose turn *cut* the heading cut, as a
        Polish trial's record prints the accused's explanations going on under "Na pytania
        prokuratora:"; none where the chair's turn was cut (the chair gave the floor to ask)."""
        if not below or any(person.chair and person.id == cut.who for person in self.registry.people):
            return None
        if self.matcher.is_heading(below[0].text) or self._opens_turn(below[0], spoken) is not None:
            return None
        return self._resumed(cut, division, below[0])

    def _sworn_below(self, unit: Unit, below: Unit) -> Unit | None:
        """*unit* and *below* as one line that brings a witness in, where *unit* is the witness's
        name alone with its comma and *below* the oath's words in lower case ("MARGARET
        ELLWOOD," / "called as a witness, having been duly sworn, was examined and testified as
        follows:"), as a deposition sets them; None for any other two units."""
        text = unit.text.strip()
        if text[-3:].casefold() == " by":
            return self._examiner_below(text, unit, below)
        if len(unit.lines) != 1 or not text.endswith(",") or len(text) > _SWORN_NAME:
            return None
        if not lower_case(below.text.lstrip()[:1]):
            return None
        return self._heading_across(text, unit, below)

    def _examiner_below(self, text: str, unit: Unit, below: Unit) -> Unit | None:
        """*unit* and *below* as one heading, where *unit* (its *text*) ends with "BY" and *below*
        is a name alone with its colon, as a centred heading's wrap sets the examiner ("BRENDAN
        X, HAVING BEEN SWORN, WAS EXAMINED AS FOLLOWS BY" / "MR. COUGHLAN:"): the examiner is
        the heading's, no turn with no words."""
        named = below.text.strip()
        if len(below.lines) != 1 or len(named) > _SWORN_NAME or not named.endswith((":", "：")):
            return None
        return self._heading_across(text, unit, below)

    def _heading_across(self, text: str, unit: Unit, below: Unit) -> Unit | None:
        """*unit* (its *text*) and *below* as one unit where their words joined head an
        examination (:meth:`_heads_examination`), a heading a wrap set on two lines; else None."""
        joined = f"{text} {below.text.strip()}"
        return Unit(joined, [*unit.lines, *below.lines]) if self._heads_examination(joined) else None

    def _resumed_witness(self, units: list[Unit]) -> str | None:
        """The witness the record's first witness line names where it says the evidence goes on
        ("WITNESS: F (Resumed)", after a break in the day's hearing): the witness was being
        examined above it too, and "THE WITNESS:" there is that person, not another."""
        for unit in units:
            if not self._heads_examination(unit.text):
                continue
            sworn = self.config.witness.fullmatch(unit.text.strip())
            if sworn is None:
                continue
            if not self.config.witness_resumed.search(unit.text):
                return None
            return self.registry.as_printed(heading_person(sworn)) or None
        return None

    def _heads_examination(self, text: str) -> bool:
        """Whether *text* heads an examination: it says who asks ("BY MR. SMITH:") or who is
        sworn to answer ("DR AMELIA HART (sworn)"); no turn, and no front matter."""
        if text not in self._examinations:  # asked of a line in every pass: answered once
            line = text.strip()
            heads = self.config.examiner.fullmatch(line)
            sworn = None if heads else self.config.witness.fullmatch(line)
            self._examinations[text] = bool(heads or (sworn and not self._answered_in_capitals(sworn)))
        return self._examinations[text]

    def _answered_in_capitals(self, sworn: re.Match[str]) -> bool:
        """Whether the words after the witness's label and colon that *sworn* read as the
        witness's name are a sentence's (:meth:`LabelMatcher.says_common`: "SVJEDOK: NISAM GA
        VIDIO", a court's typed record of the answer in CAPITALS); a name's particle ("MARIA DA
        SILVA") is no sentence's word."""
        return self.matcher.says_common((sworn.groupdict().get("witnessed") or "").replace(".", " "))

    def _untaken_role(self, examiner: str) -> str | None:
        """*examiner*, where an examination's heading names a role no label of the record prints
        and no form of address opens ("Questions from COUNSEL TO THE INQUIRY"): the next to speak
        under a label of their own, neither the chair nor the witness, is the one who asks."""
        key = label_key(examiner)
        if key in self.accepted or self.config.titles.match(examiner) or key in self.config.witnesses:
            return None
        return None if any(key in map(label_key, p.labels) for p in self.registry.people) else examiner

    def _in_role(self, examiner: str) -> str:
        """The label of whoever last spoke in the role an examination's heading names
        ("Questions from COUNSEL TO THE INQUIRY" after "MR SMITH (Counsel to the Inquiry):"),
        else *examiner* as the heading prints it."""
        wanted = " ".join(examiner.casefold().split())
        for person in reversed(self.registry.spoken):
            if person.role and " ".join(person.role.casefold().split()) == wanted:
                return person.labels[0]
        return examiner

    def _examined_by(self, sworn: str) -> str | None:
        """Who examines the witness a *sworn* line brings in, where its end names them as an
        examination's heading does ("… WAS EXAMINED FURTHER AS FOLLOWS BY MR. COUGHLAN:", "…,
        לאחר שהוזהר כחוק, משיב לשאלות ב"כ המאשימה:"); tried at each word, a sworn line is rare."""
        for found in _WORD_START.finditer(sworn, 1):
            by = self.config.examiner.match(sworn, found.start())
            if by and heading_person(by):
                return self.registry.as_printed(heading_person(by))
        return None

    def _answers(self, cand: Candidate, witness: str) -> bool:
        """Whether *cand* is *witness* speaking under another label: an answer's letter (the
        second of a `short` pair) or the record's label for whoever is examined ("THE WITNESS:"),
        unless that label is *witness* itself (and keeps its own holder, "WITNESS (Mr. Grey)")."""
        answers = {label_key(pair[-1]) for pair in self.config.short_labels}
        if cand.short or cand.key in answers:  # "R. -", "RISPOSTA -": the answer's word before a dash
            return cand.key in answers
        return cand.key in self.config.witnesses and cand.key != label_key(witness)
