"""Councils', regional parliaments' and committees' records of a later round (samples in
tests/data/labels/, names invented; their labels in turns.toml, their persons in ids.toml): a
Catalan chamber's secretary printed with her accent and its clerk above the speech."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_catalan_secretary_and_clerk_alone_on_their_line_are_labels() -> None:
    # "La secretària de la Mesa d’Edat (X)", "El lletrat major (X)": offices, their holders named
    tei = tabled_tei("ca-parlament-secretaria-lletrat.txt")
    assert texts(tei, "//t:sp[3]/t:p") == [
        "Gràcies, president. Procedeixo a la lectura de la relació de diputats electes."
    ]
