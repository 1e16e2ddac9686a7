"""Chairs printed by an office that names its body or joins a deputy's prefix to the chair's
word (samples in tests/data/labels/, names invented): a Turkish court's presiding judge, a
Polish council's vice-chair."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, name_parts_of, sample_tei, turn_ids


def _roles(tei: etree._Element, ident: str) -> list[str]:
    return tei.xpath(f"//t:person[@xml:id='{ident}']/@role", namespaces=NS)


def test_a_courts_president_printed_alone_is_the_chair() -> None:
    tei = sample_tei("tr-court-presiding-judge-alone.txt")
    assert turn_ids(tei) == ["mahkeme-baskani", "sanik-ali-yildirim", "mahkeme-baskani"]
    assert _roles(tei, "mahkeme-baskani") == ["chair"]
    assert _roles(tei, "sanik-ali-yildirim") == []


def test_a_vice_chair_with_the_prefix_joined_is_an_office_and_chairs() -> None:
    tei = sample_tei("pl-rada-wiceprzewodniczacy-miasta.txt")
    anna = "wiceprzewodniczacy-rady-anna-lis"
    assert turn_ids(tei)[1] == anna
    assert _roles(tei, anna) == ["chair"]
    assert name_parts_of(tei, anna) == [
        ("roleName", "office", "Wiceprzewodniczący"),
        ("roleName", "office", "Rady"),
        ("forename", None, "Anna"),
        ("surname", None, "Lis"),
    ]


def test_a_chain_of_genitives_after_an_office_is_the_offices_up_to_the_last_two_names() -> None:
    tei = sample_tei("pl-rada-wiceprzewodniczacy-miasta.txt")
    jan = "przewodniczacy-rady-miasta-jan-kowalski"
    assert turn_ids(tei)[0] == jan
    assert name_parts_of(tei, jan) == [
        ("roleName", "office", "Przewodniczący"),
        ("roleName", "office", "Rady"),
        ("roleName", "office", "Miasta"),
        ("forename", None, "Jan"),
        ("surname", None, "Kowalski"),
    ]
