"""Labels of fresh excerpts printed once that were merged into the turn before (samples in
tests/data/labels/, names invented): an office after a comma or before the name that the
vocabulary lacked, and a Japanese name with its suffix of address alone."""

from __future__ import annotations

from label_samples import NS, sample_tei, turn_ids


def test_a_slovak_department_head_after_the_comma_is_her_office() -> None:
    tei = sample_tei("sk-council-office-after-comma.txt")
    assert turn_ids(tei) == ["ing-peter-kovac", "ing-zuzana-hrda", "mgr-jan-bielik"]
    roles = tei.xpath("//t:person[@xml:id='ing-zuzana-hrda']/@role", namespaces=NS)
    assert roles == ["vedúca finančného oddelenia"]


def test_a_vietnamese_director_before_the_name_opens_a_turn() -> None:
    tei = sample_tei("vi-council-director-before-name.txt")
    ids = turn_ids(tei)
    assert len(ids) == 3 and ids[:2] == ["chu-toa-nguyen-thi-lan", "dai-bieu-le-van-minh"]
    printed = tei.xpath("//t:sp/t:speaker/text()", namespaces=NS)
    assert printed[2] == "Giám đốc Sở Xây dựng Trần Văn Hùng:"


def test_a_japanese_name_with_kun_alone_is_a_label() -> None:
    tei = sample_tei("ja-committee-kun-ascii-colon.txt")
    assert turn_ids(tei) == ["田辺", "森下", "田辺"]


def test_a_quebec_inquirys_q_and_r_are_the_examiners_and_one_answerers() -> None:
    tei = sample_tei("fr-qc-inquiry-q-r-unnamed-witness.txt")
    chair, counsel, answers = "la-presidente", "me-etienne-larocque", "le-temoin"
    assert turn_ids(tei) == [chair, counsel, answers, counsel, answers, chair]
