"""Speaker-label accuracy of ``stenogram.convert_text`` on real parliamentary records.

Run from a checkout (the shared material is looked for beside the project, in ``../shared``)::

    PYTHONPATH=src python benchmarks/bench_accuracy.py [--quick] [--shared DIR] [--show XX]

``../shared/corpus/parlamint/`` holds sample sittings of 28 parliaments in ParlaMint TEI (CC BY 4.0).
Each sitting is rendered back to the plain text its printed record would show: the title and the
date first, then for every speech (``u``) the printed label (``note[@type='speaker']``, with the
punctuation the parliament prints after it) or, where the corpus keeps none, a label made from the
speaker's id in that parliament's usual style (counted as "made from ids" in the table); the speech's
``seg``s as paragraphs; every comment (``note``, ``kinesic``, ``vocal``, ``incident``, ``gap``) in
parentheses where it stands. A SAMPLING gap is a blank line. Four layouts are rendered so that no
single one is learnt: blank lines between paragraphs, the label on a line of its own, one paragraph
per line with no blank lines, and hard-wrapped lines.

Each text is converted with default settings and scored against the TEI it came from:

- **turn F1**: the sequence of labels found (``sp/speaker``) against the printed ones (matched in
  order, by their letters and digits);
- **speaker F1**: whether the matched turns of one ParlaMint speaker (``u/@who``) are one person
  (``sp/@who``) and those of two are two, over every pair of them;
- **interjection F1**: comments in which a voice speaks (``Abg. Kopf: Lächerlich!``) against the
  stage directions the converter gave a ``said``;
- **stage recall**: comments found inside a ``stage``;
- **words kept**: the share of the input's words found in the TEI's text.

With ``--copies`` the sittings are laid out instead as real copies are (a web page's text, a PDF's,
OCR, a typed file, a speech-to-text export, subtitles, Markdown, a Word file saved as text, a web
page with the clock before each paragraph, a court reporter's numbered page: ``copies.py``), and
one table gives each parliament's turn F1 in each, the words kept and the copy's furniture left in
the TEI's text.

The samples in ``tests/data`` and the shared transcripts have no gold; their rows say whether they
convert, with how many turns and speakers, and the words kept. The last row is the convert
throughput of this same run.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations, product
from pathlib import Path

from lxml import etree

from copies import COPIES, LAYOUT
from stenogram.errors import StenogramError
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config

ROOT = Path(__file__).resolve().parents[1]
TEI = "{http://www.tei-c.org/ns/1.0}"
COMMENTS = {"note", "kinesic", "vocal", "incident", "gap"}
LAYOUTS = ("blank", "own-line", "lines", "wrapped")
AIM_TURN_F1, AIM_INTERJECTION_F1 = 0.98, 0.95

# How each parliament prints what the corpus does not keep: the punctuation after a label, and
# for corpora without printed labels the label of the chair and of a member ({name} from the id;
# {NAME} in capitals; {SURNAME} {initials}: the last word in capitals, the others' initials).
STYLE: dict[str, dict[str, str]] = {
    "BG": {"chair": "ПРЕДСЕДАТЕЛ {name}:", "member": "{NAME}:"},
    "DK": {"chair": "Formanden ({name}):", "member": "{name}:"},
    "ES": {"chair": "La señora PRESIDENTA:", "member": "El señor {NAME}:"},
    "FI": {"chair": "Puhemies {name}:", "member": "{name}:"},
    "FR": {"chair": "M. le président.", "member": "M. {name}."},
    "GB": {"chair": "Mr Speaker:", "member": "{name}:"},
    "IS": {"chair": "Forseti ({name}):", "member": "{name}:"},
    "IT": {"punct": "."},
    "PT": {"chair": "O Sr. Presidente:", "member": "O Sr. {name}:"},
    "TR": {"chair": "BAŞKAN –", "member": "{NAME} –"},
    "UA": {"chair": "ГОЛОВУЮЧИЙ.", "member": "{SURNAME} {initials}"},  # "ГРИНЕВИЧ Л.М."
}


@dataclass
class Gold:
    """What a rendered sitting holds: its labels in order, its comments, and its words."""

    labels: list[str] = field(default_factory=list)
    who: list[str] = field(default_factory=list)  # each label's speaker (ParlaMint's u/@who)
    interjections: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    synthetic: int = 0  # labels made from the speaker's id, where none is printed


@dataclass
class Score:
    """Counts of one or more conversions, summed, and the figures made from them."""

    docs: int = 0
    failed: int = 0
    turns_gold: int = 0
    turns_found: int = 0
    turns_hit: int = 0
    inter_gold: int = 0
    inter_found: int = 0
    inter_hit: int = 0
    stages_gold: int = 0
    stages_hit: int = 0
    words_in: int = 0
    words_kept: int = 0
    synthetic: int = 0
    same_gold: int = 0  # pairs of matched turns of one speaker in ParlaMint
    same_found: int = 0  # … of one person in our TEI
    same_hit: int = 0  # … of one in both
    furniture: int = 0  # lines of a web page's, a PDF's or a subtitle file's furniture
    furniture_left: int = 0  # … of them still in the TEI's text

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def turn_f1(self) -> float:
        return _f1(self.turns_hit, self.turns_found, self.turns_gold)

    @property
    def speaker_f1(self) -> float:
        """Whether the turns of one speaker are one person and those of two are two: pairs of
        turns found (labels matched) of one speaker, against pairs of one person in the TEI."""
        return _f1(self.same_hit, self.same_found, self.same_gold)

    @property
    def inter_f1(self) -> float | None:
        return _f1(self.inter_hit, self.inter_found, self.inter_gold) if self.inter_gold else None

    @property
    def stage_recall(self) -> float | None:
        return self.stages_hit / self.stages_gold if self.stages_gold else None

    @property
    def kept(self) -> float:
        return self.words_kept / self.words_in if self.words_in else 1.0


def _f1(hit: int, found: int, gold: int) -> float:
    if not found and not gold:
        return 1.0
    return 2 * hit / (found + gold)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


def _space(text: str) -> str:
    return " ".join(text.split())


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


# -- rendering ---------------------------------------------------------------------------------
def _name_from_id(who: str | None) -> str:
    """A speaker's name from a ParlaMint id: ``#StephenKinnock`` → Stephen Kinnock."""
    ident = re.sub(r"^#?(?:person\.)?|[._]\d{4,8}$", "", who or "").replace(".", " ").replace("_", " ")
    spaced = "".join(
        f" {char}" if char.isupper() and index and ident[index - 1].islower() else char
        for index, char in enumerate(ident)
    )
    spaced = " ".join(word[:1].upper() + word[1:] for word in spaced.split())
    return spaced if re.search(r"[^\W\d_]{2}", spaced) else ""


