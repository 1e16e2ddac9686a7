"""The label matcher: each line's candidate asked once, the readers tried in order, the result kept."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from stenogram.transcript.candidate import (
    HANGUL,
    IDEOGRAPHS,
    ORDINAL_MARKS,
    UPPER,
    WORD,
    Candidate,
    cased,
    label_key,
    lower_case,
    unclosed,
)
from stenogram.transcript.events import SLASHED, stage_type
from stenogram.transcript.labels.alone import AloneLabels
from stenogram.transcript.labels.marked import SENTENCE_STOP, MarkedLabels
from stenogram.transcript.labels.patterns import (
    BOLD_ITEM,
    BRACKETED_CLOCK,
    CAPITALISED,
    CAPITALS_HEADING,
    CAPITALS_SPACED,
    CLOCK_SPAN,
    COLONS,
    DAY_CLOCK_END,
    DOTTED_CLOCK,
    GENERIC_SPAN,
    HEADING,
    HEADING_BEFORE_LABEL,
    LABEL_SPAN,
    LETTERED_ITEM,
    MARKDOWN_HEADING,
    NOTE_LINE,
    OPENING,
    OPENING_QUOTES,
    ORDINAL_STOP,
    TURN_NUMBER,
    WORD_AFTER,
)
from stenogram.transcript.labels.refined import Refinements
from stenogram.transcript.labels.shapes import (
    capitals_turned,
    capitals_unmarked,
    firm_role,
    read_past,
    runs_into,
    spaced_off,
    speech_start,
    vouched_role,
    with_clock_after,
    with_description,
)
from stenogram.transcript.names import chairs, monotonic, seat_for, uncased_name
from stenogram.transcript.regexcache import regex

# A label's words up to a tab and a dash set off before the speech, as a Thai local council's
# minutes print each speaker ("นายX Y ส.อบต.หมู่ที่ 3<tab>- ขอสอบถาม …"): the words and the dash.
# A no-break or narrow space, as French typography sets one before a colon ("M. le Président\u00a0:")
# and a copied web page sets after a label's comma and stop ("Mme X,\u00a0ministre du travail.\u00a0Je"),
# read as the plain space a typed copy prints there: the label's shape is the same.
_FRENCH_SPACE = regex(r"[\u00a0\u202f]")
_TAB_DASHED = regex(r"(?P<label>[^\t\n]{2,80})\t[ \t]*(?P<dash>[-–—])(?=[ \t])")
_TAB_DASHED_WORDS = 6  # a name, a surname, a post and its village's number at most
_TAB_DASHED_SPEECH = 16  # characters of speech after the dash at least: a roll's note is shorter ("ลาป่วย")
# The asker a question's letter names after it, up to a stop or a colon and the question: "Q. by
# the Court. Did you …", "Q. By Mr. Smith: Where …"; a word of the span is tried at each stop.
_ASKER_SPAN = 48  # characters of "by" and the asker at most
_ASKER_OPENS = regex(r"[ \t]+(?=[^\W\d_]{2,12}[ \t]+[^\W\d_])")
_ASKER_STOP = regex(r"[.:](?=[ \t]+[^\W\d_]|[ \t]*$)")

# A label's words, the hour its turn began in brackets and a speech opening with a capital on the
# same line: "- El presidente diputado X (12:05 horas) Se abre la sesión."
_OFFICE_THEN_HOUR = regex(
    rf"[^()\n:]{{3,100}}?[ \t]+(?P<bracket>\((?P<note>[^()\n]{{0,20}}\d[^()\n]{{0,20}})\))"
    rf"[ \t]+(?=[¿¡]?[{UPPER}])"
)
# A degree's letters, each with its stop (the last one's taken off): "m.d", "ph.d", "d.d.s"
_DOTTED_DEGREE = regex(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
# A word alone on its line in a full-width script's brackets ("《質疑》", "〈討論〉", "【质询】",
# "［質疑応答］"): a heading where the word is one of a record's, no one's (``never``).
_ENCLOSED_WORD = regex(
    r"[ \t\u3000]*(?:《(?P<a>[^《》\n]{1,12})》|〈(?P<b>[^〈〉\n]{1,12})〉|【(?P<c>[^【】\n]{1,12})】"
    r"|〔(?P<d>[^〔〕\n]{1,12})〕|［(?P<e>[^［］\n]{1,12})］)[ \t\u3000]*"
)
_ABBREVIATION_LETTERS = 4  # a word after a heading's last comma, its stop an abbreviation's: "INC.", "LTD."
_STRAY_STOP_AFTER = 2  # letters in CAPITALS at least before OCR's stray stop at a colon: "SMITH.:"
_SPOKEN_WORDS = 2  # words at least of an answer in CAPITALS after an office's colon: "NISAM GA VIDIO"
# A language's code in brackets after a label's dash, the speech after it: "– (DE) Herr …".
_SPOKEN_CODE = regex(r"[ \t]*(?P<bracket>\((?P<code>[A-Z]{2})\))(?=[ \t]|$)")
_TYPED_GAP = 2  # spaces at least between a name in CAPITALS and its speech: a typed page's gap
# the name's first word in square brackets, supplied by the editor of a translated record where the
# original printed the rest ("[Kim] Il Sung: …", "[Zhou] Enlai: …"): the bracket's word is the name's
_SUPPLIED_FIRST = regex(rf"\[(?P<word>[{UPPER}][^\W\d_'’-]{{0,20}})\][ \t]+(?=[{UPPER}])")
_SEAT_GAP = regex(r"[ \t]{1,3}")  # the space between a delegate's dash and the seat
_SEAT_WORDS = 10  # words of a delegation's seat after the dash: "Đoàn đại biểu Quốc hội tỉnh Hà Giang"
# A hyphen and a space inside a word in CAPITALS, both parts in CAPITALS, the word's tail ending
# the name before its colon or bracket: an OCR's line break left in a surname ("HAL- VORSEN:").
_BROKEN_CAPITALS = regex(rf"(?<=[{UPPER}]{{2}})-[ ](?P<tail>[{UPPER}]{{2}}[{UPPER}'’]*)(?=[ \t]*[:：(,])")
# The office's holder in brackets after its colon, set off by typed gaps on both sides, the speech
# after it ("PRESIDING OFFICER:  (SENATOR MUÑOZ)  Senator X.", a state senate's typed transcript).
_GAPPED_HOLDER = regex(
    r"(?:[ ]{2,}|[ ]*\t)[ \t]*\((?P<holder>[^\W\d_][^()\n:;,]{1,40}?)\)(?=[ ]{2,}|[ ]*\t|[ \t]*(?:\n|$))"
)
# A surname and its initials alone after a label's stop, to the line's end: "Стефанчук Р.О.".
_HOLDER_ALONE = regex(r"[ \t]+(?P<holder>[^\W\d_][^\W\d_'’-]+[ \t]+[^\W\d_]\.[ \t]?[^\W\d_]\.)[ \t]*")
# The same holder with the speech after it on the line, as a copy one paragraph a line runs the
# two lines into one ("ГОЛОВУЮЧИЙ. Ковальчук Р.О. Шановні колеги, …"): a capitalised word next.
_HOLDER_BEFORE_SPEECH = regex(rf"{_HOLDER_ALONE.pattern}(?=[{UPPER}])")


# A label in two languages, a slash set apart by spaces between them, before the colon: "Y Llywydd /
# The Presiding Officer:".
_BILINGUAL = regex(
    r"(?P<first>[^\W\d_][^/:：\n]{1,60}?)[ \t]+/[ \t]+(?P<second>[^\W\d_][^/:：\n]{1,60}?)(?=[ \t]*[:：])"
)


# A speech-to-text service's code for a speaker it could not name, in lower case with its
# number ("spk_0:", "spk00:", the diarised transcripts of calls and hearings), or a diarisation
# model's in CAPITALS ("SPEAKER_00:"), in square brackets perhaps ("[SPEAKER_01]:", a subtitle
# file's cue): a label as "Speaker 1:" is, its speech on its line or below it, the code alone.
# The asker a voice of the hall names in brackets at its end: "Вопрос из зала (Сидорова М.И.)".
_ASKER = regex(r"[ \t]*\([^()]{1,60}\)$")
_SPEAKER_CODE = regex(
    r"(?P<open>\[)?(?P<name>spk_?\d{1,3}|SPEAKER_\d{1,3})(?(open)\])(?P<punct>:)(?:[ \t]+(?=\S)|[ \t]*$)"
)


# An office in CAPITALS letter-spaced for emphasis, with its stop ("P R E S I D E N T E .", an
# older Italian Camera's record): the word its letters spell is the label's name, printed as set.
_LETTER_SPACED = regex(rf"(?P<letters>[{UPPER}](?: [{UPPER}]){{3,}})[ \t]*\.(?=\s|$)")
# A surname so spaced, its comma and the office its holder speaks in, up to the stop ("S C E L B A ,
# Ministro dell'interno.", an older Italian Senate's record): the name its letters spell and the
# office, as the same label unspaced reads ("SCELBA, Ministro dell'interno.").
_LETTER_SPACED_HELD = regex(
    rf"(?P<letters>[{UPPER}](?: [{UPPER}]){{3,}})[ \t]*,[ \t]+(?P<office>[^\W\d_][^.\n]{{0,80}})\.(?=\s|$)"
)
# A form of address a typescript spaces out letter by letter before the name, its stop after the
# last letter ("т о в. ЛАВРОВ.", "Т о в. Молотов."): read as the word it spells.
_SPACED_TITLE = regex(r"(?P<letters>[^\W\d_](?: [^\W\d_]){1,4})\.(?=[ \t]+\S)")
# A name spaced out letter by letter after such a form of address, capitalised, up to its stop or
# its colon ("Т о в. С т а л и н.").
_SPACED_NAME = regex(r"[ \t]+(?P<letters>[^\W\d_](?: [^\W\d_]){2,})(?=[ \t]*[.:,])")
# A publication's title in book-title marks glued before the role it qualifies: the outlet of a
# Chinese press conference's reporter ("《环球时报》记者：", "〈人民日报〉记者：").
_TITLE_MARKED = regex(r"(?:《[^《》\n]{1,20}》|〈[^〈〉\n]{1,20}〉)(?=[^\W\d_])")
# Ideographs set apart by spaces before the full-width colon: a justified line of a Chinese record
# as a PDF tool extracts it ("林 健 鋒 議 員 ：", "勞 工 及 福 利 局 局 長：").
_HAN_SPACED = regex(r"(?P<name>[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,15})[ \t]*：")
# A person's name in a script without case, an ideographic space and the speech up to its
# sentence's stop, as a web copy of a party's or a council's minutes prints each turn with no circle
# before the name ("宮本顕治　では討論に入ります。", "김영수　회의를 시작하겠습니다."): Han of a Japanese
# name with the speech in kana, or a Chinese or Korean name whose surname the table knows.
_NAME_THEN_SPEECH = regex(
    rf"(?P<name>[{IDEOGRAPHS}]{{2,5}}|[{HANGUL}]{{2,4}})\u3000"
    rf"(?=[^\s\u3000][^\n]{{0,80}}{SENTENCE_STOP.pattern})"
)
_KANA = regex(r"[\u3040-\u30ff]")
_PARTICLE_SPAN = 5  # characters of a particle opening a label and its space at most: "von "
_ARTICLE_SPAN = 4  # characters of an article opening a label before a form of address, its space too: "οἱ "
_ADDRESS_SPAN = 16  # characters read for the form of address and the word its pattern looks ahead to
_PARTICLE_SURNAME = 2  # words of a surname after a particle with no office after it: "von Bethmann Hollweg:"
_INITIAL = regex(r"[^\W\d_]\.")  # a forename's initial and its stop: "П."
_SPACED_OUTLET_SPAN = 24  # characters before the full-width colon of an outlet and its reporter at most
_NAME_SPEECH_SPAN = 82  # characters of the speech read for its kana: the span its stop is looked for in

_SPEECH_ENDS = '.?!…"»”’)'  # the last mark of a line a speech ends (a sentence's stop, a quotation's)


class LabelMatcher(AloneLabels, MarkedLabels, Refinements):
    """Finds label candidates with the configured forms of address."""

    def _holder_after_stop(self, found: Candidate, text: str, uncalled: bool = False) -> Candidate:
        """*found*, the chair's office in CAPITALS with its stop, read on to the holder's surname
        and initials that fill the rest of the line, the speech on the next ("ГОЛОВУЮЧИЙ.
        Стефанчук Р.О.", the Rada's record), or the speech after them on the line where a copy
        ran the two lines into one, where that speech opens by thanking or addressing the hall:
        the holder in the role, as in brackets. A name and initials before other words are the
        member the chair calls ("ГОЛОВУЮЧИЙ. Бондар В.П. Будь ласка, …"), unless the record
        shows the name *uncalled* (see :meth:`holder_run_on`)."""
        at = len(found.printed)
        holder = _HOLDER_ALONE.fullmatch(text, at)
        if holder is None and (run_on := _HOLDER_BEFORE_SPEECH.match(text, at)) is not None:
            first = WORD.search(text, run_on.end())
            saluting = first is not None and first.group().casefold() in self.config.salutation_openers
            holder = run_on if saluting or uncalled else None
        if holder is None or not text.startswith(found.printed) or not chairs(found.name, self.config):
            return found
        end = holder.end()
        return replace(found, role=holder.group("holder"), end=end, printed=text[:end].rstrip())

    def _hyphen_broken(self, text: str) -> Candidate | None:
        """The label of *text* whose surname in CAPITALS an OCR left broken by the line's hyphen
        and a space ("SENATOR HAL- VORSEN:", "Mr. McDON- ALD:"): read as the word whole, the
        label printed as it stands. Both parts are in CAPITALS, the word ends the name before its
        colon or bracket, a form of address or an office opens the label, and neither part alone is a
        form of address."""
        colon = text.find(":", 0, GENERIC_SPAN)
        broken = _BROKEN_CAPITALS.search(text, 0, colon + 1) if colon > 0 else None
        if broken is None:
            return None
        first = text[: broken.start()].rsplit(maxsplit=1)[-1]
        if any(self.config.titles.fullmatch(part.casefold()) for part in (first, broken["tail"])):
            return None
        gap = broken.start("tail") - broken.start()  # the hyphen and the space
        inner = self.candidate(text[: broken.start()] + text[broken.start("tail") :])
        if inner is None or inner.punct not in (":", "：") or len(inner.printed) <= broken.start():
            return None
        if not (inner.title or self.config.offices.match(inner.name.casefold())):
            return None  # "WELL- KNOWN:": a heading's word, no form of address nor office before it
        return replace(inner, end=inner.end + gap, printed=text[: len(inner.printed) + gap])

    def _holder_in_gap(self, found: Candidate, text: str) -> Candidate:
        """*found*, an office with its colon, read on to its holder in brackets that typed gaps
        set off between it and the speech ("PRESIDING OFFICER:  (SENATOR MUÑOZ)  Senator X.", as
        the Illinois Senate's transcript prints the chair): the holder in the role, as in
        "PRESIDENT (Mr X):". The holder opens with a form of address before a name; a hall's
        event in its brackets stays a stage direction ("PRESIDING OFFICER:  (Off Microphone)  …")."""
        holder = _GAPPED_HOLDER.match(text, len(found.printed))
        if holder is None or not text.startswith(found.printed):
            return found
        name = holder.group("holder").strip()
        words = name.split()
        # a form of address before the name: two capitalised words alone are as often the hall's
        # event, which no list of stage directions holds whole ("(Off Microphone)", "(Roll Call)")
        titled = self.config.titles.fullmatch(words[0].casefold()) is not None
        if not titled or len(words) < 2 or stage_type(name, self.config) is not None:
            return found
        if not (chairs(found.name, self.config) or self.config.offices.match(found.name.casefold())):
            return found
        end = holder.end()
        return replace(found, role=name, end=speech_start(text, end), printed=text[:end])

    def holder_run_on(self, found: Candidate, text: str) -> Candidate:
        """*found*, the chair's office with its stop, read on to the surname and initials run onto
        the speech after it whatever words follow them ("ГОЛОВУЮЧИЙ. Стефанчук Р.О. Продовжуємо
        …"), where the parser knows the next turn is not that person's: the chair's holder."""
        return self._holder_after_stop(found, text, uncalled=True)

    def _spaced_title(self, text: str) -> Candidate | None:
        """The label after a form of address spaced out letter by letter (see
        :data:`_SPACED_TITLE`), read as if the word were printed whole: its name has the word,
        its printed form the letters as set."""
        spaced = _SPACED_TITLE.match(text)
        if spaced is None:
            return None
        word = spaced.group("letters").replace(" ", "") + "."
        if not self.config.titles.fullmatch(word.casefold()):
            return None
        rest = text[spaced.end() :]
        # the name after it spaced out too ("Т о в. С т а л и н."), read as printed solid
        # ("Тов. Сталин.", the same speaker's label in the record)
        name = _SPACED_NAME.match(rest)
        if name is not None:
            rest = " " + name.group("letters").replace(" ", "") + rest[name.end() :]
        inner = self.candidate(word + rest)
        if inner is None:
            return None
        lead = len(text) - len(word + rest)  # the spaces the words were set with
        return replace(inner, end=inner.end + lead, printed=text[: len(inner.printed) + lead])

    def _title_marked(self, text: str) -> Candidate | None:
        """The label after a publication's title in book-title marks (:data:`_TITLE_MARKED`), an
        office and its colon after it: the title is part of the name, one paper's reporter no
        other's ("《财经》杂志记者："). A sentence that opens with a title and its colon ("《报告》指出：…")
        names none, nor one whose office its verb follows ("《环球时报》记者获悉：", the paper's
        reporter has learnt): the office ends the label."""
        title = _TITLE_MARKED.match(text)
        if title is None:
            return None
        inner = self._candidate(text[title.end() :])
        if inner is None or inner.punct not in (":", "："):
            return None
        if not self._office_word(inner.name):
            return None
        return replace(read_past(inner, text, title.end()), name=title.group() + inner.name)

    @staticmethod
    def _lettered_asker(inner: Candidate, rest: str) -> bool:
        """Whether *inner*, the label read after a list's letter from *rest*, names who asks as a
        lettered list of public questions prints it: two words or more, a name, a form of
        address and a name or a participant and where from ("a) Parent at the school:", "b) Mr
        Smith:"), its question below or opening with a capital. A point of a speech's list is
        lettered so too, one word's topic or office or a sentence in lower case after it ("c)
        Staffing: the vacancies …", "b) Minister: The letter …"), no voice."""
        if len(inner.printed.split()) < 2:
            return False
        return not lower_case(rest[inner.end :].lstrip()[:1])

    def _article_addressed(self, text: str, space: int) -> Candidate | None:
        """The label of *text* opening with an article in lower case before a form of address
        and an office or a name, up to its colon, as an old Greek record may print each turn
        ("ὁ κ. πρωθυπουργός:", "ἡ κα Νικολάου:"): the label the capitalised line reads, printed as
        it is. An article alone before an office in lower case opens a wrapped sentence's line
        more often ("ο πρόεδρος: …"), no label."""
        if monotonic(text[:space].casefold()) not in self.config.articles:
            return None
        address = self.config.titles.match(text[space + 1 : space + 1 + _ADDRESS_SPAN].casefold())
        if address is None or text[space + 1 + address.end() : space + 2 + address.end()] != " ":
            return None
        inner = self.candidate(text[:1].upper() + text[1:])
        if inner is None or inner.punct not in (":", "："):
            return None
        return replace(inner, name=text[:1] + inner.name[1:], printed=text[:1] + inner.printed[1:])

    def _particle_label(self, text: str, at: int) -> Candidate | None:
        """The label of *text* opening with a particle in lower case (``opening_particles``),
        abbreviated or whole, before a capitalised surname and the colon at *at*, as old German
        records print a nobleman's label ("v. Bethmann Hollweg, Reichskanzler:", "v. Kardorff:",
        "von Tirpitz, Staatssekretär des Reichsmarineamts:"): the label read after the particle,
        printed with it. After a whole particle the name is a surname of a word or two, capitalised,
        with no office nor particle in it, where no office follows after its comma: a line a wrapped
        sentence goes on with names none ("von Seiten der Regierung: …", "von Ihnen gesagt: …")."""
        inner = self.candidate(text[at:])
        if inner is None or inner.punct != ":" or not inner.name[:1].isupper() or inner.title:
            return None
        words = inner.name.split()
        if not text[: at - 1].endswith(".") and (
            self.config.offices.match(inner.name.casefold())
            or not all(CAPITALISED.fullmatch(word) for word in words)
            or not (inner.role or len(words) <= _PARTICLE_SURNAME)
        ):
            return None
        return replace(read_past(inner, text, at), name=text[:at] + inner.name)

    def _comma_bracketed(self, text: str) -> Candidate | None:
        """The label of *text* whose name a comma sets off from the bracket after it, the speech
        on the same line (see :meth:`comma_unbracketed`): the label printed with its comma, as it
        is alone on its line."""
        inner = self.comma_unbracketed(text, self._candidate)
        if inner is None:
            return None
        return replace(inner, end=inner.end + 1, printed=text[: len(inner.printed) + 1])

    def candidate(self, text: str) -> Candidate | None:
        """The label candidate at the start of *text*, if its shape is that of a label.

        Only the first :data:`LABEL_SPAN` characters are read (no label is longer), so the
        cost and the cache are bounded whatever the length of the text."""
        text = text[:LABEL_SPAN]
        if text in self._seen:
            return self._seen[text]
        if ("\u00a0" in text or "\u202f" in text) and (plain := _FRENCH_SPACE.sub(" ", text)) != text:
            return self._remember(text, _reprinted(self.candidate(plain), plain, text))
        page = self.config.page.match(text)
        if page:  # the printed edition's page before the label: printed with it, no part of it
            inner = self.candidate(text[page.end() :])
            return None if inner is None else read_past(inner, text, page.end(), page=page.group())
        if (
            ")" in text[1:3]
            and (item := LETTERED_ITEM.match(text)) is not None
            and (inner := self.candidate(text[item.end() :])) is not None
            and inner.punct in (":", "：")
            and not inner.prefix
            and self._lettered_asker(inner, text[item.end() :])
        ):
            return self._remember(text, read_past(inner, text, item.end()))  # "a) Parent at the school:"
        if (
            lower_case(text[:1])
            and (space := text.find(" ", 1, _ARTICLE_SPAN)) > 0
            and (lowered := self._article_addressed(text, space)) is not None
        ):
            return self._remember(text, lowered)
        if (
            lower_case(text[:1])
            and (space := text.find(" ", 1, _PARTICLE_SPAN)) > 0
            and text[:space] in self.config.opening_particles
            and (noble := self._particle_label(text, space + 1))
        ):
            return self._remember(text, noble)
        if text[1:2] == " " and (lettered := _LETTER_SPACED.match(text)) is not None:
            name, end = lettered.group("letters").replace(" ", ""), lettered.end()
            if not (chairs(name, self.config) or self.config.offices.match(name.casefold())):
                return None  # a word spaced for emphasis or a heading's ("I N T R O D U Z I O N E .")
            return self._remember(text, Candidate(name, None, ".", speech_start(text, end), text[:end]))
        held = _LETTER_SPACED_HELD.match(text) if text[1:2] == " " else None
        if held is not None and self.config.offices.match(held.group("office").casefold()):
            name, end = f"{held.group('letters').replace(' ', '')}, {held.group('office')}", held.end()
            return self._remember(text, Candidate(name, None, ".", speech_start(text, end), text[:end]))
        if text[1:2] == " " and (titled := self._spaced_title(text)) is not None:
            return self._remember(text, titled)
        if text[:1] in "《〈" and (marked := self._title_marked(text)) is not None:
            return self._remember(text, marked)
        if "\u4e00" <= text[:1] <= "\u9fff" and (spaced := self._han_spaced(text)) is not None:
            return self._remember(text, spaced)
        if (code := _SPEAKER_CODE.match(text)) is not None:
            name, end = code.group("name"), code.end()
            return self._remember(text, Candidate(name, None, ":", end, text[: code.end("punct")]))
        if text[:1] in "()" and (hollow := self._hollow_rendering(text)):
            return self._remember(text, hollow)
        if text[:1] in OPENING:
            return self._remember(text, self._enclosed(text))
        if text[:1] == "（" and (rounded := self._rounded(text)):
            return self._remember(text, rounded)
        if text[:1] == "[" and (squared := self._squared(text)):
            # "[Video Clip]: (00:15)": the recording's clock after the bracket's colon is its time
            return self._remember(text, with_clock_after(squared, text) if squared.punct == ":" else squared)
        if text[:1] == "<" and (angled := self._angled(text)):
            return self._remember(text, angled)
        if "「" in text[:13] and (quoted := self._quoted(text)):
            return self._remember(text, quoted)
        if text[:1] == "(" and (answered := self._answered(text)):
            return self._remember(text, answered)
        if self.config.speech_heads.match(text):  # "Intervención del … Senador X:" heads a speech
            return self._remember(text, None)
        heading = HEADING_BEFORE_LABEL.match(text)
        if heading and self._labelled_after(text[heading.end() :]):
            return self._remember(text, None)  # "ELECTION OF SPEAKER Clerk of the House: …": a heading
        stamp = self.config.timestamp.match(text)
        found = self._prefixed(text) or self._candidate(text[stamp.end() :] if stamp else text)
        if found is None and not stamp and (colon := text.find("：", 0, _SPACED_OUTLET_SPAN)) > 0:
            found = self._outlet_spaced(text, colon)
        if found is None and stamp and text[stamp.end() : stamp.end() + 1] == "<":
            found = self._angled(text[stamp.end() :])  # "14:01 <asmith> it was the disk": a chat's clock
        if stamp and text[stamp.end() : stamp.end() + 1].isalpha():
            sender = self.config.chat_sender.match(text, stamp.end())
            sent = self._whole_name(sender.group("name").strip()) if sender else None
            if sender is not None and sent is not None:
                # "10:02:33 From Karen Liu to Everyone:": a saved chat's sender, read past the clock below
                end = sender.end()
                found = replace(
                    sent,
                    punct=":",
                    end=speech_start(text, end) - stamp.end(),
                    printed=text[stamp.end() : end],
                )
        clause = self.floor_minutes and ":" in text[:GENERIC_SPAN] and self.config.floor_clause.match(text)
        if clause:
            # "Aberta a audiência, pelo MM. Juiz foi dito: que …": the clause names who speaks
            named = clause.groupdict()
            name = (named.get("holder") or named.get("given") or "").strip()
            end = clause.end()
            found = (
                None
                if not name
                else Candidate(
                    name, None, ":", speech_start(text, end), text[:end], self._title_of(name), reported=True
                )
            )
        if found is None and " / " in text[:GENERIC_SPAN]:
            found = self._bilingual(text)
        if found is None or (found.punct == "." and not found.role):
            # no marker: set off by space only where an office names it ("소위원장 박광온  …")
            spaced = spaced_off(text, marked=False)
            if spaced and self._office_spaced(spaced, text):
                found = spaced
            elif self.capitals_spaced and (titled := self._titled_spaced(text)) is not None:
                found = titled  # "MR. X  Your Honor, …" where "THE COURT  …" is printed so
            elif found is None and self.names_unmarked and "\u3000" in text[2:6]:
                found = self._name_then_speech(text)  # "宮本顕治　では討論に入ります。"
        if found is None:
            found = self._opener_lost(text, marked=False) or self._surname_office(text)
        if found is None and "(" in text[:GENERIC_SPAN]:
            found = self._clocked_office(text) or self._comma_bracketed(text)
        if found is None and "\t" in text[:GENERIC_SPAN] and text.startswith(self.config.joined_titles):
            found = self._tab_dashed(text)
        if found is None or (found.punct == "." and not (found.role or found.upper)):
            unmarked = self._unmarked(text)  # the weak "label" a whole sentence up to its stop
            shorter = unmarked and (found is None or found.end > unmarked.end)
            if unmarked and shorter and not self._stop_ends_name(found, unmarked, text):
                found = unmarked
        if found is None or not found.upper:
            capitals = capitals_unmarked(text)  # "VOUTTA Am 8.11.2011 wurde …"
            found = (
                capitals
                if capitals
                and (
                    found is None
                    or runs_into(found, capitals, self.config.particles, self.config.abbreviations)
                    # set off by a run of spaces, as a typed page sets it: the gap ends the name
                    or capitals.end - len(capitals.printed) >= _TYPED_GAP
                )
                else found
            )
        if found and found.punct == "." and not found.role and not found.upper:
            found = self._capitals_before_opener(found) or found
        reported = self._reported(text) if found is None or found.punct in ("", ".", " ") else None
        if reported and (found is None or found.end > reported.end):
            found = reported
        if found and stamp:
            found = replace(
                found,
                end=found.end + stamp.end(),
                printed=text[: stamp.end()] + found.printed,
                time=stamp.group().strip(),
            )
        elif self.dotted_clocks and found and (dotted := DOTTED_CLOCK.match(text)):
            # "14.02 Ville Tavio ps:": the clock printed before the label, no part of its name
            clock = dotted.group()
            found = replace(found, time=clock) if found.printed.startswith(clock + " ") else found
        if found and found.role is None and found.punct == "." and found.upper:
            found = self._holder_after_stop(found, text)
        if found and found.role is None and found.punct in ("", "."):
            found = with_description(found, text, self.config)
        if found and found.punct in ("-", "–", "—") and self.dashed_role(text.partition("\n")[0]):
            return self._remember(text, None)  # "Meera Rao - CFO" over the speech: a name alone
        if found and found.role is None and found.punct in ("-", "–", "—"):
            found = self._with_apposition(found, text)
        if found and found.role is None and found.punct in ("-", "–", "—"):
            found = self._seat_after_dash(found, text)
        if found and found.role is None and found.punct in ("-", "–", "—"):
            found = self._dashed_role_colon(found, text)
        if found and found.punct[-1:] in ("-", "–", "—"):
            found = self._with_spoken_code(found, text)
        if found and found.punct in (":", "：") and found.role is None and "(" in text[:GENERIC_SPAN]:
            found = self._holder_in_gap(found, text)  # "PRESIDING OFFICER:  (SENATOR X)  …"
        if found and found.punct and not found.time:
            found = with_clock_after(found, text)
        tabbed = self._tabbed(text) if "\t" in text[:GENERIC_SPAN] else None
        if tabbed is None and stamp and "\t" in text[stamp.end() : GENERIC_SPAN]:
            # a table's cells of clock, speaker and speech ("00:00:04<tab>Voorzitter<tab>Goedemiddag,
            # …", a transcript's table copied from a document): the clock printed with the label;
            # the speech's cell ends a sentence, as a programme's hour, item and room do not
            # ("09:00<tab>Registration<tab>Foyer, ground floor")
            line = text.partition("\n")[0].rstrip()
            spoken = len(text) >= LABEL_SPAN or line[-1:] in _SPEECH_ENDS
            cell = self._tabbed(text[stamp.end() :]) if spoken else None
            if cell is not None:
                tabbed = replace(
                    cell,
                    end=cell.end + stamp.end(),
                    printed=text[: stamp.end()] + cell.printed,
                    time=stamp.group().strip(),
                )
        if tabbed and (found is None or found.end > tabbed.end):  # no label runs across a cell
            found = tabbed
        if found is None and (text[:2] in ("**", "__") or (text[:1] == "*" and text[1:2].isalpha())):
            found = self._emphasised(text)
        if found is None and text[:1] in "-*+•0123456789" and (item := BOLD_ITEM.match(text)):
            # the speech after it opens as a sentence does: an action's item assigns in lower case
            # what the office is to do ("- **Chair:** book the boiler service"), no one's words
            bold = self._emphasised(text[item.end() :])
            opens = bold is not None and not text[item.end() + bold.end : item.end() + bold.end + 1].islower()
            found = read_past(bold, text, item.end()) if bold and opens else None  # no marker's weight
        if found is None and text[:1] == "{":
            found = self._braced(text)
        if found is None and "؛" in text[:GENERIC_SPAN]:
            found = self._semicolon_office(text)
        if found is None and "-" in text[:GENERIC_SPAN]:
            found = self._hyphen_glued(text) or self._hyphen_broken(text)
        if found is None and text[:1] in OPENING_QUOTES and text[1:2].isalpha():
            quoted = self._candidate(text[1:])  # «ИВАНОВ. …, "MR. SMITH: … in a web copy
            if quoted and (quoted.upper or quoted.punct in (":", "：")):
                found = replace(quoted, end=quoted.end + 1, printed=text[0] + quoted.printed)
        if found is None and text[:1] == "[" and (supplied := _SUPPLIED_FIRST.match(text)):
            found = self._supplied_first(text, supplied.group("word"), supplied.end())
        if found and found.punct in (":", "："):
            found = self._voice_after_colon(self._holder_after_colon(self._without_verb(found), text), text)
        if found and found.punct in ("", "."):
            found = self._surname_after_initials(found, text)
        if found and found.punct in ("", ".") and self._initials_before_surname(found, text):
            found = None
        if (
            found
            and found.punct == "."
            and not found.title
            and ORDINAL_STOP.search(found.name)
            and WORD_AFTER.match(text, found.end)
        ):
            found = None  # "Gemeinderat 21. Wahlperiode …": an ordinal's stop ("M. Orateur 1." is a label)
        if found and self._saluted_clause(found):
            found = None
        if found and self._oblique(found.name):
            found = None  # "Herrn X:", "von Herrn X:": a preposition's object, a wrapped line's head
        if found and found.punct == "." and self.config.archive["fond"].match(text, found.end):
            found = None  # "РГАСПИ. Ф. 17. Оп. 2. Д. 612.": an archive before its fond, no speaker
        if found is None and (".:" in text or ":." in text):
            return self._remember(text, self._stray_stop(text))
        return self._remember(text, self._described(found) if found else None)

    def _oblique(self, name: str) -> bool:
        """Whether *name* opens with a form of address in a governed case before a name
        (``oblique_titles``: "Herrn Müller", "Kollegen Weber"), the object of a preposition or a
        verb on a wrapped line, no label's head. Alone the word is the plural's nominative a
        group's voice is printed with ("Genossen: Hört! Hört!", "Kollegen:"), as before."""
        first, _, rest = name.partition(" ")
        return bool(rest) and first.casefold() in self.config.oblique_titles

    def _seat_after_dash(self, found: Candidate, text: str) -> Candidate:
        """*found*, a delegate before a spaced dash, with the delegation or group the delegate
        sits for after the dash up to the colon on its line ("Đại biểu X – Đoàn ĐBQH tỉnh Z:",
        "Đại biểu Y – Tổ đại biểu huyện W:", "Mr X – Delegation of Chile:"): one label, the seat
        its role, where a word of ``delegation_words`` opens the seat and no sentence's stop is
        inside it; *found* otherwise."""
        start = len(found.printed)
        gap = _SEAT_GAP.match(text, start)
        first = WORD.match(text, gap.end()) if gap else None
        if first is None or first.group().casefold() not in self.config.delegation_words:
            return found
        colon = text.find(":", first.end(), GENERIC_SPAN)
        seat = text[first.start() : colon].strip() if colon > 0 else ""
        if not seat or any(mark in seat for mark in ".!?;\n"):
            return found
        if len(seat.split()) > _SEAT_WORDS:
            return found
        return replace(
            found, role=seat, punct=":", end=speech_start(text, colon + 1), printed=text[: colon + 1]
        )

    def _dashed_role_colon(self, found: Candidate, text: str) -> Candidate:
        """*found*, a name before a spaced dash, with the role after the dash up to the colon on
        its line ("Jane Moss — Shareholder: Why …", "Peter Lang – Finance Director: …", as a
        meeting's record prints each speaker with no form of address): one label, read as
        :meth:`dashed_role` reads the name and role alone on their line, where the role is a
        participant's, an office's or a body's (see :func:`vouched_role`), or a firm's name in
        capitalised words after a plain name (see :func:`firm_role`: "Lena Hansen – Commerzbank:",
        an analyst's bank, weighed by the labels beside it); *found* otherwise."""
        colon = text.find(":", len(found.printed), GENERIC_SPAN)
        if colon < 0 or "\n" in text[:colon]:
            return found
        dashed = self.dashed_role(text[:colon])
        if dashed is None:
            return found
        if not vouched_role(dashed, self.config) and not firm_role(dashed, self.config):
            return found  # "Mill Lane – repairs to the footpath: …": an item's heading, no role
        if dashed.name.isupper() and capitals_turned((dashed.role or "").split(), self.config):
            # a heading in CAPITALS and its dash, the next line's field run into it where a
            # paragraph's reading joins them ("NATIONAL ANTI-DOPING PANEL — APPEAL TRIBUNAL" /
            # "Parties: …"): the role's words turn to Mixed case before the colon
            return found
        return replace(dashed, punct=":", end=speech_start(text, colon + 1), printed=text[: colon + 1])

    def _supplied_first(self, text: str, word: str, start: int) -> Candidate | None:
        """The label after the editor's bracketed first word of the name, with its colon: the
        name whole, the brackets printed with the label; or the label after the editor's own word
        or a language's, which is no part of the person."""
        if any(stage.regex.match(word) for stage in self.config.stages):
            return None  # "[Applausi] Rossi: …": the hall's event before the label, no name's word
        rest = self._candidate(text[start:])
        if rest is None or rest.punct not in (":", "："):
            return None
        # the editor's own word ("[Translation] X:", Hansard's language of the speech) or one before
        # an office ("[English] The Speaker:") is no forename: the label is the rest's, as printed
        own = label_key(word) in self.config.never or self._names_office(rest.name)
        if rest.title and not own:
            return None  # "[Kim] Mr. X:": no forename before a form of address
        return replace(
            rest,
            name=rest.name if own else f"{word} {rest.name}",
            end=rest.end + start,
            printed=text[:start] + rest.printed,
        )

    def _han_spaced(self, text: str) -> Candidate | None:
        """The label of *text* whose ideographs a justified line sets apart by spaces, read as
        printed close ("林 健 鋒 議 員 ：" is "林健鋒議員："): only an office or a member's title
        ending it names a speaker, as a sentence up to a colon may be so spaced too."""
        found = _HAN_SPACED.match(text)
        if found is None:
            return None
        # spaces between most of its ideographs, not the one between an office and a name that
        # a court's record prints ("审判长 李文华："); the one space between an office's two
        # ideographs ("主 席 ：") is all of them
        name, spaces = found.group("name").replace(" ", ""), found.group("name").count(" ")
        if spaces < min(2, len(name) - 1) or 2 * spaces < len(name) - 1:
            return None
        if not self.config.offices.search(name.casefold()):
            return None
        return Candidate(name, None, "：", speech_start(text, found.end()), text[: found.end()])

    def _outlet_spaced(self, text: str, colon: int) -> Candidate | None:
        """The label of *text* whose words before the full-width colon an ideographic space
        parts, read as a space would part them: an outlet and its reporter of a Japanese or
        Chinese press conference ("共同通信　佐伯記者：", "新华社记者　王明："), printed as set."""
        if "\u3000" not in text[1:colon]:
            return None
        found = self._candidate(text[:colon].replace("\u3000", " ") + text[colon:])
        if found is None or found.punct != "：" or len(found.printed.rstrip()) != colon + 1:
            return None
        return replace(found, printed=text[: len(found.printed)])

    def _name_then_speech(self, text: str) -> Candidate | None:
        """The label of *text*, a person's name in a script without case set off from the speech
        by an ideographic space with no office or marker (see :data:`_NAME_THEN_SPEECH`)."""
        found = _NAME_THEN_SPEECH.match(text)
        if found is None:
            return None
        name = found.group("name")
        spoken = _KANA.search(text, found.end(), found.end() + _NAME_SPEECH_SPAN) and not _KANA.search(name)
        if not (uncased_name(name, self.config) or (spoken and "\u4e00" <= name[:1] <= "\u9fff")):
            return None
        return Candidate(name, None, "\u3000", found.end(), name)

    def _stop_ends_name(self, found: Candidate | None, unmarked: Candidate, text: str) -> bool:
        """Whether *found*, a label with its stop, is *unmarked* and one word more that opens no
        sentence of any language: the holder's surname after an office whose portfolio is
        capitalised ("Министръ Внутреннихъ Дѣлъ Столыпинъ. Господа …", the old Duma's record),
        perhaps after his initials, the speech after the stop on the line ("Министръ Внутреннихъ
        Дѣлъ П. А. Столыпинъ. Господа …"; a head's line naming the chair ends there), no one-word
        sentence opening the speech as "Děkuji." does after a label without punctuation."""
        if found is None or found.punct != "." or not found.name.startswith(unmarked.name + " "):
            return False
        *initials, last = found.name[len(unmarked.name) + 1 :].split(" ")
        if initials and not (
            all(_INITIAL.fullmatch(word) for word in initials) and text[found.end : found.end + 1].isupper()
        ):
            return False
        return last.casefold() not in self.config.any_openers

    def _capitals_before_opener(self, found: Candidate) -> Candidate | None:
        """The name in CAPITALS of *found*, a label up to its stop whose last word is a one-word
        sentence of any language in Mixed case ("MR SPEAKER Order. The House will …", labels
        printed without punctuation): the name, no stop after it, is the label, the word the speech's
        first ("A. Yes." is the answer's label with its stop)."""
        head, _, last = found.printed.rstrip(".").rpartition(" ")
        if not head[-1:].isalpha() or not head.isupper() or not last[:1].isupper() or last.isupper():
            return None
        if last.casefold() not in self.config.any_openers:
            return None
        return Candidate(head, None, " ", len(head) + 1, head, "")

    def _with_spoken_code(self, found: Candidate, text: str) -> Candidate:
        """*found*, a label ending in its dash, with the code of the language spoken in brackets
        after it ("X (PPE). – (DE) Herr Präsident!", the European Parliament's record): the
        record's note of the language, printed with the label, as "(spoke in French)" is."""
        code = _SPOKEN_CODE.match(text, found.end)
        if code is None or code.group("code") not in self.config.spoken_codes:
            return found
        end = code.end("bracket")
        return replace(found, end=speech_start(text, end), printed=text[:end])

    def _saluted_clause(self, found: Candidate) -> bool:
        """Whether *found* is a speech's salutation of the chair and its comma before a clause that
        ends on the colon ("Madam Speaker, I beg to move: That …", a flattened Hansard's mid-line):
        words in lower case after the address, none of them a name's particle, say a sentence."""
        address, comma, clause = found.printed.rstrip(":： ").partition(",")
        if not comma or " ".join(address.replace(".", "").casefold().split()) not in self.config.salutations:
            return False
        words = clause.split()
        particles = self.config.particles
        return any(word.islower() and word.casefold() not in particles for word in words)

    def _titled_spaced(self, text: str) -> Candidate | None:
        """A form of address and a name in CAPITALS set off from the speech by two spaces, no
        colon, in a record that prints its offices so ("MR. X  Your Honor, may I approach?" beside
        "THE COURT  You may."): the form of address names a person, no heading's word; an
        article ("THE") is none."""
        found = CAPITALS_SPACED.match(text)
        if found is None:
            return None
        name = found.group("name")
        first = name.partition(" ")[0].casefold()
        if " " not in name or first in self.config.articles or not self.config.titles.fullmatch(first):
            return None
        return Candidate(name, None, "\u3000", found.end(), text[: found.start("gap")], self._title_of(name))

    def _tab_dashed(self, text: str) -> Candidate | None:
        """A member's name after the form of address joined to it, the post and the village's
        number after it, a tab and a dash before the speech ("นายสมศักดิ์ รักดี ส.อบต.หมู่ที่ 3<tab>-
        ขอสอบถาม …", a Thai local council's minutes): the name the form of address and the next
        word print, the rest its role, the tab and the dash its punctuation, where the words after
        the name hold no sentence's stop and a speech runs after the dash: a roll of the absent
        members so printed notes each one's reason in a word or two ("นายX Y ส.อบต.หมู่ที่ 1<tab>-
        ลาป่วย", on sick leave), no turn."""
        found = _TAB_DASHED.match(text)
        if found is None or len(text[found.end() :].strip()) < _TAB_DASHED_SPEECH:
            return None
        words = found.group("label").split()
        if not 2 <= len(words) <= _TAB_DASHED_WORDS or SENTENCE_STOP.search(words[-1][-1:]):
            return None
        name, role = " ".join(words[:2]), " ".join(words[2:]) or None
        end = found.end("dash")
        return Candidate(name, role, "-", speech_start(text, end), text[:end])

    def _clocked_office(self, text: str) -> Candidate | None:
        """A label with no colon, an office after its article (and the record's dash perhaps)
        and the hour its turn began in brackets, the speech after it on the line ("- El
        presidente diputado X (12:05 horas) Se abre la sesión.", Mexico's record): the bracket
        ends the label as a colon would; the hour is a note printed with it."""
        found = _OFFICE_THEN_HOUR.match(text)
        if found is None or not self.config.language_notes.fullmatch(found.group("note").casefold()):
            return None
        inner = self._bare_line(text[: found.end("bracket")])
        if inner is None or not self._office_opens(inner):
            return None
        return replace(inner, end=found.end(), printed=text[: found.end("bracket")])

    def _bilingual(self, text: str) -> Candidate | None:
        """A label printed in the record's two languages, a slash between them, one colon after
        both ("Y Llywydd / The Presiding Officer:", the Senedd's record): the first names the
        speaker, as it would alone; each must be a label with its colon, one of them an office (a
        head's "BEFORE / DEVANT:" over the panel is none)."""
        both = _BILINGUAL.match(text)
        if both is None:
            return None
        rest = text[both.end() :]
        first = self._candidate(both.group("first") + rest)
        second = self._candidate(both.group("second") + rest)
        if first is None or second is None or first.punct not in (":", "：") or second.punct != first.punct:
            return None
        if first.end - len(both.group("first")) != second.end - len(both.group("second")):
            return None  # the colon of one is not the colon of the other
        if not any(
            chairs(c.name, self.config) or self.config.offices.search(c.name.casefold())
            for c in (first, second)
        ):
            return None
        end = both.end() + first.end - len(both.group("first"))
        printed = text[: both.end()] + first.printed[len(both.group("first")) :]
        return replace(first, end=end, printed=printed)

    def _stray_stop(self, text: str) -> Candidate | None:
        """The label of *text* whose colon OCR read with a stray stop before or after it ("Mr.
        SMITH.: I …", "PRZEWODNICZĄCY.: …", "The SPEAKER:. …"), after a name in CAPITALS, where
        no label is read otherwise: read as if the stop were a space, printed as it stands. An
        abbreviation's stop before a colon ("Vors.:", "PROF.:") is no stray one."""
        stop = text.find(".:")
        stop = stop if stop >= 0 else text.find(":.")
        word = text[:stop].rpartition(" ")[2]
        if not (
            _STRAY_STOP_AFTER < stop <= GENERIC_SPAN
            and text[stop - _STRAY_STOP_AFTER : stop].isalpha()
            and word.isupper()
            and text[stop + 2 : stop + 3] in ("", " ", "\t", "\n")
            and f"{word.casefold()}." not in self.config.abbreviations
            # a short word alone before it is an abbreviation's ("ANM.:", "BETR.:", a note's field)
            and (len(word) > _ABBREVIATION_LETTERS or text[: stop - len(word)].strip())
        ):
            return None
        mended = self.candidate(f"{text[:stop]}{' :' if text[stop] == '.' else ': '}{text[stop + 2 :]}")
        if mended is None or mended.punct != ":" or len(mended.printed.rstrip()) not in (stop + 1, stop + 2):
            return None
        return replace(mended, printed=text[: stop + 2])

    def _remember(self, text: str, found: Candidate | None) -> Candidate | None:
        """*found*, the candidate of *text*, kept in the cache while its budget lasts; a sentence
        whose reported clause opens after the colon is none ("El Alcalde dice que: no hay
        quórum.", ``subordinators``)."""
        if found is not None and found.punct in (":", "：") and self._subordinated(found.name):
            found = None
        if (
            found is not None
            and not found.role
            and found.name[-1:].islower()
            and found.punct not in (".", "")
        ):
            found = self._oath_apart(found)
        if self._budget >= len(text):
            self._budget -= len(text)
            self._seen[text] = found
        return found

    def _oath_apart(self, found: Candidate) -> Candidate:
        """*found* with the oath's word after a witness's name in CAPITALS set apart as its role,
        as a bracket sets it ("JOHN HARRIS sworn. — I keep a shop …", as "R. GORDON (sworn):"):
        the words an oath's note reads (``oath_note``), the name the witness's own. With its stop
        alone it is that note, no label ("JOHN SMITH, affirmed.", see the placing of stages)."""
        oath = self.config.oath_note
        name, _, word = found.name.rpartition(" ")
        if oath is None or not name or oath.fullmatch(found.name + ".") is None:
            return found
        return replace(found, name=name.rstrip(" ,"), role=word)

    def _subordinated(self, name: str) -> bool:
        """Whether *name*'s last word is a subordinating conjunction printed in lower case ("…
        dice que", "… said that", "… sagte, dass"): a sentence's verb reports the clause after it."""
        last = name[name.rfind(" ") + 1 :]
        return last != name and last.islower() and last.strip(",") in self.config.subordinators

    def short_label(self, text: str) -> Candidate | None:
        """A one-letter label (the Q. and A. of examination transcripts) at the start of *text*."""
        found = self._short.match(text) or self._asked.match(text)
        if not found:
            return None
        printed = text[: found.end("punct") if found.group("punct") else found.end("name")]
        hall = _ASKER.sub("", printed.rstrip(" .:：")).strip()
        if self.config.groups.fullmatch(hall):
            return None  # "Вопрос из зала:", "Pytanie z sali:": the hall asks, a group's label
        punct = COLONS.get("".join((found.group("punct") or "").split()), found.group("punct") or "")
        if found.groupdict().get("asked_number"):  # "Q.1": a question's number, no answer's ("A.1 Scope")
            if label_key(found.group("name")) not in self.config.asking_keys:
                return None
            punct = "."
        number = (found.groupdict().get("number") or "").strip()
        short = Candidate(found.group("name"), None, punct, found.end(), printed, prefix=number, paired=True)
        # an international court's record stamps the recording's clock after the letter: "Q. [9:35:12] …"
        clock = BRACKETED_CLOCK.match(text, len(printed))
        if clock is None:
            asked = self._asker_after(text, len(printed)) if short.key in self.config.asking_keys else None
            return replace(short, role=asked[0], printed=text[: asked[1]], end=asked[2]) if asked else short
        end = speech_start(text, clock.end())
        return replace(short, end=end, printed=text[: clock.end()], time=clock.group("time"))

    def _asker_after(self, text: str, at: int) -> tuple[str, int, int] | None:
        """Who asks, where a question's letter ending at *at* names its asker before the question,
        as an examination's heading would ("Q. by the Court. Did you hear …", "Q. By Mr. Smith:
        Where …"): the words, where the label ends, and where the question starts. The span runs
        to the first stop or colon after which the words read as an examiner's, a form of
        address's stop passed ("by Mr." alone is no asker); the question's own words never do
        ("Q. Did you go by the road?")."""
        if not _ASKER_OPENS.match(text, at):
            return None
        head = text[: at + _ASKER_SPAN]
        for stop in _ASKER_STOP.finditer(head, at):
            span = text[at : stop.start()].strip()
            found = self.config.examiner.fullmatch(span)
            if found is not None and any(found.groupdict().values()):
                return span, stop.end(), speech_start(text, stop.end())
        return None

    def bare(self, line: str) -> Candidate | None:
        """A name alone on its line, with no punctuation: in CAPITALS (``HAMLET``), or in Mixed
        case with a form of address, a role or two names (``Mr. Speaker``, ``Angela Rayner``,
        ``The Prime Minister (Boris Johnson)``), as web copies of parliamentary records print;
        or any label's name followed by the recording's clock (``Speaker 1  0:02``)."""
        if len(line) > LABEL_SPAN or unclosed(line):  # a line of speech, a label cut by a wrap
            return None
        if line not in self._bares:  # asked of each paragraph's first line twice, once a pass
            found = (
                self._bare_line(line)
                or self._numbered_alone(line.strip())  # "Speaker 1"
                or self._seat_numbered_alone(line.strip())  # "Member for Ward 3"
            )
            if found is not None and found.prefix and self._answered_beside(line):
                found = None
            self._bares[line] = self._described(found) if found else None
        return self._bares[line]

    def _seat_numbered_alone(self, line: str) -> Candidate | None:
        """An office's or a participant's words and the number of the ward or the seat it holds
        alone on the line ("Member for Ward 3", "Councillor for Ward 2"), as a web copy prints
        each label over the speech: read as with a colon after it; an item's or a motion's number
        so is no label ("Item 3")."""
        head, _, number = line.rpartition(" ")
        if not (number.isdigit() and head and seat_for(head.split(), self.config)):
            return None
        named = self._whole_name(line)
        return replace(named, punct="", end=len(line), printed=line) if named else None

    def _answered_beside(self, line: str) -> bool:
        """Whether *line*, after its marker, is an office and a name set off by one space and
        words after them (see :meth:`_office_beside_name`): a label and its speech, however short
        ("○시장 오세훈 네.", the mayor's one-word answer), never a name alone on its line."""
        prefix = self.config.prefix.match(line.strip())
        if prefix is None:
            return False
        rest = line.strip()[prefix.end() :]
        beside = self._office_beside_name(rest)
        return beside is not None and bool(rest[beside.end :].strip())

    def is_heading(self, text: str) -> bool:
        """A short line on its own that heads a part of the text (``ACT II``, ``DRAMATIS PERSONAE``)."""
        if "\n" in text or len(text) > CAPITALS_HEADING + CLOCK_SPAN:  # a paragraph of speech
            return False
        if text not in self._headings:  # asked of a line by each pass and by the line under it
            self._headings[text] = self._heading_line(text)
        return self._headings[text]

    def _head_end(self, text: str) -> bool:
        """Whether *text* ends as a witness's heading does: with no stop, a panel's semicolon, or
        the stop of a degree or of an abbreviation after the name or its comma ("M.D.", "PH.D.",
        "JR.", "ACME, INC."), or after a post the name's comma opens ("X, DIRECTOR, OFFICE OF
        BUDGET."); a sentence's stop after a word ends a speech in CAPITALS ("STATEMENT OF
        ACCOUNTS IS ON PAGE FOUR.", a captioned meeting's copy)."""
        end = text.rstrip()
        if end[-1:] not in ".:!?,–—-":
            return True
        last = end.rsplit(None, 1)[-1].rstrip(".").casefold()
        dotted = _DOTTED_DEGREE.fullmatch(last) is not None
        abbreviated = last in self.config.abbreviations or (
            end.rsplit(",", 1)[-1].strip() == end.rsplit(None, 1)[-1] and len(last) <= _ABBREVIATION_LETTERS
        )
        described = any(self.config.offices.match(part.strip().casefold()) for part in end.split(",")[1:])
        return end[-1] == "." and (dotted or abbreviated or described)

    def _spoken_in_capitals(self, text: str) -> bool:
        """Whether *text*, a line in CAPITALS with no final stop, is an office before its colon and
        an answer after it that holds a common word of the record's language, no article nor
        particle ("SVJEDOK: NISAM GA VIDIO", a court's record typing the witness's words in
        CAPITALS): a sentence, where a heading names a person or a part ("SVJEDOK: IVAN HORVAT")."""
        head, _, after = text.partition(":")
        words = after.split()
        if len(words) < _SPOKEN_WORDS or not self.config.offices.fullmatch(head.strip().casefold()):
            return False
        return self.says_common(after)

    def hold_over_speech(self, pairs: Iterable[tuple[str, str]], lines: Iterable[str]) -> None:
        """Read as labels, no headings, the lines of *pairs* (a line and the line below it) that
        print an office in CAPITALS, its colon and its holder's name in CAPITALS over a speech in
        Mixed case ("KETUA: SUHARTOYO" / "Sidang dalam perkara …", an Indonesian Constitutional
        Court's record with its turns unnumbered), where two offices or more are printed so: a
        witness's heading over the narration of the oath ("SVJEDOK: IVAN HORVAT" / "Upozoren je
        …") names one office, however many witnesses it heads. None is where a label in CAPITALS
        among the record's *lines* opens its speech on its own line ("THE COURT: Be seated."): the
        record's labels are those, and the offices over a line its cover's ("JUDGE: HON. X" /
        "Appearances are listed below.")."""
        held: dict[str, str] = {}
        for line, below in pairs:
            cand = self.candidate(line)
            if cand is None or not cand.role or cand.punct != ":" or cand.end < len(line.rstrip()):
                continue
            if self.config.offices.match(cand.role.casefold()) is None or not below[:1].isupper():
                continue
            if not below.isupper() and cased(below):
                held[line] = label_key(cand.role)
        if len(set(held.values())) < 2 or any(self._capitals_before_speech(line) for line in lines):
            return
        self._held_over_speech.update(held)
        for line in held:
            self._headings.pop(line, None)

    def _capitals_before_speech(self, line: str) -> bool:
        """Whether *line* opens with a label in CAPITALS, its colon and its speech in Mixed case
        after it on the line ("THE COURT: Be seated.")."""
        if not line[:1].isupper() or ":" not in line[:LABEL_SPAN] or line.isupper():
            return False
        cand = self.candidate(line)
        if cand is None or not cand.upper or cand.punct != ":" or not cased(cand.name):
            return False
        after = line[cand.end :].strip()
        return bool(after) and not after.isupper() and cased(after)

    def _markdown_section(self, text: str, start: int) -> bool:
        """Whether *text*, a Markdown heading's words from *start* after its marks, is a section's
        heading ("## Action items", "# Next steps?"), no name alone over its speech ("### Anna
        Berg"): its first letter no small one and no stop of a sentence or a clause at its end, as
        a comment quoted in a speech has ("# disable the check for the night batch", "# Set the
        timeout.")."""
        words = text[start:].rstrip()
        return not words[:1].islower() and words[-1:] not in ".,;:" and self.bare(text) is None

    def _heading_line(self, text: str) -> bool:
        """:meth:`is_heading` worked out for a text not asked before."""
        if text in self._held_over_speech:
            return False  # "KETUA: SUHARTOYO" / "Sidang …": an office and its holder over the speech
        if (
            TURN_NUMBER.match(text)
            and (cand := self.candidate(text))
            and cand.role
            and cand.end >= len(text.rstrip())
        ):
            return False  # "1. KETUA: BAMBANG SETIADI": a numbered turn's office and holder over its speech
        if text.rstrip().rstrip(".")[-1:] in ("m", "M"):  # its hour after it: "PRAYERS 10:30 a.m."
            text = DAY_CLOCK_END.sub("", text)
        # an ordinal's mark is no small letter: "EL SECRETARIO      Vº Bº EL PRESIDENTE" (visto
        # bueno), the signatures' offices at a Spanish acta's foot, is in CAPITALS
        upper = ORDINAL_MARKS.sub("", text).isupper()
        if len(text) > (CAPITALS_HEADING if upper else HEADING):
            return False
        if self._heading.match(text):
            return True
        marks = MARKDOWN_HEADING.match(text) if text[:1] == "#" else None
        if marks and self._markdown_section(text, marks.end()):
            return True  # "## Action items" after a Markdown transcript's last turn: its section, no speech
        enclosed = _ENCLOSED_WORD.fullmatch(text) if text[:1] in "《〈【〔［ \t\u3000" else None
        if enclosed and label_key(next(word for word in enclosed.groups() if word)) in self.config.never:
            return True  # "《質疑》" between turns: a part of the sitting, no one's label
        stripped = text.strip()
        if (
            NOTE_LINE.fullmatch(stripped)
            or self._bracketed_event(text.strip())
            or SLASHED.fullmatch(text.strip())
        ):
            return False
        heads = self.config.statement_heads
        if upper and text.casefold().startswith(heads) and self._head_end(text):
            return True  # a hearing's: "STATEMENT OF JANE DOE, M.D.", "STATEMENTS OF X;", "STATEMENT OF X"
        if not upper or text[-1] in ".:!?,;–—-":  # no letter in lower case, one at least
            return False
        if (cand := self.candidate(text)) and cand.prefix and cand.punct.strip():
            return False  # ">> MAYOR X: WHAT WILL IT COST THE" / "CITY?": a marked label, its line cut
        if ":" in text and self._spoken_in_capitals(text):
            return False  # "SVJEDOK: NISAM GA VIDIO": an office, its colon and a sentence's words
        letters = [c for c in ORDINAL_MARKS.sub("", text) if c.isalpha()]
        return (
            # every letter in CAPITALS: a letter without case among them (Han, kana) makes it a
            # line of a script without case that names a broadcaster ("DVB电视台记者：…？")
            all(c.isupper() for c in letters)
            and len(letters) >= 2
            and not self._sentence_inside(text)  # "SENATOR KIM: THANK YOU. I HAVE …", a wrap cut it
        )


def _reprinted(found: Candidate | None, plain: str, text: str) -> Candidate | None:
    """*found*, read in *plain* (*text* with its no-break spaces made plain, each
    a character for one), with its printed label taken from *text* again: as printed."""
    if found is None or (at := plain.find(found.printed)) < 0:
        return found
    return replace(found, printed=text[at : at + len(found.printed)])
