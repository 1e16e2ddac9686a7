"""Inline parsing of a paragraph: parentheses and square brackets become model nodes.

Brackets are paired first (round, square and the configured stage brackets such as ``_[ … ]_``),
so that a stray bracket never swallows the rest of a paragraph. Then each outermost pair is read:
- ``( … )`` is a stage direction when its first words name a kind of event (noise, laughter,
  applause …) or when another voice speaks inside it (``(VOICES. Right)``); otherwise it is the
  speaker's own parenthesis and stays text;
- ``[ … ]`` is the editor's: a supplied label (which starts a new turn), a supplied mark, a gap, a
  note, or supplied words;
- a bracket with no partner stays text, with a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from stenogram.transcript.config import Config
from stenogram.transcript.events import CLOSE_DASH, PART_BREAK, SLASHED, stage_type
from stenogram.transcript.labels import LabelMatcher, runs_on
from stenogram.transcript.model import Gap, Inline, Note, Said, SpeakerLabel, Stage, Stray, Supplied, Time
from stenogram.transcript.regexcache import regex

MAX_DEPTH = 20  # brackets nested deeper than this are kept as text
_LEAF_SIZE, _LEAVES = 200, 4096  # the brackets remembered: short ones, and a bounded number
# Where a new voice or event may start inside a parenthesis: its start, after a sentence, or
# after a dash between parts ("Beifall bei der SPD – Zuruf von der CDU/CSU: Unsinn! – Heiterkeit"),
# which the Spanish records print close up after the sentence ("Aplausos.—Un señor diputado: …");
# at its start after any space the bracket opens with ("( Gripið fram í: …)").
_SEGMENT_START = regex(rf"(?:^[ \t]*|\s[-–—]\s+|(?<=[.!?,;])\s+|{CLOSE_DASH})")
_COLON = regex(r"[:：]")
_GROUP_NAME = 200  # characters of a group's name before its colon, looked for no further
_NON_SPACE = regex(r"\S")
_BRACE = regex(r"[{}]")  # a brace: a record hardly prints one, OCR reads a bracket so
#: Round brackets, each opener's closer: the ASCII ones and the full-width ones of Chinese and
#: Japanese records; 〔…〕 holds the Japanese Diet's stage directions ("〔前田武志君登壇、拍手〕").
ROUND = {"(": ")", "（": "）", "〔": "〕"}


@dataclass
class TurnBreak:
    """A bracketed label inside a paragraph (``[KAGANOVICH].``): a new turn starts here."""

    speaker: SpeakerLabel


Node = Inline | TurnBreak
Pairs = dict[int, tuple[int, str, int]]  # open index → (close index, closer, opener length)


@dataclass
class InlineContext:
    """What inline parsing needs from the document: labels, persons, and where to warn."""

    config: Config
    matcher: LabelMatcher
    is_label: Callable[[str], bool]
    resolve: Callable[[str, str], str]  # a voice's name and party → the id of its person
    square_stages: bool = False  # the text marks stage directions with brackets (a play)
    stage_hints: frozenset[str] = frozenset()  # (text) the source set in italics: a stage direction
    line: int = 0
    warnings: list[tuple[int, str]] = field(default_factory=list)
    # What a bracket with no bracket inside was read as: a record repeats its "(Laughter)" and
    # "(VOICES. Right)" thousands of times, and each reads the same (its nodes are never changed)
    leaves: dict[tuple[str, str, str, bool], list[Node]] = field(default_factory=dict)

    def warn(self, message: str) -> None:
        self.warnings.append((self.line, message))


@lru_cache(maxsize=16)
def _bracket_tokens(brackets: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], re.Pattern[str]]:
    """Each opener's closer, and one pattern finding every bracket token (longest first)."""
    closers = dict(brackets) | ROUND | {"[": "]"}
    tokens = sorted(set(closers) | set(closers.values()), key=len, reverse=True)
    return closers, re.compile("|".join(re.escape(t) for t in tokens))


