"""Conversion throughput of ``stenogram.tei.convert.convert_text``, stage by stage, against lxml.

Run from a checkout (the corpus is looked for beside the project, in ``../shared/corpus``)::

    PYTHONPATH=src python benchmarks/bench_convert.py [--repeat N] [--size MB] [--profile]

The input is made by repeating real transcripts (the Kaganovich plenum speech once with its front
matter, then its body and Ibsen's *A Doll's House* in turn) until it reaches ``--size`` MB. A
repeated line costs less the second time (the parser asks each distinct line once), so a second
figure converts text in which no line repeats: the sittings of the 28 parliaments in
``../shared/corpus/parlamint/`` as their printed records show them, each file on its own. Every
measurement runs in this one process, best of ``--repeat`` runs: the whole conversion, each stage
called through its public function in the order ``convert_text`` calls them, and the peer the
issue names, lxml alone serialising the same TEI tree (``etree.tostring``). The aim is 20 MB/s of
input text per core; the table prints what is, not what is hoped.

Two more tables: the peak memory of one conversion in a fresh process, by the path the command
``stenogram convert FILE -o OUT`` takes (:func:`convert_files`, the TEI written to a file as it is
made): its maximum resident size less that of a process that only imported stenogram and read
the input, as a multiple of the input; and the growth of
the shapes that once were quadratic — one hard-wrapped paragraph of N lines, N "(Laughter)" in
one paragraph, and an exchange of N / 16 distinct speakers one line each, with no stops (each
label costs the model a few milliseconds, so that case is smaller) — at N and 2N (linear growth
doubles the time). ``--where N``
also prints the N source lines that hold the most of Python's memory at the conversion's peak
(tracemalloc, in another fresh process; lxml's own memory is not traced; slow).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import os
import platform
import pstats
import string
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from lxml import etree

from bench_accuracy import layout, parliaments, render_sitting
from measure import best_of
from stenogram.tei.convert import convert_text
from stenogram.tei.encode import encode, write
from stenogram.tei.lossless import LosslessCheck
from stenogram.transcript.config import Config, load_config
from stenogram.transcript.parser import parse
from stenogram.transcript.reader import read_source

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "transcripts"
SOURCES = ("kaganovich-1936-12-04.txt", "ibsen-a-dolls-house.txt")
AIM_MB_S = 20.0


def real_records() -> list[bytes]:
    """The ParlaMint sittings as plain text, one a parliament's record, none repeated."""
    return [
        layout(render_sitting(path, country).blocks, "blank").encode("utf-8")
        for country, path in parliaments(ROOT.parent / "shared")
    ]


def real_table(texts: list[bytes], config: Config, repeat: int) -> str:
    """Throughput on text no line of which repeats: each record converted as its own file."""
    size = sum(map(len, texts))
    seconds = best_of(
        repeat, lambda: [convert_text(text, f"record-{n}.txt", config) for n, text in enumerate(texts)]
    )
    return (
        f"{len(texts)} real records, no line repeated ({size / 1e6:.2f} MB, each its own file): "
        f"{seconds:.3f} s, {size / 1e6 / seconds:.2f} MB/s per core"
    )


def build_input(size_mb: float) -> bytes:
    """Real transcripts repeated to about *size_mb* MB of UTF-8 text."""
    missing = [name for name in SOURCES if not (CORPUS / name).is_file()]
    if missing:
        sys.exit(
            f"bench_convert: the shared corpus is not at {CORPUS} (missing {', '.join(missing)});"
            " clone the project beside shared/ to run the benchmark"
        )
    kaganovich, ibsen = ((CORPUS / name).read_text(encoding="utf-8") for name in SOURCES)
    body = kaganovich[kaganovich.index("\nKAGANOVICH.") + 1 :]  # the speech without its front matter
    parts = [kaganovich]
    size = len(kaganovich.encode())
    while size < size_mb * 1e6:
        for piece in (body, ibsen):
            parts.append(piece)
            size += len(piece.encode()) + 2
    return "\n\n".join(parts).encode("utf-8")


