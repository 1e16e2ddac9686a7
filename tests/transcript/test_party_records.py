"""Records of communist parties' plenums and of the socialist states' assemblies, as their web
copies print them (samples in tests/data/labels/, the names invented)."""

from __future__ import annotations

from label_samples import NS, sample_tei, turn_ids


def test_the_presiding_line_over_the_chairs_office_printed_once_is_no_label() -> None:
    """ "Головує депутат Гнатюк В.П." names the chair: the office below it opens the chair's turn."""
    tei = sample_tei("uk-rada-presiding-chair-once.txt")
    assert turn_ids(tei) == ["gnatyuk-v-p", "marchenko-o-i"]
    assert tei.findtext(".//t:sp[1]/t:p", namespaces=NS).startswith("Доброго  ранку")
