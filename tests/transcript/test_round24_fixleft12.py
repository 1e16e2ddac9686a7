"""Round 24, the shapes the last round's hunters left, second half: each mended for the genre,
kept here as its record prints it."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts, turn_ids


def test_a_delegate_named_by_province_is_that_delegations_voice() -> None:
    tei = tabled_tei("en-congress-delegate-province.txt")
    who = [sp.get("who") for sp in tei.xpath("//t:body//t:sp", namespaces=NS)]
    assert who[1:4] == ["#delegate-eastern-cape", "#delegate-gauteng", "#delegate-limpopo"]
    assert who[5] == "#delegate-gauteng"
    assert texts(tei, "//t:person[@xml:id='delegate-gauteng']/t:affiliation") == ["Gauteng"]
    assert texts(tei, "//t:person[@xml:id='delegate-eastern-cape']/t:persName[1]") == ["Delegate"]


def test_the_prayer_after_the_interpreters_angle_brackets_is_a_stage() -> None:
    tei = tabled_tei("en-nu-hansard-chevron-prayer.txt")
    assert texts(tei, "//t:body//t:stage") == [">>Prayer", ">>Applause"]
    assert len(texts(tei, "//t:body//t:sp")) == 5
    assert texts(tei, "(//t:sp)[5]/t:p")[0].startswith("Thank you, Mr. Speaker. Prayer has")


def test_the_halls_event_in_one_capitals_word_before_a_label_is_a_stage_between_the_turns() -> None:
    tei = tabled_tei("en-ke-flattened-applause-word-before-label.txt")
    assert texts(tei, "//t:body//t:speaker")[2] == "MR. OTIENO:"
    assert [(s.get("type"), s.text) for s in tei.xpath("//t:body//t:stage", namespaces=NS)] == [
        ("applause", "APPLAUSE"),
        ("laughter", "LAUGHTER"),
    ]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Thank you, Mr. Speaker. This House has waited long enough for the roads bill, and I thank you."
    ]


def test_the_halls_longer_event_in_capitals_before_a_label_is_a_stage_too() -> None:
    tei = tabled_tei("en-ke-flattened-capitals-applause-before-label.txt")
    assert texts(tei, "//t:body//t:stage") == ["APPLAUSE FROM GOVERNMENT BENCHES"]
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Thank you, Mr. Speaker. I commend the Bill to the House."]


def test_headings_in_capitals_joined_by_of_are_no_speakers() -> None:
    tei = tabled_tei("en-hansard-capitals-headings-narrated.txt")
    assert texts(tei, "//t:body//t:speaker") == ["Mr SPEAKER -", "Mr SPEAKER -", "Mr PETER WAMBI -"]
    assert texts(tei, "//t:body//t:head") == ["RETURN OF WRITS", "ENTRANCE OF THE GOVERNOR - GENERAL"]
    assert texts(tei, "//t:body/t:div[1]/t:p")[0].startswith("The Clerk informed")


def test_a_lords_minister_alone_with_department_holder_and_party_is_the_holder() -> None:
    tei = tabled_tei("en-uk-lords-minister-department-two-brackets.txt")
    assert turn_ids(tei) == [
        "lord-beispiel-of-musterhaven",
        "baroness-muster",
        "lord-beispiel-of-musterhaven",
        "baroness-muster",
    ]
    person = "//t:person[@xml:id='baroness-muster']"
    assert tei.xpath(f"{person}/@role", namespaces=NS) == ["Minister of State, Department for Transport"]
    assert texts(tei, f"{person}/t:affiliation") == ["Lab"]


def test_oaths_the_cheer_inside_them_and_the_members_listed_are_stages_of_the_proceedings() -> None:
    tei = tabled_tei("en-zw-oath-members-cheer-and-list.txt")
    assert texts(tei, "//t:body//t:speaker") == ["THE HON. SPEAKER:", "THE HON. SPEAKER:", "HON. MADZIVA:"]
    stages = texts(tei, "//t:body/t:div/t:stage")
    assert [stage.split(" subscribed")[0].split(" made")[0] for stage in stages[:2]] == [
        "HON. FARAI MUCHENGETI",
        "HON. RUMBIDZAI NHEMA",
    ]
    assert stages[2:] == [
        "The following Members took and subscribed the Oath of Loyalty:",
        "Hon. Tapiwa Marufu",
        "Hon. Chipo Zvavamwe",
    ]
    assert texts(tei, "//t:body//t:head") == ["PRAYERS"]


def test_a_question_times_headings_give_the_question_to_its_asker_and_the_answer_to_the_minister() -> None:
    tei = tabled_tei("en-au-tas-question-answer-headings.txt")
    assert texts(tei, "//t:body//t:head")[-2:] == [
        "Ms HARROWAY question to MINISTER for HEALTH, Mr QUINLEY",
        "ANSWER",
    ]
    assert texts(tei, "(//t:sp)[1]/t:p")[0].endswith("When will the waiting list fall?")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Mr Speaker, I thank the member")


def test_the_rada_chairs_holder_run_on_is_told_from_the_member_called_by_the_next_turn() -> None:
    tei = tabled_tei("uk-rada-holder-run-on-before-speech.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("Продовжуємо розгляд")
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Мороз Л.В. Будь ласка, вам три хвилини."]
    assert tei.xpath("//t:person[@xml:id='stefanyuk-r-o']/@role", namespaces=NS) == ["chair"]
