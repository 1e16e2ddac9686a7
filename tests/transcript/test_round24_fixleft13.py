"""Label shapes the twenty-fourth round's hunts met in real records and left: each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_members_labels_share_the_chairs_stop_and_dash_without_brackets() -> None:
    """A flattened city legislature's record: the chair's labels bracket the holder, the
    members' print a form of address and a surname before the same stop and dash, one run on
    after a heading; each member's label printed once is a label, where both had been refused."""
    root = tabled_tei("es-ar-legislatura-flattened-member-stop-dash.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Pido la palabra. Señora presidenta: en el mismo sentido, solicito tratar la tabla número 12."
    ]
