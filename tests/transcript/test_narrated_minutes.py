"""Minutes that narrate who spoke rather than print each speech ("Przewodniczący Rady Pan X
Powitał Burmistrza Pana Y, …", "Radny X zapytał, czy …"): a protokół, not a stenogram, whose
narration opens no turn; an office and a name with the speech after it and no stop ("Ministr
kultury ČR X Děkuji, …") names one person, not a second one's office after the first's name
(sample in tests/data/labels/, invented names)."""

from __future__ import annotations

from label_samples import NS, sample_tei


def test_narrated_minutes_give_no_turn_and_keep_their_paragraphs() -> None:
    tei = sample_tei("pl-protokol-narracja.txt")
    assert tei.xpath("//t:sp", namespaces=NS) == []
    paragraphs = [" ".join(p.xpath("string()").split()) for p in tei.xpath("//t:body//t:p", namespaces=NS)]
    assert any(p.startswith("Przewodniczący Rady Pan Janusz Wrona Powitał Burmistrza") for p in paragraphs)
    assert any(p.startswith("Radny Adam Wilk zapytał") for p in paragraphs)
