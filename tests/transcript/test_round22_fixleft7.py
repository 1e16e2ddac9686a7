"""Shapes this round's hunters left, mended in a second pass: an event of the hall after the
stage's dash that runs on with how it went and where it happened is a stage."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_dashed_applause_that_runs_on_with_its_place_is_a_stage() -> None:
    tei = tabled_tei("es-ar-diputados-dashed-applause-long.txt")
    assert texts(tei, "//t:stage") == ["- Aplausos prolongados en las bancas y en las galerías."]
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Señor presidente: este proyecto es una deuda con nuestros jubilados y vamos a acompañarlo."
    ]
