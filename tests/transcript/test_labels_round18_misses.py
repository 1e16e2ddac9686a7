"""Shapes of real records an earlier round read wrongly, each in an invented sample (names
invented; their labels in turns.toml, their persons in ids.toml)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, sample_tei, speakers, turn_ids


def test_a_bare_name_alone_in_a_script_without_case_is_a_guest_label() -> None:
    """A Knesset committee's guest by her bare name alone above the speech, printed once beside
    the chair's "היו"ר X": her turn; the protocol had been paragraphs under the chair's first turn,
    the colon inside the chair's first sentence read as a label's."""
    ids = turn_ids(sample_tei("he-knesset-guest-bare-alone.txt"))
    assert ids == ["היו-ר-אורנה-שפירא", "גלעד-אורנשטיין", "היו-ר-אורנה-שפירא"]


def test_a_roll_of_names_one_a_line_opens_no_turn() -> None:
    """The host's name alone over the guests' names alone, one a line, above the first turn: a
    roll, no turn of the host's whose speech is the guests' names."""
    root = sample_tei("en-tv-guests-roll-bare.txt")
    assert speakers(etree.tostring(root))[0] == "Tobias Wrenfield:"
    assert len(turn_ids(root)) == 4


def test_a_ministry_named_between_the_office_and_its_holder_is_no_sentence() -> None:
    """ "Bộ trưởng Bộ Kế hoạch và Đầu tư X:" printed once: the words in lower case of the
    ministry's name are its portfolio, no sentence's; the minister's turn had been lost."""
    root = sample_tei("vi-qh-minister-department-once.txt")
    assert speakers(etree.tostring(root))[1] == "Bộ trưởng Bộ Kế hoạch và Đầu tư Phạm Quốc Bảo:"


def test_the_holder_after_an_office_in_lower_case_in_brackets_is_the_person() -> None:
    """ "Rättens ordförande (rådmannen Karin Sjövall):": the office in its definite form before the
    capitalised name in the brackets names the chair, as a form of address would; the person
    had been the part alone, the holder left in its role."""
    root = sample_tei("sv-tingsratt-office-holder-brackets.txt")
    chair = root.xpath("//t:person[@xml:id='radmannen-karin-sjovall']", namespaces=NS)[0]
    assert chair.get("role") == "chair"
    assert chair.xpath("./t:persName[1]/t:surname/text()", namespaces=NS) == ["Sjövall"]


def test_a_bare_caption_mark_opens_an_unnamed_speakers_turn() -> None:
    """ ">> THANK YOU, MAYOR. …" under ">> MAYOR X: …": the captioner's mark of a change of speaker
    with no name opens a turn of a speaker the captions do not name; the words had been a
    paragraph of the mayor's."""
    root = sample_tei("en-us-council-captions-bare-change.txt")
    ids = turn_ids(root)
    assert ids[1] == ids[4] == "unidentified-speaker"
    assert root.xpath("//t:sp[2]/t:p[1]/text()", namespaces=NS)[0].startswith("THANK YOU, MAYOR.")


def test_a_label_in_lower_case_after_the_caption_mark_is_read() -> None:
    """ ">> mr. halberg: we moved …": captions typed in lower case print their labels so after the
    mark; the person is named as the capitalised label would name them. The captions had been
    paragraphs with no speaker."""
    root = sample_tei("en-us-captions-lower-case.txt")
    person = root.xpath("//t:person[@xml:id='mr-halberg']", namespaces=NS)[0]
    assert person.xpath("./t:persName[1]/t:surname/text()", namespaces=NS) == ["Halberg"]


def test_the_halls_event_between_a_name_and_its_colon_is_a_stage() -> None:
    """ "VALDAMERI (applausi):": the applause in the label's brackets is a stage inside the
    speaker, no role of the person's (who had been given the role "applausi")."""
    root = sample_tei("it-congresso-applause-before-colon.txt")
    person = root.xpath("//t:person[@xml:id='valdameri']", namespaces=NS)[0]
    assert person.get("role") is None
    stage = root.xpath("//t:sp[2]/t:speaker/t:stage", namespaces=NS)[0]
    assert (stage.get("type"), stage.text) == ("applause", "(applausi)")
    printed = [speaker.xpath("string()") for speaker in root.xpath("//t:sp/t:speaker", namespaces=NS)]
    assert printed == ["PRESIDENTE:", "VALDAMERI (applausi):", "PRESIDENTE:", "SORBELLI (vivi applausi):"]


def test_a_label_in_capitals_after_a_semicolon_of_a_flattened_page_opens_a_turn() -> None:
    """ "… the bill on county roads; MR. WENLOCK: Mr. Chairman, …" on one line: the label after the
    semicolon opens his turn; it had been words of the chair's speech."""
    root = sample_tei("en-committee-flattened-semicolon.txt")
    assert turn_ids(root) == ["the-chairman", "mr-wenlock", "the-chairman", "mr-tremaine"]


def test_the_floor_given_with_the_following_words_is_a_label() -> None:
    """ "Chefen för kommunikationsdepartementet, herr statsrådet Lindroth, yttrade med följande ord:":
    the verb and its "with the following words" give the floor, no words of the person; the
    minister's turn had been a paragraph of the member's."""
    assert turn_ids(sample_tei("sv-riksdag-foljande-ord.txt")) == [
        "herr-ekwall",
        "statsradet-lindroth",
        "herr-ekwall",
    ]
