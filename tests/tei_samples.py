"""The samples of tests/data as TEI, and the bundled edition: the material of the tests of
exports, statistics and corpora (each test folder's conftest makes a session fixture of it)."""

from __future__ import annotations

from pathlib import Path

from stenogram.tei.convert import convert_file
from stenogram.transcript.config import Config, load_config

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SAMPLES = sorted(DATA.glob("*.txt"))
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
EDITION_CONFIG = ROOT / "transcripts" / "kaganovich-1936-12-04.toml"


def convert_samples(folder: Path) -> list[Path]:
    """Convert each sample into *folder*; return their TEI files and the bundled edition."""
    for sample in SAMPLES:
        convert_file(sample, folder / f"{sample.stem}.xml")
    return [*sorted(folder.glob("*.xml")), EDITION]


def edition_config() -> Config:
    """The configuration the bundled edition was converted with."""
    return load_config(str(EDITION_CONFIG))
