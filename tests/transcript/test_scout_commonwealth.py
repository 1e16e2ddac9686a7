"""Hansards of Africa, South and South-East Asia: the forms of address of India and Malaysia
(Shri, Shrimati, Tan Sri, Dato' Sri, Hajah, "binti"), the House's voices without a stop after
"Hon", the procedural lines ("Question put.", "Motion put and agreed to.") between turns, and a
heading with a dash and a note in lower case that is no label."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, name_parts_of, sample_tei, text_tei, turn_ids


def test_the_malaysian_titles_and_the_patronymic_link_are_no_forenames() -> None:
    tei = sample_tei("ms-dewan-rakyat-head.txt")
    assert turn_ids(tei) == TURN_IDS["ms-dewan-rakyat-head.txt"]
    assert name_parts_of(tei, "tan-sri-dato-sri-haji-ahmad-bin-hassan") == [
        ("roleName", "honorific", "Tan"),
        ("roleName", "honorific", "Sri"),
        ("roleName", "honorific", "Dato'"),
        ("roleName", "honorific", "Sri"),
        ("roleName", "honorific", "Haji"),
        ("surname", None, "Ahmad"),
        ("nameLink", None, "bin"),
        ("addName", "patronym", "Hassan"),
    ]
    assert name_parts_of(tei, "puan-hajah-siti-aminah-binti-yusof")[:2] == [
        ("roleName", "honorific", "Puan"),
        ("roleName", "honorific", "Hajah"),
    ]
    member = tei.xpath("//t:person[@xml:id='puan-hajah-siti-aminah-binti-yusof']", namespaces=NS)[0]
    assert member.get("role") == "Kuala Terengganu"  # the seat, not the member's name


def test_shri_and_shrimati_are_forms_of_address() -> None:
    tei = sample_tei("en-lok-sabha-head.txt")
    assert name_parts_of(tei, "shri-anil-kumar-singh")[0] == ("roleName", "honorific", "Shri")
    assert name_parts_of(tei, "shrimati-sunita-devi")[0] == ("roleName", "honorific", "Shrimati")


def test_the_houses_voices_are_groups_with_or_without_a_stop_after_hon() -> None:
    tei = sample_tei("en-za-hansard-head.txt")
    assert turn_ids(tei) == TURN_IDS["en-za-hansard-head.txt"]
    groups = tei.xpath("//t:personGrp/@xml:id", namespaces=NS)
    assert "an-hon-member" in groups
    tei = text_tei(
        "Mr Speaker: Order!\n\nHon. Opposition Members: Question!\n\n"
        "Some Hon Members: Hear! Hear!\n\nMr Speaker: Order, order.\n"
    )
    assert tei.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["hon-opposition-members", "some-hon-members"]


def test_procedural_lines_stand_between_turns() -> None:
    for sample, lines in (
        ("en-za-hansard-head.txt", ["Question put.", "Agreed to."]),
        ("en-zw-hansard-head.txt", ["Motion put and agreed to."]),
    ):
        tei = sample_tei(sample)
        assert tei.xpath("//t:body/t:div/t:stage/text()", namespaces=NS) == lines
        assert turn_ids(tei) == TURN_IDS[sample]


@pytest.mark.parametrize(
    ("sample", "note"), [("en-za-announcements-heading.txt", "see"), ("en-za-announcements-see.txt", "See")]
)
def test_a_heading_with_a_dash_and_a_note_is_no_label(sample: str, note: str) -> None:
    """The heading's note refers the reader on, in lower case or with a capital: no speech."""
    tei = sample_tei(sample)
    assert tei.xpath("//t:body/t:div/t:p/text()", namespaces=NS) == [
        f"ANNOUNCEMENTS, TABLINGS AND COMMITTEE REPORTS – {note} col 000."
    ]
    assert not tei.xpath("//t:person[starts-with(@xml:id, 'announcements')]", namespaces=NS)


def _role(tei: etree._Element, ident: str) -> str | None:
    return tei.xpath(f"//t:person[@xml:id='{ident}']", namespaces=NS)[0].get("role")


def test_the_states_vice_president_who_addresses_the_speaker_is_no_chair() -> None:
    tei = sample_tei("en-zm-vice-president.txt")
    assert _role(tei, "dr-mulenga") == "The Vice-President"
    assert _role(tei, "mr-speaker") == "chair"
    tei = text_tei(
        "The SPEAKER: Order! The Chief Whip.\n\n"
        "The CHIEF WHIP OF THE MAJORITY PARTY: Speaker, I move the draft resolution.\n\n"
        "The DEPUTY PRESIDENT: Speaker, the Government supports it.\n\n"
        "The SPEAKER: Order!\n"
    )
    assert _role(tei, "the-speaker") == "chair"
    assert _role(tei, "the-deputy-president") is None
    # an office, no name: "The CHIEF WHIP …" has no forename WHIP; cased after its article
    names = tei.xpath(
        "//t:person[@xml:id='the-chief-whip-of-the-majority-party']/t:persName[1]", namespaces=NS
    )
    assert names[0].xpath("string()") == "The Chief Whip of the Majority Party"
    assert len(names[0]) == 0