def _pairs(
    text: str, brackets: tuple[tuple[str, str], ...]
) -> tuple[dict[int, tuple[int, str, int]], list[int]]:
    """Matched bracket pairs ``{open index: (close index, closer, opener length)}`` and strays."""
    closers, tokens = _bracket_tokens(brackets)
    stack: list[tuple[int, str, int]] = []
    pairs: dict[int, tuple[int, str, int]] = {}
    strays: list[int] = []
    for match in tokens.finditer(text):
        token, at = match.group(), match.start()
        if token in closers:
            stack.append((at, closers[token], len(token)))
        elif stack and stack[-1][1] == token:
            start, _, width = stack.pop()
            pairs[start] = (at, token, width)
        else:
            strays.append(at)
    strays.extend(start for start, _, _ in stack)
    return pairs, sorted(strays)


def parse_inline(text: str, ctx: InlineContext) -> list[Node]:
    """The inline nodes of a paragraph's text, in order; the characters all kept."""
    if _bracket_tokens(ctx.config.stage_brackets)[1].search(text) is None:
        nodes: list[Node] = [text] if text else []  # most paragraphs: no bracket, nothing inline
    else:
        pairs, strays = _pairs(text, ctx.config.stage_brackets)
        pairs = _within_depth(pairs, ctx)
        marks = _Marks(sorted(set(pairs) | set(strays)))
        nodes = _merge(_build(text, 0, len(text), pairs, _Strays(strays, marks), ctx, nested=False))
    return _slashed(nodes, ctx.config) if "/" in text else nodes


def _slashed(nodes: list[Node], config: Config) -> list[Node]:
    """*nodes* with each note between slashes in a speech's words that names an event a stage,
    as a web copy prints the hall's notes inside a paragraph ("Hvala. /Aplauz/ Nastavljam.", "/
    oglašanje iz dvorane/"), as one in brackets is: a word stands apart on each side of it and
    its words name an event, so a date, "and/or" or a path stays text."""
    out: list[Node] = []
    for node in nodes:
        if not isinstance(node, str):
            out.append(node)
            continue
        plain = at = 0
        while found := SLASHED.search(node, at):
            start, end = found.start(), found.start() + found.group().rindex("/") + 1  # no stop after
            kind = stage_type(found["note"], config) if _apart(node, start, end) else None
            if kind is None:  # "and/or /Applause/": the next slash may open a note
                at = start + 1
                continue
            _text(out, node[plain:start])
            out.append(Stage(kind, [node[start:end]]))
            plain = at = end
        _text(out, node[plain:])
    return out


def _apart(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands apart from the words around it: white space or the
    paragraph's edge before it, and white space, a stop or the edge after it."""
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end] in _AFTER_NOTE)


_AFTER_NOTE = frozenset(" \t\n.,;:!?)]")


class _Marks(list[int]):
    """Every bracket position of a paragraph, sorted once; a span's marks found by bisection
    (rebuilding and sorting them on every nested call made long paragraphs quadratic)."""

    def within(self, start: int, end: int) -> list[int]:
        return self[bisect_left(self, start) : bisect_left(self, end)]


class _Strays(set[int]):
    """Positions of brackets with no partner, with the paragraph's sorted marks beside them."""

    def __init__(self, strays: list[int], marks: _Marks) -> None:
        super().__init__(strays)
        self.marks = marks


def _within_depth(
    pairs: dict[int, tuple[int, str, int]], ctx: InlineContext
) -> dict[int, tuple[int, str, int]]:
    """Pairs nested deeper than :data:`MAX_DEPTH` stay text, with a warning: the TEI must stay
    readable by our own validator and renderer (Saxon refuses trees deeper than 100)."""
    depth: list[int] = []  # close positions of the open pairs around the current one
    kept: dict[int, tuple[int, str, int]] = {}
    too_deep = 0
    for start in sorted(pairs):
        while depth and depth[-1] < start:
            depth.pop()
        close = pairs[start][0]
        depth.append(close)
        if len(depth) <= MAX_DEPTH:
            kept[start] = pairs[start]
        else:
            too_deep += 1
    if too_deep:
        ctx.warn(f"{too_deep} brackets nested deeper than {MAX_DEPTH} kept as text")
    return kept


