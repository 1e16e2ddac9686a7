"""Speed of the corpus tools on real TEI: reading, statistics and each export, beside lxml.

Run from a checkout::

    PYTHONPATH=src python benchmarks/bench_corpus.py [--repeat N]

The material is the bundled edition and the ParlaMint sample sittings of the shared corpus
(``../shared/corpus/parlamint``), each file read as it is. Every measurement runs in this one
process, best of ``--repeat`` runs over all files, single-threaded (``jobs=1``): reading TEI back
into sittings (``stenogram.tei.reading``), the figures of ``stats``, each export format (text,
JSON, CSV in Python; ParlaMint through Saxon), and, as the peer and floor, lxml alone parsing
the same files and counting their turns and words with XPath (no model, no output).
"""

from __future__ import annotations

import argparse
import platform
import sys
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from measure import best_of
from stenogram.export.formats import export_path
from stenogram.stats.run import file_figures
from stenogram.tei.reading import read_file

ROOT = Path(__file__).resolve().parents[1]
PARLAMINT = ROOT.parent / "shared" / "corpus" / "parlamint"
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"


def lxml_floor(path: str) -> int:
    """The peer: lxml parses the file and counts turns and words of the body with XPath."""
    tree = etree.parse(path)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    turns = int(tree.xpath("count(//t:body//t:sp | //t:body//t:u)", namespaces=ns))
    words = len(" ".join(tree.xpath("//t:body//text()", namespaces=ns)).split())
    return turns + words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not PARLAMINT.is_dir():
        sys.exit(
            f"bench_corpus: the shared corpus is not at {PARLAMINT.parent}; clone the project beside shared/"
        )
    files = [str(EDITION), *sorted(str(p) for p in PARLAMINT.rglob("*.xml"))]
    size = sum(Path(f).stat().st_size for f in files) / 1e6
    export_path("parlamint", files[0])  # compile the stylesheet once, outside the timings
    cases: list[tuple[str, Callable[[], object]]] = [
        ("lxml: parse + count (peer)", lambda: [lxml_floor(f) for f in files]),
        ("read into sittings", lambda: [read_file(f) for f in files]),
        ("stats figures", lambda: [file_figures(f) for f in files]),
        *(
            (f"export {to}", (lambda to=to: [export_path(to, f) for f in files]))
            for to in ("text", "json", "csv")
        ),
        ("export parlamint (Saxon)", lambda: [export_path("parlamint", f) for f in files]),
    ]
    print(f"{len(files)} files, {size:.2f} MB; best of {args.repeat}; Python {platform.python_version()}")
    print(f"{'case':<28} {'seconds':>9} {'MB/s':>8} {'x peer':>8}")
    floor = None
    for name, run in cases:
        seconds = best_of(args.repeat, run)
        floor = floor or seconds
        print(f"{name:<28} {seconds:>9.3f} {size / seconds:>8.1f} {seconds / floor:>8.1f}")


if __name__ == "__main__":
    main()
