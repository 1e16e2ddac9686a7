"""Validation and rendering at corpus scale, every figure of the goals in one run, peers beside us.

Each measurement runs in a child process of its own (:func:`measure.run_child`: its wall and
CPU seconds, and its peak resident memory from ``resource.getrusage(RUSAGE_CHILDREN)``), the
runs of one round one after the other and the rounds repeated (``--repeat``, median kept), so
that a busy spell slows every row alike. The tables:

- validate: ``stenogram validate -j 1`` (our RelaxNG schema and Schematron rules) over a corpus
  of copies of the samples (``--files``), beside jing with the same schema and with tei_all in
  one call each, and the floor, lxml's parse + RelaxNG in one process;
- HTML: the warm transform of a long play (best of ``--runs`` in one process, the Saxon parse
  included), beside the TEI Consortium's Stylesheets (their HTML profile, run on saxonche) when
  a copy is given with ``--peer-stylesheets DIR``;
- PDF: a volume of 11 plays, the whole render, its XSLT part alone, and Typst alone on the
  same source;
- memory per stage: peak, peak less a process that only started Python and Saxon, both as
  multiples of the input;
- parallel: ``-j 2`` against ``-j 1`` over ``--parallel-files`` files (validate, HTML pages,
  convert);
- growth: the cases of ``bench_growth`` at 1×, 4×, 16× and 64× (exponent k, memory per further
  input byte);
- and last, the goals of the issue with what this run measured.

Run: ``PYTHONPATH=src python benchmarks/bench_goals.py [--repeat N] [--peer-stylesheets DIR]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_growth import CASES, Growth, grow
from bench_render_html import PEER_PROFILE, peer_page
from bench_render_pdf import VOLUME
from bench_scale import make_corpus
from measure import Child, best_of, median_child, run_child

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
PLAY = SHARED / "tei" / "rusdracor" / "bulgakov-batum.xml"
TEI_ALL = SHARED / "schemas" / "tei_all.rng"
TRANSCRIPT = SHARED / "transcripts" / "kaganovich-1936-12-04.txt"
SCHEMA = ROOT / "schemas" / "stenogram.rng"
MIB = 2**20
#: Pure CPU work through stenogram's local pool, from a trivial main module (a spawned worker
#: imports its parent's): the speed-up the machine allows ``-j`` in this run.
CEILING = (
    f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); from measure import ceiling; "
    "ceiling(int(sys.argv[1]), int(sys.argv[2]))"
)


# ---------------------------------------------------------------- what the children do


def _baseline() -> dict[str, float]:
    """Python, lxml and Saxon started, a tiny document through Saxon: the fixed cost."""
    from stenogram import saxon

    saxon.processor().parse_xml(xml_text="<TEI xmlns='http://www.tei-c.org/ns/1.0'/>")
    return {}


def _floor(*files: str) -> dict[str, float]:
    """lxml's safe parse and RelaxNG check of every file: the floor of validation."""
    from stenogram import xmlsafe
    from stenogram.validate.run import default_checks, relaxng

    schema = relaxng(default_checks().schema or SCHEMA)
    for file in files:
        schema.validate(xmlsafe.parse_file(file, collect_ids=False))
    return {}


def _html_ours(file: str, runs: str) -> dict[str, float]:
    """The best warm transform of *file* by our page stylesheet (compiled before the clock)."""
    from stenogram import xmlsafe
    from stenogram.render.html import html_page

    tree = xmlsafe.parse_file(file)
    html_page(tree)
    return {
        "best": best_of(int(runs), lambda: html_page(tree)),
        "cpu": best_of(int(runs), lambda: html_page(tree), time.process_time),
    }


def _html_peer(stylesheets: str, file: str, runs: str) -> dict[str, float]:
    """The best warm transform of *file* by the TEI Stylesheets' HTML profile on saxonche."""
    page = peer_page(Path(stylesheets), Path(file))
    page()
    return {"best": best_of(int(runs), page), "cpu": best_of(int(runs), page, time.process_time)}


