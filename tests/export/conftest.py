"""The TEI material of the export tests, converted once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei_samples import convert_samples


@pytest.fixture(scope="session")
def sample_tei(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Each sample of tests/data as TEI, and the bundled edition."""
    return convert_samples(tmp_path_factory.mktemp("tei"))
