"""A second review of the twenty-third round's rules for what they took from the labels, stages
and headings they had read: a surname alone under the chair's question over a speech that opens
by addressing the hall with its exclamation."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_surname_alone_under_the_chairs_question_opens_the_speech() -> None:
    tei = tabled_tei("ru-sezd-surname-alone-under-chairs-question.txt")
    assert tei.xpath("//t:sp/@who", namespaces=NS) == [
        "#predsedatelstvuyushchii",
        "#prokhorov",
        "#predsedatelstvuyushchii",
        "#lysenko",
    ]
    assert texts(tei, "//t:sp[2]/t:p") == ["Товарищи! Наш завод в этом году выполнил план досрочно."]
