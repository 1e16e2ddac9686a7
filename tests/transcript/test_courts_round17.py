"""Courts' and tribunals' records in the shapes their transcripts print (samples in
tests/data/labels/, the names invented): a military commission's roles in letters before the
holder's name in square brackets; a tribunal's witness on former oath, questioned on, the first
answer's letter before a note in brackets; a US caption's day with its ordinal in capitals; a Soviet trial's day ended in the narrator's
words."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei

_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_a_role_in_letters_before_a_bracketed_name_is_that_person_in_that_role() -> None:
    # the labels and persons turns.toml and ids.toml give: the two counsel under one role are
    # two people, each named by the brackets
    tei = tabled_tei("en-military-commission-role-bracket.txt")
    roles = {p.get(_ID): p.get("role") for p in tei.xpath("//t:person", namespaces=NS)}
    assert roles["col-halvorsen"] == "MJ"
    assert roles["ms-brannigan"] == roles["mr-kettering"] == "LDC"
    assert name_parts_of(tei, "col-halvorsen") == [
        ("roleName", "honorific", "Col"),
        ("surname", None, "HALVORSEN"),
    ]


def test_a_witness_on_former_oath_questioned_on_answers_each_a_even_before_a_note() -> None:
    # the labels and persons turns.toml and ids.toml give: every answer the named witness's
    tei = tabled_tei("en-tribunal-witness-former-oath.txt")
    heads = [" ".join("".join(h.itertext()).split()) for h in tei.xpath("//t:body//t:head", namespaces=NS)]
    assert "WITNESS: CAF-OTP-P-0417 (On former oath)" in heads
    assert "QUESTIONED BY MS OKAFOR: (Continuing)" in heads
    first = "".join(tei.xpath("(//t:sp)[4]/t:p/text()", namespaces=NS))
    assert first.strip() == "Good morning."
    # the note after the answer's stop is the speech's, the label the letter alone
    assert tei.xpath("(//t:sp)[4]/t:p/t:stage/text()", namespaces=NS) == ["(Interpretation)"]


def test_a_tribunal_s_page_foot_and_running_head_are_furniture_inside_an_answer() -> None:
    tei = tabled_tei("en-tribunal-witness-former-oath.txt")
    cut = " ".join("".join(tei.xpath("(//t:sp)[8]/t:p//text()", namespaces=NS)).split())
    assert cut == "I would say about twenty, maybe more. They came in two trucks."
    text = " ".join(tei.xpath("//t:text//text()", namespaces=NS))
    assert "Page 1" not in text and "Open Session" not in text
    assert tei.xpath("//t:docDate/@when", namespaces=NS) == ["2015-03-12"]


def test_a_caption_s_day_with_its_ordinal_in_capitals_dates_the_record() -> None:
    tei = tabled_tei("en-us-state-caption-ordinal-caps.txt")
    assert tei.xpath("//t:docDate/@when", namespaces=NS) == ["2016-03-14"]
    assert tei.xpath("//t:setting/t:date/@when", namespaces=NS) == ["2016-03-14"]


def test_a_trial_record_s_narrated_end_of_the_day_is_a_stage_between_turns() -> None:
    tei = tabled_tei("ru-trial-day-ended-narrated.txt")
    stages = [" ".join("".join(s.itertext()).split()) for s in tei.xpath("//t:body//t:stage", namespaces=NS)]
    assert stages == ["Заседание закончилось в 18 часов 15 минут."]
    answer = "".join(tei.xpath("(//t:sp)[4]/t:p//text()", namespaces=NS))
    assert answer == "Нет."
