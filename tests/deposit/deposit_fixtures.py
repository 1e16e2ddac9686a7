"""The bundled edition and its packings, shared by the deposit tests (fixtures in conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from stenogram.deposit.bag import pack_editions

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
SOURCE = ROOT / "transcripts" / "kaganovich-1936-12-04.txt"
CONFIG = ROOT / "transcripts" / "kaganovich-1936-12-04.toml"
EPOCH = 1_700_000_000  # 2023-11-14T22:13:20Z


@dataclass(frozen=True)
class Packings:
    """Two packings of the edition with SOURCE_DATE_EPOCH set (folders and zips), two without."""

    first: Path
    second: Path
    first_zip: Path
    second_zip: Path
    default: Path
    default_again: Path


def pack(where: Path, epoch: int | None, as_zip: bool = False) -> Path:
    with pytest.MonkeyPatch.context() as env:
        if epoch is None:
            env.delenv("SOURCE_DATE_EPOCH", raising=False)
        else:
            env.setenv("SOURCE_DATE_EPOCH", str(epoch))
        result = pack_editions([EDITION], where, as_zip=as_zip)
    assert result.package is not None and not result.errors
    return result.package
