"""Copies users make of records and of meetings like them: a report's narration that tells what a
witness told the committee before quoting it, and a broadcaster's notice opening with its acronym
above the transcript, neither of them a label. Invented samples (names invented; labels in
turns.toml, persons in ids.toml) and the counter-examples that read as before."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_report_s_narration_of_what_a_witness_told_the_committee_is_no_label() -> None:
    """ "2.4 … The Director-General told the Committee:" / the quotation indented below: the
    report's own words, reported speech with no turn; its lists and fields stay text."""
    root = sample_tei("en-committee-report-told-quotation.txt")
    assert texts(root, "//t:sp/t:speaker") == []
    assert "The Director-General told the Committee:" in " ".join(texts(root, "//t:body//t:p"))


def test_a_verb_of_saying_ends_a_sentence_opening_a_paragraph_whatever_the_verb() -> None:
    """ "The Chair told us:" / "The minister disagreed:" / "She insisted:": narration; the label
    after it of the chair in the same text is believed as before."""
    text = (
        "The minister disagreed:\n\nThe plan was never costed.\n\n"
        "The Chair: Order. We will now hear from the witness.\n"
    )
    assert speakers_of(text) == ["The Chair:"]


def test_a_broadcaster_s_notice_opening_with_its_acronym_is_no_label() -> None:
    """ "WRN transcripts are produced on a tight deadline by an outside contractor. This text …":
    a sentence that its first word in CAPITALS does not make a label; the host's and the
    reporter's labels below, with their descriptions after the comma, are."""
    root = tabled_tei("en-broadcast-notice-acronym-sentence.txt")
    assert texts(root, "//t:sp[1]/preceding-sibling::t:p")[-1].startswith("WRN transcripts are produced")


def test_labels_in_capitals_with_few_words_in_lower_case_stay_labels() -> None:
    """ "Mr. SMITH of Texas." / "The SPEAKER pro tempore." / "HON. MEMBERS (continuing):": the
    words in lower case of a label in CAPITALS are few; they stay labels."""
    text = (
        "The SPEAKER pro tempore. The gentleman from Texas is recognized.\n\n"
        "Mr. SMITH of Texas. Mr. Speaker, I yield myself such time as I may consume.\n\n"
        "The SPEAKER pro tempore. The gentleman is recognized.\n"
    )
    assert speakers_of(text) == [
        "The SPEAKER pro tempore.",
        "Mr. SMITH of Texas.",
        "The SPEAKER pro tempore.",
    ]


def test_an_earnings_call_s_participants_headings_head_a_roster_no_card() -> None:
    """ "Company Participants" / "Talia X - Head of Investor Relations" / … / "Conference Call
    Participants" / …: the roster of the head, no name of a card over a speech; so the call's
    "Question-and-Answer Session" alone over "Operator" is no card either, and the operator's
    second turn opens under it."""
    root = tabled_tei("en-earnings-call-company-participants-roster.txt")
    front = " ".join(texts(root, "//t:front//t:p"))
    assert all(line in front for line in ("Company Participants", "Lucas Hennessy - Redfield Securities"))
    assert not root.xpath("//t:speaker[contains(., 'Participants')]", namespaces=NS)


def test_a_web_record_s_cards_with_their_groups_below_stay_cards() -> None:
    """ "Sophie Lambert" / "Renew Europe Group" / the speech: a card, as before the roster's
    headings were set apart."""
    root = sample_tei("en-ep-cre-groups.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Sophie Lambert Renew Europe Group",
        "Piotr Zawadzki ECR Group",
        "Sophie Lambert Renew Europe Group",
    ]


def test_a_bulleted_item_and_its_sum_after_the_currency_s_sign_is_no_label() -> None:
    """ "3. Treasurer's report:" / "- Current account: $8,412" / "- Heating repairs: €640": a
    report's items, each a field and its sum, no turn; the minutes give none."""
    root = sample_tei("en-md-minutes-bulleted-sums-no-turns.txt")
    assert texts(root, "//t:sp/t:speaker") == []
    assert "Current account: $8,412" in " ".join(texts(root, "//t:text//t:p"))


def test_a_dashed_label_whose_speech_opens_with_a_sum_stays_a_label() -> None:
    """ "- Treasurer: $8,412 is what we hold today." / "- Chair: Thank you.": a sentence after
    the sum, the treasurer's speech; the marks' turns stay."""
    text = (
        "- Chair: What is in the current account?\n"
        "- Treasurer: $8,412 is what we hold today, after the heating repairs.\n"
        "- Chair: Thank you. Any questions for the treasurer?\n"
    )
    assert speakers_of(text) == ["- Chair:", "- Treasurer:", "- Chair:"]
