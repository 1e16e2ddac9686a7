"""Shapes of real congresses, conventions, councils and assemblies that earlier rounds left,
each written again as an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_guest_with_one_initial_opens_his_turn() -> None:
    """A congress's foreign guest labelled by his surname and one initial ("Вальдес Р. Дорогие
    товарищи!") opens his own turn after the chair's announcement, the greeting no longer a
    paragraph of the chair's."""
    root = tabled_tei("ru-congress-guest-one-initial.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Дорогие товарищи! Разрешите от имени Центрального Комитета и всех коммунистов нашей"
        " страны горячо приветствовать съезд. (Аплодисменты.)"
    ]
