"""The battery of copies users make: an inquiry's turns saved from a word processor as a
numbered list's paragraphs under the transcript's cover, in an invented sample (names invented;
labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_numbered_list_s_turns_under_a_cover_lose_their_numbers() -> None:
    """ "Held at Castlegate Hall" / "1.\\tCHAIR:\\tGood morning. …" / "3.\\tCOUNSEL TO THE
    INQUIRY:\\tMr Okonkwo, when did …" / "\\tstop reporting?": each turn a numbered list's
    paragraph below a cover of three lines; the numbers and their tabs are the list's, so each
    label printed once is read without its number and the wrapped line stays in its speech."""
    root = tabled_tei("en-inquiry-numbered-list-cover.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "CHAIR:",
        "MR OKONKWO:",
        "COUNSEL TO THE INQUIRY:",
        "MR OKONKWO:",
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["Mr Okonkwo, when did the spillway gauge stop reporting?"]
    assert texts(root, "//t:sp[4]/t:p") == ["On the night of the ninth, shortly after midnight."]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 4


def test_ocr_s_stray_guillemet_before_a_label_printed_once_opens_its_turn() -> None:
    """ "The SPEAKER: I call upon the hon. Member for Rift Valley." / "» Mr. HAVELOCK: Sir, I beg
    to move …": the guillemet OCR read from a speck at the margin is printed before the member's
    label, no word of the Speaker's, so the member's one turn is his own."""
    root = tabled_tei("en-ocr-stray-guillemet-label.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["I call upon the hon. Member for Rift Valley."]
    assert texts(root, "//t:sp[2]/t:p") == [
        "Sir, I beg to move that this Council notes with concern the shortage of water in the settled areas."
    ]


def test_a_quotation_s_guillemets_around_a_line_open_no_turn() -> None:
    """ "« Le ministre : je refuse, dit-il alors. »" quoted whole on its own line in a member's
    speech: guillemets at both ends are the quotation's marks, no speck before a label, so the
    line stays the member's words."""
    text = (
        "M. le président. La parole est à M. Morel.\n"
        "M. Morel. Je lis le compte rendu de la commission :\n"
        "» Le ministre : je refuse, dit-il alors. »\n"
        "Voilà ce qu'on nous a répondu.\n"
    )
    root = text_tei(text, "fr.txt")
    assert texts(root, "//t:sp/t:speaker") == ["M. le président.", "M. Morel."]


def test_a_running_head_s_guillemet_and_bar_open_no_turn() -> None:
    """ "» THE LEGISLATIVE COUNCIL                | 87" over the page: OCR's guillemet before a
    running head whose bar sets off the page's number is the head's speck, the bar no label's
    colon, so the head opens no turn before the President's."""
    text = (
        "» THE LEGISLATIVE COUNCIL                | 87\n"
        "The PRESIDENT: I call on the hon. Member for Nairobi West.\n"
        "» Mr. BLUNDELL: Sir, I beg to move the Motion standing in my name.\n"
        "The CHIEF SECRETARY: Sir, the Government accepts the Motion.\n"
    )
    root = text_tei(text, "ke.txt")
    assert texts(root, "//t:sp/t:speaker") == ["The PRESIDENT:", "» Mr. BLUNDELL:", "The CHIEF SECRETARY:"]


def test_danish_hr_with_its_stop_before_a_seat_and_a_party_is_a_title() -> None:
    """ "Hr. Lauritsen (Vejle) (V): Jeg skal blot bemærke, at Forslaget" / "ikke tager …": the
    Danish "Hr." is the title's abbreviation, its stop no label's end, so the member's label with
    his constituency and party, printed once, opens his turn rather than running on in the
    chair's announcement."""
    root = tabled_tei("da-folketing-hr-seat-party.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Ordet gives til hr. Lauritsen."]
    assert texts(root, "//t:sp[2]/t:p") == [
        "Jeg skal blot bemærke, at Forslaget ikke tager Hensyn til Fiskernes Kaar paa Vestkysten."
    ]


def test_a_web_copy_s_soft_hyphens_inside_labels_print_nothing() -> None:
    """ "Vizeprä\\u00adsidentin Sabine Wen\\u00adzel: Das Wort hat Herr Abgeordneter Korn\\u00ad" /
    "meier." / "Staats\\u00administer Dr. Jonas Ried\\u00adl: …": the page's soft hyphens print
    nothing inside a line, so each label printed once opens its turn as printed, and the word the
    copy's line broke at one is joined again without a space."""
    root = tabled_tei("de-landtag-web-soft-hyphens.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Das Wort hat Herr Abgeordneter Korn\u00admeier."]
    assert texts(root, "//t:sp[3]/t:p") == ["Frau Präsidentin, die Mittel sind im Haushalt."]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 4
