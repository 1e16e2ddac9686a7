"""Round 48's English label shapes (samples invented; labels in turns.toml, persons in ids.toml):
a Pacific member by the seat's place and number before the office ("Tongatapu No. 3 People's
Representative:"); a question's letter naming its asker ("Q. by the Court."); a witness sworn
and examined on one line over the first question; an office printed with its honorific and
without ("HIS EXCELLENCY THE GOVERNOR:", "THE GOVERNOR:"), one person; a name, a dash, the firm
and the office before the colon ("JOHN SMITH — ACME PLC Chairman:"); live captions' change of
speaker, no head's field; a minutes' item after a glued hyphen, an item's heading with its
colon, and a heading's place no caller's where the record brackets its callers' places."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_a_seat_s_place_and_number_before_the_office() -> None:
    """ "Tongatapu No. 3 People's Representative: …": the seat's place and number first, the
    office after them; the label whole, its speech its own."""
    root = tabled_tei("en-assembly-pacific-constituency.txt")
    assert turn_speakers(root)[1] == "Tongatapu No. 3 People's Representative:"
    assert turn_paragraphs(root)[1].startswith("Thank you, Mr. Speaker. The road to the wharf")


def test_an_item_s_number_before_words_of_no_office_is_no_label() -> None:
    """ "Ward No. 2 Report: …", "Item No. 3 Summary: …": a number's sign and no office after it."""
    root = text_tei(
        "COUNCIL MEETING\n\nThe Chair: We turn to the wards.\n\n"
        "Ward No. 2 Report: The drains were cleared in January.\n\n"
        "Item No. 3 Summary: The council agreed the budget.\n\nMr. Lee: I agree.\n"
    )
    assert turn_speakers(root) == ["The Chair:", "Mr. Lee:"]
    assert "Ward No. 2 Report: The drains were cleared in January." in turn_paragraphs(root)


def test_the_witness_sworn_and_examined_heads_the_questions() -> None:
    """ "JOHN DOE, sworn, examined by Mr. Smith:": a heading, the witness answering and the
    examiner asking below it; "Q. by the Court." names who asks that question."""
    root = tabled_tei("en-court-question-by-court.txt")
    assert "JOHN DOE, sworn, examined by Mr. Smith:" in outside_turns(root)
    assert turn_ids(root)[:2] == ["mr-smith", "john-doe"]
    assert turn_speakers(root)[4] == "Q. by the Court."
    assert turn_paragraphs(root)[4] == "Did you hear the car that night?"


def test_a_question_s_own_words_after_by_name_no_asker() -> None:
    """ "Q. Were you paid by the Court. Yes?": the question's words, no asker before them."""
    root = text_tei(
        "TRANSCRIPT\n\nQ. Were you paid by the Court. Tell us.\n\nA. I was.\n\n"
        "Q. And by whom else?\n\nA. Nobody.\n"
    )
    assert turn_speakers(root) == ["Q.", "A.", "Q.", "A."]
    assert turn_paragraphs(root)[0] == "Were you paid by the Court. Tell us."


def test_an_office_with_its_honorific_and_without_is_one_person() -> None:
    """ "HIS EXCELLENCY THE GOVERNOR:" and "THE GOVERNOR:": one person, either printed first."""
    root = tabled_tei("en-council-governor-honorific.txt")
    assert turn_ids(root)[0] == turn_ids(root)[3]
    root = text_tei(
        "LEGISLATIVE COUNCIL\n\nTHE GOVERNOR: I open the session.\n\nTHE SPEAKER: We thank you.\n\n"
        "HIS EXCELLENCY THE GOVERNOR: The address will be printed.\n"
    )
    assert turn_ids(root)[0] == turn_ids(root)[2]


def test_an_honorific_before_another_office_names_another_person() -> None:
    """ "His Excellency the President of Ghana:" is no "The President:" of the assembly."""
    root = text_tei(
        "GENERAL ASSEMBLY\n\nThe President: I give the floor to the guest.\n\n"
        "His Excellency the President of Ghana: Thank you, Mr. President.\n\n"
        "The President: I thank the President of Ghana.\n"
    )
    ids = turn_ids(root)
    assert ids[0] == ids[2] != ids[1]