def measure(data: bytes, config: Config, repeat: int) -> list[tuple[str, float]]:
    """Seconds (best of *repeat*) for the whole conversion, each stage, and lxml's tostring."""
    name = "bench.txt"
    rows = [("convert_text (total)", best_of(repeat, lambda: convert_text(data, name, config)))]
    source = read_source(data, name, config)
    document = parse(source, config)

    def written() -> None:
        check = LosslessCheck(source.held.data, source.furniture, name)
        write(
            document, lambda element: check.feed(str(element.xpath("string()"))), io.BytesIO(), config.edition
        )
        check.close()

    rows.append(("  read_source", best_of(repeat, lambda: read_source(data, name, config))))
    rows.append(("  parse", parse_seconds(data, name, config, repeat)))
    rows.append(("  write (with lossless check)", best_of(repeat, written)))
    rows.append(("  sum of the stages", sum(seconds for _, seconds in rows[1:])))
    root = encode(document, config.edition)
    rows.append(
        ("lxml etree.tostring (peer)", best_of(repeat, lambda: etree.tostring(root, encoding="UTF-8")))
    )
    return rows


def parse_seconds(data: bytes, name: str, config: Config, repeat: int) -> float:
    """Seconds (best of *repeat*) of the parse alone, each run on a source read afresh outside the
    timing: the parser takes up a source's units as it reads them, so a source parsed once holds
    none for a second parse."""
    times = []
    for _ in range(repeat):
        source = read_source(data, name, config)
        start = time.perf_counter()
        parse(source, config)
        times.append(time.perf_counter() - start)
    return min(times)


def table(rows: list[tuple[str, float]], input_bytes: int, output_bytes: int) -> str:
    """The measurements as a plain-text table."""
    peer = rows[-1][1]
    mb = input_bytes / 1e6
    lines = [
        f"input {mb:.2f} MB of text ({input_bytes} bytes) → TEI {output_bytes / 1e6:.2f} MB",
        f"{'stage':<28} {'seconds':>9} {'MB/s':>9} {'× lxml':>9}",
        "-" * 58,
    ]
    for label, seconds in rows:
        rate = f"{mb / seconds:9.2f}" if seconds > 0 else f"{'-':>9}"
        lines.append(f"{label:<28} {seconds:9.3f} {rate} {seconds / peer:9.1f}")
    total = rows[0][1]
    lines.append("-" * 58)
    lines.append(
        f"throughput {mb / total:.2f} MB/s per core; aim {AIM_MB_S:.0f} MB/s "
        f"({'met' if mb / total >= AIM_MB_S else f'{AIM_MB_S / (mb / total):.0f}× short'})"
    )
    return "\n".join(lines)