def _build(
    text: str, start: int, end: int, pairs: Pairs, strays: _Strays, ctx: InlineContext, nested: bool = True
) -> list[Node]:
    marks = strays.marks.within(start, end)
    if not marks:  # a bracket's words with no bracket inside: most of them
        return [text[start:end]] if end > start else []
    out: list[Node] = []
    plain = start
    skip_to = start
    for k, i in enumerate(marks):
        if i < skip_to:
            continue
        if i in pairs and pairs[i][0] < end:
            close, closer, width = pairs[i]
            _text(out, text[plain:i])
            after = text[close + len(closer) : close + len(closer) + 1]
            before = _last_char(text, i)
            leaf = k + 1 == len(marks) or marks[k + 1] > close
            key = (text[i : close + len(closer)], before, after, nested) if leaf else None
            pair = ctx.leaves.get(key) if key else None
            if pair is None:
                pair = _pair(
                    text,
                    (i + width, close),
                    text[i : i + width],
                    closer,
                    (before, after),
                    pairs,
                    strays,
                    ctx,
                    nested,
                )
                if key and len(key[0]) <= _LEAF_SIZE and len(ctx.leaves) < _LEAVES and _shareable(pair):
                    ctx.leaves[key] = pair
            out.extend(pair)
            plain = skip_to = close + len(closer)
        elif i in strays:
            _text(out, text[plain:i])
            token = next(
                (t for pair in ctx.config.stage_brackets for t in pair if text.startswith(t, i)), text[i]
            )
            if "[" in token or "]" in token:
                out.append(Stray(token))
                ctx.warn(f"unbalanced bracket {token!r} kept as text: {_context(text, i)}")
            else:
                _text(out, token)
                ctx.warn(f"unbalanced parenthesis {token!r} kept as text: {_context(text, i)}")
            plain = i + len(token)
    _text(out, text[plain:end])
    return out


def _shareable(nodes: list[Node]) -> bool:
    """Whether *nodes* may stand for every bracket of the same words: a turn break's label is
    completed by the text after it, so each is read anew."""
    return not any(isinstance(node, TurnBreak) for node in nodes)