def test_a_name_a_dash_the_firm_and_the_office() -> None:
    """ "JOHN SMITH — ACME PLC Chairman: …": the chairman's name, firm and office, no heading in
    CAPITALS before a label "Chairman:"."""
    root = tabled_tei("en-agm-firm-role-dash.txt")
    assert outside_turns(root) == []
    assert turn_paragraphs(root)[0].startswith("Good morning, ladies and gentlemen")


def test_a_heading_in_capitals_run_into_a_label_is_kept_apart() -> None:
    """ "NOTICE OF MEETING Chairman: …" has no dash and no role: the label inside still found."""
    root = text_tei(
        "ACME PLC\n\nNOTICE OF MEETING Chairman: Good morning.\n\nShareholder: Hello.\n\nChairman: Welcome.\n"
    )
    assert turn_speakers(root)[-1] == "Chairman:"


def test_live_captions_change_of_speaker_is_no_head_field() -> None:
    """ ">> MAYOR PRICE: LET US BEGIN WITH THE PLEDGE.": the first turn, in CAPITALS as the
    captions print every turn, no field of the head naming who presides."""
    root = tabled_tei("en-council-caption-head-field.txt")
    assert turn_paragraphs(root)[0] == "LET US BEGIN WITH THE PLEDGE."


def test_a_head_s_chair_field_without_captions_is_still_one() -> None:
    """ "Chair: Councillor Jane Roe" over the turns stays the head's field."""
    root = text_tei(
        "CITY COUNCIL\n\nChair: Councillor Jane Roe\n\nCouncillor Roe: I open the meeting.\n\n"
        "Councillor Bell: Thank you.\n"
    )
    assert turn_speakers(root) == ["Councillor Roe:", "Councillor Bell:"]


def test_minutes_items_and_headings_with_a_colon() -> None:
    """ "Councillor Brown -Report of the Director of Finance, tabled.": a minutes' item, no
    label; "7. Response to the Council:" and "Arbitrator's award:" over a turn: headings; "The
    director of finance stressed:" inside a turn: its speech."""
    root = tabled_tei("en-council-minutes-items.txt")
    outside = outside_turns(root)
    assert "Councillor Brown -Report of the Director of Finance, tabled." in outside
    assert "7. Response to the Council:" in outside
    assert "Arbitrator's award:" in outside
    assert turn_paragraphs(root)[1].startswith("The director of finance stressed: the reserves")


def test_a_glued_hyphen_before_a_vocative_is_still_a_dash() -> None:
    """ "O SR. JOÃO BATISTA -Sr. Presidente, …": the speech after OCR's glued hyphen."""
    root = text_tei(
        "ATA DA SESSÃO\n\nO SR. PRESIDENTE -Está aberta a sessão.\n\n"
        "O SR. JOÃO BATISTA -Sr. Presidente, peço a palavra.\n\nO SR. PRESIDENTE -Tem a palavra.\n"
    )
    assert "O SR. JOÃO BATISTA -" in turn_speakers(root)


def test_a_lead_in_with_its_colon_over_a_turn_stays_speech() -> None:
    """ "The question is:" over the hall's answer announces the speech's words: no heading."""
    root = text_tei(
        "HOUSE OF ASSEMBLY\n\nThe Speaker: Members, I put the question.\n\nThe question is:\n\n"
        "Mr. Hale: Aye.\n"
    )
    assert "The question is:" not in outside_turns(root)


def test_a_heading_s_place_is_no_caller_where_callers_are_bracketed() -> None:
    """ "News from Leeds: The council …" where "CALLER (Mary, Leeds):" names the callers: no
    label; in a record with no such caller "Simon from Leeds: …" may still be one."""
    root = tabled_tei("en-radio-phone-in-news.txt")
    assert "News from Leeds" not in " ".join(turn_speakers(root))
    assert any(p.startswith("News from Leeds: The council says") for p in turn_paragraphs(root))
