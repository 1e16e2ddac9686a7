"""Main-text extraction from saved web pages: stenogram's lxml rules beside trafilatura.

Run from a checkout (trafilatura is optional: ``pip install trafilatura``)::

    PYTHONPATH=src python benchmarks/bench_sources_html.py [--repeat N]

Each page in ``tests/data/sources/*.html`` has its plain-text transcript in ``tests/data`` or
``transcripts/`` (the truth: its words, less the lines the reader removes as furniture). For
each extractor the table prints word recall and precision against that truth (longest matching
blocks of the word sequences, so order counts), whether the paragraph count matches, and the
time (best of N). This measurement chose the lxml rules; run it again when either side changes.
Both pages were made for the tests (a blog page and an old table-layout parliament page), so
the rules were written knowing them: a real page would be the fairer judge.
"""

from __future__ import annotations

import argparse
import difflib
import re
import time
from collections.abc import Callable
from pathlib import Path

from stenogram.transcript.config import load_config
from stenogram.transcript.reader import read_source
from stenogram.transcript.sources.html import extract_html

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "kaganovich-blog.html": ROOT / "transcripts" / "kaganovich-1936-12-04.txt",
    "en-hansard.html": ROOT / "tests" / "data" / "en-hansard.txt",
}
_WORD = re.compile(r"[^\W_]+")


def _truth(path: Path) -> tuple[list[str], int]:
    source = read_source(path.read_bytes(), path.name, load_config())
    removed = {item.line for item in source.furniture}
    lines = [line for n, line in enumerate(source.held.text().split("\n"), start=1) if n not in removed]
    return _WORD.findall("\n".join(lines)), len(source.paragraphs)


def _ours(data: bytes) -> list[str]:
    return extract_html(data, "page.html").text.split("\n\n")


def _trafilatura(data: bytes) -> list[str]:
    import trafilatura  # its plain text has one paragraph a line

    return (trafilatura.extract(data, include_formatting=False) or "").split("\n")


def _score(truth: list[str], found: list[str]) -> tuple[float, float]:
    matcher = difflib.SequenceMatcher(None, truth, found, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return same / len(truth), same / len(found) if found else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    extractors: dict[str, Callable[[bytes], list[str]]] = {"stenogram (lxml rules)": _ours}
    try:
        import trafilatura  # noqa: F401

        extractors["trafilatura"] = _trafilatura
    except ImportError:
        print("trafilatura is not installed: only stenogram is measured")
    print(f"{'page':<22} {'extractor':<24} {'recall':>7} {'precision':>9} {'paragraphs':>12} {'ms':>8}")
    for page, plain in PAGES.items():
        data = (ROOT / "tests" / "data" / "sources" / page).read_bytes()
        truth, paragraphs = _truth(plain)
        for label, extract in extractors.items():
            best = float("inf")
            for _ in range(args.repeat):
                start = time.perf_counter()
                found = [p for p in extract(data) if p.strip()]
                best = min(best, time.perf_counter() - start)
            recall, precision = _score(truth, _WORD.findall("\n".join(found)))
            print(
                f"{page:<22} {label:<24} {recall:>7.3f} {precision:>9.3f} "
                f"{len(found):>5} of {paragraphs:<4} {best * 1000:>8.1f}"
            )


if __name__ == "__main__":
    main()