def _pdf_xslt(target: str, *files: str) -> dict[str, float]:
    """The XSLT part of a PDF volume alone: TEI files in, the Typst source out."""
    from stenogram.render.pdf import render_volume_typst
    from stenogram.xmlsafe import parse_file

    Path(target).write_text(render_volume_typst([parse_file(f) for f in files]), encoding="utf-8")
    return {}


def _typst(source: str, target: str) -> dict[str, float]:
    """Typst alone on a Typst source (with stenogram's settings: bundled fonts, empty root)."""
    from stenogram.render.pdf import typeset

    Path(target).write_bytes(typeset(Path(source).read_text(encoding="utf-8")))
    return {}


CHILDREN: dict[str, Callable[..., dict[str, float]]] = {
    "baseline": _baseline,
    "floor": _floor,
    "html-ours": _html_ours,
    "html-peer": _html_peer,
    "pdf-xslt": _pdf_xslt,
    "typst": _typst,
}


# ---------------------------------------------------------------- the rounds


def _self(name: str, *args: str) -> list[str]:
    return [sys.executable, __file__, "--child", name, *args]


def _stenogram(*args: str) -> list[str]:
    return [sys.executable, "-m", "stenogram", *args]


@dataclass(frozen=True)
class Run:
    """One measurement: a label, the command, the exit codes that are not a failure."""

    key: str
    command: list[str]
    ok: tuple[int, ...] = (0,)


def _rounds(runs: list[Run], repeat: int, env: dict[str, str]) -> dict[str, Child]:
    """Every run *repeat* times, interleaved; the median of each."""
    found: dict[str, list[Child]] = {}
    for round_ in range(repeat):
        for run in runs:
            print(f"  round {round_ + 1}/{repeat}: {run.key}", file=sys.stderr, flush=True)
            found.setdefault(run.key, []).append(run_child(run.command, env, run.ok))
    return {key: median_child(children) for key, children in found.items()}


