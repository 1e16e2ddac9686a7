"""The chair's call of the next speaker in the shape of an office and its holder joined by a
dash ("Председатель – Лаптева Н.Г."), where the label below prints the member's name with an
office or a title of their own before it ("Депутат Лаптева Н.Г. – …", "On. Galli – …"): the
chair's turn, the name its speech, never a label of the member's over an empty speech. Each in
an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, texts


@pytest.mark.parametrize(
    ("sample", "called"),
    [
        ("ru-sovet-chair-calls-deputy-dash.txt", ["Лаптева Н.Г.", "Фролов С.И."]),
        ("it-consiglio-chair-calls-titled-dash.txt", ["Onorevole Galli", "Assessore Conti"]),
    ],
)
def test_the_chair_calling_a_member_whose_label_below_adds_a_title_stays_the_chair_s(
    sample: str, called: list[str]
) -> None:
    """Each call is the chair's turn with the called name its only speech; no turn is empty and
    no turn of the chair's goes to the member called."""
    root = tabled_tei(sample)
    calls = [
        sp for sp in root.xpath("//t:sp", namespaces=NS) if texts(sp, "t:p") in [[name] for name in called]
    ]
    assert [texts(sp, "t:p")[0] for sp in calls] == called
    assert all(sp.get("who") == root.xpath("//t:sp[1]/@who", namespaces=NS)[0] for sp in calls)
    assert "" not in texts(root, "//t:sp/t:p")
