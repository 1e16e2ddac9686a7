"""What a found label is refined by: a verb of saying or of giving the floor dropped, an apposition,
a party, a holder after a portfolio, a language's mark taken off."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from stenogram.transcript.candidate import (
    BRACKETED,
    Candidate,
    bracketed,
    cased,
    is_party,
)
from stenogram.transcript.labels.base import MatcherBase
from stenogram.transcript.labels.patterns import (
    APPOSITION,
    BRACKETED_CLOCK,
    FLOOR_HOLDER_WORDS,
    HAN_NAME,
    INITIAL_STOP,
    LINE_END_CLOCK_SPAN,
    PARTY_DASH,
    SPELLED_WORD,
    SURNAME_AFTER_INITIALS,
    VOICE_AFTER_COLON,
)
from stenogram.transcript.labels.shapes import speech_start


class Refinements(MatcherBase):
    """Refines a found label by what is printed around it."""

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

    def _surname_after_initials(self, found: Candidate, text: str) -> Candidate:
        """*found* ("Председательствующий Н. П.") with the surname after its initials, up to
        the surname's stop, where an office precedes them: a congress's record prints the chair's
        or a delegate's office, the initials and the surname before the speech ("Председательст-
        вующий Н. П. Кружилин. Товарищи, …"). After a surname ("Нилов Я. Е. Спасибо …") the
        initials end the label."""
        words = found.name.split()
        if (
            found.punct not in ("", ".")
            or found.role
            or len(words) < 2
            or not self.config.offices.match(words[0].casefold())
        ):
            return found
        if not all(re.fullmatch(r"[^\W\d_]\.", word) for word in words[1:]):
            return found
        surname = SURNAME_AFTER_INITIALS.match(text, found.end)
        if not surname or surname.group("surname").islower() or (surname.group("speech") or "").islower():
            return found
        end = surname.end("surname") + 1
        name = f"{found.name} {surname.group('surname')}"
        return replace(found, name=name, end=speech_start(text, end), printed=text[:end])

    def _holder_after_colon(self, found: Candidate, text: str) -> Candidate:
        """*found* ("KETUA:") with the holder's name after its colon where that name, in
        CAPITALS as the office is, ends its line: Indonesia's Constitutional Court numbers each
        turn and prints the role, a colon and the name over the speech ("1. KETUA: BAMBANG
        SETIADI", "2. KUASA HUKUM PEMOHON: RUDI HARTANTO"); the name is the person's, the office
        the role. A field of a head ("NAME: SIPHO TEMBANI") has no office before its colon."""
        if found.role or not found.name.isupper():
            return found
        line = text[found.end :].split("\n", 1)[0].rstrip()
        # the recording's clock in brackets after the name ("KETUA: SUHARTOYO [00:01]"), its time
        clock = (
            BRACKETED_CLOCK.search(line, max(0, len(line) - LINE_END_CLOCK_SPAN))
            if line[-1:] in ")]"
            else None
        )
        clocked = clock is not None and clock.end() == len(line)
        holder = line[: clock.start()] if clock and clocked else line
        if not holder.isupper() or not self._holder_after_comma(found.name, INITIAL_STOP.sub("", holder)):
            return found
        if self.says_common(holder):  # "SVJEDOK: NISAM GA VIDIO": the answer, typed in CAPITALS
            return found
        if SPELLED_WORD.search(holder):  # "THE WITNESS: V-A-N-C-E.": her name spelt, the answer
            return found
        end = found.end + len(line)
        time = clock.group("time") if clock and clocked else found.time
        named = replace(found, name=holder.strip(), role=found.name, printed=text[:end], time=time)
        return replace(named, end=speech_start(text, end))

    def _voice_after_colon(self, found: Candidate, text: str) -> Candidate:
        """*found* ("Speaker :") with the voice a transcription service numbers after its colon,
        alone on its line ("Speaker : spk3", a speech-to-text service's record of a town council):
        the voice is the person, the word before the colon the service's field (``voice_fields``),
        no office (no House's Speaker)."""
        if found.role or found.name.casefold() not in self.config.voice_fields:
            return found
        voice = VOICE_AFTER_COLON.match(text, found.end)
        if voice is None:
            return found
        end = voice.end("voice")
        return replace(found, name=voice.group("voice"), end=speech_start(text, end), printed=text[:end])

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
        for verb in self.config.announces:  # "王丽华首先发布消息：": the spokesperson who announces
            named = found.name[: -len(verb)]
            if found.name.endswith(verb) and HAN_NAME.fullmatch(named):
                return replace(found, name=named)
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
            before = found.name[: -len(verb)].rstrip(" ,")
            office, comma, holder = before.rpartition(",")
            if comma and self._holder_of(office, holder):
                # "Første representant for Aust-Agder fylke, X, tok ordet og uttalte:": the office
                # that describes the holder is the role
                return replace(found, name=holder.strip(), role=office.strip())
            words = before.split()
            for start, word in enumerate(words):
                speaker = " ".join(words[start:])
                if not (
                    self.config.titles.fullmatch(word.casefold())
                    or self.config.offices.match(speaker.casefold())
                ):
                    continue
                if self.config.offices.fullmatch(speaker.casefold()):
                    return replace(found, name=speaker)  # "The chief executive officer said:": whole
                # narration before it ("Sammanträdet öppnades av herr X, som yttrade:"): the
                # words from the form of address or office on, a name after it, no sentence
                if all(
                    rest[:1].isupper() or rest.casefold() in self.config.particles
                    for rest in words[start + 1 :]
                ):
                    return replace(found, name=speaker)
                # a name in CAPITALS, then the clause of what the speaker does in lower case, as
                # a synopsis of debates prints it ("SHRI X initiating said:", "… (SHRI X) moving
                # the motion for consideration of the Bill, said:")
                capitals = list(itertools.takewhile(lambda w: w.isupper(), words[start:]))
                clause = words[start + len(capitals) :]
                if len(capitals) >= 2 and clause and clause[0][:1].islower():
                    return replace(found, name=" ".join(capitals))
            return found
        return found

    def _holder_of(self, office: str, holder: str) -> bool:
        """Whether *holder*, after a comma, is the name of whoever holds the *office* before it:
        an office opens *office* after an ordinal perhaps ("Første representant for X"), and the
        holder is two to five capitalised words."""
        words = office.split()
        opens = any(
            self.config.offices.match(" ".join(words[at:]).casefold()) for at in range(min(2, len(words)))
        )
        names = holder.split()
        return (
            opens
            and FLOOR_HOLDER_WORDS[0] <= len(names) <= FLOOR_HOLDER_WORDS[1]
            and all(name[:1].isupper() or name.casefold() in self.config.particles for name in names)
        )

    def _with_apposition(self, found: Candidate, text: str) -> Candidate:
        """*found*, an office before a spaced dash, with the profession and the name after the
        dash up to the colon (see :data:`APPOSITION`): one label; *found* itself otherwise."""
        more = APPOSITION.match(text, len(found.printed))
        offices = self.config.offices
        if more is None or not offices.match(found.name.casefold()):
            return found
        if not offices.match(more.group("office").casefold()):
            return found
        return replace(
            found,
            name=f"{found.name} {more.group('office')} {more.group('name').strip()}",
            punct=":",
            end=speech_start(text, more.end()),
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
        if not found.party and found.role and found.described and self._affiliated(found.role):
            # "Anna Berg, IFK Göteborg:", "Tom Reed, Conservative:": her club, his party
            return replace(found, party=found.role.strip())
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
            sides = [side.strip() for side in PARTY_DASH.split(text)]
            parties = [side for side in sides if self._party(side)]
            if len(sides) == 2 and len(parties) == 1:
                other = sides[1 - sides.index(parties[0])]
                return replace(found, party=parties[0], role=other if found.role == text else found.role)
        return found
