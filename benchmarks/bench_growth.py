"""Does each stage grow linearly with its input? Growth exponents and peak memory per stage.

For inputs of 1×, 4×, 16× and 64× a base size, each stage runs in a child process of its own
(so that its peak memory, from ``resource.getrusage(RUSAGE_CHILDREN)``, is its alone) and the
table shows seconds and peak memory per size, the peak as a multiple of the input's bytes, and
the growth exponent k of time ~ size^k fitted over the four sizes (1 is linear, 2 quadratic).

The cases are the super-linear bugs found before, kept as cases so that they stay linear:
- ``validate-dangling``: a division of N speeches whose ``@who`` points nowhere, one finding
  each (locating the findings once rebuilt the sibling list at every step);
- ``typst-flat``: N speeches in one division rendered to Typst (every block's trace comment
  counted its preceding siblings);
and the plain stages on the same generated documents: ``validate-clean``, ``html``, and
``convert`` on the plain text of N turns.

Run: ``PYTHONPATH=src python benchmarks/bench_growth.py [--base N] [--cases a,b]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from measure import exponent, run_child

ROOT = Path(__file__).resolve().parents[1]
SIZES = (1, 4, 16, 64)

_HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Growth case</title>
</titleStmt><publicationStmt><p>generated</p></publicationStmt><sourceDesc><p>generated</p>
</sourceDesc></fileDesc><profileDesc><particDesc><listPerson>{persons}</listPerson></particDesc>
</profileDesc></teiHeader><text><body><div>
"""
_FOOTER = "</div></body></text></TEI>\n"
_SURNAMES = ("IVANOV", "PETROV", "SIDOROV", "KUZNETSOV", "POPOV", "SOKOLOV", "LEBEDEV")
_WORDS = "the delegates asked once more whether the committee had read the report in full"


def tei_document(turns: int, dangling: bool) -> str:
    """A TEI document of *turns* speeches by seven persons (pointing nowhere if *dangling*)."""
    persons = "".join(f'<person xml:id="a{i}"><persName>Speaker {i}</persName></person>' for i in range(7))
    body = "".join(
        f'<sp who="#{"nobody" if dangling else "a"}{i % 7}"><speaker>SPEAKER {i % 7}.</speaker>'
        f"<p>{_WORDS} ({i}).</p></sp>\n"
        for i in range(turns)
    )
    return _HEADER.format(persons=persons) + body + _FOOTER


def plain_text(turns: int) -> str:
    """The plain transcript of *turns* turns of seven speakers, with a stage direction each tenth."""
    lines = ["Stenographic record of a sitting", ""]
    for i in range(turns):
        lines += [f"{_SURNAMES[i % 7]}. {_WORDS.capitalize()} ({i}).", ""]
        if i % 10 == 9:
            lines += ["(Laughter.)", ""]
    return "\n".join(lines)


def _stenogram(*args: str) -> list[str]:
    return [sys.executable, "-m", "stenogram", *args]


#: case → (how to write its input of N turns, the command that runs the stage on a file → out dir).
CASES: dict[str, tuple[Callable[[int, Path], Path], Callable[[Path, Path], list[str]]]] = {
    "validate-dangling": (
        lambda n, d: _write(d / "in.xml", tei_document(n, dangling=True)),
        lambda f, d: _stenogram("validate", "--warn-only", str(f)),
    ),
    "validate-clean": (
        lambda n, d: _write(d / "in.xml", tei_document(n, dangling=False)),
        lambda f, d: _stenogram("validate", "--warn-only", str(f)),
    ),
    "typst-flat": (
        lambda n, d: _write(d / "in.xml", tei_document(n, dangling=False)),
        lambda f, d: _stenogram("render", str(f), "--to", "typst", "-o", str(d / "out.typ")),
    ),
    "html": (
        lambda n, d: _write(d / "in.xml", tei_document(n, dangling=False)),
        lambda f, d: _stenogram("render", str(f), "--to", "html", "-o", str(d / "out.html")),
    ),
    "convert": (
        lambda n, d: _write(d / "in.txt", plain_text(n)),
        lambda f, d: _stenogram("convert", "-q", "--force", str(f), "-o", str(d / "out.xml")),
    ),
}


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@dataclass(frozen=True)
class Growth:
    """One case at every size: input bytes, CPU seconds and peak resident bytes per size."""

    sizes: list[int]
    seconds: list[float]
    peaks: list[int]

    @property
    def k(self) -> float:
        """The growth exponent between the two largest sizes."""
        return exponent(self.sizes, self.seconds)

    @property
    def marginal(self) -> float:
        """Peak memory per further byte of input, between the two largest sizes."""
        return (self.peaks[-1] - self.peaks[-2]) / (self.sizes[-1] - self.sizes[-2])


def grow(name: str, base: int) -> Growth:
    """Run case *name* on 1×, 4×, 16× and 64× *base* turns, each size in a child of its own."""
    make, command = CASES[name]
    growth = Growth([], [], [])
    for multiple in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            source = make(base * multiple, Path(folder))
            growth.sizes.append(source.stat().st_size)
            child = run_child(command(source, Path(folder)))
            growth.seconds.append(child.cpu)
            growth.peaks.append(child.peak)
    return growth


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", type=int, default=200, help="turns at 1× (default 200)")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated cases")
    args = parser.parse_args()
    print(
        f"{'case':18} "
        + " ".join(f"{f'{m}× s':>8}" for m in SIZES)
        + f" {'k':>5} {'peak MiB':>9} {'Δpeak/Δinput':>12}"
    )
    for name in args.cases.split(","):
        growth = grow(name, args.base)
        print(
            f"{name:18} "
            + " ".join(f"{t:8.2f}" for t in growth.seconds)
            + f" {growth.k:5.2f} {growth.peaks[-1] / 2**20:9.0f} {growth.marginal:12.1f}"
        )


if __name__ == "__main__":
    main()
