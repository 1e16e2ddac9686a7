"""Records of Africa and the Middle East: their Hansards, comptes rendus, minutes and Bunge
debates, each test one shape of an excerpt as the record prints it."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, speakers, text_tei, texts, turn_ids


def test_a_web_hansards_name_and_hour_inside_hard_wrapped_lines() -> None:
    """Ghana's web copy with its speech hard-wrapped and no blank line between turns: each "Name
    10:20 a.m." under a line that ends a sentence opens a turn ("Prof" a form of address with no
    stop); the chair's office alone over "PRAYERS 10:20 a.m." is the head's, no turn."""
    tei = sample_tei("en-gh-web-wrapped-name-hour.txt")
    assert speakers(etree.tostring(tei)) == TURNS["en-gh-web-wrapped-name-hour.txt"]
    assert turn_ids(tei) == TURN_IDS["en-gh-web-wrapped-name-hour.txt"]
    assert texts(tei, "//t:front/t:div[@type='presiding']") == ["MR FIRST DEPUTY SPEAKER"]
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Mr Speaker, on page 4, item numbered 7, my name is among those absent, but I was in "
        "the Chamber throughout the Sitting."
    ]


def test_the_chairs_office_alone_over_a_salutation_alone() -> None:
    """A compte rendu in extenso prints the office alone in capitals, the salutation alone on the
    line below ("Mesdames et Messieurs,", "Monsieur le Président,"): the speech opens there."""
    tei = sample_tei("fr-sn-president-alone-salutation.txt")
    assert speakers(etree.tostring(tei)) == TURNS["fr-sn-president-alone-salutation.txt"]
    assert turn_ids(tei) == TURN_IDS["fr-sn-president-alone-salutation.txt"]
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Monsieur le Président,")


def test_a_member_escorted_to_the_bar_is_no_label_of_initials() -> None:
    """ "Mr K. L. Phiri was escorted to the Bar …": a form of address, initials and the surname
    after them open a sentence, the stenographer's, not a label "Mr K. L."."""
    tei = sample_tei("en-zm-escorted-initials.txt")
    assert turn_ids(tei) == TURN_IDS["en-zm-escorted-initials.txt"]
    assert texts(tei, "//t:body//t:stage") == [
        "Mr K. L. Phiri was escorted to the Bar by the Serjeant-at-Arms."
    ]


def test_an_interjection_a_blank_line_cut_is_one() -> None:
    """Zimbabwe's Hansard on the web sets blank lines inside a speech: "– [HON." / "MEMBERS:
    Hear, hear.]" is the hall's one interjection, no turn of "MEMBERS"."""
    tei = sample_tei("en-zw-cut-interjection.txt")
    assert turn_ids(tei) == TURN_IDS["en-zw-cut-interjection.txt"]
    assert texts(tei, "//t:sp[1]//t:stage") == ["[HON. MEMBERS: Hear, hear.]"]


def test_the_number_present_is_the_heads_no_speaker() -> None:
    """ "عدد الحضور: (231) نائباً." (the number present) over the Iraqi Council's first turn is
    a line of the head, no speaker whose speech is the count."""
    tei = sample_tei("ar-iq-attendance-field.txt")
    assert speakers(etree.tostring(tei)) == TURNS["ar-iq-attendance-field.txt"]
    assert texts(tei, "//t:front/t:div[@type='list']") == ["عدد الحضور: (231) نائباً."]


def test_the_bunges_chair_read_the_prayer_and_its_swahili_date() -> None:
    """ "Spika (Mhe. Amina K. Juma) Alisoma Dua" names who holds the chair "SPIKA:" speaks in;
    "TAREHE 14 NOVEMBA, 2011" dates the sitting."""
    tei = sample_tei("sw-tz-bunge-chair-date.txt")
    assert turn_ids(tei) == TURN_IDS["sw-tz-bunge-chair-date.txt"]
    assert tei.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == "2011-11-14"