def _last_char(text: str, i: int) -> str:
    """The last character before *i* that is not white space (read backwards, not by copying)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""


def _context(text: str, i: int) -> str:
    return repr(text[max(0, i - 25) : i + 25])


def _text(out: list[Node], piece: str) -> None:
    """Add text; neighbouring pieces are joined once, by :func:`_merge` (adding to the last
    string each time copied it over and over: quadratic in a paragraph of many brackets). A
    brace no pair took is OCR's misreading of a bracket ("the report {as tabled yesterday)",
    "(Applause}"): kept and flagged as a stray bracket, as an unpaired square one is."""
    if "{" in piece or "}" in piece:
        at = 0
        for brace in _BRACE.finditer(piece):
            if brace.start() > at:
                out.append(piece[at : brace.start()])
            out.append(Stray(brace.group()))
            at = brace.end()
        piece = piece[at:]
    if piece:
        out.append(piece)


def _pair(
    text: str,
    inner: tuple[int, int],
    opener: str,
    closer: str,
    around: tuple[str, str],
    pairs: Pairs,
    strays: _Strays,
    ctx: InlineContext,
    nested: bool,
) -> list[Node]:
    start, end = inner
    content = text[start:end]
    if (opener in ROUND or opener == "[") and ctx.config.note_heads.match(content.lstrip()):
        # "(Note de l'Editeur: …)": the editor's, though a colon follows; a parenthesis kept
        return [Note(content if opener == "[" else f"{opener}{content}{closer}")]
    if opener in ROUND or opener == "[":
        spoken = _spoken(content, start, text, pairs, strays, ctx, opener, closer)
        if spoken:
            return spoken
    body = _build(text, start, end, pairs, strays, ctx)  # read only once no voice has taken it
    if opener in ROUND:
        return _round(content, body, opener, closer, ctx)
    if opener == "[":
        return _square(content, body, around, ctx, nested)
    kind = stage_type(content.lstrip("_ "), ctx.config) or "other"
    return [Stage(kind, _content(["[", *_strip_italics(_content(body)), "]"]))]


def _strip_italics(body: list[Inline]) -> list[Inline]:
    """Underscores that mark italics inside ``_[ … ]_`` are markup, not text."""
    return [
        re.sub(r"(?:(?<=\s)|^)_|_(?=\s|$)", "", piece) if isinstance(piece, str) else piece for piece in body
    ]


def _spoken(
    content: str,
    offset: int,
    text: str,
    pairs: Pairs,
    strays: _Strays,
    ctx: InlineContext,
    opener: str,
    closer: str,
) -> list[Node] | None:
    """A bracket in which other voices speak, as a stage direction holding their words."""
    saids = _said_segments(content, ctx)
    if not saids:
        return None
    first = saids[0][0]
    prefix = content[:first]
    nodes: list[Node] = [opener]
    if prefix:
        nodes.extend(_build(text, offset, offset + first, pairs, strays, ctx))
    for index, (_seg_start, label_end, who, label) in enumerate(saids):
        next_start = saids[index + 1][0] if index + 1 < len(saids) else len(content)
        # A voice's words end where the next voice starts, or at a dash before another part.
        dash = PART_BREAK.search(content, label_end, next_start)
        seg_end = dash.start() if dash else next_start
        spoken = content[label_end:seg_end]
        lead = spoken[: len(spoken) - len(spoken.lstrip())]
        words = _build(text, offset + label_end + len(lead), offset + seg_end, pairs, strays, ctx)
        nodes.append(Said(who, label, _content([lead, *words])))
        if seg_end < next_start:  # an event between voices: "Unsinn! – Heiterkeit"
            nodes.extend(_build(text, offset + seg_end, offset + next_start, pairs, strays, ctx))
    nodes.append(closer)
    kind = "interjection" if not prefix.strip() else (stage_type(prefix, ctx.config) or "other")
    whos = " ".join(dict.fromkeys(who for _, _, who, _ in saids))
    return [Stage(kind, _content(nodes), whos)]


def _round(content: str, body: list[Node], opener: str, closer: str, ctx: InlineContext) -> list[Node]:
    """A parenthesis no voice speaks in: a stage direction when it names an event (or the source
    set it in italics), else the speaker's own words."""
    kind = stage_type(content, ctx.config) or (
        "other" if " ".join(content.split()) in ctx.stage_hints else None
    )
    if kind:
        return [Stage(kind, _content([opener, *body, closer]))]
    return _merge([opener, *body, closer])


def _merge(nodes: Sequence[Node]) -> list[Node]:
    """The nodes with each run of neighbouring strings joined into one."""
    out: list[Node] = []
    run: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            run.append(node)
            continue
        if run:
            out.append("".join(run))
            run = []
        out.append(node)
    if run:
        out.append("".join(run))
    return [node for node in out if node != ""]


def _content(nodes: Sequence[Node]) -> list[Inline]:
    """A bracket's nodes as the content of a stage or a voice: a turn never breaks inside a
    bracket (a nested bracketed label is a ``Supplied``), so there is no turn break to drop."""
    return [node for node in _merge(nodes) if not isinstance(node, TurnBreak)]


# A short capitalised word with its stop and the next word after it: an abbreviation, as a
# citation in brackets strings them ("(Prot. Verh. 2. PT …, S. 516)").
_ABBREVIATION = regex(r"[^\S\n]*[^\W\d_][^\W\d_]{1,4}\.[^\S\n]+\w")