def _synthetic_label(country: str, utterance: etree._Element, speakers: dict[str, int]) -> str:
    who = utterance.get("who")
    name = _name_from_id(who)
    if not name or re.search(r"\d", name):  # a code (PAD_88386), not a name
        name = f"Orateur {speakers.setdefault(who or '', len(speakers) + 1)}"
    style = STYLE.get(country, {})
    chair = "#chair" in (utterance.get("ana") or "")
    template = style.get("chair" if chair else "member", "{name}:")
    *given, surname = name.split()
    initials = "".join(f"{word[0]}." for word in given)
    return template.format(name=name, NAME=name.upper(), SURNAME=surname.upper(), initials=initials)


def _comment_text(element: etree._Element) -> str:
    desc = element.find(TEI + "desc")
    return _space((desc if desc is not None else element).xpath("string()"))


# Notes between speeches that the printed record shows as header lines, not in brackets.
HEADER_NOTES = {"debate", "date", "summary", "agendaItem", "relatedDocument", "president", "chairpersons"}
# Comments that the corpus types as a voice from the floor (the rest are events or notes).
VOICE_TYPES = {"unauthorized_interruption", "interruption", "shouting"}


def _is_voice(element: etree._Element, text: str) -> bool:
    """A comment in which a voice speaks: ``Abg. Kopf: Lächerlich!``, ``Upadica Bulj: Stanke.``"""
    return element.get("type") in VOICE_TYPES and bool(re.match(r"[^:()\d]{2,80}:\s*\S", text))


