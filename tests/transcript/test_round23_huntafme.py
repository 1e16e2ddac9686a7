"""Records of Africa, the Middle East, Central Asia and the Caucasus in the shapes their copies
print (samples written for these tests in the records' layouts, the names invented; their labels
in turns.toml, their persons in ids.toml): a Commonwealth Hansard's events narrated without
brackets, an oath and a bill's referral between the turns, the Turkish Assembly's votes
collected, a Knesset committee's roll of those present, a party named "Mouvement …" in a label's
brackets, the Bunge's oath, the chair named over an Azerbaijani stenogram and a tribunal's
transcript flattened with its line numbers."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, tabled_tei, texts


def _between_turns(tei: etree._Element) -> list[str]:
    """The stages of *tei* that stand between the turns, not inside a paragraph, as printed."""
    return texts(tei, "//t:body//t:stage[not(ancestor::t:p)]")


def test_a_hansards_unbracketed_events_of_the_sitting_are_stages_between_the_turns() -> None:
    # "Business was suspended from … until ….", "The President entered the Assembly Chamber
    # escorted by Madam Speaker.", "Madam Speaker indicated assent.": the record's narration
    tei = tabled_tei("en-zm-assembly-unbracketed-events.txt")
    assert _between_turns(tei) == [
        "Business was suspended from 0903 hours until 0950 hours.",
        "The President entered the Assembly Chamber escorted by Madam Speaker.",
        "Madam Speaker indicated assent.",
    ]
    assert not any("indicated" in p for p in texts(tei, "//t:sp/t:p"))


def test_a_member_who_subscribed_to_the_oath_is_no_label_and_the_bills_referral_no_turn() -> None:
    # "HON. X subscribed to the Oath of Loyalty … and took his seat – [HON. MEMBERS: …] –" is the
    # record's line, not a label ending in a dash; "Bill referred to the … Committee." goes on no turn
    tei = tabled_tei("en-zw-oath-subscribed-bill-referred.txt")
    assert _between_turns(tei)[-2:] == [
        "Bill read the first time.",
        "Bill referred to the Parliamentary Legal Committee.",
    ]
    assert not any("subscribed" in label for label in texts(tei, "//t:speaker"))


def test_the_turkish_assemblys_votes_collected_and_opened_are_events_of_the_sitting() -> None:
    # "… dağıtıldı. (Oyların toplanmasına devam edildi)": the ballots collected, no words of his
    tei = tabled_tei("tr-tbmm-votes-collected.txt")
    stages = tei.xpath("//t:body//t:stage", namespaces=NS)
    assert [(s.get("type"), s.xpath("string()")) for s in stages] == [
        ("other", "(Oyların toplanmasına devam edildi)"),
        ("other", "(Oylamaya başlandı)"),
    ]


def test_a_knesset_committees_roll_of_those_present_is_the_head_not_its_turns() -> None:
    # "נוכחים" (present) heads the roll: its last name and the agenda's heading open no turn
    tei = tabled_tei("he-knesset-committee-present-roll.txt")
    assert texts(tei, "//t:front/t:div[@type='list']/t:p")[:2] == ["נוכחים", "חברי הוועדה"]


def test_a_party_named_mouvement_in_a_labels_brackets_is_no_stage_of_the_hall() -> None:
    # "(Mouvement Ennahdha)" is the member's party; "(Mouvements divers)" alone is the hall's noise
    tei = tabled_tei("fr-tn-arp-mouvement-party.txt")
    assert tei.xpath("//t:speaker/t:stage", namespaces=NS) == []
    assert [s.get("type") for s in tei.xpath("//t:body//t:stage", namespaces=NS)] == ["noise"]


def test_the_bunges_oath_taken_is_the_records_line_between_the_turns() -> None:
    tei = tabled_tei("sw-bunge-kiapo.txt")
    assert "Mheshimiwa Mbunge afuatae aliapa Kiapo cha Uaminifu:-" in _between_turns(tei)


def test_the_chair_named_over_an_azerbaijani_stenogram_is_the_chairs_label() -> None:
    # "Sədrlik edən: Milli Məclisin sədri X" names who presides: "Sədr." is she
    tei = tabled_tei("az-milli-mejlis-sedrlik.txt")
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["sabina-aliyeva"]
    assert texts(tei, "//t:front/t:div[@type='presiding']/t:p") == [
        "Sədrlik edən: Milli Məclisin sədri Səbinə Əliyeva"
    ]


def test_a_flattened_transcripts_line_numbers_count_on_past_a_speechs_short_last_line() -> None:
    # "… on the same 10 matter? 11 MR X: No, My Lord. 12 JUDGE Y: Very well. 13 …": the short
    # lines that end a speech are lines too, so the numbers before the labels are taken off
    tei = tabled_tei("en-tribunal-flattened-numbers-short-lines.txt")
    assert not any(p.split()[-1].isdigit() for p in texts(tei, "//t:sp/t:p"))


def test_a_hansards_communication_from_the_chair_is_a_heading_and_an_oath_taken_a_stage() -> None:
    # "COMMUNICATION FROM THE CHAIR" alone over the chair's words heads them, no one's label;
    # "Hon. Senator X took an Oath of Allegiance" is the record's line
    tei = tabled_tei("en-ls-senate-communication-oath.txt")
    assert "COMMUNICATION FROM THE CHAIR" in texts(tei, "//t:body//t:head")
    assert "Hon. Senator T. M. Letsie took an Oath of Allegiance" in _between_turns(tei)


def test_the_majlis_halls_answer_after_it_was_said_is_an_interjection() -> None:
    # "(گفته شد خیر)", "it was said: no": the hall answers the chair, other voices unnamed
    tei = tabled_tei("fa-majlis-goft-shod.txt")
    stages = tei.xpath("//t:body//t:stage", namespaces=NS)
    assert [(s.get("type"), s.xpath("string()")) for s in stages] == [
        ("interjection", "(گفته شد خیر)"),
        ("interjection", "(گفته شد - صحیح است)"),
    ]


def test_a_roll_name_printed_again_under_the_agenda_opens_the_first_turn() -> None:
    # the Speaker of the Knesset sits on the roll ("יושב-ראש הכנסת X") and opens the sitting under
    # the agenda's item with the same line: his first turn, the roll and agenda above it the head's
    tei = tabled_tei("he-knesset-committee-roll-name-label.txt")
    assert texts(tei, "//t:front//t:p")[-2:] == [
        "סדר היום",
        "בחירת יושב ראש הוועדה (בהתאם לסעיף 10 לתקנון הכנסת).",
    ]