def _said_segments(content: str, ctx: InlineContext) -> list[tuple[int, int, str, str]]:
    """Where other voices speak inside a parenthesis: (segment start, speech start, who, label)."""
    found: list[tuple[int, int, str, str]] = []
    for match in _SEGMENT_START.finditer(content):
        at = match.end()
        if found and at < found[-1][1]:
            continue  # inside the label just found ("Hon. Members:")
        person = _called_by(content, at, ctx)
        if person:
            found.append(person)
            continue
        group = _group_label(content, at, ctx)
        if group:
            found.append((at, at + len(group), ctx.resolve(group.rstrip(":： "), ""), group))
            continue
        cand = ctx.matcher.candidate(content[at : at + 400])
        if cand is None or not content[at + cand.end :].strip():
            continue
        if cand.punct == "." and (content[at + cand.end].isdigit() or content[at + cand.end].islower()):
            continue  # a reference ("Prop. 108 S") or an initial ("A. b"), not a voice
        if cand.punct == "." and not cand.upper and _ABBREVIATION.match(content, at + cand.end):
            continue  # a citation's abbreviations ("Prot. Verh. 2. PT 1947, S. 516"), not a voice
        if cand.punct == "." and ctx.config.leaves_open(cand.printed):
            continue  # "Zwischenruf des Abg. Huber.": the stop is the form of address's, a name follows
        if cand.punct == "." and runs_on(cand, ctx.config):
            continue  # "(Vizepräsident X verhindert den Redner …, als nicht zur Sache gehörig. Abg. Y: …)"
        name = cand.name
        if cand.punct and cand.punct in "-–—" and not cand.upper:
            continue  # "(Zurufe von der AfD – Glocke der Präsidentin)": a dash between events
        if ctx.config.groups.match(name):
            found.append((at, at + len(cand.printed), ctx.resolve(name, ""), cand.printed))
            continue
        if stage_type(name, ctx.config) or cand.key in ctx.config.never or _is_opener(cand.key, ctx.config):
            continue
        if cand.punct not in (".", ":", "："):
            continue  # "(FENPROF - Federação …)" spells out a name, nobody speaks
        # a name's degrees after its comma are no words of it ("Abg X Y, MA, MLS:", Vienna's Landtag)
        named = ctx.config.postnominals.sub("", cand.printed) if "," in name else name
        voice = cand.upper or cand.strong or (cand.punct in (":", "：") and len(named.split()) <= 4)
        if not (voice or ctx.is_label(name) or len(name.split()) == 1):
            continue
        label_end = at + len(cand.printed)
        found.append((at, label_end, ctx.resolve(name, cand.affiliation), cand.printed))
    return found


def _called_by(content: str, at: int, ctx: InlineContext) -> tuple[int, int, str, str] | None:
    """The voice of the one person named after the words that announce a call ("Zuruf von Marc
    Beispiel [SPD]: …", "Zuruf Stadtrat X: …"), as :func:`_said_segments` gives it, starting at
    the name: no group of the floor, which a word in lower case or an article names ("Zuruf von
    der SPD: …")."""
    lead = ctx.config.voice_leads.match(content, at)
    if lead is None or not content[lead.end() : lead.end() + 1].isupper():
        return None
    start = lead.end()
    cand = ctx.matcher.candidate(content[start : start + 400])
    if cand is None or cand.punct not in (":", "：") or not content[start + cand.end :].strip():
        return None
    if ctx.config.groups.match(cand.name) or stage_type(cand.name, ctx.config):
        return None
    joins, particles = ctx.config.articles | ctx.config.portfolio_joins, ctx.config.particles
    words = cand.name.split()
    # an article after a name's particle is the name's: "Zuruf von Karl van der Meer, SPD: …"
    named = (i and words[i - 1] in particles and words[i - 1] not in joins for i in range(len(words)))
    if any(word in joins and not held for word, held in zip(words, named, strict=True)):
        # "Zuruf von Abgeordneten der SPD: …", "Zuruf von Ministerin X und Abgeordneten: …":
        # members of a group, or several, no one person
        return None
    return start, start + len(cand.printed), ctx.resolve(cand.name, cand.affiliation), cand.printed


