"""Persons read from the wrong part of the label, and a label a flattened copy glued to a heading
(samples in tests/data/labels/, names invented; their labels in turns.toml, their persons in
ids.toml): an office whose portfolios go on after its comma, a chair printed once with the office
and a description before the name the record prints alone after, a minister's name in CAPITALS
after the office in Mixed case, and a form of address glued to a heading in CAPITALS."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, name_parts_of, sample_tei, speakers, texts, turn_ids


@pytest.mark.parametrize(
    ("sample", "office"),
    [
        ("en-ug-minister-portfolios.txt", "The Minister of Lands, Housing and Urban Development"),
        ("en-minister-portfolios-mixed.txt", "Minister of Finance, Planning and Economic Development"),
    ],
)
def test_an_offices_portfolios_after_its_comma_are_the_office_not_a_holder(sample: str, office: str) -> None:
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]
    ident = TURN_IDS[sample][1]
    name = tei.xpath(f"string(//t:person[@xml:id='{ident}']/t:persName[1])", namespaces=NS)
    assert name == office
    assert tei.xpath(f"//t:person[@xml:id='{ident}']/@role", namespaces=NS) == []


def test_a_chair_printed_with_the_office_then_by_name_alone_is_the_named_person() -> None:
    tei = sample_tei("ru-plenum-chair-then-bare-name.txt")
    assert turn_ids(tei) == TURN_IDS["ru-plenum-chair-then-bare-name.txt"]
    assert name_parts_of(tei, "vorontsov-p-a") == [
        ("surname", None, "Воронцов"),
        ("forename", None, "П."),
        ("forename", None, "А."),
    ]
    role = tei.xpath("//t:person[@xml:id='vorontsov-p-a']/@role", namespaces=NS)
    assert role == ["chair секретарь ЦК КПСС"]


def test_a_ministers_name_in_capitals_after_the_office_is_set_as_a_name() -> None:
    tei = sample_tei("sv-riksdag-minister-capitals.txt")
    assert name_parts_of(tei, "infrastrukturminister-kristina-bergvall") == [
        ("roleName", "office", "Infrastrukturminister"),
        ("forename", None, "Kristina"),
        ("surname", None, "Bergvall"),
    ]


def test_a_form_of_address_glued_to_a_heading_in_capitals_is_the_labels() -> None:
    sample = "es-ar-heading-glued-title.txt"
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    first = "".join(tei.xpath("//t:sp[1]//t:p//text()", namespaces=NS))
    assert "BANDERAS" in first and "BANDERASSr" not in first


@pytest.mark.parametrize("sample", ["cs-fs-chair-wrapped.txt", "hu-nemzetgyules-party-office.txt"])
def test_a_label_wrapped_after_a_sentence_or_run_into_a_line_is_read(sample: str) -> None:
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]


def test_the_chairs_office_cut_off_ends_no_speech() -> None:
    tei = sample_tei("cs-fs-chair-wrapped.txt")
    said = " ".join(tei.xpath("//t:sp[3]//t:p//text()", namespaces=NS))
    assert said.endswith("Dvořáka.")


def test_a_speech_cards_mark_and_group_over_the_name_are_no_speech() -> None:
    tei = sample_tei("sr-otvoreni-kartice.txt")
    said = texts(tei, "//t:sp/t:p")
    assert "..." not in said
    assert "Socijalistička partija Srbije" not in said and "Srpska napredna stranka" not in said


def test_a_sentence_naming_who_took_part_is_the_heads_roll() -> None:
    tei = sample_tei("ro-stenograma-participants.txt")
    roll = texts(tei, "//t:front/t:div[@type='list']/t:p")
    assert roll[0].startswith("La şedinţă au participat tovarăşii")
    assert roll[1].startswith("Au participat, ca invitaţi,")
    assert tei.xpath("//t:body/t:div/t:p", namespaces=NS) == []


def test_a_turn_whose_only_words_address_the_chair_keeps_them() -> None:
    sample = "en-gh-hail-chair-cut.txt"
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]
    assert texts(tei, "//t:sp[4]/t:p") == ["Mr Speaker —"]


def test_a_name_and_its_office_each_a_paragraph_are_one_label() -> None:
    sample = "fr-bf-pv-name-office.txt"
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    role = tei.xpath("//t:person[@xml:id='m-issa-moussa-kabore']/@role", namespaces=NS)
    assert role == ["Rapporteur de la Commission des finances"]
    first = texts(tei, "//t:sp[1]/t:p")
    assert first[0] == "Mesdames et messieurs les députés, la séance est ouverte."


def test_a_flattened_oath_lists_welcomes_are_the_chairs_turns() -> None:
    sample = "en-ug-oaths-flattened.txt"
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    said = texts(tei, "//t:sp/t:p")
    assert said[0].startswith("Hon. Okello, you are welcome") and said[1].startswith("Hon. Kato")


def test_a_flattened_headings_capitals_run_into_the_chairs_label_are_no_label() -> None:
    sample = "en-ug-flattened-heading-chair.txt"
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]
