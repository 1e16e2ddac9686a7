"""Packages of the bundled edition, made once per session: every deposit test reads copies."""

from __future__ import annotations

from pathlib import Path

import pytest
from deposit_fixtures import EPOCH, Packings, pack


@pytest.fixture(scope="session")
def packings(tmp_path_factory: pytest.TempPathFactory) -> Packings:
    base = tmp_path_factory.mktemp("packages")
    return Packings(
        first=pack(base / "one" / "kaganovich", EPOCH),
        second=pack(base / "two" / "kaganovich", EPOCH),
        first_zip=pack(base / "one" / "kaganovich", EPOCH, as_zip=True),
        second_zip=pack(base / "two" / "kaganovich", EPOCH, as_zip=True),
        default=pack(base / "default-one" / "kaganovich", None),
        default_again=pack(base / "default-two" / "kaganovich", None),
    )


@pytest.fixture(scope="session")
def package(packings: Packings) -> Path:
    """The edition packed as a folder with SOURCE_DATE_EPOCH set (read it; copy it to change it)."""
    return packings.first