def test_a_president_who_chairs_stays_the_chair() -> None:
    tei = text_tei("THE PRESIDENT. The session is called to order.\n\nSEN. CRUZ. Mr. President, I move.\n")
    assert _role(tei, "the-president") == "chair"


def _affiliation(tei: etree._Element, ident: str) -> list[str]:
    return tei.xpath(f"//t:person[@xml:id='{ident}']/t:affiliation/text()", namespaces=NS)


def test_a_party_before_the_seat_and_a_holder_after_the_portfolio() -> None:
    tei = sample_tei("en-ug-hansard-head.txt")
    # the chair is the holder "(The Speaker, Mr Edward Kiwanuka, in the Chair.)" names
    assert turn_ids(tei) == ["edward-kiwanuka", "ms-jane-nakato", "mr-peter-okello", "dr-ruth-akello"]
    assert _affiliation(tei, "ms-jane-nakato") == ["FDC"]
    assert _affiliation(tei, "mr-peter-okello") == ["NRM"]
    assert _role(tei, "dr-ruth-akello") == "MINISTER OF STATE FOR HEALTH (PRIMARY HEALTH CARE)"
    assert _affiliation(tei, "dr-ruth-akello") == []


def test_a_constituency_in_capitals_is_the_role_no_party() -> None:
    tei = sample_tei("en-lok-sabha-constituency.txt")
    assert _role(tei, "shri-ramesh-yadav") == "GORAKHPUR"
    assert _role(tei, "dr-k-prakash-reddy") == "NALGONDA"
    assert _affiliation(tei, "shri-ramesh-yadav") == _affiliation(tei, "dr-k-prakash-reddy") == []
    # a party's acronym stays the party
    tei = text_tei(
        "The SPEAKER: Order!\n\nMr A B DLAMINI (AIADMK): Speaker, thank you.\n\nThe SPEAKER: Order!\n"
    )
    assert _affiliation(tei, "mr-a-b-dlamini") == ["AIADMK"]


def test_an_office_in_the_brackets_is_the_role_no_party() -> None:
    tei = sample_tei("pt-br-stf.txt")
    assert _role(tei, "o-senhor-ministro-alexandre-moura") == "RELATOR"
    assert _affiliation(tei, "o-senhor-ministro-alexandre-moura") == []


def test_a_web_copys_name_and_hour_of_the_day_alone_over_the_speech() -> None:
    """Ghana's Hansard on the web: "Mr Speaker 10:30 a.m." over the speech, the hour the turn's
    time; "PRAYERS 12:55 p.m." a heading with its hour, no label."""
    tei = sample_tei("en-gh-web-name-hour.txt")
    assert turn_ids(tei) == [
        "mr-speaker",
        "mr-kwame-annoh",
        "mr-speaker",
        "mr-haruna-mensah",
        "mr-first-deputy-speaker",
    ]
    assert tei.xpath("//t:sp/t:speaker/t:time/text()", namespaces=NS)[-1] == "11 a.m."
    assert tei.xpath("//t:body//t:head/text()", namespaces=NS) == ["PRAYERS 12:55 p.m."]
    assert tei.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == "2017-06-07"


def test_the_philippine_senates_opening_and_suspension_lines() -> None:
    """ "At 3:00 p.m., the Senate President, Hon. X, called the session to order." is the head's
    line naming the chair, no title, its holder the person of "THE PRESIDENT."; "[There was
    none.]" a note of the sitting; "It was 3:45 p.m." stands between turns."""
    tei = sample_tei("en-stage-ph-senate.txt")
    assert tei.xpath("//t:front/t:div[@type='presiding']/t:p/text()", namespaces=NS) == [
        "At 3:00 p.m., the Senate President, Hon. Juan Santos, called the session to order."
    ]
    assert turn_ids(tei)[0] == "juan-santos"
    assert tei.xpath("//t:body/t:div/t:stage/text()", namespaces=NS) == ["It was 3:45 p.m."]
    tei = sample_tei("en-senate-ph-wrapped.txt")
    assert tei.xpath("//t:body/t:div/t:stage/text()", namespaces=NS)[:1] == ["It was 4:02 p.m."]


def test_the_reporters_take_is_furniture_and_the_hour_a_line_between_turns() -> None:
    """India's uncorrected debates: "(1105/SNB/RC)", the reporters' take, is no text of the
    record; "12.00 hrs" marks the hour between turns."""
    tei = sample_tei("en-lok-sabha-take-hour.txt")
    assert "SNB" not in tei.xpath("string(//t:body)", namespaces=NS)
    assert tei.xpath("//t:body/t:div/t:stage/t:time/text()", namespaces=NS) == ["12.00 hrs"]


def test_the_chairs_label_under_a_heading_in_capitals_opens_the_first_turn() -> None:
    tei = sample_tei("en-ng-prayers-heading.txt")
    assert turn_ids(tei) == TURN_IDS["en-ng-prayers-heading.txt"]
    assert name_parts_of(tei, "hon-alhaji-musa-danjuma")[:2] == [
        ("roleName", "honorific", "Hon."),
        ("roleName", "honorific", "Alhaji"),
    ]
    assert tei.xpath("//t:body//t:head/text()", namespaces=NS) == ["PRAYERS"]
