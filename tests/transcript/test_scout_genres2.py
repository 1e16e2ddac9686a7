"""Records of other genres, second round, in the shapes the real ones print (names invented):
courts' offices of two words before a name (`CHIEF JUSTICE ROBERTS:`), congress chairs with
their holder in parentheses, in Cyrillic after an abbreviated form of address (`ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ
(т. Андреев).`) and in a script without case (`主席（蘇嘉全）：`)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, SAMPLES, name_parts_of, sample_tei, speakers, turn_ids
from stenogram.tei.convert import convert_text


def test_an_office_of_two_words_before_a_name_is_one_role_name() -> None:
    tei = sample_tei("en-scotus-appearances.txt")
    assert name_parts_of(tei, "chief-justice-hale") == [
        ("roleName", "office", "Chief Justice"),
        ("surname", None, "Hale"),
    ]
    assert name_parts_of(tei, "justice-okafor") == [
        ("roleName", "honorific", "Justice"),
        ("surname", None, "Okafor"),
    ]


def test_a_congress_chair_is_the_holder_named_after_the_abbreviated_form_of_address() -> None:
    sample = "ru-congress-chair-holder.txt"
    tei = sample_tei(sample)
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == [
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ (т. Суворин).",
        "ЛАПИН.",
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ (т. Суворин).",
    ]
    assert turn_ids(tei) == ["t-suvorin", "lapin", "t-suvorin"]
    assert tei.xpath("//t:person[@xml:id='t-suvorin']/@role", namespaces=NS) == ["chair"]
    assert name_parts_of(tei, "t-suvorin")[-1] == ("surname", None, "Суворин")


def test_a_chair_s_holder_in_a_script_without_case_is_the_person() -> None:
    tei = sample_tei("zh-tw-chair-holder.txt")
    assert turn_ids(tei) == ["王大明", "李委員志強", "陳部長文華", "王大明"]
    assert tei.xpath("//t:person[@xml:id='王大明']/@role", namespaces=NS) == ["chair"]


def test_how_a_speech_is_given_names_no_holder() -> None:
    tei = sample_tei("zh-un-fullwidth-roles.txt")
    assert turn_ids(tei)[0] == turn_ids(tei)[-1] == "主席"


def test_questions_under_a_heading_naming_a_role_are_whoever_spoke_in_it() -> None:
    tei = sample_tei("en-inquiry-counsel-role.txt")
    assert turn_ids(tei) == [
        "the-chair",
        "mr-abbott",
        "mr-abbott",
        "dr-helen-fenwick",
        "mr-abbott",
        "dr-helen-fenwick",
        "the-chair",
    ]
    tei = sample_tei("en-inquiry-counsel-label.txt")
    assert turn_ids(tei) == [
        "counsel-to-the-inquiry",
        "counsel-to-the-inquiry",
        "mr-daniel-okoro",
        "counsel-to-the-inquiry",
        "mr-daniel-okoro",
        "the-chair",
    ]
    heads = tei.xpath("//t:head/text()", namespaces=NS)
    assert "Examination by Counsel to the Inquiry" in heads


def test_a_un_meeting_record_s_header_is_its_title_date_and_roster() -> None:
    sample = "en-un-sc-header.txt"
    tei = etree.fromstring(convert_text((SAMPLES / sample).read_bytes(), sample).tei)
    title = tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS)
    assert title == "United Nations Security Council Seventy-eighth year 9000th meeting"
    assert tei.xpath("string(//t:sourceDesc/t:bibl/t:idno[@type='symbol'])", namespaces=NS) == "S/PV.9000"
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "2023-04-03"
    front = [" ".join(p.split()) for p in tei.xpath("//t:front//t:p/text()", namespaces=NS)]
    assert any(line.startswith("Members: Eastmark") for line in front)
    assert any(line.startswith("Westria .") for line in front)
    assert speakers(etree.tostring(tei)) == [
        "The President:",
        "Mr. Halloran (Eastmark):",
        "Ms. Dovrenko (Southern Isles) (spoke in French):",
        "The President:",
        "Mr. Pavlenko (Westria):",
    ]


def test_a_gpo_hearing_s_cover_gives_its_date_past_its_heading_lines() -> None:
    tei = sample_tei("en-us-gpo-hearing-cover.txt")
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "2005-07-20"
    assert turn_ids(tei) == ["mr-halvorsen", "mr-brandt", "mr-halvorsen"]


def test_an_inquiry_day_s_date_over_its_clock_one_paragraph_a_line() -> None:
    tei = sample_tei("en-inquiry-day-lines.txt")
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "Tuesday, 8 March 2022"
    assert tei.xpath("//t:body//t:stage/text()", namespaces=NS)[:2] == ["(10.00 am)", "(10.05 am)"]
    assert turn_ids(tei)[-2:] == ["ms-carrow", "mr-roland-pell"]


def test_a_un_item_s_heading_glued_to_the_president_s_label_is_the_heading_then_the_label() -> None:
    # "The situation in the Lake Marova basin The President (spoke in Spanish): …", one line
    tei = sample_tei("en-un-sc-heading-glued-label.txt")
    assert tei.xpath("//t:body//t:head/text()", namespaces=NS) == [
        "Adoption of the agenda",
        "The situation in the Lake Marova basin",
    ]
    assert speakers(etree.tostring(tei))[0] == "The President (spoke in Spanish):"
    assert turn_ids(tei) == ["the-president", "ms-tervala", "mr-odhiambo"]
