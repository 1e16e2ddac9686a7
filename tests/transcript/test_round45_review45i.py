"""The prosecutor's title in an examination's heading ("DIRECT EXAMINATION BY FISCAL SANTOS:") is a
common word too ("fiscal year", "prosecutor standards"): the heading needs a capitalised name with
no digit after it, so that a budget speech's "By fiscal year 2027:" over its targets stays speech
(invented samples; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_a_prosecutor_named_with_initials_or_in_mixed_case_heads_the_examination() -> None:
    """ "DIRECT EXAMINATION BY FISCAL J. P. SANTOS:", "CROSS-EXAMINATION BY Prosecutor Maria de la
    Cruz:": headings; the questions below are that prosecutor's."""
    root = tabled_tei("en-ph-rtc-fiscal-initials.txt")
    heads = texts(root, "//t:head")
    assert "DIRECT EXAMINATION BY FISCAL J. P. SANTOS:" in heads
    assert "CROSS-EXAMINATION BY Prosecutor Maria de la Cruz:" in heads
    whos = [sp.get("who") for sp in root.iter("{http://www.tei-c.org/ns/1.0}sp")]
    assert whos[0] == "#fiscal-j-p-santos"
    assert whos[6] == "#prosecutor-maria-de-la-cruz"


def test_by_fiscal_year_over_a_speechs_targets_stays_speech() -> None:
    """ "By fiscal year 2027:" / "By Fiscal Year 2029:" inside a minister's speech: no heading, no
    examiner; the minister's turn keeps them."""
    root = tabled_tei("en-parl-budget-fiscal-year.txt")
    assert texts(root, "//t:head") == []
    first = texts(root, "(//t:sp)[1]/t:p")
    assert "By fiscal year 2027:" in first
    assert "By Fiscal Year 2029:" in first


def test_a_title_before_a_common_word_in_capitals_is_no_examination() -> None:
    """In capitals the case tells nothing: "BY FISCAL YEAR 2027:" and "BY PROSECUTOR STANDARDS:"
    stay the speaker's words; "BY FISCAL SANTOS:" heads the questions below."""
    root = text_tei(
        "THE MINISTER: Our targets.\nBY FISCAL YEAR 2027:\nA balanced budget.\n"
        "BY PROSECUTOR STANDARDS:\nA small unit.\nMR. JONES: Noted.\nTHE MINISTER: Thank you.\n"
    )
    assert speakers(etree.tostring(root)) == ["THE MINISTER:", "MR. JONES:", "THE MINISTER:"]
    assert texts(root, "//t:head") == []
    court = text_tei("BY FISCAL SANTOS:\nQ: Your name?\nA: Pedro Cruz.\nQ: Your work?\nA: Driver.\n")
    assert texts(court, "//t:head") == ["BY FISCAL SANTOS:"]
    assert speakers(etree.tostring(court)) == ["Q:", "A:", "Q:", "A:"]
