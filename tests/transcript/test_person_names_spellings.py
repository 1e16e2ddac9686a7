"""Names as real records print them, told apart by general evidence: Spanish names in Mixed
case whose given names tell a forename from two surnames, the Persian form of address spelt
with the Arabic yeh, and a Japanese surname joined to its office. Each sample is in the shape of
a real record (names invented)."""

from __future__ import annotations

from label_samples import name_parts_of, sample_tei, turn_ids


def test_spanish_mixed_case_names_have_two_surnames_after_one_forename() -> None:
    tei = sample_tei("es-cr-two-surnames-mixed.txt")
    chair = "presidente-ricardo-montero-quiros"
    member = "la-senora-arguedas-solano"
    assert turn_ids(tei) == [
        chair,
        member,
        chair,
        "diputada-ruth-villalta-ugalde",
        "segura-pardo",
        member,
        chair,
    ]
    assert name_parts_of(tei, chair)[-3:] == [
        ("forename", None, "Ricardo"),
        ("surname", None, "Montero"),
        ("surname", None, "Quirós"),
    ]
    assert name_parts_of(tei, member)[-2:] == [("surname", None, "Arguedas"), ("surname", None, "Solano")]
    assert name_parts_of(tei, "diputada-ruth-villalta-ugalde")[-3:] == [
        ("forename", None, "Ruth"),
        ("surname", None, "Villalta"),
        ("surname", None, "Ugalde"),
    ]
    assert name_parts_of(tei, "segura-pardo") == [("surname", None, "Segura"), ("surname", None, "Pardo")]


def test_persian_address_with_the_arabic_yeh_is_no_forename() -> None:
    tei = sample_tei("fa-majlis-arabic-yeh.txt")
    assert turn_ids(tei)[1:4] == ["آقاى-بهرامى", "رئیس", "آقاي-نوروزى"]
    assert name_parts_of(tei, "آقاى-بهرامى") == [
        ("roleName", "honorific", "آقاى"),
        ("surname", None, "بهرامى"),
    ]
    assert name_parts_of(tei, "آقاي-نوروزى") == [
        ("roleName", "honorific", "آقاي"),
        ("surname", None, "نوروزى"),
    ]
    assert name_parts_of(tei, "جناب-آقاى-کاظمى") == [
        ("roleName", "honorific", "جناب"),
        ("roleName", "honorific", "آقاى"),
        ("surname", None, "کاظمى"),
    ]


def test_japanese_surname_joined_to_its_office() -> None:
    tei = sample_tei("ja-diet-surname-office.txt")
    chair = "井川委員長"
    assert turn_ids(tei) == [chair, "森本委員", chair, "大杉国務大臣", chair]
    assert name_parts_of(tei, chair) == [("surname", None, "井川"), ("roleName", "office", "委員長")]
    assert name_parts_of(tei, "大杉国務大臣") == [
        ("surname", None, "大杉"),
        ("roleName", "office", "国務大臣"),
    ]
