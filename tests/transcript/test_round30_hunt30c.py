"""Shapes of the records of company calls and councils' minutes: an earnings call's speaker as
a name and role with the speech right under it, or as a name over its office, firm and the
question's or answer's letter between rules of dots; a decision's field in Norwegian; the
numbered items of a council's minutes in CAPITALS with their value on the line."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_dashed_role_over_the_speech_stays_the_label() -> None:
    """ "Ruth Adamsky - Director, Investor Relations" / "Thank you, operator. …", no blank line
    between: the role is the label's whole, the speech opens with the words below it."""
    tei = tabled_tei("en-earnings-call-dashed-role-speech-below.txt")
    said = texts(tei, "//t:sp/t:p")
    assert said[1] == "Thank you, operator. Joining me today is our chief executive, Leon Farrow."
    assert said[2].startswith("Thank you, Ruth.")
    assert not any(text.startswith(("Director", "Chief Executive", "Brookhill")) for text in said)


def test_a_name_over_its_lettered_office_is_one_label() -> None:
    """ "Dev Raghunathan" / "Analyst, Oriel Securities LLC Q" / "Good morning. …", printed once,
    and "………" rules of dots between the turns: the name and its office line are one label, the
    analyst's question a turn of its own; no rule lands in a speech."""
    tei = tabled_tei("en-earnings-call-lettered-role-below.txt")
    said = texts(tei, "//t:sp/t:p")
    assert said[3] == "Good morning. How do you see the grain season shaping up?"
    assert not any("...." in text for text in texts(tei, "//t:body//t:p"))
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Thank you. Carloads rose 3% on grain and intermodal."]


def test_a_norwegian_decision_field_is_no_label() -> None:
    """ "Vedtak: Formannskapets innstilling ble enstemmig vedtatt." under the chair's turn: the
    minutes' decision, no speaker; its words kept."""
    tei = tabled_tei("no-kommunestyre-vedtak.txt")
    assert "Vedtak: Formannskapets innstilling ble enstemmig vedtatt." in texts(tei, "//t:body//t:p")


def test_numbered_minutes_fields_in_capitals_are_no_labels() -> None:
    """ "2. DECLARATIONS OF INTEREST: None." and "4. DATE OF NEXT MEETING: 13 May 2025.": the
    minutes' items with their values, kept as paragraphs, no turns."""
    tei = tabled_tei("en-council-minutes-numbered-fields.txt")
    kept = texts(tei, "//t:body//t:p")
    assert "2. DECLARATIONS OF INTEREST: None." in kept
    assert "4. DATE OF NEXT MEETING: 13 May 2025." in kept
    assert tei.xpath("//t:body//t:head", namespaces=NS)


def test_a_comrade_suffixed_name_opens_a_turn_inside_wrapped_lines() -> None:
    """ "…大家再讨" / "论。" / "孙海燕同志：我汇报三点。…" / "何志东同志：…" in a hard-wrapped PDF copy,
    each comrade printed once: the name with its suffix of address and full-width colon opens a
    turn at its line's start; the person is the name without "同志", the page number no speech."""
    tei = tabled_tei("zh-party-meeting-comrade-wrapped.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["今天的会议主要研究春耕生产。先请农业局汇报，大家再讨论。"]
    assert texts(tei, "(//t:sp)[3]/t:p") == ["我补充一点，资金缺口还有八十万元。"]


def test_the_closing_list_of_participants_is_no_turns() -> None:
    """ "Duration: 27 minutes" / "Call participants:" / "Ilse Marquardt -- Chief Executive Officer"
    / "Osei Boateng -- Fenwick Capital -- Analyst" / "More TMSN analysis": the names who spoke
    listed after the last turn are paragraphs, no silent turns; the site's lines no speech."""
    tei = tabled_tei("en-earnings-call-closing-participants.txt")
    assert texts(tei, "(//t:sp)[last()]/t:p") == ["In the first quarter, Osei."]
    assert texts(tei, "//t:div/t:p")[-3:] == [
        "Call participants:",
        "Ilse Marquardt -- Chief Executive Officer",
        "Osei Boateng -- Fenwick Capital -- Analyst",
    ]
    assert not tei.xpath("//t:gap", namespaces=NS)
