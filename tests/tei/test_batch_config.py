"""A batch loads its configuration once and hands it to the workers, who never reload it; text
after text converted with no configuration shares the defaults, read once."""

from __future__ import annotations

from pathlib import Path

import pytest

from stenogram.errors import InputError
from stenogram.tei import convert
from stenogram.transcript.config import Config, load_config

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CONFIG = ROOT / "transcripts" / "kaganovich-1936-12-04.toml"
SAMPLES = [str(DATA / name) for name in ("en-hansard.txt", "ru-plenum.txt", "de-bundestag.txt")]


def test_the_configuration_is_loaded_once_per_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str | None] = []
    real = convert.load_config

    def counting(path: str | Path | None = None) -> Config:
        loaded.append(None if path is None else str(path))
        return real(path)

    monkeypatch.setattr(convert, "load_config", counting)
    outcomes = convert.convert_files(SAMPLES, str(tmp_path), str(CONFIG), jobs=1)
    assert [o.error for o in outcomes] == [None, None, None]
    assert loaded == [str(CONFIG)]
    # the project's configuration reached every file the workers wrote: its publisher is there
    publisher = b"<publisher>The stenogram project</publisher>"
    assert all(publisher in Path(o.output or "").read_bytes() for o in outcomes)


def test_workers_in_other_processes_get_the_same_configuration(tmp_path: Path) -> None:
    one = convert.convert_files(SAMPLES[:2], str(tmp_path / "one"), str(CONFIG), jobs=1)
    two = convert.convert_files(SAMPLES[:2], str(tmp_path / "two"), str(CONFIG), jobs=2)
    assert [o.error for o in two] == [None, None]
    for a, b in zip(one, two, strict=True):
        assert Path(a.output or "").read_bytes() == Path(b.output or "").read_bytes()


def test_a_bad_configuration_stops_the_batch_before_any_file(tmp_path: Path) -> None:
    bad = tmp_path / "stenogram.toml"
    bad.write_text("[[stage]]\ntype = 'booing'\npattern = 'boo'\n", encoding="utf-8")
    with pytest.raises(InputError, match="'booing' is not a stage type"):
        convert.convert_files(SAMPLES, str(tmp_path / "out"), str(bad), jobs=1)
    assert not (tmp_path / "out").exists()


def test_texts_converted_in_turn_share_the_defaults_unchanged() -> None:
    # convert_text with no configuration reads the defaults once a process; a conversion leaves
    # nothing in them that the next one would see: each text as a fresh reading gives it
    texts = [Path(sample).read_bytes() for sample in SAMPLES]
    in_turn = [convert.convert_text(text, "x.txt").tei for text in [*texts, texts[0]]]
    fresh = [convert.convert_text(text, "x.txt", load_config()).tei for text in texts]
    assert in_turn == [*fresh, fresh[0]]
    assert convert.default_config() is convert.default_config()
