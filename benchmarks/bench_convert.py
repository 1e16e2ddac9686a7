"""Conversion throughput of ``stenogram.tei.convert.convert_text``, stage by stage, against lxml.

Run from a checkout (the corpus is looked for beside the project, in ``../shared/corpus``)::

    PYTHONPATH=src python benchmarks/bench_convert.py [--repeat N] [--size MB] [--profile]

The input is made by repeating real transcripts (the Kaganovich plenum speech once with its front
matter, then its body and Ibsen's *A Doll's House* in turn) until it reaches ``--size`` MB. Every
measurement runs in this one process, best of ``--repeat`` runs: the whole conversion, each stage
called through its public function in the order ``convert_text`` calls them, and the peer the
issue names, lxml alone serialising the same TEI tree (``etree.tostring``). The aim is 20 MB/s of
input text per core; the table prints what is, not what is hoped.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from stenogram.tei.convert import convert_text
from stenogram.tei.encode import encode, serialise
from stenogram.tei.lossless import check_lossless
from stenogram.transcript.config import Config, load_config
from stenogram.transcript.parser import parse
from stenogram.transcript.reader import read_source

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "transcripts"
SOURCES = ("kaganovich-1936-12-04.txt", "ibsen-a-dolls-house.txt")
AIM_MB_S = 20.0


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


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest wall time of *repeat* calls of *run*, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(data: bytes, config: Config, repeat: int) -> list[tuple[str, float]]:
    """Seconds (best of *repeat*) for the whole conversion, each stage, and lxml's tostring."""
    name = "bench.txt"
    rows = [("convert_text (total)", best_of(repeat, lambda: convert_text(data, name, config)))]
    source = read_source(data, name, config)
    document = parse(source, config)
    root = encode(document, config.edition)
    rows.append(("  read_source", best_of(repeat, lambda: read_source(data, name, config))))
    rows.append(("  parse", best_of(repeat, lambda: parse(source, config))))
    rows.append(("  encode", best_of(repeat, lambda: encode(document, config.edition))))
    rows.append(
        (
            "  check_lossless",
            best_of(repeat, lambda: check_lossless(source.text, source.furniture, root, name)),
        )
    )
    rows.append(("  serialise", best_of(repeat, lambda: serialise(root))))
    rows.append(("  sum of the stages", sum(seconds for _, seconds in rows[1:])))
    rows.append(
        ("lxml etree.tostring (peer)", best_of(repeat, lambda: etree.tostring(root, encoding="UTF-8")))
    )
    return rows


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
    if args.profile:
        print()
        print(profile(data, config, 20))


if __name__ == "__main__":
    main()
