"""Label shapes of the records of Asia, the Pacific and the Middle East as their copies print
them (samples written for these tests in the records' shapes, the names invented; their labels
in turns.toml, their persons in ids.toml)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, sample_tei, speakers, tabled_tei


def test_a_flattened_assemblys_members_with_their_seats_open_turns_inside_the_line() -> None:
    # one paragraph of a web copy: "… dağıtıldı. (…) SELMA GÜRSOY (Bursa) - Sayın Başkan, …"
    tabled_tei("tr-tbmm-flattened-dash.txt")


def test_a_record_in_english_with_passages_in_maori_is_english() -> None:
    # Māori writes ā, ē and ō; Latvian, which writes the first two, never the last
    tei = tabled_tei("en-nz-reo-maori.txt")
    assert tei.xpath("//t:langUsage/t:language/@ident", namespaces=NS) == ["en"]


def test_a_day_line_with_its_civil_date_in_brackets_is_no_label() -> None:
    # "יום שני, ג' בתמוז התשמ"ט (6 ביולי 1989). שעה 10;00" over the roll: the sitting's day
    tei = sample_tei("he-knesset-ocr-date-brackets.txt")
    assert speakers(etree.tostring(tei)) == []
    assert tei.xpath("//t:settingDesc//t:date/@when", namespaces=NS) == ["1989-07-06"]


def test_the_speaker_who_took_the_chair_and_invited_a_member_to_pray_is_the_chair() -> None:
    # the Deputy Speaker took it first; "Mr SPEAKER –" below is the Speaker named later
    tei = tabled_tei("en-pg-chair-invites-prayers.txt")
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["joseph-tamuka"]


def test_a_dashed_label_whose_speech_sets_off_a_clause_with_a_dash_is_a_turn() -> None:
    # "Mr PAUL KERENGA (Ialibu – Minister for Treasury) – I move – That …": the second dash is the speech's
    tabled_tei("en-pg-dashed-motion.txt")


def test_the_speaker_set_off_by_a_comma_before_the_holder_in_brackets_is_the_chair() -> None:
    # "The Speaker, (Mr Joseph Tamuka) took the Chair.": "Mr SPEAKER -" is Joseph Tamuka
    tabled_tei("en-pg-speaker-comma-chair.txt")


def test_the_first_label_under_a_roll_of_guests_in_the_same_paragraph_opens_a_turn() -> None:
    # "نادر العتيبي" / "سامر الخطيب: أهلا بكم …": a name's line ends what is above the label
    tabled_tei("ar-tv-guests-roll-first-label.txt")