def _size(paths: Sequence[str | Path]) -> int:
    return sum(Path(p).stat().st_size for p in paths)


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def _best(child: Child, key: str = "best") -> float:
    """The best time a child printed: wall (``best``) or CPU (``cpu``)."""
    return float(json.loads(child.output.strip().splitlines()[-1])[key])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=300, help="files of the validation corpus")
    parser.add_argument("--parallel-files", type=int, default=200, help="files of the -j 2 / -j 1 runs")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (the median of each run is kept)")
    parser.add_argument("--runs", type=int, default=5, help="warm transforms in one process (best kept)")
    parser.add_argument("--peer-stylesheets", type=Path, help="a copy of the TEI Stylesheets repository")
    parser.add_argument("--growth-base", type=int, default=200, help="turns at 1× of the growth cases")
    parser.add_argument("--child", choices=list(CHILDREN), help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](*rest)))
        return
    missing = [p for p in (PLAY, TRANSCRIPT, *VOLUME) if not p.exists()]
    if missing:
        sys.exit(f"bench_goals: the shared corpus is missing {missing[0]} (clone the project beside shared/)")
    peer = args.peer_stylesheets
    if peer is not None and not (peer / PEER_PROFILE).is_file():
        sys.exit(f"bench_goals: {peer} has no {PEER_PROFILE}: give a copy of the TEI Stylesheets")
    jing = shutil.which("jing")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with tempfile.TemporaryDirectory(prefix="stenogram-goals-") as scratch:
        work = Path(scratch)
        corpus, few, texts, out = (work / name for name in ("corpus", "few", "texts", "out"))
        for folder in (corpus, few, texts, out):
            folder.mkdir()
        make_corpus(corpus, args.files)
        make_corpus(few, args.parallel_files)
        for n in range(args.parallel_files):
            shutil.copyfile(TRANSCRIPT, texts / f"{n:04d}-{TRANSCRIPT.name}")
        files = sorted(map(str, corpus.glob("*.xml")))
        volume = []  # copies under names of their own: the same file twice is rendered once
        for n, play in enumerate(VOLUME):
            volume.append(str(out / f"{n:02d}-{play.name}"))
            shutil.copyfile(play, volume[-1])
        typ, pdf = out / "volume.typ", out / "volume.pdf"
        runs = [
            Run("baseline", _self("baseline")),
            Run("validate", _stenogram("validate", "-j", "1", *files), (0, 1)),
            Run("floor", _self("floor", *files)),
            Run("html", _self("html-ours", str(PLAY), str(args.runs))),
            Run("html-page", _stenogram("render", str(PLAY), "--to", "html", "-o", str(out / "play.html"))),
            Run("pdf", _stenogram("render", *volume, "--to", "pdf", "-o", str(out / "whole.pdf"))),
            Run("pdf-xslt", _self("pdf-xslt", str(typ), *volume)),
            Run("typst", _self("typst", str(typ), str(pdf))),
        ]
        if jing:
            runs += [
                Run("jing", [jing, str(SCHEMA), *files], (0, 1)),
                Run("jing-tei_all", [jing, str(TEI_ALL), *files], (0, 1)),
            ]
        if peer is not None:
            runs.append(Run("html-peer", _self("html-peer", str(peer), str(PLAY), str(args.runs))))
        for jobs in ("1", "2"):
            runs += [
                Run(f"burn -j {jobs}", [sys.executable, "-c", CEILING, jobs, str(args.parallel_files)]),
                Run(f"validate -j {jobs}", _stenogram("validate", "-j", jobs, str(few)), (0, 1)),
                Run(
                    f"html -j {jobs}",
                    _stenogram("render", str(few), "--to", "html", "-j", jobs, "-o", f"{out}/s{jobs}/"),
                ),
                Run(
                    f"convert -j {jobs}",
                    _stenogram(
                        "convert", "-q", "--force", "-j", jobs, str(texts), "-o", str(out / f"c{jobs}")
                    ),
                ),
            ]
        print(
            f"bench_goals: {args.files} files to validate ({_size(files) / MIB:.1f} MiB), "
            f"{args.repeat} rounds, {os.cpu_count()} cores, "
            f"load average {os.getloadavg()[0]:.1f} at the start",
            file=sys.stderr,
        )
        measured = _rounds(runs, args.repeat, env)
        pages = _pages(out / "whole.pdf")
        growth = {name: grow(name, args.growth_base) for name in CASES}
        sizes = {
            "validate": _size(files),
            "html": PLAY.stat().st_size,
            "html-page": PLAY.stat().st_size,
            "pdf-xslt": _size(volume),
            "pdf": _size(volume),
            "typst": typ.stat().st_size,
        }
    _report(args, measured, growth, sizes, pages)


def _ratio(numerator: float, denominator: float) -> str:
    return f"{numerator / denominator:.2f}x" if denominator else "-"