# The child reports its peak resident size in KiB: VmHWM, which a new program starts afresh
# (ru_maxrss keeps the parent's peak across exec on Linux), else ru_maxrss. It converts as the
# command does, into a file.
_CHILD = """
import re, resource, sys
from stenogram.tei.convert import convert_files
from stenogram.transcript.config import load_config
config = load_config()
data = open(sys.argv[1], "rb").read()
if sys.argv[2] == "convert":
    convert_files([sys.argv[1]], sys.argv[3], force=True)
try:
    status = open("/proc/self/status").read()
    print(re.search(r"VmHWM:\\s*(\\d+)", status).group(1))
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory(data: bytes) -> tuple[float, float]:
    """Peak resident memory (MB) of a fresh process converting *data* into a TEI file, less the
    same process only importing stenogram and reading it; and that as a multiple of the input."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "bench.txt"
        source.write_bytes(data)
        kib = [
            int(
                subprocess.run(
                    [sys.executable, "-c", _CHILD, str(source), mode, str(Path(folder) / "bench.xml")],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
            )
            for mode in ("read", "convert")
        ]
    extra = (kib[1] - kib[0]) * 1024
    return extra / 1e6, extra / len(data)


# A snapshot is taken whenever the traced memory has grown 3% past the last one's, looked at
# every 50th return of a Python function: the last is the peak's, within those 3%.
_WHERE = """
import linecache, sys, tracemalloc
from stenogram.tei.convert import convert_files
from stenogram.transcript.config import load_config
load_config()
data = open(sys.argv[1], "rb").read()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
state = {"best": 0, "snapshot": None, "returns": 0}
def watch(frame, event, arg):
    if event != "return":
        return
    state["returns"] += 1
    if state["returns"] % 50 == 0 and tracemalloc.get_traced_memory()[0] > state["best"] * 1.03:
        state["best"] = tracemalloc.get_traced_memory()[0]
        state["snapshot"] = tracemalloc.take_snapshot()
sys.setprofile(watch)
convert_files([sys.argv[1]], sys.argv[2], force=True)
sys.setprofile(None)
peak = tracemalloc.get_traced_memory()[1] - base
print(f"Python's own memory at the peak: {peak / 1e6:.1f} MB = {peak / len(data):.1f}x the input")
ignored = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen *>")]
for stat in state["snapshot"].filter_traces(ignored).statistics("lineno")[: int(sys.argv[3])]:
    frame = stat.traceback[0]
    where = f"{frame.filename.rsplit('/src/', 1)[-1]}:{frame.lineno}"
    code = linecache.getline(frame.filename, frame.lineno).strip()[:60]
    print(f"{stat.size / 1e6:7.2f} MB {stat.count:8d}  {where}  {code}")
"""


def where_memory(data: bytes, lines: int) -> str:
    """The *lines* source lines holding the most of Python's memory at the peak of one
    conversion into a file (tracemalloc, in a fresh process)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "bench.txt"
        source.write_bytes(data)
        return subprocess.run(
            [sys.executable, "-c", _WHERE, str(source), str(Path(folder) / "bench.xml"), str(lines)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.rstrip()


def growth_cases(lines: int) -> list[tuple[str, bytes, bytes]]:
    """The shapes that once were quadratic, at *lines* and at twice as many."""

    def wrapped(n: int) -> bytes:
        return ("IVANOV. " + "\n".join("a hard-wrapped line of a long speech" for _ in range(n))).encode()

    def laughter(n: int) -> bytes:
        return ("IVANOV. " + " ".join("Words (Laughter)." for _ in range(n))).encode()

    def exchange(n: int) -> bytes:
        surnames = (
            "".join(letters).capitalize() + "son"
            for letters in itertools.product(string.ascii_uppercase, repeat=3)
        )
        return "\n".join(f"MR {name}: Yes" for name in itertools.islice(surnames, n)).encode()

    speakers = lines // 16
    return [
        (f"one paragraph of {lines} hard-wrapped lines", wrapped(lines), wrapped(2 * lines)),
        (f"{lines} (Laughter) in one paragraph", laughter(lines), laughter(2 * lines)),
        (f"{speakers} distinct speakers, one line each", exchange(speakers), exchange(2 * speakers)),
    ]


def growth_table(config: Config, lines: int, repeat: int) -> str:
    rows = [f"{'case':<44} {'N s':>8} {'2N s':>8} {'2N / N':>7}", "-" * 70]
    for label, single, double in growth_cases(lines):
        one = best_of(repeat, lambda data=single: convert_text(data, "g.txt", config))
        two = best_of(repeat, lambda data=double: convert_text(data, "g.txt", config))
        rows.append(f"{label:<44} {one:8.3f} {two:8.3f} {two / one:7.2f}")
    rows.append("linear growth: 2N / N near 2 (quadratic: near 4)")
    return "\n".join(rows)


def profile(data: bytes, config: Config, top: int) -> str:
    """The functions where one conversion spends its own time (cProfile, sorted by tottime)."""
    profiler = cProfile.Profile()
    profiler.runcall(convert_text, data, "bench.txt", config)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept (3)")
    parser.add_argument("--size", type=float, default=4.0, help="input size in MB (4)")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of one conversion")
    parser.add_argument("--lines", type=int, default=8000, help="N of the growth cases (8000)")
    parser.add_argument(
        "--where", type=int, default=0, metavar="N", help="the N lines holding the memory at its peak"
    )
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.size <= 0:
        parser.error("--repeat must be at least 1 and --size positive")
    data = build_input(args.size)
    config = load_config()
    output = convert_text(data, "bench.txt", config).tei
    print(
        f"stenogram convert benchmark: Python {platform.python_version()}, lxml {etree.__version__}, "
        f"{os.cpu_count()} cores, best of {args.repeat}"
    )
    print(table(measure(data, config, args.repeat), len(data), len(output)))
    print(real_table(real_records(), config, args.repeat))
    megabytes, ratio = peak_memory(data)
    print(
        f"peak memory of one conversion into a file (as stenogram convert -o does): {megabytes:.0f} MB"
        f" = {ratio:.1f}× the input; aim ≤ 5×"
    )
    if args.where:
        print(textwrap.indent(where_memory(data, args.where), "  "))
    print()
    print(growth_table(config, args.lines, args.repeat))
    if args.profile:
        print()
        print(profile(data, config, 20))


if __name__ == "__main__":
    main()
