"""Heads and items of international and court records: a coded report's title lines above its
sitting's day, a bracketed note opening an excerpt, a court's bench naming its president, one
question under the examiner's heading, and the numbered items of an agenda between turns."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, sample_tei, texts, turn_ids


def _chair(root: etree._Element) -> list[str]:
    return [
        str(p.get("{http://www.w3.org/XML/1998/namespace}id"))
        for p in root.xpath("//t:person[@role='chair']", namespaces=NS)
    ]


def test_a_coded_reports_title_lines_are_its_head_and_name_the_sitting() -> None:
    root = sample_tei("en-coe-head-code-part.txt")
    assert texts(root, "//t:titleStmt/t:title") == [
        "AS (2019) CR 31 2019 ORDINARY SESSION (Fourth part) REPORT Thirty-first sitting"
    ]
    assert texts(root, "//t:front/t:docTitle/t:titlePart[@type='sub']") == [
        "2019 ORDINARY SESSION",
        "(Fourth part)",
        "REPORT",
        "Thirty-first sitting",
    ]
    assert texts(root, "//t:front/t:docDate") == ["Thursday 10 October 2019 at 3.30 p.m."]
    assert root.xpath("//t:body//t:head", namespaces=NS) == []
    assert root.xpath("//t:body/t:div/t:p | //t:body//t:stage", namespaces=NS) == []
    assert texts(root, "//t:speaker") == ["The PRESIDENT –", "Ms HALVORSEN (Norway) –", "The PRESIDENT –"]


def test_a_bracketed_note_opening_the_record_is_a_stage_not_its_title() -> None:
    root = sample_tei("de-bracket-first-stage.txt")
    assert texts(root, "//t:titleStmt/t:title") == ["de-bracket-first-stage.txt"]
    assert root.xpath("//t:front", namespaces=NS) == []
    assert texts(root, "//t:body//t:stage") == ["[Dem Zeugen wird eine Lichtbildmappe vorgelegt.]"]
    assert texts(root, "//t:speaker") == ["Vorsitzender:", "Zeuge Brenner:", "Vorsitzender:"]


def test_a_courts_bench_names_its_president_the_chair() -> None:
    for sample, labels in (
        ("fr-icj-bench-present.txt", ["Le PRESIDENT :", "M. DELMAS :", "Le PRESIDENT :"]),
        ("en-icj-bench-present.txt", ["The PRESIDENT:", "Mr. HALLORAN:", "The PRESIDENT:"]),
    ):
        root = sample_tei(sample)
        assert _chair(root) == ["varenne"], sample
        assert turn_ids(root)[::2] == ["varenne", "varenne"]
        assert texts(root, "//t:speaker") == labels
        assert [div.get("type") for div in root.xpath("//t:front/t:div", namespaces=NS)] == ["list"]
        assert not root.xpath("//t:front/t:docTitle", namespaces=NS)


def test_one_question_under_the_examiners_heading_is_the_examiners_turn() -> None:
    root = sample_tei("en-examination-one-question.txt")
    assert texts(root, "//t:speaker") == ["Q."]
    assert turn_ids(root) == ["ms-renfrew"]
    assert texts(root, "//t:sp/t:p") == ["Mrs. Ellwood, where were you living in the spring of 1987?"]


def test_numbered_items_between_turns_are_headings_and_a_speechs_list_is_speech() -> None:
    root = sample_tei("en-numbered-agenda-items.txt")
    assert texts(root, "//t:body//t:head") == [
        "4. Changes in the membership of committees",
        "5. Voting time",
    ]
    assert texts(root, "//t:speaker") == [
        "President:",
        "President:",
        "President:",
        "Mr Castellane (S&D):",
        "President:",
    ]
    assert texts(root, "(//t:sp)[3]/t:p")[1:] == [
        "1. The vote on the fisheries report is postponed.",
        "2. The vote on the budget will take place by roll call.",
        "3. The sitting will close at one o'clock.",
    ]