def _report(
    args: argparse.Namespace,
    measured: dict[str, Child],
    growth: dict[str, Growth],
    sizes: dict[str, int],
    pages: int,
) -> None:
    """The tables, then the goals with what this run measured."""
    m = measured
    print(
        f"\nmedian of {args.repeat} rounds; {os.cpu_count()} cores, load average now {os.getloadavg()[0]:.1f}"
    )
    print(f"\nValidate {args.files} files ({sizes['validate'] / MIB:.1f} MiB), each run one process call")
    print(
        f"{'run':46} {'wall s':>7} {'cpu s':>7} {'files/s':>8} {'peak MiB':>9} {'vs jing':>8} {'(cpu)':>6}"
        f" {'vs floor':>9} {'(cpu)':>6}"
    )
    rows = [
        ("stenogram validate -j 1 (RelaxNG + Schematron)", "validate"),
        ("jing, the same schema (RelaxNG only)", "jing"),
        ("jing, tei_all.rng (RelaxNG only)", "jing-tei_all"),
        ("lxml parse + RelaxNG, 1 process (floor)", "floor"),
    ]
    for label, key in rows:
        if key not in m:
            print(f"{label:46} (jing not installed)")
            continue
        run = m[key]
        jing = (
            f"{_ratio(m['jing'].wall, run.wall):>8} {_ratio(m['jing'].cpu, run.cpu):>6}"
            if "jing" in m
            else "-"
        )
        floor = f"{_ratio(run.wall, m['floor'].wall):>9} {_ratio(run.cpu, m['floor'].cpu):>6}"
        print(
            f"{label:46} {run.wall:7.2f} {run.cpu:7.2f} {args.files / run.wall:8.0f} "
            f"{run.peak / MIB:9.0f} {jing} {floor}"
        )
    print(
        "(vs jing: throughput against jing with our schema, > 1 faster; vs floor: time against the floor;"
        "\n (cpu): the same from CPU seconds, steadier than wall time when other work shares the machine)"
    )

    ours = _best(m["html"])
    print(
        f"\nHTML warm transform of {PLAY.name} ({sizes['html'] // 1024} KB), "
        f"best of {args.runs} in one process"
    )
    ours_cpu = _best(m["html"], "cpu")
    print(f"{'stylesheets':46} {'wall s':>7} {'cpu s':>7} {'peer/ours':>10} {'(cpu)':>6}")
    print(f"{'stenogram (xslt/html/edition.xsl)':46} {ours:7.3f} {ours_cpu:7.3f}")
    if "html-peer" in m:
        peer, peer_cpu = _best(m["html-peer"]), _best(m["html-peer"], "cpu")
        print(
            f"{'TEI Stylesheets, HTML profile (saxonche)':46} {peer:7.3f} {peer_cpu:7.3f} "
            f"{_ratio(peer, ours):>10} {_ratio(peer_cpu, ours_cpu):>6}"
        )
    else:
        print(f"{'TEI Stylesheets, HTML profile':46} (give a copy with --peer-stylesheets DIR)")

    print(
        f"\nPDF volume of {len(VOLUME)} plays ({sizes['pdf'] / MIB:.1f} MiB of TEI, "
        f"{pages} pages), cold processes"
    )
    print(f"{'run':46} {'wall s':>7} {'cpu s':>7} {'peak MiB':>9}")
    for label, key in (
        ("stenogram render --to pdf (whole)", "pdf"),
        ("its XSLT part alone (TEI -> Typst source)", "pdf-xslt"),
        ("typst alone on the same source", "typst"),
    ):
        print(f"{label:46} {m[key].wall:7.2f} {m[key].cpu:7.2f} {m[key].peak / MIB:9.0f}")
    print(
        f"(whole / typst alone: {_ratio(m['pdf'].wall, m['typst'].wall)} wall, "
        f"{_ratio(m['pdf'].cpu, m['typst'].cpu)} CPU)"
    )

    base = m["baseline"].peak
    print(f"\nMemory per stage (baseline: Python, lxml and Saxon started: {base / MIB:.0f} MiB)")
    print(
        f"{'stage':30} {'input MiB':>9} {'peak MiB':>9} {'peak/input':>11} {'(peak-base)/input':>18}"
        f" {'growth case':>18} {'dpeak/dinput':>13}"
    )
    for label, key, case in (
        ("validate (the corpus, -j 1)", "validate", "validate-clean"),
        ("HTML (the play, one page)", "html-page", "html"),
        ("PDF, XSLT part (the volume)", "pdf-xslt", "typst-flat"),
        ("PDF, whole (the volume)", "pdf", ""),
        ("typst alone (its source)", "typst", ""),
    ):
        size, peak = sizes[key], m[key].peak
        marginal = f"{growth[case].marginal:13.1f}" if case in growth else f"{'-':>13}"
        print(
            f"{label:30} {size / MIB:9.2f} {peak / MIB:9.0f} {peak / size:10.1f}x "
            f"{(peak - base) / size:17.1f}x"
            f" {case or '-':>18} {marginal}"
        )

    print(f"\nParallel: -j 2 against -j 1, {args.parallel_files} files")
    print(f"{'work':12} {'-j 1 s':>8} {'-j 2 s':>8} {'speed-up':>9}")
    for work in ("validate", "html", "convert", "burn"):
        one, two = m[f"{work} -j 1"].wall, m[f"{work} -j 2"].wall
        print(f"{work:12} {one:8.2f} {two:8.2f} {_ratio(one, two):>9}")
    print("(burn: pure CPU work through the same pool, the ceiling the machine allowed in this run)")

    print(f"\nGrowth, CPU s at 1x, 4x, 16x, 64x {args.growth_base} turns, each in a child")
    print(
        f"{'case':18} {'1x':>7} {'4x':>7} {'16x':>7} {'64x':>7} {'k':>5} {'peak MiB':>9} {'dpeak/dinput':>13}"
    )
    for name, found in growth.items():
        times = " ".join(f"{t:7.2f}" for t in found.seconds)
        print(f"{name:18} {times} {found.k:5.2f} {found.peaks[-1] / MIB:9.0f} {found.marginal:13.1f}")

    speedups = {w: m[f"{w} -j 1"].wall / m[f"{w} -j 2"].wall for w in ("validate", "html", "convert", "burn")}
    goals = [
        (
            "validate vs jing, same schema (throughput: wall | CPU)",
            f"{_ratio(m['jing'].wall, m['validate'].wall)} | {_ratio(m['jing'].cpu, m['validate'].cpu)}"
            if "jing" in m
            else "-",
            ">= 2x",
        ),
        (
            "validate vs the lxml floor (time: wall | CPU)",
            f"{_ratio(m['validate'].wall, m['floor'].wall)} | {_ratio(m['validate'].cpu, m['floor'].cpu)}",
            "<= 2x",
        ),
        (
            "validate memory, (peak-base)/input | dpeak/dinput",
            f"{(m['validate'].peak - base) / sizes['validate']:.1f}x | "
            f"{growth['validate-clean'].marginal:.1f}x",
            "<= 5x",
        ),
        (
            "HTML warm, TEI Stylesheets / ours (wall | CPU)",
            f"{_ratio(_best(m['html-peer']), ours)} | {_ratio(_best(m['html-peer'], 'cpu'), ours_cpu)}"
            if "html-peer" in m
            else "-",
            ">= 2x",
        ),
        (
            "HTML memory, (peak-base)/input | dpeak/dinput",
            f"{(m['html-page'].peak - base) / sizes['html']:.1f}x | {growth['html'].marginal:.1f}x",
            "<= 5x",
        ),
        (
            "PDF volume, whole / typst alone (wall | CPU)",
            f"{_ratio(m['pdf'].wall, m['typst'].wall)} | {_ratio(m['pdf'].cpu, m['typst'].cpu)}",
            "keep (1.27x)",
        ),
        (
            "PDF XSLT memory, (peak-base)/input | dpeak/dinput",
            f"{(m['pdf-xslt'].peak - base) / sizes['pdf-xslt']:.1f}x | {growth['typst-flat'].marginal:.1f}x",
            "<= 5x",
        ),
        (
            "-j 2 / -j 1: validate, html, convert | burn",
            ", ".join(f"{speedups[w]:.2f}x" for w in ("validate", "html", "convert"))
            + f" | {speedups['burn']:.2f}x",
            ">= 1.8x",
        ),
        ("growth exponent, largest of the cases", f"{max(g.k for g in growth.values()):.2f}", "~1 (linear)"),
    ]
    print("\nGoals")
    print(f"{'figure':52} {'measured':>22} {'goal':>14}")
    for label, value, goal in goals:
        print(f"{label:52} {value:>22} {goal:>14}")
    median_load = statistics.median(os.getloadavg())
    print(f"(load averages now {median_load:.1f} median of 1/5/15 min: other work inflates every wall time)")


if __name__ == "__main__":
    main()
