"""Label shapes the last rounds left: seen in real records, kept as invented samples."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, speakers, tabled_tei, text_tei, texts


def test_a_name_alone_on_the_first_line_over_its_own_label_is_the_title() -> None:
    # "מרים לוי" / "מרים לוי (יש עתיד):": the name had been a turn with no words
    tei = tabled_tei("he-knesset-name-over-label.txt")
    assert texts(tei, "//t:titlePart") == ["מרים לוי"]
    assert not tei.xpath("//t:gap", namespaces=NS)
    english = text_tei("Anna Berg\nThe Speaker: I call Anna Berg.\nAnna Berg: Madam Speaker, I rise.\n")
    assert speakers(etree.tostring(english)) == ["The Speaker:", "Anna Berg:"]


def test_a_wrapped_line_of_speech_ending_as_follows_in_a_script_without_spaces_is_no_label() -> None:
    # "เรื่องที่สำคัญมีดังนี้:" and "议案的主要内容如下：" had each been a speaker of its own
    thai = tabled_tei("th-council-wrapped-as-follows.txt")
    assert any("ดังนี้: การป้องกันน้ำท่วม" in text for text in texts(thai, "//t:sp[1]/t:p"))
    chinese = tabled_tei("zh-congress-wrapped-as-follows.txt")
    assert texts(chinese, "//t:sp[1]/t:p")[-1].startswith("议案的主要内容如下：第一")


def test_dashed_labels_inside_a_hard_wrapped_paragraph_open_their_turns() -> None:
    # one label a line at most: the paragraph had had no turn
    tei = tabled_tei("en-council-dash-labels-wrapped.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "I support the request. We received the annex only yesterday evening and could not read it."
    ]


def test_a_legend_over_the_first_turn_names_the_persons_of_the_label_codes() -> None:
    # "PO  Presiding Officer" / "PO: …": the persons had been named by the codes' letters ("Po")
    tei = tabled_tei("en-commission-legend-codes.txt")
    assert texts(tei, "//t:person[@xml:id='counsel-assisting']/t:persName[1]") == ["Counsel Assisting"]
    assert tei.xpath("//t:person[@xml:id='presiding-officer']/@role", namespaces=NS) == ["chair"]
