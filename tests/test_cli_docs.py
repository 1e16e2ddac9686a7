"""Docs that can't drift: every command has help text and a place in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from stenogram import __version__
from stenogram.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_and_is_in_the_readme(name: str) -> None:
    command = main.commands[name]
    assert command.help and len(command.help.split()) > 5
    assert f"`stenogram {name}`" in README
    result = CliRunner().invoke(main, [name, "--help"], prog_name="stenogram")
    assert result.exit_code == 0 and "Usage: stenogram" in result.output


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["publish"])
    assert result.exit_code == 2 and "No such command" in result.stderr


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_the_version_flags(flag: str) -> None:
    result = CliRunner().invoke(main, [flag])
    assert result.exit_code == 0 and result.stdout == f"stenogram, version {__version__}\n"
    assert "-V, --version" in CliRunner().invoke(main, ["--help"]).stdout
