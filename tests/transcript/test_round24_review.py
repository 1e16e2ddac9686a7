"""A reviewer's narrowings of the twenty-fourth round's rules: shapes the round's new rules read
wrongly, each a sample in tests/data/labels."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_the_orator_is_who_holds_the_floor_over_paragraphs_below_the_label() -> None:
    # "A Sr.ª Leonor Sampaio (PSD): — Sr. Presidente, Sr.as e Srs. Deputados:" / "Esta proposta
    # …": she holds the floor, though the label's own paragraph is a salutation only
    tei = tabled_tei("pt-dar-oradora-saudacao-paragrafo.txt")
    assert tei.xpath("//t:sp[6]/@who", namespaces=NS) == ["#a-sr-a-leonor-sampaio"]
    assert texts(tei, "//t:sp[6]/t:p")[0].startswith("— É verdade, Sr. Deputado")
