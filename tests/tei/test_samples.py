"""Every sample transcript in tests/data: the same bytes from every run, and valid TEI.

The samples' bytes are not pinned (the label rules change what they give); what must hold for
any of them is that a conversion in this process and one in a batch's worker processes agree
byte for byte, and that the result passes our own schema and rules.
"""

from __future__ import annotations

from pathlib import Path

from stenogram.tei.convert import convert_files, convert_text
from stenogram.transcript.config import load_config
from stenogram.validate.run import validate_paths

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = sorted(DATA.glob("*.txt"))


def test_every_sample_converts_to_the_same_bytes_in_any_process_and_is_valid(tmp_path: Path) -> None:
    assert len(SAMPLES) >= 10
    config = load_config()
    here = {path.stem: convert_text(path.read_bytes(), str(path), config).tei for path in SAMPLES}
    outcomes = convert_files([str(DATA)], str(tmp_path), jobs=2)
    assert [o.error for o in outcomes] == [None] * len(SAMPLES)
    written = {Path(o.output or "").stem: Path(o.output or "").read_bytes() for o in outcomes}
    assert written == here
    report = validate_paths([str(tmp_path)], jobs=1)
    assert [str(f) for r in report.files for f in r.findings] == []


def test_every_sample_of_every_shape_converts_to_tei_that_passes_our_own_rules(tmp_path: Path) -> None:
    """The label, layout, person and source samples (each one shape of a real record) give TEI
    with no finding of our schema or rules: what the converter writes (a label printed in
    full-width brackets or in Markdown's bold, a party in square brackets, a form OCR misread
    once) is what the rules read as the speaker's."""
    config = load_config()
    samples = sorted(DATA.glob("*/*.txt"))
    assert len(samples) >= 500
    for path in samples:
        (tmp_path / f"{path.parent.name}-{path.stem}.xml").write_bytes(
            convert_text(path.read_bytes(), path.name, config).tei
        )
    report = validate_paths([str(tmp_path)], jobs=1)
    assert [str(f) for r in report.files for f in r.findings] == []
