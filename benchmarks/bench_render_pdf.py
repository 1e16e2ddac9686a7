"""Benchmark: PDF times of the print edition, split into the XSLT and the Typst stage.

Run: PYTHONPATH=src python benchmarks/bench_render_pdf.py [--runs N]
Rows: the bundled edition (or the profile sample before it exists), a long DraCor play
(bulgakov-batum.xml), and a volume of 11 plays of about 350 pages. Columns: pages; the XSLT
stage (TEI -> Typst source, with the stylesheet compiled in the cold case) and the Typst stage
(source -> PDF); total cold (a fresh interpreter: imports, Saxon start-up, compiling the
stylesheet, loading the fonts) and total warm (this process, everything loaded). Every time is
the best of N runs, so that other work on the machine inflates it as little as possible; the
ratio column compares each row's warm total with the edition's, measured in this same session.
Aims: the edition in under 1 s cold, a 300-page volume in under 15 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUSDRACOR = ROOT.parent / "shared" / "corpus" / "tei" / "rusdracor"
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
if not EDITION.exists():
    EDITION = ROOT / "tests" / "data" / "profile-sample.xml"
PLAY = RUSDRACOR / "bulgakov-batum.xml"
VOLUME = [
    RUSDRACOR / name
    for name in ("bulgakov-batum.xml", "mayakovsky-banja.xml") * 5 + ("chekhov-tragik-ponevole.xml",)
]

# One cold run: the stages of a PDF render (XSLT, then Typst), timed one by one, from before the imports.
COLD = """
import json, sys, time
start = time.perf_counter()
from pathlib import Path
from stenogram.render.pdf import render_volume_typst, typeset
from stenogram.xmlsafe import parse_file
trees = [parse_file(path) for path in sys.argv[2:]]
before = time.perf_counter()
source = render_volume_typst(trees)
middle = time.perf_counter()
pdf = typeset(source)
after = time.perf_counter()
Path(sys.argv[1]).write_bytes(pdf)
print(json.dumps({"xslt": middle - before, "typst": after - middle, "total": time.perf_counter() - start}))
"""


def cold(inputs: list[Path], out: Path, runs: int) -> dict[str, float]:
    """Best of *runs* fresh interpreters, for each stage and the total."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    best = {"xslt": float("inf"), "typst": float("inf"), "total": float("inf")}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", COLD, str(out), *map(str, inputs)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        for key, value in json.loads(done.stdout).items():
            best[key] = min(best[key], value)
    return best


def warm(inputs: list[Path], out: Path, runs: int) -> dict[str, float]:
    """Best of *runs* in this process, with the stylesheet compiled and the fonts loaded."""
    from stenogram.render.pdf import render_volume_typst, typeset
    from stenogram.xmlsafe import parse_file

    trees = [parse_file(path) for path in inputs]
    typeset(render_volume_typst(trees))
    best = {"xslt": float("inf"), "typst": float("inf"), "total": float("inf")}
    for _ in range(runs):
        start = time.perf_counter()
        trees = [parse_file(path) for path in inputs]
        before = time.perf_counter()
        source = render_volume_typst(trees)
        middle = time.perf_counter()
        pdf = typeset(source)
        after = time.perf_counter()
        out.write_bytes(pdf)
        times = {"xslt": middle - before, "typst": after - middle, "total": time.perf_counter() - start}
        best = {key: min(best[key], value) for key, value in times.items()}
    return best


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (best is kept)")
    runs = parser.parse_args().runs
    sys.path.insert(0, str(ROOT / "src"))
    out_dir = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    rows = [
        ("edition: " + EDITION.name, [EDITION], 1.0),
        ("long play: " + PLAY.name, [PLAY], None),
        (f"volume: {len(VOLUME)} plays", VOLUME, 15.0),
    ]
    print(
        f"best of {runs} runs; os.cpu_count() = {os.cpu_count()}, load average at start: "
        + " ".join(f"{x:.1f}" for x in os.getloadavg())
    )
    print(
        f"{'input':<40} {'pages':>5} │ {'cold: xslt':>10} {'typst':>6} {'total':>6} │"
        f" {'warm: xslt':>10} {'typst':>6} {'total':>6} │ {'ratio':>5} {'aim s':>5}"
    )
    base = None
    for label, inputs, aim in rows:
        if not all(p.exists() for p in inputs):
            print(f"{label:<40} skipped: corpus not found")
            continue
        out = out_dir / (label.split(":")[0].replace(" ", "-") + ".pdf")
        c = cold(inputs, out, runs)
        w = warm(inputs, out, runs)
        base = base or w["total"]
        aim_text = f"{aim:.0f}" if aim else "-"
        cold_text = f"{c['xslt']:>10.2f} {c['typst']:>6.2f} {c['total']:>6.2f}"
        warm_text = f"{w['xslt']:>10.2f} {w['typst']:>6.2f} {w['total']:>6.2f}"
        ratio = f"{w['total'] / base:>5.1f} {aim_text:>5}"
        print(f"{label:<40} {pages(out):>5} │ {cold_text} │ {warm_text} │ {ratio}", flush=True)


if __name__ == "__main__":
    main()