@dataclass
class _Rendering:
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (label or "", paragraph)
    gold: Gold = field(default_factory=Gold)


def render_sitting(path: Path, country: str) -> _Rendering:
    """The sitting at *path* as blocks of printed text, and the gold list it implies."""
    root = etree.parse(str(path)).getroot()
    out = _Rendering()
    title = root.find(f".//{TEI}titleStmt/{TEI}title[@type='sub']")
    if title is None:
        title = root.find(f".//{TEI}titleStmt/{TEI}title")
    date = root.find(f".//{TEI}setting/{TEI}date")
    out.blocks.append(("", _space(title.xpath("string()")) if title is not None else path.stem))
    if date is not None:
        out.blocks.append(("", date.get("when") or _space(date.xpath("string()"))))
    body = root.find(f"{TEI}text/{TEI}body")
    label: str | None = None
    speakers: dict[str, int] = {}
    punct = STYLE.get(country, {}).get("punct", ":")
    for element in body.iter():
        name = _local(element)
        if name == "head":
            out.blocks.append(("", _space(element.xpath("string()"))))
        elif name == "note" and element.get("type") == "speaker":
            if label is not None:  # two in a row (a chair-change line): the first is a paragraph
                out.blocks.append(("", label))
            label = _space(element.xpath("string()"))
            if label[-1] not in ".:":
                label += punct
        elif name == "u":
            if label is None:
                label = _synthetic_label(country, element, speakers)
                out.gold.synthetic += 1
            out.gold.labels.append(label.rstrip(".:–- "))
            out.gold.who.append(element.get("who", ""))
            first = True
            for seg in element.iter(TEI + "seg"):
                out.blocks.append((label if first else "", _segment(seg, out.gold)))
                first = False
            if first:
                out.blocks.append((label, ""))
            label = None
        elif (
            name in COMMENTS
            and element.getparent() is not None
            and _local(element.getparent()) in ("div", "body")
        ):
            text = _comment_text(element)
            if name == "gap" and text == "SAMPLING":
                out.blocks.append(("", ""))
            elif name == "note" and element.get("type") in HEADER_NOTES and text:
                out.blocks.append(("", text))  # a header line of the record, printed as such
            elif element.get("type") != "time" and name != "gap" and text:
                out.blocks.append(("", f"({text})"))
                (out.gold.interjections if _is_voice(element, text) else out.gold.stages).append(text)
    return out


# A voice the corpus left as plain text inside a speech: EE "(Hääl saalist: "Jaa!")".
_PLAIN_VOICE = re.compile(r"\(([^\W\d_][^():\d]{1,40}:\s*[^()]+)\)")


def _segment(seg: etree._Element, gold: Gold) -> str:
    for text in [seg.text or "", *(child.tail or "" for child in seg)]:
        gold.interjections.extend(_space(m.group(1)) for m in _PLAIN_VOICE.finditer(text))
    parts = [seg.text or ""]
    for child in seg:
        if _local(child) in COMMENTS:
            text = _comment_text(child)
            if text:
                parts.append(f" ({text}) ")
                (gold.interjections if _is_voice(child, text) else gold.stages).append(text)
        else:
            parts.append(child.xpath("string()"))
        parts.append(child.tail or "")
    return _space("".join(parts))


def layout(blocks: list[tuple[str, str]], style: str) -> str:
    """The blocks as a transcript in one of :data:`LAYOUTS`."""
    lines: list[str] = []
    for label, text in blocks:
        if style == "own-line" and label:
            lines += [label, text, ""] if text else [label, ""]
            continue
        para = f"{label} {text}".strip()
        if style == "wrapped":
            lines += [*textwrap.wrap(para, 72, break_long_words=False, break_on_hyphens=False), ""]
        elif style == "lines":
            if para:
                lines.append(para)
        else:
            lines += [para, ""]
    return "\n".join(lines).strip() + "\n"