def test_a_ministrys_heading_with_its_hour_is_no_speaker() -> None:
    """ "MINISTRY OF ENERGY 10:05 a.m." heads the questions to a ministry, with its hour as every
    line of Ghana's web Hansard: a heading, as "ORAL ANSWERS TO QUESTIONS 10:05 a.m." is, though
    its first word opens as a minister's office does."""
    tei = sample_tei("en-gh-web-ministry-heading-hour.txt")
    assert turn_ids(tei) == TURN_IDS["en-gh-web-ministry-heading-hour.txt"]
    assert "MINISTRY OF ENERGY 10:05 a.m." in texts(tei, "//t:body//t:head")


def test_a_flattened_minutes_dashed_labels_after_its_head() -> None:
    """The Iraqi Council's minutes copied as one line, its head first: each "– name:-" after a
    sentence's stop opens a turn, as it would where the line opened with the dash."""
    tei = sample_tei("ar-iq-flattened-dash-labels.txt")
    assert speakers(etree.tostring(tei)) == TURNS["ar-iq-flattened-dash-labels.txt"]
    assert turn_ids(tei) == TURN_IDS["ar-iq-flattened-dash-labels.txt"]


def test_a_languages_name_and_colon_alone_marks_the_language_spoken() -> None:
    """South Africa's Hansard sets "IsiZulu:" or "Afrikaans:" alone where the speaker turns to
    that language and "English:" where they turn back: a mark of the language spoken, no
    speaker; the paragraph under it carries that language. "The MINISTER OF SPORT, ARTS AND
    CULTURE:" is one office, its portfolios after the comma no holder's name."""
    tei = sample_tei("en-za-language-marks.txt")
    assert speakers(etree.tostring(tei)) == TURNS["en-za-language-marks.txt"]
    assert turn_ids(tei) == TURN_IDS["en-za-language-marks.txt"]
    assert texts(tei, "//t:sp[1]/t:stage | //t:sp[2]/t:stage") == [
        "IsiZulu:",
        "English:",
        "Afrikaans:",
        "English:",
    ]
    assert tei.xpath("//t:p[starts-with(., 'Sanibonani')]/@xml:lang", namespaces=NS) == ["zu"]
    assert tei.xpath("//t:p[starts-with(., 'Ons erfenis')]/@xml:lang", namespaces=NS) == ["af"]
    assert tei.xpath("//t:p[starts-with(., 'I thank you')]/@xml:lang", namespaces=NS) == []
    assert texts(tei, "//t:person[@xml:id='the-minister-of-sport-arts-and-culture']/t:persName[1]") == [
        "The Minister of Sport, Arts and Culture"
    ]


def test_the_publishers_disclaimer_between_turns_is_no_speaker() -> None:
    """Kenya's Hansard prints its publisher's notice on every page ("Disclaimer: The electronic
    version of the Official Hansard Report is for information purposes only."): the page's
    furniture, listed as left out, never a speaker's turn nor words of the speech above it."""
    tei = sample_tei("en-ke-hansard-disclaimer.txt")
    assert speakers(etree.tostring(tei)) == TURNS["en-ke-hansard-disclaimer.txt"]
    assert turn_ids(tei) == TURN_IDS["en-ke-hansard-disclaimer.txt"]
    assert not any("Official Hansard Report" in text for text in texts(tei, "//t:sp/t:p"))
    left = texts(tei, "//t:list[@type='furniture']/t:item[@ana='hansard-disclaimer']")
    assert left[0].startswith("Disclaimer: The electronic version")


def test_a_mark_of_translation_with_its_colon_is_a_stage() -> None:
    """ "Translation:" alone marks the speech below as translated into the record's language, as
    "[Translation]" does: a stage of the turn, neither a speaker nor a paragraph of speech."""
    tei = text_tei(
        "HOUSE OF COMMONS\n\nMr. Jean Tremblay (Laval, BQ): Mr. Speaker.\n\nTranslation:\n\n"
        "Merci beaucoup.\n\nThe Speaker: Order.\n"
    )
    assert texts(tei, "//t:sp/t:stage") == ["Translation:"]
    assert texts(tei, "//t:sp/t:speaker") == ["Mr. Jean Tremblay (Laval, BQ):", "The Speaker:"]