def _group_label(content: str, at: int, ctx: InlineContext) -> str | None:
    """A group of the floor named in full before a colon, however long its name ("Zurufe vonseiten
    der Fraktionen der SPD, CDU, DIE LINKE und BÜNDNIS 90/DIE GRÜNEN: Oooh!"): too long for a
    label, and cut at its commas it would give a party's name a voice."""
    colon = _COLON.search(content, at, at + _GROUP_NAME)
    if colon is None or _NON_SPACE.search(content, colon.end()) is None:
        return None
    name = content[at : colon.start()]
    return content[at : colon.end()] if ctx.config.groups.match(name.strip()) else None


def _is_opener(key: str, config: Config) -> bool:
    return key in config.any_openers


# An hour of the day in an editor's brackets, as an Australian reporter stamps a witness's coming
# and going ("<THE WITNESS WITHDREW [10.41 am]"), or the hour, minute and second with stops, as the
# Cambodian tribunal's transcripts print the time between speeches ("[09.05.30]", each part within
# a clock's range; a date of two-digit parts in brackets, "[12.05.19]", reads the same and is taken
# for the clock too): the record's clock, no word supplied.
_HOUR = regex(
    r"\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3])\.[0-5]\d\.[0-5]\d", re.IGNORECASE
)


def _bracketed_event(stripped: str, config: Config) -> bool:
    """Whether a bracket's words name an event or a gap, as a news transcript prints them in
    CAPITALS in square brackets ("[CROSSTALK]", "[INAUDIBLE]"), never a speaker."""
    return config.gap.match(stripped) is not None or stage_type(stripped, config) is not None


def _square(
    content: str, body: list[Node], around: tuple[str, str], ctx: InlineContext, nested: bool
) -> list[Node]:
    """An editor's bracket. A bracketed label opens a new turn only outside other brackets and
    where a sentence ends before it (``… illegally? [KAGANOVICH]. In your answer …``)."""
    before, after = around
    stripped = content.strip()
    config = ctx.config
    cand = ctx.matcher.candidate(stripped + ".")
    if (
        cand
        and cand.end >= len(stripped)
        and after in (".", ":")
        and before in ("", ".", "?", "!", "…", "»", "”", '"')
        # a reference in CAPITALS with its number ("… in Cornwall.[HL9224]", a question's) is no name
        and (ctx.is_label(cand.name) or (cand.upper and not any(c.isdigit() for c in cand.name)))
        and not _bracketed_event(stripped, config)  # "[APPLAUSE]", "[INAUDIBLE]": no one's label
    ):
        if nested:
            return [Supplied(content)]
        return [TurnBreak(SpeakerLabel(stripped, cand.name, "", supplied=True))]
    if config.timestamp.fullmatch(f"[{stripped}] ") or _HOUR.fullmatch(stripped):
        return [Time(f"[{content}]")]
    gap = config.gap.match(stripped)
    if gap:
        return [Gap(next(kind for kind in ("omitted", "illegible", "missing") if gap.group(kind)), content)]
    if config.supplied_marks.match(stripped):
        return [Supplied(content)]
    if config.note.match(stripped):
        return [Note(content)]
    kind = stage_type(stripped, config)
    # a bracket that is a whole paragraph, opening with a capital, is the record's own account of
    # an event ("[A recess was taken.]", "[Trial Chamber confers]"), not an editor's word
    alone = not nested and before == "" and after == "" and stripped[:1].isupper()
    if kind or ctx.square_stages or alone:
        return [Stage(kind or "other", _content(["[", *body, "]"]))]
    if len(stripped.split()) <= config.supplied_max_words and all(isinstance(n, str) for n in body):
        return [Supplied(content)]
    return [Note(content)]
