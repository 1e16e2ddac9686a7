"""Labels whose person was read from the wrong part (samples in tests/data/labels/, names
invented): a Hungarian state secretary printed with her office after the name and her ministry
in brackets after both; the Assembleia da República's member with "Deputado" before the name
and the party in brackets, beside a turn that goes on after a salute to the members."""

from __future__ import annotations

from label_samples import NS, name_parts_of, sample_tei, turn_ids


def test_a_ministry_in_brackets_after_the_office_describes_the_named() -> None:
    tei = sample_tei("hu-ogy-secretary-ministry-bracket.txt")
    assert turn_ids(tei) == ["elnok", "dr-szalai-anna", "elnok", "kovacs-peter"]
    assert name_parts_of(tei, "dr-szalai-anna") == [
        ("roleName", "honorific", "Dr."),
        ("surname", None, "Szalai"),
        ("forename", None, "Anna"),
    ]
    roles = tei.xpath("//t:person[@xml:id='dr-szalai-anna']/@role", namespaces=NS)
    assert roles == ["államtitkár (Belügyminisztérium)"]


def test_a_deputado_with_his_party_is_a_label_and_the_salute_to_the_deputados_is_not() -> None:
    tei = sample_tei("pt-ar-deputado-party-bracket.txt")
    joao, marta = "o-sr-deputado-joao-ferreira", "a-sr-a-deputada-marta-lobo"
    assert turn_ids(tei) == ["o-sr-presidente", joao, marta, "o-sr-presidente", "helena-rocha"]
    assert ("roleName", "honorific", "Deputado") in name_parts_of(tei, joao)
    assert ("surname", None, "Ferreira") in name_parts_of(tei, joao)
    assert ("surname", None, "Lobo") in name_parts_of(tei, marta)
    said = tei.xpath(f"//t:sp[@who='#{joao}']/t:p", namespaces=NS)
    assert len(said) == 2 and "continua a falhar" in "".join(said[1].itertext())
