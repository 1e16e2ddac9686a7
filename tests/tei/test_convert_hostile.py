"""Converting hostile and careless input: the reproducers of ``../shared/robustness`` as tests.

Each one once crashed, overwrote or silently reordered text. The shell reproducers are
re-expressed here with click's runner; every test says what must hold instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from stenogram.cli import main
from stenogram.errors import InputError, LosslessError, UsageError
from stenogram.tei.convert import convert_file, convert_files, convert_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}
TRANSCRIPT = "IVANOV. Hello.\n\nPETROV. Yes.\n"


def test_a_noncharacter_is_refused_at_its_line_and_column(reproducers: Path, tmp_path: Path) -> None:
    """01: U+FFFE used to reach lxml and end in a ValueError traceback."""
    source = reproducers / "01-xml-illegal-char-U+FFFE-traceback.txt"
    result = CliRunner().invoke(main, ["convert", str(source), "-o", str(tmp_path / "x.xml")])
    assert result.exit_code == 2, result.output
    assert f"{source}:1:15: noncharacter U+FFFE" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "x.xml").exists()


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\ufdd0", "\U0001fffe", "\U0010ffff", "\ud800"])
def test_every_character_xml_cannot_carry_is_an_input_error(char: str) -> None:
    with pytest.raises(InputError) as info:
        convert_text(f"IVANOV. Hello.\n\nPETROV. Y{char}es.\n", "t.txt")
    assert (info.value.location.line, info.value.location.column) == (3, 10)
    assert f"U+{ord(char):04X}" in info.value.message


def test_a_batch_with_one_bad_file_writes_every_good_one(tmp_path: Path) -> None:
    """10: one U+FFFE file among good ones used to kill the whole batch, writing nothing."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(1, 6):
        (folder / f"good{n}.txt").write_text(f"IVANOV. Hello {n}.\n\nPETROV. Yes.\n")
    (folder / "bad.txt").write_text("IVANOV. Hello \ufffe there.\n\nPETROV. Yes.\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["convert", str(folder), "-o", f"{out}/", "-j", "2", "-q"])
    assert result.exit_code == 2
    assert sorted(p.name for p in out.iterdir()) == [f"good{n}.xml" for n in range(1, 6)]
    assert f"{folder / 'bad.txt'}:1:15: noncharacter U+FFFE" in result.stderr
    assert "converted 5 of 6 files" in result.stderr


def test_a_hand_edit_before_the_digest_is_not_overwritten(tmp_path: Path) -> None:
    """08: an ``xml-model`` line put before the digest PI used to be overwritten silently."""
    source, target = tmp_path / "s.txt", tmp_path / "s.xml"
    source.write_text(TRANSCRIPT)
    convert_file(source, target)
    declaration, rest = target.read_bytes().split(b"\n", 1)
    target.write_bytes(declaration + b'\n<?xml-model href="my-project.rng"?>\n' + rest)
    result = CliRunner().invoke(main, ["convert", str(source), "-o", str(target), "-q"])
    assert result.exit_code == 2
    assert "edited by hand" in result.stderr and b"my-project.rng" in target.read_bytes()
    assert (
        CliRunner().invoke(main, ["convert", str(source), "-o", str(target), "-q", "--force"]).exit_code == 0
    )
    assert b"my-project.rng" not in target.read_bytes()


@pytest.mark.parametrize("link", [False, True])
def test_the_transcript_is_never_replaced_by_its_tei(tmp_path: Path, link: bool) -> None:
    """09: ``convert t.txt -o t.txt --force`` used to replace the transcript with its TEI."""
    source = tmp_path / "t.txt"
    source.write_text(TRANSCRIPT)
    target = tmp_path / "t.xml" if link else source
    if link:
        target.symlink_to(source)
    result = CliRunner().invoke(main, ["convert", str(source), "-o", str(target), "--force", "-q"])
    assert result.exit_code == 2
    assert "not replacing a transcript with its TEI" in result.stderr
    assert source.read_text() == TRANSCRIPT


def test_a_batch_never_writes_over_one_of_its_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TRANSCRIPT)
    tei = tmp_path / "b.xml"
    tei.write_bytes(convert_text(TRANSCRIPT).tei)
    before = tei.read_bytes()
    with pytest.raises(UsageError, match="the output is the input"):
        convert_files([str(tmp_path / "a.txt"), str(tei)], f"{tmp_path}/", force=True)
    assert tei.read_bytes() == before and not (tmp_path / "a.xml").exists()