def excerpts(rendering: _Rendering, size: int) -> Iterator[_Rendering]:
    """The sitting cut into excerpts of *size* speeches each, as an editor pastes a passage from
    the middle of a record: no title, no date, each label printed once or twice."""
    starts = [index for index, (label, _) in enumerate(rendering.blocks) if label]
    gold = rendering.gold
    for first in range(0, len(starts) - size + 1, size):
        end = starts[first + size] if first + size < len(starts) else len(rendering.blocks)
        piece = _Rendering(rendering.blocks[starts[first] : end])
        piece.gold.labels = gold.labels[first : first + size]
        piece.gold.who = gold.who[first : first + size]
        yield piece


# -- scoring -----------------------------------------------------------------------------------
def score(tei: bytes, text: str, gold: Gold, furniture: list[str] | None = None) -> Score:
    """How the TEI converted from *text* compares with *gold*; the *furniture* lines a copy
    added are no words of the record, and each one found in the TEI's text is one left."""
    root = etree.fromstring(tei)
    body = root.find(f"{TEI}text")
    found = [_norm(_printed(sp)) for sp in body.iter(TEI + "speaker")]
    wanted = [_norm(label) for label in gold.labels]
    blocks = difflib.SequenceMatcher(None, found, wanted, autojunk=False).get_matching_blocks()
    hit = sum(b.size for b in blocks)
    who = [str(sp.getparent().get("who")) for sp in body.iter(TEI + "speaker")]
    matched = [(b.a + k, b.b + k) for b in blocks for k in range(b.size)]
    same: Counter[str] = Counter()
    for (ours1, gold1), (ours2, gold2) in combinations(matched, 2):
        one_found, one_gold = who[ours1] == who[ours2], gold.who[gold1] == gold.who[gold2]
        same.update(found=one_found, gold=one_gold, hit=one_found and one_gold)
    stages = [_norm(stage.xpath("string()")) for stage in body.iter(TEI + "stage")]
    voiced = [
        _norm(s.xpath("string()")) for s in body.iter(TEI + "stage") if s.find(f".//{TEI}said") is not None
    ]
    inter_hit = sum(1 for g in gold.interjections if any(_norm(g) in s for s in voiced))
    stage_hit = sum(1 for g in gold.stages + gold.interjections if any(_norm(g) in s for s in stages))
    words_in = Counter(_words(text)) - Counter(_words(" ".join(furniture or [])))
    words_out = Counter(_words(body.xpath("string()")))
    left = _furniture_left(_norm(body.xpath("string()")), furniture or [])
    return Score(
        docs=1,
        turns_gold=len(wanted),
        turns_found=len(found),
        turns_hit=hit,
        inter_gold=len(gold.interjections),
        inter_found=len(voiced),
        inter_hit=min(inter_hit, len(voiced)),
        stages_gold=len(gold.stages) + len(gold.interjections),
        stages_hit=stage_hit,
        words_in=sum(words_in.values()),
        words_kept=sum((words_in & words_out).values()),
        synthetic=gold.synthetic,
        same_gold=same["gold"],
        same_found=same["found"],
        same_hit=same["hit"],
        furniture=len(_askable(furniture or [])),
        furniture_left=left,
    )


def _furniture_left(body: str, furniture: list[str]) -> int:
    """How many of the *furniture* lines are still in the *body*'s text (normalised); lines
    of a number alone, which any text may hold, are not asked about."""
    counts = Counter(_norm(line) for line in _askable(furniture))
    return sum(min(body.count(line), times) for line, times in counts.items())


def _askable(furniture: list[str]) -> list[str]:
    """The *furniture* lines whose words or long numbers no record's text holds by chance."""
    return [line for line in furniture if re.search(r"[^\W\d_]|\d{3}", line)]


