"""Who presides: the chair a record's head, a sitting's opening sentence or a bench's line names,
for the chair's office printed alone as a label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stenogram.transcript.candidate import (
    BRACKETED,
    UNSPACED_WORD,
)
from stenogram.transcript.config import Config
from stenogram.transcript.names import (
    chair_office,
    chair_office_alone,
    chairs,
    name_parts,
    office_after_comma,
    uncased_name,
)
from stenogram.transcript.persons import Registry
from stenogram.transcript.reader import spaced_name
from stenogram.transcript.regexcache import regex
from stenogram.transcript.turn_labels import name_word

# A head's parts: "(Az ülés kezdete: 9.02 óra - Elnök: Kovács Béla. Jegyzők: …)"
_HEAD_PARTS = regex(r"\s+[-–—]\s+|[;,،؛]\s+|\.\s+(?=[^\W\d_][^\s:：]*\s*[:：])")
# A field of the head and its value: "Voorzitter: Van Dalen", "主持人：王建国"
_HEAD_FIELD = regex(r"(?P<field>[^\W\d_][^:：()\d]{0,40}?)\s*[:：]\s*(?P<value>[^\W\d_].*)")
# The entries of a roll of the bench, between its semicolons and commas ("M. Owada, président ; …")
_ROLL_ENTRIES = regex(r"\s*[;,]\s*")
# Where a name in the head ends: its seat in parentheses, the dotted leaders before it, the
# Arabic comma before the office ("الرئاسة : السيد X، رئيس المجلس."), the Persian verb after it
# ("جلسه … به ریاست آقای X تشکیل شد")
_NAME_END = regex(r"\s*(?:[(\[]|\.{2,}|\.(?: \.){2,}|…|،|تشکیل (?:شد|گردید)).*")
# Characters of a chair's name in a field of the head, with the forms of address and the office
# printed before it ("Se. Durchlaucht der Oberstlandmarschall Karl Fürst Auersperg")
_HEAD_NAME = 80
# A bracket after a name in a list of those present, which may mark the chair: "Hadley (chair)"
_MARK = regex(r"\(\s*([^()]{2,40}?)\s*\)")


def _less_apposed_chair(value: str, config: Config) -> str:
    """*value*, the rest of the head's sentence that names the chair, less the chair's office
    set after the name by a comma ("… présidée par Mme X, présidente.", "… voorgezeten door de
    heer X, uittredend voorzitter.")."""
    person, comma, office = value.rpartition(",")
    if comma and person.strip() and len(office.split()) <= 3 and config.chairs.search(office.casefold()):
        return person
    return value


def _less_chair_office(named: str, config: Config) -> str:
    """*named* without the chair's office its heading prints after the holder's name, on a line
    of its own that the paragraph joined ("VORSITZ: OTHMAR MUSTER" / "Vizepräsident", "IN THE
    CHAIR: X" / "Vice President")."""
    words = named.split()
    for size in (2, 1):
        if len(words) > size and chair_office_alone(" ".join(words[-size:]), config):
            return " ".join(words[:-size])
    return named


def _office_cut(name: str, config: Config) -> str:
    """*name*, a field's value in a script without case, up to the office printed after the
    name with no comma ("السيد X Y رئيس المجلس الشعبي الوطني"): the first word past the
    form of address and a name's first word that opens an office."""
    words = name.split()
    if any(char.isupper() or char.islower() for char in name):
        return name
    for at in range(2, len(words)):
        if config.chairs.match(words[at]) or config.offices.match(words[at]):
            return " ".join(words[:at])
    return name


def _less_office(named: str, config: Config) -> str:
    """*named*, the chair a head's field, its sentence or a heading names, less the office the
    record prints after the holder's name, in each shape it does: after a comma ("Présidence de
    Mme X, vice-présidente", "… présidée par Mme X, présidente."), alone on the line below
    ("VORSITZ: X" / "Vizepräsident"), or after a name in a script without case, with the chamber
    it presides ("السيد X Y رئيس المجلس الشعبي الوطني"). Asked of every paragraph of the body,
    most of which name no chair: nothing named, none of the five shapes is read."""
    if not named:
        return named
    named = _less_apposed_chair(named, config)
    office = office_after_comma(named, config) if "," in named else None
    named = _less_office_phrase(office[0] if office else named, config)
    return _office_cut(_less_chair_office(named, config), config)


def _holder_in_brackets(named: str, config: Config) -> str:
    """*named*, the chair's office with its holder in the brackets after it ("In the Chair: The
    Speaker (Hon. J P Watterson)", "Cathraiche (Mr A MacKinnon)"), the holder alone; else as it is.
    A bracket of one word, in lower case or naming an office tells how the office is held ("The
    Speaker (Acting)", "The Chairman (pro tem)", "The Speaker (Deputy Speaker)"): no holder."""
    if not named.endswith(")"):
        return named
    office, bracket, holder = named[:-1].partition("(")
    holder = holder.strip()
    if (
        bracket
        and office.strip()
        and len(holder.split()) > 1
        and not holder[:1].islower()
        and "(" not in holder
        and not chair_office_alone(holder, config)
    ):
        return holder if chair_office_alone(office, config) else named
    return named


def _less_office_phrase(named: str, config: Config) -> str:
    """*named* less the office a field prints before the holder with its own words in lower case
    between its nouns ("Richterin am Landgericht Dr. X" → "Dr. X"; ``[headings] lower_words``)."""
    words = named.split()
    if not words or config.offices.search(words[0].casefold()) is None:
        return named
    joins = frozenset().union(*config.heading_lower_words.values())
    at = 1
    while at + 2 < len(words) and words[at] in joins and words[at + 1][:1].isupper():
        at += 2
    return " ".join(words[at:]) if at > 1 else named


def _unglued(words: list[str], config: Config) -> list[str]:
    """*words* with an office a copy printed glued to the name after it parted from it, as a PDF
    copy loses the space ("priekšsēdētājsAnatolijs Gorbunovs"): a word whose lower-case letter
    is followed by a capital, its head a chair's office."""
    out: list[str] = []
    for word in words:
        cut = next((i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()), 0)
        if cut and config.chairs.search(word[:cut].casefold()):
            out.extend((word[:cut], word[cut:]))
        else:
            out.append(word)
    return out


class Presiding:
    """The parser's reading of who presides: what it asks of the rest of the parser is declared below
    for the type checker."""

    if TYPE_CHECKING:
        _chair_unnamed: bool
        config: Config
        registry: Registry

    def _presiding(self, texts: list[str], before: str = "", head: bool = False) -> str:
        """Who the last of *texts* that says who takes the chair puts there ("Presidenza del
        presidente ROSSI", also in the front matter, as a record's title may be), else *before*.
        A heading that names the office alone names its holder in the bracket below it ("(Веде
        засідання Перший заступник Голови Верховної Ради України)" / "(ПАРУБІЙ А.В.)"). Lines of
        the *head* (the front matter, a paragraph in brackets) name the chair in a field too
        ("Voorzitter: Van Dalen") or after the words that open the sitting ("… otwiera
        marszałek Sejmu Jan Nowacki")."""
        for at, text in enumerate(texts):
            found = self.config.presiding.fullmatch(text.strip())
            named = next((name.strip() for name in found.groupdict().values() if name), "") if found else ""
            if head and not found:
                named = self._head_chair(text)
            # a field's name, asked of the head's lines alone (a pattern over each paragraph had
            # been read for none): a court's roll prints the chair's office alone over its
            # holder's line, and a city's minutes the field's name with no colon ("主席" / "林志遠")
            if (
                head
                and not found
                and not named
                and at + 1 < len(texts)
                and (
                    text.strip().endswith((":", "："))
                    or (bool(UNSPACED_WORD.fullmatch(text.strip())) and chair_office_alone(text, self.config))
                )
            ):
                field = text.strip() if text.strip().endswith((":", "：")) else f"{text.strip()}:"
                named = self._head_chair(f"{field} {texts[at + 1].strip()}")
            below = BRACKETED.fullmatch(text.strip().removesuffix(".")) if self._chair_unnamed else None
            if below and len(below.group(1).split()) >= 2 and self.registry.names_person(below.group(1)):
                named = below.group(1).strip()
            named = named if named and (self._person_named(named) or self._styled_chair(named)) else ""
            named = _less_office(named, self.config)
            before = named or before
            self._chair_unnamed = bool(found) and not named
        return before

    def _opens_sitting(self, text: str) -> bool:
        """Whether *text* is the head's sentence that names the chair opening the sitting
        (``[head] presiding``), wherever the head's reading left it."""
        opened = self.config.head.get("presiding")
        return bool(opened and opened.match(text.strip().strip("()[]").strip()))

    def _person_named(self, text: str) -> bool:
        """Whether *text*, a heading's or a field's name, names a person: no office alone."""
        return self.registry.names_person(text) or uncased_name(text, self.config)

    def _styled_chair(self, text: str) -> bool:
        """Whether *text* is the chair's office styled with its form of address before the
        holder's surname alone ("Madam Speaker Purick took the Chair at 10 am.", "Mr Deputy
        Speaker Wood", an Australian Hansard's opening line): a person, where an office's
        one word after it may be the office's own ("The Presiding Officer")."""
        kinds = [part.kind for part in name_parts(text, self.config) if part.text.strip()]
        return kinds[-1:] == ["surname"] and "roleName" in kinds and chairs(text, self.config)

    def _two_holders(self, name: str) -> bool:
        """Whether *name*, a head's field's value, is two persons parted by a slash, each a name
        ("Mr. Lavrov/Mr. Nebenzia", a Security Council whose presidency passed from the
        minister to the ambassador), never one name with a slash in it."""
        first, slash, second = name.partition("/")
        return bool(slash) and all(
            part.strip() and self._person_named(part.strip()) for part in (first, second)
        )

    def _head_chair(self, text: str) -> str:
        """The person a line of the record's head names as the chair: the value of a field
        whose name is the chair's office ("Elnök: Kovács Béla", "President: Mr. Arvelo Tamsin
        (Northland)"), or the words after those that open the sitting ("(Posiedzenie … otwiera
        marszałek Sejmu Jan Nowacki)") or between them ("President Almqvist presiding,", the
        pattern's group ``holder``); "" where it names none ("[Mr Speaker in the Chair]")."""
        line = text.strip()
        if line[:1] in "([":  # the head's line in brackets, not a name's mark: "Jane Roe (Chair)"
            # the bracket alone, not the heading a flattened copy ran on after it ("[MR. SPEAKER in
            # the Chair] LEAVE OF ABSENCE")
            line = line[1 : line.rfind(")" if line[0] == "(" else "]")].strip("()[]").strip()
        if marked := self._marked_chair(line):
            return marked
        values = []
        parts = [part.strip() for part in _HEAD_PARTS.split(line)]
        for at, part in enumerate(parts):
            field = _HEAD_FIELD.fullmatch(part)
            listed = at + 1 < len(parts) and not _HEAD_FIELD.fullmatch(parts[at + 1])
            if field and not listed and chairs(field.group("field"), self.config):  # not "Speakers: X, Y"
                values.append((field.group("field"), field.group("value")))
        opened = self.config.head["presiding"].match(line) if "presiding" in self.config.head else None
        if opened and not values:  # the name after the words, or between them ("President X presiding")
            values.append((line[: opened.end()], opened.groupdict().get("holder") or line[opened.end() :]))
        for field_name, value in values:
            # a holder spaced out letter by letter is read set close ("President: M a s u d  …")
            held = spaced_name(_NAME_END.sub("", _holder_in_brackets(value.strip(), self.config)).strip())
            name = _less_office(held.rstrip(".").strip(), self.config)
            if self._two_holders(name):
                return ""  # "President: Mr. X/Mr. Y": the presidency passed in the sitting, no one holder
            if name and len(name) <= _HEAD_NAME and self._person_named(name):
                if ":" in field_name:  # "Before the Commissioner:" names the office its label prints
                    self.registry.chair_field(field_name.rsplit(":", 1)[0])
                return name
        if opened and not values[1:]:
            return self._held_in_sentence(line[opened.end() :])
        return self._bench_chair(line)

    def _bench_chair(self, line: str) -> str:
        """The chair a roll of the bench names first, by the office before or after the name
        ("Present: President Owada; Vice-President Tomka; Judges …", "Présents : M. Owada,
        président ; M. Tomka, vice-président ; …"): a court's president, whom "The PRESIDENT:"
        names below; "" where the roll's first entry holds no chair's office."""
        roll = self.config.head.get("list")
        field = _HEAD_FIELD.fullmatch(line) if roll and roll.match(line) else None
        if field is None:
            return ""
        entries = [entry.strip() for entry in _ROLL_ENTRIES.split(field.group("value"), maxsplit=2)]
        first = entries[0]
        if entries[1:] and chair_office_alone(entries[1], self.config):
            name = first  # "M. Owada, président"
        elif (office := chair_office(first, self.config)) and chairs(first, self.config):
            end = first.casefold().find(office) + len(office)
            if not first[end : end + 1].isspace():  # "Vorsitzender Richter …": a longer word
                return ""
            name = first[end:].strip()  # "President Owada"
        else:
            return ""
        name = _less_office(_NAME_END.sub("", name).strip(), self.config)
        return name if name and len(name) <= _HEAD_NAME and self._person_named(name) else ""

    def _marked_chair(self, line: str) -> str:
        """The member a list of those present marks as the chair with the office alone in
        brackets after the name ("Members present: Senators Hadley (chair), Ortiz and Brandt.",
        "Anwesend: Dr. Eva Roth (Vorsitz), Max Brunner"): the name's words back to the list's
        comma or colon or a word of no name, less the form of address printed once for all
        ("Senators"); "" where no member is so marked."""
        for found in _MARK.finditer(line):
            if not chair_office_alone(found.group(1), self.config):
                continue
            words: list[str] = []
            for word in reversed(line[: found.start()].split()):
                if word[-1] in ",:;：" or not name_word(word, self.config.particles):
                    break
                words.insert(0, word)
            while words and words[0].casefold() in self.config.plural_titles:
                words.pop(0)
            name = " ".join(words)
            if words and words[0][:1].isupper() and self._person_named(name):
                return name
        return ""

    def _held_in_sentence(self, text: str) -> str:
        """The name in *text*, the rest of the head's sentence that names the chair, after the
        office it holds ("Latvijas Republikas 13.Saeimas priekšsēdētāja Laima Kalniņa.",
        "domnul Vasile Cojocaru, Președintele Parlamentului, asistat de …", "Seimo Pirmininko
        pavaduotojai A. VAITKEVIČIUS ir R. ŽILINSKIENĖ"): the first run of capitalised words
        before the first comma past the last word of a chair's office in it, the house's own
        capitalised words before the office no name ("Latvijas Republikas Augstākās padomes
        priekšsēdētājs Anatolijs Gorbunovs"); "" where there is none."""
        words = _unglued(text.split(",")[0].split(), self.config)
        last_office = max(
            (at for at, word in enumerate(words) if self.config.chairs.search(word.casefold())), default=-1
        )
        run: list[str] = []
        for at, word in enumerate(words):
            if self.config.chairs.search(word.casefold()) or any(char.isdigit() for char in word):
                run = []  # the office and the house it names: "13.Saeimas priekšsēdētāja"
            elif not word[:1].isupper():
                if len(run) >= 2 and at > last_office:
                    break
                run = []
            else:
                run.append(word)
        name = " ".join(run).rstrip(".")
        return name if len(run) >= 2 and self._person_named(name) else ""
