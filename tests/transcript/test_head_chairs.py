"""The chair a record's head names, members told apart by their place, and names without the
suffix of address: who each turn is, and the persons' names."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, name_parts_of, sample_tei, speakers, text_tei, turn_ids

# sample: the person of the chair's office printed alone ("ELNÖK:", "De voorzitter:") and its name
HEAD_CHAIRS = [
    ("hu-ogy-elnok.txt", "kovacs-bela", [("surname", None, "Kovács"), ("forename", None, "Béla")]),
    ("hu-ogy-head-bracket.txt", "kovacs-odon", [("surname", None, "Kovács"), ("forename", None, "Ödön")]),
    ("nl-tk-head.txt", "van-dalen", [("nameLink", None, "Van"), ("surname", None, "Dalen")]),
    (
        "nl-tk-head-fields.txt",
        "van-der-berg",
        [("nameLink", None, "Van"), ("nameLink", None, "der"), ("surname", None, "Berg")],
    ),
    (
        "en-un-president-field.txt",
        "arvelo-tamsin",
        [("forename", None, "Arvelo"), ("surname", None, "Tamsin")],
    ),
    ("en-un-sc-header.txt", "arvelo-tamsin", [("forename", None, "Arvelo"), ("surname", None, "Tamsin")]),
    ("pl-sejm-head.txt", "jan-nowacki", [("forename", None, "Jan"), ("surname", None, "Nowacki")]),
    ("ru-duma-head.txt", "i-p-smirnov", None),
    ("zh-press-host-field.txt", "王建国", None),
    ("tr-tbmm-head-fields.txt", "ayse-demirtas", [("forename", None, "Ayşe"), ("surname", None, "Demirtaş")]),
    # the office after a comma is no part of the name: "Présidence de Mme X, vice-présidente"
    (
        "fr-an-presidence-office.txt",
        "helene-marchal",
        [("forename", None, "Hélène"), ("surname", None, "Marchal")],
    ),
    # named in the head's long sentence with the secretaries who assist ("… asistat de …")
    ("ro-cdep-long-presided.txt", "domnul-mihai-constantin-olaru", None),
    # named on the head's roll, a line a paragraph under "Přítomni:" ("Předseda: Dvořáček.")
    ("cs-ns-roll-paragraphs.txt", "dvoracek", [("surname", None, "Dvořáček")]),
    # a surname alone after the chair's field, below the item's heading ("Opening" / "Voorzitter: X")
    ("nl-tk-opening-chair.txt", "oudhoorn", [("surname", None, "Oudhoorn")]),
    # the field ends in its stop, the office and its holder ("Mødeleder: Landstingsformand X Y.")
    ("da-gl-modeleder-field.txt", "landstingsformand-bendt-qaavigaq", None),
    (
        "de-landtag-vorsitzender-stop.txt",
        "anton-furst-wallenberg",
        [("forename", None, "Anton"), ("roleName", "nobility", "Fürst"), ("surname", None, "Wallenberg")],
    ),
    # the office after the name with no comma; the government's representation is no speaker
    ("ar-dz-presidency-government.txt", "عبد-الكريم-بن-سالم", None),
    # named after the office in a sentence of the head the layout breaks ("Sēdi vada …" / "Laima Kalniņa.")
    (
        "lv-saeima-head-compact.txt",
        "laima-kalnina",
        [("forename", None, "Laima"), ("surname", None, "Kalniņa")],
    ),
]


@pytest.mark.parametrize(("sample", "chair", "parts"), HEAD_CHAIRS)
def test_the_chair_named_in_the_head_speaks_as_the_office(
    sample: str, chair: str, parts: list[tuple[str, str | None, str]] | None
) -> None:
    tei = sample_tei(sample)
    ids = turn_ids(tei)
    assert ids[0] == chair or chair in ids
    assert tei.xpath(f"//t:person[@xml:id='{chair}']/@role", namespaces=NS) == ["chair"]
    # no anonymous office beside the named chair
    assert len(tei.xpath("//t:person[@role='chair']", namespaces=NS)) == 1
    if parts is not None:
        assert name_parts_of(tei, chair) == parts


def test_a_head_without_the_chair_s_name_keeps_the_office() -> None:
    tei = sample_tei("en-commons-head.txt")
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["mr-speaker"]


def test_a_bracketed_note_hands_the_chair_on() -> None:
    tei = sample_tei("hu-ogy-chair-change.txt")
    assert speakers(etree.tostring(tei)) == TURNS["hu-ogy-chair-change.txt"]
    assert turn_ids(tei) == TURN_IDS["hu-ogy-chair-change.txt"]
    roles = tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS)
    assert roles == ["kovacs-bela", "horvath-maria"]


def test_a_chair_s_sentence_ending_in_a_stop_is_a_turn() -> None:
    tei = sample_tei("de-vorsitzender-speech-stop.txt")
    assert turn_ids(tei) == ["vorsitzender", "abg-kessler", "vorsitzender"]


def test_the_government_s_representation_in_the_head_is_no_speaker() -> None:
    tei = sample_tei("ar-dz-presidency-government.txt")
    assert turn_ids(tei) == ["عبد-الكريم-بن-سالم", "السيد-مراد-حداد", "عبد-الكريم-بن-سالم"]
    fronts = tei.xpath("//t:front//t:p/text()", namespaces=NS)
    assert any(text.startswith("تمثيل الحكومة") for text in fronts)


def test_a_field_naming_no_person_names_no_chair() -> None:
    tei = text_tei(
        "Tweede Kamer der Staten-Generaal\n\nVoorzitter: de Kamervoorzitter\n\n"
        "De voorzitter:\nIk open de vergadering.\n\nDe heer Jansen (VVD):\nDank u wel, voorzitter.\n"
    )
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["de-voorzitter"]


def test_members_of_one_surname_are_told_apart_by_their_state() -> None:
    sample = "en-congress-state-members.txt"
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == [
        "the-speaker-pro-tempore",
        "mr-brown-of-ohio",
        "mrs-brown-of-texas",
        "mr-brown-of-ohio",
        "mrs-brown-of-texas",
        "mr-brown-of-new-york",
        "the-speaker-pro-tempore",
    ]
    assert name_parts_of(tei, "mr-brown-of-ohio") == [
        ("roleName", "honorific", "Mr."),
        ("surname", None, "BROWN"),
        ("addName", None, "of Ohio"),
    ]
    assert name_parts_of(tei, "mr-brown-of-new-york")[-1] == ("addName", None, "of New York")


def test_a_territorial_designation_is_no_forename() -> None:
    tei = text_tei(
        "The LORD SPEAKER: Order. Lord Smith of Finsbury.\n\n"
        "Lord Smith of Finsbury: My Lords, I beg to move the Motion standing in my name.\n\n"
        "The LORD SPEAKER: The Question is that the Motion be agreed to.\n"
    )
    who = [w for w in turn_ids(tei) if "smith" in w]
    assert who and name_parts_of(tei, who[0])[-1] == ("addName", None, "of Finsbury")


def test_the_suffix_of_address_is_no_part_of_the_name() -> None:
    sample = "ja-diet-minister-member.txt"
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == ["山田太郎", "佐藤一郎", "山田太郎", "佐藤一郎", "田中花子", "山田太郎"]
    names = tei.xpath("//t:person/t:persName[1]/text()", namespaces=NS)
    assert names == ["山田太郎", "佐藤一郎", "田中花子"]


def test_a_chinese_given_name_ending_in_jun_keeps_it() -> None:
    tei = text_tei(
        "主持人：现在开始。\n\n李淑君：谢谢主持人。我来介绍一下情况。\n\n主持人：谢谢。\n", "x.txt"
    )
    assert "李淑君" in turn_ids(tei)


def test_a_field_listing_several_names_names_no_chair() -> None:
    tei = text_tei(
        "Council Meeting\n\nChair: Alan Pryce, Dora Lisle\n\n"
        "CHAIR: The meeting is open.\n\nCOUNCILLOR WEBB: Thank you, Chair.\n\nCHAIR: Thank you.\n"
    )
    assert "alan-pryce" not in turn_ids(tei)


def test_an_initial_set_close_to_the_surname_is_a_forename() -> None:
    tei = sample_tei("lv-saeima-head-compact.txt")
    assert name_parts_of(tei, "a-berzins") == [("forename", None, "A."), ("surname", None, "Bērziņš")]
    assert turn_ids(tei) == TURN_IDS["lv-saeima-head-compact.txt"]


def test_a_head_naming_two_chairs_in_a_wrapped_sentence_names_the_first() -> None:
    tei = sample_tei("lt-seimas-head-presiding.txt")
    assert turn_ids(tei) == TURN_IDS["lt-seimas-head-presiding.txt"]
    assert "Pirmininkauja" not in " ".join(tei.xpath("//t:body//text()", namespaces=NS))


@pytest.mark.parametrize(
    ("sample", "acting"),
    [
        ("en-un-acting-president.txt", "The Acting President"),
        ("fr-un-president-par-interim.txt", "Le Président par intérim"),
        ("es-un-presidente-interino.txt", "El Presidente interino"),
        ("ru-un-ispolnyayushchii.txt", "Исполняющий обязанности Председателя"),
    ],
)
def test_the_acting_chair_is_who_took_the_chair_in_the_presidents_absence(sample: str, acting: str) -> None:
    tei = sample_tei(sample)
    assert turn_ids(tei) == TURN_IDS[sample]
    chair = TURN_IDS[sample][1]
    labels = tei.xpath(f"//t:person[@xml:id='{chair}']/t:persName[@type='label']/text()", namespaces=NS)
    assert acting in labels
    assert tei.xpath(f"//t:person[@xml:id='{chair}']/@role", namespaces=NS) == ["chair"]


def test_a_synods_narrated_change_of_chair_is_a_stage_under_a_heading_and_names_the_chair() -> None:
    tei = sample_tei("en-stage-synod-chair.txt")
    assert turn_ids(tei) == TURN_IDS["en-stage-synod-chair.txt"]
    heads = tei.xpath("//t:body//t:head/text()", namespaces=NS)
    assert heads[:2] == ["WORSHIP", "THE CHAIR"]
    stages = tei.xpath("//t:body//t:stage/text()", namespaces=NS)
    assert stages[0] == "The Revd Canon Petra Lindqvist led the Synod in an act of worship."
    assert stages[1] == "Mrs Rosalind Okafor-Pryce (Carlisle) took the Chair at 10.15 am."
    assert not tei.xpath("//t:person[@xml:id='worship' or @xml:id='the-chair']", namespaces=NS)


@pytest.mark.parametrize(
    ("sample", "heading"),
    [
        ("de-ep-cre-vorsitz.txt", "VORSITZ: GEROLD MATTERN Vizepräsident"),
        ("en-ep-cre-in-the-chair.txt", "IN THE CHAIR: GEROLD MATTERN Vice President"),
    ],
)
def test_a_note_of_who_presides_over_the_holders_office_is_a_heading_naming_the_chair(
    sample: str, heading: str
) -> None:
    tei = sample_tei(sample)
    assert turn_ids(tei) == TURN_IDS[sample]
    assert tei.xpath("//t:body//t:head/text()", namespaces=NS) == [heading]
    chair = tei.xpath("//t:person[@xml:id='gerold-mattern']", namespaces=NS)[0]
    assert chair.get("role") == "chair"
    assert chair.xpath("string(t:persName[1])", namespaces=NS) == "Gerold Mattern"
