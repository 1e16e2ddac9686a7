"""``stenogram convert`` on the command line: outputs, report, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from stenogram.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"


def test_convert_one_file_to_stdout_with_report_on_stderr() -> None:
    result = CliRunner().invoke(main, ["convert", str(DATA / "ru-plenum.txt")])
    assert result.exit_code == 0, result.stderr
    root = etree.fromstring(result.stdout_bytes)
    assert root.tag == "{http://www.tei-c.org/ns/1.0}TEI"
    assert "speakers (5): АНДРЕЕВ 1, КАГАНОВИЧ 3" in result.stderr
    assert "warning: line 20: joined to the paragraph before" in result.stderr


def test_convert_from_stdin_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "out.xml"
    result = CliRunner().invoke(
        main, ["convert", "-", "-o", str(out), "-q"], input="STALIN. Yes.\n\nMOLOTOV. No.\n"
    )
    assert result.exit_code == 0 and result.stderr == ""
    assert etree.parse(str(out)).getroot().xpath("count(//*[local-name()='sp'])") == 2


def test_convert_several_inputs_into_a_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "convert",
            str(DATA / "ru-plenum.txt"),
            str(DATA / "en-hearing.txt"),
            "-o",
            str(tmp_path / "tei"),
            "-j",
            "1",
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "tei").iterdir()) == ["en-hearing.xml", "ru-plenum.xml"]
    assert "converted 2 of 2 files" in result.stderr


def test_empty_input_exits_2_naming_the_file_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["convert", str(empty), "-o", str(tmp_path / "e.xml")])
    assert result.exit_code == 2
    assert result.stderr == f"stenogram: error: {empty}: the file is empty\n"
    assert not (tmp_path / "e.xml").exists()


def test_missing_file_and_bad_usage_exit_2(tmp_path: Path) -> None:
    missing = CliRunner().invoke(main, ["convert", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "cannot read" in missing.stderr
    assert missing.exception is None or isinstance(missing.exception, SystemExit)
    several = CliRunner().invoke(main, ["convert", str(DATA / "ru-plenum.txt"), str(DATA / "en-hearing.txt")])
    assert several.exit_code == 2 and "need -o DIR" in several.stderr


def test_hand_edited_output_refused_then_forced(tmp_path: Path) -> None:
    out = tmp_path / "ru.xml"
    args = ["convert", str(DATA / "ru-plenum.txt"), "-o", str(out), "-q"]
    assert CliRunner().invoke(main, args).exit_code == 0
    out.write_bytes(out.read_bytes().replace(b"</TEI>", b"<!-- checked --></TEI>"))
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 2 and "edited by hand" in refused.stderr and "--force" in refused.stderr
    assert b"checked" in out.read_bytes()
    assert CliRunner().invoke(main, [*args, "--force"]).exit_code == 0
    assert b"checked" not in out.read_bytes()


def test_bad_configuration_is_located(tmp_path: Path) -> None:
    config = tmp_path / "stenogram.toml"
    config.write_text("[persons.x]\nlabels = [\n")
    result = CliRunner().invoke(main, ["convert", str(DATA / "ru-plenum.txt"), "--config", str(config)])
    assert result.exit_code == 2 and f"{config}:" in result.stderr and "invalid TOML" in result.stderr


@pytest.mark.parametrize(
    ("toml", "says"),
    [
        ("labels = 5\n", "labels must be a table"),
        ("colour = 3\n", "unknown key colour"),
        ("[persons.x]\nlabels = 5\n", "persons.x.labels must be str or list"),
        ("[edition]\neditr = 'A. Editor'\n", "unknown key edition.editr"),
        ("[[furniture.line]]\nname = 'a'\n", "furniture.line[0] needs pattern"),
        ("[[stage]]\ntype = 'noise'\npattern = '(('\n", "bad regular expression"),
        ("[labels]\ntitles = ['((']\n", "bad regular expression '(('"),
    ],
)
def test_a_bad_configuration_is_refused_naming_the_key(tmp_path: Path, toml: str, says: str) -> None:
    config = tmp_path / "stenogram.toml"
    config.write_text(toml)
    result = CliRunner().invoke(main, ["convert", str(DATA / "ru-plenum.txt"), "--config", str(config)])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert result.stderr.startswith(f"stenogram: error: {config}: ") and says in result.stderr


def test_standard_input_into_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["convert", "-", "-o", str(tmp_path)], input="STALIN. Yes.\n")
    assert result.exit_code == 2 and "give -o FILE" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_output_ending_in_a_slash_is_a_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["convert", str(DATA / "ru-plenum.txt"), "-o", f"{tmp_path}/tei/", "-q"]
    )
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in (tmp_path / "tei").iterdir()] == ["ru-plenum.xml"]


def test_a_one_line_transcript_and_a_silent_turn_give_valid_tei(tmp_path: Path) -> None:
    from stenogram.validate.run import default_checks, validate_file

    for name, text in (
        ("one.txt", "STALIN. Comrades, we must act.\n"),
        ("two.txt", "Title\n\nSTALIN.\n\nMOLOTOV. No.\n\nSTALIN. Yes.\n"),
    ):
        (tmp_path / name).write_text(text)
        out = tmp_path / f"{name}.xml"
        result = CliRunner().invoke(main, ["convert", str(tmp_path / name), "-o", str(out)])
        assert result.exit_code == 0
        assert validate_file(str(out), default_checks()).findings == ()
    assert "the turn of 'STALIN.' has no words" in result.stderr
    assert b'<gap reason="not-recorded"/>' in out.read_bytes()
