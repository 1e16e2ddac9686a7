"""Labels whose person was read from the wrong part (samples in tests/data/labels/, names
invented): a Hungarian state secretary printed with her office after the name and her ministry
in brackets after both."""

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
