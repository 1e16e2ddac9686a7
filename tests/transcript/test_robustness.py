"""The robustness reproducers in the parser's domain (``../shared/robustness``): each converts,
in linear time and bounded memory, and its TEI stays valid and readable by our own tools."""

from __future__ import annotations

import signal
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from stenogram.tei.convert import convert_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}
GUARD_SECONDS = 60  # a hang (exponential backtracking) fails instead of blocking the suite


@pytest.fixture
def robustness(corpus: Path) -> Path:
    folder = corpus.parent / "robustness"
    if not folder.is_dir():
        pytest.skip(f"the robustness reproducers are not at {folder}")
    return folder


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    def fail(*_: object) -> None:
        raise AssertionError(f"conversion still running after {GUARD_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(GUARD_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def convert(path: Path) -> etree._Element:
    return etree.fromstring(convert_text(path.read_bytes(), path.name).tei)


def depth(element: etree._Element) -> int:
    return max((depth(child) for child in element), default=0) + 1


@pytest.mark.parametrize(
    "name",
    ["03-redos-repeated-Mme-20.txt", "03b-redos-Mme-24-hangs.txt", "04-redos-repeated-the-hon-20.txt"],
)
def test_repeated_titles_do_not_backtrack(robustness: Path, name: str) -> None:
    root = convert(robustness / name)
    assert root.xpath("//t:sp/t:speaker/text()", namespaces=NS)[-2:] == ["PETROV.", "IVANOV."]


def test_a_thousand_nested_parentheses_convert_with_a_warning(robustness: Path) -> None:
    path = robustness / "02-nested-parens-1000-RecursionError.txt"
    result = convert_text(path.read_bytes(), path.name)
    assert any("nested deeper than" in message for _, message in result.report.warnings)
    assert depth(etree.fromstring(result.tei)) < 60


def test_brackets_95_deep_never_give_a_tree_saxon_cannot_read(robustness: Path) -> None:
    root = convert(robustness / "13-deep-brackets-95-output-not-renderable.txt")
    assert depth(root) < 60  # Saxon refuses trees deeper than 100


def test_25000_parenthesis_pairs_in_one_paragraph(robustness: Path) -> None:
    root = convert(robustness / "05-quadratic-25000-paren-pairs-100KB.txt")
    assert root.xpath("string(//t:sp[1]/t:p)", namespaces=NS).count("(x)") == 25_000


def test_a_125_kb_parenthesis_stays_within_five_times_its_size(robustness: Path) -> None:
    path = robustness / "06-memory-long-paren-125KB-1.5GB.txt"
    data = path.read_bytes()
    tracemalloc.start()
    convert_text(data, path.name)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak <= 5 * len(data) + 4_000_000  # the input × 5, plus the fixed cost of the tables


def test_a_tab_before_the_colon_gives_no_empty_role(robustness: Path) -> None:
    root = convert(robustness / "16-empty-role-invalid-tei.txt")
    assert root.xpath("//t:person[@role='']", namespaces=NS) == []
    assert len(root.xpath("//t:sp", namespaces=NS)) == 3


def test_a_symbol_line_keeps_its_place(robustness: Path) -> None:
    root = convert(robustness / "14-silent-reorder-symbol-line.txt")
    text = " ".join(root.find("t:text", NS).itertext())
    assert text.index("***") < text.index("By John Smith") < text.index("Hello there")


def test_front_matter_after_a_text_line_converts_in_order(robustness: Path) -> None:
    root = convert(robustness / "07-lossless-front-matter-after-text.txt")
    text = " ".join(root.find("t:text", NS).itertext())
    assert text.index("Some words here") < text.index("Archive: RGASPI") < text.index("Hello there")
