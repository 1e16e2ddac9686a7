"""Compile and transform times of the HTML reading edition, beside the TEI Stylesheets'.

Run: ``PYTHONPATH=src python benchmarks/bench_render_html.py [--repeat N] [--peer-stylesheets DIR]``

Compile: a fresh Saxon compile of xslt/html/edition.xsl (the in-process cache bypassed); the
first compile of a process is shown on its own, then the best of N.
Transform: the best of N runs of ``html_page`` on each file, i.e. what a render waits for once
the stylesheet is compiled: the handover of the parsed TEI to Saxon, the XSLT and the
serialisation (the safe lxml parse of the file excluded).
Total: best compile + best transform. Best-of-N because other work on a shared machine only
ever adds time.
The peer, the TEI Consortium's Stylesheets (their HTML profile, ``profiles/default/html/to.xsl``)
run on the same saxonche, is measured the same way in this run when a copy of their repository
is given with ``--peer-stylesheets DIR`` (git clone https://github.com/TEIC/Stylesheets); its
transform includes Saxon's parse of the file, as ours includes the handover to Saxon. The ratio
column divides the peer's time by ours (> 1: we are faster; the aim is 2).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from measure import best_of
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
#: The TEI Stylesheets' HTML profile, inside a copy of their repository.
PEER_PROFILE = Path("profiles") / "default" / "html" / "to.xsl"


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _compile(stylesheet: Path) -> float:
    """One fresh compile (bypassing the cache of :func:`saxon.compile_stylesheet`)."""
    return _timed(lambda: saxon._compile.__wrapped__(str(stylesheet.resolve()), 0))


def peer_page(stylesheets: Path, file: Path) -> Callable[[], object]:
    """One page of *file* by the TEI Stylesheets' HTML profile (compiled once, here), Saxon's
    parse of the file included."""
    processor = saxon.processor()
    executable = saxon.compile_stylesheet(stylesheets / PEER_PROFILE)

    def page() -> object:
        document = processor.parse_xml(xml_file_name=str(file))
        run = executable.clone()
        run.set_initial_match_selection(xdm_value=document)
        run.set_global_context_item(xdm_item=document)
        return run.apply_templates_returning_string()

    return page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="runs per measurement (best is kept)")
    parser.add_argument("--peer-stylesheets", type=Path, help="a copy of the TEI Stylesheets repository")
    args = parser.parse_args()
    repeat, peer = args.repeat, args.peer_stylesheets
    if peer is not None and not (peer / PEER_PROFILE).is_file():
        sys.exit(f"bench_render_html: {peer} has no {PEER_PROFILE}: give a copy of the TEI Stylesheets")
    stylesheet = asset_path(html_edition.PAGE_STYLESHEET)
    saxon.processor()  # start-up is not compile time
    first = _compile(stylesheet)
    compile_s = min([first] + [_compile(stylesheet) for _ in range(repeat - 1)])
    peer_compile = min(_compile(peer / PEER_PROFILE) for _ in range(repeat)) if peer else None
    rows: list[tuple[str, str, float, float | None]] = [
        ("compile edition.xsl, first in process", "", first, None),
        (f"compile edition.xsl, best of {repeat}", "", compile_s, peer_compile),
    ]
    for path in FILES:
        if not path.exists():
            print(f"(skipped, not found: {path})")
            continue
        tree = xmlsafe.parse_file(path)
        html_edition.html_page(tree)  # warm: compiles into the cache
        best = best_of(repeat, partial(html_edition.html_page, tree))
        theirs = None
        if peer is not None:
            page = peer_page(peer, path)
            page()
            theirs = best_of(repeat, page)
        size = f"{path.stat().st_size // 1024} KB"
        rows.append((f"transform {path.name}", size, best, theirs))
        both = compile_s + best, peer_compile + theirs if peer_compile and theirs else None
        rows.append((f"compile + transform {path.name}", size, *both))
    print(f"{'what':44} {'size':>8} {'stenogram s':>12} {'peer s':>8} {'peer/ours':>10}")
    for what, size, ours, theirs in rows:
        ratio = f"{theirs / ours:.2f}x" if theirs else "-"
        shown = f"{theirs:.3f}" if theirs else "-"
        print(f"{what:44} {size:>8} {ours:12.3f} {shown:>8} {ratio:>10}")
    print(
        "peer: the TEI Consortium's Stylesheets, HTML profile, on saxonche"
        + (" (not measured: give a copy with --peer-stylesheets DIR)" if peer is None else "")
        + ". Aim: peer/ours >= 2."
    )


if __name__ == "__main__":
    main()
