"""Shapes fresh excerpts showed read wrong (samples in tests/data/labels/, in the layouts the real
records print, the names invented): council and court offices before a name."""

from __future__ import annotations

import pytest

from label_samples import NS, name_parts_of, sample_tei, turn_ids


@pytest.mark.parametrize(
    ("sample", "holder", "office", "forename", "surname", "other"),
    [
        ("et-volikogu-linnapea.txt", "linnapea-juri-saar", "Linnapea", "Jüri", "Saar", "aino-tamm"),
        (
            "fi-valtuusto-johtaja.txt",
            "johtaja-mikko-virtanen",
            "Johtaja",
            "Mikko",
            "Virtanen",
            "liisa-korhonen",
        ),
        (
            "es-co-jep-compareciente.txt",
            "magistrada-lucia-restrepo",
            "Magistrada",
            "Lucía",
            "Restrepo",
            "compareciente-hernan-puerta",
        ),
        (
            "de-kreistag-landrat.txt",
            "landrat-dr-bernhard-kessler",
            "Landrat",
            "Bernhard",
            "Kessler",
            "kreisrat-jens-albers",
        ),
    ],
)
def test_a_council_or_court_office_before_the_name_is_no_forename(
    sample: str, holder: str, office: str, forename: str, surname: str, other: str
) -> None:
    tei = sample_tei(sample)
    assert turn_ids(tei) == [holder, other, holder]
    parts = name_parts_of(tei, holder)
    assert parts[0] == ("roleName", "office", office)
    assert [p[2] for p in parts if p[0] == "forename"] == [forename]
    assert [p[2] for p in parts if p[0] == "surname"] == [surname]


def test_the_office_of_the_second_speaker_is_no_forename_either() -> None:
    for sample, person, office in [
        ("es-co-jep-compareciente.txt", "compareciente-hernan-puerta", "Compareciente"),
        ("de-kreistag-landrat.txt", "kreisrat-jens-albers", "Kreisrat"),
    ]:
        assert name_parts_of(sample_tei(sample), person)[0] == ("roleName", "office", office)


def test_the_letters_of_a_rank_after_the_surname_are_no_surname() -> None:
    tei = sample_tei("en-inquiry-kc-postnominal.txt")
    counsel, other = "mr-pemberton-kc", "ms-halloran-qc"
    assert turn_ids(tei) == [counsel, "the-chair", other, counsel]
    assert name_parts_of(tei, counsel) == [
        ("roleName", "honorific", "Mr"),
        ("surname", None, "Pemberton"),
        ("roleName", "honorific", "KC"),
    ]
    assert [p[2] for p in name_parts_of(tei, other) if p[0] == "surname"] == ["Halloran"]


def test_the_irish_minister_before_the_holder_in_parentheses_is_the_role() -> None:
    tei = sample_tei("ga-dail-an-taire.txt")
    chair, minister, deputy = "an-ceann-comhairle", "niamh-nic-dhonncha", "deputy-ciaran-o-murchu"
    assert turn_ids(tei) == [chair, minister, chair, deputy, minister]
    assert [p[2] for p in name_parts_of(tei, minister) if p[0] == "surname"] == ["Dhonncha"]
    roles = tei.xpath(f"//t:person[@xml:id='{minister}']/@role", namespaces=NS)
    assert roles == ["An tAire Stáit"]
