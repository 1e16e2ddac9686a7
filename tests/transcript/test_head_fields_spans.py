"""A council's head of fields (the chair, the deputy, the clerk, the aldermen) above the first
turn, a congress's bracketed source note whose span of days dates the record by its first, and
the Turkic assemblies' sentence naming who leads the sitting, a deposition's witness named over
the oath's words."""

from __future__ import annotations

import pytest

from label_samples import NS, sample_tei, texts, turn_ids


def test_a_councils_fields_are_its_head_and_name_the_chair() -> None:
    root = sample_tei("nl-council-head-fields.txt")
    assert texts(root, "//t:front/t:div[@type='presiding']/t:p") == [
        "Voorzitter: R.M. Veldkamp",
        "Plaatsvervangend voorzitter: H. ten Brink-Oosterhout",
    ]
    assert texts(root, "//t:front/t:div[@type='other']/t:p") == [
        "Griffier : P.J.A. van Leeuwen",
        "Wethouders : de heer K. Smulders de heer B. Ouwerkerk",
    ]
    assert texts(root, "//t:body//t:head") == ["01 OPENING"]
    assert turn_ids(root) == ["r-m-veldkamp", "mevrouw-gerritsen", "r-m-veldkamp"]
    assert root.xpath("//t:body//t:div/t:p", namespaces=NS) == []


def test_a_councils_fields_under_its_title_leave_no_field_a_speaker() -> None:
    root = sample_tei("nl-council-head-fields-titled.txt")
    assert texts(root, "//t:front/t:div[@type='other']/t:p") == [
        "Griffier: de heer P.J.A. van Leeuwen",
        "Wethouders: de heer K. Smulders de heer B. Ouwerkerk",
    ]
    assert turn_ids(root) == ["h-ten-brink-oosterhout", "de-heer-ouwerkerk", "h-ten-brink-oosterhout"]
    assert texts(root, "//t:sp/t:speaker") == ["De voorzitter:", "De heer Ouwerkerk:", "Voorzitter:"]
    assert root.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == "2024-11-07"


def test_a_bracketed_source_note_is_no_title_and_its_span_dates_by_the_first_day() -> None:
    root = sample_tei("de-congress-span-note.txt")
    assert texts(root, "//t:titleStmt/t:title") == ["de-congress-span-note.txt"]
    assert root.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == "1925-05-03"
    assert turn_ids(root) == ["anna-kessler", "heinrich-voss"]


@pytest.mark.parametrize(
    ("sample", "chair", "member"),
    [
        ("tt-chair-leads-sitting.txt", "r-m-valiev", "l-f-garipova"),
        ("kk-chair-leads-sitting.txt", "b-t-zhaqsybekov", "d-s-alimova"),
        ("az-chair-leads-sitting.txt", "r-t-aliyeva", "k-m-hasanov"),
    ],
)
def test_the_sentence_naming_who_leads_the_sitting_names_the_chair(
    sample: str, chair: str, member: str
) -> None:
    root = sample_tei(sample)
    assert len(texts(root, "//t:front/t:div[@type='presiding']/t:p")) == 1
    assert turn_ids(root) == [chair, member, chair]
    assert root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == [chair]


def test_a_witness_named_over_the_oaths_words_answers_and_titles_nothing() -> None:
    root = sample_tei("en-deposition-witness-name-above.txt")
    assert texts(root, "//t:titleStmt/t:title") == ["en-deposition-witness-name-above.txt"]
    assert texts(root, "//t:body//t:head")[0].startswith("HOLLIS VANDERMEER, called as a witness")
    assert turn_ids(root) == ["ms-okafor", "hollis-vandermeer"] * 2
