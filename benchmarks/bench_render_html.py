"""Compile and transform times of the HTML reading edition, beside the peer's quoted numbers.

Run: ``PYTHONPATH=src python benchmarks/bench_render_html.py [--repeat N]``

Compile: a fresh Saxon compile of xslt/html/edition.xsl (the in-process cache bypassed); the
first compile of a process is shown on its own, then the best of N.
Transform: the best of N runs of ``html_page`` on each file, i.e. what a render waits for once
the stylesheet is compiled: the handover of the parsed TEI to Saxon, the XSLT and the
serialisation (the safe lxml parse of the file excluded).
Total: best compile + best transform. Best-of-N because other work on a shared machine only
ever adds time.
The peer, the TEI Consortium's Stylesheets (HTML profile) on saxonche, is not obtainable offline
here (no PyPI or npm package ships them): its numbers are issue 4's measurements, QUOTED, not
measured in this run; the ratio column divides the quoted number by ours.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from stenogram import saxon, xmlsafe
from stenogram.assets import asset_path
from stenogram.render import html as html_edition

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "tei"
FILES = [
    CORPUS / "rusdracor" / "bulgakov-batum.xml",
    CORPUS / "rusdracor" / "mayakovsky-banja.xml",
    ROOT / "tei" / "kaganovich-1936-12-04.xml",
]
#: Issue 4's measurements of the peer (seconds), quoted: compile, and transform per file.
PEER_QUOTED = {"compile": 0.35, "bulgakov-batum.xml": 0.09}


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _compile(stylesheet: Path) -> float:
    """One fresh compile (bypassing the cache of :func:`saxon.compile_stylesheet`)."""
    return _timed(lambda: saxon._compile.__wrapped__(str(stylesheet.resolve()), 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="runs per measurement (best is kept)")
    repeat = parser.parse_args().repeat
    stylesheet = asset_path(html_edition.PAGE_STYLESHEET)
    saxon.processor()  # start-up is not compile time
    first = _compile(stylesheet)
    compile_s = min([first] + [_compile(stylesheet) for _ in range(repeat - 1)])
    rows: list[tuple[str, str, float, float | None]] = [
        ("compile edition.xsl, first in process", "", first, None),
        (f"compile edition.xsl, best of {repeat}", "", compile_s, PEER_QUOTED["compile"]),
    ]
    for path in FILES:
        if not path.exists():
            print(f"(skipped, not found: {path})")
            continue
        tree = xmlsafe.parse_file(path)
        html_edition.html_page(tree)  # warm: compiles into the cache
        best = min(_timed(partial(html_edition.html_page, tree)) for _ in range(repeat))
        size = f"{path.stat().st_size // 1024} KB"
        peer = PEER_QUOTED.get(path.name)
        rows.append((f"transform {path.name}", size, best, peer))
        rows.append(
            (
                f"compile + transform {path.name}",
                size,
                compile_s + best,
                PEER_QUOTED["compile"] + peer if peer else None,
            )
        )
    print(f"{'what':44} {'size':>8} {'stenogram s':>12} {'peer s (QUOTED)':>16} {'quoted/ours':>12}")
    for what, size, ours, peer in rows:
        ratio = f"{peer / ours:.1f}x" if peer else "-"
        quoted = f"{peer:.3f}" if peer else "-"
        print(f"{what:44} {size:>8} {ours:12.3f} {quoted:>16} {ratio:>12}")
    print(
        "peer: TEI Consortium Stylesheets (HTML profile) on saxonche; its numbers are QUOTED from "
        "issue 4, not measured here (no offline copy of the Stylesheets). Aim: 2x."
    )


if __name__ == "__main__":
    main()