def _printed(speaker: etree._Element) -> str:
    """A speaker label's text without the recording's clock printed with it (``time``)."""
    return "".join(speaker.xpath(".//text()[not(ancestor::t:time)]", namespaces={"t": TEI[1:-1]}))


@dataclass
class Timer:
    """Bytes converted and seconds spent in ``convert_text``, over the whole run."""

    size: int = 0
    seconds: float = 0.0

    def convert(self, text: str, name: str) -> bytes:
        data = text.encode("utf-8")
        start = time.perf_counter()
        tei = convert_text(data, name, CONFIG).tei
        self.seconds += time.perf_counter() - start
        self.size += len(data)
        return tei


CONFIG = load_config()


def parliaments(shared: Path) -> Iterator[tuple[str, Path]]:
    for folder in sorted((shared / "corpus" / "parlamint").iterdir()):
        if folder.is_dir():
            for path in sorted(folder.glob("*.xml")):
                yield folder.name, path


def run_parliaments(
    shared: Path, styles: tuple[str, ...], timer: Timer, show: str | None, size: int = 0
) -> dict[str, Score]:
    rows: dict[str, Score] = {}
    for country, path in parliaments(shared):
        sitting = render_sitting(path, country)
        row = rows.setdefault(country, Score())
        for rendering, style in product(list(excerpts(sitting, size)) if size else [sitting], styles):
            text, furniture = (
                LAYOUT[style](rendering.blocks) if style in LAYOUT else (layout(rendering.blocks, style), [])
            )
            if show == country:
                print(f"--- {path.name} [{style}]\n{text}", file=sys.stderr)
            try:
                tei = timer.convert(text, f"{path.stem}-{style}.txt")
            except StenogramError as err:
                row.add(Score(docs=1, failed=1, turns_gold=len(rendering.gold.labels)))
                print(f"{path.name} [{style}]: {err}", file=sys.stderr)
                continue
            result = score(tei, text, rendering.gold, furniture)
            if show == country:
                found = [sp.xpath("string()") for sp in etree.fromstring(tei).iter(TEI + "speaker")]
                print(f"gold:  {rendering.gold.labels}\nfound: {found}", file=sys.stderr)
                print(
                    etree.tostring(etree.fromstring(tei).find(f"{TEI}text"), encoding="unicode"),
                    file=sys.stderr,
                )
            row.add(result)
    return rows


