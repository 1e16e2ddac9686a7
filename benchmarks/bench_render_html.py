"""Compile and transform times of the HTML reading edition, beside the peer's reference numbers.

Run: ``PYTHONPATH=src python benchmarks/bench_render_html.py [--repeat N]``

Compile: a fresh Saxon compile of xslt/html/edition.xsl (the in-process cache bypassed).
Transform: the best of N runs of the compiled stylesheet on each file (parse by lxml excluded),
then one whole first render (compile + transform), which is what a user of `stenogram render`
waits for. The peer, the TEI Consortium's Stylesheets (HTML profile) on saxonche, is not
obtainable offline here (no PyPI or npm package ships them): its numbers are the issue's
measurements, quoted, not measured in this run.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from stenogram import html_edition, saxon, xmlsafe
from stenogram.assets import asset_path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "tei"
FILES = [
    CORPUS / "rusdracor" / "bulgakov-batum.xml",
    CORPUS / "rusdracor" / "mayakovsky-banja.xml",
    ROOT / "tei" / "kaganovich-1936-12-04.xml",
]
#: The issue's measurements of the peer (seconds), quoted: compile, and transform per file.
PEER_QUOTED = {"compile": 0.35, "bulgakov-batum.xml": 0.09}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    stylesheet = asset_path(html_edition.PAGE_STYLESHEET)
    saxon.processor()  # start-up is not compile time
    start = time.perf_counter()
    saxon._compile.__wrapped__(str(stylesheet.resolve()), 0)
    compile_s = time.perf_counter() - start
    rows = [("compile edition.xsl", "", compile_s, PEER_QUOTED["compile"])]
    for path in FILES:
        if not path.exists():
            print(f"(skipped, not found: {path})")
            continue
        tree = xmlsafe.parse_file(path)
        html_edition.html_page(tree)  # warm
        best = min(_timed(lambda: html_edition.html_page(tree)) for _ in range(repeat))
        size = f"{path.stat().st_size // 1024} KB"
        rows.append((f"transform {path.name}", size, best, PEER_QUOTED.get(path.name)))
        if path.name in PEER_QUOTED:
            rows.append((f"compile + transform {path.name}", size, compile_s + best,
                         PEER_QUOTED["compile"] + PEER_QUOTED[path.name]))
    print(f"{'what':44} {'size':>8} {'stenogram s':>12} {'peer s (quoted)':>16} {'peer/ours':>10}")
    for what, size, ours, peer in rows:
        ratio = f"{peer / ours:.1f}x" if peer else "-"
        quoted = f"{peer:.3f}" if peer else "-"
        print(f"{what:44} {size:>8} {ours:12.3f} {quoted:>16} {ratio:>10}")
    print("peer: TEI Consortium Stylesheets (HTML profile) on saxonche — numbers quoted from issue 4, "
          "not measured here (no offline copy of the Stylesheets).")


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
