"""Commonwealth Hansards as printed: the sentence naming who took the Chair, a heading in
capitals over the next label, a member's seat and its category in brackets after honours, the
Hansard's narration between turns, a rule between turns, and a rank with an apostrophe."""

from __future__ import annotations

from label_samples import NS, TURN_IDS, sample_tei, text_tei, turn_ids


def _chairs(tei: object) -> set[str]:
    return {
        p.get("{http://www.w3.org/XML/1998/namespace}id")
        for p in tei.iterfind(".//t:person[@role='chair']", NS)
    }  # type: ignore[attr-defined]


def test_the_speaker_who_took_the_chair_is_the_later_speaker_label() -> None:
    for sample, chair in [
        ("en-pg-speaker-took-chair.txt", "tobias-kavanamur"),
        ("en-sb-speaker-comma-took-chair.txt", "luke-tavalu"),
    ]:
        tei = sample_tei(sample)
        assert turn_ids(tei) == TURN_IDS[sample]
        assert _chairs(tei) == {chair}


def test_a_heading_in_capitals_over_the_next_label_is_no_speaker() -> None:
    tei = sample_tei("en-in-assembly-message-seat.txt")
    assert turn_ids(tei) == TURN_IDS["en-in-assembly-message-seat.txt"]
    assert tei.xpath("//t:body//t:head/text()", namespaces=NS) == ["MESSAGES FROM THE COUNCIL OF STATE."] * 2
    assert not tei.xpath("//t:gap", namespaces=NS)


def test_a_seat_and_its_category_after_honours_is_the_members_role() -> None:
    tei = sample_tei("en-in-assembly-message-seat.txt")
    member = tei.xpath("//t:person[@xml:id='mr-h-p-wexcombe-c-i-e-m-l-a']", namespaces=NS)[0]
    assert member.get("role") == "Government of India: Nominated Official"
    assert not tei.xpath("//t:person[@xml:id='government-of-india']", namespaces=NS)
    assert not tei.xpath("//t:said", namespaces=NS)


def test_the_hansards_narration_between_turns_is_a_stage() -> None:
    tei = sample_tei("en-stage-zm-swearing.txt")
    stages = [" ".join(s.itertext()) for s in tei.xpath("//t:div/t:stage", namespaces=NS)]
    assert stages[0].startswith("Dr T. Mulenga, MP, was escorted to the Bar")
    assert "Mr C. Banda took and subscribed the Oath of Allegiance." in stages
    assert "Hon. Members rose and applauded." in stages
    assert any(s.startswith("Votes cast:") for s in stages)


def test_a_rule_between_turns_is_no_text() -> None:
    tei = sample_tei("en-stage-zm-swearing.txt")
    body = "".join(tei.xpath("//t:body", namespaces=NS)[0].itertext())
    assert "___" not in body
    assert tei.xpath("//t:item[@ana='separator-rule']", namespaces=NS)


def test_letters_after_an_apostrophe_inside_a_word_stay_lower_case() -> None:
    tei = text_tei(
        "HON. SPEAKER: Order.\n\nHON. MAJOR-GENERAL (RET'D) S.L. TAVOLA: I thank you.\n\n"
        "HON. M.D. O'BRIEN: A point of order.\n\nHON. A. DELL'UTRI: Yes.\n"
    )
    names = ["".join(n.itertext()) for n in tei.xpath("//t:person/t:persName[1]", namespaces=NS)]
    assert "Hon. Major-General (Ret'd) S.L. Tavola" in names
    assert "Hon. M.D. O'Brien" in names
    assert "Hon. A. Dell'Utri" in names