def run_samples(paths: list[Path], timer: Timer) -> list[tuple[str, str]]:
    rows = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            tei = timer.convert(text, path.name)
        except StenogramError as err:
            rows.append((path.name, f"FAILED: {err}"))
            continue
        body = etree.fromstring(tei).find(f"{TEI}text")
        turns = sum(1 for _ in body.iter(TEI + "sp"))
        people = len({sp.get("who") for sp in body.iter(TEI + "sp")})
        result = score(tei, text, Gold())
        rows.append((path.name, f"{turns} turns, {people} speakers, words kept {result.kept:.3f}"))
    return rows


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def run_copies(shared: Path, names: list[str], show: str | None, size: int) -> int:
    """One table: each parliament's turn F1 in each real-copy layout, then each layout's total
    turn F1, words kept and the share of the copy's furniture left in the TEI's text."""
    unknown = set(names) - set(COPIES)
    if unknown:
        sys.exit(f"bench_accuracy: no such copy layout: {', '.join(sorted(unknown))}")
    timer = Timer()
    table = {name: run_parliaments(shared, (name,), timer, show, size) for name in names}
    cut = f"Excerpts of {size} speeches, no title. " if size else ""
    print(f"{cut}Real-copy layouts: turn F1 of each parliament.\n")
    print(f"| parliament | {' | '.join(names)} |")
    print(f"|---|{'---|' * len(names)}")
    for country in table[names[0]]:
        cells = [f"{table[name][country].turn_f1:.3f}" for name in names]
        print(f"| {country} | {' | '.join(cells)} |")
    totals = {name: Score() for name in names}
    for name, rows in table.items():
        for row in rows.values():
            totals[name].add(row)
    print(f"| **turn F1** | {' | '.join(f'{totals[n].turn_f1:.3f}' for n in names)} |")
    perfect = [sum(1 for row in table[n].values() if row.turn_f1 == 1.0) for n in names]
    print(f"| parliaments at 1.000 | {' | '.join(str(count) for count in perfect)} |")
    print(f"| words kept | {' | '.join(f'{totals[n].kept:.3f}' for n in names)} |")
    left = [f"{t.furniture_left}/{t.furniture}" if t.furniture else "–" for t in totals.values()]
    print(f"| furniture left | {' | '.join(left)} |")
    print(f"| failed | {' | '.join(str(t.failed) for t in totals.values())} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one layout (blank lines) only")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared material")
    parser.add_argument("--show", metavar="XX", help="print the texts and TEI of one parliament to stderr")
    parser.add_argument(
        "--excerpts",
        metavar="N",
        type=int,
        default=0,
        help="cut each sitting into excerpts of N speeches, without its title and date",
    )
    parser.add_argument(
        "--copies",
        metavar="NAMES",
        nargs="?",
        const=",".join(COPIES),
        help=f"lay each sitting out as real copies are ({', '.join(COPIES)}; all if none named)",
    )
    args = parser.parse_args(argv)
    if not (args.shared / "corpus" / "parlamint").is_dir():
        sys.exit(f"bench_accuracy: no ParlaMint samples under {args.shared}/corpus (use --shared DIR)")
    if args.copies:
        return run_copies(args.shared, args.copies.split(","), args.show, args.excerpts)
    styles = LAYOUTS[:1] if args.quick else LAYOUTS
    timer = Timer()
    rows = run_parliaments(args.shared, styles, timer, args.show, args.excerpts)
    cut = f"Excerpts of {args.excerpts} speeches, no title. " if args.excerpts else ""
    print(
        f"{cut}Layouts: {', '.join(styles)}. "
        f"Aim: turn F1 ≥ {AIM_TURN_F1}, interjection F1 ≥ {AIM_INTERJECTION_F1}.\n"
    )
    print(
        "| parliament | texts | failed | turns (gold) | turn F1 "
        "| speaker F1 | interjection F1 | stage recall | words kept |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    total = Score()
    for country, row in rows.items():
        total.add(row)
        mark = f" ({row.synthetic} labels made from ids)" if row.synthetic else ""
        print(
            f"| {country}{mark} | {row.docs} | {row.failed} | {row.turns_gold} | {row.turn_f1:.3f} "
            f"| {row.speaker_f1:.3f} | {_fmt(row.inter_f1)} | {_fmt(row.stage_recall)} | {row.kept:.3f} |"
        )
    below = sum(1 for row in rows.values() if row.turn_f1 < AIM_TURN_F1)
    print(
        f"| **total** | {total.docs} | {total.failed} | {total.turns_gold} | {total.turn_f1:.3f} "
        f"| {total.speaker_f1:.3f} | {_fmt(total.inter_f1)} | {_fmt(total.stage_recall)} | {total.kept:.3f} |"
    )
    print(f"\nParliaments below the turn-F1 aim: {below} of {len(rows)}.\n")
    samples = sorted((ROOT / "tests" / "data").rglob("*.txt"))
    samples += sorted((args.shared / "corpus" / "transcripts").glob("*.txt"))
    samples = [p for p in samples if not p.name.endswith("LICENSE.txt")]
    print("| sample | result |")
    print("|---|---|")
    for name, result in run_samples(samples, timer):
        print(f"| {name} | {result} |")
    rate = timer.size / 1e6 / timer.seconds if timer.seconds else 0.0
    print(
        f"\nConvert throughput in this run: {timer.size / 1e6:.2f} MB "
        f"in {timer.seconds:.2f} s = {rate:.2f} MB/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
