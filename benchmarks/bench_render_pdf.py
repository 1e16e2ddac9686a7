"""Benchmark: PDF times of the print edition, cold (a fresh process) and warm (same process).

Run: PYTHONPATH=src python benchmarks/bench_render_pdf.py
Rows: the bundled edition (or the profile sample before it exists), a long DraCor play
(bulgakov-batum.xml), and a volume of several plays of about 300 pages. Aims: the edition in
under 1 s cold, a 300-page volume in under 15 s. The ratio column compares each row with the
edition's warm time in this same session.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUSDRACOR = ROOT.parent / "shared" / "corpus" / "tei" / "rusdracor"
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
if not EDITION.exists():
    EDITION = ROOT / "tests" / "data" / "profile-sample.xml"
PLAY = RUSDRACOR / "bulgakov-batum.xml"
VOLUME = [RUSDRACOR / name for name in
          ("bulgakov-batum.xml", "mayakovsky-banja.xml") * 5 + ("chekhov-tragik-ponevole.xml",)]

COLD = """
import sys, time
t = time.perf_counter()
from stenogram.print_edition import render_print_files
render_print_files(sys.argv[2:], sys.argv[1])
print(time.perf_counter() - t)
"""


def cold(inputs: list[Path], out: Path) -> float:
    """Seconds in a fresh interpreter: imports, Saxon start-up, compiling the stylesheet, Typst."""
    done = subprocess.run([sys.executable, "-c", COLD, str(out), *map(str, inputs)],
                          capture_output=True, text=True, check=True, env={"PYTHONPATH": str(ROOT / "src")})
    return float(done.stdout.strip())


def warm(inputs: list[Path], out: Path, runs: int = 3) -> float:
    """Best of *runs* in this process, with the stylesheet compiled and fonts loaded."""
    from stenogram.print_edition import render_print_files

    render_print_files(inputs, out)
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        render_print_files(inputs, out)
        best = min(best, time.perf_counter() - start)
    return best


def pages(pdf: Path) -> int:
    from subprocess import run

    info = run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    out_dir = Path(__import__("tempfile").mkdtemp(prefix="bench-pdf-"))
    rows = [("edition: " + EDITION.name, [EDITION], 1.0), ("long play: " + PLAY.name, [PLAY], None),
            (f"volume: {len(VOLUME)} plays", VOLUME, 15.0)]
    print(f"{'input':<44} {'pages':>5} {'cold s':>7} {'warm s':>7} {'ratio':>6} {'aim s':>6}")
    base = None
    for label, inputs, aim in rows:
        if not all(p.exists() for p in inputs):
            print(f"{label:<44} skipped: corpus not found")
            continue
        out = out_dir / (label.split(":")[0].replace(" ", "-") + ".pdf")
        c = cold(inputs, out)
        w = warm(inputs, out, runs=3 if len(inputs) == 1 else 1)
        base = base or w
        aim_text = f"{aim:.0f}" if aim else "-"
        print(f"{label:<44} {pages(out):>5} {c:>7.2f} {w:>7.2f} {w / base:>6.1f} {aim_text:>6}")


if __name__ == "__main__":
    main()
