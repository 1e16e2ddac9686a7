"""The battery of copies users make: a Swedish court's PDF page word after a form feed, OCR's
stray bar before a label, a web copy's Cabinet Secretary alone over the speech, OCR's semicolon
for a colon after an office and a surname, a French web copy's photo caption over the label,
each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_page_s_swedish_word_and_number_after_a_form_feed_is_the_page_s() -> None:
    """ "Åklagaren: Jag har några frågor …" / "\\f      Sida 2" / "Vittnet: Jag stod vid …": the
    page's word in Swedish and its number alone on the line are the page's furniture, so the
    witness's label printed once opens its own turn, no page number joined before it."""
    root = tabled_tei("sv-tingsratt-formfeed-sida.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Jag stod vid busshållplatsen när bilen kom."]
    assert texts(root, "//t:sp[2]/t:p") == ["Jag har några frågor till vittnet om kvällen den fjärde maj."]
    assert not any("Sida" in t for t in texts(root, "//t:body//t:p"))


def test_ocr_s_stray_bar_before_a_label_printed_once_opens_its_turn() -> None:
    """ "| Mr. SPEAKER ; Order, please! The hon. Member for" / "Wattegama.": the bar OCR read from
    the column's rule is printed before the label, no word of a speech, so the Speaker's one
    turn is his and the member named in it no speaker of the line."""
    root = tabled_tei("en-ocr-stray-bar-label.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Order, please! The hon. Member for Wattegama."]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 3


def test_a_cabinet_secretary_alone_over_the_speech_is_a_label() -> None:
    """ "The Cabinet Secretary for Transport (Kirsty Malone)" / "The operator will publish …": the
    Cabinet Secretary is an office as the Minister is, so the office and its holder alone on the
    line, printed once, open the minister's turn rather than running on in the member's question."""
    root = tabled_tei("en-scot-web-cabinet-secretary-alone.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "To ask the Scottish Government when the ferry timetable for the winter will be published."
    ]
    assert texts(root, "//t:sp[3]/t:p") == [
        "The operator will publish it next week, after talks with the island communities."
    ]


def test_ocr_s_spaced_semicolon_after_an_office_and_surname_ends_a_label() -> None:
    """ "Poseł Wierzbicki ; Wysoki Sejmie! Projekt ustawy, który nam" / "przedłożono, …": OCR's
    semicolon for the colon after an office and a capitalised surname ends the member's label
    printed once; the chair's announcement and the minister's turn stay apart."""
    root = tabled_tei("pl-sejm-ocr-semicolon-office.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Wysoki Sejmie! Projekt ustawy, który nam przedłożono, pomija potrzeby wsi."
    ]


def test_ocr_s_glued_semicolon_before_a_salutation_ends_a_minister_s_label() -> None:
    """ "Statsråd Holmsen; Herr president! Regjeringen vil" / "legge fram …": the semicolon glued
    to the surname after the minister's office ends his label printed once and announced by no
    one; the salutation after it names no second person, so his words are no member's speech."""
    root = tabled_tei("no-storting-ocr-semicolon-office.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Herr president! Jeg skal være kort. Spørsmålet gjelder fiskerne i Finnmark."
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["Herr president! Regjeringen vil legge fram en melding i høst."]


def test_a_semicolon_before_a_second_named_person_is_still_a_sentence() -> None:
    """ "Mr. Denby; Mrs. Hale and Mr. Orr were present.": the semicolon after a titled name with
    another titled name after it lists the persons present, no label, as before."""
    root = tabled_tei("en-committee-ocr-semicolon-two-present.txt")
    assert "Mr. Denby; Mrs. Hale and Mr. Orr were present." in texts(root, "//t:sp[2]/t:p")


def test_a_french_web_copy_s_photo_caption_over_the_label_is_the_page_s() -> None:
    """ "Photo de Mme Élodie Garnier" / "Mme Élodie Garnier" / "Monsieur le ministre, …": the
    caption of the speaker's photo on the line over the label that names her again is the page's
    furniture, so each label is printed as the record prints it, no caption before it."""
    root = tabled_tei("fr-an-web-photo-de-caption.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Madame la députée, les dotations seront versées avant l'été."]
    assert not any("Photo" in t for t in texts(root, "//t:body//t:speaker"))


def test_a_forum_s_quote_header_ending_in_the_hour_posted_is_no_speaker_s() -> None:
    """ "Re: Westbrook trial, day 6" / "Quote from: courtwatch on April 18, 2024, 09:47:12 PM" /
    "> >PROSECUTOR VANCE: Where was …" / "> DEFENSE COUNSEL IBARRA: …": the header over the
    quotation ends with the hour the post was made, a message's, no speaker whose speech quotes
    the record, so the quote marks are taken off and the quoted labels take their turns."""
    root = tabled_tei("en-forum-quote-from-header-nested.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Where was the car parked that evening?"]
    assert texts(root, "//t:sp[3]/t:p") == ["Objection, Your Honor. Speculation."]
    assert not any(">" in t for t in texts(root, "//t:body//t:speaker"))


def test_a_reporter_s_signature_at_the_page_s_foot_is_no_answer_s_words() -> None:
    """ "7   A.   Only the night manager." / "8" … "25" / "Corinne T. Abbott, CSR No. 10277, Official
    Reporter": the reporter's name and certificate at the page's foot are the page's furniture,
    not the witness's last words."""
    root = tabled_tei("en-us-reporter-signature-foot.txt")
    assert texts(root, "(//t:sp)[last()]/t:p") == ["Only the night manager."]
    assert not any("CSR" in t for t in texts(root, "//t:body//t:p"))
