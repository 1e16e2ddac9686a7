"""Records of Asia, Africa and Oceania in the shapes their copies print (names invented): a
government's media transcript under a title underlined with a rule of stars, an interview whose
first question greets, a Japanese city assembly's web copy numbering each utterance before its
marker and printing an office inside the rostrum's stage, and an office whose portfolio lists its
areas between commas (Westminster's Secretaries of State, Tanzania's Bunge), the Philippine
House's record flattened to one line with the chair's holder in brackets, and a synopsis of
debates naming what each speaker does before "said:"."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, texts

SAMPLES = [
    "en-press-title-starred.txt",
    "en-interview-greeting-question.txt",
    "ja-city-numbered-utterances.txt",
    "ja-city-rostrum-office.txt",
    "en-portfolio-areas.txt",
    "sw-bunge-portfolio-areas.txt",
    "en-ph-house-flattened-chair-holder.txt",
    "en-in-synopsis-said.txt",
]


@pytest.mark.parametrize("sample", SAMPLES)
def test_turns_and_persons(sample: str) -> None:
    tabled_tei(sample)


def test_rule_under_title_is_furniture() -> None:
    tei = tabled_tei("en-press-title-starred.txt")
    assert texts(tei, "//t:front//t:titlePart") == [
        "Transcript of remarks by the Secretary for Transport at media session"
    ]
    removed = tei.xpath("//t:list[@type='furniture']/t:item", namespaces=NS)
    assert [(item.get("n"), item.get("ana"), item.text) for item in removed] == [("2", "rule", "*" * 70)]
    assert texts(tei, "//t:body/t:div/t:p[1]")[0].startswith("Following is the transcript")


def test_interview_questions_are_the_interviewers() -> None:
    tei = tabled_tei("en-interview-greeting-question.txt")
    assert texts(tei, "//t:sp[1]/t:p") == ["Senator Ilagan, good morning and welcome back to the program."]


def test_numbered_utterances_keep_their_numbers_in_the_label() -> None:
    tei = tabled_tei("ja-city-numbered-utterances.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0] == "ただいまから令和5年9月定例月議会を開きます。"
    assert len(tei.xpath("//t:sp", namespaces=NS)) == 3


def test_rostrum_with_office_is_a_stage() -> None:
    tei = tabled_tei("ja-city-rostrum-office.txt")
    assert texts(tei, "//t:stage") == ["〔議会運営委員会委員長 坂口京子君登壇〕"]


def test_portfolio_areas_are_the_office() -> None:
    tei = tabled_tei("en-portfolio-areas.txt")
    person = tei.xpath("//t:person[@xml:id='helen-markham']", namespaces=NS)[0]
    assert person.get("role") == "Secretary of State for Digital, Culture, Media and Sport"
    assert texts(person, "t:persName[not(@type)]") == ["Helen Markham"]


def test_flattened_chair_turns_keep_their_speech() -> None:
    tei = tabled_tei("en-ph-house-flattened-chair-holder.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["The session is now called to order."]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Mme. Speaker, I move that we defer the calling of the roll."]


def test_synopsis_clause_is_no_name() -> None:
    tei = tabled_tei("en-in-synopsis-said.txt")
    assert texts(tei, "//t:person[@xml:id='shri-anand-prakash-mehta']/t:persName[not(@type)]") == [
        "Shri Anand Prakash Mehta"
    ]
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("The Bill replaces a law")