def test_letters_supplied_inside_a_word_lose_nothing(reproducers: Path) -> None:
    """12: ``Kagan[ovich]``, ``com[mit]tee``, ``[sic]that`` used to be refused as lost text."""
    source = reproducers / "12-lossless-false-positive-supplied-letters.txt"
    tei = etree.fromstring(convert_text(source.read_bytes(), str(source)).tei)
    first = tei.xpath("//t:sp[1]/t:p", namespaces=NS)[0]
    assert "".join(first.itertext()).startswith(
        "Comrade Kaganovich said so, and the committee agreed sicthat"
    )
    assert first.xpath("t:supplied/text()", namespaces=NS) == ["ovich", "mit", "sic"]


def test_a_symbol_line_keeps_its_place_or_the_conversion_is_refused(reproducers: Path) -> None:
    """14: a ``***`` line used to be moved after the byline silently (only words were compared)."""
    source = reproducers / "14-silent-reorder-symbol-line.txt"
    try:
        tei = convert_text(source.read_bytes(), str(source)).tei.decode()
    except LosslessError as err:
        assert (err.location.line, err.location.column) == (2, 1)
        assert "the input has '***" in err.message
        return
    assert tei.index("***") < tei.index("By John Smith")


def test_a_killed_runs_leftover_is_cleaned_up(tmp_path: Path) -> None:
    """A conversion killed mid-write leaves ``.s.xml.PID.xxxx.part``; the next run removes it."""
    import subprocess
    import sys

    source = tmp_path / "s.txt"
    source.write_text(TRANSCRIPT)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    leftover = tmp_path / f".s.xml.{int(dead.stdout)}.a1b2c3d4.part"
    leftover.write_bytes(b"<?xml version=")
    convert_file(source, tmp_path / "s.xml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.txt", "s.xml"]


def test_a_bug_on_one_file_is_that_files_error_in_a_batch(tmp_path: Path, monkeypatch) -> None:
    """An unexpected exception (a bug, such as the RecursionError of 500 nested brackets) stops
    only its file: the others are written and the broken one is named."""
    from stenogram.tei import convert

    real = convert._convert

    def fragile(data: bytes, name: str, *args: object) -> object:
        if name.endswith("b.txt"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(data, name, *args)

    monkeypatch.setattr(convert, "_convert", fragile)
    for stem in "abc":
        (tmp_path / f"{stem}.txt").write_text(TRANSCRIPT)
    outcomes = convert_files([str(tmp_path)], f"{tmp_path}/out/", jobs=1)
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert str(outcomes[1].error) == (
        f"{tmp_path / 'b.txt'}: stenogram failed on this file "
        "(RecursionError: maximum recursion depth exceeded); please report it"
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.xml", "c.xml"]


@pytest.mark.parametrize("existing", [False, True])
def test_a_conversion_failing_mid_write_leaves_the_old_file_or_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    """The TEI is written beside its target as it is made: an error after some of it was
    written (here the lossless check on the third batch) leaves no part of it, the file that
    was there as it was, and nothing where there was none; in one run and in a batch."""
    from stenogram.tei import convert
    from stenogram.tei.lossless import LosslessCheck

    real = LosslessCheck.feed
    fed: list[int] = []

    def failing(self: LosslessCheck, piece: str) -> None:
        fed.append(len(piece))
        if len(fed) == 3:
            raise LosslessError("conversion would lose or move text")
        real(self, piece)

    source = tmp_path / "s.txt"
    source.write_text("\n\n".join(f"IVANOV. Point {n}.\n\nPETROV. Yes." for n in range(600)))
    target = tmp_path / "s.xml"
    if existing:
        convert_file(source, target)
    before = target.read_bytes() if existing else None
    monkeypatch.setattr(convert.LosslessCheck, "feed", failing)
    with pytest.raises(LosslessError):
        convert_file(source, target, force=True)
    fed.clear()
    outcomes = convert_files([str(source)], f"{tmp_path}/out/", force=True, jobs=1)
    assert isinstance(outcomes[0].error, LosslessError)
    assert (target.read_bytes() if existing else None) == before
    assert target.exists() is existing
    assert not (tmp_path / "out" / "s.xml").exists()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [
        "s.txt",
        *(["s.xml"] if existing else []),
    ]
